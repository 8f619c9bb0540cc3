"""Metrics on small hand-computed frames (independent of the curated data)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from analysis import metrics

GEOGRAPHIES = pd.DataFrame(
    {
        "geo": ["tianjin", "alpha", "beta", "zone"],
        "name_zh": ["天津市", "甲区", "乙区", "园区"],
        "name_en": ["Tianjin", "Alpha", "Beta", "Zone"],
        "level": ["city", "district", "district", "functional_zone"],
        "parent": ["", "tianjin", "tianjin", "alpha"],
    }
)

INDICATORS = pd.DataFrame(
    {
        "indicator": ["high_tech_enterprises", "rd_intensity", "enterprises", "energy_use", "population"],
        "name_zh": ["高企", "研发强度", "企业", "能耗", "人口"],
        "name_en": ["HTE", "R&D intensity", "Enterprises", "Energy use", "Population"],
        "unit": ["家", "%", "家", "吨", "万人"],
        "higher_is_better": [True, True, True, False, True],
    }
)


#: Column values shared by several tests' rows.
SHARE = {"indicator": "rd_intensity", "indicator_text": "研发强度", "quantity": "share", "unit": "%"}
RATE = {"indicator": "rd_intensity", "indicator_text": "研发强度", "measure": "rate", "unit": "%"}
ENERGY = {"indicator": "energy_use", "indicator_text": "能耗", "unit": "吨"}
POPULATION = {"indicator": "population", "indicator_text": "常住人口", "unit": "万人"}
ENTERPRISES = {"geo": "beta", "indicator": "enterprises"}
BASELINE = {"geo": "beta", "kind": "baseline", "year": 2020, "comparator": "="}


def documents(published: dict[str, str] | None = None, **signed: str | None) -> pd.DataFrame:
    """One 2020–2022 plan per geography, signed on the given dates (``None``: no date), published on none
    unless ``published`` gives a date."""
    published = published or {}
    rows = [
        {"doc_id": f"{geo}_plan", "geo": geo, "title": f"{geo} plan", "signed": pd.Timestamp(day) if day else pd.NaT,
         "published": pd.Timestamp(published[geo]) if geo in published else pd.NaT,
         "plan_start": 2020, "plan_end": 2022, "doc_type": "implementation_plan"}
        for geo, day in signed.items()
    ]  # fmt: skip
    frame = pd.DataFrame(rows)
    return frame.astype({"plan_start": "Int64", "plan_end": "Int64", "signed": "datetime64[ns]", "published": "datetime64[ns]"})


DOCUMENTS = documents(alpha="2021-09-08", beta="2020-12-28", zone="2021-01-01", tianjin="2020-11-21")


def targets(*rows: dict) -> pd.DataFrame:
    """Targets with defaults: alpha's level target for national high-tech enterprises in 2022."""
    defaults = {
        "geo": "alpha", "kind": "target", "indicator": "high_tech_enterprises", "indicator_text": "国家高新技术企业",
        "quantity": "level", "comparator": ">=", "modality": "", "value": 500.0, "unit": "家", "value_text": "500",
        "year": 2022, "responsible": "", "section": "一", "quote": "…", "char_start": 0, "char_end": 1, "note": "",
    }  # fmt: skip
    records = [defaults | {"doc_id": f"{row.get('geo', 'alpha')}_plan"} | row for row in rows]
    return pd.DataFrame(records).astype({"year": "Int64", "value": float})


def observations(*rows: dict) -> pd.DataFrame:
    """Observations with defaults: alpha's year-end stock of national high-tech enterprises, official."""
    defaults = {
        "geo": "alpha", "indicator": "high_tech_enterprises", "indicator_text": "国家高新技术企业",
        "measure": "year_end_stock", "period": "", "unit": "家", "quote": "…", "source_title": "统计公报",
        "source_url": "https://example.org", "published": "", "source_grade": "official", "flags": "", "note": "",
    }  # fmt: skip
    columns = ["obs_id", "geo", "indicator", "indicator_text", "year", "measure", "value", *defaults]
    records = [defaults | {"obs_id": f"obs-{n:03d}"} | row for n, row in enumerate(rows, start=1)]
    frame = pd.DataFrame(records, columns=list(dict.fromkeys(columns)))
    return frame.astype({"year": "Int64", "value": float})


def city_targets(*rows: dict) -> pd.DataFrame:
    """City targets with defaults: Tianjin's 2022 level target of 1000 national high-tech enterprises."""
    defaults = {
        "geo": "tianjin", "indicator": "high_tech_enterprises", "indicator_text": "国家高新技术企业",
        "quantity": "level", "comparator": ">=", "modality": "", "value": 1000.0, "unit": "家", "year": 2022,
        "published": "2020-11-21",
    }  # fmt: skip
    records = [defaults | {"city_target_id": f"tianjin-c{n:02d}"} | row for n, row in enumerate(rows, start=1)]
    columns = ["city_target_id", *defaults]
    return pd.DataFrame(records, columns=columns).astype({"year": "Int64", "value": float})


