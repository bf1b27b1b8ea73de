"""The named queries: one ``.rq`` file each in ``queries/``, described by a comment header.

A header looks like::

    # title: Subcommittees of a task force and who leads them
    # description: Each subcommittee (분과) of a task force with its lead organisations.
    # param: ?taskforce — the task force (IRI, prefixed name, label or alias); all when omitted
    # param: ?org (required) — the organisation to describe
    # param: ?year xsd:integer — a year

A parameter is an entity (named by IRI, prefixed name, label or alias) unless a datatype
follows its name; ``(required)`` makes it mandatory.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import UnknownQueryError
from .resources import queries_dir

_PARAM = re.compile(r"^\?(?P<name>\w+)\s*(?P<datatype>[a-z]+:\w+)?\s*(?P<required>\(required\))?\s*(?:[—–-]+\s*(?P<doc>.*))?$")


@dataclass(frozen=True)
class Param:
    """One declared query parameter."""

    name: str
    description: str = ""
    datatype: str | None = None  # e.g. "xsd:integer"; None for entities
    required: bool = False


@dataclass(frozen=True)
class NamedQuery:
    """A named query read from its ``.rq`` file."""

    name: str
    path: Path
    title: str
    description: str
    text: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    examples: tuple[str, ...] = field(default_factory=tuple)

    def param(self, name: str) -> Param | None:
        """The declared parameter called *name* (with or without ``?``), or ``None``."""
        name = name.lstrip("?")
        return next((p for p in self.params if p.name == name), None)


def parse_header(path: Path, text: str) -> NamedQuery:
    """Read the comment header of a query file.

    Examples
    --------
    >>> q = parse_header(Path("list_x.rq"), "# title: X\\n# param: ?body (required) — a body\\nSELECT * {}")
    >>> q.title, q.params[0].name, q.params[0].required
    ('X', 'body', True)
    """
    fields: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        key, sep, value = line.lstrip("#").strip().partition(":")
        if sep and key.strip().isidentifier():
            fields.setdefault(key.strip().lower(), []).append(value.strip())
        elif fields.get("description") is not None and line.lstrip("#").strip():
            fields["description"][-1] += " " + line.lstrip("#").strip()
    params = tuple(_param(p) for p in fields.get("param", []))
    return NamedQuery(
        name=path.stem,
        path=path,
        title=(fields.get("title") or [path.stem])[0],
        description=" ".join(fields.get("description", [])),
        text=text,
        params=params,
        examples=tuple(fields.get("example", [])),
    )


def _param(spec: str) -> Param:
    m = _PARAM.match(spec.strip())
    if not m:
        return Param(spec.split()[0].lstrip("?"), spec)
    return Param(m["name"], (m["doc"] or "").strip(), m["datatype"], bool(m["required"]))


@lru_cache(maxsize=8)
def _load(directory: Path) -> dict[str, NamedQuery]:
    out = {}
    for path in sorted(directory.glob("*.rq")):
        out[path.stem] = parse_header(path, path.read_text(encoding="utf-8"))
    return out


def named_queries(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query, by name, sorted."""
    return dict(_load(Path(directory or queries_dir())))


def get_query(name: str, directory: Path | None = None) -> NamedQuery:
    """The named query *name*; :class:`UnknownQueryError` with the closest names otherwise.

    Examples
    --------
    >>> get_query("list_subcomittees").name
    Traceback (most recent call last):
    ...
    kg.errors.UnknownQueryError: no query named 'list_subcomittees'. Did you mean: list_subcommittees, list_members, list_programs, list_special_zones?
    """
    queries = named_queries(directory)
    if name in queries:
        return queries[name]
    raise UnknownQueryError(unknown_message("query", name, list(queries)))


def unknown_message(what: str, name: str, known: list[str]) -> str:
    """``no <what> named '<name>'`` with up to five close matches (or the full list if short)."""
    close = difflib.get_close_matches(name, known, n=5, cutoff=0.5)
    if not close:
        close = [k for k in known if name.lower() in k.lower()][:5]
    hint = f" Did you mean: {', '.join(close)}?" if close else f" Known: {', '.join(sorted(known)[:12])}."
    return f"no {what} named {name!r}.{hint}"
