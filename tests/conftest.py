"""Shared fixtures: the real seed graph (built once per session), the SHACL shapes, paths."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = REPO = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ONTOLOGY_DIR = REPO / "ontology"
DATA_DIR = REPO / "data"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
FIXTURES_DIR = REPO / "tests" / "fixtures" / "shacl"
# The seed texts live next to the repository checkout: <parent>/shared/seeds
# (for the worktree /work/wt/data that is /work/wt/shared/seeds; for /work/main, /work/shared/seeds).
SEEDS_CANDIDATES = [
    Path(__file__).resolve().parents[1].parent / "shared" / "seeds",
    Path(__file__).resolve().parents[1].parent.parent / "shared" / "seeds",
]


@pytest.fixture(scope="session")
def graph():
    """The seed graph (ontology + shipped data) in the in-memory store."""
    from kg import api

    return api.load(store="memory")


@pytest.fixture(scope="session")
def mini_data() -> Path:
    """A one-entity data directory."""
    return FIXTURES / "mini"


def data_files():
    return sorted(ONTOLOGY_DIR.glob("*.ttl")) + sorted(DATA_DIR.rglob("*.ttl"))


@pytest.fixture(scope="session")
def seed_graph():
    """Everything: ontology/*.ttl and data/**/*.ttl in one rdflib graph."""
    from rdflib import Graph

    g = Graph()
    for f in data_files():
        g.parse(f, format="turtle")
    return g


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
