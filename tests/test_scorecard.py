"""The scorecard: one row per target, a badge with words per question, evidence markers explained."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from analysis.scorecard import REQUIRED_COLUMNS, TONES, scorecard

NAN = np.nan
NAMES = {"rd_intensity": "R&D intensity", "invention_patents": "Invention patents", "chuying_enterprises": "Chuying"}


def metrics() -> pd.DataFrame:
    """Three hand-made targets: a share met, a level at risk on secondary evidence, one with nothing known."""
    frame = pd.DataFrame(
        {
            "target_id": ["g-t1", "g-t2", "g-t3"],
            "indicator": ["rd_intensity", "invention_patents", "chuying_enterprises"],
            "comparator": [">=", ">=", "="],
            "target_value": [3.2, 3500, 40],
            "unit": ["%", "件", "家"],
            "target_year": [2022, 2022, 2022],
            "multiple": [NAN, 1.75, NAN],
            "required_cagr": [NAN, 0.205, NAN],
            "gap_pp": [0.4, NAN, NAN],
            "ambition_reason": ["", "", "no baseline: multiple undefined"],
            "months_available": [20, 8, NAN],
            "required_per_year": [0.24, 400, NAN],
            "time_reason": ["", "", "no issue date"],
            "share_of_city_target": [NAN, 0.0875, NAN],
            "relative_ambition": [NAN, 1.4, NAN],
            "escalation_pp": [0.0, NAN, NAN],
            "city_reason": ["", "", "no city target for this indicator"],
            "peer_rank": [1, 4, NAN],
            "peer_n": [3, 5, NAN],
            "peer_reason": ["", "", "no other district sets this target"],
            "verdict": ["met", "at_risk", "unknown"],
            "verdict_basis": ["2022 statistic 3.4% ≥ 3.2%", "pace below the required", "no 2022 statistic"],
            "evidence_grade": ["official", "secondary", ""],
            "evidence_flags": ["", "doubtful", ""],
        }
    )
    assert tuple(frame.columns) == REQUIRED_COLUMNS
    return frame


def rows(html: str) -> list[list[str]]:
    """Visible text of each body cell, row by row."""
    body = html.split("<tbody>")[1]
    return [
        [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell)).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
        for tr in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def test_one_row_per_target_one_column_per_question():
    html = scorecard(metrics(), "en", indicator_names=NAMES).html
    headers = re.findall(r"<th[^>]*>(.*?)</th>", html)
    assert headers == ["Target", "Against its own baseline", "Share of the city", "Among peers", "Time available", "Verdict"]
    share, level, unknown = rows(html)
    assert share == [
        "R&amp;D intensity ≥ 3.2% by 2022", "modest +0.4 pp",
        "same as the city target +0.0 pp", "leading 1 of 3", "under two years 20 months · needs +0.2 pp a year",
        "met 2022 statistic 3.4% ≥ 3.2%",
    ]
    assert level[0] == "Invention patents ≥ 3,500 items by 2022"
    assert level[1] == "ambitious ×1.75 · 20.5%/yr"
    assert level[2] == "above its population share 8.8% of the city target · 1.40× its population share"
    assert level[3] == "trailing 4 of 5"
    assert level[4] == "under a year 8 months · needs 400 items a year"
    assert level[5] == "at risk†§ pace below the required"


def test_unknown_cells_are_grey_and_say_why():
    html = scorecard(metrics(), "en", indicator_names=NAMES).html
    unknown = rows(html)[2]
    assert unknown[1:] == [
        "unknown no baseline: multiple undefined", "unknown no city target for this indicator",
        "unknown no other district sets this target", "unknown no issue date", "unknown no 2022 statistic",
    ]
    grey = TONES["none"][0]
    assert html.count(f"background: {grey}") == 5


def test_every_badge_has_words_and_colour():
    html = scorecard(metrics(), "zh", indicator_names=NAMES).html
    badges = re.findall(r'<span class="badge badge-(\w+)" style="[^"]*background: (#\w+);[^"]*">([^<]*)</span>', html)
    assert len(badges) == 15
    assert all(words.strip() for _, _, words in badges)
    assert {tone: TONES[tone][0] for tone, _, _ in badges} == {tone: colour for tone, colour, _ in badges}
    assert ("good", TONES["good"][0], "已完成") in badges and ("warn", TONES["warn"][0], "有风险†§") in badges


def test_evidence_markers_are_explained_only_when_used():
    html = scorecard(metrics(), "en", indicator_names=NAMES).html
    assert "† evidence from a secondary source" in html and "§ evidence flagged as doubtful" in html
    assert "‡" not in html
    clean = scorecard(metrics().assign(evidence_grade="official", evidence_flags=""), "en", indicator_names=NAMES).html
    assert not re.search("[†‡§]", clean)


def test_self_contained_and_deterministic():
    first = scorecard(metrics(), "zh", indicator_names=NAMES).html
    assert first == scorecard(metrics(), "zh", indicator_names=NAMES).html
    assert "http" not in first and "<script" not in first


def test_clear_errors_for_missing_columns_or_names():
    with pytest.raises(KeyError, match="lack the columns \\['verdict'\\]"):
        scorecard(metrics().drop(columns="verdict"), "en", indicator_names=NAMES)
    with pytest.raises(ValueError, match="no name for indicator 'chuying_enterprises' \\(target g-t3\\)"):
        scorecard(metrics(), "en", indicator_names={k: v for k, v in NAMES.items() if k != "chuying_enterprises"})