NO_CITY_TARGETS = city_targets()
NO_OBSERVATIONS = observations()


def metric_row(
    target_rows: pd.DataFrame,
    obs: pd.DataFrame = NO_OBSERVATIONS,
    city: pd.DataFrame = NO_CITY_TARGETS,
    **options: bool,
) -> pd.Series:
    """The full metric row of the first target."""
    table = metrics.target_metrics(target_rows, DOCUMENTS, obs, city, INDICATORS, GEOGRAPHIES, **options)
    return table.iloc[0]


# --- scalar helpers --------------------------------------------------------------------------


def test_cagr_is_hand_computed_and_undefined_for_non_positive_values():
    assert metrics.cagr(100, 121, 2) == pytest.approx(0.1)
    assert math.isnan(metrics.cagr(0, 121, 2))
    assert math.isnan(metrics.cagr(100, 121, 0))


@pytest.mark.parametrize(
    ("ratio", "achieved", "category"),
    [
        (0.2, True, "target achieved"),
        (0.95, False, "on track"),
        (0.9499, False, "acceleration needed"),
        (0.6, False, "acceleration needed"),
        (0.0, False, "limited progress"),
        (-0.01, False, "deterioration"),
        (float("nan"), False, ""),
    ],
)
def test_progress_categories_follow_open_sdg_thresholds(ratio, achieved, category):
    assert metrics.progress_category(ratio, achieved) == category


def test_direction_and_strict_comparator():
    assert metrics.direction(">=", True) == 1
    assert metrics.direction(">=", False) == -1
    assert metrics.direction("<=", True) == -1
    assert metrics.meets(530, 530, ">=", 1) and not metrics.meets(530, 530, ">", 1)
    assert metrics.meets(75, 80, ">=", -1) and not metrics.meets(85, 80, ">=", -1)


# --- ambition against the own baseline -------------------------------------------------------


def test_level_ambition_uses_latest_pre_plan_observation_of_best_grade():
    obs = observations(
        {"year": 2018, "value": 150.0},
        {"year": 2019, "value": 210.0, "source_grade": "news"},
        {"year": 2019, "value": 200.0},  # obs-003: official, preferred over news
        {"year": 2020, "value": 260.0},  # inside the plan period: not a baseline
    )
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 800.0, "year": 2021}), obs)
    assert (row.baseline_value, row.baseline_year, row.baseline_source) == (200.0, 2019, "obs-003")
    assert (row.baseline_origin, row.baseline_grade, row.baseline_reason) == ("observation", "official", "")
    assert row.years == 2
    assert row.multiple == pytest.approx(4.0)
    assert row.required_cagr == pytest.approx(1.0)
    assert row.required_annual_change == pytest.approx(300.0)
    assert not row.baseline_meets_target


def test_same_document_baseline_is_preferred_over_observations():
    rows = targets(
        {"target_id": "beta_plan-t001", "indicator_text": "国家级高新技术企业", "value": 321.0} | BASELINE,
        {"target_id": "beta_plan-t002", "geo": "beta", "value": 500.0, "year": 2023},
    )
    obs = observations({"geo": "beta", "year": 2019, "value": 300.0})
    table = metrics.target_metrics(rows, DOCUMENTS, obs, NO_CITY_TARGETS, INDICATORS, GEOGRAPHIES)
    assert table.target_id.tolist() == ["beta_plan-t002"]  # baselines are inputs, not rows
    row = table.iloc[0]
    assert (row.baseline_source, row.baseline_origin, row.baseline_year) == ("beta_plan-t001", "document", 2020)
    assert row.required_cagr == pytest.approx((500 / 321) ** (1 / 3) - 1)


def test_baseline_already_above_target():
    obs = observations({"year": 2019, "value": 600.0})
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 500.0}), obs)
    assert row.baseline_meets_target
    assert row.multiple == pytest.approx(500 / 600)
    assert row.required_cagr == pytest.approx((500 / 600) ** (1 / 3) - 1)
    assert row.required_cagr < 0
    assert row.progress_category == "target achieved"


def test_zero_baseline_gives_no_multiple_but_keeps_the_required_increment():
    obs = observations({"year": 2019, "value": 0.0})
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 30.0}), obs)
    assert math.isnan(row.multiple) and math.isnan(row.required_cagr)
    assert "not positive" in row.ambition_reason
    assert row.required_annual_change == pytest.approx(10.0)


def test_missing_baseline_is_nan_with_reason():
    row = metric_row(targets({"target_id": "alpha_plan-t001"}))
    assert math.isnan(row.baseline_value) and pd.isna(row.baseline_year)
    assert row.baseline_reason.startswith("no baseline")
    assert math.isnan(row.multiple) and row.ambition_reason == "no baseline"
    assert pd.isna(row.baseline_meets_target)


