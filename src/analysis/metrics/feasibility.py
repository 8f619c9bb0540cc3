"""How feasible each target was: pace since the base year (progress ratio), a trend model's
probability of attainment, and the observed outcome at the deadline."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

from .base import GRADES, NAN, PACE, COMPARABLE, as_float, cagr, flagged, meets, records, table, target_series

#: Progress-ratio thresholds of the Statistics Canada / Open SDG method, best first.
PROGRESS_CATEGORIES = ((0.95, "on track"), (0.60, "acceleration needed"), (0.0, "limited progress"))

#: Coverage of the forecast intervals and of the attainment-probability interval.
INTERVAL = 0.90

#: Default bin edges for the distribution of relative margins (observed vs target).
MARGIN_EDGES = (-math.inf, -0.5, -0.2, -0.1, -0.05, 0.0, 0.05, 0.1, 0.2, 0.5, math.inf)


def progress_category(ratio: float, achieved: bool) -> str:
    """Open SDG category of a progress ratio; "" when neither achieved nor computable."""
    if achieved:
        return "target achieved"
    if math.isnan(ratio):
        return ""
    return next((label for floor, label in PROGRESS_CATEGORIES if ratio >= floor), "deterioration")


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


PROBABILITY_COLUMNS = ("forecast", "forecast_low", "forecast_high", "p_attain", "p_attain_low", "p_attain_high")
PROGRESS_COLUMNS = (
    "target_id", "pace_kind", "progress_from", "progress_to", "progress_source", "progress_proxy", "observed_pace",
    "required_pace", "progress_ratio", "progress_category", "progress_reason", "model_n", *PROBABILITY_COLUMNS,
    "probability_reason",
)  # fmt: skip


def _observed_pace(kind: str, start: tuple[int, float], end: tuple[int, float]) -> float:
    """Pace from ``start`` to ``end`` (year, value): CAGR, or change per year."""
    span = float(end[0] - start[0])
    return cagr(start[1], end[1], span) if kind == "compound" else (end[1] - start[1]) / span


def _since_base(row: dict, city: str, observations: pd.DataFrame, include_doubtful: bool) -> dict:
    """Observed pace from the base year to the latest comparable observation before the deadline year.

    The own series first; for compound paces without a later own point, the city's series over
    the same years serves as a marked proxy.
    """
    kind = PACE[row["quantity"]]
    if kind == "additions":
        flows = target_series(observations, row, row["geo"], include_doubtful)
        start = int(row["plan_start"]) if pd.notna(row["plan_start"]) else row["year"]
        flows = flows[(flows.year >= start) & (flows.year < row["year"])]
        if flows.empty:
            return {"progress_reason": "no annual additions observed in the plan years before the deadline year"}
        return {"progress_from": int(flows.year.iloc[0]), "progress_to": int(flows.year.iloc[-1]),
                "progress_source": ";".join(flows.obs_id), "observed_pace": float(flows.value.mean())}  # fmt: skip
    if pd.isna(row["baseline_year"]):
        return {"progress_reason": "no baseline to measure growth from"}
    base_year, base_value = int(row["baseline_year"]), float(row["baseline_value"])
    later = target_series(observations, row, row["geo"], include_doubtful)
    later = later[(later.year > base_year) & (later.year < row["year"])]
    if not later.empty:
        last = later.iloc[-1]
        pace = _observed_pace(kind, (base_year, base_value), (int(last.year), float(last.value)))
        return {"progress_from": base_year, "progress_to": int(last.year),
                "progress_source": ";".join(filter(None, [row["baseline_source"], last.obs_id])), "observed_pace": pace}  # fmt: skip
    if kind != "compound" or row["geo"] == city:
        return {"progress_reason": f"no comparable observation between {base_year} and {row['year']}"}
    whole = target_series(observations, row, city, include_doubtful)
    first, last = whole[whole.year <= base_year], whole[(whole.year > base_year) & (whole.year < row["year"])]
    if first.empty or last.empty:
        return {"progress_reason": f"no comparable observation between {base_year} and {row['year']}, own or city-wide"}
    first, last = first.iloc[-1], last.iloc[-1]
    pace = _observed_pace(kind, (int(first.year), float(first.value)), (int(last.year), float(last.value)))
    return {"progress_from": int(first.year), "progress_to": int(last.year), "progress_proxy": True,
            "progress_source": f"{first.obs_id};{last.obs_id}", "observed_pace": pace}  # fmt: skip


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


def _progress(row: dict, city: str, observations: pd.DataFrame, include_doubtful: bool) -> dict:
    kind = PACE.get(row["quantity"])
    out = {"target_id": row["target_id"], "pace_kind": kind or "", "progress_from": pd.NA, "progress_to": pd.NA,
           "progress_source": "", "progress_proxy": False, "observed_pace": NAN, "progress_ratio": NAN}  # fmt: skip
    required = row["required_cagr"] if kind == "compound" else row["required_annual_change"]
    out["required_pace"] = as_float(required) if kind else NAN
    own = target_series(observations, row, row["geo"], include_doubtful)
    out |= _probability(row, own[own.year < row["year"]], kind)
    achieved = pd.notna(row["baseline_meets_target"]) and bool(row["baseline_meets_target"])
    if kind is None:
        reason = "no progress ratio for growth-rate targets: compare the observed rate directly"
    else:
        found = _since_base(row, city, observations, include_doubtful)
        out |= {key: value for key, value in found.items() if key != "progress_reason"}
        reason = found.get("progress_reason", "")
        if not reason:
            if math.isnan(out["required_pace"]):
                reason = "required pace unknown (see ambition_reason)"
            elif out["required_pace"] == 0 or math.isnan(out["observed_pace"]):
                reason = "required pace is zero or observed pace undefined"
            else:
                out["progress_ratio"] = row["direction"] * out["observed_pace"] / abs(out["required_pace"])
                reason = "city-wide series used as a proxy" if out["progress_proxy"] else ""
    return out | {"progress_category": progress_category(out["progress_ratio"], achieved), "progress_reason": reason}


def progress(frame: pd.DataFrame, observations: pd.DataFrame, city: str, *, include_doubtful: bool = False) -> pd.DataFrame:
    """Pace since the base year against the pace required, as the Open SDG progress ratio.

    Progress ratio (Statistics Canada / Open SDG method) = direction × observed pace /
    |required pace|, the observed pace running from the base year to the latest comparable
    observation before the deadline year: CAGR for levels and flows, percentage points a year
    for shares, mean annual additions for increments. A baseline that already meets the target
    is "target achieved". With no later own point, a city-wide series over the same years is a
    marked proxy (``progress_proxy``), for CAGRs only. The probability of attainment uses own
    observations before the deadline year only (:func:`attainment_probability`). ``frame`` is
    :func:`target_inputs` merged with :func:`own_baselines` and :func:`own_ambition`.
    """
    rows = [_progress(row, city, observations, include_doubtful) for row in records(frame)]
    out = table(rows, PROGRESS_COLUMNS)
    return out.astype({"progress_from": "Int64", "progress_to": "Int64", "progress_proxy": bool})


OUTCOME_COLUMNS = (
    "target_id", "outcome_value", "outcome_year", "outcome_source", "outcome_grade", "outcome_flags", "attainment",
    "relative_margin", "outcome_status", "outcome_reason",
)  # fmt: skip


def _outcome_observation(row: dict, observations: pd.DataFrame, include_doubtful: bool) -> tuple[dict | None, str]:
    """The observed value to hold against a target at its deadline year, or why there is none."""
    series = target_series(observations, row, row["geo"], include_doubtful)
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
    if flagged(found["flags"], "lower_bound") and met != (sign == 1):
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
    return table([_outcome(row, observations, include_doubtful) for row in records(inputs)], OUTCOME_COLUMNS)


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
