# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] tags=["lang-zh"]
# # 01 · 文件库：有哪些文件、何时印发、包含什么
#
# 天津市于 2020-11-21 印发《天津市科技创新三年行动计划（2020—2022年）》。南开、北辰、静海三个区
# 制定了实施方案；滨海新区在答复市政协提案时回应了同一议题；高新区 2020 年工作计划早于市计划印发
# （落实的是全市新动能引育计划），作为该区自身的年度目标一并阅读。本篇说明这些文件由谁、在何时印发，
# 篇幅多大，各列出多少任务和量化目标，以及各地区对哪些指标作出承诺。文中每个数字都来自
# `data/curated/` 中的整理表，这些表已与原文逐字核对。

# %% [markdown] tags=["lang-en"]
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
from IPython.display import Markdown, display

import analysis
from analysis import metrics
from analysis.labels import category_label, label
from analysis.plotting import geo_label, save_figure, use_house_style
from analysis.tables import names_from, reader_table

REPORT = "01_corpus"
CITY_PLAN_ISSUED = pd.Timestamp("2020-11-21")
use_house_style()

data = analysis.load_tables()  # every table, validated against its schema and the raw texts
geographies, documents, targets, tasks, indicators = (
    data[name] for name in ("geographies", "documents", "targets", "tasks", "indicators")
)

# %% [markdown] tags=["lang-zh"]
# ## 文件
#
# 字数为原文全文的字符数（含页眉页脚等版面文字）。日期为落款（成文）日期；未印落款日期的（静海区）取发布日期。规划期取自文件标题。
# 一个目标若在文件中出现两次（如在总体目标和具体任务中各一次），只计一次。

# %% [markdown] tags=["lang-en"]
# ## The documents
#
# Size is the length of the verbatim text in characters (page furniture included).
# The date is the signing date (落款 / 成文日期), or the publication date where no signing date is
# printed (Jinghai); the plan period is what its title states.
# A target a document states twice (e.g. in its goals and again in a task) is counted once.

# %%
documents["characters"] = [len(analysis.raw_text(doc_id)) for doc_id in documents.doc_id]
documents["issued"] = documents.signed.fillna(documents.published)  # the signing date, else the publication date
documents["area"] = [geo_label(geo, lang, geographies) for geo in documents.geo]
documents["plan_period"] = [
    f"{start}–{end}" if pd.notna(start) else "" for start, end in zip(documents.plan_start, documents.plan_end)
]
distinct = targets[targets.restates == ""]
kinds = distinct.groupby(["doc_id", "kind"]).size().unstack(fill_value=0).rename(columns={"target": "targets", "baseline": "baselines"})
per_doc = documents.merge(tasks.groupby("doc_id").size().rename("tasks"), on="doc_id", how="left")
per_doc = per_doc.merge(kinds, on="doc_id", how="left").fillna({"targets": 0, "baselines": 0, "tasks": 0})
per_doc = per_doc.sort_values("issued").reset_index(drop=True)
assert per_doc.tasks.sum() == len(tasks) and per_doc[["targets", "baselines"]].to_numpy().sum() == len(distinct)
reader_table(
    per_doc,
    ["area", "issuer", "doc_number", "issued", "plan_period", "doc_type", "characters", "tasks", "targets", "baselines"],
    lang,
)

# %% [markdown] tags=["lang-zh"]
# ## 主要发现

# %% [markdown] tags=["lang-en"]
# ## Key findings

