"""Benchmark the analyses: 1M-event dyad graph, exact CoW index, betweenness vs networkx, ARI.

    python scripts/bench_analysis.py                 # networkx timed on 500 sources, scaled
    python scripts/bench_analysis.py --full-networkx # networkx's exact betweenness in full

Targets (issue 4): every analysis on the dyad graph of 1,000,000 events within 10 s; the exact
frustration index of CoW 1996-99 within 5 s; betweenness on 5,000 nodes / 50,000 edges at
least 10x faster than networkx's exact betweenness, measured in the same run.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
COW = ROOT.parent / "shared" / "data" / "real" / "signnet" / "cow_signed_1946_1999.csv"
sys.path.insert(0, str(ROOT / "scripts"))


def timed(label, func, *args, **kwargs):
    start = time.perf_counter()
    value = func(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"  {label:<44} {seconds:8.2f} s")
    return value, seconds


def bench_million(events: int, data: Path) -> float:
    from gen_gdelt import generate

    from graphctl.analysis.alliances import find_blocs
    from graphctl.analysis.centrality import METRICS, rank
    from graphctl.build import directed_graph, signed_graph
    from graphctl.store import open_store

    path = data / f"gdelt2-{events}.export.CSV"
    if not path.exists():
        print(f"generating {events:,} GDELT rows -> {path}")
        generate(events, path)
    print(f"1. all analyses on the dyad graph of {events:,} events (state level)")
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
        report, _ = timed("load (not counted: see bench_load.py)", store.load, str(path))
        start = time.perf_counter()
        dyads, _ = timed("store.dyads", store.dyads, level="state")
        G, _ = timed("signed_graph", signed_graph, dyads)
        D, _ = timed("directed_graph", directed_graph, dyads)
        blocs, _ = timed("find_blocs (+ frustration index, triangles)", find_blocs, G)
        for metric in METRICS:
            timed(f"centrality {metric}", rank, D, metric)
        total = time.perf_counter() - start
    print(
        f"  {report.added:,} events -> {G.number_of_nodes():,} actors, {G.number_of_edges():,}"
        f" signed ties, {D.number_of_edges():,} directed dyads; {len(blocs['blocs'])} blocs, "
        f"frustration index {blocs['frustration_index']} "
        f"({'exact' if blocs['frustration_index_exact'] else blocs['frustration_bound']})"
    )
    print(f"  TOTAL analyses {total:.2f} s (target 10 s)")
    return total


def bench_cow() -> float:
    from graphctl.analysis.balance import frustration_index

    G = nx.Graph()
    with COW.open(newline="") as handle:
        for row in csv.DictReader(handle):
            if row["window"] == "96-99":
                G.add_edge(row["source"], row["target"], sign=int(row["sign"]))
    print(
        f"2. exact frustration index, CoW 1996-99 ({G.number_of_nodes()} states, "
        f"{G.number_of_edges():,} ties)"
    )
    result, seconds = timed("frustration_index (exact MILP)", frustration_index, G)
    print(f"  index {result['index']}, exact {result['exact']} (target 45 within 5 s)")
    return seconds


def bench_betweenness(full: bool, sources: int) -> tuple[float, float]:
    from graphctl.analysis.centrality import centrality

    G = nx.gnm_random_graph(5000, 50000, seed=1)
    print("3. betweenness, 5,000 nodes / 50,000 edges (undirected G(n, m), seed 1)")
    ours, fast = timed("graphctl (igraph, exact)", centrality, G, "betweenness", exact=True)
    if full:
        theirs, slow = timed(
            "networkx betweenness_centrality (exact)", nx.betweenness_centrality, G
        )
        worst = max(abs(ours[0][n] - theirs[n]) for n in G)
        print(f"  largest difference from networkx: {worst:.2e}")
    else:
        _, part = timed(
            f"networkx, {sources} sources (k={sources})",
            nx.betweenness_centrality,
            G,
            k=sources,
            seed=1,
        )
        slow = part * G.number_of_nodes() / sources
        print(
            f"  networkx exact estimated as {part:.2f} s x {G.number_of_nodes()}/{sources} "
            f"sources = {slow:.1f} s (its cost is linear in the sources)"
        )
    print(f"  RATIO networkx / graphctl = {slow / fast:.1f}x (target >= 10x)")
    return fast, slow


def bench_recovery() -> None:
    from graphctl.analysis.alliances import (
        adjusted_rand_index,
        bloc_labels,
        find_blocs,
        planted_blocs_graph,
    )

    print("4. recovery of planted blocs (4 blocs x 25 nodes, p_in 0.3, p_out 0.1; 5 seeds)")
    print("  noise  ARI mean  ARI min  blocs found (mean)")
    for noise in (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
        scores, counts = [], []
        for seed in range(5):
            G = planted_blocs_graph([25] * 4, p_in=0.3, p_out=0.1, noise=noise, seed=seed)
            found = find_blocs(G, seed=seed, exact=False)
            truth = nx.get_node_attributes(G, "bloc")
            scores.append(adjusted_rand_index(truth, bloc_labels(found)))
            counts.append(len(found["blocs"]))
        print(
            f"  {noise:5.2f}  {statistics.mean(scores):8.3f}  {min(scores):7.3f}  "
            f"{statistics.mean(counts):6.1f}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, default=ROOT / "bench-data")
    parser.add_argument(
        "--full-networkx",
        action="store_true",
        help="run networkx's exact betweenness in full (about 2 minutes)",
    )
    parser.add_argument(
        "--sources", type=int, default=500, help="networkx sources when not --full-networkx"
    )
    parser.add_argument(
        "--skip", nargs="*", default=(), choices=("million", "cow", "between", "recovery")
    )
    args = parser.parse_args()
    if "cow" not in args.skip:
        bench_cow()
    if "between" not in args.skip:
        bench_betweenness(args.full_networkx, args.sources)
    if "recovery" not in args.skip:
        bench_recovery()
    if "million" not in args.skip:
        bench_million(args.events, args.data)


if __name__ == "__main__":
    main()
