"""Score the extractor against the hand-curated targets.

``python -m analysis evaluate`` runs ``analysis.extract.extract_targets`` on every raw document
(its text only: no metadata is passed in) and compares the rows with the gold standard
(``data/curated/targets.csv``, or ``--gold`` files with the same columns). It also scores the
document cards against ``data/curated/documents.csv`` and the tasks against
``data/curated/tasks.csv``, and the annotated text sets, each in its own section: the development
set ``data/devset`` (held out once, now tuned on) and the out-of-sample set ``data/heldout``. It writes ``reports/extraction_evaluation.md`` and
``reports/extraction_evaluation.csv`` (every score table, labelled by ``sample`` and ``table``).

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
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.extract import extract_targets
from analysis.extract.card import read_card
from analysis.extract.targets import read_document
from analysis.extract.tasks import TASK_COLUMNS, extract_tasks
from analysis.io import atomic_write_text, write_csv
from analysis.schemas import GENRE_OF_DOC_TYPE

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
    return pd.DataFrame(records)


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


# --- document cards, tasks and the held-out texts ---------------------------------------------

CARD_FIELDS = ["title", "issuer", "doc_number", "signed", "published", "plan_start", "plan_end", "genre"]
TASK_FIELDS = ["title", "lead", "responsible"]
HELDOUT_FIELDS = ["kind", "year", "unit", "value", "comparator"]
TEXT_ONLY_FIELDS = ["kind", "year"]  # scored again without the page date
MIN_TASK_IOU = 0.5


def _text(value: object) -> str:
    """A cell as comparable text: missing → "", timestamps → ISO dates, 2020.0 → "2020"."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def card_table(predicted: dict[str, dict[str, object]], gold: pd.DataFrame, key: str) -> pd.DataFrame:
    """One row per document: 1.0/0.0 per card field (predicted == gold, both as text), and an
    ``overall`` row with the share correct. A field the gold table lacks is left out; a gold
    table with ``issued`` instead of ``signed``/``published`` is scored on ``issued`` = the
    card's signed date, else its published one."""
    fields = [field for field in CARD_FIELDS if field in gold]
    if "issued" in gold and "signed" not in gold:
        fields.append("issued")
    records = []
    for row in gold.itertuples(index=False):
        card = predicted[getattr(row, key)]
        card = {**card, "issued": card.get("signed") or card.get("published")}
        records.append({"doc_id": getattr(row, key),
                        **{field: float(_text(card.get(field)) == _text(getattr(row, field))) for field in fields}})
    table = pd.DataFrame(records, columns=["doc_id", *fields])
    overall = {"doc_id": "overall", **{field: table[field].mean() if len(table) else math.nan for field in fields}}
    return pd.concat([table, pd.DataFrame([overall])], ignore_index=True)


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return max(overlap, 0) / union if union > 0 else 0.0


def match_tasks(pred: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int, float]]:
    """One-to-one (predicted, gold, overlap) task pairs of one document whose spans overlap by at
    least ``MIN_TASK_IOU`` of their union, best overlaps first."""
    candidates = sorted(
        ((-_iou((p.char_start, p.char_end), (g.char_start, g.char_end)), i, j)
         for i, p in enumerate(pred.itertuples(index=False)) for j, g in enumerate(gold.itertuples(index=False))),
    )
    used_pred, used_gold, pairs = set(), set(), []
    for negative, i, j in candidates:
        if -negative >= MIN_TASK_IOU and i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j, -negative))
    return sorted(pairs)


def task_table(predicted: dict[str, pd.DataFrame], gold: pd.DataFrame) -> pd.DataFrame:
    """Per document and overall: task counts, P/R/F1 of the span match, mean overlap of matched
    spans, and title/lead/responsible accuracy on matched tasks."""
    counts: dict[str, list[float]] = {}
    for doc_id, pred in predicted.items():
        truth = gold[gold.doc_id == doc_id].reset_index(drop=True)
        pairs = match_tasks(pred, truth)
        same = {field: sum(_text(pred[field].iloc[i]) == _text(truth[field].iloc[j]) for i, j, _ in pairs)
                for field in TASK_FIELDS}
        counts[doc_id] = [len(pred), len(truth), len(pairs), sum(iou for *_, iou in pairs), *same.values()]
    counts["overall"] = [sum(values) for values in zip(*counts.values())] if counts else [0] * 7
    records = []
    for doc_id, (n_pred, n_gold, matched, iou, *same) in counts.items():
        scores = Scores(int(n_pred), int(n_gold), int(matched), dict.fromkeys(FIELDS, 0))
        records.append({"doc_id": doc_id, "predicted": n_pred, "gold": n_gold, "matched": matched,
                        "precision": scores.precision, "recall": scores.recall, "f1": scores.f1,
                        "span_overlap": iou / matched if matched else math.nan,
                        **{f"{field}_accuracy": hit / matched if matched else math.nan
                           for field, hit in zip(TASK_FIELDS, same)}})
    return pd.DataFrame(records)


