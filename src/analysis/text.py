"""Text preparation that never moves an offset: normalisation, HTML stripping, span splitting.

``normalise`` maps the text character for character (traditional → simplified, full-width →
ASCII), so an index into the normalised text is the same index into the text as given.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import numpy as np
import zhconv.zhconv

#: Corner quotes used in traditional-character texts, mapped to the curly quotes of simplified ones.
_QUOTES = {"「": "“", "」": "”", "『": "“", "』": "”"}
#: Colons in presentation and mathematical forms (10.9︰53.2︰35.9), read as the ASCII colon.
_COLONS = {"︰": ":", "︓": ":", "﹕": ":", "∶": ":"}
#: Signs older pages type for the per cent sign (增长15℅, the "care of" sign; the small form ﹪).
_PERCENTS = {"℅": "%", "﹪": "%"}
#: Brackets in their small forms (产量﹙吨﹚), read as the ASCII ones.
_BRACKETS = {"﹙": "(", "﹚": ")"}

_SCRIPT = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:br|p|div|li|tr|h[1-6]|table|section|article|ul|ol)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACE_BETWEEN_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def translation_table() -> dict[int, str]:
    """One-character-to-one-character map: zhconv's single-character traditional → simplified
    pairs, full-width ASCII → ASCII, the ideographic space → space, corner quotes → curly quotes, colon forms → ``:``,
    per-cent look-alikes → ``%``, small brackets → ASCII ones.
    Characters that map to themselves are left out."""
    pairs = zhconv.zhconv.getdict("zh-cn")
    table = {ord(old): new for old, new in pairs.items() if len(old) == 1 and len(new) == 1 and old != new}
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})
    table[0x3000] = " "
    table.update({ord(old): new for old, new in (_QUOTES | _COLONS | _PERCENTS | _BRACKETS).items()})
    return table


@lru_cache(maxsize=1)
def _mapped_characters() -> frozenset[str]:
    """The characters ``translation_table`` changes. None maps to another that is changed again, so
    replacing them one by one, in any order, equals translating (test_extract.py checks both)."""
    return frozenset(map(chr, translation_table()))


@lru_cache(maxsize=1)
def _mapped_flags() -> np.ndarray:
    """A flag per Unicode code point: whether ``translation_table`` changes it."""
    flags = np.zeros(0x110000, dtype=bool)
    flags[[ord(character) for character in _mapped_characters()]] = True
    return flags


#: From this length on, an array lookup finds a text's characters to map faster than a set.
ARRAY_LOOKUP_FROM = 200


def _mapped_present(text: str) -> set[str]:
    """The characters of ``text`` that ``translation_table`` changes: for a long text by one array
    lookup over its code points (a set of its characters costs a Python object per character)."""
    if len(text) < ARRAY_LOOKUP_FROM:
        return set(_mapped_characters().intersection(text))
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return set(map(chr, np.unique(points[_mapped_flags()[points]]).tolist()))


#: Up to this many distinct characters to map, one ``str.replace`` each beats ``str.translate``,
#: which looks every character up (a simplified text maps a handful: ，（）：；).
MAX_REPLACED_CHARACTERS = 40


def normalise(text: str) -> str:
    """Simplified-character, half-width copy of ``text`` with exactly the same length."""
    table = translation_table()
    present = _mapped_present(text)
    if len(present) > MAX_REPLACED_CHARACTERS:
        result = text.translate(table)  # a traditional-character text
    else:
        result = text
        for character in present:
            result = result.replace(character, table[ord(character)])
    if len(result) != len(text):  # guaranteed by the table; checked because offsets depend on it
        raise AssertionError("normalisation changed the text length")
    return result


def close_spaced_chinese(text: str) -> str:
    """``text`` without the spaces between Chinese characters that wrapping or spacing out to a
    column's width put there (…社会发展 计划执行情况, 粮 食)."""
    return _SPACE_BETWEEN_CHINESE.sub("", text)


def strip_html(markup: str) -> str:
    """Visible text of an HTML page: scripts, styles and comments dropped, block tags as line
    breaks, other tags removed, entities decoded. Offsets then refer to this stripped text."""
    text = _COMMENT.sub("", _SCRIPT.sub("", markup))
    text = _BLOCK_TAG.sub("\n", text)
    return html.unescape(_TAG.sub("", text))


def split_spans(
    text: str, start: int, end: int, separators: re.Pattern[str], keep: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` after each separator match that lies outside the ``keep`` spans;
    return the pieces as (start, end) pairs, separators included at the end of each piece."""
    pieces, piece_start = [], start
    for match in separators.finditer(text, start, end):
        at = match.start()
        if keep and any(low <= at < high for low, high in keep):
            continue
        pieces.append((piece_start, match.end()))
        piece_start = match.end()
    if piece_start < end:
        pieces.append((piece_start, end))
    return pieces
