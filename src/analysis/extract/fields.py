"""The fields of one candidate row read from the words around its number: indicator, kind,
year, comparator, quantity, modality, responsible units and notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from analysis.extract.layout import is_cjk, qualified
from analysis.extract.model import Candidate, Context, Line, Marker, Mention, Span, YearMark
from analysis.extract.vocabulary import (
    AIM_CUES, ASIDE_IN_PHRASE, ATTENDANCE_BEFORE, ATTENDING_DEPUTIES, BASELINE_CUE, CHANGE_FROM, CLAUSE_TARGET_CUE, COMMITMENT, COMPARED_AREA,
    COMPARED_BASE, COMPARISON_CUE, DIFFERENCE_WORDS,
    COMPILED_RULES, COUNT_NOUN_END, DEPUTIES_AFTER, DONE_CUE, ESTIMATE_CUE, FACT_VERBS, FLOW, FLOW_UNITS, FROM_BEFORE, GENERIC,
    GOALS_OPENED, GOAL_AFTER, GOAL_BEFORE, GOAL_EXCEEDED, GOAL_QUOTED, GROWTH_BEFORE, INCREMENT, LEAD_JUNK, LEVEL, LIST_SEPARATOR,
    LOCAL_REACH, NOT_OBJECT, OBJECT_STOP, OWN_VERB, PAST_CUES, PLAN_GENRES, PREFIX, PREFIX_COMPARATORS, QUOTA_DONE,
    QUOTA_WITH_SHARE,
    SCALE_AFTER, SENTENCE_AIM, SHARE_SUBJECT, SUFFIX, SUFFIX_COMPARATORS, TARGET_CUE, TOTAL, TO_BEFORE, TRAINING,
    UNIT_DEFAULTS, UP_TO, WON_FUNDS, YEAR_TO_DATE,
)
from analysis.text import normalise


#: Year marks reaching only the numbers right after them (2015年的X; 从“十二五”末X、Y增加到…).
LOCAL_KINDS = frozenset({"local", "from"})


def classify_indicator(phrase: str, unit: str, family: str, *, after_number: bool = False) -> str | None:
    """Indicator code for an indicator phrase (``None`` when no rule applies), given its
    normalised unit and unit family (count, money, percent, area).

    A phrase before its number (``全区国家高新技术企业总量``) takes the first rule that matches
    (specific codes come first); a phrase after it (``500家企业开展研发活动``) starts with the
    counted noun, so the keyword ending earliest wins. Examples before ``等`` (独角兽、瞪羚等
    优质企业) are skipped when the words after ``等`` name the indicator."""
    return classify(normalise(phrase), unit, family, after_number)


def classify(text: str, unit: str, family: str, after_number: bool = False) -> str | None:
    subject = SHARE_SUBJECT.match(text) if family == "percent" else None
    if subject and classify(subject.group(1), "", "money") is None:
        counted = classify(subject.group(1), "", "count")  # a share of enterprises, not of an amount
        if counted is not None:
            return counted
    candidates = [text.rsplit("等", 1)[1], text] if "等" in text else [text]
    for candidate in candidates:
        if not after_number:  # the first rule that matches
            code = next((code for code, families, pattern in COMPILED_RULES
                         if family in families and pattern.search(candidate)), None)
            if code is not None:
                return code
            continue
        found = [
            (match.end(), rank, code)
            for rank, (code, families, pattern) in enumerate(COMPILED_RULES)
            if family in families and (match := pattern.search(candidate))
        ]
        if found:
            return min(found)[2]
    return UNIT_DEFAULTS.get(unit)


# --- per-number fields -----------------------------------------------------------------------


def left_span(norm: str, low: int, mention: Mention) -> Span:
    """Text before the number back to ``low``, cut after an unclosed "(" or after 共有/现有."""
    left = norm[low:mention.start]
    paren = left.rfind("(")
    cuts = [paren + 1] if paren >= 0 and ")" not in left[paren:] else []
    cuts += [left.rfind(word) + len(word) for word in ("共有", "现有") if word in left]
    return low + max(cuts, default=0), mention.start


def trimmed(norm: str, start: int, end: int, lead: re.Pattern[str] | None, tail: re.Pattern[str] | None) -> Span:
    """Shrink a span by the leading and trailing matches of two patterns."""
    if lead and (match := lead.match(norm, start, end)):
        start = match.end()
    if tail and (match := tail.search(norm, start, end)):
        end = match.start()
    return start, end


def object_span(norm: str, mention: Mention, right: Span) -> Span | None:
    """The noun after a number (``500家国家级高新技术企业``), or ``None`` if none follows."""
    start = mention.stop
    suffix = SUFFIX.match(norm, start, right[1])
    if suffix:
        start = suffix.end()
    possessive = norm.startswith("的", start)
    if possessive:
        start += 1
    # 聚集了近80%的全国重点实验室: a share of what follows (test_a_share_of_the_noun_after_it)
    if mention.family == "percent" and not (possessive and start == mention.stop + 1):
        return None
    if start >= right[1] or not (is_cjk(norm[start]) or norm[start] == "“"):
        return None
    if SCALE_AFTER.match(norm, start, right[1]) or NOT_OBJECT.match(norm, start, right[1]):
        return None
    stop = OBJECT_STOP.search(norm, start + 1, right[1])
    end = min(stop.start() if stop else right[1], start + 40)
    while end > start and norm[end - 1] in "和及与等":
        end -= 1
    return (start, end) if end > start else None


def suffix_word(norm: str, mention: Mention, end: int) -> str:
    match = SUFFIX.match(norm, mention.stop, end)
    return match.group(1) if match else ""


def comparator_for(prefix: str, suffix: str, approx: bool, kind: str, ranged: bool = False) -> str:
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


def quantity_for(mention: Mention, verbs: str, phrase: str) -> str | None:
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


# --- rows ----------------------------------------------------------------------------------------


def quote_span(norm: str, clause: Span, markers: list[Marker]) -> Span:
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


def responsible_for(mention: Mention, markers: tuple[Marker, ...], prefix: str) -> str:
    """Units of the first responsibility marker after the number in its paragraph, bare bureau
    names read at the issuer's level (``prefix``)."""
    following = [marker for marker in markers if marker.start >= mention.stop]
    return ";".join(qualified(following[0].units, prefix)) if following else ""


