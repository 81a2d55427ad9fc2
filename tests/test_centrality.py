"""Centrality: each metric against networkx or a hand computation; ranking; real data; CLI."""

from __future__ import annotations

import json

import networkx as nx
import numpy as np
import pytest

from conftest import DATA
from graphctl.analysis import centrality_from_store
from graphctl.analysis.centrality import METRICS, centrality, rank
from graphctl.cli import cli
from graphctl.errors import AnalysisError

KOREA = DATA / "korea-2023.jsonl"


def small():
    G = nx.DiGraph()
    G.add_edge("USA", "KOR", events=3, positive=3, negative=0, score=3, sign=1)
    G.add_edge("KOR", "USA", events=1, positive=1, negative=0, score=1, sign=1)
    G.add_edge("PRK", "KOR", events=2, positive=0, negative=2, score=-2, sign=-1)
    G.add_edge("USA", "PRK", events=4, positive=1, negative=3, score=-2, sign=-1)
    return G


def random_digraph(n=60, p=0.08, seed=1):
    G = nx.gnp_random_graph(n, p, seed=seed, directed=True)
    rng = np.random.default_rng(seed)
    for a, b in G.edges:
        G.edges[a, b]["events"] = int(rng.integers(1, 6))
    return G


@pytest.mark.parametrize(
    ("metric", "expected"),
    [
        ("degree", {"USA": 2, "KOR": 2, "PRK": 2}),
        ("in_degree", {"USA": 1, "KOR": 2, "PRK": 1}),
        ("out_degree", {"USA": 2, "KOR": 1, "PRK": 1}),
        ("strength", {"USA": 8, "KOR": 6, "PRK": 6}),
        ("in_strength", {"USA": 1, "KOR": 5, "PRK": 4}),
        ("out_strength", {"USA": 7, "KOR": 1, "PRK": 2}),
        ("positive_strength", {"USA": 5, "KOR": 4, "PRK": 1}),
        ("negative_strength", {"USA": 3, "KOR": 2, "PRK": 5}),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_degree_and_strength(metric, expected):
    assert centrality(small(), metric)[0] == pytest.approx(expected)


def test_pagerank_matches_networkx():
    G = random_digraph()
    ours = centrality(G, "pagerank")[0]
    theirs = nx.pagerank(G, weight="events")
    assert ours == pytest.approx(theirs, abs=1e-5)


def test_exact_betweenness_matches_networkx():
    G = random_digraph()
    ours, info = centrality(G, "betweenness", exact=True)
    assert ours == pytest.approx(nx.betweenness_centrality(G), abs=1e-9)
    assert info["method"].startswith("exact")


def test_sampled_betweenness_stays_within_its_stated_error():
    G = random_digraph(n=300, p=0.02, seed=4)
    exact = nx.betweenness_centrality(G)
    sampled, info = centrality(G, "betweenness", samples=100)
    assert info["sampled_sources"] == 100
    worst = max(abs(sampled[n] - exact[n]) for n in G)
    assert 0 < worst < 5 * info["standard_error"]


def test_eigenvector_matches_networkx_on_the_undirected_counts():
    G = random_digraph()
    undirected = nx.Graph()
    for a, b, d in G.edges(data=True):
        w = undirected.edges[a, b]["events"] if undirected.has_edge(a, b) else 0
        undirected.add_edge(a, b, events=w + d["events"])
    theirs = nx.eigenvector_centrality_numpy(undirected, weight="events")
    top = max(theirs.values())
    ours = centrality(G, "eigenvector")[0]
    assert ours == pytest.approx({n: v / top for n, v in theirs.items()}, abs=1e-6)


def test_pn_index_follows_everett_and_borgatti():
    G = small()
    ours = centrality(G, "pn")[0]
    nodes = ["USA", "KOR", "PRK"]
    # Pair signs: USA-KOR +, KOR-PRK -, USA-PRK -; A = P - 2N; PN = (I - A / (2n - 2))^-1 1.
    A = np.array([[0, 1, -2], [1, 0, -2], [-2, -2, 0]], dtype=float)
    expected = np.linalg.solve(np.eye(3) - A / 4, np.ones(3))
    assert [ours[n] for n in nodes] == pytest.approx(expected.tolist())
    assert ours["USA"] == ours["KOR"] > ours["PRK"]


def test_rank_shares_ranks_on_ties_and_keeps_the_top():
    result = rank(small(), "degree", top=2)
    assert result["metric"] == "degree"
    assert [(s["actor"], s["rank"]) for s in result["scores"]] == [("KOR", 1), ("PRK", 1)]
    assert set(result["scores"][0]) == {"actor", "name", "score", "rank"}


def test_every_metric_runs_and_gives_a_score_per_node():
    G = random_digraph(n=30)
    for metric in METRICS:
        result = rank(G, metric)
        assert len(result["scores"]) == 30, metric
        json.dumps(result)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"metric": "fame"}, "metric must be one of pagerank, degree"),
        ({"top": 0}, "top must be at least 1, not 0"),
    ],
    ids=["metric", "top"],
)
def test_bad_arguments_raise(kwargs, message):
    with pytest.raises(AnalysisError, match=message):
        rank(small(), **kwargs)


def test_korea_pagerank_and_write(store):
    store.load(str(KOREA))
    result = centrality_from_store(store, metric="pagerank", top=2, write=True)
    assert [s["actor"] for s in result["scores"]] == ["PRK", "RUS"]
    assert result["scores"][0]["name"] == "North Korea"
    kept = store.node_properties()
    assert kept["PRK"]["pagerank_rank"] == 1
    assert "pagerank" in kept["USA"]


def test_icews_sample_ranks_the_usa_first(store, real):
    store.load(str(real / "icews-andybega" / "events.2018.sample.tab"))
    for metric in ("pagerank", "degree", "betweenness"):
        top = [s["actor"] for s in centrality_from_store(store, metric=metric, top=5)["scores"]]
        assert top[0] == "USA", metric
        assert {"RUS", "CHN"} <= set(top), metric


def test_cli_centrality_formats(runner, db):
    assert runner.invoke(cli, ["load", "--db", db, str(KOREA)]).exit_code == 0
    table = runner.invoke(cli, ["centrality", "--db", db, "--metric", "degree", "--top", "1"])
    assert table.exit_code == 0
    assert table.output.splitlines()[0].split() == ["rank", "actor", "name", "score"]
    # North Korea deals with Russia, China, the US, South Korea and Japan.
    assert table.output.splitlines()[1].split() == ["1", "PRK", "North", "Korea", "5"]
    csv = runner.invoke(cli, ["centrality", "--db", db, "--metric", "degree", "--format", "csv"])
    assert csv.output.splitlines()[0] == "rank,actor,name,score"
    document = json.loads(
        runner.invoke(
            cli, ["centrality", "--db", db, "--format", "json", "--level", "actor"]
        ).output
    )
    assert document["metric"] == "pagerank"
    assert document["scores"][0]["rank"] == 1


def test_cli_centrality_rejects_an_unknown_metric(runner, db):
    result = runner.invoke(cli, ["centrality", "--db", db, "--metric", "fame"])
    assert result.exit_code == 2
    assert "Invalid value for '--metric'" in result.output
