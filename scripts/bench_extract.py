"""Benchmark: news text per second per core for `graphctl.extract`, and its start-up time.

The corpus is the example article (../shared, read in place) and our own test articles, each
document repeated with its numbers changed until the corpus holds --kb kilobytes (UTF-8). Two
passes run in one process on one core: a cold one (empty morphology caches) and a warm one.
Baseline, measured in the same run: sentence splitting and tokenising the same corpus, the
least any extractor must do. Start-up: a fresh `graphctl extract` on the example article, wall
clock, best of three. Targets: >= 200 KB/s after start-up, start-up < 2 s.

    python scripts/bench_extract.py [--kb 1000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "data" / "seed"
ARTICLES = ROOT / "tests" / "articles"


def corpus(kilobytes: int) -> list[tuple[str, str, str]]:
    """Return (text, lang, date) documents adding up to about `kilobytes` KB."""
    docs = []
    for folder in (SEED, ARTICLES):
        for gold in sorted(folder.glob("*.gold.json")):
            meta = json.loads(gold.read_text(encoding="utf-8"))
            docs.append(
                ((folder / meta["doc"]).read_text(encoding="utf-8"), meta["lang"], meta["date"])
            )
    out, size, n = [], 0, 0
    while size < kilobytes * 1000:
        text, lang, date = docs[n % len(docs)]
        # change the day numbers so that repeated documents are not byte-identical
        varied = "".join(str((int(c) + n) % 10) if c.isdigit() else c for c in text)
        out.append((varied, lang, date))
        size += len(varied.encode("utf-8"))
        n += 1
    return out


def main(argv) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=1000)
    args = parser.parse_args(argv)
    from graphctl.extract import extract_text
    from graphctl.extract.sentences import split_sentences, tokenize

    docs = corpus(args.kb)
    size_kb = sum(len(t.encode("utf-8")) for t, _, _ in docs) / 1000
    extract_text("Росія атакувала Україну.", date="2023-01-01")  # load dictionaries once

    start = time.perf_counter()
    for text, _, _ in docs:
        for sentence in split_sentences(text):
            tokenize(sentence.text, sentence.start)
    baseline = time.perf_counter() - start

    timings, events = [], 0
    for _ in ("cold", "warm"):
        start = time.perf_counter()
        events = sum(len(extract_text(t, date=d, lang=lang)) for t, lang, d in docs)
        timings.append(time.perf_counter() - start)

    seed = next(SEED.glob("*.txt"))
    startup = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "graphctl",
                "extract",
                str(seed),
                "--date",
                "2023-09-22",
                "--format",
                "jsonl",
            ],
            check=True,
            capture_output=True,
        )
        startup.append(time.perf_counter() - start)

    cold, warm = size_kb / timings[0], size_kb / timings[1]
    print(f"corpus: {size_kb:,.0f} KB in {len(docs)} documents, {events:,} events per pass")
    print(f"baseline (split + tokenise): {size_kb / baseline:,.0f} KB/s")
    print(
        f"extract, cold caches: {cold:,.0f} KB/s ({cold / 200:.2f}x the 200 KB/s target; "
        f"{timings[0] / baseline:.1f}x the baseline's time)"
    )
    print(f"extract, warm caches: {warm:,.0f} KB/s ({warm / 200:.2f}x the 200 KB/s target)")
    print(
        f"start-up (graphctl extract on the example article): {min(startup):.2f} s (target < 2 s)"
    )
    return 0 if min(cold, warm) >= 200 and min(startup) < 2 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
