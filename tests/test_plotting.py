"""The house style renders Chinese text with the bundled font and figures save byte-identically."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib import font_manager

from analysis import plotting

CHINESE = "北辰区科技创新三年行动计划：目标值（亿元）−5%"


@pytest.fixture
def house_style():
    with matplotlib.rc_context():
        plotting.use_house_style()
        yield
    plt.close("all")


def draw_chart() -> plt.Figure:
    fig, ax = plt.subplots(figsize=(4, 3))
    bars = ax.bar(["北辰区", "滨海新区", "南开区"], [3, -1, 2])
    bars.set_label(plotting.label("target", "zh"))
    ax.set_title(CHINESE)
    ax.set_ylabel(plotting.label("targets", "zh"))
    ax.legend()
    return fig


def test_bundled_cjk_font_is_the_sans_serif_font(house_style):
    font = plotting.cjk_font_path()
    assert font.name == "NotoSansCJKsc-Regular.otf" and font.is_file()
    found = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]))
    assert Path(found) == font


def test_chinese_text_renders_without_missing_glyphs(house_style):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = draw_chart()
        fig.canvas.draw()
    assert [str(warning.message) for warning in caught] == []
    assert fig.axes[0].title.get_fontname() == "Noto Sans CJK SC"


def test_use_house_style_registers_the_font_once(house_style):
    before = len(font_manager.fontManager.ttflist)
    plotting.use_house_style()
    assert len(font_manager.fontManager.ttflist) == before


def test_save_figure_writes_png_and_svg_byte_identically(house_style, tmp_path):
    fig = draw_chart()
    first = plotting.save_figure(fig, "01_overview", "targets", tmp_path)
    first_bytes = [path.read_bytes() for path in first]
    second = plotting.save_figure(fig, "01_overview", "targets", tmp_path)
    assert [path.name for path in first] == ["01_overview__targets.png", "01_overview__targets.svg"]
    assert second == first
    assert [path.read_bytes() for path in second] == first_bytes
    assert sorted(path.name for path in tmp_path.iterdir()) == [path.name for path in first]


def test_a_new_identical_figure_gives_the_same_bytes(house_style, tmp_path):
    one = plotting.save_figure(draw_chart(), "r", "a", tmp_path / "one")
    two = plotting.save_figure(draw_chart(), "r", "a", tmp_path / "two")
    assert [path.read_bytes() for path in one] == [path.read_bytes() for path in two]


def test_saved_files_carry_no_dates_or_software(house_style, tmp_path):
    png, svg = plotting.save_figure(draw_chart(), "r", "meta", tmp_path)
    assert b"Software" not in png.read_bytes()
    text = svg.read_text(encoding="utf-8")
    assert "<dc:date>" not in text
    assert re.search(r'clip-path="url\(#p0{6}[0-9a-f]{4}\)"', text)  # ids renumbered


def test_save_figure_rejects_names_that_break_the_report_prefix(tmp_path):
    fig = plt.figure()
    for report, name in [("01_overview", "a__b"), ("01__x", "a"), ("../x", "a"), ("r", "")]:
        with pytest.raises(ValueError, match="bad figure or report name"):
            plotting.save_figure(fig, report, name, tmp_path)
    plt.close(fig)
    assert list(tmp_path.iterdir()) == []


def test_geo_label_reads_the_geographies_table():
    geographies = pd.DataFrame(
        {"geo": ["beichen"], "name_zh": ["北辰区"], "name_en": ["Beichen District"]}
    )
    assert plotting.geo_label("beichen", "zh", geographies) == "北辰区"
    assert plotting.geo_label("beichen", "en", geographies) == "Beichen District"
    with pytest.raises(KeyError, match="unknown geography"):
        plotting.geo_label("atlantis", "en", geographies)


def test_geo_label_prefers_the_short_name():
    geographies = pd.DataFrame(
        {"geo": ["binhai_hitech"], "name_zh": ["天津滨海高新技术产业开发区"], "name_en": ["Tianjin Binhai Hi-tech Industrial Development Zone"], "short_zh": ["高新区"], "short_en": ["Hi-tech Zone"]}
    )
    assert plotting.geo_label("binhai_hitech", "zh", geographies) == "高新区"
    assert plotting.geo_label("binhai_hitech", "en", geographies) == "Hi-tech Zone"
