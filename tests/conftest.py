"""Shared fixtures: the seed graph (ontology + all data) and the SHACL shapes."""

from pathlib import Path

import pytest
from rdflib import Graph

REPO = Path(__file__).resolve().parents[1]
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


def data_files():
    return sorted(ONTOLOGY_DIR.glob("*.ttl")) + sorted(DATA_DIR.rglob("*.ttl"))


@pytest.fixture(scope="session")
def seed_graph() -> Graph:
    """Everything: ontology/*.ttl and data/**/*.ttl in one graph."""
    g = Graph()
    for f in data_files():
        g.parse(f, format="turtle")
    return g


@pytest.fixture(scope="session")
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@pytest.fixture(scope="session")
def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "scgov.ttl", format="turtle")


@pytest.fixture(scope="session")
def seeds_dir():
    for d in SEEDS_CANDIDATES:
        if d.is_dir():
            return d
    return None
