"""A scorecard per geography: one row per target, one coloured badge with words per question.

Columns answer, for each target of ``target_metrics.csv``: how far above its own baseline
(multiple, required growth or gap), how large a share of the city's target for its share of
the population, where it ranks among peer districts, how much time was left, and the
verdict. A badge's colour repeats its words, never replaces them: blues grade ambition
(light = modest, dark = very ambitious), green / amber / red grade feasibility, grey means
unknown and the cell says why. Verdict evidence from a secondary source, a machine
translation or flagged doubtful carries a marker explained under the table.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping

import pandas as pd

from analysis.labels import category_label, check_lang, label
from analysis.tables import (
    COLLAPSE_AFTER,
    MISSING,
    ReaderTable,
    format_multiple,
    format_number,
    format_pp,
    format_share,
    format_value,
    html_table,
    reason_words,
)

#: Required compound growth per year above which a target is ambitious / very ambitious.
CAGR_STEPS = (0.10, 0.25)
#: Gap to the baseline in percentage points above which a share target is ambitious / very ambitious.
GAP_PP_STEPS = (1.0, 3.0)
#: Multiple of the baseline's annual additions above which an increment target is ambitious / very.
ADDITIONS_STEPS = (1.0, 1.5)
#: Share of the city target ÷ share of the population: below / above these is below / above its weight.
WEIGHT_STEPS = (0.8, 1.25)
#: Months available below which time is short / tight.
MONTHS_STEPS = (12, 24)

#: Badge colours (background, text) by tone.
TONES: dict[str, tuple[str, str]] = {
    "low": ("#e4eefa", "#1d4477"),
    "mid": ("#bcd5f2", "#123a66"),
    "high": ("#7fa9dd", "#0b2545"),
    "good": ("#d3efd6", "#1b5e20"),
    "warn": ("#ffe6a8", "#6b4700"),
    "bad": ("#f8cfcf", "#8b1a1a"),
    "none": ("#e6e6e6", "#3a3a3a"),
}
VERDICT_TONES = {
    "met": "good", "likely_met": "good", "on_track": "good", "at_risk": "warn",
    "likely_missed": "bad", "missed": "bad", "unknown": "none",
}  # fmt: skip
#: Evidence marker by cause, in the order they are checked.
MARKERS = {"secondary": "†", "machine_translation": "‡", "doubtful": "§"}

REQUIRED_COLUMNS = (
    "target_id", "indicator", "comparator", "target_value", "unit", "target_year",
    "multiple", "required_cagr", "gap_pp", "ambition_reason",
    "months_available", "required_per_year", "time_reason",
    "share_of_city_target", "relative_ambition", "escalation_pp", "city_reason",
    "peer_rank", "peer_n", "peer_reason", "verdict", "verdict_basis", "evidence_grade", "evidence_flags",
)  # fmt: skip


def scorecard(
    metrics: pd.DataFrame,
    lang: str,
    *,
    indicator_names: Mapping[str, str],
    caption: str | None = None,
    collapse_after: int = COLLAPSE_AFTER,
) -> ReaderTable:
    """One row per target of ``metrics`` (target_metrics.csv columns, one geography), in ``lang``.

    ``indicator_names`` maps indicator codes to names in ``lang`` (``tables.names_from``).
    """
    check_lang(lang)
    absent = [column for column in REQUIRED_COLUMNS if column not in metrics]
    if absent:
        raise KeyError(f"scorecard: metrics lack the columns {absent}")
    used: list[str] = []
    rows = []
    for record in metrics.to_dict("records"):
        if record["indicator"] not in indicator_names:
            raise ValueError(f"scorecard: no name for indicator {record['indicator']!r} (target {record['target_id']})")
        rows.append(
            {
                label("scorecard.target", lang): _target_cell(record, indicator_names[record["indicator"]], lang),
                label("q.own_baseline", lang): _own_baseline(record, lang),
                label("q.city_share", lang): _city_share(record, lang),
                label("q.peers", lang): _peers(record, lang),
                label("q.time", lang): _time(record, lang),
                label("q.verdict", lang): _verdict(record, lang, used),
            }
        )
    cells = pd.DataFrame(rows, columns=[label(key, lang) for key in ("scorecard.target", *_QUESTIONS)])
    notes = [html.escape(label("scorecard.colours", lang))]
    notes += [f"{MARKERS[cause]} {html.escape(label(f'marker.{cause}', lang))}" for cause in MARKERS if cause in used]
    return html_table(cells, lang, caption=caption, notes_html=notes, collapse_after=collapse_after)


_QUESTIONS = ("q.own_baseline", "q.city_share", "q.peers", "q.time", "q.verdict")


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) and not pd.isna(value)


def _badge(tone: str, words: str, detail: str = "") -> str:
    background, colour = TONES[tone]
    badge = (
        f'<span class="badge badge-{tone}" style="display: inline-block; padding: 1px 6px; border-radius: 3px;'
        f' background: {background}; color: {colour}; font-weight: 600; white-space: nowrap;">{html.escape(words)}</span>'
    )
    return badge + (f'<div style="font-size: 12px; color: #444;">{html.escape(detail)}</div>' if detail else "")


def _unknown(reason: object, lang: str) -> str:
    return _badge("none", label("rating.unknown", lang), reason_words(str(reason), lang) if _present(reason) else "")


def _ambition(value: float, steps: tuple[float, float], reached: bool, lang: str, detail: str) -> str:
    if reached:
        return _badge("low", label("rating.reached", lang), detail)
    level = 0 if value < steps[0] else 1 if value < steps[1] else 2
    rating = ("modest", "ambitious", "very_ambitious")[level]
    return _badge(("low", "mid", "high")[level], label(f"rating.{rating}", lang), detail)


def _own_baseline(row: dict, lang: str) -> str:
    multiple, cagr, gap = row["multiple"], row["required_cagr"], row["gap_pp"]
    if _present(cagr):
        detail = f"{format_multiple(multiple, lang)} · {format_share(cagr)}" if _present(multiple) else format_share(cagr)
        return _ambition(cagr, CAGR_STEPS, cagr <= 0, lang, detail + label("unit.per_year", lang))
    if _present(gap):
        return _ambition(gap, GAP_PP_STEPS, gap <= 0, lang, format_pp(gap, lang))
    if _present(multiple):
        return _ambition(multiple, ADDITIONS_STEPS, False, lang, format_multiple(multiple, lang))
    return _unknown(row["ambition_reason"], lang)


def _city_share(row: dict, lang: str) -> str:
    relative, share, escalation = row["relative_ambition"], row["share_of_city_target"], row["escalation_pp"]
    if _present(relative):
        level = 0 if relative < WEIGHT_STEPS[0] else 1 if relative <= WEIGHT_STEPS[1] else 2
        rating = ("below_weight", "in_line", "above_weight")[level]
        parts = [label("fmt.of_city_target", lang, value=format_share(share))] if _present(share) else []
        parts.append(label("fmt.population_multiple", lang, value=f"{relative:.2f}"))
        return _badge(("low", "mid", "high")[level], label(f"rating.{rating}", lang), " · ".join(parts))
    if _present(escalation):
        level = 0 if escalation < 0 else 1 if escalation == 0 else 2
        rating = ("below_city", "same_as_city", "above_city")[level]
        return _badge(("low", "mid", "high")[level], label(f"rating.{rating}", lang), format_pp(escalation, lang))
    return _unknown(row["city_reason"], lang)


def _peers(row: dict, lang: str) -> str:
    rank, n = row["peer_rank"], row["peer_n"]
    if not (_present(rank) and _present(n)):
        return _unknown(row["peer_reason"], lang)
    level = 2 if rank == 1 or rank <= n / 3 else 0 if rank == n or rank > 2 * n / 3 else 1  # thirds; first and last always
    rating = ("trailing", "middle", "leading")[level]
    return _badge(("low", "mid", "high")[level], label(f"rating.{rating}", lang), label("fmt.rank", lang, rank=f"{rank:.0f}", n=f"{n:.0f}"))


def _time(row: dict, lang: str) -> str:
    months = row["months_available"]
    if not _present(months):
        return _unknown(row["time_reason"], lang)
    parts = [label("fmt.months", lang, value=f"{months:.0f}")]
    if _present(row["required_per_year"]):
        per_year = row["required_per_year"]
        if row["unit"] == "%":  # a share moves in percentage points
            needed = format_pp(per_year, lang)
        else:
            unit = category_label("unit", row["unit"], lang) if row["unit"] else ""
            needed = f"{format_number(per_year)} {unit}".strip()
        parts.append(label("fmt.needs_per_year", lang, value=needed))
    if months <= 0:
        return _badge("bad", label("rating.passed", lang), " · ".join(parts))
    level = 0 if months < MONTHS_STEPS[0] else 1 if months < MONTHS_STEPS[1] else 2
    rating = ("short_time", "tight_time", "ample_time")[level]
    return _badge(("bad", "warn", "good")[level], label(f"rating.{rating}", lang), " · ".join(parts))


def _verdict(row: dict, lang: str, used: list[str]) -> str:
    verdict = row["verdict"] if _present(row["verdict"]) and row["verdict"] else "unknown"
    flags = str(row["evidence_flags"]).split(";") if _present(row["evidence_flags"]) else []
    causes = [cause for cause in MARKERS if cause == row["evidence_grade"] or cause in flags]
    used.extend(cause for cause in causes if cause not in used)
    words = category_label("verdict", verdict, lang) + "".join(MARKERS[cause] for cause in causes)
    column = "verdict_basis_zh" if lang == "zh" and "verdict_basis_zh" in row else "verdict_basis"
    basis = str(row[column]) if _present(row[column]) else ""
    return _badge(VERDICT_TONES[verdict], words, basis)


def _target_cell(row: dict, name: str, lang: str) -> str:
    """The indicator's name, and the target in words: ≥ 3,500 items by 2022."""
    unit = category_label("unit", row["unit"], lang) if _present(row["unit"]) and row["unit"] else ""
    value = format_value(row["target_value"]) if _present(row["target_value"]) else MISSING
    value = f"{value}{unit}" if unit == "%" else label("fmt.value_unit", lang, value=value, unit=unit).strip()
    comparator = category_label("comparator", row["comparator"], lang) if row["comparator"] else ""
    year = f"{row['target_year']:.0f}" if _present(row["target_year"]) else MISSING
    target = label("fmt.target", lang, comparator=comparator, value=value, year=year).strip()
    return f'<strong>{html.escape(name)}</strong><div style="font-size: 12px; color: #444;">{html.escape(target)}</div>'
