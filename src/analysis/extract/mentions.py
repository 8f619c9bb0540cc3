"""Numbers with units in a paragraph, and the rules that tell a target or baseline number from
prose (dates, names, subsidy rates, idiomatic numerals).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from analysis.extract.layout import is_cjk
from analysis.extract.model import Line, Mention, Span
from analysis.extract.vocabulary import (
    AREA_BUILT, AREA_MEASURE, COUNT_VERB, GROWTH_RATE_BEFORE, INDEX_BASE_BEFORE, INDEX_VERB, INDICATORS_AMONG_BEFORE,
    INDICATORS_COUNTED_AFTER, INSTITUTE, INVESTED_BEFORE, LETTERED_MEASURES,
    LIST_JOINERS, LIST_JOINER_CHANGE, MENTION, MILESTONE_AFTER, MONEY_BEFORE, ORDINAL_BEFORE, OUTPUT_AFTER,
    PEOPLE_AFTER, PEOPLE_BEFORE, PER_CAPITA_CHANGE, PER_CAPITA_MONEY, PER_EVENT, PER_POPULATION, POLICY_AFTER, POLICY_BEFORE,
    POWER_UNITS, PROJECT_AFTER, QUALIFIER_AFTER, RANK_AFTER, RANK_BEFORE, RANK_MOVE_BEFORE, RANK_POOL_AFTER,
    RANK_POOL_BEFORE, RANK_UNITS, ROUGH_PLACES, ROUND_AMOUNTS, SCALE_AFTER, SHARE_RATIO, SITES_COUNTED_AFTER,
    SIZED_AFTER, STRUCTURE_AFTER, STRUCTURE_BEFORE, SUBSIDY, UNITLESS_NAME, UNITS,
)
from analysis.numerals import is_chinese_numeral, parse_number


def read_mention(match: re.Match[str]) -> Mention | None:
    """The number in a MENTION match, or ``None`` for strings that only look like numerals."""
    pct, num, upper, approx_word, mult, printed_unit = match.groups()  # one call: this runs for every number
    percent = pct is not None
    token = (pct if percent else num).replace(" ", "").replace("\t", "")
    approx = None if percent or approx_word is None else match.start("approx")
    chinese = not token[0].isdigit()
    if not percent and not printed_unit and approx is None and unitless_prose(match, token, chinese):
        return None
    if chinese and not is_chinese_numeral(token) and not rough_count(match, token, approx):
        return None
    printed = "%" if percent else (printed_unit or "")
    base, _, per = (printed, "", "") if printed in UNITS else printed.partition("/")  # 微克/立方米 is one unit
    unit, factor, family = UNITS.get(base, ("", Decimal(1), ""))
    upper = None if percent else upper
    multiplier = (mult or "") if approx is not None else ""
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


def size_class(norm: str, mention: Mention) -> bool:
    """Whether a round amount names a class of size (百亿级产业集群, 十亿级企业) rather than a value: in
    a report or news on results it is no figure; a plan's 千亿级产业集群 to be built is the amount it
    aims at (test_a_scale_phrase_without_a_count_is_the_amount, test_a_class_of_size_is_no_figure)."""
    return mention.chinese and norm.startswith("级", mention.stop)


def unitless_prose(match: re.Match[str], token: str, chinese: bool) -> bool:
    """Numbers without a unit that never become figures, dropped before they are parsed: a Chinese
    numeral without 万/亿 (进一步, 第三) and a year or date (2020年, 5月)."""
    if chinese:
        return token[-1] not in "万亿"
    return match.string[match.end():match.end() + 1] in {"年", "月", "日"}


def rough_count(match: re.Match[str], token: str, approx: int | None) -> bool:
    """Whether a lone place numeral is a rough count: ``百余家``, ``近千家``, ``约万人``."""
    before = match.string[match.start() - 1:match.start()]
    return token in ROUGH_PLACES and (approx is not None or before in {"近", "约"})


# --- acceptance --------------------------------------------------------------------------------


#: What may follow an area that closes its clause (五味子392亩,).
AREA_CLOSE = {",", "。", ";", "、", "\n", ""}
#: What may follow a bare rate of change that closes its clause (同比增长3.6。), not a list's 、.
RATE_CLOSE = {",", "。", ";"}
#: Signs of a rating (2×600兆瓦): numbers on either side name a machine's size.
RATING_SIGNS = ("×",)
#: A character that makes the dash after it part of a code, a date or a range, not a minus sign.
CODE_CHARACTER = re.compile(r"[0-9A-Za-z.\-~/]")


def raw_mentions(norm: str, line: Line) -> list[Mention]:
    """Numbers in a line that can be read and are not part of a date, code or label; the caller
    drops those inside quotes, titles and responsibility markers."""
    found = structure_shares(norm, line)
    shares = [(share.start, share.end) for share in found]
    for match in MENTION.finditer(norm, line.body, line.end):
        mention = read_mention(match)
        if mention is None or (shares and any(low <= mention.start < high for low, high in shares)):
            continue
        before = norm[mention.start - 1] if mention.start > 0 else ""
        if before == "-" and not CODE_CHARACTER.match(norm, mention.start - 2):
            before = ""  # 增长率为-0.47‰: a minus sign, not a code's or a range's dash (kjj-2023-00020)
        lettered = before.isascii() and before.isalpha() and norm.endswith(LETTERED_MEASURES, 0, mention.start)
        if (before in ORDINAL_BEFORE and not lettered) or before.isdigit() or after_colon(norm, line.start, mention.start):
            continue
        if mention.unit == "所" and INSTITUTE.search(norm[max(0, mention.start - 1):mention.start]):
            continue
        if mention.chinese and mention.family == "money" and MILESTONE_AFTER.match(norm, mention.stop):
            continue  # 首次突破千亿元大关, 过百亿元项目4个
        if before in RATING_SIGNS or norm.startswith(RATING_SIGNS, mention.stop):
            continue  # 2×600兆瓦煤电机组: a rating (test_a_machines_rating_is_no_figure)
        found.append(mention)
    return sorted(found, key=lambda mention: mention.start)


def structure_shares(norm: str, line: Line) -> list[Mention]:
    """The shares of a structure printed as a ratio of two or three parts that sums to 100 (三次产业
    结构为1.4:36.3:62.3, 二、三产业比例为62.1:37.4), each a percentage:
    test_a_three_sector_structure_gives_three_shares."""
    shares: list[Mention] = []
    if norm.find(":", line.body, line.end) < 0:  # most lines hold no ratio: skip the regex
        return shares
    for match in SHARE_RATIO.finditer(norm, line.body, line.end):
        parts = [group for group in (1, 2, 3) if match.group(group)]
        signed = [-Decimal(match.group(group)) if norm[match.start(group) - 1] == "-" else Decimal(match.group(group))
                  for group in parts]  # the figure is each share's magnitude, its sign dropped as in sentences
        if abs(sum(signed) - 100) > 1:
            continue
        for group in parts:
            shares.append(Mention(start=match.start(group), end=match.end(group), stop=match.end(group),
                                  value=Decimal(match.group(group)), unit="%", family="percent", chinese=False,
                                  approx=None, multiplied=False))
    return shares


def after_colon(norm: str, start: int, at: int) -> bool:
    """Whether the last character before ``at`` (spaces aside, from ``start`` on) is a colon:
    a label's value (电话: 12345), not a figure."""
    k = at - 1
    while k >= start and norm[k] in " \t":
        k -= 1
    return k >= start and norm[k] == ":"


