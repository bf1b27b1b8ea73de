"""``scgov network``: measures, evidenced paths, ego networks and year-on-year comparison."""

from __future__ import annotations

import functools

import click

from ..errors import KGError
from .common import FORMAT_CHOICES, emit, handle_errors, lang_option, output_options, settings

SECTOR_CHOICES = ("central-government", "local-government", "research", "public-enterprise",
                  "academia", "industry", "international", "governance-body", "other")


FILTER_KEYS = ("year", "years", "sectors", "tie_types", "people", "planned")


def filter_options(func=None, *, years=True):
    """``--year``, ``--years``, ``--sector``, ``--tie-type``, ``--people``, ``--no-planned``.

    The command receives one ``filters`` argument (a :class:`kg.network.projection.Filters`,
    its values checked) instead of the separate options. ``years=False`` leaves out the year
    options (for commands that choose years themselves).
    """
    if func is None:
        return functools.partial(filter_options, years=years)
    options = [
        click.option("--sector", "sectors", multiple=True, type=click.Choice(SECTOR_CHOICES), help="Only actors of this sector (repeatable)."),
        click.option("--tie-type", "tie_types", multiple=True, metavar="T", help="Only this tie type (repeatable): agreement, body, programme, event, zone, suborganization, reorganization."),
        click.option("--people", is_flag=True, help="Include people as actors (ties through their posts and memberships)."),
        click.option("--planned/--no-planned", default=True, show_default=True, help="Count relationships a document only announces (at half weight), or leave them out."),
    ]
    if years:
        options[:0] = [
            click.option("--year", type=int, help="Only ties evidenced in this year."),
            click.option("--years", metavar="A-B", help="Only ties evidenced in these years (inclusive), e.g. 2017-2018."),
        ]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from ..network.projection import parse_filters

        given = {k: kwargs.pop(k) for k in FILTER_KEYS if k in kwargs}
        try:
            kwargs["filters"] = parse_filters(settings().graph(), **given)
        except KGError as exc:
            raise click.ClickException(str(exc)) from None
        return func(*args, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def network_errors(func):
    """Like :func:`handle_errors`, and measure-module ``KeyError``/``ValueError`` become messages."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (KeyError, ValueError) as exc:
            raise click.ClickException(str(exc.args[0]) if exc.args else str(exc)) from None

    return handle_errors(wrapper)


@click.group("network")
def network_group():
    """Cooperation-network analysis: metrics, paths, ego networks, comparison of years.

    \b
    Example:
      scgov network metrics --top 10 --sort-by betweenness
      scgov network path 국토부 KRIHS
    """


@network_group.command("metrics")
@output_options(FORMAT_CHOICES)
@click.option("--sort-by", default="degree", show_default=True, metavar="M", help="Measure to sort by: degree, strength, betweenness, closeness, eigenvector, pagerank, constraint, effective_size, brokerage, core, …")
@click.option("--top", type=click.IntRange(min=1), help="Only the first N rows.")
@filter_options
@lang_option
@network_errors
def metrics_cmd(fmt, output, sort_by, top, filters, lang):
    """Centrality, structural holes, brokerage, k-core and community of every actor.

    \b
    Example:
      scgov network metrics --top 10 --sort-by betweenness
      scgov network metrics --year 2018 --sector research --format csv -o research-2018.csv
    """
    from ..network.analysis import COLUMNS, metrics

    if sort_by not in COLUMNS:
        raise click.BadParameter(f"{sort_by!r}: use one of {', '.join(COLUMNS)}", param_hint="--sort-by")
    result = metrics(settings().graph(), lang=lang, filters=filters)
    emit(format_metrics(result, fmt, sort_by, top), output)


def format_metrics(result, fmt, sort_by, top):
    """The measure table in *fmt* (table, csv, tsv, json)."""
    import csv
    import io
    import json

    from ..network.analysis import COLUMNS

    if fmt == "json":
        return json.dumps(result.to_dict(sort_by=sort_by, top=top), ensure_ascii=False, indent=1)
    rows = result.rows(sort_by=sort_by, top=top)
    head = ["label", "sector", *COLUMNS, "node"]
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(head)
        for row in rows:
            writer.writerow([_cell(row.get(k), raw=True) for k in head])
        return buf.getvalue()
    shown = ["label", "sector", "degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank",
             "constraint", "brokerage", "core", "community"]
    if sort_by not in shown:
        shown.insert(2, sort_by)
    net = result.network
    caption = (f"{net['nodes']} actors, {net['edges']} ties, density {_cell(net.get('density'))}, "
               f"{net.get('components', 0)} component(s)")
    title = result.graph.graph.get("title", "")
    return rich_table(title, shown, [[_cell(row.get(k)) for k in shown] for row in rows], caption=caption)


def _cell(value, raw=False):
    import math

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return repr(value) if raw else f"{value:.3f}"
    return str(value)


def rich_table(title, head, rows, caption=None, width=160):
    """A plain-text table drawn by rich (no colours)."""
    import io

    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left", caption=caption, caption_justify="left")
    for h in head:
        table.add_column(h, justify="left" if h in ("label", "sector", "node", "via", "evidence", "from", "to") else "right", overflow="fold")
    for row in rows:
        table.add_row(*[str(c) for c in row])
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(table)
    return console.file.getvalue()


@network_group.command("path")
@click.argument("source")
@click.argument("target")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write to this file instead of standard output.")
@filter_options
@lang_option
@network_errors
def path_cmd(source, target, fmt, output, filters, lang):
    """The shortest chain of cooperation between two actors, each hop with its evidence.

    Actors are named by label or alias (국토부, KRIHS) or IRI. Strong ties are short
    (distance = 1 / weight).

    \b
    Example:
      scgov network path 국토부 과기정통부
      scgov network path MOLIT KICT --lang en --format json
    """
    import json

    from ..network.explore import evidenced_path

    result = evidenced_path(settings().graph(), source, target, lang=lang,
                            filters=filters)
    emit(json.dumps(result, ensure_ascii=False, indent=1) if fmt == "json" else format_path(result), output)


def format_path(result):
    """Each hop with its tie types, affiliations and evidence."""
    labels = result["labels"]
    lines = [" → ".join(labels[n] for n in result["nodes"]) + f"   ({len(result['hops'])} hop(s), length {result['length']:.3f})", ""]
    for i, hop in enumerate(result["hops"], 1):
        lines.append(f"{i}. {labels[hop['source']]} — {labels[hop['target']]}   "
                     f"[{', '.join(hop['tie_types'])}; weight {hop['weight']:.3f}]")
        if hop["via"]:
            lines.append(f"   via: {'; '.join(hop['via'])}")
        for ev in hop["evidence"]:
            lines.append(f"   · {ev.get('doc_title', '')} ({ev.get('date', '')}): “{ev.get('quote', '')}”")
    return "\n".join(lines) + "\n"


@network_group.command("ego")
@click.argument("actor")
@click.option("--radius", type=click.IntRange(min=1), default=1, show_default=True, help="Hops from the actor.")
@output_options(FORMAT_CHOICES)
@filter_options
@lang_option
@network_errors
def ego_cmd(actor, radius, fmt, output, filters, lang):
    """An actor's ego network: the actors within N hops and the ties among them.

    \b
    Example:
      scgov network ego 국토연구원
      scgov network ego MOLIT --radius 2 --format json
    """
    import json

    from ..network.explore import ego_summary

    result = ego_summary(settings().graph(), actor, radius=radius, lang=lang,
                         filters=filters)
    if fmt == "json":
        emit(json.dumps(result, ensure_ascii=False, indent=1), output)
        return
    if fmt in ("csv", "tsv"):
        import csv
        import io

        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(["label", "sector", "hops", "weight_to_ego", "tie_types", "node"])
        for n in result["nodes"]:
            w.writerow([n["label"], n["sector"], n["hops"], n["weight_to_ego"] or "", "; ".join(n["tie_types"]), n["node"]])
        emit(buf.getvalue(), output)
        return
    rows = [[n["label"], n["sector"], n["hops"], _cell(n["weight_to_ego"]), ", ".join(n["tie_types"]), "; ".join(n["via"])[:80]]
            for n in result["nodes"]]
    caption = f"{len(result['nodes'])} actors, {result['edges']} ties within {radius} hop(s)"
    emit(rich_table(f"Ego network of {result['label']}", ["label", "sector", "hops", "weight", "tie types", "via"], rows, caption), output)


@network_group.command("compare")
@click.argument("before", type=int)
@click.argument("after", type=int)
@click.option("--measure", default="degree", show_default=True, help="Measure whose movement is shown for the top actors.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Number of top actors shown.")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write to this file instead of standard output.")
@filter_options(years=False)
@lang_option
@network_errors
def compare_cmd(before, after, measure, top, fmt, output, filters, lang):
    """What changed between two years: who entered, who left, new and lost ties, top actors' moves.

    \b
    Example:
      scgov network compare 2017 2018
      scgov network compare 2017 2018 --measure betweenness --format json
    """
    import json

    from ..network.temporal import compare_years

    result = compare_years(settings().graph(), before, after, lang=lang, measure=measure, top=top,
                           sectors=filters.sectors, tie_types=filters.tie_types,
                           include_people=filters.include_people, include_planned=filters.include_planned)
    emit(json.dumps(result, ensure_ascii=False, indent=1) if fmt == "json" else format_compare(result), output)


def format_compare(c):
    """The comparison as text tables."""
    b, a = str(c["before"]), str(c["after"])
    lines = [f"{b}: {c['nodes'][b]} actors, {c['edges'][b]} ties   →   {a}: {c['nodes'][a]} actors, {c['edges'][a]} ties", ""]
    for key, title in (("entered", f"Entered in {a}"), ("left", f"Not seen in {a} (present in {b})")):
        names = ", ".join(n["label"] for n in c[key]) or "—"
        lines.append(f"{title} ({len(c[key])}): {names}")
    lines.append(f"New ties ({len(c['new_ties'])}), lost ties ({len(c['lost_ties'])}), kept ties ({len(c['kept_ties'])})")
    lines.append("")
    text = "\n".join(lines) + "\n"
    if c["new_ties"]:
        text += rich_table(f"New ties in {a}", ["from", "to", "tie types", "via"],
                           [[t["source_label"], t["target_label"], ", ".join(t["tie_types"]), "; ".join(t["via"])[:70]] for t in c["new_ties"][:30]])
    text += rich_table(f"Top actors by {c['measure']}", ["label", b, a, "change"],
                       [[m["label"], _cell(m["before"]), _cell(m["after"]), _cell(m["change"])] for m in c["moves"]])
    return text
