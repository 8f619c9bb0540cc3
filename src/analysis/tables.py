"""Tables a person reads: formatted numbers, words for missing values, headers in the report's language.

``reader_table(frame, columns, lang)`` renders chosen columns of a DataFrame as one
self-contained HTML table (pandas Styler; no script, no web font, no URL) that a notebook
displays as its cell output:

* numbers formatted by column kind (:data:`COLUMN_KINDS`): figures as printed (6.788), computed
  numbers to two decimals, counts with thousands separators,
  shares and growth rates given as fractions in %, percentage-point gaps signed, multiples as
  ×1.85 / 1.85倍, years without separators;
* a missing value is "—", and where a reason column explains it (``*_reason``, see
  :data:`REASON_COLUMNS`) the reason is a numbered note under the table, in words;
* category codes (verdicts, quantities, grades …) and headers in words from
  :mod:`analysis.labels`; codes such as indicator or geography keys through ``names``
  (see :func:`names_from`), and a cell that still holds an internal key is an error;
* no index, long text wrapped (CJK included), a long table collapsed under a summary line —
  never cut — and the same input gives the same bytes (the table id is a content hash).
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
from pandas.io.formats.style import Styler

from analysis.labels import category_label, check_lang, label, reason_label

MISSING = "—"
#: Tables longer than this collapse under a summary line (all rows stay in the page).
COLLAPSE_AFTER = 25

#: How a known column's values are shown. Unlisted columns are text.
COLUMN_KINDS: dict[str, str] = {
    "value": "value", "target_value": "value", "baseline_value": "value", "target": "value",
    "baseline": "value", "observed": "value", "required_per_year": "number", "value_per_10k": "number",
    "characters": "count", "tasks": "count", "targets": "count", "baselines": "count", "count": "count",
    "peer_rank": "count", "peer_n": "count",
    "year": "year", "target_year": "year", "baseline_year": "year", "plan_start": "year", "plan_end": "year",
    "months_available": "months", "months_since_city_plan": "months",
    "share_of_city_target": "share", "share_of_city_population": "share", "required_cagr": "share",
    "gap_pp": "pp", "escalation_pp": "pp", "pace_escalation_pp": "pp",
    "multiple": "multiple", "relative_ambition": "ratio", "commitment_ratio": "ratio", "progress_ratio": "ratio",
    "issued": "date", "signed": "date", "published": "date",
    "quote": "long_text", "evidence": "long_text", "title": "long_text", "verdict_basis": "long_text",
    "note": "long_text",
}  # fmt: skip

#: Columns whose values are category codes, and the catalogue category that words them.
CATEGORY_COLUMNS: dict[str, str] = {
    "verdict": "verdict", "quantity": "quantity", "comparator": "comparator", "measure": "measure",
    "evidence_grade": "grade", "source_grade": "grade", "baseline_grade": "grade", "doc_type": "doc_type",
    "kind": "kind", "progress_category": "progress", "unit": "unit", "clock": "clock",
}  # fmt: skip

#: Which reason column explains a missing metric (data contract of target_metrics.csv).
REASON_COLUMNS: dict[str, str] = {
    **dict.fromkeys(("multiple", "required_cagr", "gap_pp", "baseline_value", "baseline_year"), "ambition_reason"),
    **dict.fromkeys(("months_available", "months_since_city_plan", "required_per_year"), "time_reason"),
    **dict.fromkeys(
        ("pace_escalation_pp", "escalation_pp", "commitment_ratio", "share_of_city_target",
         "share_of_city_population", "relative_ambition"),
        "city_reason",
    ),
    **dict.fromkeys(("value_per_10k", "peer_rank", "peer_n"), "peer_reason"),
}  # fmt: skip

_NUMERIC_KINDS = frozenset({"value", "number", "count", "year", "months", "share", "pp", "multiple", "ratio"})
_INTERNAL_KEY = re.compile(r"\|\|")  # e.g. rd_intensity||share|%|2022
_NULL_WORDS = frozenset({"nan", "NaN", "None", "<NA>", "NaT"})

_CSS = [
    {"selector": "", "props": "border-collapse: collapse; table-layout: auto; width: auto; max-width: 100%;"
     " font-size: 13px; line-height: 1.4; margin: 0.4em 0 0.2em;"},
    {"selector": "caption", "props": "caption-side: top; text-align: left; font-weight: 600; padding: 0 0 4px;"},
    {"selector": "th", "props": "text-align: left; vertical-align: bottom; padding: 4px 6px;"
     " border-bottom: 2px solid #444; font-weight: 600; background: none;"},
    {"selector": "td", "props": "text-align: left; vertical-align: top; padding: 3px 6px;"
     " border-bottom: 1px solid #ddd; overflow-wrap: break-word; line-break: auto; white-space: normal;"},
    {"selector": "td.num", "props": "text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap;"},
    {"selector": "td.long", "props": "min-width: 14em; max-width: 34em; overflow-wrap: anywhere;"},
    {"selector": "td.missing", "props": "color: #666;"},
    {"selector": "sup.fn", "props": "color: #555; font-size: 0.75em; margin-left: 1px;"},
    {"selector": "tbody tr:nth-child(even)", "props": "background: #f7f7f7;"},
]  # fmt: skip


@dataclass(frozen=True)
class ReaderTable:
    """Rendered HTML of one table; a notebook cell shows it as its output."""

    html: str

    def _repr_html_(self) -> str:
        return self.html


def names_from(table: pd.DataFrame, key: str, lang: str) -> dict[str, str]:
    """Code → name in ``lang`` from a curated table: ``short_<lang>`` where given, else ``name_<lang>``.

    ``names_from(indicators, "indicator", "en")`` and ``names_from(geographies, "geo", "zh")``
    give the ``names`` that :func:`reader_table` uses for those columns.
    """
    check_lang(lang)
    column = f"short_{lang}" if f"short_{lang}" in table else f"name_{lang}"
    return dict(zip(table[key].astype(str), table[column].astype(str), strict=True))


def reader_table(
    frame: pd.DataFrame,
    columns: Sequence[str],
    lang: str,
    *,
    caption: str | None = None,
    reasons: Mapping[str, str] | None = None,
    names: Mapping[str, Mapping[str, str]] | None = None,
    headers: Mapping[str, str] | None = None,
    kinds: Mapping[str, str] | None = None,
    notes: Sequence[str] = (),
    collapse_after: int = COLLAPSE_AFTER,
) -> ReaderTable:
    """Render ``frame[columns]`` for readers in ``lang`` ("zh" or "en").

    ``reasons`` maps a column to the column whose text says why a value is missing (default:
    :data:`REASON_COLUMNS`, where present in ``frame``). ``names`` maps a column to
    code → display name (an unknown code is an error, so no internal key reaches a reader).
    ``headers`` overrides catalogue headers; ``kinds`` overrides :data:`COLUMN_KINDS`.
    ``notes`` are sentences printed under the table (sources, caveats).
    """
    check_lang(lang)
    absent = [column for column in columns if column not in frame]
    if absent:
        raise KeyError(f"reader_table: no column {absent} in the frame (has {list(frame.columns)})")
    reasons = {c: r for c, r in REASON_COLUMNS.items() if r in frame} | dict(reasons or {})
    names, headers, kinds = dict(names or {}), dict(headers or {}), COLUMN_KINDS | dict(kinds or {})
    footnotes: dict[str, int] = {}
    cells: dict[str, list[str]] = {}
    classes: dict[str, list[str]] = {}
    rows = frame.reset_index(drop=True)
    for column in columns:
        kind = kinds.get(column, "text")
        shown, css = [], []
        for row, value in enumerate(rows[column]):
            if _is_missing(value):
                why = _reason(rows, reasons.get(column), row, lang)
                mark = f'<sup class="fn">{footnotes.setdefault(why, len(footnotes) + 1)}</sup>' if why else ""
                shown.append(MISSING + mark)
                css.append("missing num" if kind in _NUMERIC_KINDS else "missing")
                continue
            try:
                shown.append(_format(value, column, kind, lang, names))
            except (TypeError, ValueError) as error:
                raise ValueError(f"reader_table: column {column!r}, row {row}: {error}") from None
            css.append("num" if kind in _NUMERIC_KINDS else "long" if kind == "long_text" else "")
        cells[headers.get(column) or label(column, lang)] = shown
        classes[headers.get(column) or label(column, lang)] = css
    lines = [f"<sup>{number}</sup> {MISSING} {html.escape(why)}" for why, number in footnotes.items()]
    lines += [html.escape(note) for note in notes]
    return html_table(pd.DataFrame(cells), lang, caption=caption, notes_html=lines, css=pd.DataFrame(classes),
                      collapse_after=collapse_after)  # fmt: skip


def html_table(
    cells: pd.DataFrame,
    lang: str,
    *,
    caption: str | None = None,
    notes_html: Sequence[str] = (),
    css: pd.DataFrame | None = None,
    collapse_after: int = COLLAPSE_AFTER,
) -> ReaderTable:
    """Lay out cells that are already HTML (escaped text) as a reader table: no index, house CSS,
    notes under it, collapsed under a summary line beyond ``collapse_after`` rows."""
    check_lang(lang)
    cells = cells.reset_index(drop=True)
    headers = [html.escape(str(column)) for column in cells.columns]
    body = cells.set_axis(headers, axis=1)
    digest = hashlib.sha256(repr((headers, body.to_numpy().tolist(), caption, list(notes_html))).encode())
    styler = Styler(body, uuid=digest.hexdigest()[:12], cell_ids=False).hide(axis="index")
    styler = styler.set_table_styles(_CSS).set_table_attributes('class="reader-table"')
    if css is not None:
        styler = styler.set_td_classes(css.reset_index(drop=True).set_axis(headers, axis=1))
    if caption and len(cells) <= collapse_after:
        styler = styler.set_caption(html.escape(caption))
    table = styler.to_html()
    if notes_html:
        items = "".join(f"<li>{note}</li>" for note in notes_html)
        table += '<ul class="table-notes" style="list-style: none; padding-left: 0; margin: 0.2em 0 1em;'
        table += f' font-size: 12px; color: #444;">{items}</ul>'
    if len(cells) > collapse_after:
        summary = html.escape(f"{caption} · " if caption else "") + html.escape(label("fmt.rows", lang, n=len(cells)))
        table = f'<details class="reader-table-long"><summary style="cursor: pointer;">{summary}</summary>\n{table}</details>'
    return ReaderTable(f'<div class="reader-table-wrap">\n{table}\n</div>')


def _is_missing(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or bool(pd.isna(value))


def _reason(rows: pd.DataFrame, column: str | None, row: int, lang: str) -> str:
    if column is None or column not in rows or _is_missing(rows.at[row, column]):
        return ""
    return reason_words(str(rows.at[row, column]), lang)


def reason_words(reason: str, lang: str) -> str:
    """A metrics ``*_reason`` text for readers: each '; '-separated part through the catalogue
    (key ``reason.<part>``) where it has words for it, else as recorded."""
    parts = [part for part in reason.split("; ") if part.strip()]
    return ("；" if lang == "zh" else "; ").join(reason_label(part, lang) or part for part in parts)


def _format(value: object, column: str, kind: str, lang: str, names: Mapping[str, Mapping[str, str]]) -> str:
    """One present value as escaped HTML text."""
    if column in names:
        if str(value) not in names[column]:
            raise ValueError(f"no display name for code {value!r}")
        return html.escape(names[column][str(value)])
    if column in CATEGORY_COLUMNS:
        return html.escape(category_label(CATEGORY_COLUMNS[column], str(value), lang))
    formatter = _FORMATTERS.get(kind)
    if formatter is None:
        text = str(value)
        if text in _NULL_WORDS or _INTERNAL_KEY.search(text):
            raise ValueError(f"{text!r} is a missing-value word or an internal key, not text for a reader")
        return html.escape(text)
    if kind == "date":
        return formatter(value, lang)
    number = float(value)  # type: ignore[arg-type]
    if math.isinf(number):
        raise ValueError(f"infinite value {value!r}")
    return html.escape(formatter(number, lang))


def _minus(text: str) -> str:
    return text.replace("-", "\u2212")


def format_number(value: float, lang: str = "en") -> str:
    """Thousands separators; two decimals at most (three below 1), trailing zeros dropped."""
    text = f"{value:,.{2 if abs(value) >= 1 else 3}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return _minus("0" if text in ("-0", "") else text)


def format_value(value: float, lang: str = "en") -> str:
    """A figure as a document or statistic prints it (6.788 stays 6.788): up to four decimals,
    trailing zeros dropped, thousands separators."""
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return _minus("0" if text in ("-0", "") else text)


def format_count(value: float, lang: str = "en") -> str:
    """A whole number with thousands separators (a fractional value keeps its decimals)."""
    return _minus(f"{value:,.0f}") if float(value).is_integer() else format_number(value)


def format_share(value: float, lang: str = "en") -> str:
    """A fraction as a percentage with one decimal: 0.0325 → 3.3%."""
    return _minus(f"{value * 100:.1f}%")


def format_pp(value: float, lang: str) -> str:
    """A signed difference in percentage points: +1.2 pp / +1.2个百分点."""
    return _minus(f"{value:+.1f}") + label("unit.pp", lang)


def format_multiple(value: float, lang: str) -> str:
    """How many times: ×1.85 / 1.85倍."""
    return label("fmt.multiple", lang, value=f"{value:.2f}")


def _format_date(value: object, lang: str) -> str:
    return html.escape(pd.Timestamp(value).strftime("%Y-%m-%d"))  # type: ignore[arg-type]


_FORMATTERS: dict[str, Callable[..., str]] = {
    "value": format_value,
    "number": format_number,
    "count": format_count,
    "year": lambda value, lang: f"{value:.0f}",
    "months": lambda value, lang: f"{value:.0f}",
    "share": format_share,
    "pp": format_pp,
    "multiple": format_multiple,
    "ratio": lambda value, lang: _minus(f"{value:.2f}"),
    "date": _format_date,
}
