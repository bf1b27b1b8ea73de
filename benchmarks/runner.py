"""``python -m benchmarks``: every stage at every size, one process per stage, targets as ratios.

See ``docs/performance.md``. Each stage (:mod:`benchmarks.stages`) runs in a fresh Python
process under a time limit; its wall time and peak resident memory (``ru_maxrss`` from
``os.wait4``) are taken here. Targets are ratios against references measured in the same run
(raw pyoxigraph, igraph, pyvis, ``import click``), never absolute times: the machine is shared
and noisy.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

QUICK_SIZES = ["seed", 1000]
FULL_SIZES = ["seed", 1000, 10_000]
#: rdflib's store above this many organisations is not run by default (see docs/performance.md).
RDFLIB_MAX = 1000
STORE_SPECS = ("oxigraph", "oxigraph:PATH", "memory")
#: Targets: (name, what, comparison, bound).
TARGETS = {
    "load_vs_raw": ("oxigraph store build ÷ raw pyoxigraph bulk load", "<=", 1.5),
    "store_queries_vs_raw": ("Store.query over the workload ÷ raw pyoxigraph", "<=", 1.5),
    "named_queries_vs_raw": ("run_named (+ name resolution, label columns) ÷ raw pyoxigraph", "<=", 1.5),
    "measures_vs_igraph": ("analyze() ÷ the same measures in igraph (graph building included)", "<=", 3.0),
    "map_vs_pyvis": ("pyvis default physics page ÷ our map, until drawn and interactive", ">=", 10.0),
    "startup_vs_click": ("scgov --help ÷ python -c 'import click' (median)", "<=", 2.0),
}


def machine() -> dict:
    """nproc, memory, CPU model, Python, platform."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "memory_gb": mem, "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform()}


def run_stage(name: str, opts: dict, timeout: float, log=None) -> dict:
    """Run one stage in a fresh process; its result plus ``wall_s``, ``peak_rss_mb`` and ``status``."""
    cmd = [sys.executable, "-m", "benchmarks.stages", name, json.dumps(opts, ensure_ascii=False)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    lines: list[str] = []
    err: list[str] = []
    readers = [threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True),
               threading.Thread(target=lambda: err.extend(proc.stderr), daemon=True)]
    for t in readers:
        t.start()
    timed_out = False
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join(5)
    out: dict = {}
    last = None
    for line in lines:
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if "progress" in rec:
            last = rec["progress"]
        if "result" in rec:
            out = rec["result"]
    out.update(wall_s=wall, peak_rss_mb=round(usage.ru_maxrss / 1024, 1))
    if timed_out:
        out.update(status="timeout", note=f"stopped after {timeout:.0f} s while: {last}")
    elif proc.returncode != 0 or "seconds" not in out and "load_s" not in out:
        out.update(status="error", note="".join(err)[-2000:] or f"exit {proc.returncode}")
    else:
        out["status"] = "ok"
    if log:
        log(name, opts, out)
    return out


