"""The named-query suite every backend must answer identically (used by the store and Virtuoso tests)."""

from __future__ import annotations

from benchmarks.synth import SUITE_PARAMS as PARAMS  # noqa: E402 - one list for tests and benchmarks


def normalise(result) -> tuple:
    """A comparable form of a QueryResult: vars, and the rows as a sorted list (blank nodes blanked, lang tags lower-cased)."""
    from rdflib import BNode, Literal

    def term(t):
        if isinstance(t, BNode):
            return "_:"
        if isinstance(t, Literal) and t.language:
            return Literal(str(t), lang=t.language.lower()).n3()
        return None if t is None else t.n3()

    return tuple(result.vars), sorted((tuple(term(t) for t in row) for row in result.rows), key=repr)


def run_suite(store) -> dict:
    """Every named query with every parameter set in :data:`PARAMS`, normalised."""
    from kg.catalog import named_queries
    from kg.query import run_named

    missing = set(named_queries()) - set(PARAMS)
    assert not missing, f"add parameter sets for {missing} to tests/store/suite.py"
    out = {}
    for name, sets in PARAMS.items():
        for params in sets:
            out[(name, tuple(sorted(params.items())))] = normalise(run_named(store, name, params, lang="en"))
    return out
