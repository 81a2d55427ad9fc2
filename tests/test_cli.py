"""The core commands from the outside: exit codes, messages, formats that pipe."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

from graphctl import __version__
from graphctl.cli import cli

EXAMPLE = str(Path(__file__).resolve().parent.parent / "examples" / "world-2022-2024.csv")


@pytest.fixture
def loaded(runner, db):
    result = runner.invoke(cli, ["load", "--db", db, EXAMPLE])
    assert result.exit_code == 0, result.output
    return db


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"graphctl, version {__version__}\n"


def test_load_summary_and_idempotence(runner, db):
    first = runner.invoke(cli, ["load", "--db", db, EXAMPLE])
    assert first.exit_code == 0
    assert first.output.startswith(f"{EXAMPLE}: 78 rows read as csv, 78 events added, 0 already")
    again = runner.invoke(cli, ["load", "--db", db, EXAMPLE])
    assert "0 events added, 78 already present" in again.output


def test_load_bad_row_exit_1_names_file_and_line(runner, db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("source,target,quad\nUSA,RUS,4\nUSA,RUS,9\n")
    result = runner.invoke(cli, ["load", "--db", db, str(bad)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {bad}: line 3: quad must be 1, 2, 3 or 4, not 9\n"
    skipped = runner.invoke(cli, ["load", "--db", db, "--skip-invalid", str(bad)])
    assert skipped.exit_code == 0
    assert "1 events added, 0 already present, 1 skipped" in skipped.output
    assert "skipped line 3: quad must be 1, 2, 3 or 4, not 9" in skipped.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["events", "--since", "yesterday"], "'yesterday' is not a date", id="date"),
        pytest.param(["events", "--quad", "5"], "5 is not in the range 1<=x<=4", id="quad"),
        pytest.param(["load", "missing.csv"], "'missing.csv' does not exist", id="missing"),
        pytest.param(["actors", "--level", "city"], "'city' is not one of", id="level"),
    ],
)
def test_bad_values_are_usage_errors(runner, db, args, message):
    result = runner.invoke(cli, args + ["--db", db])
    assert result.exit_code == 2
    assert message in result.stderr


def test_article_without_date_is_a_clear_error(runner, db, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Leaders met in Paris on Monday to discuss trade.\n")
    result = runner.invoke(cli, ["load", "--db", db, str(article)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {article}: this looks like a news article: give its date with --date YYYY-MM-DD\n"
    )


def test_events_jsonl_is_the_event_record(runner, loaded):
    result = runner.invoke(cli, ["events", "--db", loaded, "--actor", "PRK", "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 12
    assert all("PRK" in (r["source_state"], r["target_state"]) for r in records)
    assert list(records[0])[:16] == [
        "id",
        "date",
        "source",
        "target",
        "source_state",
        "target_state",
        "source_name",
        "target_name",
        "source_kind",
        "target_kind",
        "code",
        "quad",
        "goldstein",
        "text",
        "doc",
        "lang",
    ]


def test_events_filters_combine(runner, loaded):
    result = runner.invoke(
        cli, ["events", "--db", loaded, "--since", "2024", "--quad", "4", "--format", "csv"]
    )
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["date"], r["source"], r["target"]) for r in rows] == [
        ("2024-04-13", "IRN", "ISR"),
        ("2024-08-06", "UKR", "RUS"),
        ("2024-11-21", "ICC", "person:benjamin-netanyahu"),
        ("2024-12-18", "EU", "RUS"),
    ]


def test_actors_and_stats(runner, loaded):
    actors = runner.invoke(cli, ["actors", "--db", loaded, "--level", "actor", "--format", "json"])
    by_id = {a["id"]: a for a in json.loads(actors.output)}
    assert by_id["person:kim-jong-un"]["state"] == "PRK"
    assert by_id["person:kim-jong-un"]["kind"] == "official"
    stats = json.loads(runner.invoke(cli, ["stats", "--db", loaded, "--format", "json"]).output)
    assert (stats["events"], stats["first_date"], stats["last_date"]) == (
        78,
        "2022-02-24",
        "2024-12-18",
    )


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_opens_in_graph_tools(runner, loaded, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    result = runner.invoke(
        cli, ["export", "--db", loaded, "--format", fmt, "-o", str(out), "--level", "state"]
    )
    assert result.exit_code == 0
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert graph.number_of_edges() == 78
    assert graph.nodes["PRK"]["name"] == "North Korea"


def test_export_jsonl_reloads_to_the_same_store(runner, loaded, tmp_path):
    out = tmp_path / "all.jsonl"
    runner.invoke(cli, ["export", "--db", loaded, "--format", "jsonl", "-o", str(out)])
    again = runner.invoke(cli, ["load", "--db", loaded, str(out)])
    assert "0 events added, 78 already present" in again.output


def test_cli_metric_names_match_the_library():
    from graphctl.analysis.centrality import METRICS
    from graphctl.cli import CENTRALITY_METRICS

    assert CENTRALITY_METRICS == METRICS


def test_extract_groups_flag_keeps_armed_groups(runner, tmp_path):
    article = tmp_path / "truce.txt"
    article.write_text("Hezbollah fired rockets at Israel on 2 December.\n", encoding="utf-8")
    args = ["extract", str(article), "--date", "2024-12-05", "--format", "jsonl"]
    assert runner.invoke(cli, args).output == ""
    with_groups = runner.invoke(cli, args + ["--groups"])
    assert with_groups.exit_code == 0
    event = json.loads(with_groups.output.splitlines()[0])
    assert (event["source"], event["target"], event["date"]) == ("HEZBOLLAH", "ISR", "2024-12-02")
