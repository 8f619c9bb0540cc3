"""Statistical tables whose columns are not years (表1 人口数及其构成: 指标 | 年末数 | 比重%), as
web pages flatten them: one cell a line, or one row a line. Each number in a value column is a
figure of its row label and column head; the year and kind come from the text around the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from analysis.extract.model import Candidate, DocumentFacts, Line, Mention, Span
from analysis.extract.tables import table_candidate, table_cells, table_unit
from analysis.extract.vocabulary import (
    COLUMN_GOAL, COLUMN_RANK, CROSSTAB_CAPTION, CROSSTAB_UNIT_LINE, INDEX_BASE, INDEX_HEAD, MAX_CROSSTAB_CELL,
    TABLE_PLACEHOLDER, TABLE_UNIT_LABEL, TABLE_VALUE, TABLE_YEAR, UNIT_IN_NAME, YEAR,
)
from analysis.numerals import parse_number, year_value
from analysis.text import close_spaced_chinese

#: Most columns a flattened table is read with (one cell a line gives no column count): a place's
#: towns side by side take ten: test_a_cell_a_line_table_with_a_serial_column_and_many_places.
MAX_COLUMNS = 12
#: Longest line read as one cell (with its ``|`` and padding) or as a head of a row-a-line table.
MAX_CROSSTAB_LINE = MAX_CROSSTAB_CELL + 8
MAX_CROSSTAB_ROW = MAX_COLUMNS * (MAX_CROSSTAB_CELL + 3)
#: A line opening on a cell bar: its first cell, the labels' head, may be blank.
LEADING_BAR = re.compile(r"[ \t]*\|")
#: Fewest cell bars a table printed on one line has (a head and two rows of two cells).
MIN_ONE_LINE_BARS = 5
#: Most lines a bar table's head is broken over by the copy.
MAX_HEAD_LINES = 3
#: A line ending on a cell bar (分产业 |, |): a table's line, however few its cells.
BAR_ENDED = re.compile(r"\|[ \t]*$")
#: Punctuation that ends a clause or sentence: never inside a table cell.
SENTENCE_MARK = re.compile(r"[。;,!?]")
#: The head of a column numbering the rows (序号, 编号): test_a_cell_a_line_table_with_a_serial_column_and_many_places.
SERIAL_HEAD = re.compile(r"\s*(?:序\s*号|编\s*号)\s*")
#: A character of a head spaced out to its column's width (指    标, 项    目).
SPACED_CHAR = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Crosstab:
    """A table read from the text: its head cells, its rows of cells (each a span, empty for a
    blank cell), the unit its caption or a 单位: line states, the year its caption names, the
    lines it takes up, and, for a head set on two lines, each column's cell on the second
    (``head`` then holds each column's group)."""

    head: tuple[Span, ...]
    rows: tuple[tuple[Span, ...], ...]
    unit: str
    year: int | None
    lines: frozenset[int]
    subheads: tuple[Span, ...] = ()


def cell_kind(norm: str, cell: Span) -> str:
    """``number``, ``blank`` (empty or a placeholder such as ``-``) or ``text``."""
    if cell[0] == cell[1] or TABLE_PLACEHOLDER.fullmatch(norm, *cell):
        return "blank"
    value = TABLE_VALUE.fullmatch(norm, *cell)
    return "number" if value and value.group("num")[0].isdigit() else "text"


def line_cell(norm: str, line: Line) -> Span | None:
    """The one cell a short line holds (``12572 |``, ``哈尔滨市``, ``|``, a head spaced out as
    ``指    标``), else ``None``."""
    if line.end - line.start > MAX_CROSSTAB_LINE:
        return None  # most lines are paragraphs: skip the splitting
    cells = table_cells(norm, line)
    if len(cells) > 1 and len(_letters_joined(norm, cells)) == 1:
        return cells[0][0], cells[-1][1]  # test_a_head_cell_spaced_out_is_one_cell
    if len(cells) > 1 or "|" in norm[line.start:line.end].strip(" |\t"):
        return None
    if not cells:
        return (line.start, line.start)
    start, end = cells[0]
    if end - start > MAX_CROSSTAB_CELL or SENTENCE_MARK.search(norm, start, end):
        return None
    return cells[0]


def fitted_rows(norm: str, cells: list[Span], first: int, width: int, cut_short: bool = False) -> list[tuple[Span, ...]]:
    """Rows of ``width`` cells from ``first`` on while every column keeps to numbers or to text
    (a column never holds both); a row with no number ends the table, unless it names a category
    over the rows below it, its other cells blank (按城乡分 | -- | --):
    test_a_tables_category_rows_do_not_end_it. Where the text ends with the cells (``cut_short``, an
    excerpt cut inside a row), the last row's cells as far as they go are a row too."""
    kinds: list[set[str]] = [set() for _ in range(width)]
    rows = []
    for low in range(first, len(cells) - width + 1, width):
        row = cells[low:low + width]
        row_kinds = [cell_kind(norm, cell) for cell in row]
        if "number" not in row_kinds and row_kinds[0] == "text" and set(row_kinds[1:]) == {"blank"} and rows:
            rows.append(tuple(row))
            continue
        if "number" not in row_kinds:
            return rows
        if any({kind, *kinds[i]} >= {"number", "text"} for i, kind in enumerate(row_kinds)):
            return rows
        for i, kind in enumerate(row_kinds):
            kinds[i].add(kind)
        rows.append(tuple(row))
    low = first + len(rows) * width
    # the last row cut short where the copy (an excerpt) ends: its cells as far as they go, each of its
    # column's kind: test_a_cell_a_line_table_with_a_serial_column_and_many_places
    rest = cells[low:]
    rest_kinds = [cell_kind(norm, cell) for cell in rest]
    if cut_short and rows and 1 < len(rest) < width and "number" in rest_kinds and all(
            kind in kinds[i] or kind == "blank" for i, kind in enumerate(rest_kinds)):
        end = rest[-1][1]
        rows.append((*rest, *[(end, end)] * (width - len(rest))))
    return rows


def cell_per_line(norm: str, cells: list[Span], above: list[Span],
                  cut_short: bool = False) -> tuple[tuple[Span, ...], int, list[tuple[Span, ...]]] | None:
    """Reads a run of one-cell lines as a table: the head is the ``width`` cells before the
    first row, which starts with one or two label cells before the first number, or with the
    number itself under a serial column's head (序号); the width
    that covers the most cells wins. A head may lack its first cell (the row labels' head
    left blank) when the run starts one cell short of it, or stand on the line above the run
    (``above``, its cells) when only blank cells come before the first row. Returns (head,
    index of its first cell in the run, rows)."""
    first_number = next((i for i, cell in enumerate(cells) if cell_kind(norm, cell) == "number"), None)
    if first_number is None:
        return None
    best: tuple[tuple[Span, ...], int, list[tuple[Span, ...]], int] | None = None  # head, its place, rows, first row
    for labels in (0, 1, 2):
        first = first_number - labels
        for width in range(2, MAX_COLUMNS + 1):
            head = cells[max(0, first - width):first]
            if first - width == -1:
                head = [(cells[0][0], cells[0][0])] + head  # test_a_price_index_table_gives_its_indices
            elif len(above) == width and all(cell_kind(norm, cell) == "blank" for cell in head):
                head = above  # test_a_table_headed_by_the_line_introducing_it_gives_both_columns
            if len(head) != width or any(cell_kind(norm, cell) == "number" for cell in head):
                continue
            if not any(cell_kind(norm, cell) == "text" for cell in head):
                continue
            if not labels and not SERIAL_HEAD.fullmatch(norm, *head[0]):
                continue  # a row opens on a number only in a serial column (序号 1, 2, …)
            rows = fitted_rows(norm, cells, first, width)
            if len(rows) >= 2 and (best is None or len(rows) * width > len(best[2]) * len(best[0])):
                best = (tuple(head), max(0, first - width), rows, first)
    if best is None:
        return None
    head, head_at, rows, first = best
    return head, head_at, fitted_rows(norm, cells, first, len(head), cut_short) if cut_short else rows


def columns_in_turn(norm: str, cells: list[Span], above: list[Span]) -> tuple[tuple[Span, ...], int, list[tuple[Span, ...]]] | None:
    """A two-column table copied a column at a time, one cell a line, under its head of two cells
    (指标 比上年增长% over 规模以上工业 / 轻工业 / … / 13 / -46.7 / …): its labels, then as many numbers,
    paired in order: test_a_table_copied_a_column_at_a_time. Returned as ``cell_per_line`` returns."""
    first_number = next((i for i, cell in enumerate(cells) if cell_kind(norm, cell) == "number"), None)
    if len(above) != 2 or first_number is None or first_number < 3:
        return None
    labels, values = cells[:first_number], cells[first_number:2 * first_number]
    if (len(values) != len(labels) or any(cell_kind(norm, cell) != "text" for cell in labels)
            or any(cell_kind(norm, cell) == "text" for cell in values)):
        return None
    return tuple(above), 0, list(zip(labels, values))


def crosstabs(norm: str, lines: list[Line], taken: set[int]) -> list[Crosstab]:
    """Every flattened table of the text outside lines already ``taken`` (indicator tables)."""
    found = []
    index = 0
    while index < len(lines):
        if lines[index].start in taken:
            index += 1
            continue
        run: list[tuple[int, Span]] = []
        while index < len(lines) and lines[index].start not in taken and (cell := line_cell(norm, lines[index])):
            run.append((index, cell))
            index += 1
        if not run:
            captioned = norm.find("表", lines[index].start, lines[index].start + 4) >= 0  # (a cheap test first)
            caption = lines[index - 1] if index and _caption_line(norm, lines[index - 1]) else None
            if (captioned or caption) and (one_line := table_on_one_line(norm, lines[index], caption)):
                found.append(one_line)
                index += 1
                continue
            table, index = row_per_line(norm, lines, index)
            found += [table] if table else []
            continue
        first_line = run[0][0]
        above = head_cells(norm, lines[first_line - 1]) if first_line else []
        cells = [cell for _, cell in run]
        at_end = index == len(lines)  # an excerpt may end inside the table's last row
        read = (cell_per_line(norm, cells, above, at_end) or columns_in_turn(norm, cells, above)) if len(run) >= 6 else None
        if read is None:
            continue
        head, head_at, rows = read
        # up to the last row's last cell: a head above the run or short of a cell takes no line of it
        last = next(cell for cell in reversed(rows[-1]) if cell in cells)  # a row cut short is padded
        used = run[head_at:cells.index(last) + 1]
        found.append(crosstab(norm, lines[max(0, first_line - 2):run[head_at][0] + 1], head, rows,
                              [lines[i].start for i, _ in used]))
    return found


def _caption_line(norm: str, line: Line) -> bool:
    """Whether a line is a table's caption alone (表1 2021年户籍人口数及其构成)."""
    return (line.end - line.start <= MAX_CROSSTAB_LINE and CROSSTAB_CAPTION.match(norm, line.start, line.end) is not None
            and not SENTENCE_MARK.search(norm, line.start, line.end))


def table_on_one_line(norm: str, line: Line, caption: Line | None = None) -> Crosstab | None:
    """A captioned table printed whole on one line, as a page that lost its line breaks prints it
    (表1 2020年主要农产品产量 产品名称 | 产量(吨) | 比上年增长(%) | 粮食 | 124735 | 3.2 | 其中:小麦 | …):
    its head is the cells before the first row label followed by a number, the caption's words
    before the first head left out; rows follow, as wide as the head:
    test_a_table_run_into_one_line_gives_its_rows. Under its ``caption`` line, its cells may be
    parted by spaces alone (指 标 户籍人口数(人) 比重(%) 全县户籍总人口 1494257 100.0 …):
    test_a_table_on_one_line_under_its_caption_line."""
    if caption is not None:
        if SENTENCE_MARK.search(norm, line.start, line.end):
            return None
    elif not CROSSTAB_CAPTION.match(norm, line.start, line.end) or norm.count("|", line.start, line.end) < MIN_ONE_LINE_BARS:
        return None
    cells = table_cells(norm, line)
    kinds = [cell_kind(norm, cell) for cell in cells]
    width = next((k for k in range(2, min(len(cells) - 1, MAX_COLUMNS + 1))
                  if kinds[k] == "text" and kinds[k + 1] == "number"), None)
    if width is None or any(kind != "text" for kind in kinds[:width]):
        return None
    rows = []
    for at in range(width, len(cells) - width + 1, width):
        if kinds[at] != "text" or "text" in kinds[at + 1:at + width]:
            break
        rows.append(tuple(cells[at:at + width]))
    if len(rows) < 2:
        return None
    if caption is not None:
        return crosstab(norm, [caption, line], tuple(cells[:width]), rows, [line.start])
    first_start, first_end = cells[0]
    label_start = norm.rfind(" ", first_start, first_end) + 1 or first_start  # 产品名称 after its caption
    return crosstab(norm, [line], ((label_start, first_end), *cells[1:width]), rows, [line.start])


def head_cells(norm: str, line: Line) -> list[Span]:
    """The cells of a line that may head the one-cell-a-line table below it (主要农产品产量如下:
    2022年 比上年±(%)): short, no sentence, no number cell; else no cells."""
    if line.end - line.start > MAX_CROSSTAB_ROW or SENTENCE_MARK.search(norm, line.start, line.end):
        return []
    cells = _letters_joined(norm, table_cells(norm, line))
    return [] if any(cell_kind(norm, cell) == "number" for cell in cells) else cells


def _letters_joined(norm: str, cells: list[Span]) -> list[Span]:
    """Cells with each run of single Chinese characters joined into one: a head word spaced out to
    its column's width however wide (指    标 比上年增长%): test_a_table_copied_a_column_at_a_time."""
    joined: list[Span] = []
    spaced = False  # whether the last joined cell is a run of single characters
    for start, end in cells:
        letter = end - start == 1 and bool(SPACED_CHAR.match(norm, start))
        if letter and spaced:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
        spaced = letter
    return joined


def row_per_line(norm: str, lines: list[Line], index: int) -> tuple[Crosstab | None, int]:
    """A table printed a row a line (指标 年末常住人口(万人) 比重(%) / 常住人口 412.84 100 / …) whose
    head is ``lines[index]``; row cells are aligned with the head from the right. Returns the
    table (or ``None``) and the index to go on from."""
    line = lines[index]
    if line.end - line.start > MAX_CROSSTAB_ROW or SENTENCE_MARK.search(norm, line.start, line.end):
        return None, index + 1  # a paragraph, not a table head
    head, end = _wrapped_head(norm, lines, index)
    kinds = [cell_kind(norm, cell) for cell in head]
    if LEADING_BAR.match(norm, line.start) and len(head) >= 2 and "number" not in kinds and end < len(lines):
        first_row = table_cells(norm, lines[end])
        if (len(first_row) == len(head) + 1 and cell_kind(norm, first_row[0]) == "text"
                and all(cell_kind(norm, cell) == "number" for cell in first_row[1:])):
            # the labels' column has no head (| 绝对数(亿元) | 比上年增长(%) | over 地区生产总值 | 617.50 | 5.2 |):
            # test_a_table_whose_labels_column_has_no_head
            head, kinds = [(line.start, line.start), *head], ["blank", *kinds]
    # two columns make a table where the value column's head states its unit (指标名称 | 涨跌幅(%)):
    # test_a_two_column_table_with_its_unit_in_the_head_gives_its_figures
    narrow = (len(head) == 2 and not _head_unit(norm, head[1]) and not INDEX_HEAD.search(norm, *head[1])
              and not (index and CROSSTAB_UNIT_LINE.search(norm, lines[index - 1].start, lines[index - 1].end)))
    if len(head) < 2 or narrow or "number" in kinds or any(b - a > MAX_CROSSTAB_CELL for a, b in head):
        return None, index + 1
    subheads = _subheads(norm, head, lines[end:end + 2])
    if subheads:  # test_a_two_level_table_head_gives_each_column_its_group_and_year
        per_group = (len(subheads) - 1) // (len(head) - 1)
        head = [head[0]] + [head[1 + i // per_group] for i in range(len(subheads) - 1)]
        end += 1
    base = table_cells(norm, lines[end]) if end < len(lines) else []
    if len(base) == 1 and INDEX_BASE.fullmatch(norm, *base[0]):
        end += 1  # the index's base under the head (上年=100): test_a_price_index_table_gives_its_indices
    body = end
    unit = _unit_column(norm, head)
    rows: list[tuple[Span, ...]] = []
    row_ends: list[int] = []  # the index after each row's line
    while end < len(lines):
        cells = table_cells(norm, lines[end])
        if rows and _label_lost(norm, cells, lines[end + 1:end + 2]):
            cells = [(cells[0][0], cells[0][0]), *cells]  # 水产品 100.2 / 104.5 / 鲜果 117.1
        below = table_cells(norm, lines[end + 1]) if end + 1 < len(lines) and len(cells) == 1 else []
        grouping = (len(cells) == 1 and cell_kind(norm, cells[0]) == "text" and len(below) == len(head)
                    and cell_kind(norm, below[-1]) == "number")  # 粮食作物 over 稻谷 | 100 | 9.0
        if (rows and BAR_ENDED.search(norm, lines[end].start, lines[end].end) and len(cells) <= 1 and (
                not cells or cell_kind(norm, cells[0]) == "text")) or grouping:
            # a group's label over the rows below (分产业 |, or 粮食作物 alone on its line) or a row of
            # blank cells (|), its cells lost in the copy: test_a_table_with_group_rows_whose_cells_were_lost,
            # test_a_bar_table_whose_head_wraps_over_lines
            if cells and rows:  # (a group opening the table heads it as its caption would)
                rows.append((cells[0], *[(cells[0][1], cells[0][1])] * (len(head) - 1)))
                row_ends.append(end + 1)
            end += 1
            continue
        if not 2 <= len(cells) <= len(head) or cell_kind(norm, cells[0]) not in {"text", "blank"}:
            break
        rows.append(_padded(norm, len(head), unit, cells))
        end += 1
        row_ends.append(end)
    rows = fitted_rows(norm, [cell for row in rows for cell in row], 0, len(head))
    if len(rows) < 2:
        return None, index + 1
    starts = [line.start for line in lines[index:row_ends[len(rows) - 1]]]
    table = crosstab(norm, lines[max(0, index - 2):index + 1], tuple(head), rows, starts)
    return replace(table, subheads=subheads), row_ends[len(rows) - 1]


def _wrapped_head(norm: str, lines: list[Line], index: int) -> tuple[list[Span], int]:
    """The cells of a table's head at ``lines[index]`` and the index of the line after it. A bar
    table's head the copy broke over lines (品 名 | 播种面积 / (亩) | / 同比增减(%) | 产量(吨) |) is
    read whole: lines without a number join it while it has fewer cells than the first row below,
    a line not ending on a bar running on into the next one's first cell; kept only where the break
    fell before a unit in brackets and the head then has as many cells as that row:
    test_a_bar_table_whose_head_wraps_over_lines."""
    line = lines[index]
    head = table_cells(norm, line)
    if "|" not in norm[line.start:line.end] or BAR_ENDED.search(norm, line.start, line.end):
        return head, index + 1
    joined, end, open_cell = list(head), index + 1, True
    while end < min(len(lines), index + MAX_HEAD_LINES):
        below = lines[end]
        cells = table_cells(norm, below)
        if (below.end - below.start > MAX_CROSSTAB_ROW or SENTENCE_MARK.search(norm, below.start, below.end)
                or not cells or any(cell_kind(norm, cell) == "number" for cell in cells)):
            break
        if open_cell:
            joined[-1] = (joined[-1][0], cells[0][1])
            cells = cells[1:]
        joined += cells
        open_cell = not BAR_ENDED.search(norm, below.start, below.end)
        end += 1
    first_row = table_cells(norm, lines[end]) if end < len(lines) and end > index + 1 else []
    # the cut fell inside a head cell, before its unit in brackets ((亩) |), not after a whole head
    # over a group's label (指标 | 产量(吨) | 增长(%) over 粮食作物 / 稻谷 | 100 | 9.0)
    cut_cell = end > index + 1 and norm[lines[index + 1].start:lines[index + 1].end].lstrip().startswith("(")
    return (joined, end) if cut_cell and len(first_row) == len(joined) else (head, index + 1)


def _subheads(norm: str, head: list[Span], below: list[Line]) -> tuple[Span, ...]:
    """Each column's cell on the second line of a head set on two lines (2024年 | 2023年 | 2024年 |
    2023年 under 分行业 | 增长% | 结构%): as many text cells under each group of the first line, the
    row labels' head left out, so the row below has one cell more. Returned with a blank cell
    for the labels' column; () where the line below the head is no such line."""
    groups = len(head) - 1
    if len(below) < 2 or groups < 1:
        return ()
    cells = table_cells(norm, below[0])
    if (len(cells) <= groups or len(cells) % groups or len(cells) > MAX_COLUMNS
            or any(cell_kind(norm, cell) != "text" for cell in cells)
            or len(table_cells(norm, below[1])) != len(cells) + 1):
        return ()
    return ((head[0][0], head[0][0]), *cells)


def _unit_column(norm: str, head: tuple[Span, ...] | list[Span]) -> int | None:
    """The column of a head that holds each row's unit (单位), if any; the first column holds the
    row labels whatever its head says (单位 | 2023年 | 增长%)."""
    return next((i for i, cell in enumerate(head) if i and TABLE_UNIT_LABEL.fullmatch(norm[cell[0]:cell[1]].strip())), None)


def _padded(norm: str, width: int, unit: int | None, cells: list[Span]) -> tuple[Span, ...]:
    """A row line's cells as wide as the head (``width`` cells): a row short of a cell lacks its
    unit where the head has a unit column (``unit``) and the row's cell there is a number (油料总产量
    4543 1.32 under 指标名称 单位 2023年 增长(%): test_a_years_table_with_a_unit_column_and_its_change),
    else its first cell (a category merged over the rows)."""
    missing = width - len(cells)
    if missing == 1 and unit is not None and unit < len(cells) and cell_kind(norm, cells[unit]) == "number":
        blank = (cells[unit][0], cells[unit][0])
        return tuple(cells[:unit] + [blank] + cells[unit:])
    return tuple([(cells[0][0], cells[0][0])] * missing + cells)


def _label_lost(norm: str, cells: list[Span], below: list[Line]) -> bool:
    """Whether a row line holds a number alone, its label lost in the copy, between rows that have
    theirs: test_a_spaced_out_table_and_a_row_whose_label_was_lost."""
    if len(cells) != 1 or cell_kind(norm, cells[0]) != "number" or not below:
        return False
    next_cells = table_cells(norm, below[0])
    return len(next_cells) >= 2 and cell_kind(norm, next_cells[0]) == "text"


def crosstab(norm: str, above: list[Line], head: tuple[Span, ...], rows: list[tuple[Span, ...]],
             starts: list[int]) -> Crosstab:
    """A table with the unit and year its caption lines (``above``, through its head) state."""
    return Crosstab(head, tuple(rows), caption_unit(norm, above), caption_year(norm, above), frozenset(starts))


def caption_unit(norm: str, lines: list[Line]) -> str:
    """The unit a 单位:人 line (or a caption closing on (%)) above the table states for all its columns."""
    for line in lines:
        match = CROSSTAB_UNIT_LINE.search(norm, line.start, line.end)
        if match:
            return match.group(1) or match.group(2)
    return ""


def caption_year(norm: str, lines: list[Line]) -> int | None:
    """The year a caption above the table names (表1 2017年人口数及其构成)."""
    for line in lines:
        if CROSSTAB_CAPTION.match(norm, line.start, line.end):
            year = YEAR.search(norm, line.start, line.end)
            if year:
                return int(year_value(year.group("y2") or year.group("y1")))
    return None


def _head_unit(norm: str, head: Span) -> str:
    """The unit a column's head states (年末常住人口(万人), 比重%), or ""."""
    label = norm[head[0]:head[1]].strip()
    in_head = UNIT_IN_NAME.search(label)
    if in_head and table_unit(in_head.group(1)):
        return in_head.group(1)
    # 比重%, 比上年增减(±%): test_a_change_column_headed_plus_minus_percent_is_in_percent
    return "%" if re.search(r"%\)?$", label) else ""


def printed_unit(label: str) -> tuple[str, Decimal, str] | None:
    """A column's or row's unit as its head, caption or unit cell prints it: a multiple (万亩, 万元,
    千公顷) is kept, for the cells print the number as that unit counts it (14.50 under 单位:万亩),
    not scaled as a number printed with its own 万 is: test_a_tables_multiple_unit_is_kept."""
    unit = table_unit(label)
    if unit is None or unit[1] == 1:
        return unit
    return "".join(label.split()), Decimal(1), unit[2]


def column_unit(norm: str, head: Span, table: Crosstab) -> str:
    """A column's unit: in its head (年末常住人口(万人), 比重%), else the caption's (单位:人)."""
    return _head_unit(norm, head) or table.unit


def echoed_unit(norm: str, table: Crosstab, echoes: dict[Decimal, str]) -> str:
    """For a table printing no unit, the unit the text prints with one of the table's numbers
    (其中我市525只 beside a 合计 cell of 525): its columns are counted alike."""
    for row in table.rows:
        for cell in row:
            if cell_kind(norm, cell) == "number":
                unit = echoes.get(parse_number(TABLE_VALUE.fullmatch(norm, *cell).group("num")))
                if unit:
                    return unit
    return ""


def crosstab_rows(text: str, norm: str, table: Crosstab, echoes: dict[Decimal, str],
                  context: tuple[str, int | None]) -> list[Candidate]:
    """A row per number in a value column: its label the row's text cells and the column head;
    a column of goals (预期目标, 年度目标) holds targets, a column of ranks (全省排名) no figure
    (test_a_tables_column_of_goals_holds_targets). ``echoes`` maps values the text prints
    elsewhere to their units; ``context`` is the kind and year of the figure just before the table."""
    kind, year = context
    year = table.year if table.year is not None else year
    rows: list[Candidate] = []
    width = len(table.head)
    unit_column = _unit_column(norm, table.head)
    label_columns = [i for i in range(width) if i != unit_column
                     and all(cell_kind(norm, row[i]) != "number" for row in table.rows)]
    units = {column: column_unit(norm, table.head[column], table) for column in range(width)}
    if table.subheads:
        units = {column: unit or _head_unit(norm, table.subheads[column]) for column, unit in units.items()}
    echo = "" if any(units.values()) or unit_column is not None else echoed_unit(norm, table, echoes)
    for column in range(width):
        if column in label_columns:
            continue
        head = table.head[column]
        if COLUMN_RANK.search(norm, *head) or SERIAL_HEAD.fullmatch(norm, *head):
            continue  # 全省排名: places, not figures; 序号: the rows' numbering
        column_kind = "target" if COLUMN_GOAL.search(norm, *head) else kind
        unit, factor, family = printed_unit(units[column] or echo) or ("", Decimal(1), "")
        note = "statistical table" + ("; unit from the same figure in the text" if echo and unit else "")
        head_text = "".join(INDEX_BASE.sub("", UNIT_IN_NAME.sub("", text[head[0]:head[1]])).rstrip("%").split())
        column_year = year
        if table.subheads:  # a year under the group (增长% over 2024年 | 2023年) dates its column
            sub = table.subheads[column]
            sub_year = TABLE_YEAR.fullmatch(norm, *sub)
            if sub_year and not sub_year.group(2):
                column_year = year_value(sub_year.group(1))
            else:
                head_text += UNIT_IN_NAME.sub("", text[sub[0]:sub[1]]).rstrip("%").replace(" ", "")
        for row in table.rows:
            cell = row[column]
            if cell_kind(norm, cell) != "number":
                continue
            labels = [row[i] for i in label_columns if i < column and cell_kind(norm, row[i]) == "text"]
            label = close_spaced_chinese(text[labels[-1][0]:labels[-1][1]].strip()) if labels else ""
            phrase = label if label.endswith(head_text) else label + head_text
            row_unit = (unit, factor, family)
            if unit_column is not None and not units[column]:
                row_unit = _row_unit(norm, row[unit_column], cell, echoes) or row_unit
            if not row_unit[0] and (in_label := UNIT_IN_NAME.search(label)):
                row_unit = printed_unit(in_label.group(1)) or row_unit  # 造林面积(万亩) | 7.6 under 产量
            rows.append(crosstab_row(text, norm, cell, phrase, row_unit,
                                     (column_kind, column_year), (row[0][0], row[-1][1]), note))
    return rows


def _row_unit(norm: str, unit_cell: Span, cell: Span, echoes: dict[Decimal, str]) -> tuple[str, Decimal, str] | None:
    """A row's unit from the table's unit column (万吨), or, the cell left blank, from the same
    figure printed with its unit in the text (总产量4543吨): test_a_years_table_with_a_unit_column_and_its_change."""
    printed = printed_unit(norm[unit_cell[0]:unit_cell[1]]) if unit_cell[1] > unit_cell[0] else None
    if printed:
        return printed
    echoed = echoes.get(parse_number(TABLE_VALUE.fullmatch(norm, *cell).group("num")))
    return table_unit(echoed) if echoed else None


def crosstabs_rows(text: str, norm: str, tables: list[Crosstab], sentence_rows: list[Candidate],
                   doc: DocumentFacts) -> list[Candidate]:
    """The rows of every table, read after the sentences: a table continues the kind and year of
    the figure before it (else a baseline of the document's default year), and a table printing
    no unit takes it from a sentence figure of the same value."""
    echoes = {Decimal(row.value_text): row.unit for row in sentence_rows
              if row.unit and row.value_text.replace(".", "", 1).isdigit()
              and Decimal(row.value_text) == Decimal(str(row.value))}
    rows = []
    for table in tables:
        table_start = min(table.lines)
        before = [row for row in sentence_rows if row.value_start < table_start]
        kind = before[-1].kind if before else "baseline"
        year = before[-1].year if before and before[-1].year is not None else doc.default_year(kind)[0]
        rows += crosstab_rows(text, norm, table, echoes, (kind, year))
    return rows


def crosstab_row(text: str, norm: str, cell: Span, phrase: str, unit: tuple[str, Decimal, str],
                 kind_and_year: tuple[str, int | None], quote: Span, note: str) -> Candidate:
    """One figure of a cross table, in the unit its cell prints (52100吨) or else its column's."""
    value = TABLE_VALUE.fullmatch(norm, *cell)
    unit_name, factor, family = table_unit(value.group("unit") or "") or unit
    note += "" if unit_name else "; no unit in the table"
    token = value.group("num")
    mention = Mention(value.start("num"), value.end("num"), value.end(), parse_number(token) * factor, unit_name,
                      family, False, None, False)
    return table_candidate(text, mention, (phrase, phrase), kind_and_year, quote, note)
