"""Accept reviewed rows into the curated tables: assign stable ids and link tasks to targets.

Reviewed candidate rows (from ``python -m analysis extract`` or typed by hand) carry no ids.
``python -m analysis curate`` gives each new target the next free ``<doc_id>-tNNN`` and each
new task the next free ``<doc_id>-kNN``, recomputes every task's ``target_ids`` from the
spans, validates the result against the raw texts, and only then replaces the tables.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.io import write_csv
from analysis.load import DataValidationError, load_tables
from analysis.schemas import TABLES


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def assign_ids(frame: pd.DataFrame, id_column: str, prefix: str, width: int) -> pd.DataFrame:
    """Fill empty ids with ``<doc_id>-<prefix><n>``, numbering after each document's highest id."""
    frame = frame.copy()
    if id_column not in frame:
        frame.insert(0, id_column, "")
    frame[id_column] = frame[id_column].fillna("")
    for doc_id, rows in frame.groupby("doc_id", sort=True):
        taken = rows[id_column][rows[id_column] != ""].str.rsplit(prefix, n=1).str[-1].astype(int)
        next_number = int(taken.max()) + 1 if len(taken) else 1
        for index in rows.index[rows[id_column] == ""]:
            frame.loc[index, id_column] = f"{doc_id}-{prefix}{next_number:0{width}d}"
            next_number += 1
    return frame


def link_tasks(tasks: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    """Set each task's ``target_ids``: the targets of its document whose quote starts in its span."""
    tasks = tasks.copy()
    starts = targets.assign(char_start=targets.char_start.astype(int))

    def inside(task: pd.Series) -> str:
        hits = starts[
            (starts.doc_id == task.doc_id)
            & (starts.char_start >= int(task.char_start))
            & (starts.char_start < int(task.char_end))
        ]
        return ";".join(sorted(hits.target_id))

    tasks["target_ids"] = tasks.apply(inside, axis=1) if len(tasks) else ""
    return tasks


def merge(existing: pd.DataFrame, new_frames: list[pd.DataFrame], id_column: str, prefix: str, width: int) -> pd.DataFrame:
    """Append reviewed rows to a curated table, sort by document position, and assign ids."""
    combined = pd.concat([existing, *new_frames], ignore_index=True).fillna("")
    positions = [column for column in ("char_start", "value_start") if column in combined]
    combined = combined.sort_values(
        ["doc_id", *positions], key=lambda s: s.astype(int) if s.name in positions else s, kind="stable"
    )
    return assign_ids(combined.reset_index(drop=True), id_column, prefix, width)


def curate(target_files: list[Path], task_files: list[Path], data_dir: Path = paths.DATA) -> dict[str, pd.DataFrame]:
    """Merge reviewed CSVs into targets.csv and tasks.csv, validating before anything is replaced."""
    columns = {name: list(TABLES[name][1].to_schema().columns) for name in ("targets", "tasks")}
    current = {
        name: _read(data_dir / TABLES[name][0]) if (data_dir / TABLES[name][0]).exists() else pd.DataFrame(columns=columns[name])
        for name in ("targets", "tasks")
    }
    targets = merge(current["targets"], [_read(path) for path in target_files], "target_id", "t", 3)
    tasks = merge(current["tasks"], [_read(path) for path in task_files], "task_id", "k", 2)
    tasks = link_tasks(tasks, targets)
    result = {"targets": targets[columns["targets"]], "tasks": tasks[columns["tasks"]]}
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / "data"
        shutil.copytree(data_dir, trial, ignore=shutil.ignore_patterns("staging"))
        for name, frame in result.items():
            write_csv(frame, trial / TABLES[name][0])
        load_tables(["targets", "tasks"], trial)
    for name, frame in result.items():
        write_csv(frame, data_dir / TABLES[name][0])
    return result


def cli(argv: list[str]) -> int:
    """``python -m analysis curate``: accept reviewed target and task rows into data/curated/."""
    parser = argparse.ArgumentParser(prog="python -m analysis curate", description=cli.__doc__)
    parser.add_argument("--targets", nargs="*", type=Path, default=[], help="reviewed target rows (targets.csv columns, ids optional)")
    parser.add_argument("--tasks", nargs="*", type=Path, default=[], help="reviewed task rows (tasks.csv columns, ids optional)")
    parser.add_argument("--data-dir", type=Path, default=paths.DATA)
    args = parser.parse_args(argv)
    try:
        result = curate(args.targets, args.tasks, args.data_dir)
    except DataValidationError as error:
        print(f"nothing written: {error}")
        return 1
    print(f"targets.csv: {len(result['targets'])} rows; tasks.csv: {len(result['tasks'])} rows")
    return 0
