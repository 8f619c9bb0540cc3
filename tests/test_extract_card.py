"""The document card on hand-written heads of documents, one construction each."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.extract.card import plan_period, read_card
from analysis.extract.targets import read_document


def test_metadata_box_as_table_cells_gives_number_and_dates():
    card = read_card(
        "索引号 | 11120000/2021-00012 | 发文字号 | 某政发〔2021〕5号\n"
        "发布机构 | 某区人民政府 | 成文日期 | 2021年03月02日\n发布日期 | 2021-03-05\n"
        "某区人民政府关于印发某区科技创新“十四五”规划的通知\n各部门:\n现将《某区科技创新“十四五”规划》印发给你们。\n"
    )
    assert (card.doc_number, card.signed, card.published, card.issuer) == (
        "某政发〔2021〕5号", "2021-03-02", "2021-03-05", "某区人民政府")
    assert (card.title, card.genre, card.plan_start, card.plan_end) == ("某区科技创新“十四五”规划", "plan", 2021, 2025)


def test_a_site_banner_with_the_weekday_is_not_a_document_date():
    card = read_card("天津市某区人民政府 2019年12月3日星期二\n某区2020年科技工作要点\n一、全年新增高企50家。\n")
    assert (card.signed, card.published) == ("", "")
    assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", 2020, 2020)


def test_a_cited_document_number_is_not_the_documents_own():
    card = read_card(
        "某区科技创新三年行动计划(2020-2022年)\n为落实《天津市科技创新三年行动计划》(津政发〔2020〕23号),制定本方案。\n"
    )
    assert card.doc_number == ""
    assert (card.plan_start, card.plan_end) == (2020, 2022)


def test_own_number_on_its_own_line_and_signature_date_under_the_notice():
    card = read_card(
        "某区人民政府\n关于印发某区科技创新三年行动计划\n实施方案（2021—2023年）的通知\n某政发〔2021〕3号\n"
        "各委、办、局:\n现印发给你们。\n2021年4月7日\n"
    )
    assert card.title == "某区科技创新三年行动计划实施方案（2021—2023年）"
    assert (card.issuer, card.doc_number, card.signed) == ("某区人民政府", "某政发〔2021〕3号", "2021-04-07")
    assert (card.plan_start, card.plan_end) == (2021, 2023)


def test_thirteenth_five_year_plan_period():
    card = read_card("某市科技创新“十三五”规划\n")
    assert (card.plan_start, card.plan_end) == (2016, 2020)


def test_compact_signature_date():
    assert read_card("某区工作方案\n   20201228\n").signed == "2020-12-28"


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        ("某区人民政府对区政协十届二次会议第12号提案的答复", "proposal_reply"),
        ("某市2023年国民经济和社会发展统计公报", "statistical_bulletin"),
        ("2024年某区政府工作报告", "government_work_report"),
        ("某区科技局负责人就《某区科技创新规划》答记者问", "qa"),
        ("图解：某区科技创新“十四五”规划解读", "news_on_plan"),
        ("某区2021年科技工作要点", "annual_work_plan"),
        ("高新区2024年工作规划", "annual_work_plan"),  # a year's 工作规划 is its work plan
        ("某区促进科技成果转化若干措施", "plan"),
    ],
)
def test_genre_from_the_title(title, genre):
    assert read_card(f"{title}\n正文。\n").genre == genre


def test_news_without_a_genre_word_leans_to_what_it_reports():
    results = read_card("某区科技创新成绩亮眼\n2023年全区高企达到500家，同比增长12%，已累计完成投资。\n")
    plan = read_card("某区描绘科技创新蓝图\n近日某区印发方案，到2025年高企达到800家，目标是建成创新高地。\n")
    assert (results.genre, plan.genre) == ("news_on_results", "news_on_plan")


def test_a_news_byline_with_a_time_of_day_gives_the_published_date():
    card = read_card("国家高新区成经济增长重要引擎\n来源:经济日报 作者:某某 2023-12-18 09:06:42\n正文。\n")
    assert card.published == "2023-12-18"


def test_a_government_work_report_gives_its_date_and_issuer():
    card = read_card(
        "2020年某市人民政府工作报告\n──2020年1月14日在某市第十七届人民代表大会第三次会议上\n某市市长某某\n"
        "各位代表:\n现在,我代表市人民政府,向大会报告工作。\n"
    )
    assert (card.genre, card.signed, card.issuer) == ("government_work_report", "2020-01-14", "某市人民政府")
    district = read_card("某区政府工作报告\n各位代表:\n现在,我代表某区人民政府,向大会作政府工作报告。\n")
    assert district.issuer == "某区人民政府"


def test_a_source_byline_with_a_date_gives_the_published_date():
    assert read_card("某市科技创新规划\n来源: 发展计划处          ( 2016-09-28 )\n正文。\n").published == "2016-09-28"


def test_the_headline_is_the_line_above_the_byline():
    card = read_card("某某网移动版\n首页 新闻\n增长14.2%!2021年我国研发经费支出27864亿元\n2022-03-01 09:10:00\n来源:科技日报\n正文。\n")
    assert (card.title, card.published) == ("增长14.2%!2021年我国研发经费支出27864亿元", "2022-03-01")


def test_a_report_on_a_development_plans_execution_is_an_annual_plan():
    """The report on a year's development plan (…计划执行情况与…计划草案的报告), as most annotators
    call it, is the next year's plan; a half-year's execution report keeps its own year. Its figures
    are still read as a report's (test_a_report_on_a_development_plan_reads_as_a_report)."""
    card = read_card("关于某市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n"
                     "受市人民政府委托,现将有关情况向大会报告。\n")
    midyear = read_card("关于某区2024年国民经济和社会发展计划上半年执行情况的报告\n正文。\n")
    budget = read_card("关于某市2021年预算执行情况和2022年预算草案的报告\n正文。\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", 2022, 2022)
    assert (midyear.genre, midyear.plan_start, midyear.plan_end) == ("annual_work_plan", 2024, 2024)
    assert budget.genre == "government_work_report"
    # untitled, opening on the heading of the execution it reports: an annual plan, its period unread
    untitled = read_card("一、2022年国民经济和社会发展计划执行情况\n今年以来,全区上下坚持稳中求进。全区地区生产总值增长5%。\n")
    assert (untitled.genre, untitled.plan_start) == ("annual_work_plan", None)


def test_an_interview_is_a_qa():
    text = "某局长:某市科技创新行动计划解读\n主持人:请您介绍一下。\n某局长:好的。\n主持人:主要目标是什么?\n"
    assert read_card(text).genre == "qa"
    # questions numbered as such (问题一:), the answers under the speaker's name
    numbered = ("编者按:今天,我们请县长就网友关心的问题进行解答。\n问题一:山区县如何平衡经济发展和生态保护?\n"
                "某某代表:高质量发展是首要任务。\n问题二:山区县有什么具体打算?\n某某代表:全县高新技术企业达到50家。\n")
    assert read_card(numbered).genre == "qa"


def test_a_news_dateline_gives_the_published_date_and_a_long_headline_the_title():
    headline = "高新技术企业、科技型中小企业今年均成功突破1000家 经开区创新型主体规模持续壮大"
    card = read_card(f"{headline}\n2022年12月28日讯:日前,某区今年共364家企业进入公示名单,同比增长49.5%。\n")
    assert (card.title, card.published, card.genre) == (headline, "2022-12-28", "news_on_results")


def test_metadata_in_brackets_and_with_pinyin_glosses():
    card = read_card(
        "[ 索引号 ] 11500000XX/2021-00007 [ 发文字号 ] 某科局函〔2021〕15号\n[ 发布机构 ] 某市科技局\n"
        "[ 成文日期 ] 2021-06-30 [ 发布日期 ] 2021-07-02\n正文。\n"
    )
    assert (card.doc_number, card.signed, card.published, card.issuer) == (
        "某科局函〔2021〕15号", "2021-06-30", "2021-07-02", "某市科技局")
    glossed = read_card(
        "標(biāo)題: | 2021年全區(qū)統(tǒng)計公報 | ||\n發(fā)文日期: | 2022-04-08 | 發(fā)布機構(gòu): | 某區(qū)統(tǒng)計局 |\n正文。\n"
    )
    assert (glossed.title, glossed.issuer, glossed.published, glossed.genre) == (
        "2021年全區(qū)統(tǒng)計公報", "某區(qū)統(tǒng)計局", "2022-04-08", "statistical_bulletin")


def test_several_labels_on_one_line_each_end_the_value_before():
    card = read_card("组配分类 重点工作 发布机构 某区科技局\n生成日期 2024-03-01 公开方式 主动公开\n某区科技工作报告\n正文。\n")
    assert card.issuer == "某区科技局"
    byline = read_card("某市创新发展报告\n作者:佚名 来源:某市统计局 时间:2023-07-16\n正文。\n")
    assert (byline.issuer, byline.published) == ("某市统计局", "2023-07-16")


def test_a_delivery_line_in_parentheses_dates_the_report():
    card = read_card("政府工作报告\n(2022年1月6日在某区\n第三届人民代表大会第二次会议上)\n各位代表:\n现在,我代表某区人民政府向大会报告工作。\n")
    assert (card.signed, card.title, card.genre) == ("2022-01-06", "政府工作报告", "government_work_report")


def test_a_notice_body_names_the_title_it_circulates():
    card = read_card(
        "各街道、区政府各部门:\n《某区科技创新能力提升 三年行动方案(2024-2026年)》已经区政府常务会议审议通过,现印发给你们,请认真贯彻落实。\n"
        "某区人民政府\n2024年3月5日\n一、总体要求\n根据《市政府关于印发某市科技创新若干措施的通知》要求,制定本方案。\n"
    )
    assert (card.title, card.signed) == ("某区科技创新能力提升 三年行动方案(2024-2026年)", "2024-03-05")


def test_a_news_byline_is_no_title_and_the_line_above_it_is():
    reporter = read_card("某日报·某某新闻记者 甲某 乙某\n某市第十届人大三次会议1月10日开幕。市长某某作《政府工作报告》。\n")
    caption = read_card("(资料图片仅供参考)\n2023年某省高企达到3万家,比上年增长12%。\n")
    assert (reporter.title, caption.title) == ("", "")


def test_a_repeated_headline_above_a_news_byline():
    card = read_card(
        "阴影\n第03版:要闻 上一版 下一版\n某区开展义诊活动\n两年内建成5个\n科技孵化器\n返回主页 | 某城日报 | 版面导航 |\n"
        "上一篇 下一篇 【打印】\n两年内建成5个\n科技孵化器\n两年内建成5个\n科技孵化器\n本报讯(记者 某某)8日,市政协督办重点提案。\n"
    )
    assert card.title == "两年内建成5个科技孵化器"


def test_a_headline_with_a_comma_over_a_news_lead():
    card = read_card("某市去年新增专利超2万件,比上年增12%\n据某省统计局消息,某市去年新增专利2.1万件。\n")
    assert card.title == "某市去年新增专利超2万件,比上年增12%"


def test_an_organ_in_brackets_before_a_title():
    card = read_card("【科技局】某区科技创新行动方案(2024—2026年)的主要目标是什么?\n【问】主要目标是什么?\n【科技局】答:\n到2026年,高企达到80家。\n")
    assert (card.title, card.issuer) == ("某区科技创新行动方案(2024—2026年)的主要目标是什么?", "科技局")
    assert (card.genre, card.plan_start, card.plan_end) == ("qa", 2024, 2026)


def test_a_report_without_its_title_line_has_no_title():
    card = read_card(
        "——2024年1月20日在某区\n第二届人民代表大会第四次会议上\n某区区长 某某\n各位代表:\n现在,我代表区人民政府向大会作工作报告。\n"
        "一、2023年计划执行情况\n"
    )
    assert (card.title, card.signed, card.genre) == ("", "2024-01-20", "government_work_report")
    execution = read_card(
        "(2023年2月2日在某区第二届人民代表大会\n第三次会议上)\n各位代表:\n"
        "受区人民政府委托,向大会书面报告某区2022年国民经济和社会发展计划执行情况与2023年计划(草案)。\n"
        "一、2022年国民经济和社会发展计划执行情况\n"
    )
    assert (execution.genre, execution.plan_start, execution.plan_end) == ("government_work_report", None, None)


def test_an_issuer_without_its_place():
    named = read_card("发布机构: 区科技局 发布时间: 2024-07-12\n2023年科技进步报告\n2023年,某某区科技局在区委领导下推进科技创新。\n")
    titled = read_card(
        "[ 发布机构 ] 市科技局\n[ 成文日期 ] 2022-07-12\n某市科学技术局 关于市人大第三次会议第0012号建议办理情况的答复函\n正文。\n"
    )
    bare = read_card("我市新增高新技术企业20家\n发布机构: 市科技局 发布时间: 2020-01-14\n正文。\n")
    assert (named.issuer, titled.issuer, bare.issuer) == ("某某区科技局", "某市科学技术局", "市科技局")


def test_an_organ_by_the_date():
    signed = read_card("各有关单位:\n现将《某市2023年科技工作要点》印发给你们,请认真贯彻落实。\n某市科学技术局\n2023年3月1日\n")
    speaker = read_card("(2023年2月2日在某区第二届人民代表大会\n第三次会议上)\n某区发展和改革局\n各位代表:\n受区人民政府委托,向大会书面报告。\n")
    assert (signed.issuer, signed.title, speaker.issuer) == ("某市科学技术局", "某市2023年科技工作要点", "某区发展和改革局")


def test_an_organ_under_the_line_of_adoption_issues_the_plan():
    """The organ alone under a plan's line of adoption issues it; the adoption's date is its signing."""
    card = read_card("某地区国民经济和社会发展第十四个五年规划纲要\n(2021年4月7日某地区工作委员会第十四次会议通过)\n"
                     "某地区发展和改革委员会\n目 录\n“十四五”时期是关键时期。\n")
    assert (card.issuer, card.signed) == ("某地区发展和改革委员会", "2021-04-07")


def test_a_papers_own_item_is_issued_by_the_paper():
    card = read_card("返回主页 | 某城日报 | 版面导航 |\n某区建成科技孵化器5个\n本报讯(记者 某某)8日,某区建成科技孵化器5个。\n")
    assert (card.issuer, card.title) == ("某城日报", "某区建成科技孵化器5个")


def test_a_statistics_bureaus_report_is_a_bulletin():
    sourced = read_card("某市高质量发展报告•创新篇\n作者:佚名 来源:某市统计局 时间:2023-07-16\n2022年,全市研发投入增长10%。\n")
    titled = read_card("某省2023年科技创新统计监测报告\n正文。\n")
    assert (sourced.genre, titled.genre) == ("statistical_bulletin", "statistical_bulletin")


def test_a_reply_without_its_title_line():
    card = read_card("某某委员:\n您提出的关于加快科技成果转化的建议收悉,现答复如下:\n一、全区高企达到300家。\n")
    assert card.genre == "proposal_reply"


def test_a_news_item_on_a_work_report():
    plan = read_card(
        "某日报·某某新闻记者 甲某\n某市第十届人大三次会议1月10日开幕。市长某某作《政府工作报告》。\n"
        "某某说,今年主要预期目标是:地区生产总值增长6%左右,研发投入增长8%。\n"
    )
    # told that the report was delivered, news is on the report, a plan, though it repeats results,
    # unless its headline tells the results
    told = ("某区第二届人民代表大会第三次会议开幕。\n某网1月20日讯(记者 某某)区长某某作政府工作报告,今年要重点抓好五方面工作。\n"
            "过去一年,地区生产总值增长8.5%,新增高企300家,增长40%。全年圆满完成了主要目标任务。\n")
    reported = read_card("编辑:某某2019-01-20 10:00\n" + told)
    results = read_card("某区2018年主要目标任务圆满完成\n" + told)
    assert (plan.genre, plan.title, reported.genre, reported.title) == ("news_on_plan", "", "news_on_plan", "")
    assert results.genre == "news_on_results"


def test_untitled_news_by_its_cues():
    plan = read_card("昨日,我市召开科技工作会议,部署今年科技工作。\n今年要努力实现新增高企50家,争取新增100家。\n")
    results = read_card("(资料图片仅供参考)\n2022年某省高企达到4万家,比上年增长18%……某省统计局2月8日公布全省高企发展情况。\n")
    assert (plan.genre, results.genre) == ("news_on_plan", "news_on_results")


def test_a_summary_with_next_years_plan():
    card = read_card("某市2023年科技工作总结及2024年工作思路\n正文。\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", 2024, 2024)


def test_news_on_a_plan_takes_the_named_plans_period():
    card = read_card(
        "12项措施 培育科技型企业\n记者今天从某市科技局了解到,《某市科技型企业培育行动方案(2023-2025年)》近日出台。\n"
        "到2025年,全市科技型企业达到2000家。\n"
    )
    assert (card.genre, card.plan_start, card.plan_end) == ("news_on_plan", 2023, 2025)


