"""One catalogue of the words readers see, in Chinese and English.

Every column header, category word (verdicts, quantities, comparators, measures, source
grades, evidence flags), axis or legend label and short message in a report comes from
here: ``label("verdict.at_risk", "zh")`` → ``"有风险"``. Keys are English identifiers; a
category value's key is ``<category>.<value>`` (see :func:`category_label`). Entries may
hold ``str.format`` fields, filled from keyword arguments: ``label("fig.tasks_per_unit",
"en", name="Nankai")``.
"""

from __future__ import annotations

import re

LANGS = ("zh", "en")

#: key → (Chinese, English)
_CATALOGUE: dict[str, tuple[str, str]] = {
    # ---- columns: documents, targets, tasks ------------------------------------------------
    "doc_id": ("文件编号（内部）", "Document id"),
    "target_id": ("目标编号（内部）", "Target id"),
    "area": ("地区", "Area"),
    "geo": ("地区", "Area"),
    "district": ("区", "District"),
    "document": ("文件", "Document"),
    "title": ("标题", "Title"),
    "issuer": ("发文机关", "Issuer"),
    "doc_number": ("文号", "Document number"),
    "issued": ("印发日期", "Issued"),
    "signed": ("签发日期", "Signed"),
    "published": ("发布日期", "Published"),
    "plan_period": ("规划期", "Plan period"),
    "plan_start": ("规划期起", "Plan start"),
    "plan_end": ("规划期止", "Plan end"),
    "doc_type": ("文件类型", "Document type"),
    "characters": ("字数", "Characters"),
    "tasks": ("任务数", "Tasks"),
    "kind": ("类别", "Kind"),
    "indicator": ("指标", "Indicator"),
    "indicator_text": ("原文指标", "Indicator as written"),
    "quantity": ("数量类型", "Quantity"),
    "comparator": ("比较", "Comparator"),
    "modality": ("措辞", "Wording"),
    "value": ("数值", "Value"),
    "unit": ("单位", "Unit"),
    "year": ("年份", "Year"),
    "responsible": ("责任单位", "Responsible"),
    "section": ("章节", "Section"),
    "quote": ("原文", "Quote"),
    "note": ("说明", "Note"),
    "source": ("资料来源", "Source"),
    "count": ("数量", "Count"),
    # ---- columns: processed target metrics -------------------------------------------------
    "target": ("目标值", "Target"),
    "target_value": ("目标值", "Target"),
    "target_year": ("目标年份", "Target year"),
    "targets": ("目标数", "Number of targets"),
    "baseline": ("基期值", "Baseline"),
    "baselines": ("基期值数", "Baselines"),
    "baseline_value": ("基期值", "Baseline"),
    "baseline_year": ("基期年份", "Baseline year"),
    "baseline_source": ("基期值来源", "Baseline source"),
    "observed": ("实际值", "Observed"),
    "city_target": ("市级目标", "City target"),
    "city_target_id": ("对应市级目标", "City target"),
    "multiple": ("目标 ÷ 基期值", "Target ÷ baseline"),
    "required_cagr": ("所需年均增长率", "Required annual growth"),
    "gap_pp": ("与基期差距", "Gap to baseline"),
    "ambition_reason": ("基期比较说明", "Why no baseline comparison"),
    "clock": ("计时起点", "Clock starts"),
    "months_available": ("可用月数", "Months available"),
    "measure": ("所需统计口径", "Statistic needed"),
    "city_plan": ("市级计划", "City plan"),
    # ---- 03_feasibility (issue 7) ------------------------------------------------------------
    "axis.share_of_targets": ("占该地区目标的比例", "share of the geography's targets"),
    "fig.verdicts_by_geography": ("各地区目标的结论", "Verdicts by geography"),
    "caption.city_verdicts": ("市级计划 2022 年目标的结论", "Verdicts on the city plan's 2022 targets"),
    "caption.verdicts_of": ("{name}：各目标的结论", "{name}: the verdict of each target"),
    "caption.unknown_needs": ("无法判断的目标所需的统计数据", "Statistics the unknown verdicts need"),
    # ---- district_profile: plan text ----------------------------------------------------------
    "codes": ("编码数", "Codes"),
    "statistic": ("统计量", "Statistic"),
    "share": ("占比", "Share"),
    "other": ("另一文件", "Other text"),
    "passage": ("相同段落", "Shared passage"),
    "length": ("长度（字）", "Length (characters)"),
    "lead": ("牵头单位", "Lead"),
    "instrument": ("政策工具", "Instrument"),
    "subtype": ("子类", "Sub-type"),
    "msg.no_coded_task": ("该地区的文件没有可编码的任务。", "This geography's documents have no coded task."),
    "msg.no_shared_passage": ("没有与其他规划相同的段落。", "No passage is shared with another plan."),
    # ---- plan text (04_plan_text and the profiles' plan-text sections) -----------------------
    "plantext.supply": ("供给型", "Supply"),
    "plantext.environment": ("环境型", "Environment"),
    "plantext.demand": ("需求型", "Demand"),
    "plantext.share_of_codes": ("编码占比", "Share of codes"),
    "plantext.document": ("文件", "Document"),
    "plantext.subtype": ("政策工具子类", "Instrument sub-type"),
    "plantext.source": ("来源文件", "Found in"),
    "plantext.any": ("任一其他文件", "Any other plan"),
    "plantext.city": ("市级规划（引文）", "City plan (quoted)"),
    "plantext.share_task_text": ("任务文本中与其他文件相同的比例", "Share of task text found in another text"),
    "plantext.agency": ("责任单位", "Agency"),
    "plantext.lead": ("牵头", "Leads"),
    "plantext.shared": ("参与", "Shares"),
    "plantext.tasks": ("任务数", "Tasks"),
    "plantext.no_task": ("不在任何任务下（目标章节）", "Under no task (goal sections)"),
    "plantext.targets_by_instrument": ("目标所在任务的政策工具", "Instruments of the tasks the targets stand under"),
    "plantext.instruments_by_document": ("各文件的政策工具结构", "Instrument mix by document"),
    "plantext.subtypes_by_document": ("各文件的政策工具子类", "Instrument sub-types by document"),
    "plantext.network": ("共同责任网络（同一任务的单位相连）", "Co-responsibility network (agencies named for the same task)"),
    "plantext.reuse_heatmap": ("任务文本的重复使用", "Reuse of task text"),
    "plantext.section": ("章节", "Section"),
    "plantext.passage": ("相同段落", "Shared passage"),
    "plantext.length": ("长度（字）", "Length (characters)"),
    "plantext.other": ("另一文件", "Other text"),
    "plantext.agreement.rule_codes": ("规则编码数", "Codes by the rules"),
    "plantext.agreement.reviewed_codes": ("复核后编码数", "Codes after review"),
    "plantext.agreement.kept": ("保留", "Kept"),
    "plantext.agreement.dropped": ("删去", "Dropped"),
    "plantext.agreement.added": ("补充", "Added"),
    "plantext.agreement.precision": ("精确率", "Precision"),
    "plantext.agreement.recall": ("召回率", "Recall"),
    "plantext.agreement.tasks": ("任务数", "Tasks"),
    "plantext.agreement.tasks_unchanged": ("编码未变的任务", "Tasks unchanged by review"),
    "plantext.agreement.share_tasks_changed": ("复核改变编码的任务比例", "Share of tasks changed by review"),
    # ---- page chrome of the rendered reports (analysis.batch) ---------------------------------
    "nav.index": ("全部报告", "All reports"),
    "nav.other_language": ("本报告的其他语言版本", "This report in another language"),
    "language.self": ("中文", "English"),
    "clock_start": ("起算日期", "From"),
    "district_sum": ("各区目标合计", "Districts' targets, summed"),
    "sum_over_city": ("合计 ÷ 市级目标", "Sum ÷ city target"),
    "population_coverage": ("这些区占全市人口", "Their share of the city's residents"),
    "peer_rank_per_10k": ("每万人排名", "Rank per 10,000 residents"),
    "observed_pace": ("实际速度", "Observed pace"),
    "required_pace": ("所需速度", "Required pace"),
    "outcome_value": ("截止年观测值", "Observed at the deadline"),
    "p_attain": ("达成概率", "Probability of attainment"),
    "city_required_cagr": ("全市所需年均增长", "City's required growth a year"),
    "clock.signed": ("落款日期", "signing date"),
    "clock.published": ("发布日期", "publication date"),
    "clock.year_start": ("目标年 1 月 1 日", "1 January of the target year"),
    # ---- 02_ambition (issue 7) ---------------------------------------------------------------
    "axis.relative_ambition": ("相对力度（占市级目标份额 ÷ 占全市人口份额）", "relative ambition (share of city target ÷ share of residents)"),
    "fig.relative_ambition": ("承诺份额与人口份额之比（虚线：1）", "Share promised against share of residents (dashed: 1)"),
    "caption.city_share": ("区级目标与对应的市级目标", "District targets and the city target each answers to"),
    "caption.over_commitment": ("各市级目标：区级目标合计与覆盖面", "Each city target: the districts' targets summed, and their coverage"),
    "caption.own_baseline": ("有自身基期的目标", "Targets with an own baseline"),
    "legend.from_signing": ("自落款（发布）日期", "from the signing (publication) date"),
    "legend.from_city_plan": ("自市计划印发", "from the city plan"),
    "axis.months_to_deadline": ("距目标年年底的月数", "months to the end of the target year"),
    "caption.time": ("每份文件、每个目标年份的可用时间", "Time available per document and target year"),
    "caption.peers": ("同级比较（仅两个区可比，排名反映规模）", "Peers (two districts at most; a rank reflects size)"),
    "months_since_city_plan": ("自市计划印发至截止的月数", "Months from the city plan to the deadline"),
    "required_per_year": ("每年所需增量", "Needed per year"),
    "time_reason": ("时间说明", "Why no time measure"),
    "pace_escalation_pp": ("增速加码", "Pace above the city"),
    "escalation_pp": ("高于市级目标", "Above the city target"),
    "commitment_ratio": ("承担比例", "Commitment ratio"),
    "share_of_city_target": ("占市级目标比重", "Share of the city target"),
    "share_of_city_population": ("占全市人口比重", "Share of the city's population"),
    "relative_ambition": ("相对力度", "Relative ambition"),
    "city_reason": ("市级比较说明", "Why no city comparison"),
    "value_per_10k": ("每万人目标值", "Target per 10,000 residents"),
    "peer_rank": ("同级排名", "Rank among peers"),
    "peer_n": ("同级数", "Peers"),
    "peer_reason": ("同级比较说明", "Why no peer comparison"),
    "progress_ratio": ("进展比率", "Progress ratio"),
    "progress_category": ("进展类别", "Progress"),
    "verdict": ("判断", "Verdict"),
    "verdict_basis": ("判断依据", "Basis of the verdict"),
    "evidence": ("证据", "Evidence"),
    "evidence_grade": ("证据等级", "Evidence grade"),
    "evidence_flags": ("证据标记", "Evidence flags"),
    "growth_rate": ("年均增长率", "Average annual growth"),
    "required_growth": ("所需年均增长率", "Required annual growth"),
    "ambition": ("目标力度", "Ambition"),
    "feasibility": ("可行性", "Feasibility"),
    # ---- scorecard questions --------------------------------------------------------------
    "q.own_baseline": ("相对自身基期", "Against its own baseline"),
    "q.city_share": ("占全市份额", "Share of the city"),
    "q.peers": ("同级比较", "Among peers"),
    "q.time": ("可用时间", "Time available"),
    "q.verdict": ("判断", "Verdict"),
    "scorecard.target": ("目标", "Target"),
    "scorecard.colours": (
        "颜色与文字一致：蓝色深浅表示目标力度（浅 = 温和，深 = 很高）；绿、黄、红表示可行性；灰色表示无法判断，并说明原因。",
        "Colours repeat the words: shades of blue grade ambition (light = modest, dark = very ambitious);"
        " green, amber and red grade feasibility; grey is unknown, with the reason.",
    ),
    # ---- verdicts --------------------------------------------------------------------------
    "verdict.met": ("已完成", "met"),
    "verdict.likely_met": ("很可能完成", "likely met"),
    "verdict.on_track": ("进度正常", "on track"),
    "verdict.at_risk": ("有风险", "at risk"),
    "verdict.likely_missed": ("很可能未完成", "likely missed"),
    "verdict.missed": ("未完成", "missed"),
    "verdict.unknown": ("无法判断", "unknown"),
    # ---- scorecard ratings -----------------------------------------------------------------
    "rating.reached": ("基期已达到", "already reached"),
    "rating.modest": ("温和", "modest"),
    "rating.ambitious": ("较高", "ambitious"),
    "rating.very_ambitious": ("很高", "very ambitious"),
    "rating.below_weight": ("低于人口份额", "below its population share"),
    "rating.in_line": ("与人口份额相当", "in line with its population"),
    "rating.above_weight": ("高于人口份额", "above its population share"),
    "rating.leading": ("领先", "leading"),
    "rating.middle": ("居中", "middle"),
    "rating.trailing": ("靠后", "trailing"),
    "rating.short_time": ("不足一年", "under a year"),
    "rating.tight_time": ("不足两年", "under two years"),
    "rating.ample_time": ("两年以上", "two years or more"),
    "rating.unknown": ("未知", "unknown"),
    "rating.below_city": ("低于市级目标", "below the city target"),
    "rating.same_as_city": ("与市级目标相同", "same as the city target"),
    "rating.above_city": ("高于市级目标", "above the city target"),
    "rating.passed": ("印发时已过期", "deadline already passed"),
    # ---- scorecard cell texts --------------------------------------------------------------
    "fmt.multiple": ("{value}倍", "×{value}"),
    "fmt.per_year": ("每年{value}", "{value} a year"),
    "fmt.rank": ("第{rank}/{n}", "{rank} of {n}"),
    "fmt.months": ("{value}个月", "{value} months"),
    "fmt.of_city_target": ("占市级目标{value}", "{value} of the city target"),
    "fmt.population_multiple": ("人口份额的{value}倍", "{value}× its population share"),
    "fmt.needs_per_year": ("每年需{value}", "needs {value} a year"),
    "fmt.target": ("{comparator} {value}（{year}年）", "{comparator} {value} by {year}"),
    "fmt.value_unit": ("{value}{unit}", "{value} {unit}"),
    "fmt.rows": ("共{n}行（点击展开）", "{n} rows (click to show)"),
    "unit.pp": ("个百分点", " pp"),
    "unit.per_year": ("/年", "/yr"),
    # ---- quantities ------------------------------------------------------------------------
    "quantity.level": ("存量", "level"),
    "quantity.flow": ("年度流量", "annual flow"),
    "quantity.increment": ("新增量", "increment"),
    "quantity.share": ("比重", "share"),
    "quantity.growth_rate": ("增长率", "growth rate"),
    # ---- comparators -----------------------------------------------------------------------
    "comparator.>=": ("≥", "≥"),
    "comparator.>": (">", ">"),
    "comparator.=": ("=", "="),
    "comparator.<=": ("≤", "≤"),
    "comparator.<": ("<", "<"),
    "comparator.~": ("≈", "≈"),
    # ---- observation measures --------------------------------------------------------------
    "measure.year_end_stock": ("年末存量", "year-end stock"),
    "measure.annual_flow": ("全年流量", "full-year flow"),
    "measure.rate": ("比率", "rate"),
    "measure.ytd_flow": ("年内累计（未满一年）", "year to date"),
    "measure.cumulative": ("多年累计", "cumulative"),
    # ---- target kinds and document types ---------------------------------------------------
    "kind.target": ("目标", "target"),
    "kind.baseline": ("基期值", "baseline"),
    "doc_type.implementation_plan": ("实施方案", "implementation plan"),
    "doc_type.proposal_reply": ("提案答复", "reply to a proposal"),
    "doc_type.annual_work_plan": ("年度工作计划", "annual work plan"),
    "doc_type.city_plan": ("市级规划", "city plan"),
    "doc_type.government_work_report": ("政府工作报告", "government work report"),
    "doc_type.statistical_bulletin": ("统计公报", "statistical bulletin"),
    "doc_type.news_on_plan": ("规划新闻", "news on a plan"),
    "doc_type.news_on_results": ("成效新闻", "news on results"),
    "doc_type.qa": ("问答", "questions and answers"),
    # ---- source grades and evidence flags --------------------------------------------------
    "grade.official": ("官方发布", "official"),
    "grade.official_repost": ("官方转载", "official repost"),
    "grade.news": ("新闻报道", "news"),
    "grade.secondary": ("二手来源", "secondary source"),
    "grade.machine_translation": ("机器翻译", "machine translation"),
    "flag.doubtful": ("存疑", "doubtful"),
    "flag.approximate": ("约数", "approximate"),
    "flag.lower_bound": ("下限", "lower bound"),
    "flag.year_uncertain": ("年份不确定", "year uncertain"),
    "flag.unit_missing": ("缺单位", "unit missing"),
    "flag.context_only": ("仅作背景", "context only"),
    "flag.injected_text": ("疑似注入文字", "injected text"),
    "flag.machine_translation": ("机器翻译", "machine translation"),
    "marker.secondary": ("证据来自二手来源", "evidence from a secondary source"),
    "marker.machine_translation": ("证据经机器翻译读取", "evidence read through a machine translation"),
    "marker.doubtful": ("证据存疑", "evidence flagged as doubtful"),
    # ---- units (data keep the Chinese unit; English reports show these words) --------------
    "unit.%": ("%", "%"),
    "unit.家": ("家", "firms"),
    "unit.个": ("个", "units"),
    "unit.亿元": ("亿元", "× 100 million yuan"),
    "unit.亿美元": ("亿美元", "100 million US$"),
    "unit.万人": ("万人", "10,000 people"),
    "unit.人": ("人", "people"),
    "unit.件": ("件", "items"),
    "unit.件/万人": ("件/万人", "per 10,000 people"),
    "unit.场": ("场", "events"),
    "unit.家/场": ("家/场", "firms per event"),
    "unit.所": ("所", "institutions"),
    "unit.亩": ("亩", "mu"),
    "unit.批": ("批", "batches"),
    "unit.项": ("项", "items"),
    # ---- progress categories (Open SDG) ----------------------------------------------------
    "progress.target achieved": ("已达成", "target achieved"),
    "progress.on track": ("进度正常", "on track"),
    "progress.acceleration needed": ("需加速", "acceleration needed"),
    "progress.limited progress": ("进展有限", "limited progress"),
    "progress.deterioration": ("倒退", "deterioration"),
    # ---- figures: 01_corpus ----------------------------------------------------------------
    "legend.city_plan_issued": ("市计划印发（2020-11-21）", "city plan issued (2020-11-21)"),
    "fig.timeline": ("文件印发时间与规划期末", "Issue dates and plan deadlines"),
    "fig.counts": ("各文件的任务与量化指标数", "Tasks and quantitative statements per document"),
    "fig.coverage": ("指标 × 地区：目标数", "Indicator × geography: number of targets"),
    # ---- figures and messages: 02_ambition -------------------------------------------------
    "fig.district_and_city_targets": ("区级目标与市级目标（虚线）", "District targets and the city target (dashed)"),
    "axis.required_cagr_pct": ("所需年均增长率（%）", "required compound annual growth (%)"),
    "fig.growth_required": ("相对自身基期所需的年均增长", "Growth required against the own baseline"),
    "axis.months_issue_to_deadline": ("印发至截止的月数", "months from issue to deadline"),
    "fig.time_available": ("实际可用时间（点线：三年）", "Time actually available (dotted: three years)"),
    # ---- figures and messages: 03_feasibility ----------------------------------------------
    "msg.no_target_computable": ("无可计算的目标。", "No target can be computed."),
    "msg.no_comparable_history": ("无可比较的历史序列", "no comparable history"),
    "legend.own_series": ("自身序列", "own series"),
    "legend.city_series_proxy": ("全市序列（代理）", "city series (proxy)"),
    "axis.required_pace": ("所需速度", "required pace"),
    "axis.observed_pace": ("实际速度", "observed pace"),
    "fig.required_vs_observed_pace": ("所需与实际增长速度", "Required vs observed pace"),
    "msg.no_deadline_observation": (
        "没有任何目标有截止年份的观测值，分布为空。",
        "No target has an observation for its deadline year: the distribution is empty.",
    ),
    "fig.margin_distribution": ("（实际 − 目标）÷ 目标 的分布", "Distribution of (observed − target) ÷ target"),
    "question.own_baseline": ("自身基期", "own baseline"),
    "question.time": ("可用时间", "time available"),
    "question.city_plan": ("市级目标", "city plan"),
    "question.peers": ("同级比较", "peers"),
    "question.progress": ("进展比率", "progress ratio"),
    "question.probability": ("达成概率", "probability"),
    "question.ex_post": ("事后达成", "ex post"),
    "legend.answered": ("可判断", "answered"),
    "legend.lacking_data": ("缺数据", "lacking data"),
    "fig.answered_per_question": ("各问题可判断的目标数", "Targets each question can be answered for"),
    # ---- figures and messages: district_profile --------------------------------------------
    "heading.profile": ("{name}", "{name}"),
    "msg.no_quantitative_statement": (
        "该地区的文件没有量化目标或基期值。",
        "This geography's documents state no quantitative target or baseline.",
    ),
    "msg.no_own_baseline_comparison": ("没有可与自身基期比较的目标。", "No target can be compared with an own baseline."),
    "axis.target_over_baseline": ("目标 ÷ 基期值", "target ÷ baseline"),
    "fig.multiple_of_baseline": ("{name}：目标相对基期的倍数", "{name}: target as a multiple of the baseline"),
    "axis.number_of_tasks": ("任务数", "number of tasks"),
    "fig.tasks_per_unit": ("{name}：各责任单位承担的任务", "{name}: tasks per responsible unit"),
    # ---- reasons a metric is missing (metrics.py's *_reason texts; tables.reason_words) ----
    "reason.no city target for this indicator, quantity, unit and year": ("无口径、年份一致的市级目标", "no city target for this indicator, quantity, unit and year"),
    "reason.no baseline to measure growth from": ("无基期值，无法计算增速", "no baseline to measure growth from"),
    "reason.no annual additions observed in the plan years before the deadline year": ("截止年之前的规划年份没有新增量观测值", "no annual additions observed in the plan years before the deadline year"),
    "reason.a year's flow: the target itself is the pace": ("全年流量：目标本身即所需速度", "a year's flow: the target itself is the pace"),
    "reason.no district baseline: no commitment ratio": ("无区级基期值，无法计算承诺比", "no district baseline: no commitment ratio"),
    "reason.no district required CAGR: no pace escalation": ("无区级所需增速，无法比较增速", "no district required CAGR: no pace escalation"),
    "reason.a growth rate is already a pace": ("增长率本身即速度", "a growth rate is already a pace"),
    "reason.no progress ratio for growth-rate targets: compare the observed rate directly": ("增长率目标不计进展比率，直接比较实际增长率", "no progress ratio for growth-rate targets: compare the observed rate directly"),
    "reason.city-wide series used as a proxy": ("以全市序列代替", "city-wide series used as a proxy"),
    "reason.commitment ratio and pace escalation are defined for levels and flows only": ("承诺比和增速差只对总量和流量计算", "commitment ratio and pace escalation are defined for levels and flows only"),
    "reason.share target: compared in percentage points, not as a multiple": ("比重目标按百分点比较，不计倍数", "share target: compared in percentage points, not as a multiple"),
    "reason.no signing or publication date": ("无落款或发布日期", "no signing or publication date"),
    "reason.required pace unknown (see ambition_reason)": ("所需速度未知", "required pace unknown"),
    "reason.no baseline: multiple undefined": ("无基期值，无法计算倍数", "no baseline: multiple undefined"),
    "reason.baseline additions not positive: multiple undefined": ("基期新增量不为正，无法计算倍数", "baseline additions not positive: multiple undefined"),
    "reason.no baseline": ("无基期值", "no baseline"),
    "reason.baseline not positive: multiple and CAGR undefined": ("基期值不为正，无法计算倍数和年均增长率", "baseline not positive: multiple and CAGR undefined"),
    "reason.no issue date": ("无印发日期", "no issue date"),
    "reason.baseline or target not positive, or no time left: CAGR undefined": ("基期值或目标值不为正，或已无剩余时间，无法计算年均增长率", "baseline or target not positive, or no time left: CAGR undefined"),
    "reason.no city target": ("无对应市级目标", "no city target"),
    "reason.no city target for this indicator": ("该指标无市级目标", "no city target for this indicator"),
    "reason.no district baseline": ("无区级基期值", "no district baseline"),
    "reason.a baseline or the city target is not positive": ("基期值或市级目标不为正", "a baseline or the city target is not positive"),
    "reason.the city is not a district": ("市级目标不参与区间比较", "the city is not a district"),
    "reason.no other district sets this target": ("没有其他区设定此目标", "no other district sets this target"),
    "reason.per-capita rank not defined for shares and rates": ("比重和增长率不作人均排名", "per-capita rank not defined for shares and rates"),
    "reason.no population for this district": ("缺该区人口数", "no population for this district"),
    "reason.fewer than two districts with population to rank per capita": ("有人口数的区不足两个，无法人均排名", "fewer than two districts with population to rank per capita"),
    "reason.zero target: ratios undefined": ("目标为零，无法计算比率", "zero target: ratios undefined"),
    "reason.shares and rates do not add up across districts": ("比重和增长率不能跨区相加", "shares and rates do not add up across districts"),
    "reason.no district target": ("无区级目标", "no district target"),
    # ---- report furniture ------------------------------------------------------------------
    "findings": ("主要发现", "Key findings"),
}


