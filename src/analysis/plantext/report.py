"""Summaries of the plan-text tables for notebook 04 and the district profiles."""

from __future__ import annotations

import pandas as pd

from analysis.metrics.base import own_target_mask
from analysis.plantext.instruments import INSTRUMENTS, SUBTYPES, leaf_tasks
from analysis.plantext.reuse import comparable


def final_codes(codes: pd.DataFrame) -> pd.DataFrame:
    """The codes that stand after review."""
    return codes[codes.reviewed_code].reset_index(drop=True)


def instrument_shares(codes: pd.DataFrame, by: str = "doc_id", level: str = "instrument") -> pd.DataFrame:
    """Share of the reviewed codes of each group (``by``: a column of ``codes``, e.g. doc_id or
    geo) that falls in each instrument family (``level="instrument"``) or sub-type; rows sum to 1."""
    final = final_codes(codes)
    order = list(INSTRUMENTS) if level == "instrument" else list(SUBTYPES)
    counts = pd.crosstab(final[by], final[level]).reindex(columns=order, fill_value=0)
    counts.columns.name = None
    return counts.div(counts.sum(axis=1), axis=0)


def review_agreement(codes: pd.DataFrame) -> dict[str, float | int]:
    """How the rules fared against review: codes kept, dropped and added, and tasks whose set of
    sub-types the review left unchanged."""
    kept = int((codes.rule_code & codes.reviewed_code).sum())
    dropped = int((codes.rule_code & ~codes.reviewed_code).sum())
    added = int((~codes.rule_code & codes.reviewed_code).sum())
    by_task = codes.groupby("task_id").apply(lambda g: bool((g.rule_code == g.reviewed_code).all()), include_groups=False)
    return {
        "rule_codes": kept + dropped, "reviewed_codes": kept + added, "kept": kept, "dropped": dropped, "added": added,
        "precision": kept / (kept + dropped), "recall": kept / (kept + added),
        "tasks": len(by_task), "tasks_unchanged": int(by_task.sum()), "share_tasks_changed": 1 - float(by_task.mean()),
    }


def target_instruments(
    targets: pd.DataFrame, tasks: pd.DataFrame, codes: pd.DataFrame, documents: pd.DataFrame
) -> pd.DataFrame:
    """Each distinct own target (as in the metrics: no restatement, no goal quoted for another
    geography) with the leaf task it stands under and that task's reviewed sub-types; targets
    outside every leaf task (goal sections) get task_id empty."""
    leaves = leaf_tasks(tasks)
    under = {t: task.task_id for task in leaves.itertuples() for t in task.target_ids.split(";") if t}
    final = final_codes(codes)
    rows = []
    for target in targets[own_target_mask(targets, documents)].itertuples():
        task_id = under.get(target.target_id, "")
        subtypes = final[final.task_id == task_id].subtype.tolist()
        for subtype in subtypes or [""]:
            rows.append({"target_id": target.target_id, "doc_id": target.doc_id, "indicator": target.indicator,
                         "task_id": task_id, "instrument": SUBTYPES[subtype].instrument if subtype else "", "subtype": subtype})
    return pd.DataFrame(rows)


def task_coverage(reuse: pd.DataFrame, tasks: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Per document and source (another document, ``any``, or ``city``): the share of the
    document's leaf-task text (comparison characters) lying inside a passage it shares with it."""
    leaves = leaf_tasks(tasks)
    documents = sorted(texts)
    rows = []
    for doc in documents:
        offsets = comparable(texts[doc]).offsets
        spans = list(leaves.loc[leaves.doc_id == doc, ["char_start", "char_end"]].itertuples(index=False))
        task_chars = {o for o in offsets if any(s <= o < e for s, e in spans)}
        if not task_chars:
            continue
        covered: dict[str, set[int]] = {}
        for row in reuse[(reuse.doc_a == doc) | (reuse.doc_b == doc)].itertuples():
            mine = (row.start_a, row.end_a) if row.doc_a == doc else (row.start_b, row.end_b)
            other = row.doc_b if row.doc_a == doc else row.doc_a
            source = other if other in texts else "city"
            chars = {o for o in task_chars if mine[0] <= o < mine[1]}
            covered.setdefault(source, set()).update(chars)
            if source != "city":
                covered.setdefault("any", set()).update(chars)
        for source in documents + ["any", "city"]:
            if source != doc:
                rows.append({"doc_id": doc, "source": source, "task_chars": len(task_chars),
                             "shared_chars": len(covered.get(source, ())), "share": len(covered.get(source, ())) / len(task_chars)})
    return pd.DataFrame(rows)


def passage_sections(reuse: pd.DataFrame, tasks: pd.DataFrame) -> pd.DataFrame:
    """``reuse`` with ``section_a``/``section_b``: the section and title of the innermost task
    containing each passage's start (empty outside every task; city quotes have none)."""
    def section(doc: str, start: int) -> str:
        inside = tasks[(tasks.doc_id == doc) & (tasks.char_start <= start) & (start < tasks.char_end)]
        if inside.empty:
            return ""
        innermost = inside.loc[inside.section.str.count("/").idxmax()]
        return f"{innermost.section} {innermost.title}"

    out = reuse.copy()
    out["section_a"] = [section(r.doc_a, r.start_a) for r in reuse.itertuples()]
    out["section_b"] = [section(r.doc_b, r.start_b) for r in reuse.itertuples()]
    return out


def instrument_mix(geo: str, codes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """For the district profile: reviewed codes of ``geo``'s documents per sub-type, with family,
    count and share of the geography's codes (empty frame if it has no coded task)."""
    docs = set(documents[documents.geo == geo].doc_id)
    final = final_codes(codes)
    mine = final[final.doc_id.isin(docs)]
    counts = mine.groupby(["instrument", "subtype"]).size().rename("codes").reset_index()
    counts["share"] = counts.codes / counts.codes.sum() if len(counts) else []
    order = {code: n for n, code in enumerate(SUBTYPES)}
    return counts.sort_values("subtype", key=lambda s: s.map(order)).reset_index(drop=True)


def most_copied(geo: str, reuse: pd.DataFrame, tasks: pd.DataFrame, documents: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """For the district profile: the ``n`` longest passages ``geo``'s documents share with another
    plan (or a city quote), seen from ``geo``'s side: its passage, offsets, section and the other text."""
    docs = set(documents[documents.geo == geo].doc_id)
    sections = passage_sections(reuse, tasks)
    rows = []
    for row in sections.itertuples():
        for side, other in (("a", "b"), ("b", "a")):
            if getattr(row, f"doc_{side}") in docs:
                rows.append({"doc_id": getattr(row, f"doc_{side}"), "other": getattr(row, f"doc_{other}"),
                             "start": getattr(row, f"start_{side}"), "end": getattr(row, f"end_{side}"),
                             "section": getattr(row, f"section_{side}"), "passage": getattr(row, f"passage_{side}"),
                             "length": row.length})
    frame = pd.DataFrame(rows, columns=["doc_id", "other", "start", "end", "section", "passage", "length"])
    return frame.sort_values(["length", "doc_id", "start", "other"], ascending=[False, True, True, True]).head(n).reset_index(drop=True)
