"""Text reuse: passages two texts share word for word, with exact offsets in both raw texts.

Method (documented in data/README.md): each text is compared in a *comparison form* — the
``analysis.text.normalise`` copy (traditional → simplified, full-width → half-width), lower-cased,
keeping only letters, digits and Chinese characters, so punctuation, spaces and line breaks
never break a match. Every position of the comparison form remembers its offset in the raw
text. Shared passages are the maximal exact matches of at least ``MIN_LENGTH`` comparison
characters, found from ``MIN_LENGTH``-character shingles: each shingle the two texts share is
a seed; a seed whose preceding characters also agree lies inside a longer match and is
skipped; the others are extended to the right as far as the texts agree. A passage's raw
span runs from its first to its last compared character, so ``passage == raw[start:end]``.

What it misses: paraphrase and reordered clauses; passages broken by a changed number or word
into pieces shorter than ``MIN_LENGTH``; and a passage repeated inside one text is matched at
every occurrence (each is a row).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.text import normalise

#: shortest shared passage reported, in comparison characters (about one clause of a plan)
MIN_LENGTH = 15

COLUMNS = ["reuse_id", "doc_a", "doc_b", "start_a", "end_a", "start_b", "end_b", "passage_a", "passage_b", "length"]


@dataclass(frozen=True)
class Comparable:
    """A text's comparison form and, for each of its characters, the offset in the raw text."""

    raw: str
    form: str
    offsets: tuple[int, ...]


def comparable(raw: str) -> Comparable:
    """The comparison form of ``raw``: normalised, lower-cased, letters/digits/CJK only."""
    kept = [(char.lower(), offset) for offset, char in enumerate(normalise(raw)) if char.isalnum()]
    return Comparable(raw, "".join(char for char, _ in kept), tuple(offset for _, offset in kept))


def maximal_matches(a: str, b: str, min_length: int = MIN_LENGTH) -> list[tuple[int, int, int]]:
    """(i, j, length) for every maximal common substring ``a[i:i+length] == b[j:j+length]``
    with ``length >= min_length`` (maximal: it cannot be extended left or right)."""
    if min_length < 1:
        raise ValueError("min_length must be at least 1")
    seeds: dict[str, list[int]] = {}
    for j in range(len(b) - min_length + 1):
        seeds.setdefault(b[j : j + min_length], []).append(j)
    matches = []
    for i in range(len(a) - min_length + 1):
        for j in seeds.get(a[i : i + min_length], ()):
            if i > 0 and j > 0 and a[i - 1] == b[j - 1]:
                continue  # inside a match that starts further left
            length = min_length
            while i + length < len(a) and j + length < len(b) and a[i + length] == b[j + length]:
                length += 1
            matches.append((i, j, length))
    return matches


def shared_passages(doc_a: str, raw_a: str, doc_b: str, raw_b: str, min_length: int = MIN_LENGTH) -> list[dict]:
    """Rows (without ``reuse_id``) for every passage the two raw texts share."""
    a, b = comparable(raw_a), comparable(raw_b)
    rows = []
    for i, j, length in maximal_matches(a.form, b.form, min_length):
        start_a, end_a = a.offsets[i], a.offsets[i + length - 1] + 1
        start_b, end_b = b.offsets[j], b.offsets[j + length - 1] + 1
        rows.append({
            "doc_a": doc_a, "doc_b": doc_b, "start_a": start_a, "end_a": end_a, "start_b": start_b, "end_b": end_b,
            "passage_a": raw_a[start_a:end_a], "passage_b": raw_b[start_b:end_b], "length": length,
        })
    return rows


def city_quotes(city_targets: pd.DataFrame) -> dict[str, str]:
    """The city plan's text as far as our data quotes it: each distinct quote, under the id of
    the first city target that quotes it."""
    quotes: dict[str, str] = {}
    for row in city_targets.sort_values("city_target_id").itertuples():
        if row.quote not in quotes.values():
            quotes[row.city_target_id] = row.quote
    return quotes


def text_reuse(texts: dict[str, str], city: dict[str, str], min_length: int = MIN_LENGTH) -> pd.DataFrame:
    """Shared passages of every pair of documents (``doc_a`` < ``doc_b``) and of every document
    with every city quote (``doc_b`` is the ``city_target_id``; offsets index its quote)."""
    docs = sorted(texts)
    rows = []
    for position, doc_a in enumerate(docs):
        for doc_b in docs[position + 1 :]:
            rows += shared_passages(doc_a, texts[doc_a], doc_b, texts[doc_b], min_length)
        for city_id in sorted(city):
            rows += shared_passages(doc_a, texts[doc_a], city_id, city[city_id], min_length)
    frame = pd.DataFrame(rows, columns=COLUMNS[1:]).sort_values(["doc_a", "doc_b", "start_a", "start_b", "end_a"])
    frame.insert(0, "reuse_id", [f"r{n:04d}" for n in range(1, len(frame) + 1)])
    return frame.reset_index(drop=True)