def resolve_unit(
    norm: str, mention: Mention, index: int, mentions: list[Mention], clause: Span, sentence_start: int
) -> Mention | None:
    """Give a unit-less number its unit when the text implies one, or drop it:
    ``五十亿产业规模`` → 亿元; a ``千亿级`` scale phrase that qualifies no count → 亿元; an amount named
    before a bare 亿 (收入160.84亿) → 亿元; a bare
    number listed between numbers with the same counting unit (``雏鹰企业105, 瞪羚企业16家``)."""
    if mention.unit:
        return mention
    if (not mention.chinese and INDEX_VERB.search(norm, clause[0], mention.start)
            and UNITLESS_NAME.search(norm, sentence_start, mention.start)):
        if INDEX_BASE_BEFORE.search(norm, clause[0], mention.start):
            return None  # (以上年同期为100): the index's base (test_an_index_in_prose_and_its_base)
        # 创新指数为129.5,年均提高4.2; 价格总指数101.3: an index has no unit
        return replace(mention, family="index")
    if mention.multiplied and not mention.chinese and (
            PEOPLE_AFTER.match(norm, mention.stop)
            or PEOPLE_BEFORE.search(norm, max(clause[0], mention.start - 12), mention.start)):
        # 7.35万贫困人口脱贫, 参加活动人数达7.5万: test_people_named_after_their_number
        return replace(mention, unit="人", family="count")
    if mention.multiplied:
        scale = SCALE_AFTER.match(norm, mention.stop, clause[1])
        output = OUTPUT_AFTER.match(norm, mention.stop, clause[1])
        named = MONEY_BEFORE.search(norm, max(clause[0], mention.start - 12), mention.start)
        if named and mention.chinese and named.group().endswith("破"):
            named = None  # 产值破千亿: a milestone passed, no figure (test_kilowatt_hours_days_counted_and_page_counters)
        if (scale and not qualifies_count(mention, index, mentions, clause)) or output or named:
            return replace(mention, value=mention.value / Decimal(10**8), unit="亿元", family="money")
        return None
    shared = _shared_unit(norm, index, mentions)
    if shared is not None and not mention.chinese:
        return replace(mention, unit=shared.unit, family=shared.family)
    if (not mention.chinese and not mention.multiplied and norm[mention.stop:mention.stop + 1] in RATE_CLOSE
            and GROWTH_RATE_BEFORE.search(norm, max(clause[0], mention.start - 6), mention.start)):
        return replace(mention, unit="%", family="percent")  # 同比增长3.6。: test_a_bare_growth_rate_is_a_percentage
    neighbours = mentions[index - 1:index] + mentions[index + 1:index + 2]
    units = {m.unit for m in neighbours if m.family == "count"}
    listed = norm[mention.stop:mention.stop + 1] in {",", "、", ";", "。", " "} and is_cjk(norm[mention.start - 1])
    if len(neighbours) == 2 and len(units) == 1 and listed and not mention.chinese:
        return replace(mention, unit=units.pop(), family="count")
    return None