def test_a_portal_banner_is_no_title():
    card = read_card(
        "欢迎访问某某新区网站\n【字体:大 中 小】 打印 关闭\n索 引 号: abc/2024-0000003 公开目录: 年度计划\n"
        "发布机构: 某新区发展改革局 发布日期: 2024-03-01\n某省2024年科技创新重点工作\n发布时间:2024-03-01 点击次数:\n"
        "一、2023年工作回顾\n"
    )
    assert (card.title, card.published) == ("某省2024年科技创新重点工作", "2024-03-01")


def test_a_file_name_title_loses_its_extension_and_decorations():
    shared = read_card(
        "yy县科技局20xx年工作总结.docx\n《yy县科技局20xx年工作总结.docx》由会员分享,可在线阅读。\n"
        "1、YY县科技局20xx年工作总结20xx年,全县新增高企30家。\n"
    )
    starred = read_card("2024年某市科技创新大会召开★★★\n3月2日,2024年某市科技创新大会召开。\n")
    pdf = read_card("某县科技创新三年行动方案.pdf\n为加快创新,制定本方案。\n")
    assert (shared.title, starred.title, pdf.title) == (
        "YY县科技局20xx年工作总结", "2024年某市科技创新大会召开", "某县科技创新三年行动方案")


def test_a_title_wrapped_over_two_lines_is_joined():
    card = read_card(
        "某市人民政府关于印发某市“十四五”数字经济和 科技创新融合发展规划的通知\n发布时间:\n2022-05-09 10:38\n"
        "某市人民政府\n关于印发某市“十四五”数字经济和\n科技创新融合发展规划的通知\n某政〔2022〕7号\n"
        "《某市“十四五”数字经济和科技创新融合发展规划》已经市政府同意,现予以印发。\n"
    )
    assert (card.title, card.issuer, card.plan_start) == ("某市“十四五”数字经济和科技创新融合发展规划", "某市人民政府", 2021)
    body = read_card("某县“十四五”数字经济和\n\n科技创新融合发展规划\n\n为加快创新,制定本规划。\n")
    assert (body.title, body.plan_start, body.plan_end) == ("某县“十四五”数字经济和科技创新融合发展规划", 2021, 2025)


def test_a_paper_and_its_date_under_the_headline():
    card = read_card("聚焦两会 速览\n今年某省这样抓创新\n某城晚报 2024年01月09日\n  1月8日,某省人民代表大会开幕。\n")
    assert (card.title, card.published, card.issuer) == ("今年某省这样抓创新", "2024-01-09", "某城晚报")
    timed = read_card("某县连续十年居全市考评第一名\n\n某鲁晚报 2021-01-19 05:12 大字\n\n1月18日,发布会举行。\n")
    assert (timed.published, timed.issuer) == ("2021-01-19", "某鲁晚报")


def test_a_reposted_documents_number_line_is_no_title():
    card = read_card("某政字〔2023〕15號\n各市人民政府,省政府各部门:\n为加快科技强省建设,提出如下实施意见。\n")
    assert (card.title, card.doc_number) == ("", "某政字〔2023〕15號")


def test_a_news_outlet_in_its_dateline_or_reporter_line_is_the_issuer():
    wire = read_card("某省跻身创新第一梯队\n东方网某城5月8日电 (记者 某某)记者8日从某省科技厅获悉,全省高企达到900家。\n")
    agency = read_card("某市召开科技大会\n新华社某城3月2日电 某市2日召开科技大会,高企达到500家。\n")
    reporter = read_card("某台新闻记者 甲某 乙某\n记者从今天召开的全省科技工作会议上了解到,今年高企突破1万家。\n")
    joint = read_card("某日报·某某新闻记者 甲某\n记者从今天召开的会议上了解到,今年高企突破1万家。\n")
    bare = read_card("某区出台措施\n记者今天从某区科技局了解到,方案近日出台。\n融媒体记者:甲某 乙某\n")
    conflicting = read_card(
        "编辑:甲某2019-01-20 10:00内容来源:某区网\n某区人代会开幕。\n某市新闻网1月20日讯(记者 甲某)区长作政府工作报告。\n"
    )
    longer = read_card("某省研发投入再创新高\n某某日报网3月5日电 某省研发投入增长10%。\n")
    assert (wire.issuer, agency.issuer, reporter.issuer, longer.issuer) == ("东方网", "新华社", "某台新闻", "某某日报网")
    assert (joint.issuer, bare.issuer, conflicting.issuer) == ("", "", "")


def test_a_source_in_a_byline_or_a_closing_note_is_the_issuer():
    byline = read_card("某省科技机构研发经费持续增长\n2024/05/06 10:12:30 来源:某某财经网\n导言:全省研发经费增长9%。\n")
    closing = read_card("某市研发经费持续增长\n发布时间: 2024-03-01\n全市研发经费增长9%。\n(来源:某市科学技术局)\n")
    editor = read_card("某国2020年统计公报\n\n来源:某某社责任编辑:甲某\n2021-03-01 01:38\n全年研发经费增长9%。\n")
    assert (byline.issuer, byline.published) == ("某某财经网", "2024-05-06")
    own_site = read_card("某市研发投入再创新高\n发布时间:2024-01-02 来源:本站\n全市研发投入增长10%。\n")
    assert (closing.issuer, editor.issuer, editor.published) == ("某市科学技术局", "", "2021-03-01")
    assert (own_site.issuer, own_site.published) == ("", "2024-01-02")


def test_a_bureau_without_a_place_opening_a_title_is_no_issuer():
    bare = read_card("统计局2022年度工作总结及2023年工作思路\n一、2022年工作总结\n")
    placed = read_card("某县统计局2022年度工作总结及2023年工作思路\n一、2022年工作总结\n")
    assert (bare.issuer, placed.issuer) == ("", "某县统计局")


def test_a_years_development_plan_for_the_congress_is_an_annual_plan():
    card = read_card("某省2024年国民经济和社会发展计划\n一、2023年国民经济和社会发展计划执行情况\n全年地区生产总值增长5%。\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", 2024, 2024)


def test_a_plan_for_one_year_is_an_annual_plan():
    card = read_card("2022年度数字经济发展规划\n2022年是关键之年。到2025年,数字经济核心产业增加值翻一番。\n")
    multi = read_card("某市数字经济发展规划(2022-2025年)\n正文。\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", 2022, 2022)
    assert (multi.genre, multi.plan_start, multi.plan_end) == ("plan", 2022, 2025)
    tasks = read_card("返回上一级\n\n某镇人民政府2020年主要任务\n\n2020.01.30\n\n  2020年是关键之年。\n")
    assert (tasks.genre, tasks.plan_start, tasks.plan_end) == ("annual_work_plan", 2020, 2020)
    listed = read_card("2025年开发区重点工作及责任清单\n序号 |\n重点工作 |\n责任单位 |\n")
    reported = read_card("名称:  某工委关于2025年工作总结和2026年主要工作思路的报告\n发布时间:2026-02-12\n\n  2025年,某区坚持稳中求进。\n")
    assert (listed.genre, reported.genre, reported.plan_start) == ("annual_work_plan", "annual_work_plan", 2026)


def test_news_on_a_work_report_with_a_years_title():
    card = read_card(
        "聚焦两会\n2024年某省这样抓\n某城晚报 2024年01月10日\n"
        "  1月9日,某省人民代表大会开幕。省长某某代表省政府向大会作政府工作报告。\n"
        "  政府工作报告对今年的重点工作作出部署。\n  建议全年主要预期目标\n"
        "  ●地区生产总值增长5%以上\n  ●城镇新增就业100万人以上\n  ●全面完成节能减排目标\n"
    )
    assert (card.genre, card.plan_start, card.plan_end) == ("news_on_plan", 2024, 2024)


def test_an_untitled_document_naming_itself_is_a_plan():
    plan = read_card(
        "为加快建设创新型县,根据《某市科技创新“十四五”规划》,制定本规划。\n"
        "规划的基准年为2020年,规划期限为2021-2025年。\n一、发展基础\n"
    )
    opinions = read_card("各市人民政府,省政府各部门:\n为加快科技强省建设,提出如下实施意见。\n一、总体要求\n到2027年,研发投入强度达到3%。\n")
    assert (plan.title, plan.genre, plan.plan_start, plan.plan_end) == ("", "plan", 2021, 2025)
    assert (opinions.genre, opinions.plan_start) == ("plan", None)


def test_a_statistics_release_by_its_survey_coverage():
    card = read_card(
        "2023年某省科技机构研发经费稳步增长\n2024/09/20 10:00:00 来源:某某新闻网\n"
        "2023年全省科技机构纳统88家,实报单位数85家,R&D经费增长8%。\n"
    )
    assert (card.genre, card.issuer, card.published) == ("statistical_bulletin", "某某新闻网", "2024-09-20")


def test_a_headline_in_table_bars():
    card = read_card("| 某省高新技术产业产值首超6万亿 |\n| 发布日期:2016-02-15 来源:某某日报 |\n|\n2015年,全省高新技术产业产值首次超过6万亿元。\n")
    assert (card.title, card.issuer, card.published) == ("某省高新技术产业产值首超6万亿", "某某日报", "2016-02-15")
    boxed = read_card("索引号 | 001008/2022-224864 | ||\n发布机构 | 市发改局 |\n"
                      "某市2021年国民经济和社会发展计划 | |||||||\n某市2021年国民经济和社会发展计划\n")
    assert boxed.title == "某市2021年国民经济和社会发展计划"


def test_a_source_followed_by_other_labels():
    card = read_card("首页 详情\n某市科技工作亮点解读\n内容来源:某某日报 发布时间:2026年03月06日 浏览次数:79次\n3月5日上午,会议开幕。\n")
    assert card.issuer == "某某日报"


def test_an_outlets_dateline_without_a_date():
    card = read_card("某市加快构建科技企业梯次培育体系\n2023-05-09 10:26\n信息某市网消息 记者了解到,某中心积极承担培育服务工作。\n")
    assert card.issuer == "信息某市网"
    card = read_card("某市高新区综合排名进位\n每日某省网某市讯(记者甲)近日,科技部公布了评价结果。\n")
    assert card.issuer == "每日某省网"


def test_a_headline_mentioning_the_work_report_is_news():
    card = read_card("10个关键句,解锁政府工作报告里的某省亮点\n内容来源:某某日报 发布时间:2026年03月06日\n3月5日上午,会议开幕。\n")
    assert card.genre.startswith("news_on_")
    assert read_card("2024年某区政府工作报告\n各位代表:\n现在,我代表区人民政府向大会报告工作。\n").genre == "government_work_report"


