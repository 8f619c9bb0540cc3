"""Reader tables: words for missing values, formatted numbers, translated headers, self-contained and stable."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from analysis import tables
from analysis.tables import names_from, reader_table

NAN = np.nan


def metrics() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "indicator": ["rd_intensity", "invention_patents"],
            "target_value": [3.2, 12345.678],
            "unit": ["%", "亿元"],
            "required_cagr": [0.0325, NAN],
            "gap_pp": [-0.26, NAN],
            "ambition_reason": ["", "no baseline: multiple undefined"],
            "share_of_city_target": [0.125, pd.NA],
            "tasks": [1234, 7],
            "verdict": ["at_risk", "unknown"],
            "target_year": [2022, 2023],
        }
    )


NAMES = {"indicator": {"rd_intensity": "R&D intensity", "invention_patents": "Invention patents"}}


def cells(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", html, flags=re.S)]


def render(frame: pd.DataFrame | None = None, lang: str = "en", **options) -> str:
    frame = metrics() if frame is None else frame
    columns = options.pop("columns", [c for c in frame.columns if not c.endswith("_reason")])
    return reader_table(frame, columns, lang, names=options.pop("names", NAMES), **options).html


def test_missing_value_is_a_dash_with_its_reason_in_words():
    html = render()
    shown = cells(html)
    assert "—1" in shown  # the dash and its note number (a <sup>)
    assert "— no baseline: multiple undefined" in re.sub(r"<[^>]+>", "", html)
    assert not re.search(r"\bnan\b|NaN|&lt;NA&gt;|<NA>|None", html)


def test_reasons_are_worded_in_the_report_language():
    html = render(lang="zh", names={"indicator": {"rd_intensity": "研发投入强度", "invention_patents": "发明专利"}})
    assert "— 无基期值，无法计算倍数" in html
    assert tables.reason_words("no baseline; a reason not in the catalogue", "zh") == "无基期值；a reason not in the catalogue"


def test_missing_without_a_reason_is_a_bare_dash():
    html = render(columns=["indicator", "share_of_city_target"])
    assert cells(html) == ["R&amp;D intensity", "12.5%", "Invention patents", "—"]
    assert "table-notes" not in html


def test_numbers_formatted_by_column_kind():
    shown = cells(render())
    # shares as %, counts and money with thousands separators, signed pp, years without separators
    first, second = shown[:9], shown[9:]
    assert first == ["R&amp;D intensity", "3.2", "%", "3.2%", "−0.3 pp", "12.5%", "1,234", "at risk", "2022"]
    assert second[1] == "12,345.678" and second[2] == "× 100 million yuan" and second[7] == "unknown"


def test_formatters():
    assert tables.format_number(20.796715) == "20.8"
    assert tables.format_value(6.788) == "6.788" and tables.format_value(3500.0) == "3,500"
    assert tables.format_number(1500000) == "1,500,000"
    assert tables.format_number(0.0042) == "0.004"
    assert tables.format_count(42.0) == "42" and tables.format_count(2.5) == "2.5"
    assert tables.format_share(0.0325) == "3.2%" and tables.format_share(-0.5) == "−50.0%"
    assert tables.format_pp(1.25, "zh") == "+1.2个百分点"
    assert tables.format_multiple(1.849, "zh") == "1.85倍" and tables.format_multiple(1.849, "en") == "×1.85"


def test_headers_and_categories_in_the_report_language():
    html = render(lang="zh", names={"indicator": {"rd_intensity": "研发投入强度", "invention_patents": "发明专利"}})
    headers = re.findall(r"<th[^>]*>(.*?)</th>", html)
    assert headers == ["指标", "目标值", "单位", "所需年均增长率", "与基期差距", "占市级目标比重", "任务数", "判断", "目标年份"]
    assert "有风险" in cells(html) and "无法判断" in cells(html)
    assert "−0.3个百分点" in cells(html)


def test_no_pandas_index_and_no_internal_keys():
    html = render(metrics().set_index(pd.Index(["x-index-1", "x-index-2"])))
    assert "x-index" not in html and "row_heading" not in html
    keyed = pd.DataFrame({"note": ["rd_intensity||share|%|2022"]})
    with pytest.raises(ValueError, match="column 'note', row 0: .*internal key"):
        reader_table(keyed, ["note"], "en")
    with pytest.raises(ValueError, match="no display name for code 'rd_intensity'"):
        render(names={"indicator": {}})
    with pytest.raises(ValueError, match="missing-value word"):
        reader_table(pd.DataFrame({"issuer": ["nan"]}), ["issuer"], "en")


def test_self_contained_no_urls():
    html = render()
    assert "http" not in html and "@import" not in html and "<script" not in html


def test_long_table_is_collapsed_not_cut():
    frame = pd.DataFrame({"quote": [f"第{i}条原文" * 30 for i in range(300)], "tasks": range(300)})
    html = reader_table(frame, ["quote", "tasks"], "en", caption="All quotes").html
    assert html.count("<tr>") == 301  # header + every row
    assert "…" not in html and "..." not in html
    assert re.search(r"<details[^>]*><summary[^>]*>All quotes · 300 rows", html)
    assert "第299条原文" * 30 in html
    short = reader_table(frame.head(3), ["quote", "tasks"], "en", caption="All quotes").html
    assert "<details" not in short and "<caption>All quotes</caption>" in short


def test_same_input_same_bytes_and_different_tables_different_ids():
    assert render() == render()
    ids = {re.search(r'id="(T_\w+)"', render(metrics().head(n))).group(1) for n in (1, 2)}
    assert len(ids) == 2


def test_names_from_prefers_short_names():
    geographies = pd.DataFrame({"geo": ["a", "b"], "name_en": ["A District", "B"], "short_en": ["A", "B"]})
    assert names_from(geographies, "geo", "en") == {"a": "A", "b": "B"}
    indicators = pd.DataFrame({"indicator": ["x"], "name_zh": ["某指标"], "name_en": ["X"]})
    assert names_from(indicators, "indicator", "zh") == {"x": "某指标"}


def test_bad_arguments_are_named():
    with pytest.raises(KeyError, match="no column \\['nope'\\]"):
        reader_table(metrics(), ["nope"], "en")
    with pytest.raises(ValueError, match="lang must be one of"):
        reader_table(metrics(), ["tasks"], "fr")
