"""Load the data tables as validated, typed DataFrames.

Every load parses the CSV itself (so a bad cell is reported with its file, CSV line and
column rather than as a pandas traceback), validates it against its pandera model, and runs
the cross-table checks it depends on: foreign keys, quotes against the raw texts, and the
raw files' checksums. All problems are collected and raised together.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from analysis import paths
from analysis.schemas import FOREIGN_KEYS, LIST_COLUMNS, TABLES

TRUE_FALSE = {"true": True, "false": False}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, located as precisely as possible."""

    file: str
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}, line {self.line}"
        if self.column:
            where += f", column {self.column!r}"
        return f"{where}: {self.message}"


class DataValidationError(ValueError):
    """Raised with every problem found, so one run shows them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        listing = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"{len(problems)} problem(s) in the data:\n{listing}")


def _display(path: Path, data_dir: Path) -> str:
    try:
        return path.relative_to(data_dir.parent).as_posix()
    except ValueError:
        return path.as_posix()


def _read_rows(path: Path, shown: str) -> tuple[list[str], list[tuple[int, list[str]]], list[Problem]]:
    """Decode a CSV strictly as UTF-8 and return its header and (line, cells) records."""
    if not path.exists():
        return [], [], [Problem(shown, None, None, "file not found")]
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = (
            f"not valid UTF-8 (byte 0x{data[error.start]:02x}); "
            "save the file as UTF-8 (it may be GBK or another legacy encoding)"
        )
        return [], [], [Problem(shown, line, None, message)]
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[tuple[int, list[str]]] = []
    header: list[str] = []
    try:
        for cells in reader:
            if not header:
                header = cells
            elif cells:
                records.append((reader.line_num, cells))
    except csv.Error as error:
        return header, records, [Problem(shown, reader.line_num, None, f"malformed CSV: {error}")]
    if not header:
        return [], [], [Problem(shown, None, None, "file is empty (no header row)")]
    return header, records, []


def _check_header(header: list[str], expected: list[str], shown: str) -> list[Problem]:
    problems = [Problem(shown, 1, name, "required column is missing") for name in expected if name not in header]
    problems += [
        Problem(shown, 1, name, "unknown column (declare it in analysis/schemas.py and data/datapackage.json)")
        for name in header
        if name not in expected
    ]
    problems += [
        Problem(shown, 1, name, "column appears more than once")
        for name in sorted({name for name in header if header.count(name) > 1})
    ]
    return problems


def _parse_cell(value: str, dtype: str) -> object:
    """Convert one CSV cell to the model's type; raise ValueError with a readable reason."""
    if dtype in {"str", "string[python]", "string"}:
        return value
    if value == "" and dtype != "bool" and not dtype.startswith("int"):
        return None  # missing; pandera reports it unless the column is nullable
    if dtype == "Int64":
        number = float(value)
        if not number.is_integer():
            raise ValueError(f"{value!r} is not a whole number")
        return int(number)
    if dtype.startswith("int"):
        return int(value)
    if dtype.startswith("float"):
        return float(value)
    if dtype == "bool":
        if value.lower() not in TRUE_FALSE:
            raise ValueError(f"{value!r} is not true or false")
        return TRUE_FALSE[value.lower()]
    if dtype.startswith("datetime64"):
        return pd.Timestamp.fromisoformat(value)
    raise TypeError(f"no parser for dtype {dtype}")


def _parse_table(name: str, data_dir: Path) -> tuple[pd.DataFrame | None, list[int], list[Problem]]:
    """Read one table into typed columns; return the frame, each row's CSV line, and problems."""
    relative, model, _ = TABLES[name]
    path = data_dir / relative
    shown = _display(path, data_dir)
    header, records, problems = _read_rows(path, shown)
    schema = model.to_schema()
    expected = list(schema.columns)
    if problems:
        return None, [], problems
    problems = _check_header(header, expected, shown)
    if problems:
        return None, [], problems
    lines = [line for line, _ in records]
    columns: dict[str, list[object]] = {column: [] for column in expected}
    for line, cells in records:
        if len(cells) != len(header):
            problems.append(Problem(shown, line, None, f"has {len(cells)} cells, header has {len(header)}"))
            cells = (cells + [""] * len(header))[: len(header)]
        for column, value in zip(header, cells):
            dtype = str(schema.columns[column].dtype)
            try:
                columns[column].append(_parse_cell(value, dtype))
            except (ValueError, TypeError) as error:
                problems.append(Problem(shown, line, column, f"cannot read {value!r} as {dtype}: {error}"))
                columns[column].append(None)
    if problems:
        return None, lines, problems
    frame = pd.DataFrame(
        {column: pd.Series(values, dtype=_pandas_dtype(str(schema.columns[column].dtype))) for column, values in columns.items()}
    )
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        problems += _schema_problems(errors.failure_cases, lines, shown)
    return frame, lines, problems


