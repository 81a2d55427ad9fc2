"""The local store: one embedded DuckDB file holding the events (the source of truth)."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterable, Iterator

from graphctl import formats
from graphctl.errors import InputError, StoreError
from graphctl.events import COLUMNS, to_record
from graphctl.store.base import EventFilter, LoadReport, Progress, Store

_TYPES = {"quad": "TINYINT", "goldstein": "DOUBLE", "sign": "DOUBLE", "weight": "DOUBLE"}
_SCHEMA = ", ".join(f'"{c}" {_TYPES.get(c, "VARCHAR")}' for c in COLUMNS)
_COLS = ", ".join(f'"{c}"' for c in COLUMNS) + ", extra"

# +1 cooperation, -1 conflict, 0 neither: the SQL twin of graphctl.events.polarity.
POLARITY_SQL = (
    "CASE WHEN sign IS NOT NULL THEN sign(sign) "
    "WHEN quad IS NOT NULL THEN CASE WHEN quad <= 2 THEN 1 ELSE -1 END "
    "WHEN goldstein IS NOT NULL THEN sign(goldstein) ELSE 0 END"
)


def _side(side: str, level: str) -> str:
    return f"coalesce({side}_state, {side})" if level == "state" else side


def where(filter: EventFilter, params: list) -> str:
    """SQL WHERE clause for `filter`, appending its values to `params`."""
    clauses = []
    if filter.actors:
        marks = ", ".join("?" for _ in filter.actors)
        clauses.append(
            f"(source IN ({marks}) OR target IN ({marks}) OR source_state IN ({marks}) "
            f"OR target_state IN ({marks}))"
        )
        params.extend(list(filter.actors) * 4)
    if filter.since:
        clauses.append("date >= ?")
        params.append(filter.since)
    if filter.until:
        # "2023-09" as an upper bound includes every day of September.
        clauses.append("date <= ?")
        params.append(filter.until + "\uffff")
    if filter.codes:
        clauses.append("(" + " OR ".join("starts_with(code, ?)" for _ in filter.codes) + ")")
        params.extend(filter.codes)
    if filter.quads:
        clauses.append(f"quad IN ({', '.join('?' for _ in filter.quads)})")
        params.extend(filter.quads)
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


class LocalStore(Store):
    """Events in one DuckDB file. Loads are atomic per file (one transaction) and idempotent
    (an event whose id is already stored is not added again).

    Examples
    --------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> with LocalStore(path) as store:
    ...     report = store.add([{"source": "USA", "target": "RUS", "quad": 4}], doc="demo")
    ...     report.added, store.count()
    (1, 1)
    """

    kind = "local"

    def __init__(self, path: str):
        import duckdb

        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(directory):
            raise StoreError(f"{path}: the folder {directory} does not exist")
        try:
            self.con = duckdb.connect(path)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"{path} is in use by another graphctl process") from None
            raise StoreError(f"{path}: cannot open the store ({exc})") from None
        except duckdb.Error as exc:
            raise StoreError(f"{path} is not a graphctl store ({exc})") from None
        self.con.execute("SET preserve_insertion_order = true")
        self.con.execute(f"CREATE TABLE IF NOT EXISTS events ({_SCHEMA}, extra VARCHAR)")
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS loads (path VARCHAR, format VARCHAR, read BIGINT, "
            "added BIGINT, skipped BIGINT, seconds DOUBLE, loaded_at TIMESTAMP)"
        )
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS node_properties (id VARCHAR, key VARCHAR, value VARCHAR)"
        )

    def close(self) -> None:
        if getattr(self, "con", None) is not None:
            self.con.close()
            self.con = None

    # --- writing ------------------------------------------------------------------------------

    def load(self, path, *, format=None, skip_invalid=False, options=None, progress=None):
        started = time.perf_counter()
        with formats.open_source(path, format) as source:
            if source.format in ("jsonl", "text"):
                skipped: list[str] = []
                if source.format == "jsonl":
                    events = formats.jsonl_records(source, skip_invalid=skip_invalid,
                                                   skipped=skipped)
                else:
                    events = formats.text_events(source, options)
                report = self._add(events, source.path, source.format, progress)
                report.skipped, report.skipped_where = len(skipped), skipped
                report.read += len(skipped)
            else:
                report = self._load_tabular(source, skip_invalid, progress)
        report.seconds = time.perf_counter() - started
        return report

    def add(self, events: Iterable[dict], *, doc: str | None = None) -> LoadReport:
        from graphctl.events import validate

        started = time.perf_counter()
        report = self._add((validate(e) for e in events), doc or "(added)", "events", None)
        report.seconds = time.perf_counter() - started
        return report

    def _add(self, events, path, format, progress) -> LoadReport:
        """Stage Python event dicts in a temporary table, then insert them like a file."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                f"CREATE OR REPLACE TEMP TABLE staged ({_SCHEMA}, extra VARCHAR, _bad VARCHAR)"
            )
            batch, read = [], 0
            insert = f"INSERT INTO staged VALUES ({', '.join('?' for _ in COLUMNS)}, ?, NULL)"
            for event in events:
                extra = {k: v for k, v in event.items() if k not in COLUMNS and v is not None}
                batch.append([event.get(c) for c in COLUMNS]
                             + [json.dumps(extra, ensure_ascii=False) if extra else None])
                if len(batch) >= 5000:
                    self.con.executemany(insert, batch)
                    read += len(batch)
                    batch = []
                    if progress:
                        progress(read, None)
            if batch:
                self.con.executemany(insert, batch)
                read += len(batch)
            added = self._insert_staged()
            self._record(path, format, read, added, 0)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return LoadReport(path=path, format=format, read=read, added=added)

    def _load_tabular(self, source, skip_invalid, progress: Progress | None) -> LoadReport:
        self.con.execute("BEGIN TRANSACTION")
        try:
            with _Watch(self.con, progress):
                formats.stage(self.con, source, "staged")
            read, bad = self.con.execute(
                "SELECT count(*), count(_bad) FROM staged"
            ).fetchone()
            where_bad = []
            if bad:
                located = formats.bad_rows(self.con, source, "staged", limit=20)
                if not skip_invalid:
                    line, why = located[0]
                    more = f" ({bad - 1:,} more bad rows; --skip-invalid skips them)" if bad > 1 else ""
                    raise InputError(why + more, path=source.path, line=line)
                where_bad = [f"line {line}: {why}" for line, why in located]
            added = self._insert_staged()
            self._record(source.path, source.format, read, added, bad)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return LoadReport(path=source.path, format=source.format, read=read, added=added,
                          skipped=bad, skipped_where=where_bad)

    def _insert_staged(self) -> int:
        """Insert staged rows whose id is new (first of each id); return how many."""
        before = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
        self.con.execute(
            f"INSERT INTO events SELECT {_COLS} FROM staged s "
            f"WHERE _bad IS NULL AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.id) "
            f"QUALIFY row_number() OVER (PARTITION BY s.id) = 1"
        )
        return self.con.execute("SELECT count(*) FROM events").fetchone()[0] - before

    def _record(self, path, format, read, added, skipped):
        self.con.execute(
            "INSERT INTO loads VALUES (?, ?, ?, ?, ?, NULL, now())",
            [os.path.abspath(path) if os.path.exists(path) else path, format, read, added,
             skipped],
        )

    def write_node_properties(self, properties: dict[str, dict]) -> int:
        """Keep analysis results (bloc, centrality) as node attributes for exports."""
        rows = [(node, key, json.dumps(value)) for node, values in properties.items()
                for key, value in values.items()]
        self.con.execute("BEGIN TRANSACTION")
        try:
            keys = sorted({key for _, key, _ in rows})
            for key in keys:
                self.con.execute("DELETE FROM node_properties WHERE key = ?", [key])
            if rows:
                self.con.executemany("INSERT INTO node_properties VALUES (?, ?, ?)", rows)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(rows)

    def node_properties(self) -> dict[str, dict]:
        """Return the properties kept by :meth:`write_node_properties`, by node id."""
        result: dict[str, dict] = {}
        for node, key, value in self.con.execute("SELECT * FROM node_properties").fetchall():
            result.setdefault(node, {})[key] = json.loads(value)
        return result

    # --- reading ------------------------------------------------------------------------------

    def events(self, filter: EventFilter = EventFilter()) -> Iterator[dict]:
        params: list = []
        limit = f"LIMIT {int(filter.limit)}" if filter.limit else ""
        cursor = self.con.cursor()
        cursor.execute(
            f"SELECT {_COLS} FROM events {where(filter, params)} "
            f"ORDER BY date NULLS FIRST, id {limit}",
            params,
        )
        names = list(COLUMNS) + ["extra"]
        while rows := cursor.fetchmany(10_000):
            for row in rows:
                event = dict(zip(names, row))
                extra = event.pop("extra")
                if extra:
                    event.update(json.loads(extra))
                yield to_record({k: v for k, v in event.items() if v is not None or k in
                                 ("id", "date", "source", "target")})
        cursor.close()

    def count(self, filter: EventFilter = EventFilter()) -> int:
        params: list = []
        return self.con.execute(f"SELECT count(*) FROM events {where(filter, params)}",
                                params).fetchone()[0]

    def actors(self, *, level="actor", filter=EventFilter()) -> list[dict]:
        params: list = []
        clause = where(filter, params)
        sides = []
        for side in ("source", "target"):
            node = _side(side, level)
            if level == "state":
                kind = (f"CASE WHEN {side}_kind = 'organisation' THEN 'organisation' "
                        f"WHEN {side}_state IS NOT NULL OR {side}_kind = 'state' THEN 'state' "
                        f"ELSE {side}_kind END")
                name = f"CASE WHEN {side}_kind IN ('state', 'organisation') THEN {side}_name END"
                role = "NULL"
            else:
                kind, name, role = f"{side}_kind", f"{side}_name", f"{side}_role"
            sides.append(
                f"SELECT {node} AS id, {name} AS name, {kind} AS kind, "
                f"coalesce({side}_state, CASE WHEN {side}_kind IN ('state', 'organisation') "
                f"THEN {side} END) AS state, {role} AS role FROM events {clause}"
            )
        rows = self.con.execute(
            f"SELECT id, coalesce(mode(name), id), mode(kind), mode(state), mode(role), count(*) "
            f"FROM ({' UNION ALL '.join(sides)}) WHERE id IS NOT NULL "
            f"GROUP BY id ORDER BY count(*) DESC, id",
            params * 2,
        ).fetchall()
        keys = ("id", "name", "kind", "state", "role", "events")
        return [dict(zip(keys, row)) for row in rows]

    def dyads(self, *, level="state", filter=EventFilter()) -> list[dict]:
        params: list = []
        a, b = _side("source", level), _side("target", level)
        clause = where(filter, params)
        both = f"{a} IS NOT NULL AND {b} IS NOT NULL AND {a} <> {b}"
        clause = f"{clause} AND {both}" if clause else f"WHERE {both}"
        rows = self.con.execute(
            f"SELECT {a} AS s, {b} AS t, count(*), "
            f"count(*) FILTER (WHERE {POLARITY_SQL} > 0), "
            f"count(*) FILTER (WHERE {POLARITY_SQL} < 0), "
            f"coalesce(sum(goldstein), 0), coalesce(sum(sign * coalesce(weight, 1)), 0), "
            f"min(date), max(date) FROM events {clause} GROUP BY s, t ORDER BY s, t",
            params,
        ).fetchall()
        keys = ("source", "target", "events", "positive", "negative", "goldstein", "signed",
                "first", "last")
        return [dict(zip(keys, row)) for row in rows]

    def windows(self) -> list[str]:
        """The windows of signed relation lists in the store, in order (e.g. CoW's "46-49")."""
        rows = self.con.execute(
            'SELECT DISTINCT "window" FROM events WHERE "window" IS NOT NULL ORDER BY 1'
        ).fetchall()
        return [r[0] for r in rows]

    def stats(self) -> dict:
        events, first, last = self.con.execute(
            "SELECT count(*), min(date), max(date) FROM events"
        ).fetchone()
        actors = self.con.execute(
            "SELECT count(DISTINCT a) FROM (SELECT source a FROM events UNION ALL "
            "SELECT target FROM events)"
        ).fetchone()[0]
        states = self.con.execute(
            "SELECT count(DISTINCT a) FROM (SELECT coalesce(source_state, source) a FROM events "
            "UNION ALL SELECT coalesce(target_state, target) FROM events)"
        ).fetchone()[0]
        quads = dict(self.con.execute(
            "SELECT coalesce(CAST(quad AS VARCHAR), 'none'), count(*) FROM events "
            "GROUP BY 1 ORDER BY 1"
        ).fetchall())
        loads = self.con.execute(
            "SELECT format, count(*), sum(added) FROM loads GROUP BY 1 ORDER BY 1"
        ).fetchall()
        return {
            "store": self.path,
            "events": events,
            "actors": actors,
            "states": states,
            "first_date": first,
            "last_date": last,
            "by_quad": quads,
            "files_loaded": {fmt: {"loads": n, "events_added": added} for fmt, n, added in loads},
        }


class _Watch:
    """Report a long DuckDB statement's progress from a side thread (DuckDB knows the percent)."""

    def __init__(self, con, progress: Progress | None):
        self.con, self.progress = con, progress
        self.done = threading.Event()

    def __enter__(self):
        if self.progress:
            self.con.execute("SET enable_progress_bar = true")
            self.con.execute("SET enable_progress_bar_print = false")
            self.thread = threading.Thread(target=self._poll, daemon=True)
            self.thread.start()
        return self

    def _poll(self):
        while not self.done.wait(0.25):
            try:
                percent = self.con.query_progress()
            except Exception:  # noqa: BLE001 - progress is best effort; the load goes on
                return
            if percent is not None and percent >= 0:
                self.progress(int(percent), 100)

    def __exit__(self, *exc):
        self.done.set()
        if self.progress:
            self.thread.join()
            self.progress(100, 100)
