"""Execute every notebook into reports/ and figures/: ``python -m analysis batch``.

Each report is one notebook run: ``notebooks/NN_topic.py`` once, ``notebooks/district_profile.py``
once per geography that has a document. The percent ``.py`` source is read with jupytext, the
injected parameters are checked against its ``parameters`` cell, and papermill executes it in a
fresh kernel of this interpreter, two reports at a time. A successful run is cleaned of what
changes between runs (timings, timestamps, random cell ids, temporary paths) and written
atomically: ``reports/<name>.ipynb``, ``reports/<name>.html`` (code hidden) and its figures
``figures/<name>__<figure>.png|svg``. A failed run writes nothing, so the previous copy stays.

``reports/.batch-manifest.json`` holds a hash of each report's inputs (notebook source,
parameters, every file under data/ and src/analysis/), so unchanged reports are skipped, and
``reports/index.html`` links every report with its figures and the date of the data.

papermill, jupytext, nbformat and nbconvert are imported only when a report has to run:
importing them takes longer than a whole run in which nothing changed.
"""

from __future__ import annotations

import argparse
import ast
import csv
import functools
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

import zmq
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from traitlets import default

from analysis import paths
from analysis.io import atomic_write_text
from analysis.plotting import NAME_PATTERN, SEPARATOR

if TYPE_CHECKING:
    from nbconvert.exporters import HTMLExporter
    from nbformat import NotebookNode

LIBRARY = Path(__file__).resolve().parent
MANIFEST = ".batch-manifest.json"
INDEX = "index.html"
PROFILE = "district_profile"
LANG = "zh"  # the language the reports are written in (the notebooks' ``lang``)
FIGURE_FORMATS = ("png", "svg")
HIDDEN_TAGS = {"parameters", "injected-parameters"}  # cells left out of the HTML
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class BatchError(Exception):
    """A report that cannot be produced; the message says which and why."""


class ParameterError(BatchError):
    """The parameters the batch injects do not match the notebook's ``parameters`` cell."""


class ThisInterpreterKernel(AsyncKernelManager):
    """The ``python3`` kernel of the running interpreter, whatever kernel specs are installed.

    PYTHONHASHSEED is fixed so set iteration order (and any output built from it) is the same
    on every run; kernel traffic is CurveZMQ-encrypted when pyzmq supports it.
    """

    @default("kernel_spec_manager")
    def _builtin_spec_only(self) -> KernelSpecManager:
        # With no kernel folders, "python3" resolves to ipykernel's spec for sys.executable.
        return KernelSpecManager(kernel_dirs=[])

    @default("transport_encryption")
    def _encrypt_if_possible(self) -> str:
        return "auto" if zmq.has("curve") else "disabled"

    @property
    def kernel_spec(self) -> KernelSpec | None:
        spec = super().kernel_spec
        if spec is not None:
            spec.env = {**spec.env, "PYTHONHASHSEED": "0"}
        return spec


@dataclass(frozen=True)
class Folders:
    """Where notebooks and data are read from, and reports and figures written to."""

    notebooks: Path = paths.NOTEBOOKS
    reports: Path = paths.REPORTS
    figures: Path = paths.FIGURES
    data: Path = paths.DATA

    @property
    def figures_from_reports(self) -> str:
        """The figures folder as seen from a report: the portable ``figures_dir`` on record."""
        return Path(os.path.relpath(self.figures, self.reports)).as_posix()


@dataclass(frozen=True)
class Job:
    """One report: a notebook source and the parameters it is run with (as recorded)."""

    name: str
    source: Path
    parameters: dict[str, str]


@dataclass
class Summary:
    """What one batch run did."""

    ran: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


class Progress:
    """Thread-safe progress lines: ``[done/total] status name (seconds)``."""

    def __init__(self, out: TextIO, total: int):
        self.out, self.total, self.done = out, total, 0
        self.width = len(str(total))
        self._starts: dict[str, float] = {}
        self._lock = threading.Lock()

    def say(self, text: str) -> None:
        with self._lock:
            self.out.write(text + "\n")
            self.out.flush()

    def started(self, name: str) -> None:
        self._starts[name] = time.perf_counter()
        self.say(f"{'':{2 * self.width + 3}} {'start':<7} {name}")

    def finished(self, status: str, name: str, note: str = "") -> None:
        if name in self._starts:
            note += f" ({time.perf_counter() - self._starts[name]:.1f} s)"
        with self._lock:
            self.done += 1
            self.out.write(f"[{self.done:>{self.width}}/{self.total}] {status:<7} {name}{note}\n")
            self.out.flush()