def _pandas_dtype(dtype: str) -> str:
    """The pandas dtype to build a column with: model dtypes, with pandas' own string dtype."""
    return {"string[python]": "str", "string": "str"}.get(dtype, dtype)


def _schema_problems(failures: pd.DataFrame, lines: list[int], shown: str) -> list[Problem]:
    problems = []
    for failure in failures.itertuples(index=False):
        index = failure.index
        line = lines[int(index)] if pd.notna(index) and int(index) < len(lines) else None
        column = failure.column if isinstance(failure.column, str) else None
        check = str(failure.check)
        bad = failure.failure_case
        if check.startswith("field_uniqueness") or "unique" in check:
            message = f"duplicate id {bad!r}"
        elif column is None:
            message = f"row fails check: {check}"
        else:
            message = f"value {bad!r} fails check {check}"
        problems.append(Problem(shown, line, column, message))
    return sorted(problems, key=lambda p: (p.line or 0, p.column or ""))


def _dependencies(names: list[str]) -> list[str]:
    """The requested tables plus every table they reference, in TABLES order."""
    needed = set(names)
    while True:
        more = {ref for table, _, ref, _ in FOREIGN_KEYS if table in needed} - needed
        if not more:
            break
        needed |= more
    return [name for name in TABLES if name in needed]


def _check_foreign_keys(tables: dict[str, pd.DataFrame], lines: dict[str, list[int]], data_dir: Path) -> list[Problem]:
    problems = []
    for table, column, ref_table, ref_column in FOREIGN_KEYS:
        if table not in tables or ref_table not in tables:
            continue
        known = set(tables[ref_table][ref_column])
        shown = _display(data_dir / TABLES[table][0], data_dir)
        for position, value in enumerate(tables[table][column]):
            values = value.split(";") if (table, column) in LIST_COLUMNS else [value]
            for item in filter(None, values):
                if item not in known:
                    message = f"{item!r} is not a known {ref_table}.{ref_column}"
                    problems.append(Problem(shown, lines[table][position], column, message))
    return problems


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _raw_texts(documents: pd.DataFrame, lines: list[int], data_dir: Path) -> tuple[dict[str, str], list[Problem]]:
    """Read every raw file, checking that it exists, matches its checksum and is UTF-8."""
    shown = _display(data_dir / TABLES["documents"][0], data_dir)
    texts: dict[str, str] = {}
    problems = []
    for position, doc in enumerate(documents.itertuples(index=False)):
        path = data_dir.parent / doc.raw_path
        line = lines[position]
        if not path.exists():
            problems.append(Problem(shown, line, "raw_path", f"raw file {doc.raw_path} not found"))
            continue
        actual = sha256_of(path)
        if actual != doc.sha256:
            message = f"checksum of {doc.raw_path} is {actual}, expected {doc.sha256}: the raw file changed (raw files are never edited)"
            problems.append(Problem(shown, line, "sha256", message))
            continue
        texts[doc.doc_id] = path.read_bytes().decode("utf-8")
    return texts, problems


def _check_spans(name: str, frame: pd.DataFrame, lines: list[int], texts: dict[str, str], data_dir: Path) -> list[Problem]:
    """Quotes and values must be exactly the raw text at their offsets."""
    shown = _display(data_dir / TABLES[name][0], data_dir)
    problems = []
    spans = [("quote", "char_start", "char_end"), ("value_text", "value_start", "value_end")] if name == "targets" else []
    for position, row in enumerate(frame.to_dict("records")):
        text = texts.get(row["doc_id"])
        if text is None:
            continue
        for column, start, end in spans:
            found = text[row[start] : row[end]]
            if found != row[column]:
                message = f"does not match the raw text at [{row[start]}:{row[end]}], which reads {found!r}"
                problems.append(Problem(shown, lines[position], column, message))
        if row["char_end"] > len(text):
            message = f"char_end {row['char_end']} is beyond the end of the raw text ({len(text)} characters)"
            problems.append(Problem(shown, lines[position], "char_end", message))
    return problems


def _check_task_targets(tables: dict[str, pd.DataFrame], lines: list[int], data_dir: Path) -> list[Problem]:
    """A task lists exactly the targets of its document whose quotes start inside its span."""
    shown = _display(data_dir / TABLES["tasks"][0], data_dir)
    targets = tables["targets"]
    problems = []
    for position, task in enumerate(tables["tasks"].itertuples(index=False)):
        inside = targets[
            (targets.doc_id == task.doc_id)
            & (targets.char_start >= task.char_start)
            & (targets.char_start < task.char_end)
        ].target_id
        listed = [t for t in task.target_ids.split(";") if t]
        if sorted(listed) != sorted(inside):
            message = f"lists {listed} but the targets inside its span are {sorted(inside)}"
            problems.append(Problem(shown, lines[position], "target_ids", message))
    return problems


