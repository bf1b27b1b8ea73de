"""Benchmark the stores: load and named-query times per backend, against raw pyoxigraph.

    python -m benchmarks.stores --orgs 1000 [--backends memory,oxigraph,oxigraph:PATH]
                                [--remote sparql+http://…] [--json out/bench-stores.json]

A synthetic graph (:mod:`kg.synth`, ``--orgs N``; or ``--data DIR``) is built into each backend
through scgov's own ``build`` (parse + derivation rules); then every named query is run with the
parameter sets of :func:`benchmarks.suite.suite_params` (picked from the graph itself):

- ``store``: ``Store.query(text, bindings)`` — the store layer alone, answers converted to
  canonical rdflib terms (what every consumer gets);
- ``named``: :func:`kg.query.run_named` — the same plus name resolution and label columns.

``raw pyoxigraph`` loads the same files with ``Store.bulk_load`` (plus the same derivation
rules) into an in-memory store and runs the same query texts with ``substitutions``
(parameters resolved to IRIs beforehand), reading every value of every row. The target: the
Oxigraph store layer within 1.5× of raw pyoxigraph. ``python -m benchmarks`` runs the same
functions, one backend per process, at several sizes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path


def best(fn, repeat: int = 3) -> float:
    """The best wall time of *repeat* calls of *fn* (seconds)."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def resolve_workload(store, work) -> list[tuple]:
    """``(name, params, checked text, form, bindings)`` for each ``(name, params)`` of *work*."""
    from kg.catalog import get_query
    from kg.query import bind_params
    from kg.sparql import check_query

    out = []
    for name, params in work:
        q = get_query(name)
        checked = check_query(q.text)
        out.append((name, params, checked.text, checked.form, bind_params(store, q, params)))
    return out


def key(name: str, params: dict) -> str:
    """``list_members(body=…)``: how a workload item is named in reports."""
    return f"{name}({', '.join(f'{k}={v}' for k, v in params.items())})"


def bench_backend(spec: str, data, work, repeat: int = 3, progress=None) -> dict:
    """Build *data* into the store *spec* and time every item of *work* on it (best of *repeat*).

    Returns ``load_s``, ``triples``, ``store_queries_s`` / ``named_queries_s`` (one pass over the
    workload), and ``queries``: per item ``{"store_s", "named_s", "rows"}``.
    """
    from kg.build import build
    from kg.query import run_named

    progress = progress or (lambda *_: None)
    progress(f"load {spec}")
    t = time.perf_counter()
    store = build(data, spec, force=True)
    load = time.perf_counter() - t
    resolved = resolve_workload(store, work)
    queries = {}
    for name, params, text, _form, bindings in resolved:
        k = key(name, params)
        progress(f"query {k}")
        rows = len(store.query(text, bindings))  # warm: parsed-query cache, term memo, name index
        store_s = best(lambda: store.query(text, bindings), repeat)
        named_s = best(lambda: run_named(store, name, params, lang="en"), repeat)
        queries[k] = {"store_s": store_s, "named_s": named_s, "rows": rows}
    out = {"backend": spec, "triples": len(store), "load_s": load,
           "store_queries_s": sum(q["store_s"] for q in queries.values()),
           "named_queries_s": sum(q["named_s"] for q in queries.values()), "queries": queries}
    store.close()
    return out


def raw_load(data):
    """Bulk-load the ontology and *data* into an in-memory ``pyoxigraph.Store`` with the derivation rules."""
    import pyoxigraph as ox

    from kg.build import rule_files
    from kg.rdfio import data_files, ontology_files
    from kg.resources import data_dir

    fmt = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES}
    raw = ox.Store()
    for f in ontology_files() + data_files(data_dir(data)):
        raw.bulk_load(path=str(f), format=fmt[f.suffix])
    for rule in rule_files():  # the same derived shortcuts as scgov's build
        raw.extend([ox.Quad(t.subject, t.predicate, t.object) for t in raw.query(rule.read_text(encoding="utf-8"))])
    return raw


def bench_raw(data, resolved, repeat: int = 3, progress=None) -> dict:
    """Raw pyoxigraph on the same files and the same (already resolved) workload."""
    import pyoxigraph as ox

    from kg.terms import to_oxigraph

    progress = progress or (lambda *_: None)
    progress("load raw pyoxigraph")
    t = time.perf_counter()
    raw = raw_load(data)
    load = time.perf_counter() - t

    def run(text, subs, form):
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

    queries = {}
    for name, params, text, form, bindings in resolved:
        k = key(name, params)
        progress(f"query {k}")
        subs = {ox.Variable(v): to_oxigraph(term) for v, term in bindings.items()}
        run(text, subs, form)
        queries[k] = {"store_s": best(lambda: run(text, subs, form), repeat)}
    return {"backend": "raw pyoxigraph", "triples": len(raw), "load_s": load,
            "store_queries_s": sum(q["store_s"] for q in queries.values()), "named_queries_s": None, "queries": queries}


def run(data: Path, backends: list[str], remote: str | None, repeat: int, tmp: Path) -> dict:
    from kg.build import build

    from .suite import workload

    reference = build(data, "oxigraph")
    work = workload(reference)
    results = []
    for spec in backends + ([remote] if remote else []):
        if spec == "oxigraph:PATH":
            spec = f"oxigraph:{tmp / 'oxdb'}"
        print(f"… {spec}", file=sys.stderr)
        results.append(bench_backend(spec, data, work, repeat))
    results.append(bench_raw(data, resolve_workload(reference, work), repeat))
    raw = results[-1]
    for r in results:
        r["query_vs_raw"] = r["store_queries_s"] / raw["store_queries_s"] if raw["store_queries_s"] else None
    return {"data": str(data), "queries": len(work), "repeat": repeat, "results": results}


def table(report: dict) -> str:
    lines = [f"{report['queries']} named-query runs per pass, best of {report['repeat']}",
             f"{'backend':<34} {'triples':>9} {'load s':>8} {'store q s':>10} {'named q s':>10} {'× raw':>6}"]
    for r in report["results"]:
        named = "" if r["named_queries_s"] is None else f"{r['named_queries_s']:.3f}"
        lines.append(f"{r['backend'][:34]:<34} {r['triples']:>9} {r['load_s']:>8.3f} {r['store_queries_s']:>10.3f} {named:>10} {r['query_vs_raw']:>6.2f}")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark scgov's stores against raw pyoxigraph.")
    parser.add_argument("--orgs", type=int, default=1000, help="organisations of the synthetic graph (kg.synth)")
    parser.add_argument("--data", help="an existing data directory instead of a synthetic one")
    parser.add_argument("--backends", default="memory,oxigraph,oxigraph:PATH", help="comma-separated store specs (oxigraph:PATH = a temporary folder)")
    parser.add_argument("--remote", help="also a SPARQL server spec, e.g. sparql+http://127.0.0.1:8890/sparql?update=/sparql-auth&user=dba")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", default="out/bench-stores.json", help="where to write the JSON report")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="scgov-bench-") as tmp:
        data = Path(args.data) if args.data else None
        if data is None:
            from kg.synth import synthesize

            data = Path(tmp) / "data"
            synthesize(data, orgs=args.orgs, seed=1)
        report = run(data, [b for b in args.backends.split(",") if b], args.remote, args.repeat, Path(tmp))
    print(table(report))
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
