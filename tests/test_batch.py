"""The batch runner: reports, figures and index; skipping; determinism; the error paths.

Fixture notebooks (tests/fixtures/notebooks, plus tiny ones written here) run in a temporary
folder. The last two tests apply to the real notebooks in notebooks/: their pairing, and a
full run of each (and one district profile) that must reproduce the committed outputs.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import jupytext
import nbformat
import pytest

from analysis import batch, paths
from analysis.batch import Folders, discover_jobs, run_batch

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
HEADER = """# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---
"""
PARAMETERS = '# %% tags=["parameters"]\nlang = "zh"\nfigures_dir = None\n'
PROFILES = [f"district_profile_{geo}" for geo in batch.profile_geographies(paths.DATA)]
FIXTURE_REPORTS = ["01_hello", "02_figure", *PROFILES]


def write_notebook(folder: Path, name: str, body: str, parameters: str = PARAMETERS) -> Path:
    """A percent-format notebook ``folder/name.py``: header, parameters cell, then ``body``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.py"
    path.write_text(f"{HEADER}\n{parameters}\n# %%\n{body}\n", encoding="utf-8")
    return path


def folders_in(root: Path, data: Path = paths.DATA) -> Folders:
    return Folders(root / "notebooks", root / "reports", root / "figures", data)


def run(folders: Folders, **options) -> tuple[batch.Summary, str, str]:
    out, err = io.StringIO(), io.StringIO()
    summary = run_batch(folders, out=out, err=err, **options)
    return summary, out.getvalue(), err.getvalue()


def snapshot(folders: Folders) -> dict[str, bytes]:
    """Every file under reports/ and figures/ (hidden ones too), by relative path."""
    files = {}
    for folder in (folders.reports, folders.figures):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                files[path.relative_to(folder.parent).as_posix()] = path.read_bytes()
    return files


def leftovers(folders: Folders) -> list[Path]:
    """Temporary files or folders left in reports/ or figures/ (the manifest is not one)."""
    entries = [*folders.reports.rglob("*"), *folders.figures.rglob("*")]
    return [path for path in entries if path.name.startswith(".") and path.name != batch.MANIFEST]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Folders, str]:
    """The fixture notebooks, run once into a temporary folder."""
    folders = folders_in(tmp_path_factory.mktemp("built"))
    shutil.copytree(FIXTURES, folders.notebooks)
    summary, out, err = run(folders)
    assert summary.failed == {}, err
    assert sorted(summary.ran) == sorted(FIXTURE_REPORTS)
    return folders, out


# ------------------------------------------------------------------------ success path


def test_every_report_is_written_with_its_figures(built):
    folders, out = built
    for name in FIXTURE_REPORTS:
        assert (folders.reports / f"{name}.ipynb").is_file()
        assert (folders.reports / f"{name}.html").is_file()
        assert f"done    {name}" in out
    assert PROFILES and "district_profile_tianjin" not in PROFILES  # no document: no profile
    figures = sorted(path.name for path in folders.figures.iterdir())
    assert figures == ["02_figure__targets.png", "02_figure__targets.svg"]
    assert leftovers(folders) == []


def test_executed_notebook_is_clean_and_portable(built):
    folders, _ = built
    text = (folders.reports / "02_figure.ipynb").read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=4)
    assert nb.metadata.papermill == {
        "input_path": "02_figure.py",
        "parameters": {"figures_dir": "../figures", "lang": "zh"},
        "version": nb.metadata.papermill.version,
    }
    assert "version" not in nb.metadata.language_info
    assert [cell.id for cell in nb.cells] == [f"cell-{n:04d}" for n in range(1, len(nb.cells) + 1)]
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1))
    assert all(set(cell.metadata) <= {"tags"} for cell in nb.cells)
    injected = [cell for cell in nb.cells if "injected-parameters" in cell.metadata.get("tags", [])]
    assert 'figures_dir = "../figures"' in injected[0].source
    assert "PosixPath('../figures/02_figure__targets.png')" in text  # the cell's result
    for volatile in ("start_time", "end_time", "duration", "iopub.", str(folders.figures)):
        assert volatile not in text
    hello = nbformat.read(folders.reports / "01_hello.ipynb", as_version=4)
    streams = [out for cell in hello.cells for out in cell.get("outputs", [])
               if out.output_type == "stream"]
    assert [stream.text for stream in streams] == ["语言 lang: zh\ndone\n"]  # one, not two