RESTATED_FIELDS = ("doc_id", "geo", "kind", "indicator", "quantity", "value", "unit", "year")


def _check_restatements(targets: pd.DataFrame, lines: list[int], data_dir: Path) -> list[Problem]:
    """A restatement repeats an earlier target of the same document: same statistic, value and year."""
    shown = _display(data_dir / TABLES["targets"][0], data_dir)
    by_id = targets.set_index("target_id")
    problems = []
    for position, row in enumerate(targets.to_dict("records")):
        original = row["restates"]
        if not original or original not in by_id.index:
            continue  # unknown ids are reported by the foreign-key check
        first = by_id.loc[original]
        differing = [field for field in RESTATED_FIELDS if first[field] != row[field]]
        if differing or first["char_start"] >= row["char_start"]:
            message = f"restates {original}, which differs in {differing or ['position: it must come earlier']}"
            problems.append(Problem(shown, lines[position], "restates", message))
    return problems


def load_tables(names: list[str] | None = None, data_dir: Path = paths.DATA) -> dict[str, pd.DataFrame]:
    """Load and validate the named tables (all by default) and every table they depend on."""
    data_dir = Path(data_dir)
    selected = _dependencies(list(TABLES) if names is None else names)
    tables: dict[str, pd.DataFrame] = {}
    lines: dict[str, list[int]] = {}
    problems: list[Problem] = []
    for name in selected:
        frame, frame_lines, found = _parse_table(name, data_dir)
        problems += found
        if frame is not None:
            tables[name], lines[name] = frame, frame_lines
    problems += _check_foreign_keys(tables, lines, data_dir)
    if "documents" in tables:
        texts, found = _raw_texts(tables["documents"], lines["documents"], data_dir)
        problems += found
        for name in ("targets", "tasks"):
            if name in tables:
                problems += _check_spans(name, tables[name], lines[name], texts, data_dir)
    if "targets" in tables:
        problems += _check_restatements(tables["targets"], lines["targets"], data_dir)
    if "tasks" in tables and "targets" in tables:
        problems += _check_task_targets(tables, lines["tasks"], data_dir)
    if problems:
        raise DataValidationError(problems)
    return tables


def _loader(name: str):
    def load(data_dir: Path = paths.DATA) -> pd.DataFrame:
        return load_tables([name], data_dir)[name]

    load.__name__ = f"load_{name}"
    load.__doc__ = f"Return the validated ``{TABLES[name][0]}`` table (checks its foreign keys and raw texts too)."
    return load


load_geographies = _loader("geographies")
load_documents = _loader("documents")
load_indicators = _loader("indicators")
load_targets = _loader("targets")
load_tasks = _loader("tasks")
load_city_targets = _loader("city_targets")
load_observations = _loader("observations")


def raw_text(doc_id: str, data_dir: Path = paths.DATA) -> str:
    """The verbatim text of a document, checked against its recorded checksum."""
    documents = load_documents(data_dir)
    match = documents[documents.doc_id == doc_id]
    if match.empty:
        raise KeyError(f"unknown doc_id {doc_id!r}; known: {', '.join(documents.doc_id)}")
    return (Path(data_dir).parent / match.raw_path.iloc[0]).read_text(encoding="utf-8")


def summary(tables: dict[str, pd.DataFrame]) -> str:
    """A short plain-text summary of the loaded tables."""
    lines = ["table          rows"]
    lines += [f"{name:<14} {len(frame):>4}" for name, frame in tables.items()]
    if "targets" in tables:
        counts = tables["targets"].groupby(["doc_id", "kind"]).size().unstack(fill_value=0)
        lines += ["", "targets and baselines per document:", counts.to_string()]
    return "\n".join(lines)


def cli(argv: list[str]) -> int:
    """``python -m analysis validate``: check every table and print a summary."""
    parser = argparse.ArgumentParser(prog="python -m analysis validate", description=cli.__doc__)
    parser.add_argument("--data-dir", type=Path, default=paths.DATA)
    args = parser.parse_args(argv)
    try:
        tables = load_tables(data_dir=args.data_dir)
    except DataValidationError as error:
        print(error)
        return 1
    print(summary(tables))
    print("\nall tables valid")
    return 0


# --- Plan text (issue 10) ----------------------------------------------------------------------
load_task_instruments = _loader("task_instruments")
load_agencies = _loader("agencies")
load_agency_spellings = _loader("agency_spellings")
load_text_reuse = _loader("text_reuse")
