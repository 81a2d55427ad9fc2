"""The picture: one self-contained, offline HTML page of the actor network (vis-network inlined)."""

from __future__ import annotations

import html
import json
import math
import re
from collections import defaultdict
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

import networkx as nx

from graphctl.analysis.centrality import METRICS as CENTRALITY_METRICS
from graphctl.errors import AnalysisError, GraphctlError
from graphctl.events import QUADS, polarity

__all__ = [
    "SIZE_METRICS",
    "page",
    "page_data",
    "trim",
    "viz_from_store",
    "write_page",
]

#: What a node's size can follow: a centrality of :func:`graphctl.analysis.centrality.rank`,
#: or ``events`` (how many events the actor is in).
SIZE_METRICS = CENTRALITY_METRICS + ("events",)

#: Past these sizes a page gets slow to read and to draw: viz_from_store keeps the most central
#: actors and the busiest ties, and the caption says what was cut.
MAX_NODES = 2000
MAX_EDGES = 20000

#: How many events an edge's tooltip lists (newest first); the rest are counted.
EVENTS_PER_TIE = 25

_VIS_DIR = "lib/vis-9.1.2"
_POLARITY = {1: "cooperation", -1: "conflict", 0: "neutral"}
_MARKER = re.compile(r"/\*@(\w+)@\*/")


