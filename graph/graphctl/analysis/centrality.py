"""Who matters: degree, strength, PageRank, betweenness, eigenvector and PN centrality."""

from __future__ import annotations

import math
import random
from collections.abc import Hashable

import networkx as nx

from graphctl.analysis.balance import FAST_HINT
from graphctl.errors import AnalysisError

METRICS = (
    "pagerank",
    "degree",
    "in_degree",
    "out_degree",
    "strength",
    "in_strength",
    "out_strength",
    "positive_strength",
    "negative_strength",
    "betweenness",
    "eigenvector",
    "pn",
)

#: Exact betweenness while sources x ties stays under this (5,000 x 50,000 takes ~4 s);
#: beyond it, a sample of sources keeps the work near this budget.
BETWEENNESS_BUDGET = 3e8

#: The sampled betweenness splits its sources into this many batches to estimate its error.
BATCHES = 10

__all__ = ["BATCHES", "BETWEENNESS_BUDGET", "METRICS", "centrality", "rank"]


def _events(data) -> float:
    value = data.get("events")
    return float(value) if value else 1.0


def _signed_part(data, sign: int) -> float:
    key = "positive" if sign > 0 else "negative"
    if data.get(key) is not None:
        return float(data[key])
    return _events(data) if (data.get("sign") or 0) * sign > 0 else 0.0


def _strength(G, metric):
    if metric in ("positive_strength", "negative_strength"):
        sign = 1 if metric.startswith("positive") else -1
        totals = dict.fromkeys(G, 0.0)
        for a, b, data in G.edges(data=True):
            part = _signed_part(data, sign)
            totals[a] += part
            totals[b] += part
        return totals
    totals = dict.fromkeys(G, 0.0)
    directed = G.is_directed()
    for a, b, data in G.edges(data=True):
        if metric != "in_strength" or not directed:
            totals[a] += _events(data)
        if metric != "out_strength" or not directed:
            totals[b] += _events(data)
    return totals


def _degree(G, metric):
    if not G.is_directed():
        return {node: float(deg) for node, deg in G.degree()}
    if metric == "in_degree":
        return {node: float(deg) for node, deg in G.in_degree()}
    if metric == "out_degree":
        return {node: float(deg) for node, deg in G.out_degree()}
    # Distinct partners, whichever way the events went.
    return {node: float(len(set(G.predecessors(node)) | set(G.successors(node)))) for node in G}


def _igraph(G, weighted=True):
    try:
        import igraph as ig
    except ImportError:
        raise AnalysisError(f"this metric needs igraph: {FAST_HINT}") from None
    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[a], index[b]) for a, b in G.edges() if a != b]
    graph = ig.Graph(n=len(nodes), edges=edges, directed=G.is_directed())
    if weighted:
        graph.es["weight"] = [_events(d) for a, b, d in G.edges(data=True) if a != b]
    return graph, nodes


def _pagerank(G, info):
    graph, nodes = _igraph(G)
    values = graph.pagerank(weights="weight", damping=0.85)
    info["method"] = "PageRank (igraph PRPACK), damping 0.85, ties weighted by events"
    return dict(zip(nodes, values, strict=True))


