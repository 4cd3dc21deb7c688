"""Extract: each article on its own. In: ``Article`` records. Out: one ``ParsedArticle`` per article
(sentences, mentions, quotes, event candidates, time expressions), through spaCy, cached per article,
run locally or on a Dask cluster."""
from .run import extract

__all__ = ["extract"]
