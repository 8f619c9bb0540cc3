"""Integrity of the hand-annotated text sets, checked without the extractor.

``data/heldout`` is the out-of-sample set; ``data/devset`` was held out once and is now tuned on.
Both share one layout. The gold was written by hand before any extractor ran on these texts;
these tests only check that it is self-consistent: files exist and are unchanged, every gold
number sits at its offsets and reads as its value, every quote is in its text, and the enums
are valid.
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ("devset", "heldout")
GENRES = {
    "plan", "annual_work_plan", "government_work_report", "statistical_bulletin",
    "news_on_plan", "news_on_results", "qa", "proposal_reply",
}
KINDS = {"target", "baseline"}
COMPARATORS = {">=", ">", "=", "~", "<="}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
MULTIPLIERS = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
RANGE_SEPARATORS = re.compile(r"[至~～\-—]")


def read_csv(folder: Path, name: str) -> list[dict[str, str]]:
    """Rows of one set's CSV as dicts of strings."""
    with open(folder / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_text(folder: Path, text_id: str) -> str:
    """A text exactly as stored."""
    return (folder / "texts" / f"{text_id}.txt").read_bytes().decode("utf-8")


def printed_number(printed: str) -> float:
    """The number a printed figure states: `4.4万` → 44000, `九成` → 0.9, `8至10` → 8 (lower bound)."""
    head = RANGE_SEPARATORS.split(printed, maxsplit=1)[0]
    if re.fullmatch(r"[一二两三四五六七八九]成", head):
        return ZH_DIGITS[head[0]] / 10
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([万萬亿億]?)", head)
    if not match:
        raise ValueError(f"not a printed number: {printed!r}")
    return float(match.group(1)) * MULTIPLIERS.get(match.group(2), 1)


def normalised_value(printed: str, unit: str, after: str) -> float:
    """`printed` converted to the gold row's unit; `after` is the text right after the number.

    Money is normalised to 亿元: a number printed before 元 (`5700万元`) is divided by 1e8,
    one printed before 亿元/億元 keeps its multiplier as a count of 亿 (`2.08万亿元` → 20800).
    Shares printed in 成 become percent.
    """
    raw = printed_number(printed)
    if printed.endswith("成"):
        return raw * 100
    if unit == "亿元" and after.startswith("元"):
        return raw / 1e8
    return raw


def row_problems(row: dict[str, str], text: str) -> list[str]:
    """Every inconsistency of one gold row with its text (empty when the row is sound)."""
    problems = []
    where = f"{row['text_id']} @{row['value_start']}"
    if row["kind"] not in KINDS:
        problems.append(f"{where}: kind {row['kind']!r}")
    if row["comparator"] not in COMPARATORS:
        problems.append(f"{where}: comparator {row['comparator']!r}")
    if row["year"] and not 1990 <= int(row["year"]) <= 2035:
        problems.append(f"{where}: year {row['year']!r}")
    start, end = int(row["value_start"]), int(row["value_end"])
    printed = text[start:end]
    try:
        value = normalised_value(printed, row["unit"], text[end:end + 2])
        if not math.isclose(value, float(row["value"]), rel_tol=1e-9):
            problems.append(f"{where}: printed {printed!r} reads {value}, gold says {row['value']}")
    except ValueError as error:
        problems.append(f"{where}: {error}")
    quote = row["quote"]
    spans = [m.start() for m in re.finditer(re.escape(quote), text)] if quote else []
    if not any(s <= start and end <= s + len(quote) for s in spans):
        problems.append(f"{where}: quote {quote!r} is not in the text around the number")
    return problems


@pytest.fixture(scope="module", params=SETS)
def folder(request) -> Path:
    return DATA / request.param


@pytest.fixture(scope="module")
def manifest(folder) -> list[dict[str, str]]:
    return read_csv(folder, "manifest.csv")


@pytest.fixture(scope="module")
def gold(folder) -> list[dict[str, str]]:
    return read_csv(folder, "gold_targets.csv")


def test_the_sets_share_no_text():
    urls = {name: {row["source_url"] for row in read_csv(DATA / name, "manifest.csv")} for name in SETS}
    ids = {name: {row["text_id"] for row in read_csv(DATA / name, "manifest.csv")} for name in SETS}
    assert not urls["devset"] & urls["heldout"]
    assert not ids["devset"] & ids["heldout"]


def test_manifest_lists_enough_texts_and_genres(folder, manifest):
    ids = [row["text_id"] for row in manifest]
    assert len(ids) == len(set(ids)), "duplicate text_id in manifest"
    assert len(ids) >= 15
    assert {row["genre"] for row in manifest} <= GENRES
    assert len({row["genre"] for row in manifest}) >= 4
    for row in manifest:
        assert row["file"] == f"texts/{row['text_id']}.txt", row["text_id"]
        assert (folder / row["file"]).is_file(), row["file"]
        assert row["source_url"].startswith(("http://", "https://")), row["text_id"]
        assert not row["published"] or ISO_DATE.fullmatch(row["published"]), row["text_id"]


def test_texts_are_unchanged_and_every_file_is_listed(folder, manifest):
    sums = dict(line.split("  ", 1)[::-1] for line in (folder / "SHA256SUMS").read_text().splitlines())
    assert set(sums) == {row["file"] for row in manifest}
    assert {f"texts/{p.name}" for p in (folder / "texts").glob("*")} == set(sums)
    for file, digest in sums.items():
        assert hashlib.sha256((folder / file).read_bytes()).hexdigest() == digest, f"{file} was edited"


def test_every_gold_row_matches_its_text(folder, manifest, gold):
    ids = {row["text_id"] for row in manifest}
    assert {row["text_id"] for row in gold} <= ids
    texts = {text_id: read_text(folder, text_id) for text_id in ids}
    problems = [p for row in gold for p in row_problems(row, texts[row["text_id"]])]
    assert not problems, "\n".join(problems)
    assert {row["kind"] for row in gold} == KINDS


def test_gold_rows_are_unique_and_sorted(gold):
    keys = [(row["text_id"], int(row["value_start"])) for row in gold]
    assert len(keys) == len(set(keys)), "two gold rows for one printed number"
    assert keys == sorted(keys)


def test_document_cards_are_printed_in_their_texts(folder, manifest):
    cards = read_csv(folder, "gold_documents.csv")
    genres = {row["text_id"]: row["genre"] for row in manifest}
    assert sorted(card["text_id"] for card in cards) == sorted(genres)
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731 - titles may be split over lines
    for card in cards:
        text = squeeze(read_text(folder, card["text_id"]))
        assert card["genre"] == genres[card["text_id"]], card["text_id"]
        for field in ("title", "issuer", "doc_number"):
            assert squeeze(card[field]) in text, f"{card['text_id']}: {field} not printed"
        for field in ("signed", "published"):
            if card[field]:
                y, m, d = (int(part) for part in card[field].split("-"))
                # ISO, 2023年1月14日, zero-padded 2023年01月14日, or with slashes 2023/10/11
                printed = {card[field], f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}/{m:02d}/{d:02d}", f"{y}/{m}/{d}"}
                assert any(form in text for form in printed), f"{card['text_id']}: {field}"
        if card["plan_start"] or card["plan_end"]:
            assert int(card["plan_start"]) <= int(card["plan_end"]), card["text_id"]


@pytest.mark.parametrize(
    ("printed", "unit", "after", "expected"),
    [("4.4万", "家", "家", 44000), ("5700万", "亿元", "元,", 0.57), ("2.08万", "亿元", "亿元", 20800),
     ("九成", "%", "", 90), ("8~10", "家", "家", 8), ("3.2", "%", "%", 3.2)],
)
def test_printed_numbers_normalise(printed, unit, after, expected):
    assert math.isclose(normalised_value(printed, unit, after), expected)


def test_row_check_catches_a_wrong_value_offset_and_quote():
    text = "到2025年,全区高新技术企业突破75家。"
    start = text.index("75")
    good = {"text_id": "t", "kind": "target", "comparator": ">", "year": "2025", "unit": "家", "value": "75",
            "value_start": str(start), "value_end": str(start + 2), "quote": "高新技术企业突破75家"}
    assert row_problems(good, text) == []
    assert row_problems({**good, "value": "76"}, text)
    assert row_problems({**good, "value_start": str(start - 1)}, text)
    assert row_problems({**good, "value_start": str(start + 1)}, text)
    assert row_problems({**good, "quote": "高新技术企业超过75家"}, text)
    assert row_problems({**good, "kind": "goal"}, text)