def _shared_unit(norm: str, index: int, mentions: list[Mention]) -> Mention | None:
    """The number whose unit a bare number shares in a list joined by 、 or 和 (分别回落2.16和1.66个
    百分点, 分别为0.95、0.81、0.78个百分点): the first with a unit after it in the chain, where that
    unit needs no scaling (percent, points, counts): test_a_list_shares_its_last_unit."""
    previous = mentions[index]
    for following in mentions[index + 1:]:
        joiner = norm[previous.stop:following.start].strip().rstrip("-−")  # 0.15、-5.64: a minus sign
        if joiner not in LIST_JOINERS and not LIST_JOINER_CHANGE.fullmatch(joiner):
            return None
        if following.unit:
            return following if following.family in {"percent", "count"} or following.unit == "百分点" else None
        previous = following
    return None


def qualifies_count(mention: Mention, index: int, mentions: list[Mention], clause: Span) -> bool:
    """Whether a scale phrase (百亿级, 50亿以上) describes a count next to it or later in its
    clause (``7家百亿级企业``, ``50亿以上项目不少于2个``) rather than being the value itself."""
    before = mentions[index - 1] if index else None
    if before is not None and before.family == "count" and mention.start - before.stop <= 1:
        return True
    return any(m.family == "count" and m.start < clause[1] for m in mentions[index + 1:])


