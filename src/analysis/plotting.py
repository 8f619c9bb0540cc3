"""One house style for every figure, Chinese labels that render, and byte-identical saves.

Notebooks call ``use_house_style()`` once, then ``save_figure(fig, REPORT, "name", figures_dir)``
for each figure. Files are named ``<report>__<name>.png`` / ``.svg`` so the batch can tell which
report produced which figure.
"""

from __future__ import annotations

import importlib.util
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib
from matplotlib import font_manager, style

from analysis import paths
from analysis.io import atomic_write_bytes

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

STYLE = Path(__file__).with_name("house.mplstyle")
CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"  # SIL Open Font License; shipped by mplfonts
SEPARATOR = "__"  # between the report name and the figure name in a figure's file name
DPI = 200
SVG_HASHSALT = "plan-analysis"  # fixed, so SVG element ids are the same on every run
LANGS = ("zh", "en")
_NAME = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*")  # so "__" only ever separates

LABELS: dict[str, dict[str, str]] = {
    "geo": {"zh": "地区", "en": "Area"},
    "district": {"zh": "区", "en": "District"},
    "indicator": {"zh": "指标", "en": "Indicator"},
    "document": {"zh": "文件", "en": "Document"},
    "year": {"zh": "年份", "en": "Year"},
    "unit": {"zh": "单位", "en": "Unit"},
    "count": {"zh": "数量", "en": "Count"},
    "targets": {"zh": "目标数", "en": "Number of targets"},
    "target": {"zh": "目标值", "en": "Target"},
    "baseline": {"zh": "基期值", "en": "Baseline"},
    "observed": {"zh": "实际值", "en": "Observed"},
    "city_target": {"zh": "市级目标", "en": "City target"},
    "growth_rate": {"zh": "年均增长率", "en": "Average annual growth"},
    "required_growth": {"zh": "所需年均增长率", "en": "Required annual growth"},
    "ambition": {"zh": "目标力度", "en": "Ambition"},
    "feasibility": {"zh": "可行性", "en": "Feasibility"},
    "source": {"zh": "资料来源", "en": "Source"},
}


def cjk_font_path() -> Path:
    """The Noto Sans CJK SC file inside the installed ``mplfonts`` package (not imported)."""
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("mplfonts is not installed; it provides the CJK font")
    return Path(spec.origin).parent / "fonts" / CJK_FONT_FILE


def use_house_style() -> None:
    """Register the bundled CJK font in memory and apply ``house.mplstyle``."""
    font = str(cjk_font_path())
    if font not in {entry.fname for entry in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(font)
    style.use(STYLE)


def figure_stem(report: str, name: str) -> str:
    """``<report>__<name>``, the file name (without suffix) of one figure of one report."""
    for value in (report, name):
        if not _NAME.fullmatch(value):
            raise ValueError(
                f"bad figure or report name {value!r}: use letters and digits joined by single '-' or '_'"
            )
    return f"{report}{SEPARATOR}{name}"


def save_figure(
    fig: Figure, report: str, name: str, figures_dir: str | Path | None = None
) -> list[Path]:
    """Save ``fig`` as ``<figures_dir>/<report>__<name>.png`` and ``.svg``, atomically.

    The same figure gives the same bytes on every run: no dates or software versions in the
    metadata, a fixed dpi and a fixed SVG hash salt. ``figures_dir`` None means ``figures/``.
    """
    folder = paths.FIGURES if figures_dir is None else Path(figures_dir)
    stem = figure_stem(report, name)
    written = []
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT}):
        for fmt, metadata in (("png", {"Software": None}), ("svg", {"Date": None})):
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata)
            written.append(atomic_write_bytes(folder / f"{stem}.{fmt}", buffer.getvalue()))
    return written


def label(key: str, lang: str) -> str:
    """A common axis or legend label in ``lang`` ("zh" or "en"), e.g. ``label("year", "zh")``."""
    _check_lang(lang)
    if key not in LABELS:
        raise KeyError(f"no label {key!r}; known labels: {', '.join(sorted(LABELS))}")
    return LABELS[key][lang]


def geo_label(geo: str, lang: str, geographies: pd.DataFrame) -> str:
    """A geography's name in ``lang``, from the geographies table (``analysis.load_geographies()``)."""
    _check_lang(lang)
    rows = geographies.loc[geographies["geo"] == geo, f"name_{lang}"]
    if rows.empty:
        raise KeyError(f"unknown geography {geo!r}")
    return str(rows.iloc[0])


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
