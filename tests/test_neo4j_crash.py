"""Kill the real Neo4j server mid-load (kill -9), restart it, load again: exactly every event."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from graphctl.store import open_store

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

URI = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
PASSWORD = os.environ.get("NEO4J_PASSWORD", "graphctl-local")
HOME = os.environ.get("GRAPHCTL_NEO4J_HOME", str(ROOT / ".neo4j"))
EVENTS = 80_000


def neo4j_sh(command: str) -> None:
    subprocess.run(["bash", str(ROOT / "scripts" / "neo4j.sh"), command], check=True, timeout=300)


def test_server_killed_mid_load_then_reload_gives_exact_data(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_neo4j import clear, generate

    path = tmp_path / "many.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for event in generate(EVENTS):
            out.write(json.dumps(event) + "\n")
    with open_store(neo4j=URI, password=PASSWORD) as store:
        clear(store)
    env = {**os.environ, "NEO4J_URI": URI, "NEO4J_PASSWORD": PASSWORD}
    load = subprocess.Popen(
        [sys.executable, "-m", "graphctl", "load", str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with open_store(neo4j=URI, password=PASSWORD) as store:
            deadline = time.monotonic() + 240
            while store.count() == 0:
                assert load.poll() is None, load.communicate()
                assert time.monotonic() < deadline, "no batch committed in 240 s"
                time.sleep(0.2)
            stored_before_kill = store.count()
        with open(os.path.join(HOME, "neo4j.pid")) as f:
            os.kill(int(f.read()), signal.SIGKILL)
        out, err = load.communicate(timeout=120)
    finally:
        if load.poll() is None:
            load.kill()
    assert stored_before_kill < EVENTS
    assert load.returncode == 1, (out, err)
    assert err.startswith("Error: cannot write to Neo4j at") or "Neo4j at" in err, err
    assert PASSWORD not in out + err

    neo4j_sh("start")
    with open_store(neo4j=URI, password=PASSWORD) as store:
        survived = store.count()
        assert survived >= stored_before_kill  # committed batches outlive kill -9
        assert survived < EVENTS
    result = subprocess.run(
        [sys.executable, "-m", "graphctl", "load", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert f"{EVENTS - survived:,} events added" in result.stdout
    with open_store(neo4j=URI, password=PASSWORD) as store:
        assert store.count() == EVENTS
        distinct = store.run_query(
            "MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN count(DISTINCT r.id) AS n"
        )
        assert distinct == [{"n": EVENTS}]
        ids = {e["id"] for e in store.events()}
        assert ids == {f"bench:{i}" for i in range(EVENTS)}
        clear(store)
