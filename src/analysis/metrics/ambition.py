"""How ambitious each target is: against its own baseline, the city's target and the district's size, and its peers."""

from __future__ import annotations

import math

import pandas as pd

from .base import (
    ADDITIVE,
    COMPARABLE,
    NAN,
    POPULATION_COLUMNS,
    as_float,
    baseline,
    cagr,
    city_population_share,
    join_reasons,
    match_city_target,
    meets,
    population,
    records,
    statistic_text,
    table,
    target_series,
)

BASELINE_COLUMNS = (
    "target_id", "baseline_value", "baseline_year", "baseline_source", "baseline_origin", "baseline_grade",
    "baseline_flags", "baseline_reason",
)  # fmt: skip


def own_baselines(
    inputs: pd.DataFrame, targets: pd.DataFrame, observations: pd.DataFrame, *, include_doubtful: bool = False
) -> pd.DataFrame:
    """Each target's own baseline: the document's baseline row, else the latest own observation before the plan starts.

    Without a plan start the cut-off is the target year. A city-wide series is never used as
    a district's baseline.
    """
    document_baselines = targets[targets.kind == "baseline"]
    rows = []
    for target in records(inputs):
        before = target["year"] if pd.isna(target["plan_start"]) else min(int(target["plan_start"]), target["year"])
        found = baseline(target, document_baselines, observations, before, include_doubtful)
        rows.append({"target_id": target["target_id"]} | {f"baseline_{key}": value for key, value in found.items()})
    frame = table(rows, BASELINE_COLUMNS)
    frame["baseline_year"] = frame.baseline_year.astype("Int64")
    return frame


AMBITION_COLUMNS = (
    "target_id", "years", "multiple", "required_cagr", "required_annual_change", "gap_pp", "baseline_meets_target",
    "ambition_reason",
)  # fmt: skip


def _ambition(row: dict) -> dict:
    quantity, target, base = row["quantity"], row["value"], as_float(row["baseline_value"])
    out = dict.fromkeys(AMBITION_COLUMNS, NAN) | {"target_id": row["target_id"], "baseline_meets_target": pd.NA}
    if quantity == "increment":
        if pd.isna(row["plan_start"]):
            return out | {"ambition_reason": "increment target without a plan start: its period is unknown"}
        years = row["year"] - int(row["plan_start"]) + 1
        per_year = target / years
        out |= {"years": float(years), "required_annual_change": per_year}
        if math.isnan(base):
            return out | {"ambition_reason": "no baseline: multiple undefined"}
        reason = "" if base > 0 else "baseline additions not positive: multiple undefined"
        return out | {"multiple": per_year / base if base > 0 else NAN, "ambition_reason": reason}
    if math.isnan(base):
        return out | {"ambition_reason": "no baseline"}
    years = row["year"] - int(row["baseline_year"])
    out |= {"years": float(years), "baseline_meets_target": meets(base, target, row["comparator"], row["direction"])}
    if quantity in ("share", "growth_rate"):
        out["gap_pp"] = target - base
        if quantity == "share":
            out["required_annual_change"] = (target - base) / years
        return out | {"ambition_reason": f"{quantity} target: compared in percentage points, not as a multiple"}
    out["required_annual_change"] = (target - base) / years
    if base <= 0:
        return out | {"ambition_reason": "baseline not positive: multiple and CAGR undefined"}
    return out | {"multiple": target / base, "required_cagr": cagr(base, target, years), "ambition_reason": ""}


def own_ambition(frame: pd.DataFrame) -> pd.DataFrame:
    """Ambition against the own baseline: multiple, required CAGR and annual change, gap in pp.

    ``frame`` is :func:`target_inputs` merged with :func:`own_baselines`. Levels and flows get
    multiple = target / baseline and required CAGR = multiple^(1/years) − 1, with years from
    the baseline year to the target year; shares and growth rates get the gap in percentage
    points (shares also pp per year). Increments are read as additions over the plan years
    (plan start to target year, inclusive): ``required_annual_change`` is additions per year
    and ``multiple`` compares that pace with the baseline year's additions.
    """
    return table([_ambition(row) for row in records(frame)], AMBITION_COLUMNS).astype(
        {"baseline_meets_target": "boolean"}
    )


CITY_COLUMNS = (
    "target_id", "city_target_id", "city_target_value", "escalation_pp", "city_baseline_value", "city_baseline_year",
    "city_baseline_source", "commitment_ratio", "city_required_cagr", "pace_escalation_pp", "share_of_city_target",
    "share_of_city_population", "population_basis", "relative_ambition", "city_reason",
)  # fmt: skip


