"""Structural balance of signed graphs: frustration index, frustrated ties, triangle balance."""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Hashable, Iterable, Mapping

import networkx as nx

from graphctl.errors import AnalysisError

FAST_HINT = "pip install 'graphctl[fast]'"

#: Graphs up to this many ties get the exact MILP by default (CoW networks have ~1,300).
EXACT_MAX_EDGES = 5000


def _sign(data: Mapping) -> int:
    sign = data.get("sign")
    if sign is None:
        raise AnalysisError("every tie needs a 'sign' attribute (+1 or -1)")
    return 1 if float(sign) > 0 else -1


def _signed_edges(G: nx.Graph) -> list[tuple[Hashable, Hashable, int]]:
    if G.is_directed() or G.is_multigraph():
        raise AnalysisError("balance needs an undirected simple signed graph (build.signed_graph)")
    return [(a, b, _sign(d)) for a, b, d in G.edges(data=True) if a != b]


def frustrated_ties(G: nx.Graph, side: Mapping[Hashable, Hashable]) -> list[tuple]:
    """Return the ties a partition frustrates: negative inside a group, positive across groups.

    Ties with an end that `side` does not place (for example an unaligned actor) are left out.

    Parameters
    ----------
    G : networkx.Graph
        Undirected graph whose edges carry ``sign`` (+1 or -1).
    side : mapping
        Node to group label (any hashable); two or more groups.

    Returns
    -------
    list of (u, v, sign)

    Examples
    --------
    >>> G = nx.Graph([("A", "B", {"sign": 1}), ("B", "C", {"sign": -1}), ("A", "C", {"sign": 1})])
    >>> frustrated_ties(G, {"A": 0, "B": 0, "C": 1})
    [('A', 'C', 1)]
    """
    out = []
    for a, b, sign in _signed_edges(G):
        if a in side and b in side and (side[a] == side[b]) != (sign > 0):
            out.append((a, b, sign))
    return out


def triangle_balance(G: nx.Graph) -> float:
    """Return the share of signed triangles that are balanced (an even number of negative ties).

    Parameters
    ----------
    G : networkx.Graph
        Undirected graph whose edges carry ``sign`` (+1 or -1).

    Returns
    -------
    float
        Balanced triangles over all triangles, in 0..1; 1.0 when the graph has no triangle.

    Examples
    --------
    >>> G = nx.Graph([("A", "B", {"sign": 1}), ("B", "C", {"sign": -1}), ("A", "C", {"sign": -1}),
    ...               ("C", "D", {"sign": 1}), ("B", "D", {"sign": 1})])
    >>> triangle_balance(G)
    0.5
    """
    balanced, total = triangle_counts(G)
    return balanced / total if total else 1.0


def triangle_counts(G: nx.Graph) -> tuple[int, int]:
    """Return ``(balanced, total)`` signed triangles of `G`.

    Each triangle is visited once, from its lowest-ranked node in degree order, so the work
    grows like ``m ** 1.5`` rather than with the cube of the node count.

    Examples
    --------
    >>> triangle_counts(nx.Graph([(1, 2, {"sign": 1}), (2, 3, {"sign": 1}), (1, 3, {"sign": -1})]))
    (0, 1)
    """
    edges = _signed_edges(G)
    order = {node: i for i, node in enumerate(sorted(G, key=G.degree))}
    higher: dict[Hashable, dict[Hashable, int]] = {node: {} for node in G}
    for a, b, sign in edges:
        low, high = (a, b) if order[a] < order[b] else (b, a)
        higher[low][high] = sign
    balanced = total = 0
    for _u, ups in higher.items():
        up_keys = ups.keys()
        for v, s_uv in ups.items():
            vs = higher[v]
            for w in up_keys & vs.keys():
                total += 1
                balanced += s_uv * ups[w] * vs[w] > 0
    return balanced, total


def _components(G: nx.Graph) -> list[list]:
    return [sorted(c, key=str) for c in nx.connected_components(G) if len(c) > 1]


