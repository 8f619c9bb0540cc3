# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # District profile
#
# One geography's documents, every quantitative target and baseline it states (with the
# exact quote from the source text), how ambitious and how feasible each target is compared
# with its peers, and the tasks with their responsible units. The batch renders one profile
# per geography that issued a document; set `geo` to render another.

# %% tags=["parameters"]
lang = "zh"
figures_dir = None
geo = "nankai"

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

import analysis
from analysis import metrics
from analysis.plotting import geo_label, save_figure, use_house_style

REPORT = f"district_profile_{geo}"
use_house_style()
pd.set_option("display.max_colwidth", 80)

data = analysis.load_tables()  # every table, validated against its schema and the raw texts
geographies, documents, targets, tasks = (data[name] for name in ("geographies", "documents", "targets", "tasks"))
assert geo in set(geographies.geo), f"unknown geo {geo!r}"
name = geo_label(geo, lang, geographies)
own_documents = documents[documents.geo == geo]
display(Markdown(f"## {name}（`{geo}`）" if lang == "zh" else f"## {name} (`{geo}`)"))

# %% [markdown]
# ## Documents
#
# The documents this geography issued, with their issue date and plan period.

# %%
own_documents[["doc_id", "title", "issuer", "doc_number", "signed", "published", "plan_start", "plan_end", "doc_type"]].reset_index(drop=True)

# %% [markdown]
# ## Targets and baselines, with their quotes
#
# Every quantitative statement in this geography's documents (including numbers about other
# geographies that they quote, whose `geo` differs). `quote` is the exact source text at
# `char_start:char_end` of the raw file.

# %%
stated = targets[targets.doc_id.isin(own_documents.doc_id)]
if stated.empty:
    display(Markdown("该地区的文件没有量化目标或基期值。" if lang == "zh" else "This geography's documents state no quantitative target or baseline."))
stated[["target_id", "geo", "kind", "indicator", "indicator_text", "comparator", "value", "unit", "year", "responsible", "restates", "quote"]].reset_index(drop=True)

# %% [markdown]
# ## Ambition and feasibility against peers
#
# One row per target this geography set for itself. `multiple` and `required_cagr` compare
# the target with its own baseline; `months_available` counts from the issue date to the
# deadline; `commitment_ratio` and `escalation_pp` compare with the city plan; `rank` places
# the target among other districts' targets on the same statistic (1 = most ambitious);
# `attainment` and `status` say whether it was met. Empty cells carry a `reason`: the data
# needed to compute them does not exist, and the report does not guess.

# %%
table = metrics.target_metrics(targets, documents, data["observations"], data["city_targets"], data["indicators"], geographies)
own = table[table.geo == geo]
columns = ["target_id", "indicator_text", "target_value", "unit", "target_year", "baseline_value", "baseline_year", "multiple", "required_cagr", "months_available", "escalation_pp", "commitment_ratio", "peer_rank", "n_peers", "progress_category", "p_attain", "attainment", "outcome_status", "outcome_grade"]
own[columns].reset_index(drop=True)

# %% [markdown]
# Why some cells are empty: for each metric, how many of this geography's targets lack the
# data it needs, by reason.

# %%
reasons = ["baseline_reason", "time_reason", "parent_reason", "peer_reason", "progress_reason", "probability_reason", "outcome_reason"]
own[reasons].melt(var_name="metric", value_name="reason").query("reason != ''").value_counts().rename("targets").to_frame()

# %%
computable = own.dropna(subset=["multiple"])
if computable.empty:
    display(Markdown("没有可与自身基期比较的目标。" if lang == "zh" else "No target can be compared with an own baseline."))
else:
    fig, ax = plt.subplots(figsize=(7, 0.4 * len(computable) + 1.2))
    ax.barh(computable.indicator_text, computable.multiple, color="C0")
    ax.axvline(1, color="0.3", linewidth=1)
    ax.set_xlabel("目标 ÷ 基期值" if lang == "zh" else "target ÷ baseline")
    ax.grid(axis="x")
    ax.set_title(f"{name}：目标相对基期的倍数" if lang == "zh" else f"{name}: target as a multiple of the baseline")
    save_figure(fig, REPORT, "multiples", figures_dir)

# %% [markdown]
# ## Tasks and responsible units
#
# The numbered tasks and measures of each document, with the lead and responsible units as
# printed (normalised names) and the targets stated inside each task.

# %%
own_tasks = tasks[tasks.doc_id.isin(own_documents.doc_id)]
own_tasks[["task_id", "section", "title", "lead", "responsible", "target_ids"]].reset_index(drop=True)

# %%
units = own_tasks.responsible.str.split(";").explode().loc[lambda s: s != ""].value_counts()
if not units.empty:
    fig, ax = plt.subplots(figsize=(7, 0.3 * min(len(units), 15) + 1.2))
    units.head(15).sort_values().plot.barh(ax=ax, color="C2")
    ax.set_ylabel("")
    ax.set_xlabel("任务数" if lang == "zh" else "number of tasks")
    ax.grid(axis="x")
    ax.set_title(f"{name}：各责任单位承担的任务" if lang == "zh" else f"{name}: tasks per responsible unit")
    save_figure(fig, REPORT, "responsible_units", figures_dir)
