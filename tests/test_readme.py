"""The README's Python example must keep working."""

from __future__ import annotations

import re

from analysis import paths


def test_readme_python_blocks_run():
    blocks = re.findall(r"```python\n(.*?)```", (paths.PROJ_ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
