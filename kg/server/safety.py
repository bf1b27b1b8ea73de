"""What a read-only, contained SPARQL endpoint refuses, decided before anything is evaluated.

The decision is made on rdflib's parse of the query (:func:`kg.sparql.check_query`), never by
looking for words in the text:

- SPARQL Update of any kind (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, …): the text parses as
  an update, not a query;
- ``SERVICE`` anywhere (also inside sub-queries, ``EXISTS`` and ``OPTIONAL``): a federated call
  would make the server send requests on the user's behalf;
- ``FROM`` / ``FROM NAMED``: the endpoint serves one graph; rdflib would *fetch* the IRI
  (``FROM <file:///etc/passwd>``, ``FROM <http://…>``).
"""

from __future__ import annotations

from ..errors import QuerySyntaxError, UnsafeQueryError
from ..sparql import CheckedQuery, check_query


def check_safe(text: str) -> CheckedQuery:
    """The parsed query if a read-only endpoint may run it; else :class:`UnsafeQueryError`.

    Bad SPARQL raises :class:`QuerySyntaxError` with line and column.

    Examples
    --------
    >>> check_safe("SELECT * WHERE { ?s ?p ?o }").form
    'SelectQuery'
    >>> check_safe("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.UnsafeQueryError: SERVICE is not allowed: this endpoint does not call other servers (SERVICE <http://127.0.0.1:9/>)
    >>> check_safe("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kg.errors.UnsafeQueryError: FROM / FROM NAMED is not allowed: this endpoint serves its one graph (FROM <file:///etc/passwd>)
    >>> check_safe("LOAD <http://example.org/x>")
    Traceback (most recent call last):
    ...
    kg.errors.UnsafeQueryError: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, …) is not allowed: this endpoint is read-only
    """
    try:
        checked = check_query(text)
    except QuerySyntaxError:
        if is_update(text):
            raise UnsafeQueryError(UPDATE_REFUSED) from None
        raise
    _refuse_unsafe(checked.parsed)
    return checked


UPDATE_REFUSED = "SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, …) is not allowed: this endpoint is read-only"


def is_update(text: str) -> bool:
    """True when *text* parses as SPARQL Update."""
    from rdflib.plugins.sparql.parser import parseUpdate

    from ..namespaces import prefix_header

    try:
        parseUpdate(prefix_header(text) + text)
    except Exception:  # not an update (or not SPARQL at all)
        return False
    return True


def _refuse_unsafe(parsed) -> None:
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [parsed]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                raise UnsafeQueryError(f"SERVICE is not allowed: this endpoint does not call other servers (SERVICE {_show(dict.get(node, 'term'))})")
            # dict.get: CompValue.get returns the key itself for a missing key
            clauses = dict.get(node, "datasetClause")
            if clauses:
                first = clauses[0]
                which = "FROM NAMED" if "named" in first else "FROM"
                iri = dict.get(first, "named") if "named" in first else dict.get(first, "default")
                raise UnsafeQueryError(f"FROM / FROM NAMED is not allowed: this endpoint serves its one graph ({which} {_show(iri)})")
            stack.extend(node.values())
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(list(node))


def _show(term) -> str:
    from rdflib import URIRef

    if isinstance(term, URIRef):
        return f"<{term}>"
    return str(term) if term is not None else "?"
