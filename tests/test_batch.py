"""The batch runner: declared jobs, both languages, self-contained pages, the index, skipping,
determinism and the error paths.

Fixture notebooks (tests/fixtures/notebooks, plus tiny ones written here) run in a temporary
folder. The last tests apply to the real notebooks in notebooks/: their pairing, and a full
run of each (and one district profile) that must reproduce the committed outputs.
"""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import sys
from pathlib import Path

import jupytext
import nbformat
import pytest
from fontTools.ttLib import TTFont

from analysis import batch, paths
from analysis.batch import Folders, read_plan, run_batch
from analysis.batch import fonts, index
from analysis.batch.cache import MANIFEST
from analysis.batch.jobs import geographies_with_documents
from analysis.batch.prepare import ParameterError, check_parameters

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
PROFILES = [f"district_profile_{geo}" for geo in geographies_with_documents(paths.DATA)]
FIXTURE_NAMES = ["01_hello", "02_figure", *PROFILES]
FIXTURE_REPORTS = [f"{lang}/{name}" for name in FIXTURE_NAMES for lang in ("zh", "en")]


def declare(folder: Path, *notebooks: str, languages: tuple[str, ...] = ("zh",), extra: str = "") -> None:
    """A ``reports.toml`` in ``folder`` declaring ``notebooks`` (one report each)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = f"languages = {json.dumps(list(languages))}\n{extra}\n"
    text += "".join(f'[[report]]\nnotebook = "{name}"\n' for name in notebooks)
    (folder / "reports.toml").write_text(text, encoding="utf-8")


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
    return [path for path in entries if path.name.startswith(".") and path.name != MANIFEST]


def page_text(html: str) -> str:
    """The visible text of a page, roughly: tags and the head removed."""
    body = html.split("<body>", 1)[1]
    return re.sub(r"<[^>]+>", "", body)


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


def test_every_report_is_written_in_both_languages_with_its_figures(built):
    folders, out = built
    for key in FIXTURE_REPORTS:
        assert (folders.reports / f"{key}.ipynb").is_file()
        assert (folders.reports / f"{key}.html").is_file()
        assert f"done    {key}" in out
    assert PROFILES and "district_profile_tianjin" not in PROFILES  # no document: no profile
    for lang in ("zh", "en"):
        figures = sorted(path.name for path in (folders.figures / lang).iterdir())
        assert figures == ["02_figure__targets.png", "02_figure__targets.svg"]
    assert leftovers(folders) == []


def test_each_language_keeps_only_its_own_cells(built):
    folders, _ = built
    zh = (folders.reports / "zh" / "01_hello.html").read_text(encoding="utf-8")
    en = (folders.reports / "en" / "01_hello.html").read_text(encoding="utf-8")
    assert "只在中文版中出现的段落" in zh and "only in the English version" not in zh
    assert "only in the English version" in en and "只在中文版中出现的段落" not in en
    assert "语言 lang: en" in en and "{'lang': 'en', 'sum': 45}" in en
    executed = nbformat.read(folders.reports / "en" / "01_hello.ipynb", as_version=4)
    assert not any("lang-zh" in cell.metadata.get("tags", []) for cell in executed.cells)
    assert '<html lang="zh-Hans">' in zh and '<html lang="en">' in en
    assert '<a href="../en/01_hello.html" lang="en"' in zh  # the same report in English


def test_executed_notebook_is_clean_and_portable(built):
    folders, _ = built
    text = (folders.reports / "zh" / "02_figure.ipynb").read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=4)
    assert nb.metadata.papermill == {
        "input_path": "02_figure.py",
        "parameters": {"figures_dir": "../../figures/zh", "lang": "zh"},
        "version": nb.metadata.papermill.version,
    }
    assert "version" not in nb.metadata.language_info
    assert [cell.id for cell in nb.cells] == [f"cell-{n:04d}" for n in range(1, len(nb.cells) + 1)]
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1))
    assert all(set(cell.metadata) <= {"tags"} for cell in nb.cells)
    injected = [cell for cell in nb.cells if "injected-parameters" in cell.metadata.get("tags", [])]
    assert 'figures_dir = "../../figures/zh"' in injected[0].source
    assert "PosixPath('../../figures/zh/02_figure__targets.png')" in text  # the cell's result
    for volatile in ("start_time", "end_time", "duration", "iopub.", str(folders.figures)):
        assert volatile not in text
    hello = nbformat.read(folders.reports / "zh" / "01_hello.ipynb", as_version=4)
    streams = [out for cell in hello.cells for out in cell.get("outputs", [])
               if out.output_type == "stream"]
    assert [stream.text for stream in streams] == ["语言 lang: zh\ndone\n"]  # one, not two


def test_pages_are_self_contained_with_one_shared_stylesheet(built):
    folders, _ = built
    pages = sorted(folders.reports.rglob("*.html"))
    assert len(pages) == len(FIXTURE_REPORTS) + 1  # and the index
    for path in pages:
        html = path.read_text(encoding="utf-8")
        depth = len(path.relative_to(folders.reports).parts) - 1
        assert f'<link rel="stylesheet" href="{"../" * depth}assets/report.css">' in html
        assert "<script" not in html and "mathjax" not in html.lower()
        assert not re.search(r'(src|href)="(https?:)?//', html), path  # nothing fetched off the machine
        assert len(html.splitlines()) < 400, path  # no stylesheet copied into each page
    css = (folders.reports / "assets" / "report.css").read_text(encoding="utf-8")
    assert fonts.FAMILY in css
    page = (folders.reports / "zh" / "01_hello.html").read_text(encoding="utf-8")
    for shown in ("Hello 你好", "语言 lang: zh", "发现：九加一等于十"):
        assert shown in page
    for code in ("time.sleep", "figures_dir", "print("):
        assert code not in page
    figure_page = (folders.reports / "zh" / "02_figure.html").read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in figure_page


def test_pages_embed_the_cjk_glyphs_they_use(built):
    folders, _ = built
    html = (folders.reports / "zh" / "01_hello.html").read_text(encoding="utf-8")
    match = re.search(r'font-family: "([^"]+)".*?url\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\)', html)
    assert match and match.group(1) == fonts.FAMILY
    font = TTFont(io.BytesIO(base64.b64decode(match.group(2))))
    assert font.flavor == "woff2"
    covered = set(font.getBestCmap())
    used = {ord(char) for char in page_text(html) if ord(char) >= fonts.FIRST_CJK}
    assert used and used <= covered
    assert len(covered) < 200  # a subset, not the 65,000-glyph font
    assert fonts.font_face_css("plain English") == ""  # nothing to embed


def test_font_subset_is_deterministic_and_covers_its_characters():
    first = fonts.woff2_subset("北辰区目标")
    fonts.woff2_subset.cache_clear()
    assert fonts.woff2_subset("北辰区目标") == first
    assert {ord(c) for c in "北辰区目标"} <= set(TTFont(io.BytesIO(first)).getBestCmap())
    assert fonts.cjk_characters("a 北 b 区，北") == "".join(sorted("北区，"))


def test_index_is_a_front_page(built):
    folders, _ = built
    html = (folders.reports / "index.html").read_text(encoding="utf-8")
    assert "Does the batch build every declared report?" in html and "批处理能否" in html
    read_first = html.split("What to read first", 1)[1].split("</ol>", 1)[0]
    assert '<a href="zh/02_figure.html" lang="zh-Hans">中文</a>' in read_first
    assert '<a href="en/02_figure.html" lang="en">English</a>' in read_first
    findings = html.split("Key findings", 1)[1].split("All reports", 1)[0]
    assert '<a href="en/01_hello.html" lang="en">Hello 你好</a>' in findings
    assert "<li>Finding: nine plus one is ten.</li>" in findings and "发现：九加一等于十" in findings
    for key in FIXTURE_REPORTS:
        assert f'href="{key}.html"' in html and f'href="{key}.ipynb"' in html
    assert 'href="../figures/zh/02_figure__targets.png"' in html
    assert 'href="../figures/en/02_figure__targets.svg"' in html
    assert "北辰区 — District profile" in html and "Beichen District — District profile" in html
    assert f'data package of <time datetime="{index.data_as_of(paths.DATA)}">' in html
    assert "Not evaluated yet" in html  # the fixture folder has no evaluation


def test_index_states_which_evaluation_is_in_sample(tmp_path):
    """The front page reads the evaluation CSV that ``python -m analysis evaluate`` writes (one table,
    labelled by sample and table) and says which scores are in sample."""
    header = "sample,table,doc_id,predicted,gold,matched,precision,recall,f1,kind_accuracy,year_accuracy\n"
    in_sample = "in_sample,targets,a_doc,3,3,3,1.0,1.0,1.0,1.0,1.0\nin_sample,targets,overall,173,173,173,1.0,1.0,1.0,1.0,1.0\n"
    (tmp_path / "extraction_evaluation.csv").write_text(header + in_sample, encoding="utf-8")
    text = "\n".join(index._evaluation(tmp_path))
    assert "<strong>In sample · 样本内</strong> (the five plans the rules were written from" in text
    assert "173 expected numbers, precision 1.000, recall 1.000, F1 1.000; on the numbers found, kind 1.000" in text
    assert "<strong>Out of sample · 样本外:</strong> not measured yet" in text
    out = ("out_of_sample,targets,x01,10,20,8,0.8,0.4,0.5,1.0,1.0\n"
           "out_of_sample,targets,x02,30,30,22,0.7,0.7,0.7,0.8,0.5\n"
           "out_of_sample,targets,overall,40,50,30,0.75,0.6,0.667,0.8,0.5\n")
    dev = "development,targets,overall,9,9,9,1.0,1.0,1.0,1.0,1.0\n"
    (tmp_path / "extraction_evaluation.csv").write_text(header + in_sample + dev + out, encoding="utf-8")
    text = "\n".join(index._evaluation(tmp_path))
    assert "50 expected numbers, precision 0.750, recall 0.600, F1 0.667; on the numbers found, kind 0.800 and year 0.500" in text
    assert "(2 texts gathered afterwards with gold written first" in text
    assert "<strong>Development set · 开发集</strong> (0 texts" in text
    assert "not measured yet" not in text


def test_unchanged_inputs_are_skipped(built, monkeypatch):
    folders, _ = built
    before = snapshot(folders)

    def no_page(*args: object) -> str:
        raise AssertionError("a page was rendered although nothing changed")

    monkeypatch.setattr(index, "page", no_page)  # the front page is not remade either
    summary, out, _ = run(folders)
    assert summary.ran == [] and summary.failed == {}
    assert sorted(summary.skipped) == sorted(FIXTURE_REPORTS)
    assert "skipped zh/01_hello (unchanged)" in out
    assert snapshot(folders) == before


def test_force_reruns_and_gives_byte_identical_files(built):
    folders, _ = built
    before = snapshot(folders)
    summary, _, err = run(folders, force=True, only=["01_hello", "02_figure"], lang="en")
    assert sorted(summary.ran) == ["en/01_hello", "en/02_figure"], err
    assert snapshot(folders) == before


# ---------------------------------------------------------------- changes and options


def test_changes_rerun_only_what_they_affect(tmp_path, data_copy):
    folders = folders_in(tmp_path, data_copy)
    declare(folders.notebooks, "01_static", "02_probe")
    write_notebook(folders.notebooks, "01_static", 'print("static")')
    source = write_notebook(
        folders.notebooks,
        "02_probe",
        "import os, sys\nfrom pathlib import Path\n"
        'Path(figures_dir, "02_probe__a.svg").write_text("<svg/>")\n'
        'print(sys.executable, os.environ["PYTHONHASHSEED"], os.getcwd(), sep="\\n")',
    )
    assert sorted(run(folders)[0].ran) == ["zh/01_static", "zh/02_probe"]
    probe = nbformat.read(folders.reports / "zh" / "02_probe.ipynb", as_version=4)
    printed = probe.cells[-1].outputs[0].text.splitlines()
    assert printed == [sys.executable, "0", str(folders.notebooks)]

    source.write_text(source.read_text().replace("02_probe__a.svg", "02_probe__b.svg"))
    summary, out, _ = run(folders)
    assert (summary.ran, summary.skipped) == (["zh/02_probe"], ["zh/01_static"])
    assert sorted(path.name for path in (folders.figures / "zh").iterdir()) == ["02_probe__b.svg"]
    manifest = json.loads((folders.reports / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["reports"]["zh/02_probe"]["figures"] == ["02_probe__b.svg"]

    (data_copy / "curated" / "indicators.csv").touch()
    assert run(folders)[0].ran == []  # a new modification time is not a change
    with (data_copy / "README.md").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert sorted(run(folders)[0].ran) == ["zh/01_static", "zh/02_probe"]

    (folders.reports / "zh" / "01_static.html").unlink()
    assert run(folders)[0].ran == ["zh/01_static"]  # a missing output is rebuilt


def test_cli_selects_by_name_language_and_geography(tmp_path, capsys):
    nb = tmp_path / "nb"
    declare(nb, "01_one", "02_two", languages=("zh", "en"),
            extra='[[report]]\nnotebook = "03_place"\ngeographies = ["beichen", "nankai"]\n')
    write_notebook(nb, "01_one", 'print("one")')
    write_notebook(nb, "02_two", 'print("two")')
    write_notebook(nb, "03_place", "print(geo)", PARAMETERS + "geo = None\n")
    common = ["--notebooks-dir", str(nb), "--reports-dir", str(tmp_path / "out"),
              "--figures-dir", str(tmp_path / "fig"), "--jobs", "1"]
    assert batch.cli([*common, "--only", "02_two", "--lang", "en"]) == 0
    assert sorted(path.relative_to(tmp_path / "out").as_posix()
                  for path in (tmp_path / "out").rglob("*.ipynb")) == ["en/02_two.ipynb"]
    assert "1 ran, 0 unchanged, 0 failed" in capsys.readouterr().out
    assert batch.cli([*common, "--geo", "nankai", "--lang", "zh"]) == 0
    assert (tmp_path / "out" / "zh" / "03_place_nankai.ipynb").exists()
    assert not (tmp_path / "out" / "zh" / "03_place_beichen.ipynb").exists()
    assert batch.cli([*common, "--only", "03_three"]) == 2
    assert "no report named ['03_three']" in capsys.readouterr().err
    assert batch.cli([*common, "--geo", "mars"]) == 2
    assert "no report for geography ['mars']; the choices are: ['beichen', 'nankai']" in capsys.readouterr().err


def test_declaration_mistakes_are_named(tmp_path):
    folders = folders_in(tmp_path)
    with pytest.raises(batch.BatchError, match="no reports.toml in"):
        read_plan(folders)
    declare(folders.notebooks, "01_missing")
    with pytest.raises(batch.BatchError, match="report '01_missing': no notebook 01_missing.py"):
        read_plan(folders)
    write_notebook(folders.notebooks, "01_missing", "pass")
    declare(folders.notebooks, "01_missing", extra='[front]\nread_first = ["02_nothing"]\n')
    with pytest.raises(batch.BatchError, match=r"read_first names no report: \['02_nothing'\]"):
        read_plan(folders)
    declare(folders.notebooks, "01_missing", languages=("fr",))
    with pytest.raises(batch.BatchError, match="languages must be"):
        read_plan(folders)


def test_checks_run_once_per_input_state_and_a_failure_stops_the_batch(tmp_path):
    folders = folders_in(tmp_path)
    declare(folders.notebooks, "01_one", extra='[[check]]\ncommand = ["evaluate", "--doc", "no_such_doc"]\n')
    write_notebook(folders.notebooks, "01_one", 'print("one")')
    with pytest.raises(batch.BatchError, match=r"`python -m analysis evaluate --doc no_such_doc` failed \(exit 2\)"):
        run(folders)
    assert not (folders.reports / "zh" / "01_one.html").exists()  # no notebook ran

    declare(folders.notebooks, "01_one", extra='[[check]]\ncommand = ["--help"]\n')
    summary, out, _ = run(folders)
    assert "check: python -m analysis --help" in out and summary.ran == ["zh/01_one"]
    summary, out, _ = run(folders)
    assert "check:" not in out and summary.ran == []  # unchanged inputs: not run again


# ------------------------------------------------------------------------ error paths


def test_unknown_parameter_fails_clearly_before_running(tmp_path):
    folders = folders_in(tmp_path)
    declare(folders.notebooks, "01_old")
    old_cell = '# %% tags=["parameters"]\nlang = "zh"\n'
    write_notebook(folders.notebooks, "01_old", "print(lang)", old_cell)
    summary, out, err = run(folders)
    assert list(summary.failed) == ["zh/01_old"]
    assert "01_old.py: unknown parameter(s) figures_dir; " in err
    assert "its parameters cell defines only: lang" in err
    assert "start" not in out and "FAILED  zh/01_old" in out
    assert not (folders.reports / "zh" / "01_old.ipynb").exists()


def test_missing_parameters_cell_fails_clearly(tmp_path, capsys):
    folders = folders_in(tmp_path)
    declare(folders.notebooks, "01_untagged")
    write_notebook(folders.notebooks, "01_untagged", "print(lang)", '# %%\nlang = "zh"\n')
    code = batch.cli(["--notebooks-dir", str(folders.notebooks), "--reports-dir",
                      str(folders.reports), "--figures-dir", str(folders.figures)])
    err = capsys.readouterr().err
    assert code == 1
    assert "01_untagged.py: no cell tagged 'parameters'" in err
    assert "failed: zh/01_untagged" in err


def test_check_parameters_reads_the_parameters_cell():
    def notebook(*cells: str) -> nbformat.NotebookNode:
        return jupytext.reads(HEADER + "\n".join(cells), fmt="py:percent")

    tagged = '# %% tags=["parameters"]\n'
    ok = notebook(tagged + 'lang: str = "zh"\nfigures_dir = geo = None\n# comment\n')
    check_parameters(ok, {"lang": "en", "figures_dir": "x", "geo": "beichen"}, "ok.py")
    with pytest.raises(ParameterError, match=r"ok.py: unknown parameter\(s\) place"):
        check_parameters(ok, {"place": "x"}, "ok.py")
    twice = notebook(tagged + "lang = 1\n", tagged + "figures_dir = 2\n")
    with pytest.raises(ParameterError, match="2 cells tagged 'parameters'"):
        check_parameters(twice, {"lang": "zh"}, "twice.py")
    broken = notebook(tagged + "lang = \n")
    with pytest.raises(ParameterError, match="not valid Python"):
        check_parameters(broken, {"lang": "zh"}, "broken.py")


def test_unknown_language_tag_fails_clearly(tmp_path):
    folders = folders_in(tmp_path)
    declare(folders.notebooks, "01_fr")
    write_notebook(folders.notebooks, "01_fr", '# %% [markdown] tags=["lang-fr"]\n# Bonjour')
    summary, _, err = run(folders)
    assert list(summary.failed) == ["zh/01_fr"]
    assert "01_fr.py: cell 3 has unknown language tag(s) ['fr']" in err


def test_failing_notebook_keeps_its_previous_report(tmp_path):
    folders = folders_in(tmp_path)
    declare(folders.notebooks, "01_good", "02_new", "03_flaky")
    write_notebook(folders.notebooks, "01_good", 'print("good")')
    write_notebook(folders.notebooks, "02_new", 'print("new")')
    write_notebook(
        folders.notebooks,
        "03_flaky",
        'from pathlib import Path\nPath(figures_dir, "03_flaky__a.svg").write_text("<svg>1</svg>")',
    )
    assert run(folders, only=["01_good", "03_flaky"])[0].failed == {}
    before = {name: data for name, data in snapshot(folders).items() if "03_flaky" in name}

    write_notebook(
        folders.notebooks,
        "03_flaky",
        "from pathlib import Path\n"
        'Path(figures_dir, "03_flaky__a.svg").write_text("<svg>2</svg>")\n'
        'Path(figures_dir, "03_flaky__b.svg").write_text("<svg>2</svg>")\n\n'
        '# %%\nx = 1\nraise ValueError("deliberate failure")',
    )
    summary, out, err = run(folders, force=True)
    assert list(summary.failed) == ["zh/03_flaky"]
    assert sorted(summary.ran) == ["zh/01_good", "zh/02_new"]  # the others still run and are written
    assert "zh/03_flaky failed" in err and "ValueError: deliberate failure" in err
    assert '| raise ValueError("deliberate failure")' in err  # the failing cell is shown
    assert "FAILED  zh/03_flaky" in out
    after = snapshot(folders)
    assert {name: data for name, data in after.items() if "03_flaky" in name} == before
    assert "reports/zh/02_new.html" in after
    assert 'href="zh/03_flaky.html"' in (folders.reports / "index.html").read_text(encoding="utf-8")
    assert leftovers(folders) == []

    summary, _, _ = run(folders)  # a failed report is not recorded as done: it is retried
    assert list(summary.failed) == ["zh/03_flaky"]
    assert sorted(summary.skipped) == ["zh/01_good", "zh/02_new"]


def test_figures_must_carry_the_report_prefix(tmp_path):
    folders = folders_in(tmp_path)
    declare(folders.notebooks, "01_stray")
    write_notebook(
        folders.notebooks,
        "01_stray",
        'from pathlib import Path\nPath(figures_dir, "chart.png").write_bytes(b"")',
    )
    summary, _, err = run(folders)
    assert "01_stray wrote files to figures_dir not named 01_stray__<figure>.png/.svg" in err
    assert list(summary.failed) == ["zh/01_stray"]
    assert list((folders.figures / "zh").iterdir()) == []
    assert not (folders.reports / "zh" / "01_stray.ipynb").exists()


# ------------------------------------------------------------------------------- data


def test_profiles_follow_geographies_with_documents():
    plan = read_plan(Folders(FIXTURES))
    profiles = [job for job in plan.jobs if job.name.startswith("district_profile")]
    assert [job.name for job in profiles if job.lang == "zh"] == PROFILES
    assert [job.geo for job in profiles if job.lang == "en"] == geographies_with_documents(paths.DATA)


def test_data_date_falls_back_to_the_latest_document(data_copy):
    package = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))
    assert index.data_as_of(data_copy) == package["created"]
    (data_copy / "datapackage.json").unlink()
    assert index.data_as_of(data_copy) == "2021-11-22"  # the proposal reply's published date, the latest of all


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
    plan = read_plan(folders)
    names = list(dict.fromkeys(job.name for job in plan.jobs))
    profiles = [name for name in names if name.startswith("district_profile")]
    selected = [name for name in names if name not in profiles] + profiles[:1]
    evaluation = paths.REPORTS / "extraction_evaluation.md"
    before = evaluation.stat().st_mtime_ns
    summary, _, err = run(folders, only=selected)
    assert summary.failed == {}, err
    # the checks wrote their reports into the batch's folder, not the project's
    assert (folders.reports / evaluation.name).is_file() and evaluation.stat().st_mtime_ns == before
    assert sorted(summary.ran) == sorted(job.key for job in plan.jobs if job.name in selected)
    for key in summary.ran:
        executed = nbformat.read(folders.reports / f"{key}.ipynb", as_version=4)
        errors = [out for cell in executed.cells for out in cell.get("outputs", [])
                  if out.output_type == "error"]
        assert errors == []
        for suffix in ("ipynb", "html"):
            produced = folders.reports / f"{key}.{suffix}"
            committed = paths.REPORTS / f"{key}.{suffix}"
            assert committed.exists() and produced.read_bytes() == committed.read_bytes(), (
                f"reports/{key}.{suffix} differs from a fresh run: rerun `make reports`"
            )
        lang, name = key.split("/")
        pattern = f"{name}__*"
        fresh = {path.name: path.read_bytes() for path in (folders.figures / lang).glob(pattern)}
        kept = {path.name: path.read_bytes() for path in (paths.FIGURES / lang).glob(pattern)}
        assert fresh == kept, f"figures/{lang}/{pattern} differ from a fresh run: rerun `make reports`"
