"""Every verdict level on hand-made cases, and the city-target matching every metric shares."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import metrics
from test_metrics import (
    DOCUMENTS,
    GEOGRAPHIES,
    INDICATORS,
    NO_CITY_TARGETS,
    NO_OBSERVATIONS,
    POPULATION,
    city_targets,
    metric_row,
    observations,
    targets,
)

LEVEL = targets({"target_id": "alpha_plan-t001", "value": 500.0})  # ≥ 500 家 by the end of 2022
FLOW = targets({"target_id": "alpha_plan-t001", "quantity": "flow", "value": 50.0, "unit": "亿元"})


def verdict(rows: pd.DataFrame, *obs: dict, **options: bool) -> pd.Series:
    return metric_row(rows, observations(*obs), **options)


@pytest.mark.parametrize(("observed", "expected"), [(520.0, "met"), (480.0, "missed")])
def test_met_and_missed_need_a_comparable_observation_at_the_deadline(observed, expected):
    row = verdict(LEVEL, {"year": 2022, "value": observed})
    assert (row.verdict, row.evidence, row.evidence_grade) == (expected, "obs-001", "official")
    assert row.verdict_basis.startswith("The 2022 year-end stock")


def test_a_part_year_flow_beyond_the_target_is_met():
    row = verdict(FLOW, {"year": 2022, "measure": "ytd_flow", "period": "2022-01/2022-09", "value": 55.0, "unit": "亿元"})
    assert row.verdict == "met" and "2022-01/2022-09 flow" in row.verdict_basis


def test_a_part_year_flow_below_the_target_decides_nothing():
    row = verdict(FLOW, {"year": 2022, "measure": "ytd_flow", "period": "2022-01/2022-09", "value": 45.0, "unit": "亿元"})
    assert row.verdict == "unknown"


def test_likely_met_from_a_stock_already_above_the_target_before_the_deadline():
    row = verdict(LEVEL, {"year": 2021, "value": 510.0, "source_grade": "machine_translation"})
    assert row.verdict == "likely_met"
    assert "met unless it fell" in row.verdict_basis
    assert row.verdict_basis.endswith("rests on a machine translation source.")
    assert row.evidence_grade == "machine_translation"


def test_likely_missed_from_a_stock_after_the_deadline_still_below_the_target():
    row = verdict(LEVEL, {"year": 2023, "measure": "cumulative", "period": "2023-05", "value": 450.0})
    assert row.verdict == "likely_missed"
    assert "on 2023-05-31, after the deadline" in row.verdict_basis


def test_an_increment_larger_than_the_whole_stock_at_the_deadline_is_likely_missed():
    """5 new parks promised, but only 4 exist at the end of 2022: at most 4 can have been added."""
    rows = targets({"target_id": "alpha_plan-t001", "quantity": "increment", "value": 5.0})
    assert verdict(rows, {"year": 2022, "value": 4.0}).verdict == "likely_missed"
    assert "fewer than the 5 to be added" in verdict(rows, {"year": 2022, "value": 4.0}).verdict_basis
    assert verdict(rows, {"year": 2022, "value": 6.0}).verdict == "unknown"  # 6 exist: 5 may or may not be new


def test_a_stock_after_the_deadline_above_the_target_decides_nothing():
    row = verdict(LEVEL, {"year": 2023, "measure": "cumulative", "period": "2023-05", "value": 550.0})
    assert row.verdict == "unknown"


@pytest.mark.parametrize(("latest", "expected"), [(130.0, "on_track"), (105.0, "at_risk")])
def test_on_track_and_at_risk_from_the_pace_since_the_base_year(latest, expected):
    rows = targets({"target_id": "alpha_plan-t001", "value": 100 * 1.1**3})  # 10 % a year from 2019
    row = verdict(rows, {"year": 2019, "value": 100.0}, {"year": 2021, "value": latest})
    assert row.verdict == expected


def test_unknown_names_the_statistic_that_would_decide_it():
    row = verdict(FLOW)
    assert row.verdict == "unknown"
    assert row.verdict_basis == "Needs Alpha 国家高新技术企业, full-year total 2022."


def test_doubtful_evidence_is_left_out_unless_asked_for_and_then_said():
    doubtful = {"year": 2022, "value": 520.0, "flags": "doubtful"}
    assert verdict(LEVEL, doubtful).verdict == "unknown"
    row = verdict(LEVEL, doubtful, include_doubtful=True)
    assert row.verdict == "met" and row.verdict_basis.endswith("the evidence is flagged doubtful.")


def test_every_verdict_is_one_of_the_seven_levels():
    table = metrics.target_metrics(LEVEL, DOCUMENTS, NO_OBSERVATIONS, NO_CITY_TARGETS, INDICATORS, GEOGRAPHIES)
    assert set(table.verdict) <= set(metrics.VERDICTS)
    assert metrics.verdict_counts(table).to_dict() == dict.fromkeys(metrics.VERDICTS, 0) | {"unknown": 1}


# --- quoted goals and the one matching city target ------------------------------------------------


def test_a_goal_quoted_for_the_city_is_not_the_zone_s_target():
    """Issue 7 §1.2: the Hi-tech Zone plan quotes Tianjin's 2024 goals; they are the city's, not the zone's."""
    rows = targets({"target_id": "zone_plan-t001", "geo": "zone"}, {"target_id": "zone_plan-t002", "geo": "tianjin", "doc_id": "zone_plan"})
    inputs = metrics.target_inputs(rows, DOCUMENTS, INDICATORS)
    assert inputs.target_id.tolist() == ["zone_plan-t001"]
    assert metrics.quoted_goals(rows, DOCUMENTS).target_id.tolist() == ["zone_plan-t002"]
    table = metrics.target_metrics(rows, DOCUMENTS, NO_OBSERVATIONS, NO_CITY_TARGETS, INDICATORS, GEOGRAPHIES)
    assert table.target_id.tolist() == ["zone_plan-t001"]


