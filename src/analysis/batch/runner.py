"""Bring the declared reports up to date: checks first, then the stale reports, then the index.

Reports run ``workers`` at a time in threads (each drives its own kernel process). Ctrl-C or
SIGTERM sets a stop flag instead of raising: queued reports are dropped, running kernels are
killed, each running report fails without writing anything and removes its staging folder, and
the manifest keeps only what completed. The batch then returns with ``interrupted`` set.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from analysis.batch import execute, outputs, render
from analysis.batch.cache import Manifest, check_digest, job_digest, shared_digest, write_if_changed
from analysis.batch.checks import run_check
from analysis.batch.index import INDEX, index_html
from analysis.batch.jobs import BatchError, Folders, Job, Plan, read_plan, select
from analysis.batch.prepare import prepare

if TYPE_CHECKING:
    from nbformat import NotebookNode


@dataclass
class Summary:
    """What one batch run did; ``interrupted`` names the signal that stopped it, if any."""

    ran: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    interrupted: str = ""


class Progress:
    """Thread-safe progress lines: ``[done/total] status key (seconds)``."""

    def __init__(self, out: TextIO, total: int):
        self.out, self.total, self.done = out, total, 0
        self.width = len(str(total))
        self._starts: dict[str, float] = {}
        self._lock = threading.Lock()

    def say(self, text: str) -> None:
        with self._lock:
            self.out.write(text + "\n")
            self.out.flush()

    def started(self, key: str) -> None:
        self._starts[key] = time.perf_counter()
        self.say(f"{'':{2 * self.width + 3}} {'start':<7} {key}")

    def finished(self, status: str, key: str, note: str = "") -> None:
        if key in self._starts:
            note += f" ({time.perf_counter() - self._starts[key]:.1f} s)"
        with self._lock:
            self.done += 1
            self.out.write(f"[{self.done:>{self.width}}/{self.total}] {status:<7} {key}{note}\n")
            self.out.flush()


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event, summary: Summary) -> Iterator[None]:
    """While inside, SIGINT and SIGTERM set ``stop`` (and kill the kernels) instead of raising."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    def handle(number: int, _frame: Any) -> None:
        summary.interrupted = signal.Signals(number).name
        stop.set()
        execute.kill_kernels()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_job(
    job: Job, nb: NotebookNode, plan: Plan, folders: Folders, stop: threading.Event
) -> dict[str, Any]:
    """Execute one report, render it and publish its files; return its manifest entry.

    Nothing is written to reports/ or figures/ unless execution and rendering both succeed
    and the batch is not stopping.
    """
    import nbformat

    with outputs.staging_folder(folders.figures / job.lang, job.name) as staging:
        executed = execute.execute(job, nb, staging, folders.notebooks)
        figures = outputs.staged_figures(job.name, staging)
        cleaned = execute.clean_notebook(executed, job, staging)
        title = execute.notebook_title(cleaned) or job.name
        html = render.report_page(cleaned, title, job.name, job.lang, plan.languages, folders.notebooks)
        if stop.is_set():
            raise BatchError("stopped before its files were written")
        outputs.publish(
            job, staging, figures, nbformat.writes(cleaned) + "\n", html, folders.reports, folders.figures
        )
    findings = execute.findings(cleaned)
    return {"figures": figures, "title": title, "findings": render.markdown_html(findings) if findings else ""}


def run_batch(
    folders: Folders,
    *,
    workers: int = 2,
    force: bool = False,
    only: list[str] | None = None,
    lang: str | None = None,
    geo: list[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> Summary:
    """Run the stale checks and reports (or all with ``force``), then rewrite the index.

    Progress goes to ``out`` and failures to ``err`` (default: stdout and stderr). A failing
    check stops the batch before any notebook runs; a failing report does not stop the others.
    """
    out, err = out or sys.stdout, err or sys.stderr
    plan = read_plan(folders)
    selected = select(plan, only=only, lang=lang, geo=geo)
    manifest = Manifest(folders)
    manifest.keep_only({job.key for job in plan.jobs})
    shared = shared_digest(folders)
    summary, stop = Summary(), threading.Event()
    execute.allow_kernels()
    with stop_on_signals(stop, summary):
        ran = []
        for check in plan.checks:
            if not force and manifest.check_is_current(check, check_digest(check, shared)):
                continue
            status = run_check(check, stop, out, folders.reports)
            if status is None:
                break
            if status != 0:
                raise BatchError(f"`python -m analysis {check.name}` failed (exit {status})")
            ran.append(check)
        if ran and not stop.is_set():
            shared = shared_digest(folders)  # a check may rewrite data/ (metrics): hash what is there now
            manifest.checks.update({check.name: check_digest(check, shared) for check in ran})
            manifest.save()
        digests = {job.key: job_digest(job, shared) for job in selected}
        todo = [job for job in selected if force or not manifest.report_is_current(job, digests[job.key])]
        progress = Progress(out, len(selected))
        progress.say(f"batch: {len(selected)} report(s), {len(todo)} to run, {workers} at a time")
        for job in selected:
            if job not in todo:
                summary.skipped.append(job.key)
                progress.finished("skipped", job.key, " (unchanged)")
        if todo and not stop.is_set():
            _run_jobs(todo, plan, folders, workers, stop, manifest, digests, summary, progress, err)
    manifest.save()
    render.write_stylesheet(folders.reports)
    digest, make_index = index_html(plan, manifest.reports, folders)
    if digest != manifest.index or not (folders.reports / INDEX).exists():
        write_if_changed(folders.reports / INDEX, make_index())
        manifest.index = digest
        manifest.save()
    return summary


def _run_jobs(
    todo: list[Job],
    plan: Plan,
    folders: Folders,
    workers: int,
    stop: threading.Event,
    manifest: Manifest,
    digests: dict[str, str],
    summary: Summary,
    progress: Progress,
    err: TextIO,
) -> None:
    """Run ``todo`` in a thread pool, recording each success in the manifest as it completes."""

    def started(job: Job) -> dict[str, Any]:
        if stop.is_set():
            raise BatchError("not started: the batch is stopping")
        nb = prepare(job)  # a notebook with bad parameters fails before it starts
        progress.started(job.key)
        return run_job(job, nb, plan, folders, stop)

    pool = ThreadPoolExecutor(max_workers=workers)
    pending: dict[Future[dict[str, Any]], Job] = {pool.submit(started, job): job for job in todo}
    try:
        while pending:
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if stop.is_set():
                for future in pending:
                    future.cancel()
            for future in done:
                job = pending.pop(future)
                _record(job, future, stop, manifest, digests, summary, progress, err)
            for future in [future for future in pending if future.cancelled()]:
                pending.pop(future)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _record(
    job: Job,
    future: Future[dict[str, Any]],
    stop: threading.Event,
    manifest: Manifest,
    digests: dict[str, str],
    summary: Summary,
    progress: Progress,
    err: TextIO,
) -> None:
    try:
        entry = future.result()
    except Exception as error:  # one report failing must not stop the others
        if stop.is_set():
            progress.finished("stopped", job.key)
            return
        summary.failed[job.key] = execute.describe_error(error)
        progress.finished("FAILED", job.key)
        err.write(f"{job.key} failed (its previous report, if any, is kept):\n  {summary.failed[job.key]}\n")
        err.flush()
        return
    manifest.reports[job.key] = {**entry, "inputs": digests[job.key]}
    manifest.save()
    summary.ran.append(job.key)
    progress.finished("done", job.key)
