"""Ambition and feasibility metrics for plan targets.

Every public function takes DataFrames and returns a DataFrame keyed by ``target_id`` (or
``city_target_id``), sorted by that key. A metric row carries the inputs it was computed
from (baseline value, year and source; target value and year), and when a metric cannot be
computed it is NaN and a ``*_reason`` column says why — never a silent zero or a guess.

Comparability is decided in one place, :data:`COMPARABLE`: a target is compared only with
observations of the matching measure and the same unit, and with same-document baselines of
the same quantity. ``ytd_flow`` and ``cumulative`` observations never stand in for a
year-end stock or a full-year flow. Umbrella indicator codes (:data:`UMBRELLA_INDICATORS`)
group different statistics, so their rows are compared only when ``indicator_text`` is
identical. Observations flagged ``doubtful`` are left out unless ``include_doubtful=True``;
even then a clean row is preferred and the chosen row's flags are shown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

#: Source grades from best to worst.
GRADES = ("official", "official_repost", "news", "secondary", "machine_translation")

#: Target quantity → (the observation measure it compares with, the same-document baseline quantity).
COMPARABLE: dict[str, tuple[str, str]] = {
    "level": ("year_end_stock", "level"),
    "flow": ("annual_flow", "flow"),
    "increment": ("annual_flow", "increment"),
    "share": ("rate", "share"),
    "growth_rate": ("rate", "growth_rate"),
}

#: How progress towards a target is paced: compound growth, percentage points per year, or
#: additions per year. Growth-rate targets have no pace (a growth rate is already a pace).
PACE = {"level": "compound", "flow": "compound", "share": "linear", "increment": "additions"}

#: Quantities that add up across districts and can be divided by population.
ADDITIVE = frozenset({"level", "flow", "increment"})

#: Codes whose indicators.csv description groups several statistics (e.g. ``enterprises``
#: covers 专精特新, scale-class and cloud-adopting firms alike): rows with these codes are the
#: same statistic only when their ``indicator_text`` is identical.
UMBRELLA_INDICATORS = frozenset(
    {
        "enterprises",
        "events",
        "funds",
        "growth",
        "incubators",
        "innovation_platforms",
        "investment",
        "land",
        "listed_tech_companies",
        "other",
        "patents",
        "projects",
        "talent",
        "unicorns",
    }
)

#: Progress-ratio thresholds of the Statistics Canada / Open SDG method, best first.
PROGRESS_CATEGORIES = ((0.95, "on track"), (0.60, "acceleration needed"), (0.0, "limited progress"))

#: Coverage of the forecast intervals and of the attainment-probability interval.
INTERVAL = 0.90

#: Default bin edges for the distribution of relative margins (observed vs target).
MARGIN_EDGES = (-math.inf, -0.5, -0.2, -0.1, -0.05, 0.0, 0.05, 0.1, 0.2, 0.5, math.inf)

NAN = float("nan")


# --- small scalar helpers -------------------------------------------------------------------


def cagr(start: float, end: float, years: float) -> float:
    """Compound annual growth rate from ``start`` to ``end``; NaN unless both are positive and years > 0."""
    if not (start > 0 and end > 0 and years > 0):
        return NAN
    return (end / start) ** (1 / years) - 1


def direction(comparator: str, higher_is_better: bool) -> int:
    """+1 when the target is beaten by higher values, -1 by lower (a ``<=`` cap or a lower-is-better indicator)."""
    return -1 if comparator == "<=" or not higher_is_better else 1


def meets(value: float, target: float, comparator: str, sign: int) -> bool:
    """Whether ``value`` satisfies the target; ``>`` (突破, 超过) must be strictly exceeded."""
    margin = sign * (value - target)
    return margin > 0 if comparator == ">" else margin >= 0


def progress_category(ratio: float, achieved: bool) -> str:
    """Open SDG category of a progress ratio; "" when neither achieved nor computable."""
    if achieved:
        return "target achieved"
    if math.isnan(ratio):
        return ""
    return next((label for floor, label in PROGRESS_CATEGORIES if ratio >= floor), "deterioration")


def _join(*reasons: str) -> str:
    return "; ".join(reason for reason in reasons if reason)


def _float(value: object) -> float:
    return NAN if pd.isna(value) else float(value)


def _statistic_text(indicator: str, indicator_text: str) -> str | None:
    """The text two rows must share to be the same statistic (None: the code alone suffices)."""
    return indicator_text if indicator in UMBRELLA_INDICATORS else None


def _flagged(flags: str, flag: str) -> bool:
    return flag in flags.split(";")


# --- selecting observations ------------------------------------------------------------------


def _series(
    observations: pd.DataFrame,
    *,
    geo: str,
    indicator: str,
    quantity: str,
    unit: str,
    text: str | None,
    include_doubtful: bool,
) -> pd.DataFrame:
    """Observations comparable with a ``quantity`` target: one row per year (clean first, then best grade)."""
    rows = observations[
        (observations.geo == geo)
        & (observations.indicator == indicator)
        & (observations.measure == COMPARABLE[quantity][0])
        & (observations.unit == unit)
    ]
    if text is not None:
        rows = rows[rows.indicator_text == text]
    doubtful = rows["flags"].map(lambda flags: _flagged(flags, "doubtful")).astype(bool)
    if not include_doubtful:
        rows, doubtful = rows[~doubtful], doubtful[~doubtful]
    ranked = rows.assign(
        year=rows.year.astype(int),
        _doubtful=doubtful,
        _grade=rows.source_grade.map(GRADES.index),
    ).sort_values(["year", "_doubtful", "_grade", "obs_id"])
    best = ranked.drop_duplicates("year", keep="first")
    return best[["year", "value", "obs_id", "source_grade", "flags"]].reset_index(drop=True)


def _target_series(observations: pd.DataFrame, target: dict, geo: str, include_doubtful: bool) -> pd.DataFrame:
    """The series of ``geo`` comparable with ``target``."""
    return _series(
        observations,
        geo=geo,
        indicator=target["indicator"],
        quantity=target["quantity"],
        unit=target["unit"],
        text=_statistic_text(target["indicator"], target["indicator_text"]),
        include_doubtful=include_doubtful,
    )


def _document_baseline(document_baselines: pd.DataFrame, target: dict) -> tuple[dict | None, str]:
    """The same document's latest comparable baseline row before the target year, or why there is none."""
    rows = document_baselines[
        (document_baselines.doc_id == target["doc_id"])
        & (document_baselines.geo == target["geo"])
        & (document_baselines.indicator == target["indicator"])
        & (document_baselines.quantity == COMPARABLE[target["quantity"]][1])
        & (document_baselines.unit == target["unit"])
        & (document_baselines.year.astype(int) < target["year"])
    ]
    text = _statistic_text(target["indicator"], target["indicator_text"])
    if text is not None:
        rows = rows[rows.indicator_text == text]
    latest = rows[rows.year == rows.year.max()]
    if len(latest) > 1:
        latest = latest[latest.indicator_text == target["indicator_text"]]
    if len(latest) == 1:
        row = latest.iloc[0]
        found = {"value": float(row.value), "year": int(row.year), "source": row.target_id}
        return found | {"origin": "document", "grade": "official", "flags": ""}, ""
    if len(rows):
        return None, f"several same-document baselines match ({';'.join(sorted(rows.target_id))})"
    return None, ""


