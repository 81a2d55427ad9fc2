"""The local store: idempotent, atomic loads; filters; actors and dyads at both levels."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from graphctl.errors import InputError, StoreError
from graphctl.store import EventFilter, open_store

EVENTS = [
    {
        "id": "1",
        "date": "2023-08-31",
        "source": "USA",
        "target": "RUS",
        "quad": 4,
        "goldstein": -8.0,
        "code": "163",
        "source_kind": "state",
        "target_kind": "state",
    },
    {
        "id": "2",
        "date": "2023-09-12",
        "source": "person:kim-jong-un",
        "target": "person:putin",
        "source_state": "PRK",
        "target_state": "RUS",
        "source_kind": "official",
        "target_kind": "official",
        "source_name": "Kim Jong Un",
        "target_name": "Vladimir Putin",
        "quad": 1,
        "goldstein": 3.8,
        "code": "040",
        "source_role": "leader",
    },
    {
        "id": "3",
        "date": "2023-07",
        "source": "RUS",
        "target": "PRK",
        "quad": 1,
        "goldstein": 1.9,
        "code": "042",
        "source_kind": "state",
        "target_kind": "state",
    },
]


def test_add_is_idempotent(store):
    assert store.add(EVENTS).added == 3
    report = store.add(EVENTS)
    assert (report.read, report.added, report.duplicates) == (3, 0, 3)
    assert store.count() == 3


def test_events_roundtrip_the_record(store):
    store.add(EVENTS)
    kim = next(store.events(EventFilter(actors=("person:kim-jong-un",))))
    assert kim["source_name"] == "Kim Jong Un" and kim["source_role"] == "leader"
    assert list(kim)[:4] == ["id", "date", "source", "target"]


@pytest.mark.parametrize(
    ("flt", "ids"),
    [
        pytest.param(EventFilter(actors=("PRK",)), ["3", "2"], id="actor-or-state"),
        pytest.param(EventFilter(since="2023-09"), ["2"], id="since-month"),
        pytest.param(EventFilter(until="2023-08"), ["3", "1"], id="until-month-inclusive"),
        pytest.param(EventFilter(codes=("04",)), ["3", "2"], id="code-root"),
        pytest.param(EventFilter(quads=(4,)), ["1"], id="quad"),
    ],
)
def test_filters(store, flt, ids):
    store.add(EVENTS)
    assert [e["id"] for e in store.events(flt)] == ids
    assert store.count(flt) == len(ids)


def test_dyads_roll_officials_up_at_state_level(store):
    store.add(EVENTS)
    states = {(d["source"], d["target"]): d for d in store.dyads(level="state")}
    assert set(states) == {("USA", "RUS"), ("PRK", "RUS"), ("RUS", "PRK")}
    assert states[("USA", "RUS")]["negative"] == 1
    actors = {(d["source"], d["target"]) for d in store.dyads(level="actor")}
    assert ("person:kim-jong-un", "person:putin") in actors


def test_actors_levels(store):
    store.add(EVENTS)
    by_id = {a["id"]: a for a in store.actors(level="actor")}
    assert by_id["person:kim-jong-un"]["state"] == "PRK"
    assert by_id["person:kim-jong-un"]["kind"] == "official"
    states = {a["id"]: a for a in store.actors(level="state")}
    assert set(states) == {"USA", "RUS", "PRK"}
    assert states["RUS"]["events"] == 3


def test_failed_load_leaves_store_unchanged(store, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("source,target,sign\nA,B,1\n")
    store.load(str(good))
    bad = tmp_path / "bad.csv"
    bad.write_text("source,target,sign\nC,D,1\nE,F,oops\n")
    with pytest.raises(InputError, match=r"bad.csv: line 3: sign must be a number, not oops"):
        store.load(str(bad))
    assert store.count() == 1
    report = store.load(str(bad), skip_invalid=True)
    assert (report.added, report.skipped, report.skipped_where) == (
        1,
        1,
        ["line 3: sign must be a number, not oops"],
    )


def test_store_in_a_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nope" / "x.db"))


def test_second_writer_is_told_the_store_is_busy(db):
    with open_store(db):
        code = f"from graphctl.store import open_store; open_store({db!r})"
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert "is in use by another graphctl process" in run.stderr


@pytest.mark.slow
def test_kill_9_mid_load_leaves_store_as_before_then_resumes(tmp_path):
    """Kill a real load with SIGKILL; the store is as before, and loading again completes."""
    data = tmp_path / "big.csv"
    with data.open("w") as f:
        f.write("source,target,sign,window\n")
        for i in range(3_000_000):
            f.write(f"S{i % 997},T{i % 1009},{1 if i % 3 else -1},w{i}\n")
    db = str(tmp_path / "kill.db")
    with open_store(db) as store:
        store.add(EVENTS)
    load = [sys.executable, "-m", "graphctl", "load", "--db", db, str(data)]
    proc = subprocess.Popen(load, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.5)
    assert proc.poll() is None, "the load finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_store(db) as store:
        assert store.count() == 3
    subprocess.run(load, check=True, capture_output=True)
    with open_store(db) as store:
        assert store.count() == 3 + 3_000_000
