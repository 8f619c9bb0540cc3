"""Tasks: every numbered heading of a plan's task part, with its section path, title, lead and
responsible units and span, in the columns of ``data/curated/tasks.csv``.

A heading of the outline, or of a boxed list inside it (专栏: 一、… 二、… under task 11 →
sections 11/一, 11/二), is a task unless it is a preamble (总体要求, 发展目标, 工作基础 … and
everything under it) or a container of tasks (重点任务, 保障措施 …, whose children are the
tasks). A task's span runs from its heading to the next heading at its level or above (or to
the end of the text). Its lead and responsible units are those of the responsibility
parentheses in its own text, before its first sub-heading: 牵头部门 (or …牵头) as lead, the
others as responsible.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from analysis.extract.card import DocumentCard, read_card
from analysis.extract.layout import paragraph_lines, qualified, responsibility_markers, unit_prefix
from analysis.extract.model import Line
from analysis.extract.vocabulary import BASELINE_HEADING, CLOSING, TASK_CONTAINER, TASK_PREAMBLE
from analysis.text import normalise

#: Longer heading text is a run-in heading followed by its first sentence.
MAX_TITLE = 30
TASK_COLUMNS = ["section", "title", "lead", "responsible", "char_start", "char_end"]


@dataclass(frozen=True)
class Task:
    """One candidate task row (``TASK_COLUMNS``)."""

    section: str
    title: str
    lead: str
    responsible: str
    char_start: int
    char_end: int

    def row(self) -> dict[str, object]:
        return asdict(self)


def _start(norm: str, line: Line) -> int:
    """Where a line's text starts, after its indentation."""
    piece = norm[line.start:line.end]
    return line.start + len(piece) - len(piece.lstrip())


def _box_depth(line: Line) -> int:
    """How deep a heading of a boxed list sits in its box (0 for no box heading)."""
    return line.box.count("/") + 1 if line.box else 0


def _span_end(norm: str, lines: list[Line], index: int) -> int:
    """Where the task headed by ``lines[index]`` ends: the next outline heading at its level or
    above, else the end of the last paragraph before the document's closing (``CLOSING``)."""
    level, depth = lines[index].level, _box_depth(lines[index])
    last = lines[index].end
    for line in lines[index + 1:]:
        closes_outline = line.level is not None and (level is None or line.level <= level)
        closes_box = depth and line.box and _box_depth(line) <= depth
        if closes_outline or closes_box:
            return _start(norm, line)
        if CLOSING.match(norm, line.start, line.end):
            break
        last = line.end
    return last


def _units(norm: str, lines: list[Line], prefix: str) -> tuple[str, str]:
    """(lead, responsible) named in the lines of a task's own text."""
    lead: list[str] = []
    others: list[str] = []
    for line in lines:
        for marker in responsibility_markers(norm, line):
            leads = qualified(marker.lead, prefix)
            for unit in qualified(marker.units, prefix):
                target = lead if unit in leads else others
                if unit not in lead and unit not in others:
                    target.append(unit)
    return ";".join(lead), ";".join(others)


def extract_tasks(text: str, card: DocumentCard | None = None) -> list[Task]:
    """Candidate task rows of a text, in document order; offsets index ``text``. The card's
    issuer (default: read from the text) tells whether 科技局 means 区科技局."""
    norm = normalise(text)
    prefix = unit_prefix((read_card(text) if card is None else card).issuer)
    lines = paragraph_lines(norm)
    tasks = []
    skipped_level: int | None = None  # inside a preamble heading at this level
    for index, line in enumerate(lines):
        if tasks and CLOSING.match(norm, line.start, line.end):
            break  # 附件:1. …, 此复, the signature: the body and its tasks have ended
        if line.level is None and not line.box:
            continue
        if skipped_level is not None and (line.level is None or line.level > skipped_level):
            continue
        skipped_level = None
        if TASK_PREAMBLE.search(line.title) or BASELINE_HEADING.search(line.title):
            skipped_level = line.level
            continue
        if TASK_CONTAINER.fullmatch(line.title.strip(" :")):
            continue
        end = _span_end(norm, lines, index)
        own = [other for other in lines[index:] if other.start < end]
        child = next((k for k, other in enumerate(own[1:], 1) if other.level is not None or other.box), len(own))
        lead, responsible = _units(norm, own[:child], prefix)
        title_start = line.body + len(norm[line.body:line.end]) - len(norm[line.body:line.end].lstrip())
        title = text[title_start:title_start + len(line.title.strip())]
        if len(title) > MAX_TITLE and "," in normalise(title):  # a run-in heading: its first phrase
            title = title[:normalise(title).index(",")]
        section = f"{line.section}/{line.box}" if line.box else line.section
        tasks.append(Task(section, title, lead, responsible, _start(norm, line), end))
    return tasks
