"""Extract candidate quantitative targets and baselines from the text of a Chinese plan.

``extract_targets(text)`` returns one row per number that states a target or a baseline, in
the columns of ``data/curated/targets.csv`` that can be read from the text (see
``data/README.md``). Offsets index the string passed in: ``text[char_start:char_end] == quote``
and ``text[value_start:value_end] == value_text``.

How it reads a plan, in order:

1. ``analysis.text.normalise`` maps the text character for character (traditional →
   simplified, full-width → ASCII), so every rule below sees one spelling and every offset
   stays valid.
2. Each line is a paragraph. Numbered headings (``一、`` ``(一)`` ``1.`` ``(1)``) give the
   section path; a heading such as 发展现状 marks what follows as baselines. Trailing
   parentheses naming units (``(区科技局负责)``, ``(牵头部门:…;责任部门:…)``) are the
   responsible units of the numbers before them in the paragraph.
3. A number counts only with a unit (家, 个, 人, %, 亿元, …) or as a bare 亿 amount of output
   (五十亿产业规模); dates, document numbers, heading numbers, addresses, numbers inside
   quotation marks or 《titles》, ordinals (第, 届), institute names (五院518所), subsidy
   rates (给予…10%的补贴), floor areas mentioned in passing and idiomatic Chinese numerals
   (一批, 三个方面) are skipped.
4. Each number's indicator phrase is the text before it in its clause (or, for ``500家X``,
   the noun after it); keyword rules (``INDICATOR_RULES``) give the indicator code, words
   around the number give the comparator, modality and quantity, and year phrases in the
   paragraph (到2022年, 2023年底, 二〇二五年, a sentence opening ``2019年,``) the year and the kind.
   A range (``3-5个``, ``20~30亿元``) is one row: its lower bound, comparator ``>=``, the range in
   ``note``. Rough counts (``百余家``, ``十余万家``, ``近千家``) are the stated number, ``>`` for
   余/多 and ``~`` for 近/约.
5. Indicator tables flattened to lines (a header ``指标名称 | 单位 | 2020年 | 2025年 | 属性``
   split at ``|``, tabs or spaces, then one line per indicator) give a row per number in a year
   column: a baseline for the base-year column, a target for the target year, the row line as
   the quote. The sentence reader skips the table's lines.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pandas as pd

from analysis.io import write_csv
from analysis.numerals import (
    CN_NUMBER_CHARS, DIGIT_CHARS, YEAR_DIGITS, is_chinese_numeral, parse_number, year_value,
)
from analysis.text import normalise, split_spans, strip_html

COLUMNS = [
    "kind", "indicator", "indicator_text", "quantity", "comparator", "modality", "value", "unit",
    "value_text", "value_start", "value_end", "year", "responsible", "section", "quote",
    "char_start", "char_end", "note",
]
INT_COLUMNS = ["value_start", "value_end", "char_start", "char_end"]
Span = tuple[int, int]  # [start, end) offsets into the text

# --- units -----------------------------------------------------------------------------------

#: Printed unit → (normalised unit, factor applied to the printed number, family).
UNITS: dict[str, tuple[str, Decimal, str]] = {
    "美元": ("亿美元", Decimal("1e-8"), "money"),
    "元": ("亿元", Decimal("1e-8"), "money"),
    "个百分点": ("%", Decimal(1), "percent"),
    "%": ("%", Decimal(1), "percent"),
    "‰": ("‰", Decimal(1), "percent"),
    "平方公里": ("平方公里", Decimal(1), "area"),
    "平方米": ("平方米", Decimal(1), "area"),
    "平米": ("平方米", Decimal(1), "area"),
    "公顷": ("公顷", Decimal(1), "area"),
    "亩": ("亩", Decimal(1), "area"),
    "人次": ("人次", Decimal(1), "count"),
    "家次": ("家次", Decimal(1), "count"),
    "场次": ("场", Decimal(1), "count"),
    "名": ("人", Decimal(1), "count"),
    "位": ("人", Decimal(1), "count"),
    **{unit: (unit, Decimal(1), "count") for unit in "家个件项人场次期所批座台套条支篇户辆款种倍吨"},
}
_UNIT_GUARDS = {"人": "(?![才民大员口])", "支": "(?![持撑付出])", "座": "(?!谈)", "种": "(?!子)"}
_UNIT = "|".join(
    re.escape(unit) + _UNIT_GUARDS.get(unit, "") for unit in sorted(UNITS, key=len, reverse=True)
)
_PER = r"(?:/(?:场|次|年|人|家|个))?"
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d.])|\d+)(?:\.\d+)?[十百千]?[万亿]*|[{CN_NUMBER_CHARS}]+(?:点[{DIGIT_CHARS}]+[万亿]*)?"
#: A number with its unit: a range (``3-5个``, ``20~30亿元``) keeps its upper bound, an
#: approximate count (``200余家``, ``十余万家``) its 余/多 and the multiplier after it.
MENTION = re.compile(
    rf"百分之(?P<pct>{_NUMBER})"
    rf"|(?P<num>{_NUMBER})(?:\s*[-—–~至到]\s*(?P<upper>{_NUMBER})(?=\s*(?:{_UNIT})))?"
    rf"(?P<approx>[余多](?P<mult>[万亿]?)(?=\s*(?:{_UNIT})))?\s*(?P<unit>(?:{_UNIT}){_PER})?"
)
#: Place numerals that count only as rough sizes: 百余家, 近千家, 万余人.
ROUGH_PLACES = {"十", "百", "千", "万"}

# --- words around a number -------------------------------------------------------------------

#: Comparator words written right before a number, longest first.
PREFIX_COMPARATORS = {
    "累计达到": ">=", "累计达": ">=", "不少于": ">=", "不低于": ">=", "不小于": ">=", "至少": ">=",
    "达到": ">=", "增至": ">=", "提高到": ">=", "提升到": ">=", "增长到": ">=", "增加到": ">=",
    "实现": ">=", "达": ">=",
    "突破": ">", "超过": ">", "高于": ">", "多于": ">",
    "不超过": "<=", "不高于": "<=", "控制在": "<=", "低于": "<=", "少于": "<=",
    "大约": "~", "接近": "~", "将近": "~", "约": "~", "近": "~",
}
#: Words that, for a baseline, merely state the fact ("达58亿元" is "= 58").
FACT_VERBS = {"累计达到", "累计达", "达到", "达", "实现", "增长到", "提高到", "提升到", "增加到", "增至"}
SUFFIX_COMPARATORS = {"以上": ">=", "以下": "<=", "以内": "<=", "左右": "~"}
#: A comparator right before the number; one of two or more characters may also govern a short
#: verb in between (至少邀请20家企业).
_LONG_COMPARATORS = sorted((word for word in PREFIX_COMPARATORS if len(word) > 1), key=len, reverse=True)
_PREFIX = re.compile(
    "(" + "|".join(_LONG_COMPARATORS) + r")(?:[\u4e00-\u9fff]{1,2})?\s*$"
    "|(" + "|".join(word for word in PREFIX_COMPARATORS if len(word) == 1) + r")\s*$"
)
_SUFFIX = re.compile(r"\s*(以上|以下|以内|左右)")
COMMITMENT = re.compile(r"力争|确保|争取|努力")
#: Verbs that make a Chinese-numeral count or a floor area a commitment rather than prose
#: (plans write counted targets in Arabic digits; 四个片区 or 三个方面 describe, they do not commit).
COUNT_VERB = re.compile(
    r"达到|突破|超过|不少于|不低于|至少|新增|新建|建成|培育|引进|引育|举办|认定|吸引|培训|发布|设立|"
    r"创建|完成|增加|增至|提高到|提升到|盘活|累计|共有|现有|拥有|(?:达|约|近)\s*$"
)
GROWTH_BEFORE = re.compile(r"(?:增长|增速|增幅|提高|提升|增加|上升)(?:率)?(?:达到|达|为|超过|突破)?\s*$")
#: Quantity words, checked in this order: a stock, an activity in the period, an addition.
LEVEL = re.compile(r"累计|存量|有效|共有|现有|拥有|保有")
FLOW = re.compile(r"授权|培训|举办|召开|组织|开工|在建|竣工|投产|申报|(?<![\u4e00-\u9fff])服务|遴选|发布|纳入|盘活")
TRAINING = re.compile(r"培育|培养")
INCREMENT = re.compile(
    r"新增|新认定|新培育|新引进|新建|建成|新设|每年|新落户|新入驻|引进|引育|吸引|入驻|招商|引资|谋划|建设|建立|打造|创建|"
    r"设立|培育(?![)]?企业)|认定(?!登记)"
)
TOTAL = re.compile(r"总量|总数|总规模")
#: Verbs that state a number on their own (a state reached), so it does not share the verb of
#: the number before; bounds such as 不少于 or 以上 only qualify a number governed earlier.
OWN_VERB = re.compile(r"实现|达到|达|超过|突破")
FLOW_UNITS = {"场", "次", "人次", "家次"}
SUBSIDY = re.compile(r"\s*的?\s*(?:比例|补贴|奖励|资助|补助|贴息|给予|予以)")
SCALE_AFTER = re.compile(r"\s*(?:级|以上)")
QUALIFIER_AFTER = re.compile(r"\s*(?:以上|以下)?的")
STRUCTURE_AFTER = re.compile(r"\s*(?:重点|主要|具体)?(?:任务|措施|举措|方面|环节|阶段|步骤)")
PER_EVENT = re.compile(r"每(场|次|期|批)")
OUTPUT_AFTER = re.compile(r"\s*(?:产业规模|营收规模|规模|产值|营收|营业收入|收入|投资|销售额)")
ORDINAL_BEFORE = set("第届每前+-/~.") | set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
INSTITUTE = re.compile(r"[院科]$")
#: Words that, right after a number, start a predicate rather than the counted noun.
NOT_OBJECT = re.compile(r"增长|提高|提升|增加|下降|降低|减少|同比|比上年|较上年|达到|以上|左右|以内|以下")
OBJECT_STOP = re.compile(r"[,;:。]")
SCALE_STOP = re.compile(r"[,;:。“”、]")
LEAD_JUNK = re.compile(
    r"(?:[\s,、;:。)]|以及|其中|同时|全年|年内|当年|力争|确保|争取|努力|预计|实现|完成|到|至|截至|截止|"
    rf"{YEAR_DIGITS}\s*年(?:底|末|前|内|度)?|现有|共有|包括|和|及|与|并)+"
)
TAIL_JUNK = re.compile(
    r"(?:[\s,、(]|" + "|".join(sorted(PREFIX_COMPARATORS, key=len, reverse=True)) +
    r"|保持在|为|是|合计|总计|共|新增|完成|分别|由|从|年均增长|年增长|同比增长|比上年增长|增长|提高|提升|增加|下降|降低"
    r"|力争|确保|争取"
    rf"|{YEAR_DIGITS}\s*年(?:底|末)?的?)+$"
)
#: Words that name no indicator of their own (高新区占比, 10亿以上, 同比增长, 较上年): inherit
#: instead. A zone or park right before 占 (高新区占比, 示范园占全市) names where, not what.
GENERIC = re.compile(
    r"[\d.()\s、,的]|[十百千万亿]+级?|以上|以下|其中|占比|比重|比例|占全市|占全区|数量|总量|总数|规模|"
    r"[\u4e00-\u9fff]{0,8}?[区园](?=占)|"
    r"全区|全市|我区|本区|区内|全年|当年|年度|同比|较|比|增长|年均|累计|分别|合计|其|中|达到|达|为"
)
#: A share of something counted (高新区高新技术企业占全区比重): the subject before 占/比重.
SHARE_SUBJECT = re.compile(r"^(.+?)(?:占|比重|占比)")
BASELINE_CUE = re.compile(r"已|共有|现有|目前|截至|截止|以来|去年|上年")
TARGET_CUE = re.compile(r"力争|确保|争取|预计|将|计划|目标|要")
FROM_BEFORE = re.compile(r"[由从]\s*$")
TO_BEFORE = re.compile(r"(?:增长|提高|提升|增加|上升|下降|降低|扩大|减少)(?:到|至)\s*$")

#: Indicator code, unit families it applies to, keyword pattern. The first rule that matches
#: the indicator phrase wins, so specific codes come before general ones.
INDICATOR_RULES: tuple[tuple[str, frozenset[str], str], ...] = tuple(
    (code, frozenset(families.split()), pattern)
    for code, families, pattern in (
        ("invention_patents_per_10k", "count", r"每万人.{0,8}发明专利|万人发明专利|发明专利拥有量"),
        ("invention_patents", "count", r"发明专利"),
        ("patents", "count", r"专利"),
        ("rd_intensity", "percent", r"(?:研发|R&D|研究与试验发展).{0,6}强度|(?:研发|R&D).{0,8}占.{0,12}(?:生产总值|GDP|营业收入|主营业务收入|销售收入)"),
        ("rd_expenditure", "money percent", r"(?:研发|R&D)(?:经费|投入|支出|费用)|研究与试验发展经费"),
        ("tech_contract_registered", "money percent", r"认定登记|登记额"),
        ("tech_market_turnover", "money percent", r"技术市场|技术(?:合同)?交易额"),
        ("tech_contract_turnover", "money percent", r"技术合同"),
        ("fiscal_st_expenditure", "money percent", r"财政科技|科技支出"),
        ("population_share", "percent", r"(?:常住)?人口占全(?:市|区)(?:人口)?(?:比重|比例)"),
        ("population_change", "count", r"常住人口(?:增加|减少|增长|变化|净增)"),
        ("population", "count", r"常住人口"),
        ("talent", "count percent", r"人才|工匠|技师|专家|院士|博士|英才|人员|学者"),
        ("share_of_city_value_added", "percent", r"增加值.{0,12}占全市"),
        ("within_zone_share", "percent", r"高新区占比"),
        ("sei_output_share", "percent", r"战略性新兴产业产值.{0,16}(?:比重|占比|占)"),
        ("sei_output_value", "money", r"战略性新兴产业产值"),
        ("sei_share_unspecified", "percent", r"战略性新兴产业(?:占比|比重|占规)"),
        ("hitech_manufacturing_share", "percent", r"高技术\(?制造业\)?增加值"),
        ("modern_services_share", "percent", r"高技术服务业|现代新兴服务业"),
        ("sei_value_added_share", "percent", r"战略性新兴|战新|高技术|(?:增加值|产值|产业|领域).{0,40}(?:比重|占比|占)|比重"),
        ("gdp", "money percent", r"地区生产总值|国内生产总值|GDP"),
        ("unicorns", "count", r"独角兽"),
        ("dengling_enterprises", "count", r"瞪羚"),
        ("chuying_enterprises", "count", r"雏鹰"),
        ("leading_enterprises", "count", r"领军.{0,6}企业"),
        ("tech_smes", "count", r"科技型中小企业|国科小"),
        ("high_tech_enterprises", "count", r"高新技术企业|高企|高新企业"),
        ("listed_tech_companies", "count", r"上市|挂牌|新三板|资本市场"),
        ("university_science_parks", "count", r"大学科技园"),
        ("incubators", "count", r"孵化|在孵|众创|加速器|创业团队"),
        ("innovation_platforms", "count", r"实验室|技术中心|创新中心|工程中心|研究院|研究中心|研发机构|研发中心|平台|工作站|研究所"),
        ("events", "count", r"(?<!研发)活动|对接会|会议|论坛|大赛|赛事|培训|路演|招聘会|专题会|洽谈会|展会|峰会|沙龙|讲座"),
        ("investment", "money percent", r"投资|利用外资|利用内资|引资"),
        ("funds", "money", r"资金|基金|补贴|补助|奖励|扶持|贷款|融资|经费"),
        ("projects", "count", r"项目"),
        ("growth", "money percent", r"产值|增加值|营收|营业收入|收入|规模(?!以上)|产业集群|销售|税收|产出"),
        ("enterprises", "count", r"企业|公司|市场主体|总部"),
    )
)
#: Indicator for a unit when no keyword matched.
UNIT_DEFAULTS = {"人": "talent", "人次": "talent", "场": "events", "亩": "land", "平方米": "land", "公顷": "land", "平方公里": "land"}
_COMPILED_RULES = [(code, families, re.compile(pattern)) for code, families, pattern in INDICATOR_RULES]

# --- layout: headings, sections, masks, responsible units -------------------------------------

HEADING = re.compile(
    r"[ \t]*(?:第(?P<l0>[一二三四五六七八九十]+)(?:章|部分|篇)(?=[ \t]|$)|(?P<l1>[一二三四五六七八九十]+)、|\((?P<l2>[一二三四五六七八九十]+)\)|"
    r"(?P<l3>\d{1,2})(?:\.(?!\d)|、)|\((?P<l4>\d{1,2})\))"
)
BASELINE_HEADING = re.compile(r"现状|发展基础|工作基础|基本情况|发展成效|工作成效|主要成效|取得的成|回顾|进展情况|总体情况|概况")
#: Quotations (slogans, names), titles and document numbers: their numbers are never targets.
MASKS = re.compile(r'“[^”\n]{0,30}”|"[^"\n]{0,30}"|《[^》\n]{0,100}》|〔\d{4}〕\d*号?|\[\d{4}\]\d*号?')
PAREN = re.compile(r"\(([^()\n]{2,300})\)")
RESPONSIBLE_LABEL = re.compile(r"(?:牵头|责任|配合|协办|主责|参与|负责)(?:部门|单位)\s*:?")
DEADLINE = re.compile(r"[,;]?\s*(?:完成时限|完成时间|时间节点|时限)\s*:?[^;,]*")
ORG_NAME = re.compile(
    r"(?:局|委|办|部|院|会|所|室|中心|公司|政府|街道?|镇街?|乡|区|队|处|站|协|组|厅|署|行|校|大学|集团|单位|部门)$"
)
SENTENCE_END = re.compile(r"[。;!?]")
CLAUSE_END = re.compile(r"[,:]")
YEAR = re.compile(
    rf"(?P<pre>截止到|截至|截止|到|至|力争|确保|争取|预计|较|比|相比|同比)?\s*(?P<y1>{YEAR_DIGITS})"
    rf"(?:\s*[-—–~至到]\s*(?P<y2>{YEAR_DIGITS}))?\s*年(?:\d{{1,2}}月(?=底|末))?(?!\d{{1,2}}月)(?P<suf>[底末]?前|底|末|内|度|的)?"
)
PLAN_RANGE = re.compile(rf"(?<!\d){YEAR_DIGITS}\s*[-—–~至到]\s*({YEAR_DIGITS})(?!\d)")
ANNUAL_PLAN = re.compile(rf"({YEAR_DIGITS})\s*年度?[^,。;\n]{{0,30}}?(?:工作方案|工作计划|工作要点|行动方案|实施方案|行动计划|工作安排)")
FIVE_YEAR = {"十三五": 2020, "十四五": 2025, "十五五": 2030}


@dataclass(frozen=True)
class Mention:
    """A number with its unit: offsets of the value text and of the whole match."""

    start: int
    end: int
    stop: int
    value: Decimal
    unit: str
    family: str
    chinese: bool
    approx: int | None  # offset of 余/多 after the number
    multiplied: bool
    upper: Decimal | None = None  # upper bound of a range (3-5个), in the normalised unit


@dataclass(frozen=True)
class Marker:
    """Parentheses naming the units responsible for the numbers before them."""

    start: int
    end: int
    units: tuple[str, ...]


@dataclass(frozen=True)
class YearMark:
    """A year phrase: ``kind`` is target (到2022年), fact (截至), opener (``2019年,`` starting a
    sentence), local (``2015年的``: only the next number) or plain."""

    start: int
    end: int
    year: int
    kind: str


@dataclass(frozen=True)
class Line:
    """One paragraph with its section path and whether it sits under a baseline heading."""

    start: int
    end: int
    section: str
    baseline: bool
    body: int  # where the text after the heading number (if any) starts


# --- small readers ---------------------------------------------------------------------------


def infer_plan_year(text: str) -> int | None:
    """The plan's end year from its own wording: the first period ``(2020-2022年)`` or annual
    plan title ``2020年…工作方案`` in the text, else a five-year-plan name (十四五 → 2025)."""
    found = [(m.start(), year_value(m.group(1))) for m in (PLAN_RANGE.search(text), ANNUAL_PLAN.search(text)) if m]
    if found:
        return min(found)[1]
    named = [(text.find(name), year) for name, year in FIVE_YEAR.items() if name in text]
    return min(named)[1] if named else None


def classify_indicator(phrase: str, unit: str, family: str, *, after_number: bool = False) -> str | None:
    """Indicator code for an indicator phrase (``None`` when no rule applies), given its
    normalised unit and unit family (count, money, percent, area).

    A phrase before its number (``全区国家高新技术企业总量``) takes the first rule that matches
    (specific codes come first); a phrase after it (``500家企业开展研发活动``) starts with the
    counted noun, so the keyword ending earliest wins. Examples before ``等`` (独角兽、瞪羚等
    优质企业) are skipped when the words after ``等`` name the indicator."""
    return _classify(normalise(phrase), unit, family, after_number)


def _classify(text: str, unit: str, family: str, after_number: bool = False) -> str | None:
    subject = SHARE_SUBJECT.match(text) if family == "percent" else None
    if subject and _classify(subject.group(1), "", "money") is None:
        counted = _classify(subject.group(1), "", "count")  # a share of enterprises, not of an amount
        if counted is not None:
            return counted
    candidates = [text.rsplit("等", 1)[1], text] if "等" in text else [text]
    for candidate in candidates:
        found = [
            (match.end() if after_number else 0, rank, code)
            for rank, (code, families, pattern) in enumerate(_COMPILED_RULES)
            if family in families and (match := pattern.search(candidate))
        ]
        if found:
            return min(found)[2]
    return UNIT_DEFAULTS.get(unit)


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _inside(position: int, spans: list[Span]) -> bool:
    return any(low <= position < high for low, high in spans)


def _mention(match: re.Match[str]) -> Mention | None:
    """The number in a MENTION match, or ``None`` for strings that only look like numerals."""
    percent = match.group("pct") is not None
    token = match.group("pct") if percent else match.group("num")
    approx = None if percent or match.group("approx") is None else match.start("approx")
    chinese = not token[0].isdigit()
    if chinese and not is_chinese_numeral(token) and not _rough(match, token, approx):
        return None
    printed = "%" if percent else (match.group("unit") or "")
    base, _, per = printed.partition("/")
    unit, factor, family = UNITS.get(base, ("", Decimal(1), ""))
    upper = None if percent else match.group("upper")
    multiplier = (match.group("mult") or "") if approx is not None else ""
    if upper:  # 20~30亿元: the lower bound takes the upper's multiplier
        multiplier = upper[len(upper.rstrip("万亿")):] if token[-1] not in "万亿" else ""
    end = match.end("pct") if percent else max(match.end("num"), match.end("upper"), match.end("mult") if multiplier else 0)
    return Mention(
        start=match.start() if percent else match.start("num"),
        end=end,
        stop=match.end(),
        value=parse_number(token + multiplier) * factor,
        unit=f"{unit}/{per}" if per else unit,
        family=family,
        chinese=chinese,
        approx=approx,
        multiplied=match.string[end - 1] in "万亿",
        upper=parse_number(upper) * factor if upper else None,
    )


def _rough(match: re.Match[str], token: str, approx: int | None) -> bool:
    """Whether a lone place numeral is a rough count: ``百余家``, ``近千家``, ``约万人``."""
    before = match.string[match.start() - 1:match.start()]
    return token in ROUGH_PLACES and (approx is not None or before in {"近", "约"})


def _heading(line: str) -> tuple[int, str, int, int] | None:
    """(level, path token, number, length of the heading number) of a numbered heading line;
    chapters (第一章, 第二部分) are level 0 and keep their own wording as their token."""
    match = HEADING.match(line)
    if not match:
        return None
    level = int(match.lastgroup[1])
    raw = match.group(match.lastgroup)
    number = int(raw) if raw.isdigit() else int(parse_number(raw))
    token = {0: match.group().strip(), 1: raw, 2: f"({raw})", 3: raw, 4: f"({raw})"}[level]
    return level, token, number, match.end()


def _lines(norm: str) -> list[Line]:
    """Every non-blank line with its section path. Numbering that restarts at 1 without a
    higher heading (a boxed list inside a section) is read as a box: it does not move the
    path, and the box ends at the first heading continuing the outer numbering."""
    outer: dict[int, tuple[int, str, str]] = {}  # level → (number, token, title)
    box: dict[int, tuple[int, str, str]] | None = None
    lines, position = [], 0
    for raw in norm.split("\n"):
        start, end, position = position, position + len(raw.rstrip("\r")), position + len(raw) + 1
        if not raw.strip():
            continue
        heading = _heading(raw)
        body = start
        if heading:
            level, token, number, length = heading
            body = start + length
            title = raw[length:].split("。", 1)[0]
            if box is not None and _continues(box, level, number):
                _enter(box, level, number, token, title)
            elif _continues(outer, level, number) or (number != 1 and box is None):
                box = None
                _enter(outer, level, number, token, title)
            elif box is None:
                box = {}
                _enter(box, level, number, token, title)
        path = [outer[level] for level in sorted(outer)]
        lines.append(Line(
            start=start,
            end=end,
            section="/".join(token for _, token, _ in path),
            baseline=any(BASELINE_HEADING.search(title) for _, _, title in path),
            body=body,
        ))
    return lines


def _continues(state: dict[int, tuple[int, str, str]], level: int, number: int) -> bool:
    """Whether a heading is the next one expected at its level."""
    previous = state.get(level)
    return number == 1 if previous is None else number == previous[0] + 1


def _enter(state: dict[int, tuple[int, str, str]], level: int, number: int, token: str, title: str) -> None:
    """Record a heading and forget the deeper levels it closes."""
    for deeper in [key for key in state if key > level]:
        del state[deeper]
    state[level] = (number, token, title)


def _responsible_units(content: str) -> tuple[str, ...] | None:
    """Unit names in parentheses such as ``区科技局、区发改委负责`` or ``牵头部门:经发局;责任部门:…``;
    ``None`` when the parentheses say something else."""
    content = DEADLINE.sub("", content)  # (责任单位:区科技局,完成时限:2023年12月底)
    labelled = bool(RESPONSIBLE_LABEL.search(content)) or content.rstrip().endswith("负责")
    cleaned = RESPONSIBLE_LABEL.sub(";", content)
    units = []
    for item in re.split(r"[、,;\s]+", cleaned):
        item = re.sub(r"(?:等|按职责分工|按职责|分别|共同|负责|牵头|配合)+$", "", item.strip())
        if item and item not in units:
            units.append(item)
    if not units or any(char.isdigit() for char in content):
        return None
    if labelled or all(ORG_NAME.search(unit) for unit in units):
        return tuple(units)
    return None


def _markers(norm: str, line: Line) -> list[Marker]:
    """Responsibility parentheses in a line: labelled ones anywhere, unlabelled ones only where
    they close a sentence."""
    markers = []
    for match in PAREN.finditer(norm, line.start, line.end):
        units = _responsible_units(match.group(1))
        after = norm[match.end():line.end].lstrip()
        trailing = not after or after[0] in "。;,.("
        if units and (trailing or RESPONSIBLE_LABEL.search(match.group(1))):
            markers.append(Marker(match.start(), match.end(), units))
    return markers


def _year_marks(norm: str, line: Line, sentences: list[Span], masked: list[Span]) -> list[YearMark]:
    """Year phrases in a line, outside quotes and titles."""
    starts = {start + len(norm[start:end]) - len(norm[start:end].lstrip(" \t,")) for start, end in sentences}
    marks = []
    for match in YEAR.finditer(norm, line.start, line.end):
        pre, suffix = match.group("pre") or "", match.group("suf") or ""
        if _inside(match.start("y1"), masked) or pre in {"较", "比", "相比", "同比"}:
            continue  # a quoted year, or the base of a comparison (较2019年增长): it governs nothing
        year = year_value(match.group("y2") or match.group("y1"))
        if suffix == "的" and MENTION.match(norm, match.end()):
            kind = "local"  # 增长到2020年的45.6亿元: the year of the next number only
        elif pre in {"截至", "截止", "截止到"}:
            kind = "fact"
        elif pre or suffix.endswith("前"):
            kind = "target"
        elif suffix == "的":
            kind = "local"
        elif match.start() in starts and not match.group("y2"):
            kind = "opener"
        else:
            kind = "plain"
        marks.append(YearMark(match.start(), match.end(), year, kind))
    return marks


# --- per-number fields -----------------------------------------------------------------------


def _left_span(norm: str, low: int, mention: Mention) -> Span:
    """Text before the number back to ``low``, cut after an unclosed "(" or after 共有/现有."""
    left = norm[low:mention.start]
    paren = left.rfind("(")
    cuts = [paren + 1] if paren >= 0 and ")" not in left[paren:] else []
    cuts += [left.rfind(word) + len(word) for word in ("共有", "现有") if word in left]
    return low + max(cuts, default=0), mention.start


def _trimmed(norm: str, start: int, end: int, lead: re.Pattern[str] | None, tail: re.Pattern[str] | None) -> Span:
    """Shrink a span by the leading and trailing matches of two patterns."""
    if lead and (match := lead.match(norm, start, end)):
        start = match.end()
    if tail and (match := tail.search(norm, start, end)):
        end = match.start()
    return start, end


def _object_span(norm: str, mention: Mention, right: Span) -> Span | None:
    """The noun after a number (``500家国家级高新技术企业``), or ``None`` if none follows."""
    start = mention.stop
    suffix = _SUFFIX.match(norm, start, right[1])
    if suffix:
        start = suffix.end()
    if norm.startswith("的", start):
        start += 1
    if mention.family == "percent" or start >= right[1] or not (_is_cjk(norm[start]) or norm[start] == "“"):
        return None
    if SCALE_AFTER.match(norm, start, right[1]) or NOT_OBJECT.match(norm, start, right[1]):
        return None
    stop = OBJECT_STOP.search(norm, start + 1, right[1])
    end = min(stop.start() if stop else right[1], start + 40)
    while end > start and norm[end - 1] in "和及与等":
        end -= 1
    return (start, end) if end > start else None


def _suffix_word(norm: str, mention: Mention, end: int) -> str:
    match = _SUFFIX.match(norm, mention.stop, end)
    return match.group(1) if match else ""


def _comparator(prefix: str, suffix: str, approx: bool, kind: str, ranged: bool = False) -> str:
    """Comparator from the words before and after a number (data/README.md rules); a range
    (3-5个) is read as at least its lower bound."""
    if suffix in {"左右", "以下", "以内"}:
        return SUFFIX_COMPARATORS[suffix]
    if approx:
        return ">"
    if ranged:
        return ">="
    if kind == "baseline" and (not prefix or prefix in FACT_VERBS) and not suffix:
        return "="
    if prefix:
        return PREFIX_COMPARATORS[prefix]
    return ">=" if kind == "target" or suffix else "="


def _quantity(mention: Mention, verbs: str, phrase: str) -> str | None:
    """level, increment, flow, share or growth_rate from the unit and the words used;
    ``None`` for a count that names no verb of its own (it shares the one before it)."""
    if mention.family == "percent":
        return "growth_rate" if GROWTH_BEFORE.search(verbs) else "share"
    words = verbs + phrase
    if LEVEL.search(words):
        return "level"
    base, _, per = mention.unit.partition("/")
    training = base == "人" and TRAINING.search(words)
    if mention.family == "money" or per or base in FLOW_UNITS or FLOW.search(words) or training:
        return "flow"
    if INCREMENT.search(words):
        return "increment"
    if TOTAL.search(words) or OWN_VERB.search(verbs):
        return "level"
    return None


# --- acceptance --------------------------------------------------------------------------------


def _raw_mentions(norm: str, line: Line, masked: list[Span]) -> list[Mention]:
    """Numbers in a line that can be read and are not part of a name, date, code or quote."""
    found = []
    for match in MENTION.finditer(norm, line.body, line.end):
        mention = _mention(match)
        if mention is None or _inside(mention.start, masked):
            continue
        before = norm[mention.start - 1] if mention.start > 0 else ""
        if before in ORDINAL_BEFORE or before.isdigit() or norm[line.start:mention.start].rstrip().endswith(":"):
            continue
        if mention.unit == "所" and INSTITUTE.search(norm[max(0, mention.start - 1):mention.start]):
            continue
        found.append(mention)
    return found


def _resolve_unit(norm: str, mention: Mention, index: int, mentions: list[Mention], clause: Span) -> Mention | None:
    """Give a unit-less number its unit when the text implies one, or drop it:
    ``五十亿产业规模`` → 亿元; a ``千亿级`` scale phrase that qualifies no count → 亿元; a bare
    number listed between numbers with the same counting unit (``雏鹰企业105, 瞪羚企业16家``)."""
    if mention.unit:
        return mention
    if mention.multiplied:
        scale = SCALE_AFTER.match(norm, mention.stop, clause[1])
        output = OUTPUT_AFTER.match(norm, mention.stop, clause[1])
        if (scale and not _qualifies_count(mention, index, mentions, clause)) or output:
            return replace(mention, value=mention.value / Decimal(10**8), unit="亿元", family="money")
        return None
    neighbours = mentions[index - 1:index] + mentions[index + 1:index + 2]
    units = {m.unit for m in neighbours if m.family == "count"}
    listed = norm[mention.stop:mention.stop + 1] in {",", "、", ";", "。", " "} and _is_cjk(norm[mention.start - 1])
    if len(neighbours) == 2 and len(units) == 1 and listed and not mention.chinese:
        return replace(mention, unit=units.pop(), family="count")
    return None


def _qualifies_count(mention: Mention, index: int, mentions: list[Mention], clause: Span) -> bool:
    """Whether a scale phrase (百亿级, 50亿以上) describes a count next to it or later in its
    clause (``7家百亿级企业``, ``50亿以上项目不少于2个``) rather than being the value itself."""
    before = mentions[index - 1] if index else None
    if before is not None and before.family == "count" and mention.start - before.stop <= 1:
        return True
    return any(m.family == "count" and m.start < clause[1] for m in mentions[index + 1:])


def _accepted(
    norm: str, mention: Mention, index: int, mentions: list[Mention], clause: Span, verb_start: int | None = None
) -> bool:
    """Context rules that tell a target number from prose; a verb that commits a Chinese-numeral
    count may stand from ``verb_start`` (the clause a 其中 clause continues) on."""
    left = norm[clause[0]:mention.start]
    scale = mention.multiplied and SCALE_AFTER.match(norm, mention.stop, clause[1])
    if mention.family == "money" and scale and _qualifies_count(mention, index, mentions, clause):
        return False  # 5000万元以上项目不少于2个: the count is the value
    counted = any(m.family == "count" and clause[0] <= m.start < clause[1] for m in mentions if m is not mention)
    if mention.family != "count" and counted and QUALIFIER_AFTER.match(norm, mention.stop, clause[1]):
        return False  # 营业收入超10亿元的企业达到50家: the amount describes what is counted
    if "给予" in left or SUBSIDY.match(norm, mention.stop, clause[1]):
        return False  # a subsidy rate or amount, not a target
    if mention.family == "count" and STRUCTURE_AFTER.match(norm, mention.stop, clause[1]):
        return False  # 30项任务, 三个方面: the plan describing itself
    if mention.chinese:
        if mention.family == "money" and not mention.multiplied:
            return False  # 三元锂电池
        if mention.family == "count" and norm[mention.start:mention.end] == "一":
            return False  # 一批, 一支队伍: the indefinite article
    needs_verb = mention.family == "area" or (mention.chinese and mention.family == "count")
    verb_left = norm[clause[0] if verb_start is None else verb_start:mention.start]
    return not needs_verb or bool(COUNT_VERB.search(verb_left))


def _contextual_unit(norm: str, mention: Mention, clause: Span) -> Mention:
    """Per-event and per-capita counts: ``每场…150家`` → 家/场, ``每万人…80件`` → 件/万人."""
    if mention.family != "count" or "/" in mention.unit:
        return mention
    before = norm[clause[0]:mention.start]
    if "每万人" in before:
        return replace(mention, unit=f"{mention.unit}/万人")
    per = PER_EVENT.search(before)
    return replace(mention, unit=f"{mention.unit}/{per.group(1)}") if per else mention


# --- rows ----------------------------------------------------------------------------------------


def _quote_span(norm: str, clause: Span, markers: list[Marker]) -> Span:
    """The clause without surrounding separators, spaces or a trailing responsibility marker."""
    start, end = clause
    for marker in markers:
        if start <= marker.start < end:
            end = min(end, marker.start)
    while start < end and norm[start] in " \t,;:。、":
        start += 1
    while end > start and norm[end - 1] in " \t,;:。!?、":
        end -= 1
    return start, end


def _responsible(mention: Mention, markers: list[Marker]) -> str:
    """Units of the first responsibility marker after the number in its paragraph."""
    following = [marker for marker in markers if marker.start >= mention.stop]
    return ";".join(following[0].units) if following else ""


def _respectively(norm: str, clause: Span, mentions: list[Mention]) -> dict[int, tuple[Span, Span]]:
    """For ``A、B和C分别达到1家、2家和3家``: each number's subject span and the span of the verb
    they share; empty when the clause holds no such list."""
    at = norm.find("分别", clause[0], clause[1])
    values = [m for m in mentions if at >= 0 and m.start > at]
    if len(values) < 2:
        return {}
    subject_start, _ = _trimmed(norm, clause[0], at, LEAD_JUNK, None)
    pieces, piece_start = [], subject_start
    for separator in re.finditer(r"、|以及|和|及|与", norm[subject_start:at]):
        pieces.append((piece_start, subject_start + separator.start()))
        piece_start = subject_start + separator.end()
    pieces.append((piece_start, at))
    if len(pieces) != len(values):
        pieces = [(subject_start, at)] * len(values)
    verbs = (at + 2, values[0].start)
    return {value.start: (piece, verbs) for value, piece in zip(values, pieces)}


@dataclass(frozen=True)
class Context:
    """Where a number sits: sentence, clause, the indicator phrase, the words holding its verbs
    (comparator, 新增, 增长 …) and the text after it up to the next number of the clause."""

    sentence: Span
    clause: Span
    phrase: Span
    verbs: Span
    right: Span


def _kind_and_year(
    norm: str, mention: Mention, context: Context, marks: list[YearMark], baseline_section: bool,
    plan_year: int | None, previous: Mention | None,
) -> tuple[str, int | None, bool]:
    """Target or baseline, the year, and whether the text stated that year, from the year
    phrases before the number: a local ``2015年的`` for the next number only, else the
    nearest one in the paragraph, else the plan's year."""
    usable = [m for m in marks if m.end <= mention.start and (m.kind != "local" or mention.start - m.end <= 1)]
    local = usable[-1] if usable and usable[-1].kind == "local" else None
    governing = next((m for m in reversed(usable) if m.kind != "local"), None)
    year = local.year if local else (governing.year if governing else plan_year)
    from_year = next((m.year for m in marks if previous and m.kind == "local" and 0 <= previous.start - m.end <= 1), None)
    kind = _kind(norm, mention, context, local, governing, baseline_section, plan_year, previous, from_year)
    return kind, year, bool(local or governing)


