"""Words of notebook 04 and the profiles' plan-text sections: the ``plantext.*`` entries of the
project's one catalogue (:mod:`analysis.labels`), and the codebook's names for sub-types."""

from __future__ import annotations

from analysis.labels import check_lang
from analysis.labels import label as catalogue_label
from analysis.plantext.instruments import SUBTYPES


def label(key: str, lang: str) -> str:
    """The word for ``key`` in ``lang``; sub-type codes give the codebook's names."""
    check_lang(lang)
    if key in SUBTYPES:
        return getattr(SUBTYPES[key], f"name_{lang}")
    return catalogue_label(f"plantext.{key}", lang)
