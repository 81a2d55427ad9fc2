"""The picture: page structure, counts, escaping, offline-ness, trimming, and `graphctl viz`."""

from __future__ import annotations

import json
import re

import pytest

from conftest import DATA
from graphctl import viz
from graphctl.build import event_graph
from graphctl.cli import cli
from graphctl.events import validate

SAMPLE = DATA / "viz_sample.jsonl"
XSS_NAME = "<script>alert(1)</script>"
XSS_TEXT = 'They said "</script><script>alert(2)</script>" & left.'


def sample_events():
    with SAMPLE.open(encoding="utf-8") as lines:
        return [validate(json.loads(line)) for line in lines]


def xss_events():
    return [
        validate(e)
        for e in (
            {
                "id": "x1",
                "date": "2024-01-02",
                "source": "person:evil",
                "target": "USA",
                "source_name": XSS_NAME,
                "source_kind": "official",
                "source_state": "XSS",
                "source_role": "<b>boss</b>",
                "target_kind": "state",
                "quad": 4,
                "text": XSS_TEXT,
                "doc": "https://news.example.org/story?id=1&x=<y>",
            },
            {
                "id": "x2",
                "date": "2024-01-05",
                "source": "USA",
                "target": "person:evil",
                "target_name": XSS_NAME,
                "target_kind": "official",
                "target_state": "XSS",
                "source_kind": "state",
                "quad": 1,
                "text": "<!-- not a comment -->",
            },
        )
    ]


def data_block(text):
    """The page's JSON data, decoded the way the browser's JSON.parse would."""
    match = re.search(
        r'<script type="application/json" id="graphctl-data">(.*?)</script>', text, re.S
    )
    assert match, "no data block"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def sample_graph():
    return event_graph(sample_events(), level="actor")


@pytest.fixture(scope="module")
def sample_page(sample_graph):
    blocs = {
        "blocs": [{"id": 0, "members": ["USA", "KOR", "JPN"]}, {"id": 1, "members": ["RUS", "PRK"]}]
    }
    scores = {node: {"degree": d} for node, d in sample_graph.degree()}
    return viz.page(
        sample_graph,
        blocs=blocs,
        scores=scores,
        size_metric="degree",
        title="Sample <network>",
        caption="23 events & 16 actors",
    )


def test_page_is_one_html_document(sample_page):
    assert sample_page.startswith("<!DOCTYPE html>")
    assert sample_page.rstrip().endswith("</html>")
    own = sample_page.replace(viz._vis_asset("vis-network.min.js"), "")
    assert own.count("<script") == 3  # data, vis-network, graphctl's own
    assert sample_page.count("</script>") == 3
    assert "/*@" not in sample_page  # every marker filled


def test_page_inlines_vis_network(sample_page):
    assert "vis-network" in sample_page
    assert "@version 9.1.2" in sample_page  # the library itself, not a link to it
    assert "vis-tooltip" in sample_page  # its style sheet


def test_page_loads_nothing_from_anywhere(sample_page):
    assert not re.search(
        r"<(script|link|img|iframe|source|embed)\b[^>]*\b(src|href)\s*=", sample_page, re.I
    )
    assert "@import" not in sample_page
    assert not re.search(r"url\(\s*(?!['\"]?data:)", sample_page)


def test_only_urls_are_vis_networks_comments():
    """Outside vis-network's own text (licence comments, the SVG namespace) no URL at all."""
    graph = event_graph(xss_events(), level="actor")
    text = viz.page(graph)
    own = text
    for name in ("vis-network.min.js", "vis-network.css"):
        own = own.replace(viz._vis_asset(name), "")
    outside_data = own.replace(re.search(r'id="graphctl-data">.*?</script>', own, re.S)[0], "")
    assert re.findall(r"https?://", outside_data) == []
    # An event's source URL is kept as data (shown as text in the tooltip), never loaded.
    assert data_block(text)["ties"][0]["details"][0]["doc"].startswith("https://news.example.org")


def test_counts_equal_the_graphs(sample_graph, sample_page):
    data = data_block(sample_page)
    events = [e for *_uv, e in sample_graph.edges(data=True) if e.get("tie") != "represents"]
    represents = sample_graph.number_of_edges() - len(events)
    assert data["counts"] == {
        "nodes": sample_graph.number_of_nodes(),
        "ties": len(data["ties"]),
        "event_ties": len(data["ties"]) - represents,
        "represents": represents,
        "events": len(events),
    }
    assert (data["counts"]["nodes"], data["counts"]["events"], represents) == (16, 23, 5)
    assert f'data-nodes="{sample_graph.number_of_nodes()}"' in sample_page
    assert 'data-events="23"' in sample_page


def test_title_and_caption_are_escaped(sample_page):
    assert "<title>Sample &lt;network&gt;</title>" in sample_page
    assert "23 events &amp; 16 actors" in sample_page


