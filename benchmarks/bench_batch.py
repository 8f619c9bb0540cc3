"""Batch run time: the cold batch against a naive sequential papermill loop, and a no-change rerun.

1. naive: for each declared report in each language, read the ``.py`` with jupytext and
   ``papermill.execute_notebook`` it with the same parameters, one after another (papermill
   defaults, no HTML, no cleaning), in a temporary folder;
2. cold batch: ``run_batch(..., force=True)`` into a temporary folder: everything the batch does
   (both languages, HTML with embedded fonts, index), ``--jobs`` at a time;
3. no-change ``make reports`` in the project itself, after one untimed run that brings it up to
   date; it must run nothing and change no file under reports/ or figures/.

Aim: cold <= 0.6 x naive; no-change <= 2 s. Usage::

    .venv/bin/python benchmarks/bench_batch.py [--jobs N]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jupytext
import papermill

from analysis import paths
from analysis.batch import Folders, Job, read_plan, run_batch
from analysis.batch.execute import library_path

COLD_AIM, NO_CHANGE_AIM = 0.6, 2.0


def naive(jobs: list[Job], figures_dir: Path, out_dir: Path) -> None:
    """The baseline: one plain papermill call per report, in order."""
    for job in jobs:
        papermill.execute_notebook(
            jupytext.read(job.source),
            out_dir / f"{job.lang}-{job.name}.ipynb",
            parameters={**job.parameters, "figures_dir": str(figures_dir)},
            kernel_name="python3",
            progress_bar=False,
            cwd=job.source.parent,
        )


def outputs_digest() -> str:
    """One hash over every file under reports/ and figures/ (path and content)."""
    digest = hashlib.sha256()
    for root in (paths.REPORTS, paths.FIGURES):
        for path in sorted(root.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(paths.PROJ_ROOT).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def make_reports() -> tuple[float, str]:
    """``make reports`` with this interpreter (its .venv if built, else the running one); seconds, output."""
    command = ["make", "-s", "-C", str(paths.PROJ_ROOT), "reports"]
    if not (paths.PROJ_ROOT / ".venv" / ".installed").exists():
        command += [f"PY={sys.executable}", "STAMP="]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": library_path()})
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"make reports failed:\n{done.stdout}\n{done.stderr}")
    return seconds, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folders = Folders(paths.NOTEBOOKS, root / "reports", root / "figures")
        jobs = read_plan(folders).jobs
        for folder in ("naive-figures", "naive-out", "warm-up"):
            (root / folder).mkdir()
        print(f"{len(jobs)} reports (both languages) from {folders.notebooks}, jobs={args.jobs}")

        # Warm the disk cache and imports once so neither timed run pays for them.
        naive(jobs[:1], root / "warm-up", root / "warm-up")

        start = time.perf_counter()
        naive(jobs, root / "naive-figures", root / "naive-out")
        naive_s = time.perf_counter() - start
        log = io.StringIO()
        start = time.perf_counter()
        summary = run_batch(folders, workers=args.jobs, force=True, out=log, err=log)
        cold_s = time.perf_counter() - start
        if summary.failed:
            print(f"the batch failed, no timing:\n{log.getvalue()}")
            return 1

    make_reports()  # bring the project's reports up to date (untimed)
    before = outputs_digest()
    no_change_s, output = make_reports()
    assert f"0 ran, {len(jobs)} unchanged, 0 failed" in output, output
    changed = outputs_digest() != before

    ratio = cold_s / naive_s
    print(f"naive sequential papermill:  {naive_s:6.1f} s")
    print(f"cold batch (--force):        {cold_s:6.1f} s   ratio {ratio:.2f} (aim <= {COLD_AIM})")
    print(f"no-change `make reports`:    {no_change_s:6.1f} s   (aim <= {NO_CHANGE_AIM} s); "
          f"files changed: {'YES' if changed else 'none'}")
    met = ratio <= COLD_AIM and no_change_s <= NO_CHANGE_AIM and not changed
    print("aims met" if met else "aims NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