def _baseline(
    target: dict,
    document_baselines: pd.DataFrame,
    observations: pd.DataFrame,
    before: int,
    include_doubtful: bool,
) -> dict:
    """A target's baseline: its document's own baseline row, else the latest own observation before ``before``."""
    found, ambiguity = _document_baseline(document_baselines, target)
    if found is not None:
        return found | {"reason": ""}
    series = _target_series(observations, target, target["geo"], include_doubtful)
    series = series[series.year < before]
    if series.empty:
        measure = COMPARABLE[target["quantity"]][0]
        missing = f"no baseline: no same-document baseline and no {measure} observation for {target['geo']}"
        missing += f" before {before}"
        empty = {"value": NAN, "year": pd.NA, "source": "", "origin": "", "grade": "", "flags": ""}
        return empty | {"reason": _join(ambiguity, missing)}
    row = series.iloc[-1]
    return {
        "value": float(row.value),
        "year": int(row.year),
        "source": row.obs_id,
        "origin": "observation",
        "grade": row.source_grade,
        "flags": row["flags"],
        "reason": "",
    }


# --- per-target tables -----------------------------------------------------------------------


def target_inputs(targets: pd.DataFrame, documents: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """The distinct targets (not baselines, not restatements) with the inputs every metric needs:
    plan period, issue date and direction."""
    document_columns = ["doc_id", "signed", "plan_start", "plan_end"]
    distinct = targets.kind == "target"
    if "restates" in targets:  # a restatement of a target already stated is not a new target
        distinct &= targets.restates == ""
    frame = (
        targets[distinct]
        .merge(documents[document_columns], on="doc_id", how="left", validate="many_to_one")
        .merge(indicators[["indicator", "higher_is_better"]], on="indicator", how="left", validate="many_to_one")
    )
    unknown = sorted(set(frame.indicator[frame.higher_is_better.isna()]))
    if unknown:
        raise ValueError(f"indicators without a direction of improvement: {unknown}")
    frame["direction"] = [direction(c, bool(h)) for c, h in zip(frame.comparator, frame.higher_is_better)]
    columns = [
        "target_id", "doc_id", "geo", "indicator", "indicator_text", "quantity", "comparator", "value", "unit",
        "year", "plan_start", "plan_end", "signed", "higher_is_better", "direction",
    ]  # fmt: skip
    return frame[columns].sort_values("target_id").reset_index(drop=True)


def _records(inputs: pd.DataFrame) -> list[dict]:
    """Input rows as dicts with the target year as a plain int."""
    return [row | {"year": int(row["year"])} for row in inputs.to_dict("records")]


def _table(rows: list[dict], columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns)).sort_values(columns[0]).reset_index(drop=True)


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
    for target in _records(inputs):
        before = target["year"] if pd.isna(target["plan_start"]) else min(int(target["plan_start"]), target["year"])
        found = _baseline(target, document_baselines, observations, before, include_doubtful)
        rows.append({"target_id": target["target_id"]} | {f"baseline_{key}": value for key, value in found.items()})
    table = _table(rows, BASELINE_COLUMNS)
    table["baseline_year"] = table.baseline_year.astype("Int64")
    return table


