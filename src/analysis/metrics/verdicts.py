"""An evidence-graded verdict for every target: was it met, and how sure can we be?

The rules, strongest evidence first (the first that applies decides):

1. ``met`` / ``missed`` — a comparable observation at the deadline (same measure and unit:
   a year-end stock for a level, the year's flow for a flow, the annual rate for a share, the
   plan years' flows summed for an increment), or a part-year flow of the deadline year that
   already beats the target (the year's flow can only be larger).
2. ``likely_met`` / ``likely_missed`` — a bound from stocks around the deadline, for targets
   on a stock that grows (level targets beaten by higher values): a stock already meeting the
   target before the deadline (met unless it fell), or a stock after the deadline still short
   of it (missed unless it had been higher at the deadline and fell back).
3. ``on_track`` / ``at_risk`` — the pace since the base year (Open SDG progress ratio ≥ 0.95,
   or the base value already meeting a share or rate target), from the own series or a
   city-wide series used as a marked proxy.
4. ``unknown`` — and the basis names the statistic that would decide it.

Evidence from a ``secondary`` or ``machine_translation`` source may decide a verdict, but the
basis says so and ``evidence_grade`` carries the weakest grade used so that tables can mark it.
Observations flagged ``doubtful`` are not used unless asked for.
"""

from __future__ import annotations

import pandas as pd

from .base import COMPARABLE, GRADES, WEAK_GRADES, flagged, meets, records, statistic_rows, statistic_text, table

VERDICTS = ("met", "likely_met", "on_track", "at_risk", "likely_missed", "missed", "unknown")

VERDICT_COLUMNS = ("target_id", "verdict", "verdict_basis", "evidence", "evidence_grade", "evidence_flags")

#: The statistic each target quantity needs at the deadline, in words.
NEEDED = {
    "year_end_stock": "year-end stock",
    "annual_flow": "full-year total",
    "rate": "annual rate",
}

COMPARATOR_WORDS = {">=": "at least", ">": "above", "=": "equal to", "~": "about", "<=": "at most"}


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def _stock_date(row: pd.Series) -> pd.Timestamp | None:
    """The date a stock refers to: 31 December for a year-end stock, the period's date for a
    stock at a date; None for flows, rates and multi-date periods."""
    if row.measure == "year_end_stock" and row.period == "":
        return pd.Timestamp(year=int(row.year), month=12, day=31)
    if row.measure == "cumulative" and row.period and "/" not in row.period:
        date = pd.Timestamp(row.period)
        return date + pd.offsets.MonthEnd(0) if len(row.period) == 7 else date
    return None


def _decisive(target: dict) -> dict | None:
    """Rule 1 from the outcome columns of :func:`ex_post_attainment`."""
    if target["outcome_status"] not in ("met", "missed"):
        return None
    need = NEEDED.get(COMPARABLE[target["quantity"]][0], "")
    what = "the plan years' flows summed" if target["quantity"] == "increment" else f"the {target['year']} {need}"
    basis = f"{what} ({_number(target['outcome_value'])} {target['unit']}) against the target"
    return {"verdict": target["outcome_status"], "basis": basis, "evidence": target["outcome_source"].split(";")}


def _part_year(target: dict, rows: pd.DataFrame) -> dict | None:
    """Rule 1 for flows: a part-year flow of the deadline year that already beats the target."""
    if target["quantity"] != "flow" or target["direction"] != 1:
        return None
    part = rows[(rows.measure == "ytd_flow") & (rows.year == target["year"])]
    beats = part[[meets(v, target["value"], target["comparator"], 1) for v in part.value]]
    if beats.empty:
        return None
    row = beats.iloc[0]
    basis = f"the {row.period} flow ({_number(row.value)} {target['unit']}) already beats the target for the full year"
    return {"verdict": "met", "basis": basis, "evidence": [row.obs_id]}


def _bound(target: dict, rows: pd.DataFrame) -> dict | None:
    """Rule 2: a stock before the deadline that meets the target, or one after it that falls short."""
    if target["quantity"] != "level" or target["direction"] != 1:
        return None
    deadline = pd.Timestamp(year=target["year"], month=12, day=31)
    stocks = [(date, row) for row in rows.itertuples() if (date := _stock_date(row)) is not None]
    before = [(d, r) for d, r in stocks if d < deadline and meets(r.value, target["value"], target["comparator"], 1)]
    after = [(d, r) for d, r in stocks if d > deadline and not meets(r.value, target["value"], target["comparator"], 1)]
    if before and after:
        return None  # contradictory bounds: the stock fell; leave it to the weaker rules
    if before:
        date, row = max(before, key=lambda pair: (pair[0], -GRADES.index(pair[1].source_grade)))
        basis = (f"the stock was already {_number(row.value)} {target['unit']} on {date:%Y-%m-%d}, before the deadline;"
                 f" met unless it fell by the end of {target['year']}")  # fmt: skip
        return {"verdict": "likely_met", "basis": basis, "evidence": [row.obs_id]}
    if after:
        date, row = min(after, key=lambda pair: (pair[0], GRADES.index(pair[1].source_grade)))
        basis = (f"the stock was still {_number(row.value)} {target['unit']} on {date:%Y-%m-%d}, after the deadline;"
                 f" missed unless it was higher at the end of {target['year']} and fell back")  # fmt: skip
        return {"verdict": "likely_missed", "basis": basis, "evidence": [row.obs_id]}
    return None


