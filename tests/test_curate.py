"""Accepting reviewed rows: ids continue per document, tasks link to targets, bad rows write nothing."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.curate import assign_ids, curate, link_tasks
from analysis.load import DataValidationError, load_tables


def test_assign_ids_continues_after_each_documents_highest_id():
    frame = pd.DataFrame(
        {"target_id": ["a-t002", "", "", "b-t001", ""], "doc_id": ["a", "a", "a", "b", "c"]}
    )
    assert assign_ids(frame, "target_id", "t", 3).target_id.tolist() == [
        "a-t002", "a-t003", "a-t004", "b-t001", "c-t001"
    ]


def test_link_tasks_uses_quote_starts_inside_the_span_of_the_same_document():
    tasks = pd.DataFrame({"doc_id": ["a", "a"], "char_start": [0, 10], "char_end": [10, 20]})
    targets = pd.DataFrame(
        {"target_id": ["a-t001", "a-t002", "b-t001"], "doc_id": ["a", "a", "b"], "char_start": [9, 10, 5]}
    )
    assert link_tasks(tasks, targets).target_ids.tolist() == ["a-t001", "a-t002"]


def _reviewed_row(data_dir, **changes) -> pd.DataFrame:
    """A new reviewed row copied from the first curated target, without its id."""
    targets = pd.read_csv(data_dir / "curated/targets.csv", dtype=str, keep_default_na=False)
    row = targets.iloc[[0]].drop(columns="target_id").assign(**changes)
    return row


def test_curate_appends_validates_and_relinks(data_copy, tmp_path):
    before = load_tables(["targets", "tasks"], data_copy)
    first = before["targets"].iloc[0]
    reviewed = tmp_path / "reviewed.csv"
    _reviewed_row(data_copy, note="reviewed duplicate for the test").to_csv(reviewed, index=False)
    curate([reviewed], [], data_copy)
    after = load_tables(["targets", "tasks"], data_copy)
    assert len(after["targets"]) == len(before["targets"]) + 1
    new_ids = set(after["targets"].target_id) - set(before["targets"].target_id)
    (new_id,) = new_ids
    assert new_id.startswith(first.doc_id + "-t")
    assert after["tasks"].target_ids.str.contains(new_id).sum() == before["tasks"].target_ids.str.contains(first.target_id).sum()


def test_curate_writes_nothing_when_a_reviewed_row_is_wrong(data_copy, tmp_path):
    original = (data_copy / "curated/targets.csv").read_bytes()
    reviewed = tmp_path / "reviewed.csv"
    row = _reviewed_row(data_copy)
    row = row.assign(char_start=str(int(row.char_start.iloc[0]) + 1))
    row.to_csv(reviewed, index=False)
    with pytest.raises(DataValidationError, match="does not match the raw text"):
        curate([reviewed], [], data_copy)
    assert (data_copy / "curated/targets.csv").read_bytes() == original


NEW_PLAN = (
    "某区2025年科技创新工作方案\n发布日期: 2025-03-01\n一、工作目标\n全年新增国家高新技术企业30家。\n"
    "二、重点任务\n(一)培育企业\n引进科技型企业10家(区科技局负责)。\n三、工作基础\n2024年全区技术合同成交额达到12亿元。\n"
)


def test_ingest_then_curate_accepts_all_four_tables(data_copy, tmp_path, capsys):
    """The whole loop on one file: ingest writes candidates, a reviewer adds what text cannot
    give (geo, the observation's source), curate accepts the four tables and copies the text."""
    from analysis.extract.ingest import cli as ingest

    source = tmp_path / "district_2025_plan.txt"
    source.write_text(NEW_PLAN, encoding="utf-8")
    out = tmp_path / "candidates"
    assert ingest([str(source), "--geo", "nankai", "--out", str(out)]) == 0
    reviewed = {name: pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
                for name in ("documents", "targets", "tasks", "observations")}
    assert reviewed["documents"][["genre", "issuer"]].values.tolist() == [["annual_work_plan", ""]]  # not printed
    reviewed["documents"] = reviewed["documents"].assign(issuer="某区科技局")
    assert len(reviewed["observations"]) == 1 and len(reviewed["tasks"]) == 1
    reviewed["observations"] = reviewed["observations"].assign(
        source_title="某区2025年科技创新工作方案", source_url="https://example.org/plan",
        published="2025-03", source_grade="official", flags="")
    paths_ = {}
    for name, frame in reviewed.items():
        paths_[name] = tmp_path / f"reviewed_{name}.csv"
        frame.to_csv(paths_[name], index=False)
    before = load_tables(["documents", "targets", "tasks", "observations"], data_copy)
    curate([paths_["targets"]], [paths_["tasks"]], data_copy, [paths_["documents"]], [paths_["observations"]])
    after = load_tables(["documents", "targets", "tasks", "observations"], data_copy)
    assert "district_2025_plan" in set(after["documents"].doc_id)
    assert (data_copy / "raw" / "district_2025_plan.txt").read_text(encoding="utf-8") == NEW_PLAN
    assert len(after["targets"]) == len(before["targets"]) + len(reviewed["targets"])
    assert len(after["tasks"]) == len(before["tasks"]) + 1
    assert after["observations"].obs_id.iloc[-1] == f"obs-{len(before['observations']) + 1:03d}"


def test_an_observation_without_its_source_writes_nothing(data_copy, tmp_path):
    row = pd.DataFrame([{"geo": "nankai", "indicator": "high_tech_enterprises", "indicator_text": "高企",
                         "year": "2024", "measure": "year_end_stock", "period": "", "value": "5", "unit": "家",
                         "quote": "高企5家", "source_title": "x", "source_url": "", "published": "2024",
                         "source_grade": "official", "flags": "", "note": ""}])
    path = tmp_path / "obs.csv"
    row.to_csv(path, index=False)
    original = (data_copy / "external/observations.csv").read_bytes()
    with pytest.raises(DataValidationError):
        curate([], [], data_copy, (), [path])
    assert (data_copy / "external/observations.csv").read_bytes() == original


def test_curate_accepts_a_work_report_and_news_as_documents(data_copy, tmp_path, capsys):
    """Reports and news are documents too: their card genres map onto curated document types."""
    from analysis.extract.ingest import cli as ingest

    report = tmp_path / "district_2024_report.txt"
    report.write_text("2024年某区政府工作报告\n发布日期: 2024-01-20\n全年技术合同成交额18亿元,同比增长12%。\n",
                      encoding="utf-8")
    out = tmp_path / "candidates"
    assert ingest([str(report), "--geo", "nankai", "--out", str(out)]) == 0
    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False).assign(issuer="某区人民政府")
    assert documents.genre.tolist() == ["government_work_report"]
    documents.to_csv(tmp_path / "reviewed_documents.csv", index=False)
    curate([], [], data_copy, [tmp_path / "reviewed_documents.csv"])
    after = load_tables(["documents"], data_copy)["documents"].set_index("doc_id")
    assert after.loc["district_2024_report", "doc_type"] == "government_work_report"
