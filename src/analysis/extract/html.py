"""The text of an HTML page with the structure that carries meaning kept as lines.

Block elements (headings, paragraphs, list items, divs) become lines; a table row becomes one
line with its cells separated by `` | ``, so an indicator table in ``<table>`` reads exactly like
a flattened one and a metadata box (索引号 | … | 发文字号 | …) gives the document card its
labels and values side by side. Scripts, styles, forms and navigation are dropped. Parsed with
Beautiful Soup's standard-library ``html.parser`` backend (no compiled dependency).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Doctype, ProcessingInstruction

#: Elements whose content is never text of the document.
DROPPED = {"script", "style", "noscript", "template", "head", "nav", "form", "button", "select", "iframe", "svg"}
#: Elements that start a new line.
BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
    "section", "table", "tbody", "thead", "tfoot", "ul", "caption",
}
#: class or id words marking navigation, menus and breadcrumbs.
NAVIGATION = re.compile(r"(?:^|[-_\s])(?:nav|navbar|menu|breadcrumb|crumb|topbar|sitemap)(?:$|[-_\s])", re.IGNORECASE)
CELL_SEPARATOR = " | "
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def _is_navigation(tag: Tag) -> bool:
    words = " ".join([*tag.get("class", []), str(tag.get("id", ""))])
    return bool(words) and bool(NAVIGATION.search(words))


def _inline(node: Tag) -> str:
    """The text of a cell or inline run on one line."""
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, (Comment, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            parts.append(str(child))
        elif isinstance(child, Tag) and child.name not in DROPPED and not _is_navigation(child):
            parts.append(" " if child.name == "br" else _inline(child))
    return _SPACES.sub(" ", "".join(parts).replace("\n", " "))


def _walk(node: Tag, lines: list[str], current: list[str]) -> None:
    """Append the lines of ``node`` to ``lines``; ``current`` collects the inline text of the
    line being built."""
    for child in node.children:
        if isinstance(child, (Comment, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            current.append(str(child))
            continue
        if not isinstance(child, Tag) or child.name in DROPPED or _is_navigation(child):
            continue
        if child.name == "br":
            _flush(lines, current)
        elif child.name == "tr":
            _flush(lines, current)
            cells = [_inline(cell).strip() for cell in child.find_all(["td", "th"], recursive=False)]
            nested = child.find("table")
            if nested is not None:  # a layout row holding a table: read the inner table's rows instead
                _walk(child, lines, current)
                _flush(lines, current)
            elif any(cells):
                lines.append(CELL_SEPARATOR.join(cells))
        elif child.name in BLOCKS:
            _flush(lines, current)
            _walk(child, lines, current)
            _flush(lines, current)
        else:
            _walk(child, lines, current)


def _flush(lines: list[str], current: list[str]) -> None:
    text = _SPACES.sub(" ", "".join(current).replace("\n", " ")).strip()
    if text:
        lines.append(text)
    current.clear()


def html_text(markup: str) -> str:
    """Visible text of an HTML page, one block or table row per line (see the module docstring).
    Offsets of the extractor's rows then refer to this text."""
    soup = BeautifulSoup(markup, "html.parser")
    lines: list[str] = []
    current: list[str] = []
    _walk(soup, lines, current)
    _flush(lines, current)
    return "\n".join(lines) + ("\n" if lines else "")
