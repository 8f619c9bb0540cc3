"""What the batch builds: the reports declared in ``notebooks/reports.toml``, expanded into jobs.

The declaration is data, not code: each ``[[report]]`` names a notebook and, optionally, the
geographies it is run for; ``languages`` says in which languages every report is written. A job
is one (notebook, geography, language) triple, written to ``reports/<lang>/<name>.html`` with
figures in ``figures/<lang>/``. The same file holds the checks run before the notebooks
(``[[check]]``) and the front page's text (``[front]``). The runner knows none of it.
"""

from __future__ import annotations

import csv
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.names import NAME_PATTERN

DECLARATION = "reports.toml"  # in the notebooks folder, beside the notebooks it declares
WITH_DOCUMENTS = "with-documents"  # ``geographies`` value: every geography with a document


class BatchError(Exception):
    """A report that cannot be produced, or a batch that cannot start; says which and why."""


@dataclass(frozen=True)
class Folders:
    """Where notebooks and data are read from, and reports and figures written to."""

    notebooks: Path = paths.NOTEBOOKS
    reports: Path = paths.REPORTS
    figures: Path = paths.FIGURES
    data: Path = paths.DATA

    def figures_from_reports(self, lang: str) -> str:
        """``figures/<lang>`` as seen from ``reports/<lang>``: the ``figures_dir`` on record."""
        relative = os.path.relpath(self.figures / lang, self.reports / lang)
        return Path(relative).as_posix()


@dataclass(frozen=True)
class Job:
    """One report in one language: a notebook and the parameters it is run with (as recorded)."""

    name: str
    lang: str
    source: Path
    parameters: dict[str, str]

    @property
    def key(self) -> str:
        """``<lang>/<name>``: the report's path under reports/ without suffix; unique."""
        return f"{self.lang}/{self.name}"

    @property
    def geo(self) -> str | None:
        return self.parameters.get("geo")


@dataclass(frozen=True)
class Check:
    """A command run before the notebooks (``python -m analysis <command>``), cached like them."""

    command: tuple[str, ...]
    outputs: tuple[str, ...] = ()  # files under reports/ it writes

    @property
    def name(self) -> str:
        return " ".join(self.command)


@dataclass(frozen=True)
class Plan:
    """Everything ``reports.toml`` declares: jobs in order, checks and the front page's text."""

    languages: tuple[str, ...]
    jobs: list[Job]
    checks: list[Check] = field(default_factory=list)
    front: dict[str, Any] = field(default_factory=dict)


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a UTF-8 CSV file as dicts (plain csv: no pandas needed to plan a batch)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def geographies_with_documents(data_dir: Path) -> list[str]:
    """Geographies (in geographies.csv order) with at least one document in documents.csv."""
    with_documents = {row["geo"] for row in read_csv(data_dir / "curated" / "documents.csv")}
    geographies = read_csv(data_dir / "curated" / "geographies.csv")
    return [row["geo"] for row in geographies if row["geo"] in with_documents]


def read_plan(folders: Folders) -> Plan:
    """Read and expand ``<notebooks>/reports.toml``; a mistake in it raises BatchError."""
    path = folders.notebooks / DECLARATION
    if not path.is_file():
        raise BatchError(f"no {DECLARATION} in {folders.notebooks}: it declares the reports")
    try:
        declared = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise BatchError(f"{path}: {error}") from None
    try:
        return _expand(declared, folders)
    except (KeyError, TypeError, ValueError) as error:
        raise BatchError(f"{path}: {error}") from None


def _expand(declared: dict[str, Any], folders: Folders) -> Plan:
    languages = tuple(declared["languages"])
    if not languages or any(lang not in {"zh", "en"} for lang in languages):
        raise ValueError(f"languages must be a non-empty list of 'zh'/'en', not {languages}")
    jobs = []
    for report in declared["report"]:
        notebook = report["notebook"]
        source = folders.notebooks / f"{notebook}.py"
        if not source.is_file():
            raise ValueError(f"report {notebook!r}: no notebook {source.name}")
        for geo in _geographies(report.get("geographies"), folders.data):
            name = notebook if geo is None else f"{notebook}_{geo}"
            if not NAME_PATTERN.fullmatch(name):
                raise ValueError(f"report name {name!r}: use letters and digits joined by '_' or '-'")
            for lang in languages:
                parameters = {"lang": lang, "figures_dir": folders.figures_from_reports(lang)}
                if geo is not None:
                    parameters["geo"] = geo
                jobs.append(Job(name, lang, source, parameters))
    checks = [
        Check(tuple(check["command"]), tuple(check.get("outputs", ())))
        for check in declared.get("check", [])
    ]
    plan = Plan(languages, jobs, checks, declared.get("front", {}))
    unknown = sorted(set(plan.front.get("read_first", [])) - {job.name for job in jobs})
    if unknown:
        raise ValueError(f"front.read_first names no report: {unknown}")
    return plan


def _geographies(value: Any, data_dir: Path) -> list[str | None]:
    if value is None:
        return [None]
    if value == WITH_DOCUMENTS:
        return list(geographies_with_documents(data_dir))
    if isinstance(value, list) and all(isinstance(geo, str) for geo in value):
        return list(value)
    raise ValueError(f"geographies must be {WITH_DOCUMENTS!r} or a list of geo ids, not {value!r}")


def select(
    plan: Plan,
    *,
    only: list[str] | None = None,
    lang: str | None = None,
    geo: list[str] | None = None,
) -> list[Job]:
    """The jobs matching every filter given: report names, one language, geographies."""
    names = sorted({job.name for job in plan.jobs})
    for wanted, known, what in (
        (only, names, "report named"),
        (geo, sorted({job.geo for job in plan.jobs if job.geo}), "report for geography"),
        ([lang] if lang else None, list(plan.languages), "report in language"),
    ):
        unknown = sorted(set(wanted or []) - set(known))
        if unknown:
            raise BatchError(f"no {what} {unknown}; the choices are: {known}")
    return [
        job
        for job in plan.jobs
        if (not only or job.name in only)
        and (lang is None or job.lang == lang)
        and (not geo or job.geo in geo)
    ]