def test_html_shows_markdown_and_outputs_but_no_code(built):
    folders, _ = built
    page = (folders.reports / "01_hello.html").read_text(encoding="utf-8")
    for shown in ("Hello 你好", "语言 lang: zh", "{'lang': 'zh', 'sum': 45}"):
        assert shown in page
    for code in ("time.sleep", "figures_dir", "print("):
        assert code not in page
    figure_page = (folders.reports / "02_figure.html").read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in figure_page
    assert '<html lang="zh">' in figure_page


def test_index_links_every_report_and_figure(built):
    folders, _ = built
    index = (folders.reports / "index.html").read_text(encoding="utf-8")
    for name in FIXTURE_REPORTS:
        assert f'href="{name}.html"' in index and f'href="{name}.ipynb"' in index
    assert 'href="../figures/02_figure__targets.png"' in index
    assert 'href="../figures/02_figure__targets.svg"' in index
    assert "北辰区</span> · Beichen District" in index
    assert f"Data as of <time datetime=\"{batch.data_as_of(paths.DATA)}\">" in index


def test_unchanged_inputs_are_skipped(built):
    folders, _ = built
    before = snapshot(folders)
    summary, out, _ = run(folders)
    assert summary.ran == [] and summary.failed == {}
    assert sorted(summary.skipped) == sorted(FIXTURE_REPORTS)
    assert "skipped 01_hello (unchanged)" in out
    assert snapshot(folders) == before


def test_force_reruns_and_gives_byte_identical_files(built):
    folders, _ = built
    before = snapshot(folders)
    only = ["01_hello", "02_figure", PROFILES[0]]
    summary, _, err = run(folders, force=True, only=only)
    assert sorted(summary.ran) == sorted(only), err
    assert snapshot(folders) == before


# ---------------------------------------------------------------- changes and options


