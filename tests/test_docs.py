"""Docs that cannot drift: the README's generated blocks, and every docstring example."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg import docs

ROOT = Path(__file__).resolve().parents[1]
# kg.network has its own doctest runner (tests/network/test_doctests.py).
MODULES = sorted(
    m.name for m in pkgutil.walk_packages(kg.__path__, "kg.")
    if not m.name.startswith("kg.network") and m.name != "kg.__main__"
)


def test_readme_query_table_is_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert docs.render(readme) == readme, "README.md is stale: run `python -m kg.docs`"


def test_readme_lists_every_named_query():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in kg.api.named_queries() if hasattr(kg, "api") else importlib.import_module("kg.api").named_queries():
        assert f"`{name}`" in readme


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_cli_import_is_light():
    """``scgov --help`` must not import rdflib, networkx or pyshacl."""
    code = "import sys, kg.cli; kg.cli.cli.list_commands(None); print(sorted(m.split('.')[0] for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    for heavy in ("rdflib", "networkx", "pyshacl", "pyoxigraph", "matplotlib", "igraph", "pyvis"):
        assert f"'{heavy}'" not in out, heavy
