"""plan-analysis: typed datasets, target extraction and ambition/feasibility metrics for
Chinese district science-and-technology plans."""

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


def __getattr__(name: str) -> object:
    """Load ``analysis.load`` (pandas, pandera) on first use of one of its names, so commands that
    do not need it (a batch with nothing to do) start fast."""
    if name in __all__:
        from analysis import load

        return getattr(load, name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
