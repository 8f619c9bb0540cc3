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
# # 03 · 可行性：目标能否完成，完成了没有？
#
# 各目标的截止日期均已过去。每个目标都得到一个按证据强弱分级的结论（`analysis.metrics.verdicts`），
# 依次适用下列规则，先适用者为准：
#
# 1. **已完成 / 未完成**：截止年有口径一致的观测值（存量看年末数，流量看全年数，比重看全年比率，
#    新增量看规划期各年之和），或截止年的部分月份累计已超过全年目标；
# 2. **很可能完成 / 很可能未完成**：截止前的存量已达到目标（除非此后回落），或截止后的存量仍未达到
#    （除非截止时更高而后回落）；
# 3. **进度正常 / 有风险**：自基期以来的实际增速与所需增速之比（Open SDG 进展比率，≥ 95% 为正常），
#    可用本区序列，或以全市序列代替并注明；
# 4. **无法判断**：并写明需要哪项统计数据。
#
# 来自二手汇编或机器翻译的证据可以支持结论，但结论会注明；被标为存疑的观测值不使用。

# %% [markdown] tags=["lang-en"]
# # 03 · Feasibility: could the targets be met, and were they?
#
# Every deadline has passed. Each target gets an evidence-graded verdict
# (`analysis.metrics.verdicts`); the first rule that applies decides:
#
# 1. **met / missed**: a comparable observation at the deadline (a year-end stock for a level, the
#    year's total for a flow, the annual rate for a share, the plan years' totals summed for an
#    increment), or a part-year total of the deadline year already beyond the target;
# 2. **likely met / likely missed**: a stock already meeting the target before the deadline (met
#    unless it fell), or a stock after the deadline still short of it (missed unless it had been
#    higher and fell back);
# 3. **on track / at risk**: growth since the base year against the growth required (the Open SDG
#    progress ratio, on track at ≥ 95 %), from the own series or the city's as a marked proxy;
# 4. **unknown**: and the statistic that would decide it is named.
#
# A secondary or machine-translated source may support a verdict, and the verdict says so;
# observations flagged doubtful are not used.

# %% tags=["parameters"]
lang = "zh"
figures_dir = None

# %%
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import PercentFormatter
from IPython.display import Markdown, display

import analysis
from analysis.labels import category_label, label
from analysis.metrics import COMPARABLE, VERDICTS, verdict_counts
from analysis.plotting import geo_label, save_figure, use_house_style
from analysis.tables import names_from, reader_table

REPORT = "03_feasibility"
#: One colour per verdict: greens for met, amber for at risk, reds for missed, grey for unknown.
VERDICT_COLOURS = {
    "met": "#1b7837", "likely_met": "#7fbf7b", "on_track": "#80cdc1", "at_risk": "#f6c85f",
    "likely_missed": "#f4a582", "missed": "#b2182b", "unknown": "#d9d9d9",
}  # fmt: skip
use_house_style()

data = analysis.load_tables(["geographies", "indicators", "target_metrics", "city_target_metrics"])
geographies, indicators = data["geographies"], data["indicators"]
table, city_table = data["target_metrics"], data["city_target_metrics"]
names = {"geo": names_from(geographies, "geo", lang), "indicator": names_from(indicators, "indicator", lang)}
basis = "verdict_basis_zh" if lang == "zh" else "verdict_basis"
for frame in (table, city_table):
    frame["area"] = [geo_label(geo, lang, geographies) for geo in frame.geo]
assert table.target_id.is_unique and city_table.city_target_id.is_unique

# %% [markdown] tags=["lang-zh"]
# ## 主要发现

# %% [markdown] tags=["lang-en"]
# ## Key findings

