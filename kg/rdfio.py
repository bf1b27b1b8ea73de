"""Reading RDF files with errors a person can act on.

Every parse error becomes a :class:`kg.errors.DataError` whose message starts with
``path:line:`` — never a parser traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .errors import DataError
from .resources import ontology_dir

SHAPES_FILE = "shapes.ttl"
_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}


def rdf_format(path: Path) -> str:
    """The rdflib format name for *path*'s suffix.

    Examples
    --------
    >>> rdf_format(Path("a/registry.ttl"))
    'turtle'
    """
    try:
        return _FORMATS[path.suffix.lower()]
    except KeyError:
        raise DataError(f"{path}: unknown RDF file type {path.suffix!r} (use one of {', '.join(_FORMATS)})") from None


def ontology_files() -> list[Path]:
    """The ontology files loaded into every graph (everything in ``ontology/`` but the shapes)."""
    return sorted(p for p in ontology_dir().glob("*.ttl") if p.name != SHAPES_FILE)


def shapes_file() -> Path:
    """The SHACL shapes file."""
    return ontology_dir() / SHAPES_FILE


def data_files(directory: Path) -> list[Path]:
    """Every RDF file below *directory*, sorted; a clear error when it is not a directory."""
    directory = Path(directory)
    if not directory.is_dir():
        raise DataError(f"{directory}: data directory not found")
    return sorted(p for p in directory.rglob("*") if p.suffix.lower() in _FORMATS and p.is_file())


def parse_into(graph, path: Path):
    """Parse *path* into the rdflib *graph*; raise :class:`DataError` with file and line.

    The file is first parsed into a scratch graph so that a malformed file adds nothing.
    """
    from rdflib import Graph

    path = Path(path)
    scratch = Graph()
    try:
        scratch.parse(path, format=rdf_format(path))
    except FileNotFoundError:
        raise DataError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except Exception as exc:  # rdflib raises many types; all mean "cannot read this file"
        raise DataError(_describe_parse_error(path, exc)) from None
    for prefix, ns in scratch.namespaces():
        graph.bind(prefix, ns, override=False)
    graph += scratch
    return graph


def parse_files(paths: Iterable[Path], graph=None):
    """Parse every path into one rdflib graph (a new one unless *graph* is given)."""
    from rdflib import Graph

    graph = Graph() if graph is None else graph
    for path in paths:
        parse_into(graph, path)
    return graph


def _describe_parse_error(path: Path, exc: Exception) -> str:
    line = getattr(exc, "lines", None)
    why = getattr(exc, "_why", None) or str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if line is not None:
        return f"{path}:{line + 1}: malformed RDF: {why}"
    lineno = getattr(exc, "lineno", None) or getattr(exc, "line", None)
    if isinstance(lineno, int):
        return f"{path}:{lineno}: malformed RDF: {why}"
    return f"{path}: malformed RDF: {why}"