def _kind(
    norm: str, mention: Mention, context: Context, local: YearMark | None, governing: YearMark | None,
    baseline_section: bool, plan_year: int | None, previous: Mention | None, from_year: int | None = None,
) -> str:
    """Target or baseline: a baseline section, a 由…增长到 pair, a year before the plan's, 截至 or
    a sentence opening with a past year, or words such as 已/共有/目前 make a baseline. The end of
    a pair starting from a recent year and giving none of its own (由2020年的3.5%提高到4%) is
    the plan's target."""
    before = norm[context.sentence[0]:mention.start]
    from_end = local.start if local else mention.start
    from_value = bool(FROM_BEFORE.search(norm, context.clause[0], from_end))
    to_value = previous is not None and bool(TO_BEFORE.search(norm, previous.stop, mention.start))
    if baseline_section or from_value:
        return "baseline"
    if local and plan_year is not None:
        return "baseline" if local.year < plan_year else "target"
    if governing and governing.kind in {"target", "fact"}:
        return "target" if governing.kind == "target" else "baseline"
    if to_value:
        recent = governing is None and from_year is not None and plan_year is not None
        if TARGET_CUE.search(before) or (recent and plan_year - 5 <= from_year < plan_year):
            return "target"
        return "baseline"
    if governing and governing.kind == "opener" and not TARGET_CUE.search(before):
        if plan_year is None or governing.year < plan_year:
            return "baseline"
    if BASELINE_CUE.search(before) and not TARGET_CUE.search(before):
        return "baseline"
    return "target"


