"""The named-query suite every backend must answer identically (used by the store and Virtuoso tests).

The parameter sets are picked from the graph itself by :mod:`benchmarks.suite` (the same workload
``python -m benchmarks`` times), always on the reference engine (``memory``).
"""

from __future__ import annotations

from benchmarks.suite import picks, suite_params  # noqa: F401 - one workload for tests and benchmarks


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


def run_suite(store, params: dict) -> dict:
    """Every named query with every parameter set in *params* (see :func:`benchmarks.suite.suite_params`), normalised."""
    from kg.catalog import named_queries
    from kg.query import run_named

    missing = set(named_queries()) - set(params)
    assert not missing, f"add parameter sets for {missing} to benchmarks/suite.py"
    out = {}
    for name, sets in params.items():
        for p in sets:
            out[(name, tuple(sorted(p.items())))] = normalise(run_named(store, name, p, lang="en"))
    return out