PARKS = {"indicator": "university_science_parks", "quantity": "increment", "unit": "家"}
INDICATORS_WITH_PARKS = pd.concat(
    [INDICATORS, pd.DataFrame([{"indicator": "university_science_parks", "higher_is_better": True}])]
)


def test_a_district_target_answers_to_one_city_target_the_same_way_everywhere():
    """Issue 7 §1.5: Beichen's one new 市级以上 park is compared with the 5 new municipal parks only."""
    city = city_targets(
        {"indicator_text": "新建市级大学科技园", "value": 5.0} | PARKS,
        {"indicator_text": "获批国家级大学科技园", "value": 2.0} | PARKS,
    )
    rows = targets({"target_id": "alpha_plan-t001", "indicator_text": "市级以上大学科技园", "value": 1.0} | PARKS)
    match, reason = metrics.match_city_target(city, rows.iloc[0].to_dict())
    assert (match["city_target_id"], reason) == ("tianjin-c01", "")
    table = metrics.target_metrics(rows, DOCUMENTS, NO_OBSERVATIONS, city, INDICATORS_WITH_PARKS, GEOGRAPHIES)
    assert table.city_target_id.tolist() == ["tianjin-c01"]
    assert table.share_of_city_target[0] == pytest.approx(0.2)
    commitment = metrics.over_commitment(rows, DOCUMENTS, city, NO_OBSERVATIONS, GEOGRAPHIES)
    assert commitment.district_targets.tolist() == ["alpha_plan-t001", ""]


def test_equally_close_city_targets_match_none():
    city = city_targets({"indicator_text": "甲类园区", "value": 5.0} | PARKS, {"indicator_text": "乙类园区", "value": 2.0} | PARKS)
    rows = targets({"target_id": "alpha_plan-t001", "indicator_text": "园区", "value": 1.0} | PARKS)
    match, reason = metrics.match_city_target(city, rows.iloc[0].to_dict())
    assert match is None and reason == "several city targets match equally (tianjin-c01;tianjin-c02)"


# --- share of the city ------------------------------------------------------------------------


def test_relative_ambition_with_a_city_population_derived_from_a_published_share():
    """Share of the city target over share of the city's residents, both at the census date; the city's count
    comes from another district's count and its published share of the city."""
    census = {"measure": "cumulative", "period": "2020-11-01", "year": 2020}
    obs = observations(
        {"geo": "alpha", "value": 100.0} | POPULATION | census,
        {"geo": "beta", "value": 200.0} | POPULATION | census,
        {"geo": "beta", "indicator": "population_share", "indicator_text": "占全市人口比重", "measure": "rate",
         "period": "2020-11-01", "year": 2020, "value": 20.0, "unit": "%"},
    )  # fmt: skip
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 150.0}), obs, city_targets({"value": 1000.0}))
    assert row.share_of_city_target == pytest.approx(0.15)
    assert row.share_of_city_population == pytest.approx(100 / 1000)  # city = 200 / 20 %
    assert row.relative_ambition == pytest.approx(1.5)
    assert row.population_basis == "2020-11-01: alpha obs-001, city derived from obs-002/obs-003"


def test_the_city_plan_gets_its_own_verdict_and_the_districts_coverage():
    city = city_targets({"value": 1000.0})
    obs = observations({"geo": "tianjin", "year": 2019, "value": 800.0}, {"geo": "tianjin", "year": 2021, "value": 1010.0})
    table = metrics.city_target_metrics(LEVEL, DOCUMENTS, obs, city, INDICATORS, GEOGRAPHIES)
    row = table.iloc[0]
    assert (row.city_target_id, row.verdict, row.evidence) == ("tianjin-c01", "likely_met", "obs-002")
    assert (row.baseline_value, row.baseline_year) == (800.0, 2019)
    assert (row.districts, row.district_sum, row.sum_over_city) == ("alpha", 500.0, pytest.approx(0.5))
