"""CAMEO reference: event codes with Goldstein values and quad classes; states; organisations."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: CAMEO root codes by the verb they stand for (also Neo4j relationship types).
ROOT_VERBS = {
    "01": "MAKE_STATEMENT",
    "02": "APPEAL",
    "03": "EXPRESS_INTENT",
    "04": "CONSULT",
    "05": "COOPERATE_DIPLOMATICALLY",
    "06": "COOPERATE_MATERIALLY",
    "07": "PROVIDE_AID",
    "08": "YIELD",
    "09": "INVESTIGATE",
    "10": "DEMAND",
    "11": "DISAPPROVE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "EXHIBIT_FORCE",
    "16": "REDUCE_RELATIONS",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "FIGHT",
    "20": "MASS_VIOLENCE",
}


@dataclass(frozen=True)
class Code:
    """One CAMEO event code."""

    code: str
    root: str
    quad: int
    goldstein: float | None
    description: str


def _rows(name):
    with resources.files("graphctl.data").joinpath(name).open(encoding="utf-8") as f:
        yield from csv.DictReader(f)


@cache
def codes() -> dict[str, Code]:
    """Return every CAMEO event code, keyed by code (``"043"``), roots (``"04"``) included.

    Examples
    --------
    >>> c = codes()["163"]
    >>> c.quad, c.goldstein, c.root
    (4, -8.0, '16')
    """
    table = {}
    for row in _rows("cameo.csv"):
        goldstein = float(row["goldstein"]) if row["goldstein"] else None
        table[row["code"]] = Code(
            row["code"], row["root"], int(row["quad"]), goldstein, row["description"]
        )
    return table


def lookup(code: str | None) -> Code | None:
    """Return the CAMEO entry for `code`, trying its base and root when the full code is unknown.

    Examples
    --------
    >>> lookup("0431").code, lookup("999") is None
    ('043', True)
    """
    if not code:
        return None
    table = codes()
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            return table[candidate]
    return None


def quad_of(code: str | None) -> int | None:
    """Quad class of a CAMEO code (1-4), or None when unknown."""
    entry = lookup(code)
    return entry.quad if entry else None


@cache
def states() -> dict[str, str]:
    """Return ISO 3166-1 alpha-3 code -> English name for every state graphctl knows."""
    return {row["iso3"]: row["name"] for row in _rows("states.csv")}


@cache
def state_names() -> dict[str, str]:
    """Return lower-cased English state name (and variants) -> ISO alpha-3."""
    return {row["name"]: row["iso3"] for row in _rows("state_names.csv")}


@cache
def cameo_countries() -> dict[str, str]:
    """Return CAMEO country spellings that differ from ISO alpha-3 -> the ISO code."""
    return {row["cameo"]: row["iso3"] for row in _rows("cameo_countries.csv")}


@cache
def organisations() -> list[dict]:
    """Return the international organisations: id, name, CAMEO group code, English aliases."""
    return [
        {
            "id": row["id"],
            "name": row["name"],
            "cameo": row["cameo"],
            "aliases": row["aliases"].split(";"),
        }
        for row in _rows("organisations.csv")
    ]


def to_iso(code: str | None) -> str | None:
    """Map a CAMEO country code to ISO alpha-3 (most are the same).

    Examples
    --------
    >>> to_iso("ROM"), to_iso("USA"), to_iso(None)
    ('ROU', 'USA', None)
    """
    if not code:
        return None
    return cameo_countries().get(code, code)
