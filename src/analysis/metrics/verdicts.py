"""An evidence-graded verdict for every target: was it met, and how sure can we be?

The rules, strongest evidence first (the first that applies decides):

1. ``met`` / ``missed`` — a comparable observation at the deadline (same measure and unit:
   a year-end stock for a level, the year's flow for a flow, the annual rate for a share, the
   plan years' flows summed for an increment), or a part-year flow of the deadline year that
   already beats the target (the year's flow can only be larger).
2. ``likely_met`` / ``likely_missed`` — a bound from stocks around the deadline, for targets
   on a stock that grows (level targets beaten by higher values): a stock already meeting the
   target before the deadline (met unless it fell), or a stock after the deadline still short
   of it (missed unless it had been higher at the deadline and fell back); for an increment,
   a whole stock at or after the deadline smaller than the additions promised (missed unless
   units left the stock).
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

VERDICT_COLUMNS = (
    "target_id", "verdict", "verdict_basis", "verdict_basis_zh", "evidence", "evidence_grade", "evidence_flags",
)  # fmt: skip

#: The statistic each target quantity needs at the deadline, in words (en, zh).
NEEDED = {
    "year_end_stock": ("year-end stock", "年末数"),
    "annual_flow": ("full-year total", "全年数"),
    "rate": ("annual rate", "全年比率"),
}

#: Each rule's sentence in English and Chinese; fields are filled by the rule.
BASIS = {
    "decisive": ("{what} ({value} {unit}) against the target", "{what_zh}（{value} {unit}）与目标相比"),
    "part_year": ("the {period} flow ({value} {unit}) already beats the target for the full year",
                  "{period} 的累计数（{value} {unit}）已超过全年目标"),
    "likely_met": ("the stock was already {value} {unit} on {date}, before the deadline; met unless it fell by the end of {year}",
                   "截止前的 {date} 已达 {value} {unit}；除非此后回落，到 {year} 年底已完成"),
    "likely_missed": ("the stock was still {value} {unit} on {date}, after the deadline; missed unless it was higher at the end of {year} and fell back",
                      "截止后的 {date} 仍只有 {value} {unit}；除非 {year} 年底更高而后回落，未完成"),
    "additions": ("the whole stock was {value} {unit} on {date}, fewer than the {target} to be added; missed unless "
                  "units left the stock", "{date} 的存量总共只有 {value} {unit}，少于计划新增的 {target}；除非期间有退出，未完成"),
    "already": ("the {year} base value already met the target", "{year} 年的基期值已达到目标"),
    "pace": ("growth {span}{proxy} was {ratio} of the pace the target required", "{span} 年的增速{proxy}为目标所需速度的 {ratio}"),
    "unknown": ("needs {name} {statistic}, {need}", "需要{name_zh}“{statistic}”的{need_zh}"),
    "weak": ("; rests on a {grade} source", "；依据来自{grade_zh}来源"),
    "doubtful": ("; the evidence is flagged doubtful", "；证据被标为存疑"),
}  # fmt: skip

GRADE_ZH = {"secondary": "二手汇编", "machine_translation": "机器翻译"}


def _basis(key: str, **fields: object) -> tuple[str, str]:
    english, chinese = BASIS[key]
    return english.format(**fields), chinese.format(**fields)


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
    need, need_zh = NEEDED.get(COMPARABLE[target["quantity"]][0], ("", ""))
    if target["quantity"] == "increment":
        what, what_zh = "the plan years' flows summed", "规划期各年流量之和"
    else:
        what, what_zh = f"the {target['year']} {need}", f"{target['year']} 年{need_zh}"
    basis = _basis("decisive", what=what, what_zh=what_zh, value=_number(target["outcome_value"]), unit=target["unit"])
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
    basis = _basis("part_year", period=row.period, value=_number(row.value), unit=target["unit"])
    return {"verdict": "met", "basis": basis, "evidence": [row.obs_id]}


def _additions_bound(target: dict, stocks: list[tuple[pd.Timestamp, object]], deadline: pd.Timestamp) -> dict | None:
    """Rule 2 for increments: units added by the deadline cannot outnumber the stock then, nor a later stock
    if none left; a stock at or after the deadline below the additions promised means likely missed."""
    short = [(d, r) for d, r in stocks if d >= deadline and not meets(r.value, target["value"], target["comparator"], 1)]
    if not short:
        return None
    date, row = min(short, key=lambda pair: (pair[0], GRADES.index(pair[1].source_grade)))
    basis = _basis("additions", value=_number(row.value), unit=target["unit"], date=f"{date:%Y-%m-%d}",
                   target=_number(target["value"]))  # fmt: skip
    return {"verdict": "likely_missed", "basis": basis, "evidence": [row.obs_id]}


def _bound(target: dict, rows: pd.DataFrame) -> dict | None:
    """Rule 2: a stock before the deadline that meets the target, or one after it that falls short."""
    if target["quantity"] not in ("level", "increment") or target["direction"] != 1:
        return None
    deadline = pd.Timestamp(year=target["year"], month=12, day=31)
    stocks = [(date, row) for row in rows.itertuples() if (date := _stock_date(row)) is not None]
    if target["quantity"] == "increment":
        return _additions_bound(target, stocks, deadline)
    before = [(d, r) for d, r in stocks if d < deadline and meets(r.value, target["value"], target["comparator"], 1)]
    after = [(d, r) for d, r in stocks if d > deadline and not meets(r.value, target["value"], target["comparator"], 1)]
    if before and after:
        return None  # contradictory bounds: the stock fell; leave it to the weaker rules
    if before:
        date, row = max(before, key=lambda pair: (pair[0], -GRADES.index(pair[1].source_grade)))
        basis = _basis("likely_met", value=_number(row.value), unit=target["unit"], date=f"{date:%Y-%m-%d}",
                       year=target["year"])  # fmt: skip
        return {"verdict": "likely_met", "basis": basis, "evidence": [row.obs_id]}
    if after:
        date, row = min(after, key=lambda pair: (pair[0], GRADES.index(pair[1].source_grade)))
        basis = _basis("likely_missed", value=_number(row.value), unit=target["unit"], date=f"{date:%Y-%m-%d}",
                       year=target["year"])  # fmt: skip
        return {"verdict": "likely_missed", "basis": basis, "evidence": [row.obs_id]}
    return None


def _pace(target: dict) -> dict | None:
    """Rule 3 from the progress columns of :func:`progress`."""
    evidence = [source for source in target["progress_source"].split(";") if source.startswith("obs-")]
    if target["progress_category"] == "target achieved" and target["quantity"] != "level":
        basis = _basis("already", year=target["baseline_year"])
        return {"verdict": "on_track", "basis": basis, "evidence": [target["baseline_source"]]}
    ratio = target["progress_ratio"]
    if pd.isna(ratio):
        return None
    proxy = (" (city-wide series as a proxy)", "（以全市序列代替）") if target["progress_proxy"] else ("", "")
    span = f"{target['progress_from']}–{target['progress_to']}"
    verdict = "on_track" if ratio >= 0.95 else "at_risk"
    english, _ = _basis("pace", span=span, proxy=proxy[0], ratio=f"{ratio:.0%}")
    _, chinese = _basis("pace", span=span, proxy=proxy[1], ratio=f"{ratio:.0%}")
    return {"verdict": verdict, "basis": (english, chinese), "evidence": evidence}


def _unknown(target: dict, geo_names: dict[str, tuple[str, str]]) -> dict:
    measure = COMPARABLE[target["quantity"]][0]
    if target["quantity"] == "increment":
        span = f"{target['plan_start']}–{target['year']}"
        need, need_zh = f"full-year totals {span}", f"{span} 年各年全年数"
    else:
        need, need_zh = f"{NEEDED[measure][0]} {target['year']}", f"{target['year']} 年{NEEDED[measure][1]}"
    name, name_zh = geo_names.get(target["geo"], (target["geo"], target["geo"]))
    basis = _basis("unknown", name=name, name_zh=name_zh, statistic=target["indicator_text"], need=need, need_zh=need_zh)
    return {"verdict": "unknown", "basis": basis, "evidence": []}


def _grade(evidence: list[str], observations: pd.DataFrame) -> tuple[str, str]:
    """The weakest grade among the evidence and the union of its flags."""
    used = observations[observations.obs_id.isin(evidence)]
    if used.empty:
        return "", ""
    grade = GRADES[max(map(GRADES.index, used.source_grade))]
    flags = sorted({flag for flags in used["flags"] for flag in flags.split(";") if flag})
    return grade, ";".join(flags)


def _verdict(
    target: dict, observations: pd.DataFrame, geo_names: dict[str, tuple[str, str]], include_doubtful: bool
) -> dict:
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
    english, chinese = found["basis"]
    if grade in WEAK_GRADES:
        extra = _basis("weak", grade=grade.replace("_", " "), grade_zh=GRADE_ZH[grade])
        english, chinese = english + extra[0], chinese + extra[1]
    if flagged(flags, "doubtful"):
        english, chinese = english + BASIS["doubtful"][0], chinese + BASIS["doubtful"][1]
    return {
        "target_id": target["target_id"],
        "verdict": found["verdict"],
        "verdict_basis": english[0].upper() + english[1:] + ".",
        "verdict_basis_zh": chinese + "。",
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
    geo_names = {geo: (en, zh) for geo, en, zh in zip(geographies.geo, geographies.name_en, geographies.name_zh)}
    rows = [_verdict(row, observations, geo_names, include_doubtful) for row in records(frame)]
    out = table(rows, VERDICT_COLUMNS)
    unknown = set(out.verdict) - set(VERDICTS)
    if unknown:  # a programming error, not a data error
        raise AssertionError(f"verdicts outside {VERDICTS}: {sorted(unknown)}")
    return out


def verdict_counts(frame: pd.DataFrame) -> pd.Series:
    """How many targets got each verdict, in :data:`VERDICTS` order (zeros included)."""
    return frame.verdict.value_counts().reindex(list(VERDICTS), fill_value=0)