def frustration_index(
    G: nx.Graph,
    *,
    exact: bool | None = None,
    time_limit: float = 5.0,
    weight: str | None = None,
    seed: int = 0,
    triangle_cuts: bool = True,
) -> dict:
    """Return the frustration index: the fewest ties that break every two-group partition.

    A tie is frustrated when it is negative inside a group or positive across the groups.
    The index is the minimum count (or total `weight`) of frustrated ties over all ways to
    split the nodes in two.

    Exact (the default up to ``EXACT_MAX_EDGES`` ties): the binary program of Aref, Mason
    and Wilson (2018) -- a side ``x_i`` per node and a frustration flag ``f_ij`` per tie,
    ``f_ij >= |x_i - x_j|`` for a positive tie and ``f_ij >= |x_i + x_j - 1|`` for a
    negative one -- strengthened with the parity cuts of every triangle (an unbalanced triangle
    holds an odd number of frustrated ties, a balanced one an even number) and solved by HiGHS
    through :func:`scipy.optimize.milp`, one node per component fixed to break the symmetry.
    If HiGHS stops at `time_limit`, the better of its best partition and the heuristic's is
    returned with HiGHS's proven lower bound and ``exact=False``.

    Heuristic (beyond that size, or ``exact=False``): multi-start local search that moves one
    node at a time to the side that frustrates fewer of its ties, started from the signs of the
    leading eigenvector and from random partitions. Its value is an upper bound; the lower
    bound is the number of edge-disjoint unbalanced triangles found greedily (each needs at
    least one frustrated tie), so the true index lies in ``bound``.

    Parameters
    ----------
    G : networkx.Graph
        Undirected graph whose edges carry ``sign`` (+1 or -1).
    exact : bool or None
        True: always solve exactly (may take long); False: heuristic; None: by size.
    time_limit : float
        Seconds HiGHS may spend before returning its best partition and bound.
    weight : str or None
        Edge attribute to weigh ties by; None counts ties (the usual index).
    seed : int
        Seed of the heuristic's random starts.
    triangle_cuts : bool
        Add the triangle parity cuts to the exact program (valid inequalities: they speed the
        solver up without changing the optimum; False gives the plain model, to cross-check).

    Returns
    -------
    dict
        ``index`` (int, or float when weighted), ``exact`` (bool), ``bound`` ([lower, upper]),
        ``method``, ``side`` (node -> 0 or 1 of an optimal or best partition), ``frustrated``
        (the ties it frustrates, as (u, v, sign)), ``seconds``.

    Examples
    --------
    >>> G = nx.Graph([("A", "B", {"sign": 1}), ("B", "C", {"sign": -1}), ("A", "C", {"sign": 1})])
    >>> r = frustration_index(G)
    >>> r["index"], r["exact"]
    (1, True)
    """
    start = time.perf_counter()
    edges = _signed_edges(G)
    if exact is None:
        exact = len(edges) <= EXACT_MAX_EDGES
    if not edges:
        result = {
            "index": 0,
            "exact": True,
            "bound": [0, 0],
            "method": "no ties",
            "side": {n: 0 for n in G},
        }
    elif exact:
        result = _exact_by_blocks(G, edges, time_limit, weight, triangle_cuts)
        if not result["exact"]:
            fallback = _heuristic(G, edges, weight, seed)
            low = max(result["bound"][0], fallback["bound"][0])
            if fallback["index"] < result["index"]:
                result.update(index=fallback["index"], side=fallback["side"])
                result["method"] += "; local search found a better partition"
            result["bound"] = [low, result["index"]]
            result["exact"] = low == result["index"]
    else:
        result = _heuristic(G, edges, weight, seed)
    side = result["side"]
    result["frustrated"] = [(a, b, s) for a, b, s in edges if (side[a] == side[b]) != (s > 0)]
    result["seconds"] = round(time.perf_counter() - start, 3)
    return result


def _tie_weights(G, edges, weight):
    if weight is None:
        return [1] * len(edges)
    return [abs(float(G.edges[a, b].get(weight, 1))) for a, b, _ in edges]


