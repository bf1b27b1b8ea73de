"""Benchmark the stores: load and named-query times per backend, against raw pyoxigraph.

    python -m benchmarks.stores --triples 100000 [--backends memory,oxigraph,oxigraph:PATH]
                                [--remote sparql+http://…] [--json out/bench-stores.json]

A synthetic graph in our data model (benchmarks/synth.py) is built into each backend through
scgov's own ``build`` (parse + derivation rules); then every named query is run with the
parameter sets of :data:`benchmarks.synth.SUITE_PARAMS`:

- ``store``: ``Store.query(text, bindings)`` — the store layer alone, answers converted to
  canonical rdflib terms (what every consumer gets);
- ``named``: :func:`kg.query.run_named` — the same plus name resolution and label columns.

``raw pyoxigraph`` loads the same files with ``Store.bulk_load`` (plus the same derivation
rules) into an in-memory store and runs the same query texts
with ``substitutions`` (parameters resolved to IRIs beforehand), reading every value of every
row. The target: the Oxigraph store layer within 1.5× of raw pyoxigraph.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _time(fn, repeat: int = 3) -> float:
    best = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best.append(time.perf_counter() - t)
    return min(best)


def _workload(store):
    """(query text, bindings) pairs for every named query × parameter set, resolved on *store*."""
    from kg.catalog import get_query
    from kg.query import bind_params

    from .synth import SUITE_PARAMS

    work = []
    for name, sets in SUITE_PARAMS.items():
        q = get_query(name)
        for params in sets:
            work.append((name, q, params, bind_params(store, q, params)))
    return work


def bench_backend(spec: str, data: Path, repeat: int) -> dict:
    from kg.build import build
    from kg.query import run_named
    from kg.sparql import check_query

    t = time.perf_counter()
    store = build(data, spec, force=True)
    load = time.perf_counter() - t
    work = _workload(store)
    texts = [(check_query(q.text).text, b) for _n, q, _p, b in work]

    def store_layer():
        for text, b in texts:
            store.query(text, b)

    def named():
        for name, _q, params, _b in work:
            run_named(store, name, params, lang="en")

    store_layer()  # warm caches (name index, term memo) the way a long-lived process has them
    out = {"backend": spec, "triples": len(store), "load_s": load, "store_queries_s": _time(store_layer, repeat), "named_queries_s": _time(named, repeat)}
    store.close()
    return out


def bench_raw(data: Path, work_texts, repeat: int) -> dict:
    import pyoxigraph as ox

    from kg.build import rule_files
    from kg.rdfio import data_files, ontology_files
    from kg.terms import to_oxigraph

    files = ontology_files() + data_files(data)
    fmt = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES}
    t = time.perf_counter()
    raw = ox.Store()
    for f in files:
        raw.bulk_load(path=str(f), format=fmt[f.suffix])
    for rule in rule_files():  # the same derived shortcuts as scgov's build
        raw.extend([ox.Quad(t.subject, t.predicate, t.object) for t in raw.query(rule.read_text(encoding="utf-8"))])
    load = time.perf_counter() - t
    prepared = [(text, {ox.Variable(k): to_oxigraph(v) for k, v in b.items()}, form) for text, b, form in work_texts]

    def run():
        for text, subs, form in prepared:
            res = raw.query(text, substitutions=subs or None)
            if form == "SelectQuery":
                n = len(res.variables)
                for sol in res:
                    for i in range(n):
                        v = sol[i]
                        if v is not None:
                            v.value  # noqa: B018 - read every value, as a consumer would
            elif form in ("ConstructQuery", "DescribeQuery"):
                list(res)
            else:
                bool(res)

    run()
    return {"backend": "raw pyoxigraph", "triples": len(raw), "load_s": load, "store_queries_s": _time(run, repeat), "named_queries_s": None}


def run(triples: int, backends: list[str], remote: str | None, repeat: int) -> dict:
    from kg.build import build
    from kg.sparql import check_query

    from .synth import clusters_for, generate

    with tempfile.TemporaryDirectory(prefix="scgov-bench-") as tmp:
        data = generate(Path(tmp) / "data", clusters_for(triples))
        results = []
        for spec in backends + ([remote] if remote else []):
            if spec == "oxigraph:PATH":
                spec = f"oxigraph:{Path(tmp) / 'oxdb'}"
            print(f"… {spec}", file=sys.stderr)
            results.append(bench_backend(spec, data, repeat))
        ox = build(data, "oxigraph")
        work = [(check_query(q.text).text, b, check_query(q.text).form) for _n, q, _p, b in _workload(ox)]
        results.append(bench_raw(data, work, repeat))
    raw = results[-1]
    for r in results:
        r["query_vs_raw"] = r["store_queries_s"] / raw["store_queries_s"] if raw["store_queries_s"] else None
    return {"triples_requested": triples, "queries": len(work), "repeat": repeat, "results": results}


def table(report: dict) -> str:
    lines = [f"{report['queries']} named-query runs per pass, best of {report['repeat']}",
             f"{'backend':<34} {'triples':>9} {'load s':>8} {'store q s':>10} {'named q s':>10} {'× raw':>6}"]
    for r in report["results"]:
        named = "" if r["named_queries_s"] is None else f"{r['named_queries_s']:.3f}"
        lines.append(f"{r['backend'][:34]:<34} {r['triples']:>9} {r['load_s']:>8.3f} {r['store_queries_s']:>10.3f} {named:>10} {r['query_vs_raw']:>6.2f}")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark scgov's stores against raw pyoxigraph.")
    parser.add_argument("--triples", type=int, default=20_000)
    parser.add_argument("--backends", default="memory,oxigraph,oxigraph:PATH", help="comma-separated store specs (oxigraph:PATH = a temporary folder)")
    parser.add_argument("--remote", help="also a SPARQL server spec, e.g. sparql+http://127.0.0.1:8890/sparql?update=/sparql-auth&user=dba")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", default="out/bench-stores.json", help="where to write the JSON report")
    args = parser.parse_args(argv)
    report = run(args.triples, [b for b in args.backends.split(",") if b], args.remote, args.repeat)
    print(table(report))
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"wrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