def _indicator(
    phrase: str, phrase_norm: str, after_number: bool, mention: Mention, prior: dict[str, object] | None,
) -> tuple[str, str]:
    """Indicator code and phrase (as printed). A phrase naming nothing of its own (同比增长,
    高新区占比, 10亿以上) takes the indicator of the number before it in the sentence."""
    if phrase_norm.startswith("占") and prior is not None:  # (R&D经费21.4亿元,)占GDP比重1.9%
        inherited = str(prior["indicator_text"])
        code = _classify(normalise(inherited) + phrase_norm, mention.unit, mention.family)
        return code or "other", f"{inherited}({phrase})"
    code = _classify(phrase_norm, mention.unit, mention.family, after_number) if phrase_norm else None
    if code is None and prior is not None and not GENERIC.sub("", phrase_norm):
        inherited = str(prior["indicator_text"])
        return str(prior["indicator"]), f"{inherited}({phrase})" if phrase else inherited
    return code or "other", phrase


def _head(phrase: str) -> str:
    """The last two characters of a normalised phrase without parentheses or a closing 数量/总量:
    its head noun."""
    bare = re.sub(r"\([^)]*\)", "", phrase)
    return re.sub(r"(?:数量|总量|总数|规模|数)$", "", bare)[-2:]


def _shares_verb(phrase: str, mention: Mention, prior: tuple[dict[str, object], Mention] | None) -> bool:
    """Whether a number without a verb of its own continues a list governed by the verb of the
    number before it (新培育百亿级企业7家,十亿级企业15家): same kind of unit and either no noun
    of its own or the same head noun."""
    if prior is None or prior[1].family != mention.family:
        return False
    return not GENERIC.sub("", phrase) or _head(phrase) == _head(normalise(str(prior[0]["indicator_text"])))


