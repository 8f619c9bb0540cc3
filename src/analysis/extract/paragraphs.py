"""Reading a paragraph sentence by sentence: which numbers count, and the phrase and verbs of each.
"""

from __future__ import annotations

from analysis.extract.fields import left_span, object_span, reports_past, respectively, sentence_row, trimmed
from analysis.extract.layout import responsibility_markers, within, year_marks
from analysis.extract.mentions import change_per_capita, contextual_unit, kept_mentions, raw_mentions, size_class
from analysis.extract.model import Candidate, Context, DocumentFacts, Line, Mention, Paragraph, Span
from analysis.extract.vocabulary import (
    CLAUSE_END, LEAD_JUNK, MASKS, PLAN_GENRES, SCALE_AFTER, SCALE_STOP, SENTENCE_END, TAIL_JUNK, YEARLY_SPAN,
)
from analysis.text import split_spans


def scale_phrase(norm: str, mention: Mention, left: Span, right: Span) -> Span | None:
    """For an amount written as a scale (千亿级产业集群), the phrase through the noun it scales."""
    if mention.stop != mention.end or not SCALE_AFTER.match(norm, mention.stop, right[1]):
        return None  # only an amount printed without its unit (千亿级) is written as a scale
    stop = SCALE_STOP.search(norm, mention.stop, right[1])
    start, _ = trimmed(norm, *left, LEAD_JUNK, None)
    return start, stop.start() if stop else right[1]


def subject_clause(
    norm: str, clauses: list[Span], clause: Span, kept: list[tuple[Mention, Mention, Span]]
) -> Span | None:
    """For a number whose clause names nothing (高新技术企业数量实现倍增,达到800家), the clause
    before it, when that clause holds no number of its own."""
    index = clauses.index(clause)
    if index == 0 or any(c == clauses[index - 1] for _, _, c in kept):
        return None
    start, end = trimmed(norm, *clauses[index - 1], LEAD_JUNK, TAIL_JUNK)
    return (start, end) if end > start else None


#: Longest item of a 分别 list that names no thing of its own (城镇, 农村, 城乡).
BARE_ITEM = 2


def sentence_rows(para: Paragraph, sentence: Span, mentions: list[Mention]) -> list[Candidate]:
    """Rows for the numbers of one sentence, read left to right."""
    norm = para.norm
    keep = [(m.start, m.end) for m in [*para.markers, *mentions]]  # never cut inside 1,236 or a marker
    clauses = split_spans(norm, sentence[0], sentence[1], CLAUSE_END, keep)
    kept = kept_mentions(norm, clauses, mentions)
    lists: dict[int, tuple[Span, Span]] = {}
    for clause in clauses:
        lists.update(respectively(norm, clause, [mention for _, mention, c in kept if c == clause]))
    rows: list[Candidate] = []
    consumed, before = sentence[0], None
    for k, (raw, mention, clause) in enumerate(kept):
        left = left_span(norm, max(clause[0], consumed), mention)
        following = [m.start for _, m, c in kept[k + 1:k + 2] if c == clause]
        following += [m.start for m in para.markers if mention.stop <= m.start < clause[1]]
        right = (mention.stop, min(following, default=clause[1]))
        if mention.start in lists:
            phrase, verbs = lists[mention.start]
            # 分别 lists: each item's own words, or, for an item naming no thing of its own (城镇、农村
            # 常住居民人均可支配收入; …,分别达43366元和13835元), the sentence's words up to 分别:
            # test_a_list_item_without_a_noun_shares_the_last_ones
            words = phrase if phrase[1] - phrase[0] > BARE_ITEM else (sentence[0], verbs[0] - len("分别"))
            mention = contextual_unit(norm, mention, words)
        else:
            mention = change_per_capita(norm, contextual_unit(norm, mention, (clause[0], mention.start)), before)
            phrase = (object_span(norm, mention, right) or scale_phrase(norm, mention, left, right)
                      or trimmed(norm, *left, LEAD_JUNK, TAIL_JUNK))
            verbs = left
            if phrase[0] >= phrase[1]:
                phrase = subject_clause(norm, clauses, clause, kept) or phrase
        consumed = max(mention.stop, phrase[1])
        before = mention if mention.family == "money" else before  # the last amount (a rate may stand between)
        previous, prior = (kept[k - 1][1], rows[-1]) if rows else (None, None)
        rows.append(sentence_row(Context(para, raw, mention, previous, prior, sentence, clause, phrase, verbs, right)))
    for clause in {clause for _, mention, clause in kept if mention.start in lists}:
        items = [row for row, (_, mention, c) in zip(rows, kept) if c == clause and mention.start in lists]
        for row, year in zip(items, yearly(norm, sentence, clause, len(items))):
            row.year = year
    return rows


def yearly(norm: str, sentence: Span, clause: Span, count: int) -> list[int]:
    """The year of each item of a 分别 list over a span of years with one item a year (2016-2020年,
    地区生产总值分别为A、B、C、D、E → 2016 … 2020), else none."""
    spans = list(YEARLY_SPAN.finditer(norm, sentence[0], norm.find("分别", clause[0], clause[1])))
    if not spans:
        return []
    first, last = (int(year) for year in spans[-1].groups())
    return list(range(first, last + 1)) if last - first + 1 == count else []


def line_rows(text: str, norm: str, line: Line, doc: DocumentFacts) -> list[Candidate]:
    """Rows for the numbers of one paragraph."""
    mentions = raw_mentions(norm, line)
    if not mentions:
        return []  # most lines: quotes, titles and responsibility markers are not read at all
    markers = responsibility_markers(norm, line)
    keep = [(m.start, m.end) for m in markers]
    masked = [match.span() for match in MASKS.finditer(norm, line.start, line.end)] + keep
    outside_plans = doc.genre not in PLAN_GENRES
    mentions = [m for m in mentions if not within(m.start, masked) and not (outside_plans and size_class(norm, m))]
    if not mentions:
        return []
    sentences = split_spans(norm, line.body, line.end, SENTENCE_END, keep)
    marks = tuple(year_marks(norm, line, sentences, masked, doc))
    para = Paragraph(text, norm, line, tuple(markers), marks, doc, reports_past(norm, line))
    rows = []
    for sentence in sentences:
        inside = [m for m in mentions if sentence[0] <= m.start < sentence[1]]
        if inside:
            rows += sentence_rows(para, sentence, inside)
    return rows
