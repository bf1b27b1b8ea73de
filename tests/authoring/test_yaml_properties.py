"""Property-based tests: the YAML loader and checker never raise anything but KGError."""

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.authoring.add import context
from kg.authoring.model import check
from kg.authoring.yamlio import load_yaml
from kg.errors import KGError

from .conftest import ROOT
from .test_add import GOOD

BASE = yaml.safe_load(GOOD)


@pytest.fixture(scope="module")
def resolver():
    return context(ROOT / "data")[1]


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, prefix + (i,))


ALL_PATHS = [p for p in paths(BASE) if p]
JUNK = st.one_of(st.none(), st.text(max_size=20), st.integers(), st.booleans(), st.lists(st.text(max_size=5), max_size=3),
                 st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2), st.just("TODO"), st.just("2018-02-30"))


def mutate(doc, path, value, delete):
    import copy

    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(ALL_PATHS), value=JUNK, delete=st.booleans())
def test_random_field_mutations_give_problems_never_tracebacks(resolver, path, value, delete):
    text = yaml.safe_dump(mutate(BASE, path, value, delete), allow_unicode=True)
    try:
        data = load_yaml(text)
        _doc, problems = check(data, resolver)
    except KGError:
        return
    for p in problems:
        assert isinstance(p.line, int) and p.message


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_arbitrary_text_loads_or_raises_kgerror(text):
    try:
        load_yaml(text)
    except KGError:
        pass


def test_unmutated_base_has_no_problems(resolver):
    _doc, problems = check(load_yaml(GOOD), resolver)
    assert problems == []
