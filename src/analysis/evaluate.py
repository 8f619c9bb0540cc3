"""Score the extractor against the hand-curated targets.

``python -m analysis evaluate`` runs ``analysis.extract.extract_targets`` on every raw document
(its text only: no metadata is passed in) and compares the rows with the gold standard
(``data/curated/targets.csv``, or ``--gold`` files with the same columns). It writes
``reports/extraction_evaluation.md`` and ``reports/extraction_evaluation.csv``.

A predicted row matches a gold row of the same document when their units are equal, their
values are equal within a relative tolerance of 1e-6, and their spans agree: the predicted
``value_start`` lies inside the gold quote, or the two value spans overlap. Matching is
one-to-one and greedy: candidate pairs are taken in order of the distance between their
``value_start``s, then document order.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.extract import extract_targets
from analysis.io import atomic_write_text, write_csv

FIELDS = ["kind", "year", "comparator", "quantity", "indicator"]
REL_TOL = 1e-6
GOLD_COLUMNS = ["doc_id", "unit", "value", "value_start", "value_end", "char_start", "char_end", *FIELDS]


@dataclass(frozen=True)
class Scores:
    """Counts of one comparison and the rates derived from them (NaN when undefined)."""

    predicted: int
    gold: int
    matched: int
    correct: dict[str, int]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else math.nan

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else math.nan

    @property
    def f1(self) -> float:
        total = self.predicted + self.gold
        return 2 * self.matched / total if total else math.nan

    def accuracy(self, field: str) -> float:
        return self.correct[field] / self.matched if self.matched else math.nan

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.predicted + other.predicted,
            self.gold + other.gold,
            self.matched + other.matched,
            {field: self.correct[field] + other.correct[field] for field in FIELDS},
        )


def _spans_agree(pred: pd.Series, gold: pd.Series) -> bool:
    inside_quote = gold.char_start <= pred.value_start < gold.char_end
    overlap = pred.value_start < gold.value_end and gold.value_start < pred.value_end
    return bool(inside_quote or overlap)


def match_rows(pred: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """One-to-one (predicted position, gold position) pairs of one document, greedily by the
    distance between value starts (see the module docstring for the match rule)."""
    candidates = []
    for i, p in enumerate(pred.itertuples(index=False)):
        for j, g in enumerate(gold.itertuples(index=False)):
            same_value = math.isclose(p.value, g.value, rel_tol=REL_TOL, abs_tol=1e-12)
            if p.unit == g.unit and same_value and _spans_agree(p, g):
                candidates.append((abs(p.value_start - g.value_start), i, j))
    used_pred, used_gold, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _same(a: object, b: object) -> bool:
    if pd.isna(a) or pd.isna(b):
        return bool(pd.isna(a) and pd.isna(b))
    return a == b


def score_document(pred: pd.DataFrame, gold: pd.DataFrame) -> tuple[Scores, list[tuple[int, int]]]:
    """Scores of one document's predicted rows against its gold rows, and the matched pairs."""
    pairs = match_rows(pred, gold)
    correct = {
        field: sum(_same(pred[field].iloc[i], gold[field].iloc[j]) for i, j in pairs) for field in FIELDS
    }
    return Scores(len(pred), len(gold), len(pairs), correct), pairs


def _errors(doc_id: str, pred: pd.DataFrame, gold: pd.DataFrame, pairs: list[tuple[int, int]]) -> pd.DataFrame:
    """Unmatched rows and field disagreements of one document, for inspection."""
    records = []
    matched_pred, matched_gold = {i for i, _ in pairs}, {j for _, j in pairs}
    for i in sorted(set(range(len(pred))) - matched_pred):
        row = pred.iloc[i]
        records.append({"doc_id": doc_id, "error": "extra", "value_start": row.value_start, "field": "",
                        "predicted": f"{row.value:g} {row.unit}", "gold": "", "quote": row.quote})
    for j in sorted(set(range(len(gold))) - matched_gold):
        row = gold.iloc[j]
        records.append({"doc_id": doc_id, "error": "missed", "value_start": row.value_start, "field": "",
                        "predicted": "", "gold": f"{row.value:g} {row.unit}", "quote": row.quote})
    for i, j in pairs:
        for field in FIELDS:
            if not _same(pred[field].iloc[i], gold[field].iloc[j]):
                records.append({"doc_id": doc_id, "error": "field", "value_start": gold.value_start.iloc[j],
                                "field": field, "predicted": str(pred[field].iloc[i]), "gold": str(gold[field].iloc[j]),
                                "quote": gold.quote.iloc[j]})
    return pd.DataFrame(records, columns=["doc_id", "error", "value_start", "field", "predicted", "gold", "quote"])


def evaluate(
    documents: pd.DataFrame, gold: pd.DataFrame, root: Path = paths.PROJ_ROOT
) -> tuple[dict[str, Scores], pd.DataFrame]:
    """Scores per document (in ``documents`` order) and the error listing. ``documents`` needs
    ``doc_id`` and ``raw_path`` (relative to ``root``)."""
    scores, errors = {}, []
    for doc in documents.itertuples(index=False):
        text = (root / doc.raw_path).read_text(encoding="utf-8")
        pred = extract_targets(text)
        truth = gold[gold.doc_id == doc.doc_id].sort_values(["char_start", "value_start"]).reset_index(drop=True)
        scores[doc.doc_id], pairs = score_document(pred, truth)
        errors.append(_errors(doc.doc_id, pred, truth, pairs))
    return scores, pd.concat(errors, ignore_index=True)


def _rate(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.3f}"


