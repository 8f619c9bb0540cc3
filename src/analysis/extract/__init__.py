"""Extract candidate quantitative targets and baselines from the text of a Chinese plan.

The package keeps its language resources apart from the engine: ``vocabulary`` holds the
units, comparator and cue words and indicator rules as data; ``layout`` (paragraphs, sections,
responsibility parentheses, year phrases), ``mentions`` (numbers with units), ``fields`` (the
fields of one row), ``paragraphs`` (sentence reading), ``tables`` (flattened indicator tables),
``crosstabs`` (flattened statistical tables whose columns are not years) and ``cli`` read text
with them; ``card`` reads the document card (title, issuer, number,
dates, plan period, genre), ``tasks`` the numbered task headings, ``html`` web pages with their
structure, and ``ingest`` writes all four candidate tables for review. ``model`` holds the
records passed between them, among them ``Paragraph`` (one paragraph being read),
``DocumentFacts`` (what the whole document tells each number) and ``Candidate`` (one row).

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
   paragraph (到2022年, 2023年底, 二〇二五年, a sentence opening ``2019年,``, 今年/去年 against the
   document's date, “十三五”期间), else its heading's year, else a default for the genre, give
   the year; cue words, the heading and the genre (reports and news on results report the
   past) give the kind.
   A range (``3-5个``, ``20~30亿元``) is one row: its lower bound, comparator ``>=``, the range in
   ``note``. Rough counts (``百余家``, ``十余万家``, ``近千家``) are the stated number, ``>`` for
   余/多 and ``~`` for 近/约.
5. Indicator tables flattened to lines (a header ``指标名称 | 单位 | 2020年 | 2025年 | 属性``
   split at ``|``, tabs or spaces, then one line per indicator) give a row per number in a year
   column: a baseline for the base-year column, a target for the target year, the row line as
   the quote. Statistical tables whose columns are not years (表1 人口数及其构成: 指标 |
   年末数 | 比重%), flattened one cell a line or one row a line, give a row per number in a
   value column, its unit from the column head, a 单位: line or the text's own figure of the
   same value, its year from the caption or the figure before the table. The sentence reader
   skips all these tables' lines.
"""

from __future__ import annotations

from analysis.extract.cli import OUTPUT_COLUMNS, InputError, cli, read_plan
from analysis.extract.fields import classify_indicator
from analysis.extract.layout import infer_plan_year
from analysis.extract.model import COLUMNS, Candidate
from analysis.extract.targets import extract_targets
from analysis.extract.vocabulary import INDICATOR_RULES, UNIT_DEFAULTS

__all__ = [
    "COLUMNS", "INDICATOR_RULES", "OUTPUT_COLUMNS", "UNIT_DEFAULTS", "Candidate", "InputError", "classify_indicator",
    "cli", "extract_targets", "infer_plan_year", "read_plan",
]
