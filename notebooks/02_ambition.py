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
# # 02 · 目标有多高：与自身基期、全市目标、人口份额和同级地区相比
#
# 每个区级目标都与数据允许的所有参照相比：**自身基期**（目标 ÷ 基期值及所需年均增长率）；
# **全市目标**（占市级目标的份额 ÷ 占全市常住人口的份额 = 相对力度，高于 1 即承诺多于其人口份额；
# 所需增速与全市所需增速之差；比重类指标的百分点差）；**实际可用时间**（自落款日期起算，
# 全年流量自 1 月 1 日起算）；以及**同级地区**（排名，兼看每万人数值）。所有数字取自
# `data/processed/target_metrics.csv`（`python -m analysis metrics` 生成），缺失值注明原因。

# %% [markdown] tags=["lang-en"]
# # 02 · Ambition: how far did each district promise to go?
#
# Every district target is set against every reference the data allows: its **own baseline**
# (target ÷ baseline and the compound growth it requires); the **city plan** (its share of the
# city target ÷ its share of the city's residents = relative ambition, above 1 when it promises
# more than its size share; its required growth minus the city's; the gap in percentage points
# for shares); the **time actually available** (from the signing date; a year's flow from
# 1 January); and its **peers** (rank, also per 10,000 residents). Every number comes from
# `data/processed/target_metrics.csv` (`python -m analysis metrics`); a missing value says why.

# %% tags=["parameters"]
lang = "zh"
figures_dir = None

# %%
import matplotlib.pyplot as plt
from IPython.display import Markdown, display

import analysis
from analysis.labels import label
from analysis.plotting import geo_label, save_figure, use_house_style
from analysis.tables import names_from, reader_table

REPORT = "02_ambition"
use_house_style()

data = analysis.load_tables(["geographies", "indicators", "target_metrics", "city_target_metrics"])
geographies, indicators = data["geographies"], data["indicators"]
table, city_table = data["target_metrics"], data["city_target_metrics"]
names = {"geo": names_from(geographies, "geo", lang), "indicator": names_from(indicators, "indicator", lang)}
table["area"] = [geo_label(geo, lang, geographies) for geo in table.geo]
city_table["area"] = [geo_label(geo, lang, geographies) for geo in city_table.geo]
assert table.target_id.is_unique and len(table) == 134

# %% [markdown] tags=["lang-zh"]
# ## 主要发现

# %% [markdown] tags=["lang-en"]
# ## Key findings

