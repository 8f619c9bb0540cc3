"""plan-analysis: typed datasets, target extraction and ambition/feasibility metrics for
Chinese district science-and-technology plans."""

from analysis.load import (
    DataValidationError,
    load_city_targets,
    load_documents,
    load_geographies,
    load_indicators,
    load_observations,
    load_tables,
    load_targets,
    load_tasks,
    raw_text,
)

__all__ = [
    "DataValidationError",
    "load_city_targets",
    "load_documents",
    "load_geographies",
    "load_indicators",
    "load_observations",
    "load_tables",
    "load_targets",
    "load_tasks",
    "raw_text",
]
