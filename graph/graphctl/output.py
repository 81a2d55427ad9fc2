"""Render rows and documents for people (table) and programs (json, csv, jsonl)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence

FORMATS = ("table", "json", "csv")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def table(rows: Sequence[Mapping], columns: Sequence[str], *, max_width: int = 80) -> str:
    """Return `rows` as an aligned text table with a header line.

    Examples
    --------
    >>> print(table([{"actor": "USA", "score": 0.25}], ["actor", "score"]))
    actor  score
    USA    0.25
    """
    cells = [[_clip(_cell(row.get(c)), max_width) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def to_csv(rows: Iterable[Mapping], columns: Sequence[str]) -> str:
    """Return `rows` as CSV text with a header line (lists joined by ``;``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            [
                ";".join(map(str, v)) if isinstance(v, (list, tuple)) else v
                for v in (row.get(c) for c in columns)
            ]
        )
    return buffer.getvalue().rstrip("\n")


def to_json(document) -> str:
    """Return `document` as indented JSON (UTF-8 kept as is)."""
    return json.dumps(document, ensure_ascii=False, indent=2, default=str)


def to_jsonl(records: Iterable[Mapping]) -> Iterable[str]:
    """Yield one compact JSON line per record."""
    for record in records:
        yield json.dumps(record, ensure_ascii=False, default=str)
