"""Kind (target or baseline) and year from context (issue 9): the document's date and genre,
今年/去年, five-year periods, headings, and the words that report the past. Each document below
is hand-written for one construction."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.extract import extract_targets
from analysis.extract.card import read_card

REPORT_HEAD = "2024年某区政府工作报告\n发布日期: 2024-01-20\n"
PLAN_HEAD = "某区科技创新三年行动计划(2021-2023年)\n发布日期: 2021-05-10\n"


def rows(text: str) -> pd.DataFrame:
    frame = extract_targets(text)
    for row in frame.itertuples():
        assert text[row.value_start:row.value_end] == row.value_text
    return frame


def kinds_and_years(text: str) -> list[tuple[str, int]]:
    return [(row.kind, row.year) for row in rows(text).itertuples()]


def test_relative_years_resolve_against_the_document_date():
    text = REPORT_HEAD + "去年全区新增国家高新技术企业120家。今年力争新增国家高新技术企业150家。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("target", 2024)]


def test_a_comparison_with_last_year_gives_no_year():
    text = REPORT_HEAD + "2023年,全区技术合同成交额18亿元,比上年增长12%。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]


def test_comparisons_with_last_year_are_observations():
    text = REPORT_HEAD + "全年实现技术合同成交额18亿元,同比增长12%。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]
    assert "2023, the year the report looks back on, assumed" in rows(text).note.iloc[0]


def test_completed_figures_are_observations():
    text = PLAN_HEAD + "全区提前完成年度目标,新增科技型中小企业320家。\n"
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline"]


def test_a_past_year_in_a_report_is_an_observation():
    text = REPORT_HEAD + "2023年全区国家高新技术企业达到500家。\n"
    assert kinds_and_years(text) == [("baseline", 2023)]


def test_five_year_periods_give_the_year():
    text = PLAN_HEAD + "“十三五”期间,全区国家高新技术企业由120家增至480家。到“十四五”末,国家高新技术企业达到800家。\n"
    assert kinds_and_years(text) == [("baseline", 2015), ("baseline", 2020), ("target", 2025)]


def test_headings_give_the_year_and_the_kind_in_a_report():
    text = (REPORT_HEAD + "一、2023年工作回顾\n全区国家高新技术企业达到1200家。\n"
            "二、2024年工作安排\n全区国家高新技术企业达到1300家。\n")
    frame = rows(text)
    assert [(row.kind, row.year) for row in frame.itertuples()] == [("baseline", 2023), ("target", 2024)]
    assert frame.note.str.contains("section heading").all()


def test_a_year_at_the_top_of_a_paragraph_governs_its_numbers():
    text = PLAN_HEAD + "2023年,全区国家高新技术企业达到800家,技术合同成交额达到60亿元。\n"
    assert kinds_and_years(text) == [("target", 2023), ("target", 2023)]


def test_the_base_year_of_a_doubling_is_not_the_target_year():
    text = PLAN_HEAD + "到2026年,全区国家高新技术企业数量在2021年的基础上翻一番,达到1000家。\n"
    assert kinds_and_years(text) == [("target", 2026)]


def test_a_plans_end_year_where_it_states_none_with_a_note():
    frame = rows(PLAN_HEAD + "全区新增国家高新技术企业100家。\n")
    assert (frame.kind.iloc[0], frame.year.iloc[0]) == ("target", 2023)
    assert "plan end year 2023 assumed" in frame.note.iloc[0]


def test_news_on_results_leans_to_observations():
    text = "某区科技创新成绩亮眼\n发布时间: 2023-12-28\n全区国家高新技术企业达到500家,技术合同成交额突破60亿元。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]


def test_news_on_a_plan_follows_what_it_reports():
    text = "某区印发科技创新规划\n发布时间: 2021-06-01\n近日,某区印发规划,提出到2025年,国家高新技术企业达到800家。\n"
    assert kinds_and_years(text) == [("target", 2025)]


def test_a_year_with_months_still_gives_the_year():
    text = "某区科技创新成绩亮眼\n截至2023年11月,全区国家高新技术企业总数达178家。2023年1至10月,技术合同成交额9.5亿元。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]


def test_a_past_year_in_news_without_a_date_is_an_observation():
    text = "某区科技创新成绩亮眼\n以中关村为例,2022年,中关村企业总收入8.7万亿元。\n"
    assert kinds_and_years(text) == [("baseline", 2022)]


def test_a_five_year_period_in_a_heading_gives_the_year():
    text = REPORT_HEAD + "一、“十三五”时期工作回顾\n科技型中小企业达到6025家。\n"
    assert kinds_and_years(text) == [("baseline", 2020)]


def test_a_plans_baselines_without_a_year_describe_the_year_before_the_plan():
    text = "某市科技创新“十三五”规划\n一、发展基础\n累计实施160项自主创新产业化重大项目。\n"
    frame = rows(text)
    assert (frame.kind.iloc[0], frame.year.iloc[0]) == ("baseline", 2015)
    assert "the year before the plan" in frame.note.iloc[0]


def test_a_bare_period_name_is_no_year():
    text = REPORT_HEAD + "一、2023年计划执行情况\n全市经济实现了“十四五”良好开局。全年地区生产总值增长6.6%。\n"
    assert kinds_and_years(text) == [("baseline", 2023)]


def test_a_clause_level_aim_does_not_reach_the_next_clause():
    text = "某区创新主体规模持续壮大\n2022年12月28日讯:有效高新技术企业将达1055家,净增163家。\n"
    assert [kind for kind, _ in kinds_and_years(text)] == ["target", "baseline"]


NEWS_HEAD = "某市高新技术企业发展情况\n发布时间: 2023-06-12 10:30\n"


def test_a_comparison_base_year_governs_nothing():
    text = (NEWS_HEAD + "截至2022年底,全市高新技术企业达285家,较“十三五”末增加107家。"
            "2022年,全市研发经费投入达93亿元,与2015年相比,年均增长12.2%,是2015年的2.1倍。\n")
    assert kinds_and_years(text) == [("baseline", 2022)] * 5
    # 同2020年同期比 in a mid-2021 item: the base of the change, not its year
    mid_year = "某区科技局上半年工作\n时间:2021-07-20\n上半年,全区高新技术产值达255.32亿元,同2020年同期比增长31.91%。\n"
    assert kinds_and_years(mid_year) == [("baseline", 2021)] * 2


def test_current_words_take_the_documents_year():
    text = "我市新增高新技术企业13家\n发布时间: 2021-01-14 09:00\n2020年我市认定高新技术企业13家。目前全市高新技术企业达44家。\n"
    assert kinds_and_years(text)[-2:] == [("baseline", 2020), ("baseline", 2021)]


def test_a_goal_reached_early_is_an_observation_of_the_years_figure():
    text = NEWS_HEAD + "2022年,全省研发投入强度达3.1%,提前实现《发展规划》2025年研发投入强度达到3%的目标。\n"
    assert kinds_and_years(text) == [("baseline", 2022), ("baseline", 2022)]
    text = "2022年某县国民经济和社会发展统计公报\n全年城镇新增就业1721人,完成全年目标的114.7%。\n"
    assert kinds_and_years(text) == [("baseline", 2022), ("baseline", 2022)]


def test_an_estimate_in_a_report_is_an_observation():
    text = REPORT_HEAD + "初步预计,全年地区生产总值完成315亿元,工业投资增长23%。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]
    text = PLAN_HEAD + "预计到2023年,全区高新技术企业达到300家。\n"
    assert kinds_and_years(text) == [("target", 2023)]


def test_a_work_report_delivered_at_the_years_end_reviews_that_year():
    text = ("2023年某区政府工作报告\n——2023年12月28日在某区第十一届人民代表大会第三次会议上\n"
            "全年净增规模以上企业35家,新增专精特新企业10家。\n")
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]


def test_a_verb_with_le_reports_the_past():
    text = ("某市出台科技创新行动方案\n发布时间: 2020-07-19 08:00\n方案提出了2022年全市高新技术企业总数达450家的目标。"
            "今年上半年,我市启动实施了3个产业技术创新联盟。\n")
    assert kinds_and_years(text) == [("target", 2022), ("baseline", 2020)]


def test_a_year_set_off_by_commas_opens_its_clause():
    text = "某区科技创新三年行动计划(2021-2023年)\n从经济规模看,2020年,全区生产总值为290亿元,占全市比重为12.1%。\n"
    assert kinds_and_years(text) == [("baseline", 2020), ("baseline", 2020)]


def test_a_year_range_gives_both_ends_of_a_change():
    text = (NEWS_HEAD + "2018-2022年,全省高新技术企业由6590家增至2万家。"
            "2016年至2020年,全社会研发经费投入从38.9亿元增长到70.4亿元,年均增速16%。\n")
    assert kinds_and_years(text) == [("baseline", 2018), ("baseline", 2022), ("baseline", 2016),
                                     ("baseline", 2020), ("baseline", 2020)]


def test_a_rank_named_earlier_in_the_sentence():
    text = NEWS_HEAD + "我县创新指数排名稳步上升,从2015年的89位跃升到2020年的14位。全县引进院士3位。\n"
    assert [(row.value, row.unit) for row in rows(text).itertuples()] == [(3.0, "人")]


def test_a_programme_named_plan_is_no_aim():
    text = "2016年国民经济和社会发展统计公报\n全年国家重点研发计划共安排42个重点专项。计划新增孵化器3家。\n"
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline", "target"]


def test_goals_listed_after_a_colon_are_targets_to_the_sentence_end():
    text = (NEWS_HEAD + "今年全省科技工作的主要目标是:全社会研发投入增长12%以上;高新技术企业突破1.4万家;"
            "技术合同成交额突破2300亿元。去年全省高新技术企业达1.2万家。\n")
    assert kinds_and_years(text) == [("target", 2023)] * 3 + [("baseline", 2022)]


def test_an_unnumbered_heading_over_a_list_gives_its_kind():
    text = (NEWS_HEAD + "2022年工作回顾\n●全省高新技术企业达到1.2万家\n"
            "建议全年经济社会发展预期目标\n●地区生产总值增长5%以上\n●城镇调查失业率5.5%以内\n")
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline", "target", "target"]


def test_a_page_opening_on_a_goals_heading_lists_targets():
    # a mirror that kept a report's box of expected goals and lost the report around it
    text = ("2019年预期目标\n地区生产总值增长6.5%左右\n一般公共预算收入增长6%左右\n"
            "全市新增签约项目不少于210个,合同引进资金不低于800亿元。\n")
    assert kinds_and_years(text) == [("target", 2019)] * 4


def test_no_fewer_than_so_much_is_a_commitment():
    # 不少于/不低于 binds a value yet to be reached, even in news, whose uncued figures are results
    text = NEWS_HEAD + "优化招商平台动态管理,全年新引进企业不少于2500家;全年接待游客不低于1800万人次。全年新引进企业2300家。\n"
    assert [kind for kind, _ in kinds_and_years(text)] == ["target", "target", "baseline"]


def test_this_year_followed_by_an_aim_governs_goals():
    # news of January: 今年,某市预计… sets the year's goals; 今年 alone reports the year so far
    text = ("某市召开科技创新大会\n发布时间: 2020-01-14 10:30\n今年,某市预计研发经费占GDP的比重超过3%;"
            "新引进科技创新人才200名,科技进步贡献率达到65%。\n今年全市新增高新技术企业50家。\n")
    assert kinds_and_years(text) == [("target", 2020)] * 3 + [("baseline", 2020)]


def test_a_local_year_in_a_report_is_reached():
    text = NEWS_HEAD + "全市一般公共预算收入从2015年的208亿元增加到2022年的285亿元。\n"
    assert kinds_and_years(text) == [("baseline", 2015), ("baseline", 2022)]
    text = PLAN_HEAD + "全区研发投入从2020年的20亿元增加到2023年的30亿元。\n"
    assert kinds_and_years(text) == [("baseline", 2020), ("target", 2023)]


def test_a_year_to_date_figure_is_reached():
    text = PLAN_HEAD + "1-9月,全区高新技术产业增加值263.61亿元。上半年新增科技型企业120家。力争上半年完成备案50家。\n"
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline", "baseline", "target"]


def test_news_on_a_plan_reports_changes_on_last_year():
    text = ("某市印发科技创新行动方案\n发布时间: 2023-03-02 09:00\n方案提出,到2025年全市高新技术企业达到3000家。"
            "去年全市技术合同成交额180亿元,同比增长12%。\n")
    assert kinds_and_years(text) == [("target", 2025), ("baseline", 2022), ("baseline", 2022)]


def test_the_past_n_years_end_in_the_year_reviewed():
    text = ("五年来全区科技创新成效显著\n发布时间: 2023-01-20 09:00\n五年来,全区每万人发明专利拥有量由1.75件提高至2.51件。"
            "过去三年,全区新增高新技术企业120家。前年全区技术合同成交额达到30亿元。\n")
    assert kinds_and_years(text) == [("baseline", 2017), ("baseline", 2022), ("baseline", 2022), ("baseline", 2021)]


def test_this_year_aimed_at_is_a_target():
    text = "2023年某区政府工作报告\n发布日期: 2023-06-20\n到今年底,全区高新技术企业达到300家。\n"
    assert kinds_and_years(text) == [("target", 2023)]


def test_an_uncued_past_figure_in_news_on_a_plan_takes_the_year_reviewed():
    text = ("某市印发科技创新行动方案(2023-2025年)\n发布时间: 2023-02-10 09:00\n方案提出,到2025年全市高新技术企业达到3000家。\n"
            "全市科技型中小企业1200家,技术合同成交额180亿元。\n")
    assert kinds_and_years(text) == [("target", 2025), ("baseline", 2022), ("baseline", 2022)]


def test_since_a_year_means_up_to_now():
    text = "关于某某建议的答复\n发布日期: 2023-07-12\n2018年以来,市科技局累计投入财政经费超7000万元。\n"
    assert kinds_and_years(text) == [("baseline", 2023)]


def test_a_year_alone_on_a_line_heads_what_follows():
    text = ("某省政府工作报告解读\n发布时间: 2026-01-28 08:00\n2025年\n全省地区生产总值增长5.1%\n"
            "2026年\n地区生产总值增长4.5%左右\n城镇新增就业45万人以上\n")
    assert kinds_and_years(text) == [("baseline", 2025), ("target", 2026), ("target", 2026)]


def test_a_passed_milestone_is_reached():
    text = NEWS_HEAD + "全市高新技术企业自2008年首次认定87家以来,到2015年达到157家,到2022年已达到802家。\n"
    assert kinds_and_years(text)[1:] == [("baseline", 2015), ("baseline", 2022)]


def test_goals_reported_as_completed_and_figures_now():
    text = REPORT_HEAD + "经济社会发展主要目标任务顺利完成:全年地区生产总值同比增长6.0%。现在全区高新技术企业总数达到510家。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2024)]


def test_a_bulletin_without_a_year_in_its_title_reports_the_year_before_its_date():
    text = "国民经济和社会发展统计公报\n某区统计局\n2024年7月6日\n初步测算,全年实现地区生产总值600.1亿元。\n"
    assert kinds_and_years(text) == [("baseline", 2023)]


def test_the_lead_year_is_the_year_reviewed():
    bulletin = "2015年,面对经济下行压力,全县经济平稳发展。\n一、综合\n全年粮食总产量4.6万吨,比上年增长1.2%。\n"
    news = "记者从市科技局获悉,去年,全市科技创新成果丰硕。\n全市高新技术企业达到3312家,比上年增加420家。\n"
    assert [year for _, year in kinds_and_years(bulletin)] == [2015, 2015]
    led = ("2023年在县委县政府坚强领导下,全县延续自2018年起的“一家人”工程,经济平稳发展。\n一、综合\n"
           "初步核算,全县生产总值414.9亿元,按不变价格计算增长7.4%。\n")
    assert [year for _, year in kinds_and_years(led)] == [2023, 2023]  # the lead year run into 在…领导下
    frame = extract_targets(news, page_date=date(2022, 5, 17))
    assert frame[["kind", "year"]].values.tolist() == [["baseline", 2021], ["baseline", 2021]]


def test_a_figure_named_as_a_goal_is_a_target():
    text = REPORT_HEAD + "2023年,财政收入2.01亿元,较上年增长26.4%,高于年初人代会12%的目标;全年专利申请任务301件。\n"
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline", "baseline", "target", "target"]


def test_a_term_within_years_aims():
    text = "某市加快培育创新型产业集聚区\n记者获悉,去年全市高新技术企业达到120家。三年内培育8至10家创新型产业集聚区。\n"
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline", "target"]


def test_a_pair_in_news_on_a_running_plan_is_its_goal():
    text = ("《某省“十三五”科技创新规划》解读\n发布日期: 2016-08-10\n记者获悉,规划近日印发。"
            "知识密集型服务业增加值占生产总值的比例由15.6%提高到20%。2015年,研发投入强度由1.8%提高到2.1%。\n")
    assert kinds_and_years(text) == [("baseline", 2015), ("target", 2020), ("baseline", 2015), ("baseline", 2015)]


def test_a_paragraph_of_results_reports_the_past():
    results = PLAN_HEAD + "全区高新技术企业达到320家,比上年增加45家,技术合同成交额已达18亿元。\n"
    goals = PLAN_HEAD + "全区高新技术企业达到600家,技术合同成交额达到30亿元。\n"
    assert [kind for kind, _ in kinds_and_years(results)] == ["baseline", "baseline", "baseline"]
    assert [kind for kind, _ in kinds_and_years(goals)] == ["target", "target"]


def test_achievements_won_report_the_past():
    """A plan's account of achievements (取得决定性成效…全部摘帽, 被评为…, 经济实力跃上新台阶) reports
    what was reached; a plan striving for results (力争取得新成效) still aims."""
    results = PLAN_HEAD + ("脱贫攻坚取得决定性成效,3个贫困县全部摘帽、498个贫困村全部出列,2次被评为全省先进市。\n"
                           "经济实力跃上新台阶,地方一般公共预算收入年均增长6%。\n"
                           "新增专精特新企业48家,拥有院士工作站6家。粮食生产连年丰收,新增农作物新品种260个。\n")
    goals = PLAN_HEAD + "力争取得新成效,新增贫困村帮扶项目30个。\n"
    assert [kind for kind, _ in kinds_and_years(results)] == ["baseline"] * 7
    assert [kind for kind, _ in kinds_and_years(goals)] == ["target"]


def test_a_comparison_year_in_a_headline_is_not_its_year():
    text = "某地新增发明专利超21万件,比2015年增1.4倍\n据统计,全年新增发明专利超21万件。\n"
    assert extract_targets(text).year.isna().all()  # no year printed: none assumed, not 2015
    assert extract_targets(text, page_date=date(2023, 5, 20)).year.tolist() == [2023, 2023, 2023]


def test_the_base_of_a_multiple_keeps_its_year_to_itself():
    text = REPORT_HEAD + "2023年,全区高新技术产业实现产值245亿元,是2019年108亿元的2.27倍,年均增长22.8%。\n"
    assert [year for _, year in kinds_and_years(text)] == [2023, 2023, 2023]  # the base (108亿元) is no row
    # a start value dated by a year printed right after 由 (由2015年52092元提高到73182元) keeps that year to itself
    pair = REPORT_HEAD + "五年来,人均GDP由2015年52092元提高到73182元,年均增长7%;实现全口径财政总收入138.3亿元。\n"
    assert [year for _, year in kinds_and_years(pair)][0] == 2015
    assert 2015 not in [year for _, year in kinds_and_years(pair)][1:]


def test_the_base_of_a_multiple_at_a_years_end_dates_nothing():
    """是2015年末的1.26倍 compares with the end of 2015: the multiple is the year the sentence
    reports, as with 是2015年的1.26倍."""
    text = REPORT_HEAD + "2023年,全区一般公共预算收入是2019年末的1.26倍,居民收入分别是2019年底的1.45倍和1.36倍。\n"
    assert [year for _, year in kinds_and_years(text)] == [2023, 2023, 2023]


def test_the_past_years_end_in_the_last_whole_year():
    text = "某区将实施科技强区行动\n发布日期: 2021-07-18\n记者获悉,过去五年,全区科技进步贡献率提高7个百分点。到2025年,研发投入强度达到3%。\n"
    assert kinds_and_years(text) == [("baseline", 2020), ("target", 2025)]


def test_a_work_report_delivered_late_in_a_year_reviews_that_year():
    """A report to a congress held in November reviews the year then closing: 一年来 and 过去五年
    end with it; one delivered in January reviews the year before."""
    def report(day: str) -> str:
        return (f"政府工作报告\n——{day}在某区第九届人民代表大会第一次会议上\n各位代表:\n"
                "一年来,全区完成地区生产总值192.8亿元,增长8.2%。过去五年,高新技术企业增加到86家。\n")
    assert [year for _, year in kinds_and_years(report("2021年11月18日"))] == [2021, 2021, 2021]
    assert [year for _, year in kinds_and_years(report("2022年1月18日"))] == [2021, 2021, 2021]


def test_what_a_place_has_now_is_its_last_count():
    """现有…18家 in news of August 2022 is 2022's, though 2020年 opened an earlier sentence; in news
    of February 2021 it is the count at the end of 2020; 在现有基础上 dates nothing."""
    def news(day: str) -> str:
        return (f"某高新区全力创建国家高新区\n发布日期: {day}\n2020年在全省考核中位列第5位;"
                "创新能力稳步提升,现有国家高新技术企业18家。\n")
    assert kinds_and_years(news("2022-08-22")) == [("baseline", 2022)]
    assert kinds_and_years(news("2021-02-14")) == [("baseline", 2020)]
    plan = "某区科技创新行动方案\n到2025年,在现有基础上新增高新技术企业50家。\n"
    assert kinds_and_years(plan) == [("target", 2025)]


def test_what_a_project_yields_once_built_is_a_goal():
    """项目建成后,年发电量预计超8000万千瓦时: what a project is to yield once built (投产后, 达产后) is a
    goal, in news on results too; what it has done is not."""
    text = ("某县项目建设跑出加速度\n发布日期: 2025-11-20\n该项目已完成投资3亿元。项目建成后,年发电量预计超8000万千瓦时,"
            "投产后可实现产值30亿元。\n")
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline", "target", "target"]


def test_a_deployed_years_work_heads_its_goals():
    text = ("某县科工局专题学习经济工作会议精神\n1月8日,县科工局召开专题会议。\n会上部署了科工局2018年工作。\n"
            "工业工作,全县规模工业总产值达到240亿元;工业税收2.2亿元。\n")
    assert kinds_and_years(text) == [("target", 2018), ("target", 2018)]


def test_a_period_as_the_base_of_a_multiple():
    text = REPORT_HEAD + "2023年,全区高新技术企业达到905家,是“十二五”末的5.8倍。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]


def test_a_base_amount_after_bi_takes_its_year():
    text = REPORT_HEAD + "2023年,区级财政科技支出20368万元,比2020年2976万元增长584.4%。\n"
    assert [year for _, year in kinds_and_years(text)] == [2023, 2020, 2023]


def test_goals_proposed_after_a_colon_are_targets():
    text = REPORT_HEAD + "2024年经济社会发展的主要预期目标建议为:地区生产总值增长8%以上;一般公共预算收入增长20%以上。\n"
    assert kinds_and_years(text) == [("target", 2024), ("target", 2024)]


def test_a_year_in_an_aside_governs_nothing():
    text = REPORT_HEAD + "2024年主要预期目标是:一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上。\n"
    assert kinds_and_years(text) == [("target", 2024)]


def test_a_year_in_an_aside_dates_the_figures_in_it():
    """Earlier years' figures given in parentheses (2022年为1.8万元) take those years; the
    figure after the aside keeps the sentence's."""
    text = REPORT_HEAD + "2023年,全区人均可支配收入2.1万元(2022年为1.8万元,2021年为1.6万元),增长8%。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2022), ("baseline", 2021), ("baseline", 2023)]