# ---------------------------------------------------------------------------- planning


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a UTF-8 CSV file as dicts (plain csv: no pandas needed to plan a batch)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def profile_geographies(data_dir: Path) -> list[str]:
    """Geographies (in geographies.csv order) with at least one document in documents.csv."""
    with_documents = {row["geo"] for row in read_csv(data_dir / "curated" / "documents.csv")}
    geographies = read_csv(data_dir / "curated" / "geographies.csv")
    return [row["geo"] for row in geographies if row["geo"] in with_documents]


def discover_jobs(folders: Folders) -> list[Job]:
    """Every report: each ``NN_topic.py``, then ``district_profile.py`` once per geography."""
    base = {"lang": LANG, "figures_dir": folders.figures_from_reports}
    jobs = [
        Job(source.stem, source, base)
        for source in sorted(folders.notebooks.glob("[0-9][0-9]_*.py"))
    ]
    profile = folders.notebooks / f"{PROFILE}.py"
    if profile.exists():
        jobs += [
            Job(f"{PROFILE}_{geo}", profile, {**base, "geo": geo})
            for geo in profile_geographies(folders.data)
        ]
    bad = [job.name for job in jobs if not NAME_PATTERN.fullmatch(job.name)]
    if bad:
        raise BatchError(
            f"report names must be letters and digits joined by single '_' or '-': {bad}"
        )
    return jobs


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


def job_digest(job: Job, shared: str) -> str:
    """Hash of everything a report depends on: source, parameters, data and library."""
    digest = hashlib.sha256(shared.encode())
    digest.update(job.name.encode() + b"\0")
    digest.update(json.dumps(job.parameters, sort_keys=True).encode() + b"\0")
    digest.update(job.source.read_bytes())
    return digest.hexdigest()


def read_manifest(reports_dir: Path) -> dict[str, dict[str, Any]]:
    """The manifest of reports on disk: name -> {inputs, figures, title}; {} if absent."""
    path = reports_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return {}  # an unreadable manifest only costs a full rerun


def is_current(job: Job, entry: dict[str, Any] | None, digest: str, folders: Folders) -> bool:
    """Whether the report on disk was made from these exact inputs and is complete."""
    if entry is None or entry.get("inputs") != digest:
        return False
    outputs = [folders.reports / f"{job.name}.{suffix}" for suffix in ("ipynb", "html")]
    outputs += [folders.figures / name for name in entry.get("figures", [])]
    return all(path.exists() for path in outputs)


# ------------------------------------------------------------------------- parameters


def shown(path: Path) -> str:
    """A path relative to the project root when it is inside it, for messages."""
    try:
        return path.resolve().relative_to(paths.PROJ_ROOT).as_posix()
    except ValueError:
        return str(path)


def declared_parameters(nb: NotebookNode, source: str) -> set[str]:
    """Names assigned in the notebook's one cell tagged ``parameters``."""
    cells = [cell for cell in nb.cells if "parameters" in cell.metadata.get("tags", [])]
    if len(cells) != 1:
        problem = "no cell" if not cells else f"{len(cells)} cells"
        raise ParameterError(
            f"{source}: {problem} tagged 'parameters'; it needs exactly one, "
            "defining at least: figures_dir, lang"
        )
    try:
        tree = ast.parse(cells[0].source)
    except SyntaxError as error:
        raise ParameterError(f"{source}: the parameters cell is not valid Python: {error}")
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def check_parameters(nb: NotebookNode, parameters: dict[str, Any], source: str) -> None:
    """Raise ParameterError unless every injected name is defined in the parameters cell.

    Papermill itself only warns about an unknown parameter, and without a parameters cell
    lets the notebook's own assignments silently overwrite the injected values.
    """
    declared = declared_parameters(nb, source)
    unknown = sorted(set(parameters) - declared)
    if unknown:
        raise ParameterError(
            f"{source}: unknown parameter(s) {', '.join(unknown)}; "
            f"its parameters cell defines only: {', '.join(sorted(declared)) or 'nothing'}"
        )


# -------------------------------------------------------------------------- execution


