"""The document card: title, issuer, own document number, dates, plan period and genre.

Read from the head of the text the way government pages and documents print it: a metadata
box (``名称 / 索引号 / 发布机构 / 发文字号 / 成文日期 / 发布日期``, as ``label: value``, as table
cells ``label | value``, as ``[ label ] value``, several to a line, labels perhaps with pinyin
glosses), a notice title (``X关于印发《Y》的通知`` → title Y, issuer X) or a notice body
circulating 《Y》, a news headline above its byline, a report's delivery line (──/(2023年12月27日
在…会议上) giving its date and the organ under it, the document number standing on its own line,
and the signature date (落款) standing on its own line with its organ above. A site banner with the
day's date (``…人民政府 2019年12月3日星期二``) is not a date of the document. Every field is empty
where the text does not print it. The genre follows the ordered rules of ``genre_of``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date

from analysis.extract.layout import is_cjk
from analysis.extract.vocabulary import (
    ABBREVIATED_ISSUER, ACCOUNT_ORGAN, ANNUAL_WORDS, CARD_LABELS, CIRCULATION_LINE, COMPARED_YEAR, CREDITED_REPORTER, DATED_OUTLET,
    DEVELOPMENT_PLAN_REPORT, EDITOR_LABEL, FILE_NAME_TITLE, FIVE_YEAR_IN_FULL, FIVE_YEAR_SPANS, GENRE_RULES,
    HEAD_LINES, ISSUER_SUFFIX, MIN_GENRE_CUES, MIN_QA_TURNS, MIN_STATISTICS_STYLE, MIRROR_REGION, NAVIGATION,
    NEWSPAPER, NEWS_BYLINE, NEWS_CUE, NEWS_PLAN_CUES, NEWS_RESULT_CUES, NO_OUTLET, NUMBERED_ITEM, OFFICIAL_POST,
    ORGAN_PLACE, OUTLET_DATELINE, OUTLET_NEWS_LEAD, OWN_PAPER_CUE, PAPER_ALONE, PAPER_DATELINE, PAPER_PAGE_DATED, PERIOD, PLACE_LED_HEADLINE, PLAN_CONTENTS_PERIOD, PLAN_GENRES, PLAN_NAMED_IN_PREFACE, PLAN_OUTLINE, PLAN_PREAMBLE,
    PLAN_TERM, PLAN_TITLE_WORDS, PRODUCED_BY, QA_TURN, REPLY_CUE, REPORTERS_DATELINE, REPORTING_CUE, REPORT_CUE,
    REPORT_DELIVERED_BY, RESULTS_TITLE, RUN_IN_TITLE,
    SALUTATION, SELF_PLAN_CUE, SELF_PLAN_PERIOD, SOURCE_IN_LINE, SPEAKER_LINE, SPEAKER_ORGAN, STATISTICS_BODY,
    STATISTICS_ISSUER, STATISTICS_STYLE, STATISTICS_TITLE, SURVEY_TEAM, TASKS_AT_WORK, TITLE_FIRST_GENRES, TITLE_TAIL,
    TITLE_WORDS, TITLE_WRAPPING, UNTITLED_REPORT_CUE, UNTITLED_REPORT_GOALS, WON_FUNDS, WORD_FIXES, WORK_REPORT_NAMED,
    WORK_SUMMARY_CUE,
    scanner,
)
from analysis.numerals import YEAR_DIGITS, year_value
from analysis.text import close_spaced_chinese, normalise

CARD_COLUMNS = ["title", "issuer", "doc_number", "signed", "published", "plan_start", "plan_end", "genre"]

DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[(]\s*\d{4}\s*[〕\])]\s*\d{1,4}\s*号")
DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})"
    # eight digits in a row read as a date, not where a serial follows (索引号:20230425-095005-528):
    # test_an_index_numbers_digits_are_no_date
    r"|(?P<m3>[01]\d)(?P<d3>[0-3]\d)(?!-?\d))"
)
CN_DATE = re.compile(r"(?P<y>[一二][〇○零九][〇○零一二三四五六七八九]{2})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日")
# (a page's mark of the notice's status before it, (已废止), is no part of the issuer:
# test_a_notice_handing_down_the_years_plan_names_its_issuer)
NOTICE = re.compile(r"(?:[(\[【](?:已废止|已失效|失效|废止|现行有效|有效)[)\]】])?"
                    r"(?P<issuer>[^\s,。:]{2,30}?)?关于(?:印发|转发|发布|公布|下达)\s*(?P<title>.{4,120}?)\s*的通知")
RANGE = re.compile(rf"(?<!\d)({YEAR_DIGITS})\s*[-—–~至到]\s*({YEAR_DIGITS})\s*年?")
#: A title's year, printed with 年 or right before the work report it names (2018政府工作报告):
#: test_a_work_report_titled_with_a_bare_year_reviews_the_year_before.
SINGLE_YEAR = re.compile(rf"(?<![\d\-—–~])({YEAR_DIGITS})\s*(?:年(?:度)?|(?=政府工作报告))")
BYLINE_TIME = re.compile(r"(?:19|20)\d{2}[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}日?\s+\d{1,2}:\d{2}")
#: A line opening with a date (2024年01月11日17:20 | 来源:…).
DATED_START = re.compile(r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")
#: A signature line: organs separated by spaces, perhaps followed by the date (某省科技厅 某省统计局
#: 二○○八年二月二十六日), and a line that is only a date, perhaps without its day (2023年4月, 2010年12月8号).
ORGANS_LINE = re.compile(r"^(?P<organs>[\u4e00-\u9fff()&A-Z]{4,40}(?:\s+[\u4e00-\u9fff()&A-Z]{4,40}){0,2})"
                         r"(?P<date>\s+[0-9〇○零一二三四五六七八九十]{4}\s*年.*)?$")
#: A page's date and the organ it is by, and nothing else (2010-01-03 某市统计局).
DATED_ORGAN = re.compile(r"(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?P<organ>[\u4e00-\u9fff()]{4,30})")
DATE_ONLY_LINE = re.compile(r"^\s*\(?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?\s*\)?\s*$")
LEADING_YEAR = re.compile(rf"^\s*{YEAR_DIGITS}\s*年度?")
SPEAKS_FOR = re.compile(r"我代表([\u4e00-\u9fff]{1,20}?人民政府)")
#: A government's term in its name (县第十七届人民政府, 十六届县人民政府).
TERM_OF_OFFICE = re.compile(r"第?[一二三四五六七八九十]+届")
#: A report's delivery line, under a dash or in parentheses: ──2020年1月14日在…会议上,
#: (2022年1月6日在…会议上): test_a_delivery_line_in_parentheses_dates_the_report
SPEECH_DATE = re.compile(
    r"^(?:[─—\-]{1,2}|\()\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在"
    # without a dash, the line must be the whole delivery line (2023年2月14日在…大会第三次会议上):
    # test_a_delivery_line_without_a_dash_dates_the_report
    r"|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。,]{2,60}?会议上\)?"
    # perhaps run on into the speaker (…会议上县长某某各位代表:): test_a_delivery_line_run_on_into_its_speaker
    r"\s*(?:[\u4e00-\u9fff]{0,8}?[县市区旗州]长\s*[\u4e00-\u9fff]{2,4}\s*)?(?:$|各位代表)"
    # or its first part, wrapped after the place (2025年2月26日在舟山市定海区 / 第十八届…会议上):
    # test_a_delivery_line_without_a_dash_dates_the_report
    r"|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[\u4e00-\u9fff]{2,20}$"
)
#: The venue of a report's delivery on a line of its own, its date on the line above (在某市…会议上).
DELIVERY_VENUE = re.compile(r"在[^。,]{2,60}?会议上$")
#: A line naming the body that compiled or made a document (某市…办公室 编, 某区人民政府制定).
COMPILED_BY = re.compile(r"(?P<organ>[\u4e00-\u9fff“”()]{4,40}?)\s*(?:编|编制|编印|制定|制订)")
#: A line opening on the date a document was adopted or delivered, bracketed ((2021年4月7日…通过)) or
#: after a dash (——2021年6月22日…会议通过): test_a_plans_compiler_and_its_dashed_adoption_line.
ADOPTION_OPENING = re.compile(r"^(?:\(|[─—]{1,2})\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
#: The close of an adoption line (…第十四次会议通过), not of a delivery line (…会议上).
ADOPTED = re.compile(r"(?:通过|批准)\)$")
#: An adoption line printed bare, whole on its line (2021年3月7日某旗…会议审议通过):
#: test_a_bare_adoption_line_dates_the_plan.
BARE_ADOPTION = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[^。,]{2,60}?会议(?:审议)?(?:通过|批准)")
#: A 落款 run into one line with the notice's last sentence (…请认真贯彻执行。 某市人民政府 2023年4月7日):
#: test_a_signature_run_into_the_notices_line_is_signed.
INLINE_SIGNATURE = re.compile(r"。\s+(?P<organ>[\u4e00-\u9fff]{4,30})\s+(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
#: How many lines under a delivery line (──在某市…会议上) its date may stand, a speaker's line between.
VENUE_TO_DATE_LINES = 2
#: A title's last word (…远景目标纲要, …行动方案, …工作报告).
TITLE_END = re.compile(r"(?:纲要|规划|方案|计划|意见|报告|公报|办法|措施|要点)$")
#: Where a delivery line runs on after a title on one line (…政府工作报告——2020年4月22日在…).
RUN_ON_DELIVERY = scanner("─—", r"(?<=[\u4e00-\u9fff])(?=[─—]{1,2}\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在)")
#: A byline naming the page's source or time (来源: 发展计划处 ( 2016-09-28 )).
BYLINE_LABEL = re.compile(r"来源|发布时间|发布日期|刊发日期|时间\s*:|作者\s*:|编辑\s*:")
DATELINE = re.compile(r"^\s*(?:本报[\u4e00-\u9fff]{0,6})?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:讯|电)")
#: A pinyin gloss after a character (標(biāo)題: a mirror's traditional script with its readings).
GLOSS = r"\([a-zà-ǜ]{1,8}\)"


def _spelled(label: str) -> str:
    """A label as pages print it: spaces or a pinyin gloss may follow each character."""
    return r"\s*".join(re.escape(character) + f"(?:{GLOSS})?" for character in label)


#: A metadata label where a cell starts (line start, after a space, ``|`` or ``[``), ended by
#: ``:``, ``]``, ``|``, a space or the line's end: test_metadata_in_brackets_and_with_pinyin_glosses.
#: Every metadata label, longest first (so 发布日期 is read before 发布).
LABELS = sorted({name for names in CARD_LABELS.values() for name in names}, key=len, reverse=True)
LABEL_AT = re.compile(
    r"(?:^|(?<=[\s|\[\]\d]))\[?\s*(?P<label>"
    + "|".join(map(_spelled, LABELS))
    + r")(?:\s*\])?\s*(?::|(?=[|\s]|$))"
)
#: A box's line opening on a label run into its value (发布日期2026-03-09): no value for the empty
#: field above it (文号): test_an_empty_field_over_a_label_run_into_its_value.
LABEL_RUN_IN = re.compile("^(?:" + "|".join(LABELS) + ")")
#: A page's counter or control run into the source before it (某某信息网浏览字体:[ ]).
SOURCE_TAIL = re.compile(r"(?:浏览|点击|阅读|字体|:).*$")
#: A document's name in title brackets (《…》).
QUOTED_NAME = re.compile(r"《[^《》]*》")
#: A work report's title carrying the day it was delivered in brackets, as a mirror labels it:
#: test_a_reports_title_dated_in_brackets_is_signed_that_day.
DATED_REPORT_TITLE = re.compile(r"工作报告\s*\((?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\)\s*$")
#: A line holding only a short quoted term (“十四五”), the end of a headline set over two lines.
QUOTED_TERM_LINE = re.compile(r"[“\"][^”\"]{1,8}[”\"]")
#: A line wholly in brackets (( 2021 年1 月10 日在某市…会议上通过 ), (草案)).
BRACKETED_LINE = re.compile(r"\([^()]*\)")
#: A site named by its domain (CCTV.com, people.com.cn).
DOMAIN = re.compile(r"(?:www\.)?[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,})+")
#: A date a source's name runs into.
SOURCE_DATE = re.compile(r"\s*(?:19|20)\d{2}\s*[-/.年]")
#: A value that is another, unknown label with its own value (所属主题: 部门文件).
OTHER_LABEL_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*:")
MAX_HEADLINE = 60
#: How much of the text's opening the genre's body cues are read from.
GENRE_HEAD_CHARS = 3000
#: Lines at the head searched for a byline (a paper's page prints its navigation first).
BYLINE_LINES = 30
#: A notice's body circulating the document (现将《X》印发给你们; 《X》已经…通过,现印发给你们):
#: X is the title: test_a_notice_body_names_the_title_it_circulates.
CIRCULATED = re.compile(r"《(?P<title>[^《》]{4,120})》[^。《》]{0,40}?(?:印发|转发)给你们")
#: An organ in brackets before a title (【科技局】…是什么?): test_an_organ_in_brackets_before_a_title.
BRACKETED_ORGAN = re.compile(r"^【(?P<organ>[^】]{2,12})】\s*")
#: A news flash's headline in brackets, the item running on after it: test_a_bracketed_headline.
# (not a box of page fields: 【信息时间:2025-08-25阅读次数: 】)
BRACKETED_HEADLINE = re.compile(r"^【(?![^】]*(?:时间|日期|次数)\s*:)(?P<headline>[^】]{13,80})】")
#: A numbered section heading (一、…, (二)…, 3. …): never the document's title:
#: test_a_report_without_its_title_line_has_no_title.
NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、]|第[一二三四五六七八九十]+[篇章节]\s)")
#: A line ending in a joining word or an open quote or bracket continues on the next line.
#: So does a line ending in the year its title names (某区2022年 / 国民经济和社会发展统计公报):
#: test_a_title_wrapped_after_its_year_is_joined.
WRAPPED = re.compile(r"(?:[和与及的暨、“《(]|关于|以及|(?:19|20)\d{2}年度?)$")
#: A title's opening line (关于…, or a place and a year, …) broken off after a word, no bracket or page
#: line (某区人民政府工作报告(2023年12月20日), 某某日报/2024 年/…), which a line with no title word at its end runs on from.
TITLE_OPENING = re.compile(r"^(?:关于|[\u4e00-\u9fff]{0,12}(?:19|20)\d{2}年)[^()/|]*[\u4e00-\u9fff]$")
#: A mirror's label line over a document: its region in brackets first ((内蒙古自治区)某旗…十四五规划(2022年更新)).
MIRROR_LABEL = re.compile(r"^\((?:" + MIRROR_REGION + r")\)")
#: A five-year outline's full title (某旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要), which a
#: mirror's label abbreviates: test_a_mirrors_label_gives_way_to_the_outline_it_names.
OUTLINE_TITLE = re.compile(r"(?P<title>[\u4e00-\u9fff()]{2,24}?国民经济和社会发展第[一二三四五六七八九十]{2,3}个五年"
                           # …规划纲要和二○三五年远景目标, the words the other way round
                           r"(?:规划和(?:\d{4}|[二〇○零O一三五]{4})年远景目标|规划|计划)纲要(?:和(?:\d{4}|[二〇○零O一三五]{4})年远景目标)?)")
QUOTED_OUTLINE = re.compile("《" + OUTLINE_TITLE.pattern + "》")
#: An outline's preface naming the document it opens (《某市…第十四个五年规划纲要》进一步明确了…, 《…纲要草案》,
#: 根据…编制,主要阐明…, 《…纲要》(以下简称《纲要》)): test_an_untitled_outline_takes_the_title_its_preface_names.
OUTLINE_PREFACE = re.compile("《" + OUTLINE_TITLE.pattern + r"(?:草案)?》[^。]{0,40}?(?:主要阐明|进一步明确|\(以下简)")
#: A subtitle under a headline (——二〇二三年某市经济社会发展综述).
SUBTITLE = re.compile(r"^\s*[─—]{1,2}")
#: A place alone on a line (某县, 某市某区), the start of a title set over two lines.
PLACE_LINE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:省|市|县|区|州|旗|盟)")
#: A line opening with a joining word (与2024年…计划报告, 执行情况与…) continues the line above it.
WRAPPED_ON = re.compile(r"^(?:[和与及暨]|以及|执行情况)")
#: A list number before a bracketed label (3. [发文单位] 某区人民政府): test_metadata_in_a_numbered_list.
LIST_NUMBER = re.compile(r"^\d{1,2}\.\s*(?=\[)")
#: A report submitting itself by its title (现将《…的报告》提交大会审议).
SUBMITTED = re.compile(r"现将《?(?P<title>[^,。《》\n]{8,100}?报告)》?(?:提交|提请|报请)")
#: An untitled report's opening naming the plans it reports on, without a title (现将全县2022年…计划执行情况
#: 及2023年计划(草案)报告如下): test_an_untitled_report_read_by_the_plans_it_reports_on.
REPORTED_PLANS = re.compile(r"现将[^。\n]{0,20}?(?P<subject>(?:19|20)\d{2}年[^。\n]{0,30}?计划执行情况[^。\n]{0,6}?"
                            r"[及与和](?:19|20)\d{2}年[^。\n]{0,30}?计划(?:\(?草案\)?)?)")
EXECUTION_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]部分\s*)"
                               r"(?P<subject>(?:19|20)\d{2}年[^。\n]{0,30}?计划执行情况)\s*$")
#: Labels of the date a document was issued, which a page's own 发布日期 overrides as ``published``.
ISSUE_DATE_LABELS = frozenset({"发文日期"})
#: A bracketed label opening a line ([主题分类] …; not a region tag, [安徽]): a field of a metadata box.
BRACKETED_LABEL = re.compile(r"^\[[\u4e00-\u9fff]{4,8}\]")
#: A line holding a title word and nothing else (统计公报, 规划纲要): the end of the title above.
TITLE_WORD_LINE = re.compile(r"(?:统计)?公报|(?:工作)?报告|(?:规划)?纲要|规划|(?:工作|行动|实施)?(?:方案|计划)|工作要点")
#: A page's counter (文章字数:1031, 阅读数:611 文章字数:31849).
COUNTER_LINE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}\s*:\s*\d+\s*)+"
                          r"|共\s*[\d,]+\s*字\s*,?\s*(?:需浏览|阅读需?|约需?)\s*\d+\s*分钟")  # 共 11880字,需浏览 24分钟
BULLET = re.compile(r"^\s*[●•■◆▲▪◇○□]")
WEEKDAY = re.compile(r"星期|周[一二三四五六日天]")


@dataclass(frozen=True)
class DocumentCard:
    """One document's card (``CARD_COLUMNS``); empty strings and ``None`` where not printed."""

    title: str
    issuer: str
    doc_number: str
    signed: str
    published: str
    plan_start: int | None
    plan_end: int | None
    genre: str
    #: The genre its figures are read by where the wording tells more than the genre (an untitled
    #: bureau's account of its year, an annual work plan, tells the year past as a report does).
    read_as: str = ""

    def row(self) -> dict[str, object]:
        return {column: value for column, value in asdict(self).items() if column in CARD_COLUMNS}

    @property
    def title_year(self) -> int | None:
        """The single year a title names (2023年…统计公报, 2024年政府工作报告), if any; a comparison's
        base (…比2015年增1.4倍) is none: test_a_comparison_year_in_a_headline_is_not_its_year."""
        title = COMPARED_YEAR.sub("", normalise(self.title))
        match = SINGLE_YEAR.search(title)
        return year_value(match.group(1)) if match and not RANGE.search(title) else None

    @property
    def work_report_year(self) -> int | None:
        """The year of the government work report a title names (2020年某市政府工作报告解读), which
        was delivered early that year and reviews the year before:
        test_news_on_a_years_work_report_reviews_the_year_before."""
        title = normalise(self.title)
        named = WORK_REPORT_NAMED.search(title)
        if named is None or self.title_year is None:
            return None
        # the year must name the report (2021年某县政府工作报告摘要), not a result after it
        # (《政府工作报告》摘要:2021年…目标任务全面完成): test_a_year_after_the_report_named_is_the_year_reviewed
        year = SINGLE_YEAR.search(title)
        return self.title_year if year and year.start() < named.start() else None

    @property
    def reading_genre(self) -> str:
        """The genre the figures are read by: the report on how a year's development plan went
        (…计划执行情况与…计划草案的报告) is an annual plan by name but tells the year past as a work
        report does (test_a_report_on_a_development_plan_reads_as_a_report); an account of how a
        year's tasks went (…目标任务落实情况) tells that year's results as news on them does
        (test_the_progress_of_a_years_tasks_reads_as_its_results)."""
        if self.read_as and self.genre == "annual_work_plan":
            return self.read_as  # test_an_untitled_account_of_a_bureaus_year_is_an_annual_work_plan
        title = _fixed_words(normalise(self.title))
        if self.genre == "annual_work_plan" and DEVELOPMENT_PLAN_REPORT.search(title):
            return "government_work_report"
        if self.genre == "annual_work_plan" and TASKS_AT_WORK.search(title):
            return "news_on_results"
        return self.genre

    @property
    def year(self) -> int | None:
        """The year of the document's date (signed, else published): 今年 in its text."""
        stamp = self.signed or self.published
        return int(stamp[:4]) if stamp else None

    @property
    def month(self) -> int | None:
        """The month of the document's date (signed, else published)."""
        stamp = self.signed or self.published
        return int(stamp[5:7]) if stamp else None


