"""Which outputs are up to date: input hashes and the manifest ``reports/.batch-manifest.json``.

A report's inputs are its notebook source, its parameters, and every file under data/ and
src/analysis/ (the library, this batch's renderer included). A check's inputs are its command
and the same two folders. The manifest maps each report key (``zh/01_corpus``) and each check to
the hash of the inputs its outputs were made from; it is rewritten (atomically) after every
report that succeeds, so an interrupted batch leaves it consistent with the files on disk.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from analysis.batch.jobs import Check, Folders, Job
from analysis.io import atomic_write_text

LIBRARY = Path(__file__).resolve().parents[1]  # src/analysis
MANIFEST = ".batch-manifest.json"


def tree_digest(*roots: Path) -> str:
    """SHA-256 over the relative path and content of every file under ``roots``.

    Hidden files and ``__pycache__`` are left out: they are not inputs.
    """
    digest = hashlib.sha256()
    for root in roots:
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(root)
            if not path.is_file() or any(
                part.startswith(".") or part == "__pycache__" for part in relative.parts
            ):
                continue
            digest.update(f"{root.name}/{relative.as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def shared_digest(folders: Folders) -> str:
    """The hash of what every report and check depends on: data/ and the library."""
    return tree_digest(folders.data, LIBRARY)


def job_digest(job: Job, shared: str) -> str:
    """Hash of everything a report depends on: source, parameters, data and library."""
    digest = hashlib.sha256(shared.encode())
    digest.update(job.key.encode() + b"\0")
    digest.update(json.dumps(job.parameters, sort_keys=True).encode() + b"\0")
    digest.update(job.source.read_bytes())
    return digest.hexdigest()


def check_digest(check: Check, shared: str) -> str:
    return hashlib.sha256(f"{shared}\0{check.name}".encode()).hexdigest()


class Manifest:
    """The record of outputs on disk: ``reports`` (key -> entry), ``checks`` (name -> hash) and
    ``index`` (hash of the front page's content)."""

    def __init__(self, folders: Folders):
        self.path = folders.reports / MANIFEST
        self.folders = folders
        self.reports: dict[str, dict[str, Any]] = {}
        self.checks: dict[str, str] = {}
        self.index = ""  # hash of the front page's content
        if self.path.exists():
            try:
                stored = json.loads(self.path.read_text(encoding="utf-8"))
                self.reports, self.checks = dict(stored["reports"]), dict(stored["checks"])
                self.index = str(stored.get("index", ""))
            except (json.JSONDecodeError, KeyError, TypeError):
                pass  # an unreadable or old-format manifest only costs a full rerun

    def report_is_current(self, job: Job, digest: str) -> bool:
        """Whether the report on disk was made from these exact inputs and is complete."""
        entry = self.reports.get(job.key)
        if entry is None or entry.get("inputs") != digest:
            return False
        outputs = [self.folders.reports / f"{job.key}.{suffix}" for suffix in ("ipynb", "html")]
        outputs += [self.folders.figures / job.lang / name for name in entry.get("figures", [])]
        return all(path.exists() for path in outputs)

    def check_is_current(self, check: Check, digest: str) -> bool:
        outputs = [self.folders.reports / name for name in check.outputs]
        return self.checks.get(check.name) == digest and all(path.exists() for path in outputs)

    def keep_only(self, keys: set[str]) -> None:
        """Forget reports no longer declared."""
        self.reports = {key: entry for key, entry in self.reports.items() if key in keys}

    def save(self) -> None:
        text = json.dumps(
            {"checks": self.checks, "index": self.index, "reports": self.reports},
            indent=1,
            sort_keys=True,
            ensure_ascii=False,
        )
        write_if_changed(self.path, text + "\n")


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` atomically unless the file already holds it; whether it wrote."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    atomic_write_text(path, text)
    return True
