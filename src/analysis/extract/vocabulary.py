"""The extractor's language resources, kept apart from the engine: units, comparator words, cue
words for kind and quantity, indicator keyword rules, heading and table labels.

Everything here is data (word lists and the patterns assembled from them); the modules that
read text import it. A guard or cue added for one construction names, in a comment, the
test sentence that motivated it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from analysis.numerals import CN_NUMBER_CHARS, DIGIT_CHARS, YEAR_DIGITS


def scanner(first: str, pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead on the characters a match can start with (a
    character class, ``first``): the same matches, found several times faster, since the regex
    engine then skips every other position without trying the pattern's alternatives there
    (benchmarks/bench_extract.py; test_scanners_find_what_their_plain_patterns_find)."""
    return re.compile(f"(?=[{first}])(?:{pattern})")


# --- units -----------------------------------------------------------------------------------

#: Printed unit → (normalised unit, factor applied to the printed number, family).
UNITS: dict[str, tuple[str, Decimal, str]] = {
    "美元": ("亿美元", Decimal("1e-8"), "money"),
    "元": ("亿元", Decimal("1e-8"), "money"),
    # 提高2个百分点 is a change in percentage points, not a percentage:
    # test_percentage_points_are_their_own_unit
    "个百分点": ("百分点", Decimal(1), "percent"),
    "百分点": ("百分点", Decimal(1), "percent"),
    # 出生率…比上年下降1.09个千分点: per-mille points (test_per_mille_points_are_a_unit)
    "个千分点": ("千分点", Decimal(1), "percent"),
    "千分点": ("千分点", Decimal(1), "percent"),
    "%": ("%", Decimal(1), "percent"),
    "‰": ("‰", Decimal(1), "percent"),
    "平方公里": ("平方公里", Decimal(1), "area"),
    "平方米": ("平方米", Decimal(1), "area"),
    "平米": ("平方米", Decimal(1), "area"),
    "公顷": ("公顷", Decimal(1), "area"),
    "亩": ("亩", Decimal(1), "area"),
    "人次": ("人次", Decimal(1), "count"),
    "家次": ("家次", Decimal(1), "count"),
    "场次": ("场", Decimal(1), "count"),
    "名": ("人", Decimal(1), "count"),
    "位": ("人", Decimal(1), "count"),
    # 每万名就业人员中研发人员达到80人年: full-time-equivalent person-years, not persons:
    # test_per_worker_person_years_keep_their_unit
    "人年": ("人年", Decimal(1), "count"),
    # Physical and service quantities reports give (装机容量50万千瓦, 建成充电桩800台套, 救治120例):
    # test_physical_and_service_units
    **{unit: (unit, Decimal(1), "count") for unit in ("千瓦时", "千瓦", "兆瓦", "吉瓦", "公里", "立方米", "台套", "件次", "标准箱")},
    # 发电量超过55亿度 (kilowatt-hours, only with 万/亿: see UNIT_GUARDS); 空气质量优良天数达到336天 (days
    # counted, only after 天数: see mentions.accepted): test_kilowatt_hours_days_counted_and_page_counters
    "度": ("度", Decimal(1), "count"),
    "天": ("天", Decimal(1), "count"),
    # PM2.5年均浓度59微克/立方米: a concentration, not 59 cubic metres
    "微克/立方米": ("微克/立方米", Decimal(1), "count"),
    **{unit: (unit, Decimal(1), "count") for unit in "例张部处艘架"},
    # 占4席, 发放贷款20笔, 发射3颗卫星: seats, transactions, pieces (test_seats_loans_and_pieces_are_counts)
    **{unit: (unit, Decimal(1), "count") for unit in "席笔颗"},
    # 15幅地块收尾交地, 8宗土地完成出让: parcels (test_parcels_of_land_are_counts)
    **{unit: (unit, Decimal(1), "count") for unit in "幅宗"},
    # 家禽出笼631.97万羽, 处置应急事件37起: birds, incidents (test_birds_incidents_and_an_altitude)
    **{unit: (unit, Decimal(1), "count") for unit in "羽起"},
    # 覆盖7类业态: kinds counted (test_kinds_counted_are_counts)
    "类": ("类", Decimal(1), "count"),
    # 钻探27000米, 商品材45.6万立方, 单产4513.83公斤/公顷 (test_lengths_volumes_and_kilograms_are_units)
    "立方": ("立方米", Decimal(1), "count"),
    **{unit: (unit, Decimal(1), "count") for unit in ("米", "公斤", "千克")},
    # 比重超九成: tenths as a percentage (test_tenths_are_percentages)
    "成": ("%", Decimal(10), "percent"),
    **{unit: (unit, Decimal(1), "count") for unit in "家个件项人场次期所批座台套条支篇户辆款种倍吨只头册枚斤"},
    # 发放科普资料2.1万份, 整改大棚6310栋, 人均预期寿命84.05岁 (only after 寿命: see mentions.accepted):
    # test_copies_buildings_and_a_life_expectancy
    **{unit: (unit, Decimal(1), "count") for unit in "份栋幢岁"},
    # 生猪4.73万口, 马驴骡发展到2.2万匹, 火电装机容量达到8656MW: test_head_of_livestock_and_megawatts
    **{unit: (unit, Decimal(1), "count") for unit in ("口", "匹", "MW", "GW")},
    # 疫苗接种23.5万剂次, 集装箱吞吐量达1900万标箱: test_doses_and_containers_are_counted
    **{unit: (unit, Decimal(1), "count") for unit in ("剂次", "标箱")},
    # 年降水量281.3毫米, 草原植被高度达到15.96厘米, 收购烟叶21.43万担: test_lengths_and_a_tobacco_measure_are_figures
    **{unit: (unit, Decimal(1), "count") for unit in ("厘米", "毫米", "担")},
    # 培育1700株哈密瓜, 路灯2962盏, 250万袋菌棒: test_doses_and_containers_are_counted
    **{unit: (unit, Decimal(1), "count") for unit in "株盏袋"},
}
UNIT_GUARDS = {
    "人": "(?![才民大员口])", "支": "(?![持撑付出])", "座": "(?!谈)", "种": "(?!子)",
    "部": "(?![门署委])", "处": "(?![室长理置])",  # 10部门联合: test_physical_and_service_units
    # 停产8个月, 3个季度: a duration, no count (test_durations_are_no_counts), so is 近两个小时; 共计18667个字: a page's
    # length (test_kilowatt_hours_days_counted_and_page_counters)
    "个": "(?!月|工作日|季度|字|小时)",
    # 三次产业: the three sectors (test_quarters_and_the_tertiary_sector_are_no_counts); 8428 次浏览: a
    # page's counter (test_kilowatt_hours_days_counted_and_page_counters)
    "次": "(?!产业|浏览|阅读|点击)",
    "度": "(?<=[万亿]度)",
    "起": "(?![来步飞草诉点源])",
    "类": "(?![似型别]|[\u4e00-\u9fff]{0,4}药)",  # 1类新药: a drug's class
    "份": "(?![额子])",  # 市场份额: a share, no copies
    "担": "(?![保任当])",  # 5000万担保: a guarantee, no measure of tobacco (test_lengths_and_a_tobacco_measure_are_figures)
    "成": "(?![为功果效本员立长绩都])", "笔": "(?![记者])", "幅": "(?!度)", "宗": "(?![旨教])",
    "口": "(?![岸径罩号令碑腔气味])", "匹": "(?!配)",
}
UNIT_PATTERN = "|".join(
    re.escape(unit) + UNIT_GUARDS.get(unit, "") for unit in sorted(UNITS, key=len, reverse=True)
)
PER_PATTERN = r"(?:/(?:场|次|年|万人|人|家|个|公顷|亩))?"
#: A multiplier may stand after a space (增加值 286.61 亿元: test_a_multiplier_after_a_space).
NUMBER_PATTERN = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d.])|\d+)(?:\.\d+)?[十百千]?(?:[ \t]?[万亿]+)?|[{CN_NUMBER_CHARS}]+(?:点[{DIGIT_CHARS}]+[万亿]*)?"
#: A number with its unit: a range (``3-5个``, ``20~30亿元``) keeps its upper bound, an
#: approximate count (``200余家``, ``十余万家``) its 余/多 and the multiplier after it.
MENTION = scanner(
    rf"百\d{CN_NUMBER_CHARS}",
    rf"百分之(?P<pct>{NUMBER_PATTERN})"
    rf"|(?P<num>{NUMBER_PATTERN})(?:\s*[-—–~至到]\s*(?P<upper>{NUMBER_PATTERN})(?=\s*(?:{UNIT_PATTERN})))?"
    rf"(?P<approx>[余多](?P<mult>[万亿]?)(?=\s*(?:{UNIT_PATTERN})))?\s*(?P<unit>(?:{UNIT_PATTERN}){PER_PATTERN})?"
)
#: Units of a power plant's capacity, and what follows one in a project's name (20万千瓦风电, 3吉瓦光伏):
#: test_a_projects_capacity_in_its_name.
POWER_UNITS = frozenset({"千瓦", "兆瓦", "吉瓦", "MW", "GW"})
PROJECT_AFTER = re.compile(r"风电|光伏|风光|火电|水电|光热|储能|煤电|核电|燃机|生物质|垃圾发电|热电|抽水蓄能")
#: People named right after a number in 万 (7.35万贫困人口脱贫, 68万旅居者在此安家): a count of persons.
PEOPLE_AFTER = re.compile(r"(?:建档立卡|农村)?(?:贫困人口|贫困群众|脱贫人口|人口|旅居者|游客|群众|农民工|劳动力)")
#: …or named right before it (参加活动人数达7.5万, 人才总量突破300万).
PEOPLE_BEFORE = re.compile(r"(?:人数|人才总量|人口总量|总人口|常住人口|户籍人口)(?:达到?|突破|超过|为|增至|增加到)?\s*$")
#: Figures that have no unit: an index's value or change, and a ratio printed as one number (区域创新指数
#: 为129.5,比上年提高1.6; 价格总指数101.3; 男女性别比为106.88; 城乡居民收入比缩小至1.95): the sentence
#: names one (UNITLESS_NAME) and one of these verbs, or the name itself, stands right before the number
#: (INDEX_VERB): test_an_index_has_no_unit, test_copies_buildings_and_a_life_expectancy.
UNITLESS_NAME = re.compile(r"指数|性别比|收入比")
INDEX_VERB = re.compile(r"(?:为|达到|达|提高|提升|增长|增加|超过|超|约|指数|缩小至|缩小到|下降至|下降到)\s*$")
#: An index's base in prose ((以上年同期为100), 以2015年为100): the 100 is no figure:
#: test_an_index_in_prose_and_its_base.
INDEX_BASE_BEFORE = re.compile(r"以?(?:上年同期|去年同期|上年|女性|(?:19|20)\d{2}年)\s*(?:为|=)\s*$")
#: Place numerals that count only as rough sizes: 百余家, 近千家, 万余人.
ROUGH_PLACES = {"十", "百", "千", "万"}

# --- words around a number -------------------------------------------------------------------

#: Comparator words written right before a number, longest first.
PREFIX_COMPARATORS = {
    "累计达到": ">=", "累计达": ">=", "不少于": ">=", "不低于": ">=", "不小于": ">=", "至少": ">=",
    "达到": ">=", "增至": ">=", "提高到": ">=", "提升到": ">=", "增长到": ">=", "增加到": ">=",
    "实现": ">=", "达": ">=",
    "突破": ">", "超过": ">", "高于": ">", "多于": ">", "首超": ">", "迈上": ">=", "超": ">",
    "不超过": "<=", "不超": "<=", "未超": "<=", "不高于": "<=", "控制在": "<=", "低于": "<=", "少于": "<=",
    "大约": "~", "接近": "~", "将近": "~", "约": "~", "近": "~",
}
#: Words that, for a baseline, merely state the fact ("达58亿元" is "= 58").
FACT_VERBS = {"累计达到", "累计达", "达到", "达", "实现", "增长到", "提高到", "提升到", "增加到", "增至"}
SUFFIX_COMPARATORS = {"以上": ">=", "以下": "<=", "以内": "<=", "左右": "~"}
#: A comparator right before the number; one of two or more characters may also govern a short
#: verb in between (至少邀请20家企业).
LONG_COMPARATORS = sorted((word for word in PREFIX_COMPARATORS if len(word) > 1), key=len, reverse=True)
PREFIX = re.compile(
    "(" + "|".join(LONG_COMPARATORS) + r")(?:[\u4e00-\u9fff]{1,2})?\s*$"
    "|(" + "|".join(word for word in PREFIX_COMPARATORS if len(word) == 1) + r")\s*$"
)
SUFFIX = re.compile(r"\s*(以上|以下|以内|左右)")
#: A comparator word's base of comparison (高于上年22.2个百分点): the number is the difference.
COMPARED_BASE = re.compile(r"上年|去年|上一年|同期")
#: …and, after a word of difference, the wider area compared with (高于全市0.5个百分点), where a bound
#: on a share of it (占比超过全市30%) stays one.
COMPARED_AREA = re.compile(r"全[国省市州区县]")
DIFFERENCE_WORDS = frozenset({"高于", "低于", "多于", "少于"})
#: Words joining the items of a list of numbers that share the last one's unit (2.16和1.66个百分点).
LIST_JOINERS = {"、", "和", "及", "与"}
#: A meeting's attendance right before its count (大会应到代表215名,实到199名; 实际出席代表196名; 缺席33人):
#: counted at the meeting, in the year of the document's own date: test_a_meetings_attendance_is_counted_in_its_year.
ATTENDANCE_BEFORE = re.compile(r"(?:应到|应出席|实到|实际出席|缺席|请假)(?:会议|大会)?(?:代表|委员)?\s*$")
#: …or the deputies counted as they arrive (来自全县各条战线的300多名县人大代表).
ATTENDING_DEPUTIES = re.compile(r"来自[^,。;]{0,16}?的\s*$")
DEPUTIES_AFTER = re.compile(r"多?名[\u4e00-\u9fff]{0,3}?(?:代表|委员)")
#: What separates the subjects of a 分别 list (专利授权量和每万人发明专利拥有量分别达到…).
LIST_SEPARATOR = re.compile(r"、|以及|和|及|与")
#: A phrase's closing word of count or size (企业数量, 产业规模): its head noun stands before it.
COUNT_NOUN_END = re.compile(r"(?:数量|总量|总数|规模|数)$")
#: An aside in parentheses inside a phrase, dropped before its head noun is read.
ASIDE_IN_PHRASE = re.compile(r"\([^)]*\)")
#: Verbs of change, two characters each (a lookbehind needs a fixed width): 增长到, 提升至.
CHANGE_VERBS = "增长|提高|提升|增加|上升|下降|降低|扩大|减少|跃升|攀升|缩小"
#: Right before a bare number closing its clause, a rate of growth (同比增长3.6。; 较上年增长7,): the
#: % the source dropped (提高1.6 may be an index's points): test_a_bare_growth_rate_is_a_percentage
GROWTH_RATE_BEFORE = re.compile(r"(?:增长|下降|增幅|增速)为?\s*$")
#: A joiner with a change of its own (分别下降0.39、0.36和上升0.75个百分点): the list goes on.
LIST_JOINER_CHANGE = re.compile(rf"(?:[、和及与]|以及)(?:{CHANGE_VERBS})")
#: Two or three shares printed as a ratio (18.0:41.7:40.3, 62.1:37.4, a contribution -1.6:8.0:93.6):
#: kept where they sum to 100, signs counted (mentions.structure_shares).
SHARE_RATIO = scanner(r"\d", r"(?<![\d.])(?<![\d.]:)(?<![\d.] :)(?<!日)(?<!日 )(\d{1,2}(?:\.\d+)?)\s*:\s*-?(\d{1,2}(?:\.\d+)?)"
                              r"(?:\s*:\s*-?(\d{1,2}(?:\.\d+)?))?(?![\d.:])")
