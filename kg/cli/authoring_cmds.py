"""``scgov add`` (a YAML document file into data/) and ``scgov extract`` (draft from a Korean text)."""

from __future__ import annotations

import click

from .common import emit, handle_errors, settings


@click.command("add")
@click.argument("yaml_file", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Replace the document's file if it already exists.")
@click.option("--dry-run", is_flag=True, help="Check, convert and validate, print the Turtle, write nothing.")
@handle_errors
def add_cmd(yaml_file, force, dry_run):
    """Add a source document written in the YAML authoring format (see docs/authoring.md).

    Checks the file (all problems listed with line numbers), converts it to RDF, validates it with
    the existing graph (SHACL) and only then writes data/documents/DATE-SLUG.ttl atomically.
    A failed add writes nothing.

    \b
    Example:
      scgov add examples/seed-004.yaml --force --dry-run
      scgov --data ~/my-data add press/2019-03-14-platform.yaml
    """
    from ..authoring.add import add

    result = add(yaml_file, settings().data, force=force, dry_run=dry_run)
    if dry_run:
        click.echo(result.turtle, nl=False)
        click.echo(f"dry run: {result.path} would be {'replaced' if result.replaced else 'written'} ({result.triples} triples)", err=True)
        return
    rels = ", ".join(f"{n} {t}" for t, n in sorted(result.counts.items())) or "no relationships"
    click.echo(f"{'replaced' if result.replaced else 'wrote'} {result.path}: {result.triples} triples, "
               f"{len(result.document.entities)} new entities, {rels}")


@click.command("extract")
@click.argument("text_file", type=click.Path(dir_okay=False))
@click.option("--format", "-f", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True, help="A YAML draft for `scgov add`, or JSON mentions and proposed relationships.")
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False, writable=True), help="Write to this file (atomically) instead of standard output.")
@click.option("--html/--no-html", "html", default=None, help="Treat the input as HTML (default: detect).")
@click.option("--model/--no-model", "use_model", default=True, show_default=True,
              help="Also propose the names the statistical tagger finds where no rule did (more found, a few more wrong).")
@click.option("--min-confidence", "min_confidence", type=click.FloatRange(0.0, 1.0), default=None,
              help="The tagger's least confidence for a name (default 0.97). Lower finds more and proposes more that "
                   "are wrong (docs/authoring.md: on batches 29-37, 0.8 gave 85.9% recall and 79.8% precision, 0.6 86.2% and 77.1%).")
@handle_errors
def extract_cmd(text_file, fmt, output, html, use_model, min_confidence):
    """Draft a document file from a Korean press release or news text (for review, then `scgov add`).

    Finds every known entity (names, short forms, acronyms, spacing variants), proposes new
    organisations and people, and proposes relationships from cues (참석, 주최/주관, MOU, 지정 …)
    with the sentence as evidence. Reads UTF-8, CP949/EUC-KR and HTML; offsets in JSON refer to the
    extracted text.

    \b
    Example:
      scgov extract press/2019-03-14.txt -o draft.yaml
      scgov extract page.html --format json
      scgov extract press/2019-03-14.txt --no-model
      scgov extract press/2019-03-14.txt --min-confidence 0.8
    """
    from ..authoring.extract import extract_file

    draft = extract_file(text_file, settings().graph(), use_model=use_model, min_confidence=min_confidence)
    click.echo(f"read {text_file} as {draft.encoding}{' (HTML)' if draft.html else ''}: "
               f"{sum(1 for m in draft.mentions if not m.new)} known mentions, {sum(1 for m in draft.mentions if m.new)} new candidates, "
               f"{len(draft.relationships)} proposed relationships", err=True)
    emit(draft.to_json() if fmt == "json" else draft.to_yaml(), output)
