"""The whole reading of one text: layout, indicator tables, then every other paragraph."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd

from analysis.extract.card import DocumentCard, read_card
from analysis.extract.crosstabs import crosstabs, crosstabs_rows
from analysis.extract.fields import ATTENDANCE_NOTE
from analysis.extract.layout import (
    delivery_date, era_year, infer_plan_year, only_named_year, opening_year, paragraph_lines, report_year, reported_through, unit_prefix,
)
from analysis.extract.model import DocumentFacts, to_frame
from analysis.extract.paragraphs import line_rows
from analysis.extract.tables import table_rows
from analysis.extract.vocabulary import PLAN_GENRES
from analysis.text import normalise


def extract_targets(
    text: str, *, default_year: int | None = None, card: DocumentCard | None = None, page_date: date | None = None
) -> pd.DataFrame:
    """Candidate target and baseline rows for a plan's text (columns: ``COLUMNS``).

    ``default_year`` is the year of targets the text gives no year for; by default, in a plan,
    the plan's end year read from the text itself (``infer_plan_year``) or its card, and in a
    report or bulletin the year its title names. ``card`` (default: read from the text) gives
    the genre and the document's date, against which 今年/去年 resolve; ``page_date`` (a web
    page's date known from elsewhere, e.g. its URL) stands in where the text prints no date.
    """
    norm = normalise(text)
    card = read_card(text, norm) if card is None else card
    genre = card.reading_genre
    plan_year = default_year
    if plan_year is None and genre == "annual_work_plan" and card.plan_end is not None:
        plan_year = card.plan_end  # 2021年工作思路 aims at 2021, whatever later year it names
    elif plan_year is None and genre in PLAN_GENRES:
        plan_year = infer_plan_year(norm) or card.plan_end
    elif plan_year is None:
        plan_year = card.title_year
    plan_start = card.plan_start if genre in PLAN_GENRES else None
    doc_year, doc_month = card.year, card.month
    if doc_year is None and page_date is not None:
        doc_year, doc_month = page_date.year, page_date.month
    if doc_year is None:
        doc_year = era_year(norm)
    if doc_year is None and (delivered := delivery_date(norm)):
        doc_year, doc_month = delivered
    if plan_year is None and genre == "news_on_results" and card.plan_end is not None and (
            doc_year is None or doc_year >= card.plan_end):
        plan_year = card.plan_end  # a period's results told as it closes: test_news_on_a_periods_results_takes_the_period
    doc = DocumentFacts(plan_year, doc_year, genre, unit_prefix(card.issuer), plan_start, doc_month,
                        work_report_year=card.work_report_year)
    doc = replace(doc, opening_year=opening_year(norm, doc))
    if (delivered := report_year(norm, doc)) is not None:
        doc = replace(doc, doc_year=delivered)
    doc = reported_through(norm, doc)
    if doc.plan_year is None and doc.doc_year is None and doc.opening_year is None:
        # only then can DocumentFacts.default_year fall back to it (a scan of the whole text)
        doc = replace(doc, named_year=only_named_year(norm))
    lines = paragraph_lines(norm)
    rows, table_lines = table_rows(text, norm, lines)
    tables = crosstabs(norm, lines, table_lines)
    table_lines.update(start for table in tables for start in table.lines)
    sentence_rows = [row for line in lines if line.start not in table_lines for row in line_rows(text, norm, line, doc)]
    if tables:
        rows += crosstabs_rows(text, norm, tables, sentence_rows, doc)
    return to_frame(rows + sentence_rows)


#: The genres of news, settled between them by the figures (see ``read_document``).
NEWS_GENRES = frozenset({"news_on_plan", "news_on_results"})


def read_document(text: str, page_date: date | None = None) -> tuple[DocumentCard, pd.DataFrame]:
    """A text's card and figures (``extract_targets``), news's genre settled by its figures as the
    annotation rules settle it: news on a plan where more of its figures are goals than results,
    else news on results (test_news_whose_figures_are_all_past_is_on_results,
    test_news_whose_figures_are_mostly_goals_is_on_a_plan). The figures are read once, under the
    genre the wording gives."""
    norm = normalise(text)
    card = read_card(text, norm)
    rows = extract_targets(text, card=card, page_date=page_date)
    if card.genre not in NEWS_GENRES:
        return card, rows
    # the meeting's own attendance (应到代表307名, 实到281名) reports neither results nor goals
    kinds = rows[~rows.note.str.startswith(ATTENDANCE_NOTE)].kind.value_counts()
    if not len(kinds):
        return card, rows
    counted = "news_on_plan" if kinds.get("target", 0) > kinds.get("baseline", 0) else "news_on_results"
    return (read_card(text, norm, genre=counted) if counted != card.genre else card), rows
