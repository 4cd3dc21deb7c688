"""Unit tests for builder.gazetteer and the integrity of its packaged YAML tables.

Person names in these tests are invented placeholders.
"""
from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import pytest
import yaml

try:
    from builder import gazetteer as g
except ModuleNotFoundError:  # running from a checkout without the package installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from builder import gazetteer as g

TABLES = ["countries.yml", "organizations.yml", "outlets.yml", "titles.yml", "given_names.yml", "places.yml"]


def _raw(name: str):
    with resources.files("builder.data").joinpath(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _country_keys() -> dict[str, set[str]]:
    """Every folded country name, alias, capital and demonym -> the countries using it."""
    keys: dict[str, set[str]] = {}
    for c in g.countries():
        for n in (c.name, *c.aliases, *c.capitals, *c.demonyms):
            keys.setdefault(g.fold(n), set()).add(c.name)
    return keys


def _org_keys() -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {}
    for o in g.organizations():
        for n in (o.name, *o.aliases):
            keys.setdefault(g.fold(n), set()).add(o.name)
    return keys


# --- fold ----------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, folded", [
    ("Kyiv", "kyiv"),
    ("Côte d’Ivoire", "cote d'ivoire"),
    ("Côte d'Ivoire", "cote d'ivoire"),
    ("Chișinău", "chisinau"),
    ("Élysée Palace", "elysee palace"),
    ("Łódź", "lodz"),
    ("Søren", "soren"),
    ("U.S.", "us"),
    ("  The   Hague ", "hague"),
    ("NATO–Russia Council", "nato-russia council"),
    ("NATO—Russia", "nato-russia"),
    ("“Quoted”", '"quoted"'),
    ("‘single’", "'single'"),
    ("Sana\u02bca", "sana'a"),
])
def test_fold(raw, folded):
    assert g.fold(raw) == folded


def test_fold_keeps_inner_the_and_other_words():
    assert g.fold("Theresa") == "theresa"
    assert g.fold("Bank of the West") == "bank of the west"


def test_fold_is_idempotent():
    for text in ["Côte d’Ivoire", "U.S.A.", "The Hague", "São Tomé and Príncipe", "“x” – y"]:
        assert g.fold(g.fold(text)) == g.fold(text)


# --- country_of / country_of_demonym -------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("Russia", ("Russia", "name")),
    ("Moscow", ("Russia", "capital")),
    ("U.S.", ("United States", "alias")),
    ("US", ("United States", "alias")),
    ("USA", ("United States", "alias")),
    ("Washington", ("United States", "capital")),
    ("Washington, D.C.", ("United States", "capital")),
    ("D.C", ("United States", "capital")),   # "Washington, D.C." tagged in two parts
    ("Kiev", ("Ukraine", "capital")),
    ("Kyiv", ("Ukraine", "capital")),
    ("the Ukraine", ("Ukraine", "name")),
    ("UK", ("United Kingdom", "alias")),
    ("Britain", ("United Kingdom", "alias")),
    ("Britons", ("United Kingdom", "demonym")),
    ("UAE", ("United Arab Emirates", "alias")),
    ("DPRK", ("North Korea", "alias")),
    ("PRC", ("China", "alias")),
    ("Burma", ("Myanmar", "alias")),
    ("Ivory Coast", ("Côte d'Ivoire", "alias")),
    ("Cote d'Ivoire", ("Côte d'Ivoire", "name")),
    ("Türkiye", ("Turkey", "alias")),
    ("Turkiye", ("Turkey", "alias")),
    ("The Hague", ("Netherlands", "capital")),
    ("Holland", ("Netherlands", "alias")),
    ("Czechia", ("Czech Republic", "alias")),
    ("Taiwan", ("Taiwan", "name")),
    ("Kosovo", ("Kosovo", "name")),
    ("Palestine", ("Palestine", "name")),
    ("Hong Kong", ("Hong Kong", "name")),
    ("Americans", ("United States", "demonym")),
    ("Dutch", ("Netherlands", "demonym")),
    ("Chinese", ("China", "demonym")),
    ("Japanese", ("Japan", "demonym")),
    ("Chișinău", ("Moldova", "capital")),
    ("Chisinau", ("Moldova", "capital")),
    ("the US", ("United States", "alias")),
    ("U.S.", ("United States", "alias")),
])
def test_country_of_found(name, expected):
    assert g.country_of(name) == expected


