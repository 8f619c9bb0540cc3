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
# # 地区概况
#
# 一个地区的文件、每个本级目标的记分卡（相对自身基期、全市目标、同级地区和可用时间有多高，结论如何），
# 每个量化表述及其原文引文，任务与责任单位，政策工具结构，以及与其他规划相同的段落。
# 批处理为每个发布了文件的地区生成一份；改变 `geo` 可生成其他地区。

# %% [markdown] tags=["lang-en"]
# # District profile
#
# One geography's documents; a scorecard of every target it set for itself (how ambitious against its
# own baseline, the city, its peers and the time it had, and the verdict); every quantitative
# statement with its exact quote; the tasks and responsible units; its mix of policy instruments;
# and the passages it shares with other plans. The batch renders one profile per geography that
# issued a document; set `geo` to render another.

# %% tags=["parameters"]
lang = "zh"
figures_dir = None
geo = "nankai"

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

import analysis
from analysis.metrics import own_target_mask
from analysis.labels import category_label, label
from analysis.plantext import report as plantext
from analysis.plantext.labels import label as plantext_label
from analysis.plotting import geo_label, save_figure, use_house_style
from analysis.scorecard import scorecard
from analysis.tables import names_from, reader_table

REPORT = f"district_profile_{geo}"
use_house_style()

data = analysis.load_tables(
    ["geographies", "documents", "indicators", "targets", "tasks", "target_metrics", "task_instruments", "text_reuse"]
)
geographies, documents, targets, tasks = (data[name] for name in ("geographies", "documents", "targets", "tasks"))
assert geo in set(geographies.geo), f"unknown geo {geo!r}"
name = geo_label(geo, lang, geographies)
names = {"geo": names_from(geographies, "geo", lang), "indicator": names_from(data["indicators"], "indicator", lang)}
own_documents = documents[documents.geo == geo].assign(plan_period=lambda f: [
    f"{start}–{end}" if pd.notna(start) else "" for start, end in zip(f.plan_start, f.plan_end)
])  # fmt: skip
own = data["target_metrics"][data["target_metrics"].geo == geo].sort_values(["indicator", "target_id"])
display(Markdown("## " + label("heading.profile", lang, name=name, geo=geo)))

# %% [markdown] tags=["lang-zh"]
# ## 文件
#
# 落款日期为文件所署日期，发布日期为网页所载日期，均只在原文印有时填写。

# %% [markdown] tags=["lang-en"]
# ## Documents
#
# The signing date is the one printed under the document, the publication date the one its page
# prints; each is shown only where the text has it.

# %%
reader_table(own_documents, ["title", "issuer", "doc_number", "signed", "published", "plan_period", "doc_type"], lang)

# %% [markdown] tags=["lang-zh"]
# ## 主要发现

# %% [markdown] tags=["lang-en"]
# ## Key findings

# %%
counts = own.verdict.value_counts()
relative = own[own.relative_ambition.notna()]
facts = {
    "n": len(own),
    "decided": int((own.verdict != "unknown").sum()),
    "above": int((relative.relative_ambition > 1).sum()),
    "n_relative": len(relative),
    "with_baseline": int(own.baseline_value.notna().sum()),
}
assert facts["n"] == len(targets[own_target_mask(targets, documents) & (targets.geo == geo)])
assert facts["decided"] == int(counts.drop("unknown", errors="ignore").sum())


def verdict_summary(lang: str) -> str:
    parts = [f"{category_label('verdict', v, lang)} {n}" for v, n in counts.items() if v != "unknown"]
    return ("、" if lang == "zh" else ", ").join(parts)


# %% tags=["findings", "lang-zh"]
if facts["n"] == 0:
    findings = "- 该地区的文件没有提出本级量化目标，因此没有记分卡和结论。"
else:
    findings = (
        f"- 本级目标 {facts['n']} 个，其中 {facts['decided']} 个能下结论"
        + (f"（{verdict_summary('zh')}）" if facts["decided"] else "")
        + "，其余无法判断（所需数据见记分卡）。\n"
        + f"- 有自身基期的目标 {facts['with_baseline']} 个；可算相对力度的 {facts['n_relative']} 个中，"
        + f"{facts['above']} 个承诺份额高于其人口份额（相对力度大于 1）。"
    )
display(Markdown(findings))

# %% tags=["findings", "lang-en"]
if facts["n"] == 0:
    findings = "- The geography's documents set no quantitative target of their own, so there is no scorecard or verdict."
else:
    findings = (
        f"- {facts['n']} targets of its own, {facts['decided']} of which can be judged"
        + (f" ({verdict_summary('en')})" if facts["decided"] else "")
        + "; the rest are unknown (the scorecard names the data each needs).\n"
        + f"- {facts['with_baseline']} targets have an own baseline; of the {facts['n_relative']} whose relative ambition "
        + f"can be computed, {facts['above']} promise more than the district's share of the city's residents (above 1)."
    )
