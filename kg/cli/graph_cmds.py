"""``scgov build`` and ``scgov validate``."""

from __future__ import annotations

import click

from .common import handle_errors, lang_option, settings


@click.command("build")
@lang_option
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation.")
@handle_errors
def build_cmd(lang, no_validate):
    """Build the graph from ontology + data, validate it and print a summary.

    \b
    Example:
      scgov build
      scgov --data ~/my-curated-data build --lang en
    """
    from ..build import summarize

    graph = settings().graph()
    summary = summarize(graph, lang)
    click.echo(f"Graph: {summary.triples} triples")
    click.echo(_two_columns("Organisations by sector", summary.by_sector))
    click.echo(_two_columns("Instances by class", summary.by_class))
    if not no_validate:
        _report_validation(graph, lang, fail=True)


@click.command("validate")
@lang_option
@handle_errors
def validate_cmd(lang):
    """Check the graph against the SHACL shapes; exit 1 listing each violation.

    \b
    Example:
      scgov validate
    """
    _report_validation(settings().graph(), lang, fail=True)


def _report_validation(graph, lang, fail):
    from ..validate import validate

    report = validate(graph, lang)
    if report.conforms:
        click.echo("SHACL validation: conforms (0 violations)")
        return
    for v in report.violations:
        click.echo(str(v), err=True)
    message = f"SHACL validation failed: {len(report)} result(s)"
    if fail:
        raise click.ClickException(message)
    click.echo(message, err=True)


def _two_columns(title, rows):
    from rich.console import Console
    from rich.table import Table
    import io

    table = Table(title=title, title_justify="left")
    table.add_column("")
    table.add_column("count", justify="right")
    for name, n in rows:
        table.add_row(str(name), str(n))
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(table)
    return console.file.getvalue()
