"""Shared fixtures: the real seed graph (built once per session) and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def graph():
    """The seed graph (ontology + shipped data) in the in-memory store."""
    from kg import api

    return api.load(store="memory")


@pytest.fixture(scope="session")
def mini_data() -> Path:
    """A one-entity data directory."""
    return FIXTURES / "mini"
