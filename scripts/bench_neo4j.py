"""Benchmark: events per second into Neo4j, batched loading against one event per transaction.

Needs a running server (scripts/neo4j.sh start). Both rates are measured in the same run on
generated events, into an emptied database; the baseline runs on a smaller sample. A freshly
started server runs its first loads at a fraction of its speed while Java compiles Neo4j's
code, so an untimed load (--warmup events, then cleared) comes first, as on a server that has
been up for a while; --warmup 0 measures a cold server.

    python scripts/bench_neo4j.py --events 200000 --single 1000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time

from graphctl.events import validate
from graphctl.store.neo4j import Neo4jStore

ROOTS = [f"{i:02d}" for i in range(1, 21)]


def generate(count: int, seed: int = 7, prefix: str = "bench") -> list[dict]:
    """`count` plausible events among 200 states and 600 officials, with text and dates."""
    rng = random.Random(seed)
    states = [f"S{i:03d}" for i in range(200)]
    officials = [(f"person:official-{i}", rng.choice(states)) for i in range(600)]
    events = []
    for i in range(count):
        record = {"id": f"{prefix}:{i}"}
        for side in ("source", "target"):
            if rng.random() < 0.3:
                person, state = rng.choice(officials)
                record.update(
                    {
                        side: person,
                        f"{side}_kind": "official",
                        f"{side}_state": state,
                        f"{side}_name": person.split(":")[1].replace("-", " ").title(),
                    }
                )
            else:
                state = rng.choice(states)
                record.update({side: state, f"{side}_kind": "state", f"{side}_name": state})
        root = rng.choice(ROOTS)
        quad = 1 if root <= "05" else 2 if root <= "08" else 3 if root <= "16" else 4
        record.update(
            date=f"20{rng.randint(15, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            code=root + str(rng.randint(0, 9)),
            quad=quad,
            goldstein=round(rng.uniform(-10, 10), 1),
            text=f"Generated event number {i} for the benchmark.",
            doc=f"bench-{i // 1000}",
            lang="en",
        )
        events.append(validate(record))
    return events


def _loadavg() -> float | None:
    # Other work on the machine shares its cores with Neo4j and this script: say how much.
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


def clear(store: Neo4jStore) -> None:
    # Relationships first: a busy node's DETACH DELETE would be one huge transaction.
    store.run_query("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS")
    store.run_query("MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS")
    store._schema_ready = False  # the stand-in node for missing ends went too


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uri", default=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"))
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument(
        "--single", type=int, default=1000, help="events loaded one per transaction (the baseline)"
    )
    parser.add_argument("--batch-size", type=int, default=5_000)
    parser.add_argument("--workers", type=int, default=2, help="batches written side by side")
    parser.add_argument(
        "--warmup", type=int, default=50_000, help="events loaded (and cleared) before timing"
    )
    args = parser.parse_args()

    password = os.environ.get("NEO4J_PASSWORD", "graphctl-local")
    events = generate(args.events)
    load_before = _loadavg()
    with Neo4jStore(
        args.uri, password=password, batch_size=args.batch_size, workers=args.workers
    ) as store:
        clear(store)
        if args.warmup:
            store.add(generate(args.warmup, seed=11, prefix="warmup"))
            for event in generate(200, seed=13, prefix="warmup-single"):
                store.write_batch([event])
            clear(store)
        store.ensure_schema()
        started = time.perf_counter()
        report = store.add(events)
        batched = time.perf_counter() - started
        assert report.added == args.events == store.count(), (report, store.count())

        started = time.perf_counter()
        again = store.add(events)
        reload = time.perf_counter() - started
        assert again.added == 0 and store.count() == args.events

        clear(store)
        store.ensure_schema()
        sample = events[: args.single]
        started = time.perf_counter()
        for event in sample:
            store.write_batch([event])
        single = time.perf_counter() - started
        assert store.count() == len(sample)
        clear(store)
    load_after = _loadavg()

    batched_rate = args.events / batched
    single_rate = len(sample) / single
    print(
        json.dumps(
            {
                "events": args.events,
                "batch_size": args.batch_size,
                "workers": args.workers,
                "warmup_events": args.warmup,
                "batched_seconds": round(batched, 2),
                "batched_events_per_s": round(batched_rate),
                "reload_seconds_adding_nothing": round(reload, 2),
                "single_events": len(sample),
                "single_seconds": round(single, 2),
                "single_events_per_s": round(single_rate),
                "ratio_batched_to_single": round(batched_rate / single_rate, 1),
                "cores": os.cpu_count(),
                "loadavg_1min_before_after": [load_before, load_after],
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