display(Markdown(findings))

# %% [markdown] tags=["lang-zh"]
# ## 记分卡
#
# 每行一个本级目标，每列回答一个问题；颜色与文字一致，灰色表示无法判断并写明原因。

# %% [markdown] tags=["lang-en"]
# ## Scorecard
#
# One row per target the geography set for itself, one column per question; the colour repeats the
# words, and grey means unknown with the reason given.

# %%
if own.empty:
    display(Markdown(label("msg.no_quantitative_statement", lang)))
else:
    display(scorecard(own, lang, indicator_names=names["indicator"]))

# %% [markdown] tags=["lang-zh"]
# ## 每个目标的结论及依据

# %% [markdown] tags=["lang-en"]
# ## The verdict of each target, and its basis

# %%
basis = "verdict_basis_zh" if lang == "zh" else "verdict_basis"
if not own.empty:
    display(reader_table(own, ["indicator", "comparator", "target_value", "unit", "target_year", "verdict", basis, "evidence"],
                         lang, names=names, headers={basis: label("verdict_basis", lang)}))  # fmt: skip

# %% [markdown] tags=["lang-zh"]
# ## 量化表述及原文
#
# 文件中的每个量化表述（含引用的其他地区数字），引文为原文中 `char_start:char_end` 的文字。

# %% [markdown] tags=["lang-en"]
# ## Quantitative statements and their quotes
#
# Every quantitative statement in this geography's documents (numbers it quotes for another
# geography included); the quote is the exact text at `char_start:char_end` of the raw file.

# %%
stated = targets[targets.doc_id.isin(own_documents.doc_id)].sort_values("target_id")
if stated.empty:
    display(Markdown(label("msg.no_quantitative_statement", lang)))
else:
    display(reader_table(stated, ["geo", "kind", "indicator", "comparator", "value", "unit", "year", "quote"], lang,
                         names=names))  # fmt: skip

# %% [markdown] tags=["lang-zh"]
# ## 任务与责任单位

# %% [markdown] tags=["lang-en"]
# ## Tasks and responsible units

# %%
own_tasks = tasks[tasks.doc_id.isin(own_documents.doc_id)]
units = own_tasks.responsible.str.split(";").explode().loc[lambda s: s != ""].value_counts()
if not units.empty:
    fig, ax = plt.subplots(figsize=(7, 0.3 * min(len(units), 15) + 1.2))
    units.head(15).sort_values().plot.barh(ax=ax, color="C2")
    ax.set_ylabel("")
    ax.set_xlabel(label("axis.number_of_tasks", lang))
    ax.grid(axis="x")
    ax.set_title(label("fig.tasks_per_unit", lang, name=name))
    save_figure(fig, REPORT, "responsible_units", figures_dir)
reader_table(own_tasks, ["section", "title", "lead", "responsible"], lang)

# %% [markdown] tags=["lang-zh"]
# ## 政策工具结构
#
# 各任务按 Rothwell 与 Zegveld 的供给型、环境型、需求型政策工具编码（经人工复核），见 04。

# %% [markdown] tags=["lang-en"]
# ## Policy instruments
#
# The tasks coded as supply, environment and demand instruments after Rothwell & Zegveld (reviewed
# codes); see 04.

# %%
mix = plantext.instrument_mix(geo, data["task_instruments"], documents)
if mix.empty:
    display(Markdown(label("msg.no_coded_task", lang)))
else:
    mix = mix.assign(instrument=[plantext_label(i, lang) for i in mix.instrument],
                     subtype=[plantext_label(s, lang) for s in mix.subtype])  # fmt: skip
    display(reader_table(mix, ["instrument", "subtype", "codes", "share"], lang, kinds={"codes": "count", "share": "share"}))

# %% [markdown] tags=["lang-zh"]
# ## 与其他规划相同的段落
#
# 最长的五段与其他文件（或市级规划引文）逐字相同的文字（标点和繁简差异已归一）。

# %% [markdown] tags=["lang-en"]
# ## Passages shared with other plans
#
# The five longest passages identical to another document (or the city plan's quoted text), after
# normalising punctuation and character variants.

# %%
copied = plantext.most_copied(geo, data["text_reuse"], tasks, documents)
if copied.empty:
    display(Markdown(label("msg.no_shared_passage", lang)))
else:
    doc_area = {doc: geo_label(g, lang, geographies) for doc, g in zip(documents.doc_id, documents.geo)}
    copied = copied.assign(other=[doc_area.get(other, label("city_plan", lang)) for other in copied.other])
    display(reader_table(copied, ["other", "section", "passage", "length"], lang, kinds={"length": "count", "passage": "long_text"}))
