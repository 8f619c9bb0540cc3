"""The per-target and per-city-target tables: every metric joined on one key."""

from __future__ import annotations

import pandas as pd

from .ambition import CITY_COLUMNS, PEER_COLUMNS, city_reference, own_ambition, own_baselines, peer_ranks
from .base import (
    ADDITIVE,
    INPUT_COLUMNS,
    NAN,
    city_geo,
    city_population_share,
    direction,
    match_city_target,
    own_target_mask,
    series,
    statistic_text,
    table,
    target_inputs,
)
from .feasibility import ex_post_attainment, progress
from .timing import time_available
from .verdicts import verdicts


def city_plan_date(city_targets: pd.DataFrame) -> pd.Timestamp | None:
    """The date of the city plan (its targets' ``published`` date); None without city targets."""
    dates = sorted(set(city_targets.published.dropna().astype(str)) - {""})
    if not dates and city_targets.empty:
        return None
    if len(dates) != 1:
        raise ValueError(f"expected one publication date for the city plan, found {dates}")
    return pd.Timestamp(dates[0])


def _with_metrics(
    frame: pd.DataFrame,
    targets: pd.DataFrame,
    observations: pd.DataFrame,
    city_targets: pd.DataFrame,
    geographies: pd.DataFrame,
    include_doubtful: bool,
) -> pd.DataFrame:
    """``frame`` (target inputs) with every per-target metric and the verdict."""
    city = city_geo(geographies)
    options = {"include_doubtful": include_doubtful}
    plan_date = city_plan_date(city_targets)
    frame = frame.merge(own_baselines(frame, targets, observations, **options), on="target_id")
    frame = frame.merge(own_ambition(frame), on="target_id")
    tables = [
        time_available(frame, targets, observations, city_plan_date=plan_date, **options),
        city_reference(frame, city_targets, observations, geographies, city, plan_date.year if plan_date else 0, **options),
        peer_ranks(frame, observations, geographies, **options),
        progress(frame, observations, city, **options),
        ex_post_attainment(frame, observations, **options),
    ]
    for part in tables:
        frame = frame.merge(part, on="target_id", validate="one_to_one")
    frame = frame.merge(verdicts(frame, observations, geographies, **options), on="target_id", validate="one_to_one")
    frame = frame.rename(columns={"value": "target_value", "year": "target_year"})
    return frame.sort_values("target_id").reset_index(drop=True)


def target_metrics(
    targets: pd.DataFrame,
    documents: pd.DataFrame,
    observations: pd.DataFrame,
    city_targets: pd.DataFrame,
    indicators: pd.DataFrame,
    geographies: pd.DataFrame,
    *,
    include_doubtful: bool = False,
) -> pd.DataFrame:
    """One row per distinct own target with its inputs, every metric and its verdict, sorted by ``target_id``.

    Columns: the inputs of :func:`target_inputs` (``value``/``year`` renamed ``target_value``/
    ``target_year``), then those of :func:`own_baselines`, :func:`own_ambition`,
    :func:`time_available`, :func:`city_reference`, :func:`peer_ranks`, :func:`progress`,
    :func:`ex_post_attainment` and :func:`verdicts`.
    """
    frame = target_inputs(targets, documents, indicators)
    return _with_metrics(frame, targets, observations, city_targets, geographies, include_doubtful)


def _city_inputs(city_targets: pd.DataFrame, indicators: pd.DataFrame, plan_date: pd.Timestamp) -> pd.DataFrame:
    """City targets in the shape of :func:`target_inputs`: the plan runs from its date's year to the target year."""
    frame = city_targets.merge(indicators[["indicator", "higher_is_better"]], on="indicator", how="left")
    frame = frame.assign(
        target_id=frame.city_target_id,
        doc_id="",
        plan_start=plan_date.year,
        plan_end=frame.year.astype(int),
        signed=plan_date,
        published=plan_date,
        direction=[direction(c, bool(h)) for c, h in zip(frame.comparator, frame.higher_is_better)],
    )
    return frame[INPUT_COLUMNS].astype({"plan_start": "Int64", "plan_end": "Int64"})


OVER_COMMITMENT_COLUMNS = (
    "city_target_id", "districts", "n_districts", "district_targets", "district_sum", "sum_over_city",
    "population_coverage", "population_basis", "indicator_coverage", "indicator_coverage_basis", "coverage_reason",
    "over_commitment_reason",
)  # fmt: skip


def _indicator_coverage(
    observations: pd.DataFrame, city: str, geos: list[str], city_target: dict, include_doubtful: bool
) -> tuple[float, str]:
    """Share of the city's own value of the indicator that ``geos`` held, in the latest common year before the target."""
    text = statistic_text(city_target["indicator"], city_target["indicator_text"])
    values = {
        geo: series(
            observations, geo=geo, indicator=city_target["indicator"], quantity=city_target["quantity"],
            unit=city_target["unit"], text=text, include_doubtful=include_doubtful,
        ).set_index("year").value
        for geo in [city, *geos]
    }  # fmt: skip
    common = {year for year in set.intersection(*(set(v.index) for v in values.values())) if year < city_target["year"]}
    if not common:
        return NAN, ""
    year = max(common)
    return float(sum(values[geo][year] for geo in geos) / values[city][year]), f"{city_target['indicator']} {year}"


