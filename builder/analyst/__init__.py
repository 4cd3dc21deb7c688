"""Analyst: the reader's hand on the ``Briefing``. In: the linked ``Briefing`` and ``overrides.yml``.
Out: the same ``Briefing`` with merges, splits, renames and hidden items applied, and the review list
of likely mistakes (the ``briefing review`` command and the review page)."""
from .overrides import apply_overrides, load_overrides
from .review import review_items

__all__ = ["apply_overrides", "load_overrides", "review_items"]