COMMITMENT = scanner("力确争努", r"力争|确保|争取|努力")
#: Verbs that make a Chinese-numeral count or a floor area a commitment rather than prose
#: (plans write counted targets in Arabic digits; 四个片区 or 三个方面 describe, they do not commit).
COUNT_VERB = scanner(
    "达突超不至新建培引举认吸发设创完增提盘累共现拥约近",
    r"达到|突破|超过|不少于|不低于|至少|新增|新建|建成|培育|引进|引育|举办|认定|吸引|培训|发布|设立|"
    r"创建|完成|增加|增至|提高到|提升到|盘活|累计|共有|现有|拥有|(?:达|约|近)\s*$"
)
#: Words measuring land, which make an area a figure without a verb (粮食作物播种面积39.4万亩, 耕地保有量
#: 225.2万亩, 建设高标准农田45.7万亩), unlike a site's size in prose (占地300亩的产业园):
#: test_a_measured_area_is_a_figure
AREA_MEASURE = re.compile(r"面积|保有量|播种|种植|农田|造林|复垦")
#: An area built (建设10万亩优质苹果基地, 规划建设149平方公里) is a figure, unless the sites it sizes
#: are counted after it (规划建设1000亩基地一处): test_an_area_built_is_a_figure.
AREA_BUILT = re.compile(r"建设")
SITES_COUNTED_AFTER = re.compile(r"[^,。;、]{0,12}?[一二三四五六七八九十两\d]+\s*(?:处|个|座)")
GROWTH_BEFORE = re.compile(r"(?:增长|增速|增幅|提高|提升|增加|上升)(?:率)?(?:达到|达|为|超过|突破)?\s*$")
#: Quantity words, checked in this order: a stock, an activity in the period, an addition.
LEVEL = re.compile(r"累计|存量|有效|共有|现有|拥有|保有")
FLOW = re.compile(r"授权|培训|举办|召开|组织|开工|在建|竣工|投产|申报|(?<![\u4e00-\u9fff])服务|遴选|发布|纳入|盘活")
TRAINING = re.compile(r"培育|培养")
INCREMENT = re.compile(
    r"新增|新认定|新培育|新引进|新建|建成|新设|每年|新落户|新入驻|引进|引育|吸引|入驻|招商|引资|谋划|建设|建立|打造|创建|"
    r"设立|培育(?![)]?企业)|认定(?!登记)"
)
TOTAL = re.compile(r"总量|总数|总规模")
#: Verbs that state a number on their own (a state reached), so it does not share the verb of
#: the number before; bounds such as 不少于 or 以上 only qualify a number governed earlier.
OWN_VERB = re.compile(r"实现|达到|达|超过|突破")
FLOW_UNITS = {"场", "次", "人次", "家次"}
SUBSIDY = re.compile(r"\s*的?\s*(?:比例|补贴|奖励|资助|补助|贴息|给予|予以)")
SCALE_AFTER = re.compile(r"\s*(?:级|以上)")
QUALIFIER_AFTER = re.compile(r"\s*(?:以上|以下)?的(?!(?:主要|发展|年度|全年|预期|增长|奋斗)?目标)")
#: A project's own investment named right before its amount (总投资1.4亿元的16个项目, 投资11.9亿元的风电项目):
#: exact, it is the projects' figure, not a class they fall in: test_an_amount_sizing_projects_is_no_figure.
INVESTED_BEFORE = re.compile(r"(?:总投资|投资)额?\s*(?:为|达)?\s*$")
#: An amount naming the size of the projects or firms it stands before (建设超5000万元项目417个, 总投资500万
#: 以上的重点项目): their description, not a figure: test_an_amount_sizing_projects_is_no_figure.
SIZED_AFTER = re.compile(r"(?:\s*[~～至到—–-]\s*\d+(?:\.\d+)?[万亿]*元)?"  # a class's lower bound (5亿元~10亿元的企业)
                         # 500万元以上固定资产投资增长8%: the statistics' scope, not an amount
                         r"\s*(?:以上|以下)?的?(?:(?:重点|重大|产业|工业)?(?:项目|企业)|固定资产投资)")
STRUCTURE_MODIFIERS = "重点|主要|具体|工作|重要|定量|量化|推进|保障|预期性|约束性"
#: The plan or index describing itself (30项任务, 18项培育措施, 6项一级指标): test_counts_of_a_documents_own_parts;
#: …or a work report's list of things to do for the people (重点抓好15件大事和民生实事。分别是: (1)…), but not
#: where the clause tells them done (10项民生实事均已完成): test_a_reports_list_of_things_to_do_is_counted_no_figure
STRUCTURE_AFTER = re.compile(
    rf"\s*(?:(?:{STRUCTURE_MODIFIERS})*(?:任务|措施|举措|方面|环节|阶段|步骤|行动计划|行动|目标|指标)|[\u4e00-\u9fff]{{2}}(?:措施|举措)"
    r"|[一二三四]级指标|(?:民生)?(?:大事|实事)(?![^,。;]{0,8}?(?:全部|均|已)[^,。;]{0,6}?(?:完成|落地|落实|兑现|办结)))"
)
#: The same counted before the number (共提出工作目标33项, 提出推进措施54项, 主要指标增至12项):
#: test_counts_of_a_documents_own_parts_named_before_them
STRUCTURE_BEFORE = re.compile(
    rf"(?:(?:提出|制定|明确|部署|设置|包括|涵盖|共)(?:了)?(?:{STRUCTURE_MODIFIERS})*(?:目标|任务|措施|举措|行动)|主要指标)"
    r"\s*(?:增至|增加到|为|共|达)?\s*$"
)
PER_EVENT = re.compile(r"每(场|次|期|批)")
#: A count per 10 000 residents or workers (每万人发明专利拥有量, 每万名就业人员中研发人员, 万人发明
#: 专利拥有量); ``135万人`` (a population) is not one: test_per_capita_units_are_kept
PER_POPULATION = re.compile(r"每万(?:名|个)?[\u4e00-\u9fff]{0,6}?(?:人口|人员|人)|(?<![\d十百千万.])万人(?!次)")
#: An amount per person or household (人均GDP达到80976元): kept in 元, not 亿元:
#: test_per_capita_amounts_stay_in_yuan
#: A resident's income is per person though 人均 is left out (城镇居民可支配收入为19606元), not a total's.
PER_CAPITA_MONEY = re.compile(r"人均|每人|户均|每户|居民(?:可支配|纯)收入(?!总)")
#: Between an amount per person and the next amount, its change (农民人均纯收入4878元,净增582元;
#: 人均可支配收入3.2万元,增加1580元) or its restatement (超过10万元,达10.29万元): per person too:
#: test_a_per_capita_amounts_change_stays_in_yuan
PER_CAPITA_CHANGE = re.compile(
    rf"\s*[,、]?\s*(?:(?:比上年|较上年|同比)?(?:净增|{CHANGE_VERBS}|多)了?|达到?|为"
    # …or the same amount converted (人均地区生产总值40998元,按2022年平均汇率计算为6096美元), a growth
    # rate between them (达10.29万元,同比增长21.4%,按现行汇率折算达1.63万美元)
    r"|(?:,?\s*(?:同比|比上年)?增长[\d.]+%\s*,)?\s*(?:按[^,。;]{0,12}?)?(?:折算|计算|折合)(?:为|达|成)?)\s*")
#: A rank, not a count (排名上升3位, 位次前进2名): test_ranks_are_not_counts
RANK_BEFORE = re.compile(r"排名|排位|位次|名次|位列|位居|居全|居第|排第|列第|排在|(?<![安编彩])排\s*$")  # 2016年排76名
#: A rank change counted in places (提高2个位次) and the group a rank is taken in (在35个城市中排第4位):
#: test_rank_changes_and_the_group_ranked_in_are_not_counts
# and where the rank follows the group (居全州11个省级园区第一): test_rank_changes_and_the_group_ranked_in_are_not_counts
# or tops it (居全市13个区县(市)首位, 29个县(市、区)中进位最多): test_the_group_a_place_tops_is_no_count
RANK_AFTER = re.compile(r"\s*位次|[^,。;]{1,12}?中\s*(?:排|位列|位居|居|列|进位)"
                        r"|[^,。;第]{1,10}?第[一二三四五六七八九十\d]{1,3}(?:名|位)?(?=[,。;]|$)"
                        r"|[^,。;、]{1,12}?(?:首位|末位)")
RANK_UNITS = {"位", "名"}
#: The group a rank is taken in, named after 在(全省) and before the ranking with no 中 between
#: (在全省13个中心城区和86个县区排名分别为第9), or the group a place moves up in (在全省129个县(市)区
#: 实现较大进步): test_rank_changes_and_the_group_ranked_in_are_not_counts
RANK_POOL_BEFORE = re.compile(r"在全?[省市国州区县]?\s*(?:\d+个[^,。;\d]{1,8}?[和及与、])?$")
RANK_POOL_AFTER = re.compile(r"[^,。;]{1,16}?(?:排名|排位|位列|位居|进位|位次|进步|率先)")
#: Indicators counted (13项主要经济指标中, 7项增速居全市前列 after 指标中): the report's own tally,
#: no figure, as the rules' counts of an index's indicators: test_indicators_counted_are_no_figure.
INDICATORS_COUNTED_AFTER = re.compile(r"(?:主要|重点)?(?:经济|发展|考核|监测)?指标")
#: …or counted after them (纳入常州对溧阳发展绩效评价指标4项).
INDICATORS_AMONG_BEFORE = re.compile(r"指标(?:中[,,]?[^,。;]{0,3})?$")
#: A policy's measures counted (出台稳增长32条, 便民惠企22条, 举措66条, 8条稳增长政策措施): the policy
#: describing itself, no figure: test_a_policys_measures_counted_are_no_figure.
#: …or a policy issued and named by its count (出台持续优化营商环境18条).
POLICY_BEFORE = re.compile(r"(?:稳增长|惠企|纾困|新政|举措|措施)\s*$"
                           r"|(?:出台|印发|推出|制定)[\u4e00-\u9fff]{0,12}?(?:环境|政策|措施|意见|办法|举措|经济|投资|发展)\s*$")
POLICY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:措施|举措)")
#: Round amounts printed as money (突破百亿元, 稳定在百亿元以上, 意向投资超千亿元): milestones, no figure;
#: a scale (千亿级产业集群) is one.
ROUND_AMOUNTS = frozenset({"十亿", "百亿", "千亿", "万亿"})
#: A move up or down a ranking right before its places (较2022年前进1位, 上升3位): places, not people:
#: test_a_move_up_a_ranking_is_no_count.
RANK_MOVE_BEFORE = re.compile(r"(?:前进|后退|前移|后移|上升|下降|提升|跃升|提高|进位)\s*$")
#: …or after it (56亿扶贫资金, 2.08亿扶贫小额贷款, 350亿总量): test_a_bare_yi_after_an_amount_is_money.
OUTPUT_AFTER = re.compile(r"\s*(?:产业规模|营收规模|规模|产值|营收|营业收入|收入|投资|销售额|(?:扶贫)?(?:小额)?(?:资金|贷款)(?![\u4e00-\u9fff]{0,2}[户社人员])|总量)")
#: An amount named before a bare 亿 (地方一般公共预算收入160.84亿): money, in 亿元.
MONEY_BEFORE = re.compile(r"(?:收入|投资|投入|产值|资金|经费|总额|增加值|营收|税收|生产总值|GDP|销售额|支出|成交额"
                          r"|出口|进口|贷款|经济总量|GDP总量)(?:预计)?(?:为|达到?|完成|实现|突破|超过|破|迈上|首超|在)?\s*$")
