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
# # 04 · 规划文本：政策工具、责任单位与文本重复
#
# 规划中的数字只是一小部分，大部分篇幅是任务：区里要做什么、用什么政策工具、由哪个部门负责；而且许多文字在各区规划之间相同。
# 本报告按 Rothwell 与 Zegveld 的供给型、环境型、需求型政策工具对每个末级任务编码（先按线索词规则，再逐条人工复核），
# 整理各任务的责任单位及其共同责任网络，并找出各文件之间（以及与我们所引用的市级规划原文之间）逐字相同的段落。
# 编码手册、规则和方法见 `data/README.md`。

# %% [markdown] tags=["lang-en"]
# # 04 · Plan text: policy instruments, responsible agencies and text reuse
#
# The numbers are a small part of each plan; most of it is tasks — what the district will do,
# through which instrument, and which bureau answers for it — and much of that text recurs
# from one plan to another. This report codes every leaf task by Rothwell & Zegveld's supply,
# environment and demand instruments (cue-word rules first, then a reading of every task),
# lists the agencies responsible and their co-responsibility network, and finds the passages
# the documents share word for word with each other and with the city plan as far as our data
# quotes it. Codebook, rules and method: `data/README.md`.

# %% tags=["parameters"]
lang = "zh"
figures_dir = None

# %%
import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display

from analysis.load import load_tables
from analysis.plantext import agencies, build, report
from analysis.plantext.instruments import INSTRUMENTS
from analysis.plantext.labels import label
from analysis.plotting import geo_label, save_figure, use_house_style
from analysis.tables import reader_table

REPORT = "04_plan_text"
GOLDEN_ANGLE = np.pi * (3 - np.sqrt(5))
LABEL_WIDTH = {"zh": 10, "en": 22}  # characters per line of an agency label in the network
use_house_style()

data = load_tables()  # every table, validated against its schema and the raw texts
texts = build.raw_texts()
documents, tasks, targets = data["documents"], data["tasks"], data["targets"]
codes, reuse = data["task_instruments"], data["text_reuse"]
doc_name = {row.doc_id: geo_label(row.geo, lang, data["geographies"]) for row in documents.itertuples()}
short = doc_name.__getitem__
assert len(set(doc_name.values())) == len(doc_name), "each document needs its own short name"

# %% [markdown] tags=["lang-zh"]
# ## 政策工具：各文件的结构
#
# 每个末级任务可有多个政策工具子类；下图为各文件复核后编码中三类工具的占比。

# %% [markdown] tags=["lang-en"]
# ## Policy instruments by document
#
# A leaf task can carry several sub-types; the bars show the share of each document's reviewed
# codes in each instrument family.

# %%
families = report.instrument_shares(codes)
fig, ax = plt.subplots(figsize=(7, 3.2))
left = np.zeros(len(families))
for position, family in enumerate(INSTRUMENTS):
    ax.barh([short(d) for d in families.index], families[family], left=left, color=f"C{position}", label=label(family, lang))
    left += families[family].to_numpy()
ax.set_xlabel(label("share_of_codes", lang))
ax.set_xlim(0, 1)
ax.legend(ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.25))
ax.set_title(label("instruments_by_document", lang))
save_figure(fig, REPORT, "instruments_by_document", figures_dir);

# %%
subtypes = report.instrument_shares(codes, level="subtype")
fig, ax = plt.subplots(figsize=(8, 3.6))
image = ax.imshow(subtypes.to_numpy(), cmap="Blues", vmin=0, aspect="auto")
ax.grid(False)
ax.set_xticks(range(len(subtypes.columns)), [label(code, lang) for code in subtypes.columns], rotation=60, ha="right")
ax.set_yticks(range(len(subtypes.index)), [short(d) for d in subtypes.index])
for (row, column), value in np.ndenumerate(subtypes.to_numpy()):
    if value > 0:
        ax.text(column, row, f"{value:.0%}", ha="center", va="center", fontsize=7, color="white" if value > 0.12 else "black")
fig.colorbar(image, ax=ax, label=label("share_of_codes", lang))
ax.set_title(label("subtypes_by_document", lang))
save_figure(fig, REPORT, "subtypes_by_document", figures_dir);