def test_a_base_years_figure_in_parentheses_takes_its_year():
    """比上年(12.5%)提高: the figure in parentheses is last year's, the change this year's."""
    text = "某县2022年国民经济和社会发展统计公报\n高新技术产业增加值占比15.1%,比上年(12.5%)提高2.6个百分点。\n"
    assert [year for _, year in kinds_and_years(text)] == [2022, 2021, 2022]
    ratio = "某县2023年国民经济和社会发展统计公报\n三次产业结构为15.2:30.1:54.7,与上年的15.7:29.6:54.7相比,第二产业比重提高。\n"
    assert [year for _, year in kinds_and_years(ratio)] == [2023, 2023, 2023, 2022, 2022, 2022]  # 上年的: its figures
    share = "某县2023年国民经济和社会发展统计公报\n全县粮食产量为上年同期的95%。\n"
    assert [year for _, year in kinds_and_years(share)] == [2023]  # a share of last year's, this year's figure


def test_the_previous_year_counts_from_the_year_reviewed():
    """上年 is the year before the year a text reports on (its 2019 in a reading of the 2020 work report
    is 2018), where 去年 counts from the text's own date."""
    text = ("2020年某市政府工作报告解读(一):经济社会保持平稳健康发展\n发布日期:2020-05-14 17:30\n"
            "三次产业结构由上年的33.5:21.6:44.9调整优化为34.2:20.1:45.7。去年全市新增企业120家。\n")
    assert [year for _, year in kinds_and_years(text)] == [2018] * 3 + [2019] * 3 + [2019]


