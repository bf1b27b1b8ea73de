"""Deterministic Turtle for synthetic graphs: sorted subjects, sorted predicate–object lists.

Hand-written rather than rdflib's serializer: the output is byte-for-byte stable for a seed and
about two orders of magnitude faster at a million triples.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..errors import KGError
from .model import Document, Evidence, Node, SynthGraph, date, ko, lit

PREFIXES = """@prefix sg:     <https://w3id.org/scgov/def#> .
@prefix sgr:    <https://w3id.org/scgov/id/> .
@prefix org:    <http://www.w3.org/ns/org#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix dct:    <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix foaf:   <http://xmlns.com/foaf/0.1/> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
"""

MARKER = ".scgov-synth"


def _obj(o) -> str:
    return o.turtle() if isinstance(o, Evidence) else o


def _key(po):
    pred, obj = po
    return (pred != "a", pred, obj.turtle() if isinstance(obj, Evidence) else obj)


def render_node(node: Node) -> str:
    """One Turtle statement: ``subject p o1 , o2 ; q o3 .`` with predicates and objects sorted."""
    parts: list[str] = []
    last = None
    for pred, obj in sorted(node.po, key=_key):
        if pred == last:
            parts[-1] += " , " + _obj(obj)
        else:
            parts.append(f"{pred} {_obj(obj)}")
            last = pred
    return node.subject + " " + " ;\n    ".join(parts) + " .\n"


def render(nodes: list[Node], header: str) -> str:
    """A Turtle file: comment header, prefixes, then the nodes sorted by subject."""
    body = "\n".join(render_node(n) for n in sorted(nodes, key=lambda n: n.subject))
    return f"{header}\n{PREFIXES}\n{body}"


def document_nodes(doc: Document, kind: str = "sgr:doc-kind-press-release") -> list[Node]:
    """The document's metadata node followed by its facts."""
    meta = Node(doc.iri, "sg:SourceDocument")
    meta.add("dct:title", ko(doc.title)).add("dct:date", date(doc.day)).add("dct:publisher", doc.publisher)
    meta.add("dct:type", kind).add("dct:language", lit("ko")).add("sg:sourceFile", lit(f"synthetic/{doc.slug}.txt"))
    for m in doc.mentions:
        meta.add("schema:mentions", m)
    return [meta, *doc.nodes]


def write(graph: SynthGraph, out: str | os.PathLike, *, force: bool = False) -> dict:
    """Write *graph* as ``out/registry.ttl`` + ``out/documents/<doc>.ttl``; return counts.

    All or nothing: files go to a temporary folder next to *out*, which then replaces *out*.
    An existing non-empty *out* is replaced only with *force* or when it holds an earlier
    synthetic graph (the ``.scgov-synth`` marker file).
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise KGError(f"{out}: exists and is not a directory")
    if out.is_dir() and any(out.iterdir()) and not (force or (out / MARKER).is_file()):
        raise KGError(f"{out}: directory is not empty and holds no synthetic graph; choose another --out or use --force")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    triples = files = 0
    try:
        seed_line = graph.stats.get("header", "")
        header = f"# Synthetic scgov-kg data — generated, not real. {seed_line}".rstrip()
        (tmp / "registry.ttl").write_text(render(graph.registry, header + "\n# Entity registry."), encoding="utf-8")
        triples += sum(n.triples() for n in graph.registry)
        files += 1
        (tmp / "documents").mkdir()
        for doc in graph.documents:
            nodes = document_nodes(doc)
            (tmp / "documents" / f"{doc.slug}.ttl").write_text(render(nodes, f"{header}\n# Source document {doc.slug}."), encoding="utf-8")
            triples += sum(n.triples() for n in nodes)
            files += 1
        (tmp / MARKER).write_text(seed_line + "\n", encoding="utf-8")
        if out.exists():
            old = out.with_name(f".{out.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            out.rename(old)
            tmp.rename(out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return {"triples": triples, "files": files}
