"""Every path the project uses, so nothing depends on the working directory.

``REPORTS`` may be moved with the environment variable ``ANALYSIS_REPORTS``: the batch sets it
for its checks, so a batch into another folder (the tests' temporary one) writes their reports
there and leaves the project's own untouched.
"""

import os
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[2]
DATA = PROJ_ROOT / "data"
RAW = DATA / "raw"
CURATED = DATA / "curated"
EXTERNAL = DATA / "external"
NOTEBOOKS = PROJ_ROOT / "notebooks"
FIGURES = PROJ_ROOT / "figures"
REPORTS = Path(os.environ.get("ANALYSIS_REPORTS") or PROJ_ROOT / "reports")
