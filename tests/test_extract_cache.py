"""The per-article extraction cache and multi-process NLP (builder.extract)."""
from __future__ import annotations

import multiprocessing
from dataclasses import replace
from pathlib import Path

import pytest

import builder.extract.pipeline as nlp_stage
from builder.config import Config
from builder.extract import extract
from builder.extract.cache import cache_key
from builder.ingest import read_inputs
from builder.records import Paragraph, to_dict

ROOT = Path(__file__).resolve().parent.parent


def seed_articles():
    """The sample articles from seeds/."""
    articles, _ = read_inputs(Config(inputs=(str(ROOT / "seeds"),)))
    assert len(articles) >= 3
    return articles


def counting(monkeypatch) -> list[int]:
    """Wrap builder.extract.pipeline.parse_articles; the returned list collects how many articles each call parsed."""
    calls: list[int] = []
    real = nlp_stage.parse_articles

    def wrapped(nlp, articles, *args, **kwargs):
        articles = list(articles)
        calls.append(len(articles))
        return real(nlp, articles, *args, **kwargs)

    monkeypatch.setattr(nlp_stage, "parse_articles", wrapped)
    return calls


def test_cache_key_changes_when_text_changes():
    art = seed_articles()[0]
    key = cache_key(art, "en_core_web_sm")
    assert key == cache_key(art, "en_core_web_sm")
    edited = replace(art, paragraphs=art.paragraphs[:-1] + (Paragraph(art.paragraphs[-1].text + " Extra."),))
    assert cache_key(edited, "en_core_web_sm") != key
    assert cache_key(replace(art, title=art.title + "!"), "en_core_web_sm") != key
    assert cache_key(art, "other_model") != key


@pytest.mark.model
def test_second_extract_parses_nothing(tmp_path, monkeypatch):
    articles = seed_articles()
    config = Config(jobs=1)
    calls = counting(monkeypatch)
    first = extract(articles, config, tmp_path)
    assert sum(calls) == len(articles)
    calls.clear()
    second = extract(articles, config, tmp_path)
    assert sum(calls) == 0, "a second extract of unchanged articles must come from the cache"
    assert [to_dict(p) for p in second] == [to_dict(p) for p in first]

    # one changed article: only that one is parsed again
    changed = list(articles)
    changed[1] = replace(changed[1], title=changed[1].title + " (updated)")
    extract(changed, config, tmp_path)
    assert sum(calls) == 1


@pytest.mark.model
def test_removed_article_is_dropped(tmp_path, monkeypatch):
    articles = seed_articles()
    config = Config(jobs=1)
    extract(articles, config, tmp_path)
    calls = counting(monkeypatch)
    out = extract(articles[:-1], config, tmp_path)
    assert sum(calls) == 0
    assert [p.article.id for p in out] == [a.id for a in articles[:-1]]
    assert articles[-1].id not in {p.article.id for p in out}


@pytest.mark.model
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_n_process_2_finds_custom_component(tmp_path, method):
    """Workers (fork or spawn) must find the briefing_paragraphs component and give the same records."""
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"start method {method} not available here")
    base = seed_articles()
    articles = [replace(a, id=f"{a.id}-{k}", source_path=f"{a.source_path}#{k}") for k in range(2) for a in base]
    assert len(articles) >= 8  # extract only uses n_process > 1 from 4 articles per job
    assert "briefing_paragraphs" in nlp_stage.load().pipe_names
    single = extract(articles, Config(jobs=1, cache=False), tmp_path / "one")
    old = multiprocessing.get_start_method(allow_none=True)
    multiprocessing.set_start_method(method, force=True)
    try:
        multi = extract(articles, Config(jobs=2, cache=False), tmp_path / "two")
    finally:
        multiprocessing.set_start_method(old, force=True)
    assert [to_dict(p) for p in multi] == [to_dict(p) for p in single]


def test_cache_key_covers_every_module_the_extraction_imports():
    # A change to any of them changes what is extracted, so it must invalidate the cache.
    import ast
    from pathlib import Path

    from builder.extract.cache import code_files

    here = Path(__file__).resolve().parent.parent / "builder"
    seen, todo = set(), ["extract/pipeline.py"]
    while todo:
        name = todo.pop()
        if name in seen or not (here / name).exists():
            continue
        seen.add(name)
        package = Path(name).parent
        for node in ast.walk(ast.parse((here / name).read_text())):
            if isinstance(node, ast.ImportFrom) and node.level >= 1:
                base = package
                for _ in range(node.level - 1):
                    base = base.parent
                if node.module:
                    target = base.joinpath(*node.module.split("."))
                    todo += [f"{target.as_posix()}.py", f"{target.as_posix()}/__init__.py"]
                else:
                    todo += [(base / f"{a.name}.py").as_posix() for a in node.names]
    seen = {s.removeprefix("./") for s in seen}
    assert len(seen) > 5
    assert seen <= set(code_files()), seen - set(code_files())


def test_doc_cache_rereads_parsed_docs_and_gives_the_same_records(tmp_path, monkeypatch):
    """BRIEFING_DOC_CACHE keeps parsed Docs: a second extraction reads them back (no spaCy pass) to equal records."""
    articles = seed_articles()[:3]
    nlp = nlp_stage.load("en_core_web_sm")
    first = [to_dict(p) for p in nlp_stage.parse_articles(nlp, articles, doc_cache=tmp_path)]
    assert len(list(tmp_path.rglob("*.spacy"))) == len(articles)

    def no_parse(*args, **kwargs):
        raise AssertionError("a cached Doc was parsed again")

    monkeypatch.setattr(nlp, "pipe", no_parse)
    again = [to_dict(p) for p in nlp_stage.parse_articles(nlp, articles, doc_cache=tmp_path)]
    assert again == first
    plain = [to_dict(p) for p in nlp_stage.parse_articles(nlp_stage.load("en_core_web_sm"), articles)]
    assert plain == first
