"""``scgov report``: the analyst report (Markdown + self-contained HTML)."""

from __future__ import annotations

import click

from .common import handle_errors, settings


@click.command("report")
@click.option("--out", "out", type=click.Path(file_okay=False), default="out", show_default=True, help="Folder for report.md, report.html, charts/ and network.html.")
@click.option("--lang", type=click.Choice(["ko", "en"]), default="ko", show_default=True, help="Language of the report.")
@click.option("--no-map", is_flag=True, help="Skip the interactive map (network.html).")
@handle_errors
def report_cmd(out, lang, no_map):
    """Write the analyst report: key actors with their evidence, brokers, sector mixing, change.

    \b
    Example:
      scgov report
      scgov report --out out/en --lang en
    """
    from ..report.writer import make_report

    report, paths = make_report(settings().graph(), out, lang=lang, with_map=not no_map)
    click.echo(summary_text(report))
    html = next(p for p in paths if p.name == "report.html")
    click.echo(f"Report: {html} (and {html.with_name('report.md')})")
    if any(p.name == "network.html" for p in paths):
        click.echo(f"Map: {html.with_name('network.html')}")


def summary_text(report) -> str:
    """A short terminal summary (rich tables, no colours)."""
    import io

    from rich.console import Console
    from rich.table import Table

    s = report.summary
    console = Console(file=io.StringIO(), width=110, color_system=None)
    ei = s.get("ei") or {}
    head = Table(title=report.title, title_justify="left", show_header=False)
    head.add_column("")
    head.add_column("")
    head.add_row("actors / ties", f"{s['actors']} / {s['ties']}")
    head.add_row("density", f"{s['density']:.3f}" if s.get("density") is not None else "—")
    head.add_row("components", str(s.get("components")))
    if ei:
        head.add_row("E-I (p)", f"{ei['observed']:.3f} (p = {ei['p_value']:.3f})")
    head.add_row("communities (modularity)", f"{s.get('n_communities')} ({s['modularity']:.3f})" if s.get("modularity") is not None else "—")
    console.print(head)
    top = Table(title="Top actors (1st, 2nd, …)", title_justify="left")
    top.add_column("measure")
    top.add_column("leaders", overflow="fold")
    for measure, names in s["top"].items():
        top.add_row(measure, ", ".join(names))
    top.add_row("brokerage", ", ".join(s["brokers"]))
    top.add_row("low constraint", ", ".join(s["low_constraint"]))
    console.print(top)
    return console.file.getvalue()