def _iso(match: re.Match[str]) -> str:
    """An ISO date from a DATE or CN_DATE match, or "" if it names no real day."""
    if "m" in match.groupdict():
        from analysis.numerals import chinese_integer

        year, month, day = year_value(match.group("y")), chinese_integer(match.group("m")), chinese_integer(match.group("d"))
    else:
        year = int(match.group("y"))
        month = int(match.group("m1") or match.group("m2") or match.group("m3"))
        day = int(match.group("d1") or match.group("d2") or match.group("d3"))
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def _first_date(value: str) -> str:
    for pattern in (DATE, CN_DATE):
        match = pattern.search(value)
        if match and (iso := _iso(match)):
            return iso
    return ""


def _metadata(lines: list[str]) -> dict[str, str]:
    """Values of the labelled metadata fields: ``label: value``, ``label | value | label | value``,
    ``[ label ] value [ label ] value``, ``label value label value``, or a label line followed by
    its value line; the first value of each field counts, but a page's 发布日期 over a 发文日期
    (the document's issue): test_a_pages_publication_date_over_the_documents_issue_date."""
    found: dict[str, str] = {}
    overridable: set[str] = set()
    for index, line in enumerate(lines):
        pairs = _pairs(line)
        if (len(pairs) == 1 and not pairs[0][2] and index + 1 < len(lines) and not _is_metadata(lines[index + 1])
                and not LABEL_RUN_IN.match(lines[index + 1])):
            pairs = [(pairs[0][0], pairs[0][1], lines[index + 1].strip())]
        for field, label, value in pairs:
            if field and value and (field not in found or (field in overridable and label not in ISSUE_DATE_LABELS)):
                found[field] = value
                overridable.discard(field)
                if label in ISSUE_DATE_LABELS:
                    overridable.add(field)
    return found


