"""Atomic file writes: a failed run never leaves a half-written output behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path`` and move it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; outputs are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    """Write UTF-8 text atomically (``\\n`` line endings on every platform)."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def write_csv(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a DataFrame as UTF-8 CSV without its index, atomically."""
    return atomic_write_text(path, df.to_csv(index=False, lineterminator="\n"))