def _pace(target: dict) -> dict | None:
    """Rule 3 from the progress columns of :func:`progress`."""
    evidence = [source for source in target["progress_source"].split(";") if source.startswith("obs-")]
    if target["progress_category"] == "target achieved" and target["quantity"] != "level":
        basis = f"the {target['baseline_year']} base value already met the target"
        return {"verdict": "on_track", "basis": basis, "evidence": [target["baseline_source"]]}
    ratio = target["progress_ratio"]
    if pd.isna(ratio):
        return None
    proxy = " (city-wide series as a proxy)" if target["progress_proxy"] else ""
    span = f"{target['progress_from']}–{target['progress_to']}"
    verdict = "on_track" if ratio >= 0.95 else "at_risk"
    basis = f"growth {span}{proxy} was {ratio:.0%} of the pace the target required"
    return {"verdict": verdict, "basis": basis, "evidence": evidence}


def _unknown(target: dict, geo_names: dict[str, str]) -> dict:
    measure = COMPARABLE[target["quantity"]][0]
    if target["quantity"] == "increment":
        need = f"full-year totals {target['plan_start']}–{target['year']}"
    else:
        need = f"{NEEDED[measure]} {target['year']}"
    name = geo_names.get(target["geo"], target["geo"])
    return {"verdict": "unknown", "basis": f"needs {name} {target['indicator_text']}, {need}", "evidence": []}


def _grade(evidence: list[str], observations: pd.DataFrame) -> tuple[str, str]:
    """The weakest grade among the evidence and the union of its flags."""
    used = observations[observations.obs_id.isin(evidence)]
    if used.empty:
        return "", ""
    grade = GRADES[max(map(GRADES.index, used.source_grade))]
    flags = sorted({flag for flags in used["flags"] for flag in flags.split(";") if flag})
    return grade, ";".join(flags)


def _verdict(target: dict, observations: pd.DataFrame, geo_names: dict[str, str], include_doubtful: bool) -> dict:
    rows = statistic_rows(
        observations,
        geo=target["geo"],
        indicator=target["indicator"],
        unit=target["unit"],
        text=statistic_text(target["indicator"], target["indicator_text"]),
        include_doubtful=include_doubtful,
    )
    found = (
        _decisive(target)
        or _part_year(target, rows)
        or _bound(target, rows)
        or _pace(target)
        or _unknown(target, geo_names)
    )
    grade, flags = _grade(found["evidence"], observations)
    basis = found["basis"]
    if grade in WEAK_GRADES:
        basis += f"; rests on a {grade.replace('_', ' ')} source"
    if flagged(flags, "doubtful"):
        basis += "; the evidence is flagged doubtful"
    return {
        "target_id": target["target_id"],
        "verdict": found["verdict"],
        "verdict_basis": basis[0].upper() + basis[1:] + ".",
        "evidence": ";".join(sorted(set(found["evidence"]))),
        "evidence_grade": grade,
        "evidence_flags": flags,
    }


def verdicts(
    frame: pd.DataFrame, observations: pd.DataFrame, geographies: pd.DataFrame, *, include_doubtful: bool = False
) -> pd.DataFrame:
    """One verdict per target (see the module docstring for the rules).

    ``frame`` holds the target inputs with the columns of :func:`own_baselines`,
    :func:`progress` and :func:`ex_post_attainment` (``value``/``year`` not yet renamed).
    """
    geo_names = dict(zip(geographies.geo, geographies.name_en))
    rows = [_verdict(row, observations, geo_names, include_doubtful) for row in records(frame)]
    out = table(rows, VERDICT_COLUMNS)
    unknown = set(out.verdict) - set(VERDICTS)
    if unknown:  # a programming error, not a data error
        raise AssertionError(f"verdicts outside {VERDICTS}: {sorted(unknown)}")
    return out


def verdict_counts(frame: pd.DataFrame) -> pd.Series:
    """How many targets got each verdict, in :data:`VERDICTS` order (zeros included)."""
    return frame.verdict.value_counts().reindex(list(VERDICTS), fill_value=0)

