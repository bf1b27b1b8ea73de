"""RDF terms across engines: one canonical rdflib form, whatever store produced them.

Engines disagree on lexical forms that mean the same value: Oxigraph lower-cases language tags
(``"x"@EN`` → ``"x"@en``; BCP 47 tags are case-insensitive) and writes numbers in a canonical
form (``"1.50"^^xsd:decimal`` → ``"1.5"``), rdflib keeps what the file said, Virtuoso has its own
habits. Every backend passes its answers through :func:`canonical`, so a
:class:`kg.results.QueryResult` is identical whichever store answered.

Also here: conversion between pyoxigraph and rdflib terms, and the strict SPARQL serialisation
of terms used to bind parameters on servers that have no binding mechanism (:func:`sparql_term`).
"""

from __future__ import annotations

import re
import struct
from decimal import Decimal, InvalidOperation

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_DECIMAL = XSD + "decimal"
_DOUBLE = XSD + "double"
_FLOAT = XSD + "float"
_BOOLEAN = XSD + "boolean"
_INTEGERS = {
    XSD + t
    for t in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte",
    )
}
_NUMERIC = {_DECIMAL, _DOUBLE, _FLOAT, _BOOLEAN} | _INTEGERS
_LANG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_VARNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def canonical_lexical(lexical: str, datatype: str) -> str:
    """The canonical lexical form of a number or boolean (as Oxigraph writes it); others unchanged.

    Examples
    --------
    >>> canonical_lexical("1.50", XSD + "decimal"), canonical_lexical("1.0", XSD + "decimal")
    ('1.5', '1')
    >>> canonical_lexical("1E10", XSD + "double"), canonical_lexical("0010", XSD + "int")
    ('10000000000', '10')
    >>> canonical_lexical("1", XSD + "boolean"), canonical_lexical(" 2018 ", XSD + "gYear")
    ('true', ' 2018 ')
    """
    if datatype not in _NUMERIC:
        return lexical
    text = lexical.strip()
    try:
        if datatype in _INTEGERS:
            return str(int(text))
        if datatype == _BOOLEAN:
            return {"1": "true", "0": "false"}.get(text, text)
        if datatype == _DECIMAL:
            return _fixed(Decimal(text))
        value = float(text)
    except (ValueError, InvalidOperation):
        return lexical  # ill-typed: keep what was written
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "INF" if value > 0 else "-INF"
    if datatype == _FLOAT:
        return _fixed(Decimal(_shortest_float32(value)))
    return _fixed(Decimal(repr(value)))


