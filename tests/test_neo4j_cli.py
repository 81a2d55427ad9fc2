"""`graphctl cypher` without a Neo4j server: what needs no server, and what it says otherwise."""

from __future__ import annotations

from graphctl.cli import cli


def test_cypher_run_without_neo4j_says_so_and_leaves_no_file(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    env = {"NEO4J_URI": None, "GRAPHCTL_DB": None}
    result = runner.invoke(cli, ["cypher", "run", "top_actors"], env=env)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: ready queries run on Neo4j: give --neo4j URI or set NEO4J_URI\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_cypher_run_takes_no_local_file(runner, tmp_path):
    result = runner.invoke(cli, ["cypher", "run", "top_actors", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "Error: No such option '--db'." in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cypher_list_needs_no_server(runner):
    result = runner.invoke(cli, ["cypher", "list"], env={"NEO4J_URI": None})
    assert result.exit_code == 0
    assert "top_actors" in result.output and "shortest_path" in result.output
