"""Time ``kg.synth`` at several sizes: generate + write, triple counts, files, bytes.

Usage: PYTHONPATH=. python benchmarks/bench_synth.py [N ...] [--build]

Target (docs/synthetic.md): 10,000 organisations / ~1,000,000 triples in well under a minute.
With --build, also time ``kg.build.build`` (rdflib, in memory) on each output.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from kg.synth import synthesize


def main(argv: list[str]) -> None:
    build = "--build" in argv
    sizes = [int(a) for a in argv if a.isdigit()] or [100, 1000, 10_000]
    root = Path(tempfile.mkdtemp(prefix="bench-synth-"))
    print("| N | triples | files | MB | generate + write (s) |" + (" build (s) |" if build else ""))
    print("| --- | --- | --- | --- | --- |" + (" --- |" if build else ""))
    for n in sizes:
        r = synthesize(root / f"n{n}", orgs=n, years=(2015, 2024), seed=1)
        mb = sum(p.stat().st_size for p in (root / f"n{n}").rglob("*.ttl")) / 1e6
        row = f"| {n} | {r.triples} | {r.files} | {mb:.1f} | {r.seconds:.1f} |"
        if build:
            from kg.build import build as build_graph

            t = time.perf_counter()
            build_graph(root / f"n{n}")
            row += f" {time.perf_counter() - t:.1f} |"
        print(row, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
