"""The whole reading of one text: layout, indicator tables, then every other paragraph."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pandas as pd

from analysis.extract.card import DocumentCard, read_card
from analysis.extract.crosstabs import crosstab_rows, crosstabs
from analysis.extract.layout import infer_plan_year, opening_year, paragraph_lines, unit_prefix
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
    plan_year = default_year
    if plan_year is None and card.genre in PLAN_GENRES:
        plan_year = infer_plan_year(norm) or card.plan_end
    elif plan_year is None:
        plan_year = card.title_year
    plan_start = card.plan_start if card.genre in PLAN_GENRES else None
    doc_year, doc_month = card.year, card.month
    if doc_year is None and page_date is not None:
        doc_year, doc_month = page_date.year, page_date.month
    doc = DocumentFacts(plan_year, doc_year, card.genre, unit_prefix(card.issuer), plan_start, doc_month,
                        opening_year(norm, doc_year))
    lines = paragraph_lines(norm)
    rows, table_lines = table_rows(text, norm, lines)
    tables = crosstabs(norm, lines, table_lines)
    table_lines.update(start for table in tables for start in table.lines)
    sentence_rows = [row for line in lines if line.start not in table_lines for row in line_rows(text, norm, line, doc)]
    echoes = {Decimal(row.value_text): row.unit for row in sentence_rows
              if row.unit and row.value_text.replace(".", "", 1).isdigit() and Decimal(row.value_text) == Decimal(str(row.value))}
    for table in tables:
        before = [row for row in sentence_rows if row.value_start < min(table.lines)]
        kind = before[-1].kind if before else "baseline"
        year = before[-1].year if before and before[-1].year is not None else doc.default_year(kind)[0]
        context = (kind, year)  # a table continues the figures before it
        rows += crosstab_rows(text, norm, table, echoes, context)
    return to_frame(rows + sentence_rows)
