"""Benchmark: graphctl's page against pyvis's default page, same graph, headless chromium, offline.

A random 2,000-actor, 10,000-event graph (10,000 distinct directed ties, a few hubs, six blocs)
is drawn twice: by graphctl (precomputed layout, physics off) and by pyvis's
``Network.from_nx(...).write_html`` (default ``cdn_resources="local"``, and ``"in_line"``).
Each page is opened in Debian's chromium with the network off; the time from navigation until
the picture is settled is measured:

- graphctl: until the page flags its first complete drawing (``graphctl.ready``), and the
  positions are checked to stay put afterwards;
- pyvis: until vis-network reports ``stabilizationIterationsDone`` and then ``stabilized``
  (the physics stopping), or the time limit.

Usage: python scripts/bench_viz.py [--nodes 2000] [--events 10000] [--limit 120] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import chromium  # noqa: E402  (the browser helper the tests use)
from graphctl import viz  # noqa: E402
from graphctl.build import event_graph  # noqa: E402

# Recorded before any page script runs: pyvis assigns its global `network`, the setter listens.
PYVIS_HOOK = """
window.__bench = {};
(function () {
  let value;
  Object.defineProperty(window, "network", {
    configurable: true,
    get() { return value; },
    set(v) {
      value = v;
      if (v && v.on) {
        v.once("afterDrawing", () => { window.__bench.firstDraw = performance.now(); });
        v.on("stabilizationIterationsDone",
             () => { window.__bench.iterationsDone = performance.now(); });
        v.on("stabilizationProgress",
             (p) => { window.__bench.progress = [p.iterations, p.total]; });
        v.on("stabilized", () => {
          if (!window.__bench.stabilized) window.__bench.stabilized = performance.now();
        });
      }
    },
  });
})();
"""


def make_events(nodes: int, events: int, seed: int = 1) -> list[dict]:
    """Random events on distinct directed pairs; preferential choice of ends gives hubs."""
    rng = random.Random(seed)
    ids = [f"A{i:04d}" for i in range(nodes)]
    weights = [1.0 / (1 + i) ** 0.6 for i in range(nodes)]
    pairs: set[tuple[str, str]] = set()
    # Every actor gets at least one tie, so the graph has exactly `nodes` nodes.
    for i, actor in enumerate(ids):
        other = ids[(i + 1 + rng.randrange(nodes - 1)) % nodes]
        pairs.add((actor, other))
    while len(pairs) < events:
        a, b = rng.choices(ids, weights, k=2)
        if a != b:
            pairs.add((a, b))
    rows = []
    for n, (a, b) in enumerate(sorted(pairs)):
        quad = rng.choice((1, 1, 2, 3, 4))
        rows.append(
            {
                "id": f"e{n}",
                "date": f"20{rng.randrange(18, 24)}-{rng.randrange(1, 13):02d}-"
                f"{rng.randrange(1, 29):02d}",
                "source": a,
                "target": b,
                "source_kind": "organisation" if a.endswith("7") else "state",
                "target_kind": "organisation" if b.endswith("7") else "state",
                "source_name": f"Actor {a}",
                "target_name": f"Actor {b}",
                "quad": quad,
                "text": f"Actor {a} and actor {b}: synthetic event {n}.",
                "doc": "bench",
            }
        )
    return rows


def time_graphctl(context, path, limit):
    started = time.perf_counter()
    seen = chromium.visit(context, path, timeout=limit * 1000)
    wall = time.perf_counter() - started
    page = seen.page
    ready_ms = page.evaluate("graphctl.readyMs")
    before = page.evaluate("JSON.stringify(graphctl.network.getPositions())")
    page.wait_for_timeout(1000)
    after = page.evaluate("JSON.stringify(graphctl.network.getPositions())")
    counts = page.evaluate("[graphctl.nodes.length, graphctl.edges.length]")
    drawn = chromium.drawn_pixels(page)
    page.close()
    return {
        "settled_s": ready_ms / 1000,
        "wall_s": wall,
        "still_after_1s": before == after,
        "nodes": counts[0],
        "ties": counts[1],
        "drawn_pixels": drawn,
        "requests": len(seen.requests),
        "errors": seen.errors,
    }


def time_pyvis(context, path, limit):
    page = context.new_page()
    page.add_init_script(PYVIS_HOOK)
    url = Path(path).resolve().as_uri()
    requests, errors = [], []
    # Local files may load (pyvis's "local" mode puts lib/ beside the page); the network may not.
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.on("request", lambda r: None if r.url.startswith("file:") else requests.append(r.url))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    started = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=limit * 1000)
    page.wait_for_function("document.readyState !== 'loading'", timeout=limit * 1000)
    outcome = "settled"
    if page.evaluate("typeof vis === 'undefined'"):
        outcome = "never drew: vis-network did not load"
    else:
        try:
            left = max(limit - (time.perf_counter() - started), 0.1)
            page.wait_for_function("window.__bench.stabilized", timeout=left * 1000, polling=100)
        except Exception:  # noqa: BLE001 - playwright's TimeoutError: report, do not crash
            done, total = page.evaluate("window.__bench.progress || [0, 0]")
            outcome = (
                f"did not settle within {limit:.0f} s ({done} of {total} stabilisation "
                f"iterations done)"
            )
    wall = time.perf_counter() - started
    marks = page.evaluate("window.__bench")
    page.close()
    return {
        "outcome": outcome,
        "first_draw_s": marks.get("firstDraw", 0) / 1000 or None,
        "iterations_done_s": marks.get("iterationsDone", 0) / 1000 or None,
        "settled_s": marks.get("stabilized", 0) / 1000 or None,
        "wall_s": wall,
        "requests": sorted({r.split("?")[0] for r in requests}),
        "errors": errors[:3],
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per page at most")
    parser.add_argument("--keep", type=Path, help="write the pages here instead of a temp dir")
    args = parser.parse_args(argv)
    why = chromium.available()
    if why:
        sys.exit(why)
    folder = (args.keep or Path(tempfile.mkdtemp(prefix="bench-viz-"))).resolve()
    folder.mkdir(parents=True, exist_ok=True)

    events = make_events(args.nodes, args.events)
    graph = event_graph(events, level="state")
    print(f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} events")
    blocs = {node: i % 6 for i, node in enumerate(graph)}
    scores = {node: {"degree": d} for node, d in graph.degree()}

    started = time.perf_counter()
    positions = viz.layout(graph)
    layout_s = time.perf_counter() - started
    started = time.perf_counter()
    text = viz.page(graph, blocs=blocs, scores=scores, size_metric="degree", positions=positions)
    page_s = time.perf_counter() - started
    ours = folder / "graphctl.html"
    ours.write_text(text, encoding="utf-8")
    print(
        f"graphctl page built in {layout_s + page_s:.2f} s (layout {layout_s:.2f} s), "
        f"{len(text.encode()) / 1e6:.1f} MB"
    )

    import networkx as nx
    from pyvis.network import Network

    simple = nx.DiGraph()
    for node, attrs in graph.nodes(data=True):
        simple.add_node(node, label=attrs.get("name", node))
    simple.add_edges_from((u, v) for u, v in graph.edges())
    pyvis_pages = {}
    # pyvis writes its lib/ folder into the working directory: make that the pages' folder.
    os.chdir(folder)
    for mode in ("local", "in_line"):
        started = time.perf_counter()
        net = Network(directed=True, cdn_resources=mode)
        net.from_nx(simple)
        path = folder / f"pyvis-{mode}.html"
        net.write_html(str(path))
        pyvis_pages[mode] = (path, time.perf_counter() - started)
        print(f"pyvis page ({mode}) built in {pyvis_pages[mode][1]:.2f} s")

    with chromium.browser() as context:
        # One warm-up load so neither side pays for the browser's first start.
        time_graphctl(context, ours, args.limit)
        result = time_graphctl(context, ours, args.limit)
        print(
            f"graphctl: settled {result['settled_s']:.2f} s after navigation "
            f"(wall {result['wall_s']:.2f} s); still 1 s later: {result['still_after_1s']}; "
            f"{result['nodes']:,} nodes, {result['ties']:,} ties drawn, "
            f"{result['drawn_pixels']:,} pixels drawn; requests {result['requests']}, "
            f"errors {result['errors']}"
        )
        theirs = {}
        for mode, (path, _built) in pyvis_pages.items():
            theirs[mode] = outcome = time_pyvis(context, path, args.limit)
            print(
                f"pyvis ({mode}): {outcome['outcome']}; first draw {outcome['first_draw_s']}, "
                f"stabilization iterations done {outcome['iterations_done_s']}, "
                f"stabilized {outcome['settled_s']} s (wall {outcome['wall_s']:.1f} s); "
                f"blocked requests: {outcome['requests']}; errors: {outcome['errors']}"
            )
    target = 5.0
    print(
        f"target: graphctl settles within {target:.0f} s: "
        f"{'met' if result['settled_s'] <= target else 'MISSED'}"
    )
    inline = theirs["in_line"]
    if inline["settled_s"]:
        print(
            f"ratio pyvis(in_line) / graphctl, time to settled: "
            f"{inline['settled_s'] / result['settled_s']:.1f}x"
        )
    else:
        print(
            f"ratio pyvis(in_line) / graphctl, time to settled: more than "
            f"{args.limit / result['settled_s']:.0f}x (pyvis had not settled at {args.limit:.0f} s)"
        )
    if not theirs["local"]["first_draw_s"]:
        print("pyvis(local, the default) never draws offline: vis-network comes from a CDN")
    return 0 if result["settled_s"] <= target else 1


if __name__ == "__main__":
    sys.exit(main())
