"""The checks run before the notebooks (``validate``, ``evaluate``), skipped when inputs are unchanged.

Each runs as ``python -m analysis <command>`` in its own process group, so an interrupted batch
can stop it; its output goes straight to the terminal. Its reports go to the batch's reports
folder (``ANALYSIS_REPORTS``, see ``analysis.paths``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import TextIO

from analysis import paths
from analysis.batch.execute import library_path
from analysis.batch.jobs import Check


def run_check(check: Check, stop: threading.Event, out: TextIO, reports: Path) -> int | None:
    """Run one check, writing its reports into ``reports``; its exit status, or None when
    ``stop`` was set while it ran."""
    out.write(f"check: python -m analysis {check.name}\n")
    out.flush()
    process = subprocess.Popen(
        [sys.executable, "-m", "analysis", *check.command],
        cwd=paths.PROJ_ROOT,
        env={**os.environ, "PYTHONPATH": library_path(), "ANALYSIS_REPORTS": str(reports.resolve())},
        start_new_session=True,  # a terminal's Ctrl-C reaches the batch, which stops this
    )
    while True:
        try:
            return process.wait(timeout=0.2) if not stop.is_set() else _stop(process)
        except subprocess.TimeoutExpired:
            continue


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGINT first (Python then removes its half-written temporary files), SIGKILL after 5 s."""
    for sig, grace in ((signal.SIGINT, 5.0), (signal.SIGKILL, None)):
        try:
            os.killpg(process.pid, sig)
            process.wait(timeout=grace)
            return None
        except ProcessLookupError:
            return None
        except subprocess.TimeoutExpired:
            continue
    return None