def test_doubtful_observations_only_when_asked_and_marked():
    obs = observations({"year": 2019, "value": 250.0, "flags": "doubtful;approximate"})
    rows = targets({"target_id": "alpha_plan-t001"})
    assert math.isnan(metric_row(rows, obs).baseline_value)
    asked = metric_row(rows, obs, include_doubtful=True)
    assert asked.baseline_value == 250.0
    assert "doubtful" in asked.baseline_flags.split(";")


def test_mixed_measures_and_units_are_never_compared():
    obs = observations(
        {"year": 2019, "value": 300.0, "measure": "ytd_flow"},
        {"year": 2019, "value": 310.0, "measure": "cumulative"},
        {"year": 2019, "value": 320.0, "measure": "annual_flow"},
        {"year": 2019, "value": 330.0, "unit": "个"},
        {"year": 2022, "value": 600.0, "measure": "ytd_flow"},
        {"year": 2019, "value": 2.5} | RATE | {"measure": "year_end_stock"},
    )
    rows = targets(
        {"target_id": "alpha_plan-t001"},
        {"target_id": "alpha_plan-t002", "value": 3.2} | SHARE,
    )
    table = metrics.target_metrics(rows, DOCUMENTS, obs, NO_CITY_TARGETS, INDICATORS, GEOGRAPHIES)
    assert table.baseline_value.isna().all()
    assert "no year_end_stock observation" in table.baseline_reason.iloc[0]
    assert "no rate observation" in table.baseline_reason.iloc[1]
    assert table.outcome_status.tolist() == ["unknown", "unknown"]  # the 2022 ytd_flow is not an outcome


def test_umbrella_indicator_compares_only_identical_statistics():
    rows = targets(
        {"target_id": "beta_plan-t001", "indicator_text": "规上企业", "value": 88.0} | ENTERPRISES | BASELINE | {"year": 2019},
        {"target_id": "beta_plan-t002", "indicator_text": "专精特新企业", "value": 15.0} | ENTERPRISES | BASELINE,
        {"target_id": "beta_plan-t003", "indicator_text": "专精特新企业", "value": 30.0} | ENTERPRISES,
        {"target_id": "beta_plan-t004", "indicator_text": "雏鹰企业", "value": 40.0} | ENTERPRISES,
    )
    table = metrics.target_metrics(rows, DOCUMENTS, NO_OBSERVATIONS, NO_CITY_TARGETS, INDICATORS, GEOGRAPHIES)
    same, other = table.iloc[0], table.iloc[1]
    assert (same.baseline_source, same.multiple) == ("beta_plan-t002", 2.0)
    assert math.isnan(other.baseline_value)


def test_several_same_document_baselines_are_ambiguous():
    rows = targets(
        {"target_id": "beta_plan-t001", "indicator_text": "国家级高企", "value": 300.0} | BASELINE,
        {"target_id": "beta_plan-t002", "indicator_text": "高企", "value": 320.0} | BASELINE,
        {"target_id": "beta_plan-t003", "geo": "beta", "indicator_text": "高新技术企业", "value": 500.0},
        {"target_id": "beta_plan-t004", "geo": "beta", "indicator_text": "高企", "value": 480.0},
    )
    table = metrics.target_metrics(rows, DOCUMENTS, NO_OBSERVATIONS, NO_CITY_TARGETS, INDICATORS, GEOGRAPHIES)
    ambiguous, worded_alike = table.iloc[0], table.iloc[1]
    assert math.isnan(ambiguous.baseline_value)
    assert "several same-document baselines match (beta_plan-t001;beta_plan-t002)" in ambiguous.baseline_reason
    assert (worded_alike.baseline_source, worded_alike.baseline_value) == ("beta_plan-t002", 320.0)


def test_share_target_gap_in_percentage_points():
    obs = observations({"year": 2019, "value": 2.6} | RATE)
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 3.2} | SHARE), obs)
    assert row.gap_pp == pytest.approx(0.6)
    assert row.required_annual_change == pytest.approx(0.2)
    assert math.isnan(row.multiple) and math.isnan(row.required_cagr)
    assert "percentage points" in row.ambition_reason


def test_increment_target_required_additions_per_year():
    obs = observations({"measure": "annual_flow", "year": 2019, "value": 10.0})
    row = metric_row(targets({"target_id": "alpha_plan-t001", "quantity": "increment", "value": 51.0}), obs)
    assert row.years == 3  # 2020, 2021 and 2022
    assert row.required_annual_change == pytest.approx(17.0)
    assert row.multiple == pytest.approx(1.7)
    assert math.isnan(row.required_cagr)