def _modality(
    text: str, norm: str, mention: Mention, context: Context, prefix: re.Match[str] | None, suffix: str
) -> str:
    """The commitment words as printed: 力争/确保 earlier in the sentence and the comparator verb
    before the number (力争达到); else a qualifier after it (余, 以上, 左右)."""
    commitment = [m for m in COMMITMENT.finditer(norm, context.sentence[0], mention.start)][-1:]
    modality = "".join(text[m.start():m.end()] for m in commitment)
    if prefix:
        modality += text[prefix.start(prefix.lastindex):prefix.end(prefix.lastindex)]
    if modality:
        return modality
    return text[mention.approx] if mention.approx is not None else suffix


def _notes(year: int | None, stated: bool, raw: Mention, mention: Mention, printed: str) -> str:
    """The ``note`` column: assumptions a reviewer should check."""
    notes = []
    if year is None:
        notes.append("no year stated and no plan period found")
    elif not stated:
        notes.append(f"no year stated: plan end year {year} assumed")
    if not raw.unit and mention.family == "count":
        notes.append(f"no unit printed: {mention.unit} assumed from the list")
    if "百分点" in printed:
        notes.append("percentage points")
    if mention.upper is not None:
        notes.append(f"range {_plain(mention.value)}–{_plain(mention.upper)}: lower bound taken, comparator >=")
    return "; ".join(notes)


