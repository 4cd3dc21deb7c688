"""Publish: the ``Briefing`` -> files. Markdown pages from Jinja templates, the exports (JSON, CSV,
GraphML, iCalendar), the MkDocs site built atomically, and the offline pack's zip.
``Renderer``, ``write_all``, ``stage_docs``/``mkdocs_build``/``swap_docs`` are what the build calls."""
from .exports import write_all
from .render import Renderer
from .site import mkdocs_build, stage_docs, swap_docs

__all__ = ["Renderer", "write_all", "stage_docs", "mkdocs_build", "swap_docs"]