ORDINAL_BEFORE = set("第届每前+-/~.") | set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: Measures named in Latin letters right before their figure (GDP188.72亿元, 高于GDP0.42个百分点): a
#: figure, not a code such as G20 or PM2.5 (test_a_figure_right_after_gdp).
LETTERED_MEASURES = ("GDP",)
INSTITUTE = re.compile(r"[院科]$")
#: Words that, right after a number, start a predicate rather than the counted noun.
NOT_OBJECT = re.compile(r"增长|提高|提升|增加|下降|降低|减少|同比|比上年|较上年|达到|以上|左右|以内|以下")
OBJECT_STOP = re.compile(r"[,;:。]")
SCALE_STOP = re.compile(r"[,;:。“”、]")
LEAD_JUNK = re.compile(
    r"(?:[\s,、;:。)]|以及|其中|同时|全年|年内|当年|力争|确保|争取|努力|预计|实现|完成|到|至|截至|截止|"
    rf"{YEAR_DIGITS}\s*年(?:底|末|前|内|度)?|现有|共有|包括|和|及|与|并)+"
)
TAIL_JUNK = re.compile(
    r"(?:[\s,、(]|" + "|".join(sorted(PREFIX_COMPARATORS, key=len, reverse=True)) +
    r"|保持在|稳定在|为|是|合计|总计|共|新增|完成|分别|由|从|年均增长|年增长|同比增长|比上年增长|增长|提高|提升|增加|下降|降低"
    r"|力争|确保|争取"
    rf"|{YEAR_DIGITS}\s*年(?:底|末)?的?)+$"
)
#: Words that name no indicator of their own (高新区占比, 10亿以上, 同比增长, 较上年): inherit
#: instead. A zone or park right before 占 (高新区占比, 示范园占全市) names where, not what.
GENERIC = re.compile(
    r"[\d.()\s、,的]|[十百千万亿]+级?|以上|以下|其中|占比|比重|比例|占全市|占全区|数量|总量|总数|规模|"
    r"[\u4e00-\u9fff]{0,8}?[区园](?=占)|"
    r"全区|全市|我区|本区|区内|全年|当年|年度|同比|较|比|增长|年均|累计|分别|合计|其|中|达到|达|为"
)
#: A share of something counted (高新区高新技术企业占全区比重): the subject before 占/比重.
SHARE_SUBJECT = re.compile(r"^(.+?)(?:占|比重|占比)")
#: 了 after a verb reports what was done (启动实施了3个联盟: test_a_verb_with_le_reports_the_past),
#: but not in 为了 / 除了 / 了解, nor after verbs announcing goals (提出了 / 明确了 / 确定了 / 部署了 /
#: 印发了 …的目标).
BASELINE_CUE = scanner(
    "已共现目截以去上完达实增了拥",
    # 拥有高新技术企业52家: a holding, reached; not 拥有量, a measure, nor 每千人口拥有…, a ratio
    # (test_a_holding_is_reached_in_an_untyped_text)
    r"已|共有|现有|(?<![口人])拥有(?!量|率)|目前|截至|截止|以来|去年|上年"
    r"|完成了|达到了|实现了|增长了|共计|(?<![为除出确定署发])了(?!解)"
)
#: A target already met, whatever words of aim follow (提前完成年度目标,新增…320家):
#: test_completed_figures_are_observations
#: A share of a goal reached (完成全年目标的114.7%) and a goal met early (提前实现…2025年…的目标)
#: report the past too: test_a_goal_reached_early_is_an_observation_of_the_years_figure
DONE_CUE = scanner("提超已完目任", r"提前完成|提前实现|提前达到|超额完成|超前完成|已完成|已经完成|完成[^,。;]{0,6}?(?:目标|计划|任务)的"
                   r"|(?:目标|任务)[^,。;]{0,4}?(?:顺利|圆满|全面|胜利)完成")  # …主要目标任务顺利完成:全年…增长6.0%
#: A percentage right after the quota done (完成任务113%, 完成年度目标任务161%) is the share done, a
#: result; a count there is the quota (完成市上下达任务16家的93.7%): test_the_share_of_a_quota_done_is_a_result.
QUOTA_DONE = re.compile(
    r"完成[^,。;]{0,6}?(?:目标|计划|任务)数?(?:\s*[\d.]+\s*[万亿]?[\u4e00-\u9fff]{0,2}的)?\s*$"
    r"|占[^,。;]{0,4}?(?:目标|计划)[^,。;]{0,6}?的\s*$"
)
#: The quota and its share done (完成年度目标78亿元的100.3%): no aim for the sentence's later figures.
QUOTA_WITH_SHARE = re.compile(r"完成[^,。;]{0,6}?(?:目标|计划|任务)数?\s*[\d.]+\s*[万亿]?[\u4e00-\u9fff]{0,2}的\s*[\d.]+%")
#: A change on last year: reported in a report or news (全年实现技术合同成交额18亿元,同比增长12%:
#: test_comparisons_with_last_year_are_observations), but a growth target in an annual plan
#: (实际利用外资到位6.788亿美元,同比增长4% in a 2020 work plan).
COMPARISON_CUE = re.compile(r"同比|比上年|较上年|上年同期")
#: 计划 aims only as a verb (计划到2025年, 计划新增), not as a programme's name (国家重点研发计划共安排
#: 42个专项): test_a_programme_named_plan_is_no_aim; 努力 aims before a verb of reaching (努力实现…的增长目标):
#: test_figures_one_strives_to_reach_are_goals
# (年度计划投资561.86亿元 is the label of its own clause's figure, no aim of the sentence's later ones:
# test_a_projects_progress_by_its_clauses)
TARGET_CUE = scanner(r"力确争努目计一二三四五六七八九十两\d建投达", r"力争|确保|争取|努力(?=实现|达到|完成|建成)"
                        # what a project yields once it is built (项目建成后,年发电量预计超8000万千瓦时, the rules'
                        # 全面投产后可…): test_what_a_project_yields_once_built_is_a_goal
                        r"|(?:建成|投产|达产|投用)后"
                        # 目标企业, 目标客户: what is targeted, a noun, not a goal (test_target_firms_are_no_goal)
                        r"|目标(?!企业|客户|市场|群体|人群)"
                        # (计划全年新签约…8个, 全年计划实施…项目20个: test_a_plan_for_the_year_in_news_is_a_goal)
                        r"|(?<!年度)(?<!占年)计划(?=到|在|于|今年|明年|全年|新增|新建|新签约|签约|新开工|开工|完成|实现|实施|投资|引进"
                        r"|培育|建设|增建|达到|\d)"
                        # (not 2023年内蒙古…, a year and a region: test_inner_mongolia_is_no_term_within_a_year)
                        r"|(?:[一二三四五六七八九十两]|(?<!\d)\d{1,2})年内(?!蒙古)")  # 三年内培育8至10家: test_a_term_within_years_aims
#: 争取 of funds or projects from above (争取中央补助资金2611亿元, 全年争取省级以上科技计划项目40多项) tells,
#: in a report, what was won, not what is aimed at: test_funds_won_from_above_in_a_report_are_results.
#: Loans and funds named in quotes are won the same way (争取各类扶贫贷款, 累计争取“科技贷”资金), and
#: so is what 争取获得 won:
#: test_loans_and_funds_won_in_a_report_are_results.
WON_FUNDS = re.compile(
    r"争取到?[^,。;]{0,6}?(?:上级|上三级|中央|省|国家|自治区|各部门|各类)[^,。;]{0,16}?(?:资金|经费|项目|补助|债券|贷款)"
    r"|争取(?:“[^”]{1,10}”)?[\u4e00-\u9fff]{0,4}?(?:资金|贷款|融资|经费)|争取(?:获得|得到)|已争取"
)
#: A figure named as a goal or a quota (高于年初人代会12%的目标, 完成…全年专利申请任务301件的117%,
#: 产值2100亿元的发展目标) is the goal's value, a target: test_a_figure_named_as_a_goal_is_a_target
GOAL_AFTER = re.compile(r"\s*的?(?:主要|发展|年度|全年|预期|增长|奋斗)?(?:目标(?!完成)|任务(?![^,。;]{0,4}?完成))")
# (a goal's value stays a goal though it was met, 年初计划9亿元目标提前超额完成; not tasks counted done, 68项年度任务全部完成)
GOAL_BEFORE = re.compile(r"(?:目标|任务)数?\s*$")
#: A goal's value quoted as such (预期目标为8.5%以上), a target even among results reported:
#: test_a_goal_quoted_in_a_review_is_a_target
GOAL_QUOTED = re.compile(r"目标值?[为是]\s*$|完成[^,。;]{0,6}?(?:年计划|年度计划|任务数)\s*$")  # …, or the quota done (完成年计划710亿元的89.4%)
#: …unless the goal was exceeded by that much (超“十五”计划目标3.73亿元): the excess reached, a result:
#: test_a_goal_exceeded_by_a_figure_is_a_result.
GOAL_EXCEEDED = re.compile(r"超(?:过|出|额)?[^,。;]{0,12}$")
#: A list of goals opened once for the whole sentence (主要目标是:…增长12%以上;…突破1.4万家;…):
#: test_goals_listed_after_a_colon_are_targets_to_the_sentence_end
#: 主要预期指标为: opens them the same way (test_main_expected_indicators_in_news_are_targets).
GOALS_OPENED = scanner("目预", r"(?:目标|预期指标)(?:建议|拟定|确定)?(?:是|为)?:|(?:目标|预期指标)(?:建议|拟定|确定)?(?:是|为)")
#: 预计 aims in a plan (预计到2025年) but estimates the year just ended in a report or news on
#: results (初步预计,全年地区生产总值完成315亿元): test_an_estimate_in_a_report_is_an_observation
#: A paragraph's words of result and of aim (fields.reports_past).
# not 累计: plans aim at totals; achievements won (取得决定性成效, 被评为, 荣获, 跃上新台阶) and years in a
# row (粮食生产连年丰收): test_achievements_won_report_the_past
PAST_CUES = re.compile(r"同比|比上年|较上年|比去年|增长了|提高了|已经|已|完成了|实现了|取得了|去年|上年"
                       r"|取得[\u4e00-\u9fff]{0,6}(?:成就|成效)|被评为|荣获|跃上|迈上|连年")
#: 要 as a word of aim (全区要新增…), not inside 要素, 主要, 重要, 需要 or 要求: test_yao_inside_a_word_is_no_aim.
AIM_YAO = r"(?<![主重需纲摘简必只])要(?![素点求闻件])"
AIM_CUES = scanner("到力确争目预计将要拟有努今明年规方", rf"到\s*(?:19|20)\d{{2}}\s*年|力争|确保|争取|目标|预计|预期|计划|将|{AIM_YAO}|拟|有望|努力|今年|明年|年内(?!蒙古)|规划|方案")
ESTIMATE_CUE = re.compile(r"预计")
#: Words of aim that govern only their own clause (有效高新技术企业将达1055家,净增163家: the
#: 净增 is reported): test_a_clause_level_aim_does_not_reach_the_next_clause
#: A sentence opening on a time to come and 将/要 (今年该市还将完成…课题30项,取得技术成果60项) aims
#: every clause of it: test_what_a_city_will_still_do_this_year_is_a_target
#: A year opening a sentence aims it only with 将 (2016年,某师将实现…), not with a 计划 or 要 of a noun
#: (2023年获得省级科技计划项目92项; 对于需要复审的): test_a_sentence_opening_on_a_year_and_jiang_aims_to_its_end.
SENTENCE_AIM = re.compile(r"\s*(?:据[\u4e00-\u9fff]{1,4},\s*)?(?:(?:今年|明年|年内|下一步|接下来|下一阶段)[^,。;:\n]{0,10}?(?:还将|将|要|计划)"
                          r"|(?:19|20)\d{2}年,?[^,。;:\n]{0,10}?将(?!近)|[\u4e00-\u9fff]{2,4}?还?将(?!近|[\u4e00-\u9fff]{1,12}?(?:作为|摆在|列为|纳入|融入))"
                          # 从今年起,…: from now on (test_from_this_year_on_aims_the_sentence)
                          r"|[从自](?:今年|明年|(?:19|20)\d{2}年)(?:起|开始))")
#: 不少于/不低于 binds a value yet to be reached: test_no_fewer_than_so_much_is_a_commitment
#: 将 of a deed done (将白莲附加值提高了近10倍: 将 marks the object, 了 the deed done) or 将近 (nearly) aims nothing,
#: nor a year's plan whose rate of completion is told (年度计划投资完成率达72%):
#: test_a_deed_done_with_jiang_and_a_plans_completion_rate_are_results.
CLAUSE_TARGET_CUE = re.compile(rf"将(?!近|[^,。;]{{1,16}}?(?<![为除])了)|{AIM_YAO}|有望|不少于|不低于"
                               r"|年度计划(?![^,。;]{0,6}?完成率)")  # 预计全年有望净增1800家: expected, not yet reached
FROM_BEFORE = re.compile(r"[由从]\s*$")
#: The start of a change, a ratio's later parts included (由7.3:53.5:39.2调整为…).
CHANGE_FROM = re.compile(r"由\s*(?:[\d.]+\s*:\s*)*$")
CHANGE_TO = re.compile(rf"(?:{CHANGE_VERBS})(?:到|至)")
TO_BEFORE = re.compile(CHANGE_TO.pattern + r"\s*$")

