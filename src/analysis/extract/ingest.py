"""``python -m analysis ingest``: candidate rows of every kind for new documents, for review.

For each FILE it writes, under ``--out DIR``, one CSV per table, each with a leading ``file``
column and rows in file and document order:

- ``documents.csv``: the document card (``analysis.extract.card``), with ``doc_id`` (the file
  name without extension), ``geo``, ``text_path`` and the ``sha256`` of that text;
- ``targets.csv``: as ``python -m analysis extract`` (targets and baselines);
- ``tasks.csv``: numbered task headings (``analysis.extract.tasks``);
- ``observations.csv``: the figures that report the past (baseline rows), in the columns of
  ``data/external/observations.csv`` that text can give, with their offsets.

``DIR/texts/<doc_id>.txt`` holds each text exactly as read (UTF-8, a byte-order mark removed,
HTML turned into lines): every offset in the CSVs indexes that file. Bad files are reported by
name and the others are still written; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from analysis.extract.card import CARD_COLUMNS
from analysis.extract.cli import OUTPUT_COLUMNS, add_input_arguments, labelled, read_inputs
from analysis.extract.targets import read_document
from analysis.extract.tasks import TASK_COLUMNS, extract_tasks
from analysis.extract.vocabulary import CUMULATIVE_CUE, YEAR_TO_DATE
from analysis.io import atomic_write_text, write_csv
from analysis.text import normalise

DOCUMENT_COLUMNS = ["file", "doc_id", "geo", *CARD_COLUMNS, "text_path", "sha256"]
TASK_OUTPUT_COLUMNS = ["file", "doc_id", *TASK_COLUMNS]
OBSERVATION_COLUMNS = [
    "file", "doc_id", "geo", "indicator", "indicator_text", "year", "measure", "period", "value", "unit", "quote",
    "value_start", "value_end", "char_start", "char_end", "note",
]


def _measure(text: str, row: pd.Series) -> tuple[str, str]:
    """(measure, period) of an observed figure: a rate for shares and growth, a year-to-date
    flow for 1-5月/上半年 figures, a cumulative figure for 累计/以来, else a year-end stock or an
    annual flow."""
    quote = normalise(text[row.char_start:row.value_start])
    if row.quantity in {"share", "growth_rate"}:
        return "rate", ""
    to_date = YEAR_TO_DATE.search(quote)
    if to_date and pd.notna(row.year):
        last = to_date.group("last") or to_date.group("last2")
        month = int(last) if last.isdigit() else {"上半年": 6, "前三季度": 9, "一季度": 3}[last]
        return "ytd_flow", f"{row.year}-01/{row.year}-{month:02d}"
    if CUMULATIVE_CUE.search(quote):
        return "cumulative", ""
    return ("year_end_stock", "") if row.quantity == "level" else ("annual_flow", "")


def observations(text: str, targets: pd.DataFrame) -> pd.DataFrame:
    """The baseline rows of one document in the observations columns (without file/doc_id/geo)."""
    past = targets[targets.kind == "baseline"].reset_index(drop=True)
    measures = [_measure(text, row) for _, row in past.iterrows()]
    frame = past.assign(measure=[m for m, _ in measures], period=[p for _, p in measures])
    return frame[[column for column in OBSERVATION_COLUMNS if column in frame]]


def ingest_text(
    path: Path, text: str, doc_id: str, geo: str, text_path: str, page_date: date | None = None
) -> dict[str, pd.DataFrame]:
    """The four candidate tables of one document (``page_date``: see ``extract_targets``)."""
    card, targets = read_document(text, page_date)
    document = pd.DataFrame([{
        "file": str(path), "doc_id": doc_id, "geo": geo, **card.row(), "text_path": text_path,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
    }], columns=DOCUMENT_COLUMNS).astype({"plan_start": "Int64", "plan_end": "Int64"})
    tasks = pd.DataFrame([task.row() for task in extract_tasks(text, card)], columns=TASK_COLUMNS)
    tasks.insert(0, "doc_id", doc_id)
    tasks.insert(0, "file", str(path))
    observed = observations(text, targets)
    observed.insert(0, "geo", geo)
    observed.insert(0, "doc_id", doc_id)
    observed.insert(0, "file", str(path))
    return {
        "documents": document,
        "targets": labelled(targets, path, doc_id, geo, html=False),
        "tasks": tasks,
        "observations": observed[OBSERVATION_COLUMNS],
    }


COLUMNS = {"documents": DOCUMENT_COLUMNS, "targets": OUTPUT_COLUMNS, "tasks": TASK_OUTPUT_COLUMNS,
           "observations": OBSERVATION_COLUMNS}


def doc_id_for(path: Path) -> str:
    """A doc_id from a file name: lower case, runs of other characters as ``_``."""
    return re.sub(r"[^a-z0-9_]+", "_", path.stem.lower()).strip("_") or "document"


def cli(argv: list[str]) -> int:
    """``python -m analysis ingest FILE ... --out DIR``: 0 if every file was read, 1 if any failed."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis ingest",
        description="Candidate documents, targets, tasks and observations rows for review, one CSV each.",
    )
    add_input_arguments(parser)
    parser.add_argument("--out", type=Path, required=True, help="directory to write the four CSVs and texts/ into")
    args = parser.parse_args(argv)
    ids = [doc_id_for(path) for path in args.files]
    duplicated = sorted({doc_id for doc_id in ids if ids.count(doc_id) > 1})
    if duplicated:
        parser.error(f"two files would get the same doc_id: {', '.join(duplicated)}; rename one")
    texts, failures = read_inputs(parser, args)
    tables: dict[str, list[pd.DataFrame]] = {name: [] for name in COLUMNS}
    for path, text in texts:
        doc_id = doc_id_for(path)
        text_path = args.out / "texts" / f"{doc_id}.txt"
        atomic_write_text(text_path, text)
        for name, frame in ingest_text(path, text, doc_id, args.geo, str(text_path), args.date).items():
            tables[name].append(frame)
    for name, columns in COLUMNS.items():
        frames = [frame for frame in tables[name] if len(frame)]
        write_csv(pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns), args.out / f"{name}.csv")
    counts = ", ".join(f"{sum(map(len, tables[name]))} {name}" for name in COLUMNS)
    print(f"{counts} from {len(texts)} file(s) written to {args.out}", file=sys.stderr)
    if failures:
        print(f"{failures} of {len(args.files)} file(s) failed; the others' rows were written", file=sys.stderr)
    return 1 if failures else 0
