"""Ingest per format: plain text, Markdown + front matter, saved HTML, RSS/Atom, JSON Lines.

Every fixture is a small invented article written into a temp folder; the
expectations are exact field values.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from builder.config import Config
from builder.ingest import article_id, decode, discover, read_inputs
from builder.ingest import formats
from builder.ingest.formats import Format, html_to_paragraphs, markdown_blocks, parse_date, pick_format
from builder.records import Article, Paragraph

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "ru-ua-2022"

BODY = ("The harbour authority said on Tuesday that the northern port would reopen after a two-day closure.\n\n"
        "Ferries to the islands resumed their normal timetable in the afternoon, officials said.\n")


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a fixture file (text as UTF-8) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read(folder: Path, **config) -> tuple[list[Article], dict]:
    """Read a folder; return the articles and the report lines keyed by path relative to it (the
    records name a file from the input folder: "<folder name>/<path in it>")."""
    articles, reports = read_inputs(Config(inputs=(str(folder),), **config))
    top = folder.name + "/"
    return articles, {r.path[len(top):] if r.path.startswith(top) else r.path: r for r in reports}


def only(articles: list[Article]) -> Article:
    """The one article read."""
    assert len(articles) == 1, [a.id for a in articles]
    return articles[0]


# --------------------------------------------------------------------------- plain text


def test_plain_text_uses_the_text_rules(tmp_path):
    write(tmp_path, "port.txt", "Port reopens after storm | Reuters\n\nBy Maria Olsen\n\n" + BODY)
    articles, reports = read(tmp_path)
    a = only(articles)
    assert (a.id, a.title, a.outlet, a.author, a.format, a.language) == (
        "port", "Port reopens after storm", "Reuters", "Maria Olsen", "text", "en")
    assert [p.text for p in a.paragraphs] == [
        "The harbour authority said on Tuesday that the northern port would reopen after a two-day closure.",
        "Ferries to the islands resumed their normal timetable in the afternoon, officials said.",
    ]
    assert a.source_path == f"{tmp_path.name}/port.txt"   # from the input folder, nothing above it
    assert reports["port.txt"].status == "ok" and reports["port.txt"].article == "port"


def test_seeds_read_as_before():
    articles, reports = read_inputs(Config(inputs=(str(ROOT / "seeds"),)))
    assert [(a.id, a.outlet, a.date) for a in articles] == [
        ("000_bb1f14dc6f8c219b", None, None),
        ("001_fed997a1ab6c9c49", "TASS", "2022-02-07"),
        ("002_db9a796775829982", "Sputnik", None),
        ("003_f696e2e800b11fe0", "CNSNews", "2022-01-10"),
        ("004_9e7b35b94457d591", None, None),
    ]
    assert all(r.status == "ok" for r in reports) and len(reports) == 5
    assert all(a.language == "en" and a.format == "text" for a in articles)


# --------------------------------------------------------------------------- Markdown


def test_markdown_front_matter_fields(tmp_path):
    write(tmp_path, "tram.md", (
        "---\n"
        'title: "Council approves budget for new tram line"\n'
        'outlet: "BBC"\n'
        "date: 2022-02-15T21:24:49Z\n"
        "author: [Jonas Berg, Ana Ruiz]\n"
        'url: "https://news.example.org/tram"\n'
        "---\n\n" + BODY))
    a = only(read(tmp_path)[0])
    assert (a.id, a.title, a.outlet, a.date, a.time, a.author, a.url, a.format, a.language) == (
        "tram", "Council approves budget for new tram line", "BBC News", "2022-02-15", "21:24",
        "Jonas Berg, Ana Ruiz", "https://news.example.org/tram", "markdown", "en")
    assert len(a.paragraphs) == 2 and a.warnings == ()


@pytest.mark.parametrize("value, date, clock", [
    ("2022-02-15", "2022-02-15", None),                     # a YAML date: no clock time
    ("2022-02-15 08:05:00+08:00", "2022-02-15", "08:05"),   # kept as written, not moved to UTC
    ('"February 15, 2022 9:30"', "2022-02-15", "09:30"),   # a string dateutil understands
    ('"sometime soon"', None, None),                        # not a date: warned about, article kept
])
def test_markdown_front_matter_dates(tmp_path, value, date, clock):
    write(tmp_path, "a.md", f"---\ntitle: T\noutlet: Example\ndate: {value}\n---\n\n{BODY}")
    a = only(read(tmp_path)[0])
    assert (a.date, a.time) == (date, clock)
    assert any("date not understood" in w for w in a.warnings) == (date is None)


def test_markdown_without_front_matter_takes_the_first_heading(tmp_path):
    write(tmp_path, "notes.md", (
        "# Talks resume in *Geneva*\n\n"
        "Diplomats met on **Monday**, according to [a statement](https://example.org/s \"title\").\n"
        "The text goes on over a second line.\n\n"
        "- first point of the list\n- second point\n\n"
        "```\ncode is not article text\n```\n\n"
        "> A quoted paragraph.\n\n"
        "![a photo](https://example.org/p.jpg)\n\n"
        "[ref]: https://example.org\n"))
    a = only(read(tmp_path)[0])
    assert a.title == "Talks resume in Geneva"
    assert [p.text for p in a.paragraphs] == [
        "Diplomats met on Monday, according to a statement. The text goes on over a second line.",
        "first point of the list",
        "second point",
        "A quoted paragraph.",
    ]


def test_markdown_without_heading_takes_the_first_line(tmp_path):
    write(tmp_path, "plain.md", "Ferry timetable changes\n\n" + BODY)
    a = only(read(tmp_path)[0])
    assert a.title == "Ferry timetable changes" and len(a.paragraphs) == 2


def test_markdown_heading_repeating_the_title_is_dropped(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Ferry news\noutlet: Example\n---\n\n# Ferry news\n\n" + BODY)
    a = only(read(tmp_path)[0])
    assert a.title == "Ferry news" and a.paragraphs[0].text.startswith("The harbour authority")


def test_markdown_title_suffix_gives_the_outlet_when_none_is_declared(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Ferry news | Reuters\n---\n\n" + BODY)
    a = only(read(tmp_path)[0])
    assert (a.title, a.outlet) == ("Ferry news", "Reuters")


def test_front_matter_language_is_kept_with_a_warning(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Hafen\nlanguage: DE\n---\n\n" + BODY)
    a = only(read(tmp_path)[0])
    assert a.language == "de"
    assert a.warnings == ("article language is 'de'; the pipeline reads English only",)


def test_front_matter_in_a_txt_file_is_detected_by_content(tmp_path):
    write(tmp_path, "a.txt", "---\ntitle: Ferry news\noutlet: Example Gazette\ndate: 2022-01-03\n---\n\n" + BODY)
    a = only(read(tmp_path)[0])
    assert (a.format, a.title, a.outlet, a.date) == ("markdown", "Ferry news", "Example Gazette", "2022-01-03")


def test_a_dashed_line_in_a_txt_file_is_not_front_matter(tmp_path):
    write(tmp_path, "a.txt", "---\nNote: this file opens with a rule\n\n" + BODY)
    a = only(read(tmp_path)[0])
    assert a.format == "text"


def test_broken_front_matter_is_skipped_with_the_yaml_line(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: ok\noutlet: [unclosed\n---\n\n" + BODY)
    articles, reports = read(tmp_path)
    assert articles == []
    assert reports["a.md"].status == "skipped"
    assert reports["a.md"].reason.startswith("front matter is not valid YAML: ")
    assert "(line 3)" in reports["a.md"].reason


def test_markdown_blocks_are_plain_text():
    blocks = markdown_blocks("Title\n=====\n\nSome *em* and __strong__ and `code` and snake_case_name.\n\n***\n")
    assert [(b.text, b.heading) for b in blocks] == [
        ("Title", True), ("Some em and strong and code and snake_case_name.", False)]


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Talks resume in Geneva | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2022-01-10T08:30:00Z">
<link rel="canonical" href="https://news.example.com/talks">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Talks resume in Geneva</h1>
<p>Diplomats from both countries met again on Monday in Geneva to discuss security guarantees, officials said.</p>
<p>The meeting lasted more than seven hours and ended without an agreement, according to a statement.</p>
<script>alert(1)</script>
</article><footer>Copyright Example News</footer></body></html>
"""


