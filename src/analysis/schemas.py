"""One pandera model per data table: column names, types, enums and row-level checks.

The models are the single definition of each table; ``analysis.load`` parses the CSVs into
these types and validates them, and ``data/datapackage.json`` is tested against them.
Text columns are never missing: an empty cell is the empty string.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

GEO_LEVELS = ["city", "district", "functional_zone"]
DOC_TYPES = [
    "city_plan", "implementation_plan", "annual_work_plan", "proposal_reply",
    "government_work_report", "statistical_bulletin", "news_on_plan", "news_on_results", "qa",
]
#: The genre the document card (``analysis.extract.card``) gives for each document type; a
#: city's and a district's plan are both ``plan``.
GENRE_OF_DOC_TYPE = {doc_type: "plan" if doc_type in {"city_plan", "implementation_plan"} else doc_type
                     for doc_type in DOC_TYPES}
LANGUAGES = ["zh-Hans", "zh-Hant"]
KINDS = ["target", "baseline"]
QUANTITIES = ["level", "increment", "flow", "share", "growth_rate"]
COMPARATORS = [">=", ">", "=", "~", "<="]
MEASURES = ["year_end_stock", "annual_flow", "ytd_flow", "cumulative", "rate"]
SOURCE_GRADES = ["official", "official_repost", "news", "secondary", "machine_translation"]
FLAGS = [
    "approximate",
    "context_only",
    "doubtful",
    "injected_text",
    "lower_bound",
    "machine_translation",
    "unit_missing",
    "year_uncertain",
]

CODE = r"^[a-z][a-z0-9_]*$"
ISO_PARTIAL_DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
FLAG_LIST = rf"^(({'|'.join(FLAGS)})(;({'|'.join(FLAGS)}))*)?$"


class Table(pa.DataFrameModel):
    """Shared configuration: exactly the declared columns, in any row order."""

    class Config:
        strict = True
        coerce = False


class Geographies(Table):
    geo: Series[str] = pa.Field(unique=True, str_matches=CODE)
    name_zh: Series[str] = pa.Field(str_length={"min_value": 1})
    name_en: Series[str] = pa.Field(str_length={"min_value": 1})
    short_zh: Series[str] = pa.Field(str_length={"min_value": 1})
    short_en: Series[str] = pa.Field(str_length={"min_value": 1})
    level: Series[str] = pa.Field(isin=GEO_LEVELS)
    parent: Series[str]


class Documents(Table):
    doc_id: Series[str] = pa.Field(unique=True, str_matches=CODE)
    geo: Series[str]
    title: Series[str] = pa.Field(str_length={"min_value": 1})
    issuer: Series[str] = pa.Field(str_length={"min_value": 1})
    doc_number: Series[str]
    signed: Series[pd.Timestamp] = pa.Field(nullable=True)
    published: Series[pd.Timestamp] = pa.Field(nullable=True)
    date_note: Series[str]
    plan_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1949, le=2100)
    plan_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1949, le=2100)
    doc_type: Series[str] = pa.Field(isin=DOC_TYPES)
    raw_path: Series[str] = pa.Field(str_matches=r"^data/raw/[^/]+\.txt$")
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    source_url: Series[str] = pa.Field(str_matches=r"^(https?://\S+)?$")
    language: Series[str] = pa.Field(isin=LANGUAGES)

    @pa.dataframe_check(error="published must not be before signed")
    def published_after_signed(cls, df: pd.DataFrame) -> pd.Series:
        return df.signed.isna() | df.published.isna() | (df.signed <= df.published)


class Indicators(Table):
    indicator: Series[str] = pa.Field(unique=True, str_matches=CODE)
    name_zh: Series[str] = pa.Field(str_length={"min_value": 1})
    name_en: Series[str] = pa.Field(str_length={"min_value": 1})
    unit: Series[str]
    higher_is_better: Series[bool]
    description: Series[str] = pa.Field(str_length={"min_value": 1})


class Targets(Table):
    target_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z0-9_]+-t\d{3}$")
    doc_id: Series[str]
    geo: Series[str]
    kind: Series[str] = pa.Field(isin=KINDS)
    indicator: Series[str]
    indicator_text: Series[str] = pa.Field(str_length={"min_value": 1})
    quantity: Series[str] = pa.Field(isin=QUANTITIES)
    comparator: Series[str] = pa.Field(isin=COMPARATORS)
    modality: Series[str]
    value: Series[float]
    unit: Series[str] = pa.Field(str_length={"min_value": 1})
    value_text: Series[str] = pa.Field(str_length={"min_value": 1})
    value_start: Series[int] = pa.Field(ge=0)
    value_end: Series[int] = pa.Field(ge=1)
    year: Series[pd.Int64Dtype] = pa.Field(ge=1949, le=2100)
    responsible: Series[str]
    section: Series[str]
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=1)
    note: Series[str]
    restates: Series[str] = pa.Field(str_matches=r"^([a-z0-9_]+-t\d{3})?$")

    @pa.dataframe_check(error="value span must lie inside the quote span")
    def value_inside_quote(cls, df: pd.DataFrame) -> pd.Series:
        return (df.char_start <= df.value_start) & (df.value_start < df.value_end) & (
            df.value_end <= df.char_end
        )


class Tasks(Table):
    task_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z0-9_]+-k\d{2,3}$")
    doc_id: Series[str]
    section: Series[str] = pa.Field(str_length={"min_value": 1})
    title: Series[str] = pa.Field(str_length={"min_value": 1})
    lead: Series[str]
    responsible: Series[str]
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=1)
    target_ids: Series[str]

    @pa.dataframe_check(error="char_start must be before char_end")
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df.char_start < df.char_end


class CityTargets(Table):
    city_target_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z0-9_]+-c\d{2,3}$")
    geo: Series[str]
    indicator: Series[str]
    indicator_text: Series[str] = pa.Field(str_length={"min_value": 1})
    quantity: Series[str] = pa.Field(isin=QUANTITIES)
    comparator: Series[str] = pa.Field(isin=COMPARATORS)
    modality: Series[str]
    value: Series[float]
    unit: Series[str] = pa.Field(str_length={"min_value": 1})
    year: Series[pd.Int64Dtype] = pa.Field(ge=1949, le=2100)
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
    source_title: Series[str] = pa.Field(str_length={"min_value": 1})
    source_url: Series[str] = pa.Field(str_matches=r"^https?://\S+$")
    published: Series[str] = pa.Field(str_matches=ISO_PARTIAL_DATE)
    source_grade: Series[str] = pa.Field(isin=SOURCE_GRADES)
    flags: Series[str] = pa.Field(str_matches=FLAG_LIST)
    note: Series[str]


class Observations(Table):
    obs_id: Series[str] = pa.Field(unique=True, str_matches=r"^obs-\d{3,4}$")
    geo: Series[str]
    indicator: Series[str]
    indicator_text: Series[str] = pa.Field(str_length={"min_value": 1})
    year: Series[pd.Int64Dtype] = pa.Field(ge=1949, le=2100)
    measure: Series[str] = pa.Field(isin=MEASURES)
    period: Series[str]
    value: Series[float]
    unit: Series[str] = pa.Field(str_length={"min_value": 1})
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
    source_title: Series[str] = pa.Field(str_length={"min_value": 1})
    source_url: Series[str] = pa.Field(str_matches=r"^https?://\S+$")
    published: Series[str] = pa.Field(str_matches=ISO_PARTIAL_DATE)
    source_grade: Series[str] = pa.Field(isin=SOURCE_GRADES)
    flags: Series[str] = pa.Field(str_matches=FLAG_LIST)
    note: Series[str]


VERDICTS = ["met", "likely_met", "on_track", "at_risk", "likely_missed", "missed", "unknown"]
CLOCKS = ["signed", "published", "year_start", ""]
OUTCOMES = ["met", "missed", "unknown"]


def _model(name: str, doc: str, columns: dict[str, tuple[object, dict]]) -> type[Table]:
    """A table model from ``column → (type, Field options)``, for the wide generated tables."""
    namespace: dict[str, object] = {"__doc__": doc, "__annotations__": {}}
    for column, (kind, options) in columns.items():
        namespace["__annotations__"][column] = Series[kind]
        namespace[column] = pa.Field(**options)
    return type(name, (Table,), namespace)


_TEXT: tuple[object, dict] = (str, {})
_NUMBER: tuple[object, dict] = (float, {"nullable": True})
_YEAR: tuple[object, dict] = (pd.Int64Dtype, {"nullable": True, "ge": 1949, "le": 2100})
_DATE: tuple[object, dict] = (pd.Timestamp, {"nullable": True})
_COUNT: tuple[object, dict] = (pd.Int64Dtype, {"nullable": True, "ge": 0})

#: Columns every processed metric table shares: the target, its pace, outcome and verdict.
_TARGET = {
    "geo": _TEXT, "indicator": _TEXT, "indicator_text": _TEXT, "quantity": (str, {"isin": QUANTITIES}),
    "comparator": (str, {"isin": COMPARATORS}), "target_value": (float, {}), "unit": _TEXT, "target_year": _YEAR,
    "plan_start": _YEAR, "plan_end": _YEAR, "signed": _DATE, "published": _DATE,
    "baseline_value": _NUMBER, "baseline_year": _YEAR, "baseline_source": _TEXT, "baseline_grade": _TEXT,
    "baseline_reason": _TEXT, "years": _NUMBER, "multiple": _NUMBER, "required_cagr": _NUMBER,
    "required_annual_change": _NUMBER, "gap_pp": _NUMBER, "ambition_reason": _TEXT,
    "clock": (str, {"isin": CLOCKS}), "clock_start": _DATE, "months_available": _NUMBER,
    "months_since_city_plan": _NUMBER, "required_per_year": _NUMBER, "required_cagr_remaining": _NUMBER,
    "time_reason": _TEXT,
}  # fmt: skip
_FEASIBILITY = {
    "observed_pace": _NUMBER, "required_pace": _NUMBER, "progress_from": _YEAR, "progress_to": _YEAR,
    "progress_source": _TEXT, "progress_proxy": (bool, {}), "progress_ratio": _NUMBER, "progress_category": _TEXT,
    "progress_reason": _TEXT, "p_attain": _NUMBER, "probability_reason": _TEXT, "outcome_value": _NUMBER,
    "outcome_source": _TEXT, "attainment": _NUMBER, "outcome_status": (str, {"isin": OUTCOMES}),
    "outcome_reason": _TEXT, "verdict": (str, {"isin": VERDICTS}), "verdict_basis": (str, {"str_length": {"min_value": 1}}),
    "verdict_basis_zh": (str, {"str_length": {"min_value": 1}}),
    "evidence": _TEXT, "evidence_grade": (str, {"isin": [*SOURCE_GRADES, ""]}), "evidence_flags": (str, {"str_matches": FLAG_LIST}),
}  # fmt: skip

TargetMetrics = _model(
    "TargetMetrics",
    "data/processed/target_metrics.csv: one row per distinct own target of a district or zone.",
    {"target_id": (str, {"unique": True}), "doc_id": _TEXT, **_TARGET}
    | {
        "city_target_id": _TEXT, "city_target_value": _NUMBER, "escalation_pp": _NUMBER, "city_required_cagr": _NUMBER,
        "pace_escalation_pp": _NUMBER,
        "commitment_ratio": _NUMBER, "share_of_city_target": _NUMBER, "share_of_city_population": _NUMBER,
        "population_basis": _TEXT, "relative_ambition": _NUMBER, "city_reason": _TEXT, "population": _NUMBER,
        "population_source": _TEXT, "value_per_10k": _NUMBER, "peer_n": _COUNT, "peer_rank": _NUMBER,
        "peer_n_per_10k": _COUNT, "peer_rank_per_10k": _NUMBER, "peer_reason": _TEXT,
    }
    | _FEASIBILITY,
)  # fmt: skip

CityTargetMetrics = _model(
    "CityTargetMetrics",
    "data/processed/city_target_metrics.csv: one row per city-plan target, with the districts' coverage.",
    {"city_target_id": (str, {"unique": True}), **_TARGET, **_FEASIBILITY}
    | {
        "districts": _TEXT, "n_districts": _COUNT, "district_targets": _TEXT, "district_sum": _NUMBER,
        "sum_over_city": _NUMBER, "population_coverage": _NUMBER, "population_basis": _TEXT,
        "indicator_coverage": _NUMBER, "indicator_coverage_basis": _TEXT, "coverage_reason": _TEXT,
        "over_commitment_reason": _TEXT,
    },
)  # fmt: skip


#: table name → (CSV path relative to data/, model, primary key)
TABLES: dict[str, tuple[str, type[Table], str]] = {
    "geographies": ("curated/geographies.csv", Geographies, "geo"),
    "documents": ("curated/documents.csv", Documents, "doc_id"),
    "indicators": ("curated/indicators.csv", Indicators, "indicator"),
    "targets": ("curated/targets.csv", Targets, "target_id"),
    "tasks": ("curated/tasks.csv", Tasks, "task_id"),
    "city_targets": ("external/city_targets.csv", CityTargets, "city_target_id"),
    "observations": ("external/observations.csv", Observations, "obs_id"),
    "target_metrics": ("processed/target_metrics.csv", TargetMetrics, "target_id"),
    "city_target_metrics": ("processed/city_target_metrics.csv", CityTargetMetrics, "city_target_id"),
}

#: (table, column) → (referenced table, referenced column); ``;``-lists are split first and
#: an empty cell references nothing.
FOREIGN_KEYS: list[tuple[str, str, str, str]] = [
    ("geographies", "parent", "geographies", "geo"),
    ("documents", "geo", "geographies", "geo"),
    ("targets", "doc_id", "documents", "doc_id"),
    ("targets", "geo", "geographies", "geo"),
    ("targets", "indicator", "indicators", "indicator"),
    ("targets", "restates", "targets", "target_id"),
    ("tasks", "doc_id", "documents", "doc_id"),
    ("tasks", "target_ids", "targets", "target_id"),
    ("city_targets", "geo", "geographies", "geo"),
    ("city_targets", "indicator", "indicators", "indicator"),
    ("observations", "geo", "geographies", "geo"),
    ("observations", "indicator", "indicators", "indicator"),
    ("target_metrics", "target_id", "targets", "target_id"),
    ("target_metrics", "city_target_id", "city_targets", "city_target_id"),
    ("city_target_metrics", "city_target_id", "city_targets", "city_target_id"),
]
LIST_COLUMNS = {("tasks", "target_ids")}


# --- Plan text (issue 10): policy instruments, agencies, text reuse ---------------------------

INSTRUMENT_FAMILIES = ["supply", "environment", "demand"]
INSTRUMENT_SUBTYPES = [
    "talent", "funding", "technology_platforms", "public_services",
    "goal_planning", "finance", "tax", "regulation_ip", "strategic_measures",
    "procurement", "outsourcing_services", "demonstration_pilots", "international_cooperation", "trade",
]
AGENCY_LEVELS = ["district_bureau", "town_street", "zone_committee", "company", "city_bureau"]


class TaskInstruments(Table):
    """One row per (leaf task, instrument sub-type) that the rules or the reviewer coded."""

    code_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z0-9_]+-k\d{2,3}-[a-z_]+$")
    task_id: Series[str]
    doc_id: Series[str]
    instrument: Series[str] = pa.Field(isin=INSTRUMENT_FAMILIES)
    subtype: Series[str] = pa.Field(isin=INSTRUMENT_SUBTYPES)
    rule_code: Series[bool]
    reviewed_code: Series[bool]
    cues: Series[str] = pa.Field(str_length={"min_value": 1})
    evidence: Series[str] = pa.Field(str_length={"min_value": 1})
    evidence_start: Series[int] = pa.Field(ge=0)
    evidence_end: Series[int] = pa.Field(ge=1)
    reviewed: Series[bool]
    note: Series[str]

    @pa.dataframe_check(error="a row is coded by the rules, by the reviewer, or both")
    def coded_by_someone(cls, df: pd.DataFrame) -> pd.Series:
        return df.rule_code | df.reviewed_code


class Agencies(Table):
    agency: Series[str] = pa.Field(unique=True, str_matches=CODE)
    name_zh: Series[str] = pa.Field(str_length={"min_value": 1})
    name_en: Series[str] = pa.Field(str_length={"min_value": 1})
    level: Series[str] = pa.Field(isin=AGENCY_LEVELS)
    description: Series[str]


class AgencySpellings(Table):
    spelling_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z0-9_]+:.+$")
    geo: Series[str]
    spelling: Series[str] = pa.Field(str_length={"min_value": 1})
    agency: Series[str]


class TextReuse(Table):
    reuse_id: Series[str] = pa.Field(unique=True, str_matches=r"^r\d{4}$")
    doc_a: Series[str] = pa.Field(str_matches=CODE)
    doc_b: Series[str] = pa.Field(str_matches=r"^[a-z0-9_-]+$")
    start_a: Series[int] = pa.Field(ge=0)
    end_a: Series[int] = pa.Field(ge=1)
    start_b: Series[int] = pa.Field(ge=0)
    end_b: Series[int] = pa.Field(ge=1)
    passage_a: Series[str] = pa.Field(str_length={"min_value": 1})
    passage_b: Series[str] = pa.Field(str_length={"min_value": 1})
    length: Series[int] = pa.Field(ge=1)


TABLES.update({
    "task_instruments": ("curated/task_instruments.csv", TaskInstruments, "code_id"),
    "agencies": ("curated/agencies.csv", Agencies, "agency"),
    "agency_spellings": ("curated/agency_spellings.csv", AgencySpellings, "spelling_id"),
    "text_reuse": ("processed/text_reuse.csv", TextReuse, "reuse_id"),
})
FOREIGN_KEYS += [
    ("task_instruments", "task_id", "tasks", "task_id"),
    ("task_instruments", "doc_id", "documents", "doc_id"),
    ("agency_spellings", "geo", "geographies", "geo"),
    ("agency_spellings", "agency", "agencies", "agency"),
    ("text_reuse", "doc_a", "documents", "doc_id"),
]
