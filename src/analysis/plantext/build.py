"""``python -m analysis plantext``: regenerate ``data/processed/text_reuse.csv`` from the raw texts
and the city quotes (``--check``: compare only, exit 1 if the file on disk differs)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.io import atomic_write_text
from analysis.load import load_tables
from analysis.plantext.reuse import MIN_LENGTH, city_quotes, text_reuse


def raw_texts(data_dir: Path = paths.DATA) -> dict[str, str]:
    """doc_id → verbatim text, for every document (checksums verified by loading documents)."""
    documents = load_tables(["documents"], data_dir)["documents"]
    return {row.doc_id: (Path(data_dir).parent / row.raw_path).read_text(encoding="utf-8") for row in documents.itertuples()}


def reuse_table(data_dir: Path = paths.DATA, min_length: int = MIN_LENGTH) -> pd.DataFrame:
    """The text_reuse table as the raw texts and city quotes give it now."""
    city = load_tables(["city_targets"], data_dir)["city_targets"]
    return text_reuse(raw_texts(data_dir), city_quotes(city), min_length)


def cli(argv: list[str]) -> int:
    """Regenerate (or ``--check``) data/processed/text_reuse.csv."""
    parser = argparse.ArgumentParser(prog="python -m analysis plantext", description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=paths.DATA)
    parser.add_argument("--check", action="store_true", help="only compare with the file on disk")
    args = parser.parse_args(argv)
    target = Path(args.data_dir) / "processed" / "text_reuse.csv"
    frame = reuse_table(args.data_dir)
    expected = frame.to_csv(index=False, lineterminator="\n")
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != expected:
            print(f"{target} is out of date: run python -m analysis plantext")
            return 1
        print(f"{target} is up to date")
        return 0
    atomic_write_text(target, expected)
    print(f"wrote {target} ({len(frame)} passages)")
    return 0
