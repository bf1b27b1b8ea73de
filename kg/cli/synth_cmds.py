"""``scgov synth``: write a synthetic graph for benchmarks and scale tests."""

from __future__ import annotations

import re

import click

from .common import handle_errors


def _years(ctx, param, value):
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*", value or "")
    if not m:
        raise click.BadParameter("use YYYY-YYYY, e.g. 2015-2024")
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    if first > last:
        raise click.BadParameter(f"{value}: the first year is after the last")
    return first, last


@click.command("synth")
@click.option("--orgs", "-n", type=click.IntRange(min=20), default=1000, show_default=True, help="Number of organisations (bodies, units and people come on top).")
@click.option("--years", callback=_years, default="2015-2024", show_default=True, help="Years the facts are dated in, A-B inclusive.")
@click.option("--seed", default="0", show_default=True, help="Random seed (any string); same seed → same bytes.")
@click.option("--out", "-o", "out", required=True, type=click.Path(file_okay=False), help="Data directory to write (registry.ttl + documents/).")
@click.option("--force", is_flag=True, help="Replace a non-empty --out that does not hold an earlier synthetic graph.")
@handle_errors
def synth_cmd(orgs, years, seed, out, force):
    """Write a synthetic graph in the project's ontology, laid out like data/.

    \b
    Example:
      scgov synth --orgs 1000 --years 2015-2024 --seed 1 --out /tmp/synth1k
      scgov --data /tmp/synth1k build
    """
    from ..synth import synthesize

    report = synthesize(out, orgs=orgs, years=years, seed=seed, force=force)
    s = report.stats
    click.echo(f"wrote {report.out}: {report.triples} triples in {report.files} files ({report.seconds:.1f} s)")
    click.echo(f"  {s['actors']} organisations, {s.get('people', 0)} people, {s.get('events', 0)} events, "
               f"{s.get('agreements', 0)} agreements, {s.get('programmes', 0)} programmes, {s.get('documents', 0)} documents")
