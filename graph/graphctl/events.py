"""The event record: its fields, validation and stable ids (the contract in DESIGN.md)."""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping

from graphctl import cameo
from graphctl.errors import InputError

#: The contract fields, in the order graphctl writes them.
FIELDS = (
    "id",
    "date",
    "source",
    "target",
    "source_state",
    "target_state",
    "source_name",
    "target_name",
    "source_kind",
    "target_kind",
    "code",
    "quad",
    "goldstein",
    "text",
    "doc",
    "lang",
)

#: Fields graphctl adds beside the contract: a relation's explicit sign and weight (signed relation
#: lists such as Correlates of War), the window it holds for, and how precise the date is.
EXTRA_FIELDS = ("sign", "weight", "window", "date_precision", "source_role", "target_role")

#: Every column a store keeps; anything else a record carries is kept in ``extra`` (JSON).
COLUMNS = FIELDS + EXTRA_FIELDS

KINDS = ("state", "official", "organisation", "other")

#: CAMEO quad classes: 1-2 cooperation, 3-4 conflict.
QUADS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

# Fields that make an event what it is; the stable id hashes them when the source has no id.
_IDENTITY = ("date", "source", "target", "code", "quad", "sign", "window", "text", "doc")

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_CODE = re.compile(r"^\d{2,4}[A-Z]?$")
#: A bare three-letter upper-case id is a state code (ISO alpha-3, CAMEO, CoW).
_STATE_ID = re.compile(r"^[A-Z]{3}$")


def event_id(record: Mapping) -> str:
    """Return a stable id for `record`: a hash of the fields that make the event what it is.

    Loading the same event twice gives the same id, so a store adds it once.

    Examples
    --------
    >>> a = event_id({"source": "USA", "target": "RUS", "code": "163", "date": "2023-08-31"})
    >>> a == event_id({"date": "2023-08-31", "code": "163", "target": "RUS", "source": "USA"})
    True
    """
    key = json.dumps([record.get(f) for f in _IDENTITY], ensure_ascii=False, default=str)
    return "e:" + hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


def polarity(record: Mapping) -> int:
    """Return +1 for cooperation, -1 for conflict, 0 when the record says neither.

    An explicit ``sign`` wins; then the quad class; then the sign of the Goldstein value.

    Examples
    --------
    >>> polarity({"quad": 4}), polarity({"sign": 1}), polarity({"goldstein": -2.0}), polarity({})
    (-1, 1, -1, 0)
    """
    sign = record.get("sign")
    if sign not in (None, ""):
        return (float(sign) > 0) - (float(sign) < 0)
    quad = record.get("quad")
    if quad not in (None, ""):
        return 1 if int(quad) <= 2 else -1
    goldstein = record.get("goldstein")
    if goldstein not in (None, ""):
        return (float(goldstein) > 0) - (float(goldstein) < 0)
    return 0


def _number(value, field, kind=float):
    if value is None or value == "":
        return None
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise ValueError(f"{field} must be a number, not {value!r}") from None
    if isinstance(number, float) and not math.isfinite(number):
        raise ValueError(f"{field} must be a finite number, not {value!r}")
    return number


def _text(value):
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def validate(record: Mapping, *, path=None, line=None) -> dict:
    """Check `record` against the event contract and return it normalised.

    Strings are stripped (empty ones become null), ``quad`` and ``goldstein`` become numbers,
    a state's ``*_state`` defaults to its own id, and a missing ``id`` is derived with
    :func:`event_id`. Unknown fields are kept. Raises :class:`~graphctl.errors.InputError`
    naming `path` and `line` and what was wrong.

    Examples
    --------
    >>> e = validate({"source": "USA", "target": "PRK", "quad": "3", "source_kind": "state"})
    >>> e["quad"], e["source_state"], e["id"].startswith("e:")
    (3, 'USA', True)
    """
    if not isinstance(record, Mapping):
        raise InputError(f"expected an object, got {type(record).__name__}", path=path, line=line)
    event = dict(record)
    try:
        for field in ("id", "source", "target", "source_name", "target_name", "text", "doc"):
            if field in event:
                event[field] = _text(event[field])
        for field in ("source_state", "target_state", "lang", "code", "window"):
            if field in event:
                event[field] = _text(event[field])
        date = _text(event.get("date"))
        if date is not None and not _DATE.match(date):
            raise ValueError(f"date must be YYYY-MM-DD, YYYY-MM or YYYY, not {date!r}")
        event["date"] = date
        code = event.get("code")
        if code is not None and not _CODE.match(code):
            raise ValueError(f"code must be a CAMEO code such as '043', not {code!r}")
        quad = _number(event.get("quad"), "quad", int)
        if code is not None and (quad is None or event.get("goldstein") in (None, "")):
            # A CAMEO code alone is enough: quad class and Goldstein value follow from it.
            entry = cameo.lookup(code)
            if entry is not None:
                quad = entry.quad if quad is None else quad
                if event.get("goldstein") in (None, ""):
                    event["goldstein"] = entry.goldstein
        if quad is not None and quad not in QUADS:
            raise ValueError(f"quad must be 1, 2, 3 or 4, not {quad}")
        event["quad"] = quad
        goldstein = _number(event.get("goldstein"), "goldstein")
        if goldstein is not None and not -10 <= goldstein <= 10:
            raise ValueError(f"goldstein must lie in -10..10, not {goldstein}")
        event["goldstein"] = goldstein
        event["sign"] = _number(event.get("sign"), "sign")
        event["weight"] = _number(event.get("weight"), "weight")
        for side in ("source", "target"):
            kind = _text(event.get(f"{side}_kind"))
            if kind is None and _STATE_ID.match(event.get(side) or ""):
                kind = "state"
            if kind is not None and kind not in KINDS:
                raise ValueError(f"{side}_kind must be one of {', '.join(KINDS)}, not {kind!r}")
            event[f"{side}_kind"] = kind
            if event.get(f"{side}_state") is None and kind in ("state", "organisation"):
                event[f"{side}_state"] = event.get(side)
        if event.get("source") is None and event.get("target") is None:
            raise ValueError("an event needs a source or a target")
    except ValueError as exc:
        raise InputError(str(exc), path=path, line=line) from None
    if not event.get("id"):
        event["id"] = event_id(event)
    return event


def to_record(event: Mapping) -> dict:
    """Return `event` as the contract's JSON object: contract fields first, nulls dropped after."""
    record = {field: event.get(field) for field in FIELDS}
    for key, value in event.items():
        if key not in record and value is not None:
            record[key] = value
    return record