def _plain(value: Decimal) -> str:
    """A number without exponent or trailing zeros: ``Decimal('3.0')`` → ``3``."""
    return format(value.normalize(), "f")


def _row(
    text: str, norm: str, line: Line, raw: Mention, mention: Mention, context: Context, markers: list[Marker],
    marks: list[YearMark], plan_year: int | None, prior: tuple[dict[str, object], Mention] | None,
) -> dict[str, object]:
    """One output row for an accepted number; ``prior`` is the row before it in its sentence."""
    prior_row, previous = prior if prior else (None, None)
    phrase_norm = norm[context.phrase[0]:context.phrase[1]].strip()
    after_number = context.phrase[0] >= mention.stop
    printed = text[context.phrase[0]:context.phrase[1]].strip()
    indicator, phrase = _indicator(printed, phrase_norm, after_number, mention, prior_row)
    kind, year, stated = _kind_and_year(norm, mention, context, marks, line.baseline, plan_year, previous)
    verbs = norm[context.verbs[0]:context.verbs[1]]
    quantity = _quantity(mention, verbs, phrase_norm)
    if quantity is None:
        quantity = str(prior_row["quantity"]) if _shares_verb(phrase_norm, mention, prior) else "level"
    prefix = _PREFIX.search(norm, context.verbs[0], context.verbs[1])
    word = prefix.group(prefix.lastindex) if prefix else ""
    suffix = _suffix_word(norm, mention, context.right[1])
    quote = _quote_span(norm, (max(context.clause[0], line.body), context.clause[1]), markers)
    return {
        "kind": kind,
        "indicator": indicator,
        "indicator_text": phrase or text[quote[0]:quote[1]],
        "quantity": quantity,
        "comparator": _comparator(word, suffix, mention.approx is not None, kind, mention.upper is not None),
        "modality": _modality(text, norm, mention, context, prefix, suffix),
        "value": float(mention.value),
        "unit": mention.unit,
        "value_text": text[mention.start:mention.end],
        "value_start": mention.start,
        "value_end": mention.end,
        "year": year,
        "responsible": _responsible(mention, markers),
        "section": line.section,
        "quote": text[quote[0]:quote[1]],
        "char_start": quote[0],
        "char_end": quote[1],
        "note": _notes(year, stated, raw, mention, norm[mention.end:mention.stop]),
    }