@pytest.mark.parametrize("name", ["Blorf", "", "Crimea", "Donbas", "NATO", "Kremlin", "Europe", "Korea", "Congo", "Us", "Uk"])
def test_country_of_not_found(name):
    assert g.country_of(name) is None


@pytest.mark.parametrize("word, country", [
    ("Russian", "Russia"),
    ("Russians", "Russia"),
    ("Ukrainian", "Ukraine"),
    ("Ukrainians", "Ukraine"),
    ("American", "United States"),
    ("British", "United Kingdom"),
    ("Briton", "United Kingdom"),
    ("Chinese", "China"),
    ("Dutch", "Netherlands"),
    ("Swiss", "Switzerland"),
    ("Israelis", "Israel"),
    ("Palestinians", "Palestine"),
    ("North Korean", "North Korea"),
    ("Emiratis", "United Arab Emirates"),
])
def test_country_of_demonym_found(word, country):
    assert g.country_of_demonym(word) == country


@pytest.mark.parametrize("word", ["Russia", "Moscow", "U.S.", "Americas", "Blorf", "Blorfs", "NATO", ""])
def test_country_of_demonym_not_found(word):
    assert g.country_of_demonym(word) is None


def test_countries_cover_un_members_and_territories():
    names = {c.name for c in g.countries()}
    assert len(names) >= 193
    for name in ["United States", "Russia", "Ukraine", "United Kingdom", "South Korea", "North Korea", "Iran",
                 "Taiwan", "Kosovo", "Palestine", "Hong Kong", "Vatican City", "Tuvalu", "Eswatini"]:
        assert name in names
    assert "Crimea" not in names


# --- organization_of -----------------------------------------------------------------------

@pytest.mark.parametrize("name, org", [
    ("NATO", "NATO"),
    ("North Atlantic Treaty Organization", "NATO"),
    ("the North Atlantic Alliance", "NATO"),
    ("the State Department", "US State Department"),
    ("U.S. State Department", "US State Department"),
    ("Department of State", "US State Department"),
    ("UN Security Council", "UN Security Council"),
    ("U.N. Security Council", "UN Security Council"),
    ("the Kremlin", "Kremlin"),
    ("Kremlin", "Kremlin"),
    ("Group of Seven", "G7"),
    ("G-20", "G20"),
    ("OPEC+", "OPEC+"),
    ("OPEC", "OPEC"),
    ("International Atomic Energy Agency", "IAEA"),
    ("Russian Ministry of Foreign Affairs", "Russian Foreign Ministry"),
    ("MFA of Russia", "Russian Foreign Ministry"),
    ("Elysee", "Élysée"),
    ("Fed", "Federal Reserve"),
    ("State Duma", "State Duma"),
    ("NATO-Russia Council", "NATO-Russia Council"),
    ("NATO–Russia Council", "NATO-Russia Council"),
    ("E.U.", "European Union"),
    ("Twitter", "Twitter"),
    ("Meta", "Meta Platforms"),
    ("the Walt Disney Company", "Disney"),
])
def test_organization_of_found(name, org):
    assert g.organization_of(name) == org


@pytest.mark.parametrize("name", ["Blorf Institute", "Russia", "Moscow", "Foreign Ministry", "Parliament", ""])
def test_organization_of_not_found(name):
    assert g.organization_of(name) is None


def test_organizations_have_type():
    orgs = g.organizations()
    assert len(orgs) >= 150
    assert all(o.type == "organization" for o in orgs)
    assert all(row.get("type") == "organization" for row in _raw("organizations.yml"))


# --- canonical_outlet / is_outlet ----------------------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    ("Reuters", "Reuters"),
    ("TASS", "TASS"),
    ("ITAR-TASS", "TASS"),
    ("Associated Press", "AP"),
    ("The Associated Press", "AP"),
    ("Agence France-Presse", "AFP"),
    ("CNS News", "CNSNews"),
    ("CNSNews.com", "CNSNews"),
    ("cnsnews.com", "CNSNews"),
    ("www.cnsnews.com", "CNSNews"),
    ("https://www.reuters.com/", "Reuters"),
    ("/TASS/", "TASS"),
    ("(Reuters)", "Reuters"),
    ("New York Times", "The New York Times"),
    ("NYT", "The New York Times"),
    ("BBC", "BBC News"),
    ("Fox Business Network", "Fox Business"),
    ("Sputnik International", "Sputnik"),
    ("Kyiv Independent", "Kyiv Independent"),
])
def test_canonical_outlet_names(text, outlet):
    assert g.canonical_outlet(text) == outlet
    assert g.is_outlet(text)


