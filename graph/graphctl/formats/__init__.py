"""Readers: every input format graphctl reads, detected from content, as event records."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator

from graphctl.errors import InputError
from graphctl.events import COLUMNS, validate
from graphctl.formats.source import FORMATS, Source, open_source
from graphctl.formats.tabular import BUILDERS, install_reference_tables

__all__ = [
    "FORMATS",
    "Source",
    "detect",
    "duckdb_error",
    "insert",
    "iter_events",
    "jsonl_records",
    "open_source",
    "stage",
    "tabular_sql",
]

BATCH = 10_000


def detect(path: str) -> str:
    """Return the format name of `path` (a key of :data:`FORMATS`), read from its content.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
    ...     _ = f.write("source,target,sign\\nA,B,-1\\n")
    >>> detect(f.name)
    'signed'
    >>> os.unlink(f.name)
    """
    with open_source(path) as source:
        return source.format


def tabular_sql(con, source: Source) -> str:
    """Return the SELECT that reads `source` with DuckDB `con` (reference tables installed)."""
    install_reference_tables(con)
    return BUILDERS[source.format](source)


def duckdb_error(source: Source, exc: Exception) -> InputError:
    """Turn a DuckDB parsing error into an InputError naming the file and line."""
    message = str(exc)
    line = re.search(r"[Ll]ine:? (\d+)", message)
    first = message.split("\n", 1)[0]
    first = re.sub(r"^[A-Za-z ]*Error: ", "", first)
    if _not_utf8(message):
        first = "the text is not valid UTF-8"
    elif "maximum line size" in message.lower():
        first = "a line is too long"
    return InputError(first, path=source.path, line=int(line.group(1)) if line else None)


def _not_utf8(message: str) -> bool:
    message = message.lower()
    return "invalid unicode" in message or "not utf-8 encoded" in message


def jsonl_records(source: Source, *, skip_invalid=False, skipped=None) -> Iterator[dict]:
    """Yield validated events from graphctl's JSONL (or one JSON array of records).

    Bad lines raise InputError naming the line, or with `skip_invalid` are counted into
    `skipped` (a list of "line N: why").
    """
    with open(source.data_path, encoding="utf-8-sig", errors="strict") as f:
        head = f.read(1)
        while head and head.isspace():
            head = f.read(1)
        f.seek(0)
        if head == "[":
            try:
                records = json.load(f)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"not valid JSON ({exc.msg})", path=source.path, line=exc.lineno
                ) from None
            numbered = enumerate(records, 1)
            lines = ((n, record, None) for n, record in numbered)
        else:
            lines = _json_lines(f)
        for n, record, error in lines:
            try:
                if error:
                    raise InputError(error, path=source.path, line=n)
                yield validate(record, path=source.path, line=n)
            except InputError as exc:
                if not skip_invalid:
                    raise
                if skipped is not None:
                    skipped.append(str(exc).removeprefix(f"{source.path}: "))


def _json_lines(f):
    try:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line), None
            except json.JSONDecodeError as exc:
                yield n, None, f"not valid JSON ({exc.msg} at column {exc.colno})"
    except UnicodeDecodeError:
        yield n + 1, None, "the text is not valid UTF-8"


def text_events(source: Source, options: dict | None) -> list[dict]:
    """Extract events from a news article (needs ``options["date"]``, the document date)."""
    options = options or {}
    if not options.get("date"):
        raise InputError(
            "this looks like a news article: give its date with --date YYYY-MM-DD", path=source.path
        )
    from graphctl.extract import extract_file

    return extract_file(source.path, date=options["date"], lang=options.get("lang"))


def _row_to_event(row: tuple, names: list[str]) -> dict:
    event = dict(zip(names, row))
    extra = event.pop("extra", None)
    event.pop("_bad", None)
    if extra:
        for key, value in json.loads(extra).items():
            if value is not None:
                event.setdefault(key, value)
    return event


def iter_events(path, format=None, skip_invalid=False, options=None, skipped=None):
    """Yield the events in `path` as validated event dicts, whatever its format.

    Tabular formats are parsed by DuckDB in bulk; bad rows raise
    :class:`~graphctl.errors.InputError` naming the line, or with `skip_invalid` are
    listed in `skipped`. This is what the Neo4j store loads from; the local store reads
    the same SQL straight into its file.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
    ...     _ = f.write("source,target,sign\\nUSA,RUS,-1\\n")
    >>> [(e["source"], e["target"], e["sign"]) for e in iter_events(f.name)]
    [('USA', 'RUS', -1.0)]
    >>> os.unlink(f.name)
    """
    with open_source(path, format) as source:
        if source.format == "jsonl":
            yield from jsonl_records(source, skip_invalid=skip_invalid, skipped=skipped)
            return
        if source.format == "text":
            yield from text_events(source, options)
            return
        import duckdb

        con = duckdb.connect()
        stage(con, source, "staged")
        bad = bad_rows(con, source, "staged")
        if bad and not skip_invalid:
            raise InputError(bad[0][1], path=source.path, line=bad[0][0])
        if skipped is not None:
            skipped.extend(f"line {line}: {why}" for line, why in bad)
        names = list(COLUMNS) + ["extra", "_bad"]
        cursor = con.execute("SELECT * FROM staged WHERE _bad IS NULL")
        while rows := cursor.fetchmany(BATCH):
            for row in rows:
                yield _row_to_event(row, names)
        con.close()


def stage(con, source: Source, table: str) -> None:
    """Parse `source` with DuckDB into the temporary `table` (event columns, extra, _bad).

    A file whose first bytes were UTF-8 but whose later ones are not is read again as cp1252.
    """
    _run_reading(con, source, lambda sql: f"CREATE OR REPLACE TEMP TABLE {table} AS {sql}")


#: Formats whose ids are hashed from content (no id of the source's own): a file may repeat one.
HASHED_IDS = ("csv", "signed", "jsonl", "text", "events")


def insert(con, source: Source, table: str, load_id: int) -> None:
    """Insert every row of `source` into `table` (an events table with load_id and _reject).

    `_reject` says why a row must not be kept: invalid (the reader's reason) or ``duplicate``
    (its id is already in `table`). The caller counts, reports and deletes those rows.
    """
    columns = ", ".join(f's."{c}"' for c in COLUMNS)
    _run_reading(
        con,
        source,
        lambda sql: (
            f"INSERT INTO {table} SELECT {columns}, s.extra, {int(load_id)}, "
            f"CASE WHEN e.id IS NOT NULL THEN 'duplicate' ELSE s._bad END "
            f"FROM ({sql}) s LEFT JOIN (SELECT id FROM {table} WHERE _reject IS NULL) e "
            f"ON e.id = s.id"
        ),
    )


def _run_reading(con, source: Source, statement) -> None:
    """Execute ``statement(sql)``, where sql is the SELECT that reads `source`.

    A file whose first bytes were UTF-8 but whose later ones are not is read again as cp1252.
    """
    import duckdb

    for attempt in (1, 2):
        try:
            with _small_tables_build(con):
                con.execute(statement(tabular_sql(con, source)))
            return
        except duckdb.Error as exc:
            if attempt == 1 and _not_utf8(str(exc)) and source.encoding == "utf-8":
                source.reencode()
                continue
            raise duckdb_error(source, exc) from None


@contextlib.contextmanager
def _small_tables_build(con):
    """Keep DuckDB from building its join hash tables on the file instead of the lookups.

    DuckDB cannot estimate how many rows a CSV holds, and left to itself it swaps the sides of
    the joins with the small reference tables: the million-row file becomes the hash table and
    loading takes three times as long. The query as written already builds on the right side.
    """
    con.execute("SET disabled_optimizers = 'build_side_probe_side'")
    try:
        yield
    finally:
        con.execute("RESET disabled_optimizers")


def bad_rows(
    con, source: Source, table: str, *, reason: str = "_bad", where: str = "true", limit: int = 1000
) -> list[tuple[int, str]]:
    """Return (line, why) of the rows of `table` (in file order) whose `reason` is not null.

    `where` picks the rows of this file (all of them by default); at most `limit` are returned.
    """
    offset = 2 if source.header else 1
    rows = con.execute(
        f"SELECT n, why FROM (SELECT row_number() OVER (ORDER BY rowid) AS n, {reason} AS why "
        f"FROM {table} WHERE {where}) WHERE why IS NOT NULL ORDER BY n LIMIT {int(limit)}"
    ).fetchall()
    return [(n - 1 + offset, why) for n, why in rows]
