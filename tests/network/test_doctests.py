"""Run the Examples sections of the kg.network modules as doctests."""

import doctest
import importlib
import inspect
import pathlib
import pkgutil
import subprocess
import sys

import pytest

import kg.network

# measure modules: every public function must carry a runnable Examples section
MEASURE_MODULES = ["centrality", "structural_holes", "brokerage", "mixing", "cohesion", "paths"]
ALL_MODULES = sorted(m.name for m in pkgutil.iter_modules(kg.network.__path__))


@pytest.mark.parametrize("name", ALL_MODULES)
def test_module_doctests(name):
    module = importlib.import_module(f"kg.network.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    if name in MEASURE_MODULES:
        assert result.attempted > 0, f"kg.network.{name} has no doctest examples"


@pytest.mark.parametrize("name", MEASURE_MODULES)
def test_public_functions_have_examples(name):
    module = importlib.import_module(f"kg.network.{name}")
    public = [f for n, f in inspect.getmembers(module, inspect.isfunction)
              if not n.startswith("_") and f.__module__ == module.__name__]
    missing = [f.__name__ for f in public if "Examples\n" not in (f.__doc__ or "")]
    assert public and not missing


def test_package_import_loads_nothing():
    code = "import sys, kg.network; print(sorted(m for m in sys.modules if m.startswith(('kg', 'networkx'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=pathlib.Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "['kg', 'kg.network']"