@pytest.mark.parametrize("text", ["Blorf Daily", "NATO", "Russia", "MRC Store", ""])
def test_canonical_outlet_not_found(text):
    assert g.canonical_outlet(text) is None
    assert not g.is_outlet(text)


def test_footer_lines_only_with_footer_flag():
    assert g.canonical_outlet("MRC Store", footer=True) == "CNSNews"
    assert g.canonical_outlet("  MRC Store ", footer=True) == "CNSNews"
    assert g.canonical_outlet("MRC Store") is None
    # Outlet names are not footer lines.
    assert g.canonical_outlet("Reuters", footer=True) is None
    assert g.canonical_outlet("Some other store", footer=True) is None


# --- titles --------------------------------------------------------------------------------

def test_title_words_longest_first():
    words = g.title_words()
    assert len(words) >= 150
    lengths = [len(w) for w in words]
    assert lengths == sorted(lengths, reverse=True)
    assert "Secretary of State" in words and "President" in words


@pytest.mark.parametrize("text, expected", [
    ("Secretary of State Jane Doe", ("Jane Doe", "Secretary of State")),
    ("Deputy Foreign Minister Ivan Petrov", ("Ivan Petrov", "Deputy Foreign Minister")),
    ("President Joe Smith", ("Joe Smith", "President")),
    ("Prime Minister Ana Lopes", ("Ana Lopes", "Prime Minister")),
    ("Sen. Jane Doe", ("Jane Doe", "Sen.")),
    ("Lt. Gen. Ivan Petrov", ("Ivan Petrov", "Lt. Gen.")),
    ("Secretary-General Jan Novak", ("Jan Novak", "Secretary-General")),
    ("spokesman Ivan Petrov", ("Ivan Petrov", "spokesman")),
    ("National Security Adviser Jane Doe", ("Jane Doe", "National Security Adviser")),
    ("Former President Joe Smith", ("Joe Smith", "Former President")),
    ("acting Defense Secretary Jane Doe", ("Jane Doe", "acting Defense Secretary")),
    ("then-Secretary of State Jane Doe", ("Jane Doe", "then-Secretary of State")),
    ("Deputy Interior Minister Ivan Petrov", ("Ivan Petrov", "Deputy Interior Minister")),
    ("the Secretary of State Jane Doe", ("Jane Doe", "Secretary of State")),
])
def test_strip_title_found(text, expected):
    assert g.strip_title(text) == expected


@pytest.mark.parametrize("text", ["Jane Doe", "Ivan Petrov", "President", "Russian President Ivan Petrov", ""])
def test_strip_title_not_found(text):
    assert g.strip_title(text) == (text, None)


@pytest.mark.parametrize("text", [
    "the Secretary of State", "Secretary of State", "President", "Vice President", "the President",
    "Deputy Foreign Minister", "spokeswoman", "Secretary General", "former Prime Minister", "CEO",
])
def test_is_title_true(text):
    assert g.is_title(text)


@pytest.mark.parametrize("text", ["Jane Doe", "President Joe Smith", "Russian President", "Kremlin", "former", ""])
def test_is_title_false(text):
    assert not g.is_title(text)


# --- same_given_name -----------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Sergei", "Sergey"), ("Sergey", "Serhiy"), ("Dmitry", "Dmytro"), ("Alexei", "Oleksiy"),
    ("Vladimir", "Volodymyr"), ("Mikhail", "Mykhailo"), ("Nikolai", "Mykola"), ("Yevgeny", "Evgeny"),
    ("Anthony", "Antony"), ("Mohammed", "Muhammad"), ("Jerome", "Jérôme"), ("Sergei", "sergei"),
    ("Jürgen", "Juergen"),
])
def test_same_given_name_true(a, b):
    assert g.same_given_name(a, b)
    assert g.same_given_name(b, a)


@pytest.mark.parametrize("a, b", [
    ("Sergei", "Sergio"), ("Sergei", "Dmitry"), ("Jane", "John"), ("Josep", "Joseph"), ("Blorf", "Sergei"),
])
def test_same_given_name_false(a, b):
    assert not g.same_given_name(a, b)
    assert not g.same_given_name(b, a)


# --- place_names ---------------------------------------------------------------------------

def test_place_names():
    places = g.place_names()
    for name in ["Crimea", "Donbas", "Donbass", "Odesa", "Odessa", "Geneva", "Davos", "St. Petersburg",
                 "Middle East", "Black Sea", "Gaza", "West Bank"]:
        assert g.fold(name) in places
    assert g.fold("Russia") not in places
    assert g.fold("Blorf") not in places


