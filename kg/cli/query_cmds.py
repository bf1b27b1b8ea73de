"""``scgov query``: named queries (one subcommand each, read from ``queries/*.rq``) and ad-hoc SPARQL."""

from __future__ import annotations

import click

from .common import emit, handle_errors, lang_option, output_options, settings

BUILTIN = ("list", "show")


def _parse_params(values) -> dict[str, str]:
    params = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r}: use NAME=VALUE", param_hint="--param")
        params[key.strip().lstrip("?")] = value.strip()
    return params


def _print_result(result, fmt, output):
    from ..results import serialize

    emit(serialize(result, fmt), output)


class QueryGroup(click.Group):
    """Subcommands ``list`` and ``show`` plus one generated command per named query."""

    def list_commands(self, ctx):
        from ..catalog import named_queries

        return list(BUILTIN) + list(named_queries())

    def get_command(self, ctx, name):
        from ..catalog import named_queries

        if name in BUILTIN:
            return super().get_command(ctx, name)
        query = named_queries().get(name)
        return _named_command(query) if query else None

    def resolve_command(self, ctx, args):
        from ..catalog import unknown_message

        name = args[0] if args else None
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            raise click.ClickException(unknown_message("query", name, self.list_commands(ctx)))
        return super().resolve_command(ctx, args)


def _named_command(query):
    lines = [query.title, "", query.description, ""]
    for p in query.params:
        kind = p.datatype or "entity: IRI, prefixed name, label or alias"
        lines.append(f"\b\n  --param {p.name}=…  {p.description} ({kind}{', required' if p.required else ''})")
    example = query.examples[0] if query.examples else f"scgov query {query.name} --format json"
    lines += ["", "\b", "Example:", f"  {example}"]

    @click.command(query.name, help="\n".join(lines), short_help=query.title)
    @click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable).")
    @lang_option
    @output_options()
    @handle_errors
    def run(params, lang, fmt, output):
        from ..query import run_named

        result = run_named(settings().graph(), query.name, _parse_params(params), lang=lang)
        _print_result(result, fmt, output)

    return run


@click.group("query", cls=QueryGroup, invoke_without_command=True)
@click.option("-e", "--execute", "text", help="Run this SPARQL text.")
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False), help="Run the SPARQL in this file.")
@lang_option
@output_options()
@click.pass_context
@handle_errors
def query_group(ctx, text, file, lang, fmt, output):
    """Run a named query, or your own SPARQL.

    \b
    Examples:
      scgov query list
      scgov query list_subcommittees --lang en
      scgov query list_members --param body=스마트시티연구기관협력협의체 --format json
      scgov query -e 'SELECT ?org WHERE { ?org a sg:Ministry }'
    """
    if ctx.invoked_subcommand:
        return
    if text is None and file is None:
        click.echo(ctx.get_help())
        return
    if text is not None and file is not None:
        raise click.UsageError("give either -e TEXT or --file FILE, not both")
    from ..query import run_text

    if file is not None:
        from pathlib import Path

        text = Path(file).read_text(encoding="utf-8")
    _print_result(run_text(settings().graph(), text, lang=lang), fmt, output)


@query_group.command("list")
@output_options(default="table")
@handle_errors
def list_cmd(fmt, output):
    """List the named queries with their parameters.

    \b
    Example:
      scgov query list --format json
    """
    from ..catalog import named_queries
    from ..results import rows_result, serialize

    rows = [
        (q.name, q.title, " ".join(f"?{p.name}{'*' if p.required else ''}" for p in q.params), q.description)
        for q in named_queries().values()
    ]
    emit(serialize(rows_result(["name", "title", "params", "description"], rows), fmt), output)


@query_group.command("show")
@click.argument("name")
@handle_errors
def show_cmd(name):
    """Print a named query's SPARQL text.

    \b
    Example:
      scgov query show list_members
    """
    from ..catalog import get_query

    click.echo(get_query(name).text)
