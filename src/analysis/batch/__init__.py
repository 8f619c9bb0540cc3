"""Execute the declared notebooks into reports/ and figures/: ``python -m analysis batch``.

One concern per module:

- ``jobs``: what to build, read from ``notebooks/reports.toml`` (notebooks × geographies × languages);
- ``cache``: input hashes and the manifest that lets unchanged reports and checks be skipped;
- ``checks``: ``validate`` and ``evaluate`` before the notebooks, cached like them;
- ``prepare``: a notebook read from its percent source, parameters checked, one language kept;
- ``execute``: papermill in a fresh kernel, and cleaning what differs between runs;
- ``outputs``: staging folder, figures and atomic publication;
- ``render`` and ``fonts``: self-contained HTML with a shared stylesheet and an embedded CJK subset;
- ``index``: the front page;
- ``runner``: the batch itself, in parallel, stopping cleanly on Ctrl-C or SIGTERM;
- ``cli``: the command line.

papermill, jupytext, nbformat, nbconvert and fontTools are imported only when a report has to
run: importing them takes longer than a whole run in which nothing changed.
"""

from analysis.batch.cli import cli
from analysis.batch.jobs import BatchError, Folders, Job, Plan, read_plan, select
from analysis.batch.runner import Summary, run_batch

__all__ = ["BatchError", "Folders", "Job", "Plan", "Summary", "cli", "read_plan", "run_batch", "select"]