def test_this_year_in_a_bulletin_is_the_year_it_reports():
    text = "某县2011年国民经济和社会发展统计公报\n发布日期: 2012-03-23\n全县共有小学40所,本年毕业生3625人。\n"
    assert [year for _, year in kinds_and_years(text)] == [2011, 2011]


def test_a_reposted_report_reviews_the_year_before_its_title():
    text = "(某省)2016年某县人民政府工作报告(全文)\n公文搜 2021-07-23 10:11:35 政府报告\n全年实现生产总值221亿元,比上年增长10%。\n"
    assert [year for _, year in kinds_and_years(text)] == [2015, 2015]


def test_a_superlative_since_a_year_governs_nothing():
    text = REPORT_HEAD + "2023年,全区规上工业增加值增长11.4%、是2004年以来最好位次,服务业增加值增长9.3%。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]


def test_recent_years_framing_a_superlative_govern_nothing():
    """近年来 before a superlative (近年来投资最大的项目) frames it; it is not the time of the figures
    after it, which a report dated in January tells of the year before."""
    text = REPORT_HEAD + "近年来投资最大的制造业项目落地开工,新培育规上工业企业20户,工业税收12.5亿元。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]


def test_the_year_of_an_award_round_dates_its_own_count_only():
    text = ("某市2022年国民经济和社会发展统计公报\n发布日期: 2023-03-20\n"
            "全年登记省级科技成果364项,获2021年度省级科技奖8项。全年科技特派员队伍发展到2537名。\n")
    assert [year for _, year in kinds_and_years(text)] == [2022, 2022, 2022]
    ranked = ("某市2022年国民经济和社会发展统计公报\n发布日期: 2023-03-20\n"
              "营商环境持续优化,其中,2021年度位列全省第5;全年新增市场主体251家。\n")
    assert [year for _, year in kinds_and_years(ranked)] == [2022]  # the ranking's round governs no figure after it


def test_main_expected_indicators_in_news_are_targets():
    text = ("某市召开人代会\n发布日期: 2020-05-20\n记者获悉,市长作政府工作报告。\n"
            "2020年,某市主要预期指标为:地区生产总值增长8%左右;财政总收入增长5%左右。\n")
    assert kinds_and_years(text) == [("target", 2020), ("target", 2020)]


def test_what_a_city_will_still_do_this_year_is_a_target():
    text = ("某市加快发展高新技术产业\n发布日期: 2019-03-02\n记者获悉,去年全市高新技术企业达到120家。\n"
            "今年该市还将完成重大关键技术攻关课题30项,取得技术成果60项。\n")
    assert kinds_and_years(text) == [("baseline", 2018), ("target", 2019), ("target", 2019)]


def test_this_and_last_year_in_a_bulletin_count_from_the_year_it_reports():
    text = ("某县2021年国民经济和社会发展统计公报\n发布时间:2022-04-11\n"
            "今年全县第二产业增加值达36.67亿元,增长12.9%。去年全县专利授权120件。\n")
    assert [year for _, year in kinds_and_years(text)] == [2021, 2021, 2020]


def test_last_years_structure_keeps_its_year():
    text = ("某区2020年国民经济和社会发展统计公报\n发布日期: 2021-03-20\n"
            "三次产业结构由上年的0.04:65.24:34.72调整为0.04:66.19:33.77。\n")
    assert [year for _, year in kinds_and_years(text)] == [2019, 2019, 2019, 2020, 2020, 2020]
    revised = ("某市2022年国民经济和社会发展统计公报\n三次产业结构由2021年核实后的16.0:40.7:43.3调整为16.3:42.0:41.7。"
               "人均地区生产总值为99270元,比去年增长13.7%。\n")
    assert [year for _, year in kinds_and_years(revised)] == [2021, 2021, 2021, 2022, 2022, 2022, 2022, 2022]


def test_an_undated_news_item_dates_its_goals_by_its_lead_year():
    text = ("某市政府工作报告解读\n5月19日上午,某市人民代表大会召开,市长作政府工作报告。2020年,某市主要预期指标为:"
            "地区生产总值增长8%左右。\n\n推进产业链链长制,力争新增工业企业200家以上,高新技术企业100家以上。\n")
    assert kinds_and_years(text) == [("target", 2020), ("target", 2020), ("target", 2020)]


def test_a_year_opening_a_paragraph_carries_to_the_next_ones_of_its_section():
    text = ("某县第五次全国经济普查公报(第六号)\n(2025年7月14日)\n二、数字经济核心产业\n"
            "2023年末,全县共有数字经济核心产业企业法人单位216个。\n"
            "在企业法人单位中,数字产品制造业5个,占2.3%。\n"
            "三、工业\n全县规模以上工业企业120个。\n")
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023), ("baseline", 2023), ("baseline", 2024)]


def test_a_year_opening_a_paragraph_on_what_will_be_done_carries_to_the_goals_below():
    # news of a congress printing no year of its own: 2023年某区将… dates the goals of the next paragraph
    text = ("1月7日,某区六届人大二次会议开幕,区长作政府工作报告。\n2023年某区将实施“三化联动”发展战略。\n"
            "经济社会发展的预期目标是:全社会固定资产投资增长10%,社会消费品零售总额增长10%。\n")
    assert kinds_and_years(text) == [("target", 2023), ("target", 2023)]
    since = ("某县科技工作综述\n发布时间:2023-06-12 10:30\n2015年以来全县将科技创新摆在突出位置。\n"
             "高企达到50家,同比增长10%。\n")
    assert [year for _, year in kinds_and_years(since)] == [2023, 2023]  # 2015年以来 is a span, no opener