# --- data integrity ------------------------------------------------------------------------

@pytest.mark.parametrize("table", TABLES)
def test_tables_load_with_safe_load(table):
    data = _raw(table)
    assert isinstance(data, list) and data


def test_all_entries_are_strings():
    """YAML turns words like "No" or "On" into booleans; every name must stay a string."""
    for row in _raw("countries.yml"):
        assert isinstance(row["name"], str)
        assert set(row) <= {"name", "aliases", "capitals", "demonyms"}
        for key in ("aliases", "capitals", "demonyms"):
            assert all(isinstance(v, str) and v.strip() for v in row.get(key) or [])
    for row in _raw("organizations.yml"):
        assert isinstance(row["name"], str)
        assert set(row) <= {"name", "aliases", "type", "central_bank_of"}
        assert all(isinstance(v, str) and v.strip() for v in row.get("aliases") or [])
        if "central_bank_of" in row:   # a central bank names a country of the countries table
            assert g.country_of(row["central_bank_of"]) == (row["central_bank_of"], "name")
    for row in _raw("outlets.yml"):
        assert isinstance(row["name"], str)
        assert set(row) <= {"name", "aliases", "domains", "footers"}
        for key in ("aliases", "domains", "footers"):
            assert all(isinstance(v, str) and v.strip() for v in row.get(key) or [])
    for table in ("titles.yml", "places.yml"):
        assert all(isinstance(v, str) and v.strip() for v in _raw(table))
    for group in _raw("given_names.yml"):
        assert isinstance(group, list) and len(group) >= 2
        assert all(isinstance(v, str) and v.strip() for v in group)


def test_no_folded_name_maps_to_two_countries():
    clashes = {k: v for k, v in _country_keys().items() if len(v) > 1}
    assert not clashes


def test_country_names_unique():
    names = [g.fold(c.name) for c in g.countries()]
    assert len(names) == len(set(names))


def test_organisation_names_and_aliases_unique():
    clashes = {k: v for k, v in _org_keys().items() if len(v) > 1}
    assert not clashes


def test_no_country_name_is_an_organisation():
    orgs = _org_keys()
    for c in g.countries():
        assert g.fold(c.name) not in orgs, c.name


def test_no_country_key_is_an_organisation_key():
    assert not set(_country_keys()) & set(_org_keys())


def test_outlet_keys_unique_and_not_organisations_or_countries():
    seen: dict[str, str] = {}
    for row in _raw("outlets.yml"):
        for n in (row["name"], *(row.get("aliases") or []), *(row.get("domains") or [])):
            k = g.fold(n)
            assert seen.get(k, row["name"]) == row["name"], (k, seen.get(k), row["name"])
            seen[k] = row["name"]
    assert not set(seen) & set(_org_keys())
    assert not set(seen) & set(_country_keys())


def test_footers_unique():
    footers = [g.fold(f) for row in _raw("outlets.yml") for f in row.get("footers") or []]
    assert len(footers) == len(set(footers))


def test_titles_unique_and_without_nationality():
    titles = _raw("titles.yml")
    assert len(titles) == len(set(titles))
    for t in titles:
        assert g.country_of_demonym(t.split()[0]) is None, t


def test_given_name_groups_disjoint():
    seen: set[str] = set()
    for group in _raw("given_names.yml"):
        members = {g.fold(n) for n in group}
        assert not members & seen, members & seen
        seen |= members


def test_places_are_not_countries_or_organisations():
    names = {g.fold(n) for c in g.countries() for n in (c.name, *c.aliases)}
    assert not g.place_names() & names
    assert not g.place_names() & set(_org_keys())


def test_places_unique():
    places = [g.fold(p) for p in _raw("places.yml")]
    assert len(places) == len(set(places))


def test_is_given_name():
    assert g.is_given_name("Sergei") and g.is_given_name("Mary")
    assert not g.is_given_name("Tesla") and not g.is_given_name("Google")


def test_central_banks_stand_for_their_countries():
    """One table says whose central bank a body is, both ways: "the US central bank" and the "Fed"."""
    assert g.central_bank("United States") == "Federal Reserve"
    assert g.central_bank("Ruritania") is None
    assert g.central_bank_seat("the Fed") == "United States"
    assert g.central_bank_seat("Banxico") == "Mexico"
    assert g.central_bank_seat("World Bank") is None
    assert g.central_bank_seat("Bank of America") is None
