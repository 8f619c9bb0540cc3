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
from analysis.labels import LANGS, check_lang, label  # noqa: F401  (notebooks import label with the figure helpers)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

STYLE = Path(__file__).with_name("house.mplstyle")
CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"  # SIL Open Font License; shipped by mplfonts
SEPARATOR = "__"  # between the report name and the figure name in a figure's file name
DPI = 200
SVG_HASHSALT = "plan-analysis"  # fixed, so SVG element ids are the same on every run
# Ids matplotlib derives from a hash of full-precision coordinates, so they change with the
# last bit of a layout computation even when the drawing does not: renumbered in order.
_SVG_HASH_ID = re.compile(
    r'(?<=["#])(p|m|h|image|Im_image|C[0-9a-f]+_[0-9a-f]+_)([0-9a-f]{10})(?=[")])'
)
NAME_PATTERN = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*")  # "__" only ever separates


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
        if not NAME_PATTERN.fullmatch(value):
            raise ValueError(
                f"bad figure or report name {value!r}: "
                "use letters and digits joined by single '-' or '_'"
            )
    return f"{report}{SEPARATOR}{name}"


def save_figure(
    fig: Figure, report: str, name: str, figures_dir: str | Path | None = None
) -> list[Path]:
    """Save ``fig`` as ``<figures_dir>/<report>__<name>.png`` and ``.svg``, atomically.

    The same figure gives the same bytes on every run: no dates or software versions in the
    metadata, a fixed dpi, a fixed SVG hash salt and renumbered SVG ids. ``figures_dir`` None
    means ``figures/``.
    """
    folder = paths.FIGURES if figures_dir is None else Path(figures_dir)
    stem = figure_stem(report, name)
    fig.draw_without_rendering()  # a layout engine's first pass can differ from its next ones
    written = []
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT}):
        for fmt, metadata in (("png", {"Software": None}), ("svg", {"Date": None})):
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata)
            data = buffer.getvalue()
            if fmt == "svg":
                data = _renumber_svg_ids(data)
            written.append(atomic_write_bytes(folder / f"{stem}.{fmt}", data))
    return written


def _renumber_svg_ids(svg: bytes) -> bytes:
    """Replace hash-derived SVG ids by ``<prefix><counter>`` in order of first appearance."""
    numbers: dict[str, str] = {}

    def renumber(match: re.Match[str]) -> str:
        key = match.group(0)
        numbers.setdefault(key, f"{match.group(1)}{len(numbers) + 1:010x}")
        return numbers[key]

    return _SVG_HASH_ID.sub(renumber, svg.decode("utf-8")).encode("utf-8")


def geo_label(geo: str, lang: str, geographies: pd.DataFrame) -> str:
    """A geography's short name in ``lang`` for axes and tables (高新区, not 天津滨海高新技术产业开发区),
    from the geographies table (``load_geographies()``); the full name where no short one is given."""
    check_lang(lang)
    column = f"short_{lang}" if f"short_{lang}" in geographies else f"name_{lang}"
    rows = geographies.loc[geographies["geo"] == geo, column]
    if rows.empty:
        raise KeyError(f"unknown geography {geo!r}")
    return str(rows.iloc[0])