def _betweenness(G, info, seed, exact, samples):
    graph, nodes = _igraph(G, weighted=False)
    n, m = graph.vcount(), max(graph.ecount(), 1)
    scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    if not G.is_directed():
        scale *= 2
    if exact is None:
        exact = samples is None and n * m <= BETWEENNESS_BUDGET
    if exact:
        values = graph.betweenness(directed=G.is_directed())
        info["method"] = "exact shortest-path betweenness (igraph, Brandes), normalised"
        return {node: v * scale for node, v in zip(nodes, values, strict=True)}
    k = min(n, samples or max(BATCHES * 10, int(BETWEENNESS_BUDGET // m)))
    sources = random.Random(seed).sample(range(n), k)
    batches = [sources[i::BATCHES] for i in range(BATCHES)]
    estimates = []
    for batch in batches:
        part = graph.betweenness(directed=G.is_directed(), sources=batch)
        estimates.append([v * n / len(batch) * scale for v in part])
    values = [sum(col) / BATCHES for col in zip(*estimates, strict=True)]
    # Standard error of the mean of the batch estimates, per node; the largest is stated.
    errors = [
        math.sqrt(sum((x - mean) ** 2 for x in col) / (BATCHES - 1) / BATCHES)
        for col, mean in zip(zip(*estimates, strict=True), values, strict=True)
    ]
    info["method"] = (
        f"sampled betweenness: {k} of {n} sources (Brandes and Pich 2007), normalised; "
        f"largest standard error {max(errors):.2g}"
    )
    info["sampled_sources"] = k
    info["standard_error"] = max(errors)
    return dict(zip(nodes, values, strict=True))


def _eigenvector(G, info):
    undirected = nx.Graph()
    undirected.add_nodes_from(G)
    for a, b, data in G.edges(data=True):
        if a != b:
            w = undirected.edges[a, b]["events"] if undirected.has_edge(a, b) else 0.0
            undirected.add_edge(a, b, events=w + _events(data))
    graph, nodes = _igraph(undirected)
    values = graph.eigenvector_centrality(weights="weight", scale=True)
    info["method"] = "eigenvector centrality, undirected, ties weighted by events, max 1"
    return dict(zip(nodes, values, strict=True))


def _pair_signs(G) -> dict[tuple[Hashable, Hashable], int]:
    totals: dict[tuple, float] = {}
    for a, b, data in G.edges(data=True):
        if a == b:
            continue
        key = (a, b) if str(a) <= str(b) else (b, a)
        score = data.get("score")
        if score is None:
            score = data.get("sign") or 0
        totals[key] = totals.get(key, 0.0) + float(score)
    return {key: (s > 0) - (s < 0) for key, s in totals.items() if s}


def _pn(G, info):
    try:
        import numpy as np
        from scipy.sparse import coo_array, identity
        from scipy.sparse.linalg import spsolve
    except ImportError:
        raise AnalysisError(f"the PN index needs scipy: {FAST_HINT}") from None
    nodes = list(G)
    n = len(nodes)
    if n < 2:
        return dict.fromkeys(nodes, 1.0)
    index = {node: i for i, node in enumerate(nodes)}
    rows, cols, vals = [], [], []
    for (a, b), sign in _pair_signs(G).items():
        value = 1.0 if sign > 0 else -2.0  # A = P - 2N
        rows += [index[a], index[b]]
        cols += [index[b], index[a]]
        vals += [value, value]
    A = coo_array((vals, (rows, cols)), shape=(n, n)).tocsc()
    system = identity(n, format="csc") - A / (2 * n - 2)
    values = spsolve(system, np.ones(n))
    info["method"] = (
        "PN index (Everett and Borgatti 2014) on the pair signs "
        "(both directions summed): (I - (P - 2N) / (2n - 2))^-1 1"
    )
    return dict(zip(nodes, values.tolist(), strict=True))


def centrality(
    G: nx.Graph,
    metric: str = "pagerank",
    *,
    seed: int = 0,
    exact: bool | None = None,
    samples: int | None = None,
) -> tuple[dict, dict]:
    """Return ``(scores, info)``: one metric's score per node and how it was computed.

    Parameters
    ----------
    G : networkx.DiGraph or networkx.Graph
        The directed dyad graph of :func:`graphctl.build.directed_graph` (edges carry
        ``events``, ``positive``, ``negative``, ``score``, ``sign``); an undirected graph
        works too (in/out metrics then equal the totals).
    metric : str
        One of :data:`METRICS`. Degree counts partners; strength counts events (positive and
        negative strength count cooperative and hostile events); PageRank follows events from
        actor to target; betweenness counts shortest paths through a node (unweighted,
        normalised; sampled beyond :data:`BETWEENNESS_BUDGET`); eigenvector uses the
        undirected event counts; pn is the PN index of Everett and Borgatti (2014), high for
        actors with many friends and few enemies.
    seed : int
        Seed of the sampled betweenness.
    exact : bool or None
        Betweenness: force exact (True) or sampled (False); None decides by size.
    samples : int or None
        Betweenness: sample this many sources (implies sampling unless `exact` is True).

    Examples
    --------
    >>> G = nx.DiGraph([("USA", "KOR", {"events": 3}), ("KOR", "USA", {"events": 1}),
    ...                 ("PRK", "KOR", {"events": 2})])
    >>> centrality(G, "in_strength")[0]
    {'USA': 1.0, 'KOR': 5.0, 'PRK': 0.0}
    """
    if metric not in METRICS:
        raise AnalysisError(f"metric must be one of {', '.join(METRICS)}, not {metric!r}")
    info: dict = {}
    if G.number_of_nodes() == 0:
        return {}, {"method": "empty graph"}
    if metric.endswith("degree"):
        info["method"] = "number of partners" if metric == "degree" else f"{metric} (partners)"
        return _degree(G, metric), info
    if metric.endswith("strength"):
        info["method"] = f"{metric.replace('_', ' ')}: sum of events"
        return _strength(G, metric), info
    if metric == "pagerank":
        return _pagerank(G, info), info
    if metric == "betweenness":
        return _betweenness(G, info, seed, exact, samples), info
    if metric == "eigenvector":
        return _eigenvector(G, info), info
    return _pn(G, info), info


def rank(
    G: nx.Graph,
    metric: str = "pagerank",
    *,
    top: int | None = None,
    seed: int = 0,
    exact: bool | None = None,
    samples: int | None = None,
) -> dict:
    """Rank actors by one centrality metric, highest first.

    Parameters
    ----------
    G : networkx.DiGraph or networkx.Graph
        As for :func:`centrality`; node attribute ``name`` is shown when present.
    metric : str
        One of :data:`METRICS`.
    top : int or None
        Keep only the first `top` actors.
    seed, exact, samples
        As for :func:`centrality`.

    Returns
    -------
    dict
        The ``graphctl centrality`` JSON contract: ``metric``, ``scores`` (``actor``,
        ``name``, ``score``, ``rank``; equal scores share a rank), plus ``method``, ``nodes``,
        ``edges`` and, for sampled betweenness, ``sampled_sources`` and ``standard_error``.

    Examples
    --------
    >>> G = nx.DiGraph([("USA", "KOR", {"events": 3}), ("PRK", "KOR", {"events": 1})])
    >>> [(s["actor"], s["rank"]) for s in rank(G, "in_degree")["scores"]]
    [('KOR', 1), ('PRK', 2), ('USA', 2)]
    """
    if top is not None and top < 1:
        raise AnalysisError(f"top must be at least 1, not {top}")
    scores, info = centrality(G, metric, seed=seed, exact=exact, samples=samples)
    ordered = sorted(scores.items(), key=lambda item: (-item[1], str(item[0])))
    rows, previous, position = [], None, 0
    for i, (node, score) in enumerate(ordered, start=1):
        if previous is None or not math.isclose(score, previous, rel_tol=1e-9, abs_tol=1e-12):
            position, previous = i, score
        rows.append(
            {
                "actor": node,
                "name": G.nodes[node].get("name") or str(node),
                "score": round(score, 6),
                "rank": position,
            }
        )
    return {
        "metric": metric,
        "scores": rows[:top] if top else rows,
        **info,
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
    }
