"""Blocs, frustration index and triangle balance: hand-made graphs, real signed networks, CLI."""

from __future__ import annotations

import csv
import itertools
import json
import random

import networkx as nx
import pytest

from conftest import DATA
from graphctl.analysis import alliances_from_store
from graphctl.analysis.alliances import (
    adjusted_rand_index,
    alliances_over_time,
    bloc_labels,
    find_blocs,
    planted_blocs_graph,
)
from graphctl.analysis.balance import frustration_index, triangle_balance
from graphctl.build import signed_graph
from graphctl.cli import cli
from graphctl.errors import AnalysisError
from graphctl.store.local import LocalStore

KOREA = DATA / "korea-2023.jsonl"


def signed_csv(path, window=None) -> nx.Graph:
    """Read a signnet CSV (source, target, sign[, window]) as given, straight into networkx."""
    G = nx.Graph()
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            if window is None or row.get("window") == window:
                G.add_edge(row["source"], row["target"], sign=int(row["sign"]), weight=1)
    return G


def cow_windows(real) -> list[str]:
    with open(real / "signnet" / "cow_signed_1946_1999.csv", newline="") as handle:
        return sorted({row["window"] for row in csv.DictReader(handle)})


def korea_graph(weight="goldstein") -> nx.Graph:
    with LocalStore(":memory:") as store:
        store.load(str(KOREA))
        return signed_graph(store.dyads(level="state"), weight=weight)


def brute_force_index(G) -> int:
    nodes = list(G)
    best = None
    for bits in itertools.product((0, 1), repeat=len(nodes) - 1):
        side = dict(zip(nodes, (0,) + bits, strict=True))
        value = sum((side[a] == side[b]) != (d["sign"] > 0) for a, b, d in G.edges(data=True))
        best = value if best is None else min(best, value)
    return best


# --- the example article, coded by hand ---------------------------------------------------------


@pytest.mark.parametrize("weight", ["goldstein", "count"])
def test_korea_article_gives_the_two_blocs(weight):
    result = find_blocs(korea_graph(weight))
    assert [b["members"] for b in result["blocs"]] == [["JPN", "KOR", "USA"], ["PRK", "RUS"]]
    # China met Kim once; Ukraine only appears at war with Russia: neither is a bloc member.
    assert result["unaligned"] == ["CHN", "UKR"]
    assert result["frustration"] == result["frustration_index"] == 0
    assert result["triangle_balance"] == 1.0
    assert result["relations"] == [{"blocs": [0, 1], "positive": 0, "negative": 6}]


def test_korea_blocs_at_min_member_events_one_take_china_in():
    result = find_blocs(korea_graph(), min_member_events=1)
    assert ["CHN", "PRK", "RUS"] in [b["members"] for b in result["blocs"]]


def test_result_follows_the_json_contract():
    result = find_blocs(korea_graph())
    json.dumps(result)
    for key, kind in [
        ("blocs", list),
        ("unaligned", list),
        ("frustration", int),
        ("frustration_index", int),
        ("triangle_balance", float),
        ("edges", int),
    ]:
        assert isinstance(result[key], kind), key
    assert [b["id"] for b in result["blocs"]] == [0, 1]
    assert result["blocs"][0]["evidence"][0]["sign"] == 1


# --- frustration index and triangle balance ------------------------------------------------------


def test_tribes_frustration_index_and_triangle_balance(real):
    G = signed_csv(real / "signnet" / "tribes_signed.csv")
    result = frustration_index(G)
    assert (result["index"], result["exact"]) == (7, True)
    assert len(result["frustrated"]) == 7
    assert round(triangle_balance(G), 4) == 0.8676
    blocs = find_blocs(G)
    assert blocs["frustration_index"] == 7
    assert blocs["frustration"] >= 0 and len(blocs["blocs"]) == 3


@pytest.mark.parametrize(
    ("window", "nodes", "ties", "index"),
    [("46-49", 64, 362, 17), ("96-99", 151, 1247, 45)],
    ids=["1946-49", "1996-99"],
)
def test_cow_frustration_index_is_the_exact_minimum(real, window, nodes, ties, index):
    G = signed_csv(real / "signnet" / "cow_signed_1946_1999.csv", window)
    assert (G.number_of_nodes(), G.number_of_edges()) == (nodes, ties)
    with_cuts = frustration_index(G)
    plain = frustration_index(G, triangle_cuts=False, time_limit=60)
    assert with_cuts["exact"] and plain["exact"]
    assert with_cuts["index"] == plain["index"] == index
    heuristic = frustration_index(G, exact=False)
    assert heuristic["bound"][0] <= index <= heuristic["bound"][1]