AMBITION_COLUMNS = (
    "target_id", "years", "multiple", "required_cagr", "required_annual_change", "gap_pp", "baseline_meets_target",
    "ambition_reason",
)  # fmt: skip


def _ambition(row: dict) -> dict:
    quantity, target, base = row["quantity"], row["value"], _float(row["baseline_value"])
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
    return _table([_ambition(row) for row in _records(frame)], AMBITION_COLUMNS).astype(
        {"baseline_meets_target": "boolean"}
    )


TIME_COLUMNS = (
    "target_id", "deadline", "months_available", "years_available", "issue_baseline_value", "issue_baseline_year",
    "issue_baseline_source", "required_cagr_remaining", "time_reason",
)  # fmt: skip


def _time_available(
    target: dict, document_baselines: pd.DataFrame, observations: pd.DataFrame, include_doubtful: bool
) -> dict:
    deadline = pd.Timestamp(year=target["year"], month=12, day=31)
    out = dict.fromkeys(TIME_COLUMNS, NAN) | {"target_id": target["target_id"], "deadline": deadline}
    out |= {"issue_baseline_year": pd.NA, "issue_baseline_source": ""}
    issued = target["signed"]
    if pd.isna(issued):
        return out | {"time_reason": "no issue date"}
    if deadline < issued:
        return out | {"time_reason": "deadline before issue date"}
    days = (deadline - issued).days
    out |= {"months_available": days / (365.25 / 12), "years_available": days / 365.25}
    if target["quantity"] != "level":
        return out | {"time_reason": "remaining-time CAGR is defined for level targets only"}
    found = _baseline(target, document_baselines, observations, min(issued.year, target["year"]), include_doubtful)
    out |= {f"issue_baseline_{key}": found[key] for key in ("value", "year", "source")}
    if found["reason"]:
        return out | {"time_reason": found["reason"]}
    remaining = cagr(found["value"], target["value"], out["years_available"])
    reason = "" if not math.isnan(remaining) else "baseline or target not positive, or no time left: CAGR undefined"
    return out | {"required_cagr_remaining": remaining, "time_reason": reason}


def time_available(
    inputs: pd.DataFrame, targets: pd.DataFrame, observations: pd.DataFrame, *, include_doubtful: bool = False
) -> pd.DataFrame:
    """Time from the document's issue date to the deadline (31 December of the target year), and the CAGR it requires.

    The remaining-time CAGR starts from the latest baseline known at issue: the document's own
    baseline row, else the latest own observation of a year before the issue year. It treats
    that value as the level on the issue date, so growth since then makes it an upper bound.
    """
    document_baselines = targets[targets.kind == "baseline"]
    rows = [_time_available(t, document_baselines, observations, include_doubtful) for t in _records(inputs)]
    table = _table(rows, TIME_COLUMNS)
    table["issue_baseline_year"] = table.issue_baseline_year.astype("Int64")
    return table


PARENT_COLUMNS = (
    "target_id", "city_target_id", "city_target_value", "escalation_pp", "city_baseline_value", "city_baseline_source",
    "commitment_ratio", "parent_reason",
)  # fmt: skip


def _matching_city_targets(city_targets: pd.DataFrame, row: dict) -> pd.DataFrame:
    """City targets for the same statistic, quantity, unit and year as ``row``."""
    matches = city_targets[
        (city_targets.indicator == row["indicator"])
        & (city_targets.quantity == row["quantity"])
        & (city_targets.unit == row["unit"])
        & (city_targets.year.astype(int) == int(row["year"]))
    ]
    text = _statistic_text(row["indicator"], row["indicator_text"])
    return matches if text is None else matches[matches.indicator_text == text]


