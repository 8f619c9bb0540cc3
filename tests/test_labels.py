"""The label catalogue: both languages for every key, clear errors, and the keys reports need."""

from __future__ import annotations

import re

import pytest

import analysis

from analysis import labels, plotting
from analysis.metrics import GRADES

VERDICTS = ("met", "likely_met", "on_track", "at_risk", "likely_missed", "missed", "unknown")
#: The target_metrics columns of the data contract (docs: /work/wt/_briefs/contracts.md, issue 7).
METRIC_COLUMNS = """target_id doc_id geo indicator indicator_text quantity comparator target_value unit
target_year baseline_value baseline_year baseline_source multiple required_cagr gap_pp ambition_reason clock
months_available months_since_city_plan required_per_year time_reason city_target_id pace_escalation_pp
escalation_pp commitment_ratio share_of_city_target share_of_city_population relative_ambition city_reason
value_per_10k peer_rank peer_n peer_reason progress_ratio progress_category verdict verdict_basis evidence
evidence_grade evidence_flags""".split()


def test_label_in_both_languages():
    assert labels.label("year", "zh") == "年份"
    assert labels.label("year", "en") == "Year"
    assert labels.label("verdict.at_risk", "zh") == "有风险"
    assert labels.category_label("verdict", "likely_missed", "en") == "likely missed"


def test_every_entry_has_both_languages_and_chinese_is_chinese():
    for key, (zh, en) in labels._CATALOGUE.items():
        assert zh and en, key
        assert not re.search(r"[\u4e00-\u9fff]", en), f"{key}: Chinese in the English label"


def test_unknown_key_or_language_is_a_clear_error():
    with pytest.raises(KeyError, match="no label 'nonsense'"):
        labels.label("nonsense", "en")
    with pytest.raises(ValueError, match="lang must be one of"):
        labels.label("year", "fr")


def test_fields_are_filled_and_a_missing_field_is_named():
    assert labels.label("fig.tasks_per_unit", "en", name="Nankai") == "Nankai: tasks per responsible unit"
    with pytest.raises(KeyError, match="needs the field 'name'"):
        labels.label("fig.tasks_per_unit", "zh")


def test_catalogue_covers_the_contract_columns_and_categories():
    needed = [*METRIC_COLUMNS, *(f"verdict.{v}" for v in VERDICTS), *(f"grade.{g}" for g in GRADES)]
    needed += [f"comparator.{c}" for c in (">=", ">", "=")]
    needed += [f"quantity.{q}" for q in ("level", "flow", "increment", "share", "growth_rate")]
    assert [key for key in needed if not labels.has_label(key)] == []


def test_every_category_value_in_the_data_has_words():
    data = analysis.load_tables()
    observations = analysis.load_observations()
    values = {
        "quantity": set(data["targets"].quantity),
        "comparator": set(data["targets"].comparator),
        "kind": set(data["targets"].kind),
        "unit": set(data["targets"].unit) | set(observations.unit) | set(data["indicators"].unit),
        "doc_type": set(data["documents"].doc_type),
        "measure": set(observations.measure),
        "grade": set(observations.source_grade),
        "flag": {flag for flags in observations["flags"] for flag in flags.split(";") if flag},
    }
    missing = [f"{cat}.{v}" for cat, found in values.items() for v in sorted(found) if v and not labels.has_label(f"{cat}.{v}")]
    assert missing == []


def test_plotting_reexports_the_catalogue_lookup():
    assert plotting.label is labels.label


def test_reasons_with_a_variable_part_have_words_in_both_languages():
    reason = "no baseline: no same-document baseline and no year_end_stock observation for beichen before 2021"
    assert labels.reason_label(reason, "zh") == "无基期值：文件未写明，2021 年前也无年末数观测值"
    assert labels.reason_label(reason, "en") == "no baseline: none in the document and no year-end stock before 2021"
    assert labels.reason_label("incomplete annual flows: missing 2020, 2021", "zh") == "各年流量不全：缺 2020, 2021 年"
    assert labels.reason_label("a reason nobody wrote words for", "zh") is None
