"""Neo4j store against a real server (scripts/neo4j.sh start): parity with the local store,
idempotent loads, --write, ready queries, LOAD CSV, credentials and injection."""

from __future__ import annotations

import math
import os
from pathlib import Path

import networkx as nx
import pytest

from conftest import REAL, ROOT
from graphctl import cypher
from graphctl.analysis.pipeline import alliances_from_store, centrality_from_store
from graphctl.build import event_graph, signed_graph
from graphctl.cli import cli
from graphctl.errors import StoreError
from graphctl.events import COLUMNS, validate
from graphctl.store import EventFilter, open_store

pytestmark = pytest.mark.neo4j

URI = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
PASSWORD = os.environ.get("NEO4J_PASSWORD", "graphctl-local")
KOREA = ROOT / "tests" / "data" / "korea-2023.jsonl"
GDELT2 = REAL / "gdelt2-arekziobrowski" / "20191024143000.export.CSV"
TRIBES = REAL / "signnet" / "tribes_signed.csv"
IMPORT = Path(os.environ.get("GRAPHCTL_NEO4J_HOME", ROOT / ".neo4j")) / "import"


def clear(store) -> None:
    # Relationships first: a busy node's DETACH DELETE would be one huge transaction.
    store.run_query("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS")
    store.run_query("MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS")
    store._schema_ready = False


@pytest.fixture(scope="session")
def server():
    """The server scripts/neo4j.sh started; fails (never skips) when it is not there."""
    try:
        store = open_store(neo4j=URI, password=PASSWORD)
    except StoreError as exc:
        pytest.fail(f"no Neo4j at {URI} ({exc}): run scripts/neo4j.sh start first")
    store.close()
    return URI


@pytest.fixture
def neo(server):
    """An emptied Neo4j store."""
    with open_store(neo4j=server, password=PASSWORD) as store:
        clear(store)
        yield store


@pytest.fixture
def both(neo, store):
    """The same events in Neo4j and in a local store: the Korea fixture, GDELT 2.0, tribes."""
    for path in (KOREA, GDELT2, TRIBES):
        assert neo.load(str(path)).added == store.load(str(path)).added
    return neo, store


def same(a, b) -> bool:
    """Equal, with floats compared to 1e-9 (sums may run in another order)."""
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


FILTERS = [
    pytest.param(EventFilter(), id="all"),
    pytest.param(EventFilter(actors=("PRK", "USA")), id="actors"),
    pytest.param(EventFilter(since="2019", until="2023-09"), id="dates"),
    pytest.param(EventFilter(codes=("04", "19")), id="codes"),
    pytest.param(EventFilter(quads=(3, 4)), id="quads"),
]


@pytest.mark.parametrize("level", ["state", "actor"])
@pytest.mark.parametrize("flt", FILTERS)
def test_dyads_match_the_local_store(both, level, flt):
    neo, local = both
    assert same(neo.dyads(level=level, filter=flt), local.dyads(level=level, filter=flt))
    assert neo.count(flt) == local.count(flt)


def tied_names(events, level):
    """Actor ids whose most frequent name is shared by two names (either is a right answer)."""
    from collections import Counter

    names: dict[str, Counter] = {}
    for e in events:
        for side in ("source", "target"):
            node = (e[f"{side}_state"] or e[side]) if level == "state" else e[side]
            if level == "state" and e[f"{side}_kind"] not in ("state", "organisation"):
                continue
            if node and e[f"{side}_name"]:
                names.setdefault(node, Counter())[e[f"{side}_name"]] += 1
    return {
        n
        for n, c in names.items()
        if len(c) > 1 and sorted(c.values())[-2:] == [max(c.values())] * 2
    }


@pytest.mark.parametrize("level", ["state", "actor"])
def test_actors_match_the_local_store(both, level):
    neo, local = both
    ours, theirs = neo.actors(level=level), local.actors(level=level)
    assert [a["id"] for a in ours] == [a["id"] for a in theirs]
    differ = [(a, b) for a, b in zip(ours, theirs) if a != b]
    # The only difference allowed: which of two equally frequent names an actor gets
    # (the local store's mode() picks either); every other field must be equal.
    assert all({**a, "name": None} == {**b, "name": None} for a, b in differ)
    assert {a["id"] for a, _ in differ} <= tied_names(local.events(), level)