# %% [markdown] tags=["lang-zh"]
# ### 规则与人工复核
#
# 规则：线索词出现在任务标题中，或在正文中出现两次以上，即编码（责任单位括号不计）。复核时逐条阅读任务，删去误编码、补充遗漏。
# 下表比较规则编码与复核后的编码：“精确率”为规则编码中被复核保留的比例，“召回率”为复核后编码中规则已给出的比例。

# %% [markdown] tags=["lang-en"]
# ### Rules against review
#
# The rule codes a sub-type when one of its cues is in the task's heading or occurs twice in its
# text (responsible-unit parentheses masked). The review read every task, dropped wrong codes
# and added missing ones. *Precision*: share of rule codes the review kept; *recall*: share of
# reviewed codes the rule had found.

# %%
agreement = report.review_agreement(codes)
assert agreement["kept"] + agreement["dropped"] == agreement["rule_codes"]
measures = pd.DataFrame({"statistic": [label(f"agreement.{key}", lang) for key in agreement], "value": list(agreement.values())})
reader_table(measures, ["statistic", "value"], lang, kinds={"value": "number"})

# %% [markdown] tags=["lang-zh"]
# ## 目标背后的政策工具
#
# 每个目标通过其所在的末级任务与政策工具相连；写在“目标”章节、不在任何任务之下的目标单列。

# %% [markdown] tags=["lang-en"]
# ## The instruments behind the targets
#
# Each target reaches its instruments through the leaf task it stands under; targets stated in
# goal sections, under no task, are counted apart.

# %%
linked = report.target_instruments(targets, tasks, codes, documents)
per_target = linked.drop_duplicates("target_id")
outside = int((per_target.task_id == "").sum())
under = linked[linked.task_id != ""]
target_families = under.groupby("doc_id").instrument.value_counts(normalize=True).unstack(fill_value=0).reindex(columns=list(INSTRUMENTS), fill_value=0)
fig, ax = plt.subplots(figsize=(7, 2.8))
left = np.zeros(len(target_families))
for position, family in enumerate(INSTRUMENTS):
    ax.barh([short(d) for d in target_families.index], target_families[family], left=left, color=f"C{position}", label=label(family, lang))
    left += target_families[family].to_numpy()
ax.set_xlim(0, 1)
ax.set_xlabel(label("share_of_codes", lang))
ax.legend(ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.3))
ax.set_title(label("targets_by_instrument", lang))
save_figure(fig, REPORT, "targets_by_instrument", figures_dir);
display(Markdown(f"{label('no_task', lang)}: **{outside}** / {len(per_target)}"))

# %% [markdown] tags=["lang-zh"]
# ## 责任单位
#
# 被写为“牵头”或是任务唯一列出的单位计为牵头，其余为参与。南开、北辰、静海的区级规划与高新区工作方案列出了责任单位；滨海新区的建议答复没有。

# %% [markdown] tags=["lang-en"]
# ## Responsible agencies
#
# An agency leads a task when the text names it 牵头 or it is the only unit named; otherwise it
# shares it. The Nankai, Beichen and Jinghai plans and the Hi-tech Zone's work plan name
# responsible units; Binhai's proposal reply names none.

# %%
links = agencies.task_agencies(tasks, documents, data["agency_spellings"], texts)
counts = agencies.agency_counts(links)
agency_name = data["agencies"].set_index("agency")[f"name_{lang}"]
top = counts.groupby("doc_id").head(4).assign(
    document=lambda f: f.doc_id.map(short), agency_name=lambda f: f.agency.map(agency_name)
)
columns = ["document", "agency_name", "lead", "shared", "tasks"]
reader_table(top, columns, lang, headers={c: label(c if c != "agency_name" else "agency", lang) for c in columns},
             kinds=dict.fromkeys(["lead", "shared", "tasks"], "count"))  # fmt: skip

# %%
edges = agencies.co_responsibility(links)
with_agencies = sorted(links.doc_id.unique())
rows = (len(with_agencies) + 1) // 2
with plt.rc_context({"figure.constrained_layout.use": False}):  # manual margins: labels sit outside the circles
    fig, axs = plt.subplots(rows, 2, figsize=(9, 3.0 * rows))
fig.subplots_adjust(left=0.12, right=0.88, top=0.92, bottom=0.03, wspace=0.55, hspace=0.25)
for ax in np.atleast_1d(axs).flat[len(with_agencies):]:
    ax.set_visible(False)