def respectively(norm: str, clause: Span, mentions: list[Mention]) -> dict[int, tuple[Span, Span]]:
    """For ``A、B和C分别达到1家、2家和3家``: each number's subject span and the span of the verb
    they share; empty when the clause holds no such list."""
    at = norm.find("分别", clause[0], clause[1])
    values = [m for m in mentions if at >= 0 and m.start > at]
    if len(values) < 2:
        return {}
    subject_start, _ = trimmed(norm, clause[0], at, LEAD_JUNK, None)
    pieces, piece_start = [], subject_start
    for separator in LIST_SEPARATOR.finditer(norm, subject_start, at):
        pieces.append((piece_start, separator.start()))
        piece_start = separator.end()
    pieces.append((piece_start, at))
    if len(pieces) != len(values):
        pieces = [(subject_start, at)] * len(values)
    verbs = (at + 2, values[0].start)
    return {value.start: (piece, verbs) for value, piece in zip(values, pieces)}


@dataclass(frozen=True)
class YearReading:
    """The year phrases that bear on one number: a local ``2015年的`` right before it, the
    nearest governing phrase before it, and the local year of the number before it (由2020年的…)."""

    local: YearMark | None
    governing: YearMark | None
    from_year: int | None


def read_years(ctx: Context) -> YearReading:
    """Year phrases before the number in its paragraph; after words saying a goal was met (提前实现
    《纲要》2025年…的目标) a year is the goal's, not the figure's."""
    start = ctx.mention.start
    done = [m.end() for m in DONE_CUE.finditer(ctx.para.norm, ctx.sentence[0], start)]
    cut = done[-1] if done else start
    usable = [m for m in ctx.para.marks
              if (m.kind == "local" and m.end <= start and LOCAL_REACH.fullmatch(ctx.para.norm, m.end, start))
              or (m.kind == "from" and m.end <= start and not UP_TO.search(ctx.para.norm, m.end, start))
              or (m.kind not in LOCAL_KINDS and m.end <= cut and (m.until is None or start < m.until))]
    local = next((m for m in reversed(usable) if m.kind in LOCAL_KINDS), None)
    governing = next((m for m in reversed(usable) if m.kind not in LOCAL_KINDS), None)
    previous = ctx.previous
    from_year = next(
        (m.year for m in ctx.para.marks if previous and m.kind == "local" and 0 <= previous.start - m.end <= 1), None
    )
    return YearReading(local, governing, from_year)