def run_job(job: Job, nb: NotebookNode, folders: Folders, progress: Progress) -> dict[str, Any]:
    """Execute one report and write its notebook, HTML and figures; return its manifest entry.

    The notebook draws into a private folder beside figures/ (``figures_dir``); nothing is
    written to reports/ or figures/ unless execution and rendering both succeed.
    """
    import nbformat

    progress.started(job.name)
    folders.figures.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{job.name}.", suffix=".tmp", dir=folders.figures))
    try:
        executed = execute(job, nb, staging, folders.notebooks)
        figures = staged_figures(job.name, staging)
        cleaned = clean_notebook(executed, job, staging)
        title = notebook_title(cleaned) or job.name
        page = render_html(cleaned, f"{title} ({job.name})", job.parameters["lang"], folders)
        publish_figures(job.name, staging, figures, folders.figures)
        atomic_write_text(folders.reports / f"{job.name}.ipynb", nbformat.writes(cleaned) + "\n")
        atomic_write_text(folders.reports / f"{job.name}.html", page)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {"figures": figures, "title": title}


def execute(job: Job, nb: NotebookNode, figures_dir: Path, cwd: Path) -> NotebookNode:
    """Run the notebook with papermill in a fresh kernel; raises on the first cell error."""
    import papermill

    return papermill.execute_notebook(
        nb,
        None,  # no output file: the cleaned notebook is written afterwards, atomically
        parameters={**job.parameters, "figures_dir": str(figures_dir)},
        kernel_name="python3",
        language="python",
        progress_bar=False,
        kernel_manager_class=ThisInterpreterKernel,
        resources={"metadata": {"path": str(cwd)}},  # the kernel's working directory
        shutdown_kernel="immediate",
    )


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


def publish_figures(name: str, staging: Path, figures: list[str], figures_dir: Path) -> None:
    """Move a report's new figures into place and delete the ones it no longer makes."""
    for file in figures:
        os.replace(staging / file, figures_dir / file)
    for old in figures_dir.glob(f"{name}{SEPARATOR}*"):
        if old.name not in figures:
            old.unlink()


def clean_notebook(nb: NotebookNode, job: Job, staging: Path) -> NotebookNode:
    """Remove everything that differs between two runs of the same inputs.

    Drops papermill timings and per-cell execution timestamps, numbers cell ids and execution
    counts in order, merges consecutive stream outputs (their split depends on timing), drops
    the interpreter's patch version, and writes the private figures folder as ``figures_dir``
    on record (the figures folder relative to the report).
    """
    import nbformat

    nb = nbformat.from_dict(_replace_text(nb, str(staging), job.parameters["figures_dir"]))
    nb.metadata.papermill = {
        "input_path": job.source.name,
        "parameters": job.parameters,
        "version": nb.metadata.papermill["version"],
    }
    nb.metadata.get("language_info", {}).pop("version", None)
    count = 0
    for number, cell in enumerate(nb.cells, start=1):
        cell.id = f"cell-{number:04d}"
        for key in ("papermill", "execution"):
            cell.metadata.pop(key, None)
        if not cell.metadata.get("tags", True):
            del cell.metadata["tags"]
        if cell.cell_type == "code":
            count += 1
            cell.execution_count = count
            cell.outputs = _merge_streams(cell.outputs)
            for output in cell.outputs:
                if "execution_count" in output:
                    output.execution_count = count
    return nb


def _replace_text(value: Any, old: str, new: str) -> Any:
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, dict):
        return {key: _replace_text(item, old, new) for key, item in value.items()}
    if isinstance(value, list):
        return [_replace_text(item, old, new) for item in value]
    return value


def _merge_streams(outputs: list[NotebookNode]) -> list[NotebookNode]:
    merged: list[NotebookNode] = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and output.output_type == previous.output_type == "stream"
            and output.name == previous.name
        ):
            previous.text += output.text
        else:
            merged.append(output)
    return merged


def notebook_title(nb: NotebookNode) -> str:
    """The first markdown heading of the notebook, or ''."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return ""


_HTML_LOCK = threading.Lock()


@functools.cache
def html_exporter(lang: str) -> HTMLExporter:
    """The exporter for reports in ``lang``, built once: building one compiles its templates."""
    from nbconvert.exporters import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
        language_code=lang,  # ISO 639-1, as the notebooks' lang parameter
    )
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags=HIDDEN_TAGS, enabled=True), enabled=True
    )
    return exporter


def render_html(nb: NotebookNode, title: str, lang: str, folders: Folders) -> str:
    """The notebook as one HTML page: markdown and outputs, no code, images embedded."""
    resources = {"metadata": {"name": title, "path": str(folders.notebooks)}}
    with _HTML_LOCK:  # one exporter shared by the worker threads, one page at a time
        body, _ = html_exporter(lang).from_notebook_node(nb, resources=resources)
    return body


def describe_error(error: BaseException) -> str:
    """A failed report's error: the cell, the exception and the end of its traceback."""
    from papermill.exceptions import PapermillExecutionError

    if not isinstance(error, PapermillExecutionError):
        return f"{type(error).__name__}: {error}"
    source = "\n".join(f"    | {line}" for line in error.source.splitlines()[-8:])
    traceback = _ANSI.sub("", "\n".join(error.traceback)).strip().splitlines()
    tail = "\n".join(f"    {line}" for line in traceback[-12:])
    return f"{error.ename}: {error.evalue}\n  in this cell:\n{source}\n  traceback:\n{tail}"