def _pairs(line: str) -> list[tuple[str | None, str, str]]:
    """(field, label as bare characters, value) of each label on a line that opens with a metadata
    label; a value runs to the next label (test_several_labels_on_one_line_each_end_the_value_before)."""
    if not LABEL_AT.match(line):  # most lines: not scanned for labels at all
        return []
    labels = list(LABEL_AT.finditer(line))
    ends = [label.start() for label in labels[1:]] + [len(line)]
    pairs: list[tuple[str | None, str, str]] = []
    for label, end in zip(labels, ends):
        bare = _bare_label(label.group("label"))
        field, value = _label(bare), line[label.end():end].strip(" \t|-[]:")
        if OTHER_LABEL_FIRST.match(value):
            # an empty field followed by a label of no card field (文 号: 所属主题: 部门文件) has no value:
            # test_an_empty_metadata_field_and_two_organs_issuing_together
            pairs += [(field, bare, ""), (None, "", value)]
        else:
            pairs.append((field, bare, value))
    return pairs


def _is_metadata(line: str) -> bool:
    """A line of a metadata box: it opens with a label (发布机构:, [ 索引号 ], 標(biāo)題: |)."""
    return bool(LABEL_AT.match(line))


def _unspaced(text: str) -> str:
    """The text without its spaces (a title letter-spaced or wrapped: 政 府 工 作 报 告)."""
    return "".join(text.split())


def _bare_label(text: str) -> str:
    """A metadata label as its characters alone (``发 文 字 号``, ``發(fā)文日期`` → 发文字号, 發文日期)."""
    return re.sub(rf"{GLOSS}|[\s:\-\[\]]", "", text)


def _label(bare: str) -> str | None:
    """The card field a bare metadata label names, or ``None``."""
    return next((field for field, labels in CARD_LABELS.items() if bare in labels), None)


def _head(norm: str) -> list[str]:
    """The first ``HEAD_LINES`` non-blank lines, stripped, without list bullets or the table bars a
    mirror wraps them in (| 某某新闻标题 |, 某某计划 | ||||): test_a_headline_in_table_bars."""
    head: list[str] = []
    for raw in norm.split("\n"):
        line = LIST_NUMBER.sub("", raw.strip(" \t|").lstrip("-•· ").strip())
        # a delivery line run on after the title (…政府工作报告——2020年4月22日在…会议上) is a line of
        # its own: test_a_delivery_line_run_on_after_the_title_dates_the_report
        head += [part.strip() for part in RUN_ON_DELIVERY.split(line, maxsplit=1) if part.strip()]
        if len(head) >= HEAD_LINES:
            break
    return head[:HEAD_LINES]


def _notice(head: list[str]) -> re.Match[str] | None:
    """A notice title (``…关于印发…的通知``), which may run over several short lines; a notice
    cited in a sentence is someone else's: test_a_notice_body_names_the_title_it_circulates."""
    for index, line in enumerate(head):
        if "。" in line or ("关于" not in line and not (index + 1 < len(head) and head[index + 1].startswith("关于"))):
            continue
        joined = "".join(head[index:index + 4])
        match = NOTICE.search(joined)
        if match and match.start("title") < len(line) + len(head[index + 1] if index + 1 < len(head) else "") + 8:
            return match
    return None


def _is_byline(line: str) -> bool:
    """A byline: the page's source or time (来源: …, 2023-12-18 09:06) or a news byline; not a
    banner (with its weekday), not a sentence."""
    if WEEKDAY.search(line) or ("。" in line and not NEWS_BYLINE.match(line)):
        return False
    return bool(BYLINE_TIME.search(line) or BYLINE_LABEL.search(line) or NEWS_BYLINE.match(line) or PAPER_DATELINE.match(line)
                or DATED_OUTLET.match(line))


def _title_like(line: str) -> bool:
    """A line that may be a title: no metadata, banner, sentence, byline, navigation, report
    delivery line, numbered heading or caption wholly in parentheses ((资料图片仅供参考)):
    test_a_news_byline_is_no_title_and_the_line_above_it_is."""
    return not (
        _is_metadata(line) or WEEKDAY.search(line) or "。" in line or len(line) > 80 or _is_byline(line)
        or NAVIGATION.search(line) or SPEECH_DATE.match(line) or NUMBERED_HEADING.match(line)
        or BRACKETED_LINE.fullmatch(line)
        # organs' names alone (晋中市统计局; 某市统计局 国家统计局某市调查队) or a portal's bar of fields (内容分类: | … | … |):
        # test_an_organ_or_a_bar_of_fields_is_no_title
        or _organs_alone(line) or line.count("|") >= 2
        # 魯政字〔2022〕225號 standing alone is the document's number, not its title:
        # test_a_reposted_documents_number_line_is_no_title
        or DOC_NUMBER.fullmatch(line) or SPEAKER_LINE.fullmatch(line)
        # a page's counters (文章字数:1031, 阅读数:611): test_a_counter_line_is_no_title
        or COUNTER_LINE.fullmatch(line)
        # a field of a portal's box under a label it does not share with the card ([规划分类] 区级规划纲要)
        or BRACKETED_LABEL.match(line)
        # a forum's emoticon codes ({:1_489:}) or a volume's label (2019卷): too few Chinese characters to
        # be a title (test_a_line_of_codes_is_no_title)
        or len(CJK_CHAR.findall(line)) < MIN_TITLE_CHARS
        # a link (长沙某医院 https://…), an organ signing with its date (某市人民政府办公室 2021年3月24日) or a
        # question put in a sentence (罗县长,您好!…感受?): test_a_link_a_signature_or_a_question_is_no_title
        or "http" in line or ORGAN_DATED.fullmatch(line.strip()) is not None
        or (line.rstrip().endswith("?") and "," in line)
        # a photo's caption (▲中共某县县委书记 某某), a reporter line (新华社记者某某) or a site's credits (网络支持:…,
        # 浙ICP备…): test_a_caption_a_reporter_or_credits_are_no_title
        or line.lstrip().startswith("▲") or REPORTER_LINE.fullmatch(line.strip()) is not None
        or "支持:" in line or "ICP" in line
        # reporters' names in a row (邹某某 曹某某 苏 琼): test_a_row_of_names_is_no_title
        or (NAMES_ROW.fullmatch(line.strip()) is not None and len(re.findall(r"[\u4e00-\u9fff]{2,3}", line)) >= 2)
        # a lead opening on its day (2月12日,某区以…) or a metadata box's bare field (• 工作总结、工作谋划):
        # test_a_lead_a_box_field_or_a_spaced_out_home_link_is_no_title
        or LEAD_DAY.match(line) is not None or CATEGORY_LIST.fullmatch(line.strip()) is not None
        # the bracketed note of a plan's adoption, wherever it wraps ((2021年1月18日某县…人民代表大会 / 第六次会议通过)):
        # test_an_adoption_note_is_no_title
        or ADOPTION_OPENING.match(line) is not None or ADOPTED.search(line) is not None
    )


#: A headline telling a report delivered (…开幕 某某作政府工作报告): news, its phrases apart.
DELIVERED_HEADLINE = re.compile(r"(?<!工)作[\u4e00-\u9fff]{0,6}报告$")
#: A box's field listing the kinds of document it files under (工作总结、工作谋划).
CATEGORY_LIST = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:总结|计划|规划|谋划|方案|报告|要点|公报)、)+"
                           r"[\u4e00-\u9fff]{0,4}(?:总结|计划|规划|谋划|方案|报告|要点|公报)")
