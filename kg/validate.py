"""SHACL validation of the built graph (pyshacl), with violations a person can read."""

from __future__ import annotations

from dataclasses import dataclass

from .namespaces import shorten
from .rdfio import parse_files, shapes_file
from .resources import sparql_dir


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with the focus node's label instead of a bare IRI."""

    severity: str
    focus: str
    focus_label: str
    shape: str
    path: str
    message: str
    value: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus_label} [{shorten(self.focus)}]{where}: {self.message}{value} — shape {self.shape}"


@dataclass
class ValidationReport:
    """All the results of one validation run."""

    conforms: bool
    violations: list[Violation]

    def __len__(self) -> int:
        return len(self.violations)


def validate(store, lang: str = "ko", shapes=None) -> ValidationReport:
    """Validate the graph in *store* against ``ontology/shapes.ttl`` (or an rdflib *shapes* graph)."""
    import pyshacl

    shapes = shapes if shapes is not None else parse_files([shapes_file()])
    data = store.to_rdflib()
    conforms, results, _text = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True, inplace=True)
    violations = _violations(results, data, shapes, lang) + evidence_source_violations(store, lang)
    return ValidationReport(bool(conforms) and not any(v.severity == "Violation" for v in violations), violations)


def evidence_source_violations(store, lang: str = "ko") -> list[Violation]:
    """Relationships quoting a document they do not list in ``prov:wasDerivedFrom``.

    One query over the whole graph (``kg/sparql/check_evidence_sources.rq``); as a SHACL-SPARQL
    constraint pyshacl re-parsed it for every focus node.
    """
    from .names import name_index

    text = (sparql_dir() / "check_evidence_sources.rq").read_text(encoding="utf-8")
    index = name_index(store)
    return [
        Violation("Violation", str(rel), index.label(str(rel), lang), "Relationship provenance", "sg:evidence",
                  f"Evidence is quoted from {index.label(str(doc), lang)}, which is not among the relationship's prov:wasDerivedFrom documents.",
                  shorten(str(doc)))
        for rel, doc in store.query(text).rows
    ]


def _violations(results, data, shapes, lang: str) -> list[Violation]:
    from rdflib import Namespace, URIRef
    from rdflib.namespace import RDF, SKOS

    SH = Namespace("http://www.w3.org/ns/shacl#")
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        shape = results.value(r, SH.sourceShape)
        shape_name = shapes.value(shape, SH.name) or (shorten(str(shape)) if isinstance(shape, URIRef) else "(anonymous shape)")
        out.append(
            Violation(
                severity=shorten(str(results.value(r, SH.resultSeverity))).removeprefix("sh:"),
                focus=str(focus),
                focus_label=_label(data, focus, lang, SKOS),
                shape=str(shape_name),
                path=shorten(str(results.value(r, SH.resultPath) or "")),
                message=str(results.value(r, SH.resultMessage) or ""),
                value=str(results.value(r, SH.value) or ""),
            )
        )
    return sorted(out, key=lambda v: (v.severity != "Violation", v.focus_label, v.shape))


def _label(data, node, lang: str, SKOS) -> str:
    labels = {getattr(label, "language", None): str(label) for label in data.objects(node, SKOS.prefLabel)}
    return labels.get(lang) or labels.get("ko") or labels.get("en") or shorten(str(node))