def _kept(norm: str, clauses: list[Span], mentions: list[Mention]) -> list[tuple[Mention, Mention, Span]]:
    """(number as printed, number as read, clause) for each number of a sentence that states
    a target or a baseline."""
    kept = []
    for index, raw in enumerate(mentions):
        clause = next(c for c in clauses if c[0] <= raw.start < c[1])
        mention = _resolve_unit(norm, raw, index, mentions, clause)
        position = clauses.index(clause)
        # 其中 continues the clause before it: 引进人才不少于三千人,其中高层次人才一百名
        continued = position > 0 and norm[clause[0]:clause[1]].lstrip(" ,").startswith("其中")
        verb_start = clauses[position - 1][0] if continued else clause[0]
        if mention is not None and _accepted(norm, mention, index, mentions, clause, verb_start):
            kept.append((raw, _contextual_unit(norm, mention, clause), clause))
    return kept


def _scale_phrase(norm: str, mention: Mention, left: Span, right: Span) -> Span | None:
    """For an amount written as a scale (千亿级产业集群), the phrase through the noun it scales."""
    if mention.stop != mention.end or not SCALE_AFTER.match(norm, mention.stop, right[1]):
        return None  # only an amount printed without its unit (千亿级) is written as a scale
    stop = SCALE_STOP.search(norm, mention.stop, right[1])
    start, _ = _trimmed(norm, *left, LEAD_JUNK, None)
    return start, stop.start() if stop else right[1]


def _subject_clause(
    norm: str, clauses: list[Span], clause: Span, kept: list[tuple[Mention, Mention, Span]]
) -> Span | None:
    """For a number whose clause names nothing (高新技术企业数量实现倍增,达到800家), the clause
    before it, when that clause holds no number of its own."""
    index = clauses.index(clause)
    if index == 0 or any(c == clauses[index - 1] for _, _, c in kept):
        return None
    start, end = _trimmed(norm, *clauses[index - 1], LEAD_JUNK, TAIL_JUNK)
    return (start, end) if end > start else None