# ------------------------------------------------------------------------------ batch


def run_batch(
    folders: Folders,
    *,
    workers: int = 2,
    force: bool = False,
    only: list[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> Summary:
    """Bring every report up to date (``only``: just these), then rewrite the index.

    Progress goes to ``out`` and failures to ``err`` (default: stdout and stderr).
    """
    out, err = out or sys.stdout, err or sys.stderr
    if not folders.notebooks.is_dir():
        raise BatchError(f"no notebooks folder {folders.notebooks}")
    jobs = discover_jobs(folders)
    names = [job.name for job in jobs]
    unknown = sorted(set(only or []) - set(names))
    if unknown:
        raise BatchError(f"no report named {unknown}; the reports are: {names}")
    selected = [job for job in jobs if not only or job.name in only]
    manifest = {
        name: entry for name, entry in read_manifest(folders.reports).items() if name in names
    }
    shared = tree_digest(folders.data, LIBRARY)
    digests = {job.name: job_digest(job, shared) for job in selected}
    todo = [
        job
        for job in selected
        if force or not is_current(job, manifest.get(job.name), digests[job.name], folders)
    ]
    summary = Summary()
    progress = Progress(out, len(selected))
    progress.say(f"batch: {len(selected)} report(s), {len(todo)} to run, {workers} at a time")
    for job in selected:
        if job not in todo:
            summary.skipped.append(job.name)
            progress.finished("skipped", job.name, " (unchanged)")

    ready = _prepare(todo, summary, progress, err)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        submitted = {pool.submit(run_job, job, nb, folders, progress): job for job, nb in ready}
        for future in as_completed(submitted):
            job = submitted[future]
            try:
                entry = future.result()
            except Exception as error:  # one report failing must not stop the others
                _fail(job.name, describe_error(error), summary, progress, err)
                continue
            manifest[job.name] = {**entry, "inputs": digests[job.name]}
            _write_if_changed(folders.reports / MANIFEST, _manifest_text(manifest))
            summary.ran.append(job.name)
            progress.finished("done", job.name)

    _write_if_changed(folders.reports / MANIFEST, _manifest_text(manifest))
    _write_if_changed(folders.reports / INDEX, index_html(jobs, manifest, folders))
    return summary


def _prepare(
    todo: list[Job], summary: Summary, progress: Progress, err: TextIO
) -> list[tuple[Job, NotebookNode]]:
    """Read each notebook to run and check its parameters; a bad one fails before running."""
    if not todo:
        return []
    import jupytext

    ready = []
    for job in todo:
        try:
            nb = jupytext.read(job.source)
            check_parameters(nb, job.parameters, shown(job.source))
        except Exception as error:
            _fail(job.name, f"{type(error).__name__}: {error}", summary, progress, err)
        else:
            ready.append((job, nb))
    return ready


def _fail(name: str, message: str, summary: Summary, progress: Progress, err: TextIO) -> None:
    summary.failed[name] = message
    progress.finished("FAILED", name)
    err.write(f"{name} failed (its previous report, if any, is kept):\n  {message}\n")
    err.flush()


def _manifest_text(manifest: dict[str, dict[str, Any]]) -> str:
    return json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        atomic_write_text(path, text)


# ------------------------------------------------------------------------------ index


def data_as_of(data_dir: Path) -> str:
    """``created`` of data/datapackage.json, else the latest date (signed or published) of a document."""
    package = data_dir / "datapackage.json"
    if package.exists():
        created = json.loads(package.read_text(encoding="utf-8")).get("created")
        if created:
            return str(created)
    rows = read_csv(data_dir / "curated" / "documents.csv")
    dates = [row[column] for row in rows for column in ("signed", "published")]
    return max((date for date in dates if date), default="unknown")


INDEX_STYLE = """
body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #222; }
h1 { margin-bottom: 0.2rem; }
li { margin: 0.4rem 0; }
.name { color: #666; font-family: ui-monospace, monospace; font-size: 0.85em; }
.figures { font-size: 0.9em; margin: 0.1rem 0 0.6rem; }
.figures li { margin: 0; }
""".strip()


EVALUATION_REPORT = "extraction_evaluation.md"  # written by ``python -m analysis evaluate``


def index_html(jobs: list[Job], manifest: dict[str, dict[str, Any]], folders: Folders) -> str:
    """``reports/index.html``: every report on disk with its figures, and the data's date."""
    names = {row["geo"]: row for row in read_csv(folders.data / "curated" / "geographies.csv")}
    sections: dict[str, list[str]] = {"Analyses": [], "District profiles": []}
    for job in jobs:
        entry = manifest.get(job.name)
        if entry is None:
            continue
        label = escape(entry["title"])
        if "geo" in job.parameters:
            geo = names[job.parameters["geo"]]
            label = (
                f'<span lang="zh-Hans">{escape(geo["name_zh"])}</span> · '
                f"{escape(geo['name_en'])} — {label}"
            )
        section = "District profiles" if "geo" in job.parameters else "Analyses"
        sections[section].append(_index_item(job.name, label, entry["figures"], folders))
    date = escape(data_as_of(folders.data))
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>plan-analysis reports</title>",
        f"<style>\n{INDEX_STYLE}\n</style>",
        "</head>",
        "<body>",
        "<h1>plan-analysis reports</h1>",
        f'<p>Data as of <time datetime="{date}">{date}</time>. Each report is the rendered '
        "notebook (code hidden); the executed notebook (.ipynb) has the code.</p>",
    ]
    for heading, items in sections.items():
        if items:
            lines += [f"<h2>{heading}</h2>", "<ul>", *items, "</ul>"]
    if (folders.reports / EVALUATION_REPORT).exists():
        lines += [
            "<h2>Extraction quality</h2>",
            f'<ul><li><a href="{EVALUATION_REPORT}">Extractor evaluation</a> against the curated '
            "targets (<code>python -m analysis evaluate</code>)</li></ul>",
        ]
    lines += ["</body>", "</html>"]
    return "\n".join(lines) + "\n"


def _index_item(name: str, label: str, figures: list[str], folders: Folders) -> str:
    html_link, ipynb_link = quote(f"{name}.html"), quote(f"{name}.ipynb")
    item = (
        f'<li><a href="{html_link}">{label}</a> <span class="name">{escape(name)}</span> · '
        f'<a href="{ipynb_link}">notebook</a>'
    )
    stems = sorted({file.rsplit(".", 1)[0] for file in figures})
    if stems:
        rows = []
        for stem in stems:
            links = " · ".join(
                f'<a href="{quote(f"{folders.figures_from_reports}/{stem}.{fmt}")}">'
                f"{fmt.upper()}</a>"
                for fmt in FIGURE_FORMATS
                if f"{stem}.{fmt}" in figures
            )
            rows.append(f"<li>{escape(stem.split(SEPARATOR, 1)[1])}: {links}</li>")
        item += '\n<ul class="figures">\n' + "\n".join(rows) + "\n</ul>"
    return item + "</li>"


# -------------------------------------------------------------------------------- CLI


def cli(argv: list[str]) -> int:
    """``python -m analysis batch``: 0 when every report is up to date, 1 if any failed."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis batch",
        description="Execute the notebooks into reports/ (ipynb + HTML), figures/ and "
        "reports/index.html; reports whose inputs are unchanged are skipped.",
    )
    parser.add_argument("--force", action="store_true", help="rerun every report")
    parser.add_argument(
        "--jobs", type=int, default=2, metavar="N", help="reports run at once (default 2)"
    )
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="run just this report (repeatable)"
    )
    for option, folder in (
        ("--notebooks-dir", paths.NOTEBOOKS),
        ("--reports-dir", paths.REPORTS),
        ("--figures-dir", paths.FIGURES),
    ):
        parser.add_argument(
            option, type=Path, default=folder, metavar="DIR", help=f"default: {shown(folder)}"
        )
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    folders = Folders(
        notebooks=args.notebooks_dir.resolve(),
        reports=args.reports_dir.resolve(),
        figures=args.figures_dir.resolve(),
    )
    try:
        summary = run_batch(folders, workers=args.jobs, force=args.force, only=args.only)
    except BatchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(
        f"{len(summary.ran)} ran, {len(summary.skipped)} unchanged, {len(summary.failed)} failed"
        f"; index: {shown(folders.reports / INDEX)}"
    )
    if summary.failed:
        print(f"failed: {', '.join(sorted(summary.failed))}", file=sys.stderr)
        return 1
    return 0
