"""Hand events on: as records (jsonl, csv) or as a graph for Gephi (graphml, gexf, json)."""

from __future__ import annotations

import csv
import json

import networkx as nx

from graphctl.build import event_graph
from graphctl.errors import GraphctlError
from graphctl.events import COLUMNS
from graphctl.store.base import EventFilter, Store

FORMATS = ("jsonl", "csv", "graphml", "gexf", "json")


def _scalar(value):
    if isinstance(value, (bool, int, float, str)):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def gephi_ready(graph: nx.Graph) -> nx.Graph:
    """Return a copy whose attributes GraphML and GEXF can hold: no None, only scalars.

    Examples
    --------
    >>> g = nx.Graph(); g.add_edge("A", "B", quad=None, tags=["x"])
    >>> gephi_ready(g)["A"]["B"]
    {'tags': '["x"]'}
    """
    clean = graph.__class__()
    clean.graph.update({k: _scalar(v) for k, v in graph.graph.items() if v is not None})
    for node, data in graph.nodes(data=True):
        clean.add_node(node, **{k: _scalar(v) for k, v in data.items() if v is not None})
    if graph.is_multigraph():
        for a, b, key, data in graph.edges(keys=True, data=True):
            clean.add_edge(
                a, b, key=key, **{k: _scalar(v) for k, v in data.items() if v is not None}
            )
    else:
        for a, b, data in graph.edges(data=True):
            clean.add_edge(a, b, **{k: _scalar(v) for k, v in data.items() if v is not None})
    return clean


def export_store(
    store: Store,
    stream,
    *,
    format: str = "jsonl",
    level: str = "actor",
    filter: EventFilter = EventFilter(),
) -> int:
    """Write the store's events to `stream` in `format`; return how many events were written.

    jsonl keeps every field; csv has the event record's columns. graphml, gexf and json write
    the event multigraph (actors as nodes, one edge per event) with analysis results kept by
    ``--write`` as node attributes.
    """
    if format not in FORMATS:
        raise GraphctlError(f"unknown export format {format!r}; known: {', '.join(FORMATS)}")
    events = store.events(filter)
    if format == "jsonl":
        written = 0
        for event in events:
            stream.write(json.dumps(event, ensure_ascii=False, default=str) + "\n")
            written += 1
        return written
    if format == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(COLUMNS)
        written = 0
        for event in events:
            writer.writerow(["" if event.get(c) is None else event.get(c) for c in COLUMNS])
            written += 1
        return written
    graph = event_graph(events, level=level)
    properties = getattr(store, "node_properties", lambda: {})()
    for node, values in properties.items():
        if node in graph:
            graph.nodes[node].update(values)
    write_graph(gephi_ready(graph), stream, format)
    return sum(1 for *_, d in graph.edges(keys=True, data=True) if d.get("tie") != "represents")


def write_graph(graph: nx.Graph, stream, format: str) -> None:
    """Write `graph` as GraphML, GEXF or node-link JSON to a text stream."""
    if format == "json":
        json.dump(nx.node_link_data(graph, edges="edges"), stream, ensure_ascii=False, default=str)
        stream.write("\n")
        return
    lines = nx.generate_graphml(graph) if format == "graphml" else nx.generate_gexf(graph)
    for line in lines:
        stream.write(line + "\n")
