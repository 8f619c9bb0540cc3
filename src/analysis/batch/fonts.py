"""Chinese that renders on a machine with no CJK font: a per-page WOFF2 subset of the bundled font.

The subset holds only the glyphs of the CJK characters (and full-width punctuation) the page
uses, taken from Noto Sans CJK SC (SIL Open Font License) as shipped by mplfonts, and is
embedded as a ``data:`` URL in an ``@font-face`` rule, so opening the page fetches nothing.
Same text, same bytes: the font's timestamps are not recalculated and the characters are sorted.
"""

from __future__ import annotations

import base64
import functools
import io
import threading

FAMILY = "Report Noto Sans CJK SC"  # the name pages use for the embedded subset
FIRST_CJK = 0x2E80  # CJK radicals; everything from here up (CJK, kana, full-width forms) is embedded
_LOCK = threading.Lock()


@functools.cache
def _font_bytes() -> bytes:
    from analysis.plotting import cjk_font_path  # imports matplotlib: only when a page is made

    return cjk_font_path().read_bytes()


def cjk_characters(text: str) -> str:
    """The distinct characters of ``text`` at or above U+2E80, sorted."""
    return "".join(sorted({char for char in text if ord(char) >= FIRST_CJK}))


@functools.lru_cache(maxsize=64)
def woff2_subset(characters: str) -> bytes:
    """A WOFF2 font with the glyphs of ``characters`` (those the font has), no hinting or layout."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = []  # horizontal text needs no OpenType features here
    options.hinting = False
    options.desubroutinize = True  # compresses better under brotli
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # copyright, names, version: keep the licence notice
    with _LOCK:  # subsetting is CPU-bound; one at a time keeps memory down
        font = TTFont(io.BytesIO(_font_bytes()), lazy=True, recalcTimestamp=False)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(char) for char in characters])
        subsetter.subset(font)
        font.flavor = "woff2"  # brotli-compressed
        buffer = io.BytesIO()
        font.save(buffer)
    return buffer.getvalue()


def font_face_css(text: str) -> str:
    """An ``@font-face`` rule embedding the subset for ``text``; '' when it has no CJK."""
    characters = cjk_characters(text)
    if not characters:
        return ""
    data = base64.b64encode(woff2_subset(characters)).decode("ascii")
    return (
        f'@font-face {{ font-family: "{FAMILY}"; font-style: normal; font-weight: 400; '
        f'src: url(data:font/woff2;base64,{data}) format("woff2"); }}'
    )