def test_lower_is_better_inverts_met_and_progress():
    history = [(2019, 100.0), (2021, 95.0), (2022, 75.0)]
    obs = observations(*({"year": year, "value": value} | ENERGY for year, value in history))
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 80.0} | ENERGY), obs)
    assert row.direction == -1
    assert not row.baseline_meets_target  # 100 is above the ceiling of 80
    observed, required = (95 / 100) ** 0.5 - 1, (80 / 100) ** (1 / 3) - 1
    assert row.progress_ratio == pytest.approx(-observed / abs(required))  # ≈ 0.35: falling, but not fast enough
    assert row.progress_category == "limited progress"
    assert row.outcome_status == "met" and row.verdict == "met"
    assert row.relative_margin == pytest.approx(5 / 80)  # positive: beaten by 5 below the target
    assert row.attainment == pytest.approx(75 / 80)


# --- time actually available -----------------------------------------------------------------


def test_time_available_from_issue_date_and_remaining_cagr():
    obs = observations({"year": 2019, "value": 150.0}, {"year": 2020, "value": 200.0}, {"year": 2021, "value": 230.0})
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 260.0}), obs)  # issued 2021-09-08
    assert row.deadline == pd.Timestamp("2022-12-31")
    days = (pd.Timestamp("2022-12-31") - pd.Timestamp("2021-09-08")).days
    assert days == 479
    assert row.months_available == pytest.approx(15.74, abs=0.01)
    assert row.years_available == pytest.approx(days / 365.25)
    assert (row.baseline_year, row.issue_baseline_year, row.issue_baseline_source) == (2019, 2020, "obs-002")
    assert row.required_cagr_remaining == pytest.approx(1.3 ** (365.25 / 479) - 1)


def test_deadline_before_signing_and_publication_date_as_fallback():
    late = documents({"beta": "2021-03-01"}, alpha="2023-03-01", beta=None, zone=None, tianjin=None)
    rows = targets(
        {"target_id": "alpha_plan-t001"}, {"target_id": "beta_plan-t001", "geo": "beta"},
        {"target_id": "zone_plan-t001", "geo": "zone"},
    )  # fmt: skip
    table = metrics.time_available(metrics.target_inputs(rows, late, INDICATORS), rows, NO_OBSERVATIONS)
    assert table.clock.tolist() == ["signed", "published", ""]
    assert table.time_reason.tolist()[0] == "deadline before the signed date"
    assert table.time_reason.tolist()[2] == "no signing or publication date"
    assert table.months_available[1] == pytest.approx((pd.Timestamp("2022-12-31") - pd.Timestamp("2021-03-01")).days / (365.25 / 12))
    assert math.isnan(table.months_available[0]) and math.isnan(table.months_available[2])


def test_a_flow_runs_from_1_january_and_an_increment_from_the_signing_date():
    """Issue 7 §1.3: Jinghai's +51 雏鹰, signed 2021-09-08, needs ≈ 39 a year over 15.7 months, not 17 over three years."""
    rows = targets(
        {"target_id": "alpha_plan-t001", "quantity": "flow", "value": 26.0, "unit": "亿元"},
        {"target_id": "alpha_plan-t002", "quantity": "increment", "value": 51.0},
    )
    table = metrics.target_metrics(rows, DOCUMENTS, NO_OBSERVATIONS, NO_CITY_TARGETS, INDICATORS, GEOGRAPHIES)
    flow, increment = table.iloc[0], table.iloc[1]
    assert (flow.clock, flow.clock_start) == ("year_start", pd.Timestamp("2022-01-01"))
    assert flow.months_available == pytest.approx(12, abs=0.01) and flow.required_per_year == 26.0
    assert math.isnan(flow.required_cagr_remaining)
    assert (increment.clock, increment.clock_start) == ("signed", pd.Timestamp("2021-09-08"))
    assert increment.months_available == pytest.approx(15.74, abs=0.01)
    assert increment.required_per_year == pytest.approx(51 / (479 / 365.25))  # ≈ 38.9
    assert increment.required_per_year == pytest.approx(38.9, abs=0.05)


def test_an_increment_in_an_annual_plan_runs_from_1_january():
    annual = DOCUMENTS.assign(plan_start=2022, plan_end=2022)
    rows = targets({"target_id": "alpha_plan-t001", "quantity": "increment", "value": 12.0})
    row = metrics.target_metrics(rows, annual, NO_OBSERVATIONS, NO_CITY_TARGETS, INDICATORS, GEOGRAPHIES).iloc[0]
    assert (row.clock, row.required_per_year) == ("year_start", 12.0)


def test_months_are_also_counted_from_the_city_plan():
    row = metric_row(targets({"target_id": "alpha_plan-t001"}), city=city_targets({"indicator": "rd_intensity"}))
    days = (pd.Timestamp("2022-12-31") - pd.Timestamp("2020-11-21")).days
    assert row.months_since_city_plan == pytest.approx(days / (365.25 / 12))


# --- ambition against the parent plan ---------------------------------------------------------