def test_html_page_fields(tmp_path):
    write(tmp_path, "talks.html", PAGE)
    a = only(read(tmp_path)[0])
    assert (a.id, a.title, a.outlet, a.date, a.time, a.author, a.url, a.format, a.language) == (
        "talks", "Talks resume in Geneva", "Example News", "2022-01-10", "08:30", "Jane Roe",
        "https://news.example.com/talks", "html", "en")
    assert [p.text for p in a.paragraphs] == [
        "Diplomats from both countries met again on Monday in Geneva to discuss security guarantees, officials said.",
        "The meeting lasted more than seven hours and ended without an agreement, according to a statement.",
    ]


def test_html_page_with_a_txt_name_is_detected_by_content(tmp_path):
    write(tmp_path, "talks.txt", PAGE)
    assert only(read(tmp_path)[0]).format == "html"


def test_html_reader_works_without_trafilatura(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)      # import fails
    write(tmp_path, "talks.html", PAGE)
    a = only(read(tmp_path)[0])
    assert a.title == "Talks resume in Geneva"   # the site's name ("| Example News") left out here too
    assert "alert(1)" not in a.body
    assert a.paragraphs[-2].text.startswith("The meeting lasted")
    assert a.warnings[0].startswith("trafilatura unavailable")


def test_html_to_paragraphs_drops_scripts_and_decodes_entities():
    assert html_to_paragraphs("<p>AT&amp;T &lt;b&gt;</p><script>x = '<p>no</p>'</script><div>two<br>three</div>"
                              "<style>p {}</style>tail") == ["AT&T <b>", "two", "three", "tail"]
    assert html_to_paragraphs("a <script>never closed") == ["a"]


