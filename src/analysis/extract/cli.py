"""``python -m analysis extract``: read plan files (any encoding, optionally HTML) and write
candidate rows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from analysis.extract.model import COLUMNS
from analysis.extract.targets import extract_targets
from analysis.io import write_csv
from analysis.text import strip_html

OUTPUT_COLUMNS = ["file", "doc_id", "geo", *COLUMNS]
HTML_NOTE = "offsets refer to the HTML-stripped text"


class InputError(Exception):
    """A file that cannot be read as plan text; the message names the file."""


def read_plan(path: Path, encoding: str = "utf-8", html: bool = False) -> str:
    """A plan's text: decoded with ``encoding``, HTML tags stripped if ``html``."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read the file ({error.strerror})") from error
    wide = encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32"))
    if b"\x00" in data and not wide:
        raise InputError(f"{path}: looks like a binary file (it contains NUL bytes), not a plan text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        utf8 = encoding.lower().replace("-", "").replace("_", "") == "utf8"
        hint = "if it is GBK/GB18030, re-run with --encoding gbk" if utf8 else "pass its real encoding with --encoding"
        where = f"byte 0x{data[error.start]:02x} at offset {error.start}"
        raise InputError(f"{path}: not valid {encoding} ({where}); {hint}") from error
    return strip_html(text) if html else text


def labelled(rows: pd.DataFrame, path: Path, doc_id: str, geo: str, html: bool) -> pd.DataFrame:
    """Rows of one file with the leading ``file``, ``doc_id`` and ``geo`` columns."""
    rows = rows.copy()
    rows.insert(0, "geo", geo)
    rows.insert(0, "doc_id", doc_id)
    rows.insert(0, "file", str(path))
    if html:
        rows["note"] = [f"{note}; {HTML_NOTE}" if note else HTML_NOTE for note in rows["note"]]
    return rows


def cli(argv: list[str]) -> int:
    """``python -m analysis extract FILE [FILE ...] [-o OUT.csv]``: 0 if every file was read, 1 if any failed."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis extract",
        description="Extract candidate target and baseline rows (targets.csv columns) from plan texts.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="plan text files")
    parser.add_argument("-o", "--output", type=Path, help="CSV file to write (default: standard output)")
    parser.add_argument("--doc-id", help="doc_id column (one FILE only; default: the file name without extension)")
    parser.add_argument("--geo", default="", help="geo column (default: empty)")
    parser.add_argument("--encoding", default="utf-8", help="text encoding of the files (default: utf-8), e.g. gbk")
    parser.add_argument(
        "--html", action="store_true", help="strip HTML tags first; offsets then refer to the stripped text"
    )
    args = parser.parse_args(argv)
    try:
        "".encode(args.encoding)
    except LookupError:
        parser.error(f"unknown encoding {args.encoding!r}")
    if args.doc_id and len(args.files) > 1:
        parser.error("--doc-id names one document: give exactly one FILE")
    frames, failures = [], 0
    for path in args.files:
        try:
            text = read_plan(path, args.encoding, args.html)
        except InputError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        if args.html:
            print(f"note: {path}: {HTML_NOTE}", file=sys.stderr)
        frames.append(labelled(extract_targets(text), path, args.doc_id or path.stem, args.geo, args.html))
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=OUTPUT_COLUMNS)
    if args.output:
        write_csv(table, args.output)
        print(f"{len(table)} rows from {len(frames)} file(s) written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(table.to_csv(index=False, lineterminator="\n"))
    if failures:
        print(f"{failures} of {len(args.files)} file(s) failed; the others' rows were written", file=sys.stderr)
    return 1 if failures else 0
