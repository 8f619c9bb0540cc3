"""How much time each target had: from the document's date (or 1 January for a year's flow) to the deadline."""

from __future__ import annotations

import math

import pandas as pd

from .base import NAN, baseline, cagr, records, table

#: Days in an average month and year, for months/years available.
MONTH_DAYS, YEAR_DAYS = 365.25 / 12, 365.25

TIME_COLUMNS = (
    "target_id", "clock", "clock_start", "deadline", "months_available", "years_available", "months_since_city_plan",
    "required_per_year", "issue_baseline_value", "issue_baseline_year", "issue_baseline_source",
    "required_cagr_remaining", "time_reason",
)  # fmt: skip


def clock(target: dict) -> tuple[str, pd.Timestamp | None]:
    """Which clock a target runs on, and when it starts.

    A flow (an amount over the target year) and an increment in an annual plan accumulate from
    1 January of the target year, whenever the document was signed (``year_start``). Every
    other target runs from the signing date (``signed``), or from the publication date where
    no signing date is printed (``published``); none without either (``""``).
    """
    annual = pd.notna(target["plan_start"]) and int(target["plan_start"]) == int(target["plan_end"]) == target["year"]
    if target["quantity"] == "flow" or (target["quantity"] == "increment" and annual):
        return "year_start", pd.Timestamp(year=target["year"], month=1, day=1)
    for column in ("signed", "published"):
        if pd.notna(target[column]):
            return column, pd.Timestamp(target[column])
    return "", None


def _time_available(
    target: dict,
    document_baselines: pd.DataFrame,
    observations: pd.DataFrame,
    city_plan_date: pd.Timestamp | None,
    include_doubtful: bool,
) -> dict:
    deadline = pd.Timestamp(year=target["year"], month=12, day=31)
    out = dict.fromkeys(TIME_COLUMNS, NAN) | {"target_id": target["target_id"], "deadline": deadline}
    out |= {"issue_baseline_year": pd.NA, "issue_baseline_source": "", "clock_start": pd.NaT}
    if city_plan_date is not None:
        out["months_since_city_plan"] = (deadline - city_plan_date).days / MONTH_DAYS
    name, start = clock(target)
    out["clock"] = name
    if start is None:
        return out | {"time_reason": "no signing or publication date"}
    out["clock_start"] = start
    if deadline < start:
        return out | {"time_reason": f"deadline before the {name} date"}
    days = (deadline - start).days + (1 if name == "year_start" else 0)
    years = days / YEAR_DAYS
    out |= {"months_available": days / MONTH_DAYS, "years_available": years}
    quantity, value = target["quantity"], target["value"]
    if quantity == "flow":
        return out | {"required_per_year": value, "time_reason": "a year's flow: the target itself is the pace"}
    if quantity == "increment":
        return out | {"required_per_year": value / years if name != "year_start" else value, "time_reason": ""}
    if quantity == "growth_rate":
        return out | {"time_reason": "a growth rate is already a pace"}
    found = baseline(target, document_baselines, observations, min(start.year, target["year"]), include_doubtful)
    out |= {f"issue_baseline_{key}": found[key] for key in ("value", "year", "source")}
    if found["reason"]:
        return out | {"time_reason": found["reason"]}
    out["required_per_year"] = (value - found["value"]) / years
    if quantity == "share":
        return out | {"time_reason": ""}
    remaining = cagr(found["value"], value, years)
    reason = "" if not math.isnan(remaining) else "baseline or target not positive: CAGR undefined"
    return out | {"required_cagr_remaining": remaining, "time_reason": reason}


def time_available(
    inputs: pd.DataFrame,
    targets: pd.DataFrame,
    observations: pd.DataFrame,
    *,
    city_plan_date: pd.Timestamp | None = None,
    include_doubtful: bool = False,
) -> pd.DataFrame:
    """Time from the clock start (:func:`clock`) to the deadline (31 December of the target year), and the pace it requires.

    ``required_per_year`` is, per year actually left: additions for an increment (Jinghai's
    +51 signed 2021-09-08: 51 over 15.7 months ≈ 39 a year), change from the latest known
    value for a level (also as ``required_cagr_remaining``) or a share (pp a year), and the
    flow itself for a flow. The known value is the document's own baseline, else the latest
    own observation of a year before the clock starts, treated as the level on that day (so
    growth since then makes the required pace an upper bound). ``months_since_city_plan``
    counts from the city plan's date for comparison.
    """
    document_baselines = targets[targets.kind == "baseline"]
    rows = [
        _time_available(row, document_baselines, observations, city_plan_date, include_doubtful)
        for row in records(inputs)
    ]
    out = table(rows, TIME_COLUMNS)
    out["issue_baseline_year"] = out.issue_baseline_year.astype("Int64")
    out["clock_start"] = pd.to_datetime(out.clock_start)
    return out