# %%
district_counts = verdict_counts(table)
city_counts = verdict_counts(city_table)
decided = table[table.verdict != "unknown"]
city_decided = city_table[city_table.verdict != "unknown"]
weak = city_decided[city_decided.evidence_grade.isin(["secondary", "machine_translation"])]
unknown_geo = table[table.verdict == "unknown"].geo.value_counts()
facts = {
    "n": len(table),
    "decided": len(decided),
    "likely_missed": int(district_counts["likely_missed"]),
    "on_track": int(district_counts["on_track"]),
    "at_risk": int(district_counts["at_risk"]),
    "city_n": len(city_table),
    "city_likely_met": int(city_counts["likely_met"]),
    "city_on_track": int(city_counts["on_track"]),
    "city_likely_missed": int(city_counts["likely_missed"]),
    "city_unknown": int(city_counts["unknown"]),
    "weak": len(weak),
    "zone_unknown": int(unknown_geo.get("binhai_hitech", 0)),
}
# The prose below was written for these facts; a change in the data fails here first.
assert (facts["n"], facts["decided"], facts["likely_missed"], facts["on_track"], facts["at_risk"]) == (134, 3, 1, 1, 1)
assert int(district_counts[["met", "missed", "likely_met"]].sum()) == 0
assert decided.set_index("target_id").verdict.to_dict() == {
    "beichen_2021_implementation_plan-t007": "likely_missed",
    "nankai_2020_implementation_plan-t018": "on_track",
    "nankai_2020_implementation_plan-t019": "at_risk",
}
assert decided.set_index("target_id").loc[["nankai_2020_implementation_plan-t018", "nankai_2020_implementation_plan-t019"]].progress_proxy.all()
assert (facts["city_n"], facts["city_likely_met"], facts["city_on_track"], facts["city_likely_missed"]) == (12, 3, 1, 1)
assert facts["city_unknown"] == 7
assert set(city_decided.indicator) == {
    "high_tech_enterprises", "chuying_enterprises", "dengling_enterprises", "rd_intensity", "university_science_parks",
}  # fmt: skip
assert city_table.set_index("city_target_id").verdict["tianjin_2020_plan-c11"] == "likely_missed"
assert facts["weak"] == 3 and facts["zone_unknown"] == 112

# %% tags=["findings", "lang-zh"]
display(Markdown(
    f"- {facts['n']} 个区级本级目标中，只有 {facts['decided']} 个能下结论：北辰区科技领军（培育）企业目标"
    f"很可能未完成（2023 年 5 月仍只有 21 家，目标 25 家）；南开区国家高新技术企业目标进度正常、瞪羚企业目标有风险，"
    f"两者都是以全市序列代替本区序列得出的。其余 {facts['n'] - facts['decided']} 个无法判断，因为截止年的区级统计数据"
    f"（年末存量、全年数）在可获得的公开资料中找不到；每个目标都写明了所需的统计数据。\n"
    f"- 市级计划的 {facts['city_n']} 个 2022 年目标中，{facts['city_likely_met']} 个很可能已完成"
    f"（国家高新技术企业、雏鹰企业、瞪羚企业在 2021 年底已超过目标），研发投入强度 2019 年已达 3.28%，进度正常；"
    f"新建 5 个市级大学科技园的目标很可能未完成（到 2022 年底全市认定的只有 4 个）；"
    f"其余 {facts['city_unknown']} 个无法判断。其中 {facts['weak']} 个结论依据二手汇编或机器翻译来源，表中已标注。\n"
    f"- 高新区 2020 年度方案的 {facts['zone_unknown']} 个目标全部无法判断：园区层面的统计几乎不公开。"
))

# %% tags=["findings", "lang-en"]
display(Markdown(
    f"- Of the districts' {facts['n']} own targets, only {facts['decided']} can be judged: Beichen's tech-leading (科技领军) and "
    f"candidate firms were likely missed (still 21 in May 2023 against 25), Nankai's national high-tech enterprises are on "
    f"track and its gazelle (瞪羚) firms at risk, both judged with the city's series as a proxy for Nankai's. The other "
    f"{facts['n'] - facts['decided']} are unknown because the districts' deadline-year statistics (year-end stocks, full-year "
    f"totals) are not in the public sources we could reach; each names the statistic it needs.\n"
    f"- Of the city plan's {facts['city_n']} targets for 2022, {facts['city_likely_met']} were likely met (national high-tech, "
    f"fledgling-eagle (雏鹰) and gazelle (瞪羚) enterprises had passed their targets by the end of 2021), R&D intensity was on track (3.28% in 2019), "
    f"and the 5 new municipal university science parks were likely missed (only 4 recognised by the end of 2022); "
    f"{facts['city_unknown']} are unknown. {facts['weak']} of these verdicts rest on a secondary or machine-translated source "
    f"and are marked.\n"
    f"- All {facts['zone_unknown']} targets of the Hi-tech Zone's 2020 annual plan are unknown: zone-level statistics are "
    f"hardly ever published."
))