def metrics_table(scores: dict[str, Scores]) -> pd.DataFrame:
    """One row per document plus an ``overall`` row: counts, P/R/F1 and field accuracies."""
    rows = {**scores, "overall": sum(scores.values(), Scores(0, 0, 0, dict.fromkeys(FIELDS, 0)))}
    records = []
    for doc_id, s in rows.items():
        record = {"doc_id": doc_id, "predicted": s.predicted, "gold": s.gold, "matched": s.matched,
                  "precision": s.precision, "recall": s.recall, "f1": s.f1}
        record.update({f"{field}_accuracy": s.accuracy(field) for field in FIELDS})
        records.append(record)
    return pd.DataFrame(records).round(4)


def render_markdown(table: pd.DataFrame, gold_source: str) -> str:
    """The evaluation report; it depends only on the inputs (no run date: reruns change no byte)."""
    overall = table[table.doc_id == "overall"].iloc[0]
    per_doc = table[table.doc_id != "overall"]
    lines = [
        "# Extraction evaluation",
        "",
        f"Gold standard: {gold_source}. Extractor: `analysis.extract.extract_targets` on each raw "
        "document's text alone (no metadata passed in). Regenerate with `python -m analysis evaluate`.",
        "",
        "## How rows are matched",
        "",
        "A predicted row matches a gold row of the same document when the units are equal, the values "
        f"are equal within a relative tolerance of {REL_TOL:g}, and the spans agree: the predicted "
        "`value_start` lies inside the gold quote, or the predicted and gold value spans overlap. "
        "Matching is one-to-one and greedy (closest value starts first). Precision = matched / "
        "predicted, recall = matched / gold, F1 = 2·matched / (predicted + gold). Field accuracy is "
        "the share of matched rows whose field equals the gold one; `–` means undefined (nothing to count).",
        "",
        "## Overall",
        "",
        "| predicted | gold | matched | precision | recall | F1 |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {overall.predicted} | {overall.gold} | {overall.matched} | {_rate(overall.precision)} | "
        f"{_rate(overall.recall)} | {_rate(overall.f1)} |",
        "",
        "| field | accuracy on matched rows |",
        "|---|---:|",
        *[f"| `{field}` | {_rate(overall[f'{field}_accuracy'])} |" for field in FIELDS],
        "",
        "## Per document",
        "",
        "| document | predicted | gold | matched | precision | recall | F1 | " + " | ".join(FIELDS) + " |",
        "|---|---:|---:|---:|---:|---:|---:|" + "---:|" * len(FIELDS),
    ]
    for row in per_doc.itertuples(index=False):
        accuracies = " | ".join(_rate(getattr(row, f"{field}_accuracy")) for field in FIELDS)
        lines.append(
            f"| `{row.doc_id}` | {row.predicted} | {row.gold} | {row.matched} | {_rate(row.precision)} | "
            f"{_rate(row.recall)} | {_rate(row.f1)} | {accuracies} |"
        )
    return "\n".join(lines) + "\n"


def read_gold(paths_: list[Path]) -> pd.DataFrame:
    """Gold rows from CSV files with the targets.csv columns (``target_id`` optional)."""
    frames = [
        pd.read_csv(path, dtype={"unit": str, "comparator": str}, keep_default_na=False, na_values={"year": [""]})
        for path in paths_
    ]
    gold = pd.concat(frames, ignore_index=True)
    missing = [column for column in GOLD_COLUMNS if column not in gold]
    if missing:
        raise ValueError(f"gold file(s) lack column(s): {', '.join(missing)}")
    offsets = dict.fromkeys(["value_start", "value_end", "char_start", "char_end"], int)
    return gold.astype({"value": float, "year": "Int64", **offsets})


def cli(argv: list[str]) -> int:
    """``python -m analysis evaluate [--gold CSV ...] [--doc DOC_ID ...]``."""
    parser = argparse.ArgumentParser(prog="python -m analysis evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--gold", type=Path, action="append", help="gold CSV(s) (default: the validated data/curated/targets.csv)"
    )
    parser.add_argument("--doc", action="append", help="evaluate only this doc_id (repeatable; default: all)")
    parser.add_argument("--report", type=Path, default=paths.REPORTS / "extraction_evaluation.md",
                        help="markdown report to write (default: reports/extraction_evaluation.md)")
    parser.add_argument("--csv", type=Path, default=paths.REPORTS / "extraction_evaluation.csv",
                        help="per-document metrics CSV to write (default: reports/extraction_evaluation.csv)")
    parser.add_argument("--errors", type=Path, help="also write every unmatched row and field disagreement to this CSV")
    args = parser.parse_args(argv)
    from analysis.load import DataValidationError, load_documents, load_targets

    try:
        documents = load_documents()
        if args.gold:
            gold, source = read_gold(args.gold), ", ".join(f"`{path}`" for path in args.gold)
        else:
            gold, source = load_targets(), "`data/curated/targets.csv`"
    except (DataValidationError, OSError, ValueError) as error:
        print(f"error: cannot load the gold standard: {error}", file=sys.stderr)
        return 1
    if args.doc:
        unknown = sorted(set(args.doc) - set(documents.doc_id))
        if unknown:
            parser.error(f"unknown doc_id(s): {', '.join(unknown)}")
        documents = documents[documents.doc_id.isin(args.doc)]
    scores, errors = evaluate(documents.sort_values("doc_id"), gold)
    table = metrics_table(scores)
    write_csv(table, args.csv)
    source += f" ({int(gold.doc_id.isin(scores).sum())} rows)"
    atomic_write_text(args.report, render_markdown(table, source))
    if args.errors:
        write_csv(errors, args.errors)
    overall = table.iloc[-1]
    print(f"precision {_rate(overall.precision)}, recall {_rate(overall.recall)}, F1 {_rate(overall.f1)} "
          f"over {len(scores)} document(s); report: {args.report}", file=sys.stderr)
    return 0
