"""Events to networkx graphs: the event multigraph and the signed dyad graph."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx

from graphctl.errors import AnalysisError

LEVELS = ("state", "actor")
WEIGHTS = ("goldstein", "count")


def _side(event: Mapping, side: str, level: str) -> str | None:
    if level == "state":
        return event.get(f"{side}_state") or event.get(side)
    return event.get(side)


def event_graph(events: Iterable[Mapping], *, level: str = "actor") -> nx.MultiDiGraph:
    """Return a multigraph with actors as nodes and one edge per event.

    Edges are keyed by event id and carry every event field. Nodes carry ``name``, ``kind``,
    ``state`` and ``role`` where the events say them. At ``level="actor"`` every official is
    also tied to its state by an edge with ``tie="represents"`` (no event id, no polarity).

    Examples
    --------
    >>> g = event_graph([{"id": "1", "source": "USA", "target": "RUS", "quad": 4}])
    >>> list(g.edges(keys=True))
    [('USA', 'RUS', '1')]
    """
    if level not in LEVELS:
        raise AnalysisError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    graph = nx.MultiDiGraph(level=level)
    for event in events:
        ends = [_side(event, side, level) for side in ("source", "target")]
        if None in ends:
            continue
        for side, node in zip(("source", "target"), ends):
            _add_actor(graph, node, event, side, level)
        graph.add_edge(ends[0], ends[1], key=event.get("id"), **dict(event))
    if level == "actor":
        for node, data in list(graph.nodes(data=True)):
            state = data.get("state")
            if data.get("kind") == "official" and state and state != node:
                if state not in graph:
                    graph.add_node(state, name=state, kind="state", state=state)
                graph.add_edge(node, state, key=f"represents:{node}", tie="represents")
    return graph


def _add_actor(graph, node, event, side, level):
    attrs = graph.nodes[node] if node in graph else {}
    if level == "state":
        kind = event.get(f"{side}_kind")
        new = {"kind": "organisation" if kind == "organisation" else "state", "state": node}
        if event.get(f"{side}_kind") in ("state", "organisation") and event.get(f"{side}_name"):
            new["name"] = event[f"{side}_name"]
    else:
        new = {
            "name": event.get(f"{side}_name"),
            "kind": event.get(f"{side}_kind"),
            "state": event.get(f"{side}_state"),
            "role": event.get(f"{side}_role"),
        }
    for key, value in new.items():
        if value is not None and attrs.get(key) is None:
            attrs[key] = value
    attrs.setdefault("name", node)
    graph.add_node(node, **attrs)


def dyad_score(dyad: Mapping, weight: str = "goldstein") -> float:
    """Return a dyad's signed score: > 0 cooperation, < 0 conflict.

    Explicit signed relations (``signed``) count as given. Otherwise ``weight="goldstein"``
    sums Goldstein values, falling back to counts where the events carry none, and
    ``weight="count"`` is positive minus negative events.

    Examples
    --------
    >>> dyad_score({"positive": 3, "negative": 1, "goldstein": -6.0, "signed": 0})
    -6.0
    >>> dyad_score({"positive": 3, "negative": 1, "goldstein": -6.0}, weight="count")
    2
    """
    if weight not in WEIGHTS:
        raise AnalysisError(f"weight must be one of {', '.join(WEIGHTS)}, not {weight!r}")
    signed = dyad.get("signed") or 0
    if signed:
        return signed
    if weight == "goldstein" and dyad.get("goldstein"):
        return dyad["goldstein"]
    return dyad.get("positive", 0) - dyad.get("negative", 0)


def signed_graph(
    dyads: Iterable[Mapping],
    *,
    weight: str = "goldstein",
    min_events: int = 1,
    actors: Iterable[Mapping] = (),
) -> nx.Graph:
    """Return the undirected signed dyad graph from a store's :meth:`~Store.dyads`.

    Both directions of a pair are summed. Each edge has ``sign`` (+1 or -1), ``weight`` (the
    absolute score), ``score``, ``events``, ``positive``, ``negative``, ``first`` and ``last``.
    Pairs with fewer than `min_events` events, or whose score is zero, get no edge; their
    actors stay as nodes (so they can be reported as unaligned). `actors` (from
    :meth:`~Store.actors`) adds node attributes ``name``, ``kind``, ``state``.

    Examples
    --------
    >>> g = signed_graph([
    ...     {"source": "USA", "target": "KOR", "events": 2, "positive": 2, "negative": 0},
    ...     {"source": "KOR", "target": "USA", "events": 1, "positive": 1, "negative": 0},
    ...     {"source": "USA", "target": "PRK", "events": 1, "positive": 0, "negative": 1},
    ... ], weight="count")
    >>> g["USA"]["KOR"]["sign"], g["USA"]["KOR"]["events"], g["USA"]["PRK"]["sign"]
    (1, 3, -1)
    """
    totals: dict[tuple[str, str], dict] = {}
    for dyad in dyads:
        a, b = dyad["source"], dyad["target"]
        if a == b:
            continue
        key = (a, b) if a < b else (b, a)
        total = totals.setdefault(
            key,
            {
                "events": 0,
                "positive": 0,
                "negative": 0,
                "goldstein": 0.0,
                "signed": 0.0,
                "first": None,
                "last": None,
            },
        )
        for field in ("events", "positive", "negative", "goldstein", "signed"):
            total[field] += dyad.get(field) or 0
        for field, pick in (("first", min), ("last", max)):
            dates = [d for d in (total[field], dyad.get(field)) if d]
            total[field] = pick(dates) if dates else None
    graph = nx.Graph()
    for actor in actors:
        graph.add_node(actor["id"], **{k: v for k, v in actor.items() if k != "id"})
    for (a, b), total in totals.items():
        graph.add_nodes_from((a, b))
        score = dyad_score(total, weight)
        if total["events"] < min_events or not score:
            continue
        graph.add_edge(a, b, sign=1 if score > 0 else -1, weight=abs(score), score=score, **total)
    return graph


def directed_graph(dyads: Iterable[Mapping], *, weight: str = "goldstein") -> nx.DiGraph:
    """Return the directed dyad graph (who acts on whom) for centrality.

    Edges carry ``events``, ``positive``, ``negative``, ``score`` and ``sign`` of that direction.

    Examples
    --------
    >>> g = directed_graph([{"source": "USA", "target": "RUS", "events": 2, "negative": 2}])
    >>> g["USA"]["RUS"]["events"], g["USA"]["RUS"]["sign"]
    (2, -1)
    """
    graph = nx.DiGraph()
    for dyad in dyads:
        a, b = dyad["source"], dyad["target"]
        if a == b:
            continue
        score = dyad_score(dyad, weight)
        graph.add_edge(
            a,
            b,
            events=dyad.get("events", 0),
            positive=dyad.get("positive", 0),
            negative=dyad.get("negative", 0),
            score=score,
            sign=(score > 0) - (score < 0),
        )
    return graph
