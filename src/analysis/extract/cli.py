"""``python -m analysis extract``: read plan files (any encoding, optionally HTML) and write
candidate rows.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from analysis.extract.model import COLUMNS
from analysis.extract.targets import extract_targets
from analysis.io import write_csv
from analysis.extract.html import html_text

OUTPUT_COLUMNS = ["file", "doc_id", "geo", *COLUMNS]
HTML_NOTE = "offsets refer to the HTML-stripped text"
NO_TEXT_NOTE = "no text"
BOM = "\ufeff"


class InputError(Exception):
    """A file that cannot be read as plan text; the message names the file."""


def read_plan(path: Path, encoding: str = "utf-8", html: bool = False) -> str:
    """A plan's text: decoded with ``encoding``, a leading byte-order mark (UTF-8 BOM) removed,
    and, if ``html``, the page's text with its structure as lines (``analysis.extract.html``).
    Every offset the extractor returns refers to this returned text."""
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
    text = text.removeprefix(BOM)
    return html_text(text) if html else text


def labelled(rows: pd.DataFrame, path: Path, doc_id: str, geo: str, html: bool) -> pd.DataFrame:
    """Rows of one file with the leading ``file``, ``doc_id`` and ``geo`` columns."""
    rows = rows.copy()
    rows.insert(0, "geo", geo)
    rows.insert(0, "doc_id", doc_id)
    rows.insert(0, "file", str(path))
    if html:
        rows["note"] = [f"{note}; {HTML_NOTE}" if note else HTML_NOTE for note in rows["note"]]
    return rows


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every reading command shares: files, ``--geo``, ``--encoding``, ``--html``."""
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="plan text files")
    parser.add_argument("--geo", default="", help="geo column (default: empty)")
    parser.add_argument("--encoding", default="utf-8", help="text encoding of the files (default: utf-8), e.g. gbk")
    parser.add_argument(
        "--html", action="store_true",
        help="read HTML pages: blocks and table rows as lines; offsets then refer to that text",
    )
    parser.add_argument(
        "--date", type=page_date, metavar="YYYY-MM-DD",
        help="the date of pages that print none (e.g. from the URL): 今年/去年 resolve against it",
    )


def page_date(value: str) -> date:
    """An ISO date given on the command line."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def read_inputs(parser: argparse.ArgumentParser, args: argparse.Namespace) -> tuple[list[tuple[Path, str]], int]:
    """The files that could be read, as (path, text), and how many could not. Errors and
    notes name the file on standard error; an empty file is a note ("no text"), not an error."""
    try:
        "".encode(args.encoding)
    except LookupError:
        parser.error(f"unknown encoding {args.encoding!r}")
    texts, failures = [], 0
    for path in args.files:
        try:
            text = read_plan(path, args.encoding, args.html)
        except InputError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        if not text.strip():
            print(f"note: {path}: {NO_TEXT_NOTE}", file=sys.stderr)
        elif args.html:
            print(f"note: {path}: {HTML_NOTE}", file=sys.stderr)
        texts.append((path, text))
    return texts, failures


def cli(argv: list[str]) -> int:
    """``python -m analysis extract FILE [FILE ...] [-o OUT.csv]``: 0 if every file was read, 1 if any failed."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis extract",
        description="Extract candidate target and baseline rows (targets.csv columns) from plan texts.",
    )
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", type=Path, help="CSV file to write (default: standard output)")
    parser.add_argument("--doc-id", help="doc_id column (one FILE only; default: the file name without extension)")
    args = parser.parse_args(argv)
    if args.doc_id and len(args.files) > 1:
        parser.error("--doc-id names one document: give exactly one FILE")
    texts, failures = read_inputs(parser, args)
    frames = [
        labelled(extract_targets(text, page_date=args.date), path, args.doc_id or path.stem, args.geo, args.html) for path, text in texts
    ]
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=OUTPUT_COLUMNS)
    if args.output:
        write_csv(table, args.output)
        print(f"{len(table)} rows from {len(frames)} file(s) written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(table.to_csv(index=False, lineterminator="\n"))
    if failures:
        print(f"{failures} of {len(args.files)} file(s) failed; the others' rows were written", file=sys.stderr)
    return 1 if failures else 0