def accepted(
    norm: str, mention: Mention, index: int, mentions: list[Mention], clause: Span, verb_start: int | None = None,
    sentence_start: int | None = None,
) -> bool:
    """Context rules that tell a target number from prose; a verb that commits a Chinese-numeral
    count may stand from ``verb_start`` (the clause a 其中 clause continues) on, a rank word from
    ``sentence_start`` (排名…上升,从2015年的89位跃升到14位)."""
    left = norm[clause[0]:mention.start]
    ranked = norm[clause[0] if sentence_start is None else sentence_start:mention.start]
    if norm[mention.stop - 1] in RANK_UNITS and RANK_BEFORE.search(ranked):
        return False  # 排名上升3位: a rank (test_ranks_are_not_counts, test_a_rank_named_earlier_in_the_sentence)
    if norm[mention.stop - 1] == "位" and RANK_MOVE_BEFORE.search(norm, max(clause[0], mention.start - 4), mention.start):
        return False  # 较2022年前进1位: test_a_move_up_a_ranking_is_no_count
    if norm[mention.stop - 1] == "条" and (POLICY_BEFORE.search(left) or POLICY_AFTER.match(norm, mention.stop, clause[1])):
        return False  # 稳增长32条: test_a_policys_measures_counted_are_no_figure
    if (mention.chinese and mention.family == "money" and norm[mention.start:mention.end] in ROUND_AMOUNTS
            and mention.stop > mention.end):
        return False  # 突破百亿元 (not 千亿级产业集群, a scale): test_a_policys_measures_counted_are_no_figure
    if norm[mention.stop - 1] == "项" and (INDICATORS_COUNTED_AFTER.match(norm, mention.stop, clause[1])
                                         or INDICATORS_AMONG_BEFORE.search(norm, max(0, mention.start - 8), mention.start)):
        # 13项主要经济指标中,有8项增速高于全市平均: the indicators reported counted, no figure
        # (test_indicators_counted_are_no_figure)
        return False
    if mention.unit == "米" and "海拔" in left:
        return False  # 海拔近2000米: a place's altitude (test_birds_incidents_and_an_altitude)
    if mention.family == "count" and (RANK_AFTER.match(norm, mention.stop, clause[1]) or (
            RANK_POOL_AFTER.match(norm, mention.stop, clause[1]) and RANK_POOL_BEFORE.search(left))):
        return False  # 提高2个位次, 在35个城市中排第4位, 在全省13个中心城区和86个县区排名
    scale = mention.multiplied and SCALE_AFTER.match(norm, mention.stop, clause[1])
    if mention.family == "money" and scale and qualifies_count(mention, index, mentions, clause):
        return False  # 5000万元以上项目不少于2个: the count is the value
    counted = any(m.family == "count" and clause[0] <= m.start < clause[1] for m in mentions if m is not mention)
    # 总投资1.4亿元的16个项目: a project's own investment, exact, is its figure, not a class it sizes
    invested = mention.family == "money" and INVESTED_BEFORE.search(left) and not SCALE_AFTER.match(norm, mention.stop)
    if mention.family != "count" and counted and QUALIFIER_AFTER.match(norm, mention.stop, clause[1]) and not invested:
        return False  # 营业收入超10亿元的企业达到50家: the amount describes what is counted
    if mention.family == "money" and SIZED_AFTER.match(norm, mention.stop, clause[1]) and not invested:
        return False  # 超5000万元项目417个: test_an_amount_sizing_projects_is_no_figure
    if mention.unit in POWER_UNITS and PROJECT_AFTER.match(norm, mention.stop):
        return False  # 华能20万千瓦风电成功并网, 晶科20吉瓦光伏一体化: a project's size in its name (test_a_projects_capacity_in_its_name)
    if mention.unit == "岁" and "寿命" not in left:
        return False  # 35岁以下 is an age bound; 人均预期寿命84.05岁 a figure
    if mention.unit == "天" and "天数" not in left:
        return False  # 用时30天 is a duration; 优良天数达到336天 a count of days
    if "给予" in left or SUBSIDY.match(norm, mention.stop, clause[1]):
        return False  # a subsidy rate or amount, not a target
    if mention.family == "count" and (STRUCTURE_AFTER.match(norm, mention.stop, clause[1])
                                      or STRUCTURE_BEFORE.search(norm, max(clause[0], mention.start - 24), mention.start)):
        return False  # 30项任务, 三个方面: the plan describing itself
    if mention.chinese:
        if mention.family == "money" and not mention.multiplied:
            return False  # 三元锂电池
        if mention.family == "count" and norm[mention.start:mention.end] == "一":
            return False  # 一批, 一支队伍: the indefinite article
    needs_verb = mention.family == "area" or (mention.chinese and mention.family == "count")
    verb_left = norm[clause[0] if verb_start is None else verb_start:mention.start]
    if mention.family == "area" and AREA_BUILT.search(verb_left) and not SITES_COUNTED_AFTER.match(norm, mention.stop, clause[1]):
        return True  # 建设10万亩优质苹果基地: test_an_area_built_is_a_figure
    if mention.family == "area" and AREA_MEASURE.search(ranked):
        return True  # 粮食作物播种面积39.4万亩,其中水稻2.1万亩: an area measured (test_a_measured_area_is_a_figure)
    if mention.family == "area" and is_cjk(norm[mention.start - 1]) and norm[mention.stop:mention.stop + 1] in AREA_CLOSE:
        return True  # 发展大果榛子3508亩、五味子392亩: an area named and closing its clause (test_an_area_closing_its_clause_is_a_figure)
    return not needs_verb or bool(COUNT_VERB.search(verb_left))


