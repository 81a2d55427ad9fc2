"""From a store to analysis results: the one call behind `graphctl alliances` and `centrality`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from graphctl.build import LEVELS, directed_graph, signed_graph
from graphctl.errors import AnalysisError, StoreError
from graphctl.store.base import EventFilter, Store

#: --every: calendar periods, or the windows a signed relation list gives (CoW's "46-49").
EVERY = ("month", "quarter", "year", "window")

BLOC_COLUMNS = ["window", "bloc", "size", "members", "positive_inside", "negative_inside"]
EXPLAIN_COLUMNS = [
    "date",
    "window",
    "source",
    "target",
    "code",
    "quad",
    "goldstein",
    "sign",
    "text",
]


def _check(level, every=None):
    if level not in LEVELS:
        raise AnalysisError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    if every is not None and every not in EVERY:
        raise AnalysisError(f"every must be one of {', '.join(EVERY)}, not {every!r}")


def _end(event: Mapping, side: str, level: str):
    # At the state level an actor is its state (the stores' own rule).
    return event.get(f"{side}_state") if level == "state" else event.get(side)


def periods(first: str, last: str, every: str) -> list[tuple[str, str, str]]:
    """Return ``(label, since, until)`` for each calendar period from `first` to `last`.

    Examples
    --------
    >>> [label for label, since, until in periods("2023-07-14", "2023-09-02", "month")]
    ['2023-07', '2023-08', '2023-09']
    >>> periods("2022-11", "2023-02", "quarter")
    [('2022-Q4', '2022-10', '2022-12'), ('2023-Q1', '2023-01', '2023-03')]
    """
    step = {"month": 1, "quarter": 3, "year": 12}[every]
    year, month = int(first[:4]), int(first[5:7] or 1) if len(first) >= 7 else 1
    end_year, end_month = int(last[:4]), int(last[5:7]) if len(last) >= 7 else 12
    month = (month - 1) // step * step + 1
    out = []
    while (year, month) <= (end_year, end_month):
        stop = month + step - 1
        if every == "year":
            out.append((f"{year}", f"{year}", f"{year}"))
        elif every == "quarter":
            out.append(
                (f"{year}-Q{(month - 1) // 3 + 1}", f"{year}-{month:02d}", f"{year}-{stop:02d}")
            )
        else:
            out.append((f"{year}-{month:02d}", f"{year}-{month:02d}", f"{year}-{month:02d}"))
        year, month = (year + 1, 1) if stop == 12 else (year, stop + 1)
    return out


def _actors(store: Store, level: str, flt: EventFilter) -> list[dict]:
    """The store's actors, named from graphctl's state and organisation list where unnamed."""
    from graphctl.cameo import organisations, states

    known = {**states(), **{org["id"]: org["name"] for org in organisations()}}
    actors = store.actors(level=level, filter=flt)
    for actor in actors:
        if not actor.get("name") or actor["name"] == actor["id"]:
            actor["name"] = known.get(actor["id"], actor.get("name"))
    return actors


def alliances_from_store(
    store: Store,
    *,
    level: str = "state",
    since: str | None = None,
    until: str | None = None,
    every: str | None = None,
    min_events: int = 1,
    weight: str = "goldstein",
    explain: tuple[str, str] | None = None,
    write: bool = False,
    min_bloc_size: int = 2,
    seed: int = 0,
) -> dict:
    """Find blocs in the store's events: once, per calendar period, or per relation-list window.

    Returns the :func:`~graphctl.analysis.alliances.find_blocs` result (plus ``level``,
    ``since``, ``until``, ``weight``, ``min_events``), or with `every` ``{"every": ...,
    "windows": [...]}`` from :func:`~graphctl.analysis.alliances.alliances_over_time`, or with
    `explain` ``{"pair": [A, B], "relation": {...} or None, "events": [...]}``. With `write`
    the blocs (of the last window) are kept as node properties ``bloc`` (-1: unaligned).
    """
    from graphctl.analysis.alliances import alliances_over_time, find_blocs

    _check(level, every)
    flt = EventFilter(since=since, until=until)
    build = {"weight": weight, "min_events": min_events}
    options = {"min_bloc_size": min_bloc_size, "seed": seed}
    if explain:
        return explain_pair(store, *explain, level=level, since=since, until=until, **build)
    actors = _actors(store, level, flt)
    if every is None:
        G = signed_graph(store.dyads(level=level, filter=flt), actors=actors, **build)
        result = find_blocs(G, **options)
        last = result
    else:
        graphs = _window_graphs(store, level, flt, every, actors, build)
        result = alliances_over_time(graphs, **options)
        last = result["windows"][-1] if result["windows"] else None
        result = {"every": every, **result}
    result.update(level=level, since=since, until=until, **build)
    if write and last is not None:
        bloc_of = {m: b["id"] for b in last["blocs"] for m in b["members"]}
        nodes = set(bloc_of) | set(last["unaligned"])
        result["written"] = _write(store, {n: {"bloc": bloc_of.get(n, -1)} for n in nodes})
    return result


def _window_graphs(store, level, flt, every, actors, build):
    if every == "window":
        windows = store.windows()
        if not windows:
            raise AnalysisError(
                "no events carry a window: --every window is for signed "
                "relation lists such as Correlates of War"
            )
        parts = [(w, replace(flt, window=w)) for w in windows]
    else:
        dated = [d for d in store.dyads(level=level, filter=flt) if d.get("first")]
        if not dated:
            raise AnalysisError(f"no dated events to split by {every}")
        first = flt.since or min(d["first"] for d in dated)
        last = flt.until or max(d["last"] for d in dated)
        parts = [
            (
                label,
                replace(
                    flt, since=max(start, flt.since or start), until=min(stop, flt.until or stop)
                ),
            )
            for label, start, stop in periods(first, last, every)
        ]
    graphs = [
        (label, signed_graph(store.dyads(level=level, filter=part), **build))
        for label, part in parts
    ]
    names = {a["id"]: a.get("name") for a in actors}
    for _, G in graphs:
        for node in G:
            G.nodes[node].setdefault("name", names.get(node) or node)
    return graphs


def explain_pair(
    store: Store,
    a: str,
    b: str,
    *,
    level: str = "state",
    since=None,
    until=None,
    weight: str = "goldstein",
    min_events: int = 1,
) -> dict:
    """Return the relation of `a` and `b` in the signed graph and the events behind it."""
    _check(level)
    flt = EventFilter(actors=(a, b), since=since, until=until)
    events = [
        e
        for e in store.events(flt)
        if {_end(e, "source", level), _end(e, "target", level)} == {a, b}
    ]
    pair = [d for d in store.dyads(level=level, filter=flt) if {d["source"], d["target"]} == {a, b}]
    G = signed_graph(pair, weight=weight, min_events=min_events)
    relation = dict(G.edges[a, b]) if G.has_edge(a, b) else None
    return {"pair": [a, b], "relation": relation, "events": events}


def centrality_from_store(
    store: Store,
    *,
    metric: str = "pagerank",
    level: str = "state",
    since: str | None = None,
    until: str | None = None,
    top: int | None = None,
    weight: str = "goldstein",
    write: bool = False,
    seed: int = 0,
) -> dict:
    """Rank the store's actors by one metric over a date window (see :func:`centrality.rank`).

    With `write` every actor's score and rank are kept as node properties ``<metric>`` and
    ``<metric>_rank``.
    """
    from graphctl.analysis.centrality import rank

    _check(level)
    flt = EventFilter(since=since, until=until)
    G = directed_graph(store.dyads(level=level, filter=flt), weight=weight)
    for actor in _actors(store, level, flt):
        if actor["id"] in G:
            G.nodes[actor["id"]].update({k: v for k, v in actor.items() if k != "id" and v})
    result = rank(G, metric, seed=seed)
    result.update(level=level, since=since, until=until)
    if write:
        result["written"] = _write(
            store,
            {
                s["actor"]: {metric: s["score"], f"{metric}_rank": s["rank"]}
                for s in result["scores"]
            },
        )
    if top:
        result["scores"] = result["scores"][:top]
    return result


def _write(store: Store, properties: dict) -> int:
    writer = getattr(store, "write_node_properties", None)
    if writer is None:
        raise StoreError(f"the {store.kind} store cannot keep analysis results (--write) yet")
    return writer(properties)


def alliance_rows(result: Mapping) -> tuple[list[dict], list[str]]:
    """Rows and columns for the table and CSV views of an :func:`alliances_from_store` result.

    One row per bloc (and one for the unaligned) per window; with ``--explain``, the events.
    """
    if "pair" in result:
        return result["events"], EXPLAIN_COLUMNS
    rows = []
    for window in result.get("windows", [result]):
        for bloc in window["blocs"]:
            rows.append({"window": window.get("window"), "bloc": bloc["id"], **bloc})
        if window["unaligned"]:
            rows.append(
                {
                    "window": window.get("window"),
                    "bloc": "unaligned",
                    "size": len(window["unaligned"]),
                    "members": window["unaligned"],
                }
            )
    columns = BLOC_COLUMNS if "windows" in result else BLOC_COLUMNS[1:]
    return rows, columns


def alliance_summary(result: Mapping) -> str:
    """One line per window: ties, blocs, frustrated ties, frustration index, triangle balance.

    With ``--explain``: the pair's relation in the signed graph.
    """
    if "pair" in result:
        relation = result["relation"]
        a, b = result["pair"]
        if relation is None:
            return f"{a} - {b}: no tie ({len(result['events'])} events)"
        return (
            f"{a} - {b}: {'cooperation' if relation['sign'] > 0 else 'conflict'} "
            f"(score {relation['score']:g}), {relation['events']} events "
            f"({relation['positive']} +, {relation['negative']} -)"
        )
    lines = []
    for window in result.get("windows", [result]):
        exact = (
            "exact"
            if window["frustration_index_exact"]
            else ("bounds {}..{}".format(*window["frustration_bound"]))
        )
        label = f"{window['window']}: " if window.get("window") else ""
        lines.append(
            f"{label}{window['nodes']:,} actors, {window['edges']:,} ties "
            f"({window['positive_edges']:,} +, {window['negative_edges']:,} -); "
            f"{len(window['blocs'])} blocs, {len(window['unaligned'])} unaligned; "
            f"the blocs frustrate {window['frustration']} ties; frustration index "
            f"{window['frustration_index']} ({exact}); triangle balance "
            f"{window['triangle_balance']:.4f}"
        )
    return "\n".join(lines)
