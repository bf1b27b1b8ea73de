"""The benchmark machinery (``python -m benchmarks``) at the seed size: every stage runs and every
ratio is computed. No timing assertions: speed targets live in benchmarks/ (docs/performance.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
STAGES = {"store:oxigraph", "store:oxigraph:PATH", "store:memory", "store:raw", "validate", "projection",
          "measures", "map", "report"}
TARGETS = {"load_vs_raw", "store_queries_vs_raw", "named_queries_vs_raw", "measures_vs_igraph", "map_vs_pyvis",
           "startup_vs_click"}


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    from kg.viz.headless import find_chromium

    if find_chromium() is None:
        pytest.skip("the map stages need Chromium (Debian: apt install chromium)")
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--sizes", "seed", "--json", str(out), "--repeat", "1",
         "--map-nodes", "40", "--pyvis-cap", "3", "--startup-runs", "1", "--timeout", "120", "--no-query-table"],
        cwd=REPO, capture_output=True, text=True, timeout=400)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


def test_every_stage_ran(bench):
    report, _ = bench
    (size,) = report["sizes"]
    assert size["size"] == "seed" and size["triples"] > 2000
    stages = size["stages"]
    assert set(stages) == STAGES
    for name, r in stages.items():
        assert r["status"] == "ok", (name, r.get("note"))
        assert r["peak_rss_mb"] > 10 and r["wall_s"] > 0
    # every store answered the same workload, item for item, with the same row counts
    items = {k: {q: v.get("rows") for q, v in r["queries"].items()} for k, r in stages.items() if k.startswith("store:")}
    assert len(items["store:oxigraph"]) == 27
    assert items["store:oxigraph"] == items["store:oxigraph:PATH"] == items["store:memory"]
    assert set(items["store:raw"]) == set(items["store:oxigraph"])
    assert stages["validate"]["conforms"] is True
    assert stages["projection"]["nodes"] == stages["measures"]["nodes"] == stages["map"]["nodes"] > 20
    assert {"betweenness", "closeness", "pagerank", "structural_holes", "brokerage", "community", "ei_permutation"} <= set(stages["measures"]["steps"])
    assert {"betweenness", "closeness", "constraint", "community", "graph"} <= set(stages["measures"]["igraph"])
    assert stages["map"]["errors"] == []
    assert report["map_vs_pyvis"]["status"] == "ok" and report["map_vs_pyvis"]["nodes"] == 40
    assert report["startup"]["status"] == "ok"
    assert report["machine"]["nproc"] >= 1 and report["machine"]["python"]


def test_every_target_has_a_ratio_and_a_verdict(bench):
    report, stdout = bench
    got = {t["target"] for t in report["targets"]}
    assert got == TARGETS
    for t in report["targets"]:
        assert isinstance(t["ratio"], float) and t["ratio"] > 0, t
        assert isinstance(t["pass"], bool), t
    assert "targets" in stdout and ("PASS" in stdout or "FAIL" in stdout)


def test_stage_time_limit_is_reported_not_raised(tmp_path):
    from benchmarks.runner import run_stage

    out = run_stage("store", {"data": None, "spec": "memory", "repeat": 1000}, timeout=2)
    assert out["status"] == "timeout" and "stopped after 2 s while" in out["note"]
    assert out["peak_rss_mb"] > 10


@pytest.mark.parametrize("name", ["benchmarks.train_ner", "benchmarks.check_texts", "benchmarks.suite", "benchmarks.merge_batch"])
def test_benchmark_doctests(name):
    """The benchmark helpers' examples (gold names marked with white space ignored, copies checked) run."""
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0


def test_merge_batch_refuses_a_repeated_url_and_a_missing_gold(tmp_path, monkeypatch):
    import json

    from benchmarks.extraction import REAL
    from benchmarks.merge_batch import problems

    monkeypatch.setenv("SCGOV_REAL_TEXTS", str(tmp_path))
    sources = json.loads((REAL / "sources.json").read_text(encoding="utf-8"))
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "9001.gold.json").write_text("[]", encoding="utf-8")
    for i in ("9001", "9002"):
        (tmp_path / f"{i}.txt").write_text("본문", encoding="utf-8")
    new = [{"id": "9001", "url": sources[0]["url"].replace("https://", "http://") + "/"},
           {"id": "9002", "url": "https://example.org/new"}]
    assert problems(tmp_path, sources, new) == [f"9001: URL already in the set ({new[0]['url']})", "9002: no gold file"]
