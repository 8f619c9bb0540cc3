"""Every path the project uses, so nothing depends on the working directory."""

from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[2]
DATA = PROJ_ROOT / "data"
RAW = DATA / "raw"
CURATED = DATA / "curated"
EXTERNAL = DATA / "external"
NOTEBOOKS = PROJ_ROOT / "notebooks"
FIGURES = PROJ_ROOT / "figures"
REPORTS = PROJ_ROOT / "reports"
