"""The extractor on small hand-written sentences, one or more per construction the issue lists,
plus invariants checked on the raw corpus (offsets, columns, dtypes, order)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.extract import card, crosstabs, layout, mentions, tables, vocabulary
from analysis.extract import COLUMNS, INDICATOR_RULES, UNIT_DEFAULTS, classify_indicator, extract_targets, infer_plan_year
from analysis.numerals import chinese_integer, parse_number
from analysis.text import normalise, strip_html, translation_table

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def rows(text: str, **kwargs) -> pd.DataFrame:
    """Extract and check the offset contract on every row."""
    frame = extract_targets(text, **kwargs)
    for row in frame.itertuples():
        assert text[row.char_start:row.char_end] == row.quote
        assert text[row.value_start:row.value_end] == row.value_text
        assert row.char_start <= row.value_start < row.value_end <= row.char_end
    return frame


def one(text: str, **kwargs) -> pd.Series:
    frame = rows(text, **kwargs)
    assert len(frame) == 1, frame[["value", "unit", "value_text"]]
    return frame.iloc[0]


def values(text: str, **kwargs) -> list[tuple[float, str]]:
    return [(row.value, row.unit) for row in rows(text, **kwargs).itertuples()]


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [("五十", 50), ("二百", 200), ("两", 2), ("一万二千", 12000), ("十五", 15), ("一百零五", 105),
     ("二〇二〇", 2020), ("一亿二千万", 120_000_000), ("十万", 100_000), ("万", 10_000)],
)
def test_chinese_integers(numeral, expected):
    assert chinese_integer(numeral) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("1.2万", 12000), ("4万", 40000), ("6.788亿", 678_800_000), ("三点五", 3.5), ("五十亿", 5_000_000_000), ("80.35", 80.35)],
)
def test_printed_numbers(token, expected):
    assert float(parse_number(token)) == expected


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "value_text"),
    [
        ("全区有效发明专利达到350件。", 350, "件", "350"),
        ("全社会研发投入强度达到３．２％。", 3.2, "%", "３．２"),
        ("全区有效专利数量达到1.2万件。", 12000, "件", "1.2万"),
        ("全區有效專利數量達到4萬件。", 40000, "件", "4萬"),
        ("全区技术合同成交额达到五十亿元。", 50, "亿元", "五十亿"),
        ("力争引进高层次人才二百人。", 200, "人", "二百"),
        ("新增市场主体一万二千个。", 12000, "个", "一万二千"),
        ("新增两家大学科技园。", 2, "家", "两"),
        ("高技术产业增加值占比达到百分之十。", 10, "%", "百分之十"),
        ("高技术产业增加值占比达到百分之三点五。", 3.5, "%", "百分之三点五"),
        ("安排科技专项资金1000万元。", 0.1, "亿元", "1000万"),
        ("实际利用外资到位6.788亿美元。", 6.788, "亿美元", "6.788亿"),
        ("实际利用外资500万美元。", 0.05, "亿美元", "500万"),
        ("全区平均每万人拥有发明专利80.35件。", 80.35, "件/万人", "80.35"),
    ],
)
def test_numbers_units_and_normalisation(sentence, value, unit, value_text):
    row = one(sentence)
    assert (row.value, row.unit, row.value_text) == (pytest.approx(value), unit, value_text)


def test_scale_phrases_qualify_the_count_that_follows():
    assert values("新培育百亿级企业7家，十亿级企业15家。") == [(7, "家"), (15, "家")]
    assert values("其中投资百亿以上项目不少于1个，50亿以上项目不少于2个。") == [(1, "个"), (2, "个")]
    assert values("培育曙光信息等7家百亿级龙头企业。") == [(7, "家")]


def test_a_scale_phrase_without_a_count_is_the_amount():
    row = one("打造网络信息安全千亿级产业集群。")
    assert (row.value, row.unit, row.value_text, row.indicator) == (1000, "亿元", "千亿", "growth")
    assert values("实现五十亿产业规模。") == [(50, "亿元")]


def test_amounts_describing_what_is_counted_are_not_targets():
    row = one("培育10家以上营业收入超10亿元的龙头企业。")
    assert (row.value, row.unit, row.indicator) == (10, "家", "enterprises")


# --- comparators, modality, quantity ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "comparator", "modality"),
    [
        ("科技创新平台达到30个以上。", ">=", "达到"),
        ("引进人才1000人以上。", ">=", "以上"),
        ("新增入库项目不少于40个。", ">=", "不少于"),
        ("获批资金不低于3亿元。", ">=", "不低于"),
        ("每场至少邀请20家企业参会。", ">=", "至少"),
        ("全区高新技术企业总量突破530家。", ">", "突破"),
        ("力争全区有效专利超过20000件。", ">", "力争超过"),
        ("研发投入强度达到3%左右。", "~", "达到"),
        ("总投资约20亿元。", "~", "约"),
        ("发放科技贷款不超过2亿元。", "<=", "不超过"),
        ("全社会研发投入强度力争达到3.2%以上。", ">=", "力争达到"),
        ("确保实际利用内资到位160亿元。", ">=", "确保"),
        ("科技领军企业累计达到12家。", ">=", "累计达到"),
        ("雏鹰企业新增51家。", ">=", ""),
        ("社会消费品零售总额超60亿元。", ">", "超"),
        ("资产负债率不超60%。", "<=", "不超"),
        ("食品加工产业产值迈上200亿元台阶。", ">=", "迈上"),
    ],
)
def test_comparators_and_commitment_words(sentence, comparator, modality):
    row = one(sentence)
    assert (row.comparator, row.modality) == (comparator, modality)


@pytest.mark.parametrize(
    ("sentence", "quantity"),
    [
        ("科技领军企业累计达到12家。", "level"),
        ("有效国家高新技术企业数量达到1540家。", "level"),
        ("雏鹰企业新增51家。", "increment"),
        ("新认定瞪羚企业47家。", "increment"),
        ("吸引超过100家校友企业入驻。", "increment"),
        ("全区技术合同成交额达到60亿元。", "flow"),
        ("举办对接活动20场以上。", "flow"),
        ("培训技能人才1万人。", "flow"),
        ("生物医药产业规模实现年增长10%以上。", "growth_rate"),
        ("全社会研发投入强度达到3.2%。", "share"),
        ("战略性新兴产业增加值占规模以上工业增加值比重达到18%。", "share"),
    ],
)
def test_quantity(sentence, quantity):
    assert one(sentence).quantity == quantity


def test_year_on_year_growth_is_a_growth_rate_of_the_amount_before_it():
    frame = rows("实际利用外资到位6.788亿美元，同比增长4%。")
    assert frame[["indicator", "quantity", "value", "unit"]].values.tolist() == [
        ["investment", "flow", 6.788, "亿美元"],
        ["investment", "growth_rate", 4.0, "%"],
    ]


def test_a_list_shares_its_verb_and_the_quantity_it_implies():
    frame = rows("2020年，引进国家科技型中小企业150家，引进雏鹰企业100家，瞪羚企业20家。")
    assert frame.quantity.tolist() == ["increment"] * 3
    assert frame.indicator.tolist() == ["tech_smes", "chuying_enterprises", "dengling_enterprises"]


def test_a_number_with_its_own_verb_does_not_share_the_verb_before_it():
    frame = rows("新增雏鹰企业100家，瞪羚企业达到50家。")
    assert frame.quantity.tolist() == ["increment", "level"]


def test_a_new_subject_does_not_share_the_verb_before_it():
    frame = rows("举办创新创业大赛3场，参赛项目不少于200个。")
    assert frame[["indicator", "quantity"]].values.tolist() == [["events", "flow"], ["projects", "level"]]


# --- several numbers in a sentence ----------------------------------------------------------------


def test_respectively_gives_each_number_its_own_indicator_and_shares_the_quote():
    text = "到2022年，“雏鹰”企业、“瞪羚”企业、科技领军（培育）企业分别达到280家、30家和25家。"
    frame = rows(text)
    assert frame[["indicator", "value"]].values.tolist() == [
        ["chuying_enterprises", 280], ["dengling_enterprises", 30], ["leading_enterprises", 25],
    ]
    assert frame.quote.nunique() == 1 and (frame.modality == "达到").all() and (frame.year == 2022).all()


def test_numbers_before_their_nouns():
    text = "力争到2023年底区内聚集500家国家级高新技术企业，30家瞪羚企业，10家领军（培育）企业。"
    frame = rows(text)
    assert frame.indicator.tolist() == ["high_tech_enterprises", "dengling_enterprises", "leading_enterprises"]
    assert (frame.modality == "力争").all() and (frame.year == 2023).all()


def test_the_counted_noun_after_a_number_decides_its_indicator():
    frame = rows("区政府将安排不低于1亿元的科技创新专项资金，支持不少于100家企业开展研发活动。")
    assert frame[["indicator", "indicator_text"]].values.tolist() == [
        ["funds", "科技创新专项资金"], ["enterprises", "企业开展研发活动"],
    ]


def test_percentage_points_are_their_own_unit():
    row = one("到2025年，全市研发投入强度提高0.5个百分点。")
    assert (row.value, row.unit, row.indicator, row.quantity) == (0.5, "百分点", "rd_intensity", "growth_rate")
    assert one("研发投入强度达到3%。").unit == "%"


def test_a_unitless_number_in_a_list_takes_the_unit_of_its_neighbours():
    frame = rows("国家科技型中小企业325家，雏鹰企业105， 瞪羚企业16家。")
    assert values("国家科技型中小企业325家，雏鹰企业105， 瞪羚企业16家。") == [(325, "家"), (105, "家"), (16, "家")]
    assert "no unit printed" in frame.note.iloc[1]


# --- years and kinds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("到2022年，全区有效发明专利达到3500件。", 2022),
        ("力争到2023年底，全区高新技术企业达到500家。", 2023),
        ("某区科技创新三年行动计划（2020-2022年）\n全区有效发明专利达到3500件。", 2022),
        ("某区落实《天津市科技创新三年行动计划(2020-2022)》工作方案\n全区有效发明专利达到350件。", 2022),
        ("天津高新区2020年新动能引育工作方案\n新增高企250家。", 2020),
        ("某区2021年科技工作要点\n今年力争全区高企数量达到600家。", 2021),
        ("某区“十四五”科技创新规划\n全区高企数量达到600家。", 2025),
        ("全区高企数量达到600家。", None),
    ],
)
def test_year(text, year):
    row = one(text)
    assert (None if pd.isna(row.year) else row.year) == year
    assert row.kind == "target"


def test_default_year_overrides_the_inferred_one():
    assert one("全区高企数量达到600家。", default_year=2024).year == 2024


def test_an_assumed_year_is_noted():
    assert "plan end year 2022 assumed" in one("某区三年行动计划（2020-2022年）\n全区高企数量达到600家。").note
    assert one("到2022年，全区高企数量达到600家。").note == ""


def test_from_to_pair_gives_two_baselines():
    frame = rows("全社会研发投入强度由2015年的2.57%增长到3.25%。")
    assert frame[["kind", "value", "indicator"]].values.tolist() == [
        ["baseline", 2.57, "rd_intensity"], ["baseline", 3.25, "rd_intensity"],
    ]
    assert frame.year.iloc[0] == 2015


def test_from_to_pair_with_a_future_year_ends_in_a_target():
    text = "某区规划（2021-2025年）\n全社会研发投入强度由2020年的2.5%提高到2025年的3%。"
    frame = rows(text)
    assert frame[["kind", "year"]].values.tolist() == [["baseline", 2020], ["target", 2025]]


@pytest.mark.parametrize(
    "text",
    [
        "某区行动计划（2020-2022年）\n2019年，全区规模以上工业总产值达到1200亿元。",
        "截至2020年底，全区累计认定国家高新技术企业856家。",
        "目前，全区共有众创空间15家。",
        "一、发展现状\n全区现有国家级孵化器2家。",
        "二、发展基础\n全年技术合同认定登记额达58亿元。",
    ],
)
def test_baselines(text):
    row = one(text)
    assert row.kind == "baseline"
    assert row.comparator == "="


def test_a_month_end_date_gives_the_year():
    row = one("截止2021年6月底，全区已培育专精特新企业12家。")
    assert (row.kind, row.year) == ("baseline", 2021)


def test_baseline_qualifiers_keep_their_comparator():
    assert one("2020年，南开区共有各类科技企业市场主体5000余家。").comparator == ">"


def test_a_sentence_opening_with_the_plan_year_in_an_annual_plan_is_a_target():
    row = one("天津高新区2020年工作方案\n2020年，引进雏鹰企业100家。")
    assert (row.kind, row.year) == ("target", 2020)


def test_quoted_city_goals_take_the_year_stated_before_them():
    text = "支撑全市2024年实现“14337”(高新技术企业达到1万家，科技型上市企业达到70家)目标计划，特制定2020年度工作方案。"
    frame = rows(text)
    assert frame[["value", "year"]].values.tolist() == [[10000, 2024], [70, 2024]]


# --- not targets ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "发布时间：2021-09-08 来源：区科技局 浏览量：180",
        "成文日期：2021年4月7日 2020年12月31日",
        "南开政发〔2020〕11号 财税〔2018〕58号 国家税务总局公告2018年第30号",
        "一、工作目标\n（二）重点任务\n1.加强组织领导\n（1）明确责任",
        "为贯彻党的十九届五中全会精神，落实市政协十四届四次会议第0116号提案。",
        "改造位于宜宾道 22 号的原天马缝纫机厂老旧厂房。",
        "网站标识码：1201040001 津ICP备12005970号-1 津公网安备 12010402000899号 浏览次数：1523次",
        "将2万平米十字街区打造成为开放式创业社区，一期利用科苑大厦5700平米办公空间。",
        "坚持“四个面向”，落实“三个着力”要求，推进“430”工作方案和“两个一千亿”基金。",
        "落实《天津市科技创新三年行动计划（2020—2022年）》和《关于支持100家企业的意见》。",
        "从组织领导、监测体系及配套政策三个方面完善保障措施，谋划确定了30项任务。",
        "打造一支技术转移队伍，培育一批科技企业，加快动力型、储能型三元锂电池生产。",
        "依托中电科十八所、航天五院518所等科研院所，支持IE8及以上版本浏览器和5G、P3实验室。",
        "对新认定的国家高新技术企业给予30万元奖励，按照研发投入的10%给予补贴。",
    ],
)
def test_not_targets(text):
    assert rows(text).empty


def test_floor_area_committed_by_a_verb_is_a_target():
    row = one("到2022年，新建标准厂房10万平方米。")
    assert (row.value, row.unit, row.indicator) == (100000, "平方米", "land")


# --- responsible units and sections ---------------------------------------------------------------------


def test_responsible_units_in_trailing_parentheses():
    text = "全社会研发投入强度力争达到3.2%以上（区科技局、区发改委负责）。全区有效发明专利达到350件（区知识产权局负责）。"
    assert rows(text).responsible.tolist() == ["区科技局;区发展改革委", "区知识产权局"]  # 发改委 read as its full name


def test_lead_and_responsible_labels():
    text = "全区技术市场成交额达到80亿元。（牵头部门：区科技局；责任部门：区财政局、区发展改革委等）"
    assert one(text).responsible == "区科技局;区财政局;区发展改革委"


def test_a_marker_covers_the_targets_before_it_in_its_paragraph():
    text = "全区高新技术企业突破260家，雏鹰企业新增51家。技术合同交易额达到26亿元（区科技局负责）。推进科技园建设（区教育局负责）。"
    assert rows(text).responsible.tolist() == ["区科技局"] * 3


def test_parentheses_that_name_no_unit_are_not_responsibility():
    assert one("工业增加值占全市比重达到2.8%（含云账户）。").responsible == ""


def test_section_paths():
    text = "一、目标\n（二）指标\n1.全区高企达到500家。\n（1）新增孵化器3家。\n2、新增众创空间5家。\n三、措施\n全区专利达到100件。"
    assert rows(text).section.tolist() == ["一/(二)/1", "一/(二)/1/(1)", "一/(二)/2", "三"]


def test_a_boxed_list_restarting_at_one_does_not_move_the_section():
    text = "二、重点任务\n（一）招商\n11.招商\n专栏：目录\n一、信息技术\n二、生物医药\n三、新材料\n12.引进项目10个。"
    assert one(text).section == "二/(一)/12"


# --- traditional characters, HTML, indicator lexicon --------------------------------------------------


def test_traditional_text_reads_like_simplified_with_its_own_offsets():
    simplified = (FIXTURES / "mini_plan.txt").read_text(encoding="utf-8")
    traditional = (FIXTURES / "mini_plan_traditional.txt").read_text(encoding="utf-8")
    assert simplified != traditional
    fields = ["kind", "indicator", "quantity", "comparator", "value", "unit", "value_start", "year", "section", "responsible"]
    a, b = rows(simplified), rows(traditional)
    assert len(a) == 8
    pd.testing.assert_frame_equal(a[fields], b[fields])
    assert b.indicator_text.iloc[0] == "國家高新技術企業"


def test_normalisation_never_changes_length():
    table = translation_table()
    sample = "".join(chr(code) for code in table)
    assert len(normalise(sample)) == len(sample)
    assert normalise("全區國家高新技術企業３．２％（區科技局負責）") == "全区国家高新技术企业3.2%(区科技局负责)"


def test_normalisation_by_replacement_equals_translation():
    # a few distinct characters to map are replaced one by one, many are translated: same result
    table = translation_table()
    few = "全区高新技术企业，达到（500家）：增长３．２％。" * 3
    many = "".join(chr(code) for code in sorted(table)[:200]) + few
    for text in (few, many):
        assert normalise(text) == text.translate(table)
    assert not any(ord(new) in table for new in table.values())  # no chain: the order of replacements is free
    corpus = [path.read_text(encoding="utf-8") for path in [*paths.RAW.glob("*.txt"), *(paths.DATA / "devset" / "texts").glob("*.txt")]]
    for text in [*corpus, "\U0001F600 emoji and \ud800 a lone surrogate"]:
        assert normalise(text) == text.translate(table)  # the array lookup finds every character to map


def test_html_is_stripped_before_reading():
    text = strip_html((FIXTURES / "mini_plan.html").read_text(encoding="utf-8"))
    assert "<" not in text and "visits" not in text
    assert values(text) == [(80, "家"), (12, "亿元")]
    assert rows(text).year.tolist() == [2021, 2021]


def test_lexicon_covers_every_indicator_code():
    codes = set(pd.read_csv(paths.CURATED / "indicators.csv").indicator) - {"other"}
    covered = {code for code, _, _ in INDICATOR_RULES} | set(UNIT_DEFAULTS.values())
    assert codes == covered


def test_lexicon_keywords_are_in_normalised_form():
    for _, _, pattern in INDICATOR_RULES:
        assert normalise(pattern) == pattern


@pytest.mark.parametrize(
    ("phrase", "unit", "family", "code"),
    [
        ("每万人口发明专利拥有量", "件", "count", "invention_patents_per_10k"),
        ("有效发明专利", "件", "count", "invention_patents"),
        ("有效专利数量", "件", "count", "patents"),
        ("全社会研发投入强度", "%", "percent", "rd_intensity"),
        ("全社会研发经费支出", "亿元", "money", "rd_expenditure"),
        ("全年技术合同认定登记额", "亿元", "money", "tech_contract_registered"),
        ("技术市场成交额", "亿元", "money", "tech_market_turnover"),
        ("全区技术合同交易额", "亿元", "money", "tech_market_turnover"),
        ("技术合同成交额", "亿元", "money", "tech_contract_turnover"),
        ("财政科技支出", "亿元", "money", "fiscal_st_expenditure"),
        ("地区生产总值", "亿元", "money", "gdp"),
        ("常住人口", "人", "count", "population"),
        ("高层次人才", "人", "count", "talent"),
        ("工业战略性新兴产业增加值占比", "%", "percent", "sei_value_added_share"),
        ("常住人口增加", "人", "count", "population_change"),
        ("工业战略性新兴产业增加值占全市比重", "%", "percent", "share_of_city_value_added"),
        ("高技术(制造业)增加值占比", "%", "percent", "hitech_manufacturing_share"),
        ("现代新兴服务业增加值占比", "%", "percent", "modern_services_share"),
        ("战略性新兴产业产值占规上工业总产值比重", "%", "percent", "sei_output_share"),
        ("战略性新兴产业产值", "亿元", "money", "sei_output_value"),
        ("战略性新兴产业占规上工业比重", "%", "percent", "sei_share_unspecified"),
        ("独角兽企业", "家", "count", "unicorns"),
        ("瞪羚企业", "家", "count", "dengling_enterprises"),
        ("雏鹰企业", "家", "count", "chuying_enterprises"),
        ("科技领军(领军培育)企业", "家", "count", "leading_enterprises"),
        ("国家科技型中小企业", "家", "count", "tech_smes"),
        ("國家高新技術企業", "家", "count", "high_tech_enterprises"),
        ("科技型上市企业", "家", "count", "listed_tech_companies"),
        ("市级以上大学科技园", "家", "count", "university_science_parks"),
        ("市级众创空间", "家", "count", "incubators"),
        ("市级以上重点实验室", "个", "count", "innovation_platforms"),
        ("撮合对接专题会", "场", "count", "events"),
        ("实际利用外资", "亿美元", "money", "investment"),
        ("科技专项资金", "亿元", "money", "funds"),
        ("亿元以上项目", "个", "count", "projects"),
        ("产业规模", "亿元", "money", "growth"),
        ("独角兽、瞪羚等优质企业资源", "家", "count", "enterprises"),
        ("盘活土地", "亩", "area", "land"),
        ("产业集群", "个", "count", None),
    ],
)
def test_indicator_keywords(phrase, unit, family, code):
    assert classify_indicator(phrase, unit, family) == code


# --- output contract on the raw corpus --------------------------------------------------------------


def test_plan_year_inference_on_titles():
    assert infer_plan_year("北辰区科技创新三年行动计划实施方案（2020-2022年）") == 2022
    assert infer_plan_year("天津高新区2020年新动能引育“430”工作方案") == 2020
    assert infer_plan_year("对市政协十四届四次会议第0116号提案的答复") is None


@pytest.mark.parametrize("path", sorted(paths.RAW.glob("*.txt")), ids=lambda path: path.stem)
def test_corpus_output_contract(path):
    text = path.read_text(encoding="utf-8")
    frame = rows(text)
    assert list(frame.columns) == COLUMNS
    assert str(frame.value.dtype) == "float64" and str(frame.year.dtype) == "Int64"
    assert all(str(frame[column].dtype) == "int64" for column in ["value_start", "value_end", "char_start", "char_end"])
    assert frame.equals(frame.sort_values(["char_start", "value_start"], kind="stable"))
    assert set(frame.kind) <= {"target", "baseline"}
    assert set(frame.comparator) <= {">=", ">", "=", "~", "<="}
    assert set(frame.quantity) <= {"level", "increment", "flow", "share", "growth_rate"}


def test_empty_text():
    frame = extract_targets("")
    assert frame.empty and list(frame.columns) == COLUMNS


# --- held-out constructions (hand-written, not from the bundled corpus) ----------------------


def test_thousands_separator_is_one_number():
    row = one("截至2020年底，全区共有国家高新技术企业1,236家。")
    assert (row.value, row.value_text, row.kind) == (1236, "1,236", "baseline")


def test_a_comparison_base_year_governs_nothing():
    frame = rows("2020年，全区高新技术企业达到386家，较2019年增长21.4%；科技型中小企业1052家。")
    assert frame.year.tolist() == [2020, 2020, 2020]
    assert frame.indicator.tolist() == ["high_tech_enterprises", "high_tech_enterprises", "tech_smes"]


def test_to_year_of_phrase_is_local_to_its_number():
    frame = rows("某区规划（2021-2025年）\n技术合同成交额由2015年的12亿元增长到2020年的45.6亿元。")
    assert frame[["kind", "year"]].values.tolist() == [["baseline", 2015], ["baseline", 2020]]


def test_from_a_recent_year_to_a_yearless_value_is_the_target():
    frame = rows("某区“十四五”规划\n全社会研发经费投入强度由2020年的3.5%提高到4%。")
    assert frame[["kind", "year"]].values.tolist() == [["baseline", 2020], ["target", 2025]]


def test_chapter_headings_give_sections_and_baseline_parts():
    frame = rows("第一章 发展基础\n全区科技型中小企业3200家。\n第二章 发展目标\n科技型中小企业突破5000家。")
    assert frame[["section", "kind"]].values.tolist() == [["第一章", "baseline"], ["第二章", "target"]]


def test_an_elliptical_share_takes_the_subject_before_it():
    frame = rows("2020年R&D经费支出21.4亿元，占GDP比重由2015年的1.9%提高到2.5%。")
    assert frame.indicator.tolist() == ["rd_expenditure", "rd_intensity", "rd_intensity"]


def test_a_zone_share_of_a_count_takes_the_count_indicator():
    assert one("高新区高新技术企业占全区比重达到35%以上。").indicator == "high_tech_enterprises"
    frame = rows("示范园战略性新兴产业增加值达到100亿元，示范园占比达到30%。")
    assert frame.indicator.tolist() == ["growth", "growth"]  # 示范园占比 names no indicator: inherited


def test_a_number_whose_clause_names_nothing_takes_the_clause_before():
    frame = rows("到2025年，研发经费投入强度达到3%，高新技术企业数量实现倍增，达到800家。")
    assert frame.indicator.tolist() == ["rd_intensity", "high_tech_enterprises"]


def test_keyword_variants():
    assert one("全区规上工业企业研发费用同比增长15%。").indicator == "rd_expenditure"
    assert one("技术合同成交额年均增长15%以上。").indicator == "tech_contract_turnover"
    assert one("拥有工程技术研究中心35个。").indicator == "innovation_platforms"
    assert one("工业企业研发投入占营业收入比重为1.8%。").indicator == "rd_intensity"
    assert classify_indicator("有研发活动的企业", "家", "count") == "enterprises"


def test_a_chinese_numeral_after_qizhong_shares_the_verb_before():
    assert values("全年引进各类人才不少于三千人，其中高层次人才一百名。") == [(3000, "人"), (100, "人")]


def test_quantity_words_for_increments_and_flows():
    assert one("每年入库企业不少于200家。").quantity == "increment"
    assert one("建成海河实验室分中心1个。").quantity == "increment"
    assert one("全年发明专利授权量达到800件以上。").quantity == "flow"
    row = one("服务企业不少于300家次。")
    assert (row.unit, row.quantity) == ("家次", "flow")
    assert one("举办对接活动20场次以上。").unit == "场"


def test_responsible_units_without_duty_words_or_deadlines():
    assert one("引进人才100人。（区人才办、区人社局按职责分工负责）").responsible == "区人才办;区人社局"
    text = "新认定新型研发机构3家。（责任单位：区科技局、区人社局，完成时限：2023年12月底）"
    assert one(text).responsible == "区科技局;区人社局"


# --- indicator tables, ranges, approximate counts, Chinese-numeral years ----------------------

PIPE_TABLE = (
    "某区“十四五”科技创新规划\n主要指标\n指标名称 | 单位 | 2020年 | 2025年 | 属性\n"
    "1 | 全社会研发投入强度 | % | 3.44 | 3.7 | 预期性\n2\t国家高新技术企业数量\t家\t1200\t2000\t预期性\n"
    "三、重点任务\n新增孵化器3家。"
)


def test_an_indicator_table_gives_a_baseline_and_a_target_per_row():
    frame = rows(PIPE_TABLE)
    fields = ["kind", "indicator", "value", "unit", "year", "comparator", "modality"]
    assert frame[fields].values.tolist() == [
        ["baseline", "rd_intensity", 3.44, "%", 2020, "=", ""],
        ["target", "rd_intensity", 3.7, "%", 2025, ">=", ""],
        ["baseline", "high_tech_enterprises", 1200, "家", 2020, "=", ""],
        ["target", "high_tech_enterprises", 2000, "家", 2025, ">=", ""],
        ["target", "incubators", 3, "家", 2025, ">=", ""],
    ]
    assert frame.quote.iloc[0] == "1 | 全社会研发投入强度 | % | 3.44 | 3.7 | 预期性"
    assert frame.indicator_text.iloc[2] == "国家高新技术企业数量"
    assert "属性: 预期性" in frame.note.iloc[1]


def test_a_space_separated_table_with_labelled_years_and_units_in_the_names():
    text = (
        "表1 主要指標\n序號 指標 2020年（基期） 2025年（目標） 指標屬性\n創新投入\n"
        "1 全社會研發投入強度（%） 3.44 ≥3.7 預期性\n2 技術合同成交額（億元） 120 200 預期性\n"
        "3 每萬人口發明專利擁有量（件/萬人） 30 — 預期性"
    )
    frame = rows(text)
    assert frame[["kind", "indicator", "value", "unit", "year"]].values.tolist() == [
        ["baseline", "rd_intensity", 3.44, "%", 2020], ["target", "rd_intensity", 3.7, "%", 2025],
        ["baseline", "tech_contract_turnover", 120, "亿元", 2020], ["target", "tech_contract_turnover", 200, "亿元", 2025],
        ["baseline", "invention_patents_per_10k", 30, "件/万人", 2020],
    ]
    assert frame.indicator_text.iloc[2] == "技術合同成交額"


def test_a_table_unit_with_a_multiplier_is_normalised():
    text = "指标 | 单位 | 2022年目标\n科技专项资金 | 万元 | 5000"
    row = one(text)
    assert (row.kind, row.value, row.unit, row.year) == ("target", 0.5, "亿元", 2022)


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "value_text"),
    [
        ("新增3-5个研发中心。", 3, "个", "3-5"),
        ("培育3至5家领军企业。", 3, "家", "3至5"),
        ("產業規模達到20～30億元。", 20, "亿元", "20～30億"),
        ("培育1-2万家科技型中小企业。", 10000, "家", "1-2万"),
    ],
)
def test_a_range_is_its_lower_bound_with_a_note(sentence, value, unit, value_text):
    row = one(sentence)
    assert (row.value, row.unit, row.value_text, row.comparator) == (value, unit, value_text, ">=")
    assert "range" in row.note


@pytest.mark.parametrize(
    ("sentence", "value", "comparator", "value_text"),
    [
        ("引进百余家企业。", 100, ">", "百"),
        ("培育十餘萬家市場主體。", 100_000, ">", "十餘萬"),
        ("新增200余家企业。", 200, ">", "200"),
        ("吸引近千家企业入驻。", 1000, "~", "千"),
        ("培训约万人次。", 10_000, "~", "万"),
    ],
)
def test_approximate_counts(sentence, value, comparator, value_text):
    row = one(sentence)
    assert (row.value, row.comparator, row.value_text) == (value, comparator, value_text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("到二〇二五年，全区高新技术企业达到500家。", 2025),
        ("二〇二二年底前，新增孵化器3家。", 2022),
        ("到二〇二三年底，全區有效發明專利達到3500件。", 2023),
        ("某区科技创新规划（二〇二一—二〇二五年）\n全区高企数量达到600家。", 2025),
    ],
)
def test_chinese_numeral_years_are_years_not_values(text, year):
    row = one(text)
    assert (row.kind, row.year) == ("target", year)


def test_holding_verbs_are_not_part_of_the_indicator():
    assert one("到2025年,财政科技投入占本级财政支出比重稳定在8%。").indicator_text == "财政科技投入占本级财政支出比重"


# --- scanners ----------------------------------------------------------------------------------


def _scanners() -> dict[str, re.Pattern[str]]:
    """Every pattern of the extractor compiled by ``scanner`` (behind a first-character lookahead)."""
    modules = [vocabulary, card, layout, mentions, tables, crosstabs]
    return {f"{module.__name__}.{name}": value for module in modules for name, value in vars(module).items()
            if isinstance(value, re.Pattern) and value.pattern.startswith("(?=[")}


def test_scanners_find_what_their_plain_patterns_find():
    """A scanner's lookahead only speeds the search: on every raw and development-set text it
    finds exactly the matches of its pattern without the lookahead."""
    texts = [normalise(path.read_text(encoding="utf-8"))
             for folder in (paths.RAW, paths.DATA / "devset" / "texts") for path in sorted(folder.glob("*.txt"))]
    scanners = _scanners()
    assert len(scanners) >= 10 and "analysis.extract.vocabulary.MENTION" in scanners
    for name, fast in scanners.items():
        plain = re.compile(fast.pattern.split(")(?:", 1)[1][:-1])
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], name


def test_mention_groups_are_read_in_their_order():
    """``read_mention`` unpacks MENTION's groups by position: their order is part of its contract."""
    assert list(vocabulary.MENTION.groupindex) == ["pct", "num", "upper", "approx", "mult", "unit"]