def _parent(
    row: dict, city: str, city_targets: pd.DataFrame, observations: pd.DataFrame, include_doubtful: bool
) -> dict:
    out = dict.fromkeys(PARENT_COLUMNS, NAN) | {"target_id": row["target_id"], "city_target_id": ""}
    out["city_baseline_source"] = ""
    if row["geo"] == city:
        return out | {"parent_reason": "target is about the city itself"}
    matches = _matching_city_targets(city_targets, row)
    if len(matches) != 1:
        ids = ";".join(sorted(matches.city_target_id))
        found = "no city target" if matches.empty else f"several city targets ({ids})"
        return out | {"parent_reason": f"{found} for this indicator, quantity, unit and year"}
    match = matches.iloc[0]
    out |= {"city_target_id": match.city_target_id, "city_target_value": float(match.value)}
    if row["quantity"] in ("share", "growth_rate"):
        return out | {"escalation_pp": row["value"] - match.value, "parent_reason": ""}
    if row["quantity"] == "increment":
        return out | {"parent_reason": "commitment ratio is defined for levels and flows only"}
    base = _float(row["baseline_value"])
    if math.isnan(base):
        return out | {"parent_reason": "no district baseline"}
    series = _target_series(observations, row, city, include_doubtful)
    same_year = series[series.year == int(row["baseline_year"])]
    if same_year.empty:
        return out | {"parent_reason": f"no city baseline for {int(row['baseline_year'])}"}
    city_base = float(same_year.value.iloc[0])
    out |= {"city_baseline_value": city_base, "city_baseline_source": same_year.obs_id.iloc[0]}
    if not (base > 0 and city_base > 0 and match.value > 0):
        return out | {"parent_reason": "a baseline or the city target is not positive"}
    ratio = (row["value"] / match.value) / (base / city_base)
    return out | {"commitment_ratio": ratio, "parent_reason": ""}


def parent_comparison(
    frame: pd.DataFrame,
    city_targets: pd.DataFrame,
    observations: pd.DataFrame,
    city: str,
    *,
    include_doubtful: bool = False,
) -> pd.DataFrame:
    """Escalation against the parent (city) plan, after Li, Liu, Weng & Zhou (2019, Economic Journal).

    Shares and growth rates: ``escalation_pp`` = district target − city target. Levels and
    flows: ``commitment_ratio`` = (district target / city target) ÷ (district baseline / city
    baseline), with the city baseline from the same year as the district's; above 1 the
    district promises to outgrow the city. ``frame`` is :func:`target_inputs` merged with
    :func:`own_baselines`.
    """
    rows = [_parent(row, city, city_targets, observations, include_doubtful) for row in _records(frame)]
    return _table(rows, PARENT_COLUMNS)


