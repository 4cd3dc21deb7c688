"""Hostile and damaged input: every file is accounted for, good articles are read, nothing raises.

The committed corpus is ``tests/hostile/`` (hand-written text files). Files that
must be exact bytes (UTF-16, CP1252, NUL bytes, CRLF) or that are big (a 3 MB
single line, oversized front matter, deep JSON) are made here at test time.
"""
from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.config import Config
from builder.ingest import article_id, decode, read_inputs
from builder.ingest.formats import MAX_ID_CHARS

HOSTILE = Path(__file__).resolve().parent / "hostile"
SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,80}")

GERMAN = ("Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Die Mehrheit der "
          "Abgeordneten stimmte nach einer langen Debatte für den Entwurf der Verwaltung und der Bürgermeister "
          "sagte, die Finanzen der Stadt seien solide.")
ENGLISH = ("The regional council said on Friday that the new cycle lanes would be finished before the summer, "
           "and that the work would not close any of the main roads for more than a weekend.")

# Every file of the corpus (path relative to it) -> (status, start of the reason) ; None = no reason.
EXPECTED = {
    ".hidden-folder": ("skipped", "hidden folder"),
    ".hidden.txt": ("skipped", "hidden file"),
    "README.md": ("skipped", "not an article (README file)"),
    "damage/binary.txt": ("skipped", "binary file (contains NUL bytes)"),
    "damage/empty.txt": ("skipped", "empty file"),
    "damage/giant-line.txt": ("skipped", "text too long: 3,000,000 characters (the limit is 1,000,000)"),
    "damage/long-line.txt": ("ok", None),
    "damage/many-lines.txt": ("skipped", "too many paragraphs for an article: 100,001 (the limit is 2,000)"),
    "damage/no-text.html": ("skipped", "no article text found in the HTML page"),
    "damage/png-renamed.txt": ("skipped", "binary file (looks like PNG image)"),
    "damage/too-big.txt": ("skipped", "file too large: 4,100,000 bytes (max_file_bytes is 4,000,000)"),
    "damage/truncated.html": ("ok", None),
    "damage/whitespace.txt": ("skipped", "empty file"),
    "dup/a-original.txt": ("ok", None),
    "dup/b-exact-copy.txt": ("duplicate", "duplicate of corpus/dup/a-original.txt"),
    "dup/c-near-copy.txt": ("duplicate", "duplicate of corpus/dup/a-original.txt (near-identical text, 94%"),
    "encodings/bom-crlf.txt": ("ok", None),
    "encodings/cp1252.txt": ("ok", None),
    "encodings/nfd.md": ("ok", None),
    "encodings/utf16.txt": ("ok", None),
    "encodings/utf16be-nobom.txt": ("ok", None),
    "feeds/news.rss#1": ("ok", None),
    "feeds/news.rss#2": ("ok", None),
    "feeds/news.rss#3": ("skipped", "feed item has no text"),
    "feeds/not-a-feed.xml": ("skipped", "no items in feed (not well-formed"),
    "feeds/updates.atom#1": ("ok", None),
    "feeds/xxe.xml#1": ("ok", None),
    "good/front-matter.md": ("ok", None),
    "good/plain.txt": ("ok", None),
    "injection/jinja.txt": ("ok", None),
    "injection/passwd-title.md": ("ok", None),
    "injection/script-title.md": ("ok", None),
    "jsonl/all-bad.jsonl": ("skipped", "no articles in JSON Lines file (2 item(s) skipped)"),
    "jsonl/all-bad.jsonl:1": ("skipped", "line 1: not valid JSON (Expecting value, column 1)"),
    "jsonl/all-bad.jsonl:2": ("skipped", "line 2: no text"),
    "jsonl/deep.jsonl:1": ("skipped", "line 1: JSON nested too deeply"),
    "jsonl/deep.jsonl:2": ("ok", None),
    "jsonl/items.jsonl:1": ("ok", None),
    "jsonl/items.jsonl:2": ("skipped", "line 2: not valid JSON (Expecting property name"),
    "jsonl/items.jsonl:4": ("skipped", "line 4: not a JSON object"),
    "jsonl/items.jsonl:5": ("skipped", "line 5: no text"),
    "jsonl/items.jsonl:6": ("ok", None),
    "jsonl/items.jsonl:7": ("skipped", "line 7: not valid JSON (Expecting value"),
    "lang/german.txt": ("ok", None),
    "other/data.csv": ("skipped", "unsupported format ('.csv' files are not read)"),
    "yaml/alias-bomb.md": ("skipped", "front matter uses YAML aliases (*a), which are not allowed (line 3)"),
    "yaml/bad-date.md": ("skipped", "front matter has a value that cannot be read: month must be in 1..12"),
    "yaml/broken.md": ("skipped", "front matter is not valid YAML: while scanning a quoted scalar (line 2): "
                                  "found unexpected end of stream (line 5)"),
    "yaml/huge-front-matter.md": ("skipped", "front matter larger than 65,536 bytes"),
    "yaml/not-mapping.md": ("skipped", "front matter is not a mapping of keys to values"),
    "yaml/python-tag.md": ("skipped", "front matter is not valid YAML: could not determine a constructor for the "
                                      "tag 'tag:yaml.org,2002:python/object/apply:os.system' (line 2)"),
    "yaml/unclosed.md": ("skipped", "front matter has no closing '---' line"),
}


