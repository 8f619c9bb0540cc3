"""Responsible agencies: who each task names, normalised through a table of spellings.

Plans name responsible units in parentheses after a task or a sentence: (责任单位:区科技局、区发改委),
(牵头部门:经发局;责任部门:财政金融局、…等), (区科技局、区人社局负责), or a bare list of units.
``attributions`` finds them in a task's raw text; ``data/curated/agency_spellings.csv`` maps
each spelling, per geography, to one agency of ``data/curated/agencies.csv`` (区发改委 and
区发展改革委 are one body). An agency *leads* a task when the text names it 牵头 or it is the only
unit the task names; otherwise it *shares* the task.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import pandas as pd

from analysis.plantext.instruments import leaf_tasks
from analysis.text import normalise

PAREN = re.compile(r"[(（]([^()（）]{2,200})[)）]")
ROLE = re.compile(r"(牵头部门|牵头单位|责任单位|责任部门|配合单位)\s*[:：]")
LEAD_WORDS = ("牵头部门", "牵头单位")
SEPARATORS = re.compile(r"[、，,;；]")


@dataclass(frozen=True)
class Mention:
    """One unit named as responsible: the spelling as printed, its offsets and its role word."""

    spelling: str
    start: int
    end: int
    lead: bool


def _units(raw: str, start: int, end: int, lead: bool) -> list[Mention]:
    """Split ``raw[start:end]`` at 、 , ; into unit spellings (trailing 等 and 负责 removed)."""
    mentions = []
    position = start
    for piece in SEPARATORS.split(raw[start:end]) + [""]:
        if piece:
            text = piece.strip()
            text = re.sub(r"(等)?(负责)?$", "", text).strip()
            offset = raw.index(text, position) if text else position
            if text:
                mentions.append(Mention(text, offset, offset + len(text), lead))
        position += len(piece) + 1
    return mentions


def attributions(raw: str, start: int, end: int, known: set[str]) -> list[Mention]:
    """Every unit named responsible in ``raw[start:end]``: parentheses with a role word or 负责,
    and bare parentheses whose items are all ``known`` spellings."""
    mentions: list[Mention] = []
    for paren in PAREN.finditer(normalise(raw), start, end):
        inner_start, inner_end = paren.span(1)
        inner = normalise(raw[inner_start:inner_end])
        roles = list(ROLE.finditer(inner))
        if roles:
            for role, following in itertools.zip_longest(roles, roles[1:]):
                stop = inner_start + (following.start() if following else len(inner))
                mentions += _units(raw, inner_start + role.end(), stop, role.group(1) in LEAD_WORDS)
        elif inner.rstrip().endswith("负责"):
            mentions += _units(raw, inner_start, inner_end, False)
        else:
            units = _units(raw, inner_start, inner_end, False)
            if units and all(unit.spelling in known for unit in units):
                mentions += units
    return mentions


def spelling_map(spellings: pd.DataFrame) -> dict[tuple[str, str], str]:
    """(geo, spelling) → agency."""
    return {(row.geo, row.spelling): row.agency for row in spellings.itertuples()}


def task_agencies(
    tasks: pd.DataFrame, documents: pd.DataFrame, spellings: pd.DataFrame, texts: dict[str, str]
) -> pd.DataFrame:
    """One row per (leaf task, agency): ``role`` lead or shared, and the spellings and offsets
    of its mentions. A spelling missing from the table raises an error naming task and text."""
    geo_of = documents.set_index("doc_id").geo
    mapping = spelling_map(spellings)
    rows, unknown = [], []
    for task in leaf_tasks(tasks).itertuples():
        geo, raw = geo_of[task.doc_id], texts[task.doc_id]
        known = {spelling for g, spelling in mapping if g == geo}
        mentions = attributions(raw, task.char_start, task.char_end, known)
        found: dict[str, list[Mention]] = {}
        for mention in mentions:
            agency = mapping.get((geo, mention.spelling))
            if agency is None:
                unknown.append(f"{task.task_id}: {mention.spelling!r} at [{mention.start}:{mention.end}]")
                continue
            found.setdefault(agency, []).append(mention)
        any_lead = any(m.lead for m in mentions)
        for agency, named in found.items():
            lead = any(m.lead for m in named) or (not any_lead and len(found) == 1)
            rows.append({
                "doc_id": task.doc_id, "geo": geo, "task_id": task.task_id, "agency": agency,
                "role": "lead" if lead else "shared", "spellings": ";".join(dict.fromkeys(m.spelling for m in named)),
                "offsets": ";".join(f"{m.start}-{m.end}" for m in named),
            })
    if unknown:
        listing = "\n".join(f"  - {item}" for item in unknown)
        raise ValueError(f"responsible units missing from data/curated/agency_spellings.csv:\n{listing}")
    columns = ["doc_id", "geo", "task_id", "agency", "role", "spellings", "offsets"]
    return pd.DataFrame(rows, columns=columns).sort_values(["task_id", "agency"]).reset_index(drop=True)


def agency_counts(links: pd.DataFrame) -> pd.DataFrame:
    """Per document and agency: tasks led, tasks shared, and all tasks named."""
    counts = links.pivot_table(index=["doc_id", "agency"], columns="role", values="task_id", aggfunc="count", fill_value=0)
    counts = counts.reindex(columns=["lead", "shared"], fill_value=0).reset_index()
    counts["tasks"] = counts.lead + counts.shared
    counts.columns.name = None
    return counts.sort_values(["doc_id", "tasks", "agency"], ascending=[True, False, True]).reset_index(drop=True)


def co_responsibility(links: pd.DataFrame) -> pd.DataFrame:
    """Edges ``doc_id, agency_a, agency_b, tasks``: two agencies named for the same task, counted."""
    edges: dict[tuple[str, str, str], int] = {}
    for (doc_id, _), group in links.groupby(["doc_id", "task_id"]):
        for a, b in itertools.combinations(sorted(group.agency), 2):
            edges[(doc_id, a, b)] = edges.get((doc_id, a, b), 0) + 1
    frame = pd.DataFrame([(*key, n) for key, n in edges.items()], columns=["doc_id", "agency_a", "agency_b", "tasks"])
    return frame.sort_values(["doc_id", "agency_a", "agency_b"]).reset_index(drop=True)


def target_agencies(targets: pd.DataFrame, documents: pd.DataFrame, spellings: pd.DataFrame) -> pd.DataFrame:
    """Agencies answering for each own target (restatements dropped), from the target's curated
    ``responsible`` spellings; targets naming none get no row."""
    geo_of = documents.set_index("doc_id").geo
    mapping = spelling_map(spellings)
    rows = []
    for target in targets[(targets.kind == "target") & (targets.restates == "")].itertuples():
        geo = geo_of[target.doc_id]
        for spelling in filter(None, target.responsible.split(";")):
            if (geo, spelling) not in mapping:
                raise ValueError(f"targets.csv {target.target_id}: responsible {spelling!r} is missing from agency_spellings.csv")
            rows.append({"target_id": target.target_id, "doc_id": target.doc_id, "agency": mapping[(geo, spelling)]})
    return pd.DataFrame(rows, columns=["target_id", "doc_id", "agency"]).drop_duplicates().reset_index(drop=True)
