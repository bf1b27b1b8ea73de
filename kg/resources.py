"""Where the ontology, the shipped data and the named queries live.

From a checkout they are the top-level folders ``ontology/``, ``data/`` and ``queries/``; from an
installed wheel they are shipped inside the package as ``kg/_resources/…``. A user's own data
directory (laid out like ``data/``) is chosen with ``--data DIR`` or the ``SCGOV_DATA``
environment variable.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA = "SCGOV_DATA"
_PACKAGE = Path(__file__).resolve().parent


def _resource(name: str) -> Path:
    checkout = _PACKAGE.parent / name
    if checkout.is_dir() and (_PACKAGE.parent / "pyproject.toml").is_file():
        return checkout
    return _PACKAGE / "_resources" / name


def ontology_dir() -> Path:
    """Folder holding the ontology and SHACL shapes (``*.ttl``) and derivation rules."""
    return _resource("ontology")


def queries_dir() -> Path:
    """Folder holding the named queries (one ``.rq`` file each)."""
    return _resource("queries")


def default_data_dir() -> Path:
    """The data shipped with scgov-kg (the seed documents and the entity registry)."""
    return _resource("data")


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The data directory in force: *explicit*, else ``$SCGOV_DATA``, else the shipped data."""
    chosen = explicit or os.environ.get(ENV_DATA)
    return Path(chosen).expanduser() if chosen else default_data_dir()


def sparql_dir() -> Path:
    """Internal SPARQL used by the library itself (labels, counts); not user-facing queries."""
    return _PACKAGE / "sparql"