for ax, doc in zip(np.atleast_1d(axs).flat, with_agencies):
    nodes = counts[counts.doc_id == doc].reset_index(drop=True)  # most tasks first
    angle = GOLDEN_ANGLE * np.arange(len(nodes))  # the busiest agencies land far apart, so their labels do not collide
    position = {agency: (np.cos(a), np.sin(a)) for agency, a in zip(nodes.agency, angle)}
    mine = edges[edges.doc_id == doc]
    for edge in mine.itertuples():
        (x0, y0), (x1, y1) = position[edge.agency_a], position[edge.agency_b]
        ax.plot([x0, x1], [y0, y1], color="0.6", linewidth=0.4 + 0.6 * edge.tasks, zorder=1)
    ax.scatter([position[a][0] for a in nodes.agency], [position[a][1] for a in nodes.agency], s=30 + 25 * nodes.tasks, color="C0", zorder=2)
    for node in nodes.head(5).itertuples():
        x, y = position[node.agency]
        name = agency_name[node.agency].replace(" (Hi-tech Zone)", "").replace("District ", "")
        name = textwrap.fill(name, LABEL_WIDTH[lang])
        ax.annotate(name, (x, y), fontsize=6.5, ha="left" if x >= 0 else "right", xytext=(6 if x >= 0 else -6, 0), textcoords="offset points")
    ax.set_title(short(doc))
    ax.set_xlim(-2.6, 2.6)
    ax.set_ylim(-1.4, 1.4)
    ax.set_aspect("equal")
    ax.axis("off")
fig.suptitle(label("network", lang))
save_figure(fig, REPORT, "agency_network", figures_dir);

# %% [markdown] tags=["lang-zh"]
# ## 文本重复
#
# 比较前先统一繁简字、全角半角，去掉标点与空白；至少 15 个字逐字相同才算相同段落。下图为各文件末级任务文本中，能在另一文件（或市级规划引文）中找到的比例。

# %% [markdown] tags=["lang-en"]
# ## Text reuse
#
# Texts are compared after unifying traditional and simplified characters and full- and
# half-width forms and dropping punctuation and white space; a shared passage is at least 15
# characters identical word for word. The heat map shows the share of each document's leaf-task
# text found in another text (or in the city plan as quoted).

# %%
coverage = report.task_coverage(reuse, tasks, texts)
matrix = coverage.pivot(index="doc_id", columns="source", values="share")
columns = [doc for doc in sorted(texts) if doc in matrix.columns] + ["any", "city"]
matrix = matrix[columns]
fig, ax = plt.subplots(figsize=(7.5, 3.4))
image = ax.imshow(matrix.fillna(0).to_numpy(), cmap="Oranges", vmin=0, aspect="auto")
ax.grid(False)
ax.set_xticks(range(len(columns)), [short(c) if c in texts else label(c, lang) for c in columns], rotation=30, ha="right")
ax.set_yticks(range(len(matrix.index)), [short(d) for d in matrix.index])
for (row, column), value in np.ndenumerate(matrix.to_numpy()):
    if not np.isnan(value):
        ax.text(column, row, f"{value:.0%}", ha="center", va="center", fontsize=7)
fig.colorbar(image, ax=ax, label=label("share_task_text", lang))
ax.set_ylabel(label("document", lang))
ax.set_xlabel(label("source", lang))
ax.set_title(label("reuse_heatmap", lang))
save_figure(fig, REPORT, "reuse_heatmap", figures_dir);

# %%
sections = report.passage_sections(reuse, tasks)
longest = sections.sort_values(["length", "reuse_id"], ascending=[False, True]).head(8)
shown = longest.assign(
    document=longest.doc_a.map(short),
    other=[short(d) if d in texts else label("city", lang) for d in longest.doc_b],
    passage=longest.passage_a.str.replace("\n", " "),
)
columns = ["document", "section_a", "other", "section_b", "length", "passage"]
headers = {c: label(c.removesuffix("_a").removesuffix("_b") if c.startswith("section") else c, lang) for c in columns}
reader_table(shown, columns, lang, headers=headers, kinds={"length": "count", "passage": "long_text"})

