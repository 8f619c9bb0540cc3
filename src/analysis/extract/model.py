"""The records the extractor passes between its stages: spans, numbers, paragraphs, candidate rows.

The records made once per line, number or row (``Mention`` … ``Context``) are never changed once
made (``dataclasses.replace`` makes a new one) but are not declared frozen: a frozen dataclass sets
each field through ``object.__setattr__``, which made building them a twentieth of the extractor's
time (benchmarks/bench_extract.py).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

import numpy as np
import pandas as pd

from analysis.extract.vocabulary import NEXT_YEARS_FROM_MONTH

INT_COLUMNS = ["value_start", "value_end", "char_start", "char_end"]
#: pandas' default dtype for text (``str``), built directly so a frame need not infer it.
TEXT = pd.StringDtype(na_value=np.nan)
#: A report or news on results dated up to this month looks back on the year before (issue 9).
LOOKS_BACK_UNTIL_MONTH = 3
#: Genres whose title's single year is the year they report on (2022年…统计公报).
TITLE_YEAR_REVIEWED = {"statistical_bulletin", "news_on_results", "proposal_reply"}
Span = tuple[int, int]  # [start, end) offsets into the text


@dataclass(slots=True)
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


@dataclass(slots=True)
class Marker:
    """Parentheses naming the units responsible for the numbers before them."""

    start: int
    end: int
    units: tuple[str, ...]
    lead: tuple[str, ...] = ()  # those named as leading (牵头部门:…, …牵头)


@dataclass(slots=True)
class YearMark:
    """A year phrase: ``kind`` is target (到2022年), fact (截至), opener (``2019年,`` starting a
    sentence), local (``2015年的``: only the next number), from (从“十二五”末: the numbers up to
    the change's 到) or plain."""

    start: int
    end: int
    year: int
    kind: str
    #: the year of the start value of a change over the phrase's span: 由X增至Y over 2018-2022年 → 2018,
    #: over “十三五”期间 → 2015 (the stock before the period's first year)
    first: int | None = None
    #: for a year in an aside (2020年人均27947元), where the aside ends: it dates nothing after
    until: int | None = None


@dataclass(slots=True)
class Line:
    """One paragraph with its section path and whether it sits under a baseline heading."""

    start: int
    end: int
    section: str
    baseline: bool
    body: int  # where the text after the heading number (if any) starts
    target: bool = False  # under a heading announcing what is to be done (工作安排, 主要目标)
    heading_year: int | None = None  # the year named by the nearest heading naming one
    level: int | None = None  # heading level (0 第一篇, 1 第一章, 2 第一节, 3 一、 … 6 "(1)") when the line is a heading of the outline
    title: str = ""  # the heading's title, up to its first 。
    box: str = ""  # for a heading of a boxed list (专栏) inside a section: its path within the box
    carried_year: int | None = None  # the year an earlier paragraph of the section opened on (2023年末,…)
    listed_from: int | None = None  # where a lead to a list of things to be done ends within the line (…将…抓好…。分别是:)


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What the whole document tells about each of its numbers: the plan's end year (the year of
    a target stating none), the year of the document's own date (今年), and its genre."""

    plan_year: int | None
    doc_year: int | None = None
    genre: str = ""
    unit_prefix: str = ""  # "区" where bare bureau names are the district's (see layout.unit_prefix)
    plan_start: int | None = None  # a plan's first year: its baselines describe the year before
    doc_month: int | None = None  # the month of the document's date: a report early in a year reviews the last
    opening_year: int | None = None  # the year the text's lead sets off (2015年,面对…): see layout.opening_year
    work_report_year: int | None = None  # the year of the work report a title names: see card.work_report_year
    named_year: int | None = None  # the one year the text names, if exactly one: the last resort (read only when needed)

    @property
    def reviewed_year(self) -> int | None:
        """The year a report, bulletin, reply or news item looks back on. Bulletins, replies and
        news on results: the year their title names (2022年…统计公报), else their date's; news on a
        year's work report (2020年…政府工作报告解读): the year before. A lead setting off a year
        (2015年,面对…; 去年,全省…) names it. Dated in the first quarter, the year before (a work
        report delivered in January reviews the last year); a work report without a date: the
        year before the one its title names. (For news on a plan and Q&As the plan's
        end year is no reviewed year.)"""
        if self.work_report_year is not None and self.genre not in {"government_work_report", "statistical_bulletin"}:
            return self.work_report_year - 1  # news on the report (the report itself may be delivered in December)
        if self.genre in TITLE_YEAR_REVIEWED and self.plan_year is not None:
            return self.plan_year
        reposted = self.doc_year is not None and self.plan_year is not None and self.doc_year > self.plan_year + 1
        if self.genre == "government_work_report" and reposted:
            # 2016年…政府工作报告 on a page of 2021: test_a_reposted_report_reviews_the_year_before_its_title
            return self.plan_year - 1
        if self.genre == "statistical_bulletin" and self.doc_year is not None:
            return self.doc_year - 1  # a year's bulletin comes out the next year, as late as summer
        if self.opening_year is not None:
            return self.opening_year
        if self.doc_year is not None and self.doc_month is not None:
            return self.doc_year - 1 if self.doc_month <= LOOKS_BACK_UNTIL_MONTH else self.doc_year
        if self.genre == "government_work_report" and self.plan_year is not None:
            return self.plan_year - 1
        return None

    @property
    def own_year(self) -> int | None:
        """The year 本年 names: the year a bulletin, reply or news on results names in its title
        (本年毕业生587人 in 某县2011年统计公报), else the year of the document's date:
        test_this_year_in_a_bulletin_is_the_year_it_reports."""
        if self.genre in TITLE_YEAR_REVIEWED and self.plan_year is not None:
            return self.plan_year
        return self.doc_year

    @property
    def present_year(self) -> int | None:
        """The year 今年 / 去年 count from: a bulletin speaks from within the year it reports
        (今年…增长12.9% in 某县2021年统计公报 of April 2022 is 2021; undated and untitled, the year its
        lead sets off), any other text from its date:
        test_this_and_last_year_in_a_bulletin_count_from_the_year_it_reports,
        test_last_year_in_an_undated_bulletin_counts_from_its_lead_year."""
        if self.genre == "statistical_bulletin":
            return self.own_year if self.own_year is not None else self.opening_year
        return self.doc_year

    @property
    def since_year(self) -> int | None:
        """The last year a span since a year (2018年以来) reaches: the present year, or the year
        before in a text dated early in a year (news of January 2020 on 2019年以来 tells of 2019)."""
        if self.doc_month is not None and self.doc_month <= LOOKS_BACK_UNTIL_MONTH and self.present_year == self.doc_year:
            return self.doc_year - 1
        return self.present_year

    @property
    def so_far_year(self) -> int | None:
        """The year 今年以来 tells of: in a work report delivered early in a year, the year before
        (it was drafted as that year closed), else the present year:
        test_so_far_this_year_in_a_report_delivered_in_january_is_the_year_reviewed."""
        early = self.doc_month is not None and self.doc_month <= LOOKS_BACK_UNTIL_MONTH
        if self.genre == "government_work_report" and early and self.doc_year is not None:
            return self.doc_year - 1
        return self.present_year

    @property
    def completed_year(self) -> int | None:
        """The last whole year at the document's date, where 过去五年 / 五年来 end: the year it
        looks back on where that lies before its date's year, else the year before its date's
        (its own year unless dated in December): test_the_past_years_end_in_the_last_whole_year."""
        reviewed = self.reviewed_year
        if self.genre == "news_on_results" and self.plan_year is not None and self.plan_year == self.doc_year:
            # a five-year period's results told in its last year (“十四五”…答卷 of November 2025): its five
            # years end with it: test_the_past_five_years_of_a_period_told_in_its_last_year
            return self.plan_year
        if self.doc_year is None or (reviewed is not None and reviewed < self.doc_year):
            return reviewed
        if self.genre == "government_work_report" and self.doc_month is not None and self.doc_month >= NEXT_YEARS_FROM_MONTH:
            # a work report delivered to a congress held late in a year reviews that year, its 一年来
            # and 过去五年 ending with it: test_a_work_report_delivered_late_in_a_year_reviews_that_year
            return self.doc_year
        return self.doc_year if self.doc_month == 12 else self.doc_year - 1

    @property
    def leans_to_observations(self) -> bool:
        """Reports, bulletins, replies and news state what was reached; plans state what is to be.
        News on a plan and Q&As lean to observations too: their goals are cued (到2025年, 目标, 力争),
        so a figure without a cue there is most often a result, and a wrong genre between news
        on a plan and on results (the card's commonest error) then costs less."""
        return self.genre in {"government_work_report", "statistical_bulletin", "news_on_results", "proposal_reply",
                              "news_on_plan", "qa"}

    def default_year(self, kind: str) -> tuple[int | None, str]:
        """The year of a number whose text gives none, and a note saying so: the plan's end year
        for a target; for a baseline the year before the plan's first year (发展基础 of a
        “十三五” plan → 2015) or, in a work report or news on results, the year it looks back on; else
        the year the title names, the document's date or, undated, the year its lead names, else
        the only year the text names."""
        reviewed = self.reviewed_year
        if kind == "baseline" and self.leans_to_observations and reviewed:
            return reviewed, f"no year stated: {reviewed}, the year the report looks back on, assumed"
        if kind == "baseline" and self.plan_start is not None:
            return self.plan_start - 1, f"no year stated: {self.plan_start - 1}, the year before the plan, assumed"
        if self.plan_year is not None:
            what = "plan end year" if kind == "target" else "year of the document's title or plan"
            return self.plan_year, f"no year stated: {what} {self.plan_year} assumed"
        if self.doc_year is not None:
            return self.doc_year, f"no year stated: {self.doc_year}, the document's date, assumed"
        if self.opening_year is not None:  # test_an_undated_news_item_dates_its_goals_by_its_lead_year
            return self.opening_year, f"no year stated: {self.opening_year}, the year the lead names, assumed"
        if self.named_year is not None:  # test_an_undated_text_naming_one_year_dates_its_figures_by_it
            return self.named_year, f"no year stated: {self.named_year}, the only year the text names, assumed"
        return None, "no year stated and no plan period found"