# %% [markdown] tags=["lang-zh"]
# ## 各地区的结论分布

# %% [markdown] tags=["lang-en"]
# ## Verdicts by geography

# %%
counts = pd.crosstab(table.area, table.verdict).reindex(columns=list(VERDICTS), fill_value=0)
counts.loc[label("city_plan", lang)] = city_counts
shares = counts.div(counts.sum(axis=1), axis=0)
fig, ax = plt.subplots(figsize=(7.5, 0.55 * len(counts) + 1.6))
left = pd.Series(0.0, index=counts.index)
for verdict in VERDICTS:
    ax.barh(counts.index, shares[verdict], left=left, color=VERDICT_COLOURS[verdict], edgecolor="white",
            linewidth=0.8, label=category_label("verdict", verdict, lang))  # fmt: skip
    left += shares[verdict]
for position, total in enumerate(counts.sum(axis=1)):
    ax.text(1.01, position, f"n = {total}", va="center", fontsize=8)
ax.set_xlim(0, 1)
ax.xaxis.set_major_formatter(PercentFormatter(1))
ax.set_xlabel(label("axis.share_of_targets", lang))
ax.legend(fontsize=7, ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.22))
ax.set_title(label("fig.verdicts_by_geography", lang))
save_figure(fig, REPORT, "verdicts", figures_dir);

# %% [markdown] tags=["lang-zh"]
# ## 市级计划的目标
#
# 市级目标与各区目标用同样的规则判断。“各区目标合计 ÷ 市级目标”见 02。

# %% [markdown] tags=["lang-en"]
# ## The city plan's targets
#
# The city's targets are judged by the same rules. The districts' targets summed against each city
# target are in 02.

# %%
reader_table(
    city_table.sort_values("city_target_id"),
    ["indicator", "comparator", "target_value", "unit", "target_year", "verdict", basis, "evidence", "evidence_grade"],
    lang, names=names, headers={basis: label("verdict_basis", lang)}, caption=label("caption.city_verdicts", lang),
)  # fmt: skip

# %% [markdown] tags=["lang-zh"]
# ## 每个区级目标的结论
#
# 共 134 个区级本级目标（不含重复表述和引用的全市目标），按地区和指标排序。

# %% [markdown] tags=["lang-en"]
# ## The verdict of every district target
#
# All 134 own targets of the districts and the zone (restatements and quoted city goals left out),
# by geography and indicator.

# %%
for geo, rows in table.sort_values(["geo", "indicator", "target_id"]).groupby("geo", sort=True):
    display(reader_table(
        rows,
        ["indicator", "comparator", "target_value", "unit", "target_year", "verdict", basis],
        lang, names=names, headers={basis: label("verdict_basis", lang)},
        caption=label("caption.verdicts_of", lang, name=names["geo"][geo]),
    ))  # fmt: skip

# %% [markdown] tags=["lang-zh"]
# ## 缺少哪些数据
#
# 无法判断的目标需要的统计数据，按地区和口径汇总。补齐这些数据（区统计公报、区政府工作报告）是
# 回答可行性问题的关键。

# %% [markdown] tags=["lang-en"]
# ## What data would decide the unknowns
#
# The statistics the unknown verdicts need, by geography and kind. District statistical bulletins and
# work reports with these figures are what the feasibility question needs next.

# %%
unknown = table[table.verdict == "unknown"].copy()
unknown["measure"] = [COMPARABLE[quantity][0] for quantity in unknown.quantity]
needs = unknown.groupby(["area", "target_year", "measure"]).size().rename("count").reset_index()
reader_table(needs, ["area", "target_year", "measure", "count"], lang, caption=label("caption.unknown_needs", lang))
