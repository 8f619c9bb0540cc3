"""Run one notebook with papermill in a fresh kernel, and clean what differs between runs.

Every kernel the batch starts is registered while it lives, so an interrupted batch can kill
them all at once (``kill_kernels``): the notebook run waiting on a dead kernel then fails within
about a second, and its job writes nothing.
"""

from __future__ import annotations

import os
import re
import signal
import threading
from typing import TYPE_CHECKING, Any

from pathlib import Path

import zmq
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from traitlets import default

import analysis
from analysis.batch.jobs import Job

if TYPE_CHECKING:
    from nbformat import NotebookNode

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_LIVE: set[ThisInterpreterKernel] = set()
_LIVE_LOCK = threading.Lock()
_STOPPING = threading.Event()


class ThisInterpreterKernel(AsyncKernelManager):
    """The ``python3`` kernel of the running interpreter, whatever kernel specs are installed.

    PYTHONHASHSEED is fixed so set iteration order (and any output built from it) is the same
    on every run, and the kernel imports the same ``analysis`` library as the batch (not another
    checkout's installed copy); kernel traffic is CurveZMQ-encrypted when pyzmq supports it. Each kernel runs
    in its own session (jupyter_client's default), so a terminal's Ctrl-C reaches only the batch.
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
            spec.env = {**spec.env, "PYTHONHASHSEED": "0", "PYTHONPATH": library_path()}
        return spec

    async def start_kernel(self, **kwargs: Any) -> None:
        await super().start_kernel(**kwargs)
        with _LIVE_LOCK:
            _LIVE.add(self)
        if _STOPPING.is_set():  # started while the batch was being stopped
            _kill(self)

    async def shutdown_kernel(self, now: bool = False, restart: bool = False) -> None:
        try:
            await super().shutdown_kernel(now=now, restart=restart)
        finally:
            with _LIVE_LOCK:
                _LIVE.discard(self)


def library_path() -> str:
    """PYTHONPATH putting this ``analysis`` package's folder first, for child processes."""
    source = str(Path(analysis.__file__).resolve().parents[1])
    return os.pathsep.join([source, *filter(None, [os.environ.get("PYTHONPATH")])])


def _kill(kernel: ThisInterpreterKernel) -> None:
    pid = getattr(kernel.provisioner, "pid", None)
    if pid is None:
        return
    try:
        os.killpg(pid, signal.SIGKILL)  # the kernel leads its own process group
    except ProcessLookupError:
        pass


def kill_kernels() -> None:
    """Kill every live kernel, and any kernel started from now on (the batch is stopping)."""
    _STOPPING.set()
    with _LIVE_LOCK:
        kernels = list(_LIVE)
    for kernel in kernels:
        _kill(kernel)


def allow_kernels() -> None:
    """Let kernels run again (a new batch in the same process)."""
    _STOPPING.clear()


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


def findings(nb: NotebookNode) -> str:
    """The Markdown displayed by the cells tagged ``findings`` (the report's key findings)."""
    parts = [
        output.data["text/markdown"]
        for cell in nb.cells
        if "findings" in cell.metadata.get("tags", [])
        for output in cell.get("outputs", [])
        if "text/markdown" in output.get("data", {})
    ]
    return "\n\n".join(part.strip() for part in parts)


def describe_error(error: BaseException) -> str:
    """A failed report's error: the cell, the exception and the end of its traceback."""
    from papermill.exceptions import PapermillExecutionError

    if not isinstance(error, PapermillExecutionError):
        return f"{type(error).__name__}: {error}"
    source = "\n".join(f"    | {line}" for line in error.source.splitlines()[-8:])
    traceback = _ANSI.sub("", "\n".join(error.traceback)).strip().splitlines()
    tail = "\n".join(f"    {line}" for line in traceback[-12:])
    return f"{error.ename}: {error.evalue}\n  in this cell:\n{source}\n  traceback:\n{tail}"