def contextual_unit(norm: str, mention: Mention, clause: Span) -> Mention:
    """Per-event and per-capita counts: ``每场…150家`` → 家/场, ``每万人…80件`` → 件/万人, and
    amounts per person in 元 (人均…80976元), from the
    words before the number in ``clause`` (its own item, in a 分别 list)."""
    before = norm[clause[0]:clause[1]]
    if mention.family == "money" and mention.unit.startswith("亿") and PER_CAPITA_MONEY.search(before):
        return _in_yuan(mention)
    if mention.family != "count" or "/" in mention.unit:
        return mention
    if PER_POPULATION.search(before):
        return replace(mention, unit=f"{mention.unit}/万人")
    per = PER_EVENT.search(before)
    return replace(mention, unit=f"{mention.unit}/{per.group(1)}") if per else mention


def change_per_capita(norm: str, mention: Mention, before: Mention | None) -> Mention:
    """An amount right after an amount per person in 元, as its change (人均纯收入4878元,净增582元),
    is per person too: in 元, not 亿元."""
    if (before is not None and before.family == mention.family == "money" and before.unit == "元"
            and mention.unit.startswith("亿") and PER_CAPITA_CHANGE.fullmatch(norm, before.stop, mention.start)):
        return _in_yuan(mention)
    return mention


def _in_yuan(mention: Mention) -> Mention:
    """An amount read in 亿元 (or 亿美元) put back in 元 (美元): an amount per person."""
    return replace(mention, value=mention.value * Decimal(10**8), unit=mention.unit.removeprefix("亿"))


def kept_mentions(norm: str, clauses: list[Span], mentions: list[Mention]) -> list[tuple[Mention, Mention, Span]]:
    """(number as printed, number with its unit resolved, clause) for each number of a sentence that states
    a target or a baseline."""
    kept = []
    for index, raw in enumerate(mentions):
        clause = next(c for c in clauses if c[0] <= raw.start < c[1])
        mention = resolve_unit(norm, raw, index, mentions, clause, clauses[0][0])
        position = clauses.index(clause)
        # 其中 continues the clause before it: 引进人才不少于三千人,其中高层次人才一百名
        continued = position > 0 and norm[clause[0]:clause[1]].lstrip(" ,").startswith("其中")
        verb_start = clauses[position - 1][0] if continued else clause[0]
        if mention is not None and accepted(norm, mention, index, mentions, clause, verb_start, clauses[0][0]):
            kept.append((raw, mention, clause))
    return kept
