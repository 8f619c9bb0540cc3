"""Indicator tables flattened to lines (a header ``指标名称 | 单位 | 2020年 | 2025年``, one line
per indicator): a row per number in a year column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from analysis.extract.fields import classify, comparator_for, quantity_for
from analysis.extract.layout import is_cjk
from analysis.extract.model import Candidate, Line, Mention, Span
from analysis.extract.vocabulary import (
    CHANGE_COLUMN, MAX_HEADER_CELL, PER_POPULATION, SENTENCE_END, STATUS_COLUMN, TABLE_ATTRIBUTE_LABEL, TABLE_BASE_LABEL,
    TABLE_COMPARATORS, TABLE_NAME_LABEL, TABLE_PLACEHOLDER, TABLE_RESPONSIBLE_LABEL, TABLE_TARGET_LABEL, TABLE_UNIT,
    TABLE_UNIT_LABEL, TABLE_VALUE, TABLE_YEAR, UNITS, UNIT_IN_NAME, YEAR,
)
from analysis.numerals import is_chinese_numeral, parse_number, year_value


#: A minus sign opening a cell's number (-2.1): test_a_two_column_table_with_its_unit_in_the_head_gives_its_figures.
MINUS_SIGN = re.compile(r"[-−](?=\d)")
#: Widest gap between the characters of a word spaced out in a table row (粮 食).
MAX_SPACED_GAP = 2
#: Longest piece of a spaced-out word before its last character (#粮 食).
MAX_SPACED_PIECE = 2
#: A run of characters between spaces: a cell of a line split at its spaces.
WORD = re.compile(r"\S+")
#: Longest line read as a table's caption; a caption is no sentence.
MAX_CAPTION = 40


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


def table_cells(norm: str, line: Line) -> list[Span]:
    """Cells of a flattened table line: split at ``|``, else at tabs, else at runs of spaces;
    each trimmed of spaces and of a minus sign before its number (-2.1: the figure is its
    magnitude, as in sentences), empty cells at either edge dropped."""
    piece = norm[line.start:line.end]
    separator = "|" if "|" in piece else "\t" if "\t" in piece else None
    if separator is None and len(words := piece.split()) <= 1:  # most lines: one cell (a paragraph, a heading)
        first = line.start + piece.index(words[0]) if words else line.start
        cells = [(first, first + len(words[0]))] if words else []
    elif separator is None:
        cells = _spaced_words_joined(norm, [(line.start + m.start(), line.start + m.end()) for m in WORD.finditer(piece)])
    else:
        cells, low = [], line.start
        for cut in [line.start + i for i, char in enumerate(piece) if char == separator] + [line.end]:
            text = norm[low:cut]
            start = low + len(text) - len(text.lstrip())
            cells.append((start, max(start, low + len(text.rstrip()))))
            low = cut + 1
    cells = [(start + 1, end) if MINUS_SIGN.match(norm, start, end) else (start, end) for start, end in cells]
    while cells and cells[0][0] == cells[0][1]:
        cells.pop(0)
    while cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    return cells


def _spaced_words_joined(norm: str, cells: list[Span]) -> list[Span]:
    """Space-split cells with a word spaced out to its column's width (粮 食 199008.5 6.3; #粮 食 6.1;
    项 目 指数) joined again: a single Chinese character is one cell with the short cell ending in a
    Chinese character just before it: test_a_spaced_out_table_and_a_row_whose_label_was_lost."""
    joined: list[Span] = []
    for start, end in cells:
        if (joined and end - start == 1 and is_cjk(norm[start]) and joined[-1][1] - joined[-1][0] <= MAX_SPACED_PIECE
                and is_cjk(norm[joined[-1][1] - 1]) and start - joined[-1][1] <= MAX_SPACED_GAP):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def table_columns(norm: str, cells: list[Span], caption_year: int | None = None) -> TableColumns | None:
    """The columns of a table header line (指标名称 | 单位 | 2020年 | 2025年 | 属性), or ``None``
    when the line is no such header. A year column labelled 基期/现状 holds baselines, one
    labelled 目标 targets; unlabelled, the earliest of two or more years is the baseline. A
    header naming no year (指标名称 | 单位 | 年初目标 | 全年完成数) has columns of goals and of
    results for the year its caption names (test_a_table_of_goals_and_results_takes_its_captions_year)."""
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
    if not years and caption_year is not None:
        years = [(index, caption_year, label) for index, label in enumerate(labels)
                 if index not in found.values() and STATUS_COLUMN.fullmatch(label)]
    if "name" not in found or not years:
        return None
    plain_year = len(years) == 1 and not TABLE_TARGET_LABEL.search(years[0][2])
    if plain_year and any(CHANGE_COLUMN.search(label) for label in labels):
        return None  # a year's figures and their change: a statistics table (see crosstabs)
    earliest = min(year for _, year, _ in years)
    kinds = tuple(
        (index, year, "baseline" if TABLE_BASE_LABEL.search(label) or (
            not TABLE_TARGET_LABEL.search(label) and len(years) > 1 and year == earliest) else "target")
        for index, year, label in years
    )
    return TableColumns(found["name"], found.get("unit"), found.get("attribute"), found.get("responsible"), kinds, labels)


def align_cells(norm: str, cells: list[Span], columns: TableColumns) -> dict[int, Span]:
    """Header column → cell of a row line, aligning the row's last value cell with the last year
    column (a row may lack the 序号 or 属性 cell, or a merged category cell)."""
    if len(cells) == len(columns.labels):
        return dict(enumerate(cells))
    valued = [i for i, (a, b) in enumerate(cells) if TABLE_VALUE.fullmatch(norm, a, b) or TABLE_PLACEHOLDER.fullmatch(norm, a, b)]
    if not valued:
        return {}
    offset = max(index for index, _, _ in columns.years) - valued[-1]
    aligned = {column: cells[column - offset] for column in range(len(columns.labels)) if 0 <= column - offset < len(cells)}
    named = [cell for cell in cells[:valued[-1]] if _has_cjk(norm, cell)]
    if named and not _has_cjk(norm, aligned.get(columns.name, (0, 0))):
        aligned[columns.name] = named[0]  # a row lacking a middle cell (its unit): test_a_table_of_goals_and_results…
    return aligned


def _has_cjk(norm: str, cell: Span) -> bool:
    """Whether a cell holds a Chinese character (a name, not a number or unit sign)."""
    return any(is_cjk(char) for char in norm[cell[0]:cell[1]])


def table_unit(label: str) -> tuple[str, Decimal, str] | None:
    """Normalised unit, factor and family of a unit cell: ``万元`` → (亿元, 1e-4, money), ``%``, ``件/万人``."""
    match = TABLE_UNIT.fullmatch(label.strip())
    if not match or match.group(2) not in UNITS:
        return None
    multiplier, base, per = match.groups()
    unit, factor, family = UNITS[base]
    return (f"{unit}/{per}" if per else unit), factor * parse_number("1" + multiplier), family


@dataclass(frozen=True)
class TableLine:
    """A row line of an indicator table: the text as given and normalised, the line, its cells
    by header column and the span of the whole row (the quote)."""

    text: str
    norm: str
    line: Line
    columns: TableColumns
    cells: dict[int, Span]
    quote: Span

    def cell(self, column: int | None) -> Span | None:
        return self.cells.get(column) if column is not None else None


def table_line_rows(text: str, norm: str, line: Line, columns: TableColumns) -> list[Candidate] | None:
    """Rows for one line under a table header: one per number in a year column; ``[]`` for a
    line to pass over (a category label, a ``---`` rule, a row of blanks); ``None`` where the
    table ends."""
    cells = table_cells(norm, line)
    if not cells or line.body > line.start:  # a numbered heading closes the table
        return None
    if len(cells) == 1 or not any(is_cjk(char) or char.isdigit() for char in norm[line.start:line.end]):
        piece = norm[cells[0][0]:cells[-1][1]]
        short_label = len(cells) == 1 and len(piece) <= MAX_HEADER_CELL and not any(c.isdigit() for c in piece)
        return [] if short_label or len(cells) > 1 else None
    row_line = TableLine(text, norm, line, columns, align_cells(norm, cells, columns), (cells[0][0], cells[-1][1]))
    name = row_line.cell(columns.name)
    if name is None or not _has_cjk(norm, name):
        return None
    rows = []
    for year_column in columns.years:
        cell = row_line.cell(year_column[0])
        value = TABLE_VALUE.fullmatch(norm, *cell) if cell else None
        if value:
            rows.append(table_row(row_line, value, year_column))
    return [row for row in rows if row is not None]


def table_row(row_line: TableLine, value: re.Match[str], year_column: tuple[int, int, str]) -> Candidate | None:
    """One row for the number in a year column; ``None`` if the number is unreadable."""
    text, norm, columns = row_line.text, row_line.norm, row_line.columns
    column, year, kind = year_column
    name_start, name_end = row_line.cells[columns.name]
    in_name = UNIT_IN_NAME.search(norm, name_start, name_end)
    unit_cell = row_line.cell(columns.unit)
    candidates = [value.group("unit") or "", norm[unit_cell[0]:unit_cell[1]] if unit_cell else "",
                  in_name.group(1) if in_name else ""]
    unit, factor, family = next(filter(None, map(table_unit, candidates)), ("", Decimal(1), ""))
    token = value.group("num")
    if not token[0].isdigit() and not is_chinese_numeral(token):
        return None
    if in_name:
        name_end = in_name.start()
    phrase = norm[name_start:name_end]
    if family == "count" and "/" not in unit and PER_POPULATION.search(phrase):
        unit = f"{unit}/万人"  # 每万人发明专利拥有量 | 件 (test_html_table_cells_stay_apart…)
    mention = Mention(value.start("num"), value.end("num"), value.end(), parse_number(token) * factor, unit,
                      family, not token[0].isdigit(), value.start("approx") if value.group("approx") else None,
                      token[-1] in "万亿")
    word, suffix = value.group("cmp") or "", value.group("suf") or ""
    comparator = comparator_for("", suffix, mention.approx is not None, kind)
    if word:
        comparator = TABLE_COMPARATORS[word]
    attribute = row_line.cell(columns.attribute)
    notes = [f"indicator table, column {columns.labels[column]}"]
    if attribute and attribute[1] > attribute[0]:
        notes.append(f"{columns.labels[columns.attribute]}: {text[attribute[0]:attribute[1]]}")
    if not unit:
        notes.append("no unit in the table")
    responsible = row_line.cell(columns.responsible)
    units = re.split(r"[、,;\s]+", norm[responsible[0]:responsible[1]]) if responsible else []
    quote = row_line.quote
    return table_candidate(
        text, mention, (phrase, text[name_start:name_end]), (kind, year), quote, "; ".join(notes),
        comparator=comparator,
        modality=text[value.start("cmp"):value.end("cmp")] if word and is_cjk(word[0]) else "",
        responsible=";".join(unit for unit in units if unit),
        section=row_line.line.section,
    )


def table_candidate(
    text: str, mention: Mention, phrase: tuple[str, str], kind_and_year: tuple[str, int | None], quote: Span,
    note: str, *, comparator: str = "=", modality: str = "", responsible: str = "", section: str = "",
) -> Candidate:
    """The row of one number read from a table cell; ``phrase`` is the normalised indicator
    phrase (for the indicator code and quantity) and the phrase as printed."""
    words, printed = phrase
    kind, year = kind_and_year
    return Candidate(
        kind=kind,
        indicator=classify(words, mention.unit, mention.family) or "other",
        indicator_text=printed,
        quantity=quantity_for(mention, words, words) or "level",
        comparator=comparator,
        modality=modality,
        value=float(mention.value),
        unit=mention.unit,
        value_text=text[mention.start:mention.end],
        value_start=mention.start,
        value_end=mention.end,
        year=year,
        responsible=responsible,
        section=section,
        quote=text[quote[0]:quote[1]],
        char_start=quote[0],
        char_end=quote[1],
        note=note,
    )


def caption_year(norm: str, line: Line) -> int | None:
    """The one year a table's caption line names (2021年经济和社会发展指标完成情况), or ``None``
    for a line that is no caption (a sentence, or naming no year or several)."""
    if line.end - line.start > MAX_CAPTION or SENTENCE_END.search(norm, line.start, line.end):
        return None
    years = {year_value(match.group("y2") or match.group("y1")) for match in YEAR.finditer(norm, line.start, line.end)}
    return years.pop() if len(years) == 1 else None


def table_rows(text: str, norm: str, lines: list[Line]) -> tuple[list[Candidate], set[int]]:
    """Rows of every indicator table (a header line, then its row lines) and the starts of the
    lines the tables take up, which the sentence reader then skips."""
    rows: list[Candidate] = []
    used: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        columns = None
        if TABLE_NAME_LABEL.search(norm, line.start, line.end):
            if YEAR.search(norm, line.start, line.end):
                columns = table_columns(norm, table_cells(norm, line))
            elif index > 1 and STATUS_COLUMN.search(norm, line.start, line.end):
                columns = table_columns(norm, table_cells(norm, line), caption_year(norm, lines[index - 2]))
        if columns is None:
            continue
        used.add(line.start)
        while index < len(lines) and (found := table_line_rows(text, norm, lines[index], columns)) is not None:
            rows += found
            used.add(lines[index].start)
            index += 1
    return rows, used
