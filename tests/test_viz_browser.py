"""The page in a real browser: Debian's chromium, headless, with the network off."""

from __future__ import annotations

import json

import pytest

import chromium
from conftest import DATA, ROOT
from graphctl import viz
from graphctl.build import event_graph
from graphctl.events import polarity, validate
from graphctl.store import open_store

pytestmark = pytest.mark.browser

SAMPLE = DATA / "viz_sample.jsonl"
ARTIFACTS = ROOT / "artifacts"
EVIL_NAME = "<script>alert(1)</script>"
EVIL_IMG = "<img src=x onerror=\"window.pwned=1;alert('img')\">"
EVIL_TEXT = "Said </script><script>alert(2)</script> then <b>left</b>."


@pytest.fixture(scope="module")
def context():
    why = chromium.available()
    if why:
        pytest.fail(why)
    with chromium.browser() as opened:
        yield opened


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The example graph drawn from a real local store: (page path, event graph)."""
    folder = tmp_path_factory.mktemp("viz")
    with open_store(str(folder / "sample.db")) as store:
        store.load(str(SAMPLE))
        viz.viz_from_store(store, folder / "sample.html", level="actor", size="pagerank")
        graph = event_graph(store.events(), level="actor")
    return folder / "sample.html", graph


def events_of(graph):
    return [(u, v, a) for u, v, a in graph.edges(data=True) if a.get("tie") != "represents"]


def state(page):
    return page.evaluate(
        "({nodes: graphctl.visibleNodes(), ties: graphctl.visibleTies(),"
        " events: graphctl.visibleEvents(), highlighted: graphctl.highlighted()})"
    )


def test_page_loads_offline_draws_and_counts(context, sample):
    path, graph = sample
    seen = chromium.visit(context, path)
    page = seen.page
    assert seen.requests == []
    assert seen.errors == []
    assert chromium.drawn_pixels(page) > 5000
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz-sample.png"))
    events = events_of(graph)
    ties = {(u, v, polarity(a)) for u, v, a in events}
    represents = graph.number_of_edges() - len(events)
    counts = page.evaluate(
        "({counts: graphctl.counts, nodes: graphctl.nodes.length, edges: graphctl.edges.length,"
        " attr: document.getElementById('graph').dataset.nodes})"
    )
    assert counts["counts"]["nodes"] == counts["nodes"] == graph.number_of_nodes() == 16
    assert counts["counts"]["events"] == len(events) == 23
    assert counts["edges"] == len(ties) + represents
    assert counts["attr"] == str(graph.number_of_nodes())
    assert state(page) == {
        "nodes": graph.number_of_nodes(),
        "ties": len(ties) + represents,
        "events": len(events),
        "highlighted": 0,
    }
    shown = page.inner_text("#shown")
    assert (
        shown
        == f"Showing 16 of 16 actors, {counts['edges']} of {counts['edges']} ties, 23 of 23 events."
    )
    assert page.inner_text("#caption").startswith(
        "Actor level, 2023-01-12 to 2023-12-01: 16 actors"
    )
    page.close()


def neighbourhood(graph, centres):
    found = set(centres)
    for u, v in graph.edges():
        if u in centres or v in centres:
            found.update((u, v))
    return found


def test_search_highlights_matches_and_their_neighbours(context, sample):
    path, graph = sample
    page = chromium.visit(context, path).page
    page.fill("#search", "korea")
    assert page.inner_text("#search-status") == "2 actors match."
    assert state(page)["highlighted"] == len(neighbourhood(graph, {"KOR", "PRK"}))
    page.fill("#search", "zzz")
    assert page.inner_text("#search-status") == "No actor matches."
    assert state(page)["highlighted"] == 0
    page.fill("#search", "")
    assert state(page)["highlighted"] == 0
    page.close()


def test_polarity_filter_hides_conflict(context, sample):
    path, graph = sample
    page = chromium.visit(context, path).page
    before = state(page)
    page.uncheck("#show-conflict")
    events = [(u, v, a) for u, v, a in events_of(graph) if polarity(a) != -1]
    active = {n for u, v, _ in events for n in (u, v)}
    conflict_ties = {(u, v) for u, v, a in events_of(graph) if polarity(a) == -1}
    after = state(page)
    assert after["events"] == len(events) == 15
    assert after["nodes"] == len(active)
    assert after["ties"] < before["ties"] - len(conflict_ties) + 1
    page.check("#show-conflict")
    assert state(page) == before
    page.close()


def test_date_filter_keeps_the_window(context, sample):
    path, graph = sample
    page = chromium.visit(context, path).page
    dates = page.evaluate("graphctl.dates")
    start = dates.index("2023-07-04")
    page.focus("#date-from")
    for _ in range(start):
        page.keyboard.press("ArrowRight")
    assert page.inner_text("#date-from-label") == "2023-07-04"
    kept = [a for _u, _v, a in events_of(graph) if a["date"] >= "2023-07-04"]
    assert state(page)["events"] == len(kept) == 14
    page.focus("#date-to")
    page.keyboard.press("Home")  # "to" pushes "from" back with it: both at the first date
    assert page.inner_text("#date-to-label") == page.inner_text("#date-from-label") == dates[0]
    assert state(page)["events"] == 1
    page.close()


def test_click_highlights_the_neighbourhood(context, sample):
    path, graph = sample
    page = chromium.visit(context, path).page
    point = chromium.node_point(page, "USA")
    page.mouse.click(point["x"], point["y"])
    assert state(page)["highlighted"] == len(neighbourhood(graph, {"USA"}))
    page.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A page whose names and sentences are markup: it must show them and run none of it."""
    events = [
        validate(
            {
                "id": f"h{i}",
                "date": f"2024-0{i}-01",
                "source": "person:evil",
                "target": "IMG",
                "source_name": EVIL_NAME,
                "source_kind": "official",
                "source_state": "USA",
                "source_role": "<i>boss</i>",
                "target_name": EVIL_IMG,
                "target_kind": "state",
                "quad": 4,
                "text": f"{EVIL_TEXT} ({i})",
                "doc": f"https://news.example.org/{i}?a=<b>",
            }
        )
        for i in (1, 2, 3)
    ]
    graph = event_graph(events, level="actor")
    blocs = {"person:evil": 0, "USA": 0, "IMG": 1}
    path = tmp_path_factory.mktemp("viz") / "hostile.html"
    path.write_text(viz.page(graph, blocs=blocs, title=EVIL_NAME), encoding="utf-8")
    return path