# %%
target_rows = targets[metrics.own_target_mask(targets, documents)]  # quoted city goals are not a document's own
quoted = metrics.quoted_goals(targets, documents)
targets_by_geo = target_rows.geo.value_counts()
top_geo, top_n = targets_by_geo.index[0], int(targets_by_geo.iloc[0])
after_city = per_doc[per_doc.issued > CITY_PLAN_ISSUED]
latest = per_doc.loc[per_doc.issued.idxmax()]
latest_months = (latest.issued.year - CITY_PLAN_ISSUED.year) * 12 + latest.issued.month - CITY_PLAN_ISSUED.month
months_left = (2022 - latest.issued.year) * 12 + 12 - latest.issued.month
docs_with_baselines = per_doc[per_doc.baselines > 0]
facts = {
    "docs": len(per_doc),
    "targets": len(target_rows),
    "quoted": len(quoted),
    "baselines": int(per_doc.baselines.sum()),
    "top_area_zh": geo_label(top_geo, "zh", geographies),
    "top_area_en": geo_label(top_geo, "en", geographies),
    "top_n": top_n,
    "top_share": round(100 * top_n / len(target_rows)),
    "after": len(after_city),
    "latest_zh": geo_label(latest.geo, "zh", geographies),
    "latest_en": geo_label(latest.geo, "en", geographies),
    "latest_months": latest_months,
    "months_left": months_left,
    "baseline_docs": len(docs_with_baselines),
}
# The prose below was written for these values; a change in the data must be read before it is reported.
assert (facts["docs"], facts["after"], facts["baseline_docs"]) == (5, 4, 1)
assert top_geo == "binhai_hitech" and docs_with_baselines.geo.tolist() == ["nankai"]
assert latest.geo == "jinghai" and facts["months_left"] > 0

# %% tags=["findings", "lang-zh"]
display(Markdown(
    f"- 文件库共 {facts['docs']} 份文件，列出 {facts['targets']} 个不重复的本级量化目标和 {facts['baselines']} 个基期值（另有 {facts['quoted']} 个引用的全市目标，不计入）。\n"
    f"- {facts['top_area_zh']}一家就有 {facts['top_n']} 个目标（占 {facts['top_share']}%），区级之间的比较因此主要落在少数共同指标上。\n"
    f"- {facts['after']} 份文件在市计划之后印发；最晚的{facts['latest_zh']}方案晚了 {facts['latest_months']} 个月，"
    f"距 2022 年底只剩 {facts['months_left']} 个月。\n"
    f"- 只有 {facts['baseline_docs']} 份文件（南开区）用数字写明了基期值，其余目标的基期须从统计资料中查找。"
))

# %% tags=["findings", "lang-en"]
display(Markdown(
    f"- The corpus holds {facts['docs']} documents stating {facts['targets']} distinct quantitative targets "
    f"of their own and {facts['baselines']} baselines (plus {facts['quoted']} city goals quoted, not counted).\n"
    f"- The {facts['top_area_en']} alone sets {facts['top_n']} of the targets ({facts['top_share']}%), so comparisons "
    f"between districts rest on the few indicators they share.\n"
    f"- {facts['after']} documents were issued after the city plan; the last, {facts['latest_en']}'s, came "
    f"{facts['latest_months']} months after it, with {facts['months_left']} months left to the end of 2022.\n"
    f"- Only {facts['baseline_docs']} document (Nankai's) states its baselines in numbers; every other target's "
    f"baseline has to be found in the statistics."
))

# %% [markdown] tags=["lang-zh"]
# ## 印发时间
#
# 每个点是一份文件的印发日期，横线延伸到其标题所写规划期的期末（南开区方案的规划期到 2022 年，
# 但其企业类目标定在 2023 年底）。虚线为市计划的印发日期。高新区年度计划早于市计划；静海区方案
# 晚了十个月，此时规划期只剩约十五个月。

# %% [markdown] tags=["lang-en"]
# ## When they were issued
#
# Each dot is a document's issue date; the line runs to the end of the plan period its title
# states (Nankai's plan period ends in 2022, but its enterprise targets are set for the end
# of 2023). The dashed line is the city plan's issue date. The
# Hi-tech Zone's annual plan predates the city plan; Jinghai's plan came ten months later,
# with about fifteen months of the plan period left.

# %%
fig, ax = plt.subplots(figsize=(7, 3.2))
timeline = per_doc.dropna(subset=["issued"]).reset_index(drop=True)
for position, doc in timeline.iterrows():
    ax.plot(doc.issued, position, "o", color="C0")
    if pd.notna(doc.plan_end):
        deadline = pd.Timestamp(year=int(doc.plan_end), month=12, day=31)
        ax.plot([doc.issued, deadline], [position, position], color="C0", alpha=0.4)