def match_by_span(pred: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """One-to-one (predicted, gold) pairs whose value spans overlap, closest starts first: the
    held-out gold gives each number's span, so the match does not presume its unit or value."""
    candidates = sorted(
        (abs(p.value_start - g.value_start), i, j)
        for i, p in enumerate(pred.itertuples(index=False)) for j, g in enumerate(gold.itertuples(index=False))
        if p.value_start < g.value_end and g.value_start < p.value_end
    )
    used_pred, used_gold, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _same_in_text_set(field: str, predicted: object, gold: object) -> bool:
    if field == "value":
        return not pd.isna(gold) and math.isclose(float(predicted), float(gold), rel_tol=REL_TOL, abs_tol=1e-12)
    return _text(predicted) == _text(gold)


def _read_text_set(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The manifest and the gold figures of an annotated text set."""
    manifest = pd.read_csv(folder / "manifest.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(folder / "gold_targets.csv", keep_default_na=False, na_values={"year": [""], "value": [""]},
                       dtype={"text_id": str, "unit": str, "kind": str, "comparator": str})
    return manifest, gold.astype({"value_start": int, "value_end": int})


def text_set_tables(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Scores on a hand-annotated text set (``data/devset`` or ``data/heldout``, one layout): targets
    (P/R/F1 and kind, year, unit, value, comparator accuracy on matched numbers) per text and
    overall, and document-card field accuracy. Each text is read with its page date from the
    manifest (as ``ingest --date`` gives it, for pages that print none); ``*_text_only`` columns
    score kind and year read from the text alone. Texts are read and scored here only; nothing
    of them is printed."""
    manifest, gold = _read_text_set(folder)
    cards_gold = pd.read_csv(folder / "gold_documents.csv", dtype=str, keep_default_na=False)
    counts: dict[str, list[int]] = {}
    cards: dict[str, dict[str, object]] = {}
    for entry in manifest.sort_values("text_id").itertuples(index=False):
        text = (folder / entry.file).read_text(encoding="utf-8").removeprefix("\ufeff")
        page = date.fromisoformat(entry.published) if entry.published else None
        card, dated = read_document(text, page)
        cards[entry.text_id] = card.row()
        truth = gold[gold.text_id == entry.text_id].sort_values("value_start").reset_index(drop=True)
        counts[entry.text_id] = [*_field_hits(dated, truth, HELDOUT_FIELDS),
                                 *_field_hits(extract_targets(text), truth, TEXT_ONLY_FIELDS)[3:]]
    width = 3 + len(HELDOUT_FIELDS) + len(TEXT_ONLY_FIELDS)
    counts["overall"] = [sum(values) for values in zip(*counts.values())] if counts else [0] * width
    fields = [f"{field}_accuracy" for field in HELDOUT_FIELDS] + [f"{field}_accuracy_text_only" for field in TEXT_ONLY_FIELDS]
    records = []
    for text_id, (n_pred, n_gold, matched, *same) in counts.items():
        scores = Scores(n_pred, n_gold, matched, dict.fromkeys(FIELDS, 0))
        records.append({"doc_id": text_id, "predicted": n_pred, "gold": n_gold, "matched": matched,
                        "precision": scores.precision, "recall": scores.recall, "f1": scores.f1,
                        **{field: hit / matched if matched else math.nan for field, hit in zip(fields, same)}})
    card_gold = cards_gold[cards_gold.text_id.isin(cards)]
    return pd.DataFrame(records), card_table(cards, card_gold, "text_id")


def genre_robustness(folder: Path) -> pd.DataFrame:
    """Kind and year accuracy on an annotated set with every text's genre forced to each genre in
    turn (and to none), read with its page date: what a wrong genre, the card's commonest error,
    costs. One row per forced genre, then their mean (``python -m analysis evaluate --robustness``)."""
    manifest, gold = _read_text_set(folder)
    genres = [*sorted(set(GENRE_OF_DOC_TYPE.values())), ""]
    hits = {genre: [0, 0, 0] for genre in genres}
    for entry in manifest.sort_values("text_id").itertuples(index=False):
        text = (folder / entry.file).read_text(encoding="utf-8").removeprefix("\ufeff")
        card = read_card(text)
        truth = gold[gold.text_id == entry.text_id].sort_values("value_start").reset_index(drop=True)
        page = date.fromisoformat(entry.published) if entry.published else None
        for genre in genres:
            pred = extract_targets(text, card=replace(card, genre=genre), page_date=page)
            _, _, matched, kind, year = _field_hits(pred, truth, ["kind", "year"])
            hits[genre] = [total + new for total, new in zip(hits[genre], (matched, kind, year))]
    rows = [{"genre": genre or "(none)", "matched": matched, "kind_accuracy": kind / matched if matched else math.nan,
             "year_accuracy": year / matched if matched else math.nan} for genre, (matched, kind, year) in hits.items()]
    table = pd.DataFrame(rows)
    mean = {"genre": "mean", "matched": table.matched.sum(), "kind_accuracy": table.kind_accuracy.mean(),
            "year_accuracy": table.year_accuracy.mean()}
    return pd.concat([table, pd.DataFrame([mean])], ignore_index=True)


def _field_hits(pred: pd.DataFrame, truth: pd.DataFrame, fields: list[str]) -> list[int]:
    """Predicted, gold and matched counts, then the matched rows agreeing on each field."""
    pairs = match_by_span(pred, truth)
    same = [sum(_same_in_text_set(field, pred[field].iloc[i], truth[field].iloc[j]) for i, j in pairs)
            for field in fields]
    return [len(pred), len(truth), len(pairs), *same]


def _markdown_table(table: pd.DataFrame, columns: list[str]) -> list[str]:
    """A Markdown table of some columns; rates as three decimals, ``–`` when undefined."""
    def cell(value: object) -> str:
        if isinstance(value, float):
            return _rate(value)
        return str(value)

    lines = ["| " + " | ".join(columns) + " |", "|---|" + "---:|" * (len(columns) - 1)]
    for row in table[columns].itertuples(index=False):
        first, *rest = row
        lines.append(f"| `{first}` | " + " | ".join(cell(value) for value in rest) + " |")
    return lines


TEXT_SETS = {  # sample label -> (folder under data/, report heading, what the scores mean)
    "development": ("devset", "## Development set (held out once, now tuned on)",
                    "Texts in `data/devset/` (see its README): gathered as the first held-out set, with gold written "
                    "before the extractor ran on them; the extractor's developers have since read them and tuned "
                    "rules on them, so these scores are no longer out of sample."),
    "out_of_sample": ("heldout", "## OUT OF SAMPLE: held-out texts",
                      "Texts in `data/heldout/` (see its README), gathered after the development set, never read by "
                      "the extractor's developers; their gold was written before the extractor ran on them."),
}
SPAN_MATCHING = ("A predicted number matches a gold one when their value spans overlap (one-to-one, closest "
                 "first), so unit and value are scored as fields. Each text is read with its page date from the "
                 "manifest, as `ingest --date` gives it where a page prints none; the `*_text_only` columns read "
                 "the text alone.")


def render_more(cards: pd.DataFrame, tasks: pd.DataFrame,
                text_sets: dict[str, tuple[pd.DataFrame, pd.DataFrame]]) -> str:
    """The report's sections on document cards, tasks and the annotated text sets."""
    lines = [
        "", "## Document cards (in sample)", "",
        "The card `analysis.extract.targets.read_document` reads from each raw text, against `data/curated/documents.csv`: 1 where "
        "the field equals the curated one (both empty counts as equal), the overall row the share equal.", "",
        *_markdown_table(cards, list(cards.columns)),
        "", "## Tasks (in sample)", "",
        "`analysis.extract.tasks.extract_tasks` against `data/curated/tasks.csv`: a predicted task matches a "
        f"curated one of the same document when their spans overlap by at least {MIN_TASK_IOU:g} of their union "
        "(one-to-one, best overlaps first); `span_overlap` is the mean overlap of matched tasks, the accuracies "
        "count matched tasks whose title, lead or responsible units equal the curated ones.", "",
        *_markdown_table(tasks, list(tasks.columns)),
    ]
    for sample, (targets, set_cards) in text_sets.items():
        _, heading, meaning = TEXT_SETS[sample]
        lines += [
            "", heading, "", f"{meaning} {SPAN_MATCHING}", "",
            *_markdown_table(targets, list(targets.columns)),
            "", "Document cards:", "",
            *_markdown_table(set_cards, list(set_cards.columns)),
        ]
    return "\n".join(lines) + "\n"


def read_text_sets(data_dir: Path) -> dict[str, tuple[pd.DataFrame, pd.DataFrame]]:
    """Scores of every annotated text set present under ``data_dir``, by sample label."""
    return {sample: text_set_tables(data_dir / folder) for sample, (folder, _, _) in TEXT_SETS.items()
            if (data_dir / folder / "manifest.csv").exists()}


def in_sample_cards_and_tasks(documents: pd.DataFrame, root: Path = paths.PROJ_ROOT) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Card and task scores of the curated documents (``documents`` as loaded, with raw_path)."""
    from analysis.load import load_tasks

    cards, tasks = {}, {}
    for doc in documents.itertuples(index=False):
        text = (root / doc.raw_path).read_text(encoding="utf-8")
        card, _ = read_document(text)
        cards[doc.doc_id] = card.row()
        tasks[doc.doc_id] = pd.DataFrame([task.row() for task in extract_tasks(text, card)], columns=TASK_COLUMNS)
    gold = documents.assign(genre=documents.doc_type.map(GENRE_OF_DOC_TYPE)) if "doc_type" in documents else documents
    return card_table(cards, gold, "doc_id"), task_table(tasks, load_tasks())


def combined_csv(targets: pd.DataFrame, cards: pd.DataFrame, tasks: pd.DataFrame,
                 text_sets: dict[str, tuple[pd.DataFrame, pd.DataFrame]]) -> pd.DataFrame:
    """Every score table in one CSV, labelled by ``sample`` (in_sample, development, out_of_sample) and
    ``table``."""
    parts = [("in_sample", "targets", targets), ("in_sample", "documents", cards), ("in_sample", "tasks", tasks)]
    for sample, (set_targets, set_cards) in text_sets.items():
        parts += [(sample, "targets", set_targets), (sample, "documents", set_cards)]
    frames = [frame.assign(sample=sample, table=name) for sample, name, frame in parts]
    combined = pd.concat(frames, ignore_index=True)
    combined = combined.astype({column: "Int64" for column in ("predicted", "gold", "matched") if column in combined})
    return combined[["sample", "table", *[c for c in combined.columns if c not in {"sample", "table"}]]]


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
    parser.add_argument("--errors", type=Path,
                        help="also write every in-sample unmatched row and field disagreement to this CSV")
    parser.add_argument("--data", type=Path, default=paths.DATA,
                        help="folder holding devset/ and heldout/, each scored when its manifest.csv exists "
                             "(default: data)")
    parser.add_argument("--robustness", action="store_true",
                        help="only print kind and year accuracy on the development set with each genre forced")
    args = parser.parse_args(argv)
    if args.robustness:
        print("\n".join(_markdown_table(genre_robustness(args.data / "devset"), ["genre", "matched", "kind_accuracy",
                                                                             "year_accuracy"])))
        return 0
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
    cards, tasks = in_sample_cards_and_tasks(documents.sort_values("doc_id"))
    text_sets = read_text_sets(args.data)
    write_csv(combined_csv(table, cards, tasks, text_sets), args.csv)
    source += f" ({int(gold.doc_id.isin(scores).sum())} rows)"
    atomic_write_text(args.report, render_markdown(table, source) + render_more(cards, tasks, text_sets))
    if args.errors:
        write_csv(errors, args.errors)
    overall = table.iloc[-1]
    print(f"precision {_rate(overall.precision)}, recall {_rate(overall.recall)}, F1 {_rate(overall.f1)} "
          f"over {len(scores)} document(s); report: {args.report}", file=sys.stderr)
    return 0