#: Indicator code, unit families it applies to, keyword pattern. The first rule that matches
#: the indicator phrase wins, so specific codes come before general ones.
INDICATOR_RULES: tuple[tuple[str, frozenset[str], str], ...] = tuple(
    (code, frozenset(families.split()), pattern)
    for code, families, pattern in (
        ("invention_patents_per_10k", "count", r"每万人.{0,8}发明专利|万人发明专利|发明专利拥有量"),
        ("invention_patents", "count", r"发明专利"),
        ("patents", "count", r"专利"),
        ("rd_intensity", "percent", r"(?:研发|R&D|研究与试验发展).{0,6}强度|(?:研发|R&D).{0,8}占.{0,12}(?:生产总值|GDP|营业收入|主营业务收入|销售收入)"),
        ("rd_expenditure", "money percent", r"(?:研发|R&D)(?:经费|投入|支出|费用)|研究与试验发展经费"),
        ("tech_contract_registered", "money percent", r"认定登记|登记额"),
        ("tech_market_turnover", "money percent", r"技术市场|技术(?:合同)?交易额"),
        ("tech_contract_turnover", "money percent", r"技术合同"),
        ("fiscal_st_expenditure", "money percent", r"财政科技|科技支出"),
        ("population_share", "percent", r"(?:常住)?人口占全(?:市|区)(?:人口)?(?:比重|比例)"),
        ("population_change", "count", r"常住人口(?:增加|减少|增长|变化|净增)"),
        ("population", "count", r"常住人口"),
        ("talent", "count percent", r"人才|工匠|技师|专家|院士|博士|英才|人员|学者"),
        ("share_of_city_value_added", "percent", r"增加值.{0,12}占全市"),
        ("within_zone_share", "percent", r"高新区占比"),
        ("sei_output_share", "percent", r"战略性新兴产业产值.{0,16}(?:比重|占比|占)"),
        ("sei_output_value", "money", r"战略性新兴产业产值"),
        ("sei_share_unspecified", "percent", r"战略性新兴产业(?:占比|比重|占规)"),
        ("hitech_manufacturing_share", "percent", r"高技术\(?制造业\)?增加值"),
        ("modern_services_share", "percent", r"高技术服务业|现代新兴服务业"),
        ("sei_value_added_share", "percent", r"战略性新兴|战新|高技术|(?:增加值|产值|产业|领域).{0,40}(?:比重|占比|占)|比重"),
        ("gdp", "money percent", r"地区生产总值|国内生产总值|GDP"),
        ("unicorns", "count", r"独角兽"),
        ("dengling_enterprises", "count", r"瞪羚"),
        ("chuying_enterprises", "count", r"雏鹰"),
        ("leading_enterprises", "count", r"领军.{0,6}企业"),
        ("tech_smes", "count", r"科技型中小企业|国科小"),
        ("high_tech_enterprises", "count", r"高新技术企业|高企|高新企业"),
        ("listed_tech_companies", "count", r"上市|挂牌|新三板|资本市场"),
        ("university_science_parks", "count", r"大学科技园"),
        ("incubators", "count", r"孵化|在孵|众创|加速器|创业团队"),
        ("innovation_platforms", "count", r"实验室|技术中心|创新中心|工程中心|研究院|研究中心|研发机构|研发中心|平台|工作站|研究所"),
        ("events", "count", r"(?<!研发)活动|对接会|会议|论坛|大赛|赛事|培训|路演|招聘会|专题会|洽谈会|展会|峰会|沙龙|讲座"),
        ("investment", "money percent", r"投资|利用外资|利用内资|引资"),
        ("funds", "money", r"资金|基金|补贴|补助|奖励|扶持|贷款|融资|经费"),
        ("projects", "count", r"项目"),
        ("growth", "money percent", r"产值|增加值|营收|营业收入|收入|规模(?!以上)|产业集群|销售|税收|产出"),
        ("enterprises", "count", r"企业|公司|市场主体|总部"),
    )
)
#: Indicator for a unit when no keyword matched.
UNIT_DEFAULTS = {"人": "talent", "人次": "talent", "场": "events", "亩": "land", "平方米": "land", "公顷": "land", "平方公里": "land"}
COMPILED_RULES = [(code, families, re.compile(pattern)) for code, families, pattern in INDICATOR_RULES]

# --- layout: headings, sections, masks, responsible units -------------------------------------

#: What follows a part's, chapter's or section's number: a space, the end, a short title, or a title
#: opening on its year (第一部分2023年国民经济和社会发展计划执行情况).
PART_TITLE = r"(?=[ \t]|$|[\u4e00-\u9fff]{2,12}$|(?:19|20)\d\d年[\u4e00-\u9fff、“”]{2,30}$)"
HEADING = re.compile(
    rf"[ \t]*(?:第(?P<l0>[一二三四五六七八九十]+)(?:部分|篇){PART_TITLE}"
    rf"|第(?P<l1>[一二三四五六七八九十]+)章{PART_TITLE}"
    rf"|第(?P<l2>[一二三四五六七八九十]+)节{PART_TITLE}|(?P<l3>[一二三四五六七八九十]+)、"
    r"|\((?P<l4>[一二三四五六七八九十]+)\)|(?P<l5>\d{1,2})(?:\.(?!\d)|、)|\((?P<l6>\d{1,2})\))"
)
#: A heading telling of what was reached; in a plan, 取得决定性成就 and “十三五”总结 too (goals speak
#: of 成效 and 进展 to come, not of 成就): test_a_plans_section_on_achievements_reports_the_past
BASELINE_HEADING = re.compile(
    r"执行情况|完成情况|落实情况|开展情况|推进情况|(?<!下一步)工作情况|现状|发展基础|工作基础|基本情况|发展成效|工作成效|主要成效|取得的成|回顾|进展情况|总体情况|概况"
    r"|取得[\u4e00-\u9fff]{0,5}成就|成就显著|发展成就|总结(?!推广|经验)"
)
#: After an amount printed without digits (千亿元, 百亿元): a milestone or a class of projects
#: (首次突破千亿元大关, 过百亿元项目4个), not a figure: test_a_milestone_without_digits_is_no_figure
#: A step crossed (连跨3个百亿元台阶) and a round amount passed before the figure reached (首次突破百亿元,达到
#: 130亿元) are milestones too.
MILESTONE_AFTER = re.compile(r"(?:以上)?的?(?:大关|关口|台阶|项目|企业)|\s*,\s*(?:达到?|为)\s*\d")
#: Quotations (slogans, names), titles and document numbers: their numbers are never targets.
#: A congress's session (区二届人大三次会议, 第十四届人民代表大会第一次会议) too:
#: test_congress_sessions_are_no_counts; and a page's date stamp (发表于:2022-08-08 15:53:31):
#: test_a_pages_date_stamp_is_no_figure
MASKS = scanner('“"《〔\\[一二三四五六七八九十\\d',
                r'“[^”\n]{0,30}”|"[^"\n]{0,30}"|《[^》\n]{0,100}》|〔\d{4}〕\d*号?|\[\d{4}\]\d*号?'
                r"|[一二三四五六七八九十\d]+届[\u4e00-\u9fff]{0,8}?[一二三四五六七八九十\d]+次"
                r"|(?<![\d.])(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
#: An aside in parentheses with words besides a year (扣除2022年灾后恢复重建专项资金支出外), not a bare
#: (2022年) or a period (2021-2025年).
ASIDE = re.compile(r"\((?=(?:[^()\n]*?[\u4e00-\u9fff]){3})(?![^()\n]*\d{4}\s*[-—–~至]\s*\d{4})[^()\n]{4,60}\)")
PAREN = re.compile(r"\(([^()\n]{2,300})\)")
#: Short forms of unit names written for the full name the curated tables use.
UNIT_ALIASES = {"发改委": "发展改革委", "发改局": "发展改革局"}
#: Separators between the units a parenthesis names (区科技局、区发改委).
UNIT_LIST_SPLIT = re.compile(r"[、,;\s]+")
#: Words of role after a unit's name (区科技局牵头, 各街道按职责分工负责).
ROLE_WORDS_AFTER = re.compile(r"(?:等|按职责分工|按职责|分别|共同|负责|牵头|配合)+$")
RESPONSIBLE_LABEL = re.compile(r"(?:牵头|责任|配合|协办|主责|参与|负责)(?:部门|单位)\s*:?")
DEADLINE = re.compile(r"[,;]?\s*(?:完成时限|完成时间|时间节点|时限)\s*:?[^;,]*")
ORG_NAME = re.compile(
    r"(?:局|委|办|部|院|会|所|室|中心|公司|政府|街道?|镇街?|乡|区|队|处|站|协|组|厅|署|行|校|大学|集团|单位|部门)$"
)
SENTENCE_END = re.compile(r"[。;!?]")
CLAUSE_END = re.compile(r"[,:]")
#: A year phrase; a range (2018-2022年, 2017年至2021年: test_a_year_range_gives_both_ends_of_a_change);
#: a month or months after the year (截至2023年11月, 2023年1至10月) keep the year:
#: test_a_year_with_months_still_gives_the_year
YEAR = scanner(
    r"截到至力确争预较比相同12一二\s",
    rf"(?P<pre>截止到|截至|截止|到|至|力争|确保|争取|预计|较|比|相比|同比)?\s*(?P<y1>{YEAR_DIGITS})"
    rf"(?:\s*年?\s*[-—–~至到]\s*(?P<y2>{YEAR_DIGITS}))?\s*年"
    rf"(?:(?:\d{{1,2}}\s*[-—–~至到]\s*)?\d{{1,2}}月份?(?:\d{{1,2}}日)?)?(?P<suf>[底末]?前|底|末|内|度|的)?"
)
PLAN_RANGE = re.compile(rf"(?<!\d){YEAR_DIGITS}\s*[-—–~至到]\s*({YEAR_DIGITS})(?!\d)")
ANNUAL_PLAN = re.compile(rf"({YEAR_DIGITS})\s*年度?[^,。;\n]{{0,30}}?(?:工作方案|工作计划|工作要点|行动方案|实施方案|行动计划|工作安排)")
#: 今年 / 去年 / 明年 and their offset from the document's year; after 比/较/同比 or before 同期
#: they are a comparison base, not the year of a figure: test_relative_years_resolve_against_the_document_date
RELATIVE_YEARS = {"今年": 0, "本年度": 0, "本年": 0, "年内": 0, "去年": -1, "上年": -1, "上一年": -1, "过去一年": -1,
                  "过去的一年": -1,
                  "前年": -2, "明年": 1}
#: The year before the one a text reports on (上年), not before the text's own date (去年).
PREVIOUS_YEAR_WORDS = frozenset({"上年", "上一年"})
#: 年内 alone is the present year (力争年内新增…), not the end of a count or a year (三年内, 2025年内):
#: test_within_the_year_is_the_present_year
_WITHIN_A_COUNT = r"(?<![\d〇零一二三四五六七八九十两几多今明去本上前当同])"
#: Before 今年: it is aimed at (到今年底, 力争今年): test_relative_years_resolve_against_the_document_date
#: (提升至今年10月的45.9% is reached: test_a_rise_to_this_years_month_is_reached)
AIM_BEFORE = re.compile(rf"(?:(?<!{CHANGE_VERBS})(?:到|至)|力争|确保|争取)$")
#: After 今年, a few words on (今年,株洲预计…; 今年全市要…): the year is aimed at, its figures are
#: goals: test_this_year_followed_by_an_aim_governs_goals
AIM_AFTER = re.compile(rf"[,,]?[\u4e00-\u9fff]{{0,6}}?(?:力争|确保|争取|预计|计划|{AIM_YAO}|将)")
#: The past N years (过去五年, 五年来, 近三年以来): test_the_past_n_years_end_in_the_year_reviewed
# (一年来 too, where no numeral stands before it: 十一年来 is no year): test_a_work_report_titled_with_a_bare_year_reviews_the_year_before
PAST_YEARS = scanner("过近一二三四五六七八九十\\d", r"(?:过去|近)(?P<n>[二三四五六七八九十]|\d{1,2})年(?:来|以来)?"
                     r"|(?<![\d年一二三四五六七八九十百])(?P<m>[一二三四五六七八九十]|\d{1,2})年(?:来|以来)")
#: A text telling which year it is by an event of known date, where it prints no date (see
#: ``layout.era_year``): 今年是党的二十大召开之年, 今年是“十四五”开局之年, 今年是建党100周年 (庆祝改革开放40周年
#: 新闻发布会), a period closed as the next opens (“十三五”圆满收官,“十四五”开启征程: the next period's first year),
#: or a session of the National People's Congress (十三届全国人大二次会议 → 2019).
PRESENT_ERA = scanner(
    "今庆十", r"(?:今年是|庆祝)[^。\n]{0,24}?(?:党的(?P<congress>二十[一二]?|十[二三四五六七八九])大(?:胜利)?召开之年"
    r"|(?P<period>十[三四五]五)[”\"]?[^。\n,]{0,8}?(?P<edge>开局|起步|收官)之年"
    r"|(?:中国共产党成立|建党)\s*(?P<party>\d{2,3})\s*周年|新中国成立\s*(?P<prc>\d{2})\s*周年"
    r"|改革开放\s*(?P<reform>\d{2})\s*周年)"
    r"|(?P<closed>十[三四]五)[”\"]?[^。\n,]{0,6}?收官[,、;]\s*[“\"]?(?P<opened>十[四五]五)[”\"]?\s*(?:开局|开启|起步|启航)"
    # news of a session of the National People's Congress (十三届全国人大二次会议在人民大会堂开幕): the year it meets
    r"|第?(?P<npc>十[一二三四五])届全国(?:人大|人民代表大会)第?(?P<session>[一二三四五])次会议"
)
#: The National People's Congress whose first session met in ``NPC_BASE_YEAR``; a new one every five years.
NPC_BASE, NPC_BASE_YEAR = 9, 1998
#: A year's first quarters or months, after 前 (2022年前三季度, 前10个月): a span so far, no deadline.
FIRST_MONTHS = re.compile(r"\s*(?:[一二三四两]|\d{1,2})\s*个?(?:季度|月)")
#: A work report's parts named in turn, the year reviewed then the next (报告分为2019年工作回顾、2020年
#: 工作安排…): delivered in the next year (``layout.era_year``).
REPORT_PARTS = re.compile(r"(?P<reviewed>(?:19|20)\d\d)年[^、,;。\n]{0,10}?回顾[、,;和及与]\s*(?:二是)?(?P<ahead>(?:19|20)\d\d)年")
#: The years to come (今后五年, 未来三年): goals to the end of that span: test_the_next_five_years_end_five_years_on.
NEXT_YEARS = re.compile(r"(?:今后|未来)(?P<n>[二三四五六七八九十]|\d{1,2})年")
#: From this month on, a document looks to the span starting the next year (a congress in December).
NEXT_YEARS_FROM_MONTH = 10
RELATIVE_YEAR = scanner(
    "".join(sorted({word[0] for word in RELATIVE_YEARS})),
    "(?P<word>" + "|".join(_WITHIN_A_COUNT + word + "(?!蒙古)" if word == "年内" else word
                           for word in sorted(RELATIVE_YEARS, key=len, reverse=True))
    + r")(?P<suf>以来|同期|底|末|内|前)?"
)
#: After N年以来 / 近N年来: a superlative's frame (是2004年以来最好位次, 创近十年来新高), not the time
#: of a figure: test_a_superlative_since_a_year_governs_nothing
SUPERLATIVE_AFTER = re.compile(r"(?:以来|来)?的?(?:最|新高|新低|首次|同期最)")
#: After 近年来 / 目前: a superlative a few words on (近年来投资最大的项目): a frame, not the time of the
#: figures after it: test_recent_years_framing_a_superlative_govern_nothing
CURRENT_SUPERLATIVE = re.compile(r"的?[\u4e00-\u9fff]{0,4}?(?:最[大高好多快强]|新高|首次)")
#: After N年度: the round of an award, assessment or ranking (获2021年度省级科技奖8项, 2022年度位列全国第5),
#: not the time of the figures around it: test_the_year_of_an_award_round_dates_its_own_count_only
ROUND_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:奖|评选|考核|评价|绩效|位列|位居|排名)")
#: Before 上年/去年 or a period: it is the base of a comparison (比上年, 高于上年, 快于上年), the number
#: after it a difference: test_a_year_compared_against_dates_nothing.
COMPARISON_BEFORE = re.compile(r"(?:比|较|同比|与|和|相比|[高低快慢多少]于)[“\"]?$")
#: After a year: it is the base of a comparison (与2015年相比, 是2015年的1.8倍, 较“十二五”末, 在去年大基数
#: 基础上, 同2020年同期比), not the year of the figure: test_a_comparison_base_year_governs_nothing,
#: test_a_year_as_the_base_a_growth_builds_on_governs_nothing
#: A line closing on the deployment of a year's work (会上…部署了科工局2018年工作。): the lines below
#: it are that year's goals, as under a heading: test_a_deployed_years_work_heads_its_goals.
WORK_DEPLOYED = re.compile(r"(?:部署|安排|明确)了?[^。\n]{0,20}?(?P<year>(?:19|20)\d{2})\s*年[^。\n]{0,8}?(?:工作|目标|任务)[。:]\s*$")
#: A paragraph opening on the work to be done in so many parts (该县将重点抓好七个方面工作。一是…), or a
#: line leading to them (围绕上述目标,重点抓好以下8个方面工作:): its figures, and those of the parts
#: numbered below it, are goals, as under a heading of goals: test_a_paragraph_announcing_its_tasks_aims,
#: test_a_line_leading_to_the_tasks_heads_the_parts_below.
TASKS_ANNOUNCED = re.compile(r"[^。\n]{0,16}?(?:(?:将|要)[^。\n]{0,8}?(?:抓好|做好|推进|实施|突出|聚焦)[^。\n]{0,12}?"
                             r"|(?:重点)?(?:抓好|做好|突出|聚焦)以下)"
                             r"(?:[一二三四五六七八九十两]|\d{1,2})个?(?:方面|项|大)(?:重点)?(?:工作|任务|行动|工程)")