def over_commitment(
    targets: pd.DataFrame,
    documents: pd.DataFrame,
    city_targets: pd.DataFrame,
    observations: pd.DataFrame,
    geographies: pd.DataFrame,
    *,
    include_doubtful: bool = False,
) -> pd.DataFrame:
    """Per city target: the districts' own targets that answer to it (:func:`match_city_target`), summed.

    Only geographies directly under the city take part, so a zone inside a district is not
    counted twice. ``sum_over_city`` > 1 means the reporting districts together promise more
    than the city; read it with their coverage: ``population_coverage``, the share of the
    city's residents they hold, and ``indicator_coverage``, their share of the city's own value
    of the indicator before the target year. Shares and rates do not add up and get no sum.
    """
    city = city_geo(geographies)
    children = set(geographies.geo[geographies.parent == city])
    own = targets[own_target_mask(targets, documents) & targets.geo.isin(children)]
    matched: dict[str, list[dict]] = {}
    for row in own.to_dict("records"):
        match, _ = match_city_target(city_targets, row)
        if match is not None:
            matched.setdefault(match["city_target_id"], []).append(row)
    rows = []
    for city_target in city_targets.sort_values("city_target_id").to_dict("records"):
        city_target["year"] = int(city_target["year"])
        rows_for = sorted(matched.get(city_target["city_target_id"], []), key=lambda r: r["target_id"])
        geos = sorted({r["geo"] for r in rows_for})
        out = dict.fromkeys(OVER_COMMITMENT_COLUMNS, NAN) | {"city_target_id": city_target["city_target_id"]}
        out |= {"districts": ";".join(geos), "n_districts": len(geos), "population_basis": "",
                "district_targets": ";".join(r["target_id"] for r in rows_for), "indicator_coverage_basis": "",
                "coverage_reason": "", "over_commitment_reason": ""}  # fmt: skip
        duplicated = sorted({g for g in geos if sum(r["geo"] == g for r in rows_for) > 1})
        if city_target["quantity"] not in ADDITIVE:
            out["over_commitment_reason"] = "shares and rates do not add up across districts"
        elif not geos:
            out["over_commitment_reason"] = "no district target"
        elif duplicated:
            out["over_commitment_reason"] = f"several targets from one district ({';'.join(duplicated)})"
        else:
            total = float(sum(r["value"] for r in rows_for))
            out |= {"district_sum": total, "sum_over_city": total / city_target["value"] if city_target["value"] else NAN}
            shares = [
                city_population_share(observations, geographies, geo, city_target["year"], include_doubtful)
                for geo in geos
            ]
            missing = [geo for geo, share in zip(geos, shares) if share["population_reason"]]
            if missing:
                out["coverage_reason"] = f"no population share for {';'.join(missing)}"
            else:
                out["population_coverage"] = sum(share["share_of_city_population"] for share in shares)
                out["population_basis"] = " | ".join(share["population_basis"] for share in shares)
            coverage, basis = _indicator_coverage(observations, city, geos, city_target, include_doubtful)
            out |= {"indicator_coverage": coverage, "indicator_coverage_basis": basis}
        rows.append(out)
    return table(rows, OVER_COMMITMENT_COLUMNS).astype({"n_districts": "int64"})


def city_target_metrics(
    targets: pd.DataFrame,
    documents: pd.DataFrame,
    observations: pd.DataFrame,
    city_targets: pd.DataFrame,
    indicators: pd.DataFrame,
    geographies: pd.DataFrame,
    *,
    include_doubtful: bool = False,
) -> pd.DataFrame:
    """One row per city-plan target: its own baseline, pace, outcome and verdict, and the districts' coverage.

    The city plan runs from its date (2020-11-21) to its target year; its baseline is the
    city's latest comparable observation before the plan year, as for a district.
    """
    plan_date = city_plan_date(city_targets)
    inputs = _city_inputs(city_targets, indicators, plan_date)
    no_document_baselines = targets.iloc[0:0]
    frame = _with_metrics(inputs, no_document_baselines, observations, city_targets, geographies, include_doubtful)
    about_districts = [column for column in (*CITY_COLUMNS, *PEER_COLUMNS) if column != "target_id"]
    frame = frame.drop(columns=["doc_id", *about_districts]).rename(columns={"target_id": "city_target_id"})
    coverage = over_commitment(targets, documents, city_targets, observations, geographies,
                               include_doubtful=include_doubtful)  # fmt: skip
    return frame.merge(coverage, on="city_target_id", validate="one_to_one")

