"""Extraction throughput: characters (and UTF-8 megabytes) per second, single process.

The raw corpus (every ``data/raw/*.txt``) is repeated until it holds at least 1 MB of UTF-8
text, then read two ways: one ``extract_targets`` call per document copy (how the CLI and
the evaluation use it) and one call on the whole concatenation (which would expose any
cost that grows faster than the text). Each is timed as the best of ``--repeat`` runs. Last,
``python -m analysis ingest`` on the raw documents end to end (card, targets, tasks,
observations, CSVs written to a temporary directory), in process.

Usage: ``python benchmarks/bench_extract.py [--min-mb 1] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from analysis.extract import extract_targets
from analysis.extract.ingest import cli as ingest
from analysis.paths import RAW

MB = 1_000_000


def corpus_copies(min_bytes: int) -> list[str]:
    """The raw documents, repeated as a whole until their UTF-8 size reaches ``min_bytes``."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(RAW.glob("*.txt"))]
    size = sum(len(text.encode("utf-8")) for text in texts)
    return texts * math.ceil(min_bytes / size)


def best_time(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` wall-clock timings of ``run()``."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-mb", type=float, default=1.0, help="minimum corpus size in MB (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per mode; the best is reported")
    args = parser.parse_args()
    copies = corpus_copies(int(args.min_mb * MB))
    chars = sum(len(text) for text in copies)
    megabytes = sum(len(text.encode("utf-8")) for text in copies) / MB
    print(f"corpus: {len(copies)} documents, {chars:,} characters, {megabytes:.2f} MB UTF-8")
    modes = {
        "per document": lambda: [extract_targets(text) for text in copies],
        "one text": lambda: extract_targets("\n".join(copies)),
    }
    for name, run in modes.items():
        seconds = best_time(run, args.repeat)
        print(f"{name:>12}: {seconds:6.2f} s  {chars / seconds:12,.0f} chars/s  {megabytes / seconds:6.2f} MB/s")
    raw = sorted(RAW.glob("*.txt"))
    with tempfile.TemporaryDirectory() as scratch:
        def run_ingest() -> None:
            with contextlib.redirect_stderr(io.StringIO()):
                if ingest([*map(str, raw), "--out", str(Path(scratch) / "out")]) != 0:
                    raise SystemExit("ingest failed on the raw documents")

        seconds = best_time(run_ingest, args.repeat)
    print(f"{'ingest':>12}: {seconds:6.2f} s  for the {len(raw)} raw documents end to end (4 CSVs and texts written)")


if __name__ == "__main__":
    main()