#: The note of a meeting's attendance (应到代表307名), which tells neither results nor goals.
ATTENDANCE_NOTE = "attendance at the meeting"


def kind_and_year(ctx: Context) -> tuple[str, int | None, str]:
    """Target or baseline, the year, and where the year came from ("" when the sentence or
    paragraph states it, else a note): the nearest year phrase before the number in its
    paragraph (a local ``2015年的`` for the next number only), else the year of its heading,
    else the document's default year for its kind. The start of a 由…增至 pair under a
    five-year period is the year before the period (“十三五”期间…由X家增至Y家 → X in 2015)."""
    years = read_years(ctx)
    kind = kind_of(ctx, years)
    mark = years.local or years.governing
    if mark is not None:
        from_value = FROM_BEFORE.search(ctx.para.norm, ctx.clause[0], years.local.start if years.local else ctx.mention.start)
        if from_value and mark.first is not None:
            return kind, mark.first, ""
        return kind, mark.year, ""
    doc_year = ctx.para.doc.doc_year
    norm, start = ctx.para.norm, ctx.mention.start
    reviewed = ctx.para.doc.reviewed_year
    if ctx.para.doc.genre == "statistical_bulletin" and reviewed is not None and CHANGE_FROM.search(norm, ctx.sentence[0], start):
        # 三次产业比例由7.3:53.5:39.2调整为… in a bulletin: where the year reported started
        # (test_a_bulletins_change_starts_the_year_before)
        return kind, reviewed - 1, f"start of a change in a bulletin: {reviewed - 1}, the year before the one reported, assumed"
    attending = (ATTENDANCE_BEFORE.search(norm, max(ctx.clause[0], start - 8), start)
                 or (DEPUTIES_AFTER.match(norm, ctx.mention.end) and ATTENDING_DEPUTIES.search(norm, ctx.clause[0], start)))
    if attending and doc_year is not None:
        return kind, doc_year, f"{ATTENDANCE_NOTE}: {doc_year}, the document's date"
    if attending:  # an undated page: the year as for any figure, the note telling what it counts
        year, note = ctx.para.doc.default_year(kind)
        return kind, year, f"{ATTENDANCE_NOTE}; {note}"
    if ctx.para.line.heading_year is not None:
        return kind, ctx.para.line.heading_year, "year from the section heading"
    if ctx.para.line.carried_year is not None:
        return kind, ctx.para.line.carried_year, "year from the paragraph above that opens on it"
    year, note = ctx.para.doc.default_year(kind)
    return kind, year, note


