"""``scgov export``: the network for Gephi, UCINET, Pajek, igraph, spreadsheets."""

from __future__ import annotations

import click

from .common import handle_errors, lang_option, settings
from .network_cmds import filter_options

EXPORT_FORMATS = ("graphml", "gexf", "csv", "pajek", "dl", "json")
SUFFIX = {"graphml": ".graphml", "gexf": ".gexf", "csv": "", "pajek": ".net", "dl": ".dl", "json": ".json"}


@click.command("export")
@click.option("--format", "-f", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="File format (csv writes nodes.csv and edges.csv).")
@click.option("--mode", type=click.Choice(["one", "two"]), default="one", show_default=True, help="one: cooperation network of actors; two: actors × bodies, events, agreements, programmes.")
@click.option("--output", "-o", type=click.Path(), help="File (or, for csv, folder or NAME.csv). Default: out/network-<mode>.<suffix>, out/network-<mode>/ for csv.")
@filter_options
@lang_option
@handle_errors
def export_cmd(fmt, mode, output, filters, lang):
    """Write the network with labels, sectors, weights, tie types, years and evidence.

    GEXF carries a time spell per year on nodes and ties (Gephi's timeline); CSV writes a
    nodes file and an edges file.

    \b
    Example:
      scgov export --format gexf -o network.gexf
      scgov export --format csv --mode two --year 2018 -o out/affiliations
    """
    from ..network.export import export_network

    paths = export_network(settings().graph(), fmt, output or f"out/network-{mode}{SUFFIX[fmt]}", mode=mode, lang=lang,
                           filters=filters)
    for path in paths:
        click.echo(f"wrote {path}")
