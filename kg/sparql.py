"""Checking SPARQL text before any store sees it.

Queries are parsed with rdflib's SPARQL parser whatever the store, so every backend reports
syntax errors the same way (line and column in the user's own text) and safety checks can look
at the parsed algebra.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .errors import QuerySyntaxError, StoreError
from .namespaces import prefix_header


@dataclass(frozen=True)
class CheckedQuery:
    """SPARQL text with the standard prefixes added, and what kind of query it is."""

    text: str
    form: str  # SelectQuery, AskQuery, ConstructQuery, DescribeQuery
    parsed: object  # rdflib's parse tree (pyparsing ParseResults)


def check_query(text: str) -> CheckedQuery:
    """Parse *text* (standard prefixes may be used undeclared) or raise :class:`QuerySyntaxError`.

    Parses are remembered (rdflib's parser takes milliseconds, more than Oxigraph needs to
    answer most of our queries); treat ``parsed`` as read-only.

    Examples
    --------
    >>> check_query("SELECT ?s WHERE { ?s a sg:Council }").form
    'SelectQuery'
    >>> check_query("SELEC ?s")
    Traceback (most recent call last):
    ...
    kg.errors.QuerySyntaxError: SPARQL syntax error at line 1, column 1: expected one of SELECT, CONSTRUCT, DESCRIBE, ASK (found 'SELEC')
    """
    return _check_query(text)


@lru_cache(maxsize=512)
def _check_query(text: str) -> CheckedQuery:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    header = prefix_header(text)
    full = header + text
    try:
        parsed = parseQuery(full)
    except ParseException as exc:
        raise QuerySyntaxError(_position_message(exc, text, header.count("\n"))) from None
    except Exception as exc:  # rdflib raises plain Exceptions for some semantic errors
        raise QuerySyntaxError(f"SPARQL error: {exc}") from None
    return CheckedQuery(full, parsed[1].name, parsed)


def _position_message(exc, text: str, offset_lines: int) -> str:
    line = max(exc.lineno - offset_lines, 1)
    col = exc.col
    lines = text.splitlines()
    rest = lines[line - 1][col - 1:].split() if line <= len(lines) else []
    found = f"found {rest[0]!r}" if rest else "found the end of the line"
    return f"SPARQL syntax error at line {line}, column {col}: expected {_expected(str(exc))} ({found})"


def _expected(message: str) -> str:
    head = message.split(", found", 1)[0].removeprefix("Expected ").strip()
    known = {
        "{SelectQuery | ConstructQuery | DescribeQuery | AskQuery}": "one of SELECT, CONSTRUCT, DESCRIBE, ASK",
        "SelectQuery": "a complete SELECT query",
        "ConstructQuery": "a complete CONSTRUCT query",
        "AskQuery": "a complete ASK query",
        "DescribeQuery": "a complete DESCRIBE query",
    }
    return known.get(head, head)


# -- binding parameters as a VALUES block (for servers without a binding mechanism) -----------

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_KEYWORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _tokens(text: str):
    """Yield ``(position, token)`` for the structural tokens of SPARQL text.

    Comments, strings and IRIs are skipped whole, so a brace or keyword inside them is never
    taken for syntax. Tokens are ``{``, ``}``, ``(``, ``)`` and bare words (keywords).
    """
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "'\"":
            quote = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
        elif c == "<" and (m := _IRIREF.match(text, i)):
            i = m.end()
        elif c in "{}()":
            yield i, c
            i += 1
        elif c in "?$":
            m = _KEYWORD.match(text, i + 1)
            i = m.end() if m else i + 1  # a variable, never a keyword
        elif c.isalpha() or c == "_":
            m = _KEYWORD.match(text, i)
            # prefixed names (sg:Council, :x) are not keywords
            end = m.end()
            while end < n and (text[end].isalnum() or text[end] in "_-.:%"):
                end += 1
            word = text[i:end]
            if ":" not in word:
                yield i, word.upper()
            i = end
        else:
            i += 1


def _where_brace(text: str, form: str) -> int:
    """Position of the ``{`` that opens the query's own WHERE pattern (not a template, not a subquery)."""
    depth_paren = depth_brace = 0
    skip_template = form == "ConstructQuery"
    saw_where = False
    for pos, tok in _tokens(text):
        if tok == "(":
            depth_paren += 1
        elif tok == ")":
            depth_paren -= 1
        elif tok == "WHERE" and depth_brace == 0 and depth_paren == 0:
            saw_where = True
        elif tok == "{":
            if depth_brace == 0 and depth_paren == 0:
                if skip_template and saw_where:
                    raise StoreError("cannot bind parameters in the short form CONSTRUCT WHERE { … }: write CONSTRUCT { … } WHERE { … }")
                if saw_where or not skip_template:
                    return pos
                skip_template = False  # CONSTRUCT { template } [WHERE] { pattern }
            depth_brace += 1
        elif tok == "}":
            depth_brace -= 1
    raise StoreError("cannot bind parameters: the query has no WHERE pattern")


def bind_values(text: str, bindings: dict) -> str:
    """*text* with *bindings* (variable name → rdflib term) as a ``VALUES`` block that opens its WHERE.

    For SPARQL Protocol servers, which take no bindings: ``VALUES (?a ?b) { (<…> "…"@ko) }`` is
    put first in the query's outermost group pattern, where it is joined with everything else
    the pattern matches — the same answers as binding the variables before evaluation (rdflib's
    ``initBindings``, Oxigraph's ``substitutions``) for variables of the WHERE pattern. The terms are written by
    :func:`kg.terms.sparql_term` from rdflib terms (IRIs validated, literals escaped), never
    pasted from user text, and the result is parsed again and its algebra checked: the VALUES
    must sit at the top of the WHERE pattern and bind exactly the given variables; otherwise
    :class:`StoreError`.

    Examples
    --------
    >>> from rdflib import URIRef
    >>> q = "SELECT ?m WHERE { ?m org:organization ?body }  # {not here}"
    >>> print(bind_values(q, {"body": URIRef("https://w3id.org/scgov/id/council")}))
    SELECT ?m WHERE { VALUES (?body) { (<https://w3id.org/scgov/id/council>) } ?m org:organization ?body }  # {not here}
    """
    from .terms import sparql_term, sparql_variable

    if not bindings:
        return text
    checked = check_query(text)
    names = list(bindings)
    try:
        head = " ".join(sparql_variable(n) for n in names)
        row = " ".join(sparql_term(bindings[n]) for n in names)
    except ValueError as exc:
        raise StoreError(f"cannot bind parameters: {exc}") from None
    at = _where_brace(text, checked.form) + 1
    bound = text[:at] + f" VALUES ({head}) {{ ({row}) }}" + text[at:]
    _check_values_on_top(bound, names)
    return bound


def _check_values_on_top(text: str, names: list[str]) -> None:
    from rdflib import Variable
    from rdflib.plugins.sparql.algebra import translateQuery

    from rdflib.plugins.sparql.parser import parseQuery

    from .namespaces import prefix_header

    algebra = translateQuery(parseQuery(prefix_header(text) + text)).algebra  # a fresh parse: translation changes it
    node = algebra.p if algebra.name != "DescribeQuery" else algebra
    wanted = {Variable(n) for n in names}
    while node is not None and hasattr(node, "name"):
        if node.name == "ToMultiSet" and getattr(node.p, "name", None) == "values":
            rows = node.p.res
            if len(rows) == 1 and set(rows[0]) == wanted:
                return
            break
        if node.name in ("Join", "LeftJoin", "Minus"):
            node = node.p1
        else:
            node = getattr(node, "p", None)
    raise StoreError("cannot bind parameters: the VALUES block did not land on top of the WHERE pattern")