def hover(page, point):
    page.mouse.move(point["x"] + 40, point["y"] + 120)
    page.mouse.move(point["x"], point["y"], steps=4)
    page.wait_for_selector("#tooltip:not([hidden])", timeout=5000)
    return page.evaluate(
        "({text: document.getElementById('tooltip').textContent,"
        " elements: document.querySelectorAll('#tooltip script, #tooltip img, #tooltip b,"
        " #tooltip i').length})"
    )


def test_hostile_names_show_as_text_and_run_nothing(context, hostile):
    seen = chromium.visit(context, hostile)
    page = seen.page
    tip = hover(page, chromium.node_point(page, "person:evil"))
    assert EVIL_NAME in tip["text"] and "<i>boss</i>" in tip["text"]
    assert tip["elements"] == 0
    other = hover(page, chromium.node_point(page, "IMG"))
    assert EVIL_IMG in other["text"] and other["elements"] == 0
    legend = page.inner_text("#legend-blocs")
    assert EVIL_NAME in legend and EVIL_IMG in legend
    assert page.title() == EVIL_NAME
    assert page.evaluate("document.scripts.length") == 3
    assert page.evaluate("window.pwned") is None
    page.wait_for_timeout(300)
    assert seen.dialogs == []
    assert seen.errors == []
    assert seen.requests == []  # not even the <img src=x> a parsed name would fetch
    page.screenshot(path=str(ARTIFACTS / "viz-hostile.png"))
    page.close()


def test_edge_tooltip_lists_events_newest_first(context, hostile):
    page = chromium.visit(context, hostile).page
    a = chromium.node_point(page, "person:evil")
    b = chromium.node_point(page, "IMG")
    tip = page.evaluate("graphctl.tooltipFor('edge', 0).textContent")
    assert tip.index("2024-03-01") < tip.index("2024-02-01") < tip.index("2024-01-01")
    shown = hover(page, {"x": (a["x"] + b["x"]) / 2, "y": (a["y"] + b["y"]) / 2})
    assert shown["elements"] == 0
    text = shown["text"]
    assert text.startswith(f"{EVIL_NAME} \u2192 {EVIL_IMG}: conflict, 3 events")
    assert f"\u201c{EVIL_TEXT} (3)\u201d" in text
    assert "Source: https://news.example.org/3?a=<b>" in text
    order = [text.index(f"{EVIL_TEXT} ({i})") for i in (3, 2, 1)]
    assert order == sorted(order)
    page.close()


def test_page_data_round_trips_through_the_browser(context, hostile):
    page = chromium.visit(context, hostile).page
    names = page.evaluate("JSON.stringify(graphctl.nodes.get().map((n) => n.label).sort())")
    assert json.loads(names) == sorted([EVIL_NAME, EVIL_IMG, "USA"])
    page.close()
