"""Self-contained HTML pages: no request off the machine, one shared stylesheet, embedded CJK.

A report is nbconvert's ``basic`` template (cells only: no require.js, no MathJax, no CSS)
wrapped in a small page that links ``reports/assets/report.css`` relatively and embeds a
subset of the CJK font for the characters it shows (``fonts.font_face_css``). Code cells are
hidden; figures are embedded as ``data:`` images by the notebook's outputs.
"""

from __future__ import annotations

import functools
import threading
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.batch.cache import write_if_changed
from analysis.batch.fonts import font_face_css
from analysis.labels import label

if TYPE_CHECKING:
    from nbconvert.exporters import HTMLExporter
    from nbformat import NotebookNode

STYLESHEET = "assets/report.css"  # under reports/
_CSS_SOURCE = Path(__file__).with_name("report.css")
HIDDEN_TAGS = {"parameters", "injected-parameters"}  # cells left out of the HTML
HTML_LANG = {"zh": "zh-Hans", "en": "en"}
_HTML_LOCK = threading.Lock()


def write_stylesheet(reports_dir: Path) -> None:
    """Put the shared stylesheet at ``reports/assets/report.css`` (only if it changed)."""
    write_if_changed(reports_dir / STYLESHEET, _CSS_SOURCE.read_text(encoding="utf-8"))


def page(title: str, body: str, lang: str, depth: int, nav: str = "") -> str:
    """A whole HTML page around ``body``; ``depth`` is how many folders below reports/ it sits."""
    font = font_face_css(title + nav + body)
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{HTML_LANG[lang]}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f'<link rel="stylesheet" href="{"../" * depth}{STYLESHEET}">',
    ]
    if font:
        head.append(f"<style>{font}</style>")
    parts = [*head, "</head>", "<body>", "<main>", nav, body.strip(), "</main>", "</body>", "</html>"]
    return "\n".join(part for part in parts if part) + "\n"


@functools.cache
def _exporter() -> HTMLExporter:
    """nbconvert's cells-only exporter, built once: building one compiles its templates."""
    from nbconvert.exporters import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags=HIDDEN_TAGS, enabled=True), enabled=True
    )
    return exporter


def cells_html(nb: NotebookNode, notebooks_dir: Path) -> str:
    """The notebook's markdown and outputs as HTML, without code."""
    resources = {"metadata": {"path": str(notebooks_dir)}}
    with _HTML_LOCK:  # one exporter shared by the worker threads, one page at a time
        body, _ = _exporter().from_notebook_node(nb, resources=resources)
    return body


def report_page(
    nb: NotebookNode, title: str, name: str, lang: str, languages: tuple[str, ...], notebooks_dir: Path
) -> str:
    """``reports/<lang>/<name>.html``: links to the index and the other languages, then the cells."""
    links = [f'<a href="../index.html">{label("nav.index", lang)}</a>']
    links += [
        f'<a href="../{other}/{name}.html" lang="{HTML_LANG[other]}" '
        f'title="{label("nav.other_language", lang)}">{label("language.self", other)}</a>'
        for other in languages
        if other != lang
    ]
    nav = f'<nav class="page">{" ".join(links)}</nav>'
    return page(title, cells_html(nb, notebooks_dir), lang, depth=1, nav=nav)


def markdown_html(text: str) -> str:
    """Markdown (a findings cell's output) as HTML, with nbconvert's own renderer."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(text)