@pytest.mark.slow
def test_every_cow_window_matches_an_independent_exact_model(real):
    path = real / "signnet" / "cow_signed_1946_1999.csv"
    for window in cow_windows(real):
        G = signed_csv(path, window)
        with_cuts = frustration_index(G, time_limit=60)
        plain = frustration_index(G, triangle_cuts=False, time_limit=120)
        assert with_cuts["exact"] and plain["exact"], window
        assert with_cuts["index"] == plain["index"], window


def test_cow_1996_99_blocs(real):
    G = signed_csv(real / "signnet" / "cow_signed_1946_1999.csv", "96-99")
    result = find_blocs(G)
    big = [set(b["members"]) for b in result["blocs"] if b["size"] >= 5]
    assert len(big) >= 5
    assert any({"USA", "GBR", "FRA", "GER"} <= bloc for bloc in big)
    assert any({"RUS", "CHN"} <= bloc for bloc in big)
    assert not any({"USA", "RUS"} <= bloc for bloc in big)


@pytest.mark.parametrize("seed", range(6))
def test_exact_index_equals_brute_force_on_small_random_graphs(seed):
    rng = random.Random(seed)
    G = nx.gnp_random_graph(10, 0.5, seed=seed)
    nx.set_edge_attributes(G, {e: rng.choice((1, -1)) for e in G.edges}, "sign")
    assert frustration_index(G)["index"] == brute_force_index(G)
    heuristic = frustration_index(G, exact=False)
    assert heuristic["bound"][0] <= brute_force_index(G) <= heuristic["bound"][1]


def test_three_blocs_are_clusterable_but_not_two_group_balanced():
    G = planted_blocs_graph([6, 6, 6], p_in=1.0, p_out=1.0)
    result = find_blocs(G)
    assert [b["size"] for b in result["blocs"]] == [6, 6, 6]
    assert result["frustration"] == 0
    # Two groups must put two blocs together: their 36 negative ties are frustrated.
    assert result["frustration_index"] == 36
    # Only the 6 ** 3 triangles with one node in each bloc (all negative) are unbalanced.
    assert triangle_balance(G) == pytest.approx(1 - 216 / 816)


def test_two_blocs_give_perfect_balance():
    G = planted_blocs_graph([6, 6], p_in=1.0, p_out=1.0)
    assert triangle_balance(G) == 1.0
    assert frustration_index(G)["index"] == 0


def test_negative_triangle_is_unbalanced():
    G = nx.Graph([(1, 2, {"sign": -1}), (2, 3, {"sign": -1}), (1, 3, {"sign": -1})])
    assert triangle_balance(G) == 0.0
    assert frustration_index(G)["index"] == 1


def test_weighted_index_uses_the_weight():
    G = nx.Graph(
        [
            (1, 2, {"sign": 1, "weight": 5}),
            (2, 3, {"sign": 1, "weight": 1}),
            (1, 3, {"sign": -1, "weight": 2}),
        ]
    )
    assert frustration_index(G, weight="weight")["index"] == 1
    assert frustration_index(G)["index"] == 1


@pytest.mark.parametrize(
    ("graph", "message"),
    [
        (nx.DiGraph([(1, 2, {"sign": 1})]), "undirected"),
        (nx.Graph([(1, 2)]), "'sign'"),
    ],
    ids=["directed", "unsigned"],
)
def test_bad_graphs_are_refused(graph, message):
    with pytest.raises(AnalysisError, match=message):
        frustration_index(graph)


# --- blocs: recovery, isolation, time ---------------------------------------------------------


def test_isolated_and_only_hostile_actors_are_unaligned():
    G = planted_blocs_graph([4, 4], p_in=1.0, p_out=0.0)
    G.add_node("loner")
    G.add_edge("spoiler", 0, sign=-1, weight=1)
    result = find_blocs(G)
    assert result["unaligned"] == ["loner", "spoiler"]
    assert [b["size"] for b in result["blocs"]] == [4, 4]


def test_number_of_blocs_comes_from_the_data():
    G = planted_blocs_graph([8, 8, 8, 8, 8], p_in=0.8, p_out=0.3, seed=3)
    result = find_blocs(G, exact=False)
    assert len(result["blocs"]) == 5
    assert adjusted_rand_index(nx.get_node_attributes(G, "bloc"), bloc_labels(result)) == 1.0


def test_recovery_falls_as_noise_rises():
    def ari(noise):
        scores = []
        for seed in range(3):
            G = planted_blocs_graph([15] * 4, p_in=0.4, p_out=0.15, noise=noise, seed=seed)
            found = find_blocs(G, seed=seed, exact=False)
            scores.append(
                adjusted_rand_index(nx.get_node_attributes(G, "bloc"), bloc_labels(found))
            )
        return sum(scores) / len(scores)

    clean, noisy, random_signs = ari(0.0), ari(0.25), ari(0.5)
    assert clean > 0.95
    assert clean > noisy > random_signs
    assert random_signs < 0.2


