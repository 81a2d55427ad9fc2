"""Score the English extractor on the PLOVER gold-standard sentences (../shared, read in place).

Each record is one sentence coded by hand (PLOVER_GSR_CAMEO.txt). We compare unordered actor
pairs with a polarity, where both sides are states or organisations (any IGO counts as "IGO"):
source x target pairs, or pairs among the sources of a compound actor without a target. PLOVER
events are mapped to a polarity by their CAMEO quad class: AGREE ... INVESTIGATE cooperate (+),
DEMAND ... MASS VIOLENCE conflict (-). Only records with such a pair are scored.

    python scripts/score_plover.py [--verbose]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

GSR = Path(__file__).resolve().parents[2] / "shared/data/real/plover/PLOVER_GSR_CAMEO.txt"
POSITIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE"}
NEGATIVE = {
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
    "FIGHT",
}
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "SRB": "SRB", "BOS": "BIH", "CZR": "CZE"}


def _codes(side) -> list[str]:
    if not isinstance(side, list):
        return []
    out = []
    for actor in side:
        code = (actor.get("code") or "").upper()
        if code == "IGO":
            out.append("IGO")
        elif re.fullmatch(r"[A-Z]{3}", code) and code not in ("NGO", "IMG", "MNC", "REB"):
            out.append(OLD_CODES.get(code, code))
    return out


def gold_pairs(record) -> set:
    event = record.get("event")
    polarity = "+" if event in POSITIVE else "-" if event in NEGATIVE else None
    if polarity is None:
        return set()
    sources, targets = _codes(record.get("source")), _codes(record.get("target"))
    if targets:
        pairs = {frozenset((a, b)) for a in sources for b in targets if a != b}
    else:
        pairs = {frozenset((a, b)) for a in sources for b in sources if a != b}
    return {(p, polarity) for p in pairs}


def predicted_pairs(events) -> set:
    from graphctl.extract.gazetteer import gazetteer

    kinds = gazetteer().kinds
    out = set()
    for e in events:
        sides = []
        for side in ("source", "target"):
            kind, state = e.get(f"{side}_kind"), e.get(f"{side}_state")
            if kind == "organisation" or (
                kind == "official" and kinds.get(state) == "organisation"
            ):
                sides.append("IGO")  # an official of the Arab League (ARL) speaks for an IGO
            elif state:
                sides.append(state)
        if len(sides) == 2 and sides[0] != sides[1] and e.get("quad"):
            out.add((frozenset(sides), "+" if e["quad"] <= 2 else "-"))
    return out


def main(argv) -> int:
    from graphctl.extract import extract_text

    records = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if r.get("text")]
    tp = fp = fn = scored = 0
    for record in records:
        gold = gold_pairs(record)
        if not gold:
            continue
        scored += 1
        date = record.get("date") or "2000-01-01"
        predicted = predicted_pairs(extract_text(record["text"], date=date, lang="en"))
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
        if "--verbose" in argv and predicted != gold:
            show = lambda s: sorted("-".join(sorted(p)) + " " + x for p, x in s)  # noqa: E731
            print(
                f"{record['id']}: gold={show(gold)} predicted={show(predicted)}\n  {record['text']}"
            )
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"PLOVER: {scored} of {len(records)} sentences scored (both sides states or IGOs)")
    print(f"relations P={precision:.3f} R={recall:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
