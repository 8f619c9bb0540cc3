"""What every metric shares: comparability rules, observation series, baselines, populations,
the distinct own targets and their one matching city target."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

#: Source grades from best to worst.
GRADES = ("official", "official_repost", "news", "secondary", "machine_translation")

#: Grades that may support a conclusion only when the conclusion says so.
WEAK_GRADES = frozenset({"secondary", "machine_translation"})

#: Target quantity → (the observation measure it compares with, the same-document baseline quantity).
COMPARABLE: dict[str, tuple[str, str]] = {
    "level": ("year_end_stock", "level"),
    "flow": ("annual_flow", "flow"),
    "increment": ("annual_flow", "increment"),
    "share": ("rate", "share"),
    "growth_rate": ("rate", "growth_rate"),
}

#: How progress towards a target is paced: compound growth, percentage points per year, or
#: additions per year. Growth-rate targets have no pace (a growth rate is already a pace).
PACE = {"level": "compound", "flow": "compound", "share": "linear", "increment": "additions"}

#: Quantities that add up across districts and can be divided by population.
ADDITIVE = frozenset({"level", "flow", "increment"})

#: Codes whose indicators.csv description groups several statistics (e.g. ``enterprises``
#: covers 专精特新, scale-class and cloud-adopting firms alike): rows with these codes are the
#: same statistic only when their ``indicator_text`` is identical.
UMBRELLA_INDICATORS = frozenset(
    {
        "enterprises",
        "events",
        "funds",
        "growth",
        "incubators",
        "innovation_platforms",
        "investment",
        "land",
        "listed_tech_companies",
        "other",
        "patents",
        "projects",
        "talent",
        "unicorns",
    }
)

NAN = float("nan")


# --- small scalar helpers -------------------------------------------------------------------


def cagr(start: float, end: float, years: float) -> float:
    """Compound annual growth rate from ``start`` to ``end``; NaN unless both are positive and years > 0."""
    if not (start > 0 and end > 0 and years > 0):
        return NAN
    return (end / start) ** (1 / years) - 1


def direction(comparator: str, higher_is_better: bool) -> int:
    """+1 when the target is beaten by higher values, -1 by lower (a ``<=`` cap or a lower-is-better indicator)."""
    return -1 if comparator == "<=" or not higher_is_better else 1


def meets(value: float, target: float, comparator: str, sign: int) -> bool:
    """Whether ``value`` satisfies the target; ``>`` (突破, 超过) must be strictly exceeded."""
    margin = sign * (value - target)
    return margin > 0 if comparator == ">" else margin >= 0


def join_reasons(*reasons: str) -> str:
    return "; ".join(reason for reason in reasons if reason)


def as_float(value: object) -> float:
    return NAN if pd.isna(value) else float(value)


def statistic_text(indicator: str, indicator_text: str) -> str | None:
    """The text two rows must share to be the same statistic (None: the code alone suffices)."""
    return indicator_text if indicator in UMBRELLA_INDICATORS else None


def flagged(flags: str, flag: str) -> bool:
    return flag in flags.split(";")


def records(inputs: pd.DataFrame) -> list[dict]:
    """Input rows as dicts with the target year as a plain int."""
    return [row | {"year": int(row["year"])} for row in inputs.to_dict("records")]


def table(rows: list[dict], columns: Sequence[str]) -> pd.DataFrame:
    """Rows as a frame with exactly ``columns``, sorted by the first."""
    return pd.DataFrame(rows, columns=list(columns)).sort_values(columns[0]).reset_index(drop=True)


# --- selecting observations ------------------------------------------------------------------


def _clean(rows: pd.DataFrame, include_doubtful: bool) -> pd.DataFrame:
    """Rows ranked clean first, then by grade and id; doubtful rows dropped unless asked for."""
    doubtful = rows["flags"].map(lambda flags: flagged(flags, "doubtful")).astype(bool)
    if not include_doubtful:
        rows, doubtful = rows[~doubtful], doubtful[~doubtful]
    return rows.assign(_doubtful=doubtful, _grade=rows.source_grade.map(GRADES.index))


def statistic_rows(
    observations: pd.DataFrame, *, geo: str, indicator: str, unit: str, text: str | None, include_doubtful: bool
) -> pd.DataFrame:
    """Every observation of one statistic for ``geo``, whatever its measure, best-ranked first."""
    rows = observations[
        (observations.geo == geo) & (observations.indicator == indicator) & (observations.unit == unit)
    ]
    if text is not None:
        rows = rows[rows.indicator_text == text]
    ranked = _clean(rows, include_doubtful).assign(year=lambda f: f.year.astype(int))
    return ranked.sort_values(["year", "_doubtful", "_grade", "obs_id"]).reset_index(drop=True)


def series(
    observations: pd.DataFrame,
    *,
    geo: str,
    indicator: str,
    quantity: str,
    unit: str,
    text: str | None,
    include_doubtful: bool,
) -> pd.DataFrame:
    """Observations comparable with a ``quantity`` target: one row per year (clean first, then best grade)."""
    rows = statistic_rows(
        observations, geo=geo, indicator=indicator, unit=unit, text=text, include_doubtful=include_doubtful
    )
    rows = rows[(rows.measure == COMPARABLE[quantity][0]) & (rows.period == "")]
    best = rows.drop_duplicates("year", keep="first")
    return best[["year", "value", "obs_id", "source_grade", "flags"]].reset_index(drop=True)


def target_series(observations: pd.DataFrame, target: dict, geo: str, include_doubtful: bool) -> pd.DataFrame:
    """The series of ``geo`` comparable with ``target``."""
    return series(
        observations,
        geo=geo,
        indicator=target["indicator"],
        quantity=target["quantity"],
        unit=target["unit"],
        text=statistic_text(target["indicator"], target["indicator_text"]),
        include_doubtful=include_doubtful,
    )


# --- baselines -------------------------------------------------------------------------------


def _document_baseline(document_baselines: pd.DataFrame, target: dict) -> tuple[dict | None, str]:
    """The same document's latest comparable baseline row before the target year, or why there is none."""
    rows = document_baselines[
        (document_baselines.doc_id == target["doc_id"])
        & (document_baselines.geo == target["geo"])
        & (document_baselines.indicator == target["indicator"])
        & (document_baselines.quantity == COMPARABLE[target["quantity"]][1])
        & (document_baselines.unit == target["unit"])
        & (document_baselines.year.astype(int) < target["year"])
    ]
    text = statistic_text(target["indicator"], target["indicator_text"])
    if text is not None:
        rows = rows[rows.indicator_text == text]
    latest = rows[rows.year == rows.year.max()]
    if len(latest) > 1:
        latest = latest[latest.indicator_text == target["indicator_text"]]
    if len(latest) == 1:
        row = latest.iloc[0]
        found = {"value": float(row.value), "year": int(row.year), "source": row.target_id}
        return found | {"origin": "document", "grade": "official", "flags": ""}, ""
    if len(rows):
        return None, f"several same-document baselines match ({';'.join(sorted(rows.target_id))})"
    return None, ""