ax.axvline(CITY_PLAN_ISSUED, color="C3", linestyle="--", linewidth=1, label=label("legend.city_plan_issued", lang))
ax.legend(loc="lower right")
ax.set_yticks(range(len(timeline)), [f"{doc.area} ({category_label('doc_type', doc.doc_type, lang)})" for doc in timeline.itertuples()])
ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=[1, 7]))
ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
ax.set_title(label("fig.timeline", lang))
ax.grid(axis="x")
save_figure(fig, REPORT, "timeline", figures_dir);

# %% [markdown] tags=["lang-zh"]
# ## 各文件的任务与量化表述
#
# 目标是对未来的承诺，基期值是对起点的陈述。只有南开区用数字写明了基期值；滨海新区对政协提案的
# 答复没有设定任何量化目标。

# %% [markdown] tags=["lang-en"]
# ## Tasks and quantitative statements per document
#
# Targets are commitments about the future; baselines are facts about the starting point.
# Only Nankai states its baseline in numbers. Binhai New Area's reply to a CPPCC proposal
# sets no quantitative target at all.

# %%
counts = per_doc.set_index("area")[["tasks", "targets", "baselines"]]
counts.columns = [label(column, lang) for column in counts.columns]
fig, ax = plt.subplots()
counts.plot.barh(ax=ax, width=0.8)
ax.set_xlabel(label("count", lang))
ax.set_ylabel("")
ax.grid(axis="x")
ax.set_title(label("fig.counts", lang))
save_figure(fig, REPORT, "counts", figures_dir);

# %% [markdown] tags=["lang-zh"]
# ## 覆盖面：哪个地区对哪个指标作出承诺
#
# 单元格为目标数（不含基期值），按数字所指的地区计。高新区计划还引用了天津市 2024 年的全市目标，
# 列在"天津市"下。各区共有的指标——高新技术企业、雏鹰/瞪羚/领军企业、研发投入强度、发明专利、
# 技术合同成交额——是可以跨区比较的地方（见第 02 篇）。

# %% [markdown] tags=["lang-en"]
# ## Coverage: which geography commits to which indicator
#
# Cells count targets (not baselines) by the geography the number is about. The Hi-tech
# Zone plan also quotes Tianjin's city-wide 2024 goals, which appear under Tianjin. Shared
# columns — high-tech enterprises, 雏鹰/瞪羚/领军 enterprises, R&D intensity, invention
# patents, technology contracts — are where cross-district comparison is possible (notebook 02).

# %%
names = names_from(indicators, "indicator", lang)
matrix = pd.crosstab(target_rows.indicator.map(names), target_rows.geo.map(lambda g: geo_label(g, lang, geographies)))
assert matrix.to_numpy().sum() == len(target_rows)
fig, ax = plt.subplots(figsize=(7, 0.32 * len(matrix) + 1.2))
image = ax.imshow(matrix.to_numpy(), cmap="Blues", aspect="auto")
ax.set_xticks(range(matrix.shape[1]), matrix.columns)
ax.set_yticks(range(matrix.shape[0]), matrix.index)
for (row, col), value in pd.DataFrame(matrix.to_numpy()).stack().items():
    if value:
        ax.text(col, row, int(value), ha="center", va="center", fontsize=8, color="white" if value > matrix.to_numpy().max() / 2 else "black")
ax.grid(False)
ax.set_title(label("fig.coverage", lang))
save_figure(fig, REPORT, "coverage", figures_dir);

# %%
areas = list(matrix.columns)
reader_table(
    matrix.rename_axis(index="indicator", columns=None).reset_index(),
    ["indicator", *areas],
    lang,
    headers=dict(zip(areas, areas)),
    kinds=dict.fromkeys(areas, "count"),
    caption=label("fig.coverage", lang),
)
