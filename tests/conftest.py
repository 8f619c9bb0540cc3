"""Shared fixtures: a disposable copy of the project's data for tests that break it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import paths


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of data/ inside a temporary project root; returns the copied data dir."""
    target = tmp_path / "data"
    shutil.copytree(paths.DATA, target, ignore=shutil.ignore_patterns("staging"))
    return target