def test_changes_rerun_only_what_they_affect(tmp_path, data_copy):
    folders = folders_in(tmp_path, data_copy)
    write_notebook(folders.notebooks, "01_static", 'print("static")')
    source = write_notebook(
        folders.notebooks,
        "02_probe",
        "import os, sys\nfrom pathlib import Path\n"
        'Path(figures_dir, "02_probe__a.svg").write_text("<svg/>")\n'
        'print(sys.executable, os.environ["PYTHONHASHSEED"], os.getcwd(), sep="\\n")',
    )
    assert sorted(run(folders)[0].ran) == ["01_static", "02_probe"]
    probe = nbformat.read(folders.reports / "02_probe.ipynb", as_version=4)
    printed = probe.cells[-1].outputs[0].text.splitlines()
    assert printed == [sys.executable, "0", str(folders.notebooks)]

    source.write_text(source.read_text().replace("02_probe__a.svg", "02_probe__b.svg"))
    summary, out, _ = run(folders)
    assert (summary.ran, summary.skipped) == (["02_probe"], ["01_static"])
    assert sorted(path.name for path in folders.figures.iterdir()) == ["02_probe__b.svg"]
    manifest = json.loads((folders.reports / batch.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["02_probe"]["figures"] == ["02_probe__b.svg"]

    (data_copy / "curated" / "indicators.csv").touch()
    assert run(folders)[0].ran == []  # a new modification time is not a change
    with (data_copy / "README.md").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert sorted(run(folders)[0].ran) == ["01_static", "02_probe"]

    (folders.reports / "01_static.html").unlink()
    assert run(folders)[0].ran == ["01_static"]  # a missing output is rebuilt


def test_cli_options_and_unknown_only_name(tmp_path, capsys):
    write_notebook(tmp_path / "nb", "01_one", 'print("one")')
    write_notebook(tmp_path / "nb", "02_two", 'print("two")')
    common = ["--notebooks-dir", str(tmp_path / "nb"), "--reports-dir", str(tmp_path / "out"),
              "--figures-dir", str(tmp_path / "fig"), "--jobs", "1"]
    assert batch.cli([*common, "--only", "02_two"]) == 0
    assert sorted(path.name for path in (tmp_path / "out").glob("*.ipynb")) == ["02_two.ipynb"]
    assert "1 ran, 0 unchanged, 0 failed" in capsys.readouterr().out
    assert batch.cli([*common, "--only", "03_three"]) == 2
    assert "no report named ['03_three']" in capsys.readouterr().err


# ------------------------------------------------------------------------ error paths


def test_unknown_parameter_fails_clearly_before_running(tmp_path):
    folders = folders_in(tmp_path)
    old_cell = '# %% tags=["parameters"]\nlang = "zh"\n'
    write_notebook(folders.notebooks, "01_old", "print(lang)", old_cell)
    summary, out, err = run(folders)
    assert list(summary.failed) == ["01_old"]
    assert "01_old.py: unknown parameter(s) figures_dir; " in err
    assert "its parameters cell defines only: lang" in err
    assert "start" not in out and "FAILED  01_old" in out
    assert not (folders.reports / "01_old.ipynb").exists()


def test_missing_parameters_cell_fails_clearly(tmp_path, capsys):
    folders = folders_in(tmp_path)
    write_notebook(folders.notebooks, "01_untagged", "print(lang)", '# %%\nlang = "zh"\n')
    code = batch.cli(["--notebooks-dir", str(folders.notebooks), "--reports-dir",
                      str(folders.reports), "--figures-dir", str(folders.figures)])
    err = capsys.readouterr().err
    assert code == 1
    assert "01_untagged.py: no cell tagged 'parameters'" in err
    assert "failed: 01_untagged" in err


def test_check_parameters_reads_the_parameters_cell():
    def notebook(*cells: str) -> nbformat.NotebookNode:
        return jupytext.reads(HEADER + "\n".join(cells), fmt="py:percent")

    tagged = '# %% tags=["parameters"]\n'
    ok = notebook(tagged + 'lang: str = "zh"\nfigures_dir = geo = None\n# comment\n')
    batch.check_parameters(ok, {"lang": "en", "figures_dir": "x", "geo": "beichen"}, "ok.py")
    with pytest.raises(batch.ParameterError, match=r"ok.py: unknown parameter\(s\) place"):
        batch.check_parameters(ok, {"place": "x"}, "ok.py")
    twice = notebook(tagged + "lang = 1\n", tagged + "figures_dir = 2\n")
    with pytest.raises(batch.ParameterError, match="2 cells tagged 'parameters'"):
        batch.check_parameters(twice, {"lang": "zh"}, "twice.py")
    broken = notebook(tagged + "lang = \n")
    with pytest.raises(batch.ParameterError, match="not valid Python"):
        batch.check_parameters(broken, {"lang": "zh"}, "broken.py")


def test_failing_notebook_keeps_its_previous_report(tmp_path):
    folders = folders_in(tmp_path)
    write_notebook(folders.notebooks, "01_good", 'print("good")')
    write_notebook(
        folders.notebooks,
        "03_flaky",
        'from pathlib import Path\nPath(figures_dir, "03_flaky__a.svg").write_text("<svg>1</svg>")',
    )
    assert run(folders)[0].failed == {}
    before = {name: data for name, data in snapshot(folders).items() if "03_flaky" in name}

    write_notebook(
        folders.notebooks,
        "03_flaky",
        "from pathlib import Path\n"
        'Path(figures_dir, "03_flaky__a.svg").write_text("<svg>2</svg>")\n'
        'Path(figures_dir, "03_flaky__b.svg").write_text("<svg>2</svg>")\n\n'
        '# %%\nx = 1\nraise ValueError("deliberate failure")',
    )
    write_notebook(folders.notebooks, "02_new", 'print("new")')
    summary, out, err = run(folders, force=True)
    assert list(summary.failed) == ["03_flaky"]
    assert sorted(summary.ran) == ["01_good", "02_new"]  # the others still run and are written
    assert "03_flaky failed" in err and "ValueError: deliberate failure" in err
    assert '| raise ValueError("deliberate failure")' in err  # the failing cell is shown
    assert "FAILED  03_flaky" in out
    after = snapshot(folders)
    assert {name: data for name, data in after.items() if "03_flaky" in name} == before
    assert "reports/02_new.html" in after
    assert 'href="03_flaky.html"' in (folders.reports / "index.html").read_text(encoding="utf-8")
    assert leftovers(folders) == []

    summary, _, _ = run(folders)  # a failed report is not recorded as done: it is retried
    assert list(summary.failed) == ["03_flaky"]
    assert sorted(summary.skipped) == ["01_good", "02_new"]


def test_figures_must_carry_the_report_prefix(tmp_path):
    folders = folders_in(tmp_path)
    write_notebook(
        folders.notebooks,
        "01_stray",
        'from pathlib import Path\nPath(figures_dir, "chart.png").write_bytes(b"")',
    )
    summary, _, err = run(folders)
    assert "01_stray wrote files to figures_dir not named 01_stray__<figure>.png/.svg" in err
    assert list(summary.failed) == ["01_stray"]
    assert list(folders.figures.iterdir()) == []
    assert not (folders.reports / "01_stray.ipynb").exists()


# ------------------------------------------------------------------------------- data


def test_profiles_follow_geographies_with_documents(tmp_path):
    write_notebook(tmp_path / "notebooks", "district_profile", "print(geo)",
                   PARAMETERS + "geo = None\n")
    jobs = discover_jobs(folders_in(tmp_path))
    assert [job.name for job in jobs] == PROFILES
    assert [job.parameters["geo"] for job in jobs] == batch.profile_geographies(paths.DATA)


def test_data_date_falls_back_to_the_latest_document(data_copy):
    package = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))
    assert batch.data_as_of(data_copy) == package["created"]
    (data_copy / "datapackage.json").unlink()
    assert batch.data_as_of(data_copy) == "2021-11-22"  # the proposal reply's published date, the latest of all