PEER_COLUMNS = (
    "target_id", "peer_group", "n_peers", "peer_rank", "population", "population_year", "population_source",
    "value_per_10k", "n_peers_per_10k", "peer_rank_per_10k", "peer_reason",
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


POPULATION_COLUMNS = ("population", "population_year", "population_source")


def _population(observations: pd.DataFrame, geo: str, year: int, include_doubtful: bool) -> dict:
    """The latest resident population (万人) of ``geo`` up to ``year``.

    A year-end count is preferred; a census count at a date (stored as ``cumulative`` with the
    census date as ``period``) is a point-in-time stock and serves when no year-end count exists.
    """
    rows = observations[
        (observations.geo == geo)
        & (observations.indicator == "population")
        & (observations.unit == "万人")
        & observations.measure.isin(["year_end_stock", "cumulative"])
        & (observations.year <= year)
    ]
    if not include_doubtful:
        rows = rows[[not _flagged(flags, "doubtful") for flags in rows["flags"]]]
    if rows.empty:
        return dict(zip(POPULATION_COLUMNS, (NAN, pd.NA, "")))
    ranked = rows.assign(
        point_in_time=rows.measure != "year_end_stock", grade=[GRADES.index(g) for g in rows.source_grade]
    ).sort_values(["year", "point_in_time", "grade", "obs_id"], ascending=[False, True, True, True])
    row = ranked.iloc[0]
    return dict(zip(POPULATION_COLUMNS, (float(row.value), int(row.year), row.obs_id)))


def _peer_reason(row: dict) -> str:
    if not row["peer_group"]:
        return "the city is not a district"
    if row["n_peers"] < 2:
        return "no other district sets this target"
    if row["quantity"] not in ADDITIVE:
        return "per-capita rank not defined for shares and rates"
    if math.isnan(row["population"]):
        return "no population for this district"
    if row["n_peers_per_10k"] < 2:
        return "fewer than two districts with population to rank per capita"
    return ""


def peer_ranks(
    inputs: pd.DataFrame, observations: pd.DataFrame, geographies: pd.DataFrame, *, include_doubtful: bool = False
) -> pd.DataFrame:
    """Rank each district target among other districts' targets for the same statistic, quantity, unit and year.

    Rank 1 is the most ambitious (highest, or lowest for ``direction`` −1); ties share a
    rank, and a district with two targets in a group counts once in ``n_peers``. Additive
    quantities are also ranked per 10,000 residents, with the latest own population
    observation (万人) up to the target year. The city is nobody's peer.
    """
    cities = set(geographies.geo[geographies.level == "city"])
    rows = []
    for target in _records(inputs):
        text = _statistic_text(target["indicator"], target["indicator_text"]) or ""
        key = [target["indicator"], text, target["quantity"], target["unit"], str(target["year"])]
        rows.append(
            target
            | {"peer_group": "" if target["geo"] in cities else "|".join(key)}
            | _population(observations, target["geo"], target["year"], include_doubtful)
        )
    frame = pd.DataFrame(rows, columns=[*inputs.columns, "peer_group", *POPULATION_COLUMNS])
    additive = frame.quantity.isin(ADDITIVE)
    frame["value_per_10k"] = (frame.value / frame.population).where(additive)
    frame = frame.assign(n_peers=0, peer_rank=NAN, n_peers_per_10k=0, peer_rank_per_10k=NAN)
    for _, group in frame[frame.peer_group != ""].groupby("peer_group"):
        sign = int(group.direction.iloc[0])
        ranks, n_peers = _rank(group.value, group.geo, sign)
        ranks_10k, n_10k = _rank(group.value_per_10k, group.geo, sign)
        frame.loc[group.index, "n_peers"], frame.loc[group.index, "peer_rank"] = n_peers, ranks
        frame.loc[group.index, "n_peers_per_10k"], frame.loc[group.index, "peer_rank_per_10k"] = n_10k, ranks_10k
    frame["peer_reason"] = [_peer_reason(row) for row in frame.to_dict("records")]
    table = _table(frame.to_dict("records"), PEER_COLUMNS)
    return table.astype({"population_year": "Int64", "n_peers": "int64", "n_peers_per_10k": "int64"})


PROBABILITY_COLUMNS = ("forecast", "forecast_low", "forecast_high", "p_attain", "p_attain_low", "p_attain_high")
FEASIBILITY_COLUMNS = (
    "target_id", "history_years", "history_n", "history_source", "history_proxy", "pace_kind", "history_pace",
    "required_pace", "progress_ratio", "progress_category", "progress_reason", "model_n", *PROBABILITY_COLUMNS,
    "probability_reason",
)  # fmt: skip


def _pace(series: pd.DataFrame, kind: str) -> float:
    """Observed pace of a history: CAGR, change per year, or mean annual additions."""
    first, last = series.iloc[0], series.iloc[-1]
    span = float(last.year - first.year)
    if kind == "compound":
        return cagr(float(first.value), float(last.value), span)
    if kind == "linear":
        return float(last.value - first.value) / span
    return float(series.value.mean())


def _beyond(mean: float, scale: float, goal: float, sign: int, df: float) -> float:
    """P(value beats ``goal``) for a t-distributed value with this location and scale."""
    return float(stats.t.sf(sign * (goal - mean) / scale, df))


def attainment_probability(
    years: Sequence[int], values: Sequence[float], deadline_year: int, target: float, sign: int, log: bool
) -> dict:
    """Probability that a linear trend of the history reaches the target in the deadline year.

    Model: OLS of log(value) (``log=True``, constant growth) or of value (constant change) on
    year, fitted with statsmodels; independent, homoscedastic normal errors around the trend,
    which continues unchanged to the deadline. ``p_attain`` is the probability, under the
    predictive t distribution (n − 2 df, trend and residual uncertainty), that the deadline
    value beats the target; ``p_attain_low``/``high`` are that probability with the trend at
    the ends of its ``INTERVAL`` confidence interval and only residual noise; ``forecast_*``
    is the deadline prediction with its ``INTERVAL`` prediction interval, in target units.
    Deterministic; needs at least three points and a non-zero residual variance.
    """
    y = np.log(np.asarray(values, dtype=float)) if log else np.asarray(values, dtype=float)
    fit = sm.OLS(y, sm.add_constant(np.asarray(years, dtype=float))).fit()
    prediction = fit.get_prediction(np.array([[1.0, float(deadline_year)]]))
    mean, se_mean = float(prediction.predicted_mean[0]), float(prediction.se_mean[0])
    residual_sd, df = math.sqrt(fit.scale), float(fit.df_resid)
    if fit.ssr <= 1e-12 * float(np.sum(y**2)):  # zero up to rounding
        return {"probability_reason": "history lies exactly on a trend: no residual variance to model"}
    back = np.exp if log else (lambda v: v)
    goal = math.log(target) if log else target
    scale = math.hypot(se_mean, residual_sd)
    quantile = float(stats.t.ppf(0.5 + INTERVAL / 2, df))
    ends = sorted(_beyond(mean + k * quantile * se_mean, residual_sd, goal, sign, df) for k in (-1, 1))
    return {
        "forecast": float(back(mean)),
        "forecast_low": float(back(mean - quantile * scale)),
        "forecast_high": float(back(mean + quantile * scale)),
        "p_attain": _beyond(mean, scale, goal, sign, df),
        "p_attain_low": ends[0],
        "p_attain_high": ends[1],
        "probability_reason": "",
    }


def _probability(row: dict, own: pd.DataFrame, kind: str | None) -> dict:
    empty = dict.fromkeys(PROBABILITY_COLUMNS, NAN)
    if kind not in ("compound", "linear"):
        return empty | {"model_n": len(own), "probability_reason": f"no trend model for {row['quantity']} targets"}
    if len(own) < 3:
        return empty | {"model_n": len(own), "probability_reason": f"fewer than three own observations ({len(own)})"}
    if kind == "compound" and not ((own.value > 0).all() and row["value"] > 0):
        return empty | {"model_n": len(own), "probability_reason": "values not positive: log-trend undefined"}
    log = kind == "compound"
    return empty | {"model_n": len(own)} | attainment_probability(
        own.year, own.value, row["year"], row["value"], row["direction"], log
    )


def _feasibility(row: dict, city: str, observations: pd.DataFrame, include_doubtful: bool) -> dict:
    kind = PACE.get(row["quantity"])
    if pd.notna(row["baseline_year"]):
        cutoff = int(row["baseline_year"])
    else:
        cutoff = (row["year"] if pd.isna(row["plan_start"]) else int(row["plan_start"])) - 1
    own = _target_series(observations, row, row["geo"], include_doubtful)
    own = own[own.year <= cutoff]
    history, proxy = own, False
    if len(own) < 2 and kind == "compound" and row["geo"] != city:
        city_series = _target_series(observations, row, city, include_doubtful)
        city_series = city_series[city_series.year <= cutoff]
        if len(city_series) >= 2:
            history, proxy = city_series, True
    required = row["required_cagr"] if kind == "compound" else row["required_annual_change"]
    achieved = pd.notna(row["baseline_meets_target"]) and bool(row["baseline_meets_target"])
    out = {
        "target_id": row["target_id"],
        "history_years": f"{history.year.iloc[0]}-{history.year.iloc[-1]}" if len(history) else "",
        "history_n": len(history),
        "history_source": ";".join(history.obs_id),
        "history_proxy": proxy,
        "pace_kind": kind or "",
        "history_pace": NAN,
        "required_pace": _float(required) if kind else NAN,
        "progress_ratio": NAN,
    }
    out |= _probability(row, own, kind)
    if kind is None:
        reason = "no progress ratio for growth-rate targets: compare the observed rate directly"
    elif len(history) < 2:
        reason = f"insufficient history: {len(history)} comparable observation(s) up to {cutoff}"
    else:
        out["history_pace"] = _pace(history, kind)
        required = out["required_pace"]
        if math.isnan(required):
            reason = "required pace unknown (see ambition_reason)"
        elif required == 0 or math.isnan(out["history_pace"]):
            reason = "required pace is zero or history pace undefined"
        else:
            out["progress_ratio"] = row["direction"] * out["history_pace"] / abs(required)
            reason = "city-wide history used as a proxy" if proxy else ""
    return out | {"progress_category": progress_category(out["progress_ratio"], achieved), "progress_reason": reason}


def ex_ante_feasibility(
    frame: pd.DataFrame, observations: pd.DataFrame, city: str, *, include_doubtful: bool = False
) -> pd.DataFrame:
    """Feasibility as seen when the target was set: the history's pace against the required pace.

    The history is the own comparable series up to the baseline year (or the year before the
    plan starts). Progress ratio (Statistics Canada / Open SDG method) = direction × observed
    pace / |required pace|, where the pace is the CAGR for levels and flows, percentage points
    per year for shares, and mean annual additions for increments; a baseline that already
    meets the target is "target achieved". With fewer than two own points a city-wide series
    serves as a flagged proxy (``history_proxy``) for CAGRs only; it is not for headline use.
    The probability of attainment uses own observations only (:func:`attainment_probability`).
    ``frame`` is :func:`target_inputs` merged with :func:`own_baselines` and :func:`own_ambition`.
    """
    rows = [_feasibility(row, city, observations, include_doubtful) for row in _records(frame)]
    return _table(rows, FEASIBILITY_COLUMNS)


OUTCOME_COLUMNS = (
    "target_id", "outcome_value", "outcome_year", "outcome_source", "outcome_grade", "outcome_flags", "attainment",
    "relative_margin", "outcome_status", "outcome_reason",
)  # fmt: skip


def _outcome_observation(row: dict, observations: pd.DataFrame, include_doubtful: bool) -> tuple[dict | None, str]:
    """The observed value to hold against a target at its deadline year, or why there is none."""
    series = _target_series(observations, row, row["geo"], include_doubtful)
    if row["quantity"] != "increment":
        at_deadline = series[series.year == row["year"]]
        if at_deadline.empty:
            return None, f"no {COMPARABLE[row['quantity']][0]} observation for {row['year']}"
        hit = at_deadline.iloc[0]
        return {"value": float(hit.value), "source": hit.obs_id, "grade": hit.source_grade, "flags": hit["flags"]}, ""
    if pd.isna(row["plan_start"]):
        return None, "increment target without a plan start: its period is unknown"
    years = range(int(row["plan_start"]), row["year"] + 1)
    present = series[series.year.isin(years)]
    missing = sorted(set(years) - set(present.year))
    if missing:
        return None, f"incomplete annual flows: missing {', '.join(map(str, missing))}"
    flags = sorted({flag for flags in present["flags"] for flag in flags.split(";") if flag})
    return {
        "value": float(present.value.sum()),
        "source": ";".join(present.obs_id),
        "grade": GRADES[max(map(GRADES.index, present.source_grade))],
        "flags": ";".join(flags),
    }, ""


def _outcome(row: dict, observations: pd.DataFrame, include_doubtful: bool) -> dict:
    out = dict.fromkeys(OUTCOME_COLUMNS, NAN) | {"target_id": row["target_id"], "outcome_year": row["year"]}
    out |= dict.fromkeys(("outcome_source", "outcome_grade", "outcome_flags"), "")
    found, reason = _outcome_observation(row, observations, include_doubtful)
    if found is None:
        return out | {"outcome_status": "unknown", "outcome_reason": reason}
    value, target, sign = found["value"], row["value"], row["direction"]
    out |= {f"outcome_{key}": item for key, item in found.items()}
    if target != 0:
        out |= {"attainment": value / target, "relative_margin": sign * (value - target) / abs(target)}
    met = meets(value, target, row["comparator"], sign)
    if _flagged(found["flags"], "lower_bound") and met != (sign == 1):
        return out | {"outcome_status": "unknown", "outcome_reason": "observation is only a lower bound"}
    reason = "" if target != 0 else "zero target: ratios undefined"
    return out | {"outcome_status": "met" if met else "missed", "outcome_reason": reason}


def ex_post_attainment(
    inputs: pd.DataFrame, observations: pd.DataFrame, *, include_doubtful: bool = False
) -> pd.DataFrame:
    """Attainment at the deadline: observed / target, met / missed / unknown, and the observation's grade.

    The outcome is the own comparable observation in the target year; for increments, the
    annual flows of every plan year summed (unknown if any year is missing). ``relative_margin``
    is (observed − target) / |target|, sign-flipped for ``direction`` −1 so that positive
    always means the target was beaten. A ``lower_bound`` observation decides only when the
    bound settles it. Proxies are never used.
    """
    return _table([_outcome(row, observations, include_doubtful) for row in _records(inputs)], OUTCOME_COLUMNS)


def city_geo(geographies: pd.DataFrame) -> str:
    """The one geography of level ``city``."""
    cities = geographies.geo[geographies.level == "city"].tolist()
    if len(cities) != 1:
        raise ValueError(f"expected exactly one city geography, found {cities}")
    return cities[0]


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
    """One row per target with its inputs and every per-target metric, sorted by ``target_id``.

    Columns: the inputs of :func:`target_inputs` (``value``/``year`` renamed ``target_value``/
    ``target_year``), then the columns of :func:`own_baselines`, :func:`own_ambition`,
    :func:`time_available`, :func:`parent_comparison`, :func:`peer_ranks`,
    :func:`ex_ante_feasibility` and :func:`ex_post_attainment`.
    """
    city = city_geo(geographies)
    options = {"include_doubtful": include_doubtful}
    frame = target_inputs(targets, documents, indicators)
    frame = frame.merge(own_baselines(frame, targets, observations, **options), on="target_id")
    frame = frame.merge(own_ambition(frame), on="target_id")
    tables = [
        time_available(frame, targets, observations, **options),
        parent_comparison(frame, city_targets, observations, city, **options),
        peer_ranks(frame, observations, geographies, **options),
        ex_ante_feasibility(frame, observations, city, **options),
        ex_post_attainment(frame, observations, **options),
    ]
    for table in tables:
        frame = frame.merge(table, on="target_id", validate="one_to_one")
    frame = frame.rename(columns={"value": "target_value", "year": "target_year"})
    return frame.sort_values("target_id").reset_index(drop=True)


# --- tables across targets -------------------------------------------------------------------

OVER_COMMITMENT_COLUMNS = (
    "city_target_id", "indicator", "quantity", "year", "unit", "city_value", "districts", "n_districts",
    "district_sum", "sum_over_city", "coverage", "coverage_basis", "coverage_reason", "reason",
)  # fmt: skip


def _coverage(
    observations: pd.DataFrame, city: str, geos: list[str], city_target: dict, include_doubtful: bool
) -> tuple[float, str, str]:
    """Share of the city that ``geos`` account for, in the indicator itself, else in population."""
    text = _statistic_text(city_target["indicator"], city_target["indicator_text"])
    bases = [
        (city_target["indicator"], city_target["quantity"], city_target["unit"], text),
        ("population", "level", "万人", None),
    ]
    for indicator, quantity, unit, statistic in bases:
        series = {
            geo: _series(
                observations, geo=geo, indicator=indicator, quantity=quantity, unit=unit, text=statistic,
                include_doubtful=include_doubtful,
            ).set_index("year").value
            for geo in [city, *geos]
        }  # fmt: skip
        common = set.intersection(*(set(values.index) for values in series.values()))
        common = {year for year in common if year < int(city_target["year"])}
        if common:
            year = max(common)
            share = sum(series[geo][year] for geo in geos) / series[city][year]
            return float(share), f"{indicator} {year}", ""
    missing = "no year before the target year with indicator (or population) values for the city and every district"
    return NAN, "", missing


def over_commitment(
    targets: pd.DataFrame,
    city_targets: pd.DataFrame,
    observations: pd.DataFrame,
    geographies: pd.DataFrame,
    *,
    include_doubtful: bool = False,
) -> pd.DataFrame:
    """Per city target: the sum of the districts' targets for the same statistic, against the city's.

    Only geographies directly under the city take part, so a zone inside a district is not
    counted twice. ``sum_over_city`` > 1 means the districts together promise more than the
    city; read it with ``coverage``, the share of the city (in the indicator, else population)
    the reporting districts account for. Shares and rates do not add up and get no sum.
    """
    city = city_geo(geographies)
    children = set(geographies.geo[geographies.parent == city])
    district_targets = targets[(targets.kind == "target") & targets.geo.isin(children)]
    rows = []
    for city_target in city_targets.sort_values("city_target_id").to_dict("records"):
        matches = _matching_city_targets(district_targets, city_target)
        geos = sorted(set(matches.geo))
        out = {key: city_target[key] for key in ("city_target_id", "indicator", "quantity", "unit")}
        out |= {"year": int(city_target["year"]), "city_value": float(city_target["value"])}
        out |= {"districts": ";".join(geos), "n_districts": len(geos), "coverage_basis": "", "coverage_reason": ""}
        out |= dict.fromkeys(("district_sum", "sum_over_city", "coverage"), NAN)
        duplicated = sorted(matches.geo[matches.geo.duplicated()].unique())
        if city_target["quantity"] not in ADDITIVE:
            out["reason"] = "shares and rates do not add up across districts"
        elif not geos:
            out["reason"] = "no district target"
        elif duplicated:
            out["reason"] = f"several targets from one district ({';'.join(duplicated)})"
        else:
            total = float(matches.value.sum())
            coverage, basis, coverage_reason = _coverage(observations, city, geos, city_target, include_doubtful)
            ratio = total / city_target["value"] if city_target["value"] else NAN
            out |= {"district_sum": total, "sum_over_city": ratio}
            out |= {"coverage": coverage, "coverage_basis": basis, "coverage_reason": coverage_reason, "reason": ""}
        rows.append(out)
    return _table(rows, OVER_COMMITMENT_COLUMNS).astype({"year": "Int64", "n_districts": "int64"})


def ex_post_distribution(metrics: pd.DataFrame, edges: Sequence[float] = MARGIN_EDGES) -> pd.DataFrame:
    """Histogram of ``relative_margin`` from :func:`target_metrics` (or :func:`ex_post_attainment`).

    Bins are closed on the left, so a result exactly on its target falls in [0, 0.05): with the
    default edges, a pile-up in that bin against [−0.05, 0) shows results clustering just above
    the targets. Each bin lists its target ids; targets without an outcome are left out.
    """
    known = metrics[metrics.relative_margin.notna()].sort_values("target_id")
    bins = pd.cut(known.relative_margin, bins=list(edges), right=False, labels=False)
    rows = []
    for position, (lower, upper) in enumerate(zip(edges[:-1], edges[1:])):
        inside = known[bins == position]
        rows.append(
            {
                "lower": lower,
                "upper": upper,
                "count": len(inside),
                "share": len(inside) / len(known) if len(known) else NAN,
                "target_ids": ";".join(inside.target_id),
            }
        )
    return pd.DataFrame(rows, columns=["lower", "upper", "count", "share", "target_ids"])