def _city_baseline(row: dict, city: str, year: int, observations: pd.DataFrame, include_doubtful: bool) -> dict | None:
    """The city's comparable observation for exactly ``year``."""
    same_year = target_series(observations, row, city, include_doubtful)
    same_year = same_year[same_year.year == year]
    return None if same_year.empty else same_year.iloc[0].to_dict()


def _pace_escalation(
    row: dict,
    city: str,
    city_plan_start: int,
    city_targets: pd.DataFrame,
    observations: pd.DataFrame,
    include_doubtful: bool,
    out: dict,
) -> str:
    """Fill ``city_required_cagr`` and ``pace_escalation_pp`` in ``out``; return why not, or "".

    A pace is growth a year, so a 2023 district target compares with the city's 2022 target
    for the same statistic: the city's pace runs over its own plan years.
    """
    if row["quantity"] not in ("level", "flow"):
        return ""
    match, reason = match_city_target(city_targets, row, same_year=False)
    if match is None:
        return ""
    city_base = target_series(observations, row, city, include_doubtful)
    city_base = city_base[city_base.year < city_plan_start]
    if city_base.empty:
        return f"no city {COMPARABLE[row['quantity']][0]} before {city_plan_start}: no city pace"
    first = city_base.iloc[-1]
    out["city_required_cagr"] = cagr(float(first.value), float(match["value"]), int(match["year"]) - int(first.year))
    if math.isnan(as_float(row["required_cagr"])):
        return "no district required CAGR: no pace escalation"
    out["pace_escalation_pp"] = 100 * (row["required_cagr"] - out["city_required_cagr"])
    return "" if int(match["year"]) == row["year"] else f"pace compared with {match['city_target_id']} ({match['year']})"


def _city_reference(
    row: dict,
    city: str,
    city_plan_start: int,
    city_targets: pd.DataFrame,
    observations: pd.DataFrame,
    geographies: pd.DataFrame,
    include_doubtful: bool,
) -> dict:
    out = dict.fromkeys(CITY_COLUMNS, NAN) | {"target_id": row["target_id"]}
    out |= {"city_target_id": "", "city_baseline_source": "", "city_baseline_year": pd.NA, "population_basis": ""}
    if row["geo"] == city:
        return out | {"city_reason": "target is about the city itself"}
    match, reason = match_city_target(city_targets, row)
    if match is None:
        return out | {"city_reason": join_reasons(reason, _pace_escalation(row, city, city_plan_start, city_targets,
                                                                     observations, include_doubtful, out))}  # fmt: skip
    city_value = float(match["value"])
    out |= {"city_target_id": match["city_target_id"], "city_target_value": city_value}
    if row["quantity"] in ("share", "growth_rate"):
        return out | {"escalation_pp": row["value"] - city_value, "city_reason": ""}
    reasons = []
    if city_value > 0:
        out["share_of_city_target"] = row["value"] / city_value
        people = city_population_share(observations, geographies, row["geo"], row["year"], include_doubtful)
        out |= {"share_of_city_population": people["share_of_city_population"],
                "population_basis": people["population_basis"]}  # fmt: skip
        if people["population_reason"]:
            reasons.append(people["population_reason"])
        else:
            out["relative_ambition"] = out["share_of_city_target"] / out["share_of_city_population"]
    if row["quantity"] == "increment":
        reasons.append("commitment ratio and pace escalation are defined for levels and flows only")
        return out | {"city_reason": join_reasons(*reasons)}
    reasons.append(_pace_escalation(row, city, city_plan_start, city_targets, observations, include_doubtful, out))
    base = as_float(row["baseline_value"])
    if math.isnan(base):
        reasons.append("no district baseline: no commitment ratio")
        return out | {"city_reason": join_reasons(*reasons)}
    found = _city_baseline(row, city, int(row["baseline_year"]), observations, include_doubtful)
    if found is None:
        reasons.append(f"no city baseline for {int(row['baseline_year'])}: no commitment ratio")
        return out | {"city_reason": join_reasons(*reasons)}
    city_base_value = float(found["value"])
    out |= {"city_baseline_value": city_base_value, "city_baseline_source": found["obs_id"],
            "city_baseline_year": int(row["baseline_year"])}  # fmt: skip
    if base > 0 and city_base_value > 0 and city_value > 0:
        out["commitment_ratio"] = (row["value"] / city_value) / (base / city_base_value)
    else:
        reasons.append("a baseline or the city target is not positive")
    return out | {"city_reason": join_reasons(*reasons)}


