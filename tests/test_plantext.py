"""Plan text: instrument codes justified by the raw text, agencies parsed and normalised, and
every text-reuse passage exactly the raw text at its offsets."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import paths
from analysis.load import load_tables
from analysis.plantext import agencies, build, instruments, report, reuse
from analysis.text import normalise


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return load_tables()


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return build.raw_texts()


# --- instruments -------------------------------------------------------------------------------


def test_every_leaf_task_has_a_reviewed_code(tables):
    codes, leaves = tables["task_instruments"], instruments.leaf_tasks(tables["tasks"])
    assert set(codes[codes.reviewed_code].task_id) == set(leaves.task_id)
    assert set(codes.task_id) <= set(leaves.task_id)
    assert codes.reviewed.all()


def test_every_code_is_justified_by_its_task_text(tables, texts):
    spans = tables["tasks"].set_index("task_id")
    for row in tables["task_instruments"].itertuples():
        raw, task = texts[row.doc_id], spans.loc[row.task_id]
        assert raw[row.evidence_start : row.evidence_end] == row.evidence, row.code_id
        assert task.char_start <= row.evidence_start < row.evidence_end <= task.char_end, row.code_id
        assert row.code_id == f"{row.task_id}-{row.subtype}"
        assert instruments.SUBTYPES[row.subtype].instrument == row.instrument
        task_text = instruments.coding_text(raw, task.char_start, task.char_end)
        if row.rule_code:  # the cues the rules saw are in the task text, and are cues of the sub-type
            cues = row.cues.split(";")
            assert set(cues) <= set(instruments.SUBTYPES[row.subtype].cues), row.code_id
            assert all(cue in task_text for cue in cues), row.code_id
        else:  # a reviewer's code quotes its words from the evidence sentence
            assert row.cues in row.evidence, row.code_id
        if not row.reviewed_code:
            assert row.note, f"{row.code_id}: a code the review dropped says why"


def test_rule_codes_are_what_the_rules_give_today(tables, texts):
    drafted = instruments.rule_rows(tables["tasks"], texts)
    codes = tables["task_instruments"]
    assert set(drafted.code_id) == set(codes[codes.rule_code].code_id)
    merged = codes[codes.rule_code].merge(drafted, on="code_id", suffixes=("", "_rule"))
    assert (merged.cues == merged.cues_rule).all()


def test_rules_code_headings_once_and_bodies_twice_and_ignore_responsible_units():
    assert set(instruments.rule_codes("1.加强金融支撑。设立基金。")) == {"finance"}
    assert instruments.rule_codes("1.加强支撑。设立基金。") == {}
    assert set(instruments.rule_codes("1.加强支撑。设立基金,扩大融资。")) == {"finance"}
    masked = instruments.coding_text("1.加强支撑。(牵头部门:财政金融局;责任部门:金融招商局)", 0, 36)
    assert "finance" not in instruments.rule_codes(masked)


def test_codebook_is_documented_with_every_cue():
    readme = (paths.DATA / "README.md").read_text(encoding="utf-8")
    for sub in instruments.CODEBOOK:
        assert f"`{sub.code}`" in readme and sub.name_zh in readme, sub.code
        assert all(cue in readme for cue in sub.cues), sub.code


def test_review_agreement_adds_up(tables):
    summary = report.review_agreement(tables["task_instruments"])
    codes = tables["task_instruments"]
    assert summary["rule_codes"] == codes.rule_code.sum()
    assert summary["reviewed_codes"] == codes.reviewed_code.sum()
    assert summary["kept"] + summary["dropped"] + summary["added"] == len(codes)
    assert 0 <= summary["share_tasks_changed"] <= 1


def test_instrument_shares_sum_to_one_and_targets_reach_their_tasks(tables):
    shares = report.instrument_shares(tables["task_instruments"])
    assert shares.sum(axis=1).round(9).eq(1).all()
    linked = report.target_instruments(tables["targets"], tables["tasks"], tables["task_instruments"], tables["documents"])
    assert linked.target_id.nunique() == 134  # the distinct own targets, as in data/processed/target_metrics.csv
    under_task = linked[linked.task_id != ""]
    assert (under_task.subtype != "").all()  # every leaf task has a code
    tasks = tables["tasks"].set_index("task_id")
    for row in under_task.drop_duplicates("target_id").itertuples():
        assert row.target_id in tasks.target_ids[row.task_id].split(";")


def test_instrument_mix_of_a_geography(tables):
    mix = report.instrument_mix("nankai", tables["task_instruments"], tables["documents"])
    assert mix.share.sum() == pytest.approx(1)
    assert report.instrument_mix("dongli", tables["task_instruments"], tables["documents"]).empty


# --- agencies ----------------------------------------------------------------------------------


def test_attributions_read_lead_shared_and_bare_lists():
    raw = "任务。(牵头部门:经发局;责任部门:财政金融局、科技创新局等)做好服务(区科技局、区人社局负责)。(天津)(区工信局)"
    found = agencies.attributions(raw, 0, len(raw), known={"区工信局"})
    assert [(m.spelling, m.lead) for m in found] == [
        ("经发局", True), ("财政金融局", False), ("科技创新局", False), ("区科技局", False), ("区人社局", False), ("区工信局", False),
    ]
    assert all(raw[m.start : m.end] == m.spelling for m in found)


def test_parsed_agencies_agree_with_the_curated_task_units(tables, texts):
    links = agencies.task_agencies(tables["tasks"], tables["documents"], tables["agency_spellings"], texts)
    mapping = agencies.spelling_map(tables["agency_spellings"])
    geo_of = tables["documents"].set_index("doc_id").geo
    for task in instruments.leaf_tasks(tables["tasks"]).itertuples():
        curated = {mapping[(geo_of[task.doc_id], s)] for s in f"{task.lead};{task.responsible}".split(";") if s}
        assert set(links[links.task_id == task.task_id].agency) == curated, task.task_id
    for row in links.itertuples():  # every mention's offsets hold a spelling of its agency
        for span in row.offsets.split(";"):
            start, end = map(int, span.split("-"))
            assert mapping[(row.geo, texts[row.doc_id][start:end])] == row.agency


def test_unknown_spelling_is_named_with_its_task(tables, texts):
    spellings = tables["agency_spellings"]
    fewer = spellings[spellings.spelling_id != "nankai:科创公司"]
    with pytest.raises(ValueError, match=r"nankai_2020_implementation_plan-k06: '科创公司'"):
        agencies.task_agencies(tables["tasks"], tables["documents"], fewer, texts)


def test_network_edges_count_shared_tasks(tables, texts):
    links = agencies.task_agencies(tables["tasks"], tables["documents"], tables["agency_spellings"], texts)
    edges = agencies.co_responsibility(links)
    assert (edges.agency_a < edges.agency_b).all()
    sizes = links.groupby("task_id").size()
    assert edges.tasks.sum() == int((sizes * (sizes - 1) // 2).sum())
    counts = agencies.agency_counts(links)
    assert counts.tasks.sum() == len(links)


# --- text reuse --------------------------------------------------------------------------------


def test_every_reuse_row_is_the_raw_text_at_its_offsets(tables, texts):
    city = reuse.city_quotes(tables["city_targets"])
    frame = tables["text_reuse"]
    assert len(frame) > 0
    for row in frame.itertuples():
        raw_b = texts.get(row.doc_b, city.get(row.doc_b))
        assert raw_b is not None, row.reuse_id
        assert texts[row.doc_a][row.start_a : row.end_a] == row.passage_a, row.reuse_id
        assert raw_b[row.start_b : row.end_b] == row.passage_b, row.reuse_id
        form_a, form_b = reuse.comparable(row.passage_a).form, reuse.comparable(row.passage_b).form
        assert form_a == form_b and len(form_a) == row.length >= reuse.MIN_LENGTH, row.reuse_id


def test_reuse_file_is_regenerated_byte_identically():
    on_disk = (paths.DATA / "processed" / "text_reuse.csv").read_text(encoding="utf-8")
    assert build.reuse_table().to_csv(index=False, lineterminator="\n") == on_disk


def test_maximal_matches_reports_each_match_once():
    assert reuse.maximal_matches("xxabcdefyy", "zabcdefw", 3) == [(2, 1, 6)]
    assert reuse.maximal_matches("abcab", "ab", 2) == [(0, 0, 2), (3, 0, 2)]
    assert reuse.maximal_matches("abc", "xyz", 1) == []
    with pytest.raises(ValueError):
        reuse.maximal_matches("a", "a", 0)


def test_passages_match_across_scripts_and_punctuation():
    traditional = "一、培育高新技術企業，構建遴選、入庫、培育、認定“四個一批”工作機制。"
    simplified = "前言 构建遴选入库培育认定四个一批工作机制;其他"
    rows = reuse.shared_passages("a", traditional, "b", simplified, min_length=10)
    assert len(rows) == 1
    row = rows[0]
    assert row["passage_a"] == "構建遴選、入庫、培育、認定“四個一批”工作機制"
    assert row["passage_b"] == "构建遴选入库培育认定四个一批工作机制"
    assert traditional[row["start_a"] : row["end_a"]] == row["passage_a"]
    assert normalise(row["passage_a"]).count("、") == 3 and row["length"] == 18


def test_coverage_shares_are_shares(tables, texts):
    coverage = report.task_coverage(tables["text_reuse"], tables["tasks"], texts)
    assert coverage.share.between(0, 1).all()
    per_doc = coverage.pivot(index="doc_id", columns="source", values="share")
    others = per_doc.drop(columns=["any", "city"])
    assert (per_doc["any"] >= others.max(axis=1) - 1e-12).all()
    assert (per_doc["any"] <= others.sum(axis=1) + 1e-12).all()


def test_most_copied_passages_belong_to_the_geography(tables):
    top = report.most_copied("nankai", tables["text_reuse"], tables["tasks"], tables["documents"], n=3)
    assert len(top) == 3 and set(top.doc_id) == {"nankai_2020_implementation_plan"}
    assert top.length.is_monotonic_decreasing


def test_check_command_detects_a_stale_file(data_copy, capsys):
    assert build.cli(["--data-dir", str(data_copy), "--check"]) == 0
    (data_copy / "processed" / "text_reuse.csv").write_text("reuse_id\n", encoding="utf-8")
    assert build.cli(["--data-dir", str(data_copy), "--check"]) == 1
    assert "out of date" in capsys.readouterr().out