def test_events_match_the_local_store(both):
    neo, local = both
    assert list(neo.events()) == list(local.events())
    flt = EventFilter(actors=("USA",), limit=5)
    assert list(neo.events(flt)) == list(local.events(flt))


def test_stats_match_the_local_store(both):
    neo, local = both
    ours, theirs = neo.stats(), local.stats()
    for key in ("events", "actors", "states", "first_date", "last_date", "by_quad"):
        assert ours[key] == theirs[key], key
    assert ours["store"] == URI


def test_alliances_match_the_local_store(both):
    neo, local = both
    ours, theirs = alliances_from_store(neo), alliances_from_store(local)
    for key in ("blocs", "unaligned", "frustration", "edges", "triangle_balance"):
        assert same(ours[key], theirs[key]), key


@pytest.mark.parametrize("metric", ["pagerank", "degree", "betweenness"])
def test_centrality_matches_the_local_store(both, metric):
    neo, local = both
    ours = centrality_from_store(neo, metric=metric)["scores"]
    theirs = centrality_from_store(local, metric=metric)["scores"]
    assert same(ours, theirs)


def test_viz_input_matches_the_local_store(both):
    neo, local = both
    for level in ("actor", "state"):
        ours, theirs = (
            event_graph(neo.events(), level=level),
            event_graph(local.events(), level=level),
        )
        assert nx.utils.edges_equal(
            ours.edges(keys=True, data=True), theirs.edges(keys=True, data=True)
        )
        assert dict(ours.nodes(data=True)) == dict(theirs.nodes(data=True))


def test_loading_twice_adds_nothing(neo):
    first = neo.load(str(GDELT2))
    second = neo.load(str(GDELT2))
    assert (first.read, first.added) == (2111, 2111)
    assert (second.read, second.added, second.duplicates) == (2111, 0, 2111)
    assert neo.count() == 2111
    counts = neo.run_query(
        "MATCH (a:Actor) WITH count(a) AS actors "
        "MATCH ()-[t:REPRESENTS]->() RETURN actors, count(t) AS ties"
    )
    neo.load(str(GDELT2))
    assert (
        neo.run_query(
            "MATCH (a:Actor) WITH count(a) AS actors "
            "MATCH ()-[t:REPRESENTS]->() RETURN actors, count(t) AS ties"
        )
        == counts
    )


def test_a_load_over_partly_stored_events_adds_only_the_rest(neo, server):
    from graphctl.formats import iter_events

    events = list(iter_events(str(GDELT2)))
    assert neo.add(events[:700]).added == 700
    # A second store knows nothing of the first: its first batch meets stored ids.
    with open_store(neo4j=server, password=PASSWORD) as other:
        assert other.add(events).added == len(events) - 700
        assert other.add(events[::-1]).added == 0
    assert neo.add(events).added == 0
    assert neo.count() == len(events)
    ids = neo.run_query("MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN count(DISTINCT r.id) AS n")
    assert ids == [{"n": len(events)}]


def test_a_database_cleared_under_an_open_store_is_loaded_again_in_full(neo, server):
    from graphctl.formats import iter_events

    graph = (
        "MATCH (a:Actor) WITH count(a) AS actors MATCH ()-[t]->() RETURN actors, count(t) AS ties"
    )
    nobody = {"id": "x:nobody", "source": "PRK", "target": None, "code": "138", "quad": 4}
    batch = [*iter_events(str(KOREA)), validate(nobody)]
    first = neo.add(batch)
    events, counts = list(neo.events()), neo.run_query(graph)
    with open_store(neo4j=server, password=PASSWORD) as other:
        # Every node goes, the stand-in for missing ends too, behind `neo`'s back.
        other.run_query("MATCH ()-[r]->() DELETE r")
        other.run_query("MATCH (n) DELETE n")
    assert neo.add(batch).added == first.added == len(batch)
    assert list(neo.events()) == events
    assert neo.run_query(graph) == counts