# %%
shared = table[table.relative_ambition.notna()].copy()
above = shared[shared.relative_ambition > 1]
by_geo = shared.groupby("geo").relative_ambition.agg(["count", "min", "max"])
above_by_geo = above.groupby("geo").size().reindex(by_geo.index, fill_value=0)
top = shared.loc[shared.relative_ambition.idxmax()]
coverage = city_table[city_table.sum_over_city.notna()]
own = table[table.required_cagr.notna()]
escalated = table[table.pace_escalation_pp.notna()]
copied = table[table.escalation_pp == 0]
months = table[table.clock.isin(["signed", "published"])].groupby("geo").months_available.min()
dengling = escalated[escalated.indicator == "dengling_enterprises"].iloc[0]
over = coverage.assign(excess=coverage.sum_over_city - coverage.population_coverage)
facts = {
    "n_answering": int((table.city_target_id != "").sum()),
    "n_over": int((over.excess > 0).sum()),
    "over_zh": "、".join(names_from(indicators, "indicator", "zh")[i] for i in over[over.excess > 0].indicator),
    "over_en": ", ".join(names_from(indicators, "indicator", "en")[i] for i in over[over.excess > 0].indicator),
    "n_coverage": len(over),
    "dengling_city": dengling.city_required_cagr,
    "n_shared": len(shared),
    "beichen_above": int(above_by_geo.get("beichen", 0)),
    "beichen_n": int(by_geo.loc["beichen", "count"]),
    "jinghai_above": int(above_by_geo.get("jinghai", 0)),
    "jinghai_n": int(by_geo.loc["jinghai", "count"]),
    "jinghai_max": by_geo.loc["jinghai", "max"],
    "top_indicator": top.indicator,
    "top_value": top.relative_ambition,
    "sum_min": coverage.sum_over_city.min(),
    "sum_max": coverage.sum_over_city.max(),
    "pop_min": coverage.population_coverage.min(),
    "pop_max": coverage.population_coverage.max(),
    "n_own": len(own),
    "own_min": own.required_cagr.min(),
    "own_max": own.required_cagr.max(),
    "n_escalated": len(escalated),
    "escalation_max": escalated.pace_escalation_pp.max(),
    "n_copied": len(copied),
    "jinghai_months": months["jinghai"],
    "nankai_months": months["nankai"],
}
# The prose below was written for these facts; a change in the data fails here first.
assert set(shared.geo) == {"beichen", "jinghai"} and facts["n_shared"] == 10 and facts["n_answering"] == 12
assert (facts["n_over"], facts["n_coverage"]) == (4, 7) and set(over[over.excess > 0].indicator) == {
    "chuying_enterprises", "dengling_enterprises", "leading_enterprises", "university_science_parks",
}  # fmt: skip
assert round(100 * facts["dengling_city"], 1) == 0.2
assert (facts["beichen_above"], facts["beichen_n"], facts["jinghai_above"], facts["jinghai_n"]) == (5, 7, 0, 3)
assert top.geo == "beichen" and top.indicator == "university_science_parks" and round(top.relative_ambition, 2) == 3.05
assert round(facts["sum_min"], 3) == 0.043 and round(facts["sum_max"], 2) == 0.20
assert facts["n_own"] == 3 and set(own.geo) == {"nankai"} and facts["n_escalated"] == 2 and facts["n_copied"] == 2
assert round(facts["jinghai_months"], 1) == 15.7 and round(facts["nankai_months"], 1) == 24.1


def pct(value: float) -> str:
    return f"{100 * value:.0f}%"


# %% tags=["findings", "lang-zh"]
display(Markdown(
    f"- {facts['n_answering']} 个区级目标有口径、年份一致的市级目标；其中总量类的 {facts['n_shared']} 个可算相对力度（北辰区 {facts['beichen_n']} 个、静海区 {facts['jinghai_n']} 个）。"
    f"北辰区在其中 {facts['beichen_above']} 个指标上承诺的份额高于其常住人口份额（6.6%，相对力度大于 1），最高是大学科技园"
    f"（相对力度 {facts['top_value']:.2f}）；静海区 {facts['jinghai_n']} 个指标全部低于其人口份额（最高 {facts['jinghai_max']:.2f}）。\n"
    f"- 只有北辰、静海两区的目标能与市级目标加总：合计占各市级目标的 {pct(facts['sum_min'])}–{pct(facts['sum_max'])}，"
    f"这两区占全市常住人口的 {pct(facts['pop_min'])}–{pct(facts['pop_max'])}。{facts['n_coverage']} 个可加总的市级目标中，"
    f"有 {facts['n_over']} 个（{facts['over_zh']}）合计份额高于其人口份额，其余低于。仅两区报送，无法判断全市是否“层层加码”。\n"
    f"- 只有南开区的 {facts['n_own']} 个目标有自身基期，所需年均增长 {pct(facts['own_min'])}–{pct(facts['own_max'])}；"
    f"其中 {facts['n_escalated']} 个可与全市 2019→2022 年所需增速相比（南开为 2020→2023 年）：瞪羚企业高出 {facts['escalation_max']:.1f} 个百分点，"
    f"主要因为全市 2019 年已有 348 家，接近其 350 家的目标（全市所需增速仅 {100 * facts['dengling_city']:.1f}%）。"
    f"北辰区和静海区的研发投入强度目标照搬全市的 3.2%。\n"
    f"- 静海区方案发布时距 2022 年底只剩 {facts['jinghai_months']:.1f} 个月，南开区 {facts['nankai_months']:.1f} 个月：名义上的三年计划，实际可用时间少得多。"
))