def test_yao_inside_a_word_is_no_aim():
    """要 aims (全区要新增…), but not inside 要素, 主要 or 重要 (数字要素驱动业42个 reports a count)."""
    text = REPORT_HEAD + "全区数字要素驱动业42个,主要农产品加工企业15家,重要节点企业8家。全区要新增高新技术企业50家。\n"
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline", "baseline", "baseline", "target"]


def test_since_a_year_in_january_means_up_to_last_year():
    text = "某高新区创新工作综述\n发布时间:2020-01-22\n2019年以来,高新区组织申报推荐高新技术企业449家。\n"
    assert kinds_and_years(text) == [("baseline", 2019)]


def test_an_annual_plans_goals_are_for_its_year_whatever_later_year_it_names():
    text = ("某县科学技术局2021年工作思路\n发布时间:2021-01-10\n一、总体思路\n围绕“十四五”开好局,到2025年建成创新型县。\n"
            "二、奋斗目标\n实现科技研发投入1000万元,实施科技项目15个。\n")
    assert kinds_and_years(text) == [("target", 2021), ("target", 2021)]


def test_a_section_on_how_goals_were_carried_out_reports_results():
    text = "某县科技局2023年工作计划\n发布日期: 2023-12-28\n一、2023年主要目标任务落实情况\n全年新增高新技术企业14家,净增13家。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]


def test_funds_won_from_above_in_a_report_are_results():
    """争取 of funds or projects from above reports what was won; 争取 before anything else aims."""
    text = REPORT_HEAD + ("全年争取省级以上科技计划项目40多项,争取资金5450多万元。争取中央补助资金2611亿元。"
                          "争取新开工项目300个以上。\n")
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline", "baseline", "baseline", "target"]


def test_a_negative_figure_printed_with_a_minus_sign_is_read():
    rows = extract_targets("2022年,全县人口自然增长率为-0.47‰。三次产业对经济增长的贡献率分别为75.3%、-14.5%、39.2%。"
                           "索引号: kjj-2023-00020。")
    assert rows[["value", "unit", "kind", "year"]].values.tolist() == [
        [0.47, "‰", "baseline", 2022], [75.3, "%", "baseline", 2022], [14.5, "%", "baseline", 2022],
        [39.2, "%", "baseline", 2022]]


def test_the_year_a_lead_calls_a_year_of_something_is_the_texts_own():
    # an undated excerpt of a year's plan opens on 2020年是…之年 and sets its goals without a year
    text = ("2020年是全面建成小康社会和“十三五”规划收官之年,做好今年各项工作十分重要。\n"
            "经济社会发展的主要预期目标是:力争全社会固定资产投资增长8%,城镇登记失业率控制在4.5%以内。\n")
    assert kinds_and_years(text) == [("target", 2020), ("target", 2020)]


def test_within_the_year_is_the_present_year():
    text = ("某高新区召开工业经济发展大会\n记者获悉,力争年内新增规上工业企业15家;"
            "到“十四五”末,规模工业营业收入达到800亿元。\n")
    frame = extract_targets(text, page_date=date(2022, 3, 5))
    assert frame[["kind", "year"]].values.tolist() == [["target", 2022], ["target", 2025]]


def test_so_far_this_year_in_a_report_delivered_in_january_is_the_year_reviewed():
    report = "一、2023年计划执行情况\n今年以来,全县新增高新技术企业12家,同比增长20%。\n"
    news = "某县科技工作稳步推进\n记者获悉,今年以来,全县新增高新技术企业12家。\n"
    delivered = extract_targets("关于2023年计划执行情况的报告\n——2024年1月5日在某县人民代表大会上\n" + report)
    assert delivered[["kind", "year"]].values.tolist() == [["baseline", 2023], ["baseline", 2023]]
    assert extract_targets(news, page_date=date(2024, 3, 20))[["kind", "year"]].values.tolist() == [["baseline", 2024]]


def test_a_plans_section_on_achievements_reports_the_past():
    text = ("某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n一、开启新征程\n"
            "(一)决胜全面建成小康社会取得决定性成就\n“十三五”时期某市发展极不寻常。\n"
            "市域经济稳中有进。地区生产总值超2000亿元,规模以上工业企业达1189家。\n"
            "(二)主要目标\n到2025年,规模以上工业企业达到1500家。\n")
    assert kinds_and_years(text) == [("baseline", 2020), ("baseline", 2020), ("target", 2025)]
    # a section summing up the last period, its name printed with spaces inside the quotes
    text = ("某旗国民经济和社会发展第十四个五年规划和 2035 年远景目标纲要\n第一节 “ 十三五 ” 总结\n"
            "—— 经济保持平稳增长。 “ 十三五 ” 期间,地区生产总值年均增长 5.4% 。\n第二节 主要目标\n"
            "到 “ 十四五 ” 末,地区生产总值年均增长 6% 。\n")
    assert kinds_and_years(text) == [("baseline", 2020), ("target", 2025)]


def test_older_five_year_periods_give_the_year():
    # a 十一五 plan reviews “十五”时期 (2001–2005); 十五届 and 第十五 are no period
    text = ("某市国民经济和社会发展第十一个五年规划纲要\n一、“十五”时期的工作回顾\n"
            "全市生产总值达到206亿元。市十五届人大审议通过。\n二、“十一五”时期的目标\n到“十一五”末,全市生产总值达到400亿元。\n")
    assert kinds_and_years(text) == [("baseline", 2005), ("target", 2010)]


def test_news_on_a_years_work_report_reviews_the_year_before():
    # a reading published in May of the 2020 report: its 一年来 is 2019, its 今年 goals 2020
    text = ("2020年某市政府工作报告解读(一):经济社会保持平稳健康发展\n发布日期:2020-05-14 17:30\n"
            "一年来,全市地区生产总值257.02亿元,增长5.2%。今年全市地区生产总值力争增长6%。\n")
    assert kinds_and_years(text) == [("baseline", 2019), ("baseline", 2019), ("target", 2020)]
    # the progress of a report's goals within its own year is no review of the year before
    text = ("2025年区政府工作报告目标任务上半年推进情况汇总表\n时间:2025-09-19\n"
            "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。\n")
    assert [year for _, year in kinds_and_years(text)] == [2025, 2025]
    carried = ("县科学技术局落实2025年《政府工作报告》重点工作二季度进展情况表\n成文日期: 2025-08-01\n"
               "126家企业纳入高企培育库,已指导审核24家企业申报高企。\n")
    assert [year for _, year in kinds_and_years(carried)] == [2025, 2025]


def test_news_on_a_periods_results_takes_the_period():
    # results of the whole 十四五 told as it closes (or undated): figures without a year are of 2025
    text = "“十四五”某市答卷:实施重大项目1029个\n某市高质量完成“十四五”规划。全社会研发经费投入突破5亿元,年均增速12.71%。\n"
    assert kinds_and_years(text) == [("baseline", 2025), ("baseline", 2025), ("baseline", 2025)]
    card = read_card(text)
    assert (card.genre, card.plan_start, card.plan_end) == ("news_on_results", 2021, 2025)
    # a period closing as the next opens: neither is the item's own
    turned = read_card("某县:辉煌十二五完美收官 精彩十三五昂首启程\n五年来,某县实施重大项目1029个。\n")
    assert (turned.genre, turned.plan_start, turned.plan_end) == ("news_on_results", None, None)
    # told midway (2023), they are of the year told
    dated = text.replace("\n某市", "\n发布日期:2023-08-10\n某市", 1)
    assert [year for _, year in kinds_and_years(dated)] == [2023, 2023, 2023]


def test_an_unnumbered_heading_on_measures_taking_effect_is_no_goal():
    text = ("记者 某某\n发布日期:2025-02-19\n2月18日,市发展和改革委员会向大会提交了《关于某市2024年国民经济和社会发展计划执行情况的报告》。\n"
            "2024年国民经济和社会发展计划执行情况\n(一)经济发展稳进向好。\n政策措施加力显效\n"
            "●全市地区生产总值3635.62亿元,增速居全省第2位\n")
    assert kinds_and_years(text) == [("baseline", 2024)]


def test_an_undated_report_whose_lead_reviews_a_year_dates_from_the_next():
    """Undated news on a work report: the lead's year of results (2024年,该市…) is the year the report
    reviews, so the report and its 今年 are the next year's; a lead naming the goals' year keeps it
    (test_an_undated_news_item_dates_its_goals_by_its_lead_year)."""
    text = ("2月19日,某市人民代表大会开幕。代市长向大会作政府工作报告。\n"
            "政府工作报告显示, 2024年,该市地区生产总值6136.4亿元,增速居全省第三。\n"
            "今年,该市经济社会发展的主要预期目标是:地区生产总值增长6%左右;城镇新增就业8.9万人。\n")
    assert kinds_and_years(text) == [("baseline", 2024), ("target", 2025), ("target", 2025)]


def test_an_undated_reports_goals_before_its_review_still_date_from_the_year_reviewed():
    """News leading with the report's goals (今年,…主要预期目标是:) and then its review (据介绍,2024年,…):
    今年 says nothing of the year by itself, so the year reviewed, 2024, dates the report in 2025."""
    text = ("1月20日,在某区人大会议上,代区长作《政府工作报告》。今年,某区经济社会发展的主要预期目标是:地区生产总值增长5%左右。\n"
            "据介绍,2024年,某区新引进企业208家,全年货运周转量同比增长6.5%。\n")
    assert kinds_and_years(text) == [("target", 2025), ("baseline", 2024), ("baseline", 2024)]


def test_the_first_quarters_of_a_year_are_no_deadline():
    """2024年前三季度 is the first three quarters of 2024, not a deadline before it (2025年前):
    the figures after it are results."""
    text = REPORT_HEAD + "金融业2023年前三季度增加值同比增长13.2%,贡献税收超120亿元。全区力争2025年前建成园区3个。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023), ("target", 2025)]


def test_this_year_under_a_review_of_an_earlier_year_is_that_year():
    """A report published late (August 2022) whose section reviews 2021 (一、2021年计划执行情况)
    was written in 2021: its 今年以来 is 2021; the section on the next year's plan keeps the
    document's year, and a review of its own year is unchanged."""
    text = ("某区2021年国民经济和社会发展计划执行情况与2022年计划草案报告\n发布日期:2022-08-05\n"
            "一、2021年计划执行情况\n今年以来,全区经济运行稳中有进,GDP增长8.7%。\n"
            "二、2022年计划草案\n今年全区地区生产总值预期增长6%左右。\n")
    assert kinds_and_years(text) == [("baseline", 2021), ("target", 2022)]