def test_every_field_and_unknown_fields_round_trip(neo):
    event = {
        "id": "x:1",
        "date": "2023-08",
        "source": "PRK",
        "target": None,
        "source_name": "North Korea",
        "source_kind": "state",
        "code": "138",
        "quad": 3,
        "goldstein": -7.0,
        "text": "A test sentence with 'quotes', `backticks` and {braces}.",
        "doc": "test",
        "lang": "en",
        "sign": -1,
        "weight": 2.5,
        "window": "46-49",
        "date_precision": "month",
        "source_role": "head of state",
        "url": "https://example.org/a",
        "tags": ["a", "b"],
    }
    assert neo.add([event]).added == 1
    (stored,) = neo.events()
    assert {k: stored[k] for k in event} == event
    props = neo.run_query("MATCH ()-[r {id: 'x:1'}]->() RETURN properties(r) AS p")[0]["p"]
    # Plain unknown fields are properties of their own too; lists only live in `extra`.
    assert props["url"] == "https://example.org/a" and "tags" not in props
    assert props["window"] == "46-49" and props["polarity"] == -1
    assert "target" not in props and None not in props.values()


def test_graph_model(neo):
    neo.load(str(KOREA))
    labels = {
        r["id"]: set(r["labels"])
        for r in neo.run_query("MATCH (a:Actor) RETURN a.id AS id, labels(a) AS labels")
    }
    assert labels["USA"] == {"Actor", "State"}
    assert labels["person:kim-jong-un"] == {"Actor", "Official"}
    ties = neo.run_query(
        "MATCH (o:Official {id: 'person:kim-jong-un'})-[:REPRESENTS]->(s) RETURN s.id AS state"
    )
    assert ties == [{"state": "PRK"}]
    types = {
        r["t"]
        for r in neo.run_query(
            "MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN DISTINCT type(r) AS t"
        )
    }
    assert types <= set(__import__("graphctl.store.neo4j", fromlist=["x"]).EVENT_TYPES)
    assert "THREATEN" in types
    constraints = {r["name"] for r in neo.run_query("SHOW CONSTRAINTS YIELD name")}
    assert {"actor_id", "state_id", "official_id", "meet_id", "sanction_id"} <= constraints


def test_schema_file_matches_the_store():
    from graphctl.store.neo4j import schema_statements

    text = (cypher.folder() / "schema.cypher").read_text(encoding="utf-8")
    assert cypher.statements(text)[: len(schema_statements())] == schema_statements()


def test_write_keeps_blocs_and_centrality_on_nodes(neo):
    neo.load(str(KOREA))
    result = alliances_from_store(neo, write=True)
    scores = centrality_from_store(neo, write=True)["scores"]
    stored = neo.node_properties(("bloc", "pagerank", "pagerank_rank"))
    for bloc in result["blocs"]:
        for member in bloc["members"]:
            assert stored[member]["bloc"] == bloc["id"]
    for score in scores:
        assert stored[score["actor"]]["pagerank"] == pytest.approx(score["score"])
        assert stored[score["actor"]]["pagerank_rank"] == score["rank"]
    # A second run replaces the values: no stale bloc survives on an actor left out.
    neo.write_node_properties({"USA": {"bloc": 9}})
    assert neo.node_properties(("bloc",)) == {"USA": {"bloc": 9}}


NASTY = ["x'}) DETACH DELETE n //", "a`b", "{evil}", 'q"uote', "$param", "\\'; MATCH (n) DELETE n"]


