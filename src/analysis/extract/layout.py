"""Layout of a plan's text: paragraphs with their section path, responsibility parentheses and
year phrases, and the plan's own period.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import accumulate, count
from operator import add
from typing import NamedTuple

from analysis.extract.model import LOOKS_BACK_UNTIL_MONTH, DocumentFacts, Line, Marker, Span, YearMark
from analysis.extract.vocabulary import (
    AIM_AFTER, AIM_BEFORE, AIM_CUES, ANNUAL_PLAN, ASIDE, BARE_UNIT, BASELINE_HEADING, BASE_AMOUNT, CHANGE_TO,
    COMPARISON_AFTER, COMPARISON_BEFORE, CURRENT_SUPERLATIVE, CURRENT_WORDS, DEADLINE, DISTRICT_ISSUER,
    DOCUMENT_TITLE_END, FIRST_MONTHS, FIVE_YEAR, FIVE_YEAR_SPANS, FROM_BEFORE, GOALS_FARED, GOALS_LEAD, GOALS_LINE, HAS_NOW, HEADING, LIST_LEAD,
    MENTION, NEXT_YEARS, NEXT_YEARS_FROM_MONTH, NPC_BASE, NPC_BASE_YEAR, ORG_NAME, PAREN, PAST_YEARS, PERIOD, PERIOD_BEFORE, PERIOD_FROM,
    PERIOD_MULTIPLE, PLAN_RANGE, PRESENT_ERA, PREVIOUS_YEAR_WORDS, RELATIVE_YEAR, RELATIVE_YEARS, RESPONSIBLE_LABEL,
    REPORT_PARTS, REVISED_FIGURES, ROLE_WORDS_AFTER, ROUND_AFTER, SENTENCE_END, SUPERLATIVE_AFTER, TARGET_HEADING, TASKS_ANNOUNCED, UNIT_ALIASES, UNIT_LIST_SPLIT,
    WORK_DEPLOYED, YEAR,
)
from analysis.numerals import chinese_integer, parse_number, year_value

#: Splits responsibility parentheses at their labels, keeping the labels.
LABEL_SPLIT = re.compile(f"({RESPONSIBLE_LABEL.pattern})")
#: The first character after spaces.
NEXT_CHARACTER = re.compile(r"\s*(\S)")
#: A line holding only a year (2026年, 2025年度).
YEAR_LINE = re.compile(r"(?:19|20)\d{2}\s*年度?")
#: The close of the basis a figure is computed on (按2022年常住人口计算), within a short clause.
BASIS_END = re.compile(r"[^,。;]{0,24}?(?:计算|测算|核算)")
#: A paragraph opening on a year set off by a comma (2023年末,全县…; 截至2023年底,…) or on what its
#: subject will do in it (2023年某区将…): the year of the paragraphs after it in its section that name none
#: (test_a_year_opening_a_paragraph_carries_to_the_next_ones_of_its_section,
#: test_a_year_opening_a_paragraph_on_what_will_be_done_carries_to_the_goals_below).
PARAGRAPH_YEAR = re.compile(r"\s*(?:截至|截止)?((?:19|20)\d{2})\s*年(?:末|底|度)?\s*"
                            # (not 2015年以来…, a span, nor 2019年全县将近一半…, an amount)
                            r"(?:,|(?![以起前])(?=[\u4e00-\u9fff]{1,10}?(?:将(?!近)|(?<![摘主重需紧必])要(?![素点求]))))")
#: Party congresses meet every five years: the 12th in 1982 (党的二十大 → 2022).
CONGRESS_BASE, CONGRESS_BASE_YEAR = 12, 1982
#: The founding years anniversaries count from (建党100周年 → 2021).
ERA_FOUNDINGS = {"party": 1921, "prc": 1949, "reform": 1978}
#: The deepest heading level named in words (第一节), whose token is its wording.
SECTION_LEVEL = 2
#: A table's caption right after a sentence on the same line, its cells following.
CAPTION_MIDLINE = re.compile(r"表[ \t]*\d+[^|。\n]{0,40}\|")
#: The longest line read as an unnumbered heading.
MAX_TITLE_LINE = 30
#: A line opening a table of contents, whose numbered entries open no section.
CONTENTS_LINE = re.compile(r"\s*(?:目\s*录|提\s*纲|目\s*次)\s*:?\s*$")
#: Punctuation of a sentence or clause, which a heading line lacks.
SENTENCE_PUNCTUATION = re.compile(r"[。,;:!?]")
DIGIT = re.compile(r"\d")
#: A lead setting off a year (2015年,面对…) or calling it a year of something (2020年是…收官之年):
#: test_the_lead_year_is_the_year_reviewed, test_the_year_a_lead_calls_a_year_of_something_is_the_texts_own;
#: or looking back over years it spans (十年来(2012-2021),…): their last (test_a_lead_looking_back_over_a_span_dates_by_its_end)
LEAD_YEAR = re.compile(r"(?:^|[。!?\n“,])\s*(?:((?:19|20)\d{2})\s*年|(去年|今年)(以来)?"
                       r"|[一二三四五六七八九十两\d]+年来\s*\(\s*(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年?\s*\))"
                       r"\s*(?:,|是|在)")
LEAD_CHARS = 300
#: A work report delivered or quoted (代市长向大会作政府工作报告; 政府工作报告显示): see ``report_year``.
#: The months a lead reports, with no year of their own (1-11月, 截至11月底).
MONTHS_REPORTED = re.compile(r"(?<![\d年])1\s*[-—~至]\s*(?P<to>\d{1,2})\s*月|(?:截至|截止)(?:到)?\s*(?P<end>\d{1,2})\s*月(?:底|末)")
REPORT_TOLD = re.compile(r"作《?(?:政府)?工作报告|政府工作报告(?:显示|指出|提出|回顾)")

# --- small readers ---------------------------------------------------------------------------


def infer_plan_year(text: str) -> int | None:
    """The plan's end year from its own wording: the first period ``(2020-2022年)`` or annual
    plan title ``2020年…工作方案`` in the text, else a five-year-plan name (十四五 → 2025)."""
    found = [(m.start(), year_value(m.group(1))) for m in (PLAN_RANGE.search(text), ANNUAL_PLAN.search(text)) if m]
    if found:
        return min(found)[1]
    named = [(text.find(name), year) for name, year in FIVE_YEAR.items() if name in text]
    return min(named)[1] if named else None


def opening_year(norm: str, doc: DocumentFacts) -> int | None:
    """The year a text's lead sets off as its subject (2015年,面对…; 昨日,记者获悉,去年,全省…), read
    in its first ``LEAD_CHARS`` characters; 去年/今年 need the document's year (今年以来: its
    ``so_far_year``). A report or news without a title year or date reviews that year:
    test_the_lead_year_is_the_year_reviewed."""
    match = LEAD_YEAR.search(norm[:LEAD_CHARS])
    if match is None:
        return None
    if match.group(1) or match.group(4):
        return int(match.group(1) or match.group(4))
    if doc.doc_year is None:
        return None
    if match.group(2) == "去年":
        return doc.doc_year - 1
    return doc.so_far_year if match.group(3) else doc.doc_year


def era_year(norm: str) -> int | None:
    """The year an undated text says it is written in by an event of known date (今年是党的二十大
    召开之年 → 2022; 今年是“十四五”开局之年 → 2021; “十三五”圆满收官,“十四五”开启征程 → 2021):
    test_an_undated_text_naming_the_years_event_is_of_that_year."""
    match = PRESENT_ERA.search(norm)
    if match is None:
        return None
    if match.group("congress"):
        return CONGRESS_BASE_YEAR + 5 * (chinese_integer(match.group("congress")) - CONGRESS_BASE)
    if match.group("period"):
        first, last = FIVE_YEAR_SPANS[match.group("period")]
        return last if match.group("edge") == "收官" else first
    if match.group("opened"):
        return FIVE_YEAR_SPANS[match.group("opened")][0]
    if match.group("npc"):
        return NPC_BASE_YEAR + 5 * (chinese_integer(match.group("npc")) - NPC_BASE) + chinese_integer(match.group("session")) - 1
    founded, years = next((ERA_FOUNDINGS[name], int(match.group(name))) for name in ERA_FOUNDINGS if match.group(name))
    return founded + years


#: The month a work report is taken to be delivered in where only its parts date it: the
#: year's congress meets in its first quarter.
REPORT_DELIVERY_MONTH = 1


def delivery_date(norm: str) -> tuple[int, int] | None:
    """The year and month an undated text on a work report was written in, by the report's parts
    it names, the year reviewed then the next (报告分为2019年工作回顾、2020年工作安排 → early 2020):
    test_an_undated_text_naming_a_reports_parts_dates_from_its_delivery."""
    parts = REPORT_PARTS.search(norm)
    if parts is None or int(parts.group("ahead")) != int(parts.group("reviewed")) + 1:
        return None
    return int(parts.group("ahead")), REPORT_DELIVERY_MONTH


def only_named_year(norm: str) -> int | None:
    """The one year a text names (…入围2018年第一批…), if it names exactly one: the year of its
    undated figures where nothing else tells: test_an_undated_text_naming_one_year_dates_its_figures_by_it."""
    named = {year_value(year) for match in YEAR.finditer(norm) for year in match.group("y1", "y2")
             if year and not _compared(norm, match)}
    return named.pop() if len(named) == 1 else None


def _compared(norm: str, match: re.Match[str]) -> bool:
    """A year as the base of a comparison (比2015年增1.4倍, 较2019年增长):
    test_a_comparison_year_in_a_headline_is_not_its_year."""
    return (match.group("pre") or "") in {"较", "比", "相比", "同比"} or bool(COMPARISON_AFTER.match(norm, match.end()))


def report_year(norm: str, doc: DocumentFacts) -> int | None:
    """The year an undated work report (or news on one) was delivered: the one after the year
    its lead reviews, where the lead's sentence reports results rather than goals (政府工作报告显示,
    2024年,该市地区生产总值6136.4亿元 → 2025, so its 今年 is 2025):
    test_an_undated_report_whose_lead_reviews_a_year_dates_from_the_next. A lead on 今年 names no
    year, so the next lead is read: test_an_undated_reports_goals_before_its_review_still_date_from_the_year_reviewed."""
    match = next((lead for lead in LEAD_YEAR.finditer(norm[:LEAD_CHARS]) if lead.group(2) != "今年"), None)
    if doc.doc_year is not None or match is None or not match.group(1):
        return None
    if doc.genre != "government_work_report" and not REPORT_TOLD.search(norm[:match.start() + 1]):
        return None
    sentence = re.match(r"[^。\n]*", norm[match.end():]).group()
    return None if AIM_CUES.search(sentence) else int(match.group(1)) + 1


def reported_through(norm: str, doc: DocumentFacts) -> DocumentFacts:
    """A text dated before the end of the months its lead reports (1-11月, 截至11月底 in a page of
    January 2015) was written in the year before: its present is that year, at that month:
    test_a_page_dated_before_the_months_it_reports_tells_of_the_year_before."""
    through = MONTHS_REPORTED.search(norm[:LEAD_CHARS])
    if through is None or doc.doc_year is None or doc.doc_month is None:
        return doc
    month = int(through.group("to") or through.group("end"))
    return replace(doc, doc_year=doc.doc_year - 1, doc_month=month) if month > doc.doc_month else doc


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def within(position: int, spans: list[Span]) -> bool:
    """Whether ``position`` lies in one of ``spans`` (a loop: called for every number and year)."""
    for low, high in spans:
        if low <= position < high:
            return True
    return False


def read_heading(line: str) -> tuple[int, str, int, int] | None:
    """(level, path token, number, length of the heading number) of a numbered heading line;
    parts (第一篇, 第二部分) are level 0, chapters (第一章) 1 and their sections (第一节) 2; these keep
    their own wording as their token: test_a_chapters_section_heads_its_paragraphs."""
    match = HEADING.match(line)
    if not match:
        return None
    level = int(match.lastgroup[1])
    raw = match.group(match.lastgroup)
    number = int(raw) if raw.isdigit() else int(parse_number(raw))
    wording = match.group().strip()
    token = wording if level <= SECTION_LEVEL else f"({raw})" if wording.startswith("(") else raw
    return level, token, number, match.end()


def paragraph_lines(norm: str) -> list[Line]:
    """Every non-blank line with its section path. Numbering that restarts at 1 without a
    higher heading (a boxed list inside a section) is read as a box: it does not move the
    path, and the box ends at the first heading continuing the outer numbering."""
    outer: dict[int, Heading] = {}  # level → the heading open at that level
    box: dict[int, Heading] | None = None
    lines = []
    carried = None  # the year the last paragraph of this section opened on
    # where a line announced the tasks or goals numbered below it: its section's depth and the year
    # it names (到2017年…具体目标任务如下:)
    announced: tuple[int, int | None] | None = None
    contents = False  # within a table of contents (提纲: / 目录 over the headings it lists)
    for start, raw in _raw_lines(norm):
        end = start + len(raw.rstrip("\r"))
        if not raw.strip():
            continue
        heading = read_heading(raw)
        # an entry of a table of contents (提纲: / 一、… / 三、2026年工作安排) opens no section and heads
        # nothing: test_a_table_of_contents_opens_no_section
        listed = contents and heading is not None
        contents = listed or bool(CONTENTS_LINE.match(raw))
        if listed:
            heading = None
        body = start
        outline_level = None
        box_heading = ""
        if heading:
            level, token, number, length = heading
            body = start + length
            title = raw[length:].split("。", 1)[0]
            entered = Heading(number, token, title, _title_year(title), bool(BASELINE_HEADING.search(title)),
                              bool(TARGET_HEADING.search(title)))
            if box is not None and _continues(box, level, number):
                _enter(box, level, entered)
                box_heading = title
            elif _continues(outer, level, number) or (number != 1 and box is None):
                box = None
                _enter(outer, level, entered)
                outline_level = level
            elif box is None:
                box = {}
                _enter(box, level, entered)
                box_heading = title
        fresh = bool(heading)  # a heading, numbered or not, ends what a paragraph's year carries to
        if heading or not lines:  # the outline changes only at a heading
            path = [outer[level] for level in sorted(outer)]
            named = [entry.year for entry in path if entry.year is not None]
            section = "/".join(entry.token for entry in path)
            baseline = any(entry.baseline for entry in path)
            target = any(entry.target for entry in path)
            if announced is not None and heading and len(path) > announced[0]:
                # (一)持续扩大有效投资 below 重点抓好以下8个方面工作: one of the tasks announced
                # (test_a_line_leading_to_the_tasks_heads_the_parts_below), of the year a lead to goals names
                # (test_a_line_opening_goals_heads_the_parts_below)
                baseline, target = False, True
                named = [announced[1], *named] if announced[1] is not None else named
            elif heading:
                announced = None
            if not heading and _is_title_line(raw) and GOALS_LINE.search(raw):
                # a page opening on its goals heading (2019年预期目标 over a list; its year is the
                # document's), not on a title (…行动计划): test_a_page_opening_on_a_goals_heading_lists_targets
                target = True
        elif listed:
            pass  # the outline and what the lines below are read as stay as they were
        elif _is_title_line(raw):  # 建议全年经济社会发展预期目标 / 2023年工作回顾 over a list
            named = [entry.year for entry in path if entry.year is not None]
            if (own := _title_year(raw)) is not None:
                named.append(own)
            baseline = bool(BASELINE_HEADING.search(raw))
            target = bool(TARGET_HEADING.search(raw)) and not GOALS_FARED.search(raw)
            fresh = True
        elif deployed := WORK_DEPLOYED.search(raw):  # 会议部署了2018年工作。 over the year's goals
            named, baseline, target = [int(year_value(deployed.group("year")))], False, True
        elif TASKS_ANNOUNCED.match(raw):  # 该县将重点抓好七个方面工作。一是…: test_a_paragraph_announcing_its_tasks_aims
            baseline, target = False, True
            announced = (len(outer), None)
        elif GOALS_LEAD.search(raw):
            # 今后五年…的主要目标是: over paragraphs of goals, up to the next heading:
            # test_a_line_opening_goals_heads_the_paragraphs_below
            lead_year = _title_year(raw)
            named, baseline, target = ([lead_year] if lead_year is not None else named), False, True
            announced = (len(outer), lead_year)
        lines.append(Line(
            start=start,
            end=end,
            section=section,
            baseline=baseline,
            body=body,
            target=target,
            heading_year=named[-1] if named else None,
            level=outline_level,
            title=outer[outline_level].title.strip() if outline_level is not None else box_heading.strip(),
            box="/".join(box[key].token for key in sorted(box)) if box_heading and box is not None else "",
            carried_year=None if fresh else carried,
            listed_from=start + lead.end() if (lead := LIST_LEAD.search(raw)) else None,
        ))
        if fresh:
            carried = None
        if opening := PARAGRAPH_YEAR.match(norm, body):
            carried = int(opening.group(1))
    return lines


def _char_before(norm: str, at: int, skipped: str) -> str:
    """The character right before ``at``, the ``skipped`` ones aside ("" at the text's start); a
    walk back, not ``norm[:at].rstrip()``, which would copy the text so far at every call."""
    before = at - 1
    while before >= 0 and norm[before] in skipped:
        before -= 1
    return norm[before] if before >= 0 else ""


def _after_sentence(norm: str, at: int) -> bool:
    """Whether a sentence ends right before ``at``, spaces aside (…4家。 表1 …)."""
    return _char_before(norm, at, " \t") in {"。", ";", "!"}


def _raw_lines(norm: str) -> list[tuple[int, str]]:
    """(start, text) of each line of ``norm``, a table whose caption follows a sentence on the same
    line (…4家。 表1 2020年主要农产品产量 产品名称 | 产量(吨) | …) starting a line of its own:
    test_a_table_run_into_one_line_gives_its_rows."""
    raws = norm.split("\n")
    # each line's start: the lengths before it plus one newline each (iterators, no Python loop)
    lines = list(zip(map(add, accumulate(map(len, raws[:-1]), initial=0), count()), raws))
    cuts = [m.start() for m in CAPTION_MIDLINE.finditer(norm) if _after_sentence(norm, m.start())] if "|" in norm else []
    if not cuts:
        return lines  # most texts: no table to cut out of a line
    split: list[tuple[int, str]] = []
    for start, raw in lines:
        inside = [cut - start for cut in cuts if start < cut < start + len(raw)]
        split += [(start + low, raw[low:high]) for low, high in zip([0, *inside], [*inside, len(raw)])]
    return split


def _is_title_line(raw: str) -> bool:
    """An unnumbered heading: a short line without sentence punctuation or figures (years aside)
    naming goals or a review (test_an_unnumbered_heading_over_a_list_gives_its_kind)."""
    bare = raw.strip()
    if YEAR_LINE.fullmatch(bare):
        return True  # 2026年 standing alone over a list: test_a_year_alone_on_a_line_heads_what_follows
    if not 4 <= len(bare) <= MAX_TITLE_LINE or SENTENCE_PUNCTUATION.search(bare):
        return False
    if DIGIT.search(YEAR.sub("", bare)):
        return False
    # a title's line (…五年规划和二〇三五年远景目标纲要) heads no goals: test_a_plans_wrapped_title_is_no_goals_heading…
    return bool(BASELINE_HEADING.search(bare) or (TARGET_HEADING.search(bare) and not DOCUMENT_TITLE_END.search(bare)))


def _title_year(title: str) -> int | None:
    """The year a heading names (二、2024年工作安排), or the last year of the five-year period
    it names (一、“十二五”时期工作回顾 → 2015), if any."""
    match = YEAR.search(title)
    if match:
        return int(year_value(match.group("y2") or match.group("y1")))
    period = PERIOD.search(title)
    return FIVE_YEAR_SPANS[period.group("name")][1] if period else None


class Heading(NamedTuple):
    """A numbered heading open in the outline: its number, path token and title, and what its
    title tells, read once: the year it names, and whether it heads a review or goals."""

    number: int
    token: str
    title: str
    year: int | None
    baseline: bool
    target: bool


def _continues(state: dict[int, Heading], level: int, number: int) -> bool:
    """Whether a heading is the next one expected at its level."""
    previous = state.get(level)
    return number == 1 if previous is None else number == previous.number + 1


def _enter(state: dict[int, Heading], level: int, heading: Heading) -> None:
    """Record a heading and forget the deeper levels it closes."""
    for deeper in [key for key in state if key > level]:
        del state[deeper]
    state[level] = heading


ALIASED_ENDINGS = tuple(UNIT_ALIASES)


def _responsible_units(content: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(all units, lead units) named in parentheses such as ``区科技局、区发改委负责``,
    ``牵头部门:经发局;责任部门:…`` or ``区科技局牵头``; ``None`` when the parentheses say
    something else."""
    content = DEADLINE.sub("", content)  # (责任单位:区科技局,完成时限:2023年12月底)
    if any(char.isdigit() for char in content):
        return None
    labelled = bool(RESPONSIBLE_LABEL.search(content)) or content.rstrip().endswith("负责")
    units, lead = [], []
    role = ""
    for piece in LABEL_SPLIT.split(content):
        if RESPONSIBLE_LABEL.fullmatch(piece):
            role = "lead" if piece.startswith("牵头") else ""
            continue
        for item in UNIT_LIST_SPLIT.split(piece):
            item = item.strip()
            leads = role == "lead" or item.endswith("牵头")
            item = ROLE_WORDS_AFTER.sub("", item)
            if item.endswith(ALIASED_ENDINGS):
                item = next(item.replace(short, full) for short, full in UNIT_ALIASES.items() if item.endswith(short))
            if item and item not in units:
                units.append(item)
                if leads:
                    lead.append(item)
    if not units:
        return None
    if labelled or all(ORG_NAME.search(unit) for unit in units):
        return tuple(units), tuple(lead)
    return None


def unit_prefix(issuer: str) -> str:
    """"区" when the issuer is a district's government or bureau (``DISTRICT_ISSUER``), else ""."""
    return "区" if DISTRICT_ISSUER.search(issuer) else ""


def qualified(units: tuple[str, ...], prefix: str) -> list[str]:
    """Unit names with a bare bureau (科技局) read as the issuer's level (区科技局)."""
    return [prefix + unit if prefix and BARE_UNIT.match(unit) else unit for unit in units]


def responsibility_markers(norm: str, line: Line) -> list[Marker]:
    """Responsibility parentheses in a line: labelled ones anywhere, unlabelled ones only where
    they close a sentence."""
    markers = []
    for match in PAREN.finditer(norm, line.start, line.end):
        named = _responsible_units(match.group(1))
        after = NEXT_CHARACTER.match(norm, match.end(), line.end)
        trailing = after is None or after.group(1) in "。;,.("
        if named and (trailing or RESPONSIBLE_LABEL.search(match.group(1))):
            markers.append(Marker(match.start(), match.end(), *named))
    return markers


def year_marks(norm: str, line: Line, sentences: list[Span], masked: list[Span], doc: DocumentFacts) -> list[YearMark]:
    """Year phrases in a line, outside quotes and titles; 今年/去年 (resolved against the
    document's year, when known) and five-year-plan periods among them."""
    starts = {start + len(norm[start:end]) - len(norm[start:end].lstrip(" \t,")) for start, end in sentences}
    # an aside in parentheses (扣除2022年灾后重建支出外) dates nothing outside it, only the figures
    # in it: test_a_year_in_an_aside_governs_nothing, test_a_year_in_an_aside_dates_the_figures_in_it
    asides = [match.span() for match in ASIDE.finditer(norm, line.start, line.end)]
    doc_year = doc.present_year
    marks = []
    for match in YEAR.finditer(norm, line.start, line.end):
        pre, suffix = match.group("pre") or "", match.group("suf") or ""
        based = _compared(norm, match)
        if based and pre in {"比", "较"} and MENTION.match(norm, match.end()):
            # 比2020年2976万元增长584.4%: the base amount is that year's, the change is not
            # (test_a_base_amount_after_bi_takes_its_year)
            base_year = year_value(match.group("y2") or match.group("y1"))
            marks.append(YearMark(match.start(), match.end(), base_year, "local"))
            continue
        if within(match.start("y1"), masked) or based:
            # a quoted year or the base of a comparison (较2019年增长): it governs nothing
            continue
        year = year_value(match.group("y2") or match.group("y1"))
        aside = next((end for start, end in asides if start <= match.start() < end), None)
        if norm[match.start() - 1:match.start()] == "按" and (basis := BASIS_END.search(norm, match.end(), line.end)):
            # 按2022年常住人口(28.3万人)计算,人均生产总值77760元: the basis's year dates the basis only
            # (test_a_year_of_the_basis_of_a_calculation_dates_only_the_basis)
            aside = basis.end()
        if aside is not None:
            marks.append(YearMark(match.start(), match.end(), year, "plain", until=aside))
            continue
        if (norm.startswith("以来", match.end()) and SUPERLATIVE_AFTER.match(norm, match.end() + 2)) or (
                suffix == "度" and ROUND_AFTER.match(norm, match.end())):
            continue  # 是2004年以来最好位次; 获2021年度省级科技奖8项: a frame, not a time
        if doc.since_year is not None and norm.startswith("以来", match.end()):
            # 2018年以来,…累计投入超7000万元: up to the document's date (test_since_a_year_means_up_to_now),
            # or the year before in one dated early in a year (test_since_a_year_in_january_means_up_to_last_year)
            marks.append(YearMark(match.start(), match.end() + 2, doc.since_year, "fact"))
            continue
        end = match.end()
        if (revised := REVISED_FIGURES.match(norm, end)) and MENTION.match(norm, revised.end()):
            # 由2021年核实后的16.0:40.7:43.3调整为…: the revised figures' year, theirs only
            # (test_last_years_structure_keeps_its_year)
            kind, end = "local", revised.end()
        elif ((suffix == "的" or norm[match.start() - 1:match.start()] in {"由", "从"}) and MENTION.match(norm, match.end())) or BASE_AMOUNT.match(norm, match.end()):
            # 增长到2020年的45.6亿元; 是2007年1080亿元的2.27倍; 由2015年52092元提高到…: the year of the next
            # number only (test_the_base_of_a_multiple_keeps_its_year_to_itself)
            kind = "local"
        elif pre in {"截至", "截止", "截止到"}:
            kind = "fact"
        elif pre or (suffix.endswith("前") and not FIRST_MONTHS.match(norm, match.end())):
            kind = "target"  # 2025年前建成 (by then), not 2022年前三季度 (its first quarters): test_a_years_first_quarters_are_no_deadline
        elif suffix == "的":
            kind = "local"
        elif not match.group("y2") and (match.start() in starts or _set_off(norm, match)):
            kind = "opener"
        else:
            kind = "plain"
        start_year = year_value(match.group("y1")) if match.group("y2") else None
        until = None
        if kind == "opener" and doc.genre == "statistical_bulletin" and doc.plan_year and year < doc.plan_year:
            # a bulletin titled on 2023 with a sentence opening 2022年,…: that year dates its own sentence, the
            # next ones are the bulletin's again (test_an_earlier_year_in_a_bulletin_dates_only_its_sentence)
            until = next((end for start, end in sentences if start <= match.start() < end), None)
        marks.append(YearMark(match.start(), end, year, kind, start_year, until))
    marks += _relative_marks(norm, line, masked, doc)
    marks += _period_marks(norm, line, doc_year, doc.doc_month is not None and doc.doc_month <= LOOKS_BACK_UNTIL_MONTH)
    marks += _pair_span_marks(norm, marks)
    return sorted(marks, key=lambda mark: mark.start)


def _pair_span_marks(norm: str, marks: list[YearMark]) -> list[YearMark]:
    """由2016年的X增加到2020年的Y: the pair's years date what the paragraph says next (农业增加值由A
    增加到B → 2016, 2020; 人均生产总值达到C → 2020): a mark right after the pair's end year
    (test_a_pair_of_years_dates_the_pairs_after_it)."""
    local = sorted((mark for mark in marks if mark.kind == "local"), key=lambda mark: mark.start)
    return [YearMark(last.end, last.end, last.year, "plain", first.year)
            for first, last in zip(local, local[1:])
            if first.year < last.year and FROM_BEFORE.search(norm, max(0, first.start - 2), first.start)
            and CHANGE_TO.search(norm, first.end, last.end) and not SENTENCE_END.search(norm, first.end, last.start)]


def _set_off(norm: str, match: re.Match[str]) -> bool:
    """A year standing as a clause of its own between commas (从经济规模看,2022年,…): it opens what
    follows like a year starting the sentence (test_a_year_set_off_by_commas_opens_its_clause)."""
    return _char_before(norm, match.start(), " ") in {",", ":"} and norm[match.end():match.end() + 1] == ","


def _relative_marks(norm: str, line: Line, masked: list[Span], doc: DocumentFacts) -> list[YearMark]:
    """今年 / 去年 / 明年 as years of the document's present (到今年底: a target), or of the earlier
    year a review section's heading names; 本年 as the year it reports on (``own_year``), 今年以来
    as its ``so_far_year``, 目前 as a fact of its
    year, 过去五年 / 五年来 ending in the last whole year at its date; a comparison base (比上年)
    is none."""
    doc_year = doc.present_year
    if doc_year is None:
        return []
    marks = [YearMark(match.start(), match.end(), doc_year, "fact")
             for match in CURRENT_WORDS.finditer(norm, line.start, line.end)
             if not within(match.start(), masked) and not CURRENT_SUPERLATIVE.match(norm, match.end())]
    marks += [YearMark(match.start(), match.end(), doc.since_year, "fact")
              for match in HAS_NOW.finditer(norm, line.start, line.end) if not within(match.start(), masked)]
    for match in RELATIVE_YEAR.finditer(norm, line.start, line.end):
        suffix = match.group("suf") or ""
        compared = (COMPARISON_BEFORE.search(norm, max(line.start, match.start() - 2), match.start())
                    or COMPARISON_AFTER.match(norm, match.end()))
        if within(match.start(), masked):
            continue
        offset = RELATIVE_YEARS[match.group("word")]
        if suffix == "同期" and not compared and norm.startswith(",", match.end()):
            # 去年同期,园区…40家: a time set off, not a comparison base
            # (test_last_years_same_period_opening_a_sentence_dates_its_figure)
            marks.append(YearMark(match.start(), match.end(), doc_year + offset, "fact"))
            continue
        if compared or suffix == "同期":
            parenthesised = norm.startswith("(", match.end())
            # 与上年的…相比 and 由上年同期的11.0:46.9:42.1调整为…, not 为上年同期的95%
            before = norm[max(line.start, match.start() - 2):match.start()]
            compared_with = norm.startswith("的", match.end()) and (
                COMPARISON_BEFORE.search(before) or FROM_BEFORE.search(before))
            if ((parenthesised or compared_with) and MENTION.match(norm, match.end() + 1)
                    and not PERIOD_MULTIPLE.match(norm, match.end())):  # 是上年同期的1.3倍: this year's multiple
                # 比上年同期(52.15%)提高4.25个百分点, 与上年的15.7:29.6:54.7相比: the base's own figures
                # (test_a_base_years_figure_in_parentheses_takes_its_year)
                base = doc.reviewed_year if match.group("word") in PREVIOUS_YEAR_WORDS and doc.reviewed_year else doc_year
                marks.append(YearMark(match.start(), match.end() + 1, base + offset, "local"))
            continue
        aimed = (AIM_BEFORE.search(norm, max(line.start, match.start() - 2), match.start())  # 到今年底
                 or (offset == 0 and not suffix and AIM_AFTER.match(norm, match.end())))  # 今年,某市预计…
        kind = "fact" if offset < 0 or suffix == "以来" else "target" if offset > 0 or aimed else "plain"
        if (norm.startswith("的", match.end()) and MENTION.match(norm, match.end() + 1)) or (
                FROM_BEFORE.search(norm, max(line.start, match.start() - 2), match.start()) and MENTION.match(norm, match.end())):
            # 由上年的0.04:65.24:34.72调整为…, 由上年8.7:47.1:44.2调整为…: the year of that figure only
            # (test_the_previous_year_of_a_change_dates_only_its_start)
            kind = "local"
        base = doc.own_year if match.group("word").startswith("本年") and doc.own_year is not None else doc_year
        if match.group("word") in PREVIOUS_YEAR_WORDS and doc.reviewed_year is not None:
            # 上年 is the year before the one reported on: test_the_previous_year_counts_from_the_year_reviewed
            base = doc.reviewed_year
        if match.group("word") == "今年" and suffix == "以来" and doc.so_far_year is not None:
            base = doc.so_far_year
        if line.baseline and line.heading_year is not None and line.heading_year < base and offset == 0:
            # under 一、2021年计划执行情况 in a text of 2022, 今年 is the year reviewed, when it was
            # written: test_this_year_under_a_review_of_an_earlier_year_is_that_year
            base = line.heading_year
        marks.append(YearMark(match.start(), match.end(), base + offset, kind))
    return marks + _past_years_marks(norm, line, masked, doc.completed_year or doc_year) + _next_years_marks(
        norm, line, masked, doc)


def _next_years_marks(norm: str, line: Line, masked: list[Span], doc: DocumentFacts) -> list[YearMark]:
    """今后五年 / 未来三年: a target at the end of that span, which starts at the document's year, or
    at the next in one dated from ``NEXT_YEARS_FROM_MONTH`` on (a congress of December 2021 plans
    2022–2026): test_the_next_five_years_end_five_years_on."""
    if doc.doc_year is None:
        return []
    first = doc.doc_year + (doc.doc_month is not None and doc.doc_month >= NEXT_YEARS_FROM_MONTH)
    return [YearMark(match.start(), match.end(), first + int(parse_number(match.group("n"))) - 1, "target", first - 1)
            for match in NEXT_YEARS.finditer(norm, line.start, line.end) if not within(match.start(), masked)]


def _past_years_marks(norm: str, line: Line, masked: list[Span], completed: int) -> list[YearMark]:
    """过去五年 / 五年来 / 近三年: a fact at the end of the last whole year at the document's date, its
    start value that many years before (五年来…由1.75件提高至2.51件 in January 2023 → 2017, 2022):
    test_the_past_n_years_end_in_the_year_reviewed."""
    marks = []
    for match in PAST_YEARS.finditer(norm, line.start, line.end):
        if within(match.start(), masked) or SUPERLATIVE_AFTER.match(norm, match.end()):
            continue
        span = int(parse_number(match.group("n") or match.group("m")))
        marks.append(YearMark(match.start(), match.end(), completed, "fact", completed - span))
    return marks


def _period_marks(norm: str, line: Line, doc_year: int | None, early: bool = False) -> list[YearMark]:
    """Five-year-plan periods: the end year (“十三五”期间 → 2020, 十四五末 → 2025), a fact when the
    period ended before the document or is reported 以来, a target after 到. ``early``: the document
    is dated early in its year, when the year before is the one it looks back on."""
    marks = []
    for match in PERIOD.finditer(norm, line.start, line.end):
        first, last = FIVE_YEAR_SPANS[match.group("name")]
        before = PERIOD_BEFORE.search(norm, max(line.start, match.start() - 3), match.start())
        pre, suffix = before.group("pre") if before else "", match.group("suf") or ""
        if not pre and not suffix:
            continue  # “十四五”良好开局, “十四五”规划: the plan's name, not a time (test_a_bare_period_name_is_no_year)
        if (COMPARISON_BEFORE.search(norm, max(line.start, match.start() - 3), match.start())
                or COMPARISON_AFTER.match(norm, match.end()) or PERIOD_MULTIPLE.match(norm, match.end())):
            # 较“十二五”末增加107家; 分别是“十二五”末的5.8倍: the base of the change
            # (test_a_comparison_base_year_governs_nothing, test_a_period_as_the_base_of_a_multiple)
            continue
        year = first if suffix in {"初", "初期", "开局之年"} else last
        if PERIOD_FROM.search(norm, max(line.start, match.start() - 3), match.start()):
            kind = "from"  # 从“十二五”末23121元增加到34274元: the start values only
        elif pre in {"到", "至"}:
            kind = "target"
        elif pre or suffix == "以来" or (doc_year is not None and last < doc_year):
            kind = "fact"
            # “十四五”以来 reaches the document's year, but in January 2026 the period just over, 2025:
            # test_since_a_period_began_reaches_its_end_once_it_is_over
            if suffix == "以来" and doc_year is not None:
                year = last if early and last == doc_year - 1 else doc_year
        else:
            kind = "plain"
        marks.append(YearMark(match.start(), match.end(), year, kind, first - 1))
    return marks
