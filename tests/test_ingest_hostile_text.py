"""More hostile input, read without the model: near-identical texts, invisible characters, markup in
titles and names, a 300-word name, file names with spaces and accents (all invented here)."""
from __future__ import annotations

import re
from pathlib import Path

from builder.config import Config
from builder.ingest import read_inputs

SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,80}")
STORY = ("The harbour council met on {day} and agreed to rebuild the {part} pier before the summer season. "
         "Engineers said the work would take eleven weeks and that ferries would use the northern berth "
         "in the meantime. Shop owners on the quay welcomed the plan but asked for a second footbridge.")
NAME = " ".join(f"Name{n}" for n in range(300))   # a 300-word name


def read(folder: Path):
    """The articles and the report lines of a folder, keyed by path within it."""
    articles, reports = read_inputs(Config(inputs=(str(folder),)))
    top = folder.name + "/"
    return ({a.source_path[len(top):]: a for a in articles}, {r.path[len(top):]: r for r in reports})


def write(folder: Path, name: str, text: str) -> None:
    """A file of the test folder."""
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_texts_that_differ_slightly_are_each_read(tmp_path):
    write(tmp_path, "a.txt", "Pier to be rebuilt\n\n" + STORY.format(day="Monday", part="southern"))
    write(tmp_path, "b.txt", "Pier to be rebuilt\n\n" + STORY.format(day="Tuesday", part="southern"))
    write(tmp_path, "c.txt", "Pier to be rebuilt\n\n" + STORY.format(day="Monday", part="western"))
    write(tmp_path, "d.txt", "Pier to be rebuilt\n\n" + STORY.format(day="Monday", part="southern").upper())
    articles, reports = read(tmp_path)
    assert [reports[n].status for n in ("a.txt", "b.txt", "c.txt")] == ["ok", "ok", "ok"]
    assert reports["d.txt"].status == "duplicate"                # the same words (case aside) are one article
    assert reports["d.txt"].reason == f"duplicate of {tmp_path.name}/a.txt"


def test_invisible_characters_are_dropped(tmp_path):
    write(tmp_path, "bidi.md", "---\ntitle: \"Pier\u200b to be \u202erebuilt\u202c\"\nauthor: \"Ana\u2066 Ruiz\u2069\"\n---\n\n"
          + STORY.format(day="Mon\u200bday", part="south\ufeffern") + "\n")
    write(tmp_path, "entities.html", "<html><head><title>Pier &#8238;rebuilt&#8236;</title></head><body><article>"
          f"<p>{STORY.format(day='Fri&#8203;day', part='eastern')}</p></article></body></html>")
    articles, reports = read(tmp_path)
    a = articles["bidi.md"]
    assert (a.title, a.author) == ("Pier to be rebuilt", "Ana Ruiz")
    assert "Monday" in a.body and "southern" in a.body
    for art in articles.values():
        text = art.title + art.body + (art.author or "")
        assert not re.search("[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]", text), art.source_path
    assert articles["entities.html"].title == "Pier rebuilt"


def test_markup_in_titles_and_names_is_text(tmp_path):
    write(tmp_path, "m.md", "---\ntitle: \"<b>Pier</b> to be <i>rebuilt</i>\"\nauthor: \"<a href='x'>Ana Ruiz</a>\"\n"
          "outlet: \"<script>alert(1)</script>Harbour Post\"\n---\n\n<b>Ana</b> Ruiz said the pier would reopen.\n\n"
          + STORY.format(day="Monday", part="southern") + "\n")
    a = read(tmp_path)[0]["m.md"]
    assert a.title == "Pier to be rebuilt"
    assert "<" not in a.title + (a.author or "") + (a.outlet or "")
    assert "alert" not in (a.outlet or "")


def test_a_300_word_name_is_cut_not_fatal(tmp_path):
    write(tmp_path, "long-name.md", f"---\ntitle: \"{NAME}\"\nauthor: \"{NAME}\"\n---\n\n{NAME} said on Monday "
          "that the pier would reopen.\n\n" + STORY.format(day="Monday", part="southern") + "\n")
    a = read(tmp_path)[0]["long-name.md"]
    assert len(a.title) <= 300 and len(a.author) <= 200
    assert any(w.startswith("title cut") for w in a.warnings)
    assert a.paragraphs[0].text.startswith("Name0 Name1")


def test_file_names_with_spaces_and_accents(tmp_path):
    names = ["week one/Café société – Genève.txt", "Ünïcödé ñame.md", "  spaced  out .txt", "日本語の記事.txt"]
    for n, name in enumerate(names):
        write(tmp_path, name, f"Pier story {n}\n\n" + STORY.format(day=["Monday", "Tuesday", "Friday", "Sunday"][n],
                                                                   part=["southern", "western", "eastern", "old"][n]))
    articles, reports = read(tmp_path)
    assert sorted(articles) == sorted(names)
    assert len({a.id for a in articles.values()}) == len(names)
    assert all(SAFE_ID.fullmatch(a.id) for a in articles.values())