def test_alliances_over_time_reports_joins_and_splits():
    before = nx.Graph(
        [("USA", "KOR", {"sign": 1}), ("KOR", "PRK", {"sign": -1}), ("RUS", "PRK", {"sign": 1})]
    )
    after = nx.Graph(
        [("USA", "KOR", {"sign": 1}), ("RUS", "PRK", {"sign": -1}), ("KOR", "PRK", {"sign": 1})]
    )
    windows = alliances_over_time({"2022": before, "2023": after})["windows"]
    assert [w["window"] for w in windows] == ["2022", "2023"]
    assert {"actors": ["PRK", "RUS"], "change": "split"} in windows[1]["changes"]
    assert {"actors": ["KOR", "PRK"], "change": "joined"} in windows[1]["changes"]


def test_min_bloc_size_must_be_positive():
    with pytest.raises(AnalysisError, match="min_bloc_size must be at least 1, not 0"):
        find_blocs(nx.Graph(), min_bloc_size=0)


# --- from the store and the command line ---------------------------------------------------------


def test_alliances_from_store_and_write(store):
    store.load(str(KOREA))
    result = alliances_from_store(store, min_events=1, write=True)
    assert [b["members"] for b in result["blocs"]] == [["JPN", "KOR", "USA"], ["PRK", "RUS"]]
    assert result["written"] > 0
    kept = store.node_properties()
    assert kept["USA"]["bloc"] == kept["KOR"]["bloc"] != kept["RUS"]["bloc"]
    assert kept["CHN"]["bloc"] == -1


@pytest.mark.slow
def test_cow_windows_from_store(store, real):
    store.load(str(real / "signnet" / "cow_signed_1946_1999.csv"))
    result = alliances_from_store(store, every="window")
    windows = {w["window"]: w for w in result["windows"]}
    assert len(windows) == 51
    assert windows["46-49"]["frustration_index"] == 17
    assert windows["96-99"]["frustration_index"] == 45
    assert all(w["frustration_index_exact"] for w in windows.values())


def test_cli_alliances_table(runner, db):
    assert runner.invoke(cli, ["load", "--db", db, str(KOREA)]).exit_code == 0
    result = runner.invoke(cli, ["alliances", "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["bloc", "size", "members", "positive_inside", "negative_inside"]
    assert lines[1].split()[:5] == ["0", "3", "JPN,", "KOR,", "USA"]
    assert lines[-1].startswith("7 actors, 12 ties (5 +, 7 -); 2 blocs, 2 unaligned;")


def test_cli_alliances_json_and_csv(runner, db):
    runner.invoke(cli, ["load", "--db", db, str(KOREA)])
    document = json.loads(runner.invoke(cli, ["alliances", "--db", db, "--format", "json"]).output)
    assert document["blocs"][1]["members"] == ["PRK", "RUS"]
    assert document["frustration_index"] == 0
    text = runner.invoke(cli, ["alliances", "--db", db, "--format", "csv"]).output
    assert text.splitlines()[1] == "0,3,JPN;KOR;USA,3,0"


def test_cli_explain_lists_the_events_behind_a_pair(runner, db):
    runner.invoke(cli, ["load", "--db", db, str(KOREA)])
    result = runner.invoke(
        cli, ["alliances", "--db", db, "--explain", "USA", "PRK", "--format", "json"]
    )
    assert result.exit_code == 0
    document = json.loads(result.output)
    assert len(document["events"]) == 4
    assert document["relation"]["sign"] == -1
    table = runner.invoke(cli, ["alliances", "--db", db, "--explain", "USA", "PRK"]).output
    assert table.splitlines()[-1] == "USA - PRK: conflict (score -4.4), 4 events (1 +, 3 -)"


def test_cli_alliances_every_month(runner, db):
    runner.invoke(cli, ["load", "--db", db, str(KOREA)])
    result = runner.invoke(cli, ["alliances", "--db", db, "--every", "month", "--format", "json"])
    assert result.exit_code == 0
    document = json.loads(result.output)
    assert [w["window"] for w in document["windows"]] == ["2023-07", "2023-08", "2023-09"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--every", "week"], "Invalid value for '--every'"),
        (["--since", "2023-13"], "is not a date"),
        (["--min-events", "0"], "Invalid value for '--min-events'"),
    ],
    ids=["every", "date", "min-events"],
)
def test_cli_alliances_rejects_bad_options(runner, db, args, message):
    result = runner.invoke(cli, ["alliances", "--db", db, *args])
    assert result.exit_code == 2
    assert message in result.output


def test_cli_every_window_needs_a_signed_list(runner, db):
    runner.invoke(cli, ["load", "--db", db, str(KOREA)])
    result = runner.invoke(cli, ["alliances", "--db", db, "--every", "window"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: no events carry a window: --every window is for signed "
        "relation lists such as Correlates of War\n"
    )
