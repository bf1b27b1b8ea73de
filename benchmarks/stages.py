"""The stages of ``python -m benchmarks``; each runs in its own process.

``python -m benchmarks.stages STAGE JSON-OPTIONS`` runs one stage and writes JSON lines to
stdout: ``{"progress": "..."}`` while it works (so a stage stopped at its time limit still says
what it was doing) and one ``{"result": {...}}`` at the end. The parent
(:mod:`benchmarks.runner`) measures the process's wall time and peak resident memory
(``os.wait4``), so memory is per stage. What a stage needs but does not measure (building the
graph before validating it, say) is timed and reported as ``setup_s``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def emit(**record) -> None:
    print(json.dumps(record, ensure_ascii=False, default=str), flush=True)


def progress(text: str) -> None:
    emit(progress=text)


def _data(opts):
    return opts.get("data")  # None = the shipped seed data


def _timed(fn):
    t = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t


def _built(opts, spec="oxigraph"):
    from kg.build import build

    progress(f"setup: build {spec}")
    return _timed(lambda: build(_data(opts), spec))


# ------------------------------------------------------------------------------- the graph
def stage_synth(opts) -> dict:
    """Generate and write the synthetic graph (kg.synth) of ``orgs`` organisations."""
    from kg.synth import synthesize

    out = Path(opts["data"])
    r = synthesize(out, orgs=opts["orgs"], years=(2015, 2024), seed=opts.get("seed", 1), force=True)
    mb = sum(p.stat().st_size for p in out.rglob("*.ttl")) / 1e6
    return {"seconds": r.seconds, "triples_written": r.triples, "files": r.files, "mb": round(mb, 1),
            "organisations": r.stats.get("actors")}


def stage_store(opts) -> dict:
    """Build into one backend and run the named-query workload (best of ``repeat``)."""
    from kg.build import build

    from .stores import bench_backend
    from .suite import workload

    spec = opts["spec"]
    work = workload(build(_data(opts), "oxigraph")) if "work" not in opts else [tuple(w) for w in opts["work"]]
    r = bench_backend(spec, _data(opts), work, opts.get("repeat", 3), progress)
    if spec.startswith("oxigraph:"):  # a persistent store: a second build reuses it
        from kg.store import open_store

        progress("reuse")
        store = open_store(spec)
        _, r["reuse_s"] = _timed(lambda: build(_data(opts), store))
        store.close()
    return r


def stage_raw(opts) -> dict:
    """Raw pyoxigraph: bulk load + the same derivation rules + the same query texts."""
    from kg.build import build

    from .stores import bench_raw, resolve_workload
    from .suite import workload

    reference = build(_data(opts), "oxigraph")
    resolved = resolve_workload(reference, workload(reference))
    del reference
    return bench_raw(_data(opts), resolved, opts.get("repeat", 3), progress)


def stage_validate(opts) -> dict:
    """SHACL validation (kg.validate: pyshacl + the evidence-source query) of the built graph."""
    from kg.validate import validate

    store, setup = _built(opts)
    progress("to_rdflib")
    _, to_rdflib = _timed(store.to_rdflib)
    progress("validate")
    report, seconds = _timed(lambda: validate(store))
    return {"seconds": seconds, "setup_s": setup, "to_rdflib_s": to_rdflib, "conforms": report.conforms,
            "violations": len(report), "triples": len(store)}


# ------------------------------------------------------------------------------- the network
def stage_projection(opts) -> dict:
    """Project the store onto the one-mode and two-mode networks; pickle the one-mode graph."""
    import pickle

    from kg.network.projection import network

    store, setup = _built(opts)
    progress("one_mode")
    G, one = _timed(lambda: network(store, mode="one", lang="ko"))
    progress("two_mode")
    B, two = _timed(lambda: network(store, mode="two", lang="ko"))
    with open(opts["graph_pickle"], "wb") as fh:
        pickle.dump(G, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return {"setup_s": setup, "one_mode_s": one, "two_mode_s": two, "seconds": one + two,
            "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "two_mode_nodes": B.number_of_nodes(), "two_mode_edges": B.number_of_edges()}


def _load_graph(opts):
    import pickle

    with open(opts["graph_pickle"], "rb") as fh:
        return pickle.load(fh)


def measure_steps(G, seed=42, n_permutations=1000):
    """Each measure of :func:`kg.network.analysis.analyze`, called the way it calls them."""
    import networkx as nx

    from kg.network import analysis, brokerage, centrality, cohesion, mixing, structural_holes

    local, found = None, {}
    if len(G) > analysis.DEFAULT_LOCAL_THRESHOLD:
        degree = dict(G.degree())
        local = sorted(G, key=lambda n: (-degree[n], str(n)))[:analysis.DEFAULT_LOCAL_TOP]
    return {
        "degree": lambda: centrality.degree(G),
        "strength": lambda: centrality.strength(G),
        "betweenness": lambda: centrality.betweenness(G, seed=seed),
        "closeness": lambda: centrality.closeness(G),
        "eigenvector": lambda: centrality.eigenvector(G),
        "pagerank": lambda: centrality.pagerank(G),
        "structural_holes": lambda: structural_holes.structural_holes(G, nodes=local),
        "brokerage": (lambda: brokerage.brokerage_roles(G)) if not local else (lambda: analysis._brokerage_for(G, local, "sector")),
        "core": lambda: cohesion.core_numbers(G),
        "community": lambda: found.setdefault("communities", cohesion.louvain_communities(G, seed=seed)),
        "clustering": lambda: nx.average_clustering(G),
        "components": lambda: list(nx.connected_components(G)),
        "centralization": lambda: cohesion.degree_centralization(G),
        "modularity": lambda: cohesion.modularity(G, found["communities"]),
        "assortativity": lambda: mixing.sector_assortativity(G),
        "ei_permutation": lambda: mixing.ei_permutation_test(G, n_permutations=n_permutations, seed=seed),
        "mixing_matrix": lambda: mixing.mixing_matrix(G),
    }


def igraph_reference(G) -> dict:
    """The same measures computed directly with python-igraph on the same graph.

    Degree, strength, betweenness and closeness (on ``distance``), eigenvector centrality and
    PageRank (on ``weight``), Burt's constraint, k-core, multilevel (Louvain) communities and
    their modularity, average local clustering, connected components, sector assortativity.
    igraph has no effective size or Gould–Fernandez brokerage and no E-I permutation test; the
    reference leaves them out (kg computes them: its side of the ratio does more).
    """
    import igraph as ig

    times = {}

    def step(name, fn):
        t = time.perf_counter()
        value = fn()
        times[name] = time.perf_counter() - t
        return value

    nodes = list(G)

    def make():
        index = {n: i for i, n in enumerate(nodes)}
        edges = [(index[u], index[v]) for u, v in G.edges()]
        g = ig.Graph(n=len(nodes), edges=edges)
        g.es["weight"] = [d["weight"] for _u, _v, d in G.edges(data=True)]
        g.es["distance"] = [d["distance"] for _u, _v, d in G.edges(data=True)]
        sectors = sorted({G.nodes[n].get("sector") or "other" for n in nodes})
        g.vs["sector"] = [sectors.index(G.nodes[n].get("sector") or "other") for n in nodes]
        return g

    g = step("graph", make)
    step("degree", g.degree)
    step("strength", lambda: g.strength(weights="weight"))
    step("betweenness", lambda: g.betweenness(weights="distance"))
    step("closeness", lambda: g.closeness(weights="distance"))
    step("eigenvector", lambda: g.eigenvector_centrality(weights="weight", scale=False))
    step("pagerank", lambda: g.pagerank(weights="weight"))
    step("constraint", lambda: g.constraint(weights="weight"))
    step("core", g.coreness)
    parts = step("community", lambda: g.community_multilevel(weights="weight"))
    step("modularity", lambda: g.modularity(parts.membership, weights="weight"))
    step("clustering", lambda: g.transitivity_avglocal_undirected(mode="zero"))
    step("components", lambda: g.connected_components())
    step("assortativity", lambda: g.assortativity_nominal("sector", directed=False))
    return times


def stage_measures(opts) -> dict:
    """Each measure of kg.network.analysis, the full ``analyze`` and the igraph reference."""
    from kg.network.analysis import analyze

    import igraph  # noqa: F401 - imports are not part of any measure's time
    import networkx  # noqa: F401
    import numpy  # noqa: F401

    progress("load graph")
    G = _load_graph(opts)
    steps = {}
    for name, fn in measure_steps(G).items():
        progress(name)
        steps[name] = _timed(fn)[1]
    progress("analyze")
    _, full = _timed(lambda: analyze(G))
    progress("igraph")
    ref = igraph_reference(G)
    return {"seconds": full, "analyze_s": full, "steps": steps, "igraph": ref,
            "igraph_s": sum(ref.values()), "igraph_compute_s": sum(v for k, v in ref.items() if k != "graph"),
            "nodes": G.number_of_nodes(), "edges": G.number_of_edges()}


def stage_report(opts) -> dict:
    """``scgov report``: build the graph in memory, then the report with its map."""
    from kg.report.writer import make_report

    store, setup = _built(opts)
    progress("report")
    (_report, paths), seconds = _timed(lambda: make_report(store, opts["out"], lang="ko", with_map=True))
    return {"seconds": seconds, "setup_s": setup, "total_s": setup + seconds, "files": len(paths)}


# ------------------------------------------------------------------------------- the map
def _browser_time(path, timeout):
    from kg.viz.bench import time_in_browser
    from kg.viz.headless import HeadlessChromium

    with HeadlessChromium() as browser:
        wall, in_page, page = time_in_browser(browser, path, timeout)
        errors = list(page.console_errors) + list(page.external_requests)
        try:
            page.close()
        except Exception:  # noqa: BLE001 - a page that timed out may be gone already
            pass
    return wall, in_page, errors


def stage_map(opts) -> dict:
    """Render the map of this size's one-mode network and time it until drawn and interactive."""
    from kg.viz import render_map

    G = _load_graph(opts)
    progress("render")
    path, render = _timed(lambda: render_map(G, Path(opts["out"]) / "network.html"))
    progress("browser")
    wall, in_page, errors = _browser_time(path, opts.get("timeout", 300))
    return {"seconds": render + (wall or 0), "render_s": render, "ready_s": wall,
            "ready_in_page_s": in_page / 1000 if in_page else None, "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(), "html_mb": round(path.stat().st_size / 1e6, 1), "errors": errors}


def stage_map_vs_pyvis(opts) -> dict:
    """A ``nodes``-node contract graph: our map vs pyvis's default physics page (capped)."""
    from kg.viz import render_map
    from kg.viz.bench import pyvis_default_page
    from kg.viz.synthetic import synthetic_graph

    n, cap = opts.get("nodes", 5000), opts.get("pyvis_cap", 120.0)
    G = synthetic_graph(n, seed=1)
    out = Path(opts["out"])
    progress("render")
    path, render = _timed(lambda: render_map(G, out / "map.html"))
    progress("browser")
    wall, _in_page, errors = _browser_time(path, 300)
    progress("pyvis")
    _, pyvis_write = _timed(lambda: pyvis_default_page(G, out / "pyvis.html"))
    pyvis_wall, _p, _e = _browser_time(out / "pyvis.html", cap)
    ours = render + (wall or float("nan"))
    theirs = pyvis_write + (pyvis_wall if pyvis_wall is not None else cap)
    return {"seconds": ours, "nodes": n, "edges": G.number_of_edges(), "render_s": render, "ready_s": wall,
            "pyvis_write_s": pyvis_write, "pyvis_ready_s": pyvis_wall, "pyvis_capped": pyvis_wall is None,
            "pyvis_cap_s": cap, "pyvis_s": theirs, "errors": errors}


# ------------------------------------------------------------------------------- start-up
def stage_startup(opts) -> dict:
    """``scgov --help`` vs ``python -c "import click"``: median of ``runs`` fresh processes each."""
    import statistics
    import subprocess

    runs = opts.get("runs", 7)
    cmds = {"scgov_help": [sys.executable, "-m", "kg", "--help"], "import_click": [sys.executable, "-c", "import click"]}
    times = {k: [] for k in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():  # interleaved, so drift hits both
            t = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - t)
    med = {k: statistics.median(v) for k, v in times.items()}
    return {"seconds": med["scgov_help"], "scgov_help_s": med["scgov_help"], "import_click_s": med["import_click"],
            "runs": runs, "all": times}


STAGES = {
    "synth": stage_synth, "store": stage_store, "raw": stage_raw, "validate": stage_validate,
    "projection": stage_projection, "measures": stage_measures, "report": stage_report,
    "map": stage_map, "map_vs_pyvis": stage_map_vs_pyvis, "startup": stage_startup,
}


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    name, opts = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    emit(result=STAGES[name](opts))


if __name__ == "__main__":
    main()
