"""Exports validate with the libraries made for them and match briefing.json."""
from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from icalendar import Calendar

pytestmark = [pytest.mark.model, pytest.mark.xdist_group("seeds")]


def test_csv_tables_match_the_json(seeds_build):
    data, exports = seeds_build["data"], seeds_build["build"] / "exports"
    for name in ("actors", "events", "quotes", "articles"):
        rows = list(csv.DictReader(io.StringIO((exports / f"{name}.csv").read_text(encoding="utf-8"))))
        assert len(rows) == len(data[name]), name
        assert [r["id"] for r in rows] == [x["id"] for x in data[name]]


def test_graphml_loads_with_networkx(seeds_build):
    g = nx.read_graphml(seeds_build["build"] / "exports" / "network.graphml")
    assert set(g.nodes) == {a["id"] for a in seeds_build["data"]["actors"]}
    assert g.number_of_edges() > 0
    assert all(d["weight"] >= 1 for _, _, d in g.edges(data=True))


def test_ics_holds_every_dated_event(seeds_build):
    cal = Calendar.from_ical((seeds_build["build"] / "exports" / "events.ics").read_bytes())
    uids = {str(c["uid"]) for c in cal.walk("VEVENT")}
    dated = {f"{e['id']}@briefing" for e in seeds_build["data"]["events"] if e["date"] and len(e["date"]) >= 7}
    assert dated and uids == dated


def test_site_offers_the_data_and_hosting_files(seeds_build, root):
    site = seeds_build["site"]
    for name in ("briefing.json", "actors.csv", "events.csv", "quotes.csv", "articles.csv", "network.graphml", "events.ics"):
        assert (site / "data" / name).is_file(), name
    assert (site / "sitemap.xml").is_file() and (site / "404.html").is_file()
    assert "site_url:" in (root / "mkdocs.yml").read_text()
    assert 'rel="canonical"' in (site / "index.html").read_text(encoding="utf-8")


def test_export_command_writes_each_format(seeds_build, tmp_path, root):
    from tests.conftest import run_cli

    for fmt, out in (("json", "b.json"), ("graphml", "n.graphml"), ("ics", "e.ics"), ("csv", "tables")):
        run_cli("export", "--format", fmt, "-o", str(tmp_path / out), "--build-dir", str(seeds_build["build"]), cwd=root)
        assert (tmp_path / out).exists()
    assert (tmp_path / "tables" / "actors.csv").is_file()