# %% tags=["findings", "lang-en"]
display(Markdown(
    f"- {facts['n_answering']} district targets answer to a city target of the same statistic and year; for the "
    f"{facts['n_shared']} that are counts or amounts, relative ambition can be computed ({facts['beichen_n']} Beichen, "
    f"{facts['jinghai_n']} Jinghai). Beichen promises more than its 6.6% share of the city's residents (relative ambition "
    f"above 1) on {facts['beichen_above']} of them, most on university science parks (relative ambition "
    f"{facts['top_value']:.2f}); Jinghai promises less than its share on all {facts['jinghai_n']} (at most {facts['jinghai_max']:.2f}).\n"
    f"- Only Beichen's and Jinghai's targets can be summed against the city's: together they make "
    f"{pct(facts['sum_min'])}–{pct(facts['sum_max'])} of the city targets while the two hold "
    f"{pct(facts['pop_min'])}–{pct(facts['pop_max'])} of its residents. On {facts['n_over']} of the {facts['n_coverage']} "
    f"additive city targets ({facts['over_en']}) their share exceeds their population share; on "
    f"the rest it falls short. With two districts reporting, whether the districts jointly over-commit cannot be told.\n"
    f"- Only Nankai's {facts['n_own']} targets have an own baseline; they require {pct(facts['own_min'])}–{pct(facts['own_max'])} "
    f"growth a year. The {facts['n_escalated']} that compare with the city's required pace (the city's 2019→2022 against "
    f"Nankai's 2020→2023) exceed it by up to {facts['escalation_max']:.1f} percentage points, for gazelle (瞪羚) firms — mostly "
    f"because the city already had 348 of its 350 in 2019 and needed only {100 * facts['dengling_city']:.1f}% a year. "
    f"Beichen and Jinghai copy the city's 3.2% R&D intensity.\n"
    f"- Jinghai's plan left {facts['jinghai_months']:.1f} months to the end of 2022, Nankai's {facts['nankai_months']:.1f}: "
    f"nominally three-year plans with far less time."
))

# %% [markdown] tags=["lang-zh"]
# ## 相对全市目标：承诺份额与人口份额
#
# 相对力度 = 区级目标占市级目标的份额 ÷ 该区常住人口占全市的份额（同一时点：2020 年人口普查；
# 全市人口由滨海新区普查人口及其占全市比重推得）。虚线为 1：高于 1，承诺多于其人口份额。

# %% [markdown] tags=["lang-en"]
# ## Against the city: share of the target and share of the residents
#
# Relative ambition = the district target's share of the city target ÷ the district's share of
# the city's residents at one date (the 2020 census; the city's census count derived from Binhai's
# count and its published share of the city). The dashed line is 1: above it, the district
# promises more than its size share.

# %%
shared = shared.sort_values(["geo", "relative_ambition"])
fig, ax = plt.subplots(figsize=(7.5, 0.4 * len(shared) + 1.4))
colours = ["C0" if geo == "beichen" else "C1" for geo in shared.geo]
ax.barh([f"{a} · {names['indicator'][i]}" for a, i in zip(shared.area, shared.indicator)], shared.relative_ambition, color=colours)
ax.axvline(1, color="0.3", linestyle="--", linewidth=1)
ax.set_xlabel(label("axis.relative_ambition", lang))
ax.grid(axis="x")
ax.set_title(label("fig.relative_ambition", lang))
save_figure(fig, REPORT, "relative_ambition", figures_dir);

# %%
reader_table(
    table[table.city_target_id != ""].sort_values(["indicator", "geo"]),
    ["area", "indicator", "target_value", "unit", "target_year", "share_of_city_target", "share_of_city_population",
     "relative_ambition", "escalation_pp"],
    lang, names=names, caption=label("caption.city_share", lang),
)  # fmt: skip

# %% [markdown] tags=["lang-zh"]
# ## 合计是否超过全市目标
#
# 每个市级目标下，直属各区的本级目标之和 ÷ 市级目标，以及这些区占全市常住人口的份额。

# %% [markdown] tags=["lang-en"]
# ## Do the districts together promise more than the city?
#
# For each city target: the sum of the targets of the districts directly under the city that
# answer to it, ÷ the city target, next to those districts' share of the city's residents.

