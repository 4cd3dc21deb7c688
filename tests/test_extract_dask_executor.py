"""Per-article extraction on a Dask cluster (executor: dask) gives the local records, and fails clearly."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.config import Config, load_config
from builder.extract.dask_executor import chunk
from builder.errors import BuildError, ConfigError
from builder.extract import extract
from builder.extract.cache import cache_key, cache_path as _cache_path
from builder.records import Article, Paragraph, to_dict

from tests.conftest import ROOT, run_cli

STORIES = [
    ("Harbour council approves new ferry timetable",
     ["PORTHAVEN, March 3 (Coastal Wire) - The PortHaven harbour council approved a new ferry timetable on Tuesday.",
      '"We listened to the people who cross every morning," said Miriam Oyelaran, who chairs the council.',
      "The first boats on the new schedule will leave on April 1."]),
    ("Regional library to open on Sundays",
     ["The Eastfold regional library will open on Sundays from next month, its director said on Friday.",
      '"Families told us the weekend is the only time they can come," library director Tomas Reinholt said.']),
    ("Farmers warn of late frost",
     ["Fruit growers in the Varn valley fear a late frost could damage the cherry harvest.",
      'Agnes Whitcombe, who runs an orchard near Lowbridge, said: "One cold night in May can cost us a year."',
      "Forecasters expect temperatures to fall below zero on Thursday."]),
    ("City marathon changes its route",
     ["Organisers of the Brennick marathon have moved the finish line to the old market square.",
      '"The square gives runners and their families room to celebrate," race director Paolo Ferrante said on Monday.']),
    ("Museum returns carved panels",
     ["The Calder Museum handed back four carved wooden panels to the village of Esk on Saturday.",
      '"They belong where they were made," curator Helen Abara told reporters at the ceremony.']),
]


def _articles() -> list[Article]:
    """Hand-written English articles, each with a person quoted, and one German one (parsed locally)."""
    arts = [Article(id=f"story-{i}", title=title, paragraphs=tuple(Paragraph(p) for p in paras),
                    source_path=f"story-{i}.txt", outlet="Coastal Wire", date="2024-03-0{}".format(i + 1))
            for i, (title, paras) in enumerate(STORIES)]
    arts.append(Article(id="bericht", title="Neue Fähre", source_path="bericht.txt", language="de",
                        paragraphs=(Paragraph('"Wir fahren ab April öfter", sagte Miriam Oyelaran am Dienstag.'),)))
    return arts


@pytest.fixture(scope="module")
def cluster():
    """A real two-worker LocalCluster (separate processes, one thread each) for the module's tests."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.mark.model
def test_dask_extract_equals_local_and_fills_the_cache(cluster, tmp_path):
    articles = _articles()
    local = extract(articles, Config(jobs=1), tmp_path / "local")
    config = Config(executor="dask", scheduler=cluster.scheduler_address)
    on_dask = extract(articles, config, tmp_path / "dask")
    assert [to_dict(p) for p in on_dask] == [to_dict(p) for p in local]
    assert any(q.text.startswith("We listened") for q in on_dask[0].quotes)
    for art in articles:
        cached = _cache_path(tmp_path / "dask" / "cache", cache_key(art, config.model))
        assert cached.exists(), art.id
        assert json.loads(cached.read_text(encoding="utf-8"))["article"]["id"] == art.id


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    config = Config(executor="dask", scheduler="tcp://127.0.0.1:1", cache=False)
    with pytest.raises(BuildError) as info:
        extract(_articles()[:1], config, tmp_path)
    assert "tcp://127.0.0.1:1" in info.value.message
    assert "dask scheduler" in info.value.message


def test_malformed_scheduler_address_names_the_key(tmp_path):
    config = Config(executor="dask", scheduler="tcp://no-port-here", cache=False)
    with pytest.raises(ConfigError) as info:
        extract(_articles()[:1], config, tmp_path)
    assert "'scheduler'" in info.value.message and "tcp://no-port-here" in info.value.message


def test_executor_must_be_local_or_dask(tmp_path):
    cfg = tmp_path / "briefing.yml"
    cfg.write_text("executor: cluster\n")
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    assert info.value.message == "config key 'executor': expected one of local, dask, got 'cluster'"
    cfg.write_text("executor: dask\nscheduler: tcp://10.0.0.5:8786\n")
    loaded = load_config(cfg)
    assert (loaded.executor, loaded.scheduler) == ("dask", "tcp://10.0.0.5:8786")
    assert load_config(cfg, executor="local").executor == "local"


def test_chunks_cover_every_article_in_order():
    articles = [Article(id=str(i), title="t", paragraphs=(), source_path=f"{i}.txt") for i in range(37)]
    chunks = chunk(articles, 2)
    assert [a.id for c in chunks for a in c] == [a.id for a in articles]
    assert len(chunks) == 8 and all(len(c) >= 4 for c in chunks[:-1])
    assert len(chunk(articles[:3], 4)) == 1


def test_local_builds_do_not_import_dask(tmp_path):
    """Only the dask executor pays for importing dask (checked in a fresh interpreter, no model needed)."""
    script = (
        "import sys; from pathlib import Path; import builder.cli, builder.build\n"
        "from builder.config import Config; from builder.extract import extract\n"
        "from builder.records import Article, Paragraph\n"
        "art = Article(id='a', title='Titel', paragraphs=(Paragraph('Ein Satz.'),), source_path='a.txt', language='de')\n"
        f"extract([art], Config(), Path({str(tmp_path)!r}))\n"
        "assert not any(m == 'dask' or m.startswith(('dask.', 'distributed')) for m in sys.modules), 'dask imported'\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, capture_output=True, text=True)


@pytest.mark.model
def test_cli_build_with_dask_executor(tmp_path):
    """`briefing build --executor dask` end to end, on an in-process LocalCluster started for the build."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, (title, paras) in enumerate(STORIES[:3]):
        (inputs / f"story-{i}.txt").write_text(title + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    run_cli("build", "--input", str(inputs), "--build-dir", str(tmp_path / "b"), "--docs-dir", str(tmp_path / "d"),
            "--no-site", "--executor", "dask", "--jobs", "1", "-q", cwd=tmp_path)
    data = json.loads((tmp_path / "b" / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 3
    speakers = {q["speaker"] for q in data["quotes"]}
    assert {"miriam-oyelaran", "tomas-reinholt"} <= speakers, speakers
    assert len(list((tmp_path / "b" / "cache").rglob("*.json"))) == 3
    assert (tmp_path / "d" / "index.md").exists()


def test_cli_bad_scheduler_address_exits_with_the_message(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nOne sentence of text.\n", encoding="utf-8")
    result = CliRunner().invoke(main, [
        "build", "--input", str(tmp_path / "a.txt"), "--build-dir", str(tmp_path / "b"), "--docs-dir",
        str(tmp_path / "d"), "--config", str(tmp_path / "none.yml"), "--no-site", "--executor", "dask",
        "--scheduler", "tcp://127.0.0.1", "-q"])
    assert result.exit_code == 1
    assert "Error: config key 'scheduler': 'tcp://127.0.0.1' is not a Dask scheduler address" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (tmp_path / "b" / "briefing.json").exists()


def test_build_help_lists_the_executor_options():
    out = run_cli("build", "--help", cwd=Path(ROOT)).stdout
    assert "--executor [local|dask]" in out and "--scheduler ADDRESS" in out