#: A span of years a 分别 list runs over, one figure a year (2016-2020年,地区生产总值分别为A、B、C、D、E):
#: test_a_list_over_a_span_of_years_gives_each_figure_its_year.
YEARLY_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年")
#: A lead, within a paragraph, to a list of what is to be done (县政府将…重点抓好15件大事和民生实事。分别是: (1)…):
#: the items after it are goals: test_items_after_a_lead_to_what_will_be_done_are_targets.
LIST_LEAD = re.compile(r"(?:将|要)[^。!?\n]{0,40}?(?:抓好|做好|办好|实施|推进|完成)[^。!?\n]{0,30}?[。,,]?\s*"
                       r"(?:分别是|具体是|具体为|主要是|主要有|包括)\s*:")
#: A line closing on a lead to goals listed in the paragraphs below it (今后五年…的主要目标是:;
#: 2024年经济社会发展的主要预期目标是:; 到2017年…。具体目标任务如下:): test_a_line_opening_goals_heads_the_paragraphs_below.
GOALS_LEAD = re.compile(r"(?:目标|预期指标|主要指标)(?:任务)?(?:建议|拟定|确定)?(?:是|为|如下)?:\s*$")
#: Between a local year (2015年的, 上年的) and the numbers it dates: nothing, or the rest of a
#: ratio (由上年的0.04:65.24:34.72调整为…): test_last_years_structure_keeps_its_year
LOCAL_REACH = re.compile(r"的?\s*(?:[\d.]+\s*:\s*)*")
#: After a year: figures as revised since (2021年核实后的16.0:40.7:43.3), dated by it alone.
REVISED_FIGURES = re.compile(r"(?:核实|修订|核定|调整)后的\s*")
#: After a year: an amount that is the base of a multiple (是2007年1080亿元的2.27倍).
BASE_AMOUNT = re.compile(r"\s*[\d.]+\s*[万亿]?[\u4e00-\u9fff]{0,3}的\s*[\d.]+\s*倍")
#: After a period: the base of a multiple (“十二五”末的5.8倍, “十二五”的8.25倍).
PERIOD_MULTIPLE = re.compile(r"[”\"]?\s*(?:末|期末|时期)?的\s*[\d.]+\s*倍")
COMPARISON_AFTER = re.compile(r"[”\"]?\s*(?:相比|比较|对比|同期(?:相)?比)|\s*(?:[末底]?的)?\s*[\d.]+\s*倍"
                              r"|(?:同期)?的?[高大]?基数|(?:同期)?的?(?:良好)?基础上")
#: Words for the document's own time (目前全市…达44家): the year of its date, a fact.
CURRENT_WORDS = re.compile(r"截至目前|截止目前|目前|当前|现阶段|现在|近年来|近几年来|近几年")
#: What a place has now (现有国家高新技术企业18家, not 在现有基础上): a stock as last counted, of the
#: year its date closes (the year before in a text of a year's first months):
#: test_what_a_place_has_now_is_its_last_count.
HAS_NOW = re.compile(r"(?<![在按以对利])现有(?!的|基础|水平|规模)")
#: Five-year-plan periods (“十三五”期间, 十四五末, 到“十四五”末): test_five_year_periods_give_the_year
#: The short name of a five-year period: 十一五 … 十五五 as printed, the older 九五 and 十五 only
#: quoted or before 时期/期间/计划/规划/末 (not 十五届, 第十五): test_older_five_year_periods_give_the_year
PERIOD_NAME = (r"十[一二三四五]五|(?<=[“\"])[九十]五(?=[”\"])"
               r"|(?<![\d〇零一二三四五六七八九十第])[九十]五(?=时期|期间|计划|规划|末)")
PERIOD = scanner("九十", rf"(?P<name>{PERIOD_NAME})\s*[”\"]?\s*(?P<suf>期间|时期|以来|末期|末|初期|初|开局之年|收官之年)?")
PERIOD_BEFORE = re.compile(r"(?P<pre>到|至|截至|截止)\s*[“\"]?\s*$")
#: A period opening a change (从“十二五”末X增加到Y): it dates the start values, up to the verb's 到/至,
#: or up to the verb where none follows (从“十二五”末的501.79亿元提升突破900亿元):
#: test_a_period_after_from_dates_only_the_start_of_the_change
PERIOD_FROM = re.compile(r"[从由]\s*[“\"]?\s*$")
UP_TO = re.compile(rf"到|至|{CHANGE_VERBS}|突破")
#: A heading announcing what is to be done: its numbers lean to targets (二、2024年工作安排; 2024年重点指标:
#: test_a_heading_of_the_years_key_indicators_lists_targets).
TARGET_HEADING = re.compile(r"目标|任务|安排|计划|打算|思路|举措|措施|重点指标|预期指标")
#: The last words of a document's title (…远景目标纲要, …规划): a line ending so is a title, not a heading.
DOCUMENT_TITLE_END = re.compile(r"(?:纲要|规划)$")
#: An unnumbered heading telling how goals or measures fared (政策措施加力显效, 计划执行情况) announces
#: none: test_an_unnumbered_heading_on_measures_taking_effect_is_no_goal.
GOALS_FARED = re.compile(
    r"(?:目标|任务|安排|计划|举措|措施)[\u4e00-\u9fff]{0,4}?(?:显效|见效|有力|有效|落地|到位|完成|执行|落实)"
)
#: A line naming goals and nothing after them (2019年预期目标): at a page's top it heads a list, where a
#: title naming a plan (…行动计划) heads a whole document.
GOALS_LINE = re.compile(r"目标\s*$")

# --- indicator tables ----------------------------------------------------------------------------

#: A header cell naming a year column: ``2025年``, ``2020年(基期)``, ``2025年目标值``.
TABLE_YEAR = re.compile(rf"({YEAR_DIGITS})\s*年?(?:底|末)?\s*(\D*)")
TABLE_BASE_LABEL = re.compile(r"基期|基数|基准|基年|现状|实际|完成")
TABLE_TARGET_LABEL = re.compile(r"目标|预期|规划")
TABLE_NAME_LABEL = re.compile(r"指标|名称")
#: A column of goals or of results with no year in its head (年初目标, 全年完成数, 实际完成):
#: test_a_table_of_goals_and_results_takes_its_captions_year.
STATUS_COLUMN = re.compile(r"(?:年初|年度|全年|计划|预期)?(?:目标|预期|计划)(?:值|数)?|(?:全年|年度|实际|累计)?完成(?:数|值|情况)?|实际(?:值|数)?")
TABLE_RESPONSIBLE_LABEL = re.compile(r"责任|牵头|负责")
TABLE_UNIT_LABEL = re.compile(r"(?:计量)?单位")  # test_a_unit_column_headed_jiliang_danwei
#: A column of change beside a year's (指标名称 | 单位 | 2023年 | 增长(%)): a statistics table of that
#: year, not a plan's table of goals: test_a_years_table_with_a_unit_column_and_its_change.
CHANGE_COLUMN = re.compile(r"增长|增速|增幅|比上年|同比|增减|±")
TABLE_ATTRIBUTE_LABEL = re.compile(r"属性|性质|类型")
TABLE_COMPARATORS = {"≥": ">=", ">=": ">=", ">": ">", "≤": "<=", "<=": "<=", "<": "<=", **PREFIX_COMPARATORS}
TABLE_VALUE = re.compile(
    "(?P<cmp>" + "|".join(map(re.escape, sorted(TABLE_COMPARATORS, key=len, reverse=True))) + r")?\s*"
    rf"(?P<num>{NUMBER_PATTERN})(?P<approx>[余多])?\s*(?P<unit>(?:{UNIT_PATTERN}){PER_PATTERN})?\s*(?P<suf>以上|以下|以内|左右)?"
)
TABLE_PLACEHOLDER = re.compile(r"[-—–/]+|无")
TABLE_UNIT = re.compile(r"([万亿]*)\s*([^/]+?)(?:/(.+))?")
UNIT_IN_NAME = re.compile(r"\s*\(([^()]{1,8})\)\s*$")
MAX_HEADER_CELL = 15

# --- statistical tables (columns not years), flattened one cell a line --------------------------

#: A table's caption (表1 2017年人口数及其构成, 表1-1 单位数与个体经营户数).
CROSSTAB_CAPTION = re.compile(r"\s*表\s*[\d一二三四五六七八九十]+(?:-\d+)?")
#: An index's base (上年=100, (2015年=100)): the values under it are indices, figures without a
#: unit (test_a_price_index_table_gives_its_indices).
INDEX_BASE = re.compile(r"[((]?(?:上年同期|去年同期|上年|\d{4}年)\s*=\s*100[))]?")
#: A column head saying its values are indices (指 数, 价格指数(上年=100)).
INDEX_HEAD = re.compile(r"指\s*数|" + INDEX_BASE.pattern)
#: A line stating the unit of every column (单位:人), or a caption closing on it in brackets (图2:…涨跌幅度(%)).
CROSSTAB_UNIT_LINE = re.compile(r"单位\s*:\s*([^\s|,。;]{1,6})|^\s*[图表]\s*\d*[^|\n]*\((%)\)[\s|]*$", re.MULTILINE)
MAX_CROSSTAB_CELL = 24
#: A table column of goals (预期目标, 年度目标, 计划数) and one of ranks (全省排名, 位次).
COLUMN_GOAL = re.compile(r"目标|预期|计划数|任务数")
COLUMN_RANK = re.compile(r"排名|排位|位次|名次")

# --- document card -------------------------------------------------------------------------------

