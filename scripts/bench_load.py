"""Benchmark: load 1,000,000 GDELT 2.0 rows into the local store, against DuckDB's own read.

Baseline, in the same run: DuckDB's read_csv of the same file grouped by dyad
(Actor1CountryCode, Actor2CountryCode). Each side runs in a fresh process so that peak
memory (max RSS) is its own. Target: graphctl <= 2x the baseline time, peak <= 1.5 GB.

    python scripts/bench_load.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from gen_gdelt import generate  # noqa: E402

BASELINE = """
import json, resource, sys, time
t = time.perf_counter()
import duckdb
con = duckdb.connect()
n = con.execute(
    "SELECT count(*) FROM (SELECT column07, column17, count(*) FROM read_csv(?, delim='\\t', "
    "header=false, all_varchar=true, quote='') GROUP BY 1, 2)", [sys.argv[1]]).fetchone()[0]
u = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - t, "dyads": n, "cpu": u.ru_utime + u.ru_stime,
                  "rss_mb": u.ru_maxrss / 1024}))
"""

# The floor for any store of the event record: DuckDB itself copying, untouched, the raw
# columns the record needs (id, date, actors, countries, code, quad, Goldstein, URL) into a file.
FLOOR = """
import json, os, resource, sys, time
t = time.perf_counter()
import duckdb
con = duckdb.connect(sys.argv[2])
cols = "{" + ", ".join(f"'c{i:02d}': 'VARCHAR'" for i in range(61)) + "}"
con.execute(
    "CREATE TABLE raw AS SELECT c00, c01, c05, c07, c08, c15, c17, c18, c26, c29, c30, c60 "
    f"FROM read_csv(?, delim='\\t', header=false, quote='', columns={cols})", [sys.argv[1]])
con.close()
u = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - t, "cpu": u.ru_utime + u.ru_stime,
                  "rss_mb": u.ru_maxrss / 1024}))
"""

GRAPHCTL = """
import json, resource, sys, time
t = time.perf_counter()
from graphctl.store.local import LocalStore
with LocalStore(sys.argv[2]) as store:
    report = store.load(sys.argv[1])
u = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - t, "added": report.added,
                  "cpu": u.ru_utime + u.ru_stime, "rss_mb": u.ru_maxrss / 1024}))
"""


def run(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = ROOT / "bench-data" / f"gdelt2-{args.rows}.export.CSV"
    if not data.exists():
        generate(args.rows, data)
    print(f"file: {data} ({data.stat().st_size / 1e6:.0f} MB, {args.rows:,} rows)")
    results = []
    for i in range(args.repeat):
        base = run(BASELINE, str(data))
        with tempfile.TemporaryDirectory() as tmp:
            floor = run(FLOOR, str(data), str(Path(tmp) / "floor.db"))
            ours = run(GRAPHCTL, str(data), str(Path(tmp) / "bench.db"))
        assert ours["added"] == args.rows, ours
        ratio, cpu_ratio = ours["seconds"] / base["seconds"], ours["cpu"] / base["cpu"]
        results.append((ratio, cpu_ratio))
        print(
            f"run {i + 1}: duckdb read+group {base['seconds']:.2f} s, cpu {base['cpu']:.2f} s "
            f"({base['rss_mb']:.0f} MB) | graphctl load {ours['seconds']:.2f} s, cpu "
            f"{ours['cpu']:.2f} s ({ours['rss_mb']:.0f} MB, "
            f"{args.rows / ours['seconds']:,.0f} events/s) | "
            f"ratio {ratio:.2f}x, cpu {cpu_ratio:.2f}x | floor (DuckDB copying the raw "
            f"columns to a file) {floor['seconds'] / base['seconds']:.2f}x, "
            f"cpu {floor['cpu'] / base['cpu']:.2f}x"
        )
    wall = sorted(r[0] for r in results)[len(results) // 2]
    cpu = sorted(r[1] for r in results)[len(results) // 2]
    print(f"median ratio graphctl/duckdb: wall {wall:.2f}x, cpu {cpu:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
