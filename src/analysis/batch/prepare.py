"""A notebook ready to run: read from its percent source, parameters checked, one language kept.

Cells tagged ``lang-zh`` are kept only in Chinese reports, ``lang-en`` only in English ones;
untagged cells are kept in both. The other language's cells are dropped before execution, so
they neither run nor show.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Any

from analysis import paths
from analysis.batch.jobs import BatchError, Job

if TYPE_CHECKING:
    from pathlib import Path

    from nbformat import NotebookNode

LANG_TAG = "lang-"


class ParameterError(BatchError):
    """The parameters the batch injects do not match the notebook's ``parameters`` cell."""


def shown(path: Path) -> str:
    """A path relative to the project root when it is inside it, for messages."""
    try:
        return path.resolve().relative_to(paths.PROJ_ROOT).as_posix()
    except ValueError:
        return str(path)


def prepare(job: Job) -> NotebookNode:
    """The job's notebook in its language, its parameters checked (ParameterError if wrong)."""
    import jupytext

    nb = jupytext.read(job.source)
    check_parameters(nb, job.parameters, shown(job.source))
    return select_language(nb, job.lang, shown(job.source))


def select_language(nb: NotebookNode, lang: str, source: str) -> NotebookNode:
    """``nb`` without the cells tagged for another language; an unknown ``lang-*`` tag raises."""
    kept = []
    for number, cell in enumerate(nb.cells, start=1):
        tagged = {tag[len(LANG_TAG):] for tag in cell.metadata.get("tags", []) if tag.startswith(LANG_TAG)}
        if tagged - {"zh", "en"}:
            raise BatchError(f"{source}: cell {number} has unknown language tag(s) {sorted(tagged)}")
        if not tagged or lang in tagged:
            kept.append(cell)
    nb.cells = kept
    return nb


def declared_parameters(nb: NotebookNode, source: str) -> set[str]:
    """Names assigned in the notebook's one cell tagged ``parameters``."""
    cells = [cell for cell in nb.cells if "parameters" in cell.metadata.get("tags", [])]
    if len(cells) != 1:
        problem = "no cell" if not cells else f"{len(cells)} cells"
        raise ParameterError(
            f"{source}: {problem} tagged 'parameters'; it needs exactly one, "
            "defining at least: figures_dir, lang"
        )
    try:
        tree = ast.parse(cells[0].source)
    except SyntaxError as error:
        raise ParameterError(f"{source}: the parameters cell is not valid Python: {error}")
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def check_parameters(nb: NotebookNode, parameters: dict[str, Any], source: str) -> None:
    """Raise ParameterError unless every injected name is defined in the parameters cell.

    Papermill itself only warns about an unknown parameter, and without a parameters cell
    lets the notebook's own assignments silently overwrite the injected values.
    """
    declared = declared_parameters(nb, source)
    unknown = sorted(set(parameters) - declared)
    if unknown:
        raise ParameterError(
            f"{source}: unknown parameter(s) {', '.join(unknown)}; "
            f"its parameters cell defines only: {', '.join(sorted(declared)) or 'nothing'}"
        )