def test_escalation_in_percentage_points_for_shares():
    rows = targets({"target_id": "alpha_plan-t001", "value": 3.5} | SHARE)
    row = metric_row(rows, city=city_targets({"value": 3.2} | SHARE))
    assert (row.city_target_id, row.escalation_pp) == ("tianjin-c01", pytest.approx(0.3))
    assert math.isnan(row.commitment_ratio)


def test_commitment_ratio_for_levels():
    obs = observations({"year": 2019, "value": 100.0}, {"geo": "tianjin", "year": 2019, "value": 500.0})
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 300.0}), obs, city_targets({"value": 1000.0}))
    assert (row.city_baseline_value, row.city_baseline_source) == (500.0, "obs-002")
    assert row.commitment_ratio == pytest.approx((300 / 1000) / (100 / 500))  # 1.5: promises to outgrow the city
    assert row.pace_escalation_pp == pytest.approx(100 * ((300 / 100) ** (1 / 3) - (1000 / 500) ** (1 / 3)))
    assert row.city_reason == "no population count of alpha and of the city at the same date"


def test_commitment_ratio_needs_a_city_baseline_of_the_same_year():
    obs = observations({"year": 2019, "value": 100.0}, {"geo": "tianjin", "year": 2018, "value": 450.0})
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 300.0}), obs, city_targets({"value": 1000.0}))
    assert math.isnan(row.commitment_ratio)
    assert "no city baseline for 2019: no commitment ratio" in row.city_reason
    assert row.city_required_cagr == pytest.approx((1000 / 450) ** (1 / 4) - 1)  # the city's own plan years: 2018 → 2022


def test_parent_comparison_needs_the_same_year_and_a_district():
    rows = targets({"target_id": "alpha_plan-t001", "year": 2023}, {"target_id": "alpha_plan-t002", "geo": "tianjin"})
    table = metrics.target_metrics(rows, DOCUMENTS, NO_OBSERVATIONS, city_targets({}), INDICATORS, GEOGRAPHIES)
    assert table.city_reason.str.startswith("no city target").tolist() == [True, False]
    assert table.city_reason.iloc[1] == "target is about the city itself"
    assert table.peer_reason.iloc[1] == "the city is not a district"


def test_over_commitment_sums_direct_districts_with_population_coverage():
    rows = targets(
        {"target_id": "alpha_plan-t001", "value": 600.0},
        {"target_id": "beta_plan-t001", "geo": "beta", "value": 500.0},
        {"target_id": "zone_plan-t001", "geo": "zone", "value": 100.0},  # inside alpha: not counted again
        {"target_id": "alpha_plan-t002", "value": 3.5} | SHARE,
    )
    obs = observations(
        {"geo": "tianjin", "year": 2019, "value": 1000.0} | POPULATION,
        {"geo": "alpha", "year": 2019, "value": 300.0} | POPULATION,
        {"geo": "beta", "year": 2019, "value": 200.0} | POPULATION,
    )
    city = city_targets({"value": 1000.0}, {"value": 3.2} | SHARE)
    table = metrics.over_commitment(rows, DOCUMENTS, city, obs, GEOGRAPHIES)
    level, share = table.iloc[0], table.iloc[1]
    assert (level.districts, level.n_districts, level.district_sum) == ("alpha;beta", 2, 1100.0)
    assert level.district_targets == "alpha_plan-t001;beta_plan-t001"
    assert level.sum_over_city == pytest.approx(1.1)
    assert level.population_coverage == pytest.approx(0.5)  # (300 + 200) / 1000 residents
    assert level.population_basis.startswith("2019 year end: alpha obs-002, city obs-001")
    assert math.isnan(share.district_sum) and share.over_commitment_reason == "shares and rates do not add up across districts"


def test_over_commitment_indicator_coverage_and_duplicates():
    rows = targets(
        {"target_id": "alpha_plan-t001", "value": 600.0},
        {"target_id": "beta_plan-t001", "geo": "beta", "value": 500.0},
    )
    obs = observations(
        {"geo": "tianjin", "year": 2019, "value": 800.0},
        {"geo": "alpha", "year": 2019, "value": 300.0},
        {"geo": "beta", "year": 2019, "value": 100.0},
    )
    table = metrics.over_commitment(rows, DOCUMENTS, city_targets({}), obs, GEOGRAPHIES)
    assert (table.indicator_coverage[0], table.indicator_coverage_basis[0]) == (pytest.approx(0.5), "high_tech_enterprises 2019")
    assert table.coverage_reason[0] == "no population share for alpha;beta"
    twice = pd.concat([rows, targets({"target_id": "alpha_plan-t009", "value": 650.0})])
    table = metrics.over_commitment(twice, DOCUMENTS, city_targets({}), obs, GEOGRAPHIES)
    assert math.isnan(table.district_sum[0])
    assert table.over_commitment_reason[0] == "several targets from one district (alpha)"