def kind_of(ctx: Context, years: YearReading) -> str:
    """Target or baseline: a baseline section, a 由…增长到 pair, a year before the plan's (or
    the document's), 截至/去年/“十三五”期间 or a sentence opening with a past year, or words such as
    已/共有/同比/提前完成 make a baseline; 到…年/力争/明年 a target. The end of a pair starting
    from a recent year and giving none of its own (由2020年的3.5%提高到4%) is the plan's target.
    A figure named as a goal or quota (…12%的目标, 任务301件) is a target, and so is the end of a
    pair in news on a plan still running (test_a_pair_in_news_on_a_running_plan_is_its_goal).
    Where nothing decides, the heading (工作安排 → target) and then the genre decide: reports,
    bulletins and news on results state what was reached."""
    norm, mention, previous = ctx.para.norm, ctx.mention, ctx.previous
    plan_year, doc_year = ctx.para.doc.plan_year, ctx.para.doc.doc_year
    local, governing = years.local, years.governing
    # a year set off mid-sentence opens a statement of its own: a cue before it (…美丽某州目标, 2014年,…)
    # does not reach past it (test_a_purpose_named_before_a_year_opening_the_results_is_no_aim)
    opener = governing.start if governing and governing.kind == "opener" else ctx.sentence[0]
    before = norm[max(ctx.sentence[0], opener):mention.start]
    from_end = local.start if local else mention.start
    from_value = bool(FROM_BEFORE.search(norm, ctx.clause[0], from_end))
    share_done = mention.unit == "%" and QUOTA_DONE.search(before)
    if not share_done and GOAL_QUOTED.search(norm, max(ctx.clause[0], mention.start - 12), mention.start):
        return "target"  # (预期目标为8.5%以上) after the result: test_a_goal_quoted_in_a_review_is_a_target
    if ctx.para.line.baseline or from_value or share_done or DONE_CUE.search(before):
        return "baseline"
    named_goal = GOAL_BEFORE.search(norm, max(ctx.clause[0], mention.start - 4), mention.start)
    if named_goal and GOAL_EXCEEDED.search(norm, ctx.clause[0], named_goal.start()):
        return "baseline"  # 超“十五”计划目标3.73亿元: test_a_goal_exceeded_by_a_figure_is_a_result
    if named_goal or GOAL_AFTER.match(norm, mention.stop, ctx.clause[1]):
        return "target"  # 高于年初人代会12%的目标; 全年专利申请任务301件
    # the cues of an aim, read only where the rules above leave the kind open (this runs for every number)
    sentence_start = max(norm.rfind(end, ctx.para.line.body, mention.start) for end in "。!?") + 1
    opened = bool(GOALS_OPENED.search(norm, max(sentence_start, ctx.para.line.body), mention.start))
    observed = ctx.para.doc.leans_to_observations
    estimate = bool(ESTIMATE_CUE.search(before))
    won = observed and not ctx.para.line.target and WON_FUNDS.search(before)  # 争取中央资金…: won, in a report
    if "完成" in before:  # 完成年度目标78亿元的100.3%: a quota done, no aim (test_the_share_of_a_quota_done_is_a_result)
        before = QUOTA_WITH_SHARE.sub("", before)
    cued = TARGET_CUE.search(WON_FUNDS.sub("", before) if won else before)
    listed = ctx.para.line.listed_from is not None and mention.start >= ctx.para.line.listed_from
    aimed = bool(cued or CLAUSE_TARGET_CUE.search(norm, ctx.clause[0], mention.start)
                 or (estimate and not observed) or opened or listed
                 or SENTENCE_AIM.match(norm, max(sentence_start, ctx.para.line.body)))
    to_value = previous is not None and bool(TO_BEFORE.search(norm, previous.stop, mention.start))
    if estimate and observed and not aimed and not (governing and governing.kind == "target"):
        return "baseline"  # 初步预计,全年…完成315亿元: test_an_estimate_in_a_report_is_an_observation
    reference = doc_year if observed and doc_year is not None else plan_year
    if local and doc_year is not None and local.year < doc_year:
        return "baseline"  # 增加到2022年的285亿元 in a 2023 text: reached (test_a_local_year_in_a_report_is_reached)
    if local and reference is not None:
        return "baseline" if local.year < reference or (observed and local.year == reference) else "target"
    if governing and governing.kind == "target" and doc_year is not None and governing.year < doc_year:
        return "baseline"  # 到2015年达到157家 in a 2023 text: a milestone passed (test_a_passed_milestone_is_reached)
    plan_start = ctx.para.doc.plan_start
    if governing and governing.kind == "target" and plan_start is not None and governing.year < plan_start:
        return "baseline"  # 到2020年底,预计实现… in a 2021–2025 plan: where it starts (test_a_plans_own_start_is_no_goal)
    if governing and governing.kind in {"target", "fact"}:
        return "target" if governing.kind == "target" else "baseline"
    if to_value:
        recent = governing is None and years.from_year is not None and plan_year is not None
        # news on a plan still running (由15.6%提高到20% of a 2020 plan, told in 2016): its goal
        running = (governing is None and ctx.para.doc.genre in PLAN_GENRES and plan_year is not None
                   and doc_year is not None and plan_year > doc_year)
        if aimed or running or (recent and plan_year - 5 <= years.from_year < plan_year):
            return "target"
        return "baseline"
    if governing and doc_year is not None and governing.year > doc_year:
        return "target"  # a year after the document's own is yet to come: test_a_verb_with_le_reports_the_past
    if governing and not aimed:
        # 2023年,全区…达到500家 in a 2024 report: test_a_past_year_in_a_report_is_an_observation
        if doc_year is not None and governing.year < doc_year and governing.kind in {"opener", "plain"}:
            return "baseline"
        # an undated year opening a clause under a heading of goals (一、目标 / 2020年…至少达到40家) is
        # a goal's year: test_a_year_opening_a_clause_under_a_heading_of_goals_is_a_goals_year
        if governing.kind == "opener" and (
                (plan_year is None and not ctx.para.line.target) or (plan_year is not None and governing.year < plan_year)):
            return "baseline"
    if (BASELINE_CUE.search(before) or YEAR_TO_DATE.search(before)) and not aimed:
        return "baseline"  # 1-9月,我区高新技术产业增加值263.61亿元: test_a_year_to_date_figure_is_reached
    heading_year = ctx.para.line.heading_year
    if observed and COMPARISON_CUE.search(before) and not aimed and not _goals_set_ahead(ctx, heading_year, doc_year):
        return "baseline"  # news on a plan reports last year's change too: test_news_on_a_plan_reports_changes_on_last_year
    if governing is None and heading_year is not None and doc_year is not None:
        # 二、2024年工作安排 / 一、2023年工作回顾 in a 2024 report (a heading year to come is a target):
        # test_headings_give_the_year_and_the_kind_in_a_report, test_a_year_alone_on_a_line_heads_what_follows
        return "baseline" if heading_year < doc_year and not aimed else "target"
    if aimed or ctx.para.line.target:
        return "target"
    if observed or ctx.para.past:
        return "baseline"
    return "target"


