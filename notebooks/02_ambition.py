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
# # 02 · Ambition: how far did each district promise to go?
#
# We compare district targets on the indicators that several plans share — national
# high-tech enterprises, 雏鹰 / 瞪羚 / 领军 enterprises, technology contracts, R&D intensity
# and invention patents — four ways:
#
# 1. against the district's **own baseline** (target ÷ baseline, and the compound annual
#    growth that requires);
# 2. against the **time actually available** between the document's issue date and the deadline;
# 3. against the **parent city plan** (escalation in percentage points for rates; the
#    commitment ratio for levels, after Li, Liu, Weng & Zhou 2019), and whether the districts
#    together promise more than the city (over-commitment);
# 4. against **peers** (rank among districts, and per 10,000 residents where population is known).
#
# Every metric comes from `analysis.metrics`; where an input is missing the value is empty
# and a `*_reason` column says why. Observations flagged *doubtful* are left out.

# %% tags=["parameters"]
lang = "zh"
figures_dir = None

# %%
import matplotlib.pyplot as plt
import pandas as pd

import analysis
from analysis import metrics
from analysis.plotting import geo_label, save_figure, use_house_style

REPORT = "02_ambition"
SHARED = [
    "high_tech_enterprises",
    "chuying_enterprises",
    "dengling_enterprises",
    "leading_enterprises",
    "tech_contract_turnover",
    "rd_intensity",
    "invention_patents",
]
use_house_style()

data = analysis.load_tables()  # every table, validated against its schema and the raw texts
geographies, documents, targets, indicators = (data[name] for name in ("geographies", "documents", "targets", "indicators"))
table = metrics.target_metrics(targets, documents, data["observations"], data["city_targets"], indicators, geographies)
names = indicators.set_index("indicator")[f"name_{lang}"]
area = {geo: geo_label(geo, lang, geographies) for geo in geographies.geo}
city = metrics.city_geo(geographies)
districts = table[(table.geo != city) & table.indicator.isin(SHARED)].copy()
districts["area"] = districts.geo.map(area)
districts["indicator_name"] = districts.indicator.map(names)
assert districts.target_id.is_unique and len(districts) > 0

# %% [markdown]
# ## District targets next to the city target
#
# One panel per shared indicator. Bars are the district targets for totals (levels, annual
# flows, shares — not "new additions", which the city plan does not set; deadline year in the label);
# the dashed line is the city plan's 2022 target for the whole of Tianjin, for scale. A
# district's target is necessarily a fraction of the city's — compare the bars with each
# other, and read the commitment ratio below for ambition relative to size.