# ----------------------------------------------------------------- the real notebooks


def test_every_notebook_is_paired_with_an_output_free_ipynb():
    problems = []
    for source in sorted(paths.NOTEBOOKS.glob("*.py")):
        paired = source.with_suffix(".ipynb")
        if not paired.exists():
            problems.append(f"{paired.name} is missing (run `make sync`)")
            continue
        text, ipynb = jupytext.read(source), nbformat.read(paired, as_version=4)
        cells = [(cell.cell_type, cell.source) for cell in text.cells]
        if cells != [(cell.cell_type, cell.source) for cell in ipynb.cells]:
            problems.append(f"{paired.name} and {source.name} differ (run `make sync`)")
        if any(cell.get("outputs") or cell.get("execution_count") for cell in ipynb.cells):
            problems.append(f"{paired.name} carries outputs; commit it cleared")
    assert problems == []


def test_real_notebooks_run_and_reproduce_the_committed_outputs(tmp_path):
    folders = Folders(paths.NOTEBOOKS, tmp_path / "reports", tmp_path / "figures")
    jobs = discover_jobs(folders)
    profiles = [job.name for job in jobs if job.name.startswith(batch.PROFILE)]
    selected = [job.name for job in jobs if job.name not in profiles] + profiles[:1]
    summary, _, err = run(folders, only=selected)
    assert summary.failed == {}, err
    assert sorted(summary.ran) == sorted(selected)
    for name in selected:
        executed = nbformat.read(folders.reports / f"{name}.ipynb", as_version=4)
        errors = [out for cell in executed.cells for out in cell.get("outputs", [])
                  if out.output_type == "error"]
        assert errors == []
        committed = paths.REPORTS / f"{name}.ipynb"
        if committed.exists():
            for suffix in ("ipynb", "html"):
                produced = folders.reports / f"{name}.{suffix}"
                assert produced.read_bytes() == (paths.REPORTS / produced.name).read_bytes(), (
                    f"reports/{produced.name} differs from a fresh run: rerun `make reports`"
                )
            pattern = f"{name}{batch.SEPARATOR}*"
            fresh = {path.name: path.read_bytes() for path in folders.figures.glob(pattern)}
            kept = {path.name: path.read_bytes() for path in paths.FIGURES.glob(pattern)}
            assert fresh == kept, f"figures/{pattern} differ from a fresh run: rerun `make reports`"