def city_reference(
    frame: pd.DataFrame,
    city_targets: pd.DataFrame,
    observations: pd.DataFrame,
    geographies: pd.DataFrame,
    city: str,
    city_plan_start: int,
    *,
    include_doubtful: bool = False,
) -> pd.DataFrame:
    """Ambition against the city's plan, for targets that answer to one city target (:func:`match_city_target`).

    - ``escalation_pp`` (shares, rates) = district target − city target.
    - ``share_of_city_target`` (levels, flows, increments) = district target ÷ city target;
      ``share_of_city_population`` = district residents ÷ city residents at one date;
      ``relative_ambition`` = the first ÷ the second: above 1 the district promises more than
      its size share. No district baseline is needed.
    - ``pace_escalation_pp`` = district required CAGR − city required CAGR over the city's own
      plan years (from its latest observation before ``city_plan_start`` to its target), in pp.
    - ``commitment_ratio`` = (district target / city target) ÷ (district baseline / city
      baseline of the same year), after Li, Liu, Weng & Zhou (2019, Economic Journal).

    ``frame`` is :func:`target_inputs` merged with :func:`own_baselines` and :func:`own_ambition`.
    """
    rows = [
        _city_reference(row, city, city_plan_start, city_targets, observations, geographies, include_doubtful)
        for row in records(frame)
    ]
    out = table(rows, CITY_COLUMNS)
    out["city_baseline_year"] = out.city_baseline_year.astype("Int64")
    return out


PEER_COLUMNS = (
    "target_id", "peer_group", "peer_n", "peer_rank", *POPULATION_COLUMNS, "value_per_10k", "peer_n_per_10k",
    "peer_rank_per_10k", "peer_reason",
)  # fmt: skip


def _rank(values: pd.Series, geos: pd.Series, sign: int) -> tuple[list[float], int]:
    """Competition rank (1 = most ambitious) of each value against other geographies' values, and the
    number of geographies with a value; ranks are NaN when fewer than two geographies have one."""
    valid = values.notna()
    n_geos = int(geos[valid].nunique())
    ranks = [
        1.0 + float((sign * values[valid & (geos != geo)] > sign * value).sum())
        if pd.notna(value) and n_geos > 1
        else NAN
        for value, geo in zip(values, geos)
    ]
    return ranks, n_geos


def _peer_reason(row: dict) -> str:
    if not row["peer_group"]:
        return "the city is not a district"
    if row["peer_n"] < 2:
        return "no other district sets this target"
    if row["quantity"] not in ADDITIVE:
        return "per-capita rank not defined for shares and rates"
    if math.isnan(row["population"]):
        return "no population for this district"
    if row["peer_n_per_10k"] < 2:
        return "fewer than two districts with population to rank per capita"
    return ""


def peer_ranks(
    inputs: pd.DataFrame, observations: pd.DataFrame, geographies: pd.DataFrame, *, include_doubtful: bool = False
) -> pd.DataFrame:
    """Rank each district target among other districts' targets for the same statistic, quantity, unit and year.

    Rank 1 is the most ambitious (highest, or lowest for ``direction`` −1); ties share a
    rank, and a district with two targets in a group counts once in ``peer_n``. Additive
    quantities are also ranked per 10,000 residents, with the latest own population count
    (万人) up to the target year. The city is nobody's peer. Ranks say nothing about size:
    read them with the per-capita rank.
    """
    cities = set(geographies.geo[geographies.level == "city"])
    rows = []
    for target in records(inputs):
        text = statistic_text(target["indicator"], target["indicator_text"]) or ""
        key = [target["indicator"], text, target["quantity"], target["unit"], str(target["year"])]
        rows.append(
            target
            | {"peer_group": "" if target["geo"] in cities else "|".join(key)}
            | population(observations, target["geo"], target["year"], include_doubtful)
        )
    frame = pd.DataFrame(rows, columns=[*inputs.columns, "peer_group", *POPULATION_COLUMNS])
    additive = frame.quantity.isin(ADDITIVE)
    frame["value_per_10k"] = (frame.value / frame.population).where(additive)
    frame = frame.assign(peer_n=0, peer_rank=NAN, peer_n_per_10k=0, peer_rank_per_10k=NAN)
    for _, group in frame[frame.peer_group != ""].groupby("peer_group"):
        sign = int(group.direction.iloc[0])
        ranks, n_peers = _rank(group.value, group.geo, sign)
        ranks_10k, n_10k = _rank(group.value_per_10k, group.geo, sign)
        frame.loc[group.index, "peer_n"], frame.loc[group.index, "peer_rank"] = n_peers, ranks
        frame.loc[group.index, "peer_n_per_10k"], frame.loc[group.index, "peer_rank_per_10k"] = n_10k, ranks_10k
    frame["peer_reason"] = [_peer_reason(row) for row in frame.to_dict("records")]
    out = table(frame.to_dict("records"), PEER_COLUMNS)
    return out.astype({"population_year": "Int64", "peer_n": "int64", "peer_n_per_10k": "int64"})
