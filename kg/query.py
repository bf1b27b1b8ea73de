"""Running named and ad-hoc SPARQL queries.

Parameters are converted to RDF terms and bound by the engine (``initBindings`` for rdflib, the
store's own mechanism elsewhere), never pasted into the query text. Every variable that returns
an entity gets a ``<var>Label`` column in the chosen language unless the query has one already.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

from .catalog import NamedQuery, get_query, unknown_message
from .errors import KGError, ParameterError
from .names import name_index
from .results import QueryResult

LANGS = ("ko", "en")


def run_named(store, name: str, params: Mapping[str, str] | None = None, *, lang: str = "ko", directory: Path | None = None) -> QueryResult:
    """Run the named query *name* with *params* (``{"body": "국토연구원"}``).

    Entity parameters accept an IRI, a prefixed name, a label or an alias.
    """
    query = get_query(name, directory)
    bindings = bind_params(store, query, params or {})
    result = store.query(query.text, bindings)
    return add_labels(store, result, lang)


def run_text(store, text: str, *, lang: str = "ko", labels: bool = True) -> QueryResult:
    """Run ad-hoc SPARQL; add label columns unless *labels* is false."""
    result = store.query(text)
    return add_labels(store, result, lang) if labels else result


def bind_params(store, query: NamedQuery, params: Mapping[str, str]) -> dict:
    """RDF terms for *params*, checked against the query's declared parameters."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    out = {}
    for key, value in params.items():
        key = key.lstrip("?")
        declared = query.param(key)
        if declared is None:
            known = [p.name for p in query.params]
            if not known:
                raise ParameterError(f"query {query.name!r} takes no parameters")
            raise ParameterError(unknown_message(f"parameter of {query.name}", key, known))
        if declared.datatype:
            local = declared.datatype.split(":", 1)[1]
            term = Literal(value, datatype=XSD[local])
            if term.ill_typed:
                raise ParameterError(f"parameter {key}: {value!r} is not a valid {declared.datatype}")
            out[key] = term
        else:
            out[key] = URIRef(name_index(store).resolve(value))
    missing = [p.name for p in query.params if p.required and p.name not in out]
    if missing:
        raise ParameterError(f"query {query.name!r} needs {', '.join('--param ' + m + '=…' for m in missing)}")
    return out


def add_labels(store, result: QueryResult, lang: str = "ko") -> QueryResult:
    """Add a ``<var>Label`` column after every column holding IRIs that lacks one."""
    from rdflib import Literal, URIRef

    if lang not in LANGS:
        raise KGError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")
    if result.kind != "select" or not result.rows:
        return result
    index = name_index(store)
    vars_, columns = [], []
    for i, var in enumerate(result.vars):
        vars_.append(var)
        columns.append(lambda row, i=i: row[i])
        has_iri = any(isinstance(row[i], URIRef) for row in result.rows)
        if has_iri and f"{var}Label" not in result.vars:
            vars_.append(f"{var}Label")
            columns.append(lambda row, i=i: Literal(index.label(str(row[i]), lang), lang=lang) if isinstance(row[i], URIRef) else None)
    rows = [tuple(col(row) for col in columns) for row in result.rows]
    return QueryResult("select", vars_, rows)