def _exact_by_blocks(G, edges, time_limit, weight, triangle_cuts):
    """Solve each biconnected block on its own and join the partitions at the cut nodes.

    Every cycle lies inside one block, so the index is the sum over the blocks; a tie that is
    a block by itself (a bridge) is never frustrated. Solving the blocks apart keeps each
    program small.
    """
    import time

    deadline = time.perf_counter() + time_limit
    sign = {}
    for a, b, s in edges:
        sign[a, b] = sign[b, a] = s
    solved = []
    for nodes in nx.biconnected_components(G):
        if len(nodes) == 2:
            a, b = nodes
            solved.append((nodes, {a: 0, b: 0 if sign[a, b] > 0 else 1}, True, 0))
            continue
        sub = G.subgraph(nodes)
        sub_edges = [(a, b, s) for a, b, s in edges if a in nodes and b in nodes]
        left = max(deadline - time.perf_counter(), 1.0)
        part = _exact(sub, sub_edges, left, weight, triangle_cuts)
        solved.append((nodes, part["side"], part["exact"], part["bound"][0]))
    side = _join(G, solved)
    value = sum(
        w
        for (a, b, s), w in zip(edges, _tie_weights(G, edges, weight), strict=True)
        if (side[a] == side[b]) != (s > 0)
    )
    optimal = all(exact for _, _, exact, _ in solved)
    low = value if optimal else sum(low for *_, low in solved)
    cuts = ", triangle parity cuts" if triangle_cuts else ""
    method = (
        f"exact MILP per biconnected block (HiGHS{cuts})"
        if optimal
        else f"MILP stopped at {time_limit:g} s (HiGHS): best partition and proven bound"
    )
    return {"index": value, "exact": optimal, "bound": [low, value], "method": method, "side": side}


def _join(G, solved) -> dict:
    """Flip each block's partition to agree with the blocks already placed at its cut node."""
    side = {node: 0 for node in G}
    placed: set = set()
    blocks_of: dict = {}
    for i, (nodes, _, _, _) in enumerate(solved):
        for node in nodes:
            blocks_of.setdefault(node, []).append(i)
    done = [False] * len(solved)
    for first in range(len(solved)):
        if done[first]:
            continue
        queue = [first]
        done[first] = True
        while queue:
            i = queue.pop()
            nodes, local, _, _ = solved[i]
            anchor = next((n for n in nodes if n in placed), None)
            flip = 0 if anchor is None else local[anchor] ^ side[anchor]
            for node in nodes:
                if node not in placed:
                    side[node] = local[node] ^ flip
                    placed.add(node)
                for j in blocks_of[node]:
                    if not done[j]:
                        done[j] = True
                        queue.append(j)
    return side


def _exact(G, edges, time_limit, weight, triangle_cuts=True):
    try:
        import numpy as np
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import coo_array
    except ImportError:
        raise AnalysisError(f"the exact frustration index needs scipy: {FAST_HINT}") from None
    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    n, m = len(nodes), len(edges)
    rows, cols, vals, lower = [], [], [], []

    def add(terms, lb):
        row = len(lower)
        for col, val in terms:
            rows.append(row)
            cols.append(col)
            vals.append(val)
        lower.append(lb)

    for k, (a, b, sign) in enumerate(edges):
        i, j, f = index[a], index[b], n + k
        if sign > 0:  # frustrated when the ends are apart: f >= x_i - x_j and f >= x_j - x_i
            add([(f, 1), (i, -1), (j, 1)], 0)
            add([(f, 1), (i, 1), (j, -1)], 0)
        else:  # frustrated when together: f >= x_i + x_j - 1 and f >= 1 - x_i - x_j
            add([(f, 1), (i, -1), (j, -1)], -1)
            add([(f, 1), (i, 1), (j, 1)], 1)
    for tri, parity in _triangles(G, edges) if triangle_cuts else ():
        # Forbid every pattern of frustrated ties whose parity differs from the triangle's.
        for size in range(4):
            if size % 2 == parity:
                continue
            for chosen in itertools.combinations(tri, size):
                add([(n + k, -1 if k in chosen else 1) for k in tri], 1 - size)
    costs = np.array([0.0] * n + _tie_weights(G, edges, weight))
    lo, hi = np.zeros(n + m), np.ones(n + m)
    for component in _components(G):
        # Fixing the busiest node breaks the two-sides symmetry where it helps most.
        hi[index[max(component, key=G.degree)]] = 0
    A = coo_array((vals, (rows, cols)), shape=(len(lower), n + m)).tocsr()
    res = milp(
        costs,
        integrality=np.ones(n + m),
        bounds=Bounds(lo, hi),
        constraints=LinearConstraint(A, np.array(lower, dtype=float), np.inf),
        options={"time_limit": time_limit, "disp": False},
    )
    if res.x is None:
        raise AnalysisError(f"the MILP solver found no partition: {res.message}")
    side = {node: int(round(res.x[index[node]])) for node in nodes}
    value = sum(
        w
        for (a, b, s), w in zip(edges, _tie_weights(G, edges, weight), strict=True)
        if (side[a] == side[b]) != (s > 0)
    )
    optimal = res.status == 0
    dual = getattr(res, "mip_dual_bound", None)
    low = value if optimal else (_ceil(dual) if dual is not None and weight is None else dual)
    return {
        "index": value,
        "exact": optimal,
        "bound": [low if low is not None else 0, value],
        "method": "exact MILP (HiGHS, triangle parity cuts)"
        if optimal
        else f"MILP stopped at {time_limit:g} s (HiGHS): best partition and proven bound",
        "side": side,
    }


