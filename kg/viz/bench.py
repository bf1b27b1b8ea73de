"""Render-time benchmark of the HTML map: ``python -m kg.viz.bench [n] [--pyvis]``.

Measures, for a synthetic graph of ``n`` nodes (about ``3 n`` edges): the time to
write the map, and the time until ``window.scgovReady`` in offline headless Chromium.
With ``--pyvis``, also pyvis's default page (physics layout in the browser) of the
same graph: its write time and its time to stabilise, capped at 120 s.
"""

import json
import sys
import tempfile
import time
from pathlib import Path

PYVIS_CAP = 120.0
PYVIS_HOOK = ("network.once('stabilizationIterationsDone', function () {"
              " window.scgovReadyAt = performance.now(); window.scgovReady = true;"
              " console.debug('scgov-ready ' + window.scgovReadyAt); });")


def time_in_browser(browser, path, timeout):
    """Open ``path``; return (wall seconds to ready or None, in-page ms or None, page).

    Readiness is the ``scgov-ready <ms>`` console message, so a page whose main thread
    is busy (physics) is never polled.
    """
    start = time.perf_counter()
    page = browser.open(path, wait_load=False)
    try:
        text = page.wait_for_console("scgov-ready", timeout=timeout)
    except TimeoutError:
        page.close()
        return None, None, page
    return time.perf_counter() - start, float(text.split()[1]), page


def pyvis_default_page(G, path):
    """Write pyvis's default page (vis inlined, physics on) with a readiness hook."""
    from pyvis.network import Network

    from kg.viz.style import sector_colour

    H = G.__class__()
    H.add_nodes_from((n, {"label": a["label"], "color": sector_colour(a["sector"])})
                     for n, a in G.nodes(data=True))
    H.add_edges_from((u, v, {"weight": d["weight"]}) for u, v, d in G.edges(data=True))
    net = Network(cdn_resources="in_line")
    net.from_nx(H)
    net.write_html(str(path), notebook=False, open_browser=False)
    html = Path(path).read_text(encoding="utf-8")
    anchor = "network = new vis.Network(container, data, options);"
    Path(path).write_text(html.replace(anchor, anchor + PYVIS_HOOK, 1), encoding="utf-8")


def main(argv=None):
    """Run the benchmark and print a JSON report."""
    from kg.viz import render_map
    from kg.viz.headless import HeadlessChromium
    from kg.viz.synthetic import synthetic_graph

    args = list(sys.argv[1:] if argv is None else argv)
    with_pyvis = "--pyvis" in args
    n = int(next((a for a in args if a.isdigit()), 5000))
    out = {"nodes": n}
    t = time.perf_counter()
    G = synthetic_graph(n, seed=1)
    out.update(edges=G.number_of_edges(), build_s=round(time.perf_counter() - t, 2))
    tmp = Path(tempfile.mkdtemp(prefix="scgov-bench-"))
    t = time.perf_counter()
    path = render_map(G, tmp / "map.html")
    out.update(write_s=round(time.perf_counter() - t, 2),
               html_mb=round(path.stat().st_size / 1e6, 1))
    with HeadlessChromium() as browser:
        wall, in_page, page = time_in_browser(browser, path, 120)
        out.update(ready_wall_s=round(wall, 2), ready_in_page_s=round(in_page / 1000, 2),
                   external_requests=page.external_requests,
                   console_errors=page.console_errors)
        page.screenshot(f"/tmp/viz_{n}.png")
        page.close()
        if with_pyvis:
            out.update(_pyvis(browser, G, tmp))
    print(json.dumps(out, indent=1))
    return out


def _pyvis(browser, G, tmp):
    """Time pyvis's default page of ``G``."""
    t = time.perf_counter()
    pyvis_default_page(G, tmp / "pyvis.html")
    res = {"pyvis_write_s": round(time.perf_counter() - t, 2)}
    wall, in_page, page = time_in_browser(browser, tmp / "pyvis.html", PYVIS_CAP)
    res["pyvis_stabilised_wall_s"] = round(wall, 2) if wall else f"> {PYVIS_CAP} (capped)"
    res["pyvis_blocked_requests"] = page.external_requests
    if wall:
        page.screenshot(f"/tmp/viz_{len(G)}_pyvis.png")
        page.close()
    return res


if __name__ == "__main__":
    main()
