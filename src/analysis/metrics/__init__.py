"""Ambition and feasibility metrics for plan targets, and an evidence-graded verdict for each.

Every public function takes DataFrames and returns a DataFrame keyed by ``target_id`` (or
``city_target_id``), sorted by that key. A metric row carries the inputs it was computed
from, and when a metric cannot be computed it is NaN and a ``*_reason`` column says why —
never a silent zero or a guess.

Comparability is decided in one place, :data:`COMPARABLE`: a target is compared only with
observations of the matching measure and the same unit, and with same-document baselines of
the same quantity. Umbrella indicator codes (:data:`UMBRELLA_INDICATORS`) group different
statistics, so their rows are compared only when ``indicator_text`` is identical. A district
target answers to at most one city target (:func:`match_city_target`). Observations flagged
``doubtful`` are left out unless ``include_doubtful=True``.

Modules: :mod:`.base` (comparability, series, baselines, populations, which targets),
:mod:`.ambition`, :mod:`.timing`, :mod:`.feasibility`, :mod:`.verdicts`, :mod:`.assemble`
(the joined tables) and :mod:`.processed` (the data product in ``data/processed/``).
"""

from .ambition import city_reference, own_ambition, own_baselines, peer_ranks
from .assemble import city_plan_date, city_target_metrics, over_commitment, target_metrics
from .base import (
    ADDITIVE,
    COMPARABLE,
    GRADES,
    PACE,
    UMBRELLA_INDICATORS,
    cagr,
    city_geo,
    city_population_share,
    direction,
    match_city_target,
    meets,
    own_target_mask,
    population,
    quoted_goals,
    target_inputs,
)
from .feasibility import (
    attainment_probability,
    ex_post_attainment,
    ex_post_distribution,
    progress,
    progress_category,
)
from .timing import clock, time_available
from .verdicts import VERDICTS, verdict_counts, verdicts

__all__ = [
    "ADDITIVE", "COMPARABLE", "GRADES", "PACE", "UMBRELLA_INDICATORS", "VERDICTS", "attainment_probability", "cagr",
    "city_geo", "city_plan_date", "city_population_share", "city_reference", "city_target_metrics", "clock",
    "direction", "ex_post_attainment", "ex_post_distribution", "match_city_target", "meets", "over_commitment",
    "own_ambition", "own_baselines", "own_target_mask", "peer_ranks", "population", "progress", "progress_category",
    "quoted_goals", "target_inputs", "target_metrics", "time_available", "verdict_counts", "verdicts",
]  # fmt: skip