#: A lead sentence opening on its day (2月12日,…; 1月7日上午,…).
LEAD_DAY = re.compile(r"\s*\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?\s*,")
#: Fewest Chinese characters a title has.
MIN_TITLE_CHARS = 3
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: An organ and a date standing alone: a signature, no title.
ORGAN_DATED = re.compile(r"[\u4e00-\u9fff]{2,20}(?:政府|办公室|委员会|局|委|办)\s+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
#: An outlet's reporter named alone (新华社记者某某).
REPORTER_LINE = re.compile(r"(?!.*(?:采访|专访))[\u4e00-\u9fff]{1,7}[社报网台站刊]记者\s*[\u4e00-\u9fff]{2,3}")
#: Words of one to three characters set apart by spaces, three or more: names in a row.
NAMES_ROW = re.compile(r"[\u4e00-\u9fff]{1,3}(?:\s+[\u4e00-\u9fff]{1,3}){2,}")
#: A line of phrases set apart by spaces (踔厉奋发 笃行不怠 加快建设…): a subheadline's style.
PHRASED = re.compile(r"[\u4e00-\u9fff]{2,}\s+[\u4e00-\u9fff]{2,}")
#: A headline telling of a meeting (…人大四次会议开幕, …大会隆重开幕, …会议召开).
TITLE_END_EVENT = re.compile(r"(?:开幕|闭幕|召开|举行)$")


def _byline_title(head: list[str]) -> str:
    """On a web page, the headline is the line right above its byline (``发布日期: … 来源: …``,
    ``本报讯(记者…)``), whatever site banners come before it, read once across its lines where a
    paper prints it twice: test_the_headline_is_the_line_above_the_byline,
    test_a_repeated_headline_above_a_news_byline."""
    for index, line in enumerate(head[:BYLINE_LINES]):
        # a byline may be barred when it opens with its time (2024年01月11日17:20 | 来源:人民网):
        # test_a_barred_byline_under_the_headline
        if _is_byline(line) and ("|" not in line or DATED_START.match(line)):
            above = [other for other in head[:index] if not _is_metadata(other)]
            span = next((k for k in (3, 2) if len(above) >= 2 * k and above[-2 * k:-k] == above[-k:]), 1)
            block = above[-span:]
            # a headline phrased in threes (补短板 调结构 促振兴) reads as a row of names, but no row of
            # names stands over a subtitle
            phrased_headline = len(above) >= 2 and NAMES_ROW.fullmatch(above[-2].strip()) is not None
            if span == 1 and block and SUBTITLE.match(block[0]) and len(above) >= 2 and (
                    _title_like(above[-2]) or phrased_headline):
                # a subtitle (——…综述) under its headline: test_a_subtitle_under_a_headline…
                block = [above[-2]]
                if phrased_headline:
                    return block[0]
            elif span == 1 and (event := _event_headline(above)):
                # a paper's headline of an event (…会议开幕) over its phrased subheadline (踔厉奋发 笃行不怠 …,
                # 某某主持 某某作报告) and the photos' captions: test_a_papers_event_headline_over_its_phrased_subheadline
                block = [event]
            headline = "".join(block)
            # A metadata box's date line above the page's byline has only banners above it: read on
            # to the next byline (test_a_portal_banner_is_no_title).
            if block and all(map(_title_like, block)) and len(headline) >= 4:
                return headline
    return ""


def _event_headline(above: list[str]) -> str:
    """A headline of an event (…人大三次会议开幕) standing within ``EVENT_HEADLINE_REACH`` lines above a byline,
    with only a phrased subheadline (某某出席会议 某某作政府工作报告) and short captions below it."""
    if not above or not PHRASED.search(above[-1]) and len(above) < 3:
        return ""
    for k in range(2, min(EVENT_HEADLINE_REACH, len(above)) + 1):
        line = above[-k]
        if _title_like(line) and " " not in line and TITLE_END_EVENT.search(line):
            below = above[-k + 1:]
            if PHRASED.search(below[0]) and all(len(other) <= MAX_HEADLINE and "。" not in other for other in below):
                return line
    return ""


#: Lines above a byline a headline of an event may stand (over its subheadline and two captions).
EVENT_HEADLINE_REACH = 4
#: A breadcrumb trail (首页 > 今日看点 > 正文).
CRUMB_LINE = re.compile(r"首[页頁]\s*>|[\u4e00-\u9fff]{2,}\s*>\s*[\u4e00-\u9fff]{2,}\s*>")  # not 选择区域:>>


def _preamble(head: list[str]) -> list[str]:
    """The head lines above the body: above the first sentence, salutation (各位代表:) or report
    delivery line; a title stands there: test_a_report_without_its_title_line_has_no_title. (A
    portal's empty field, 搜索: or 有效性:, is no salutation: test_a_title_under_a_portals_fields.)"""
    for index, line in enumerate(head):
        if "。" in line or SPEECH_DATE.match(line) or (SALUTATION.search(line) and not _is_metadata(line)):
            return head[:index]
    return head


def _adoption_line(head: list[str]) -> int | None:
    """Where the bracketed line of a plan's adoption opens ((2021年4月7日…会议通过), which may wrap)."""
    return next((index for index, line in enumerate(head[:BYLINE_LINES]) if BARE_ADOPTION.fullmatch(line)
                 or (ADOPTION_OPENING.match(line)
                     and ADOPTED.search("".join(head[index:index + 2]).split(")")[0] + ")"))), None)


def _adopted_title(head: list[str]) -> str:
    """A title set over up to three lines right above the bracketed line of its adoption
    ((2021年4月7日…会议通过), which may wrap), joined: the title-like lines there, back to one that
    ends in a title word (a whole title of its own), where the run ends in a title word:
    test_a_title_over_several_lines_above_its_adoption_line_is_joined. (A
    report's delivery line, (…会议上), has its own title above it: see ``_delivered_title``.)"""
    at = _adoption_line(head)
    if not at:
        return ""
    first = at - 1
    while first > max(0, at - 3) and _title_like(head[first - 1]) and not TITLE_END.search(head[first - 1]):
        first -= 1  # a line ending in a title word is a whole title (a page's own above the document's)
    block = head[first:at]
    joined = "".join(block)
    if all(map(_title_like, block)) and TITLE_END.search(joined) and len(joined) <= MAX_HEADLINE + 20:
        return joined
    return ""


def _preamble_title(head: list[str]) -> str:
    """Above the body: the first line with a title word, else a short first line that is no
    sentence (a headline, commas allowed: test_a_headline_with_a_comma_over_a_news_lead)."""
    preamble = _preamble(head)
    # a site's name above its breadcrumb (无锡新传媒 / 首页 > 今日看点 > 正文) is chrome: the title comes after
    # the crumbs (test_the_title_follows_the_breadcrumb)
    crumbs = [index for index, line in enumerate(preamble) if CRUMB_LINE.search(line)]
    if crumbs:
        preamble = preamble[crumbs[-1] + 1:]
    candidates = [line for line in preamble if _title_like(line)]
    for above, line in zip(preamble, preamble[1:]):
        # …国民经济和社会发展 / 统计公报 (or 统 计 公 报): a title word alone on the line below ends the title
        # above, unless a whole title came before (a cover repeating it): test_a_title_word_alone_under_the_title_ends_it
        if TITLE_WORD_LINE.fullmatch(_unspaced(line)) and _title_like(above) and len(above) >= 4 and not TITLE_END.search(above):
            return above + _unspaced(line)
        if TITLE_WORDS.search(above) and _title_like(above):
            break
    # a letter-spaced 政 府 工 作 报 告 is worded too: test_a_letter_spaced_title_under_a_file_line
    worded = next((line for line in candidates if TITLE_WORDS.search(_unspaced(line)) and len(line) >= 6), "")
    if worded:
        # A title wrapped after a joining word (某市“十四五”科技创新和 / 一流创新生态建设规划) starts on
        # the line above: test_a_title_wrapped_over_two_lines_is_joined.
        at = preamble.index(worded)
        if MIRROR_LABEL.match(worded) and (own := _own_title_below(preamble, at)):
            return own  # test_a_mirrors_label_gives_way_to_the_documents_own_title
        above = preamble[at - 1] if at > 0 else ""
        if above and PLACE_LINE.fullmatch(above.strip()) and LEADING_YEAR.match(worded):
            return above.strip() + worded  # 某县 / 2020年…统计公报: test_a_place_alone_above_a_years_title_begins_it
        if above and _title_like(above) and WRAPPED.search(above) and len(above + worded) <= MAX_HEADLINE + 20:
            return above + worded
        # …第十四个五年规划和 / 2035年远景目标纲要: a title wrapped after a joining word goes on below
        below = preamble[at + 1] if at + 1 < len(preamble) else ""
        if below and WRAPPED.search(worded) and _title_like(below) and len(worded + below) <= MAX_HEADLINE + 20:
            return worded + below
        return worded
    opening = [line for line in head if not NAVIGATION.search(line)][:3]  # past the portal's links
    headline = candidates[0] if candidates and candidates[0] in opening else ""
    if not 4 <= len(headline) <= MAX_HEADLINE or re.search(r"[;:,]$", headline):
        return ""
    at = preamble.index(headline)
    below = preamble[at + 1] if at + 1 < len(preamble) else ""
    if (below and PLACE_LED_HEADLINE.match(below) and not PLACE_LED_HEADLINE.match(headline) and _title_like(below)
            and len(below) <= MAX_HEADLINE):
        return below  # a kicker over the main headline led by its place: test_a_place_led_headline_under_a_kicker
    # 砥砺奋进 / “十四五”: a quoted term alone on the next line ends the headline:
    # test_a_quoted_term_alone_under_a_headline_ends_it
    return headline + below if QUOTED_TERM_LINE.fullmatch(below) else headline


def _clean_title(title: str, norm: str) -> str:
    """A title without decorations or a file name's extension, read as the document prints it where
    the host prints a file name (xx区…总结.docx over the document's own XX区…总结), and without the
    space a wrapped title kept (某市“十四五”科技创新和 一流创新生态建设规划) where the text also prints
    it whole or prints it letter-spaced (政 府 工 作 报 告); a mirror's place before it ((湖北省)…), a
    gloss left before it, (全文) or (2022年更新) after it, and brackets around it go
    (test_a_mirrors_wrapping_is_no_part_of_the_title):
    test_a_file_name_title_loses_its_extension_and_decorations,
    test_a_title_wrapped_over_two_lines_is_joined, test_a_letter_spaced_title_is_read_whole."""
    stem = TITLE_TAIL.sub("", title)
    while (unwrapped := TITLE_WRAPPING.sub("", stem)) != stem:  # [衡东县] 【…篇】…: one wrapping inside another
        stem = unwrapped
    stem = stem.strip()
    if stem.startswith("《") and stem.endswith("》") and stem.count("《") == 1:
        stem = stem[1:-1]  # a title printed in its own brackets
    if FILE_NAME_TITLE.search(title) and stem:
        own = re.search(re.escape(stem) + r"(?!\s*\.[A-Za-z])", norm, re.IGNORECASE)
        stem = own.group() if own else stem
    halves = stem.split()
    if len(halves) == 2 and halves[0] == halves[1]:
        stem = halves[0]  # a title printed twice on its line (某镇2024年工作总结和2025年工作思路 某镇…)
    joined = re.sub(r"(?<=[\u4e00-\u9fff”“])\s+(?=[\u4e00-\u9fff“”])", "", stem)
    letter_spaced = bool(re.fullmatch(r"(?:[\u4e00-\u9fff]\s+)+[\u4e00-\u9fff]", stem))  # 政 府 工 作 报 告
    # a document's name carries no space between its words (某区2022年 国民经济和社会发展统计公报), where a
    # headline's may part its phrases: test_a_documents_title_printed_with_a_space_is_read_whole
    documentary = bool(TITLE_END.search(joined)) and not DELIVERED_HEADLINE.search(joined) and "|" not in stem
    return joined if joined != stem and (letter_spaced or documentary or joined in norm) else stem


def _run_in(head: list[str]) -> re.Match[str] | None:
    """A title (or a headline and its byline) printed on the body's first line, after any site
    chrome, where the page lost its line breaks."""
    first = next((line for line in head if not NAVIGATION.search(line)), None)
    return RUN_IN_TITLE.match(first) if first is not None else None


def _run_in_title(head: list[str]) -> str:
    match = _run_in(head)
    return (match.group("title") or match.group("headline")) if match else ""


def _delivered_title(head: list[str]) -> str:
    """A report's own title, printed right above its delivery line (政府工作报告 / ——2025年1月8日在…),
    whatever page headline or notice stands above it: test_a_reports_own_title_stands_above_its_delivery_line."""
    for index, line in enumerate(head[1:], start=1):
        above = head[index - 1]
        if SPEECH_DATE.match(line) and _title_like(above) and TITLE_WORDS.search(_unspaced(above)):
            # 关于2023年…执行情况 / 与2024年…计划报告: test_a_delivered_title_wrapped_before_a_joining_word_is_joined
            first = head[index - 2] if index >= 2 else ""
            # …与2024年国民经济和社会发展 / 计划草案的报告: a title's opening line (关于…, naming a year)
            # with no title word at its end runs on: test_a_delivered_title_wrapped_before_its_last_words_is_joined
            # (a title whole but for a note after it, …政府工作报告—全文, ends there)
            runs_on = WRAPPED_ON.match(above) or (
                TITLE_OPENING.search(first) and not TITLE_END.search(TITLE_WRAPPING.sub("", first)))
            start = index - 2 if runs_on and first and _title_like(first) else index - 1
            opening = head[start - 1] if start >= 1 else ""
            if opening and _title_like(opening) and (WRAPPED_ON.match(head[start]) or (
                    TITLE_OPENING.search(opening) and not TITLE_END.search(opening) and start == index - 2)):
                # 某区2024年…计划 / 执行情况与2025年…和 / 社会发展计划(草案)的报告, 某区2020年国民经济和社会发展 /
                # 计划执行情况与2021年国民经济和 / 社会发展计划草案的报告: three lines
                start -= 1
            return "".join(head[start:index])
    return ""


def _fuller(title: str, page_title: str) -> str:
    """A bare title (政府工作报告 above its delivery line) as the page's metadata box names the same
    document in full (名称 某市2025年政府工作报告), else as it is (a page's headline is no formal
    name): test_a_bare_report_title_takes_the_pages_fuller_name."""
    bare, full = _unspaced(title), _unspaced(page_title)
    return page_title if bare and len(full) > len(bare) and full.endswith(bare) else title


#: A work report's generic title, and one naming the government it is of (某市某区人民政府工作报告).
GENERIC_REPORT = "政府工作报告"
#: A place's name alone (小昆山镇, 某县), no organ.
PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|区|县|市|旗)")
NAMED_REPORT = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:省|市|县|区|州|旗|盟)(?:人民)?政府工作报告")


