"""Regenerate graphctl's reference tables (CAMEO codes, state names) from ../shared lookups.

The tables are facts (codes, Goldstein values, names); this script records where they came from.
Run it from the repository root: python scripts/make_reference_data.py
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "real"
OUT = ROOT / "graph" / "graphctl" / "data"

# GDELT's quad classes by CAMEO root: 01-05 verbal cooperation, 06-09 material cooperation,
# 10-14 verbal conflict, 15-20 material conflict.
QUAD_BY_ROOT = {r: 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4 for r in range(1, 21)}

# CAMEO country spellings that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"ROM": "ROU", "TMP": "TLS", "ZAR": "COD", "BUR": "MMR", "KSV": "XKX"}

# Short names in current use where the lookup gives a long or dated one; states it lacks.
NAMES = {
    "RUS": "Russia",
    "PSE": "Palestine",
    "TZA": "Tanzania",
    "MKD": "North Macedonia",
    "SWZ": "Eswatini",
    "CZE": "Czechia",
    "TLS": "Timor-Leste",
    "XKX": "Kosovo",
    "FSM": "Micronesia",
    "VAT": "Holy See",
}


def cameo_table():
    lookups = REAL / "gdelt-undp-georgia"
    with open(lookups / "CAMEO.eventcodes.txt", encoding="utf-8") as f:
        names = {
            r["CAMEOEVENTCODE"]: r["EVENTDESCRIPTION"] for r in csv.DictReader(f, delimiter="\t")
        }
    with open(lookups / "CAMEO.goldsteinscale.txt", encoding="utf-8") as f:
        values = {
            r["CAMEOEVENTCODE"]: r["GOLDSTEINSCALE"] for r in csv.DictReader(f, delimiter="\t")
        }
    with open(OUT / "cameo.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "root", "quad", "goldstein", "description"])
        for code in sorted(names):
            root = code[:2]
            writer.writerow(
                [
                    code,
                    root,
                    QUAD_BY_ROOT[int(root)],
                    values.get(code, ""),
                    names[code].strip().capitalize(),
                ]
            )


def state_tables():
    names: dict[str, str] = {}
    aliases: dict[str, str] = {}
    with open(REAL / "icews-schrodt" / "countrynames-DEDI.txt", encoding="utf-8") as f:
        for name, code, _ in csv.reader(f, delimiter="\t"):
            if len(code) != 3 or code == "---":
                continue
            code = CAMEO_TO_ISO.get(code, code)
            names.setdefault(code, name)
            aliases[name.casefold()] = code
    names.update(NAMES)
    for code, name in NAMES.items():
        aliases.setdefault(name.casefold(), code)
    with open(OUT / "states.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["iso3", "name"])
        writer.writerows(sorted(names.items()))
    with open(OUT / "state_names.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["name", "iso3"])
        writer.writerows(sorted(aliases.items()))
    with open(OUT / "cameo_countries.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["cameo", "iso3"])
        writer.writerows(sorted(CAMEO_TO_ISO.items()))


if __name__ == "__main__":
    cameo_table()
    state_tables()