def test_figures_one_strives_to_reach_are_goals():
    """努力实现 commits to what follows as 力争 does, and …的增长目标 names the list as goals: the
    amount before 的增长目标 is its last goal, not a qualifier of the count before it."""
    text = ("某市人大会议开幕\n1月9日,某市七届人大五次会议开幕。\n“十四五”时期,某市要建设成为区域旅游中心,"
            "努力实现地区生产总值年均增长7%以上、游客人次达到1.5亿人次、旅游总收入达到1500亿元的增长目标。\n")
    assert [(row.value_text, row.kind, row.year) for row in rows(text).itertuples()] == [
        ("7", "target", 2025), ("1.5亿", "target", 2025), ("1500亿", "target", 2025)]


def test_a_sentence_opening_on_a_year_and_jiang_aims_to_its_end():
    """2016年,某师将实现…;…: the year's 将 opens goals for the whole sentence, as 今年…将 does; 将近
    (nearly) is no aim."""
    text = ("某师召开经济工作会议\n发布日期: 2016-01-20\n2016年,某师将实现生产总值150亿元,增长14.4%;城镇居民人均可支配收入34988元,"
            "增长14%。\n2015年,某师将近一半企业实现盈利,利润总额12亿元。\n")
    assert kinds_and_years(text) == [("target", 2016)] * 4 + [("baseline", 2015)]


def test_last_years_same_period_opening_a_sentence_dates_its_figure():
    """去年同期,…40家 states last year's figure (a time, not a comparison base); 与去年同期基本持平 compares."""
    text = ("某园区经济运行\n发布日期: 2014-12-20\n去年同期,园区规模以上高新技术企业40家,今年截至11月末,共新增企业13家。\n")
    assert kinds_and_years(text) == [("baseline", 2013), ("baseline", 2014)]


def test_a_purpose_named_before_a_year_opening_the_results_is_no_aim():
    """…围绕建设美丽某州目标, 2014年,某州实现生产总值106.62亿元: the 目标 is the purpose before the
    year opens what was reached."""
    text = ("某州经济社会发展综述\n发布日期: 2015-01-20\n全州上下紧紧围绕建设经济某州、美丽某州目标, 2014年,某州实现地区生产总值106.62亿元,"
            "增长4.1%。\n")
    assert kinds_and_years(text) == [("baseline", 2014), ("baseline", 2014)]


def test_a_pair_leaping_from_one_year_to_another_dates_the_rate_after_it():
    """从2020年的639.9亿元跃升至2024年的901.8亿元,年均增长5.2%: 跃升至 changes as 增加到 does, so the
    rate is the pair's end year's."""
    text = ("某州“十四五”成就综述\n发布日期:2025-12-02\n“十四五”期间,全州经济总量从2020年的639.9亿元跃升至2024年的901.8亿元,"
            "年均增长5.2%。\n")
    assert [year for _, year in kinds_and_years(text)] == [2020, 2024, 2024]


def test_a_rise_to_this_years_month_is_reached():
    """提升至今年10月的45.9% is where the share stands now, reached, unlike 到今年底 (a deadline)."""
    text = ("某州成就综述\n发布日期:2025-12-02\n产业投资占比从2020年的10.4%提升至今年10月的45.9%。力争到今年底达到50%。\n")
    assert kinds_and_years(text) == [("baseline", 2020), ("baseline", 2025), ("target", 2025)]


def test_a_page_dated_before_the_months_it_reports_tells_of_the_year_before():
    """A page of January 2015 on 1-11月 (截至11月底, 今年截止11月末) reports the year before: its 今年 is 2014
    and its 去年同期 2013; a page of December keeps its own year."""
    lead = "1-11月某园经济运行简析\n发布时间:2015-01-21\n截至11月底,园区规模以上高新技术企业53家。\n"
    text = lead + "去年同期,园区规模以上高新技术企业40家,今年截止11月末,共新增企业13家。\n"
    assert kinds_and_years(text) == [("baseline", 2014), ("baseline", 2013), ("baseline", 2014)]
    december = text.replace("2015-01-21", "2014-12-20")
    assert kinds_and_years(december) == [("baseline", 2014), ("baseline", 2013), ("baseline", 2014)]


def test_a_plans_wrapped_title_is_no_goals_heading_and_its_review_reports_the_past():
    """A plan's title wrapped onto a second line (…第十四个 / 五年规划和二〇三五年远景目标纲要) names no goals,
    and its first chapter on achievements (第一章发展环境 / 第一节发展成就, printed without a space)
    reports what was reached before the plan: 2020年…达到38.11亿元 is a baseline."""
    text = ("某旗国民经济和社会发展第十四个\n五年规划和二〇三五年远景目标纲要\n某旗人民政府\n2021 年 3 月\n"
            "第一章发展环境\n第一节发展成就\n综合经济实力进一步增强。 2020 年,全旗地区生产总值达到 38.11 亿元。\n"
            "第二章总体要求\n到2025年,全旗地区生产总值达到55亿元。\n")
    assert kinds_and_years(text) == [("baseline", 2020), ("target", 2025)]


def test_from_this_year_on_aims_the_sentence():
    """从今年起,… each year's allocation and the goals the sentence lists after it are to come."""
    text = ("某基地科技进步贡献率达46%\n发表时间:2018年01月02日\n从今年起,管委会每年安排专项资金2000万元,"
            "并按每年30%的增速逐年递增。\n从今年起,自治区将把科技创新纳入考核,研发投入占GDP的比重将达到1.8%,"
            "科技进步贡献率达到50%。\n")
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline"] + ["target"] * 4  # the headline reports


def test_the_next_five_years_end_five_years_on():
    """今后五年 / 未来五年 are goals for the five years from the document's year, or from the next in
    one dated in its last quarter (a congress of December 2021 plans 2022–2026)."""
    goals = "报告提出今后五年主要奋斗目标:地区生产总值年均增长7%以上,一般公共预算收入年均增长5%。\n"
    december = "某市人代会开幕\n2021/12/06 来源:某日报\n" + goals
    january = "某区人代会开幕\n发布日期: 2023-01-12\n" + goals.replace("今后", "未来")
    assert kinds_and_years(december) == [("target", 2026), ("target", 2026)]
    assert kinds_and_years(january) == [("target", 2027), ("target", 2027)]


def test_loans_and_funds_won_in_a_report_are_results():
    """Loans and quoted funds won (争取各类扶贫贷款37.56亿元, 累计争取“科技贷”资金2.65亿元), and
    whatever 争取获得 won, are results too, like funds from above
    (test_funds_won_from_above_in_a_report_are_results)."""
    text = REPORT_HEAD + "全年争取各类扶贫贷款37.56亿元,累计争取“科技贷”资金2.65亿元。争取新开工项目300个以上。\n"
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline", "baseline", "target"]
    # 通过争取获得…的机遇: what striving won, as told after the fact
    won = REPORT_HEAD + "2016年起通过争取获得国家售电侧改革试点城市的机遇,全市水火电总装机容量近380万千瓦。\n"
    assert [kind for kind, _ in kinds_and_years(won)] == ["baseline"]


def test_the_share_of_a_quota_done_is_a_result():
    """完成任务113% is how much of the year's quota was done, a result; 任务 naming the quota's own
    value (完成…全年专利申请任务301件的117%) keeps the quota a target."""
    text = ("某市2020年国民经济和社会发展统计公报\n发布日期: 2021-03-20\n"
            "全年全市城镇新增就业2.81万人,完成任务113%;城镇失业人员再就业1.18万人,完成年度目标任务161%;"
            "认定创新型企业15家,完成市上下达任务16家的93.7%。\n")
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline"] * 5 + ["target", "baseline"]
    # the quota as 任务数, and the quota with its share done leaving the sentence's later figures results
    counted = ("某县2006年经济发展综述\n再就业299人,完成全年任务数200人的149.5%。"
               "2006年,全县地区生产总值预计达到82亿元,完成年度目标78亿元的105.1%,同比增长26.3%。\n")
    assert [kind for kind, _ in kinds_and_years(counted)] == ["baseline", "target", "baseline", "baseline", "target",
                                                              "baseline", "baseline"]


def test_a_report_on_a_development_plan_reads_as_a_report():
    """An annual plan by its card (test_a_report_on_a_development_plans_execution_is_an_annual_plan),
    the report on a development plan tells the year past as a work report does: an undated figure
    is that year's result, and the next year's goals are cued."""
    text = ("关于某市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n"
            "发布日期: 2022-01-20\n全市地区生产总值增长6.5%,新增高新技术企业120家。2022年力争地区生产总值增长6%。\n")
    assert read_card(text).genre == "annual_work_plan"
    assert kinds_and_years(text) == [("baseline", 2021), ("baseline", 2021), ("target", 2022)]


def test_last_year_in_an_undated_bulletin_counts_from_its_lead_year():
    """A bulletin without title year or date reports the year its lead sets off (2023年,…), so its
    上年 is the year before that."""
    text = ("2023年,全州经济恢复发展。全年地区生产总值比上年增长5.3%。\n"
            "三次产业结构由上年的29:24.8:46.2调整为28.3:22.4:49.3。年末全州常住人口27.6万人,比上年末减少0.2万人。\n")
    assert read_card(text).genre == "statistical_bulletin"
    assert kinds_and_years(text) == [("baseline", 2023)] + [("baseline", 2022)] * 3 + [("baseline", 2023)] * 5


def test_an_undated_text_naming_one_year_dates_its_figures_by_it():
    """Where neither the text's lead, title nor date gives a year, the one year it names
    (…入围2018年第一批…) dates its undated figures, with a note saying so."""
    text = ("今年以来,某州科技系统大力实施创新驱动发展战略。一季度,组织362名科技人才到基层开展服务。"
            "新增科技型企业14家,其中2家企业入围2018年第一批国家科技型中小企业名单。\n")
    frame = rows(text)
    assert list(zip(frame.value_text, frame.year)) == [("362", 2018), ("14", 2018), ("2", 2018)]
    assert "the only year the text names" in frame.note.iloc[0]
    assert rows("今年以来,组织362名科技人才到基层开展服务。\n").year.isna().all()


