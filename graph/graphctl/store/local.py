"""The local store: one embedded DuckDB file holding the events (the source of truth)."""

from __future__ import annotations

import csv
import json
import os
import tempfile
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
#: The reason given to a row whose id is already stored.
DUPLICATE = "duplicate"

# +1 cooperation, -1 conflict, 0 neither: the SQL twin of graphctl.events.polarity.
POLARITY_SQL = (
    "CASE WHEN sign IS NOT NULL THEN sign(sign) "
    "WHEN quad IS NOT NULL THEN CASE WHEN quad <= 2 THEN 1 ELSE -1 END "
    "WHEN goldstein IS NOT NULL THEN sign(goldstein) ELSE 0 END"
)


def _side(side: str, level: str) -> str:
    # At the state level an actor is its state; one with no state (an armed group, "police"
    # of no known country) has no place there.
    return f"{side}_state" if level == "state" else side


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
    if filter.window:
        clauses.append('"window" = ?')
        params.append(filter.window)
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
        # load_id and _reject serve loading: which load a row came from, and (never in
        # committed data) why a row is rejected.
        self.con.execute(
            f"CREATE TABLE IF NOT EXISTS events ({_SCHEMA}, extra VARCHAR, load_id INTEGER, "
            f"_reject VARCHAR)"
        )
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS loads (load_id INTEGER, path VARCHAR, format VARCHAR, "
            "read BIGINT, added BIGINT, skipped BIGINT, loaded_at TIMESTAMP)"
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
                    events = formats.jsonl_records(
                        source, skip_invalid=skip_invalid, skipped=skipped
                    )
                else:
                    events = formats.text_events(source, options)
                report = self._add(events, source, progress)
                report.read += len(skipped)
                report.skipped += len(skipped)
                report.skipped_where = skipped + report.skipped_where
            else:
                report = self._insert(source, skip_invalid, progress)
        report.seconds = time.perf_counter() - started
        return report

    def add(self, events: Iterable[dict], *, doc: str | None = None) -> LoadReport:
        from graphctl.events import validate

        started = time.perf_counter()
        source = formats.Source(path=doc or "(added)", data_path="", format="events")
        report = self._add((validate(e) for e in events), source, None)
        report.seconds = time.perf_counter() - started
        return report

    def _add(self, events, source, progress) -> LoadReport:
        """Insert Python event dicts by way of a temporary CSV, read like any other file."""
        with tempfile.TemporaryDirectory(prefix="graphctl-") as workdir:
            staged = os.path.join(workdir, "events.csv")
            header = list(COLUMNS) + ["extra"]
            with open(staged, "w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f)
                writer.writerow(header)
                for n, event in enumerate(events, 1):
                    extra = {k: v for k, v in event.items() if k not in COLUMNS and v is not None}
                    writer.writerow(
                        [event.get(c) for c in COLUMNS]
                        + [json.dumps(extra, ensure_ascii=False) if extra else None]
                    )
                    if progress and n % 10_000 == 0:
                        progress(n, None)
            as_csv = formats.Source(source.path, staged, "csv", ",", header, len(header))
            report = self._insert(as_csv, False, None, recorded_as=source.format)
        report.format = source.format
        return report

    def _insert(self, source, skip_invalid, progress: Progress | None, recorded_as=None):
        """Insert every row of `source` in one transaction; rejected rows never commit.

        Rows go straight from DuckDB's reader into the events table, marked with why they
        are rejected (invalid, or an id already stored); the marked ones are then counted
        and deleted. One pass over the file is what makes bulk loads fast.
        """
        load_id = self.con.execute("SELECT coalesce(max(load_id), 0) + 1 FROM loads").fetchone()[0]
        self.con.execute("BEGIN TRANSACTION")
        try:
            with _Watch(self.con, progress):
                formats.insert(self.con, source, "events", load_id)
            if source.format in formats.HASHED_IDS:
                self._reject_repeats(load_id)
            read, duplicates, bad = self.con.execute(
                "SELECT count(*), count(*) FILTER (WHERE _reject = ?), "
                "count(*) FILTER (WHERE _reject <> ?) FROM events WHERE load_id = ?",
                [DUPLICATE, DUPLICATE, load_id],
            ).fetchone()
            located = []
            if bad:
                located = formats.bad_rows(
                    self.con,
                    source,
                    "events",
                    reason=f"nullif(_reject, '{DUPLICATE}')",
                    where=f"load_id = {int(load_id)}",
                    limit=20,
                )
            if bad and not skip_invalid:
                line, why = located[0]
                more = f" ({bad - 1:,} more bad rows; --skip-invalid skips them)" if bad > 1 else ""
                raise InputError(why + more, path=source.path, line=line)
            if bad or duplicates:
                self.con.execute(
                    "DELETE FROM events WHERE load_id = ? AND _reject IS NOT NULL", [load_id]
                )
            added = read - bad - duplicates
            self.con.execute(
                "INSERT INTO loads VALUES (?, ?, ?, ?, ?, ?, now())",
                [load_id, source.path, recorded_as or source.format, read, added, bad],
            )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return LoadReport(
            path=source.path,
            format=source.format,
            read=read,
            added=added,
            skipped=bad,
            skipped_where=[f"line {n}: {why}" for n, why in located],
        )

    def _reject_repeats(self, load_id: int) -> None:
        """Mark the second and later rows with one id within a load (ids hashed from content)."""
        self.con.execute(
            "UPDATE events SET _reject = ? WHERE rowid IN (SELECT rowid FROM (SELECT rowid, "
            "row_number() OVER (PARTITION BY id ORDER BY rowid) AS n FROM events "
            "WHERE load_id = ? AND _reject IS NULL) WHERE n > 1)",
            [DUPLICATE, load_id],
        )

    def write_node_properties(self, properties: dict[str, dict]) -> int:
        """Keep analysis results (bloc, centrality) as node attributes for exports."""
        rows = [
            (node, key, json.dumps(value))
            for node, values in properties.items()
            for key, value in values.items()
        ]
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
                yield to_record(
                    {
                        k: v
                        for k, v in event.items()
                        if v is not None or k in ("id", "date", "source", "target")
                    }
                )
        cursor.close()

    def count(self, filter: EventFilter = EventFilter()) -> int:
        params: list = []
        return self.con.execute(
            f"SELECT count(*) FROM events {where(filter, params)}", params
        ).fetchone()[0]

    def actors(self, *, level="actor", filter=EventFilter()) -> list[dict]:
        params: list = []
        clause = where(filter, params)
        sides = []
        for side in ("source", "target"):
            node = _side(side, level)
            if level == "state":
                # The state node's own kind and name are those of rows where it acts itself.
                itself = f"{side} = {side}_state"
                kind = f"CASE WHEN {itself} THEN {side}_kind END"
                name = f"CASE WHEN {itself} THEN {side}_name END"
                role = "NULL"
            else:
                kind, name, role = f"{side}_kind", f"{side}_name", f"{side}_role"
            sides.append(
                f"SELECT {node} AS id, {name} AS name, {kind} AS kind, "
                f"{side}_state AS state, {role} AS role FROM events {clause}"
            )
        fallback_kind = "'state'" if level == "state" else "NULL"
        rows = self.con.execute(
            f"SELECT id, coalesce(mode(name), id), coalesce(mode(kind), {fallback_kind}), "
            f"mode(state), mode(role), count(*) "
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
        keys = (
            "source",
            "target",
            "events",
            "positive",
            "negative",
            "goldstein",
            "signed",
            "first",
            "last",
        )
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
        quads = dict(
            self.con.execute(
                "SELECT coalesce(CAST(quad AS VARCHAR), 'none'), count(*) FROM events "
                "GROUP BY 1 ORDER BY 1"
            ).fetchall()
        )
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