def _ceil(value):
    import math

    return int(math.ceil(value - 1e-6))


def _triangles(G, edges) -> Iterable[tuple[tuple[int, int, int], int]]:
    """Yield each triangle as three tie positions in `edges` and its parity of negative ties."""
    position = {}
    for k, (a, b, _) in enumerate(edges):
        position[a, b] = position[b, a] = k
    order = {node: i for i, node in enumerate(sorted(G, key=G.degree))}
    higher = {node: set() for node in G}
    for a, b, _ in edges:
        (higher[a] if order[a] < order[b] else higher[b]).add(b if order[a] < order[b] else a)
    for u, ups in higher.items():
        for v in ups:
            for w in ups & higher[v]:
                tri = (position[u, v], position[u, w], position[v, w])
                yield tri, sum(edges[k][2] < 0 for k in tri) % 2


def _heuristic(G, edges, weight, seed):
    weights = _tie_weights(G, edges, weight)
    nbrs: dict[Hashable, list[tuple[Hashable, float]]] = {node: [] for node in G}
    for (a, b, sign), w in zip(edges, weights, strict=True):
        nbrs[a].append((b, sign * w))
        nbrs[b].append((a, sign * w))
    rng = random.Random(seed)
    starts = [_spectral_start(G, nbrs)]
    starts += [{node: rng.randint(0, 1) for node in G} for _ in range(4)]
    best = None
    for side in starts:
        side = _local_search(nbrs, side)
        value = sum(
            w
            for (a, b, s), w in zip(edges, weights, strict=True)
            if (side[a] == side[b]) != (s > 0)
        )
        if best is None or value < best[0]:
            best = (value, side)
    value, side = best
    lower = _disjoint_unbalanced_triangles(G, edges)
    if weight is not None:
        lower = 0  # triangle packing bounds the count, not a weighted index
    return {
        "index": value,
        "exact": value == lower,
        "bound": [lower, value],
        "method": "heuristic: local search from spectral and random starts; lower bound "
        "from edge-disjoint unbalanced triangles",
        "side": side,
    }


def _spectral_start(G, nbrs):
    # Power iteration on the signed adjacency (shifted to stay positive definite):
    # the signs of the leading vector split the nodes the way the ties pull them.
    rng = random.Random(1)
    shift = max((len(v) for v in nbrs.values()), default=1)
    vec = {node: rng.random() - 0.5 for node in nbrs}
    for _ in range(50):
        new = {u: shift * vec[u] + sum(w * vec[v] for v, w in nbrs[u]) for u in nbrs}
        norm = max(abs(x) for x in new.values()) or 1.0
        vec = {u: x / norm for u, x in new.items()}
    return {node: int(x >= 0) for node, x in vec.items()}


def _local_search(nbrs, side):
    side = dict(side)
    improved = True
    while improved:
        improved = False
        for u, ties in nbrs.items():
            # Gain of moving u: ties it would stop frustrating minus ties it would start to.
            gain = 0.0
            for v, w in ties:
                together = side[u] == side[v]
                gain += (w if not together else -w) if w > 0 else (-w if together else w)
            if gain > 1e-12:
                side[u] = 1 - side[u]
                improved = True
    return side


def _disjoint_unbalanced_triangles(G, edges) -> int:
    used: set[int] = set()
    count = 0
    for tri, parity in _triangles(G, edges):
        if parity and not used.intersection(tri):
            used.update(tri)
            count += 1
    return count