def test_the_progress_of_a_years_tasks_reads_as_its_results():
    """An annual plan by its card (test_the_progress_of_a_years_tasks_is_an_annual_plan), an
    account of how a year's tasks went tells that year's results beside its goals."""
    text = ("2023年某县科技局主要目标任务落实情况\n序号 | 工作任务 | 进展情况\n"
            "1 | 新增高新技术企业10家 | 全年科技型中小企业入库认定86家,完成年度目标任务215%。\n")
    assert read_card(text).genre == "annual_work_plan"
    assert kinds_and_years(text)[-2:] == [("baseline", 2023), ("baseline", 2023)]


def test_a_period_after_from_dates_only_the_start_of_the_change():
    """从“十二五”末X、Y增加到Z、W: the period dates the start values; the end values are the
    years reviewed (五年来 → the last whole year), and so are later changes in the paragraph."""
    text = ("2021年某市政府工作报告\n发布日期: 2021-02-20\n五年来,全市经济稳步增长。城镇和农村居民人均可支配收入"
            "从“十二五”末2.3万元、0.7万元增加到3.4万元、1.1万元。城镇化率从34.4%提升到49%。\n")
    assert [year for _, year in kinds_and_years(text)] == [2015, 2015, 2020, 2020, 2015, 2020]
    # with no 到 after the verb, the period dates the start value up to the verb only
    text = ("某区两会新闻发布会召开\n发布日期: 2021-01-23\n“十三五”再创佳绩。\n全区地区生产总值从“十二五”末的501.79亿元"
            "提升突破900亿元。新增企业45063户。\n")
    assert [year for _, year in kinds_and_years(text)] == [2015, 2020, 2020]


def test_a_pair_of_years_dates_the_pairs_after_it():
    """由2016年的X增加到2020年的Y sets the span its paragraph goes on reviewing: a later 由A增加到B
    runs over the same years and a state reached (达到C) is the end year's."""
    text = (REPORT_HEAD + "地区生产总值由2018年的300亿元增加到2023年的420亿元。人均生产总值达到6万元。"
            "工业增加值由90亿元增加到130亿元。\n")
    assert [year for _, year in kinds_and_years(text)] == [2018, 2023, 2023, 2018, 2023]


def test_a_line_opening_goals_heads_the_paragraphs_below():
    """A report's line leading to goals (…的主要目标是:) makes the paragraphs under it, up to the
    next heading, goals of the year it names; a heading ends them."""
    text = (REPORT_HEAD + "一、2023年工作回顾\n全区生产总值增长6%。\n二、2024年工作安排\n今年经济社会发展的主要预期目标是:\n"
            "——经济稳步增长。地区生产总值增长5.5%左右。\n——创新动能增强。研发投入强度达到3%。\n三、过去一年的成效\n新增企业20家。\n")
    assert kinds_and_years(text)[:3] == [("baseline", 2023), ("target", 2024), ("target", 2024)]
    bare = ("2022年某区政府工作报告\n今后五年的主要目标是:\n——经济实力跃上新高度。地区生产总值年均增长5%左右。\n")
    assert [kind for kind, _ in kinds_and_years(bare)] == ["target"]


def test_a_line_opening_goals_heads_the_parts_below():
    """到2017年,基本建成…。具体目标任务如下: leads to goals numbered below it: they are of the year
    it names, up to the next part of its own level."""
    text = ("(2014年11月19日)\n为加快创新型试点区建设,制订本实施方案。\n一、指导思想\n全面贯彻创新驱动发展战略。\n"
            "二、工作目标\n到2017年,基本建成区域创新体系。具体目标任务如下:\n(一)科技创新投入稳步增长\n"
            "研发经费支出占地区生产总值比重不低于2.5%。\n(二)企业培育\n高新技术企业达到120家。\n"
            "三、保障措施\n2015年安排科技专项资金500万元。\n")
    assert kinds_and_years(text) == [("target", 2017), ("target", 2017), ("target", 2015)]


def test_a_year_after_the_report_named_is_the_year_reviewed():
    """News headed 《政府工作报告》摘要:2021年…全面完成 tells the results of 2021 (the year after the
    report's name is the year reviewed, not the report's); 2022年某县政府工作报告摘要 reviews 2021."""
    body = "\n1月20日,县长作《政府工作报告》。\n据统计预测,全县地区生产总值增长12.6%。\n"
    after = extract_targets("《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成" + body,
                            page_date=date(2022, 1, 24))
    before = extract_targets("2022年某县政府工作报告摘要" + body, page_date=date(2022, 1, 24))
    assert (list(after.year), list(before.year)) == ([2021], [2021])


def test_a_projects_progress_by_its_clauses():
    """A mid-year account of a year's projects: the year's planned investment and the projects
    planned to start are goals; what was done by June (1-6月累计完成投资), its share of the plan
    (占年计划投资的64.49%) and the projects under way are results. 年度计划投资 labels its own
    clause's figure and aims no other."""
    text = ("2023年县级重点项目共530项,总投资2944.74亿元,年度计划投资561.86亿元,1-6月累计完成投资362.32亿元,"
            "占年计划投资的64.49%,其中:在建项目185项;计划新开工项目157项。\n")
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023), ("target", 2023), ("baseline", 2023),
                                     ("baseline", 2023), ("baseline", 2023), ("target", 2023)]


def test_the_past_five_years_of_a_period_told_in_its_last_year():
    """News on a five-year period's results told in its last year (“十四五”…答卷, November 2025):
    五年来 ends with the period, 2025; told in the year after, with the year before."""
    body = "\n五年来,该县累计实施重大项目300个,完成投资616.31亿元。\n"
    last_year = kinds_and_years("某县“十四五”交出高质量发展亮眼答卷\n2025-11-26 09:07:38 来源:某某在线" + body)
    after = kinds_and_years("某县“十四五”交出高质量发展亮眼答卷\n2026-01-26 09:07:38 来源:某某在线" + body)
    assert (last_year, after) == ([("baseline", 2025)] * 2, [("baseline", 2025)] * 2)


def test_a_year_opening_a_clause_under_a_heading_of_goals_is_a_goals_year():
    """Under a heading of goals (一、目标), clauses each opening on a year (2019年…至少达到34家;
    2020年…至少达到40家) are goals for those years, though the text states no plan period; the
    same clauses in a paragraph of results report what was reached."""
    plan = extract_targets("某县创新型县建设实施方案\n一、目标\n"
                           "1. 2019年高新技术企业数量至少达到34家;2020年高新技术企业数量达到40家。\n")
    assert list(zip(plan.value_text, plan.kind, plan.year)) == [("34", "target", 2019), ("40", "target", 2020)]
    news = extract_targets("某县科技工作取得新成效\n2019年高新技术企业数量达到34家;2020年高新技术企业数量达到40家。\n")
    assert list(news.kind) == ["baseline", "baseline"]


def test_a_meetings_attendance_is_counted_in_its_year():
    """News of a congress early in a year looks back on the year before, but the meeting's own
    attendance (大会应到代表148名,实到代表133名,请假15名; 来自全市各条战线的300多名人大代表) is counted
    at the meeting, in the year of its date."""
    text = ("某市第十七届人民代表大会第五次会议开幕\n发布时间:2026-01-08\n来自全市各行各业、各条战线的300多名人大代表出席。"
            "大会应到代表148名,实到代表133名,请假15名,符合法定人数。过去一年,全市地区生产总值增长5.2%。\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.year)) == [
        ("300", 2026), ("148", 2026), ("133", 2026), ("15", 2026), ("5.2", 2025)]


def test_an_undated_text_naming_a_reports_parts_dates_from_its_delivery():
    """Undated news of a congress naming the work report's parts (报告分为2019年工作回顾、2020年工作
    安排) was written early in 2020: the meeting's attendance is of 2020, the year's estimates
    (预计全年…) of 2019."""
    text = ("某市第十六届人民代表大会第四次会议开幕\n1月3日下午,某市第十六届人民代表大会第四次会议开幕。大会应到代表300名。\n"
            "市长代表市人民政府向大会作工作报告。报告分为2019年工作回顾、2020年工作安排等三个部分。\n"
            "过去的一年,市政府较好完成了各项目标任务。预计全年实现地区生产总值940亿元,增长5%。\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.kind, frame.year)) == [
        ("300", "baseline", 2020), ("940亿", "baseline", 2019), ("5", "baseline", 2019)]


def test_target_firms_are_no_goal():
    """目标企业 (the firms an investment drive targets) is a noun: a result reported after it stays a
    result; 目标 as a goal still aims."""
    done = extract_targets("某县招商工作综述\n研究制定产业链图谱,靶向聚焦169家目标企业精准发力,2021年累计签约项目25个,到位资金11.67亿元。\n",
                           page_date=date(2022, 3, 1))
    aims = extract_targets("某县招商工作要点\n全年目标签约项目30个。\n", page_date=date(2022, 3, 1))
    assert list(zip(done.value_text, done.kind)) == [("25", "baseline"), ("11.67亿", "baseline")]
    assert list(aims.kind) == ["target"]


def test_the_previous_year_of_a_change_dates_only_its_start():
    """由上年8.7:47.1:44.2调整为8.3:48.1:43.6: 上年 dates the start of the change only; its end and the
    sentence after it are the bulletin's year."""
    frame = extract_targets("某市2022年国民经济和社会发展统计公报\n三次产业结构由上年8.7:47.1:44.2调整为8.3:48.1:43.6。"
                            "人均地区生产总值为113628元,同比增长4.9%。\n")
    assert list(zip(frame.value_text, frame.year)) == [
        ("8.7", 2021), ("47.1", 2021), ("44.2", 2021), ("8.3", 2022), ("48.1", 2022), ("43.6", 2022),
        ("113628", 2022), ("4.9", 2022)]
    # 上年同期的 after 由 too: the start's own figures (not 为上年同期的95%, this year's share)
    frame = extract_targets("某县2022年国民经济和社会发展统计公报\n三次产业结构由上年同期的11.0:46.9:42.1调整为"
                            "10.8:47.2:42.0。\n")
    assert frame.year.tolist() == [2021, 2021, 2021, 2022, 2022, 2022]