def _year_led_headline(head: list[str], title: str) -> str:
    """The page's headline above a report's bare title naming it in full (2023年某市人民政府工作报告 over
    政府工作报告), a tag, region or date in brackets around it aside ((某省)2020年某县人民政府工作报告(全文),
    【某县招商】2019年某县政府工作报告, (某省)某市某区人民政府工作报告(2024年1月5日)), as the annotation
    rules' card conventions take it: test_a_year_led_headline_over_a_bare_report_title_is_its_title."""
    bare = _unspaced(title)
    for line in head:
        if _unspaced(line) == bare:
            return ""
        if bare not in _unspaced(line):
            continue  # (before the costlier wrapping)
        named = TITLE_WRAPPING.sub("", line).strip()
        full = _unspaced(named)
        # year-led, or naming the government whose generic 政府工作报告 it is (not a session's headline)
        if full.endswith(bare) and _title_like(line) and (LEADING_YEAR.match(named) or (
                bare == GENERIC_REPORT and NAMED_REPORT.fullmatch(full))):
            return named
    return ""


def _own_title_below(lines: list[str], at: int) -> str:
    """The document's own title on the lines right under a mirror's label line (``lines[at]``), set
    over up to three lines up to one ending in a title word; "" where none stands there."""
    joined = ""
    for line in lines[at + 1:at + 4]:
        if not _title_like(line):
            return ""
        joined += line
        if TITLE_END.search(joined):
            return joined if len(joined) <= MAX_HEADLINE + 20 else ""
    return ""


def _named_outline(head: list[str]) -> str:
    """A five-year outline's full title the head prints on lines of its own, perhaps wrapped over up
    to three: the last, the document's own under a mirror's copy naming its prefecture too (盐城市某县…
    纲要 / 详情 / 某县…纲要); else the first quoted in a sentence (《某市国民经济和社会发展第十四个五年规划和
    2035 年远景目标纲要》): test_a_mirrors_label_gives_way_to_the_outline_it_names."""
    if not any("国民经济" in line for line in head[:BYLINE_LINES]):
        return ""  # most heads name no outline: skip the joining
    printed, quoted = "", ""
    for index, line in enumerate(head[:BYLINE_LINES]):
        if "国民经济" in line and (wrapped := OUTLINE_TITLE.match(_unspaced("".join(head[index:index + 3])))):
            printed = wrapped.group("title")
        elif not quoted and (match := QUOTED_OUTLINE.search(_unspaced(line))):
            quoted = match.group("title")
    return printed or quoted


def _prefaced_outline(head: list[str]) -> str:
    """The outline an untitled excerpt's preface names as the document it opens, or the plan a preface
    opening on its period (“十四五”时期,是…) names as compiled (科学编制实施《…规划(2021-2025年)》):
    test_an_untitled_plans_preface_names_its_title."""
    named = next((match.group("title") for line in head[:BYLINE_LINES]
                  if "《" in line and (match := OUTLINE_PREFACE.search(_unspaced(line)))), "")
    if not named and head and PLAN_PREAMBLE.match(head[0]) and (match := PLAN_NAMED_IN_PREFACE.search(head[0])):
        return match.group("title")
    return named


def _crumb_title(head: list[str]) -> str:
    """The last crumb of a breadcrumb (当前位置:首页 > … > 某县…规划纲要) where it is worded as a
    document's title: test_a_mirrors_greeting_is_no_title_and_its_last_crumb_is."""
    for line in head[:BYLINE_LINES]:
        crumbs = re.split(r"\s*>+\s*", line)
        if len(crumbs) > 2 and NAVIGATION.search(line) and TITLE_WORDS.search(crumbs[-1]) and _title_like(crumbs[-1]):
            return crumbs[-1].strip()
    return ""


def _submitted_title(head: list[str]) -> str:
    """An untitled report's title as its opening names it (现将某区2018年…计划草案的报告提交大会审议):
    test_an_untitled_report_takes_the_title_it_submits."""
    return next((match.group("title") for line in head if (match := SUBMITTED.search(line))), "")


def _reported_plans(head: list[str]) -> str:
    """What an untitled report's opening says it reports on (2022年…计划执行情况及2023年计划(草案)),
    to read its genre and period by, though it is no title."""
    return next((match.group("subject") for line in head if (match := REPORTED_PLANS.search(line))), "")


def _execution_heading(head: list[str]) -> str:
    """The plan an untitled report's first heading reports the execution of (一、2022年国民经济和社会
    发展计划执行情况): test_a_report_on_a_development_plans_execution_is_an_annual_plan."""
    return next((match.group("subject") for line in head[:2] if (match := EXECUTION_HEADING.match(line))), "")


def _circulated_title(head: list[str]) -> str:
    """The document a notice's body circulates (现将《X》印发给你们)."""
    return next((match.group("title") for line in head if (match := CIRCULATED.search(line))), "")


def _title(head: list[str], metadata: dict[str, str]) -> tuple[str, str]:
    """(title, issuer printed with it: before 关于 in a notice, or in brackets before the title)."""
    delivered = ("" if "title" in metadata else _adopted_title(head)) or _delivered_title(head)
    if MIRROR_LABEL.match(delivered) and (own := _named_outline(head)):
        delivered = own  # a mirror's label joined to the title over its adoption line
    notice = _notice(head)
    if notice is None and "title" in metadata:
        notice = NOTICE.search(metadata["title"])
    if notice is not None:
        title = delivered or notice.group("title").strip()
        if title.startswith("《") and title.endswith("》"):
            title = title[1:-1]
        issuer = notice.group("issuer") or ""
        return title, issuer if ISSUER_SUFFIX.search(issuer) else ""
    if delivered or "title" in metadata:
        page_title = metadata.get("title", "") or _year_led_headline(head, delivered)
        return _fuller(delivered, page_title) or metadata["title"], ""
    if head and (headline := BRACKETED_HEADLINE.match(head[0])):  # 【省长:力争今年…5.5万家】4月2日讯,… a news flash
        return headline.group("headline"), ""
    title = (_circulated_title(head) or _byline_title(head) or _preamble_title(head) or _crumb_title(head)
             or _run_in_title(head) or _submitted_title(head))
    if (not title or ("," in title and not TITLE_WORDS.search(title))) and (own := _prefaced_outline(head)):
        title = own  # no title, or a sentence of the preface taken for one
    if title and (own := _named_outline(head)) and (MIRROR_LABEL.match(title) or _unspaced(title) in own):
        # a mirror's label or one line of the outline's title wrapped over several:
        # test_a_mirrors_label_gives_way_to_the_outline_it_names, test_an_outline_title_wrapped_over_lines_is_joined
        title = own
    organ = BRACKETED_ORGAN.match(title)
    if organ and ISSUER_SUFFIX.fullmatch(organ.group("organ")):
        return title[organ.end():], organ.group("organ")
    return title, ""


