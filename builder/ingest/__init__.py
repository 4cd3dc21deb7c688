"""Ingest: input files and folders -> ``Article`` records, plus one ``InputReport`` line per file or item.

A file that cannot be read is reported as skipped with its reason and the build goes on; repeated
articles are reported as duplicates of the first. ``read_inputs`` is what the build calls.
"""
from .decode import decode
from .formats import article_id
from .read import discover, read_inputs

__all__ = ["read_inputs", "discover", "decode", "article_id"]