def test_a_report_is_dated_by_its_delivery_before_its_page():
    """A work report delivered on 2020年12月29日 and posted a year later speaks from its delivery: its
    past five years end in 2020, not in the year of the page."""
    text = ("2021年某市政府工作报告\n2021-12-13 09:44:10\n政府工作报告\n——2020年12月29日在某市第六届人民代表大会第五次会议上\n"
            "各位代表:\n过去的五年,我们坚定不移贯彻新发展理念。全市规上工业企业达到427家。\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.year)) == [("427", 2020)]


def test_a_table_of_contents_opens_no_section():
    """The entries of a table of contents (提纲: 一、2025年工作回顾 … 三、2026年工作安排) open no section:
    the review under the text's own first heading stays a review."""
    text = ("2026年某市政府工作报告\n提纲:\n一、2025年工作回顾\n二、“十五五”时期奋斗目标\n三、2026年工作安排\n"
            "2026年某市政府工作报告\n——2026年1月5日在某市第一届人民代表大会第一次会议上\n各位代表:\n"
            "全市地区生产总值完成423.46亿元,增长5.4%。\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.kind, frame.year)) == [("423.46亿", "baseline", 2025), ("5.4", "baseline", 2025)]


def test_a_goal_exceeded_by_a_figure_is_a_result():
    """超“十五”计划目标3.73亿元 is the excess over a goal, reached; 实现年度目标12亿元 names the goal."""
    done = extract_targets("某县县长访谈\n2005年,全县共完成生产总值19.33亿元,超“十五”计划目标3.73亿元。\n")
    aims = extract_targets("某县2006年工作要点\n全年实现财政收入年度目标12亿元。\n")
    assert list(zip(done.value_text, done.kind)) == [("19.33亿", "baseline"), ("3.73亿", "baseline")]
    assert list(aims.kind) == ["target"]


def test_a_work_report_titled_with_a_bare_year_reviews_the_year_before():
    """A page titled 2018政府工作报告 (its year without 年), posted in May, reviews 2017, and so does
    its 过去的一年."""
    text = ("2018政府工作报告\n来源: 某某网综合 作者: 2018-05-22 12:36:48\n  攻坚克难,新一届政府实现良好开局\n"
            "  过去的一年,我们扎实开展各项工作,全市高新技术企业达到120家。\n"
            "  一年来,我们强基础、增投入。全年地区生产总值完成670亿元,增长7.2%。\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.year, frame.kind)) == [
        ("120", 2017, "baseline"), ("670亿", 2017, "baseline"), ("7.2", 2017, "baseline")]
    assert read_card(text).work_report_year == 2018


def test_an_undated_text_naming_the_years_event_is_of_that_year():
    """A text printing no date but saying which year it is by an event of known date (a party
    congress, a five-year plan opening or closing, an anniversary) dates 今年 by it, and the past
    five years end with the period it says has closed."""
    congress = "今年是党的二十大召开之年。\n主要预期目标是:地区生产总值增长8.2%以上,今年实施重点项目168个。\n"
    assert [year for _, year in kinds_and_years(congress)] == [2022, 2022]
    opening = "今年是实施“十四五”规划的开局之年。今年上半年,全县实现地区生产总值96.79亿元。\n"
    assert [year for _, year in kinds_and_years(opening)] == [2021]
    anniversary = "今年是中国共产党成立100周年。今年上半年,全县实现地区生产总值96.79亿元。\n"
    assert [year for _, year in kinds_and_years(anniversary)] == [2021]
    turned = ("“十三五”完美收官,“十四五”开启征程。\n"
              "五年来,全县地区生产总值由117.77亿元增加至165.09亿元。今年上半年,全县实现地区生产总值96.79亿元。\n")
    assert kinds_and_years(turned) == [("baseline", 2015), ("baseline", 2020), ("baseline", 2021)]
    npc = ("3月5日上午,十三届全国人大二次会议在人民大会堂开幕。某县干群反响热烈。\n"
           "县委书记表示,今年确保年内摘掉贫困县帽子,贫困发生率下降到0.5%以下。\n")
    assert kinds_and_years(npc) == [("target", 2019)]
    assert rows("去年是党的二十大召开之年。今年上半年,全县实现地区生产总值96.79亿元。\n").year.isna().all()
    celebrated = ("某市庆祝改革开放40周年新闻发布会某县专场\n12月27日,发布会召开。\n"
                  "全县地区生产总值从1978年的1.13亿元起步,到1994年突破10亿元,到2009年突破100亿元。\n")
    assert kinds_and_years(celebrated)[1:] == [("baseline", 1994), ("baseline", 2009)]


def test_a_year_as_the_base_a_growth_builds_on_governs_nothing():
    """在去年大基数基础上 names last year as the base of this year's growth, not the year of the
    figures that follow; so does 在2023年高基数上."""
    head = "一季度某市经济运行稳中向好\n发布日期:2024-05-18\n"
    text = head + "今年以来,一季度工业开票销售在去年大基数基础上保持两位数增长;规上工业增加值增长17.1%。\n"
    assert kinds_and_years(text) == [("baseline", 2024)]
    text = head + "今年以来,在2023年高基数上,规上工业增加值增长17.1%。\n"
    assert kinds_and_years(text) == [("baseline", 2024)]
    assert kinds_and_years(head + "今年以来,去年规上工业增加值增长9.1%。\n") == [("baseline", 2023)]


def test_a_chapters_section_heads_its_paragraphs():
    """第一节 发展基础 under 第一章 opens a section of its own: the numbered parts below it
    (一、总体评价, 二、主要进展) review the past, as under a numbered baseline heading."""
    text = (PLAN_HEAD + "第一章 开启现代化新征程\n第一节 发展基础\n一、总体评价\n“十三五”时期是极不平凡的五年。\n"
            "二、主要进展\n全市地区生产总值达510.3亿元,一般公共预算收入达到50.5亿元。\n"
            "第二节 发展目标\n一、主要目标\n全市地区生产总值达到800亿元。\n")
    assert kinds_and_years(text) == [("baseline", 2020), ("baseline", 2020), ("target", 2023)]
    parted = (PLAN_HEAD + "第一篇 发展方位\n第一章 发展基础\n“十三五”时期是决胜阶段。\n第一节 “经济强”实现新跨越\n"
              "综合实力再创新高。地区生产总值年均增长5.9%。\n第二章 发展目标\n地区生产总值年均增长6%。\n")
    assert kinds_and_years(parted) == [("baseline", 2020), ("target", 2023)]  # 篇 over 章 over 节


def test_a_plans_own_start_is_no_goal():
    """A plan for 2021–2025 reviewing where it starts (到2020年底,预计实现…) reports a base, not a goal;
    its goals for 2025 stay goals."""
    frame = extract_targets("某区国民经济和社会发展第十四个五年规划纲要\n"
                            "综合实力不断增强。“十三五”时期,我区各项经济指标继续保持平稳增长,到2020年底,"
                            "预计实现地区生产总值100.13亿元,同比2015年增长67.86%。\n到2025年,地区生产总值达到150亿元。\n")
    assert list(zip(frame.value_text, frame.kind, frame.year)) == [
        ("100.13亿", "baseline", 2020), ("67.86", "baseline", 2020), ("150亿", "target", 2025)]


def test_a_part_titled_from_its_year_is_a_heading():
    """第一部分2023年…执行情况, its title run on to the number, heads a part as 第一部分 2023年… does:
    what it reports is that year's result; the next part's plan aims."""
    text = ("各位代表:\n受区人民政府委托,现将我区2023年国民经济和社会发展计划执行情况与2024年计划草案报告如下。\n"
            "第一部分2023年国民经济和社会发展计划执行情况\n"
            "(二)有效投资量质齐升。着力推动重大项目加快开工建设,全年实现固定资产投资完成811.69亿元、增长10.1%。\n"
            "第二部分2024年国民经济和社会发展计划草案\n全年固定资产投资增长8%。\n")
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023), ("target", 2024)]


def test_a_goal_quoted_in_a_review_is_a_target():
    """In a review of the year (执行情况), the goal quoted beside each result (预期目标为8.5%以上) is the
    goal's value, a target; the result stays a result."""
    text = ("某县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n一、2022年计划执行情况\n"
            "全年实现地区生产总值增长5.9%,排名全市第1位(预期目标为8.5%以上);固定资产投资增长14.2%(预期目标为10%以上)。\n")
    assert kinds_and_years(text) == [("baseline", 2022), ("target", 2022), ("baseline", 2022), ("target", 2022)]
    # the year's quota named as what was done (完成年计划710亿元的89.4%) is a target too; its share a result
    quota = ("某区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n一、2022年计划执行情况\n"
             "初步预计,地区生产总值635亿元,完成年计划710亿元的89.4%。\n")
    assert [kind for kind, _ in kinds_and_years(quota)] == ["baseline", "target", "baseline"]


def test_a_subject_and_jiang_opening_a_sentence_aims_to_its_end():
    """象山将…, 攻坚抓好8个…项目, …完成固定资产投资280亿元以上: the subject's 将 opens goals for the
    whole sentence; 将 as 把 (我县将科技创新摆在首位) is no aim."""
    text = ("某县县委书记谈发展\n抓大项目。某县将深化落实重大项目前期工作,攻坚抓好8个省重点项目,"
            "全年盘活闲置低效用地4750亩,完成固定资产投资280亿元以上。\n")
    assert [kind for kind, _ in kinds_and_years(text)] == ["target", "target", "target"]
    placed = "某县科技局2024年工作总结\n我局将科技创新摆在首位,新增高新技术企业30家。\n"
    assert [kind for kind, _ in kinds_and_years(placed)] == ["baseline"]


def test_a_years_first_quarters_are_no_deadline():
    """2022年前三季度 is the span so far, whose figures are results; 2025年前建成 is a deadline."""
    text = ("某县经济运行情况\n2022年前三季度,全县实现地区生产总值215.9亿元,同比增长4.2%。"
            "力争2025年前建成省级高新区1个。\n")
    assert kinds_and_years(text) == [("baseline", 2022), ("baseline", 2022), ("target", 2025)]


def test_a_paragraph_announcing_its_tasks_aims():
    """该县将重点抓好七个方面工作。一是…: the tasks listed after the announcement are goals, though
    worded without a cue of their own (全年新增规上工业企业25家)."""
    text = ("某某日报客户端讯(通讯员某某)12月26日,笔者从某县第十九届人民代表大会第三次会议获悉,该县明确2024年重点工作。\n"
            "2023年,某县先后获评全国“两山”实践创新基地。\n"
            "该县将重点抓好七个方面工作。一是坚定不移壮大优势产业。全年新增规上工业企业25家,"
            "新增高新技术企业10家。二是狠抓项目建设。推动建设千万元以上重点项目200个。\n")
    assert [kind for kind, _ in kinds_and_years(text)] == ["target", "target", "target"]


