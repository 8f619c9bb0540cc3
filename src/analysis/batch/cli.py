"""``python -m analysis batch``: the command line around ``run_batch``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import paths
from analysis.batch.jobs import BatchError, Folders
from analysis.batch.prepare import shown
from analysis.batch.runner import run_batch

EXIT_INTERRUPTED = {"SIGINT": 130, "SIGTERM": 143}  # the shell's 128 + signal number


def cli(argv: list[str]) -> int:
    """0 when every selected report is up to date, 1 if any failed, 2 on a usage or plan error,
    130/143 when stopped by SIGINT/SIGTERM."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis batch",
        description="Run the checks and execute the notebooks declared in notebooks/reports.toml "
        "into reports/<lang>/ (ipynb + HTML), figures/<lang>/ and reports/index.html; "
        "anything whose inputs are unchanged is skipped.",
    )
    parser.add_argument("--force", action="store_true", help="rerun every selected report and check")
    parser.add_argument("--lang", choices=("zh", "en"), help="only the reports in this language")
    parser.add_argument("--only", action="append", metavar="NAME", help="only this report (repeatable)")
    parser.add_argument("--geo", action="append", metavar="GEO", help="only the reports for this geography (repeatable)")
    parser.add_argument("--jobs", type=int, default=2, metavar="N", help="reports run at once (default 2)")
    for option, folder in (
        ("--notebooks-dir", paths.NOTEBOOKS),
        ("--reports-dir", paths.REPORTS),
        ("--figures-dir", paths.FIGURES),
    ):
        parser.add_argument(option, type=Path, default=folder, metavar="DIR", help=f"default: {shown(folder)}")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    folders = Folders(
        notebooks=args.notebooks_dir.resolve(),
        reports=args.reports_dir.resolve(),
        figures=args.figures_dir.resolve(),
    )
    try:
        summary = run_batch(
            folders, workers=args.jobs, force=args.force, only=args.only, lang=args.lang, geo=args.geo
        )
    except BatchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(
        f"{len(summary.ran)} ran, {len(summary.skipped)} unchanged, {len(summary.failed)} failed"
        f"; index: {shown(folders.reports / 'index.html')}"
    )
    if summary.interrupted:
        print(f"stopped by {summary.interrupted}: finished reports are kept, the rest are as before",
              file=sys.stderr)
        return EXIT_INTERRUPTED[summary.interrupted]
    if summary.failed:
        print(f"failed: {', '.join(sorted(summary.failed))}", file=sys.stderr)
        return 1
    return 0
