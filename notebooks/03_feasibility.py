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
# # 03 · Feasibility: could the targets be met, and were they?
#
# **Ex ante** we set the growth each target requires against the growth the geography had
# actually shown, as the progress ratio of the Statistics Canada / Open SDG method
# (observed pace ÷ required pace: target achieved; ≥ 95 % on track; 60–95 % acceleration
# needed; 0–60 % limited progress; < 0 deterioration), and estimate a probability of
# attainment from a trend model of the history (`analysis.metrics.attainment_probability`:
# OLS of the (log) value on the year, predictive t-distribution at the deadline; fewer than
# three observations → no estimate). A city-wide series used for a district is only a proxy
# and is marked.
#
# **Ex post**, since the deadlines have passed, attainment = observed ÷ target at the
# deadline year, with the source grade of the observation, and the distribution of
# (observed − target) ÷ target to see whether results cluster just above the targets.
#
# The bundled observations are thin. The summary below says how many targets each question
# can be answered for with the data shipped here; the last section lists what cannot be
# judged and why.

# %% tags=["parameters"]
lang = "zh"
figures_dir = None

# %%
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import Patch

from IPython.display import Markdown, display

import analysis
from analysis import metrics
from analysis.plotting import geo_label, save_figure, use_house_style

REPORT = "03_feasibility"
use_house_style()

data = analysis.load_tables()  # every table, validated against its schema and the raw texts
geographies, documents, targets, indicators = (data[name] for name in ("geographies", "documents", "targets", "indicators"))
table = metrics.target_metrics(targets, documents, data["observations"], data["city_targets"], indicators, geographies)
names = indicators.set_index("indicator")[f"name_{lang}"]
table["area"] = [geo_label(geo, lang, geographies) for geo in table.geo]
table["indicator_name"] = table.indicator.map(names)
assert table.target_id.is_unique
summary = {
    "targets": len(table),
    "with a progress ratio": int(table.progress_ratio.notna().sum()),
    "with a probability of attainment": int(table.p_attain.notna().sum()),
    "with an observed outcome": int(table.attainment.notna().sum()),
}
display(Markdown(" · ".join(f"**{count}** {what}" for what, count in summary.items())))


def show(frame: pd.DataFrame) -> pd.DataFrame | Markdown:
    """The table, or one sentence saying it is empty (so an empty result reads as a finding)."""
    return frame if len(frame) else Markdown("*无可计算的目标。*" if lang == "zh" else "*No target can be computed.*")

# %% [markdown]
# ## Required versus observed pace
#
# Each point is a target with both a required pace (from its baseline to the target) and
# an observed pace (from the history). Points above the diagonal were growing fast enough;
# hollow points use a city-wide series as a proxy for a district.

# %%
paced = table.dropna(subset=["progress_ratio"])
fig, ax = plt.subplots(figsize=(5.5, 4.5))
if paced.empty:
    ax.text(0.5, 0.5, "无可比较的历史序列" if lang == "zh" else "no comparable history", ha="center", va="center", transform=ax.transAxes)
else:
    proxy = paced.history_proxy.fillna(False).astype(bool)
    ax.scatter(paced.required_pace[~proxy], paced.history_pace[~proxy], color="C0", label="自身序列" if lang == "zh" else "own series")
    ax.scatter(paced.required_pace[proxy], paced.history_pace[proxy], facecolors="none", edgecolors="C1", label="全市序列（代理）" if lang == "zh" else "city series (proxy)")
    limit = float(pd.concat([paced.required_pace, paced.history_pace]).abs().max()) * 1.1
    ax.plot([0, limit], [0, limit], color="0.5", linestyle="--", linewidth=1)
    for row in paced.itertuples():
        ax.annotate(f"{row.area}·{row.indicator_name}", (row.required_pace, row.history_pace), fontsize=7)
    ax.legend()
ax.set_xlabel("所需速度" if lang == "zh" else "required pace")
ax.set_ylabel("实际速度" if lang == "zh" else "observed pace")
ax.set_title("所需与实际增长速度" if lang == "zh" else "Required vs observed pace")
save_figure(fig, REPORT, "pace", figures_dir);
show(table[["area", "indicator_name", "target_value", "target_year", "pace_kind", "required_pace", "history_pace", "history_n", "history_source", "history_proxy", "progress_ratio", "progress_category", "progress_reason"]].dropna(subset=["progress_ratio"]).reset_index(drop=True))

