"""Shared fixtures: the seed graph (ontology + all data, built by kg), shapes, paths."""

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