# %%
reader_table(
    city_table.sort_values("city_target_id"),
    ["indicator", "target_value", "unit", "target_year", "district_sum", "sum_over_city", "population_coverage"],
    lang, names=names, reasons={"district_sum": "over_commitment_reason", "sum_over_city": "over_commitment_reason",
                                "population_coverage": "coverage_reason"},
    kinds={"district_sum": "number", "sum_over_city": "share", "population_coverage": "share"},
    caption=label("caption.over_commitment", lang),
)  # fmt: skip

# %% [markdown] tags=["lang-zh"]
# ## 相对自身基期，以及与全市所需增速之差
#
# 只有南开区方案写明了基期值。所需年均增长率自基期年算到目标年；“增速差”为其减去全市自身规划期
# （2019→2022）所需年均增长率，单位为百分点。

# %% [markdown] tags=["lang-en"]
# ## Against the own baseline, and the pace against the city's
#
# Only Nankai's plan states its baselines. Required growth runs from the baseline year to the
# target year; the pace escalation subtracts the growth the city's own target required over its
# plan years (2019→2022), in percentage points.

# %%
reader_table(
    table[table.baseline_value.notna()].sort_values("indicator"),
    ["area", "indicator", "target_value", "target_year", "baseline_value", "baseline_year", "multiple", "required_cagr",
     "pace_escalation_pp"],
    lang, names=names, caption=label("caption.own_baseline", lang),
)  # fmt: skip

# %% [markdown] tags=["lang-zh"]
# ## 实际可用时间
#
# 自落款日期（无落款日期时取发布日期）到目标年年底的月数，以及自市计划印发（2020-11-21）起算的月数。
# 全年流量指标自目标年 1 月 1 日起算，不在图中。点线为三年。

# %% [markdown] tags=["lang-en"]
# ## Time actually available
#
# Months from the signing date (the publication date where none is printed) to the end of the
# target year, and from the city plan's date (2020-11-21). A year's flow runs from 1 January of
# its year and is not drawn. The dotted line is three years.

# %%
dated = table[table.clock.isin(["signed", "published"])]
time = dated.drop_duplicates(["doc_id", "target_year"]).sort_values(["clock_start", "target_year"])
fig, ax = plt.subplots(figsize=(7.5, 0.5 * len(time) + 1.4))
positions = range(len(time))
ax.barh([p + 0.2 for p in positions], time.months_available, height=0.4, color="C2", label=label("legend.from_signing", lang))
ax.barh([p - 0.2 for p in positions], time.months_since_city_plan, height=0.4, color="0.75", label=label("legend.from_city_plan", lang))
ax.set_yticks(list(positions), [f"{a} ({y})" for a, y in zip(time.area, time.target_year)])
ax.axvline(36, color="0.4", linestyle=":", linewidth=1)
ax.set_xlabel(label("axis.months_to_deadline", lang))
ax.legend(loc="lower right", fontsize=8)
ax.grid(axis="x")
ax.set_title(label("fig.time_available", lang))
save_figure(fig, REPORT, "time_available", figures_dir);

# %%
reader_table(
    time,
    ["area", "target_year", "clock", "clock_start", "months_available", "months_since_city_plan"],
    lang, kinds={"clock_start": "date"}, caption=label("caption.time", lang),
)  # fmt: skip

# %% [markdown] tags=["lang-zh"]
# ## 同级比较
#
# 排名 1 为同一指标、同一年份目标最高的区。排名反映规模多于力度，因此同时给出每万人数值及其排名。
# 同一指标目前最多只有两个区可比。

# %% [markdown] tags=["lang-en"]
# ## Against peers
#
# Rank 1 is the highest district target for the same statistic and year. A raw rank measures size
# as much as ambition, so the value per 10,000 residents and its rank are shown too. At most two
# districts share any target here.

# %%
reader_table(
    table[table.peer_rank.notna()].sort_values(["indicator", "peer_rank"]),
    ["area", "indicator", "target_value", "unit", "target_year", "peer_rank", "peer_n", "value_per_10k", "peer_rank_per_10k"],
    lang, names=names, kinds={"peer_rank_per_10k": "count"}, caption=label("caption.peers", lang),
)  # fmt: skip