#: Card field → metadata labels (spaces removed) that print it on government pages.
CARD_LABELS: dict[str, set[str]] = {
    "title": {"名称", "标题", "文件名称", "建议标题", "提案标题"},  # the last two: a reply's box
    "index": {"索引号"},
    "issuer": {"发布机构", "发文机关", "发文单位", "发布单位", "制发机关", "公开主体"},
    "source": {"来源", "信息来源"},
    "doc_number": {"发文字号", "文号", "文件编号", "备注/文号"},
    "signed": {"成文日期", "成文时间"},
    "published": {"发布日期", "发文日期", "发布时间", "公开日期", "发布", "日期"},
    # Labels of no card field, known only so that they end the value before them on a line that
    # prints several (组配分类 重点工作 发布机构 区科技局; 作者:佚名 来源:某市统计局 时间:…):
    # test_several_labels_on_one_line_each_end_the_value_before
    "other": {"作者", "时间", "字体", "字号", "浏览量", "浏览次数", "主题分类", "体裁分类", "组配分类", "公开方式", "公开范围",
              "生成日期", "有效性", "废止依据"},
}
#: Lines at the head of a text searched for the card.
HEAD_LINES = 60
#: Words a document title ends in or contains.
TITLE_WORDS = re.compile(r"方案|计划|规划|纲要|要点|意见|办法|措施|通知|报告|公报|答复|复函|问答|答记者问|解读|通报|决定|总结|新闻|发布会")
#: A title the page ran into its body on the first line (a title word ends it, a space parts it
#: from the first sentence): test_a_title_run_into_the_body_on_its_line.
#: The salutation (各位代表:) or the byline (发布时间:…) may follow with no break at all:
#: test_titles_of_pages_that_lost_their_line_breaks.
RUN_IN_TITLE = re.compile(
    r"^(?P<title>[^\s。,;:“”]{6,80}?(?:公报|报告|规划|方案|计划|纲要|要点|意见|通知|总结))(?:\s+\S|(?=各位代表|各位委员))"
    r"|^(?P<headline>[^\s。,;:“”]{6,60})\s+(?=(?:发布时间|发布日期|来源|时间)\s*:)"
)
#: A news byline standing at a line's start: 本报讯(记者…), 某某网1月24日讯, a reporter line
#: (某报·某新闻记者 甲 乙) or an editor's (编辑:, 初审编辑:): test_a_news_byline_is_no_title_and_the_line_above_it_is.
NEWS_BYLINE = re.compile(r"^(?:本报讯|本报记者|[^。]{0,20}?\d{1,2}月\d{1,2}日(?:讯|电)|[^。]{0,20}?记者[\s:]|[^。]{0,12}记者[^。]{1,16}报道\s*$|[\u4e00-\u9fff]{0,2}(?:编辑|审核|校对|责编)\s*:)")
#: Page navigation, never a title: breadcrumbs (当前位置: 首页>…), a paper's page and item links
#: (第02版:要闻 上一版 下一版, 上一篇 下一篇, 返回主页 | 版面导航): test_a_repeated_headline_above_a_news_byline.
#: A portal's welcome banner (欢迎访问某某区网站), its font and print controls (【字体:大 中 小】, 打印 关闭)
#: are page furniture too: test_a_portal_banner_is_no_title; so are its contact lines (新闻热线: …
#: 投稿邮箱: …): test_a_pages_staff_and_contact_lines_are_no_title.
NAVIGATION = re.compile(
    r"上一[版篇页]|下一[版篇页]|^第?[A-Z]{0,2}\d+版|当前位置|当前所在(?:的)?位置|您的位置|^(?:政务公开|信息公开|新闻中心|政府信息公开)$|首页\s*>|>>|返回主页|版面导航|打印本页|【打印】"
    r"|^(?:您好[,!]?\s*)?欢迎(?:访问|光临|来到)|^(?:新闻|报料|举报|咨询|服务)?(?:热线|投稿邮箱|联系电话|电话)\s*:|【?字体:?\s*\[?大|(?:打印|关闭)\s*(?:本页|窗口)?\s*[|\s]\s*(?:打印|关闭)"
    # a portal's links and counters (设为首页 | 加入收藏, 往期阅读, 语音阅读, 浏览次数) and breadcrumbs
    # printed with two arrows or from an arrow (首页 新闻 > 科技 > 正文; > 信息公开 > 工作计划)
    r"|设为首页|加入收藏|往期阅读|语音阅读|浏览次数|放大\s*缩小|>[^>]*>|^\s*>|登录\s*[|/]\s*注册|会员登录|用户中心\s*\||^首\s*[页頁]\s|共\d+个回答"
    # a link to more pages (点击查阅更多2023年地方政府工作报告): test_a_link_to_more_pages_is_no_title
    r"|^(?:点击)?(?:查阅|查看|阅读|浏览)更多"
    # a line of a date, time or count alone (2017-11-08, 6283): test_site_chrome_is_no_title
    r"|^[\d\s:./\-年月日]+$"
    # a paper's page (当前版:02版): test_a_column_tag_a_speaker_line_and_a_page_number_are_no_title
    r"|^当前版\s*:"
    # a site's copyright line (某省商务厅 版权所有): test_a_copyright_line_is_no_title_and_a_source_ends_at_its_date
    r"|版权所有|Copyright|All Rights Reserved"
    # a breadcrumb set off by slashes (首页/ 政务公开/ 统计公报/ 正文) and a photo's caption (大會現場 某某 攝,
    # 新闻发布会现场, 图为…): test_a_slashed_breadcrumb_and_photo_captions_are_no_title
    r"|^首[页頁]\s*/|/\s*正文$|\s[\u4e00-\u9fff]{2,4}\s*[摄攝]$|^[\u4e00-\u9fff]{2,8}(?:现场|現場)$|^(?:图为|圖為)"
    # a portal's modes and an app's or loader's prompts (长者专版 / 某县人民政府, 无障碍浏览, 打开某某新闻
    # 查看精彩图片, 等待处理…): test_a_portals_modes_and_an_apps_prompts_are_no_title
    r"|长者(?:专版|模式|版)|关怀版|无障碍(?:浏览|阅读)?$|^打开[^,。]{1,10}查看|^(?:等待|正在)(?:处理|加载)"
    # a share prompt (微信扫一扫, 分享到:) and the rest of a tag the page's stripping cut (…综合广播">):
    # test_a_share_prompt_and_a_tags_remnant_are_no_title
    r"|扫一扫|^分享到|\">\s*$"
    # a link back up (返回上一级, 返回列表) and a menu of short channels (头条 热门 重磅原创 PPP 地方 教育):
    # test_a_link_back_and_a_menu_of_channels_are_no_title
    r"|^返回(?:上一级|上级|列表|顶部)|^(?:\S{2,4}\s+){5,}\S{2,4}$"
    # a portal's links to its app and accounts (移动端应用, 政务微信, 智能问答, 登录个人中心), a photo's tag
    # (【资料图】) and a caption of the meeting's hall (县十八届人大三次会议会场):
    # test_a_portals_app_links_a_photo_tag_and_a_halls_caption_are_no_title
    r"|^(?:移动端(?:应用)?|手机版|政务(?:微信|微博)|智能(?:问答|客服)|(?:登录)?个人中心)$"
    r"|^【(?:资料图片?|图片|组图|视频)】$|^[\u4e00-\u9fff]{4,16}会场$"
)
#: An outlet's lead (国际在线江苏频道消息:近半年来,…) and a paper's name alone on a line of the head, with its app
#: at most (南方日报 南方+; 松江报): the news item's outlet: test_an_outlets_lead_or_its_name_alone_is_the_issuer.
OUTLET_NEWS_LEAD = re.compile(r"^(?P<outlet>[\u4e00-\u9fff]{2,12}(?:网|台|频道|日报|晚报|新闻))消息\s*:")
PAPER_ALONE = re.compile(r"^(?P<outlet>[\u4e00-\u9fff]{1,8}(?:日报|晚报|早报|时报|商报|(?<![告公简通情快喜捷汇电])报))(?:\s+\S{1,6})?$")
#: A newspaper's page line with its date (第04版:两会特刊 2026年01月21日): the issue's date.
PAPER_PAGE_DATED = re.compile(r"^第?[A-Z]{0,2}\d+版\s*[::][^\n]{0,20}?(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*$")
#: A main headline led by its place (句容:凝聚奋进力量 奏响发展强音) under a kicker.
PLACE_LED_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,6}:\s*[\u4e00-\u9fff“]")
#: A title's decorative tail (……召开******, ★★★) and a file name's extension (某区科技局工作总结.docx)
#: are not part of it: test_a_file_name_title_loses_its_extension_and_decorations.
#: A document site's tag after it (…政府工作报告VIP专享) is not part of it either.
TITLE_TAIL = re.compile(r"(?:\s*[*★☆※#=~_]+|\.(?:docx?|pdf|wps|xlsx?|txt|pptx?)|\s*(?:VIP|会员)专享)+\s*$", re.IGNORECASE)
FILE_NAME_TITLE = re.compile(r"\.(?:docx?|pdf|wps|xlsx?|txt|pptx?)\s*$", re.IGNORECASE)
#: A paper's or site's name standing with the page's date and nothing else (青岛晚报 2023年01月14日,
#: 某某新闻 @2022-01-14): a byline: test_a_paper_and_its_date_under_the_headline,
#: test_an_outlet_and_its_date_under_the_headline.
PAPER_DATELINE = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|商报|时报|新闻|新闻网|网))\s*@?\s*"
    r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:字号|字体)?\s*:?\s*(?:[大中小]字?\s*){1,3})?$"  # the page's font controls after it (大字)
)
#: A paper's own item (本报讯, 本报记者): its issuer is the paper the page names (返回主页 | 某城日报 |):
#: test_a_papers_own_item_is_issued_by_the_paper.
OWN_PAPER_CUE = re.compile(r"本报讯|本报记者")
#: An outlet's dateline (中新网某地3月5日电, 新华社北京3月5日电, 某某新闻网1月24日讯) or reporter line
#: (某某新闻记者 甲某): the outlet wrote the item; 本报 is the paper's own (see OWN_PAPER_CUE), a joint
#: byline (某日报·某新闻记者) names no single outlet and a bare 融媒体记者 none:
#: test_a_news_outlet_in_its_dateline_or_reporter_line_is_the_issuer.
#: Also without a date (每日甘肃网兰州讯, 信息兰州网消息): test_an_outlets_dateline_without_a_date
OUTLET_DATELINE = re.compile(
    # in brackets (【某某商報網訊】), in traditional script, a portal (某某信息港), or a paper and its
    # site (某某日报 - 某某之窗讯): test_outlets_of_datelines_in_brackets_or_traditional_script
    r"^(?!本报|本网|本站)[《【]?(?P<outlet>[\u4e00-\u9fff]{1,8}(?:新闻网|网|社|报|電視台|电视台|台|新闻|新聞|財訊|财讯"
    r"|财经|頭條|头条|客户端|信息港|網|報))》?"
    # the place may stand after a space (中新网 白山6月4日电): test_a_source_naming_a_code_is_no_issuer
    r"(?:\s*[-—]\s*[\u4e00-\u9fff]{2,8}?(?:讯|訊)|\s?[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?)?(?:电|讯|電|訊)|[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日消息|\s*消息|\s*报道|记者)"
)
#: Any outlet's dateline before its reporters (交汇点讯(记者 某某), 某某网(某某日报网)讯(记者…)), and an
#: outlet crediting itself as the producer (出品 | 某某融媒体中心): test_an_outlet_named_by_its_reporters_dateline_or_as_producer.
REPORTERS_DATELINE = re.compile(r"^(?!本报|本网|本站|本刊|本台)(?P<outlet>[\u4e00-\u9fff]{2,8}(?:\([\u4e00-\u9fff]{2,10}\))?)讯\s*\((?:记者|通讯员)")
PRODUCED_BY = re.compile(r"^\s*出品\s*[|:]\s*(?P<outlet>[\u4e00-\u9fff]{2,16})\s*$")
#: A source named inside a byline or in a closing note (2023/10/11 16:38 来源:某某网; (来源:某市科学技术局)):
#: test_a_source_in_a_byline_or_a_closing_note_is_the_issuer.
#: 計畫, the traditional spelling of 计划, comes out of character-by-character normalisation as 计画:
#: test_a_traditional_plan_title
WORD_FIXES = {"计画": "计划"}
#: The source may be followed by other labels (内容来源:某某日报 发布时间:2026年03月06日 浏览次数:79次):
#: test_a_source_followed_by_other_labels
SOURCE_IN_LINE = re.compile(
    r"^\(?.*?(?:内容|信息|稿件)?来源\s*:\s*(?P<name>[^\s()|:]{2,30})(?:\s*\)?$|\s+[^\s:]{2,6}\s*:|\s+(?:记者|通讯员)|\s*\|)"
)
#: A source running into an editor's label (来源:新华社责任编辑:某某) is an editor line: no issuer:
#: test_a_source_in_a_byline_or_a_closing_note_is_the_issuer.
#: A byline of the page's date (and time, and a counter) and then its outlet (2022-07-07 17:05 中国发展网 某某,
#: 2020年04月28日 06:56 某某晚报): test_an_outlet_after_the_pages_date_issues_the_news.
DATED_OUTLET = re.compile(r"^(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d+)?"
                          # a zone's own page (2024-03-04 某某高新区): test_a_zones_dated_line_is_the_byline_under_its_headline
                          r"\s+(?P<outlet>[\u4e00-\u9fff]{2,10}(?:网|报|新闻|电视台|客户端|融媒体中心|高新区|开发区))(?=\s|$)")