def _sentence_rows(
    text: str, norm: str, line: Line, sentence: Span, mentions: list[Mention],
    markers: list[Marker], marks: list[YearMark], plan_year: int | None,
) -> list[dict[str, object]]:
    """Rows for the numbers of one sentence, read left to right."""
    keep = [(m.start, m.end) for m in [*markers, *mentions]]  # never cut inside 1,236 or a marker
    clauses = split_spans(norm, sentence[0], sentence[1], CLAUSE_END, keep)
    kept = _kept(norm, clauses, mentions)
    lists: dict[int, tuple[Span, Span]] = {}
    for clause in clauses:
        lists.update(_respectively(norm, clause, [mention for _, mention, c in kept if c == clause]))
    rows: list[dict[str, object]] = []
    consumed = sentence[0]
    for k, (raw, mention, clause) in enumerate(kept):
        left = _left_span(norm, max(clause[0], consumed), mention)
        following = [m.start for _, m, c in kept[k + 1:k + 2] if c == clause]
        following += [m.start for m in markers if mention.stop <= m.start < clause[1]]
        right = (mention.stop, min(following, default=clause[1]))
        if mention.start in lists:
            phrase, verbs = lists[mention.start]
        else:
            phrase = (_object_span(norm, mention, right) or _scale_phrase(norm, mention, left, right)
                      or _trimmed(norm, *left, LEAD_JUNK, TAIL_JUNK))
            verbs = left
            if phrase[0] >= phrase[1]:
                phrase = _subject_clause(norm, clauses, clause, kept) or phrase
        consumed = max(mention.stop, phrase[1])
        prior = (rows[-1], kept[k - 1][1]) if rows else None
        context = Context(sentence, clause, phrase, verbs, right)
        rows.append(_row(text, norm, line, raw, mention, context, markers, marks, plan_year, prior))
    return rows


def _line_rows(text: str, norm: str, line: Line, plan_year: int | None) -> list[dict[str, object]]:
    """Rows for the numbers of one paragraph."""
    markers = _markers(norm, line)
    keep = [(m.start, m.end) for m in markers]
    masked = [match.span() for match in MASKS.finditer(norm, line.start, line.end)] + keep
    mentions = _raw_mentions(norm, line, masked)
    if not mentions:
        return []
    sentences = split_spans(norm, line.body, line.end, SENTENCE_END, keep)
    marks = _year_marks(norm, line, sentences, masked)
    rows = []
    for sentence in sentences:
        inside = [m for m in mentions if sentence[0] <= m.start < sentence[1]]
        if inside:
            rows += _sentence_rows(text, norm, line, sentence, inside, markers, marks, plan_year)
    return rows


# --- indicator tables ----------------------------------------------------------------------------

#: A header cell naming a year column: ``2025年``, ``2020年(基期)``, ``2025年目标值``.
TABLE_YEAR = re.compile(rf"({YEAR_DIGITS})\s*年?(?:底|末)?\s*(\D*)")
TABLE_BASE_LABEL = re.compile(r"基期|基数|基准|基年|现状|实际|完成")
TABLE_TARGET_LABEL = re.compile(r"目标|预期|规划")
TABLE_NAME_LABEL = re.compile(r"指标|名称")
TABLE_RESPONSIBLE_LABEL = re.compile(r"责任|牵头|负责")
TABLE_UNIT_LABEL = re.compile(r"单位")
TABLE_ATTRIBUTE_LABEL = re.compile(r"属性|性质|类型")
TABLE_COMPARATORS = {"≥": ">=", ">=": ">=", ">": ">", "≤": "<=", "<=": "<=", "<": "<=", **PREFIX_COMPARATORS}
TABLE_VALUE = re.compile(
    "(?P<cmp>" + "|".join(map(re.escape, sorted(TABLE_COMPARATORS, key=len, reverse=True))) + r")?\s*"
    rf"(?P<num>{_NUMBER})(?P<approx>[余多])?\s*(?P<unit>(?:{_UNIT}){_PER})?\s*(?P<suf>以上|以下|以内|左右)?"
)
TABLE_PLACEHOLDER = re.compile(r"[-—–/]+|无")
TABLE_UNIT = re.compile(r"([万亿]*)\s*([^/]+?)(?:/(.+))?")
UNIT_IN_NAME = re.compile(r"\s*\(([^()]{1,8})\)\s*$")
MAX_HEADER_CELL = 15


@dataclass(frozen=True)
class TableColumns:
    """Column positions of an indicator table, read from its header line; ``years`` holds
    (column, year, kind) for each year column."""

    name: int
    unit: int | None
    attribute: int | None
    responsible: int | None
    years: tuple[tuple[int, int, str], ...]
    labels: tuple[str, ...]


def _cells(norm: str, line: Line) -> list[Span]:
    """Cells of a flattened table line: split at ``|``, else at tabs, else at runs of spaces;
    each trimmed of spaces, empty cells at either edge dropped."""
    piece = norm[line.start:line.end]
    separator = "|" if "|" in piece else "\t" if "\t" in piece else None
    if separator is None:
        return [(line.start + m.start(), line.start + m.end()) for m in re.finditer(r"\S+", piece)]
    cells, low = [], line.start
    for cut in [line.start + i for i, char in enumerate(piece) if char == separator] + [line.end]:
        text = norm[low:cut]
        start = low + len(text) - len(text.lstrip())
        cells.append((start, max(start, low + len(text.rstrip()))))
        low = cut + 1
    while cells and cells[0][0] == cells[0][1]:
        cells.pop(0)
    while cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    return cells


def _table_columns(norm: str, cells: list[Span]) -> TableColumns | None:
    """The columns of a table header line (指标名称 | 单位 | 2020年 | 2025年 | 属性), or ``None``
    when the line is no such header. A year column labelled 基期/现状 holds baselines, one
    labelled 目标 targets; unlabelled, the earliest of two or more years is the baseline."""
    labels = tuple(norm[start:end] for start, end in cells)
    if len(labels) < 3 or any(len(label) > MAX_HEADER_CELL for label in labels):
        return None
    found: dict[str, int] = {}
    years: list[tuple[int, int, str]] = []
    for index, label in enumerate(labels):
        year = TABLE_YEAR.fullmatch(label)
        if year:
            years.append((index, year_value(year.group(1)), year.group(2)))
            continue
        for role, pattern in (("responsible", TABLE_RESPONSIBLE_LABEL), ("unit", TABLE_UNIT_LABEL),
                              ("attribute", TABLE_ATTRIBUTE_LABEL), ("name", TABLE_NAME_LABEL)):
            if pattern.search(label):
                found.setdefault(role, index)
                break
    if "name" not in found or not years:
        return None
    earliest = min(year for _, year, _ in years)
    kinds = tuple(
        (index, year, "baseline" if TABLE_BASE_LABEL.search(label) or (
            not TABLE_TARGET_LABEL.search(label) and len(years) > 1 and year == earliest) else "target")
        for index, year, label in years
    )
    return TableColumns(found["name"], found.get("unit"), found.get("attribute"), found.get("responsible"), kinds, labels)


def _aligned(norm: str, cells: list[Span], columns: TableColumns) -> dict[int, Span]:
    """Header column → cell of a row line, aligning the row's last value cell with the last year
    column (a row may lack the 序号 or 属性 cell, or a merged category cell)."""
    valued = [i for i, (a, b) in enumerate(cells) if TABLE_VALUE.fullmatch(norm, a, b) or TABLE_PLACEHOLDER.fullmatch(norm, a, b)]
    if not valued:
        return {}
    offset = max(index for index, _, _ in columns.years) - valued[-1]
    return {column: cells[column - offset] for column in range(len(columns.labels)) if 0 <= column - offset < len(cells)}


def _table_unit(label: str) -> tuple[str, Decimal, str] | None:
    """Normalised unit, factor and family of a unit cell: ``万元`` → (亿元, 1e-4, money), ``%``, ``件/万人``."""
    match = TABLE_UNIT.fullmatch(label.strip())
    if not match or match.group(2) not in UNITS:
        return None
    multiplier, base, per = match.groups()
    unit, factor, family = UNITS[base]
    return (f"{unit}/{per}" if per else unit), factor * parse_number("1" + multiplier), family


def _table_line_rows(text: str, norm: str, line: Line, columns: TableColumns) -> list[dict[str, object]] | None:
    """Rows for one line under a table header: one per number in a year column; ``[]`` for a
    line to pass over (a category label, a ``---`` rule, a row of blanks); ``None`` where the
    table ends."""
    cells = _cells(norm, line)
    if not cells or line.body > line.start:  # a numbered heading closes the table
        return None
    if len(cells) == 1 or not any(_is_cjk(char) or char.isdigit() for char in norm[line.start:line.end]):
        piece = norm[cells[0][0]:cells[-1][1]]
        short_label = len(cells) == 1 and len(piece) <= MAX_HEADER_CELL and not any(c.isdigit() for c in piece)
        return [] if short_label or len(cells) > 1 else None
    aligned = _aligned(norm, cells, columns)
    name = aligned.get(columns.name)
    if name is None or not any(_is_cjk(char) for char in norm[name[0]:name[1]]):
        return None
    rows = []
    for column, year, kind in columns.years:
        cell = aligned.get(column)
        value = TABLE_VALUE.fullmatch(norm, *cell) if cell else None
        if value:
            rows.append(_table_row(text, norm, line, (cells[0][0], cells[-1][1]), aligned, columns, value, column, year, kind))
    return [row for row in rows if row is not None]