def test_a_traditional_plan_title():
    card = read_card("某省人民政府關於印發某省科技創新三年行動計畫(2018-2020年)的通知\n各市人民政府:\n現將《某省科技創新三年行動計畫(2018-2020年)》印發給你們。\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("plan", 2018, 2020)


def test_a_bracketed_headline():
    card = read_card("【某省省长:力争今年高新技术企业总数达到5.5万家】4月2日,某省召开科技大会。\n")
    assert card.title == "某省省长:力争今年高新技术企业总数达到5.5万家"


def test_an_untitled_excerpt_by_its_outline():
    outline = read_card("一、背景与趋势\n(一)发展基础。\n“十三五”以来,全区科技创新能力明显增强。\n")
    itself = read_card("为加快建设创新型城市,根据有关文件精神,特制定本行动方案。\n一、工作任务\n")
    assert (outline.title, outline.genre, itself.genre) == ("", "plan", "plan")


def test_untitled_items_for_the_year_are_an_annual_plan():
    card = read_card("1、争取科技项目资金。全年争取各级项目资金200万元以上。\n2、培育企业。力争新认定高新技术企业3家以上。\n")
    assert card.genre == "annual_work_plan"


def test_an_untitled_bulletin_by_its_style():
    bulletin = read_card("一、综合\n初步核算,全年全县地区生产总值120亿元,比上年增长6.1%。\n年末共有高新技术企业45家。\n")
    news = read_card("今年以来,市科技局召开会议部署工作。全年新增高新技术企业45家,比上年增长12%,年末达到300家。\n")
    assert (bulletin.genre, news.genre) == ("statistical_bulletin", "news_on_results")


def test_site_chrome_is_no_title():
    crumbs = read_card("首页 新闻 > 科技 > 正文\n\n某省将实施科技强省行动\n\n7月16日,某省举行新闻发布会。\n")
    dated = read_card("某某网 > 地方 > 产业\n\n某市新增19家高新技术企业\n\n2017-11-08\n来源:某某网\n\n记者获悉,某市新增19家。\n")
    counted = read_card("公众号\n移动端\n\n《某省科技创新规划》提出2025年建设科技强省\n\n6283\n\n正文。\n")
    assert [card.title for card in (crumbs, dated, counted)] == [
        "某省将实施科技强省行动", "某市新增19家高新技术企业", "《某省科技创新规划》提出2025年建设科技强省"]


def test_a_letter_spaced_title_is_read_whole():
    assert read_card("政 府 工 作 报 告\n——2023年1月5日在某县第一届人民代表大会第三次会议上\n").title == "政府工作报告"


def test_a_title_under_a_portals_fields():
    portal = read_card(
        "设为首页 | 加入收藏 | 繁體中文\n|首 页\n| 政府信息公开\n搜索:\n当前位置: 首页 > 信息公开 > 科技统计\n"
        "发布机构:本站原创\n发布日期:2010-03-18 10:50:47\n\n某省2009年高新技术产业统计公报\n\n某省统计局\n"
    )
    paper = read_card("往期阅读\n当前版: 02版 上一版 下一版\n放大 缩小 默认\n\n我区新增3家高新区\n  《某某日报》消息 记者从科技厅获悉。\n")
    assert (portal.title, paper.title) == ("某省2009年高新技术产业统计公报", "我区新增3家高新区")


def test_organs_signing_together():
    joint = read_card("2022年某市国民经济和社会发展统计公报\n\n某市统计局 国家统计局某市调查队\n\n2023年4月\n\n2022年,全市经济平稳。\n")
    dated = read_card("某省2007年高新技术产业统计公报\n某省科技厅 某省统计局 二○○八年二月二十六日\n2007年,全省高新技术产业增长。\n")
    portal = read_card("发布机构:本站原创\n发布日期:2010-03-18\n\n某省2009年统计公报\n\n某省统计局 某省科学技术厅\n\n2010年2月7日\n")
    assert [card.issuer for card in (joint, dated, portal)] == [
        "某市统计局", "某省科技厅 某省统计局", "某省统计局 某省科学技术厅"]


def test_a_bulletin_cosigned_by_the_survey_team_is_the_bureaus():
    """A bulletin signed by the statistics bureau and the survey team (on one line, glued, or the
    team on the line by the date under the bureau's) is the bureau's; the team alone stays its own."""
    glued = read_card("2021年某乡市国民经济和社会发展统计公报\n某乡市统计局国家统计局某乡调查队\n2022年3月\n2021年,全市经济平稳。\n")
    lines = read_card("某区2023年国民经济和社会发展统计公报\n某市某区统计局\n国家统计局某区调查队\n2024年4月22日\n2023年,全区经济平稳。\n")
    team = read_card("某市2023年居民收入调查报告\n国家统计局某市调查队\n2024年1月20日\n2023年,全市居民人均可支配收入增长5%。\n")
    assert [card.issuer for card in (glued, lines, team)] == ["某乡市统计局", "某市某区统计局", "国家统计局某市调查队"]


def test_an_outlet_named_in_its_lead():
    paper = read_card("我区新增3家高新区\n  《某某日报》消息  记者从科技厅获悉,近日,三家园区获批。\n")
    site = read_card("某市明确科技工作目标\n  某某新闻网讯 高新技术企业数量突破2000家。\n")
    reported = read_card("某市通过三年行动计划\n 某某特区报报道,近日召开的市政府常务会议审议通过计划。\n")
    assert [card.issuer for card in (paper, site, reported)] == ["某某日报", "某某新闻网", "某某特区报"]


def test_a_headline_quoting_a_plan_is_news_on_it():
    quoted = read_card("《某省科技创新“十四五”规划》提出2025年建设科技强省\n\n某某消息,近日,某省印发规划。2022年全省高企增长20%,已达6万家。\n")
    goals = read_card("某市明确2023年科技工作重点和目标\n\n  某某新闻网讯 去年全市高企已达1800家,同比增长20%,今年力争突破2000家。\n")
    annual = read_card("2025年某市科技工作意见\n\n一、主要目标\n")
    assert (quoted.genre, goals.genre, annual.genre, annual.plan_end) == ("news_on_plan", "news_on_plan", "annual_work_plan", 2025)


def test_a_transcripts_turns_make_a_qa():
    named_host = read_card("科技创新访谈\n主持人张某某:欢迎您,李书记。\n李书记:谢谢。\n主持人:今年全市有什么目标?\n")
    press = read_card("某市国家创新型城市建设工作情况介绍\n【主持人:市委宣传部副部长 吴某某】女士们、先生们,大家好!\n"
                      "【吴某某】参加今天发布会的有:…\n【张某某】2021年,全市高新技术企业达到500家。\n")
    bracketed = read_card("央视网|网站地图 |\n发布时间:2010年07月02日 15:07 | 来源:CCTV.com\n"
                          "[主持人某某]:我们希望县长给大家介绍一下。\n[某省某市某县县长某某]:某县是全省第三大县。\n")
    assert (named_host.genre, press.genre, bracketed.genre) == ("qa", "qa", "qa")


def test_a_delivery_line_without_a_dash_dates_the_report():
    card = read_card("政府工作报告\n\n  2023年2月14日在某区第十九届人民代表大会第三次会议上\n\n  各位代表:\n")
    wrapped = read_card("2025年2月26日在某市某区\n第十八届人民代表大会第四次会议上\n某区人民政府区长 某某某\n各位代表:\n")
    assert (card.title, card.signed) == ("政府工作报告", "2023-02-14")
    assert (wrapped.title, wrapped.signed) == ("", "2025-02-26")


def test_a_mirrors_wrapping_is_no_part_of_the_title():
    placed = read_card("您现在的位置是: 首页 > 专题材料 > 政府报告\n\n(某某省)2017年某县人民政府工作报告(全文)\n\n各位代表:\n")
    glossed = read_card("(fā)《某市推进创新型城市建设2023年工作实施方案》\n\n一、工作目标\n")
    assert (placed.title, placed.issuer, glossed.title) == (
        "2017年某县人民政府工作报告", "某县人民政府", "某市推进创新型城市建设2023年工作实施方案")


def test_a_barred_byline_under_the_headline():
    card = read_card("人民网\n人民网>>某省频道>>本网专稿\n\n某市人大会议开幕\n\n2024年01月11日17:20 | 来源:人民网-某省频道\n小字号\n")
    assert (card.title, card.issuer, card.published) == ("某市人大会议开幕", "人民网-某省频道", "2024-01-11")


def test_a_letter_spaced_title_under_a_file_line():
    card = read_card("某县十六届人大四次会议文件(五)\n政 府 工 作 报 告\n——2024年1月22日在某县第十六届人民代表大会第四次会议上\n")
    assert (card.title, card.genre) == ("政府工作报告", "government_work_report")


def test_a_circulated_plan_and_an_untitled_report_by_their_lines():
    plan = read_card("学院首页\n当前的位置是: 网站首页 >> 政策法规\n\n某市人民政府关于印发某市科技创新“十四五”规划的通知\n\n编辑 : 某某\n\n各县市区人民政府:\n")
    report = read_card("2023年政府工作总体要求是:坚持稳中求进,全面贯彻新发展理念。地区生产总值增长6%。\n")
    assert (plan.genre, report.genre) == ("plan", "government_work_report")


def test_a_date_alone_above_the_body_is_the_pages():
    news = read_card("某报 > 地方\n\n某市新增19家高新技术企业\n\n2017-11-08\n来源:某某网\n\n记者获悉,某市新增19家。\n")
    notice = read_card("某区科技创新行动方案\n\n为加快创新,制定本方案。\n一、目标\n\n某区人民政府\n2023年8月30日\n")
    assert (news.published, news.signed, notice.published, notice.signed) == ("2017-11-08", "", "", "2023-08-30")
    # a bulletin's date in brackets under its issuer, spaced as typed: (2025年7月 14 日)
    bulletin = read_card("某县经济普查公报\n某县统计局\n(2025年7月 14 日)\n根据普查结果,现将主要数据公布如下。\n")
    assert (bulletin.published, bulletin.year) == ("2025-07-14", 2025)


def test_a_report_speaks_for_its_government_in_full():
    full = read_card("政府工作报告\n——2023年12月21日在宜某县第十八届人民代表大会第三次会议上\n各位代表:\n"
                     "现在,我代表县人民政府,向大会报告工作。\n宜某县人民政府全力以赴稳增长。\n")
    bare = read_card("政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作。\n")
    spelled = read_card("政府工作报告\n叶县第十届人民代表大会第三次会议\n各位代表:\n现在,我代表县人民政府,向大会报告工作。\n"
                        "叶县人民政府全力以赴稳增长。\n")
    # a government the report names only bare is its issuer as printed
    assert (full.issuer, spelled.issuer, bare.issuer) == ("宜某县人民政府", "叶县人民政府", "县人民政府")
    run_in = read_card("政府工作报告\n——2021年1月19日在某县第十七届人民代表大会第七次会议上石门县人民政府县长;某某各位代表\n"
                       ":现在,我代表县人民政府,向大会报告政府工作。\n")
    assert run_in.issuer == "石门县人民政府"  # the speaker's line run into the delivery line


def test_a_report_speaks_for_its_government_not_its_term():
    """我代表某县第十七届人民政府 / 我代表十六届县人民政府: the issuer is the government, its term
    left out, in full where the text prints its full name."""
    named = read_card("政府工作报告\n各位代表:\n现在,我代表疏某县第十七届人民政府,向大会报告工作。\n")
    bare = read_card("政府工作报告\n各位代表:\n现在,我代表十六届县人民政府,向大会报告工作。\n临某县人民政府全力以赴稳增长。\n")
    assert (named.issuer, bare.issuer) == ("疏某县人民政府", "临某县人民政府")


def test_a_circulated_annual_development_plan_is_an_annual_plan():
    card = read_card("某市人民政府关于印发《某市2023年国民经济和社会发展计划》的通知\n\n某政发〔2023〕8号\n\n各县区人民政府:\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", 2023, 2023)


def test_an_organ_or_a_bar_of_fields_is_no_title():
    organ = read_card("某市统计局\n\n2017年,全市经济平稳。\n")
    organs = read_card("某市统计局 国家统计局某市调查队\n2016年,全市经济平稳。\n")
    bar = read_card("内容分类: | 发展规划 地区发展 | 建议办理类型: | 政府类 |\n\n关于积极支持某市申报创新型城市的建议\n\n某市科技局\n")
    crumbs = read_card("首頁 研究院新聞 科技資訊\n\n某市確定2024年科創目標\n\n2024-03-01 來源:某某網\n")
    asked = read_card("共1个回答\n\n2023-12-21\n\n某高新区有多少家企业?据南都报道,已有120家。\n")
    assert [card.title for card in (organ, organs, bar, crumbs, asked)] == [
        "", "", "关于积极支持某市申报创新型城市的建议", "某市確定2024年科創目標", ""]
    assert (organ.issuer, organs.issuer) == ("某市统计局", "某市统计局")


def test_a_title_run_into_the_body_on_its_line():
    """A page that lost its line breaks prints the title, a space, then the body on one line."""
    card = read_card(
        "2023年某某市國民經濟和社會發展統計公報 2023年,是貫徹落實黨的二十大精神的開局之年。\n"
        "一、綜合 初步核算,全年全市地區生產總值1234.5億元。\n"
    )
    assert (card.title, card.genre, card.title_year) == ("2023年某某市國民經濟和社會發展統計公報", "statistical_bulletin", 2023)
    # a sentence's first words before a space are no title
    sentence = read_card("今年以来 全区新增高新技术企业20家,完成年度计划。\n")
    assert sentence.title == ""


def test_titles_of_pages_that_lost_their_line_breaks():
    """A report's title run into its salutation, a headline into its byline, and the delivery
    line into the salutation are each read; a bulletin title's trailing year cut from the next
    line is no part of it."""
    report = read_card("盘山县2023年政府工作报告各位代表:现在,我代表盘山县人民政府向大会报告工作。一、2022年工作回顾\n")
    delivered = read_card("2019年某市政府工作报告\n2019年1月8日在某市第六届人民代表大会第三次会议上各位代表:现在,我代表市人民政府向大会作工作报告。\n")
    news = read_card("省高新协会来永调研高新技术企业发展政策 发布时间:2019-12-25 12月20日,协会一行七人来永康调研。\n")
    bulletin = read_card("2020年某县国民经济和社会发展统计公报 2020\n某县统计局\n2021年4月\n2020年,全县经济平稳运行。\n")
    assert (report.title, report.genre) == ("盘山县2023年政府工作报告", "government_work_report")
    assert delivered.signed == "2019-01-08"
    assert (news.title, news.published) == ("省高新协会来永调研高新技术企业发展政策", "2019-12-25")
    assert bulletin.title == "2020年某县国民经济和社会发展统计公报"


def test_a_column_tag_a_speaker_line_and_a_page_number_are_no_title():
    tagged = read_card("-\n【某某招商】2019年某市政府工作报告\n各位代表:\n现在,我代表市人民政府向大会作工作报告。\n")
    speaker = read_card("市 长 张某某\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作。\n")
    paper = read_card("展开通版\n当前版:02版\n发布日期:2026年01月09日\n我市三地获批省级特色园区\n本报讯(记者 某某)近日,记者获悉。\n")
    assert (tagged.title, speaker.title, paper.title) == ("2019年某市政府工作报告", "", "我市三地获批省级特色园区")


def test_an_untitled_report_page_by_its_years_goals():
    """A later page of a work report, without title or salutation, states the year's main goals."""
    page = read_card("全县经济社会发展的主要预期目标是:地区生产总值增长6.5%以上;固定资产投资增长7%以上。\n"
                     "实现今年目标任务,重点做好七个方面工作。\n(一)持续巩固脱贫攻坚成果。\n")
    assert page.genre == "government_work_report"


def test_a_reports_own_title_stands_above_its_delivery_line():
    paged = read_card(
        "某区六届人大五次会议政府工作报告\n来源:区政府办 日期:2025-01-26 10:45\n一图读懂:2025年某区政府工作报告\n"
        "政府工作报告\n── 2025年1月8日在某市某区\n第六届人民代表大会第五次会议上\n各位代表:\n"
    )
    circulated = read_card(
        "某市人民政府关于印发2022年政府工作报告的通知\n各乡镇人民政府:\n2022年《政府工作报告》已经审议通过,现予印发。\n"
        "某市人民政府\n2022年1月27日\n政府工作报告\n——2022年1月6日在某市第十届人民代表大会第一次会议上\n"
    )
    assert (paged.title, circulated.title, circulated.issuer) == ("政府工作报告", "政府工作报告", "某市人民政府")


def test_a_mirrors_region_and_delivery_date_are_no_part_of_the_title():
    region = read_card("(内蒙古)2018年某旗人民政府工作报告(全文)\n各位代表:\n")
    dated = read_card("导航菜单\n(北京市)北京市某区人民政府工作报告(2025年1月8日)\n各位代表:\n")
    spaced = read_card("某县强科技行动实施方案 (2023—2025)\n一、总体要求\n")
    assert (region.title, dated.title, spaced.title) == (
        "2018年某旗人民政府工作报告", "北京市某区人民政府工作报告", "某县强科技行动实施方案(2023—2025)")


def test_a_report_speaks_for_the_organ_of_its_speaker_line():
    bare = read_card("——2022年1月8日在某市某区第十八届人民代表大会第一次会议上\n某市某区人民政府区长 某某某\n各位代表:\n"
                     "现在,我代表区人民政府向大会报告工作。\n")
    named = read_card("——2025年1月8日在某市某区第十七届\n人民代表大会第五次会议上\n某市某区人民政府代区长 某 某\n各位代表:\n"
                      "现在,我代表某区人民政府,向大会报告政府工作。\n")
    bureau = read_card("关于某区2024年国民经济和社会发展计划上半年执行情况的报告\n"
                       "——2024年8月22日在某区第十七届人民代表大会常务委员会第二十四次会议上\n某区发展和改革委员会主任  某某某\n"
                       "主任、各位副主任、各位委员:\n")
    assert (bare.issuer, named.issuer, bureau.issuer) == ("某市某区人民政府", "某区人民政府", "某区发展和改革委员会")


def test_an_empty_metadata_field_and_two_organs_issuing_together():
    card = read_card(
        "索引号: kjj-2023-00020 发布机构: 中共某县委办公室 某县人民政府办公室\n生效日期: 2023-04-11 废止日期:\n"
        "文 号: 所属主题: 部门文件\n中共某县委办公室 某县人民政府办公室 关于印发《某县强科技行动实施方案》的通知\n"
    )
    assert (card.doc_number, card.issuer) == ("", "中共某县委办公室 某县人民政府办公室")


def test_a_number_under_a_remarks_label():
    card = read_card("• 索 引 号: SM00105-08-2024-00007\n• 备注/文号: 某科函〔2024〕10号\n• 发布机构: 某市科学技术局\n"
                     "某市科学技术局关于市政协十一届三次会议第20241023提案的协办意见\n")
    assert (card.doc_number, card.issuer) == ("某科函〔2024〕10号", "某市科学技术局")


def test_a_copyright_line_is_no_title_and_a_source_ends_at_its_date():
    card = read_card("Copyright © www.example.com. All Rights Reserved\n某省商务厅 版权所有\n来源: 某城日报2023-12-06 11:00:00\n"
                     "近日,记者从某市科技局获悉,某市建成国家级科技创新平台15个。\n")
    assert (card.title, card.issuer, card.published) == ("", "某城日报", "2023-12-06")


def test_an_outlet_and_its_date_under_the_headline():
    card = read_card("报料微博\n微信\n科技引领 创新驱动 某市创新平台建设初见成效\n\n某某新闻  @2022-01-14\n\n字号\n"
                     "2021年以来,某市抢抓平台建设重大机遇。\n")
    assert (card.title, card.issuer, card.published) == ("科技引领 创新驱动 某市创新平台建设初见成效", "某某新闻", "2022-01-14")


def test_an_organ_and_its_bracketed_date_under_a_title_of_next_years_work():
    card = read_card("2022年科技工作总结和2023年工作打算\n栏目:工作总结  时间:2023-04-15\n  某市科学技术局\n  (2023年2月1日)\n"
                     "  一、2022年工作成效\n  2022年全市科技系统坚持创新驱动。\n")
    assert (card.issuer, card.signed, card.published) == ("某市科学技术局", "2023-02-01", "2023-04-15")
    assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", 2023, 2023)


def test_a_bureaus_own_source_over_its_abbreviation_in_the_title():
    card = read_card("市科技局2022年工作总结及2023年工作安排\n浏览次数: 信息来源: 市科学技术局 发布时间:2023-02-21 16:22 字号:\n"
                     "2022年以来,市科技局全面贯彻落实省、市党代会精神。\n")
    assert card.issuer == "市科学技术局"


def test_genres_of_a_proposals_opinion_and_a_work_reports_completion():
    opinion = read_card("某市科学技术局关于市政协十一届三次会议第20241023提案的协办意见\n市发改委:\n"
                        "《关于提升营商优势的建议》收悉,我单位的办理意见如下:\n")
    completion = read_card("某区2020年政府工作报告完成情况\n日期:2021-03-24 来源:某区政府\n培育壮大新兴产业。\n")
    assert (opinion.genre, completion.genre) == ("proposal_reply", "government_work_report")


def test_news_counting_what_was_gained_so_far_reports_results():
    titled = read_card("某县高新区新增22家高新技术企业\n某网12月13日讯 近日,某县高新区10家企业榜上有名。今年新增22家高新技术企业。"
                       "截至目前,园区高新技术企业总量达58家。\n近年来,某县出台《科技服务十条措施》等政策。\n")
    assert titled.genre == "news_on_results"


def test_growth_of_about_so_much_is_a_goal_not_a_result():
    # 增长6.5%左右 is how a year's expected growth is set; a result prints its exact figure
    goals = read_card("某市2019年预期目标\n地区生产总值增长6.5%左右\n居民收入分别增长7%和8%左右\n一般公共预算收入增长6%左右\n固定资产投资增长6.5%左右\n"
                      "力争新增签约项目210个。\n")
    results = read_card("某市经济运行稳中向好\n地区生产总值增长6.5%\n一般公共预算收入增长6%\n力争再上台阶。\n")
    assert (goals.genre, results.genre) == ("news_on_plan", "news_on_results")


def test_a_delivery_date_with_the_speaker_is_no_part_of_the_title():
    card = read_card("某市政府工作报告(2022年1月13日 某某某)\n2022-03-15 15:53 来源:某日报\n"
                     "——2022年1月13日在某市第十七届人民代表大会第一次会议上\n代市长 某某某\n各位代表:\n")
    assert card.title == "某市政府工作报告"


def test_a_five_year_plan_named_in_full_takes_its_period():
    # 第十四个五年规划和二〇三五年远景目标纲要: the plan is the five years, the 2035 vision is no period
    card = read_card("某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n第一章 发展基础\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("plan", 2021, 2025)


def test_an_untitled_bulletin_by_its_sector_sections():
    bulletin = read_card("2022年,全区上下砥砺前行。\n一、综合\n根据县级生产总值统一核算结果,2022年全区实现生产总值428.70亿元,"
                         "同比增长2.8%。\n二、农林牧渔业\n全区农林牧渔及服务业实现总产值22.2亿元,增长5%。\n")
    assert bulletin.genre == "statistical_bulletin"


def test_an_untitled_meeting_report_is_news():
    meeting = read_card("5月30日,某市庆祝“全国科技工作者日”座谈会召开。\n市委副书记某某出席会议并讲话。\n"
                        "近年来,全市新增国家高新技术企业90家。\n")
    assert meeting.genre == "news_on_results"


def test_a_delivered_title_wrapped_before_a_joining_word_is_joined():
    card = read_card(
        "关于2023年国民经济和社会发展计划执行情况\n与2024年国民经济和社会发展计划报告\n"
        "——2024年1月5日在某县第十九届人民代表大会第三次会议上\n某县发展和改革局 某某某\n各位代表:\n"
    )
    assert card.title == "关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划报告"


def test_a_pages_staff_and_contact_lines_are_no_title():
    staffed = read_card("初审编辑:某某某\n责任编辑:某某\n某网·海报新闻记者 某某 某市报道\n某市召开动员大会。力争年内新增企业15家。\n")
    contact = read_card("新闻热线:010-12345678 投稿邮箱:news@example.com\n\n某市:主要指标基本符合预期\n\n某某\n\n"
                        "日前,某市“十三五”规划即将圆满收官。\n")
    assert (staffed.title, contact.title) == ("", "某市:主要指标基本符合预期")


def test_an_older_five_year_plan_takes_its_period():
    assert plan_period("某市经济和社会发展十一五规划", "plan") == (2006, 2010)
    assert plan_period("某市国民经济和社会发展第十个五年计划纲要", "plan") == (2001, 2005)
    assert plan_period("某市第十五届人民代表大会第三次会议文件汇编", "plan") == (None, None)


def test_a_delivery_line_run_on_after_the_title_dates_the_report():
    """A mirror that ran the delivery line on after the title (…政府工作报告——2020年4月22日在…会议上)
    keeps the title without it and takes its date as signed."""
    card = read_card("某市2020年政府工作报告——2020年4月22日在某市第十五届人民代表大会第五次会议上\n"
                     "某市人民政府市长 某某\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n")
    assert (card.title, card.signed, card.genre) == ("某市2020年政府工作报告", "2020-04-22", "government_work_report")


def test_a_footnote_mark_after_the_title_is_no_part_of_it():
    """A page's footnote mark or part number after a title ([1], (2)) goes; a year in brackets stays."""
    assert read_card("某市2021年国民经济和社会发展统计公报[1]\n2021年,全市经济稳定增长。\n").title == (
        "某市2021年国民经济和社会发展统计公报")
    assert read_card("某市2002年国民经济和社会发展统计公报(2)\n全年居民消费价格总水平为99.9%。\n").title == (
        "某市2002年国民经济和社会发展统计公报")
    assert read_card("某市科技创新行动方案(2023-2026年)\n为加快建设科技强市,制定本方案。\n").title == (
        "某市科技创新行动方案(2023-2026年)")


def test_a_title_over_several_lines_above_its_adoption_line_is_joined():
    """An outline's title set over two or three lines above the bracketed line of its adoption
    ((2021年4月7日…会议通过)) is read whole, however its lines break."""
    text = ("某地区国民经济和社会发展\n第十四个五年规划和2035年\n远景目标纲要\n(2021年4月7日某某人大常委会\n"
            "某地区工作委员会第十四次会议通过)\n某地区发展和改革委员会\n目 录\n“十四五”时期是关键时期。\n")
    other = ("某某自治州\n国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要\n(2021年1月3日在某州第十四届人民代表大会第五次会议通过)\n"
             "某某自治州人民政府\n“十四五”时期是关键时期。\n")
    assert read_card(text).title == "某地区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert read_card(other).title == "某某自治州国民经济和社会发展第十四个五年规划和2035年远景目标纲要"


def test_a_number_field_without_a_number_names_none():
    """文号: 无, or a field left empty so that the next label runs into it (文  号: 主 题 词:), is no number."""
    none = read_card("标题:某市科技创新规划\n文 号:无 发布日期:2021年11月02日\n为加快建设科技强市,制定本规划。\n")
    run_on = read_card("标题:某县2024年国民经济和社会发展计划\n文  号: 主 题 词:\n全县地区生产总值增长6%。\n")
    assert (none.doc_number, run_on.doc_number) == ("", "")


def test_an_untitled_report_under_the_congress_supervision():
    """A government tells of working under the congress's supervision (在人大工委的监督指导下), in
    its work report: an untitled excerpt saying so is one."""
    text = ("一、2024年工作回顾\n2024年,在地委的坚强领导下,在地区人大工委的监督指导下,我们全力抓经济、稳增长,"
            "全年地区生产总值增长6.5%,新增高新技术企业12家。\n")
    assert read_card(text).genre == "government_work_report"


def test_an_untitled_page_telling_of_the_report_is_news():
    """A page telling that the mayor delivered the work report (代市长某某向大会作政府工作报告) is news
    on it, though it quotes the report's goals (主要预期目标是:) as a page of the report would."""
    text = ("2月19日,某市第十三届人民代表大会第六次会议开幕。代市长某某向大会作政府工作报告。\n"
            "政府工作报告显示, 2024年,该市地区生产总值6136.4亿元。\n"
            "今年,该市经济社会发展的主要预期目标是:地区生产总值增长6%左右;城镇新增就业8.9万人。\n")
    assert read_card(text).genre == "news_on_plan"
    # titled, quoting the report's first person, or telling it was delivered without 向大会 or 政府
    quoting = ("某县第十八届人民代表大会第一次会议隆重开幕\n今天上午,大会开幕。县长、大会执行主席某某代表某县人民政府作《政府工作报告》。\n"
               "县长某某:“各位代表,现在,我代表县人民政府,向大会报告工作,请予审议。”\n今年,全县生产总值增长6%左右。\n")
    assert read_card(quoting).genre == "news_on_plan"
    plain = ("某市第十六届人民代表大会第四次会议开幕\n市长某某代表某市人民政府向大会作工作报告。报告分为2019年工作回顾、"
             "2020年工作安排等三个部分。\n今年,全市生产总值增长6%左右。\n")
    assert read_card(plain).genre == "news_on_plan"
    for told in ("会议听取了市人民政府市长某某所作的《某市人民政府工作报告》。", "某某代表县政府向大会作政府工作报告。",
                 "代市长某某作政府工作报告。", "大会听取了旗长某某代表旗人民政府所作的工作报告。"):
        text = f"某县第十八届人民代表大会第二次会议隆重开幕\n{told}\n过去一年,全县生产总值增长6%。今年,全县生产总值增长6%左右。\n"
        assert read_card(text).genre == "news_on_plan", told


def test_a_link_to_more_pages_is_no_title():
    """点击查阅更多…政府工作报告 links to other pages; the report under it has no title line."""
    card = read_card("点击查阅更多2023年地方政府工作报告\n2023年1月3日在某市第七届人民代表大会第二次会议上\n"
                     "某市人民政府市长某某\n各位代表:\n现在,我代表市人民政府,向大会报告工作。\n")
    assert (card.title, card.genre) == ("", "government_work_report")


def test_a_region_tag_in_square_brackets_is_no_part_of_the_title():
    card = read_card("[安徽] 2021年某州市国民经济和社会发展统计公报\n2021年,全市经济平稳增长。\n")
    assert card.title == "2021年某州市国民经济和社会发展统计公报"



def test_news_on_a_work_report_is_news_on_a_plan_unless_its_headline_tells_results():
    """News on a government work report is, as most annotators call it, news on a plan (its news
    is the year's goals), however many results it repeats; a headline telling of results
    (…发展质量好于预期) makes it news on results."""
    body = ("某网1月10日讯 某市第十届人大三次会议开幕。市长某某向大会作政府工作报告。过去一年,地区生产总值增长8.5%,"
            "新增高企300家,增长40%,全年圆满完成了主要目标任务。\n")
    plain = read_card("10个关键句,解锁政府工作报告里的某市亮点\n" + body)
    results = read_card("某市政府工作报告解读:经济社会保持平稳健康发展 发展质量好于预期\n" + body)
    assert (plain.genre, results.genre) == ("news_on_plan", "news_on_results")


def test_the_progress_of_a_years_tasks_is_an_annual_plan():
    """How a year's tasks are going or are broken down (2024年第一季度重点工作进展情况一览表,
    2023年某县科技局主要目标任务落实情况, 2023年本部门年度重点工作任务的任务分解) is that year's plan
    at work, as annotators call it: an annual plan for that year."""
    for title in ("2024年第一季度重点工作进展情况一览表", "2023年某县科技局主要目标任务落实情况",
                  "2023年本部门年度重点工作任务的任务分解", "2025年区政府工作报告目标任务上半年推进情况汇总表"):
        card = read_card(f"{title}\n序号 | 工作任务 | 进展情况\n1 | 新增高新技术企业10家 | 已完成6家\n")
        year = int(title[:4])
        assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", year, year), title


def test_a_page_titles_trail_and_a_papers_note_are_no_title():
    """A page title's trail of column and site names (…-规划-政务公开-某某之窗) and a paper's note
    that an item runs on from another page ((上接第2版)) are no part of the title; a hyphen inside
    a title (2021-2025年) stays."""
    trailed = read_card("某区国民经济和社会发展第十四个五年规划纲要-规划-政务公开-某某之窗\n正文。\n")
    filed = read_card("某市科技进步示范市建设与发展规划doc-某市科技进步\n正文。\n")
    assert filed.title == "某市科技进步示范市建设与发展规划"  # a file's extension before the trail
    continued = read_card("今后五年主要目标和2023年工作任务(上接第2-3版)\n正文。\n")
    ranged = read_card("某区科技创新行动计划(2021-2025年)\n正文。\n")
    assert (trailed.title, continued.title, ranged.title) == (
        "某区国民经济和社会发展第十四个五年规划纲要", "今后五年主要目标和2023年工作任务", "某区科技创新行动计划(2021-2025年)")


def test_a_counter_line_is_no_title():
    card = read_card("当前版:01版\n文章字数:1031\n本报讯 (记者 甲某)近年来,我市科技创新成效显著。\n")
    assert card.title == ""
    reading_time = read_card("某市统计局关于2022年国民经济和社会发展统计的公报 2022\n共 11880字,需浏览 24分钟\n·\n"
                             "2022-07-12 00:00\n2022年,某市坚持稳中求进。\n一、综合\n年末常住人口77.03万人。\n")
    assert (reading_time.title, reading_time.year) == ("某市统计局关于2022年国民经济和社会发展统计的公报", 2022)


def test_a_title_word_alone_under_the_title_ends_it():
    """A bulletin whose title wraps before its title word (…国民经济和社会发展 / 统计公报) is read whole."""
    card = read_card("某县2023年国民经济和社会发展\n统计公报\n2023年,全县经济稳中向好。全年生产总值增长5%。\n")
    assert (card.title, card.genre) == ("某县2023年国民经济和社会发展统计公报", "statistical_bulletin")
    spaced = read_card("2022年某区国民经济和社会发展\n统 计 公 报\n某区统计局\n(2023年5月8日)\n2022年,全区经济回稳向好。\n")
    assert spaced.title == "2022年某区国民经济和社会发展统计公报"  # letter-spaced
    cover = read_card("某县2022年国民经济和社会发展统计公报\n某县\n2022年国民经济和社会发展\n统 计 公 报\n某县统计局\n"
                      "2022年,全县经济回稳向好。\n")
    assert cover.title == "某县2022年国民经济和社会发展统计公报"  # the whole title before a cover repeating it


def test_metadata_in_a_numbered_list():
    """A portal listing its fields as numbered items (3. [发文单位] 某区人民政府): the fields are read,
    and a field the card has no column for is no title."""
    card = read_card("某区国民经济和社会发展第十三个五年规划纲要-首页\n  1. [主题分类] 国民经济\n  2. [规划分类] 区级规划纲要\n"
                     "  3. [发文单位] 某市某区人民政府\n  4. [发布日期]2018-01-16\n正文。\n")
    assert (card.title, card.issuer, card.published) == (
        "某区国民经济和社会发展第十三个五年规划纲要", "某市某区人民政府", "2018-01-16")


def test_a_source_followed_by_its_reporter_is_the_issuer():
    card = read_card("某市:稳步推进高质量发展\n 2022/12/26/ 17:46 来源:某某网 记者甲某\n全市生产总值增长5%。\n")
    assert card.issuer == "某某网"


def test_a_circulated_report_on_a_development_plan_is_an_annual_plan():
    card = read_card("某区人民政府关于印发某区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告的通知\n"
                     "某府发〔2024〕8号\n各街道:现将报告印发给你们,请认真贯彻执行。\n")
    assert card.genre == "annual_work_plan"


def test_a_pages_publication_date_over_the_documents_issue_date():
    """A portal's box gives the document's issue date (发文日期), the page's byline its own
    publication (发布日期): ``published`` is the page's; a box with only 发文日期 gives that."""
    both = read_card("发布机构: 市政府办\n文件编号: 发文日期: 2021-12-07\n2022年政府工作报告\n"
                     "信息来源: 市政府研究室 发布日期: 2022-01-30 17:09\n各位代表:\n")
    issued = read_card("发布机构: 市政府办\n发文日期: 2021-12-07\n2022年政府工作报告\n各位代表:\n")
    assert (both.published, issued.published) == ("2022-01-30", "2021-12-07")


def test_an_untitled_report_takes_the_title_it_submits():
    card = read_card("——2019年1月8日在某区第十六届人民代表大会第五次会议上\n各位代表:\n受区人民政府委托,现将某区2018年"
                     "国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告提交大会审议。\n")
    assert (card.title, card.genre, card.plan_start, card.plan_end) == (
        "某区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告", "annual_work_plan", 2019, 2019)


def test_an_untitled_report_read_by_the_plans_it_reports_on():
    """An untitled report whose opening names the year's plan it reports on but no title
    (现将…计划执行情况及2023年计划(草案)报告如下 / …提请大会审查) is an annual plan for that year,
    and its title stays empty."""
    told = read_card("各位代表:\n我受县政府的委托,现将全县2022年国民经济和社会发展计划执行情况及2023年计划(草案)"
                     "报告如下,请予审议。\n")
    submitted = read_card("各位代表:\n受县人民政府委托,现将2024年国民经济和社会发展计划执行情况及2025年计划草案"
                          "提请大会审查。\n")
    assert [(card.title, card.genre, card.plan_start, card.plan_end) for card in (told, submitted)] == [
        ("", "annual_work_plan", 2023, 2023), ("", "annual_work_plan", 2025, 2025)]


def test_an_untitled_plan_compiled_after_the_proposal_takes_its_period():
    """An excerpt opening on what compiled it (本纲要根据《…第十四个五年规划…的建议》编制) is a
    five-year plan of the period the proposal names."""
    card = read_card("“十四五”时期是开启新征程的第一个五年。本纲要根据《中共某市委关于制定某市国民经济和社会发展"
                     "第十四个五年规划和二○三五年远景目标的建议》编制,主要明确未来五年全市发展的目标。\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("plan", 2021, 2025)
    turned = read_card("“十四五”时期是开启新征程的第一个五年。根据《中共某县委关于制定国民经济第十四个五年规划和"
                       "二〇三五远景目标的建议》编制本纲要。本纲要是未来五年全县发展的宏伟蓝图。\n")
    assert (turned.genre, turned.plan_start, turned.plan_end) == ("plan", 2021, 2025)


def test_an_untitled_plan_opening_on_its_period_is_a_plan_of_it():
    """An untitled excerpt opening on its period as the subject (“十四五”时期(2021—2025年),是…) is that
    period's plan; one telling what the period brought (“十四五”期间,全县…) is not."""
    card = read_card("“十四五”时期( 2021—2025 年),是某市加快高质量发展步伐的关键五年。\n第一章 发展基础\n全市地区生产总值达到1300亿元。\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("plan", 2021, 2025)
    results = read_card("“十四五”期间,全县地区生产总值年均增长6%,高新技术企业达到50家。\n")
    review = read_card("“十四五”时期是我市发展极不平凡的五年。全市地区生产总值达到1300亿元。“十五五”时期,力争再上新台阶。\n")
    assert results.genre != "plan" and review.genre != "plan"


def test_an_outline_named_with_its_long_range_goals_after_it():
    """编制《某县…第十四个五年规划纲要和二○三五年远景目标》,主要阐明…: the outline's title, the words
    of its name in the other order."""
    card = read_card("序 言\n“十四五”时期,是某县奋力谱写新篇章的关键阶段。根据《中共某县委关于制定某县国民经济和社会发展第十四个五年规划和"
                     "二○三五年远景目标的建议》,编制《某县国民经济和社会发展第十四个五年规划纲要和二○三五年远景目标》,"
                     "主要阐明“十四五”时期经济社会发展的总体要求。\n")
    assert card.title == "某县国民经济和社会发展第十四个五年规划纲要和二○三五年远景目标"
    assert (card.genre, card.plan_start, card.plan_end) == ("plan", 2021, 2025)


def test_an_organ_after_the_pages_date():
    card = read_card("某市2004年国民经济和社会发展统计公报(3)\n2010-01-03 某市统计局\n十二、教育和科技\n年末全市有普通高校3所。\n")
    assert (card.issuer, card.genre) == ("某市统计局", "statistical_bulletin")


def test_an_organ_under_the_title_issues_the_plan():
    card = read_card("某旗国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要\n某旗人民政府\n"
                     "“十四五”时期是开启新征程的第一个五年。\n")
    assert (card.title, card.issuer) == ("某旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "某旗人民政府")
    adopted = read_card("某市国民经济和社会发展第十四个五年规划和2035 年远景目标纲要\n\n"
                        "( 2021 年1 月10 日在某市第十八届人民代表大会第五次会议上通过 )\n\n某市人民政府\n\n目  录\n")
    assert adopted.issuer == "某市人民政府"  # its adoption line between


def test_a_speaker_line_without_the_post():
    card = read_card("关于2023年国民经济和社会发展计划执行情况\n与2024年国民经济和社会发展计划报告\n"
                     "——2024年1月5日在某县第十九届人民代表大会第三次会议上\n某县发展和改革局 某某某\n主任、副主任、各位代表:\n")
    assert card.issuer == "某县发展和改革局"


def test_a_title_wrapped_after_its_year_is_joined():
    """A bulletin's title set over two lines after its year (某区2022年 / 国民经济和社会发展统计公报)
    is one title, and with it the card keeps the year the bulletin reports."""
    card = read_card("某市某区2022年\n国民经济和社会发展统计公报\n某市某区统计局\n(2023年4月10日)\n2022年,全区经济平稳。\n")
    assert (card.title, card.genre, card.title_year) == ("某市某区2022年国民经济和社会发展统计公报", "statistical_bulletin", 2022)


def test_a_bare_report_title_takes_the_pages_fuller_name():
    """A report's own title above its delivery line may be bare (政府工作报告) where the page names the
    same report in full in its metadata box (名称 某市2025年政府工作报告): the full name is the title."""
    card = read_card("索引号\nMB1/2025-07060\n发布机构\n某市人民政府\n名称\n某市2025年政府工作报告\n文号\n\n"
                     "某市2025年政府工作报告\n发布时间:2025-02-24 17:25 来源:某市人民政府办公室\n政府工作报告\n"
                     "——2025年1月9日在某市第九届人民代表大会第五次会议上\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n")
    assert (card.title, card.genre) == ("某市2025年政府工作报告", "government_work_report")
    own = read_card("某市人民政府网\n政府工作报告\n——2025年1月9日在某市第九届人民代表大会第五次会议上\n各位代表:\n")
    assert own.title == "政府工作报告"


def test_a_mirrors_greeting_is_no_title_and_its_last_crumb_is():
    """A document site's greeting (您好,欢迎访问某某文档) is a banner; the title is the last crumb of
    its breadcrumb when the text runs on with no title line of its own."""
    card = read_card("您好,欢迎访问某某文档\n当前位置:首页 > 行业资料 > 某县经济和社会发展第十二个五年规划纲要\n"
                     "1某县经济和社会发展第十二个五年规划纲要(2011年1月19日通过)“十二五”时期是关键时期。\n")
    assert (card.title, card.genre, card.plan_start, card.plan_end) == (
        "某县经济和社会发展第十二个五年规划纲要", "plan", 2011, 2015)
    column = read_card("当前位置:首页 > 新闻中心 > 本地要闻\n某县召开科技大会\n全县科技工作取得新进展。\n")
    assert column.title == "某县召开科技大会"


def test_a_papers_reporter_line_is_no_title():
    """A paper's reporter line over a news item (某某晨报记者某某 某市报道) is a byline, not a headline."""
    card = read_card("某某晨报记者张三某市报道\n\n  1月9日,某市七届人大五次会议开幕。市长作政府工作报告。\n")
    assert card.title == ""


def test_a_title_wrapped_with_spaces_is_read_whole_for_its_genre():
    """A portal's title field keeping the spaces of its wrapping (…社会发展 计划执行情况及2025年…) names
    an annual development plan all the same."""
    card = read_card("标题:某旗2024年国民经济和社会发展 计划执行情况及2025年国民经济和社会 发展计划(草案)的报告\n"
                     "发文机构:发展和改革委员会\n成文日期:2025-01-12\n一、2024年计划执行情况\n全旗经济平稳。\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", 2025, 2025)


def test_a_reply_by_letter_is_a_proposal_reply():
    """A reply by letter (…第17号提案的复函) is a proposal reply; its 关于 opens the title, no issuer's
    name, and the page's 日期: is its publication date."""
    card = read_card("您的位置: 首页>政务公开>建议提案办理\n\n关于区政协第十六届委员会第二次会议 第17号提案的复函\n\n"
                     "日期: 2023-06-30\n字体:\n\n某某学会:\n\n贵单位提出的建议收悉,现复函如下。\n")
    assert (card.genre, card.issuer, card.published) == ("proposal_reply", "", "2023-06-30")


def test_a_date_under_two_organs_is_signed():
    """A bulletin's two issuing organs on one line, their date alone on the next (the 落款 set at the
    head), under a page byline of a later date: the organs' date is the one signed."""
    card = read_card("某州2020年国民经济和社会发展统计公报\n\n来源:州统计局 发布时间:2021-12-02\n\n"
                     "某州统计局  国家统计局某州调查队\n\n2021年3月31日\n\n2020年,全州经济平稳。\n")
    assert (card.signed, card.published) == ("2021-03-31", "2021-12-02")


def test_a_delivery_date_on_a_line_of_its_own_is_signed():
    """A report's delivery line broken after its date (2022年1月11日 / 在某市…会议上) dates the report."""
    card = read_card("(四川省)2022年某市人民政府工作报告(全文)\n\n发布时间:2022-07-24 21:49\n\n   2022年1月11日\n\n"
                     "  在某市第八届人民代表大会第二次会议上\n\n  某市人民政府市长 某某\n\n  各位代表:\n\n"
                     "  我代表市人民政府,向大会报告工作,请予审议。\n\n  一、2021年工作回顾\n")
    assert card.signed == "2022-01-11"


def test_a_plans_compiler_and_its_dashed_adoption_line():
    """A plan adopted on a dashed line that wraps (——2021年6月22日某市…大会 / 第二次会议通过) is signed
    that day, and the body that compiled or made it (某市规划编制工作领导小组办公室 编; 某区人民政府制定)
    issues it."""
    card = read_card("某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n——2021年6月22日某市第二届人民代表大会\n"
                     "第二次会议通过\n某市“十四五”规划编制工作领导小组办公室 编\n目 录\n某市规划是纲领。\n")
    assert (card.signed, card.issuer) == ("2021-06-22", "某市“十四五”规划编制工作领导小组办公室")
    made = read_card("某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n某市某区人民政府制定\n前 言\n某区是生态岛。\n")
    assert made.issuer == "某市某区人民政府"


def test_an_organ_after_the_pages_date_and_time():
    card = read_card("当前位置: 首页>>规划公开>>正文\n \n某区国民经济和社会发展第十一个五年规划纲要\n"
                     "2023-11-26 16:26   某区发改委\n\n导言\n\n“十一五”时期是关键时期。\n")
    assert card.issuer == "某区发改委"


def test_an_outlets_dateline_with_its_place_and_day_before_xiaoxi():
    """央广网某地1月22日消息(记者某某): the outlet of the dateline issues the item."""
    card = read_card("某网某地1月22日消息(记者某某)1月21日,某区人民代表大会开幕。区长作政府工作报告。\n")
    assert card.issuer == "某网"


def test_a_delivered_title_wrapped_before_its_last_words_is_joined():
    """A report's title wrapped over two lines above its delivery line (关于某市2023年…计划执行情况与2024年
    国民经济和社会发展 / 计划草案的报告) is read whole; a banner above a bare title is not joined to it."""
    card = read_card("关于某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展\n计划草案的报告\n"
                     "——2024年1月9日在某市第十届人民代表大会\n第四次会议上\n各位代表:\n受市人民政府委托,我向大会书面报告。\n")
    assert (card.title, card.genre, card.plan_end) == (
        "关于某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告", "annual_work_plan", 2024)
    bare = read_card("某某网\n政府工作报告\n——2024年1月9日在某市第十届人民代表大会第四次会议上\n各位代表:\n")
    assert bare.title == "政府工作报告"


def test_a_place_alone_above_a_years_title_begins_it():
    """A bulletin's place set on its own line (某县 / 2020年国民经济和社会发展统计公报) begins the title."""
    card = read_card("某县\n2020年国民经济和社会发展统计公报\n某县统计局\n2021年3月29日\n2020年,全县经济逐步恢复。\n")
    assert card.title == "某县2020年国民经济和社会发展统计公报"


def test_a_subtitle_under_a_headline_is_not_the_title():
    """A feature's subtitle (——二〇二三年某市经济社会发展综述) stands under its headline, which is the title."""
    card = read_card("某某日报/2024 年/1 月/3 日/第 001 版\n又踏层峰辟新天 更扬云帆立潮头\n——二〇二三年某市经济社会发展综述\n"
                     "本报记者 某某\n隆冬时节,各项目施工正酣。\n")
    assert card.title == "又踏层峰辟新天 更扬云帆立潮头"
    threes = read_card("补短板 调结构 促振兴\n\n——2018年某县经济社会发展综述\n某某日报 2019年02月22日\n\n本报记者 某某\n\n"
                       "2018年,某县全力以赴强基础。\n")
    assert threes.title == "补短板 调结构 促振兴"  # phrased in threes, like a row of names, but over a subtitle


def test_an_organ_after_a_chinese_date_and_time():
    card = read_card("部门信息\n\n某州2000年国民经济和社会发展统计公报\n\n2000年11月27日 11:48  某州统计局\n\n2000年,全州经济平稳。\n")
    assert card.issuer == "某州统计局"


def test_a_reporters_station_is_an_outlet():
    """来源:某某日报某某记者站 names an outlet (a paper's bureau), not a reporter."""
    card = read_card("某师会议召开 确定2016年目标任务\n\n来源:某某日报某某记者站\n2016-03-01 10:36:26\n分享\n\n会议隆重召开。\n")
    assert card.issuer == "某某日报某某记者站"


def test_a_source_runs_into_the_pages_counter():
    """发布时间:2015-01-21来源:某某信息网浏览字体: the page's 浏览 control is no part of the source."""
    card = read_card("区县动态\n\n某园经济运行简析\n\n发布时间:2015-01-21来源:某某信息网浏览字体:[      ]\n\n  截至11月底,园区企业53家。\n")
    assert card.issuer == "某某信息网"


def test_a_governments_term_is_no_place():
    """我代表区人民政府 in full is the district's government, not 四届区人民政府 of a heading on its past term."""
    card = read_card("政 府 工 作 报 告\n——2022年1月13日在某市某区第五届\n人民代表大会第一次会议上\n代理区长 某某\n各位代表:\n"
                     "现在,我代表区人民政府,向大会报告工作。\n一、四届区人民政府及2021年工作回顾\n过去的五年极不寻常。\n")
    assert card.issuer != "四届区人民政府"


def test_a_notices_full_name_over_the_boxs_abbreviation():
    """A metadata box abbreviating the issuer (发文机关:某市政府办) names the office its notice names in full
    (某市人民政府办公室关于印发…): the full name is the issuer."""
    card = read_card("标题:某市人民政府办公室关于印发某市创建创新型县(市)三年行动方案(2022—2024年)的通知\n\n"
                     "索引号:00821145-1/2022-00442 发文机关:某市政府办 成文日期:2022年08月01日 文 号:某府办〔2022〕39号\n\n"
                     "某市人民政府办公室关于印发某市创建创新型县(市)三年行动方案(2022—2024年)的通知\n各单位:\n现印发给你们。\n")
    assert card.issuer == "某市人民政府办公室"


def test_a_speaker_line_of_a_commission_names_the_issuer():
    """A plan report delivered by the head of a commission (某州发展改革委主任 某某) is that commission's,
    not the paper's that printed it."""
    card = read_card("某州2020年国民经济和社会发展计划执行情况及2021年计划草案的报告\n\n某某日报    2021年03月09日\n\n"
                     "(2021年2月3日在某州第十二届人民代表大会第五次会议上)\n\n某州发展改革委主任 某某某\n\n各位代表:\n\n"
                     "受州人民政府委托,向大会报告计划执行情况。\n")
    assert card.issuer == "某州发展改革委"


def test_a_contact_line_is_no_title():
    card = read_card("咨询电话: 021-31001221\n\n某区产业经济迈向高质量发展轨道\n\n   “十三五”以来,某区产业经济不断转型。\n")
    assert card.title == "某区产业经济迈向高质量发展轨道"


def test_a_years_main_goals_and_tasks_are_an_annual_plan():
    card = read_card("某县发改局2023年国民经济和社会发展的主要目标和任务\n\n编稿时间: 2023-02-15 来源: 县发改局\n\n"
                     "2023年全县经济社会发展的主要目标和任务是:地区生产总值增长8%以上。\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", 2023, 2023)


def test_a_mirrors_label_gives_way_to_the_documents_own_title():
    """A mirror's label line ((某自治区)某旗国民经济和社会发展十四五规划(2022年更新)) stands over the
    document's own title, set over two lines below it: the document's title is the title."""
    card = read_card("(内蒙古自治区)某盟某旗国民经济和社会发展十四五规划(2022年更新)\n某旗国民经济和社会发展第十四个\n"
                     "五年规划和二〇三五年远景目标纲要\n某旗人民政府\n2021 年 3 月\n“十四五”时期是关键时期。\n")
    assert card.title == "某旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


def test_a_dated_line_with_an_editor_is_a_byline():
    """A news page's line of date, counter, outlet and editor (2013-07-08 818 某某新闻网 编辑:某某) is its
    byline: the headline stands above it and the page is dated by it."""
    card = read_card("某高新区高新技术企业占全区41%\n\n2013-07-08 818 某某新闻网 编辑:某某\n\n        记者从某高新区获悉,"
                     "高新区独立法人企业8000多家。\n")
    assert (card.title, card.published) == ("某高新区高新技术企业占全区41%", "2013-07-08")


def test_this_sites_own_item_and_an_unknown_source_name_no_issuer():
    """本网讯 (this site's own item) and 来源:不详 (source unknown) name nobody."""
    own = read_card("某市召开科技创新攻坚大会\n本网讯(记者 某某)5月18日,某市召开科技创新攻坚大会。\n")
    unknown = read_card("某区高新技术企业座谈会召开\n2022/8/15 来源:不详\n8月12日,某区召开座谈会。\n")
    assert (own.issuer, unknown.issuer) == ("", "")


def test_a_date_under_the_delivery_line_is_signed():
    """A report's date printed under its delivery line (──在某旗…会议上 / (2024年3月12日)), a
    speaker's line perhaps between, is the date it was signed, not the page's."""
    under = read_card("2024年政府工作报告\n发布时间:2024-03-15 15:58\n政 府 工 作 报 告\n"
                      "——在某旗第十八届人民代表大会第三次会议上\n(2024年3月12日)\n各位代表:\n现在,我代表旗人民政府向大会报告工作。\n")
    speaker = read_card("2026年政府工作报告\n——在某市第三届人民代表大会第六次会议上\n某市人民政府市长 某某某\n"
                        "(2026年3月2日)\n各位代表:\n现在,我代表市人民政府,向大会报告工作。\n")
    assert (under.signed, speaker.signed) == ("2024-03-12", "2026-03-02")


def test_a_delivery_line_run_on_into_its_speaker():
    card = read_card("2021年某县政府工作报告\n2021年2月4日在某县第十七届人民代表大会第五次会议上县长某某某各位代表:"
                     "现在,我代表县人民政府向大会报告工作,请予审议。\n")
    assert card.signed == "2021-02-04"


def test_a_bare_adoption_line_dates_the_plan():
    card = read_card("某旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n"
                     "2021年3月7日某旗第十五届人民代表大会第四次会议审议通过\n“十四五”时期(2021年-2025年)是开启新征程的五年。\n")
    assert card.signed == "2021-03-07"


def test_a_signature_run_into_the_notices_line_is_signed():
    """A page that ran the notice onto one line puts its 落款 after the last sentence
    (…请认真贯彻执行。   某市人民政府   2023年4月7日); a date after a sentence with no organ is not one."""
    signed = read_card("某市人民政府关于下达某市2023年国民经济和社会发展计划的通知\n各镇人民政府:   《某市2023年国民经济"
                       "和社会发展计划》已经审议通过,现印发给你们,请认真贯彻执行。    某市人民政府   2023年4月7日   (此件公开发布)\n")
    unsigned = read_card("某市2023年国民经济和社会发展计划\n全年完成投资目标。    2023年4月7日   以后再看\n")
    assert (signed.signed, unsigned.signed) == ("2023-04-07", "")


def test_a_notice_handing_down_the_years_plan_names_its_issuer():
    """关于下达…计划的通知 circulates the plan as 关于印发 does; the page's (已废止) before it is a
    status mark, not part of the issuer."""
    card = read_card("(已废止)某市人民政府关于下达某市2023年国民经济和社会发展计划的通知\n各镇人民政府:\n"
                     "《某市2023年国民经济和社会发展计划》已经审议通过,现印发给你们,请认真贯彻执行。\n")
    assert (card.title, card.issuer, card.genre, card.plan_start) == (
        "某市2023年国民经济和社会发展计划", "某市人民政府", "annual_work_plan", 2023)


def test_outlets_of_datelines_in_brackets_or_traditional_script():
    """The outlet of a dateline in brackets and traditional script (【某某商報網訊】), of a portal
    (某某信息港讯), of a paper and its site (某某日报 - 某某之窗讯), and of the reporter another site
    credits (本网西安讯(某某报·某某新闻网记者 某某)) issues the item."""
    lines = ["【香港商報網訊】2月19日,某區人民代表大會開幕。", "昆明信息港讯 记者某某 9月29日,发布会举行。",
             "商洛日报 - 商洛之窗讯 编者按:教育、就业等大事。", "本网西安讯(农业科技报·中国农科新闻网记者 某某)3月6日,会议召开。"]
    issuers = [read_card(f"某县经济社会发展取得新成效\n{line}\n全县生产总值增长5%。\n").issuer for line in lines]
    assert issuers == ["香港商報網", "昆明信息港", "商洛日报", "农业科技报·中国农科新闻网"]


def test_a_portals_banner_over_its_breadcrumb_is_no_issuer():
    card = read_card("某县人民政府\n首页 >> 新闻动态 >> 某县动态 >> 正文\n某县2021年经济社会发展目标任务全面完成\n"
                     "日期:2022年01月24日   作者:   来源:某县融媒体中心    点击:[]\n全县生产总值增长12.6%。\n")
    assert card.issuer == "某县融媒体中心"


def test_an_empty_field_over_a_label_run_into_its_value():
    card = read_card("- 索引号mlszfbgs/2026-00303\n- 发布机构某市政府办公室\n- 文号\n- 发布日期2026-03-09\n"
                     "2026年政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作。\n")
    assert card.doc_number == ""


def test_a_slashed_breadcrumb_and_photo_captions_are_no_title():
    """A breadcrumb set off by slashes and a photo's caption over the page's first paragraph are
    page furniture: the title is the headline, or none where the page prints none."""
    crumb = read_card("首页/ 政务公开/ 统计信息/ 统计公报/ 正文\n某县二〇二三年国民经济和社会发展统计公报\n"
                      "2023年,全县生产总值增长5%。\n")
    captions = [read_card(f"{caption}\n【某某網訊】2月19日,某區人民代表大會開幕。全區生產總值增長9.3%。\n").title
                for caption in ("大會現場 張寶杉 攝", "新闻发布会现场", "图为会议现场")]
    assert (crumb.title, captions) == ("某县二〇二三年国民经济和社会发展统计公报", ["", "", ""])


def test_a_headline_telling_the_years_tasks_were_done_is_news():
    done = read_card("《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成\n"
                     "日期:2022年01月24日   来源:某县融媒体中心\n1月20日,县长在作《政府工作报告》时,对2021年工作作了全面回顾。"
                     "全县地区生产总值增长12.6%。\n")
    progress = read_card("2023年某局主要目标任务完成情况\n一、科技创新\n研发投入增长10%。\n")
    assert (done.genre, done.plan_start, progress.genre) == ("news_on_results", None, "annual_work_plan")


def test_a_mirrors_label_gives_way_to_the_outline_it_names():
    """A mirror's label (( 某省)某市某县…十四五规划(2022年更新)) over a page of its own abbreviates the
    outline: the title is the outline's full name where the head prints it, on one line, wrapped
    (…纲 要) or quoted in the first sentence."""
    lines = read_card("(山东省)某市某县国民经济和社会发展十四五规划(2022年更新)\n[规划计划] 发表于:2022-08-03 16:29:04\n收藏\n前言\n"
                      "某县国民经济和社会发展第十四个五年规划和 2035 年远景目标纲 要\n某县人民政府\n“十四五”时期是新征程的第一个五年。\n")
    quoted = read_card("(山东省)某市某县国民经济和社会发展十四五规划(2022年更新)\n《某县国民经济和社会发展第十四 个五年规划和 2035 年 "
                       "远景目标纲要》,根据建议编制,是全县人民共同的行动纲领。\n")
    assert (lines.title, quoted.title) == ("某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要",) * 2
    adopted = read_card("(广东省)某市某县国民经济和社会发展十四五规划(2022年更新)\n某县国民经济和社会发展第十四个五年\n"
                        "规划和二○三五年远景目标纲要\n(2021 年2 月3 日县十五届人大七次会议审议批准)\n")
    assert adopted.title == "某县国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要"  # over its adoption line
    copied = read_card("(江苏省)某市某县国民经济和社会发展十四五规划(2022年更新)\n\n[规划计划] 发表于:2022-08-05 10:34:46\n"
                       "收藏\n前言\n某市某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n详情\n\n"
                       "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n序 言\n")
    assert copied.title == "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"  # its own, under the site's copy


def test_a_headline_setting_goals_is_news_on_a_plan():
    """A headline telling that goals were set (确定2016年目标任务, 定下目标) makes news on a plan,
    whatever results its body repeats."""
    body = "\n本报讯 记者获悉,2015年全区生产总值增长8%,比上年提高1个百分点。\n"
    set_goals = read_card("某师党委全委扩大会议召开 确定2016年目标任务" + body)
    aimed = read_card("300亿元!某县为自己新的五年征程定下目标" + body)
    assert (set_goals.genre, set_goals.plan_start, aimed.genre) == ("news_on_plan", 2016, "news_on_plan")


def test_an_outlet_after_the_pages_date_issues_the_news():
    """A byline of the page's date, perhaps its time and a counter, then the outlet (2022-07-07 17:05
    中国发展网 某某; 2013-07-08 818 中国新闻网 编辑:某某), and a dateline with the hour (华龙网4月11日12时56分讯)
    name the outlet that issues the news."""
    bylines = ["2022-07-07 17:05 中国发展网 程晖", "2013-07-08 818 中国新闻网 编辑:成成", "2020年04月28日 06:56 山西晚报"]
    issuers = [read_card(f"某地科技创新成果丰硕\n{line}\n全市高新技术企业达到300家。\n").issuer for line in bylines]
    dateline = read_card("某区打造产业新区\n华龙网4月11日12时56分讯(记者 某某)全区高新技术企业达到300家。\n")
    assert (issuers, dateline.issuer) == (["中国发展网", "中国新闻网", "山西晚报"], "华龙网")


def test_a_bulletins_outline_outweighs_a_meeting_in_its_preamble():
    """A statistical bulletin's sections open with 一、综合 (set out as 一、综 合 on many pages); its
    preamble may cite meetings (全市经济工作会议精神, 党的二十大胜利召开), which alone make no news."""
    card = read_card("2024年,全县上下全面贯彻落实全市经济工作会议精神,经济持续回稳。\n一、综 合\n"
                     "经济总量:2024年全县地区生产总值284.97亿元,比上年增长4%。\n")
    assert card.genre == "statistical_bulletin"
    economy = read_card("2022年是某市发展史上极不平凡的一年。全市在市委的坚强领导下,扎实推动经济社会回稳向好。\n一、综合经济\n"
                        "(一)经济总量\n据初步核算反馈,某市地区生产总值实现174.3亿元,增长3.5%。\n")
    assert economy.genre == "statistical_bulletin"  # 一、综合经济
    news = read_card("某县召开经济工作会议\n记者从会议获悉,2024年全县地区生产总值284.97亿元,比上年增长4%。\n")
    assert news.genre == "news_on_results"


def test_a_year_led_headline_over_a_bare_report_title_is_its_title():
    """A page headline naming the report with its year (2023年某市人民政府工作报告) above the report's
    own bare title (政府工作报告 over its delivery line) is the fuller name; a breadcrumb ending in the
    same words is none."""
    card = read_card("当前位置:首页 > 政府信息公开 > 政府工作报告\n2023年某市人民政府工作报告\n发表日期:2023-03-08\n"
                     "政府工作报告\n——2023年1月3日在某市第七届人民代表大会第三次会议上\n各位代表:\n")
    assert card.title == "2023年某市人民政府工作报告"
    labelled = read_card("(黑龙江)2020年某县人民政府工作报告(全文)\n\n本地事\n\n政 府 工 作 报 告\n\n"
                         "——2019年12月26日在某县第十六届人民代表大会第三次会议上\n\n县长某某\n\n各位代表:\n")
    tagged = read_card("-\n【某县招商】2019年某县政府工作报告\n政府工作报告—2019年4月11日在某县第十五届人民代表大会第三次会议上"
                       "某县人民政府县长某某各位代表:现在,我代表县人民政府,向大会报告工作。\n")
    assert (labelled.title, labelled.issuer, tagged.title) == (
        "2020年某县人民政府工作报告", "某县人民政府", "2019年某县政府工作报告")  # its bracketed region or tag aside
    crumb = read_card("当前位置:首页 > 政府信息公开 > 2023年政府工作报告\n政府工作报告\n"
                      "——2023年1月3日在某市第七届人民代表大会第三次会议上\n各位代表:\n")
    assert crumb.title == "政府工作报告"
    # a mirror's label naming the government alone, its region and date in brackets aside (card conventions)
    placed = read_card("导航菜单\n\n(贵州省)某市某区人民政府工作报告(2024年1月5日)\n\n  政府工作报告\n\n"
                       "  (2024年1月5日在某市某区第六届人民代表大会第三次会议上)\n\n  区长 某某\n\n  各位代表:\n\n"
                       "  现在,我代表区六届人民政府向大会报告工作。\n")
    assert (placed.title, placed.issuer, placed.signed) == ("某市某区人民政府工作报告", "某市某区人民政府", "2024-01-05")


def test_a_replys_box_labels_its_title():
    """A proposal reply's box labels the proposal's title 建议标题 (or 提案标题), in table cells."""
    card = read_card("建议标题: | 关于支持某市申报创新型城市的建议 | ||||\n编号: | 12050094 | 提交日期: | 2017-01-16 |\n")
    assert card.title == "关于支持某市申报创新型城市的建议"


def test_turns_run_on_in_one_paragraph_make_a_qa():
    """An interview printed as one paragraph (…一起来听听局长怎么说? 记者:…? 局长某某:… 记者:…), or
    an online one with 网友: turns, is a Q&A."""
    inline = read_card("某县工业经济稳中有进\n一起来听听局长怎么说? 记者:今年以来我县工业经济发展状况如何? 局长某某:"
                       "今年我们县的工业经济整体运行平稳。 记者:下一步有何打算? 局长某某:力争规模企业达到60家。\n")
    online = read_card("局长做客民生在线\n网友:我市如何对标先进城市?\n某某:对比先进城市,我们还有差距。\n"
                       "网友:明年有何目标?\n某某:力争高新技术企业达到1万家。\n")
    news = read_card("某县工业经济稳中有进\n今年以来,全县规模工业增加值增长5%。记者从县科技局获悉,园区有企业84家。\n")
    assert (inline.genre, online.genre, news.genre) == ("qa", "qa", "news_on_results")


def test_a_date_and_its_organ_under_the_title_date_the_page():
    """A line of a date and an organ alone under the title (2010-01-03 某市统计局) is the page's date
    and source; a date on a line with more words is not read so."""
    card = read_card("某市2004年国民经济和社会发展统计公报(3)\n\n2010-01-03 某市统计局\n\n十二、教育和科技\n在校生36615人。\n")
    assert (card.published, card.issuer) == ("2010-01-03", "某市统计局")
    prose = read_card("某市科技工作综述\n2010-01-03 某市统计局发布数据显示全市高企达到300家\n")
    assert prose.published == ""


def test_a_letter_spaced_organ_under_the_title_issues_it():
    """An organ letter-spaced on the line under a bulletin's title (福 清 市 统 计 局) is its issuer."""
    card = read_card("2022年某市国民经济和社会发展统计公报\n某 某 市 统 计 局\n国家统计局某某调查队\n2022年,全市经济稳中有进。\n")
    assert card.issuer == "某某市统计局"


def test_a_delivered_title_wrapped_over_three_lines_is_joined():
    """A report's title wrapped over three lines above its delivery line (…计划 / 执行情况与2025年…和 /
    社会发展计划(草案)的报告) is read whole."""
    card = read_card("某区2024年国民经济和社会发展计划\n执行情况与2025年国民经济和\n社会发展计划(草案)的报告\n"
                     "——2025年1月20日在某区第十八届人民代表大会第四次会议上\n区发展和改革委员会\n各位代表:\n")
    assert card.title == "某区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划(草案)的报告"
    assert (card.genre, card.plan_start, card.plan_end) == ("annual_work_plan", 2025, 2025)
    opened = read_card("某区2020年国民经济和社会发展\n计划执行情况与2021年国民经济和\n社会发展计划草案的报告\n"
                       "2021年4月 12日在某区第十八届\n人民代表大会第五次会议上\n某区发展和改革局\n")
    assert (opened.title, opened.genre) == ("某区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告",
                                            "annual_work_plan")  # its first line a title's opening


def test_a_portals_modes_and_an_apps_prompts_are_no_title():
    """A portal's elder mode (长者专版 / 某县人民政府), an app's prompt (打开某某新闻 查看精彩图片), a loader's
    message (等待处理…) and a document site's tag (…工作报告VIP专享) are no title or part of one."""
    elder = read_card("长者专版 / 某县人民政府\n县人大调研全县科技创新工作 来源:某东日报 发布时间:2025-08-28\n    8月26日,调研组开展调研。\n")
    app = read_card("打开某易新闻 查看精彩图片\n某县召开新闻发布会\n记者从发布会获悉,全县工业增长5%。\n")
    loading = read_card("等待处理…\n某县大步向经济强县迈进\n本报讯 某县今年GDP增长10%。\n")
    tagged = read_card("电脑桌面\n2026年某市政府工作报告VIP专享\n提纲:\n一、2025年工作回顾\n")
    assert [card.title for card in (elder, app, loading, tagged)] == [
        "县人大调研全县科技创新工作", "某县召开新闻发布会", "某县大步向经济强县迈进", "2026年某市政府工作报告"]


def test_a_papers_event_headline_over_its_phrased_subheadline():
    """A paper's headline of a meeting (某县十六届人大四次会议开幕) over a subheadline of phrases set
    apart by spaces (某某主持 县长某某作工作报告) above the byline: the headline is the title."""
    card = read_card("第一版:要闻版总第4492期 >2024-01-22编印\n\n某县十六届人大四次会议开幕\n"
                     "大会主席团常务主席某某在主席台前排就座 县长某某代表县人民政府向大会作工作报告\n"
                     "刊发日期:2024-01-22 作者:  语音阅读:\n\n   1月21日上午,某县第十六届人民代表大会第四次会议开幕。\n")
    assert card.title == "某县十六届人大四次会议开幕"


def test_a_source_naming_a_code_is_no_issuer():
    """来源: sp20241117 names a code, not an outlet: the dateline's outlet issues the news; a
    site's domain (来源:CCTV.com) names one."""
    card = read_card("某县人参产业见闻\n发布时间:2024-11-17 03:26:55 来源: sp20241117\n中新网 某地6月4日电(记者某某)6月初,人参长势喜人。\n")
    assert card.issuer == "中新网"
    domain = read_card("县长访谈\n发布时间:2010年07月02日 15:07 | 进入论坛 | 来源:CCTV.com\n[主持人某某]:请县长介绍一下。\n")
    assert domain.issuer == "CCTV.com"
    column = read_card("2019卷\n敖汉旗\n发布时间:01-19\n来源:\n【领导名录】\n旗委书记\n某某某\n某旗位于某市东南部。\n")
    assert column.issuer == ""


def test_an_outline_title_wrapped_over_lines_is_joined():
    """An outline's title set over two or three lines (place and 国民经济和社会发展 / 第十四个五年规划和
    二〇三五年 / 远景目标纲要) is the whole title, not the line read as one, and a place with its other
    name in brackets is part of it; an earlier outline's title lacks 远景目标."""
    three = read_card("某市某区国民经济和社会发展\n第十四个五年规划和二〇三五年\n远景目标纲要\n2021年2月\n前言\n"
                      "“十四五”时期,是我区全面深化改革的关键期。\n")
    assert three.title == "某市某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    bracketed = read_card("某某经济技术开发区(某某区)国民经济和社会发展\n第十四个五年规划和2035年远景目标纲要\n"
                          "某某经济技术开发区(某某区)发展和改革委员会\n2021年1月27日\n目 录\n")
    assert bracketed.title == "某某经济技术开发区(某某区)国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    spaced = read_card("某市国民经济和社会发展 第十四个五年规划和二〇三五年\n远景目标纲要\n二O二一年十月\n序 言\n")
    assert spaced.title == "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    earlier = read_card("某市国民经济和社会发展\n第十二个五年规划纲要\n2011年2月\n")
    assert earlier.title == "某市国民经济和社会发展第十二个五年规划纲要"


def test_a_share_prompt_and_a_tags_remnant_are_no_title():
    """A share prompt (微信扫一扫), the rest of a tag the page's stripping cut (…综合广播">) and a
    paper's page with a letter in its number (第T09版:特刊) are chrome: the headline below is the title."""
    remnant = read_card("某某广播电视台综合广播\">\n\n《两会面对面》——专访某县委书记某某\n\n"
                        "新闻眼|来源:某某广播电视台综合广播2022-01-20 10:52:56|网络编辑:某某\n\n今年政府工作报告提到,要加快园区提档升级。\n")
    assert remnant.title == "《两会面对面》——专访某县委书记某某"
    paper = read_card("第T09版:特刊\n\n宜起向兴,书写精彩“改革答卷”\n\n  上半年GDP增长6.3%,全市第一。今年以来,某市取得丰硕成果。\n")
    assert paper.title == "宜起向兴,书写精彩“改革答卷”"
    shared = read_card("微信扫一扫\n某县2022年政府工作主要预期目标\n今年政府工作的总体要求是:稳字当头、稳中求进。\n")
    assert shared.title == "某县2022年政府工作主要预期目标"


def test_a_subtitle_standing_as_the_title_loses_its_dash():
    """A page opening on an interview's subtitle (——与某县委书记某某面对面) has it as its title,
    without the dash."""
    card = read_card("——与某县委书记某某面对面\n□本报记者 某某\n记者前言\n某县,某州“东大门”,去年以来攻坚克难。\n")
    assert card.title == "与某县委书记某某面对面"


def test_an_officials_post_in_the_title_is_no_issuer():
    """An organ a title names as an official's post (某县委书记, 某区科技局局长) is not the issuer."""
    card = read_card("与某县委书记某某面对面\n□本报记者 某某\n记者前言\n去年以来,该县攻坚克难。\n")
    assert card.issuer == ""
    assert read_card("某县科技局2020年工作总结\n2020年,我局攻坚克难。\n").issuer == "某县科技局"


def test_a_bulletin_is_the_bureaus_that_signs_it():
    """A bulletin whose statistics bureau stands alone on a line of its head is that bureau's,
    whatever portal published it (发布机构: 某县人民政府) or source it names (来源: 某旗)."""
    portal = read_card("某县人民政府\n\n某县2020年国民经济和社会发展统计公报\n\n发布日期: 2021-04-13 发布机构: 某县人民政府\n\n"
                       "2020年国民经济和社会发展\n统 计 公 报\n    某县统计局    \n一、综合\n全县地区生产总值209.3亿元。\n")
    assert portal.issuer == "某县统计局"
    source = read_card("某旗2021年国民经济和社会发展统计公报\n发布时间:2022-04-21 16:20:00      来源:某旗\n\n"
                       "某旗统计局\n国家统计局某旗调查队\n一、综合\n全旗地区生产总值209.3亿元。\n")
    assert source.issuer == "某旗统计局"
    report = read_card("某县2020年政府工作报告\n发布机构: 某县人民政府\n某县统计局\n各位代表:\n")
    assert report.issuer == "某县人民政府"


def test_a_barred_bylines_source_ends_at_the_date_it_runs_into():
    """来源:某某广播2022-01-20 10:52:56 in a barred byline names the outlet without its date."""
    card = read_card("《两会面对面》——专访某县委书记某某\n\n新闻眼|来源:某某广播电视台综合广播2022-01-20 10:52:56|网络编辑:某某\n\n"
                     "今年政府工作报告提到,要加快园区提档升级。\n")
    assert card.issuer == "某某广播电视台综合广播"


def test_a_reading_of_a_quoted_document_is_news_on_it():
    """A headline reading a document it quotes (某某解读《关于…计划执行情况与…计划草案的报告》) is news on
    it, not the annual plan itself; a reading of a work report headlined by its results stays news
    on results."""
    reading = read_card("分管负责人解读:某县发改委副主任某某解读文章《关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告》\n\n"
                        "浏览次数: 来源:某县发改委 时间:2024-02-02 08:39\n\n一、制定背景和依据\n2023年是关键之年。\n")
    assert reading.genre == "news_on_plan"
    results = read_card("2020年某市政府工作报告解读(一):经济社会保持平稳健康发展 发展质量好于预期\n\n"
                        "来源:某某报 发布日期:2020-05-14 17:30\n\n2019年,全市地区生产总值增长5.8%。\n")
    assert results.genre == "news_on_results"


def test_a_reports_title_dated_in_brackets_is_signed_that_day():
    """A mirror's label naming a work report with the day it was delivered in brackets ((某省)某县人民
    政府工作报告(2023年1月30日)) dates the report: signed that day."""
    card = read_card("导航菜单\n\n(江西省)某县人民政府工作报告(2023年1月30日)\n\n  (二)创新赋能,蓄积优质发展新动能\n\n"
                     "  强化科技战略支撑。培育国家科技型中小企业入库130家以上。\n")
    assert (card.title, card.signed) == ("某县人民政府工作报告", "2023-01-30")


def test_a_columns_tag_is_no_part_of_the_title():
    """A column's tag before the headline (天天快资讯丨…, 奋斗的某县正青春|…) is not part of the title; an
    organ opening the headline before a colon (县科工局:稳中求进…) is its subject, not its issuer; a
    source set between bars (来源:某县融媒体中心 | 编辑:…) names the outlet."""
    tagged = read_card("天天快资讯丨某旗确定2023年地区生产总值目标\n来源:某某新闻网 • 2023-01-09 09:27:33\n"
                       "近日,某旗召开经济工作会议,确定地区生产总值增长15%以上。\n")
    assert tagged.title == "某旗确定2023年地区生产总值目标"
    barred = read_card("奋斗的某县正青春|县科工局:稳中求进 以进促稳 推动工业经济高质量发展\n"
                       "2024-04-03 16:12:26          来源:某县融媒体中心 | 编辑:某某 |          浏览量:2159\n\n"
                       "新某县4月3日讯(记者 某某)过去一年,县科工局锚定目标。\n")
    assert (barred.title, barred.issuer) == ("县科工局:稳中求进 以进促稳 推动工业经济高质量发展", "某县融媒体中心")
    # a series' tag inside a region's tag, a column's name with quotes after a bar, a title printed twice
    series = read_card("当前位置:首页  > 信息公开\n[某县] 【十三五成就巡礼˙科技创新篇】科技创新引领某县走向高质量发展(二)\n"
                       "发布时间:2020-11-17 08:51      来源:某县融媒体中心     浏览量:\n\n“十三五”以来,某县新增企业20家。\n")
    column = read_card("某镇:提升镇域实力,实现初具小城市形态|聚焦某市“百千万工程”\n来源:某市日报 2025-01-09\n\n某镇新增企业9家。\n")
    twice = read_card("某镇2024年工作总结和2025年工作思路 某镇2024年工作总结和2025年工作思路\n\n一、2024年工作总结\n新增企业9家。\n")
    assert (series.title, column.title, twice.title) == (
        "科技创新引领某县走向高质量发展(二)", "某镇:提升镇域实力,实现初具小城市形态", "某镇2024年工作总结和2025年工作思路")


def test_funds_won_make_news_on_results():
    """In news, funds and projects won from above (争取项目经费70万元, 累计已争取项目8项) are results, not
    aims: the item tells of results though 争取 is a word of aim."""
    card = read_card("某县:科技创新成经济发展新动力\n| 招商动态 |2011-12-26\n"
                     "至目前,某平台建设已被科技部立项,争取项目经费70万元;两个项目被省上立项,争取项目经费15万元,累计已争取项目8项。\n"
                     "筛选推荐了18个科技项目,上报省、市,争取立项。\n")
    assert card.genre == "news_on_results"


def test_an_untitled_outline_takes_the_title_its_preface_names():
    """An excerpt of an outline printing no title, whose preface names the document it opens (《某市…
    规划纲要》进一步明确了…, 《…纲要》(以下简称…)), takes that name as its title, and so its genre and
    period; a sentence of the preface is no title."""
    untitled = read_card("“十四五”时期(2021—2025年)是我市开启新征程的重要时期。根据《中共某市委关于制定某市国民经济和社会发展第十四个"
                         "五年规划和二〇三五年远景目标的建议》,《某市国民经济和社会发展第十四个五年规划纲要》进一步明确了发展的奋斗目标。\n")
    assert (untitled.title, untitled.genre, untitled.plan_start, untitled.plan_end) == (
        "某市国民经济和社会发展第十四个五年规划纲要", "plan", 2021, 2025)
    sentence = read_card("“十二五”期间,外部环境呈现出复杂、多变的特征,在国际上基\n本处于缓慢复苏阶段。\n"
                         "《某市国民经济和社会发展第十二个五年规划纲要》(以下简\n")
    assert sentence.title == "某市国民经济和社会发展第十二个五年规划纲要"


def test_a_quoted_term_alone_under_a_headline_ends_it():
    """A headline set over two lines whose second holds only a quoted term (砥砺奋进 / “十四五”) is read
    whole, and so names the period its news reviews; a quoted term that is a sentence's start is not."""
    card = read_card("砥砺奋进\n“十四五”\n“十四五”是某县综合实力全面跃升的关键时期。5年来累计改造老旧小区30个片区。\n")
    assert (card.title, card.plan_start, card.plan_end) == ("砥砺奋进“十四五”", 2021, 2025)
    plain = read_card("砥砺奋进\n“十四五”是某县综合实力全面跃升的关键时期。\n")
    assert plain.title == "砥砺奋进"


def test_news_whose_figures_are_all_past_is_on_results():
    text = ("某县召开科技创新大会\n会议强调,今年要力争再上新台阶。会议部署了下一步工作。确保各项任务落实。\n"
            "去年全县高新技术企业达到50家,同比增长12%。研发经费投入3.2亿元,增长8%。\n")
    assert read_card(text).genre == "news_on_plan"  # the wording leans to a plan…
    card, figures = read_document(text, date(2024, 2, 1))
    assert set(figures.kind) == {"baseline"} and card.genre == "news_on_results"  # …the figures are results
    aims = text.replace("去年全县高新技术企业达到50家,同比增长12%", "到2025年全县高新技术企业达到80家")
    assert read_document(aims, date(2024, 2, 1))[0].genre == "news_on_plan"


def test_a_meetings_attendance_tells_neither_results_nor_goals():
    """News of a congress opening whose only figures are its attendance (应到代表231名, 实到228名)
    stays as its wording reads (on the plan the report sets), not news on results."""
    text = ("某县第十八届人民代表大会第一次会议隆重开幕\n今天上午,某县第十八届人民代表大会第一次会议隆重开幕。"
            "会议应到代表231名,实到代表228名,符合法定人数。县长代表县人民政府作政府工作报告,部署今年工作。\n")
    wording = read_card(text).genre
    card, figures = read_document(text, date(2022, 1, 6))
    assert len(figures) == 2 and card.genre == wording == "news_on_plan"
    undated, figures = read_document(text)  # a page printing no date tells the same
    assert len(figures) == 2 and undated.genre == "news_on_plan"


def test_news_whose_figures_are_mostly_goals_is_on_a_plan():
    """News whose wording reads as on results (会议召开, 总结了成绩) but whose figures are mostly the
    year's goals (a list under 2024年重点指标) is news on a plan; the same list of results is not."""
    text = ("某镇召开高质量发展推进会\n会议召开,镇党委书记作表态发言,总结了去年取得的成绩。\n2024年重点指标\n"
            "◆GDP同比增长5%;工业投资35.9亿元;技改投资18.4亿元。\n◆新认定高企94家。\n")
    assert read_card(text).genre == "news_on_results"  # the wording leans to results…
    card, figures = read_document(text, date(2024, 2, 19))
    assert set(figures.kind) == {"target"} and card.genre == "news_on_plan"  # …the figures are goals
    results = text.replace("2024年重点指标", "2023年主要成绩")
    assert read_document(results, date(2024, 2, 19))[0].genre == "news_on_results"


def test_news_on_a_congress_is_settled_by_the_count_of_its_figures():
    """Congress news reviewing the year and stating the next one's goals (the annotation rules' card
    conventions): on a plan where more of its figures are goals than results, else on results, a
    tie included."""
    def news(results: str, goals: str) -> str:
        return ("某县召开十八届人大五次会议\n本报讯 1月8日,某县第十八届人民代表大会第五次会议开幕,县长作政府工作报告。"
                f"报告指出,2024年,{results}。今年主要预期目标是:{goals}。\n")
    three = "地区生产总值增长6%,规上工业增加值增长8%,固定资产投资增长9%"
    two = "地区生产总值增长6.5%左右,规上工业增加值增长9%以上"
    assert read_document(news(three, two), date(2025, 1, 8))[0].genre == "news_on_results"
    assert read_document(news(two.replace("左右", "").replace("以上", ""), three), date(2025, 1, 8))[0].genre == "news_on_plan"
    tie = news("地区生产总值增长6%,固定资产投资增长9%", two)
    assert read_document(tie, date(2025, 1, 8))[0].genre == "news_on_results"


def test_a_link_back_and_a_menu_of_channels_are_no_title():
    """返回上一级 and a menu of short channels (头条 热门 重磅原创 PPP …) are navigation; a box of page
    fields in brackets (【信息时间:… 阅读次数: 】) is no headline; a letter-spaced 政 府 工 作 报 告 is still a title."""
    back = read_card("返回上一级\n\n字号\n\n打印\n\n某镇人民政府2020年主要任务\n\n主动公开\n\n2020.01.30\n\n  2020年是关键之年。\n")
    menu = read_card("头条 热门 重磅原创 PPP 地方 教育 图片新闻 政府采购 权威公告\n\n首页 > 新闻 > 河南  > 文章详情页\n\n"
                     "高新区科创局:科技赋能打造新高地\n\n近日,自高新区科技创新局获悉,高新技术企业总数达42家。\n")
    fields = read_card("【信息时间:2025-08-25阅读次数: 】\n8月20日下午,某镇第六届人民代表大会第十次会议胜利召开。\n")
    assert (back.title, menu.title, fields.title) == ("某镇人民政府2020年主要任务", "高新区科创局:科技赋能打造新高地", "")
    spaced = read_card("政 府 工 作 报 告\n——2023年1月31日在某县第十六届人民代表大会第二次会议上\n各位代表:\n")
    assert spaced.title == "政府工作报告"


def test_a_titles_note_after_a_dash_is_no_part_of_it():
    """…政府工作报告—全文 over the report's own 政 府 工 作 报 告: the note goes, and the two lines are not
    joined as one wrapped title."""
    card = read_card("2023年某市某县政府工作报告—全文\n政 府 工 作 报 告\n——2023年1月31日在某县第十六届\n"
                     "人民代表大会第二次会议上\n县长 某某\n各位代表:\n")
    assert card.title == "2023年某市某县政府工作报告"


def test_a_boxs_bare_place_is_its_government_in_full():
    """公开主体 on its own line over its value names the issuer; a bare place there (小昆山镇) is its
    government as the text names it in full; without a full name printed it stays as printed."""
    boxed = read_card("索引号:\n公开主体:\n上海市某区某镇人民政府\n发文字号:\n发布日期:\n2021-12-23\n各位代表:\n"
                      "现在,我代表某镇人民政府,向大会报告工作。\n")
    assert (boxed.issuer, boxed.published) == ("上海市某区某镇人民政府", "2021-12-23")
    bare = ("某镇2025年政府信息公开工作年度报告\n公开主体:小昆山镇\n成文日期:2026-01-20\n"
            "本年度报告由上海市松江区小昆山镇人民政府编制。\n")
    assert read_card(bare).issuer == "上海市松江区小昆山镇人民政府"
    assert read_card(bare.replace("由上海市松江区小昆山镇人民政府编制", "按规定编制")).issuer == "小昆山镇"


def test_a_line_of_codes_is_no_title():
    """A forum's emoticon codes ({:1_489:}) and a volume's label (2019卷) hold too few Chinese characters
    to be a title; a breadcrumb opening 您当前所在的位置 is navigation."""
    forum = read_card("某某 发表于 2017-7-19 11:26\n\n{:1_489:}{:1_489:}\n\n东营网讯 7月13日,赛迪智库发布了百强榜。\n")
    assert forum.title == ""
    volume = read_card("2019卷\n\n  • 敖汉旗\n\n某旗位于某市东南部,总面积8294平方公里。\n")
    assert volume.title == ""
    crumbs = read_card("您当前所在的位置:某县 > 领导致辞\n\n某县地处古丝道北部边缘,总面积19519平方公里。\n")
    assert "位置" not in crumbs.title


def test_a_link_to_the_paper_and_a_bare_office_name_no_other_issuer():
    """A paper's own item whose page links to the paper (点击上虞日报) is the paper's; a source naming
    an office of no organ (信息来源: 办公室) names no issuer."""
    linked = read_card("国内统一刊号:CN33-0080\n\n点击上虞日报\n\n关注上虞热点\n\n我市被列为国家星火技术密集区\n\n"
                       "本报讯 记者 某某 11月4日,省科技厅转发国家科技部文件,我市成为134个国家星火技术密集区之一。\n")
    assert linked.issuer == "上虞日报"
    office = read_card("某县第十八届人民代表大会第一次会议开幕\n作者:某某     发布时间:2021-10-27 16:51     信息来源: 办公室     浏览数:\n\n"
                       "1027日,某县第十八届人民代表大会第一次会议开幕。\n")
    assert office.issuer == ""


def test_a_sites_serial_number_is_no_part_of_the_title():
    card = read_card("购物车\n我的足迹\n\n077-2021年某市政府工作报告\n\n加入Vip免费下载 立即下载\n"
                     "——2021年1月23日在某市第七届人民代表大会第五次会议上\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n")
    assert card.title == "2021年某市政府工作报告"
    ranged = read_card("2021-2025年某市数字经济发展规划\n\n一、发展基础\n到2025年,全市数字经济规模达到1000亿元。\n")
    assert (ranged.title, ranged.plan_start, ranged.plan_end) == ("2021-2025年某市数字经济发展规划", 2021, 2025)


def test_a_row_of_names_is_no_title():
    """Reporters' names in a row over the body (邹某某 曹某某 苏 琼 袁 倩) are a byline; a title spaced
    letter by letter (政 府 工 作 报 告) is still a title."""
    card = read_card("邹某某 曹某某 苏 琼 袁 倩\n金秋时节,某县大地充盈着丰收的味道。\n五年来,全县高新技术企业由38家增至82家。\n")
    assert card.title == ""
    assert read_card("政 府 工 作 报 告\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n").title == "政府工作报告"


def test_a_link_a_signature_or_a_question_is_no_title():
    """A spam link (长沙某医院 https://…), an organ signing with its date and a question put to the
    interviewee are no titles."""
    link = read_card("长沙某医院 https://m.example.net/woman/4439520.html\n近日,某市召开科技创新大会。全市高企达到500家。\n")
    signed = read_card("某市人民政府办公室 2021年3月24日\n近年来,某市以科技创新推动经济高质量发展。\n")
    asked = read_card("罗县长,您好!今天您聆听了市长所作的政府工作报告,能不能谈一下您的感受?\n好的。全县高企达到50家。\n")
    assert (link.title, signed.title, asked.title) == ("", "", "")


def test_a_caption_a_reporter_or_credits_are_no_title():
    """A photo's caption (▲…), a reporter line (新华社记者某某), a site's credits (网络支持:…, 浙ICP备…)
    and a portal's section name (政务公开) are no titles; a line telling an interview (某某接受电视台记者采访) may be."""
    for chrome in ("▲中共某县县委书记 某某某", "新华社记者薛某某", "某某网・某某网 网络支持:某某网络传媒有限公司",
                   "浙新办[2005]20号 浙ICP备05073341号", "政务公开"):
        assert read_card(f"{chrome}\n\n近年来,某县以科技创新推动经济高质量发展。全县高企达到50家。\n").title == "", chrome
    told = read_card("谢某某接受电视台记者采访\n谢某某说,全市高新技术企业达到300家。\n")
    assert told.title == "谢某某接受电视台记者采访"


def test_a_report_in_the_first_person_is_no_news_on_it():
    """现在我代表市人民政府向大会作政府工作报告 is the report speaking, not news telling of it."""
    card = read_card("各位代表:\n现在我代表市人民政府向大会作政府工作报告,请予审议。\n过去一年,全市生产总值增长6%。\n")
    assert card.genre == "government_work_report"


def test_other_reports_and_the_reports_spirit_are_no_news_on_the_work_report():
    """A bureau chief's own report (局长张三作工作报告), a plan citing the report's spirit (…作的政府工作报告精神)
    and a meeting on drafting it (听取了…政府工作报告起草情况) tell of no delivery of the work report."""
    bureau = read_card("某县科技局召开2024年全县科技工作会议\n\n本报讯 1月5日,某县科技局召开全县科技工作会议。局长张三作工作报告,"
                       "总结2023年工作。全年新增高新技术企业12家,研发投入增长15%。\n")
    spirit = read_card("某县2024年工作要点\n\n为全面落实王县长在县十七届人大二次会议上作的政府工作报告精神,制定本要点。\n"
                       "一、主要目标\n全县地区生产总值增长6%。\n")
    drafting = read_card("某县政府召开常务会议\n本报讯 会议听取了关于2024年政府工作报告起草情况的汇报。全县高企达到50家,同比增长12%。\n")
    assert (bureau.genre, spirit.genre, drafting.genre) == ("news_on_results", "annual_work_plan", "news_on_results")


def test_a_zones_dated_line_is_the_byline_under_its_headline():
    """A zone's page prints its date and its own name under the headline (2024-03-04 某某高新区): a
    byline, so the line above it is the title (not the lead under it) and the zone the issuer."""
    card = read_card("加快建设科技强国,实现高水平科技自立自强\n氢能科技 园区 园区 园区\n\n某某高新区交出“十四五”中期发展成绩单\n\n"
                     "2024-03-04 某某高新区\n54\n核心提示:为更好发挥发展规划战略导向作用,某某高新区工委会议审议通过了评估报告\n"
                     "为更好发挥发展规划战略导向作用,工委会议审议通过了评估报告。\n")
    assert (card.title, card.issuer) == ("某某高新区交出“十四五”中期发展成绩单", "某某高新区")


def test_an_outlet_named_by_its_reporters_dateline_or_as_producer():
    """An outlet's dateline before its reporters names it whatever its name (交汇点讯(记者…), with its
    paper in brackets); an item closing on 出品 | 某某融媒体中心 is that outlet's."""
    app = read_card("某市第十八届人民代表大会第五次会议开幕\n交汇点讯(记者 某某 通讯员 某某)1月14日上午,会议隆重开幕。\n")
    paper = read_card("不断放大某县的竞争优势\n某楚网(某北日报网)讯(记者某某 通讯员某某)12月31日,县长作政府工作报告。\n")
    produced = read_card("2024年重点指标\n◆GDP同比增长5%。\n出品 | 某山融媒体中心\n编辑 | 某某\n")
    assert (app.issuer, paper.issuer, produced.issuer) == ("交汇点", "某楚网(某北日报网)", "某山融媒体中心")
    assert read_card("某刊报道\n本刊讯(通讯员 某某)近日,某县召开会议。\n").issuer != "本刊"


def test_an_untitled_account_of_a_bureaus_year_is_an_annual_work_plan():
    """An untitled bureau's account of its year (现汇报如下 / 一、2024年工作情况) is, as annotators call
    it, an annual work plan, but its figures of the year past are results, read as a report reads
    them; next year's are goals."""
    text = ("2024年,某县科技局在县委、县政府的坚强领导下,各项工作均取得了一定成效。现汇报如下:\n一、2024年工作情况\n"
            "组织企业召开宣讲6次,发表新闻报道87篇,新认定高新技术企业12家。\n二、2025年工作打算\n力争新增高新技术企业15家。\n")
    card, figures = read_document(text, date(2024, 12, 20))
    assert card.genre == "annual_work_plan" and card.row()["genre"] == "annual_work_plan"
    assert list(figures.kind) == ["baseline", "baseline", "baseline", "target"]


def test_a_lead_a_box_field_or_a_spaced_out_home_link_is_no_title():
    """A portal's bar opening on a spaced-out 首 页, a lead opening on its day (2月12日,…!) and a
    metadata box's field listing kinds of document (• 工作总结、工作谋划) are no titles: the headline or
    the document's own title is."""
    bar = read_card("首   页 走进某县 新闻中心 政府信息公开 政务服务 互动交流\n\n某县第十八届人民代表大会第二次会议隆重开幕\n\n"
                    "2月27日上午,某县第十八届人民代表大会第二次会议隆重开幕。\n")
    assert bar.title == "某县第十八届人民代表大会第二次会议隆重开幕"
    lead = read_card("2月12日,某区以一场高规格的会议——高质量发展大会,正式吹响了全年奋进的号角!\n台上,5轮颁奖授牌。\n")
    assert lead.title == ""
    box = read_card("• 005271117/2025-00003\n• 某区科技局\n• 工作总结、工作谋划\n• 2025-05-21\n"
                    "某区科学技术局2024年工作总结及2025年工作打算\n2024年以来,某区科技局大力实施创新驱动发展战略。\n")
    assert box.title == "某区科学技术局2024年工作总结及2025年工作打算"


def test_a_headline_telling_the_report_delivered_is_news():
    """A headline telling that the congress opened and the head delivered the report (…隆重开幕
    某某作政府工作报告) is news on the report, not the report."""
    card = read_card("某县第十八届人民代表大会第二次会议隆重开幕 某某作政府工作报告\n\n2月27日上午,会议隆重开幕。"
                     "来自全县的200多名人大代表出席大会。\n")
    assert card.genre == "news_on_plan"
    assert read_card("某县人民政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n").genre == "government_work_report"


def test_a_documents_title_printed_with_a_space_is_read_whole():
    """A document's own title printed with a space inside (某区2022年 国民经济和社会发展统计公报) is read
    without it; a headline's phrases stay apart (锚定高质量发展 某市“十四五”发展实现五大跃升)."""
    bulletin = read_card("某区2022年 国民经济和社会发展统计公报\n\n2022年,全区经济平稳增长。\n")
    headline = read_card("锚定高质量发展 某市“十四五”发展实现五大跃升\n某市市长介绍,“十四五”以来,某市高质量发展取得新成效。\n")
    assert bulletin.title == "某区2022年国民经济和社会发展统计公报"
    assert headline.title == "锚定高质量发展 某市“十四五”发展实现五大跃升"
    delivered = read_card("某市三届人大五次会议27日开幕 某某作报告\n本报讯 27日上午,会议开幕。\n")
    assert delivered.title == "某市三届人大五次会议27日开幕 某某作报告"
    report = read_card("某县2023年 政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n")
    assert report.title == "某县2023年政府工作报告"


def test_an_index_numbers_digits_are_no_date():
    card = read_card("【直击两会】某县政府2020年将为民办好15件大事\n索引号:20230425-095005-528 时间:2020-05-11 来源:某县融媒体中心\n"
                     "5月10日上午,某县人代会开幕。\n")
    assert card.published == "2020-05-11"
    assert read_card("某县新闻\n发布时间:20200511\n某县召开大会。\n").published == "2020-05-11"


def test_an_adoption_note_is_no_title():
    card = read_card("(2021年1月18日某县第十七届人民代表大会\n第六次会议通过)\n目 录\n第一篇 发展的基础和环境\n"
                     "第一章 发展基础\n第二篇 “十四五”经济社会发展总体要求\n第一章 指导思想\n")
    assert (card.title, card.signed) == ("", "2021-01-18")


def test_an_untitled_plans_contents_name_its_period():
    """An excerpt opening on a plan's table of contents (第一章 发展基础 …) is a plan, of the period its
    headings name."""
    card = read_card("目 录\n第一篇 发展的基础和环境\n第一章 发展基础\n第二章 发展环境\n"
                     "第二篇 “十四五”经济社会发展总体要求\n第一章 指导思想\n")
    assert (card.genre, card.plan_start, card.plan_end) == ("plan", 2021, 2025)


def test_an_untitled_plans_preface_names_its_title():
    card = read_card("“十四五”时期,是某市开启现代化建设新征程的第一个五年。科学编制实施《某市国民经济和社会发展规划(2021-2025年)》,"
                     "对于某市奋力开创高质量发展新局面,具有重大意义。\n\n第一章 筑牢发展基础\n")
    assert (card.title, card.genre, card.plan_start, card.plan_end) == (
        "某市国民经济和社会发展规划(2021-2025年)", "plan", 2021, 2025)


def test_a_portals_app_links_a_photo_tag_and_a_halls_caption_are_no_title():
    portal = read_card("移动端应用\n政务微信\n政务微博\n智能问答\n登录个人中心\n今年以来,某市科技局全力推进创新。现将科技工作情况汇报如下:\n")
    photo = read_card("某市第五批重点项目集中开工\n\n【资料图】\n\n某某日报9月1日讯 某市第五批重点项目集中开工仪式近日举行。\n")
    assert (portal.title, photo.title) == ("", "某市第五批重点项目集中开工")


def test_the_title_follows_the_breadcrumb():
    card = read_card("某某新传媒\n首页 > 今日看点 > 正文\n\n某高新区进入全国20强\n\n2022\n\n02/25\n\n来源\n\n某某日报\n\n"
                     "  昨日从某高新区获悉,该区综合排名提升7个位次。\n")
    assert card.title == "某高新区进入全国20强"


def test_a_papers_page_line_dates_it_and_a_place_led_headline_under_a_kicker():
    card = read_card("第04版:两会特刊 2026年01月21日\n\n定力如磐、斗志昂扬,拼出奋勇争先精气神\n\n某市:凝聚奋进力量 奏响发展强音\n\n"
                     "  过去一年来,某市新增高企75家。\n")
    assert (card.title, card.published) == ("某市:凝聚奋进力量 奏响发展强音", "2026-01-21")


def test_a_congress_headline_over_its_subheadline_and_captions():
    card = read_card("解放思想真抓实干 攻坚克难奋发作为\n某县十八届人大三次会议开幕\n某某出席会议 某某作政府工作报告 某某主持大会\n\n"
                     "县十八届人大三次会议会场\n\n某某作政府工作报告\n\n    本网讯(记者 某某)3月6日,某县第十八届人民代表大会第三次会议开幕。\n")
    assert card.title == "某县十八届人大三次会议开幕"


def test_an_outlets_lead_or_its_name_alone_is_the_issuer():
    lead = read_card("某某在线江苏频道消息:近半年来,某区科技局坚持创新驱动。\n上半年,某区高新技术产值达255亿元。\n")
    under = read_card("某区:涵养创新活水\n\n南方日报 南方+\n\n创新是某高新区最亮眼的底色。\n")
    alone = read_card("松江报\n\n十年来,某镇地区生产总值累计完成167亿元。\n")
    report = read_card("政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作。\n")
    assert (lead.issuer, under.issuer, alone.issuer) == ("某某在线江苏频道", "南方日报", "松江报")
    assert report.issuer == "县人民政府"


def test_an_untitled_bureaus_account_names_its_issuer():
    card = read_card("今年以来,某市科技局紧紧围绕发展战略,加快实现科技自立自强。现将科技工作情况汇报如下:\n"
                     "一、2024年工作总结\n(一)积极推进平台建设\n")
    assert (card.issuer, card.genre) == ("某市科技局", "annual_work_plan")


def test_an_untitled_item_calling_its_place_this_county_is_news():
    card = read_card("某县以科学发展观为指导,全力提升科技自主创新能力。去年,该县完成技改投入72.3亿元。\n"
                     "全县省级以上高新技术企业达到16家,该县工业结构加速优化。\n")
    assert card.genre == "news_on_results"