def _vis_asset(name: str) -> str:
    """Read vis-network's script or style from the installed pyvis package."""
    try:
        return (resources.files("pyvis") / _VIS_DIR / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise GraphctlError(
            f"vis-network ({name}) not found in the installed pyvis: pip install 'pyvis>=0.3.2'"
        ) from exc


def _own_asset(name: str) -> str:
    return resources.files("graphctl.viz").joinpath(name).read_text(encoding="utf-8")


def _script_json(document) -> str:
    """JSON safe inside <script>: no `<`, `>` or `&` left to end the element or open a comment."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), default=str)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _inline(text: str, tag: str) -> str:
    """Library text made safe to sit inside <script> or <style> (it never contains these)."""
    closing = re.compile(rf"</{tag}", re.IGNORECASE)
    if closing.search(text):
        text = closing.sub(rf"<\\/{tag}", text)
    return text


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _bloc_map(blocs) -> dict:
    """Accept {node: bloc_id} or the alliances document ({"blocs": [{"id", "members"}], ...})."""
    if not blocs:
        return {}
    if isinstance(blocs, Mapping) and isinstance(blocs.get("blocs"), list):
        mapping = {}
        for bloc in blocs["blocs"]:
            for member in bloc.get("members", ()):
                mapping[member] = bloc["id"]
        return mapping
    return dict(blocs)


def _what(event: Mapping) -> str:
    """One line saying what happened: the CAMEO description, else the quad class or the sign."""
    from graphctl import cameo

    parts = []
    entry = cameo.lookup(event.get("code"))
    if entry is not None:
        parts.append(f"{entry.description} (CAMEO {event['code']})")
    elif event.get("code"):
        parts.append(f"CAMEO {event['code']}")
    if event.get("quad") in QUADS:
        parts.append(QUADS[event["quad"]])
    elif event.get("sign") not in (None, ""):
        parts.append("signed tie " + {1: "+", -1: "-", 0: "0"}[polarity(event)])
    goldstein = _number(event.get("goldstein"))
    if goldstein is not None:
        parts.append(f"Goldstein {goldstein:+g}")
    return "; ".join(parts) or "event"


def _event_detail(event: Mapping) -> dict:
    detail = {"date": event.get("date"), "what": _what(event)}
    for field in ("text", "doc", "window"):
        if event.get(field):
            detail[field] = str(event[field])
    return detail


def _node_scores(node, scores) -> dict:
    values = (scores or {}).get(node) or {}
    return {metric: v for metric, v in values.items() if _number(v) is not None}


def layout(graph: nx.Graph, *, seed: int = 7) -> dict:
    """Return ``{node: (x, y)}`` for `graph`, spread for vis-network's pixel coordinates.

    Uses igraph's Fruchterman-Reingold when igraph is installed (fast on thousands of nodes),
    else networkx's spring layout. The layout is fixed, so the page draws once and stays still.

    Examples
    --------
    >>> pos = layout(nx.path_graph(3))
    >>> sorted(pos), all(len(xy) == 2 for xy in pos.values())
    ([0, 1, 2], True)
    """
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    for u, v in graph.edges():
        if u != v:
            simple.add_edge(u, v)
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(simple)): (0.0, 0.0)}
    try:
        import igraph
    except ImportError:
        igraph = None
    if igraph is not None:
        index = {node: i for i, node in enumerate(simple)}
        ig = igraph.Graph(n=n, edges=[(index[u], index[v]) for u, v in simple.edges()])
        import random

        random.seed(seed)
        coords = ig.layout_fruchterman_reingold(niter=300 if n < 3000 else 150, grid="auto").coords
        raw = {node: coords[i] for node, i in index.items()}
    else:
        raw = nx.spring_layout(simple, seed=seed, iterations=60 if n < 1000 else 30)
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    # Room for labels between neighbours whatever the size: a wider canvas for bigger graphs.
    extent = 130.0 * math.sqrt(n) + 200.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {
        node: (round((p[0] - cx) / span * extent, 1), round((p[1] - cy) / span * extent, 1))
        for node, p in raw.items()
    }


def page_data(
    graph: nx.MultiDiGraph,
    *,
    blocs=None,
    scores: Mapping | None = None,
    size_metric: str | None = None,
    positions: Mapping | None = None,
    events_per_tie: int = EVENTS_PER_TIE,
) -> dict:
    """Return the plain data the page draws: nodes, ties (one per direction and polarity), blocs.

    Events between the same two actors in the same direction and of the same polarity become
    one tie, whose width follows its weight (the number of events, or the sum of explicit
    relation weights) and whose tooltip lists its newest `events_per_tie` events.
    Officials' ``tie="represents"`` edges become ties of polarity ``represents``.

    Examples
    --------
    >>> from graphctl.build import event_graph
    >>> g = event_graph([{"id": "1", "source": "USA", "target": "RUS", "quad": 4},
    ...                  {"id": "2", "source": "USA", "target": "RUS", "quad": 3}])
    >>> data = page_data(g)
    >>> len(data["nodes"]), [(t["polarity"], t["events"]) for t in data["ties"]]
    (2, [('conflict', 2)])
    """
    bloc_of = _bloc_map(blocs)
    if positions is None:
        positions = layout(graph)
    grouped: dict[tuple, list] = defaultdict(list)
    represents = []
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if attrs.get("tie") == "represents":
            represents.append((u, v, key, attrs))
        else:
            grouped[(u, v, _POLARITY[polarity(attrs)])].append(attrs)
    ties = []
    events_of = defaultdict(int)
    for (u, v, pol), events in grouped.items():
        events.sort(key=lambda e: e.get("date") or "", reverse=True)
        weight = sum((_number(e.get("weight")) or 1.0) for e in events)
        ties.append(
            {
                "id": len(ties),
                "from": u,
                "to": v,
                "polarity": pol,
                "events": len(events),
                "weight": round(weight, 3),
                "dates": [e.get("date") or "" for e in events],
                "details": [_event_detail(e) for e in events[:events_per_tie]],
            }
        )
        events_of[u] += len(events)
        events_of[v] += len(events)
    for u, v, _key, attrs in represents:
        ties.append(
            {
                "id": len(ties),
                "from": u,
                "to": v,
                "polarity": "represents",
                "events": 0,
                "weight": 1,
                "dates": [],
                "details": [],
                "role": graph.nodes[u].get("role") or attrs.get("role"),
            }
        )
    nodes = []
    for node, attrs in graph.nodes(data=True):
        node_scores = _node_scores(node, scores)
        node_scores.setdefault("events", events_of.get(node, 0))
        x, y = positions.get(node, (0.0, 0.0))
        nodes.append(
            {
                "id": node,
                "name": str(attrs.get("name") or node),
                "kind": attrs.get("kind") or "other",
                "state": attrs.get("state"),
                "role": attrs.get("role"),
                "bloc": bloc_of.get(node),
                "scores": node_scores,
                "x": x,
                "y": y,
            }
        )
    metric = size_metric if size_metric else None
    _set_sizes(nodes, metric)
    members = defaultdict(list)
    for item in sorted(nodes, key=lambda n: -(n["size_value"] or 0)):
        if item["bloc"] is not None:
            members[item["bloc"]].append(item["name"])
    bloc_list = [{"id": b, "members": members[b]} for b in sorted(members, key=_bloc_order)]
    return {
        "nodes": nodes,
        "ties": ties,
        "blocs": bloc_list,
        "size_metric": metric,
        "counts": {
            "nodes": len(nodes),
            "ties": len(ties),
            "event_ties": len(ties) - len(represents),
            "represents": len(represents),
            "events": sum(t["events"] for t in ties),
        },
    }


def _bloc_order(bloc):
    return (0, bloc) if isinstance(bloc, (int, float)) else (1, str(bloc))


def _set_sizes(nodes: list, metric: str | None) -> None:
    values = [_number(n["scores"].get(metric)) if metric else None for n in nodes]
    top = max((v for v in values if v is not None), default=0) or 0
    for item, value in zip(nodes, values, strict=True):
        item["size_value"] = value
        share = (max(value, 0) / top) if (value is not None and top > 0) else 0.0
        # Area, not radius, follows the score: a node twice as central looks twice as big.
        item["size"] = round(10 + 30 * math.sqrt(share), 2) if metric else 14


def page(
    graph: nx.MultiDiGraph,
    *,
    blocs=None,
    scores: Mapping | None = None,
    size_metric: str | None = None,
    title: str = "graphctl: actor network",
    caption: str | None = None,
    notes: list[str] | tuple[str, ...] = (),
    positions: Mapping | None = None,
    events_per_tie: int = EVENTS_PER_TIE,
) -> str:
    """Return a self-contained HTML page drawing the event multigraph `graph`.

    The page loads nothing from anywhere: vis-network's script and style (from the installed
    pyvis) and graphctl's own are inlined, the data sits in the page as escaped JSON, and every
    name and sentence is shown as text. Nodes are shaped by kind, coloured by bloc and sized by
    ``scores[node][size_metric]``; ties are coloured by polarity, sized by weight, and list
    their events. The layout is computed here, so the picture is still from the first frame.

    Parameters
    ----------
    graph : nx.MultiDiGraph
        From :func:`graphctl.build.event_graph`: one edge per event, officials tied to states
        by ``tie="represents"`` edges.
    blocs : dict, optional
        ``{node: bloc_id}`` or the document :func:`graphctl.analysis.alliances.find_blocs`
        returns.
    scores : dict, optional
        ``{node: {metric: value}}``; every value shows in the node's tooltip.
    size_metric : str, optional
        Which score sets a node's size (none: all nodes one size).
    title, caption : str
        Shown atop the page; the caption should say what was drawn (window, level, counts).
    notes : list of str
        Extra lines under the caption, such as what was cut from a large graph.

    Examples
    --------
    >>> from graphctl.build import event_graph
    >>> g = event_graph([{"id": "1", "source": "USA", "target": "RUS", "quad": 4}])
    >>> text = page(g, caption="two states")
    >>> text.startswith("<!DOCTYPE html>"), "two states" in text
    (True, True)
    """
    data = page_data(
        graph,
        blocs=blocs,
        scores=scores,
        size_metric=size_metric,
        positions=positions,
        events_per_tie=events_per_tie,
    )
    counts = data["counts"]
    if caption is None:
        caption = (
            f"{counts['nodes']:,} actors, {counts['events']:,} events on "
            f"{counts['event_ties']:,} tie{'s' * (counts['event_ties'] != 1)}"
        )
    parts = {
        "TITLE": html.escape(title),
        "CAPTION": html.escape(caption),
        "NOTES": "".join(f"<li>{html.escape(note)}</li>" for note in notes),
        "VIS_CSS": _inline(_vis_asset("vis-network.css"), "style"),
        "PAGE_CSS": _inline(_own_asset("page.css"), "style"),
        "VIS_JS": _inline(_vis_asset("vis-network.min.js"), "script"),
        "PAGE_JS": _inline(_own_asset("page.js"), "script"),
        "DATA": _script_json(data),
        "NODE_COUNT": str(counts["nodes"]),
        "TIE_COUNT": str(counts["ties"]),
        "EVENT_COUNT": str(counts["events"]),
    }
    # One pass, so inserted text (vis-network's script) is never scanned for markers again.
    return _MARKER.sub(lambda m: parts[m.group(1)], _own_asset("page.html"))


def write_page(text: str, out) -> str:
    """Write the page `text` to `out` (a path) as UTF-8 and return the path written."""
    path = Path(out)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise GraphctlError(f"cannot write {out}: {exc.strerror or exc}") from None
    return str(path)


def trim(
    graph: nx.MultiDiGraph,
    *,
    scores: Mapping | None = None,
    metric: str | None = None,
    top: int | None = None,
    min_events: int = 1,
    max_nodes: int = MAX_NODES,
    max_edges: int = MAX_EDGES,
) -> tuple[nx.MultiDiGraph, list[str]]:
    """Cut `graph` down for drawing; return the smaller graph and notes saying what was cut.

    Pairs of actors with fewer than `min_events` events between them (both directions) lose
    their events, and actors left with none go. Then at most `top` (and never more than
    `max_nodes`) actors are kept, the highest by ``scores[node][metric]`` (else by events),
    and at most `max_edges` events, the busiest pairs first.

    Examples
    --------
    >>> from graphctl.build import event_graph
    >>> g = event_graph([{"id": "1", "source": "A", "target": "B"},
    ...                  {"id": "2", "source": "B", "target": "A"},
    ...                  {"id": "3", "source": "A", "target": "C"}])
    >>> small, notes = trim(g, min_events=2)
    >>> sorted(small)
    ['A', 'B']
    >>> print(notes[0])
    1 event between pairs with fewer than 2 events left out; 1 actor without ties left out
    """
    graph = graph.copy()
    notes = []
    pair_events: dict[frozenset, int] = defaultdict(int)
    for u, v, attrs in graph.edges(data=True):
        if attrs.get("tie") != "represents":
            pair_events[frozenset((u, v))] += 1
    if min_events > 1:
        weak = [
            (u, v, k)
            for u, v, k, attrs in graph.edges(keys=True, data=True)
            if attrs.get("tie") != "represents" and pair_events[frozenset((u, v))] < min_events
        ]
        graph.remove_edges_from(weak)
        lonely = _drop_lonely(graph)
        if weak:
            note = (
                f"{len(weak):,} event{'s' * (len(weak) != 1)} between pairs with fewer than "
                f"{min_events} events left out"
            )
            if lonely:
                note += f"; {lonely:,} actor{'s' * (lonely != 1)} without ties left out"
            notes.append(note)
    limit = min(top, max_nodes) if top else max_nodes
    if graph.number_of_nodes() > limit:
        events = defaultdict(int)
        for u, v, attrs in graph.edges(data=True):
            if attrs.get("tie") != "represents":
                events[u] += 1
                events[v] += 1

        def rank_key(node):
            value = _number(((scores or {}).get(node) or {}).get(metric)) if metric else None
            return (value if value is not None else -math.inf, events[node], str(node))

        keep = sorted(graph, key=rank_key, reverse=True)[:limit]
        total = graph.number_of_nodes()
        before = graph.number_of_edges()
        graph = graph.subgraph(keep).copy()
        by = metric if metric and scores else "events"
        why = "" if top and top <= max_nodes else f" (size limit {max_nodes:,})"
        notes.append(
            f"showing the {limit:,} top actors by {by} of {total:,}{why}; "
            f"{before - graph.number_of_edges():,} events and ties to the others left out"
        )
    event_edges = [
        (u, v, k)
        for u, v, k, attrs in graph.edges(keys=True, data=True)
        if attrs.get("tie") != "represents"
    ]
    if len(event_edges) > max_edges:
        event_edges.sort(key=lambda e: pair_events[frozenset(e[:2])], reverse=True)
        graph.remove_edges_from(event_edges[max_edges:])
        notes.append(
            f"showing the {max_edges:,} events of the busiest pairs of {len(event_edges):,} "
            f"(size limit)"
        )
    return graph, notes


def _drop_lonely(graph) -> int:
    """Remove actors left with no event (a represents tie alone does not keep them)."""
    busy = set()
    for u, v, attrs in graph.edges(data=True):
        if attrs.get("tie") != "represents":
            busy.update((u, v))
    lonely = [n for n in graph if n not in busy]
    graph.remove_nodes_from(lonely)
    return len(lonely)


def _scores_for(store, *, level, flt, metric) -> tuple[dict, list[str]]:
    """Centralities per node: the size metric, plus degree and PageRank for the tooltip."""
    from graphctl.analysis.centrality import rank
    from graphctl.build import directed_graph

    directed = directed_graph(store.dyads(level=level, filter=flt))
    scores: dict = defaultdict(dict)
    notes = []
    for name in dict.fromkeys((metric, "pagerank", "degree")):
        if name == "events":
            continue
        try:
            result = rank(directed, name)
        except AnalysisError as exc:
            notes.append(f"{name} not computed: {exc}")
            continue
        for row in result["scores"]:
            scores[row["actor"]][name] = row["score"]
    return dict(scores), notes


def _blocs_for(store, *, level, flt, min_events) -> tuple[dict | None, list[str]]:
    """Blocs of the signed graph; the frustration index is only estimated (the page needs none)."""
    from graphctl.analysis.alliances import find_blocs
    from graphctl.build import signed_graph

    signed = signed_graph(
        store.dyads(level=level, filter=flt),
        actors=store.actors(level=level, filter=flt),
        min_events=min_events,
    )
    if signed.number_of_edges() == 0:
        return None, ["no blocs: no signed ties between actors"]
    try:
        return find_blocs(signed, exact=False), []
    except AnalysisError as exc:
        return None, [f"no blocs: {exc}"]


def viz_from_store(
    store,
    out,
    *,
    level: str = "state",
    since: str | None = None,
    until: str | None = None,
    top: int | None = None,
    min_events: int = 1,
    size: str = "pagerank",
    title: str | None = None,
    max_nodes: int = MAX_NODES,
    max_edges: int = MAX_EDGES,
) -> dict:
    """Draw the store's events as an HTML page at `out`; return a summary of what was drawn.

    Reads the events between `since` and `until`, builds the event graph at `level`, finds
    blocs (:func:`graphctl.analysis.alliances.find_blocs`) and centralities
    (:func:`graphctl.analysis.centrality.rank`), cuts the graph to `top` / `min_events` and
    the size limits (:func:`trim`), and writes :func:`page`.

    Returns
    -------
    dict
        ``out, nodes, ties, events, blocs, size, bytes, notes`` (notes say what was cut).
    """
    from graphctl.build import event_graph
    from graphctl.store import EventFilter

    if size not in SIZE_METRICS:
        raise AnalysisError(f"size must be one of {', '.join(SIZE_METRICS)}, not {size!r}")
    if top is not None and top < 1:
        raise AnalysisError(f"top must be at least 1, not {top}")
    flt = EventFilter(since=since, until=until)
    graph = event_graph(store.events(flt), level=level)
    if graph.number_of_nodes() == 0:
        raise AnalysisError("no events to draw: load some, or widen --since/--until")
    scores, notes = _scores_for(store, level=level, flt=flt, metric=size)
    blocs, bloc_notes = _blocs_for(store, level=level, flt=flt, min_events=min_events)
    notes += bloc_notes
    for node, value in _event_counts(graph).items():
        scores.setdefault(node, {})["events"] = value
    total_events = sum(_event_counts(graph).values()) // 2
    cut, cut_notes = trim(
        graph,
        scores=scores,
        metric=size,
        top=top,
        min_events=min_events,
        max_nodes=max_nodes,
        max_edges=max_edges,
    )
    drawn = sum(_event_counts(cut).values()) // 2
    dates = sorted(a["date"] for *_e, a in cut.edges(data=True) if a.get("date")) or ["undated"]
    window = f"{since or dates[0]} to {until or dates[-1]}"
    caption = (
        f"{level.capitalize()} level, {window}: {cut.number_of_nodes():,} actors and "
        f"{drawn:,} events"
        + (f" (of {graph.number_of_nodes():,} and {total_events:,})" if cut_notes else "")
        + f". Size: {size}. Colour: bloc. Read from the {store.kind} store."
    )
    text = page(
        cut,
        blocs=blocs,
        scores=scores,
        size_metric=size,
        title=title or "graphctl: actor network",
        caption=caption,
        notes=cut_notes + notes,
    )
    write_page(text, out)
    ties = {(u, v, polarity(a)) for u, v, a in cut.edges(data=True) if a.get("tie") != "represents"}
    return {
        "out": str(out),
        "nodes": cut.number_of_nodes(),
        "ties": len(ties),
        "events": drawn,
        "blocs": len(blocs["blocs"]) if blocs else 0,
        "size": size,
        "bytes": len(text.encode("utf-8")),
        "notes": cut_notes + notes,
    }


def _event_counts(graph) -> dict:
    """Events per actor (as source or target; a self-event counts twice)."""
    counts = defaultdict(int)
    for u, v, attrs in graph.edges(data=True):
        if attrs.get("tie") != "represents":
            counts[u] += 1
            counts[v] += 1
    return dict(counts)