#: A site's own item crediting another outlet's reporter (本网西安讯(某某报·某某新闻网记者 某某)):
#: test_outlets_of_datelines_in_brackets_or_traditional_script.
CREDITED_REPORTER = re.compile(r"^(?:本网|本站)[\u4e00-\u9fff]{0,6}(?:讯|电)\s*\((?P<outlet>[\u4e00-\u9fff·]{2,30}?)(?:记者|通讯员)")
EDITOR_LABEL = re.compile(r"(?:责任)?编辑|作者|记者(?!站)")
#: Sources naming no outlet (来源:本站, 来源:原创, 来源:网络综合): no issuer.
NO_OUTLET = re.compile(r"^(?:本站|本网|原创|网络|综合|互联网|未知|不详|转载|办公室$)")  # 来源:办公室: an office of whom?
#: A place or state in an organ's name; a bureau named by its function alone (科技局, 统计局) in a
#: title names no issuer: test_a_bureau_without_a_place_opening_a_title_is_no_issuer.
ORGAN_PLACE = re.compile(r"[省市区县州旗盟镇乡]|国家|国务院|中华人民共和国|中国")
#: (a link to it, 点击上虞日报, names the paper after the verb)
NEWSPAPER = re.compile(r"(?<![\u4e00-\u9fff])(?:点击|访问)?(?P<paper>[\u4e00-\u9fff]{2,6}(?:日报|晚报|早报|商报|时报))(?![\u4e00-\u9fff])")
#: An issuer a page prints without its place (市科技局, 区科技局): the text's full name for it
#: (鄞州区科技局) or the organ its title opens with is preferred: test_an_issuer_without_its_place.
ABBREVIATED_ISSUER = re.compile(r"^[市区县]")
PLAN_TITLE_WORDS = re.compile(r"方案|计划|规划|纲要|要点|安排")
#: An issuing body's name: government, bureau, committee, office, zone administration.
#: A post held in an organ (县委书记, 局长): the organ before it names an official, not the issuer.
OFFICIAL_POST = re.compile(r"副?(?:书记|常委|主任|局长|主席|委员|代表)")
ISSUER_SUFFIX = re.compile(
    r"^[\u4e00-\u9fff()&A-Z]{2,40}?(?:人民政府办公室|人民政府办公厅|人民政府|管理委员会|管委会|委员会|办公室|办公厅|局|委|厅|统计局"
    r"|调查队)"
)
#: A title naming a government work report (2020年某市政府工作报告解读), not the progress of its goals
#: in its own year (2025年区政府工作报告目标任务上半年推进情况): see ``DocumentCard.work_report_year``.
WORK_REPORT_NAMED = re.compile(r"政府工作报告(?![^,。]{0,12}?(?:目标|任务|落实|推进|执行|分工|分解|责任|进展|重点工作))")
#: Five-year plan names → (first year, last year).
FIVE_YEAR_SPANS = {"九五": (1996, 2000), "十五": (2001, 2005), "十一五": (2006, 2010), "十二五": (2011, 2015),
                   "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
#: The five-year plans a plan's text may name as its own, by end year (十四五 → 2025): see
#: ``layout.infer_plan_year``.
FIVE_YEAR = {name: FIVE_YEAR_SPANS[name][1] for name in ("十三五", "十四五", "十五五")}
#: A five-year plan named in full (第十四个五年规划): read as its short name (十四五):
#: test_a_five_year_plan_named_in_full_takes_its_period
FIVE_YEAR_IN_FULL = re.compile(r"第(九|十[一二三四五]?)个五年")
#: A year's development plan (某市2023年国民经济和社会发展计划), or the report on how it went, laid
#: before the congress (关于某市2021年国民经济和社会发展计划执行情况与2022年…计划草案的报告;
#: 某区2024年国民经济和社会发展计划上半年执行情况).
DEVELOPMENT_PLAN_REPORT = re.compile(r"(?:国民经济和社会发展|经济社会发展)计划.{0,60}执行情况")
DEVELOPMENT_PLAN = re.compile(rf"(?:国民经济和社会发展|经济社会发展)计划(?:\(草案\))?$|{DEVELOPMENT_PLAN_REPORT.pattern}")
#: A year's tasks at work: how they are going or broken down (2024年第一季度重点工作进展情况一览表,
#: 2023年某局主要目标任务落实情况): an annual plan by name, read as that year's results
#: (``DocumentCard.reading_genre``). A headline telling that they were done (…各项目标任务高质量全面
#: 完成) is news on results: test_a_headline_telling_the_years_tasks_were_done_is_news.
TASKS_AT_WORK = re.compile(r"(?<![\d—\-~])(?:19|20)\d{2}\s*年(?![\d—\-~]).{0,30}(?:重点工作|目标任务|工作任务)"
                           r".{0,12}(?:(?:进展|推进|分解)(?:情况)?|(?:落实|完成)情况)(?:汇总表|一览表|表)?$")
#: Genre from the title, first match wins: a proposal reply and a Q&A before everything, a
#: bulletin, a development plan and a work report before other plans, an annual plan (one year)
#: before a multi-year one.
#: ``card.genre_of`` reads the first five before the body's cues and the last three after them.
GENRE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (genre, re.compile(pattern)) for genre, pattern in (
        # …提案的协办意见: a bureau's opinion on a proposal answers it:
        # test_genres_of_a_proposals_opinion_and_a_work_reports_completion
        ("proposal_reply", r"(?:提案|建议|议案).{0,10}(?:答复|复文|复函|回复|(?:办理|协办|会办)意见)|答复.{0,20}(?:提案|建议)"),
        ("qa", r"答记者问|问答|答问|访谈"),
        # 统计监测报告: a statistics bureau's release: test_a_statistics_bureaus_report_is_a_bulletin
        ("statistical_bulletin", r"统计公报|发展公报|公报|统计监测报告"),
        # 关于…计划执行情况与…计划草案的报告, 某省2023年国民经济和社会发展计划: the year's development
        # plan laid before the congress, an annual plan (read as a report: DocumentCard.reading_genre):
        # test_a_report_on_a_development_plans_execution_is_an_annual_plan,
        # test_a_years_development_plan_for_the_congress_is_an_annual_plan
        ("annual_work_plan", DEVELOPMENT_PLAN.pattern),
        # a headline only mentioning the report (解锁政府工作报告里的…亮点) is news:
        # test_a_headline_mentioning_the_work_report_is_news
        # 某区2020年政府工作报告完成情况: how the report was carried out, the government's own account
        # (not …开幕 某某作政府工作报告, news of its delivery: test_a_headline_telling_the_report_delivered_is_news)
        ("government_work_report", r"(?<!作)政府工作报告(?:\([^)]{0,12}\)|(?:完成|执行|落实)情况)?$|执行情况.{0,60}报告$"
                                   r"|(?<!作政府)(?<!作)工作报告$"),
        # 某市印发科技创新行动方案(2023-2025年): news of a plan, its period after the name:
        # test_an_uncued_past_figure_in_news_on_a_plan_takes_the_year_reviewed
        # 《某省科技创新“十四五”规划》提出2025年…, 某市明确2023年科技工作重点和目标: news telling a
        # plan's goals: test_a_headline_quoting_a_plan_is_news_on_it
        ("news_on_plan", r"解读|印发.{0,30}(?:规划|方案|计划)(?:\(\d{4}\s*[-—–~至]\s*\d{4}年?\))?$|出台|发布会"
                         r"|》\s*(?:提出|明确|要求)|明确.{0,20}(?:目标|重点)$"
                         # 确定2016年目标任务, 为自己新的五年征程定下目标: test_a_headline_setting_goals_is_news_on_a_plan
                         r"|(?:确定|定下|锁定|提出)[^,。:!]{0,16}目标"),
        # …2015年工作总结及2016年工作思路: the later year's plan: test_a_summary_with_next_years_plan
        # 2021年度科技创新发展规划: 年度 marks one year's plan, whatever it is called:
        # test_a_plan_for_one_year_is_an_annual_plan
        # 2024年第一季度重点工作进展情况一览表, 2023年某局主要目标任务落实情况: the year's tasks at work:
        # test_the_progress_of_a_years_tasks_is_an_annual_plan
        ("annual_work_plan", r"(?<![\d—\-~])(?:19|20)\d{2}\s*年度?(?![\d—\-~]).{0,40}(?:工作要点|工作计划|工作方案|工作规划|行动方案|实施方案|工作安排|工作打算|工作思路|工作意见|行动计划|计划|方案|主要目标和任务|目标任务|主要任务|重点任务|重点工作|责任清单|任务清单)(?:的报告)?$"
                             r"|(?<![\d—\-~])(?:19|20)\d{2}\s*年度.{0,40}规划$|" + TASKS_AT_WORK.pattern),
        ("plan", r"规划|行动计划|实施方案|工作方案|方案|纲要|计划|意见|措施|办法"),
    )
)
#: Genres that state what is to be (and no genre at all): their numbers are, by default, targets for
#: the plan's period.
PLAN_GENRES = {"plan", "annual_work_plan", "news_on_plan", "qa", ""}
#: Genre rules read from the title before the body's cues (the rest come after them).
TITLE_FIRST_GENRES = 5
#: A statistics bureau's own report (来源: 某市统计局; 某市高质量发展报告) is a bulletin:
#: test_a_statistics_bureaus_report_is_a_bulletin.
STATISTICS_ISSUER = re.compile(r"统计局$")
STATISTICS_TITLE = re.compile(r"报告|公报|监测|分析")
# --- card: headlines, signatures and untitled excerpts ---------------------------------------

#: A comparison's base year in a headline (比2015年, 较2012年, 与2020年相比).
COMPARED_YEAR = re.compile(r"(?:比|较|与|同)\s*(?:19|20)\d{2}\s*年")
#: A region a mirror puts in brackets before a document's title ((内蒙古自治区), (河南省), (黑龙江)).
MIRROR_REGION = (r"[\u4e00-\u9fff]{2,8}[省市区]|内蒙古|广西|西藏|宁夏|新疆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建"
                 r"|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|北京|上海|重庆")
#: A mirror's wrapping of a title: a place before it ((湖北省)), a pinyin gloss cut from its
#: character ((fā)), and a note or the delivery date after it ((全文), (2022年更新), (2025年1月8日), with the
#: speaker: (2022年1月13日 某某某)).
#: A site's column tag before it (【某某招商】), a year cut from the line after it (…统计公报 2020):
#: test_a_column_tag_a_speaker_line_and_a_page_number_are_no_title, test_titles_of_pages_that_lost_their_line_breaks.
TITLE_WRAPPING = re.compile(
    r"^(?:\([a-zà-ǜ]{1,8}\)|\((?:" + MIRROR_REGION + r")\)|【[\u4e00-\u9fff]{2,8}】"
    r"|【[^】]{2,16}】(?=[\u4e00-\u9fff“《])"  # a series' tag (【十三五成就巡礼˙科技创新篇】): test_a_columns_tag_is_no_part_of_the_title
    r"|\[[\u4e00-\u9fff]{2,3}\]"  # [安徽] 2021年…: test_a_region_tag_in_square_brackets_is_no_part_of_the_title
    # a document site's serial number (077-2021年某市政府工作报告): test_a_sites_serial_number_is_no_part_of_the_title
    r"|(?<!\d)\d{1,3}\s*[-_]\s*(?=(?:19|20)\d{2}年)"
    r"|[─—]{1,2}(?=[\u4e00-\u9fff])"  # a subtitle's dash: test_a_subtitle_standing_as_the_title_loses_its_dash
    # a column's tag before the headline (天天快资讯丨…, 奋斗的某县正青春|…): test_a_columns_tag_is_no_part_of_the_title
    r"|[\u4e00-\u9fff]{2,10}\s*[丨|](?=\s*[\u4e00-\u9fff“《]))\s*"
    r"|\s*\((?:全文|摘要|节选|(?:19|20)\d{2}年(?:更新|\d{1,2}月\d{1,2}日(?:\s*[\u4e00-\u9fff]{2,4})?))\)$"
    r"|\s*[─—\-]{1,2}\s*全文$"  # …政府工作报告—全文: test_a_mirrors_region_and_delivery_date_are_no_part_of_the_title
    # a footnote mark or part number ([1], (2)): test_a_footnote_mark_after_the_title_is_no_part_of_it
    r"|(?<=[\u4e00-\u9fff])\s*(?:\[\d{1,2}\]|\(\d{1,2}\))$"
    # a paper's continuation note ((上接第2-3版), (下转第4版)) and a page title's trail of column and
    # site names (…规划纲要-规划-政务公开-首都之窗): test_a_page_titles_trail_and_a_papers_note_are_no_title
    r"|\s*\((?:上接|下转|接|转)第?[\d\-—、]+版\)$"
    r"|(?<=[\u4e00-\u9fff》”)])(?:\.?(?:docx?|pdf|wps))?(?:\s*[-_|]\s*[\u4e00-\u9fff“”]{2,12}){1,4}$"
    r"|(?<=[报划案要见知结告])\s+(?:19|20)\d{2}$"
    # the space a page puts before the period (某方案 (2023—2025)):
    # test_a_mirrors_region_and_delivery_date_are_no_part_of_the_title
    r"|(?<=[\u4e00-\u9fff])\s+(?=\((?:19|20)\d{2})"
)
#: A speaker's line over a report (市 长 张某某), no title.
SPEAKER_LINE = re.compile(r"[市区县州旗]\s*长\s+[\u4e00-\u9fff]{2,3}")
#: A speaker's line naming the speaker's organ (某市某区人民政府区长 某某, 某区发展和改革委员会主任 某某):
#: a report speaks for that organ: test_a_report_speaks_for_the_organ_of_its_speaker_line. The post may
#: go unsaid (某县发展和改革局 某某): test_a_speaker_line_without_the_post.
SPEAKER_ORGAN = re.compile(
    r"(?P<organ>[\u4e00-\u9fff]{0,30}?(?:人民政府|委员会|局|委))(?:(?:代|副)?(?:[省市区县州旗盟]长|主任|局长)\s*|\s+)"
    r"(?:[\u4e00-\u9fff]\s*){2,4}"
)
#: A line of its own circulating a plan (某市人民政府关于印发某市科技创新“十四五”规划的通知).
CIRCULATION_LINE = re.compile(r"^[^\n。《]{0,30}关于(?:印发|转发)[^\n。]{2,80}?的通知\s*$", re.MULTILINE)
#: An excerpt of a work report without its title (各位代表:, 今年政府工作的总体要求是:, a government
#: working 在人大工委的监督指导下: test_an_untitled_report_under_the_congress_supervision).
UNTITLED_REPORT_CUE = re.compile(r"各位代表|政府工作的?总体要求|政府工作的主要预期目标|人大[\u4e00-\u9fff]{0,6}的[^,。]{0,4}监督")
#: A page telling that someone delivered the report (代市长某某向大会作政府工作报告) is news on it:
#: test_an_untitled_page_telling_of_the_report_is_news.
REPORT_DELIVERED_BY = re.compile(
    # the government named as the one the speaker speaks for, or in the report's name, or the congress addressed;
    # not a bureau chief's own report (局长某某作工作报告) nor the report's spirit cited (…作的政府工作报告精神)
    r"长[\u4e00-\u9fff、]{0,12}?代表[\u4e00-\u9fff]{0,12}?政府[\u4e00-\u9fff]{0,4}?作(?:了|的)?《?(?:政府)?工作报告(?!》?精神)"
    r"|(?:长[\u4e00-\u9fff、]{0,12}?|[\u4e00-\u9fff]{2,4}(?<!我)(?=代表))(?:代表[\u4e00-\u9fff]{0,12}?)?"
    r"(?:向大会作(?:了|的)?《?(?:[\u4e00-\u9fff]{0,12}?政府)?|作(?:了|的)?《?[\u4e00-\u9fff]{0,12}?政府)工作报告(?!》?精神)"
    r"|听取了?[^。\n]{0,24}?政府工作报告(?!起草|征求|》?精神)|^[\u4e00-\u9fff]{2,3}(?<!我)作《?政府工作报告》?$",
    re.MULTILINE)