def _issuer(title: str, head: list[str], norm: str, metadata: dict[str, str], with_title: str) -> str:
    """The issuing body: the metadata's; the one printed with the title (before 关于 in a notice, in
    brackets before it); the one a title opens with (after its year: 2020年天津市人民政府工作报告);
    a metadata issuer without its place (市科技局) as the text names it in full, else as printed;
    the one a report speaks for (我代表…人民政府向大会报告); an organ standing alone next to the
    document's date; the page's source (not an editor line); a paper's own item's paper; the outlet
    a news page names in its byline, dateline or reporter line (see ``_outlet``)."""
    # the first organ named, or all where up to three issue together (中共某县委办公室 某县人民政府办公室)
    organs = metadata["issuer"].split() if metadata.get("issuer") else [""]
    together = len(organs) <= 3 and all(ISSUER_SUFFIX.fullmatch(organ) for organ in organs)
    stated = " ".join(organs) if together else organs[0]
    if NO_OUTLET.match(stated):  # 发布机构:本站原创 names nobody
        stated = ""
    if stated and with_title and _abbreviates(stated, with_title):
        return with_title  # 发文机关:某市政府办 for 某市人民政府办公室关于印发…: test_a_notices_full_name_over_the_boxs_abbreviation
    if bureau := _signing_bureau(head, title):
        return bureau
    if stated and not ABBREVIATED_ISSUER.match(stated):
        return _government_of(stated, norm) or stated
    # a title opening on 关于 names its subject, not its issuer (关于区政协…委员会…提案的复函)
    untimed = LEADING_YEAR.sub("", title)
    owner = None if title.startswith("关于") else ISSUER_SUFFIX.search(untimed)
    if owner and not ORGAN_PLACE.search(owner.group()[:-1]):  # 科技局2020年度工作总结: no place, no issuer
        owner = None
    if owner and (OFFICIAL_POST.match(untimed, owner.end()) or untimed.startswith(":", owner.end())):
        # 与某县委书记某某面对面: a person's post; 县科工局:稳中求进…: a headline's subject, not its issuer:
        # test_an_officials_post_in_the_title_is_no_issuer
        owner = None
    # the source, without the time it runs into (来源: 某城日报2023-12-06 11:00:00)
    source = SOURCE_DATE.split(metadata["source"])[0].split()[0] if metadata.get("source") else ""
    source = SOURCE_TAIL.sub("", source)  # 来源:某某信息网浏览字体:: test_a_source_runs_into_the_pages_counter
    if EDITOR_LABEL.search(source) or NO_OUTLET.match(source):  # 来源:新华社责任编辑:某某 is an editor line
        source = ""
    if not _names_outlet(source):  # 来源: sp20241117, a code: test_a_source_naming_a_code_is_no_issuer
        source = ""
    opening = owner.group() if owner and owner.start() == 0 else ""
    if ABBREVIATED_ISSUER.match(opening) and ISSUER_SUFFIX.fullmatch(source):
        # 市科技局2022年工作总结 from 信息来源: 市科学技术局: the organ as its own page names it:
        # test_a_bureaus_own_source_over_its_abbreviation_in_the_title
        opening = ""
    candidates: tuple[Callable[[], str], ...] = (  # read in turn, up to the first that names one
        lambda: with_title,
        lambda: opening,
        lambda: stated and (_in_full(stated, norm) or stated),
        lambda: _spoken_for(head, norm),
        lambda: _organ_by_date(head),
        lambda: _opening_organ(head),
        lambda: "" if title else _account_organ(head, norm),
        lambda: _organ_under_title(head, title),
        lambda: _compiler(head),
        lambda: source,
        lambda: _newspaper(head, norm),
        lambda: _outlet(head),
    )
    return _bureau_for_its_survey_team(next((found for candidate in candidates if (found := candidate())), ""), head)


def _signing_bureau(head: list[str], title: str) -> str:
    """The statistics bureau a bulletin prints alone on a line of its head (阳城县统计局 under the
    title), which signs it whatever portal published it (发布机构: 阳城县人民政府):
    test_a_bulletin_is_the_bureaus_that_signs_it."""
    if "统计公报" not in _unspaced(title):
        return ""
    return next((line for line in head[:BYLINE_LINES]
                 if STATISTICS_ISSUER.search(line) and ISSUER_SUFFIX.fullmatch(line)), "")


def _bureau_for_its_survey_team(issuer: str, head: list[str]) -> str:
    """A bulletin signed by the statistics bureau and the national bureau's survey team (某市统计局
    国家统计局某市调查队) is the bureau's, as ten of the twelve annotated so read it; so is the team's
    line under the bureau's own: test_a_bulletin_cosigned_by_the_survey_team_is_the_bureaus."""
    bureau = " ".join(SURVEY_TEAM.sub(" ", issuer).split())
    if bureau:
        return bureau
    return next((above.strip() for above, line in zip(head, head[1:])
                 if SURVEY_TEAM.fullmatch(line.strip()) and STATISTICS_ISSUER.search(above)
                 and ISSUER_SUFFIX.fullmatch(above.strip())), issuer)


def _spoken_for(head: list[str], norm: str) -> str:
    """The government a report speaks for: 我代表某区人民政府 as printed; 我代表区人民政府: the organ
    of the speaker's line (某市某区人民政府 区长 某某), else the full name where the text prints it
    (宜章县人民政府), else as printed: test_a_report_speaks_for_its_government_in_full,
    test_a_report_speaks_for_the_organ_of_its_speaker_line."""
    speaker = next((m.group(1) for line in head if (m := SPEAKS_FOR.search(line))), "")
    # 我代表县第十七届人民政府: the government, not its term (test_a_report_speaks_for_its_government_not_its_term)
    speaker = TERM_OF_OFFICE.sub("", speaker)
    if len(speaker) > len("区人民政府"):
        return speaker
    organ = next((m.group("organ") for line in head if (m := SPEAKER_ORGAN.fullmatch(line))), "")
    return organ or (speaker and (_in_full(speaker, norm) or speaker))


def _organs_alone(line: str) -> list[str]:
    """The organs a line names, where it names nothing else (某市统计局 国家统计局某市调查队, or one
    letter-spaced: 福 清 市 统 计 局); else []."""
    organs = line.split()
    if len(organs) > 2 and all(len(organ) == 1 for organ in organs):
        organs = ["".join(organs)]  # test_a_letter_spaced_organ_under_the_title_issues_it
    return organs if organs and all(ISSUER_SUFFIX.fullmatch(organ) for organ in organs) else []


def _opening_organ(head: list[str]) -> str:
    """The first of the organs a text opens on, standing alone on its first line (六盘水市统计局
    国家统计局六盘水调查队 over a bulletin's body): test_an_organ_or_a_bar_of_fields_is_no_title."""
    if len(head) > 1 and NAVIGATION.search(head[1]):
        return ""  # a portal's banner over its breadcrumb: test_a_portals_banner_over_its_breadcrumb_is_no_issuer
    organs = _organs_alone(head[0]) if head else []
    return organs[0] if organs else ""


def _account_organ(head: list[str], norm: str) -> str:
    """The organ an untitled account of its year's work opens on (今年以来,某市科技局紧紧围绕…。现将科技工作
    情况汇报如下): test_an_untitled_bureaus_account_names_its_issuer."""
    if not WORK_SUMMARY_CUE.search(norm):
        return ""
    opening = next((line for line in head if "。" in line), "").split("。", 1)[0]
    match = ACCOUNT_ORGAN.search(opening)
    return match.group("organ") if match else ""


