"""How report and figure names are spelled; apart from plotting so the batch can check names
without importing matplotlib."""

import re

SEPARATOR = "__"  # between the report name and the figure name in a figure's file name
NAME_PATTERN = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*")  # "__" only ever separates
