"""Accept reviewed rows into the curated tables: assign stable ids and link tasks to targets.

Reviewed candidate rows (from ``python -m analysis ingest`` / ``extract`` or typed by hand)
carry no ids. ``python -m analysis curate`` adds new documents (copying each one's text into
data/raw/), gives each new target the next free ``<doc_id>-tNNN``, each new task the next free
``<doc_id>-kNN`` and each new observation the next free ``obs-NNN``, recomputes every task's
``target_ids`` from the spans, validates the result against the raw texts, and only then
replaces the tables.
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
from analysis.schemas import GENRE_OF_DOC_TYPE, TABLES


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


#: Curated document types for the genres the ingest card gives: a plan is read as a district's
#: implementation plan unless the reviewer says ``city_plan``.
DOC_TYPE_FOR_GENRE = {genre: doc_type for doc_type, genre in GENRE_OF_DOC_TYPE.items() if doc_type != "city_plan"}
LANGUAGE = "zh-Hans"


def document_rows(reviewed: pd.DataFrame) -> pd.DataFrame:
    """Reviewed document cards (``python -m analysis ingest`` documents.csv) in the curated
    columns: ``doc_type`` from the genre where the reviewer gave none, ``raw_path`` under
    data/raw/ by doc_id, ``issued`` from ``signed`` or ``published`` where the table still has it,
    the language zh-Hans unless given. Columns the reviewer filled are kept."""
    rows = reviewed.copy()
    blank = pd.Series("", index=rows.index)
    signed, published = rows.get("signed", blank), rows.get("published", blank)
    defaults = {
        "doc_type": rows.get("genre", blank).map(DOC_TYPE_FOR_GENRE).fillna(""),
        "raw_path": "data/raw/" + rows.doc_id + ".txt",
        "issued": signed.where(signed != "", published),
        "language": LANGUAGE,
        "source_url": blank,
        "date_note": blank,
    }
    for column, default in defaults.items():
        if column not in rows:
            rows[column] = default
        else:
            rows[column] = rows[column].where(rows[column] != "", default)
    return rows


def _copy_texts(documents: pd.DataFrame, root: Path) -> None:
    """Copy each reviewed document's text (``text_path``) to its ``raw_path`` under ``root``
    where no raw text is there yet."""
    if "text_path" not in documents:
        return
    for row in documents.itertuples(index=False):
        target = root / row.raw_path
        if row.text_path and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(row.text_path, target)


def curate(
    target_files: list[Path], task_files: list[Path], data_dir: Path = paths.DATA,
    document_files: list[Path] | tuple[Path, ...] = (), observation_files: list[Path] | tuple[Path, ...] = (),
) -> dict[str, pd.DataFrame]:
    """Merge reviewed CSVs into documents.csv, targets.csv, tasks.csv and observations.csv,
    validating before anything is replaced. A new document's text is copied to data/raw/."""
    names = ("documents", "targets", "tasks", "observations")
    columns = {name: list(TABLES[name][1].to_schema().columns) for name in names}
    current = {
        name: _read(data_dir / TABLES[name][0]) if (data_dir / TABLES[name][0]).exists() else pd.DataFrame(columns=columns[name])
        for name in names
    }
    new_documents = [document_rows(_read(path)) for path in document_files]
    documents = pd.concat([current["documents"], *new_documents], ignore_index=True).fillna("")
    targets = merge(current["targets"], [_read(path) for path in target_files], "target_id", "t", 3)
    tasks = merge(current["tasks"], [_read(path) for path in task_files], "task_id", "k", 2)
    tasks = link_tasks(tasks, targets)
    observations = pd.concat([current["observations"], *[_read(path) for path in observation_files]], ignore_index=True)
    observations = assign_serial_ids(observations.fillna(""), "obs_id", "obs-", 3)
    result = {
        "documents": documents.sort_values("doc_id", kind="stable")[columns["documents"]],
        "targets": targets[columns["targets"]],
        "tasks": tasks[columns["tasks"]],
        "observations": observations[columns["observations"]],
    }
    changed = [name for name, files in zip(names, (document_files, target_files, task_files, observation_files)) if files]
    changed = sorted(set(changed) | {"targets", "tasks"})
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / "data"
        shutil.copytree(data_dir, trial, ignore=shutil.ignore_patterns("staging"))
        for new in new_documents:
            _copy_texts(new, trial.parent)
        for name in changed:
            write_csv(result[name], trial / TABLES[name][0])
        load_tables(list(names), trial)
    for new in new_documents:
        _copy_texts(new, data_dir.parent)
    for name in changed:
        write_csv(result[name], data_dir / TABLES[name][0])
    return result


def assign_serial_ids(frame: pd.DataFrame, id_column: str, prefix: str, width: int) -> pd.DataFrame:
    """Fill empty ids with ``<prefix><n>``, numbering after the highest id in the table (obs-001 …)."""
    frame = frame.copy()
    if id_column not in frame:
        frame.insert(0, id_column, "")
    taken = frame[id_column][frame[id_column] != ""].str.removeprefix(prefix).astype(int)
    next_number = int(taken.max()) + 1 if len(taken) else 1
    for index in frame.index[frame[id_column] == ""]:
        frame.loc[index, id_column] = f"{prefix}{next_number:0{width}d}"
        next_number += 1
    return frame


def cli(argv: list[str]) -> int:
    """``python -m analysis curate``: accept reviewed document, target, task and observation rows."""
    parser = argparse.ArgumentParser(prog="python -m analysis curate", description=cli.__doc__)
    parser.add_argument("--documents", nargs="*", type=Path, default=[],
                        help="reviewed document cards (ingest documents.csv; doc_type, source_url as needed)")
    parser.add_argument("--targets", nargs="*", type=Path, default=[], help="reviewed target rows (targets.csv columns, ids optional)")
    parser.add_argument("--tasks", nargs="*", type=Path, default=[], help="reviewed task rows (tasks.csv columns, ids optional)")
    parser.add_argument("--observations", nargs="*", type=Path, default=[],
                        help="reviewed observation rows (ingest observations.csv plus source columns; ids optional)")
    parser.add_argument("--data-dir", type=Path, default=paths.DATA)
    args = parser.parse_args(argv)
    try:
        result = curate(args.targets, args.tasks, args.data_dir, args.documents, args.observations)
    except DataValidationError as error:
        print(f"nothing written: {error}")
        return 1
    print(", ".join(f"{name}.csv: {len(frame)} rows" for name, frame in result.items()))
    return 0