# --------------------------------------------------------------------------- RSS and Atom

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Daily</title><link>https://daily.example.com/</link><language>en</language>
<item><title>Rail strike called off</title><link>https://daily.example.com/rail</link>
<guid>https://daily.example.com/rail</guid><pubDate>Mon, 07 Feb 2022 21:37:00 GMT</pubDate>
<author>desk@daily.example.com (News Desk)</author>
<description><![CDATA[<p>Rail workers called off a planned strike on Monday.</p><p>The union said the offer included a pay rise.</p><script>alert(1)</script>]]></description></item>
<item><title>Flood warnings lifted</title><guid isPermaLink="false">item-2</guid>
<pubDate>Tue, 08 Feb 2022 06:05:00 +0100</pubDate>
<description>Flood warnings along the river were lifted on Tuesday morning.</description></item>
<item><title>No text</title><guid isPermaLink="false">item-3</guid></item>
</channel></rss>
"""


def test_rss_items_become_articles(tmp_path):
    write(tmp_path, "feeds/daily.xml", RSS)
    articles, reports = read(tmp_path)
    assert [(a.id, a.title, a.outlet, a.date, a.time, a.author, a.url) for a in articles] == [
        ("daily-https-daily-example-com-rail", "Rail strike called off", "Example Daily", "2022-02-07", "21:37",
         "News Desk", "https://daily.example.com/rail"),
        ("daily-item-2", "Flood warnings lifted", "Example Daily", "2022-02-08", "05:05", None, None),
    ]
    assert [p.text for p in articles[0].paragraphs] == [
        "Rail workers called off a planned strike on Monday.", "The union said the offer included a pay rise."]
    assert articles[0].source_path == f"{tmp_path.name}/feeds/daily.xml#1"
    assert {k: (r.status, r.reason) for k, r in reports.items()} == {
        "feeds/daily.xml#1": ("ok", None),
        "feeds/daily.xml#2": ("ok", None),
        "feeds/daily.xml#3": ("skipped", "feed item has no text"),
    }


def test_feed_ids_are_stable_when_items_move(tmp_path):
    write(tmp_path, "a/daily.rss", RSS)
    first = [a.id for a in read(tmp_path / "a")[0]]
    reordered = RSS.replace("<item><title>Rail", "<item><title>Filler</title><guid>new</guid>"
                                                 "<description>A new first item.</description></item><item><title>Rail", 1)
    write(tmp_path, "b/daily.rss", reordered)
    second = [a.id for a in read(tmp_path / "b")[0]]
    assert second == ["daily-new", *first]


def test_atom_entries_become_articles(tmp_path):
    write(tmp_path, "wire.atom", """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>urn:w</id><updated>2022-02-10T12:00:00Z</updated>