# --- ambition against peers ------------------------------------------------------------------


def test_peer_ranks_by_value_and_per_10k_residents():
    obs = observations(
        {"geo": "alpha", "year": 2020, "value": 300.0} | POPULATION,
        {"geo": "beta", "year": 2020, "value": 100.0} | POPULATION,
    )
    rows = targets(
        {"target_id": "alpha_plan-t001", "value": 600.0},
        {"target_id": "beta_plan-t001", "geo": "beta", "value": 500.0},
        {"target_id": "beta_plan-t002", "geo": "beta", "year": 2021, "value": 400.0},
    )
    table = metrics.peer_ranks(metrics.target_inputs(rows, DOCUMENTS, INDICATORS), obs, GEOGRAPHIES)
    alpha, beta, alone = table.iloc[0], table.iloc[1], table.iloc[2]
    assert (alpha.peer_rank, beta.peer_rank, alpha.peer_n) == (1.0, 2.0, 2)
    assert (alpha.value_per_10k, beta.value_per_10k) == (pytest.approx(2.0), pytest.approx(5.0))
    assert (alpha.peer_rank_per_10k, beta.peer_rank_per_10k) == (2.0, 1.0)
    assert (beta.population, beta.population_year, beta.population_source) == (100.0, 2020, "obs-002")
    assert math.isnan(alone.peer_rank) and alone.peer_reason == "no other district sets this target"


def test_peer_ranks_reverse_for_lower_is_better_and_skip_per_capita_shares():
    rows = targets(
        {"target_id": "alpha_plan-t001", "value": 80.0} | ENERGY,
        {"target_id": "beta_plan-t001", "geo": "beta", "value": 70.0} | ENERGY,
        {"target_id": "alpha_plan-t002", "value": 3.5} | SHARE,
        {"target_id": "beta_plan-t002", "geo": "beta", "value": 3.2} | SHARE,
    )
    obs = observations(
        {"geo": "alpha", "year": 2020, "value": 300.0} | POPULATION,
        {"geo": "beta", "year": 2020, "value": 100.0} | POPULATION,
    )
    table = metrics.peer_ranks(metrics.target_inputs(rows, DOCUMENTS, INDICATORS), obs, GEOGRAPHIES)
    ranks = dict(zip(table.target_id, table.peer_rank))
    assert ranks == {"alpha_plan-t001": 2.0, "alpha_plan-t002": 1.0, "beta_plan-t001": 1.0, "beta_plan-t002": 2.0}
    assert table.peer_rank_per_10k[0] == 1.0  # 80 / 300 万人 is lower than 70 / 100 万人
    assert math.isnan(table.value_per_10k[1]) and math.isnan(table.peer_rank_per_10k[1])
    assert table.peer_reason[1] == "per-capita rank not defined for shares and rates"


# --- feasibility ex ante ---------------------------------------------------------------------


def test_progress_ratio_on_growth_since_the_base_year():
    obs = observations({"year": 2019, "value": 100.0}, {"year": 2021, "value": 121.0})
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 100 * 1.2**3}), obs)
    assert (row.progress_from, row.progress_to, row.progress_source) == (2019, 2021, "obs-001;obs-002")
    assert not row.progress_proxy
    assert row.observed_pace == pytest.approx(0.1)
    assert row.required_pace == pytest.approx(0.2)
    assert row.progress_ratio == pytest.approx(0.5)
    assert row.progress_category == "limited progress"
    assert row.verdict == "at_risk"
    assert row.verdict_basis == "Growth 2019–2021 was 50% of the pace the target required."
    assert row.evidence == "obs-001;obs-002"
    assert math.isnan(row.p_attain) and row.probability_reason == "fewer than three own observations (2)"


def test_share_progress_is_paced_in_percentage_points_per_year():
    obs = observations({"year": 2019, "value": 2.0} | RATE, {"year": 2021, "value": 2.4} | RATE)
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 3.2} | SHARE), obs)
    assert row.pace_kind == "linear"
    assert row.observed_pace == pytest.approx(0.2)
    assert row.required_pace == pytest.approx(1.2 / 3)
    assert row.progress_ratio == pytest.approx(0.5)
    assert row.verdict == "at_risk"


def test_city_series_is_only_a_marked_proxy():
    obs = observations(
        {"year": 2019, "value": 121.0},
        {"geo": "tianjin", "year": 2019, "value": 1000.0},
        {"geo": "tianjin", "year": 2021, "value": 1210.0},
    )
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 121 * 1.1**3}), obs)
    assert row.progress_proxy
    assert row.progress_ratio == pytest.approx(1.0)
    assert row.progress_reason == "city-wide series used as a proxy"
    assert row.baseline_source == "obs-001"  # the baseline stays the district's own
    assert row.verdict == "on_track" and "(city-wide series as a proxy)" in row.verdict_basis
    assert math.isnan(row.p_attain)


