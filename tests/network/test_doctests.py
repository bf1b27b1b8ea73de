"""Run the Examples sections of the kg.network modules as doctests."""

import doctest
import importlib

import pytest

MODULES = ["centrality", "structural_holes", "brokerage", "mixing", "cohesion", "paths"]


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name):
    module = importlib.import_module(f"kg.network.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"kg.network.{name} has no doctest examples"
    assert result.failed == 0
