"""Command line: ``python -m analysis <command> [options]``.

Each command lives in the module that owns its logic and exposes ``cli(argv) -> int``.
"""

from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "validate": ("analysis.load", "check every data table against its schema and the raw texts"),
    "curate": ("analysis.curate", "accept reviewed target and task rows into data/curated/"),
    "extract": ("analysis.extract", "extract candidate targets from plan texts"),
    "ingest": ("analysis.extract.ingest", "candidate documents, targets, tasks and observations for review"),
    "evaluate": ("analysis.evaluate", "score the extractor against data/curated/targets.csv"),
    "metrics": ("analysis.metrics.processed", "compute every metric and verdict into data/processed/"),
    "batch": ("analysis.batch", "execute every notebook and render reports/"),
    "plantext": ("analysis.plantext.build", "regenerate data/processed/text_reuse.csv (--check to compare)"),
}


def _usage() -> str:
    lines = ["usage: python -m analysis <command> [options]", "", "commands:"]
    lines += [f"  {name:<10} {help_}" for name, (_, help_) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in {"-h", "--help"}:
        print(_usage())
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"unknown command {name!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    return module.cli(rest)


if __name__ == "__main__":
    sys.exit(main())