def _fixed(d: Decimal) -> str:
    text = format(d.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _shortest_float32(value: float) -> str:
    target = struct.unpack("f", struct.pack("f", value))[0]
    for digits in range(1, 10):
        text = f"{target:.{digits}g}"
        if struct.unpack("f", struct.pack("f", float(text)))[0] == target:
            return text
    return repr(target)


def canonical(term):
    """*term* with a lower-case language tag and canonical numbers; ``xsd:string`` dropped.

    Examples
    --------
    >>> from rdflib import Literal, URIRef
    >>> canonical(Literal("Hello", lang="EN-us")).language
    'en-us'
    >>> str(canonical(Literal("1.50", datatype=URIRef(XSD + "decimal"))))
    '1.5'
    >>> canonical(Literal("x", datatype=URIRef(XSD_STRING))) == Literal("x")
    True
    """
    from rdflib import Literal, URIRef

    if not isinstance(term, Literal):
        return term
    if term.language:
        lang = term.language.lower()
        return term if lang == term.language else Literal(str(term), lang=lang)
    dt = term.datatype
    if dt is None:
        return term
    dts = str(dt)
    if dts == XSD_STRING:
        return Literal(str(term))
    if dts in _NUMERIC:
        lex = canonical_lexical(str(term), dts)
        if lex != str(term):
            return Literal(lex, datatype=URIRef(dts), normalize=False)
    return term


def canonical_row(row: tuple) -> tuple:
    """:func:`canonical` applied to every term of a result row."""
    from rdflib import Literal

    if not any(isinstance(t, Literal) for t in row):
        return row
    return tuple(canonical(t) for t in row)


class OxigraphTerms:
    """Converts pyoxigraph terms to canonical rdflib terms, remembering what it converted.

    One converter per store: IRIs and literals recur across rows and queries, and the rdflib
    constructors are the slow part of turning an Oxigraph answer into a :class:`QueryResult`.
    """

    def __init__(self, limit: int = 200_000):
        import pyoxigraph as ox
        from rdflib import BNode, Literal, URIRef

        self._memo: dict = {}
        self._limit = limit
        self._ox = ox
        self._rd = (URIRef, Literal, BNode)

    def __call__(self, term):
        if term is None:
            return None
        try:
            return self._memo[term]
        except KeyError:
            pass
        out = self._convert(term)
        if len(self._memo) >= self._limit:
            self._memo.clear()
        self._memo[term] = out
        return out

    def _convert(self, term):
        ox = self._ox
        URIRef, Literal, BNode = self._rd
        if isinstance(term, ox.NamedNode):
            return URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return BNode(term.value)
        if isinstance(term, ox.Literal):
            if term.language:
                return canonical(Literal(term.value, lang=term.language))
            dt = term.datatype.value
            if dt == XSD_STRING:
                return Literal(term.value)
            return canonical(Literal(term.value, datatype=URIRef(dt), normalize=False))
        raise TypeError(f"cannot convert {term!r} to an rdflib term")  # RDF-star triples


def to_oxigraph(term):
    """The pyoxigraph term for an rdflib term (or a plain ``str`` IRI).

    Examples
    --------
    >>> from rdflib import Literal
    >>> to_oxigraph(Literal("국토부", lang="ko"))
    <Literal value=국토부 language=ko>
    """
    import pyoxigraph as ox
    from rdflib import BNode, Literal

    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    return ox.NamedNode(str(term))


def sparql_term(term) -> str:
    """*term* written as SPARQL syntax, strictly: a valid IRI in ``<…>`` or an escaped literal.

    This is what binds parameters on a SPARQL Protocol server (which has no binding mechanism):
    the text comes from an rdflib term, never from user text; an IRI with a character that could
    end the ``<…>`` is refused, and a literal's quotes, backslashes and line breaks are escaped,
    so a value cannot close its token and add SPARQL of its own.

    Examples
    --------
    >>> from rdflib import Literal, URIRef
    >>> sparql_term(URIRef("https://w3id.org/scgov/id/molit"))
    '<https://w3id.org/scgov/id/molit>'
    >>> print(sparql_term(Literal('a "b" }\\n', lang="ko")))
    "a \\"b\\" }\\n"@ko
    >>> sparql_term(URIRef("http://x/> } DROP ALL #"))
    Traceback (most recent call last):
    ...
    ValueError: not a valid IRI: 'http://x/> } DROP ALL #'
    """
    from rdflib import BNode, Literal, URIRef
    from rdflib.term import _is_valid_uri

    if isinstance(term, Literal):
        body = str(term)
        body = body.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        if term.language:
            if not _LANG.match(term.language):
                raise ValueError(f"not a valid language tag: {term.language!r}")
            return f'"{body}"@{term.language}'
        if term.datatype is not None and str(term.datatype) != XSD_STRING:
            return f'"{body}"^^{sparql_term(URIRef(str(term.datatype)))}'
        return f'"{body}"'
    if isinstance(term, BNode):
        raise ValueError("a blank node cannot be sent to a server as a parameter")
    iri = str(term)
    if not _is_valid_uri(iri) or any(ord(c) <= 0x20 for c in iri):
        raise ValueError(f"not a valid IRI: {iri!r}")
    return f"<{iri}>"


def sparql_variable(name: str) -> str:
    """``?name`` after checking *name* is a SPARQL variable name."""
    if not _VARNAME.match(name):
        raise ValueError(f"not a SPARQL variable name: {name!r}")
    return "?" + name