def run_size(size, work: Path, args, log) -> dict:
    """Every per-size stage at *size* (``"seed"`` or a number of organisations)."""
    label = str(size)
    base = work / f"n{label}"
    base.mkdir(parents=True, exist_ok=True)
    data = None if size == "seed" else str(base / "data")
    common = {"data": data, "repeat": args.repeat}
    stages: dict = {}
    T = args.timeout
    only = set(args.only or [])

    def wanted(name):
        return not only or name in only

    needs_data = any(wanted(n) for n in ("store:oxigraph", "store:oxigraph:PATH", "store:memory", "store:raw",
                                          "validate", "projection", "report"))
    if size != "seed" and needs_data:
        stages["synth"] = run_stage("synth", {"data": data, "orgs": size}, T, log)
    for spec in STORE_SPECS:
        key = f"store:{spec}"
        if not wanted(key):
            continue
        if spec == "memory" and size != "seed" and size > args.rdflib_max:
            stages[key] = {"status": "skipped", "note": f"rdflib not run above {args.rdflib_max} organisations (--rdflib-max): see docs/performance.md"}
            continue
        real = f"oxigraph:{base / 'oxdb'}" if spec == "oxigraph:PATH" else spec
        if spec == "memory":  # ~100x slower than Oxigraph: one timed run per query is enough to say so
            stages[key] = run_stage("store", {**common, "spec": real, "repeat": 1}, args.rdflib_timeout, log)
        else:
            stages[key] = run_stage("store", {**common, "spec": real}, T, log)
        if key == "store:oxigraph:PATH":
            shutil.rmtree(base / "oxdb", ignore_errors=True)
    if wanted("store:raw"):
        stages["store:raw"] = run_stage("raw", common, T, log)
    if wanted("validate"):
        stages["validate"] = run_stage("validate", common, T, log)
    pickle = str(base / "one_mode.pickle")
    if wanted("projection"):
        stages["projection"] = run_stage("projection", {**common, "graph_pickle": pickle}, T, log)
    projected = stages["projection"]["status"] == "ok" if "projection" in stages else Path(pickle).is_file()
    for name, opts in (("measures", {"graph_pickle": pickle}),
                       ("map", {"graph_pickle": pickle, "out": str(base / "map"), "timeout": T})):
        if wanted(name):
            stages[name] = run_stage(name, opts, T, log) if projected else {"status": "skipped", "note": "no projection"}
    if wanted("report"):
        stages["report"] = run_stage("report", {**common, "out": str(base / "report")}, T, log)
    triples = stages.get("store:oxigraph", {}).get("triples")
    if data and not args.keep:
        shutil.rmtree(data, ignore_errors=True)
    return {"size": label, "organisations": None if size == "seed" else size, "triples": triples, "stages": stages}


def _ratio(a, b):
    return a / b if a is not None and b else None


def targets(report: dict) -> list[dict]:
    """Every target at every size where both sides were measured."""
    out = []

    def add(name, size, ratio, note=""):
        what, op, bound = TARGETS[name]
        ok = None if ratio is None else (ratio <= bound if op == "<=" else ratio >= bound)
        out.append({"target": name, "size": size, "what": what, "ratio": ratio, "bound": f"{op} {bound}",
                    "pass": ok, "note": note})

    for s in report["sizes"]:
        st = s["stages"]
        ox, raw = st.get("store:oxigraph", {}), st.get("store:raw", {})
        ok = ox.get("status") == "ok" and raw.get("status") == "ok"
        add("load_vs_raw", s["size"], _ratio(ox.get("load_s"), raw.get("load_s")) if ok else None)
        add("store_queries_vs_raw", s["size"], _ratio(ox.get("store_queries_s"), raw.get("store_queries_s")) if ok else None)
        add("named_queries_vs_raw", s["size"], _ratio(ox.get("named_queries_s"), raw.get("store_queries_s")) if ok else None)
        m = st.get("measures", {})
        note = "target applies at 10,000 organisations" if s["size"] != "10000" else ""
        add("measures_vs_igraph", s["size"], _ratio(m.get("analyze_s"), m.get("igraph_s")) if m.get("status") == "ok" else None, note)
    mp = report.get("map_vs_pyvis", {})
    if mp.get("status") == "ok" and mp.get("ready_s"):
        ratio = mp["pyvis_s"] / mp["seconds"]
        add("map_vs_pyvis", f"{mp['nodes']} nodes", ratio,
            f"pyvis capped at {mp['pyvis_cap_s']:.0f} s: the ratio is a lower bound (>=)" if mp["pyvis_capped"] else "")
    else:
        add("map_vs_pyvis", "map", None, mp.get("note", "not run"))
    su = report.get("startup", {})
    add("startup_vs_click", "—", _ratio(su.get("scgov_help_s"), su.get("import_click_s")) if su.get("status") == "ok" else None)
    return out


# ------------------------------------------------------------------------------- output
def _f(v, digits=2):
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.{digits}f}" if v < 100 else f"{v:.0f}"
    return str(v)


