"""Checking SPARQL text before any store sees it.

Queries are parsed with rdflib's SPARQL parser whatever the store, so every backend reports
syntax errors the same way (line and column in the user's own text) and safety checks can look
at the parsed algebra.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import QuerySyntaxError
from .namespaces import prefix_header


@dataclass(frozen=True)
class CheckedQuery:
    """SPARQL text with the standard prefixes added, and what kind of query it is."""

    text: str
    form: str  # SelectQuery, AskQuery, ConstructQuery, DescribeQuery
    parsed: object  # rdflib's parse tree (pyparsing ParseResults)


def check_query(text: str) -> CheckedQuery:
    """Parse *text* (standard prefixes may be used undeclared) or raise :class:`QuerySyntaxError`.

    Examples
    --------
    >>> check_query("SELECT ?s WHERE { ?s a sg:Council }").form
    'SelectQuery'
    >>> check_query("SELEC ?s")
    Traceback (most recent call last):
    ...
    kg.errors.QuerySyntaxError: SPARQL syntax error at line 1, column 1: expected one of SELECT, CONSTRUCT, DESCRIBE, ASK (found 'SELEC')
    """
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
