"""Relative links between docs pages: the fast path computation agrees with posixpath.relpath."""
from __future__ import annotations

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from builder.publish.render import _relpath, html_url, rel

part = st.sampled_from(["actors", "articles", "a", "b", "index"])
path = st.lists(part, min_size=0, max_size=3)


@given(path, path)
def test_relpath_matches_posixpath(target_dirs, src_dirs):
    target = "/".join(target_dirs + ["page.md"])
    src_dir = "/".join(src_dirs)
    assert _relpath(target, src_dir) == posixpath.relpath(target, src_dir or ".")


def test_links_between_pages():
    assert rel("actors/a.md", "actors/b.md") == "b.md"
    assert rel("actors/a.md", "articles/x.md#s3") == "../articles/x.md#s3"
    assert rel("index.md", "events/e.md") == "events/e.md"
    assert html_url("actors/a.md", "articles/x.md#s3") == "../articles/x.html#s3"
    assert html_url("timeline.md", "index.md") == "index.html"
