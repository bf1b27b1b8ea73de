"""Building the graph: ontology + data files into a store, then the derived shortcuts.

Derivation rules are SPARQL CONSTRUCT queries in ``ontology/rules/*.rq`` (e.g. the binary
``org:subOrganizationOf`` from each evidenced ``sg:Subordination`` node); each rule's output is
added to the store, so simple questions can use the shortcuts while the evidence stays on the
n-ary nodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .rdfio import data_files, ontology_files
from .resources import data_dir as resolve_data_dir
from .resources import ontology_dir, sparql_dir
from .store import Store, open_store


def build(data: str | Path | None = None, store: Store | str | None = None, *, force: bool = False) -> Store:
    """Load the ontology and the data directory into a store and apply the derivation rules.

    Parameters
    ----------
    data : path, optional
        A data directory laid out like ``data/``; default ``$SCGOV_DATA`` or the shipped data.
    store : Store or spec, optional
        Where the graph goes (see :func:`kg.store.open_store`); default the in-memory store.
        A persistent store (``oxigraph:PATH``, a SPARQL server) that already holds the graph
        built from the same source files is reused as it is; when a file changed it is rebuilt.
    force : bool
        Rebuild even when the store holds a build of the same files.
    """
    store = store if isinstance(store, Store) else open_store(store)
    files = ontology_files() + data_files(resolve_data_dir(data))
    stamp = fingerprint(files + rule_files())
    if not force and store.is_built(stamp):
        return store
    store.load_files(files, replace=True)
    derive(store)
    store.mark_built(stamp)
    return store


def fingerprint(paths) -> str:
    """What a build was made from: each source file's path, size and modification time.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "a.ttl"; _ = f.write_text("")
    >>> fingerprint([f]) == fingerprint([f])
    True
    """
    import hashlib
    import json

    items = []
    for path in paths:
        st = Path(path).stat()
        items.append([str(Path(path).resolve()), st.st_size, st.st_mtime_ns])
    digest = hashlib.sha256(json.dumps(items).encode()).hexdigest()
    return f"scgov-build/1 {digest}"


def rule_files() -> list[Path]:
    """The derivation rules, in name order."""
    return sorted((ontology_dir() / "rules").glob("*.rq"))


def derive(store: Store) -> int:
    """Run every derivation rule once and add what it constructs; return the triples added."""
    before = len(store)
    for path in rule_files():
        result = store.query(path.read_text(encoding="utf-8"))
        store.add_graph(result.graph)
    return len(store) - before


@dataclass
class Summary:
    """Counts for the build summary."""

    triples: int
    by_class: list[tuple[str, int]]
    by_sector: list[tuple[str, int]]


def summarize(store: Store, lang: str = "ko") -> Summary:
    """Triples, instances per class and organisations per sector."""
    from .names import name_index
    from .query import run_named

    index = name_index(store)
    text = (sparql_dir() / "count_by_class.rq").read_text(encoding="utf-8")
    by_class = [(index.label(str(c), lang), int(n)) for c, n in store.query(text).rows]
    sectors = run_named(store, "count_organizations_by_sector", lang=lang)
    label_col = sectors.vars.index("sectorLabel")
    by_sector = [(str(row[label_col]), int(row[sectors.vars.index("count")])) for row in sectors.rows]
    return Summary(len(store), by_class, by_sector)