def _table_row(
    text: str, norm: str, line: Line, quote: Span, aligned: dict[int, Span], columns: TableColumns,
    value: re.Match[str], column: int, year: int, kind: str,
) -> dict[str, object] | None:
    """One row for the number in a year column; ``None`` if the number is unreadable."""
    name_start, name_end = aligned[columns.name]
    in_name = UNIT_IN_NAME.search(norm, name_start, name_end)
    unit_cell = aligned.get(columns.unit) if columns.unit is not None else None
    candidates = [value.group("unit") or "", norm[unit_cell[0]:unit_cell[1]] if unit_cell else "",
                  in_name.group(1) if in_name else ""]
    unit, factor, family = next(filter(None, map(_table_unit, candidates)), ("", Decimal(1), ""))
    token = value.group("num")
    if not token[0].isdigit() and not is_chinese_numeral(token):
        return None
    if in_name:
        name_end = in_name.start()
    phrase = norm[name_start:name_end]
    mention = Mention(value.start("num"), value.end("num"), value.end(), parse_number(token) * factor, unit,
                      family, not token[0].isdigit(), value.start("approx") if value.group("approx") else None,
                      token[-1] in "万亿")
    word, suffix = value.group("cmp") or "", value.group("suf") or ""
    comparator = _comparator("", suffix, mention.approx is not None, kind)
    if word:
        comparator = TABLE_COMPARATORS[word]
    attribute = aligned.get(columns.attribute) if columns.attribute is not None else None
    notes = [f"indicator table, column {columns.labels[column]}"]
    if attribute and attribute[1] > attribute[0]:
        notes.append(f"{columns.labels[columns.attribute]}: {text[attribute[0]:attribute[1]]}")
    if not unit:
        notes.append("no unit in the table")
    responsible = aligned.get(columns.responsible) if columns.responsible is not None else None
    units = re.split(r"[、,;\s]+", norm[responsible[0]:responsible[1]]) if responsible else []
    return {
        "kind": kind,
        "indicator": _classify(phrase, unit, family) or "other",
        "indicator_text": text[name_start:name_end],
        "quantity": _quantity(mention, phrase, phrase) or "level",
        "comparator": comparator,
        "modality": text[value.start("cmp"):value.end("cmp")] if word and _is_cjk(word[0]) else "",
        "value": float(mention.value),
        "unit": unit,
        "value_text": text[mention.start:mention.end],
        "value_start": mention.start,
        "value_end": mention.end,
        "year": year,
        "responsible": ";".join(unit for unit in units if unit),
        "section": line.section,
        "quote": text[quote[0]:quote[1]],
        "char_start": quote[0],
        "char_end": quote[1],
        "note": "; ".join(notes),
    }


def _table_rows(text: str, norm: str, lines: list[Line]) -> tuple[list[dict[str, object]], set[int]]:
    """Rows of every indicator table (a header line, then its row lines) and the starts of the
    lines the tables take up, which the sentence reader then skips."""
    rows: list[dict[str, object]] = []
    used: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        hinted = TABLE_NAME_LABEL.search(norm, line.start, line.end) and YEAR.search(norm, line.start, line.end)
        columns = _table_columns(norm, _cells(norm, line)) if hinted else None
        if columns is None:
            continue
        used.add(line.start)
        while index < len(lines) and (found := _table_line_rows(text, norm, lines[index], columns)) is not None:
            rows += found
            used.add(lines[index].start)
            index += 1
    return rows, used


def _frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    """Rows as a DataFrame with the table's column order and dtypes, in document order."""
    rows = sorted(rows, key=lambda row: (row["char_start"], row["value_start"]))
    dtypes = {"value": "float64", "year": "Int64", **dict.fromkeys(INT_COLUMNS, "int64")}
    return pd.DataFrame({
        column: pd.Series([row[column] for row in rows], dtype=dtypes.get(column, "object")) for column in COLUMNS
    })


def extract_targets(text: str, *, default_year: int | None = None) -> pd.DataFrame:
    """Candidate target and baseline rows for a plan's text (columns: ``COLUMNS``).

    ``default_year`` is the year of numbers the text gives no year for; by default the plan's
    end year read from the text itself (``infer_plan_year``).
    """
    norm = normalise(text)
    plan_year = default_year if default_year is not None else infer_plan_year(norm)
    lines = _lines(norm)
    rows, table_lines = _table_rows(text, norm, lines)
    rows += [row for line in lines if line.start not in table_lines for row in _line_rows(text, norm, line, plan_year)]
    return _frame(rows)


# --- command line --------------------------------------------------------------------------------

OUTPUT_COLUMNS = ["file", "doc_id", "geo", *COLUMNS]
HTML_NOTE = "offsets refer to the HTML-stripped text"


class InputError(Exception):
    """A file that cannot be read as plan text; the message names the file."""


def read_plan(path: Path, encoding: str = "utf-8", html: bool = False) -> str:
    """A plan's text: decoded with ``encoding``, HTML tags stripped if ``html``."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read the file ({error.strerror})") from error
    wide = encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32"))
    if b"\x00" in data and not wide:
        raise InputError(f"{path}: looks like a binary file (it contains NUL bytes), not a plan text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        utf8 = encoding.lower().replace("-", "").replace("_", "") == "utf8"
        hint = "if it is GBK/GB18030, re-run with --encoding gbk" if utf8 else "pass its real encoding with --encoding"
        where = f"byte 0x{data[error.start]:02x} at offset {error.start}"
        raise InputError(f"{path}: not valid {encoding} ({where}); {hint}") from error
    return strip_html(text) if html else text


def _labelled(rows: pd.DataFrame, path: Path, doc_id: str, geo: str, html: bool) -> pd.DataFrame:
    """Rows of one file with the leading ``file``, ``doc_id`` and ``geo`` columns."""
    rows = rows.copy()
    rows.insert(0, "geo", geo)
    rows.insert(0, "doc_id", doc_id)
    rows.insert(0, "file", str(path))
    if html:
        rows["note"] = [f"{note}; {HTML_NOTE}" if note else HTML_NOTE for note in rows["note"]]
    return rows


def cli(argv: list[str]) -> int:
    """``python -m analysis extract FILE [FILE ...] [-o OUT.csv]``: 0 if every file was read, 1 if any failed."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis extract",
        description="Extract candidate target and baseline rows (targets.csv columns) from plan texts.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="plan text files")
    parser.add_argument("-o", "--output", type=Path, help="CSV file to write (default: standard output)")
    parser.add_argument("--doc-id", help="doc_id column (one FILE only; default: the file name without extension)")
    parser.add_argument("--geo", default="", help="geo column (default: empty)")
    parser.add_argument("--encoding", default="utf-8", help="text encoding of the files (default: utf-8), e.g. gbk")
    parser.add_argument(
        "--html", action="store_true", help="strip HTML tags first; offsets then refer to the stripped text"
    )
    args = parser.parse_args(argv)
    try:
        "".encode(args.encoding)
    except LookupError:
        parser.error(f"unknown encoding {args.encoding!r}")
    if args.doc_id and len(args.files) > 1:
        parser.error("--doc-id names one document: give exactly one FILE")
    frames, failures = [], 0
    for path in args.files:
        try:
            text = read_plan(path, args.encoding, args.html)
        except InputError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        if args.html:
            print(f"note: {path}: {HTML_NOTE}", file=sys.stderr)
        frames.append(_labelled(extract_targets(text), path, args.doc_id or path.stem, args.geo, args.html))
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=OUTPUT_COLUMNS)
    if args.output:
        write_csv(table, args.output)
        print(f"{len(table)} rows from {len(frames)} file(s) written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(table.to_csv(index=False, lineterminator="\n"))
    if failures:
        print(f"{failures} of {len(args.files)} file(s) failed; the others' rows were written", file=sys.stderr)
    return 1 if failures else 0