def _organ_under_title(head: list[str], title: str) -> str:
    """The first organ standing alone on the line right under the title, or under a line naming
    a document (a plan's cover: title / 某旗人民政府 / 二〇二一年六月), a line in brackets between
    them (its adoption: (2021年1月10日在…会议上通过)) passed over:
    test_an_organ_under_the_title_issues_the_plan."""
    bare_title = _unspaced(title)
    head = [line for line in head if not BRACKETED_LINE.fullmatch(line)]
    for above, line in zip(head, head[1:]):
        bare = _unspaced(above)
        named = (bare_title and len(bare) >= 4 and bare in bare_title) or (_title_like(above) and TITLE_END.search(bare))
        if named and (organs := _organs_alone(line)):
            return organs[0]
    return ""


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` cut short (某市政府办 of 某市人民政府办公室): its characters in order,
    fewer of them."""
    rest = iter(full)
    return len(short) < len(full) and all(char in rest for char in short)


def _in_full(abbreviated: str, norm: str) -> str:
    """The text's full name for an issuer printed without its place (区科技局 → 鄞州区科技局): a
    two- or three-character place right before it (one for a county: 叶县)."""
    shortest = 1 if abbreviated.startswith("县") else 2  # a county may have a one-character name (叶县)
    # after a delivery line run into the speaker's (…会议上某县人民政府县长某某) the place starts after 会议上
    place = rf"(?:(?<![\u4e00-\u9fff])|(?<=[省市])|(?<=会议上))(?:(?![和与及全本我各该区市县届])[\u4e00-\u9fff]){{{shortest},3}}"
    match = re.search(place + re.escape(abbreviated), norm)
    return match.group() if match else ""


#: The places a government's full name may open with (上海市, 松江区), not a word before it (由, 经).
_PLACE_PREFIX = r"(?:(?![由经在对向和与及全本我各该])[\u4e00-\u9fff]{2,3}[省市])?(?:(?![由经在对向和与及全本我各该])[\u4e00-\u9fff]{1,3}[市区县])?"


def _government_of(place: str, norm: str) -> str:
    """The government a box's bare place stands for (公开主体:小昆山镇), as the text names it in full
    (由上海市松江区小昆山镇人民政府编制): test_a_boxs_bare_place_is_its_government_in_full."""
    if not PLACE_ONLY.fullmatch(place):
        return ""
    match = re.search(_PLACE_PREFIX + re.escape(place) + "人民政府", norm)
    return match.group() if match else ""


def _dated_organ(line: str) -> re.Match[str] | None:
    """A line of a page's date and an organ and nothing else (2010-01-03 某市统计局)."""
    return DATED_ORGAN.fullmatch(line.strip())


def _organ_by_date(head: list[str]) -> str:
    """An organ after a page's date on a line of their own (2010-01-03 某市统计局), or standing
    alone on a line above the signature date (the 落款: 某区人民政府, then
    2023年8月30日) or on the line under a report's delivery line (…会议上), then 某区发展和改革局) or a
    plan's line of adoption (…会议通过): test_an_organ_under_the_line_of_adoption_issues_the_plan; two
    organs signing together (某市统计局 国家统计局某市调查队), and the date on their line or the next
    (2023年4月, 2010年12月8号): test_an_organ_by_the_date, test_organs_signing_together."""
    for index, line in enumerate(head):
        if (dated := _dated_organ(line)) and ISSUER_SUFFIX.fullmatch(dated.group("organ")):
            return dated.group("organ")  # 2010-01-03 某市统计局: a page's date and author (test_an_organ_after_the_pages_date)
        signature = ORGANS_LINE.match(line.strip())
        if signature is None or not all(ISSUER_SUFFIX.fullmatch(part) for part in signature.group("organs").split()):
            continue
        next_dated = index + 1 < len(head) and bool(DATE_ONLY_LINE.match(head[index + 1]))
        under_delivery = index > 0 and re.search(r"(?:会议上|通过|批准)\)?$", head[index - 1])
        if signature.group("date") or next_dated or under_delivery:
            return signature.group("organs")
    return ""


def _names_outlet(source: str) -> bool:
    """Whether a source names an outlet: in Chinese words or by its site's domain (CCTV.com), not
    by a code (sp20241117) or a column's label in brackets (来源: over 【领导名录】):
    test_a_source_naming_a_code_is_no_issuer."""
    if source.startswith("【") and source.endswith("】"):
        return False
    return any(map(is_cjk, source)) or bool(DOMAIN.fullmatch(source))


def _outlet(head: list[str]) -> str:
    """The outlet a news page names: a source in its byline or closing note (… 来源:某某网,
    (来源:某市科学技术局)), else the outlet of its dateline or reporter line (中新网某地3月5日电,
    某某新闻记者 甲某); "" where the page names two outlets that disagree (内容来源:某区网 over
    某市新闻网1月24日讯): test_a_news_outlet_in_its_dateline_or_reporter_line_is_the_issuer,
    test_a_source_in_a_byline_or_a_closing_note_is_the_issuer."""
    sources, outlets = [], []
    for line in head:
        source = SOURCE_IN_LINE.match(line) if "来源" in line else None  # most lines name no source
        if (source and (_is_byline(line) or line.startswith("(")) and _names_outlet(source.group("name"))
                and not EDITOR_LABEL.search(source.group("name")) and not NO_OUTLET.match(source.group("name"))):
            sources.append(SOURCE_DATE.split(source.group("name"))[0])  # …综合广播2022-01-20 10:52:56
        if (dateline := OUTLET_DATELINE.match(line)) and "·" not in line[:dateline.end()]:
            outlets.append(dateline.group("outlet"))
        elif named := REPORTERS_DATELINE.match(line) or PRODUCED_BY.match(line):
            outlets.append(named.group("outlet"))
        if credited := CREDITED_REPORTER.match(line):
            outlets.append(credited.group("outlet"))
        if dated := DATED_OUTLET.match(line):
            outlets.append(dated.group("outlet"))
        if lead := OUTLET_NEWS_LEAD.match(line):
            outlets.append(lead.group("outlet"))
    # a paper's name alone near the top (南方日报 南方+): test_an_outlets_lead_or_its_name_alone_is_the_issuer
    outlets += [alone.group("outlet") for line in head[:PAPER_ALONE_LINES] if (alone := PAPER_ALONE.match(line))]
    named = sources + outlets
    if not named or any(name not in named[0] and named[0] not in name for name in named):
        return ""
    return named[0]


#: Head lines where a paper's name standing alone names the page's outlet.
PAPER_ALONE_LINES = 3


def _newspaper(head: list[str], norm: str) -> str:
    """The paper a page names, for the paper's own item (本报讯), or the paper standing with the
    page's date under the headline (青岛晚报 2023年01月14日): test_a_paper_and_its_date_under_the_headline."""
    dated = next((match.group("outlet") for line in head[:BYLINE_LINES] if (match := PAPER_DATELINE.match(line))), "")
    if dated:
        return dated
    if not OWN_PAPER_CUE.search(norm):
        return ""
    return next((match.group("paper") for line in head if (match := NEWSPAPER.search(line))), "")


def _doc_number(head: list[str], metadata: dict[str, str]) -> str:
    """The document's own number: the metadata value, else one standing on its own line at the
    head (a number cited in a sentence or inside 《》/parentheses is someone else's). A metadata
    value without a digit (无, or the next label run into an empty field) names none:
    test_a_number_field_without_a_number_names_none."""
    if re.search(r"\d", metadata.get("doc_number", "")):
        match = DOC_NUMBER.search(metadata["doc_number"])
        return match.group() if match else metadata["doc_number"]
    for line in head:
        match = DOC_NUMBER.fullmatch(line.strip())
        if match:
            return match.group()
    return ""


def _signed(norm: str, head: list[str], metadata: dict[str, str], published: str) -> str:
    """成文日期 from the metadata, else a report's delivery date or a plan's adoption date
    (test_an_organ_under_the_line_of_adoption_issues_the_plan), else the date under an organ
    standing alone at the head (某市科学技术局 / (2023年2月1日)) where the page dates itself
    otherwise (else that date is the page's ``published``), else the first date standing alone
    on a line below the body's first sentence (the 落款):
    test_an_organ_and_its_bracketed_date_under_a_title_of_next_years_work."""
    if metadata.get("signed"):
        return _first_date(metadata["signed"])
    for line in head:
        if SPEECH_DATE.match(line):  # ──2020年1月14日在…人民代表大会…会议上: a report's date
            return _first_date(line)
        if line.endswith("日)") and (dated := DATED_REPORT_TITLE.search(line)):  # (某省)某市人民政府工作报告(2023年1月2日)
            return _first_date(dated.group("date"))
    if (adopted := _adoption_line(head)) is not None:  # (2021年4月7日…会议通过): a plan's
        return _first_date(head[adopted])
    lines = norm.split("\n")
    for line, below in zip(head, head[1:]):
        # one organ or several on one line (某州统计局  国家统计局某州调查队): test_a_date_under_two_organs_is_signed
        if (ISSUER_SUFFIX.fullmatch(line) or _organs_alone(line)) and (iso := _date_line(below)) and iso != published:
            return iso
        if (iso := _date_line(line)) and DELIVERY_VENUE.match(below.strip()):
            return iso  # 2022年1月11日 / 在某市…会议上: test_a_delivery_date_on_a_line_of_its_own_is_signed
    for index, line in enumerate(head):
        if DELIVERY_VENUE.match(line.lstrip("─—- ")):
            # ──在某旗…会议上 / (2024年3月12日), a speaker's line perhaps between: test_a_date_under_the_delivery_line_is_signed
            below = (_date_line(later) for later in head[index + 1:index + 1 + VENUE_TO_DATE_LINES])
            if iso := next((iso for iso in below if iso), ""):
                return iso
    for line in head:
        match = INLINE_SIGNATURE.search(line)
        if match and ISSUER_SUFFIX.fullmatch(match.group("organ")):
            return _first_date(match.group("date"))
    body = next((index for index, line in enumerate(lines) if "。" in line), 0)  # no sentence: no body to place it by
    # a date alone above the body is the page's (see _published), one below it the 落款
    return next((iso for line in lines[body:] if (iso := _date_line(line))), "")


def _compiler(head: list[str]) -> str:
    """The body that compiled or made a plan, on a line of its own under the title (某市规划编制工作
    领导小组办公室 编; 某区人民政府制定): test_a_plans_compiler_and_its_dashed_adoption_line."""
    for line in head[:BYLINE_LINES]:
        match = COMPILED_BY.fullmatch(line.strip())
        if match and ISSUER_SUFFIX.fullmatch(re.sub(r"[“”]", "", match.group("organ"))):
            return match.group("organ")
    return ""


def _date_line(line: str) -> str:
    """The date a line holds and nothing else (a 落款 date), in brackets or spaced as typed
    ((2025年7月 14 日)), as ISO; "" otherwise."""
    if len(line) > 40:  # most lines: far too long to be a date alone
        return ""
    bare = _unspaced(line).strip("()")
    if not bare or WEEKDAY.search(bare) or len(bare) > 12:
        return ""
    for pattern in (DATE, CN_DATE):
        match = pattern.fullmatch(bare)
        if match and (iso := _iso(match)):
            return iso
    return ""


def _published(head: list[str], metadata: dict[str, str]) -> str:
    """发布日期 / 发文日期 / 发布时间 as printed in the metadata, else the date of a news page's
    byline (``来源:经济日报 作者:… 2023-12-18 09:06:42``: a date with a time of day); never a
    banner's day (with its weekday)."""
    if metadata.get("published"):
        return _first_date(metadata["published"])
    run_in = _run_in(head)
    if run_in and run_in.group("headline"):  # 某某新闻标题 发布时间:2019-12-25 12月20日,…: the byline run in
        return _first_date(run_in.string[run_in.end():run_in.end() + 40])
    for line in head[:12]:
        if _is_byline(line) and (found := _first_date(line)):
            return found
        if paper := PAPER_PAGE_DATED.match(line):  # 第04版:两会特刊 2026年01月21日: test_a_papers_page_line_dates_it
            return _first_date(paper.group("date"))
        if DATELINE.match(line):  # 2022年12月28日讯: a news item's own date (test_a_news_dateline…)
            return _first_date(line)
        if _dated_organ(line):
            # 2010-01-03 某市统计局 under the title: the page's date and its source
            # (test_a_date_and_its_organ_under_the_title_date_the_page)
            return _first_date(line)
    # a date alone by the headline, above the body (标题 / 2017-11-08 / 来源:…): the page's date
    # (test_a_date_alone_above_the_body_is_the_pages)
    return next((iso for line in _preamble(head)[:12] if (iso := _date_line(line))), "")


def _fixed_words(title: str) -> str:
    """The title with words normalisation spells oddly put right (计画 → 计划) and without the spaces
    of its wrapping between Chinese characters (…社会发展 计划执行情况), for reading its genre:
    test_a_title_wrapped_with_spaces_is_read_whole_for_its_genre."""
    for odd, usual in WORD_FIXES.items():
        title = title.replace(odd, usual)
    return close_spaced_chinese(title)


def genre_of(title: str, norm: str, issuer: str = "") -> str:
    """The genre by the first rule that holds:

    1. the title names a reply (…建议办理情况的答复函) → proposal_reply;
    2. the text takes turns of question and answer (问: 答:, 【问】, 主持人:) → qa;
    3. a line circulating the plan the title names (关于印发…的通知) → that plan's genre (an annual
       国民经济和社会发展计划 circulated is an annual plan, not a report to the congress); else the
       title names a Q&A, a bulletin, a year's development plan (or the report on it) or a work
       report (``GENRE_RULES[:TITLE_FIRST_GENRES]``);
    4. a statistics bureau's report (issuer …统计局, title …报告), or a release speaking of its
       survey's coverage (纳统101家, 实报单位数) or opening its sections with 一、综合 →
       statistical_bulletin;
    5. the body answers a proposal (现答复如下) → proposal_reply;
    6. the body is a report delivered to the congress in the first person (我代表…向大会…报告)
       → government_work_report;
    6a. an untitled excerpt speaking as a work report (各位代表, 政府工作的总体要求) →
       government_work_report (test_a_circulated_plan_and_an_untitled_report_by_their_lines);
       one telling that the mayor delivered it (市长某某向大会作政府工作报告) is news as in 10;
    7. the body is news (本报讯, 记者, …日讯, 新闻网, 编辑:) → news_on_plan where the title tells of a
       plan (印发, 出台, 《…规划》提出, 明确…目标), else news as in 10;
    8. the title names a plan (``GENRE_RULES[TITLE_FIRST_GENRES:]``: 解读 → news_on_plan,
       annual_work_plan, plan);
    9. the text names itself as a plan (制定本规划, 提出如下实施意见) → plan;
    10. a titled text is news: news_on_plan where more sentences speak of goals than of results,
       else news_on_results; an untitled one has no genre ("").

    The body cues are read in the first ``GENRE_HEAD_CHARS`` characters.
    """
    norm = norm[:GENRE_HEAD_CHARS]  # a text says what it is at its opening (and reading it all was slow)
    first, after = GENRE_RULES[:TITLE_FIRST_GENRES], GENRE_RULES[TITLE_FIRST_GENRES:]
    if first[0][1].search(title):
        return first[0][0]
    if len(QA_TURN.findall(norm)) >= MIN_QA_TURNS:
        return "qa"
    if "解读" in QUOTED_NAME.sub("", title):
        # 某某解读《关于…计划执行情况与…计划草案的报告》: news on the document it reads, whatever that is,
        # unless it reads a work report by its results: test_a_reading_of_a_quoted_document_is_news_on_it
        return _report_news_genre(title, norm) or "news_on_plan"
    planned = next((genre for genre, pattern in after if pattern.search(title)), None)
    titled = next((genre for genre, pattern in first if pattern.search(title)), None)
    if planned and CIRCULATION_LINE.search(norm) and titled != "annual_work_plan":
        # 某市人民政府关于印发某市2023年国民经济和社会发展计划的通知 heads the plan itself, not a report
        # to the congress, whatever the page's 编辑: test_a_circulated_plan_and_an_untitled_report_by_their_lines;
        # a year's development plan, or the report on it, circulated stays an annual plan:
        # test_a_circulated_report_on_a_development_plan_is_an_annual_plan
        return planned
    if titled:
        return titled
    if (STATISTICS_ISSUER.search(issuer) and STATISTICS_TITLE.search(title)) or STATISTICS_BODY.search(norm):
        return "statistical_bulletin"
    if REPLY_CUE.search(norm):
        return "proposal_reply"
    if not planned and REPORT_DELIVERED_BY.search(norm):
        # told that the mayor delivered it, though quoting its first person: news on the report
        # (test_an_untitled_page_telling_of_the_report_is_news)
        return _report_news_genre(title, norm)
    if REPORT_CUE.search(norm):
        return "government_work_report"
    if UNTITLED_REPORT_CUE.search(norm) and not title:
        return "government_work_report"
    if NEWS_CUE.search(norm):
        told = _report_news_genre(title, norm)
        return told or ("news_on_plan" if planned == "news_on_plan" else _news_genre(norm, title))
    if UNTITLED_REPORT_GOALS.search(norm) and not title:
        return "government_work_report"
    if planned:
        return planned
    if SELF_PLAN_CUE.search(norm):
        return "plan"
    return _news_genre(norm, title) if title else _untitled_genre(norm)


def plan_preamble(norm: str) -> re.Match[str] | None:
    """An untitled plan's opening on its period, with its term or under 序言 (``PLAN_PREAMBLE``):
    test_an_untitled_plan_opening_on_its_period_is_a_plan_of_it."""
    match = PLAN_PREAMBLE.match(norm)
    return match if match and (match.group("preface") or match.group("term")) else None


def _untitled_genre(norm: str) -> str:
    """The genre of an excerpt without its headline (a page's body alone): a plan by its outline
    (一、总体要求 (一)指导思想), an annual work plan by numbered items of what the year is to bring,
    a bulletin by the statistics bureau's style (年末, 比上年, 初步测算, without reporter or
    meeting), else news by what it speaks of, and no genre where fewer than ``MIN_GENRE_CUES`` cues tell:
    test_an_untitled_excerpt_by_its_outline,
    test_untitled_items_for_the_year_are_an_annual_plan, test_an_untitled_bulletin_by_its_style."""
    if PLAN_OUTLINE.search(norm) or plan_preamble(norm):
        return "plan"
    if WORK_SUMMARY_CUE.search(norm):
        return "annual_work_plan"
    cues = sum(1 for _ in NEWS_PLAN_CUES.finditer(norm)) + sum(1 for _ in NEWS_RESULT_CUES.finditer(norm))
    if cues < MIN_GENRE_CUES and len(REPORTING_CUE.findall(norm)) < MIN_GENRE_CUES:
        # too little tells: a bare sentence reads as a plan's (test_year, test_comparators_and_commitment_words);
        # a meeting reported (座谈会召开, 会议) is news: test_an_untitled_meeting_report_is_news
        return ""
    genre = _news_genre(norm)
    if genre == "news_on_plan" and len(NUMBERED_ITEM.findall(norm)) >= 2:
        return "annual_work_plan" if ANNUAL_WORDS.search(norm) else "plan"
    if (genre == "news_on_results" and len(STATISTICS_STYLE.findall(norm)) >= MIN_STATISTICS_STYLE
            and not REPORTING_CUE.search(norm)):
        return "statistical_bulletin"
    return genre


def _report_news_genre(title: str, norm: str) -> str:
    """News on a government work report (its title names the report, or it tells that the mayor
    delivered it) is, as most annotators call it, news on a plan: the year's goals are its news,
    however many results it repeats; a headline telling of results (…发展质量好于预期) makes it news
    on results. "" for other news:
    test_news_on_a_work_report_is_news_on_a_plan_unless_its_headline_tells_results."""
    if not (WORK_REPORT_NAMED.search(title) or REPORT_DELIVERED_BY.search(norm)):
        return ""
    return "news_on_results" if RESULTS_TITLE.search(title) else "news_on_plan"


def _news_genre(norm: str, title: str = "") -> str:
    """News on a work report as ``_report_news_genre`` tells; other news is on a plan where more
    sentences speak of goals (a sentence with a plan cue) than of results:
    test_news_without_a_genre_word_leans_to_what_it_reports. A bulleted list (●地区生产总值
    增长5%以上) is read by its heading (预期目标), so its items do not vote:
    test_news_on_a_work_report_with_a_years_title."""
    if told := _report_news_genre(title, norm):
        return told
    sentences = [sentence for sentence in re.split(r"[。!?\n]", norm) if not BULLET.match(sentence)]
    # funds or projects won from above (争取项目经费70万元) are results, not an aim: test_funds_won_make_news_on_results
    votes = ["plan" if NEWS_PLAN_CUES.search(WON_FUNDS.sub("", sentence) if "争取" in sentence else sentence) else
             "results" if NEWS_RESULT_CUES.search(sentence) else "" for sentence in sentences]
    return "news_on_plan" if votes.count("plan") > votes.count("results") else "news_on_results"


def plan_period(title: str, genre: str, norm: str = "") -> tuple[int | None, int | None]:
    """First and last year of a plan from its title: a range (2020-2022年), a five-year plan
    (十四五 → 2021–2025), or the year of an annual plan (the last the title names: …2015年工作总结
    及2016年工作思路 → 2016); news or a Q&A on a plan whose title states no period take the
    period of the plan the text names in 《》 (test_news_on_a_plan_takes_the_named_plans_period);
    one year's development plan (某省2023年国民经济和社会发展计划) and news on a plan whose title
    names one year (2023年某省这样干) take that year
    (test_a_years_development_plan_for_the_congress_is_an_annual_plan,
    test_news_on_a_work_report_with_a_years_title); a plan whose title states no period takes the
    term it states (规划期限为2021-2025年: test_an_untitled_document_naming_itself_is_a_plan);
    ``(None, None)`` otherwise."""
    years = SINGLE_YEAR.findall(title)
    period = PERIOD.search(FIVE_YEAR_IN_FULL.sub(r"\1五", title))
    if genre == "news_on_results" and period:
        # “十四五”汉中答卷: test_news_on_a_periods_results_takes_the_period; one period closing as the next opens
        # (辉煌十二五完美收官 精彩十三五昂首启程) names neither as its own
        named = {found.group("name") for found in PERIOD.finditer(FIVE_YEAR_IN_FULL.sub(r"\1五", title))}
        return FIVE_YEAR_SPANS[period.group("name")] if len(named) == 1 else (None, None)
    if genre not in PLAN_GENRES - {""}:
        return None, None
    match = RANGE.search(title)
    if match:
        return year_value(match.group(1)), year_value(match.group(2))
    if period:
        return FIVE_YEAR_SPANS[period.group("name")]
    if years and (genre in {"annual_work_plan", "news_on_plan"} or PLAN_TITLE_WORDS.search(title)):
        return year_value(years[-1]), year_value(years[-1])
    if genre == "plan" and (term := PLAN_TERM.search(norm)):
        return year_value(term.group(1)), year_value(term.group(2))
    if genre == "plan" and not title and (own := SELF_PLAN_PERIOD.search(norm)):
        named = PERIOD.search(FIVE_YEAR_IN_FULL.sub(r"\1五", own.group()))
        if named:
            return FIVE_YEAR_SPANS[named.group("name")]
    if genre == "plan" and not title and (preamble := plan_preamble(norm)):
        return FIVE_YEAR_SPANS[preamble.group("name")]  # test_an_untitled_plan_opening_on_its_period_is_a_plan_of_it
    if genre == "plan" and not title and (contents := PLAN_CONTENTS_PERIOD.search(norm)):
        return FIVE_YEAR_SPANS[contents.group("name")]  # test_an_untitled_plans_contents_name_its_period
    if genre in {"news_on_plan", "qa"}:
        named = next((name for name in re.findall(r"《([^《》]{4,80})》", norm) if PLAN_TITLE_WORDS.search(name)), "")
        return plan_period(named, "plan") if named else (None, None)
    return None, None


def _as_printed(text: str, norm: str, value: str) -> str:
    """``value`` (read from the normalised text, perhaps across line breaks) as the text prints
    it: traditional characters and full-width brackets kept, line breaks removed (and every space
    where ``value`` has none)."""
    if not value:
        return value
    at = norm.find(value)
    if at >= 0:
        return text[at:at + len(value)]
    match = re.search(r"\s*".join(map(re.escape, value)), norm)
    if match is None:
        return value
    printed = text[match.start():match.end()]
    # a value read without spaces (a letter-spaced 政 府 工 作 报 告) keeps none
    return re.sub(r"\s*\n\s*" if re.search(r"\s", value) else r"\s+", "", printed)


def read_card(text: str, norm: str | None = None, *, genre: str | None = None) -> DocumentCard:
    """The document card of a text (see the module docstring); ``norm`` is the text already
    normalised, if the caller has it; ``genre``, where known from more than the wording (see
    ``analysis.extract.targets.read_document``), replaces the genre the wording gives."""
    norm = normalise(text) if norm is None else norm
    head = _head(norm)
    metadata = _metadata(head)
    title, notice_issuer = _title(head, metadata)
    title = _clean_title(title.strip(), norm)
    issuer = _issuer(title, head, norm, metadata, notice_issuer)
    named = _fixed_words(title) or _reported_plans(head)  # the title the card is read by
    if genre is None:  # an untitled report opening on its heading of a plan's execution reads by it, for its genre only
        genre = genre_of(named or _execution_heading(head), norm, issuer)
    start, end = plan_period(named, genre, norm)
    published = _published(head, metadata)
    return DocumentCard(
        title=_as_printed(text, norm, title),
        issuer=_as_printed(text, norm, issuer),
        doc_number=_as_printed(text, norm, _doc_number(head, metadata)),
        signed=_signed(norm, head, metadata, published),
        published=published,
        plan_start=start,
        plan_end=end,
        genre=genre,
        read_as=("government_work_report" if genre == "annual_work_plan" and not named
                 and WORK_SUMMARY_CUE.search(norm, 0, GENRE_HEAD_CHARS) else ""),
    )
