"""Read numbers as Chinese plans print them: Arabic, Chinese numerals, 万/亿 multipliers.

Inputs are expected in normalised form (``analysis.text.normalise``): ASCII digits and
simplified characters. Values are computed with ``Decimal`` so that ``6.788亿`` read as
亿元 is exactly 6.788, not 6.788000000000001.
"""

from __future__ import annotations

import re
from decimal import Decimal

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_PLACES = {"十": 10, "百": 100, "千": 1000}
MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}

DIGIT_CHARS = "".join(CN_DIGITS)
CN_NUMBER_CHARS = DIGIT_CHARS + "十百千万亿"

#: A year as printed: ``2025`` or, digit by digit, ``二〇二五``.
YEAR_DIGITS = r"(?:(?:19|20)\d{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})"

_ARABIC = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([十百千万亿]*)")
_CN_DECIMAL = re.compile(rf"([{CN_NUMBER_CHARS}]+)点([{DIGIT_CHARS}]+)([万亿]*)")


def chinese_integer(numeral: str) -> int:
    """Value of a Chinese integer numeral: ``五十`` → 50, ``一万二千`` → 12000, ``二〇二〇`` → 2020."""
    if numeral and all(char in CN_DIGITS for char in numeral) and len(numeral) > 1:
        return int("".join(str(CN_DIGITS[char]) for char in numeral))
    total = section = digit = 0
    for char in numeral:
        if char in CN_DIGITS:
            digit = CN_DIGITS[char]
        elif char in CN_PLACES:
            section += (digit or 1) * CN_PLACES[char]
            digit = 0
        elif char == "万":
            total += (section + digit or 1) * 10**4  # a lone 万 (约万人) is one 万
            section = digit = 0
        elif char == "亿":
            total = (total + section + digit or 1) * 10**8
            section = digit = 0
        else:
            raise ValueError(f"not a Chinese numeral: {numeral!r}")
    return total + section + digit


def _multiplier(suffix: str) -> Decimal:
    factor = Decimal(1)
    for char in suffix:
        factor *= MULTIPLIERS[char]
    return factor


def parse_number(token: str) -> Decimal:
    """Value of a printed number: ``1.2万`` → 12000, ``1,236`` → 1236, ``三点五`` → 3.5, ``五十亿`` → 5e9."""
    arabic = _ARABIC.fullmatch(token)
    if arabic:
        whole, fraction, suffix = arabic.groups()  # 1,236 is printed with a thousands separator
        return Decimal(whole.replace(",", "") + (fraction or "")) * _multiplier(suffix)
    decimal = _CN_DECIMAL.fullmatch(token)
    if decimal:
        whole, fraction, suffix = decimal.groups()
        digits = "".join(str(CN_DIGITS[char]) for char in fraction)
        return (chinese_integer(whole) + Decimal(f"0.{digits}")) * _multiplier(suffix)
    return Decimal(chinese_integer(token))


def is_chinese_numeral(token: str) -> bool:
    """Whether ``token`` is a plausible Chinese numeral (not a lone 万/亿/百/千, nor one led by 万/亿)."""
    if not token or token[0] in "万亿" or any(char not in CN_NUMBER_CHARS + "点" for char in token):
        return False
    return any(char in CN_DIGITS for char in token) or token[0] == "十" or token[-1] in "万亿"


def year_value(token: str) -> int:
    """Value of a year matched by ``YEAR_DIGITS``: ``2025`` → 2025, ``二〇二五`` → 2025."""
    return int(token) if token.isdigit() else chinese_integer(token)
