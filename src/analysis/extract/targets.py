"""The whole reading of one text: layout, indicator tables, then every other paragraph."""

from __future__ import annotations

import pandas as pd

from analysis.extract.layout import infer_plan_year, paragraph_lines
from analysis.extract.model import to_frame
from analysis.extract.paragraphs import line_rows
from analysis.extract.tables import table_rows
from analysis.text import normalise


def extract_targets(text: str, *, default_year: int | None = None) -> pd.DataFrame:
    """Candidate target and baseline rows for a plan's text (columns: ``COLUMNS``).

    ``default_year`` is the year of numbers the text gives no year for; by default the plan's
    end year read from the text itself (``infer_plan_year``).
    """
    norm = normalise(text)
    plan_year = default_year if default_year is not None else infer_plan_year(norm)
    lines = paragraph_lines(norm)
    rows, table_lines = table_rows(text, norm, lines)
    rows += [row for line in lines if line.start not in table_lines for row in line_rows(text, norm, line, plan_year)]
    return to_frame(rows)
