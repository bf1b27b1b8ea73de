"""The docstring examples of kg.authoring run."""

import doctest
import importlib

import pytest

MODULES = ["kg.authoring.yamlio", "kg.authoring.model", "kg.authoring.textio", "kg.authoring.extract", "kg.authoring.textscan",
           "kg.authoring.orgpatterns", "kg.authoring.cues", "kg.authoring.convert", "kg.authoring.add", "kg.authoring.ner"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
