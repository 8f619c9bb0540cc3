"""Batch run time: the cold batch against a naive sequential loop of papermill calls.

Everything runs in temporary folders; reports/ and figures/ are not touched.

1. naive: for each report, read the ``.py`` with jupytext and ``papermill.execute_notebook`` it
   with the same parameters, one after another (papermill defaults, no HTML, no cleaning);
2. cold batch: ``run_batch(..., force=True)``, everything the batch does, ``--jobs`` at a time;
3. no-change rerun: ``python -m analysis batch`` as a subprocess, interpreter start-up included.

Aim: cold <= 0.6 x naive; no-change <= 2 s. Usage::

    .venv/bin/python benchmarks/bench_batch.py [--notebooks-dir DIR] [--jobs N]

With no notebooks in notebooks/ it falls back to tests/fixtures/notebooks.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jupytext
import papermill

from analysis import paths
from analysis.batch import Folders, Job, discover_jobs, run_batch

FIXTURES = paths.PROJ_ROOT / "tests" / "fixtures" / "notebooks"
COLD_AIM, NO_CHANGE_AIM = 0.6, 2.0


def naive(jobs: list[Job], notebooks_dir: Path, figures_dir: Path, out_dir: Path) -> None:
    """The baseline: one plain papermill call per report, in order."""
    for job in jobs:
        papermill.execute_notebook(
            jupytext.read(job.source),
            out_dir / f"{job.name}.ipynb",
            parameters={**job.parameters, "figures_dir": str(figures_dir)},
            kernel_name="python3",
            progress_bar=False,
            cwd=notebooks_dir,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notebooks-dir", type=Path, default=paths.NOTEBOOKS)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    notebooks = args.notebooks_dir.resolve()

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folders = Folders(notebooks, root / "reports", root / "figures")
        jobs = discover_jobs(folders)
        if not jobs:
            print(f"no notebooks in {notebooks}; using {FIXTURES}")
            folders = Folders(FIXTURES, root / "reports", root / "figures")
            jobs = discover_jobs(folders)
        for folder in ("naive-figures", "naive-out", "warm-up"):
            (root / folder).mkdir()
        print(f"{len(jobs)} reports from {folders.notebooks}, jobs={args.jobs}")

        # Warm the disk cache and imports once so neither timed run pays for them.
        naive(jobs[:1], folders.notebooks, root / "warm-up", root / "warm-up")

        start = time.perf_counter()
        naive(jobs, folders.notebooks, root / "naive-figures", root / "naive-out")
        naive_s = time.perf_counter() - start
        log = io.StringIO()
        start = time.perf_counter()
        summary = run_batch(folders, workers=args.jobs, force=True, out=log, err=log)
        cold_s = time.perf_counter() - start
        if summary.failed:
            print(f"the batch failed, no timing:\n{log.getvalue()}")
            return 1
        command = [sys.executable, "-m", "analysis", "batch"]
        command += ["--notebooks-dir", str(folders.notebooks)]
        command += ["--reports-dir", str(folders.reports), "--figures-dir", str(folders.figures)]
        start = time.perf_counter()
        rerun = subprocess.run(command, capture_output=True, text=True, check=True)
        no_change_s = time.perf_counter() - start
        assert f"0 ran, {len(jobs)} unchanged" in rerun.stdout, rerun.stdout

    ratio = cold_s / naive_s
    print(f"naive sequential papermill: {naive_s:6.1f} s")
    print(f"cold batch (--force):       {cold_s:6.1f} s   ratio {ratio:.2f} (aim <= {COLD_AIM})")
    print(f"no-change rerun:            {no_change_s:6.1f} s   (aim <= {NO_CHANGE_AIM} s)")
    met = ratio <= COLD_AIM and no_change_s <= NO_CHANGE_AIM
    print("aims met" if met else "aims NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
