"""``python -m analysis ingest``: the four candidate tables, each with a leading ``file`` column,
bad files reported by name, HTML metadata boxes feeding the card, observations' measures."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.extract.ingest import DOCUMENT_COLUMNS, OBSERVATION_COLUMNS, TASK_OUTPUT_COLUMNS, cli

REPORT = (
    "2024年某区政府工作报告\n发布日期: 2024-01-20\n一、2023年工作回顾\n"
    "全年技术合同成交额18亿元,同比增长12%。1-5月新增科技型中小企业120家。累计培育国家高新技术企业860家。\n"
    "二、2024年工作安排\n(一)壮大创新主体\n全年新增国家高新技术企业100家(区科技局负责)。\n"
)

PAGE = """<html><head><title>某区</title></head><body><div class="breadcrumb">首页 > 政策文件</div>
<table><tr><td>索引号</td><td>1112/2021-00012</td><td>发文字号</td><td>某政发〔2021〕5号</td></tr>
<tr><td>发布机构</td><td>某区人民政府</td><td>成文日期</td><td>2021年03月02日</td></tr></table>
<h2>某区科技创新三年行动计划(2021-2023年)</h2><p>到2023年,全区高新技术企业达到500家。</p></body></html>"""


def read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)


def test_four_tables_with_a_leading_file_column(tmp_path, capsys):
    source = tmp_path / "report_2024.txt"
    source.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out"
    assert cli([str(source), "--geo", "somewhere", "--out", str(out)]) == 0
    documents, tasks, observations = read(out, "documents"), read(out, "tasks"), read(out, "observations")
    assert list(documents.columns) == DOCUMENT_COLUMNS and documents.file.tolist() == [str(source)]
    assert documents[["genre", "published"]].values.tolist() == [["government_work_report", "2024-01-20"]]
    assert list(tasks.columns) == TASK_OUTPUT_COLUMNS
    assert tasks[["section", "title", "responsible"]].values.tolist() == [["二/(一)", "壮大创新主体", "区科技局"]]
    assert list(observations.columns) == OBSERVATION_COLUMNS
    assert observations[["measure", "period", "year"]].values.tolist() == [
        ["annual_flow", "", "2023"], ["rate", "", "2023"], ["ytd_flow", "2023-01/2023-05", "2023"],
        ["cumulative", "", "2023"],
    ]
    targets = read(out, "targets")
    assert targets.columns[0] == "file" and (targets.kind == "target").sum() == 1
    text = (out / "texts" / "report_2024.txt").read_text(encoding="utf-8")
    for row in observations.itertuples():
        assert text[int(row.char_start):int(row.char_end)] == row.quote


def test_html_metadata_box_feeds_the_card_and_gives_no_targets(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert cli([str(page), "--html", "--out", str(out)]) == 0
    card = read(out, "documents").iloc[0]
    assert (card.title, card.issuer, card.doc_number, card.signed) == (
        "某区科技创新三年行动计划(2021-2023年)", "某区人民政府", "某政发〔2021〕5号", "2021-03-02")
    assert read(out, "targets").value.tolist() == ["500.0"]
    assert "首页" not in (out / "texts" / "page.txt").read_text(encoding="utf-8")


def test_bad_and_empty_files_are_reported_and_the_others_written(tmp_path, capsys):
    good, empty, binary = tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "image.png"
    good.write_text(REPORT, encoding="utf-8")
    empty.write_bytes(b"")
    binary.write_bytes(b"\x89PNG\x00\x00")
    out = tmp_path / "out"
    assert cli([str(good), str(empty), str(binary), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{binary}: looks like a binary file" in err and f"note: {empty}: no text" in err
    assert read(out, "documents").file.tolist() == [str(good), str(empty)]


def test_a_page_date_resolves_this_year_where_the_text_prints_no_date(tmp_path, capsys):
    source = tmp_path / "news.txt"
    source.write_text("昨日召开全市科技工作会议。今年全市力争新增高新技术企业50家,去年新增42家。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli([str(source), "--date", "2008-03-08", "--out", str(out)]) == 0
    targets = read(out, "targets")
    assert targets[["value", "kind", "year"]].values.tolist() == [["50.0", "target", "2008"], ["42.0", "baseline", "2007"]]
    assert read(out, "documents").published.tolist() == [""]  # the card keeps only what the text prints
    assert cli([str(source), "--out", str(out)]) == 0
    assert read(out, "targets").year.tolist() != ["2008", "2007"]


def test_a_malformed_page_date_is_a_usage_error(tmp_path, capsys):
    source = tmp_path / "news.txt"
    source.write_text("今年新增50家。\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        cli([str(source), "--date", "2008-13-08", "--out", str(tmp_path / "out")])
    assert stop.value.code == 2
    assert "not a date (YYYY-MM-DD): '2008-13-08'" in capsys.readouterr().err
