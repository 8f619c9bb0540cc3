"""Stopping a forced batch halfway, as Ctrl-C (SIGINT to the process group) or SIGTERM would.

A small project is built once and committed to git; then ``batch --force`` is started with
a notebook that hangs, and signalled once the first report is done and the hanging one runs.
The batch must exit within seconds with a non-zero status, kill its kernel, and leave
``git status`` clean: earlier outputs intact, no temporary folder, the manifest consistent.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.batch.execute import library_path

HEADER = "# ---\n# jupyter:\n#   kernelspec:\n#     display_name: Python 3 (ipykernel)\n#     language: python\n#     name: python3\n# ---\n"
NOTEBOOKS = {
    "01_quick": 'print("quick")',
    "02_hang": (
        "import os, time\nfrom pathlib import Path\n"
        'Path(figures_dir, "02_hang__a.svg").write_text("<svg/>")\n'
        'if os.environ.get("HANG_PID_FILE"):\n'
        '    Path(os.environ["HANG_PID_FILE"]).write_text(str(os.getpid()))\n'
        "    time.sleep(300)\n"
        'print("hang")'
    ),
}


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout


def batch(root: Path, *args: str, env: dict[str, str] | None = None, **popen) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "analysis", "batch", "--jobs", "1", *args]
    for option in ("notebooks", "reports", "figures"):
        command += [f"--{option}-dir", str(root / option)]
    environment = {**os.environ, "PYTHONPATH": library_path(), **(env or {})}
    return subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, **popen)


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie awaiting its reaper does not)."""
    for _ in range(20):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return False
        if state == "Z":
            return False
        time.sleep(0.1)
    return True


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two reports built and committed to a fresh git repository (each test leaves it as it was)."""
    tmp_path = tmp_path_factory.mktemp("project")
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    (notebooks / "reports.toml").write_text(
        'languages = ["zh"]\n' + "".join(f'[[report]]\nnotebook = "{name}"\n' for name in NOTEBOOKS),
        encoding="utf-8",
    )
    for name, body in NOTEBOOKS.items():
        parameters = '# %% tags=["parameters"]\nlang = "zh"\nfigures_dir = None\n'
        (notebooks / f"{name}.py").write_text(f"{HEADER}\n{parameters}\n# %%\n{body}\n", encoding="utf-8")
    first = batch(tmp_path)
    assert first.wait(timeout=300) == 0, first.stdout.read()
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm", "built")
    return tmp_path


@pytest.mark.parametrize("how", ["SIGINT to the group (Ctrl-C)", "SIGTERM"])
def test_an_interrupted_batch_stops_cleanly(project: Path, how: str):
    pid_file = project.parent / f"{project.name}-{how.split()[0]}-kernel.pid"
    running = batch(project, "--force", env={"HANG_PID_FILE": str(pid_file)}, start_new_session=True)
    deadline = time.monotonic() + 240
    while not pid_file.exists():  # halfway: 01_quick is done (one at a time) and 02_hang hangs
        assert running.poll() is None and time.monotonic() < deadline, running.stdout.read()
        time.sleep(0.2)
    kernel = int(pid_file.read_text())
    sent = time.monotonic()
    if how == "SIGTERM":
        os.kill(running.pid, signal.SIGTERM)
    else:
        os.killpg(running.pid, signal.SIGINT)
    status = running.wait(timeout=30)
    took = time.monotonic() - sent
    log = running.stdout.read()
    assert status == (143 if how == "SIGTERM" else 130), log
    assert took < 10, f"took {took:.1f} s to stop"
    assert "done    zh/01_quick" in log and "stopped zh/02_hang" in log
    assert "Traceback" not in log
    assert git(project, "status", "--porcelain", "--untracked-files=all", "--ignored") == ""
    hidden = [p for p in (project / "figures").rglob(".*")] + [p for p in (project / "reports").rglob(".*.tmp")]
    assert hidden == []  # an empty staging folder would not show in git status
    assert not alive(kernel)  # the kernel was killed, not orphaned
    again = batch(project)  # the manifest still describes what is on disk: nothing to rerun
    assert again.wait(timeout=120) == 0
    assert "0 ran, 2 unchanged, 0 failed" in again.stdout.read()
