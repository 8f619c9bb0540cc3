"""The metrics as a data product: ``data/processed/target_metrics.csv`` and ``city_target_metrics.csv``.

``python -m analysis metrics`` recomputes both from the validated input tables and writes them
atomically, byte for byte the same for the same inputs. Researchers using R or Stata can start
from these files alone; the notebooks read them instead of recomputing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from .. import paths
from ..io import atomic_write_text
from ..schemas import TABLES
from .assemble import city_target_metrics, target_metrics

#: The tables the metrics are computed from.
INPUTS = ["geographies", "documents", "indicators", "targets", "city_targets", "observations"]

#: Significant digits kept in the CSVs: enough for any ratio, stable across platforms.
FLOAT_FORMAT = "%.10g"


def processed_tables(tables: dict[str, pd.DataFrame], *, include_doubtful: bool = False) -> dict[str, pd.DataFrame]:
    """Both processed tables, with exactly their models' columns, validated."""
    arguments = [tables[name] for name in ("targets", "documents", "observations", "city_targets", "indicators", "geographies")]
    frames = {
        "target_metrics": target_metrics(*arguments, include_doubtful=include_doubtful),
        "city_target_metrics": city_target_metrics(*arguments, include_doubtful=include_doubtful),
    }
    out = {}
    for name, frame in frames.items():
        _, model, key = TABLES[name]
        columns = list(model.to_schema().columns)
        frame = frame[columns].sort_values(key).reset_index(drop=True)
        for column in columns:
            if frame[column].dtype == object:
                frame[column] = frame[column].fillna("")
        out[name] = model.validate(frame)
    return out


def to_csv_text(frame: pd.DataFrame) -> str:
    """CSV text with fixed float precision, ISO dates and lower-case booleans."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == bool:
            frame[column] = frame[column].map({True: "true", False: "false"})
        elif pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d").fillna("")
    return frame.to_csv(index=False, lineterminator="\n", float_format=FLOAT_FORMAT)


def write_processed(data_dir: Path = paths.DATA, *, include_doubtful: bool = False) -> list[Path]:
    """Recompute and write both processed tables; returns the paths written."""
    from ..load import load_tables

    tables = load_tables(INPUTS, data_dir)
    written = []
    for name, frame in processed_tables(tables, include_doubtful=include_doubtful).items():
        path = Path(data_dir) / TABLES[name][0]
        written.append(atomic_write_text(path, to_csv_text(frame)))
    return written


def cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis metrics", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=paths.DATA, help="the data/ folder (default: the project's)")
    args = parser.parse_args(argv)
    from ..load import DataValidationError

    try:
        written = write_processed(args.data_dir)
    except DataValidationError as error:
        print(error, file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path}")
    return 0
