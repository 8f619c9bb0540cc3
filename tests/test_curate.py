"""Accepting reviewed rows: ids continue per document, tasks link to targets, bad rows write nothing."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.curate import assign_ids, curate, link_tasks
from analysis.load import DataValidationError, load_tables


def test_assign_ids_continues_after_each_documents_highest_id():
    frame = pd.DataFrame(
        {"target_id": ["a-t002", "", "", "b-t001", ""], "doc_id": ["a", "a", "a", "b", "c"]}
    )
    assert assign_ids(frame, "target_id", "t", 3).target_id.tolist() == [
        "a-t002", "a-t003", "a-t004", "b-t001", "c-t001"
    ]


def test_link_tasks_uses_quote_starts_inside_the_span_of_the_same_document():
    tasks = pd.DataFrame({"doc_id": ["a", "a"], "char_start": [0, 10], "char_end": [10, 20]})
    targets = pd.DataFrame(
        {"target_id": ["a-t001", "a-t002", "b-t001"], "doc_id": ["a", "a", "b"], "char_start": [9, 10, 5]}
    )
    assert link_tasks(tasks, targets).target_ids.tolist() == ["a-t001", "a-t002"]


def _reviewed_row(data_dir, **changes) -> pd.DataFrame:
    """A new reviewed row copied from the first curated target, without its id."""
    targets = pd.read_csv(data_dir / "curated/targets.csv", dtype=str, keep_default_na=False)
    row = targets.iloc[[0]].drop(columns="target_id").assign(**changes)
    return row


def test_curate_appends_validates_and_relinks(data_copy, tmp_path):
    before = load_tables(["targets", "tasks"], data_copy)
    first = before["targets"].iloc[0]
    reviewed = tmp_path / "reviewed.csv"
    _reviewed_row(data_copy, note="reviewed duplicate for the test").to_csv(reviewed, index=False)
    curate([reviewed], [], data_copy)
    after = load_tables(["targets", "tasks"], data_copy)
    assert len(after["targets"]) == len(before["targets"]) + 1
    new_ids = set(after["targets"].target_id) - set(before["targets"].target_id)
    (new_id,) = new_ids
    assert new_id.startswith(first.doc_id + "-t")
    assert after["tasks"].target_ids.str.contains(new_id).sum() == before["tasks"].target_ids.str.contains(first.target_id).sum()


def test_curate_writes_nothing_when_a_reviewed_row_is_wrong(data_copy, tmp_path):
    original = (data_copy / "curated/targets.csv").read_bytes()
    reviewed = tmp_path / "reviewed.csv"
    row = _reviewed_row(data_copy)
    row = row.assign(char_start=str(int(row.char_start.iloc[0]) + 1))
    row.to_csv(reviewed, index=False)
    with pytest.raises(DataValidationError, match="does not match the raw text"):
        curate([reviewed], [], data_copy)
    assert (data_copy / "curated/targets.csv").read_bytes() == original
