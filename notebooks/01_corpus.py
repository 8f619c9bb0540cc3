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
# # 01 · The corpus: which documents, when, and what they contain
#
# Tianjin issued its *Science & Technology Innovation Three-Year Action Plan (2020–2022)* on
# 2020-11-21. Three district plans implement it (Nankai, Beichen, Jinghai) and Binhai New Area
# answered a CPPCC proposal on the same agenda; the Hi-tech Zone's 2020 work plan predates the
# city plan (it implements the city's new-growth-drivers programme) and is read alongside
# them as the zone's own annual targets. This notebook shows who issued
# them and when, how large they are, how many tasks and quantitative targets each states,
# and which indicators each geography commits to. Every number here is counted from the
# curated tables in `data/curated/`, which are checked against the verbatim raw texts.

# %% tags=["parameters"]
lang = "zh"
figures_dir = None

# %%
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

import analysis
from analysis.plotting import geo_label, label, save_figure, use_house_style

REPORT = "01_corpus"
CITY_PLAN_ISSUED = pd.Timestamp("2020-11-21")
use_house_style()

data = analysis.load_tables()  # every table, validated against its schema and the raw texts
geographies, documents, targets, tasks, indicators = (
    data[name] for name in ("geographies", "documents", "targets", "tasks", "indicators")
)

# %% [markdown]
# ## The documents
#
# Size is the length of the verbatim text in characters (page furniture included).
# `signed` is the date the document is signed (落款 / 成文日期), `published` the date its page was
# published (发布 / 发文日期), each only where printed in the stored text (`date_note` says where);
# the plan period is what its title states.

# %%
documents["characters"] = [len(analysis.raw_text(doc_id)) for doc_id in documents.doc_id]
documents["area"] = [geo_label(geo, lang, geographies) for geo in documents.geo]
per_doc = documents[["doc_id", "area", "issuer", "doc_number", "signed", "published", "plan_start", "plan_end", "doc_type", "characters"]]
per_doc = per_doc.merge(tasks.groupby("doc_id").size().rename("tasks"), on="doc_id", how="left")
distinct = targets[targets.restates == ""]
kinds = distinct.groupby(["doc_id", "kind"]).size().unstack(fill_value=0)
per_doc = per_doc.merge(kinds, on="doc_id", how="left").fillna({"target": 0, "baseline": 0, "tasks": 0})
per_doc["dated"] = per_doc.signed.fillna(per_doc.published)  # signed where printed, else published
per_doc = per_doc.sort_values("dated").reset_index(drop=True)
assert per_doc.tasks.sum() == len(tasks) and per_doc[["target", "baseline"]].to_numpy().sum() == len(distinct)
per_doc.drop(columns="dated")

# %% [markdown]
# ## When they were issued
#
# Each filled dot is a document's signing date and each open dot its publication date (Jinghai's
# text prints only the latter, Nankai's and Beichen's only the former); the line runs from the
# earlier of the two to the end of the plan period its title states (Nankai's plan period ends in 2022, but its enterprise targets are set for the end
# of 2023). The dashed line is the city plan's issue date. The
# Hi-tech Zone's annual plan predates the city plan; Jinghai's plan came ten months later,
# with about fifteen months of the plan period left.

# %%
fig, ax = plt.subplots(figsize=(7, 3.2))
timeline = per_doc.dropna(subset=["dated"]).reset_index(drop=True)
for position, doc in timeline.iterrows():
    for day, face in ((doc.signed, "C0"), (doc.published, "none")):
        if pd.notna(day):
            ax.plot(day, position, "o", color="C0", markerfacecolor=face)
    if pd.notna(doc.plan_end):
        deadline = pd.Timestamp(year=int(doc.plan_end), month=12, day=31)
        ax.plot([doc.dated, deadline], [position, position], color="C0", alpha=0.4)
ax.axvline(CITY_PLAN_ISSUED, color="C3", linestyle="--", linewidth=1, label="市计划印发 (2020-11-21)" if lang == "zh" else "city plan issued (2020-11-21)")
ax.legend(loc="lower right")
ax.set_yticks(range(len(timeline)), [f"{doc.area} ({doc.doc_type.replace('_', ' ')})" for doc in timeline.itertuples()])
ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=[1, 7]))
ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
ax.set_title("文件印发时间与规划期末" if lang == "zh" else "Issue dates and plan deadlines")
ax.grid(axis="x")
save_figure(fig, REPORT, "timeline", figures_dir);

# %% [markdown]
# ## Tasks and quantitative statements per document
#
# Targets are commitments about the future (a target a document states twice, e.g. in its
# goals and again in a task, is counted once); baselines are facts about the starting point.
# Only Nankai states its baseline in numbers. Binhai New Area's reply to a CPPCC proposal
# sets no quantitative target at all.

# %%
counts = per_doc.set_index("area")[["tasks", "target", "baseline"]]
counts.columns = [label("count", lang) + ": " + c if lang == "en" else {"tasks": "任务", "target": "目标", "baseline": "基期值"}[c] for c in counts.columns]
fig, ax = plt.subplots()
counts.plot.barh(ax=ax, width=0.8)
ax.set_xlabel(label("count", lang))
ax.set_ylabel("")
ax.grid(axis="x")
ax.set_title("各文件的任务与量化指标数" if lang == "zh" else "Tasks and quantitative statements per document")
save_figure(fig, REPORT, "counts", figures_dir);

# %% [markdown]
# ## Coverage: which geography commits to which indicator
#
# Cells count targets (not baselines) by the geography the number is about. The Hi-tech
# Zone plan also quotes Tianjin's city-wide 2024 goals, which appear under Tianjin. Shared
# columns — high-tech enterprises, 雏鹰/瞪羚/领军 enterprises, R&D intensity, invention
# patents, technology contracts — are where cross-district comparison is possible (notebook 02).

# %%
target_rows = distinct[distinct.kind == "target"]
names = indicators.set_index("indicator")[f"name_{lang}"]
matrix = pd.crosstab(target_rows.indicator.map(names), target_rows.geo.map(lambda g: geo_label(g, lang, geographies)))
fig, ax = plt.subplots(figsize=(7, 0.32 * len(matrix) + 1.2))
image = ax.imshow(matrix.to_numpy(), cmap="Blues", aspect="auto")
ax.set_xticks(range(matrix.shape[1]), matrix.columns)
ax.set_yticks(range(matrix.shape[0]), matrix.index)
for (row, col), value in pd.DataFrame(matrix.to_numpy()).stack().items():
    if value:
        ax.text(col, row, int(value), ha="center", va="center", fontsize=8, color="white" if value > matrix.to_numpy().max() / 2 else "black")
ax.grid(False)
ax.set_title("指标 × 地区：目标数" if lang == "zh" else "Indicator × geography: number of targets")
save_figure(fig, REPORT, "coverage", figures_dir);
matrix