def test_insufficient_history_and_probability_needs_three_points():
    obs = observations({"year": 2019, "value": 121.0})
    row = metric_row(targets({"target_id": "alpha_plan-t001"}), obs)
    assert math.isnan(row.progress_ratio)
    assert row.progress_reason == "no comparable observation between 2019 and 2022, own or city-wide"
    assert row.progress_category == ""
    assert row.probability_reason == "fewer than three own observations (1)"
    assert row.verdict == "unknown"
    assert row.verdict_basis == "Needs Alpha 国家高新技术企业, year-end stock 2022."


def test_attainment_probability_matches_a_hand_computed_t_prediction():
    years, values = [2016, 2017, 2018, 2019], [1.0, 1.3, 1.4, 1.9]
    result = metrics.attainment_probability(years, values, 2022, 2.5, 1, log=False)
    x, y = np.array(years, float), np.array(values)
    slope = ((x - x.mean()) * (y - y.mean())).sum() / ((x - x.mean()) ** 2).sum()
    intercept = y.mean() - slope * x.mean()
    residual_var = ((y - intercept - slope * x) ** 2).sum() / 2
    mean = intercept + slope * 2022
    se_mean2 = residual_var * (1 / 4 + (2022 - x.mean()) ** 2 / ((x - x.mean()) ** 2).sum())
    expected = stats.t.sf((2.5 - mean) / math.sqrt(se_mean2 + residual_var), 2)
    assert result["forecast"] == pytest.approx(mean)
    assert result["p_attain"] == pytest.approx(expected)
    assert result["p_attain_low"] <= result["p_attain"] <= result["p_attain_high"]
    assert result["forecast_low"] < result["forecast"] < result["forecast_high"]
    lower_is_better = metrics.attainment_probability(years, values, 2022, 2.5, -1, log=False)
    assert lower_is_better["p_attain"] == pytest.approx(1 - expected)


def test_attainment_probability_in_the_target_table_uses_the_log_trend():
    history = [(2016, 100.0), (2017, 112.0), (2018, 119.0), (2019, 135.0)]
    obs = observations(*({"year": year, "value": value} for year, value in history))
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 180.0}), obs)
    years, values = zip(*history)
    expected = metrics.attainment_probability(years, values, 2022, 180.0, 1, log=True)
    assert (row.model_n, row.probability_reason) == (4, "")
    assert row.p_attain == pytest.approx(expected["p_attain"])
    assert 0 < row.p_attain < 1
    assert row.forecast == pytest.approx(expected["forecast"])


def test_exact_trend_has_no_probability():
    result = metrics.attainment_probability([2017, 2018, 2019], [1.0, 2.0, 3.0], 2022, 5.0, 1, log=False)
    assert result == {"probability_reason": "history lies exactly on a trend: no residual variance to model"}


# --- feasibility ex post ---------------------------------------------------------------------


@pytest.mark.parametrize(("observed", "status"), [(530.0, "missed"), (531.0, "met")])
def test_strict_comparator_at_the_deadline(observed, status):
    obs = observations({"year": 2022, "value": observed, "source_grade": "official_repost"})
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 530.0, "comparator": ">"}), obs)
    assert row.outcome_status == status
    assert (row.outcome_year, row.outcome_source, row.outcome_grade) == (2022, "obs-001", "official_repost")
    assert row.attainment == pytest.approx(observed / 530)
    assert row.relative_margin == pytest.approx((observed - 530) / 530)


@pytest.mark.parametrize(("bound", "status"), [(500.0, "unknown"), (600.0, "met")])
def test_lower_bound_observation_decides_only_when_it_settles_the_target(bound, status):
    obs = observations({"year": 2022, "value": bound, "flags": "lower_bound"})
    row = metric_row(targets({"target_id": "alpha_plan-t001", "value": 530.0}), obs)
    assert row.outcome_status == status


def test_increment_outcome_sums_every_plan_year_or_is_unknown():
    additions = [(2020, 20.0), (2021, 15.0), (2022, 20.0)]
    flows = [{"measure": "annual_flow", "year": year, "value": value} for year, value in additions]
    cumulative = {"measure": "cumulative", "year": 2022, "value": 99.0}
    rows = targets({"target_id": "alpha_plan-t001", "quantity": "increment", "value": 51.0})
    row = metric_row(rows, observations(*flows, cumulative))
    assert (row.outcome_value, row.outcome_source, row.outcome_status) == (55.0, "obs-001;obs-002;obs-003", "met")
    gap = metric_row(rows, observations(flows[0], flows[2], cumulative))
    assert (gap.outcome_status, gap.outcome_reason) == ("unknown", "incomplete annual flows: missing 2021")
    assert math.isnan(gap.outcome_value)