# %% [markdown]
# ## Probability of attainment
#
# Only targets whose own (or proxy) history has at least three comparable observations get
# an estimate; the interval is the 90 % interval of the probability under the model.

# %%
show(table[["area", "indicator_name", "target_value", "target_year", "model_n", "forecast", "forecast_low", "forecast_high", "p_attain", "p_attain_low", "p_attain_high", "probability_reason"]].dropna(subset=["p_attain"]).reset_index(drop=True))

# %% [markdown]
# ## Ex post: were the targets met?
#
# `attainment` = observed ÷ target at the deadline year; `outcome_status` is met, missed or
# unknown; `outcome_grade` is the grade of the source of the observation (official,
# official repost, news, secondary, machine translation). Doubtful observations are not used.

# %%
outcomes = table[["area", "indicator_name", "target_value", "unit", "target_year", "outcome_value", "outcome_year", "outcome_source", "outcome_grade", "outcome_flags", "attainment", "relative_margin", "outcome_status", "outcome_reason"]]
show(outcomes[outcomes.outcome_status != "unknown"].reset_index(drop=True))

# %%
distribution = metrics.ex_post_distribution(table)
if distribution["count"].sum() == 0:
    display(Markdown("没有任何目标有截止年份的观测值，分布为空。" if lang == "zh" else "No target has an observation for its deadline year: the distribution is empty."))
fig, ax = plt.subplots(figsize=(7, 3))
ax.bar(range(len(distribution)), distribution["count"], color="C0")
ax.set_xticks(range(len(distribution)), [f"[{lo:+.0%}, {hi:+.0%})" for lo, hi in zip(distribution.lower, distribution.upper)], rotation=45, ha="right", fontsize=7)
ax.axvline(distribution.index[distribution.lower == 0][0] - 0.5, color="C3", linestyle="--", linewidth=1)
ax.set_ylabel("目标数" if lang == "zh" else "targets")
ax.set_ylim(bottom=0)
ax.set_title("（实际 − 目标）÷ 目标 的分布" if lang == "zh" else "Distribution of (observed − target) ÷ target")
save_figure(fig, REPORT, "margins", figures_dir);
distribution

# %% [markdown]
# ## What cannot be judged, and why
#
# For each question, the number of targets for which the data answers it (the metric has a
# value), and, for the rest, the reasons it does not. Missing data stays missing: nothing here is imputed.

# %%
questions = {  # question → (label zh, label en, the metric(s) that answer it, the column saying why not)
    "own_baseline": ("自身基期", "own baseline", ["multiple", "gap_pp"], "baseline_reason"),
    "time": ("可用时间", "time available", ["months_available"], "time_reason"),
    "city_plan": ("市级目标", "city plan", ["escalation_pp", "commitment_ratio"], "parent_reason"),
    "peers": ("同级比较", "peers", ["peer_rank"], "peer_reason"),
    "progress": ("进展比率", "progress ratio", ["progress_ratio"], "progress_reason"),
    "probability": ("达成概率", "probability", ["p_attain"], "probability_reason"),
    "ex_post": ("事后达成", "ex post", ["attainment"], "outcome_reason"),
}
rows = []
for zh, en, values, reason in questions.values():
    known = table[values].notna().any(axis=1)
    label_ = zh if lang == "zh" else en
    rows.append({"question": label_, "reason": "answered", "targets": int(known.sum())})
    why = table.loc[~known, reason].str.replace(r"\s*\(.*?\)|:.*$", "", regex=True).replace("", "(no reason recorded)")
    rows += [{"question": label_, "reason": r, "targets": n} for r, n in why.value_counts().items()]
why_not = pd.DataFrame(rows)
answered = why_not[why_not.reason == "answered"].set_index("question").targets
fig, ax = plt.subplots(figsize=(7, 3.5))
ax.barh(answered.index, answered, color="C2", label="可判断" if lang == "zh" else "answered")
ax.barh(answered.index, len(table) - answered, left=answered, color="0.75", label="缺数据" if lang == "zh" else "lacking data")
ax.set_xlabel("目标数" if lang == "zh" else "targets")
ax.legend(handles=[Patch(color="C2"), Patch(color="0.75")], labels=["可判断", "缺数据"] if lang == "zh" else ["answered", "lacking data"], loc="lower right", framealpha=1, frameon=True)
ax.grid(axis="x")
ax.set_title("各问题可判断的目标数" if lang == "zh" else "Targets each question can be answered for")
save_figure(fig, REPORT, "what_can_be_judged", figures_dir);
why_not
