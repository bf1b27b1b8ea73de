"""``scgov viz``: the interactive map of who cooperates with whom."""

from __future__ import annotations

import click

from .common import lang_option, settings
from .network_cmds import filter_options, network_errors


@click.command("viz")
@click.option("--out", "-o", "out", default="out/network.html", show_default=True, type=click.Path(dir_okay=False), help="HTML file to write (self-contained, works offline).")
@click.option("--mode", type=click.Choice(["one", "two"]), default="one", show_default=True, help="one: cooperation network of actors; two: actors × bodies, events, agreements, programmes.")
@click.option("--ego", metavar="ACTOR", help="Only this actor's ego network (label, alias or IRI).")
@click.option("--radius", type=click.IntRange(min=1), default=1, show_default=True, help="Hops around --ego.")
@click.option("--size-by", default="degree", show_default=True, type=click.Choice(["degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank"]), help="Measure that sizes the nodes.")
@click.option("--top", type=click.IntRange(min=1), help="Only the N nodes highest by --size-by.")
@click.option("--physics-threshold", type=click.IntRange(min=0), default=300, show_default=True, help="Above this many nodes, positions are computed in Python and physics is off.")
@filter_options
@lang_option
@network_errors
def viz_cmd(out, mode, ego, radius, size_by, top, physics_threshold, filters, lang):
    """Write an interactive map of the network (offline HTML).

    \b
    Examples:
      scgov viz
      scgov viz --ego 국토연구원 --radius 2 --size-by betweenness
      scgov viz --mode two --year 2018 --lang en -o out/affiliations-2018.html
    """
    from ..viz.maps import make_map

    path, G = make_map(settings().graph(), out, mode=mode, lang=lang, filters=filters, ego=ego, radius=radius,
                       size_by=size_by, top=top, physics_threshold=physics_threshold)
    shown = f" ({G.graph['filtered']})" if G.graph.get("filtered") else ""
    click.echo(f"wrote {path}: {G.number_of_nodes()} nodes, {G.number_of_edges()} ties{shown}")