def test_ex_post_distribution_counts_results_just_above_and_below():
    frame = pd.DataFrame(
        {"target_id": ["a", "b", "c", "d", "e", "f"], "relative_margin": [0.01, 0.0, -0.03, 0.3, float("nan"), -0.6]}
    )
    table = metrics.ex_post_distribution(frame)
    by_lower = table.set_index("lower")
    assert by_lower.loc[0.0, "count"] == 2 and by_lower.loc[0.0, "target_ids"] == "a;b"
    assert by_lower.loc[-0.05, "count"] == 1
    assert by_lower.loc[0.2, "count"] == 1
    assert by_lower.loc[-math.inf, "count"] == 1
    assert table["count"].sum() == 5
    assert table.share.sum() == pytest.approx(1.0)


# --- the assembled table ---------------------------------------------------------------------


def test_target_metrics_is_one_sorted_deterministic_row_per_target():
    rows = targets(
        {"target_id": "beta_plan-t002", "geo": "beta"},
        {"target_id": "alpha_plan-t001"},
        {"target_id": "beta_plan-t001", "geo": "beta", "kind": "baseline", "value": 300.0, "year": 2020},
    )
    obs = observations({"year": 2019, "value": 200.0})
    first = metrics.target_metrics(rows, DOCUMENTS, obs, city_targets({}), INDICATORS, GEOGRAPHIES)
    shuffled = rows.iloc[::-1], DOCUMENTS, obs.iloc[::-1], city_targets({}), INDICATORS, GEOGRAPHIES
    second = metrics.target_metrics(*shuffled)
    pd.testing.assert_frame_equal(first, second)
    assert first.target_id.tolist() == ["alpha_plan-t001", "beta_plan-t002"]
    assert first.columns.is_unique
    reasons = [c for c in first.columns if c.endswith("_reason")]
    assert reasons == [
        "baseline_reason", "ambition_reason", "time_reason", "city_reason", "peer_reason", "progress_reason",
        "probability_reason", "outcome_reason",
    ]  # fmt: skip
    inputs = {"target_value", "target_year", "baseline_value", "baseline_source", "commitment_ratio", "p_attain"}
    assert inputs <= set(first.columns)


def test_population_falls_back_to_a_census_count_and_prefers_year_end_counts():
    base = {"geo": "d", "indicator": "population", "unit": "万人", "source_grade": "official", "flags": "", "period": ""}
    census = {**base, "obs_id": "obs-001", "year": 2020, "measure": "cumulative", "value": 90.0, "period": "2020-11-01"}
    year_end = {**base, "obs_id": "obs-002", "year": 2020, "measure": "year_end_stock", "value": 91.0}
    doubtful = {**base, "obs_id": "obs-003", "year": 2021, "measure": "year_end_stock", "value": 99.0, "flags": "doubtful"}
    assert metrics.population(pd.DataFrame([census, doubtful]), "d", 2022, False)["population"] == 90.0
    assert metrics.population(pd.DataFrame([census, year_end, doubtful]), "d", 2022, False)["population"] == 91.0
    assert math.isnan(metrics.population(pd.DataFrame([census]), "d", 2019, False)["population"])


def test_a_change_between_two_censuses_is_not_a_population():
    """Issue 7 §1.1: Beichen's census increase 2010→2020 (24.06万) must never stand in for its residents (90.96万)."""
    base = {"geo": "d", "indicator": "population", "unit": "万人", "source_grade": "official", "flags": ""}
    change = {**base, "obs_id": "obs-001", "year": 2020, "measure": "cumulative", "value": 24.0612,
              "period": "2010-11-01/2020-11-01"}  # fmt: skip
    census = {**base, "obs_id": "obs-002", "year": 2020, "measure": "cumulative", "value": 90.9643, "period": "2020-11-01"}
    assert metrics.population(pd.DataFrame([change, census]), "d", 2022, False)["population_source"] == "obs-002"
    assert math.isnan(metrics.population(pd.DataFrame([change]), "d", 2022, False)["population"])


def test_restated_targets_are_counted_once():
    targets = pd.DataFrame(
        {
            "target_id": ["a-t001", "a-t002"], "doc_id": ["a", "a"], "geo": ["g", "g"], "kind": ["target", "target"],
            "indicator": ["x", "x"], "indicator_text": ["x", "x"], "quantity": ["level", "level"],
            "comparator": [">=", ">="], "value": [5.0, 5.0], "unit": ["家", "家"], "year": [2022, 2022],
            "restates": ["", "a-t001"],
        }
    )  # fmt: skip
    documents = pd.DataFrame(
        {"doc_id": ["a"], "geo": ["g"], "signed": [pd.Timestamp("2021-01-01")], "plan_start": [2020], "plan_end": [2022]}
    )
    indicators = pd.DataFrame({"indicator": ["x"], "higher_is_better": [True]})
    assert metrics.target_inputs(targets, documents, indicators).target_id.tolist() == ["a-t001"]