#: A headline telling of results (…发展质量好于预期, …迈出坚实步伐, 2020年成绩, …目标任务全面完成): news on them.
RESULTS_TITLE = re.compile(r"成绩|成就|成效|好于预期|迈出|取得|回顾|答卷|(?:全面|圆满|超额|顺利)完成")
#: A later page of one, no news about it, states the year's goals in its own voice:
#: test_an_untitled_report_page_by_its_years_goals.
UNTITLED_REPORT_GOALS = re.compile(r"经济社会发展的?主要预期目标是")
#: A salutation ends the head (各位代表:, 各乡镇人民政府,县直各部门:, 尊敬的…:).
SALUTATION = re.compile(r"^(?:各|尊敬的)[^:]*:$|(?:代表|委员|同志|部门|单位|政府|朋友们)[^:]{0,4}:$")

#: Body cues, in the order ``card.genre_of`` reads them: a reply's formula
#: (test_a_reply_without_its_title_line), a report delivered to the congress (我代表…向大会作工作报告;
#: 受区人民政府委托,向大会书面报告: test_a_report_without_its_title_line_has_no_title), and news
#: (本报讯, 记者, 某网1月24日讯, 某局2月8日公布, 新闻网, 编辑:, a paragraph opening with 昨日/近日:
#: test_a_news_item_on_a_work_report, test_untitled_news_by_its_cues).
REPLY_CUE = re.compile(r"现?(?:答复|复函)如下|办理情况如下|办理意见如下")
#: The report speaks in the first person (我代表…, 受…委托); news telling that a governor 代表省政府向大会作
#: 政府工作报告 is news: test_news_on_a_work_report_with_a_years_title.
REPORT_CUE = re.compile(r"(?:我代表|受)[^。\n]{0,30}?向大会[\u4e00-\u9fff]{0,6}?报告")
#: A document speaking of itself (制定本规划, 提出如下实施意见) is a plan though its title is not printed:
#: test_an_untitled_document_naming_itself_is_a_plan.
#: A plan compiled after the proposal it names (本纲要根据《…第十四个五年规划…的建议》编制): a plan, of
#: the five-year period named: test_an_untitled_plan_compiled_after_the_proposal_takes_its_period.
SELF_PLAN_PERIOD = re.compile(r"本(?:规划纲要|规划|纲要)(?:根据|依据|依照)(?:《[^《》]{0,100}》)?[^。《]{0,40}?(?:编制|制定)"
                              # 根据《…第十四个五年规划…的建议》编制本纲要: the same, the other way round
                              r"|(?:根据|依据|依照)《[^《》]{0,100}》[^。《]{0,20}?(?:编制|制定)本(?:规划纲要|规划|纲要)")
#: An untitled plan's preamble opening on its period, with its term or under 序言 (“十四五”时期(2021—2025年),是…;
#: 序言 / “十四五”时期,是…): a plan of that period, not news on its results (“十四五”期间,全县…实现…) nor a
#: review opening “十四五”时期是…不平凡的五年 (see ``card.plan_preamble``):
#: test_an_untitled_plan_opening_on_its_period_is_a_plan_of_it.
PLAN_PREAMBLE = re.compile(r"\A\s*(?P<preface>序\s*言\s*)?[“\"]?(?P<name>十[一二三四五]五)[”\"]?时期\s*(?P<term>\([^()]{0,20}\))?\s*,?\s*是")
SELF_PLAN_CUE = re.compile(
    r"(?:制定|制订|编制)本[\u4e00-\u9fff]{0,4}?(?:规划|方案|计划|纲要|意见|办法|措施)|提出(?:如下|以下)[\u4e00-\u9fff]{0,4}意见"
    + "|" + SELF_PLAN_PERIOD.pattern
)
#: A bureau's account of its year (现将…总结如下, 现汇报如下; 一、2024年工作完成情况), which closes on the
#: next year's plans: untitled, an annual work plan, as annotators call it:
#: test_an_untitled_account_of_a_bureaus_year_is_an_annual_work_plan.
WORK_SUMMARY_CUE = re.compile(r"现(?:将[^。\n]{0,20}?)?(?:总结|汇报)如下|[一二三四五六七八九十]、\s*(?:19|20)\d{2}年度?"
                              r"(?:主要)?工作(?:完成|开展|推进)?情况")
#: The organ an untitled account of a year's work opens on (今年以来,溧阳市科技局紧紧围绕…。现将…汇报如下): its issuer.
ACCOUNT_ORGAN = re.compile(r"(?:^|[,,])\s*(?P<organ>[\u4e00-\u9fff]{2,10}?(?:局|管委会|委员会|办公室))")
#: The outline of a plan (一、总体要求 (一)指导思想, 1.总体目标, (一)发展基础): an untitled excerpt with
#: such a heading is a plan: test_an_untitled_excerpt_by_its_outline.
PLAN_OUTLINE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|\d+[.、.]|第[一二三四五六七八九十]+[篇章]\s)\s*"
    r"(?:总体要求|指导思想|基本原则|总体目标|主要目标|发展目标|发展基础|背景与趋势|总体思路)",
    re.MULTILINE,
)
#: An untitled plan's table of contents naming its five-year period (目 录 / 第一篇 … / 第二篇 “十四五”经济社会发展
#: 总体要求): a plan of that period: test_an_untitled_plans_contents_name_its_period.
PLAN_CONTENTS_PERIOD = re.compile(r"目\s*录\s*\n(?:[^\n]*\n){0,12}?[^\n]*?[“\"]?(?P<name>十[一二三四五]五)[”\"]?")
#: An untitled plan's preface naming the plan it opens (科学编制实施《某市…规划(2021-2025年)》,对于…): its title.
PLAN_NAMED_IN_PREFACE = re.compile(r"编制(?:和?实施)?《(?P<title>[^《》\n]{4,100}?(?:规划|纲要)(?:\(\s*\d{4}\s*[-—–]\s*\d{4}\s*年\))?)》")
#: Numbered items (1、…) of what a year is to bring (全年争取…): an annual work plan without its title.
NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[、.．]", re.MULTILINE)
ANNUAL_WORDS = re.compile(r"全年|年度|今年")
#: A statistics bureau's style: stocks at the year's end and changes on the year before, told
#: without a reporter, meeting or speaker: an untitled bulletin (年末共有…; 比上年增长13.1%), and its
#: sections by sector (一、综合 / 二、农林牧渔业): test_an_untitled_bulletin_by_its_sector_sections.
STATISTICS_STYLE = re.compile(
    r"年末|比上年|较上年|初步测算|初步核算|统一核算"
    r"|(?m:^[一二三四五六七八九十]{1,2}、\s*(?:综合(?:经济)?|农林牧渔业|农业|工业|建筑业|固定资产投资|国内贸易|对外经济|财政|金融|人民生活)\s*$)"
)
MIN_STATISTICS_STYLE = 2
#: Cue words (of either side) an untitled excerpt needs before its genre is guessed from them.
MIN_GENRE_CUES = 2
#: …and a place called by a reporter's 该县/该区 (去年,该县完成技改投入…): test_an_untitled_item_calling_its_place_this_county_is_news
REPORTING_CUE = re.compile(r"记者|会议|召开|举行|表示|介绍|获悉|今年以来|讯|报道|采访|该[县区市镇]")
#: Its own term (规划期限为2021-2025年): the plan's period where no title states it.
PLAN_TERM = re.compile(r"(?:规划|方案|计划)(?:期|期限|实施期限?|时限)(?:为|是|:)\s*((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})")
#: The national statistics bureau's survey team of a place, co-signing its bulletin (国家统计局某市调查队).
SURVEY_TEAM = re.compile(r"国家统计局[\u4e00-\u9fff]{1,12}调查(?:总)?队")
#: A statistics release speaks of its survey's coverage (纳统101家, 实报单位数97家), or opens its
#: sections with 一、综合 (一、综 合, 一、综合经济) as every bulletin does: a bulletin whatever its headline or a
#: meeting its preamble cites says: test_a_statistics_release_by_its_survey_coverage,
#: test_a_bulletins_outline_outweighs_a_meeting_in_its_preamble.
STATISTICS_BODY = re.compile(r"纳统\s*\d|实报单位|统计调查单位|(?m:^\s*一、\s*综\s*合\s*(?:经\s*济)?\s*$)")
NEWS_CUE = re.compile(
    r"本报讯|记者|\d{1,2}月\d{1,2}日(?:讯|电|公布|发布|消息)|新闻网|编辑\s*:|(?:^|\n)\s*(?:昨日|昨天|近日|日前|今天|今日),"
)
#: Turns of an interview (主持人: … 记者: … 问: … 答: …, 【问】 … 【科技局】答:, 网友: in an online one),
#: each opening a line or following a sentence's end (…怎么说? 记者:…): a Q&A whatever its title
#: says: test_an_interview_is_a_qa, test_an_organ_in_brackets_before_a_title,
#: test_turns_run_on_in_one_paragraph_make_a_qa
QA_TURN = re.compile(
    r"(?:^|(?<=[。?!]))\s*(?:(?:【[^】]{1,12}】\s*)?(?:主持人[\u4e00-\u9fff]{0,4}|记者|网友|问|答|问题[一二三四五六七八九十\d]{1,3})\s*:|【(?:问|答)】"
    r"|【(?:主持人|记者)\s*:"
    # a transcript's speaker in brackets (【吴某某】参加今天新闻发布会的…): test_a_transcripts_turns_make_a_qa
    r"|【[\u4e00-\u9fff]{2,4}】(?=[\u4e00-\u9fff“])"
    # a speaker in square brackets before a colon ([主持人某某]:, [某县县长某某]:): test_a_transcripts_turns_make_a_qa
    r"|\[[\u4e00-\u9fff]{2,30}\]\s*:)",
    re.MULTILINE,
)
MIN_QA_TURNS = 2
#: In news, a sentence telling of a plan or goals (news_on_plan) or of results (news_on_results);
#: a sentence with both speaks of goals (预期目标是:…增长5%左右): test_a_news_item_on_a_work_report,
#: test_untitled_news_by_its_cues.
NEWS_PLAN_CUES = re.compile(r"印发|出台|发布了?《|规划提出|方案提出|目标是|预期目标|到20\d\d年|力争|确保|争取|努力实现|今年要|部署")
#: A growth figure is a result unless given as about so much (增长6.5%左右, 分别增长7%和8%左右: a year's goal):
#: test_growth_of_about_so_much_is_a_goal_not_a_result
NEWS_RESULT_CUES = re.compile(
    r"同比|比上年|较上年|增长了?\d+(?:\.\d+)?(?![\d.]|[^,;。\n]{0,8}左右)|已|累计|完成|实现了|取得|截至|总[数量]达"
)

# --- tasks ---------------------------------------------------------------------------------------

#: Heading titles of a plan's preamble: neither they nor their sub-headings are tasks.
TASK_PREAMBLE = re.compile(
    r"总体要求|指导思想|基本原则|发展目标|主要目标|工作目标|总体目标|目标任务$|发展基础|发展现状|现状|背景|总体思路|工作思路|"
    r"面临形势|发展形势|编制依据|重要意义|发展环境|适用范围|工作原则|问题分析|存在问题|存在的问题|问题和不足|短板"
)
#: A paragraph closing a document rather than continuing its last task (最后,再次感谢…; 此复;
#: a signature date; a page number ``- 2 -``).
CLOSING = re.compile(r"\s*(?:最后|此复|特此|附件|抄送|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$|-\s*\d+\s*-)")
#: An issuer at district level (某区人民政府, 某区科技局): its documents name the district's
#: bureaus without the 区 (科技局 = 区科技局); a zone's (高新区, 开发区) do not.
DISTRICT_ISSUER = re.compile(r"(?<!高新)(?<!开发)(?<!经济)(?<!园)区(?:人民政府(?:办公室)?|[\u4e00-\u9fff]{1,6}(?:局|委))$")
#: A bureau named without its level (科技局, 合作交流办, 科创公司), to be read as the district's.
BARE_UNIT = re.compile(r"^(?!区|市|县|镇|街|乡|各|有关|全|国|省)[^区市]{1,10}(?:局|委|办|公司)$")
#: Heading titles that only hold tasks (二、重点任务; 五、保障措施): their sub-headings are the tasks.
TASK_CONTAINER = re.compile(
    # 二、2024年工作安排 in a work report: test_four_tables_with_a_leading_file_column
    r"(?:(?:19|20)\d{2}年度?)?(?:重点|主要|工作|具体)*(?:任务|举措|措施|工作|内容|安排|计划|打算)(?:和|及)?(?:措施|举措|分工)?"
    r"|(?:保障|推进|实施)(?:措施|机制|体系)|组织(?:实施|保障)|实施保障|工作要求|工作保障|进度安排|实施步骤"
)

# --- observations --------------------------------------------------------------------------------

#: A figure for part of a year (1-5月, 上半年, 前三季度): a year-to-date flow ending in that month.
YEAR_TO_DATE = re.compile(r"(?:1|一)\s*[-—–~至到]\s*(?P<last>\d{1,2})\s*月|(?P<last2>上半年|前三季度|一季度)")
#: A figure summed over years (累计, …以来): cumulative, not a year's stock.
CUMULATIVE_CUE = re.compile(r"累计|以来|共计")