def test_a_line_leading_to_the_tasks_heads_the_parts_below():
    """重点抓好以下8个方面工作: leads to the year's tasks, numbered below it: their uncued figures
    are goals, up to the next part of the report's own level; 重点抓好了以下工作 tells the past."""
    def report(lead: str) -> str:
        return ("某县政府工作报告\n一、2024年工作回顾\n全县地区生产总值增长6%。\n二、2025年主要工作\n"
                f"{lead}\n(一)持续扩大有效投资。实施市级重大项目16个,完成投资60.3亿元以上。\n"
                "三、加强政府自身建设\n全年办理建议120件。\n")
    assert [kind for kind, _ in kinds_and_years(report("围绕上述目标,重点抓好以下8个方面工作:"))] == [
        "baseline", "target", "target", "baseline"]
    assert [kind for kind, _ in kinds_and_years(report("一年来,我们重点抓好了以下工作:"))] == [
        "baseline", "baseline", "baseline", "baseline"]


def test_a_lead_in_before_a_years_jiang_still_aims_the_sentence():
    """据介绍,2012年,某开发区将力争实现企业总产值380亿元;生产总值110亿元: the lead-in leaves the year's
    将 opening the sentence, and its goals run on past the semicolons."""
    text = ("某开发区“二次创业”\n发布时间:2012-05-24\n据介绍,2012年,某开发区将力争实现企业总产值380亿元;生产总值110亿元;"
            "全口径财政收入26亿元。\n")
    assert kinds_and_years(text) == [("target", 2012)] * 3


def test_a_bulletins_change_starts_the_year_before():
    """In a year's bulletin, a change printed without its start year (三次产业比例由7.3:53.5:39.2调整为
    7.0:53.0:40.0) starts from the year before the one reported."""
    text = "某区2018年国民经济和社会发展统计公报\n产业结构进一步优化。三次产业比例由7.3:53.5:39.2调整为7.0:53.0:40.0。\n"
    assert [year for _, year in kinds_and_years(text)] == [2017, 2017, 2017, 2018, 2018, 2018]


def test_an_earlier_year_in_a_bulletin_dates_only_its_sentence():
    """A bulletin titled on 2023 whose paragraph turns to 2022年,… for one sentence: the sentences
    after it report 2023 again, as the whole bulletin does; in other texts the year carries on."""
    body = "2023年,全区农业总产值8.8亿元。2022年,粮食产量1.67万吨。蔬菜产量14.68万吨,同比增长3.7%。\n"
    bulletin = "某区2023年国民经济和社会发展统计公报\n二、农业\n" + body
    assert [year for _, year in kinds_and_years(bulletin)] == [2023, 2022, 2023, 2023]
    news = "某区农业发展情况\n本报讯 记者从区农业局获悉。\n" + body
    assert [year for _, year in kinds_and_years(news)] == [2023, 2022, 2022, 2022]


def test_a_heading_of_the_years_key_indicators_lists_targets():
    # news of February on a town's goals: the list under 2024年重点指标 holds the year's targets,
    # while a bulletin's 主要指标完成情况 reports results
    text = ("某镇召开高质量发展推进会\n发布时间: 2024-02-19 10:30\n会上,镇党委书记表示,2024年将全力抓招商、上项目。\n"
            "2024年重点指标\n◆GDP同比增长5%;规上工业总产值431亿元;工业投资35.9亿元。\n◆新认定高企94家。\n")
    assert kinds_and_years(text) == [("target", 2024)] * 4
    done = ("某县2023年国民经济和社会发展统计公报\n2023年主要指标完成情况\n全县地区生产总值增长5.2%;规上工业增加值增长6.1%。\n")
    assert kinds_and_years(done) == [("baseline", 2023)] * 2
    going = "某县2024年工作进展\n发布时间: 2024-05-20 10:30\n一、2024年重点任务推进情况\n全县GDP同比增长5.5%。\n"
    assert [kind for kind, _ in kinds_and_years(going)] == ["baseline"]  # how the year's tasks go: results


def test_a_year_compared_against_dates_nothing():
    # 高于上年 / 快于上年 compare with last year: the figure is of the year reviewed, the number after
    # the base a difference (no bound)
    text = ("某县人民政府工作报告\n——2017年3月28日在某县第十六届人民代表大会第二次会议上\n2016年工作回顾\n"
            "2016年,全县经济平稳增长。\n发展速度较快。增速快于上年的有16项。全县税收收入61.74亿元,增长29.8%,"
            "增速高于上年22.2个百分点;其中国税收入增长31.2%。规上工业增加值增长8%,高于全市0.5个百分点。\n")
    frame = rows(text)
    assert set(frame.year) == {2016}
    assert frame.set_index("value_text").comparator["22.2"] == "="
    assert frame.set_index("value_text").comparator["0.5"] == "="  # a difference from the city's rate
    share = rows("某县2023年国民经济和社会发展统计公报\n全县工业产值占比超过全市30%。\n")
    assert share.comparator.tolist() == [">"]  # a bound on a share of the city stays one


def test_inner_mongolia_is_no_term_within_a_year():
    # 2023年内蒙古… is a year and a region, not 年内 (within the year) or 23年内 (within 23 years)
    text = "发布时间:2024-11-27 12:01:15 来源: 某网\n2023年内蒙古某口岸进出口总值为423.1亿元,比去年同期增长59.9%。\n"
    assert kinds_and_years(text) == [("baseline", 2023), ("baseline", 2023)]


def test_since_a_period_began_reaches_its_end_once_it_is_over():
    # “十四五”以来 in January 2026 tells the period through its end (2025); in mid-2024 or mid-2026,
    # through the document's year
    after = "发布时间:2026-01-05 10:00\n“十四五”以来,江门地区生产总值超4200亿元。\n"
    during, later = after.replace("2026-01-05", "2024-06-05"), after.replace("2026-01-05", "2026-07-05")
    assert [kinds_and_years(text) for text in (after, during, later)] == [
        [("baseline", 2025)], [("baseline", 2024)], [("baseline", 2026)]]


def test_a_year_of_the_basis_of_a_calculation_dates_only_the_basis():
    # 按2022年常住人口(28.3万人)计算 in a 2023 bulletin: the population is 2022's, the figures after it 2023's
    text = ("2023年某县国民经济和社会发展统计公报\n初步核算,实现地区生产总值220.1亿元。按2022年常住人口(28.3万人)计算,"
            "人均生产总值77760元。实现农林牧渔业增加值25.1亿元,增长4.7%。\n")
    assert [year for _, year in kinds_and_years(text)] == [2023, 2022, 2023, 2023, 2023]


def test_a_holding_is_reached_in_an_untyped_text():
    # an untitled excerpt of no genre: what the zone 拥有 (holds) is reached; what it 力争拥有 is aimed at
    text = ("据了解,经过十几年的发展,经开区拥有高新技术企业52家,位列全市第三。力争拥有省级研发平台60家。"
            "每万人有效发明专利拥有量达到7.4件。\n")
    assert [kind for kind, _ in kinds_and_years(text)] == ["baseline", "target", "target"]  # 拥有量 is a measure
    ratio = "某县2024年工作要点\n二、2024年工作安排\n每千人口拥有3岁以下婴幼儿托位数达到4.5个。\n"
    assert [kind for kind, _ in kinds_and_years(ratio)] == ["target"]  # 每千人口拥有…: a ratio's name


def test_items_after_a_lead_to_what_will_be_done_are_targets():
    """A news item on a work report: the items after 县政府将…重点抓好…。分别是: are what the report commits to,
    though each item states a bare 新建/建成; a list of what was done (去年…分别是:) stays a result."""
    news = ("【直击两会】某县政府2020年将为民办好15件大事\n时间:2020-05-11\n"
            "5月10日上午,某县人代会开幕。《报告》指出,县政府将继续优先保障民生投入,重点抓好15件大事和民生实事。"
            "分别是: (1)新建公共厕所120座。 (2)建成污水处理站5个。\n")
    done = "某县新闻\n时间:2020-05-11\n去年,某县建成10件民生实事,分别是: (1)新建公共厕所120座。\n"
    assert kinds_and_years(news) == [("target", 2020), ("target", 2020)]
    assert [kind for kind, _ in kinds_and_years(done)] == ["baseline"]


def test_a_list_over_a_span_of_years_gives_each_figure_its_year():
    text = (PLAN_HEAD + "2016-2020年,地区生产总值分别为40.59亿元、44.66亿元、47.56亿元、51.34亿元、51.99亿元。"
            "2016-2020年,专利授权量和发明专利分别达到900件、120件。\n")
    # one figure a year takes its year; a list of indicators over the span takes the span's end
    assert [year for _, year in kinds_and_years(text)] == [2016, 2017, 2018, 2019, 2020, 2020, 2020]


def test_a_lead_looking_back_over_a_span_dates_by_its_end():
    """An undated ten-year review (十年来(2012-2021),…累计完成…) dates its figures by the span's last year."""
    text = ("松江报\n\n十年来(2012-2021),某镇地区生产总值累计完成167.20亿元,年均增长5.7%。\n\n"
            "财政总收入累计完成120.39亿元;\n")
    assert kinds_and_years(text) == [("baseline", 2021)] * 3


def test_a_deed_done_with_jiang_and_a_plans_completion_rate_are_results():
    news = "某县新闻\n时间:2024-04-18\n他们攻克了鲜莲锁鲜技术,将白莲附加值提高了近10倍。该县将新建冷库5座。\n"
    assert kinds_and_years(news) == [("baseline", 2024), ("target", 2024)]
    rate = "某县新闻\n时间:2023-09-01\n年初以来,重点项目已开复工27个,年度计划投资完成率达72%。\n"
    assert [kind for kind, _ in kinds_and_years(rate)] == ["baseline", "baseline"]
    done = "某市政府工作报告\n2023年1月10日\n过去一年,“夏季攻势”68项年度任务全部完成。全年专利申请任务301件。\n"
    assert [kind for kind, _ in kinds_and_years(done)] == ["baseline", "target"]


def test_a_plan_for_the_year_in_news_is_a_goal():
    news = ("某镇新闻\n时间:2025-04-01\n全力开展全链招商,计划全年新签约亿元以上项目8个以上,一季度已超前完成500万美元外资到账任务。"
            "全年计划实施重大项目20个。\n")
    assert [kind for kind, _ in kinds_and_years(news)] == ["target", "baseline", "target"]
