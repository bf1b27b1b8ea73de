"""``python -m benchmarks``: the performance benchmark at national scale (docs/performance.md).

    python -m benchmarks                          # seed data + 1,000 organisations (quick)
    python -m benchmarks --full                   # seed, 1,000 and 10,000 organisations
    python -m benchmarks --sizes seed,1000,10000 --json out/bench.json

At each size: synthetic generation (kg.synth), load + every named query per store backend
(oxigraph in memory, oxigraph:PATH, rdflib memory up to ``--rdflib-max`` organisations) and
raw pyoxigraph, SHACL validation, projection, every measure of kg.network.analysis and the
same measures in igraph, the report, and the map until drawn in headless Chromium; then our
map vs pyvis's default physics page at ``--map-nodes`` nodes, and ``scgov --help`` start-up vs
``import click``. Each stage runs in its own process (peak memory per stage). Prints tables and
PASS/FAIL per target (ratios against references measured in the same run) and writes JSON.
"""

from __future__ import annotations

import argparse
import sys

from .runner import FULL_SIZES, QUICK_SIZES, RDFLIB_MAX, print_report, run, write_json


def _sizes(text: str) -> list:
    out = []
    for part in text.split(","):
        part = part.strip().replace("_", "")
        if not part:
            continue
        if part == "seed":
            out.append("seed")
        elif part.isdigit() and int(part) >= 20:
            out.append(int(part))
        else:
            raise argparse.ArgumentTypeError(f"{part!r}: a size is 'seed' or a number of organisations (>= 20)")
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog="\n".join(__doc__.splitlines()[2:6]))
    p.add_argument("--sizes", type=_sizes, default=None, help="comma-separated: 'seed' and/or numbers of organisations (default seed,1000)")
    p.add_argument("--full", action="store_true", help="seed, 1,000 and 10,000 organisations (about 1.1 M triples)")
    p.add_argument("--json", default="out/bench.json", help="where to write the JSON report (default out/bench.json)")
    p.add_argument("--repeat", type=int, default=3, help="runs per named query; the best counts (default 3)")
    p.add_argument("--timeout", type=float, default=1800, help="time limit per stage, seconds (default 1800)")
    p.add_argument("--rdflib-max", type=int, default=RDFLIB_MAX, help=f"largest size rdflib's store is run at (default {RDFLIB_MAX})")
    p.add_argument("--rdflib-timeout", type=float, default=900, help="time limit of the rdflib store stage (default 900)")
    p.add_argument("--map-nodes", type=int, default=5000, help="nodes of the map-vs-pyvis comparison (default 5000)")
    p.add_argument("--pyvis-cap", type=float, default=120, help="seconds pyvis's page may take to stabilise (default 120)")
    p.add_argument("--startup-runs", type=int, default=7, help="fresh processes per start-up command; the median counts (default 7)")
    p.add_argument("--workdir", help="keep data, stores, report and maps here (default: a temporary folder, removed)")
    p.add_argument("--keep", action="store_true", help="keep the synthetic data directories")
    p.add_argument("--only", type=lambda t: [x.strip() for x in t.split(",") if x.strip()],
                   help="run only these stages (e.g. measures,map — reusing the projection kept in --workdir)")
    p.add_argument("--no-query-table", action="store_true", help="leave the per-query tables out of the printout")
    args = p.parse_args(argv)
    if args.sizes is None:
        args.sizes = FULL_SIZES if args.full else QUICK_SIZES
    report = run(args)
    print_report(report)
    path = write_json(report, args.json)
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