def stage_rows(s: dict) -> list[tuple]:
    """(stage, status, seconds, peak MB, detail) rows of one size."""
    rows = []
    for name, r in s["stages"].items():
        status = r.get("status")
        detail = ""
        secs = r.get("seconds")
        if name.startswith("store:") and status == "ok":
            secs = r.get("load_s")
            detail = (f"load {_f(r.get('load_s'))} s, {len(r.get('queries', {}))} queries: store {_f(r.get('store_queries_s'), 3)} s"
                      + (f", named {_f(r.get('named_queries_s'), 3)} s" if r.get("named_queries_s") is not None else "")
                      + (f", reuse {_f(r.get('reuse_s'))} s" if r.get("reuse_s") is not None else "")
                      + f"; {r.get('triples')} triples")
        elif name == "synth" and status == "ok":
            detail = f"{r['triples_written']} triples, {r['files']} files, {r['mb']} MB"
        elif name == "validate" and status == "ok":
            detail = f"conforms={r['conforms']} ({r['violations']} results); to_rdflib {_f(r['to_rdflib_s'])} s; build {_f(r['setup_s'])} s"
        elif name == "projection" and status == "ok":
            detail = (f"one-mode {_f(r['one_mode_s'])} s ({r['nodes']} nodes, {r['edges']} ties); two-mode {_f(r['two_mode_s'])} s "
                      f"({r['two_mode_nodes']} nodes); build {_f(r['setup_s'])} s")
        elif name == "measures" and status == "ok":
            top = sorted(r["steps"].items(), key=lambda kv: -kv[1])[:3]
            detail = (f"analyze {_f(r['analyze_s'])} s vs igraph {_f(r['igraph_s'])} s; slowest: "
                      + ", ".join(f"{k} {_f(v)}" for k, v in top))
        elif name == "report" and status == "ok":
            detail = f"+ build {_f(r['setup_s'])} s = {_f(r['total_s'])} s (includes projection, measures, SHACL, map)"
        elif name == "map" and status == "ok":
            detail = f"render {_f(r['render_s'])} s + drawn {_f(r['ready_s'])} s; {r['nodes']} nodes, {r['html_mb']} MB"
        elif status in ("timeout", "skipped", "error"):
            detail = (r.get("note") or "")[:160]
        rows.append((name, status, _f(secs), _f(r.get("peak_rss_mb"), 0), detail))
    return rows


def query_rows(s: dict) -> list[tuple]:
    """Per-query times (ms) on each backend, one row per workload item."""
    backs = [k for k in ("store:oxigraph", "store:oxigraph:PATH", "store:memory", "store:raw") if s["stages"].get(k, {}).get("status") == "ok"]
    if not backs:
        return []
    items = list(s["stages"][backs[0]]["queries"])
    rows = []
    for item in items:
        cells = []
        for b in backs:
            q = s["stages"][b]["queries"].get(item, {})
            cells.append(_f(1000 * q["store_s"], 1) if "store_s" in q else "—")
        named = s["stages"].get("store:oxigraph", {}).get("queries", {}).get(item, {}).get("named_s")
        rows.append((item, *cells, _f(1000 * named, 1) if named is not None else "—"))
    return [("query", *[b.removeprefix("store:") + " ms" for b in backs], "oxigraph named ms"), *rows]