def baseline(
    target: dict,
    document_baselines: pd.DataFrame,
    observations: pd.DataFrame,
    before: int,
    include_doubtful: bool,
) -> dict:
    """A target's baseline: its document's own baseline row, else the latest own observation before ``before``."""
    found, ambiguity = _document_baseline(document_baselines, target)
    if found is not None:
        return found | {"reason": ""}
    own = target_series(observations, target, target["geo"], include_doubtful)
    own = own[own.year < before]
    if own.empty:
        measure = COMPARABLE[target["quantity"]][0]
        missing = f"no baseline: no same-document baseline and no {measure} observation for {target['geo']}"
        missing += f" before {before}"
        empty = {"value": NAN, "year": pd.NA, "source": "", "origin": "", "grade": "", "flags": ""}
        return empty | {"reason": join_reasons(ambiguity, missing)}
    row = own.iloc[-1]
    return {
        "value": float(row.value),
        "year": int(row.year),
        "source": row.obs_id,
        "origin": "observation",
        "grade": row.source_grade,
        "flags": row["flags"],
        "reason": "",
    }


# --- populations -----------------------------------------------------------------------------

POPULATION_COLUMNS = ("population", "population_year", "population_source")


def population_counts(observations: pd.DataFrame, geo: str, include_doubtful: bool) -> pd.DataFrame:
    """Resident population counts (万人) of ``geo``: a count at one date, never a change between dates.

    A year-end count has an empty ``period``; a census count is a ``cumulative`` stock whose
    ``period`` is its single date. A ``period`` with a ``/`` spans two dates (a change or a sum),
    so it is not a population.
    """
    rows = observations[
        (observations.geo == geo)
        & (observations.indicator == "population")
        & (observations.unit == "万人")
        & observations.measure.isin(["year_end_stock", "cumulative"])
        & ~observations.period.str.contains("/", regex=False)
    ]
    return _clean(rows, include_doubtful)


