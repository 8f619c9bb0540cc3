"""Every page under reports/ opened the way a reviewer opens it: in headless Debian Chromium.

For each page (index, every Chinese and English report) the test asserts: no console error, no
request other than file: or data:, every image loaded, no table wider than a 1280 px viewport,
no cell reading NaN / <NA> / None / nan, and Chinese glyphs drawn with the page's embedded font
(Chromium's own account, through the DevTools ``CSS.getPlatformFontsForNode``).

Chromium is Debian's ``chromium`` package (``make test`` installs it); Playwright only drives it
and never downloads a browser. A missing browser fails the test, it is not skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import paths
from analysis.batch.fonts import FIRST_CJK

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 900}
MISSING = {"NaN", "<NA>", "None", "nan", "NaT"}
PAGES = sorted(path.relative_to(paths.REPORTS).as_posix() for path in paths.REPORTS.rglob("*.html"))

# Runs in the page: every problem the DOM shows, as {check: [details]}.
INSPECT = """(args) => {
  const [limit, missing, firstCjk] = args;
  const problems = {images: [], tables: [], cells: []};
  for (const img of document.images) {
    if (!img.complete || img.naturalWidth === 0) problems.images.push(img.src.slice(0, 60));
  }
  document.querySelectorAll("table").forEach((table, i) => {
    const box = table.getBoundingClientRect();
    const right = Math.max(box.right, box.left + table.scrollWidth) + window.scrollX;
    if (right > limit) problems.tables.push(`table ${i + 1} reaches ${Math.round(right)} px`);
  });
  if (document.documentElement.scrollWidth > limit)
    problems.tables.push(`page scrolls sideways to ${document.documentElement.scrollWidth} px`);
  document.querySelectorAll("td, th").forEach((cell) => {
    const text = cell.textContent.trim();
    if (missing.includes(text)) problems.cells.push(text);
  });
  // Mark the visible element whose own text has the most CJK characters, for the font check.
  let best = null, most = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const count = [...walker.currentNode.data].filter((c) => c.codePointAt(0) >= firstCjk).length;
    const element = walker.currentNode.parentElement;  // drawn text only (not in a closed <details>)
    if (count > most && element.checkVisibility()) { most = count; best = element; }
  }
  if (best) best.setAttribute("data-cjk-probe", "");
  problems.cjk = most;
  return problems;
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.is_file():
        pytest.fail(
            f"the browser test needs Debian's chromium at {CHROMIUM}: run `make test` "
            "(it installs it as root) or `apt-get install chromium`"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield browser
        browser.close()


def test_there_are_pages_to_check():
    assert "index.html" in PAGES, "no reports/index.html: run `make reports`"
    assert any(page.startswith("zh/") for page in PAGES) and any(page.startswith("en/") for page in PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_page_reads_well_offline(browser, name):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    problems: dict[str, list[str]] = {"console": [], "requests": []}
    page.on("console", lambda message: message.type == "error" and problems["console"].append(message.text))
    page.on("pageerror", lambda error: problems["console"].append(str(error)))
    page.on(
        "request",
        lambda request: request.url.split(":", 1)[0] not in {"file", "data"}
        and problems["requests"].append(request.url),
    )
    page.goto((paths.REPORTS / name).as_uri(), wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    found = page.evaluate(INSPECT, [VIEWPORT["width"], sorted(MISSING), FIRST_CJK])
    problems |= {key: found[key] for key in ("images", "tables", "cells")}
    problems["cells"] = [f"{len(found['cells'])} cells read {sorted(set(found['cells']))}"] if found["cells"] else []
    problems["font"] = _cjk_font_problems(page, context) if found["cjk"] else []
    context.close()
    failing = {check: found for check, found in problems.items() if found}
    assert failing == {}, f"{name}: {failing}"


def _cjk_font_problems(page, context) -> list[str]:
    """Which fonts Chromium drew the marked Chinese text with; a problem unless the embedded one."""
    session = context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": "[data-cjk-probe]"})["nodeId"]
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    text = page.evaluate("document.querySelector('[data-cjk-probe]').textContent")
    cjk = sum(1 for char in text if ord(char) >= FIRST_CJK)
    embedded = sum(font["glyphCount"] for font in fonts if font.get("isCustomFont"))
    if embedded < cjk:
        return [f"{cjk} Chinese characters in {text.strip()[:30]!r}, {embedded} drawn with an embedded font: {fonts}"]
    return []
