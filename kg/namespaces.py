"""The namespaces scgov-kg uses, and the prefixes every query may use without declaring them."""

from __future__ import annotations

import re

SG = "https://w3id.org/scgov/def#"
SGR = "https://w3id.org/scgov/id/"

PREFIXES: dict[str, str] = {
    "sg": SG,
    "sgr": SGR,
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
}

_DECLARED = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE | re.MULTILINE)


def prefix_header(text: str) -> str:
    """``PREFIX`` lines for the standard prefixes that *text* does not declare itself.

    Examples
    --------
    >>> "PREFIX sg:" in prefix_header("SELECT * { ?s a sg:Council }")
    True
    >>> "PREFIX skos:" in prefix_header("PREFIX skos: <x#> SELECT * {}")
    False
    """
    declared = {m.group(1) or "" for m in _DECLARED.finditer(text)}
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)


def expand_curie(value: str) -> str | None:
    """The full IRI of a prefixed name with a known prefix, else ``None``.

    Examples
    --------
    >>> expand_curie("sgr:molit")
    'https://w3id.org/scgov/id/molit'
    >>> expand_curie("국토부") is None
    True
    """
    prefix, sep, local = value.partition(":")
    if not sep or prefix not in PREFIXES or not re.fullmatch(r"[\w.\-%]*", local):
        return None
    return PREFIXES[prefix] + local


def shorten(iri: str) -> str:
    """A prefixed name for *iri* when a known namespace fits, else the IRI itself.

    Examples
    --------
    >>> shorten("https://w3id.org/scgov/id/krihs")
    'sgr:krihs'
    """
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and re.fullmatch(r"[\w.\-]+", iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return iri