@dataclass(slots=True)
class Paragraph:
    """One paragraph being read: the text as given and normalised (same offsets), its line, the
    responsibility markers and year phrases in it, and the plan's end year (the default year)."""

    text: str
    norm: str
    line: Line
    markers: tuple[Marker, ...]
    marks: tuple[YearMark, ...]
    doc: DocumentFacts
    #: the paragraph tells of the past and aims at nothing (see fields.reports_past): its uncued
    #: figures are observations whatever the genre
    past: bool = False

    def printed(self, span: Span) -> str:
        """The text as given over a span."""
        return self.text[span[0]:span[1]]


@dataclass(slots=True)
class Candidate:
    """One candidate target or baseline row (the ``COLUMNS`` of targets.csv readable from text)."""

    kind: str
    indicator: str
    indicator_text: str
    quantity: str
    comparator: str
    modality: str
    value: float
    unit: str
    value_text: str
    value_start: int
    value_end: int
    year: int | None
    responsible: str
    section: str
    quote: str
    char_start: int
    char_end: int
    note: str


@dataclass(slots=True)
class Context:
    """One number being read: its paragraph, the number as printed (``raw``) and as read (unit
    resolved), the number and candidate row before it in its sentence, and its spans: sentence,
    clause, indicator phrase, the words holding its verbs (comparator, 新增, 增长 …) and the text
    after it up to the next number of the clause."""

    para: Paragraph
    raw: Mention
    mention: Mention
    previous: Mention | None
    prior: Candidate | None
    sentence: Span
    clause: Span
    phrase: Span
    verbs: Span
    right: Span


#: Columns of a candidate target row, in ``data/curated/targets.csv`` order.
COLUMNS = [field.name for field in fields(Candidate)]


def to_frame(rows: list[Candidate]) -> pd.DataFrame:
    """Candidates as a DataFrame with the table's column order and dtypes, in document order.
    Columns are built as arrays of their final dtype (text as pandas' string dtype), which the
    frame takes without inferring one: a Series per column cost a fifth of the extractor's time
    (benchmarks/bench_extract.py)."""
    ordered = sorted(rows, key=lambda row: (row.char_start, row.value_start))
    columns = {column: [getattr(row, column) for row in ordered] for column in COLUMNS}
    arrays: dict[str, object] = {column: np.array(columns[column], dtype=np.int64) for column in INT_COLUMNS}
    arrays["value"] = np.array(columns["value"], dtype=np.float64)
    missing = np.array([year is None for year in columns["year"]], dtype=bool)
    years = np.array([0 if year is None else year for year in columns["year"]], dtype=np.int64)
    arrays["year"] = pd.arrays.IntegerArray(years, missing)
    arrays.update({column: pd.array(columns[column], dtype=TEXT) for column in COLUMNS if column not in arrays})
    return pd.DataFrame(arrays, columns=COLUMNS, copy=False)
