"""Where a report's files go: a private staging folder while it runs, then into place.

The notebook draws into ``figures/<lang>/.<name>.*.tmp/`` (its ``figures_dir``); only when
execution and rendering both succeed are its figures moved into ``figures/<lang>/`` and its
notebook and HTML written (each atomically). The staging folder is removed whatever happens.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from analysis.batch.jobs import BatchError, Job
from analysis.io import atomic_write_text
from analysis.names import SEPARATOR

FIGURE_FORMATS = ("png", "svg")


@contextlib.contextmanager
def staging_folder(figures_dir: Path, name: str) -> Iterator[Path]:
    """A fresh hidden folder beside the figures, deleted on exit (also on error or interrupt)."""
    figures_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=figures_dir))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def staged_figures(name: str, staging: Path) -> list[str]:
    """The figure files a notebook wrote, all required to be ``<name>__<figure>.png|svg``."""
    files = sorted(path.name for path in staging.iterdir())
    prefix, suffixes = f"{name}{SEPARATOR}", tuple(f".{fmt}" for fmt in FIGURE_FORMATS)
    stray = [file for file in files if not (file.startswith(prefix) and file.endswith(suffixes))]
    if stray:
        raise BatchError(
            f"{name} wrote files to figures_dir not named {prefix}<figure>.png/.svg: {stray} "
            f"(call save_figure(fig, {name!r}, ...))"
        )
    return files


def publish(
    job: Job, staging: Path, figures: list[str], notebook: str, html: str, reports: Path, figures_root: Path
) -> None:
    """Move a report's new figures into place, delete those it no longer makes, write its pages."""
    figures_dir = figures_root / job.lang
    for file in figures:
        os.replace(staging / file, figures_dir / file)
    for old in figures_dir.glob(f"{job.name}{SEPARATOR}*"):
        if old.name not in figures:
            old.unlink()
    atomic_write_text(reports / f"{job.key}.ipynb", notebook)
    atomic_write_text(reports / f"{job.key}.html", html)