def test_hostile_names_and_sentences_cannot_leave_the_data_block():
    graph = event_graph(xss_events(), level="actor")
    text = viz.page(graph)
    assert XSS_NAME not in text
    assert "</script><script>alert(2)" not in text
    assert "<!-- not a comment" not in text
    assert text.count("</script>") == 3
    data = data_block(text)
    names = {node["id"]: node["name"] for node in data["nodes"]}
    assert names["person:evil"] == XSS_NAME  # the browser gets the name back exactly
    details = [d for tie in data["ties"] for d in tie["details"]]
    assert {d["text"] for d in details} == {XSS_TEXT, "<!-- not a comment -->"}


def test_page_js_never_parses_data_as_html():
    script = viz._own_asset("page.js")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", script)
    assert not re.search(r"\btitle\s*:", script)  # vis-network renders a string title as HTML


def test_ties_group_events_by_direction_and_polarity():
    events = [
        {"id": "1", "date": "2023-01-01", "source": "A", "target": "B", "quad": 4},
        {"id": "2", "date": "2023-03-01", "source": "A", "target": "B", "quad": 3},
        {"id": "3", "date": "2023-02-01", "source": "A", "target": "B", "quad": 1},
        {"id": "4", "date": "2023-02-01", "source": "B", "target": "A", "quad": 4},
        {"id": "5", "source": "B", "target": "A"},
    ]
    data = viz.page_data(event_graph(events, level="state"))
    ties = {(t["from"], t["to"], t["polarity"]): t for t in data["ties"]}
    assert {key: t["events"] for key, t in ties.items()} == {
        ("A", "B", "conflict"): 2,
        ("A", "B", "cooperation"): 1,
        ("B", "A", "conflict"): 1,
        ("B", "A", "neutral"): 1,
    }
    conflict = ties[("A", "B", "conflict")]
    assert [d["date"] for d in conflict["details"]] == ["2023-03-01", "2023-01-01"]  # newest first
    assert conflict["dates"] == ["2023-03-01", "2023-01-01"]


def test_tie_details_say_what_happened():
    event = {
        "id": "1",
        "date": "2023-08-01",
        "source": "EU",
        "target": "RUS",
        "code": "163",
        "quad": 4,
        "goldstein": -8.0,
        "text": "Sanctions were adopted.",
        "doc": "a.txt",
    }
    (tie,) = viz.page_data(event_graph([event]))["ties"]
    assert tie["details"] == [
        {
            "date": "2023-08-01",
            "what": "Impose embargo, boycott, or sanctions (CAMEO 163); material conflict; "
            "Goldstein -8",
            "text": "Sanctions were adopted.",
            "doc": "a.txt",
        }
    ]


def test_tooltips_list_at_most_events_per_tie():
    events = [
        {"id": str(i), "date": f"2023-01-{i:02d}", "source": "A", "target": "B", "quad": 1}
        for i in range(1, 11)
    ]
    (tie,) = viz.page_data(event_graph(events), events_per_tie=3)["ties"]
    assert tie["events"] == 10 and len(tie["dates"]) == 10
    assert [d["date"] for d in tie["details"]] == ["2023-01-10", "2023-01-09", "2023-01-08"]


def test_officials_are_tied_to_their_states(sample_graph):
    data = viz.page_data(sample_graph)
    represents = [t for t in data["ties"] if t["polarity"] == "represents"]
    assert {(t["from"], t["to"], t["role"]) for t in represents} >= {
        ("person:kim-jong-un", "PRK", "Supreme Leader"),
        ("person:joe-biden", "USA", "President"),
    }
    kinds = {n["id"]: n["kind"] for n in data["nodes"]}
    assert kinds["person:joe-biden"] == "official" and kinds["NATO"] == "organisation"


@pytest.mark.parametrize(
    "blocs",
    [
        {"USA": 0, "KOR": 0, "RUS": 1},
        {
            "blocs": [{"id": 0, "members": ["USA", "KOR"]}, {"id": 1, "members": ["RUS"]}],
            "unaligned": ["PRK"],
        },
    ],
    ids=["mapping", "alliances-document"],
)
def test_blocs_colour_nodes(sample_graph, blocs):
    data = viz.page_data(sample_graph, blocs=blocs)
    bloc_of = {n["id"]: n["bloc"] for n in data["nodes"]}
    assert (bloc_of["USA"], bloc_of["KOR"], bloc_of["RUS"], bloc_of["PRK"]) == (0, 0, 1, None)
    assert [b["id"] for b in data["blocs"]] == [0, 1]
    assert sorted(data["blocs"][0]["members"]) == ["South Korea", "United States"]


def test_size_follows_the_chosen_metric(sample_graph):
    scores = {"USA": {"pagerank": 0.4}, "KOR": {"pagerank": 0.1}}
    data = viz.page_data(sample_graph, scores=scores, size_metric="pagerank")
    size = {n["id"]: n["size"] for n in data["nodes"]}
    assert size["USA"] == 40 and size["KOR"] == 25 and size["JPN"] == 10
    assert data["size_metric"] == "pagerank"
    usa = next(n for n in data["nodes"] if n["id"] == "USA")
    assert usa["scores"] == {"pagerank": 0.4, "events": 5}
    unsized = viz.page_data(sample_graph)
    assert {n["size"] for n in unsized["nodes"]} == {14}