<entry><title>Rates held</title><id>urn:w:rates</id><link href="https://wire.example.net/rates"/>
<updated>2022-02-10T12:00:00Z</updated><author><name>Ana Ruiz</name></author>
<content type="html">&lt;p&gt;The central bank kept its main rate unchanged.&lt;/p&gt;</content></entry></feed>""")
    a = only(read(tmp_path)[0])
    assert (a.id, a.title, a.outlet, a.date, a.time, a.author, a.url, a.format, a.source_path) == (
        "wire-urn-w-rates", "Rates held", "Example Wire", "2022-02-10", "12:00", "Ana Ruiz",
        "https://wire.example.net/rates", "feed", f"{tmp_path.name}/wire.atom#1")
    assert [p.text for p in a.paragraphs] == ["The central bank kept its main rate unchanged."]


def test_feed_without_items_gets_a_line_for_the_file(tmp_path):
    write(tmp_path, "empty.rss", "<rss><channel><title>Nothing</title></channel></rss>")
    articles, reports = read(tmp_path)
    assert articles == [] and reports["empty.rss"].status == "skipped"
    assert reports["empty.rss"].reason == "no items in feed"


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_lines_become_articles_and_bad_lines_are_reported(tmp_path):
    good = {"title": "Museum reopens", "text": "The museum reopened on Saturday.\n\nVisitors queued for an hour.",
            "date": "2022-02-12T09:30:00+01:00", "outlet": "Example Courier",
            "url": "https://courier.example.org/museum", "author": "Lena Fischer"}
    lines = [json.dumps(good), '{"title": "broken", ', "", "[1, 2]", json.dumps({"title": "no text"})]
    lines += [json.dumps({"id": f"n{i}", "title": f"Note {i}", "text": f"Short note number {i} for the board."})
              for i in range(6)]
    write(tmp_path, "items.jsonl", "\n".join(lines) + "\n")
    articles, reports = read(tmp_path)
    a = articles[0]
    assert (a.id, a.title, a.outlet, a.date, a.time, a.author, a.url, a.format) == (
        "items-https-courier-example-org-museum", "Museum reopens", "Example Courier", "2022-02-12", "09:30",
        "Lena Fischer", "https://courier.example.org/museum", "jsonl")
    assert [p.text for p in a.paragraphs] == ["The museum reopened on Saturday.", "Visitors queued for an hour."]
    assert a.source_path == f"{tmp_path.name}/items.jsonl:1"
    assert [a.id for a in articles[1:]] == [f"items-n{i}" for i in range(6)]
    assert [(k, r.status, r.reason) for k, r in reports.items()] == [
        ("items.jsonl:1", "ok", None),
        ("items.jsonl:2", "skipped", "line 2: not valid JSON (Expecting property name enclosed in double quotes, column 21)"),
        ("items.jsonl:4", "skipped", "line 4: not a JSON object"),
        ("items.jsonl:5", "skipped", "line 5: no text"),
        *[(f"items.jsonl:{n}", "ok", None) for n in range(6, 12)],    # 10 and 11 sort after 9
    ]


def test_json_file_with_a_list_of_articles(tmp_path):
    write(tmp_path, "batch.json", json.dumps([
        {"title": "One", "text": "The first article of the batch is here."},
        {"title": "Two", "text": "The second article of the batch is there."}], indent=2))
    articles, reports = read(tmp_path)
    assert [(a.id, a.title) for a in articles] == [("batch-One", "One"), ("batch-Two", "Two")]
    assert list(reports) == ["batch.json#1", "batch.json#2"]


# --------------------------------------------------------------------------- detection, registry, ids


@pytest.mark.parametrize("name, head, expected", [
    ("a.txt", b"Title\n\nBody", "text"),
    ("a", b"Title\n\nBody", "text"),
    ("a.md", b"Title", "markdown"),
    ("a.txt", b"---\ntitle: x\n---\nbody", "markdown"),
    ("a.html", b"anything", "html"),
    ("a.txt", b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
    ("a.xml", b"<?xml version='1.0'?><rss>", "feed"),
    ("a.dat", b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    ("a.jsonl", b"{}", "jsonl"),
    ("a.log", b'{"title": "x"}', "jsonl"),
    ("a.csv", b"a,b\n1,2", None),
])
def test_pick_format(name, head, expected):
    fmt = pick_format(Path(name), head)
    assert (fmt.name if fmt else None) == expected


def test_a_new_format_plugs_into_the_registry(tmp_path, monkeypatch):
    def read_csv(path, data, ids):
        title, text = decode(data).split(",", 1)
        return [formats.make_article(art_id=article_id(path, ids), source_path=str(path), fmt="csv",
                                     title=title, paragraphs=[Paragraph(text.strip())])]

    monkeypatch.setattr(formats, "FORMATS", [Format("csv", lambda p, h: p.suffix == ".csv", read_csv),
                                             *formats.FORMATS])
    write(tmp_path, "row.csv", "A title,Some words of the article.")
    a = only(read(tmp_path)[0])
    assert (a.format, a.title, a.body) == ("csv", "A title", "Some words of the article.")


def test_ids_collide_across_folders_and_formats(tmp_path):
    write(tmp_path, "a/story.txt", "One\n\nThe first story is about ferries in the north.")
    write(tmp_path, "b/story.md", "# Two\n\nThe second story is about trams in the south.")
    write(tmp_path, "c/Story.txt", "Three\n\nThe third story is about buses in the east.")
    articles, _ = read(tmp_path)
    assert [a.id for a in articles] == ["story", "story-2", "Story-3"]


def test_article_id_many_collisions_stay_fast_and_unique():
    taken: set = set()
    start = time.process_time()
    ids = [article_id(Path("feed.xml"), taken, item="same") for _ in range(5000)]
    assert len(set(ids)) == 5000 and ids[:3] == ["feed-same", "feed-same-2", "feed-same-3"]
    assert time.process_time() - start < 5


def test_parse_date_values():
    import datetime as dt

    assert parse_date(dt.datetime(2022, 1, 2, 3, 4)) == ("2022-01-02", "03:04", None)
    assert parse_date(dt.date(2022, 1, 2)) == ("2022-01-02", None, None)
    assert parse_date("2022-01-02T03:04:05Z") == ("2022-01-02", "03:04", None)
    assert parse_date("x" * 500)[2].startswith("date not understood")


# --------------------------------------------------------------------------- encodings and discovery


@pytest.mark.parametrize("data", [
    "Café “news” — naïve\r\nline two".encode("utf-8"),
    b"\xef\xbb\xbf" + "Café “news” — naïve\r\nline two".encode("utf-8"),
    "Café “news” — naïve\r\nline two".encode("utf-16"),
    "Café “news” — naïve\r\nline two".encode("utf-16-le"),
    "Café “news” — naïve\r\nline two".encode("cp1252"),
    "Cafe\u0301 “news” — naïve\rline two".encode("utf-8"),
])
def test_decode_encodings_line_ends_and_nfc(data):
    assert decode(data) == "Café “news” — naïve\nline two"


@pytest.mark.parametrize("data, reason", [
    (b"abc\x00def\x00\x01\x02\x03", "binary file (contains NUL bytes)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (looks like PNG image)"),
    (b"%PDF-1.4 ...", "binary file (looks like PDF)"),
    (b"text\x01\x02\x03\x04\x05\x06 and more", "binary file (6 control characters)"),
])
def test_decode_refuses_binary(data, reason):
    with pytest.raises(ValueError) as err:
        decode(data)
    assert str(err.value) == reason


def test_discover_skips_hidden_and_readme_and_reports_missing_inputs(tmp_path):
    write(tmp_path, "in/b.txt", "x")
    write(tmp_path, "in/a/c.txt", "x")
    write(tmp_path, "in/.secret.txt", "x")
    write(tmp_path, "in/.git/config", "x")
    write(tmp_path, "in/README.md", "x")
    files, reports = discover([str(tmp_path / "in"), str(tmp_path / "missing")])
    assert [f.relative_to(tmp_path / "in").as_posix() for f in files] == ["a/c.txt", "b.txt"]
    assert sorted((Path(r.path).name, r.reason) for r in reports) == [
        (".git", "hidden folder"), (".secret.txt", "hidden file"), ("README.md", "not an article (README file)"),
        ("missing", "no such file or folder")]


def test_symlinked_folders_are_not_followed(tmp_path):
    write(tmp_path, "in/a.txt", "Title\n\nSome text of the article.")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")
    (tmp_path / "in" / "broken.txt").symlink_to(tmp_path / "nowhere")
    articles, reports = read(tmp_path / "in")
    assert [a.id for a in articles] == ["a"]
    assert reports["loop"].reason == "symbolic link to a folder (not followed)"
    assert reports["broken.txt"].reason == "could not be read: No such file or directory"


def test_file_over_max_file_bytes_is_skipped_naming_the_limit(tmp_path):
    write(tmp_path, "big.txt", "Title\n\n" + "word " * 300)
    _, reports = read(tmp_path, max_file_bytes=1000)
    assert reports["big.txt"].reason == "file too large: 1,507 bytes (max_file_bytes is 1,000)"


def test_report_is_sorted_by_path_and_lists_every_file(tmp_path):
    for name in ("b.txt", "a.txt", "c/d.txt", "c/e.bin"):
        write(tmp_path, name, f"Title {name}\n\nA different article body about {name} for the test.")
    articles, reports = read(tmp_path)
    assert list(reports) == ["a.txt", "b.txt", "c/d.txt", "c/e.bin"]
    assert reports["c/e.bin"].reason == "unsupported format ('.bin' files are not read)"


# --------------------------------------------------------------------------- the real corpus


@pytest.mark.corpus
def test_ru_ua_2022_corpus_reads_with_front_matter_metadata():
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    articles, reports = read_inputs(Config(inputs=(str(CORPUS),)))
    statuses = {r.status for r in reports}
    assert statuses <= {"ok", "duplicate", "skipped"}
    assert 1850 <= len(articles) <= 1891
    assert all(a.outlet and a.date and a.time and a.format == "markdown" for a in articles)
    skipped = {Path(r.path).name: r.reason for r in reports if r.status == "skipped"}
    assert skipped == {"README.md": "not an article (README file)",
                       "index.tsv": "unsupported format ('.tsv' files are not read)"}
