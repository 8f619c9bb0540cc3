"""``reports/index.html``, the front page: the question, what to read first, the key findings of
each report (from its ``findings`` cell) with links, the data's date, every report in both
languages, and how far the extractor's measured accuracy can be trusted.

The page's text comes from the ``[front]`` table of ``reports.toml`` and from the reports
themselves; dates come from the data, never from the clock.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

from analysis.batch.jobs import Folders, Job, Plan, read_csv
from analysis.batch.outputs import FIGURE_FORMATS
from analysis.batch.render import HTML_LANG, page
from analysis.labels import label
from analysis.names import SEPARATOR

INDEX = "index.html"
EVALUATION = "extraction_evaluation"  # .md and .csv, written by ``python -m analysis evaluate``
SAMPLE_NAMES = {"in_sample": "In sample · 样本内", "development": "Development set · 开发集",
                "out_of_sample": "Out of sample · 样本外"}
SAMPLES = {  # what each score means; {n} is the number of texts scored
    "in_sample": "the five plans the rules were written from, so these scores overstate accuracy on new texts; "
    "规则即据这些文件编写，分数偏高",
    "development": "{n} texts from other provinces with hand-written gold (data/devset/), held out once and "
    "tuned on since, so these scores are optimistic too; 曾为留出集，此后据其调整规则",
    "out_of_sample": "{n} texts gathered afterwards with gold written first (data/heldout/), never read by the "
    "extractor's developers; 开发者从未读过这些文本",
}
HEADINGS = {
    "read_first": "What to read first · 先读这些",
    "findings": "Key findings · 主要发现",
    "reports": "All reports · 全部报告",
    "evaluation": "How good is the target extractor? · 目标抽取器的准确度",
}


def data_as_of(data_dir: Path) -> str:
    """``created`` of data/datapackage.json, else the latest date (signed or published) of a document."""
    package = data_dir / "datapackage.json"
    if package.exists():
        created = json.loads(package.read_text(encoding="utf-8")).get("created")
        if created:
            return str(created)
    return latest_document(data_dir)


def latest_document(data_dir: Path) -> str:
    """The latest date a document was signed or published (documents.csv), or 'unknown'."""
    rows = read_csv(data_dir / "curated" / "documents.csv")
    dates = [row[column] for row in rows for column in ("signed", "published")]
    return max((date for date in dates if date), default="unknown")


def index_html(
    plan: Plan, reports: dict[str, dict[str, Any]], folders: Folders
) -> tuple[str, Callable[[], str]]:
    """The front page for the reports recorded in ``reports`` (manifest entries by job key):
    ``(hash of its content, page)``. The page is made only when called (``page()`` embeds a
    font subset, which takes a second), so a caller can skip it when the hash is unchanged."""
    front = plan.front
    title = " · ".join(front.get("title", {}).get(lang, "") for lang in ("en", "zh")).strip(" ·")
    geographies = {row["geo"]: row for row in read_csv(folders.data / "curated" / "geographies.csv")}
    titles = {job.key: _label(job, reports[job.key]["title"], geographies) for job in plan.jobs if job.key in reports}
    built = [job for job in plan.jobs if job.key in reports]
    body = [f"<h1>{escape(title or 'Reports')}</h1>"]
    body += [
        f'<p class="lede" lang="{HTML_LANG[lang]}">{escape(text)}</p>'
        for lang, text in front.get("question", {}).items()
    ]
    body.append(_dates(folders))
    body += _read_first(front.get("read_first", []), built, titles)
    body += _findings(plan, built, reports, titles)
    body += _all_reports(built, reports, titles, folders)
    body += _evaluation(folders.reports)
    title, text = title or "Reports", "\n".join(body)
    digest = hashlib.sha256(f"{title}\0{text}".encode()).hexdigest()
    return digest, lambda: page(title, text, "en", depth=0)


def _link(job: Job, text: str) -> str:
    return f'<a href="{quote(job.key)}.html" lang="{HTML_LANG[job.lang]}">{escape(text)}</a>'


def _label(job: Job, title: str, geographies: dict[str, dict[str, str]]) -> str:
    """A report's title, prefixed with its geography's name when the title lacks it."""
    if job.geo is None:
        return title
    place = geographies.get(job.geo, {}).get(f"name_{job.lang}", job.geo)
    return title if place in title else f"{place} — {title}"


def _dates(folders: Folders) -> str:
    package, document = data_as_of(folders.data), latest_document(folders.data)
    return (
        f'<p class="muted">Data: data package of <time datetime="{escape(package)}">'
        f"{escape(package)}</time>; newest source document dated "
        f'<time datetime="{escape(document)}">{escape(document)}</time>. '
        f'<span lang="zh-Hans">数据包日期 {escape(package)}，最新文件印发于 {escape(document)}。</span> '
        "Every report exists in Chinese and English · 每份报告均有中文版和英文版.</p>"
    )


def _by_name(built: list[Job]) -> dict[str, list[Job]]:
    grouped: dict[str, list[Job]] = {}
    for job in built:
        grouped.setdefault(job.name, []).append(job)
    return grouped


def _read_first(names: list[str], built: list[Job], titles: dict[str, str]) -> list[str]:
    grouped = _by_name(built)
    items = [
        "<li>"
        + " · ".join(
            f'<span lang="{HTML_LANG[job.lang]}">{escape(titles[job.key])}</span> '
            f"({_link(job, label('language.self', job.lang))})"
            for job in grouped[name]
        )
        + "</li>"
        for name in names
        if name in grouped
    ]
    return [f"<h2>{HEADINGS['read_first']}</h2>", "<ol>", *items, "</ol>"] if items else []


def _findings(
    plan: Plan, built: list[Job], reports: dict[str, dict[str, Any]], titles: dict[str, str]
) -> list[str]:
    columns = []
    for lang in plan.languages:
        parts = [
            f"<h3>{_link(job, titles[job.key])}</h3>\n"
            f'<div class="findings">{reports[job.key]["findings"]}</div>'
            for job in built
            if job.lang == lang and reports[job.key].get("findings")
        ]
        if parts:
            columns.append(f'<section lang="{HTML_LANG[lang]}">\n' + "\n".join(parts) + "\n</section>")
    if not columns:
        return [
            f"<h2>{HEADINGS['findings']}</h2>",
            "<p>No report states its key findings yet (no cell tagged <code>findings</code>). "
            '<span lang="zh-Hans">尚无报告给出主要发现。</span></p>',
        ]
    return [f"<h2>{HEADINGS['findings']}</h2>", '<div class="columns">', *columns, "</div>"]


def _all_reports(
    built: list[Job], reports: dict[str, dict[str, Any]], titles: dict[str, str], folders: Folders
) -> list[str]:
    figures_root = Path(os.path.relpath(folders.figures, folders.reports)).as_posix()
    rows = []
    for name, jobs in _by_name(built).items():
        languages = " · ".join(
            f'<a href="{quote(job.key)}.html" lang="{HTML_LANG[job.lang]}">{label("language.self", job.lang)}</a>'
            f' (<a href="{quote(job.key)}.ipynb">ipynb</a>)'
            for job in jobs
        )
        figures = []
        for job in jobs:
            files = reports[job.key]["figures"]
            for stem in sorted({file.rsplit(".", 1)[0] for file in files}):
                links = " ".join(
                    f'<a href="{quote(f"{figures_root}/{job.lang}/{stem}.{fmt}")}">{fmt.upper()}</a>'
                    for fmt in FIGURE_FORMATS
                    if f"{stem}.{fmt}" in files
                )
                figures.append(f"{job.lang}: {escape(stem.split(SEPARATOR, 1)[1])} {links}")
        shown = f'<br><span class="muted">{" · ".join(figures)}</span>' if figures else ""
        names = " · ".join(f'<span lang="{HTML_LANG[job.lang]}">{escape(titles[job.key])}</span>' for job in jobs)
        rows.append(f"<li>{names}<br>{languages}{shown}</li>")
    return [f"<h2>{HEADINGS['reports']}</h2>", '<ul class="reports">', *rows, "</ul>"]


def _rate(value: str) -> str:
    return f"{float(value):.3f}" if value else "—"


def _evaluation(reports_dir: Path) -> list[str]:
    """The extractor's scores, each labelled in-sample or out-of-sample, with what that means."""
    path = reports_dir / f"{EVALUATION}.csv"
    lines = [f"<h2>{HEADINGS['evaluation']}</h2>"]
    if not path.exists():
        return [*lines, "<p>Not evaluated yet: run <code>python -m analysis evaluate</code>.</p>"]
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    overall = {(row["sample"], row["table"]): row for row in rows if row["doc_id"] == "overall"}
    for sample, meaning in SAMPLES.items():
        n_texts = sum(row["sample"] == sample and row["table"] == "targets" and row["doc_id"] != "overall"
                      for row in rows)
        caveat = meaning.format(n=n_texts)
        row = overall.get((sample, "targets"))
        if row is None:
            lines.append(f"<p><strong>{SAMPLE_NAMES[sample]}:</strong> not measured yet.</p>")
            continue
        text = (f"{row['gold']} expected numbers, precision {_rate(row['precision'])}, recall {_rate(row['recall'])}, "
                f"F1 {_rate(row['f1'])}; on the numbers found, kind {_rate(row['kind_accuracy'])} and year "
                f"{_rate(row['year_accuracy'])} right")  # fmt: skip
        card = overall.get((sample, "documents"))
        if card is not None:
            fields = ("title", "issuer", "doc_number", "signed", "published", "plan_start", "plan_end", "genre")
            text += "; document card fields " + ", ".join(f"{field} {_rate(card[field])}" for field in fields)
        lines.append(f"<p><strong>{SAMPLE_NAMES[sample]}</strong> ({caveat}): {text}.</p>")
    lines.append(f'<p>Details: <a href="{EVALUATION}.md">{EVALUATION}.md</a>.</p>')
    return lines
