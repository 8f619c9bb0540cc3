"""The evaluation: the match rule, one-to-one greedy matching, scores, the report and its CLI."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import paths
from analysis.evaluate import (
    FIELDS, Scores, card_table, cli, genre_robustness, match_by_span, match_rows, match_tasks, metrics_table,
    render_markdown, score_document, task_table, text_set_tables,
)
from analysis.extract import extract_targets


def frame(*rows: dict) -> pd.DataFrame:
    """Rows with defaults for every column the evaluation reads."""
    base = {"unit": "家", "value": 10.0, "value_start": 100, "value_end": 102, "char_start": 90, "char_end": 110,
            "kind": "target", "year": 2022, "comparator": ">=", "quantity": "level", "indicator": "enterprises"}
    return pd.DataFrame([{**base, **row} for row in rows]).astype({"year": "Int64"})


def test_same_value_unit_and_span_match():
    assert match_rows(frame({}), frame({})) == [(0, 0)]


@pytest.mark.parametrize(
    "change",
    [{"unit": "个"}, {"value": 11.0}, {"value_start": 200, "value_end": 202}],
)
def test_unit_value_or_place_differences_do_not_match(change):
    assert match_rows(frame(change), frame({})) == []


def test_values_are_compared_with_a_relative_tolerance():
    assert match_rows(frame({"value": 6.788 * (1 + 1e-7)}), frame({"value": 6.788})) == [(0, 0)]
    assert match_rows(frame({"value": 6.788 * (1 + 1e-4)}), frame({"value": 6.788})) == []


def test_a_predicted_value_inside_the_gold_quote_matches():
    assert match_rows(frame({"value_start": 95, "value_end": 97}), frame({})) == [(0, 0)]


def test_value_spans_overlapping_outside_the_quote_match():
    gold = frame({"char_start": 100, "char_end": 104, "value_start": 100, "value_end": 104})
    assert match_rows(frame({"value_start": 99, "value_end": 101}), gold) == [(0, 0)]


def test_matching_is_one_to_one_and_takes_the_closest_first():
    pred = frame({"value_start": 96, "value_end": 98}, {"value_start": 100, "value_end": 102})
    gold = frame({})
    assert match_rows(pred, gold) == [(1, 0)]


def test_scores_and_field_accuracy():
    pred = frame({}, {"value_start": 104, "value_end": 106, "kind": "baseline"}, {"value": 99.0})
    gold = frame({}, {"value_start": 104, "value_end": 106}, {"value": 50.0, "value_start": 300, "value_end": 302})
    scores, pairs = score_document(pred, gold)
    assert pairs == [(0, 0), (1, 1)]
    assert (scores.predicted, scores.gold, scores.matched) == (3, 3, 2)
    assert scores.precision == scores.recall == scores.f1 == pytest.approx(2 / 3)
    assert scores.accuracy("kind") == 0.5 and scores.accuracy("indicator") == 1.0


def test_missing_years_agree_only_with_missing_years():
    pred = frame({"year": None}, {"value_start": 104, "value_end": 106, "year": None})
    gold = frame({"year": None}, {"value_start": 104, "value_end": 106})
    assert score_document(pred, gold)[0].accuracy("year") == 0.5


def test_rates_are_undefined_when_there_is_nothing_to_count():
    empty = Scores(0, 0, 0, dict.fromkeys(FIELDS, 0))
    assert all(math.isnan(value) for value in (empty.precision, empty.recall, empty.f1, empty.accuracy("kind")))


def test_report_depends_only_on_its_inputs():
    table = metrics_table({"a_doc": Scores(3, 3, 2, dict.fromkeys(FIELDS, 2)), "b_doc": Scores(0, 0, 0, dict.fromkeys(FIELDS, 0))})
    assert table.doc_id.tolist() == ["a_doc", "b_doc", "overall"]
    first = render_markdown(table, "`gold.csv`").splitlines()
    assert first == render_markdown(table, "`gold.csv`").splitlines()
    assert not any(line.startswith("Run date") for line in first)
    assert "| `b_doc` | 0 | 0 | 0 | – | – | – |" in "\n".join(first)


def _gold_from_extractor(doc_id: str) -> pd.DataFrame:
    text = (paths.RAW / f"{doc_id}.txt").read_text(encoding="utf-8")
    return extract_targets(text).assign(doc_id=doc_id)


def test_cli_scores_a_document_against_a_gold_file(tmp_path):
    doc_id = "jinghai_2021_implementation_plan"
    gold = _gold_from_extractor(doc_id)
    gold.loc[0, "kind"] = "baseline"  # one field disagreement
    gold = gold.drop(index=len(gold) - 1)  # one extra prediction
    gold_path, report, csv = tmp_path / "gold.csv", tmp_path / "eval.md", tmp_path / "eval.csv"
    gold.to_csv(gold_path, index=False)
    errors = tmp_path / "errors.csv"
    args = ["--gold", str(gold_path), "--doc", doc_id, "--report", str(report), "--csv", str(csv), "--errors", str(errors)]
    assert cli(args) == 0
    table = pd.read_csv(csv)
    targets = table[(table["sample"] == "in_sample") & (table["table"] == "targets")]
    overall = targets.set_index("doc_id").loc["overall"]
    assert (overall.predicted, overall.gold, overall.matched) == (len(gold) + 1, len(gold), len(gold))
    assert overall.recall == 1.0 and overall.precision < 1.0
    assert overall.kind_accuracy == pytest.approx(1 - 1 / len(gold), abs=1e-4)
    assert "Run date" not in report.read_text(encoding="utf-8")
    assert sorted(pd.read_csv(errors).error) == ["extra", "field"]


def test_cli_rejects_a_gold_file_without_the_needed_columns(tmp_path, capsys):
    bad = tmp_path / "gold.csv"
    bad.write_text("doc_id,value\nx,1\n", encoding="utf-8")
    assert cli(["--gold", str(bad), "--report", str(tmp_path / "r.md"), "--csv", str(tmp_path / "r.csv")]) == 1
    assert "lack column" in capsys.readouterr().err
    assert not (tmp_path / "r.md").exists()


def test_card_fields_score_one_where_equal_and_fall_back_to_issued():
    gold = pd.DataFrame({"doc_id": ["a", "b"], "title": ["甲方案", "乙"], "plan_start": [2020, None],
                         "issued": [pd.Timestamp("2021-04-07"), pd.NaT]})
    cards = {"a": {"title": "甲方案", "plan_start": 2020, "signed": "", "published": "2021-04-07"},
             "b": {"title": "丙", "plan_start": None, "signed": "", "published": ""}}
    table = card_table(cards, gold, "doc_id").set_index("doc_id")
    assert table.loc["a"].tolist() == [1.0, 1.0, 1.0]
    assert table.loc["b"].tolist() == [0.0, 1.0, 1.0]  # both empty counts as equal
    assert table.loc["overall", "title"] == 0.5


def test_rates_are_rounded_once_where_they_are_printed():
    """0.98246 prints as 0.982: kept whole in the tables, rounded only in the report (not 0.9825 → 0.983)."""
    scores = {"d": Scores(100000, 100000, 98246, dict.fromkeys(FIELDS, 98246))}
    table = metrics_table(scores)
    assert table.precision.iloc[0] == 0.98246
    assert "| 0.982 |" in render_markdown(table, "gold.csv") and "0.983" not in render_markdown(table, "gold.csv")
    cards = {str(i): {"title": "甲" if i < 98246 else "乙"} for i in range(100000)}
    gold = pd.DataFrame({"doc_id": [str(i) for i in range(100000)], "title": ["甲"] * 100000})
    assert card_table(cards, gold, "doc_id").set_index("doc_id").loc["overall", "title"] == 0.98246


def test_tasks_match_by_span_overlap_and_score_lead_and_responsible():
    gold = pd.DataFrame({"doc_id": ["d", "d"], "char_start": [0, 100], "char_end": [100, 200],
                         "title": ["甲", "乙"], "lead": ["区科技局", ""], "responsible": ["", "区财政局"]})
    pred = pd.DataFrame({"char_start": [0, 150], "char_end": [98, 400], "title": ["甲", "乙"],
                         "lead": ["区科技局", ""], "responsible": ["", "区财政局"]})
    assert match_tasks(pred, gold.drop(columns="doc_id")) == [(0, 0, 0.98)]  # 150–400 overlaps 100–200 by 0.17 only
    row = task_table({"d": pred}, gold).set_index("doc_id").loc["overall"]
    assert (row.predicted, row.gold, row.matched, row.lead_accuracy) == (2, 2, 1, 1.0)


def test_held_out_numbers_match_by_span_whatever_their_unit():
    pred = pd.DataFrame({"value_start": [10, 30], "value_end": [12, 33]})
    gold = pd.DataFrame({"value_start": [11, 50], "value_end": [12, 52]})
    assert match_by_span(pred, gold) == [(0, 0)]


def write_one_text_set(folder, text: str, *, genre: str, published: str, kind: str, comparator: str,
                       quote: str) -> None:
    """An annotated text set in the held-out layout holding one text, x1, whose gold is its one
    figure, 50 家 of 高新技术企业 in 2023 (the card, where a test needs it, is written by the test)."""
    (folder / "texts").mkdir()
    (folder / "texts" / "x1.txt").write_text(text, encoding="utf-8")
    pd.DataFrame([{"text_id": "x1", "file": "texts/x1.txt", "title": "t", "source_url": "https://example.org",
                   "genre": genre, "geo_name": "某区", "published": published, "notes": ""}]).to_csv(
        folder / "manifest.csv", index=False)
    start = text.index("50")
    pd.DataFrame([{"text_id": "x1", "kind": kind, "indicator_text": "高新技术企业", "value": 50, "unit": "家",
                   "year": 2023, "comparator": comparator, "value_start": start, "value_end": start + 2,
                   "quote": quote, "note": ""}]).to_csv(folder / "gold_targets.csv", index=False)


def test_held_out_set_is_scored_from_its_manifest(tmp_path):
    """A hand-made held-out directory in the contract's layout."""
    text = "某区2023年科技工作要点\n全年新增高新技术企业50家。\n"
    write_one_text_set(tmp_path, text, genre="annual_work_plan", published="", kind="target", comparator=">=",
                       quote="全年新增高新技术企业50家")
    pd.DataFrame([{"text_id": "x1", "title": "某区2023年科技工作要点", "issuer": "", "doc_number": "", "signed": "",
                   "published": "", "plan_start": 2023, "plan_end": 2023, "genre": "annual_work_plan"}]).to_csv(
        tmp_path / "gold_documents.csv", index=False)
    targets, cards = text_set_tables(tmp_path)
    overall = targets.set_index("doc_id").loc["overall"]
    assert (overall.predicted, overall.gold, overall.matched, overall.year_accuracy) == (1, 1, 1, 1.0)
    assert cards.set_index("doc_id").loc["x1"].tolist() == [1.0] * 8


def test_genre_robustness_forces_every_genre(tmp_path):
    """A report read as a plan turns its uncued past figure into a target: the forced-genre table shows it."""
    text = "某区2023年科技工作总结\n发布时间: 2024-01-10 09:00\n全区新增高新技术企业50家。\n"
    write_one_text_set(tmp_path, text, genre="news_on_results", published="2024-01-10", kind="baseline",
                       comparator="=", quote="全区新增高新技术企业50家")
    table = genre_robustness(tmp_path).set_index("genre")
    assert table.loc["news_on_results", "kind_accuracy"] == 1.0 and table.loc["plan", "kind_accuracy"] == 0.0
    assert table.loc["mean", "matched"] == 9 and 0 < table.loc["mean", "kind_accuracy"] < 1