@pytest.mark.parametrize(
    "name", NASTY, ids=["quote", "backtick", "braces", "dquote", "dollar", "backslash"]
)
def test_names_cannot_inject(neo, name):
    neo.load(str(KOREA))
    before = neo.count()
    report = neo.add(
        [
            {
                "source": name,
                "target": "USA",
                "source_name": name,
                "quad": 4,
                "source_kind": "other",
                "source_state": name,
                "code": "190",
            }
        ]
    )
    assert report.added == 1
    assert neo.count() == before + 1
    found = {a["id"]: a for a in neo.actors(level="actor", filter=EventFilter(actors=(name,)))}
    assert found[name]["name"] == name
    rows = cypher.run(neo, "events_between", {"a": name, "b": "USA"})
    assert [r["source"] for r in rows] == [name]


def test_wrong_password_is_a_clear_error_without_the_password(server):
    with pytest.raises(StoreError) as caught:
        open_store(neo4j=server, password="not-the-password-42")
    message = str(caught.value)
    assert "refused user 'neo4j'" in message
    assert "not-the-password-42" not in message


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot connect to Neo4j at bolt://127.0.0.1:1"):
        open_store(neo4j="bolt://127.0.0.1:1", password="secret-password-77")


def test_cli_load_and_stats_on_neo4j(server, neo, runner):
    env = {"NEO4J_URI": server, "NEO4J_PASSWORD": PASSWORD}
    result = runner.invoke(cli, ["load", str(KOREA)], env=env)
    assert result.exit_code == 0, result.output
    assert "24 events added" in result.output
    assert PASSWORD not in result.output + result.stderr
    result = runner.invoke(cli, ["stats", "--format", "json"], env=env)
    assert result.exit_code == 0 and '"events": 24' in result.output


def test_cli_password_never_printed(server, runner):
    result = runner.invoke(
        cli, ["stats"], env={"NEO4J_URI": server, "NEO4J_PASSWORD": "hunter2-secret"}
    )
    assert result.exit_code == 1
    assert "hunter2-secret" not in result.output + result.stderr
    assert "refused user 'neo4j'" in result.stderr


# --- the ready queries: each checked against what the store's own reads say -------------------


@pytest.fixture
def korea(neo):
    neo.load(str(KOREA))
    neo.load(str(TRIBES))
    return neo


def test_every_ready_query_is_tested():
    tested = {
        "alliance_picture",
        "events_between",
        "official_network",
        "shortest_path",
        "top_actors",
        "unbalanced_triangles",
    }
    assert {q.name for q in cypher.queries()} == tested


def test_ready_queries_open_with_a_comment():
    for query in cypher.queries():
        assert query.text.startswith("// ") and len(query.description) > 20


def test_top_actors(korea):
    rows = cypher.run(korea, "top_actors", {"limit": "5"})
    expected = korea.actors(level="actor")[:5]
    assert [(r["actor"], r["events"]) for r in rows] == [(a["id"], a["events"]) for a in expected]


def test_events_between(korea):
    rows = cypher.run(korea, "events_between", {"a": "PRK", "b": "USA"})
    expected = [
        e
        for e in korea.events(EventFilter(actors=("PRK", "USA")))
        if {e["source_state"] or e["source"], e["target_state"] or e["target"]} == {"PRK", "USA"}
    ]
    assert sorted(r["id"] for r in rows) == sorted(e["id"] for e in expected)
    assert len(rows) >= 3
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def test_official_network(korea):
    official = "person:kim-jong-un"
    rows = cypher.run(korea, "official_network", {"official": official})
    expected: dict[str, int] = {}
    for e in korea.events(EventFilter(actors=(official,))):
        if official in (e["source"], e["target"]) and e["source"] != e["target"]:
            other = e["target"] if e["source"] == official else e["source"]
            if other:
                expected[other] = expected.get(other, 0) + 1
    assert {r["counterpart"]: r["events"] for r in rows} == expected
    assert all(r["represents"] == ["PRK"] for r in rows)


@pytest.mark.parametrize("a,b", [("USA", "RUS"), ("person:park-jin", "CHN"), ("Gavev", "Nagam")])
def test_shortest_path(korea, a, b):
    rows = cypher.run(korea, "shortest_path", {"a": a, "b": b})
    graph = event_graph(korea.events(), level="actor").to_undirected()
    assert rows[0]["hops"] == nx.shortest_path_length(graph, a, b)
    assert rows[0]["actors"][0] == a and rows[0]["actors"][-1] == b


