"""``python -m analysis extract``: output format, labels, and bad input (GBK, binary, empty,
missing, HTML) without losing the rows of the files that could be read."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.extract import COLUMNS, OUTPUT_COLUMNS, cli, read_plan

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
PLAN = "到2022年，全区有效发明专利达到3500件，全区技术合同成交额达到60亿元。"


def _csv(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype={"year": "Int64"}, keep_default_na=False)


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "district_2022_plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_writes_csv_to_stdout_with_leading_file_doc_id_and_geo(plan, capsys):
    assert cli([str(plan)]) == 0
    out = _csv(capsys.readouterr().out)
    assert list(out.columns) == OUTPUT_COLUMNS == ["file", "doc_id", "geo", *COLUMNS]
    assert out.file.tolist() == [str(plan)] * 2
    assert out.doc_id.tolist() == ["district_2022_plan"] * 2  # the file name without extension
    assert out[["value", "unit"]].values.tolist() == [[3500, "件"], [60, "亿元"]]


def test_output_file_doc_id_and_geo(plan, tmp_path, capsys):
    out_path = tmp_path / "out" / "rows.csv"
    assert cli([str(plan), "-o", str(out_path), "--doc-id", "x_2022_plan", "--geo", "nankai"]) == 0
    assert capsys.readouterr().out == ""
    out = _csv(out_path.read_text(encoding="utf-8"))
    assert set(out.doc_id) == {"x_2022_plan"} and set(out.geo) == {"nankai"}
    assert all(PLAN[row.char_start:row.char_end] == row.quote for row in out.itertuples())


def test_doc_id_names_exactly_one_file(plan, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli([str(plan), str(plan), "--doc-id", "x"])
    assert exit_.value.code == 2
    assert "exactly one FILE" in capsys.readouterr().err


def test_gbk_file_fails_with_a_hint_and_the_other_files_still_written(plan, tmp_path, capsys):
    gbk = tmp_path / "gbk_plan.txt"
    gbk.write_bytes(PLAN.encode("gbk"))
    assert cli([str(gbk), str(plan)]) == 1
    captured = capsys.readouterr()
    assert str(gbk) in captured.err and "--encoding gbk" in captured.err
    assert _csv(captured.out).file.tolist() == [str(plan)] * 2


def test_encoding_option_reads_gbk_and_offsets_refer_to_the_decoded_text(tmp_path, capsys):
    gbk = tmp_path / "gbk_plan.txt"
    gbk.write_bytes(PLAN.encode("gbk"))
    assert cli([str(gbk), "--encoding", "gbk"]) == 0
    out = _csv(capsys.readouterr().out)
    assert [PLAN[row.value_start:row.value_end] for row in out.itertuples()] == ["3500", "60亿"]


def test_unknown_encoding_is_a_usage_error(plan):
    with pytest.raises(SystemExit) as exit_:
        cli([str(plan), "--encoding", "no-such-codec"])
    assert exit_.value.code == 2


def test_empty_file_gives_a_header_a_no_text_note_and_exit_0(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert cli([str(empty)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == ",".join(OUTPUT_COLUMNS)
    assert f"note: {empty}: no text" in captured.err


def test_utf8_bom_is_removed_and_offsets_refer_to_the_text_without_it(tmp_path, capsys):
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes("\ufeff".encode() + PLAN.encode())
    assert cli([str(with_bom)]) == 0
    out = _csv(capsys.readouterr().out)
    assert read_plan(with_bom) == PLAN
    first = out.iloc[0]
    assert PLAN[first.value_start:first.value_end] == first.value_text == "3500"


def test_binary_and_missing_files_are_reported_by_name(tmp_path, plan, capsys):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    missing = tmp_path / "missing.txt"
    assert cli([str(binary), str(missing), str(plan)]) == 1
    err = capsys.readouterr().err
    assert f"{binary}: looks like a binary file" in err
    assert f"{missing}: cannot read" in err
    assert "2 of 3 file(s) failed" in err


def test_html_is_stripped_and_the_output_says_so(capsys):
    page = FIXTURES / "mini_plan.html"
    assert cli([str(page), "--html"]) == 0
    captured = capsys.readouterr()
    out = _csv(captured.out)
    assert out[["value", "unit"]].values.tolist() == [[80, "家"], [12, "亿元"]]
    assert out.note.str.contains("HTML-stripped").all()
    assert "HTML-stripped" in captured.err


def test_module_entry_point_on_a_raw_document():
    raw = paths.RAW / "jinghai_2021_implementation_plan.txt"
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", str(raw), "--geo", "jinghai"],
        capture_output=True, text=True, encoding="utf-8", check=False, cwd=paths.PROJ_ROOT,
    )
    assert result.returncode == 0, result.stderr
    out = _csv(result.stdout)
    assert len(out) > 0 and set(out.doc_id) == {"jinghai_2021_implementation_plan"}


INDICATOR_TABLE_PAGE = """<html><head><title>x</title><script>var a = 2025;</script></head><body>
<div class="nav-menu"><a href="/">首页</a> <a href="/k">科技 2025年 100家</a></div>
<table class="meta"><tr><td>索引号</td><td>11120000MB1234567X/2021-00012</td>
<td>发文字号</td><td>某政发〔2021〕5号</td></tr>
<tr><td>成文日期</td><td>2021年03月02日</td><td>发布日期</td><td>2021年03月05日</td></tr></table>
<h1>某区科技创新“十四五”规划</h1>
<p>到2025年，<b>高新技术企业</b>达到500家。</p>
<table><tr><th>指标名称</th><th>单位</th><th>2020年</th><th>2025年</th><th>属性</th></tr>
<tr><td>研发经费投入强度</td><td>%</td><td>2.1</td><td>3</td><td>预期性</td></tr>
<tr><td>每万人发明专利拥有量</td><td>件</td><td>10</td><td>15</td><td>预期性</td></tr></table>
</body></html>"""


def test_html_table_cells_stay_apart_and_read_as_a_flattened_indicator_table(tmp_path, capsys):
    """A <table> of indicators yields a baseline and a target per row, as its flattened text
    does; the metadata box and the navigation menu yield no rows; scripts are dropped."""
    page = tmp_path / "plan.html"
    page.write_text(INDICATOR_TABLE_PAGE, encoding="utf-8")
    text = read_plan(page, html=True)
    assert "研发经费投入强度 | % | 2.1 | 3 | 预期性" in text.splitlines()
    assert "首页" not in text and "var a" not in text
    assert cli([str(page), "--html"]) == 0
    out = _csv(capsys.readouterr().out)
    assert out[["kind", "value", "unit", "year"]].values.tolist() == [
        ["target", 500, "家", 2025],
        ["baseline", 2.1, "%", 2020], ["target", 3, "%", 2025],
        ["baseline", 10, "件/万人", 2020], ["target", 15, "件/万人", 2025],
    ]
