"""Link: across articles. In: every ``ParsedArticle`` and the input reports. Out: one ``Briefing``
(actors resolved across articles, events merged and dated, quotes credited, topics assigned), and its
JSON export. ``aggregate`` and ``to_export`` are what the build calls."""
from .aggregate import aggregate, report_export, to_export, write_json

__all__ = ["aggregate", "to_export", "report_export", "write_json"]