# %%
shown = [code for code in SHARED if code in set(districts.indicator)]
fig, axs = plt.subplots(2, (len(shown) + 1) // 2, figsize=(9, 5.5))
for ax, code in zip(axs.flat, shown):
    rows = districts[(districts.indicator == code) & (districts.quantity != "increment")]
    rows = rows.drop_duplicates(["geo", "target_year", "target_value"]).sort_values(["geo", "target_year"])
    ax.bar([f"{a}\n{y}" for a, y in zip(rows.area, rows.target_year)], rows.target_value, color="C0")
    city_rows = data["city_targets"][data["city_targets"].indicator == code]
    for value in city_rows.value:
        ax.axhline(value, color="C3", linestyle="--", linewidth=1)
    ax.set_title(f"{names[code]} ({rows.unit.iloc[0]})", fontsize=9)
    ax.tick_params(axis="x", labelsize=7, labelrotation=30)
for ax in axs.flat[len(shown):]:
    ax.set_visible(False)
fig.suptitle("区级目标与市级目标（虚线）" if lang == "zh" else "District targets and the city target (dashed)")
save_figure(fig, REPORT, "targets_vs_city", figures_dir);

# %% [markdown]
# ## Against the own baseline
#
# `multiple` = target ÷ baseline; `required_cagr` = multiple^(1/years) − 1 from the baseline
# year to the deadline. Only targets with a comparable own baseline (same statistic and
# measure, before the plan starts) have values and are listed; the reasons for the others
# are tallied below the figure.

# %%
own = districts[["area", "indicator_name", "target_value", "unit", "target_year", "baseline_value", "baseline_year", "baseline_source", "multiple", "required_cagr", "required_annual_change", "gap_pp", "ambition_reason"]]
own[own.multiple.notna() | own.gap_pp.notna()].sort_values(["indicator_name", "area"]).reset_index(drop=True)

# %%
computable = districts.dropna(subset=["required_cagr"])
fig, ax = plt.subplots(figsize=(7, 0.45 * max(len(computable), 1) + 1.3))
labels = [f"{a} · {n}" for a, n in zip(computable.area, computable.indicator_name)]
ax.barh(labels, computable.required_cagr * 100, color="C1")
ax.set_xlabel("所需年均增长率（%）" if lang == "zh" else "required compound annual growth (%)")
ax.grid(axis="x")
ax.set_title("相对自身基期所需的年均增长" if lang == "zh" else "Growth required against the own baseline")
save_figure(fig, REPORT, "required_growth", figures_dir);
districts.ambition_reason.replace("", "computed").value_counts().rename("targets").to_frame()

# %% [markdown]
# ## Time actually available
#
# Months from each document's issue date to the end of each deadline year it sets for its
# own geography (one bar per document and deadline). A three-year
# plan issued in September 2021 leaves about fifteen months, not three years;
# `required_cagr_remaining` is the growth needed over that time from the latest baseline
# known at issue.

# %%
own_geo = table.merge(documents[["doc_id", "geo"]].rename(columns={"geo": "doc_geo"}), on="doc_id")
own_geo = own_geo[own_geo.geo == own_geo.doc_geo]  # not the city-wide goals a document quotes
time = own_geo.drop_duplicates(["doc_id", "target_year"])[["doc_id", "geo", "signed", "target_year", "months_available"]]
time = time.sort_values(["signed", "target_year"]).assign(area=lambda f: f.geo.map(area))
fig, ax = plt.subplots(figsize=(7, 2.8))
ax.barh([f"{a} ({y})" for a, y in zip(time.area, time.target_year)], time.months_available, color="C2")
ax.axvline(36, color="0.4", linestyle=":", linewidth=1)
ax.set_xlabel("印发至截止的月数" if lang == "zh" else "months from issue to deadline")
ax.grid(axis="x")
ax.set_title("实际可用时间（点线：三年）" if lang == "zh" else "Time actually available (dotted: three years)")
save_figure(fig, REPORT, "time_available", figures_dir);
districts[["area", "indicator_name", "signed", "deadline", "months_available", "issue_baseline_value", "required_cagr_remaining", "time_reason"]].reset_index(drop=True)

# %% [markdown]
# ## Against the parent city plan
#
# For rates and shares, **escalation** = district target − city target (percentage points):
# Beichen and Jinghai both adopt the city's 3.2 % R&D intensity unchanged (escalation 0).
# For levels, the **commitment ratio** = (district target ÷ city target) ÷ (district
# baseline ÷ city baseline) — above 1 the district promises to outgrow the city. It needs
# district and city baselines for the same year, which the bundled data rarely has.

# %%
districts[["area", "indicator_name", "target_value", "city_target_id", "city_target_value", "escalation_pp", "city_baseline_value", "commitment_ratio", "parent_reason"]].reset_index(drop=True)

# %% [markdown]
# **Over-commitment.** For each city target, the sum of the district targets for the same
# statistic and year, divided by the city target, with the share of the city the reporting
# districts account for (`coverage`). A sum above the city target would mean the districts
# jointly promise more than the city; with only a few districts reporting, a sum below it
# says little on its own.

# %%
over = metrics.over_commitment(targets, data["city_targets"], data["observations"], geographies)
over.assign(indicator=over.indicator.map(names))

# %% [markdown]
# ## Against peers
#
# Rank 1 is the largest district target on the same statistic, quantity, unit and year — a
# measure of size as much as of ambition, since larger districts set larger numbers;
# `value_per_10k` divides by resident population (a year-end count, else the 2020 census)
# and its rank adjusts for size.

# %%
peers = districts[["area", "indicator_name", "target_value", "target_year", "peer_group", "n_peers", "peer_rank", "population", "value_per_10k", "peer_rank_per_10k", "peer_reason"]]
peers.sort_values(["indicator_name", "peer_rank"]).reset_index(drop=True)