# %% tags=["findings"]
overall = report.final_codes(codes).instrument.value_counts(normalize=True).reindex(list(INSTRUMENTS))
top_subtype = report.final_codes(codes).subtype.value_counts()
assert overall.idxmax() == "supply" and overall.idxmin() == "demand", overall
assert (families.supply >= families.demand).all() and (families.environment >= families.demand).all()
demand_low, demand_high = families.demand.idxmin(), families.demand.idxmax()
any_share = matrix["any"].dropna()
most_reused = any_share.idxmax()
district_links = links[links.doc_id.isin(documents[documents.doc_type == "implementation_plan"].doc_id)]
science_tasks = int(district_links[district_links.agency == "science_bureau"].task_id.nunique())
leaf_with_agency = int(district_links.task_id.nunique())
dropped = codes[~codes.reviewed_code].subtype.value_counts()
named_zone = int(codes[~codes.reviewed_code].note.str.contains("示范区").sum())
longest_row = longest.iloc[0]
assert longest_row.length >= 15 and texts[longest_row.doc_a][longest_row.start_a : longest_row.end_a] == longest_row.passage_a
city_rows = int(reuse.doc_b.str.contains("-c").sum())
numbers = {
    "codes": int(codes.reviewed_code.sum()), "tasks": agreement["tasks"],
    "supply": overall["supply"], "environment": overall["environment"], "demand": overall["demand"],
    "top": label(top_subtype.index[0], lang), "top_n": int(top_subtype.iloc[0]),
    "demand_low": short(demand_low), "demand_low_v": families.demand.min(),
    "demand_high": short(demand_high), "demand_high_v": families.demand.max(),
    "precision": agreement["precision"], "recall": agreement["recall"], "changed": agreement["share_tasks_changed"],
    "outside": outside, "targets": len(per_target),
    "dropped_top": label(dropped.index[0], lang), "dropped_n": int(dropped.iloc[0]), "named_zone": named_zone, "science": science_tasks, "with_agency": leaf_with_agency,
    "reused": short(most_reused), "reused_v": any_share.max(), "passages": len(reuse), "city_rows": city_rows,
    "longest": int(longest_row.length), "longest_a": short(longest_row.doc_a), "longest_b": short(longest_row.doc_b) if longest_row.doc_b in texts else label("city", lang),
}
text = {
    "zh": """- {tasks} 个末级任务共 {codes} 个复核后的政策工具编码：供给型 {supply:.0%}、环境型 {environment:.0%}、需求型 {demand:.0%}；最常见的子类是“{top}”（{top_n} 个）。需求型工具在每个文件中都最少，{demand_low}仅 {demand_low_v:.0%}，{demand_high}最高也只有 {demand_high_v:.0%}。
- 线索词规则的精确率 {precision:.0%}、召回率 {recall:.0%}；复核改动了 {changed:.0%} 的任务的编码。被删去最多的子类是“{dropped_top}”（{dropped_n} 个）；另有 {named_zone} 个编码只因专名中的“示范区”而起。
- {targets} 个目标中有 {outside} 个写在目标章节，不在任何任务之下，无法与政策工具相连。
- 在三个区的实施方案中，区科技局出现在 {science} / {with_agency} 个列有责任单位的任务中。
- 共找到 {passages} 处逐字相同的段落；{reused}的任务文本与其他规划相同的比例最高（{reused_v:.0%}）。最长的一段 {longest} 字，见于{longest_a}与{longest_b}。与市级规划引文相同的段落只有 {city_rows} 处——我们只有市级规划中带数字的句子。
""",
    "en": """- {tasks} leaf tasks carry {codes} reviewed instrument codes: supply {supply:.0%}, environment {environment:.0%}, demand {demand:.0%}; the commonest sub-type is "{top}" ({top_n}). Demand-side instruments are the smallest family in every document: {demand_low_v:.0%} in {demand_low}, at most {demand_high_v:.0%} ({demand_high}).
- The cue-word rules had precision {precision:.0%} and recall {recall:.0%} against review; review changed the codes of {changed:.0%} of the tasks. The sub-type the review dropped most often is {dropped_top} ({dropped_n}); {named_zone} dropped codes rested only on 示范区 in a name.
- {outside} of {targets} targets are stated in goal sections, under no task, so no instrument stands behind them.
- In the three district implementation plans the district science bureau is named in {science} of the {with_agency} tasks that name responsible units.
- {passages} passages are shared word for word; {reused} has the largest share of task text found in another plan ({reused_v:.0%}). The longest shared passage is {longest} characters, between {longest_a} and {longest_b}. Only {city_rows} passages match the city plan as quoted — our data quotes only its sentences with numbers.
""",
}[lang]
display(Markdown(text.format(**numbers)))
