"""Shared fixtures: the seed graph (ontology + all data), the SHACL shapes, and small data folders
in our data model for the store and server tests (synthetic, and hand-written edge cases)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ROOT = REPO
ONTOLOGY_DIR = REPO / "ontology"
DATA_DIR = REPO / "data"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
FIXTURES = REPO / "tests" / "fixtures"
FIXTURES_DIR = FIXTURES / "shacl"
# The seed texts live beside the checkout: <checkout>/../shared/seeds (CI clones main with shared/ beside it).
SEEDS_CANDIDATES = [REPO.parent / "shared" / "seeds", REPO.parent.parent / "shared" / "seeds"]


@pytest.fixture(scope="session")
def graph():
    """The seed graph (ontology + shipped data, derived shortcuts) in the in-memory store."""
    from kg import api

    return api.load(store="memory")


@pytest.fixture(scope="session")
def seed_graph(graph):
    """The same graph as an rdflib Graph."""
    return graph.to_rdflib()


@pytest.fixture(scope="session")
def shapes_graph():
    from rdflib import Graph

    return Graph().parse(SHAPES_FILE, format="turtle")


@pytest.fixture(scope="session")
def ontology_graph():
    from rdflib import Graph

    return Graph().parse(ONTOLOGY_DIR / "scgov.ttl", format="turtle")


@pytest.fixture(scope="session")
def seeds_dir():
    for d in SEEDS_CANDIDATES:
        if d.is_dir():
            return d
    return None


@pytest.fixture(scope="session")
def mini_data() -> Path:
    """A one-entity data directory."""
    return FIXTURES / "mini"


MINI = """@prefix sg: <https://w3id.org/scgov/def#> .
@prefix sgr: <https://w3id.org/scgov/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

sgr:molit a sg:Ministry ; skos:prefLabel "국토교통부"@ko, "Ministry of Land"@EN ; skos:altLabel "국토부"@ko, "MOLIT"@en ;
    sg:sector sgr:sector-central-government .
sgr:krihs a sg:GovernmentFundedResearchInstitute ; skos:prefLabel "국토연구원"@ko, "KRIHS"@en ;
    sg:sector sgr:sector-research .
sgr:council a sg:Council ; skos:prefLabel "스마트시티 연구기관 협력 협의체"@ko, "Research council"@en .
sgr:m1 a org:Membership ; org:member sgr:krihs ; org:organization sgr:council ; sg:headcount "0012"^^xsd:integer ;
    sg:share "1.50"^^xsd:decimal ; sg:weight "1E0"^^xsd:double ; sg:flag "1"^^xsd:boolean ;
    prov:wasDerivedFrom sgr:doc-1 ;
    sg:evidence [ a sg:Evidence ; prov:wasQuotedFrom sgr:doc-1 ; sg:quote "협의체 \\"구성\\"\\n둘째 줄"@ko ] .
sgr:doc-1 a sg:SourceDocument ; dct:date "2018-09-19"^^xsd:date ; dct:title "보도자료"@ko .
"""


#: The synthetic graph of the store and server tests: small enough for rdflib, big enough for
#: every named query to have real answers (``scgov synth --orgs 20 --years 2018-2019 --seed 1``).
SYNTH = {"orgs": 20, "years": (2018, 2019), "seed": 1}


@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory) -> Path:
    """A synthetic data folder written by kg.synth (about 4,000 triples)."""
    from kg.synth import synthesize

    out = tmp_path_factory.mktemp("synth") / "data"
    synthesize(out, **SYNTH)
    return out


@pytest.fixture()
def mini_dir(tmp_path) -> Path:
    """A tiny data folder with the literal forms engines disagree on (lang case, 1.50, 1E0, "1" boolean)."""
    d = tmp_path / "mini"
    d.mkdir()
    (d / "registry.ttl").write_text(MINI, encoding="utf-8")
    return d


NO_CHROMIUM = ("Chromium not found: install Debian's 'chromium' package "
               "(apt-get install -y chromium) to run the browser tests")


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium (kg/viz/headless.py) shared by the browser tests; skips, saying how to get one, when none is installed."""
    from kg.viz.headless import HeadlessChromium, find_chromium

    if not find_chromium():
        pytest.skip(NO_CHROMIUM)
    with HeadlessChromium() as browser:
        yield browser