def population(observations: pd.DataFrame, geo: str, year: int, include_doubtful: bool) -> dict:
    """The latest resident population (万人) of ``geo`` up to ``year``: a year-end count preferred,
    else a census count at a date."""
    rows = population_counts(observations, geo, include_doubtful)
    rows = rows[rows.year.astype(int) <= year]
    if rows.empty:
        return dict(zip(POPULATION_COLUMNS, (NAN, pd.NA, "")))
    ranked = rows.assign(point_in_time=rows.measure != "year_end_stock").sort_values(
        ["year", "point_in_time", "_grade", "obs_id"], ascending=[False, True, True, True]
    )
    row = ranked.iloc[0]
    return dict(zip(POPULATION_COLUMNS, (float(row.value), int(row.year), row.obs_id)))


def _best_by_date(rows: pd.DataFrame) -> dict[tuple[int, str], object]:
    best: dict[tuple[int, str], object] = {}
    for row in rows.sort_values(["_doubtful", "_grade", "obs_id"]).itertuples():
        best.setdefault((int(row.year), row.period), row)
    return best


def city_population_share(
    observations: pd.DataFrame, geographies: pd.DataFrame, geo: str, year: int, include_doubtful: bool
) -> dict:
    """Share of the city's residents living in ``geo``, from two counts at the same date.

    The city's count at that date is taken as published, or else derived from another
    district's count and its published share of the city at the same date (``population_share``
    rows, %): city = count ÷ share. The latest common date up to ``year`` is used.
    """
    city = city_geo(geographies)
    own = _best_by_date(population_counts(observations, geo, include_doubtful))
    whole = {key: (float(row.value), row.obs_id, "") for key, row in
             _best_by_date(population_counts(observations, city, include_doubtful)).items()}  # fmt: skip
    shares = observations[(observations.indicator == "population_share") & (observations.unit == "%")]
    for share in _best_by_date(_clean(shares, include_doubtful)).values():
        counts = _best_by_date(population_counts(observations, share.geo, include_doubtful))
        count = counts.get((int(share.year), share.period))
        if count is not None and share.value > 0:
            derived = (float(count.value) / (share.value / 100), f"{count.obs_id}/{share.obs_id}", "derived")
            whole.setdefault((int(share.year), share.period), derived)
    common = sorted((key for key in own if key in whole and key[0] <= year), reverse=True)
    if not common:
        return {"share_of_city_population": NAN, "population_basis": "",
                "population_reason": f"no population count of {geo} and of the city at the same date"}  # fmt: skip
    key = common[0]
    value, source, how = whole[key]
    date = key[1] or f"{key[0]} year end"
    city_source = f"city {how} from {source}" if how else f"city {source}"
    basis = f"{date}: {geo} {own[key].obs_id}, {city_source}"
    return {"share_of_city_population": float(own[key].value) / value, "population_basis": basis,
            "population_reason": ""}  # fmt: skip


# --- which targets, and which city target each answers to -----------------------------------


