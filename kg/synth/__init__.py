"""Synthetic graphs in the project's own ontology, for benchmarks and scale tests.

:func:`synthesize` generates (:mod:`kg.synth.generator`) and writes (:mod:`kg.synth.writer`) a
data directory laid out like ``data/`` — ``registry.ttl`` plus one file per synthetic source
document in ``documents/`` — that ``scgov --data DIR build`` and every named query work on.
See ``docs/synthetic.md``.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass


@dataclass
class SynthReport:
    """What :func:`synthesize` wrote and how long it took."""

    out: str
    triples: int
    files: int
    seconds: float
    stats: dict


def synthesize(out: str | os.PathLike, orgs: int = 1000, years: tuple[int, int] = (2015, 2024), seed=0, *, force: bool = False) -> SynthReport:
    """Generate a synthetic graph and write it to the data directory *out*.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()) / "synth"
    >>> r = synthesize(d, orgs=50, years=(2019, 2020), seed=7)
    >>> (d / "registry.ttl").is_file() and r.triples > 1000
    True
    """
    from .generator import generate
    from .writer import write

    start = time.perf_counter()
    graph = generate(orgs, years[0], years[1], seed)
    counts = write(graph, out, force=force)
    return SynthReport(str(out), counts["triples"], counts["files"], time.perf_counter() - start, graph.stats)


__all__ = ["synthesize", "SynthReport"]