def _make_generated_files(root: Path) -> None:
    """Add the byte-exact and big hostile files to a copy of the committed corpus."""
    def put(name: str, data: bytes) -> None:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)

    put("damage/binary.txt", b"Title\n\n\x00\x01\x02binary\x00data\xff\xfe" * 20)
    put("damage/png-renamed.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    put("damage/giant-line.txt", ("lorem ipsum dolor sit amet " * 111_112).encode()[:3_000_000])
    put("damage/long-line.txt", ("Long line\n\n" + (ENGLISH + " ") * 1500).encode())
    put("damage/many-lines.txt", b"Title\n" + b"x\n" * 100_000)
    put("damage/too-big.txt", b"a" * 4_100_000)
    put("encodings/utf16.txt", "Cycle lanes finished “soon”\n\nThe council said the lanes on the river road "
        "would be painted this week, weather permitting.\n".encode("utf-16"))
    put("encodings/utf16be-nobom.txt", "Cycle lanes in the north\n\nResidents of the northern district asked "
        "for a crossing near the school, and the council agreed.\n".encode("utf-16-be"))
    put("encodings/cp1252.txt", "Café owners welcome “new” lanes — finally\n\nOwners of the cafés on the square "
        "said more cyclists meant more customers for them.\n".encode("cp1252"))
    put("encodings/bom-crlf.txt", b"\xef\xbb\xbf" + "Lanes with CRLF\r\n\r\nA cycling club counted twice as "
        "many riders on the new lanes in March as in January.\r\n".encode())
    put("encodings/nfd.md", "---\ntitle: \"Cafe\u0301 society\"\n---\n\nThe café society of the old town "
        "debated the lanes for a whole evening without agreeing.\n".encode())
    put("yaml/huge-front-matter.md", b"---\n" + b"k: " + b"x" * 70_000 + b"\n---\n\nBody text.\n")
    put("yaml/bad-date.md", b"---\ntitle: x\ndate: 2022-13-45\n---\n\nBody text of the article.\n")
    put("jsonl/deep.jsonl", b"[" * 100_000 + b"\n" + b'{"title": "After the deep line", "text": "'
        + ENGLISH.encode() + b'"}\n')


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict:
    """Read the whole hostile corpus once: root, articles by relative path, reports by relative path, seconds."""
    root = tmp_path_factory.mktemp("hostile") / "corpus"
    shutil.copytree(HOSTILE, root)
    _make_generated_files(root)
    start = time.perf_counter()
    articles, reports = read_inputs(Config(inputs=(str(root),), max_file_bytes=4_000_000))
    seconds = time.perf_counter() - start
    rel = lambda p: p[len("corpus/"):] if p.startswith("corpus/") else p   # shown from the input folder
    return {
        "root": root,
        "articles": {rel(a.source_path): a for a in articles},
        "reports": {rel(r.path): r for r in reports},
        "order": [r.path for r in reports],
        "seconds": seconds,
    }


def test_every_file_is_accounted_for(hostile):
    assert sorted(hostile["reports"]) == sorted(EXPECTED)


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_status_and_reason(hostile, path):
    status, reason = EXPECTED[path]
    report = hostile["reports"][path]
    assert report.status == status
    if reason is None:
        assert report.reason is None and report.article == hostile["articles"][path].id
    else:
        assert report.reason.startswith(reason.format(root=hostile["root"])), report.reason


def test_report_is_sorted_and_reading_does_not_hang(hostile):
    assert hostile["order"] == sorted(hostile["order"], key=lambda p: (re.sub(r"[#:]\d+$", "", p),
                                                                        int((re.search(r"[#:](\d+)$", p) or [0, -1])[1])))
    assert hostile["seconds"] < 120       # generous: the point is that nothing is quadratic on 3 MB


def test_good_articles_are_read(hostile):
    a = hostile["articles"]
    assert (a["good/plain.txt"].title, a["good/plain.txt"].author) == (
        "Harbour authorities reopen northern port after storm", "Maria Olsen")
    fm = a["good/front-matter.md"]
    assert (fm.title, fm.outlet, fm.date, fm.time, fm.author, fm.url) == (
        "Council approves budget for new tram line", "Example Gazette", "2022-02-15", "21:24", "Jonas Berg",
        "https://news.example.org/tram-budget")
    assert a["damage/truncated.html"].title == "Bridge closed after inspection finds cracks"
    assert a["damage/truncated.html"].paragraphs[-1].text.endswith("while repairs are plan")
    assert a["jsonl/deep.jsonl:2"].title == "After the deep line"


def test_encodings_are_decoded(hostile):
    a = hostile["articles"]
    assert a["encodings/utf16.txt"].title == "Cycle lanes finished “soon”"
    assert a["encodings/utf16be-nobom.txt"].title == "Cycle lanes in the north"
    assert a["encodings/cp1252.txt"].title == "Café owners welcome “new” lanes — finally"
    assert a["encodings/bom-crlf.txt"].title == "Lanes with CRLF"
    assert "\r" not in a["encodings/bom-crlf.txt"].body
    assert a["encodings/nfd.md"].title == "Caf\u00e9 society"        # NFC


def test_long_line_is_split_and_kept(hostile):
    article = hostile["articles"]["damage/long-line.txt"]
    assert max(len(p.text) for p in article.paragraphs) <= 5000
    assert article.warnings[0].startswith("a line of ")


def test_non_english_text_is_kept_with_a_guess(hostile):
    article = hostile["articles"]["lang/german.txt"]
    assert article.language == "de"
    assert article.warnings[-1].startswith("text does not look like English")
    assert hostile["articles"]["good/plain.txt"].language == "en"


def test_duplicates_point_at_the_kept_article(hostile):
    reports = hostile["reports"]
    kept = reports["dup/a-original.txt"].article
    assert reports["dup/b-exact-copy.txt"].duplicate_of == kept
    assert reports["dup/c-near-copy.txt"].duplicate_of == kept
    assert "dup/b-exact-copy.txt" not in hostile["articles"]


def test_injection_payloads_stay_inert_text(hostile):
    articles = list(hostile["articles"].values())
    for a in articles:
        assert SAFE_ID.fullmatch(a.id), a.id
        assert "<script" not in a.title.lower() and "<" not in (a.outlet or "") + (a.author or "")
        assert a.url is None or a.url.startswith(("http://", "https://"))
    script = hostile["articles"]["injection/script-title.md"]
    assert (script.title, script.outlet, script.url) == ("Minister resigns over leaked memo", "Example Post", None)
    assert "alert" not in script.body and "javascript" not in script.body
    assert script.paragraphs[1].text.startswith("Readers can click here or for more")
    jinja = hostile["articles"]["injection/jinja.txt"]
    assert jinja.title == "Template syntax {{ 7*7 }} appears in a headline"
    assert "{% raw %}" in jinja.body and "49" not in jinja.body
    passwd = hostile["articles"]["injection/passwd-title.md"]
    assert (passwd.id, passwd.title) == ("passwd-title", "../../etc/passwd")
    feed = hostile["articles"]["feeds/news.rss#2"]
    assert (feed.title, feed.url) == ("Flood warnings lifted", None)
    assert "alert" not in hostile["articles"]["feeds/news.rss#1"].body
    xxe = hostile["articles"]["feeds/xxe.xml#1"]
    assert "root:" not in xxe.body and "lollollol" not in xxe.body


# --------------------------------------------------------------------------- properties


@given(st.binary(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_decode_never_raises_anything_but_value_error(data):
    try:
        text = decode(data)
    except ValueError:
        return
    assert "\r" not in text and "\x00" not in text


@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=300)), st.integers(1, 30))
@settings(max_examples=300, deadline=None)
def test_article_id_is_safe_bounded_and_unique(stem, item, repeats):
    taken: set = set()
    ids = [article_id(Path(stem.replace("\x00", "")) if stem else Path(""), taken, item=item) for _ in range(repeats)]
    assert len(set(i.lower() for i in ids)) == repeats
    for i in ids:
        assert SAFE_ID.fullmatch(i) and len(i) <= MAX_ID_CHARS and ".." not in i and "/" not in i


@pytest.mark.parametrize("stem", ["../../etc/passwd", "..", "CON", "a/b\\c", "Привет мир", "日本語", "   ", "x" * 500])
def test_article_id_hostile_stems(stem):
    taken: set = set()
    first, second = article_id(Path(stem), taken), article_id(Path(stem), taken)
    assert SAFE_ID.fullmatch(first) and SAFE_ID.fullmatch(second) and first != second
    assert first.lower() not in {"con", "prn", "aux", "nul"}


@given(st.lists(st.text(max_size=200), min_size=1, max_size=6))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_read_inputs_reports_every_random_text_file_once(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("random")
    for n, text in enumerate(texts):
        (folder / f"f{n}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    articles, reports = read_inputs(Config(inputs=(str(folder),)))
    assert sorted(Path(r.path).name for r in reports) == sorted(f"f{n}.txt" for n in range(len(texts)))
    assert {r.status for r in reports} <= {"ok", "skipped", "duplicate"}
    assert len(articles) == sum(r.status == "ok" for r in reports)