def city_geo(geographies: pd.DataFrame) -> str:
    """The one geography of level ``city``."""
    cities = geographies.geo[geographies.level == "city"].tolist()
    if len(cities) != 1:
        raise ValueError(f"expected exactly one city geography, found {cities}")
    return cities[0]


def own_target_mask(targets: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """Distinct targets a document sets for its own geography.

    Baselines, restatements of a target already stated, and goals of another geography that a
    document quotes (the Hi-tech Zone plan quoting Tianjin's 2024 goals) are not its targets.
    """
    document_geo = targets.doc_id.map(documents.set_index("doc_id").geo)
    mask = (targets.kind == "target") & (targets.geo == document_geo)
    if "restates" in targets:
        mask &= targets.restates == ""
    return mask


def quoted_goals(targets: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Targets a document states for another geography (quoted, not its own), sorted by id."""
    document_geo = targets.doc_id.map(documents.set_index("doc_id").geo)
    quoted = targets[(targets.kind == "target") & (targets.geo != document_geo)]
    return quoted.sort_values("target_id").reset_index(drop=True)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def match_city_target(city_targets: pd.DataFrame, row: dict, *, same_year: bool = True) -> tuple[dict | None, str]:
    """The one city target a district target answers to, or why there is none.

    Candidates measure the same statistic (code, and wording for umbrella codes), quantity,
    unit and year. Among several, the one whose wording shares most character pairs with the
    district's wins (市级以上大学科技园 → 新建市级大学科技园, not 获批国家级大学科技园); a tie
    matches none. Every function that compares with the city uses this match. Paces (growth
    a year) compare across deadlines: ``same_year=False`` drops the year condition.
    """
    matches = city_targets[
        (city_targets.indicator == row["indicator"])
        & (city_targets.quantity == row["quantity"])
        & (city_targets.unit == row["unit"])
        & ((city_targets.year.astype(int) == int(row["year"])) | (not same_year))
    ]
    text = statistic_text(row["indicator"], row["indicator_text"])
    if text is not None:
        matches = matches[matches.indicator_text == text]
    if matches.empty:
        return None, "no city target for this indicator, quantity, unit" + (" and year" if same_year else "")
    if len(matches) == 1:
        return matches.iloc[0].to_dict(), ""
    own = _bigrams(row["indicator_text"])
    overlap = matches.indicator_text.map(lambda t: len(own & _bigrams(t)))
    best = matches[overlap == overlap.max()]
    if len(best) == 1:
        return best.iloc[0].to_dict(), ""
    return None, f"several city targets match equally ({';'.join(sorted(best.city_target_id))})"


#: The columns of :func:`target_inputs`: what every per-target metric reads.
INPUT_COLUMNS = [
    "target_id", "doc_id", "geo", "indicator", "indicator_text", "quantity", "comparator", "value", "unit",
    "year", "plan_start", "plan_end", "signed", "published", "higher_is_better", "direction",
]  # fmt: skip


def target_inputs(targets: pd.DataFrame, documents: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """The distinct own targets (:func:`own_target_mask`) with the inputs every metric needs:
    plan period, the document's dates and the direction of improvement."""
    dates = [column for column in ("signed", "published") if column in documents]
    document_columns = ["doc_id", *dates, "plan_start", "plan_end"]
    frame = (
        targets[own_target_mask(targets, documents)]
        .merge(documents[document_columns], on="doc_id", how="left", validate="many_to_one")
        .merge(indicators[["indicator", "higher_is_better"]], on="indicator", how="left", validate="many_to_one")
    )
    for column in ("signed", "published"):
        if column not in frame:
            frame[column] = pd.NaT
    unknown = sorted(set(frame.indicator[frame.higher_is_better.isna()]))
    if unknown:
        raise ValueError(f"indicators without a direction of improvement: {unknown}")
    frame["direction"] = [direction(c, bool(h)) for c, h in zip(frame.comparator, frame.higher_is_better)]
    return frame[INPUT_COLUMNS].sort_values("target_id").reset_index(drop=True)