def test_unbalanced_triangles(korea):
    rows = cypher.run(korea, "unbalanced_triangles", {"limit": "1000"})
    graph = signed_graph(korea.dyads(level="actor"))
    expected = set()
    for x, y, z in (c for c in nx.enumerate_all_cliques(graph) if len(c) == 3):
        signs = graph[x][y]["sign"] * graph[y][z]["sign"] * graph[x][z]["sign"]
        if signs < 0:
            expected.add(tuple(sorted((x, y, z))))
    assert {(r["a"], r["b"], r["c"]) for r in rows} == expected
    assert expected  # the tribes network has unbalanced triangles


def test_alliance_picture(korea):
    result = alliances_from_store(korea, level="actor", write=True)
    rows = cypher.run(korea, "alliance_picture")
    bloc_of = {m: b["id"] for b in result["blocs"] for m in b["members"]}
    expected: dict[tuple, int] = {}
    for e in korea.events():
        ends = []
        for side in ("source", "target"):
            actor = e[side]
            bloc = bloc_of.get(actor)
            if bloc is None and e[f"{side}_kind"] == "official":
                bloc = bloc_of.get(e[f"{side}_state"])
            ends.append(bloc)
        if None not in ends:
            key = tuple(sorted(ends))
            expected[key] = expected.get(key, 0) + 1
    assert {(r["bloc_a"], r["bloc_b"]): r["events"] for r in rows} == expected
    for row in rows:
        members = next(b["members"] for b in result["blocs"] if b["id"] == row["bloc_a"])
        assert row["members_a"] == sorted(members)


def test_cypher_cli(server, korea, runner):
    env = {"NEO4J_URI": server, "NEO4J_PASSWORD": PASSWORD}
    result = runner.invoke(
        cli, ["cypher", "run", "top_actors", "--param", "limit=2", "--format", "json"], env=env
    )
    assert result.exit_code == 0, result.output
    assert '"actor": "RUS"' in result.output
    result = runner.invoke(cli, ["cypher", "run", "top_actors", "--param", "limit=two"], env=env)
    assert result.exit_code == 1
    assert "Error: --param limit must be a int, not 'two'" in result.stderr
    result = runner.invoke(cli, ["cypher", "run", "events_between", "--param", "a=USA"], env=env)
    assert result.exit_code == 1
    assert "Error: events_between needs --param b=..." in result.stderr


def test_load_csv_script_builds_the_same_graph(neo, store):
    """graphctl's CSV export, loaded by cypher/load_csv.cypher, reads back like the store."""
    from graphctl.export import export_store

    for path in (KOREA, GDELT2, TRIBES):
        store.load(str(path))
    IMPORT.mkdir(parents=True, exist_ok=True)
    target = IMPORT / "graphctl-test-events.csv"
    with open(target, "w", encoding="utf-8") as stream:
        export_store(store, stream, format="csv")
    try:
        for statement in cypher.statements((cypher.folder() / "schema.cypher").read_text()):
            neo.run_query(statement)
        script = cypher.statements((cypher.folder() / "load_csv.cypher").read_text())
        for _ in range(2):  # twice: the second run adds nothing
            neo.run_query(script[0], {"file": "file:///graphctl-test-events.csv"})
    finally:
        target.unlink()
    assert neo.count() == store.count()
    strip = [{k: e.get(k) for k in COLUMNS} for e in store.events()]
    assert [{k: e.get(k) for k in COLUMNS} for e in neo.events()] == strip
    assert same(neo.dyads(level="actor"), store.dyads(level="actor"))
    types = neo.run_query(
        "MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN type(r) AS t, count(*) AS n ORDER BY t"
    )
    neo2 = {r["t"]: r["n"] for r in types}
    clear(neo)
    for path in (KOREA, GDELT2, TRIBES):
        neo.load(str(path))
    assert {
        r["t"]: r["n"]
        for r in neo.run_query(
            "MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN type(r) AS t, count(*) AS n"
        )
    } == neo2
