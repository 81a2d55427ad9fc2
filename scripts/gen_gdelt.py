"""Generate a large GDELT 2.0 events export modelled on the real sample in ../shared.

Rows are real rows of the sample with a fresh GLOBALEVENTID, a date spread over 2015-2024 and,
for half of them, actor countries redrawn from the sample's own country mix, so the dyad
structure is realistic but large.

    python scripts/gen_gdelt.py --rows 1000000 --out bench-data/gdelt2-1m.export.CSV
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (
    ROOT.parent / "shared" / "data" / "real" / "gdelt2-arekziobrowski" / "20191024143000.export.CSV"
)


def generate(rows: int, out: Path, seed: int = 7) -> Path:
    rng = random.Random(seed)
    template = [line.rstrip("\n").split("\t") for line in SAMPLE.open(encoding="utf-8")]
    countries = [r[7] for r in template if r[7]] + [r[17] for r in template if r[17]]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for i in range(rows):
            row = list(template[i % len(template)])
            row[0] = str(1_000_000_000 + i)
            year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
            row[1] = f"{year}{month:02d}{day:02d}"
            row[2], row[3] = f"{year}{month:02d}", str(year)
            if i % 2:
                for code, country in ((5, 7), (15, 17)):
                    if row[country]:
                        row[country] = rng.choice(countries)
                        row[code] = row[country]
            f.write("\t".join(row) + "\n")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench-data" / "gdelt2-1000000.export.CSV"
    )
    args = parser.parse_args()
    print(generate(args.rows, args.out))


if __name__ == "__main__":
    main()
