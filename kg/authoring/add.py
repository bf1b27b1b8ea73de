"""``scgov add``: a YAML document file → one new Turtle file in ``data/documents/``, or nothing at all.

Steps: read and check the YAML (every problem listed with its line) → convert to RDF → validate
the existing graph plus the new file with SHACL (only violations the new file causes count) →
write the file atomically. Any failure raises :class:`kg.errors.AuthoringError` (or
:class:`kg.errors.ValidationError`) before anything is written, so ``data/`` stays byte-for-byte
unchanged. ``data/registry.ttl`` is never touched: new entities go into the document's own file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AuthoringError, ValidationError
from .model import CheckedDocument, Problem, Resolver, check
from .yamlio import LMap, load_yaml

MAX_YAML_BYTES = 2 * 1024 * 1024
DOCUMENTS = "documents"


@dataclass
class AddResult:
    """What :func:`add` did (or, with ``dry_run``, would do)."""

    path: Path
    turtle: str
    document: CheckedDocument
    replaced: bool = False
    written: bool = False
    triples: int = 0
    counts: dict = field(default_factory=dict)


def read_yaml_file(path: str | Path):
    """Load an authoring file with line marks; :class:`AuthoringError` for unreadable input."""
    from .textio import read_text

    text = read_text(path, max_bytes=MAX_YAML_BYTES).text
    return load_yaml(text, str(path))


def context(data_dir: Path, exclude: Path | None = None):
    """The existing graph (without *exclude*) and a :class:`Resolver` over it."""
    from ..build import derive
    from ..names import name_index
    from ..rdfio import data_files, ontology_files
    from ..resources import sparql_dir
    from ..store import open_store

    store = open_store("memory")
    files = [f for f in data_files(data_dir) if exclude is None or f.resolve() != exclude.resolve()]
    store.load_files(ontology_files() + files)
    derive(store)
    supers: dict[str, set[str]] = {}
    for cls, sup in store.query((sparql_dir() / "class_closure.rq").read_text(encoding="utf-8")).rows:
        supers.setdefault(str(cls), {str(cls)}).add(str(sup))
    categories: dict[str, set[str]] = {}
    sectors: dict[str, str] = {}
    post_in: dict[str, str] = {}
    for entity, cls, sector, post_org in store.query((sparql_dir() / "entity_types.rq").read_text(encoding="utf-8")).rows:
        cats = categories.setdefault(str(entity), set())
        cats |= _categories(supers.get(str(cls), {str(cls)}))
        if sector is not None:
            sectors[str(entity)] = str(sector).rsplit("sector-", 1)[-1]
        if post_org is not None:
            post_in[str(entity)] = str(post_org)
    resolver = Resolver(name_index(store), categories, sectors)
    resolver.post_in.update(post_in)
    return store, resolver


def _categories(classes: set[str]) -> set[str]:
    from ..namespaces import PREFIXES

    sg, org, schema, foaf = PREFIXES["sg"], PREFIXES["org"], PREFIXES["schema"], PREFIXES["foaf"]
    out = set()
    if org + "Organization" in classes:
        out.add("agent")
    if foaf + "Person" in classes:
        out.add("person")
    if org + "Post" in classes:
        out.add("post")
    if schema + "Event" in classes or schema + "EventSeries" in classes:
        out.add("event")
    if sg + "Programme" in classes or sg + "PolicyPackage" in classes:
        out.add("programme")
    if sg + "SpecialZone" in classes:
        out.add("zone")
    if schema + "Place" in classes:
        out.add("place")
    if sg + "Law" in classes:
        out.add("law")
    return out


def _target_name(data) -> str | None:
    meta = data.get("document") if isinstance(data, LMap) else None
    if not isinstance(meta, LMap):
        return None
    date, slug = meta.get("date"), meta.get("slug")
    if isinstance(date, str) and isinstance(slug, str) and date.strip() and slug.strip():
        return f"{date.strip()}-{slug.strip()}.ttl"
    return None


def _fail(name: str, problems: list[Problem]) -> AuthoringError:
    problems = sorted(problems, key=lambda p: p.line)
    lines = "\n".join(f"  {name}:{p.line}: {p.message}" if p.line else f"  {name}: {p.message}" for p in problems)
    return AuthoringError(f"{name}: {len(problems)} problem(s), nothing written:\n{lines}", [(p.line, p.message) for p in problems])


def check_file(path: str | Path, data_dir: str | Path | None = None, force: bool = True):
    """Check an authoring file against the graph in *data_dir*; return ``(document, problems, target)``."""
    from ..resources import data_dir as resolve_data_dir

    data_dir = resolve_data_dir(data_dir)
    data = read_yaml_file(path)
    name = _target_name(data)
    target = data_dir / DOCUMENTS / name if name and "/" not in name and "\\" not in name else None
    _store, resolver = context(data_dir, exclude=target if (force and target) else None)
    doc, problems = check(data, resolver, str(path))
    return doc, problems, target


def add(path: str | Path, data_dir: str | Path | None = None, *, force: bool = False, dry_run: bool = False) -> AddResult:
    """Add the document described by the YAML file *path* to *data_dir* (default: the data in force).

    Raises :class:`AuthoringError` listing every problem (bad fields, unknown names with the closest
    matches, missing quotes, an existing file without *force*) or :class:`ValidationError` listing
    the SHACL violations the new file would cause; in both cases nothing is written.
    """
    from ..build import derive
    from ..fileio import write_atomic
    from ..rdfio import data_files, ontology_files
    from ..resources import data_dir as resolve_data_dir
    from ..store import open_store
    from ..validate import validate
    from .convert import to_graph, to_turtle

    data_dir = resolve_data_dir(data_dir)
    if not data_dir.is_dir():
        raise AuthoringError(f"{data_dir}: data directory not found")
    name = str(path)
    data = read_yaml_file(path)
    target_name = _target_name(data)
    target = data_dir / DOCUMENTS / target_name if target_name and "/" not in target_name and "\\" not in target_name else None
    exists = bool(target and target.exists())
    _store, resolver = context(data_dir, exclude=target if exists else None)
    doc, problems = check(data, resolver, name)
    if exists and not force:
        problems.append(Problem(0, f"{target} already exists; use --force to replace it"))
    if problems:
        raise _fail(name, problems)
    target = data_dir / DOCUMENTS / doc.file_name
    turtle = to_turtle(doc, Path(path).name)

    # Validate the existing graph plus the new file; only violations the new file causes count.
    from rdflib import Graph

    new_graph = Graph().parse(data=turtle, format="turtle")
    others = [f for f in data_files(data_dir) if f.resolve() != target.resolve()]
    candidate = open_store("memory")
    candidate.load_files(ontology_files() + others)
    baseline_store = open_store("memory")
    baseline_store.add_graph(candidate.to_rdflib())
    candidate.add_graph(new_graph)
    derive(candidate)
    report = validate(candidate)
    if not report.conforms:
        derive(baseline_store)
        baseline = {str(v) for v in validate(baseline_store).violations}
        fresh = [v for v in report.violations if str(v) not in baseline and v.severity == "Violation"]
        if fresh:
            listed = "\n".join(f"  {v}" for v in fresh)
            raise ValidationError(f"{name}: the new document would make the graph fail SHACL validation ({len(fresh)} result(s)), nothing written:\n{listed}")
    counts: dict[str, int] = {}
    for rel in doc.relationships:
        counts[rel.type] = counts.get(rel.type, 0) + 1
    result = AddResult(target, turtle, doc, replaced=exists, triples=len(new_graph), counts=counts)
    if not dry_run:
        write_atomic(target, turtle)
        result.written = True
    return result