#: The months of a year in which its goals are set and told (work reports, congresses, meetings).
GOAL_SETTING_MONTHS = 6


def _goals_set_ahead(ctx: Context, heading_year: int | None, doc_year: int | None) -> bool:
    """Whether a line sits under a heading of the goals of a year not yet over, in a text of that
    year's first half (2024年重点指标 / GDP同比增长5% in February): its changes on last year are the
    goals', not results; a heading of how the year's tasks go (2024年重点任务推进情况) reports results:
    test_a_heading_of_the_years_key_indicators_lists_targets."""
    month = ctx.para.doc.doc_month
    return (ctx.para.line.target and not ctx.para.line.baseline and heading_year is not None and doc_year is not None
            and heading_year >= doc_year and month is not None and month <= GOAL_SETTING_MONTHS)


def reports_past(norm: str, line: Line) -> bool:
    """Whether a paragraph tells of the past and aims at nothing: words of result (同比, 比上年, 已,
    去年, 完成了) and none of aim (到2025年, 力争, 将, 目标, 预计), under no heading announcing what is
    to be done. Its uncued figures are then observations even in a text read as a plan (a report
    whose headline was lost, a misread genre): test_a_paragraph_of_results_reports_the_past."""
    if line.target:
        return False
    body = norm[line.body:line.end]
    return bool(PAST_CUES.search(body)) and not AIM_CUES.search(body)


def indicator_of(ctx: Context, phrase: str, phrase_norm: str) -> tuple[str, str]:
    """Indicator code and phrase (as printed). A phrase naming nothing of its own (同比增长,
    高新区占比, 10亿以上) takes the indicator of the number before it in the sentence."""
    mention, prior = ctx.mention, ctx.prior
    if phrase_norm.startswith("占") and prior is not None:  # (R&D经费21.4亿元,)占GDP比重1.9%
        code = classify(normalise(prior.indicator_text) + phrase_norm, mention.unit, mention.family)
        return code or "other", f"{prior.indicator_text}({phrase})"
    after_number = ctx.phrase[0] >= mention.stop
    code = classify(phrase_norm, mention.unit, mention.family, after_number) if phrase_norm else None
    if code is None and prior is not None and not GENERIC.sub("", phrase_norm):
        return prior.indicator, f"{prior.indicator_text}({phrase})" if phrase else prior.indicator_text
    return code or "other", phrase


def inherited_unit(ctx: Context, indicator_text: str) -> str:
    """The unit of a number continuing the indicator before it (每万人口发明专利拥有量达到12.5件,
    比2010年增加3.5件 → 件/万人): the earlier per-capita unit when the printed base unit agrees
    (test_a_continued_indicator_keeps_its_per_capita_unit)."""
    prior, unit = ctx.prior, ctx.mention.unit
    if prior is not None and indicator_text.startswith(prior.indicator_text) and prior.unit.startswith(unit + "/"):
        return prior.unit
    return unit