def print_report(report: dict, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console(width=160)
    m = report["machine"]
    console.print(f"[bold]scgov benchmark[/bold] — {m['nproc']} CPU ({m['cpu']}), {m['memory_gb']} GB, Python {m['python']}")
    for s in report["sizes"]:
        t = Table(title=f"size {s['size']}" + (f" organisations, {s['triples']} triples" if s["triples"] else ""), title_justify="left")
        for col, just in (("stage", "left"), ("status", "left"), ("s", "right"), ("peak MB", "right"), ("detail", "left")):
            t.add_column(col, justify=just, overflow="fold")
        for row in stage_rows(s):
            t.add_row(*row)
        console.print(t)
        q = query_rows(s)
        if q and report["config"].get("query_table", True):
            qt = Table(title=f"named queries at size {s['size']} (best of {report['config']['repeat']}, ms)", title_justify="left")
            for i, col in enumerate(q[0]):
                qt.add_column(col, justify="left" if i == 0 else "right", overflow="fold")
            for row in q[1:]:
                qt.add_row(*row)
            console.print(qt)
    for key in ("map_vs_pyvis", "startup"):
        r = report.get(key)
        if r:
            if key == "map_vs_pyvis" and r.get("status") == "ok":
                pv = f"> {r['pyvis_cap_s']:.0f} s (capped)" if r["pyvis_capped"] else f"{_f(r['pyvis_ready_s'])} s"
                console.print(f"map of {r['nodes']} nodes: ours render {_f(r['render_s'])} s + drawn {_f(r['ready_s'])} s; "
                              f"pyvis write {_f(r['pyvis_write_s'])} s + stabilised {pv}")
            elif key == "startup" and r.get("status") == "ok":
                console.print(f"start-up (median of {r['runs']}): scgov --help {_f(r['scgov_help_s'], 3)} s, "
                              f"python -c 'import click' {_f(r['import_click_s'], 3)} s")
            else:
                console.print(f"{key}: {r.get('status')} {r.get('note', '')[:200]}")
    t = Table(title="targets (ratios measured in this run)", title_justify="left")
    for col in ("target", "size", "ratio", "bound", "result", "what / note"):
        t.add_column(col, overflow="fold")
    for tg in report["targets"]:
        res = "—" if tg["pass"] is None else ("PASS" if tg["pass"] else "FAIL")
        ratio = "—" if tg["ratio"] is None else (">= " if "lower bound" in tg["note"] else "") + f"{tg['ratio']:.2f}×"
        t.add_row(tg["target"], tg["size"], ratio, tg["bound"], res, tg["what"] + (f" — {tg['note']}" if tg["note"] else ""))
    console.print(t)


def run(args) -> dict:
    """Run the benchmark described by the parsed command-line *args*; return the report."""
    sizes = args.sizes
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="scgov-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.time()

    def log(name, opts, out):
        what = opts.get("spec") or opts.get("orgs") or ""
        print(f"  {name} {what}: {out.get('status')} in {out['wall_s']:.1f} s, peak {out['peak_rss_mb']:.0f} MB", file=sys.stderr, flush=True)

    report = {"machine": machine(), "config": {"sizes": [str(s) for s in sizes], "repeat": args.repeat, "timeout_s": args.timeout,
                                              "rdflib_max": args.rdflib_max, "rdflib_timeout_s": args.rdflib_timeout,
                                              "map_nodes": args.map_nodes, "pyvis_cap_s": args.pyvis_cap,
                                              "startup_runs": args.startup_runs, "synth": "kg.synth, years 2015-2024, seed 1",
                                              "query_table": not args.no_query_table, "only": args.only},
              "sizes": []}
    try:
        for size in sizes:
            print(f"size {size}", file=sys.stderr, flush=True)
            report["sizes"].append(run_size(size, work, args, log))
            write_json({**report, "partial": True}, args.json)  # a long run keeps what it measured
        if not args.only or "map_vs_pyvis" in args.only:
            print("map vs pyvis", file=sys.stderr, flush=True)
            report["map_vs_pyvis"] = run_stage("map_vs_pyvis", {"nodes": args.map_nodes, "pyvis_cap": args.pyvis_cap, "out": str(work / "map")},
                                               args.pyvis_cap + args.timeout, log)
        if not args.only or "startup" in args.only:
            print("start-up", file=sys.stderr, flush=True)
            report["startup"] = run_stage("startup", {"runs": args.startup_runs}, args.timeout, log)
    finally:
        if not args.workdir and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    report["targets"] = targets(report)
    report["elapsed_s"] = time.time() - started
    return report


def write_json(report: dict, path) -> Path:
    from kg.fileio import write_atomic

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(report, indent=1, ensure_ascii=False))
    return path


def markdown(report: dict) -> str:
    """The stage and target tables of *report* as Markdown (for docs/performance.md).

    ``python -m benchmarks.runner out/bench.json`` prints them.
    """
    out = []
    for s in report["sizes"]:
        head = f"**{s['size']}**" + (f" — {s['triples']:,} triples" if s.get("triples") else "")
        out += [head, "", "| stage | status | s | peak MB | detail |", "| --- | --- | ---: | ---: | --- |"]
        out += [f"| {a} | {b} | {c} | {d} | {e.replace('|', '/')} |" for a, b, c, d, e in stage_rows(s)]
        out.append("")
    out += ["| target | size | ratio | bound | result |", "| --- | --- | ---: | --- | --- |"]
    for t in report["targets"]:
        res = "—" if t["pass"] is None else ("PASS" if t["pass"] else "FAIL")
        ratio = "—" if t["ratio"] is None else (">= " if "lower bound" in t["note"] else "") + f"{t['ratio']:.2f}×"
        out.append(f"| {t['target']} | {t['size']} | {ratio} | {t['bound']} | {res} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(markdown(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))))