def test_layout_places_every_node_apart(sample_graph):
    positions = viz.layout(sample_graph)
    assert set(positions) == set(sample_graph)
    assert len(set(positions.values())) == len(positions)


def test_trim_min_events_drops_thin_pairs():
    events = [{"id": str(i), "source": "A", "target": "B", "quad": 1} for i in range(3)]
    events += [{"id": "c", "source": "A", "target": "C", "quad": 4}]
    small, notes = viz.trim(event_graph(events), min_events=2)
    assert sorted(small) == ["A", "B"] and small.number_of_edges() == 3
    assert notes == [
        "1 event between pairs with fewer than 2 events left out; 1 actor without ties left out"
    ]


def test_trim_top_keeps_the_most_central(sample_graph):
    scores = {"USA": {"pagerank": 0.5}, "UKR": {"pagerank": 0.4}, "RUS": {"pagerank": 0.3}}
    small, notes = viz.trim(sample_graph, scores=scores, metric="pagerank", top=3)
    assert sorted(small) == ["RUS", "UKR", "USA"]
    assert notes[0].startswith("showing the 3 top actors by pagerank of 16; ")


def test_trim_says_when_the_size_limit_cut(sample_graph):
    small, notes = viz.trim(sample_graph, max_nodes=4, max_edges=2)
    assert small.number_of_nodes() == 4
    events = [e for *_uv, e in small.edges(data=True) if e.get("tie") != "represents"]
    assert len(events) <= 2
    assert "(size limit 4)" in notes[0]
    assert notes[-1].endswith("(size limit)")


def test_trim_leaves_a_small_graph_alone(sample_graph):
    small, notes = viz.trim(sample_graph)
    assert notes == [] and small.number_of_nodes() == sample_graph.number_of_nodes()


def test_viz_from_store(store, tmp_path):
    store.load(str(SAMPLE))
    out = tmp_path / "graph.html"
    summary = viz.viz_from_store(store, out, level="actor", size="degree")
    text = out.read_text(encoding="utf-8")
    data = data_block(text)
    assert summary["nodes"] == data["counts"]["nodes"] == 16
    assert summary["events"] == data["counts"]["events"] == 23
    assert summary["ties"] == data["counts"]["event_ties"]
    assert summary["blocs"] == len(data["blocs"]) >= 2
    assert summary["size"] == data["size_metric"] == "degree"
    assert "Actor level, 2023-01-12 to 2023-12-01: 16 actors and 23 events." in text
    assert all(
        set(n["scores"]) >= {"degree", "pagerank", "events"}
        for n in data["nodes"]
        if n["scores"]["events"]
    )


def test_viz_from_store_window(store, tmp_path):
    store.load(str(SAMPLE))
    summary = viz.viz_from_store(store, tmp_path / "g.html", since="2023-07", until="2023-08")
    assert summary["events"] == 7  # July and August 2023, officials rolled up into states
    assert "State level, 2023-07 to 2023-08:" in (tmp_path / "g.html").read_text()


def test_cli_viz_writes_the_page(runner, db, tmp_path):
    assert runner.invoke(cli, ["load", "--db", db, str(SAMPLE)]).exit_code == 0
    out = tmp_path / "graph.html"
    result = runner.invoke(cli, ["viz", "--db", db, "--out", str(out), "--level", "actor"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{out}: 16 actors, 23 ties, 23 events, ")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_viz_top_says_what_was_cut(runner, db, tmp_path):
    runner.invoke(cli, ["load", "--db", db, str(SAMPLE)])
    out = tmp_path / "graph.html"
    result = runner.invoke(cli, ["viz", "--db", db, "-o", str(out), "--top", "4"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{out}: 4 actors, ")
    assert "showing the 4 top actors by pagerank of 11; " in result.stderr


def test_cli_viz_on_an_empty_store(runner, db, tmp_path):
    result = runner.invoke(cli, ["viz", "--db", db, "-o", str(tmp_path / "g.html")])
    assert result.exit_code == 1
    assert result.stderr == "Error: no events to draw: load some, or widen --since/--until\n"


@pytest.mark.parametrize(
    "args",
    [
        ["--size", "fame"],
        ["--top", "0"],
        ["--level", "planet"],
        ["--since", "last week"],
        ["--min-events", "0"],
    ],
    ids=["size", "top", "level", "since", "min-events"],
)
def test_cli_viz_rejects_bad_options(runner, db, args):
    result = runner.invoke(cli, ["viz", "--db", db, *args])
    assert result.exit_code == 2
    assert "Invalid value" in result.stderr


def test_cli_size_choices_are_the_librarys():
    option = next(p for p in cli.commands["viz"].params if p.name == "size")
    assert tuple(option.type.choices) == viz.SIZE_METRICS


def test_viz_from_store_rejects_an_unknown_metric(store, tmp_path):
    store.load(str(SAMPLE))
    with pytest.raises(viz.AnalysisError, match="size must be one of pagerank, degree"):
        viz.viz_from_store(store, tmp_path / "g.html", size="fame")
