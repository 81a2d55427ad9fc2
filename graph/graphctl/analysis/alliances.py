"""Blocs from a signed graph: groups that cooperate inside and clash across, and how balanced."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

import networkx as nx

from graphctl.analysis.balance import (
    FAST_HINT,
    frustrated_ties,
    frustration_index,
    triangle_balance,
    triangle_counts,
)
from graphctl.errors import AnalysisError

__all__ = [
    "adjusted_rand_index",
    "alliances_over_time",
    "bloc_labels",
    "find_blocs",
    "frustrated_ties",
    "frustration_index",
    "planted_blocs_graph",
    "triangle_balance",
]

#: How many of a bloc's strongest ties are shown as its evidence.
EVIDENCE = 3


def _partition(G: nx.Graph, weight: str, resolution: float, seed: int) -> list[list]:
    """Leiden on signed modularity: reward positive weight inside, negative weight across."""
    try:
        import igraph as ig
        import leidenalg
    except ImportError:
        raise AnalysisError(f"finding blocs needs igraph and leidenalg: {FAST_HINT}") from None
    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    layers = {1: ([], []), -1: ([], [])}
    for a, b, data in G.edges(data=True):
        if a == b:
            continue
        pairs, weights = layers[1 if data["sign"] > 0 else -1]
        pairs.append((index[a], index[b]))
        weights.append(abs(float(data.get(weight, 1) or 1)))
    graphs, layer_weights = [], []
    for sign, (pairs, weights) in layers.items():
        if pairs:
            graphs.append(ig.Graph(n=len(nodes), edges=pairs, edge_attrs={"weight": weights}))
            layer_weights.append(sign)
    if not graphs or layer_weights == [-1]:
        return [[node] for node in nodes]
    membership, _ = leidenalg.find_partition_multiplex(
        graphs,
        leidenalg.RBConfigurationVertexPartition,
        layer_weights=layer_weights,
        weights="weight",
        resolution_parameter=resolution,
        seed=seed,
        n_iterations=-1,
    )
    groups: dict[int, list] = {}
    for node, group in zip(nodes, membership, strict=True):
        groups.setdefault(group, []).append(node)
    return list(groups.values())


def _tie(G, a, b):
    data = G.edges[a, b]
    tie = {"actors": sorted([a, b], key=str), "sign": data["sign"]}
    for key in ("events", "score"):
        if data.get(key) is not None:
            tie[key] = data[key]
    return tie


def _strength(G, a, b, weight):
    return abs(float(G.edges[a, b].get(weight, 1) or 1))


def find_blocs(
    G: nx.Graph,
    *,
    min_bloc_size: int = 2,
    seed: int = 0,
    weight: str = "weight",
    resolution: float = 1.0,
    min_member_events: int = 2,
    exact: bool | None = None,
    time_limit: float = 5.0,
) -> dict:
    """Split a signed graph into blocs that cooperate inside and clash across.

    Blocs maximise signed modularity (Traag and Bruggeman 2009) with the Leiden algorithm
    (leidenalg): positive ties count for putting actors together, negative ties against, so
    the number of blocs comes from the data. A member whose positive ties inside its bloc rest
    on fewer than `min_member_events` events (ties from signed relation lists, or without
    ``events``, are taken as given), and every
    group left smaller than `min_bloc_size`, is reported as unaligned rather than as a bloc:
    one friendly meeting does not make an alliance.

    Parameters
    ----------
    G : networkx.Graph
        The undirected signed graph of :func:`graphctl.build.signed_graph`: edges carry
        ``sign`` (+1/-1) and `weight` (> 0), optionally ``events`` and ``score``; nodes may
        carry ``name``.
    min_bloc_size : int
        Smallest group reported as a bloc.
    seed : int
        Seed for Leiden (the result is reproducible for a given seed).
    weight : str
        Edge attribute weighing ties in the modularity.
    resolution : float
        Leiden's resolution: higher gives more, smaller blocs.
    min_member_events : int
        Events of positive ties inside its bloc an actor needs to count as a member.
    exact, time_limit
        Passed to :func:`~graphctl.analysis.balance.frustration_index`.

    Returns
    -------
    dict
        The ``graphctl alliances`` JSON contract: ``blocs`` (largest first; each with ``id``,
        sorted ``members``, ``size``, ``positive_inside``, ``negative_inside``, ``evidence``),
        ``unaligned``, ``relations`` between blocs, ``frustration`` (ties the blocs frustrate),
        ``frustrated_ties``, ``frustration_index`` with ``frustration_index_exact``,
        ``frustration_bound`` and ``frustration_method``, ``triangle_balance``, ``triangles``,
        ``nodes``, ``edges``, ``positive_edges``, ``negative_edges``, ``method``.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edges_from([("USA", "KOR"), ("USA", "JPN"), ("KOR", "JPN"), ("RUS", "PRK")],
    ...                  sign=1, weight=1)
    >>> G.add_edges_from([("USA", "PRK"), ("KOR", "PRK"), ("JPN", "RUS")], sign=-1, weight=1)
    >>> result = find_blocs(G)
    >>> [b["members"] for b in result["blocs"]], result["frustration_index"]
    ([['JPN', 'KOR', 'USA'], ['PRK', 'RUS']], 0)
    """
    if G.is_directed() or G.is_multigraph():
        raise AnalysisError("blocs need the undirected signed graph (graphctl.build.signed_graph)")
    if min_bloc_size < 1:
        raise AnalysisError(f"min_bloc_size must be at least 1, not {min_bloc_size}")
    groups = _partition(G, weight, resolution, seed)
    blocs, unaligned = [], []
    for group in groups:
        members = _supported(G, group, min_member_events)
        unaligned.extend(u for u in group if u not in members)
        if len(members) >= min_bloc_size:
            blocs.append(sorted(members, key=str))
        else:
            unaligned.extend(members)
    blocs.sort(key=lambda members: (-len(members), [str(m) for m in members]))
    side = {node: i for i, members in enumerate(blocs) for node in members}
    frustrated = frustrated_ties(G, side)
    index = frustration_index(G, exact=exact, time_limit=time_limit, seed=seed)
    balanced, triangles = triangle_counts(G)
    signs = [d["sign"] for _, _, d in G.edges(data=True)]
    return {
        "blocs": [_describe_bloc(G, i, members, weight) for i, members in enumerate(blocs)],
        "unaligned": sorted(unaligned, key=str),
        "relations": _relations(G, side, len(blocs)),
        "frustration": len(frustrated),
        "frustrated_ties": [_tie(G, a, b) for a, b, _ in frustrated],
        "frustration_index": index["index"],
        "frustration_index_exact": index["exact"],
        "frustration_bound": index["bound"],
        "frustration_method": index["method"],
        "triangle_balance": round(balanced / triangles, 4) if triangles else 1.0,
        "triangles": triangles,
        "nodes": G.number_of_nodes(),
        "edges": len(signs),
        "positive_edges": sum(s > 0 for s in signs),
        "negative_edges": sum(s < 0 for s in signs),
        "method": f"Leiden, signed modularity (resolution {resolution:g}, seed {seed})",
    }


def _evidence(data) -> float:
    # Ties given as such (signed relation lists, or graphs without event counts) count in full.
    if data.get("signed") or data.get("events") is None:
        return float("inf")
    return data["events"]


def _supported(G, group, min_member_events) -> set:
    """Keep the members whose positive ties inside the group rest on enough events."""
    members = set(group)
    while True:
        weak = {
            u
            for u in members
            if sum(
                _evidence(G.edges[u, v])
                for v in G[u]
                if v in members and v != u and G.edges[u, v]["sign"] > 0
            )
            < min_member_events
        }
        if not weak:
            return members
        members -= weak


def _describe_bloc(G, bloc_id, members, weight):
    inside = set(members)
    ties = [(a, b) for a, b in G.subgraph(members).edges() if a != b]
    positive = [t for t in ties if G.edges[t]["sign"] > 0]
    strongest = sorted(positive, key=lambda t: -_strength(G, *t, weight))[:EVIDENCE]
    bloc = {
        "id": bloc_id,
        "members": members,
        "size": len(members),
        "names": [G.nodes[m].get("name") or str(m) for m in members],
        "positive_inside": len(positive),
        "negative_inside": len(ties) - len(positive),
        "negative_outside": sum(
            1 for u in members for v in G[u] if v not in inside and G.edges[u, v]["sign"] < 0
        ),
        "evidence": [_tie(G, a, b) for a, b in strongest],
    }
    return bloc


def _relations(G, side, count):
    totals: dict[tuple[int, int], dict] = {}
    for a, b, data in G.edges(data=True):
        if a in side and b in side and side[a] != side[b]:
            key = tuple(sorted((side[a], side[b])))
            total = totals.setdefault(key, {"blocs": list(key), "positive": 0, "negative": 0})
            total["positive" if data["sign"] > 0 else "negative"] += 1
    return [totals[key] for key in sorted(totals)]


def alliances_over_time(
    graphs: Mapping[str, nx.Graph] | Iterable[tuple[str, nx.Graph]], **options
) -> dict:
    """Run :func:`find_blocs` on each window's graph and say which blocs held and which broke.

    Parameters
    ----------
    graphs : mapping or iterable of (window, graph)
        Windows in time order, e.g. ``{"2023-07": G1, "2023-08": G2}``.
    **options
        Passed to :func:`find_blocs`.

    Returns
    -------
    dict
        ``{"windows": [{"window": ..., **find_blocs(...), "changes": [...]}, ...]}`` where
        ``changes`` lists the pairs of actors that joined one bloc or left a shared bloc since
        the previous window (both actors present in both windows).

    Examples
    --------
    >>> a = nx.Graph([("USA", "KOR", {"sign": 1, "weight": 1})])
    >>> b = nx.Graph([("USA", "KOR", {"sign": -1, "weight": 1})])
    >>> [w["changes"] for w in alliances_over_time({"2022": a, "2023": b})["windows"]]
    [[], [{'actors': ['KOR', 'USA'], 'change': 'split'}]]
    """
    items = list(graphs.items()) if isinstance(graphs, Mapping) else list(graphs)
    windows, previous = [], None
    for window, G in items:
        result = find_blocs(G, **options)
        together = _together(result)
        changes = []
        if previous is not None:
            shared = previous[1] & set(G)
            for pair in sorted((together | previous[0]), key=lambda p: [str(x) for x in p]):
                if not set(pair) <= shared:
                    continue
                if pair in together and pair not in previous[0]:
                    changes.append({"actors": list(pair), "change": "joined"})
                elif pair in previous[0] and pair not in together:
                    changes.append({"actors": list(pair), "change": "split"})
        windows.append({"window": window, **result, "changes": changes})
        previous = (together, set(G))
    return {"windows": windows}


def _together(result) -> set[tuple[Hashable, Hashable]]:
    pairs = set()
    for bloc in result["blocs"]:
        members = sorted(bloc["members"], key=str)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add((a, b))
    return pairs


def planted_blocs_graph(
    sizes: Iterable[int], *, p_in: float = 0.5, p_out: float = 0.1, noise: float = 0.0, seed=0
) -> nx.Graph:
    """Return a random signed graph with planted blocs, to check that blocs can be recovered.

    Ties inside a bloc appear with probability `p_in` and are positive; ties across appear
    with probability `p_out` and are negative; then each tie's sign flips with probability
    `noise`. Node attribute ``bloc`` holds the planted bloc.

    Examples
    --------
    >>> G = planted_blocs_graph([5, 5], p_in=1.0, p_out=1.0)
    >>> G.number_of_edges(), sum(d["sign"] < 0 for _, _, d in G.edges(data=True))
    (45, 25)
    """
    import random

    rng = random.Random(seed)
    G = nx.Graph()
    labels = [bloc for bloc, size in enumerate(sizes) for _ in range(size)]
    G.add_nodes_from((i, {"bloc": bloc}) for i, bloc in enumerate(labels))
    for i in range(len(labels)):
        for j in range(i + 1, len(labels)):
            inside = labels[i] == labels[j]
            if rng.random() < (p_in if inside else p_out):
                sign = 1 if inside else -1
                if rng.random() < noise:
                    sign = -sign
                G.add_edge(i, j, sign=sign, weight=1)
    return G


def adjusted_rand_index(truth: Mapping, found: Mapping) -> float:
    """Return the adjusted Rand index of two labelings of the same nodes (1: identical).

    Examples
    --------
    >>> adjusted_rand_index({1: "a", 2: "a", 3: "b"}, {1: 0, 2: 0, 3: 1})
    1.0
    """
    try:
        import igraph as ig
    except ImportError:
        raise AnalysisError(f"the adjusted Rand index needs igraph: {FAST_HINT}") from None
    nodes = list(truth)

    def codes(labels):
        seen: dict = {}
        return [seen.setdefault(labels[n], len(seen)) for n in nodes]

    return ig.compare_communities(codes(truth), codes(found), method="adjusted_rand")


def bloc_labels(result: Mapping) -> dict:
    """Return node -> bloc id from a :func:`find_blocs` result; each unaligned actor alone."""
    labels = {m: bloc["id"] for bloc in result["blocs"] for m in bloc["members"]}
    labels.update({node: f"unaligned:{node}" for node in result["unaligned"]})
    return labels