def check_lang(lang: str) -> None:
    """Raise ``ValueError`` unless ``lang`` is a report language ("zh" or "en")."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")


def keys() -> list[str]:
    """Every key in the catalogue, sorted."""
    return sorted(_CATALOGUE)


def has_label(key: str) -> bool:
    """Whether the catalogue holds ``key``."""
    return key in _CATALOGUE


def label(key: str, lang: str, **fields: object) -> str:
    """The words for ``key`` in ``lang``, with ``{field}`` placeholders filled from ``fields``."""
    check_lang(lang)
    try:
        text = _CATALOGUE[key][LANGS.index(lang)]
    except KeyError:
        raise KeyError(f"no label {key!r} in analysis.labels; add it to the catalogue") from None
    try:
        return text.format(**fields) if fields or "{" in text else text
    except KeyError as missing:
        raise KeyError(f"label {key!r} needs the field {missing} (given: {sorted(fields)})") from None


def category_label(category: str, value: str, lang: str) -> str:
    """A category value in words, e.g. ``category_label("verdict", "at_risk", "en")`` → "at risk"."""
    return label(f"{category}.{value}", lang)


#: Words of the measures named inside reasons.
_MEASURE_WORDS = {"year_end_stock": ("年末数", "year-end stock"), "annual_flow": ("全年数", "full-year total"),
                  "rate": ("比率", "annual rate")}  # fmt: skip

#: Reasons with a variable part (a year, a measure, an id): pattern → (Chinese, English) templates.
_REASON_PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"no baseline: no same-document baseline and no (?P<measure>\w+) observation for \w+ before (?P<year>\d{4})"),
     "无基期值：文件未写明，{year} 年前也无{measure}观测值", "no baseline: none in the document and no {measure} before {year}"),
    (re.compile(r"no (?P<measure>\w+) observation for (?P<year>\d{4})"), "无 {year} 年{measure}观测值", "no {measure} for {year}"),
    (re.compile(r"fewer than three own observations \((?P<n>\d+)\)"), "本区观测值不足三个（{n} 个）", "fewer than three own observations ({n})"),
    (re.compile(r"no trend model for (?P<quantity>\w+) targets"), "不对此类目标建趋势模型", "no trend model for {quantity} targets"),
    (re.compile(r"incomplete annual flows: missing (?P<years>[\d, ]+)"), "各年流量不全：缺 {years} 年", "incomplete annual flows: missing {years}"),
    (re.compile(r"no city (?P<measure>\w+) before (?P<year>\d{4}): no city pace"), "{year} 年前无全市{measure}，无法计算全市所需增速",
     "no city {measure} before {year}: no city pace"),
    (re.compile(r"no city baseline for (?P<year>\d{4}): no commitment ratio"), "无 {year} 年全市基期值，无法计算承诺比",
     "no city baseline for {year}: no commitment ratio"),
    (re.compile(r"pace compared with (?P<id>[\w-]+) \((?P<year>\d{4})\)"), "增速与全市 {year} 年目标比较", "pace compared with the city's {year} target"),
    (re.compile(r"no comparable observation between (?P<a>\d{4}) and (?P<b>\d{4})(?P<own>, own or city-wide)?"),
     "{a}–{b} 年间无可比观测值", "no comparable observation between {a} and {b}"),
    (re.compile(r"no population count of \w+ and of the city at the same date"), "缺同一时点的本区和全市人口数",
     "no population count of the district and the city at the same date"),
    (re.compile(r"deadline before the (?P<clock>\w+) date"), "截止日期早于文件日期", "deadline before the {clock} date"),
]  # fmt: skip


def reason_label(part: str, lang: str) -> str | None:
    """Words for one recorded reason: its catalogue entry, else a matching pattern; None if neither."""
    check_lang(lang)
    if has_label(f"reason.{part}"):
        return label(f"reason.{part}", lang)
    for pattern, chinese, english in _REASON_PATTERNS:
        match = pattern.fullmatch(part)
        if match:
            fields = {key: value or "" for key, value in match.groupdict().items()}
            if "measure" in fields and fields["measure"] in _MEASURE_WORDS:
                fields["measure"] = _MEASURE_WORDS[fields["measure"]][lang == "en"]
            return (chinese if lang == "zh" else english).format(**fields)
    return None