def head_noun(phrase: str) -> str:
    """The last two characters of a normalised phrase without parentheses or a closing 数量/总量:
    its head noun."""
    return COUNT_NOUN_END.sub("", ASIDE_IN_PHRASE.sub("", phrase))[-2:]


def shares_verb(ctx: Context, phrase: str) -> bool:
    """Whether a number without a verb of its own continues a list governed by the verb of the
    number before it (新培育百亿级企业7家,十亿级企业15家): same kind of unit and either no noun
    of its own or the same head noun."""
    if ctx.prior is None or ctx.previous is None or ctx.previous.family != ctx.mention.family:
        return False
    return not GENERIC.sub("", phrase) or head_noun(phrase) == head_noun(normalise(ctx.prior.indicator_text))


def modality_of(ctx: Context, prefix: re.Match[str] | None, suffix: str) -> str:
    """The commitment words as printed: 力争/确保 earlier in the sentence and the comparator verb
    before the number (力争达到); else a qualifier after it (余, 以上, 左右)."""
    text, mention = ctx.para.text, ctx.mention
    commitment = [m for m in COMMITMENT.finditer(ctx.para.norm, ctx.sentence[0], mention.start)][-1:]
    modality = "".join(text[m.start():m.end()] for m in commitment)
    if prefix:
        modality += text[prefix.start(prefix.lastindex):prefix.end(prefix.lastindex)]
    if modality:
        return modality
    return text[mention.approx] if mention.approx is not None else suffix


def notes_for(ctx: Context, year_note: str) -> str:
    """The ``note`` column: assumptions a reviewer should check."""
    raw, mention = ctx.raw, ctx.mention
    notes = [year_note] if year_note else []
    if not raw.unit and mention.family == "count":
        notes.append(f"no unit printed: {mention.unit} assumed from the list")
    if mention.upper is not None:
        notes.append(f"range {plain(mention.value)}–{plain(mention.upper)}: lower bound taken, comparator >=")
    return "; ".join(notes)


def plain(value: Decimal) -> str:
    """A number without exponent or trailing zeros: ``Decimal('3.0')`` → ``3``."""
    return format(value.normalize(), "f")


def sentence_row(ctx: Context) -> Candidate:
    """The candidate row for an accepted number read in its context."""
    para, mention = ctx.para, ctx.mention
    norm, text = para.norm, para.text
    phrase_norm = norm[ctx.phrase[0]:ctx.phrase[1]].strip()
    indicator, phrase = indicator_of(ctx, para.printed(ctx.phrase).strip(), phrase_norm)
    kind, year, year_note = kind_and_year(ctx)
    quantity = quantity_for(mention, norm[ctx.verbs[0]:ctx.verbs[1]], phrase_norm)
    if quantity is None:
        quantity = ctx.prior.quantity if ctx.prior is not None and shares_verb(ctx, phrase_norm) else "level"
    prefix = PREFIX.search(norm, ctx.verbs[0], ctx.verbs[1])
    based = prefix and (COMPARED_BASE.match(norm, prefix.end(prefix.lastindex)) or (
        prefix.group(prefix.lastindex) in DIFFERENCE_WORDS and COMPARED_AREA.match(norm, prefix.end(prefix.lastindex))))
    if based:
        prefix = None  # 增速高于上年22.2个百分点: a difference from the base, no bound: test_a_year_compared_against_dates_nothing
    word = prefix.group(prefix.lastindex) if prefix else ""
    suffix = suffix_word(norm, mention, ctx.right[1])
    quote = quote_span(norm, (max(ctx.clause[0], para.line.body), ctx.clause[1]), para.markers)
    return Candidate(
        kind=kind,
        indicator=indicator,
        indicator_text=phrase or para.printed(quote),
        quantity=quantity,
        comparator=comparator_for(word, suffix, mention.approx is not None, kind, mention.upper is not None),
        modality=modality_of(ctx, prefix, suffix),
        value=float(mention.value),
        unit=inherited_unit(ctx, phrase or para.printed(quote)),
        value_text=text[mention.start:mention.end],
        value_start=mention.start,
        value_end=mention.end,
        year=year,
        responsible=responsible_for(mention, para.markers, para.doc.unit_prefix),
        section=para.line.section,
        quote=para.printed(quote),
        char_start=quote[0],
        char_end=quote[1],
        note=notes_for(ctx, year_note),
    )
