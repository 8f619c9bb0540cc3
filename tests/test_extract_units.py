"""Units the extractor keeps apart (issue 9): per-capita and per-worker units, percentage
points, large money units, 分别 lists read position by position, and ranks that are not counts.
Each sentence is hand-written for one construction."""

from __future__ import annotations

import pandas as pd

from analysis.extract import extract_targets


def rows(text: str) -> pd.DataFrame:
    frame = extract_targets(text)
    for row in frame.itertuples():
        assert text[row.value_start:row.value_end] == row.value_text
    return frame


def test_per_capita_units_are_kept():
    assert rows("到2025年，每万人发明专利拥有量达到12.5件。").unit.tolist() == ["件/万人"]
    assert rows("到2025年，万人发明专利拥有量达到20件。").unit.tolist() == ["件/万人"]
    assert rows("每万人口高价值发明专利拥有量达到8件。").unit.tolist() == ["件/万人"]
    assert rows("发明专利拥有量达到12.5件/万人。").unit.tolist() == ["件/万人"]


def test_a_population_is_not_a_per_capita_unit():
    frame = rows("到2025年，常住人口达到135万人，新增发明专利500件。")
    assert frame.unit.tolist() == ["人", "件"]


def test_per_worker_person_years_keep_their_unit():
    frame = rows("到2025年，每万名就业人员中研发人员达到150人年。")
    assert (frame.value.tolist(), frame.unit.tolist()) == ([150], ["人年/万人"])


def test_percentage_points_are_distinct_from_percent():
    frame = rows("研发投入强度达到3.2%，比上年提高0.3个百分点。")
    assert frame.unit.tolist() == ["%", "百分点"]


def test_trillions_of_yuan():
    frame = rows("到2025年，地区生产总值达到1.2万亿元。")
    assert (frame.value.tolist(), frame.unit.tolist()) == ([12000.0], ["亿元"])


def test_respectively_lists_take_the_indicator_and_unit_of_their_position():
    frame = rows("到2025年，专利授权量和每万人发明专利拥有量分别达到9200件和12.5件。")
    assert frame[["value", "unit", "indicator"]].values.tolist() == [
        [9200, "件", "patents"], [12.5, "件/万人", "invention_patents_per_10k"],
    ]
    assert frame.indicator_text.tolist() == ["专利授权量", "每万人发明专利拥有量"]


def test_ranks_are_not_counts():
    assert rows("全区科技创新综合排名上升3位。").empty
    assert rows("区域创新能力位居全市第9位。").empty
    assert rows("全年引进高层次人才30位。").unit.tolist() == ["人"]


def test_per_capita_amounts_stay_in_yuan():
    frame = rows("2021年,人均GDP达到80976元,地区生产总值达到1.2万亿元。")
    assert frame[["value", "unit"]].values.tolist() == [[80976, "元"], [12000, "亿元"]]
    # a resident's income is per person where 人均 is left out; the income's total is not
    frame = rows("2020年城镇居民可支配收入达30495元,全县居民可支配收入总额达30亿元。")
    assert frame[["value", "unit"]].values.tolist() == [[30495, "元"], [30, "亿元"]]


def test_a_per_capita_amounts_change_stays_in_yuan():
    """净增582元 right after 人均纯收入4878元 is per person too; a total's change stays in 亿元."""
    frame = rows("2009年,农民人均纯收入4878元,净增582元;财政收入3.12亿元,增加5000万元。")
    assert frame[["value", "unit"]].values.tolist() == [[4878, "元"], [582, "元"], [3.12, "亿元"], [0.5, "亿元"]]
    # its restatement and conversion too, a growth rate between them
    frame = rows("人均GDP超过10万元,达10.29万元,同比增长21.4%,按现行汇率折算达1.63万美元。"
                 "人均地区生产总值40998元,按2022年平均汇率计算为6096美元。实际利用外资1.2亿美元。")
    assert frame[["value", "unit"]].values.tolist() == [
        [100000, "元"], [102900, "元"], [21.4, "%"], [16300, "美元"], [40998, "元"], [6096, "美元"], [1.2, "亿美元"]]


def test_a_continued_indicator_keeps_its_per_capita_unit():
    frame = rows("2015年,每万人口发明专利拥有量达到12.5件,比2010年增加3.5件。")
    assert frame.unit.tolist() == ["件/万人", "件/万人"]


def test_a_share_of_the_noun_after_it():
    frame = rows("国家高新区聚集了近80%的全国重点实验室。")
    assert frame.indicator_text.tolist() == ["全国重点实验室"]


def test_physical_and_service_units():
    frame = rows("2023年,全区新能源装机容量达到50万千瓦,建成充电设施800台套,新增绿道12公里,完成手术120例。")
    assert frame[["value", "unit"]].values.tolist() == [[500000, "千瓦"], [800, "台套"], [12, "公里"], [120, "例"]]
    assert rows("全市10部门联合印发通知。").empty
    air = rows("2017年,PM2.5年均浓度59微克/立方米,下降7.8%。")
    assert air[["value", "unit"]].values.tolist() == [[59, "微克/立方米"], [7.8, "%"]]


def values_and_units(text: str) -> list[tuple[float, str]]:
    return [(row.value, row.unit) for row in rows(text).itertuples()]


def test_seats_loans_and_pieces_are_counts():
    text = "2023年,全省8家国家实验室中我市占3席,全年发放科技贷款45笔,成功发射卫星2颗。"
    assert values_and_units(text) == [(8.0, "家"), (3.0, "席"), (45.0, "笔"), (2.0, "颗")]


def test_parcels_of_land_are_counts():
    """Land is counted in parcels (15幅地块, 8宗地); a range (幅度) or an aim (宗旨) is no unit."""
    text = "2023年,全区共有15幅地块收尾交地,8宗土地完成出让,降幅度较大,坚持为民宗旨。"
    assert values_and_units(text) == [(15.0, "幅"), (8.0, "宗")]


def test_birds_incidents_and_an_altitude():
    """家禽出笼631.97万羽 (birds) and 处置应急事件37起 (incidents) are counts; 海拔近2000米 describes a place."""
    assert values_and_units("2023年,家禽出笼631.97万羽,处置应急事件37起。这个海拔近2000米的城市,从5月起开放。") == [
        (6319700.0, "羽"), (37.0, "起")]


def test_tenths_are_percentages():
    assert values_and_units("2023年,高新技术产业产值占规上工业总产值比重超八成。") == [(80.0, "%")]
    assert values_and_units("2023年,项目建成投产,成为全省龙头。") == []


def test_durations_are_no_counts():
    assert values_and_units("2023年,企业停产6个月完成技术改造,新增产能30万吨。") == [(300000.0, "吨")]
    assert values_and_units("在近两个小时的报告中,代表们认真聆听。全年新增企业12个。") == [(12.0, "个")]


def test_quarters_and_the_tertiary_sector_are_no_counts():
    """3个季度 is a duration and 三次产业 the three sectors: neither counts anything, and a list after
    三次产业 takes the unit printed at its end."""
    assert values_and_units("2023年,经济报表3个季度保持全市前列,新增企业30家。") == [(30.0, "家")]
    assert values_and_units("2000年,三次产业比重分别下降0.39、0.36和上升0.75个百分点。") == [
        (0.39, "百分点"), (0.36, "百分点"), (0.75, "百分点")]
    assert values_and_units("2022年,三次产业拉动分别为0.15、-5.64、1.34个百分点。") == [
        (0.15, "百分点"), (5.64, "百分点"), (1.34, "百分点")]


def test_a_machines_rating_is_no_figure():
    """2×600兆瓦煤电机组 rates the machines a project names; 新增装机60万千瓦 is a figure."""
    assert values_and_units("2023年,打造某集团2×600兆瓦煤电机组项目,新增装机60万千瓦。") == [(600000.0, "千瓦")]


def test_kinds_counted_are_counts():
    assert values_and_units("2023年,夜间经济覆盖7类业态,获批1类新药2个。") == [(7.0, "类"), (2.0, "个")]


def test_a_multiplier_after_a_space():
    frame = rows("2023年,全区高新技术产业实现增加值 286.61 亿元,研发经费 12.3 亿元。")
    assert frame[["value", "unit"]].values.tolist() == [[286.61, "亿元"], [12.3, "亿元"]]


def test_counts_of_a_documents_own_parts():
    """A plan's or index's own parts counted (18项培育措施, 6项一级指标), and the indicators a report
    counts as met (批准的40项指标中, 5项约束性指标全部完成, 21项指标达到预期), are no figures."""
    text = ("方案从六个方面研究提出了18项培育措施。指数设置6项一级指标、20项二级指标。全年新增孵化器5家。"
            "会议批准的40项指标中,5项约束性指标全部完成;35项预期性指标中,21项指标达到预期。")
    assert values_and_units(text) == [(5.0, "家")]


def test_congress_sessions_are_no_counts():
    text = "2023年,较好地完成了区二届人大三次会议确定的年度目标,新增高新技术企业120家。"
    assert values_and_units(text) == [(120.0, "家")]


def test_an_index_has_no_unit():
    text = "2022年,全市区域创新发展指数为129.5,比上年提高1.6,年均提高4.2。到2027年,科技创新指数达到160以上。"
    assert values_and_units(text) == [(129.5, ""), (1.6, ""), (4.2, ""), (160.0, "")]
    assert values_and_units("2022年,全市综合实力为全省第一,比上年提高1.6。") == []  # no index, no unit: no figure


def test_a_three_sector_structure_gives_three_shares():
    frame = rows("2022年,三次产业结构比重为18.0:41.7:40.3。会议于10:30:00开始。")
    assert frame[["value", "unit"]].values.tolist() == [[18.0, "%"], [41.7, "%"], [40.3, "%"]]


def test_a_structure_after_a_labels_colon_gives_its_shares():
    """一二三产结构比重:6.9:42.1:51 labels its ratio with a colon; a clock (8:30:00) still gives none."""
    frame = rows("2023年上半年,一二三产结构比重:6.9:42.1:51。例会于8:30:00开始。")
    assert frame[["value", "unit"]].values.tolist() == [[6.9, "%"], [42.1, "%"], [51.0, "%"]]


def test_lengths_volumes_and_kilograms_are_units():
    """钻探27000米, 商品材45.6万立方 (cubic metres), 单产4513.83公斤/公顷 keep their units; 玉米 is a crop."""
    frame = rows("2023年,累计完成钻探工作量27000米,生产商品材45.6万立方,粮食单产4513.83公斤/公顷,种植玉米。")
    assert frame[["value", "unit"]].values.tolist() == [[27000.0, "米"], [456000.0, "立方米"], [4513.83, "公斤/公顷"]]


def test_a_measured_area_is_a_figure():
    frame = rows("2023年,粮食作物播种面积39.4万亩,其中水稻2.1万亩。建设一个占地300亩的产业园。")
    assert frame[["value", "unit"]].values.tolist() == [[394000.0, "亩"], [21000.0, "亩"]]
    held = rows("2024年,耕地保有量225.2万亩,建设高标准农田45.7万亩。")
    assert held[["value", "unit"]].values.tolist() == [[2252000.0, "亩"], [457000.0, "亩"]]


def test_a_bare_yi_after_an_amount_is_money():
    """A bare 亿 after an amount is money; a bare 万 after a population counts persons."""
    frame = rows("2022年,地方一般公共预算收入160.84亿,增长3%;常住人口412.84万。")
    assert frame[["value", "unit"]].values.tolist() == [[160.84, "亿元"], [3.0, "%"], [4128400.0, "人"]]
    named = rows("2021年,全县争取56亿扶贫资金,发放2.08亿扶贫小额贷款,其中出口32.7亿,经济总量迈上1400亿新台阶。")
    assert named[["value", "unit"]].values.tolist() == [[56.0, "亿元"], [2.08, "亿元"], [32.7, "亿元"], [1400.0, "亿元"]]
    assert named.comparator.iloc[-1] == ">="  # 迈上…新台阶: at least
    borrowers = rows("2021年,全县为1.2万贷款户发放贴息,3万资金互助社成员受益。")
    assert "亿元" not in set(borrowers.unit)  # borrowers and members, no money
    sized = rows("2016年,全县GDP总量突破600亿大关。2021年,企业年产值在8000万左右。")
    assert list(zip(sized.value, sized.unit)) == [(600.0, "亿元"), (0.8, "亿元")]


def test_counts_of_a_documents_own_parts_named_before_them():
    frame = rows("行动计划共提出工作目标33项,提出推进措施54项,实施10项重点行动。2023年承担国家科技任务15项。")
    assert frame.value.tolist() == [15.0]


def test_rank_changes_and_the_group_ranked_in_are_not_counts():
    frame = rows("在35个创新型城市中排第4位,较上年提高2个位次,较2021年提升2位。全市高企达到120家。"
                 "园区工业总产值连续5年居全州11个省级园区第一。"
                 "在全省13个中心城区和86个县区排名分别为第9和第3。经济实力在全省129个县(市)区实现较大进步。")
    assert frame.value.tolist() == [120.0]


def test_the_group_a_place_tops_is_no_count():
    """居全市13个区县(市)首位 and 29个县(市、区)中进位最多 name the group a place is ranked in; a
    figure listed before another clause's 首位 (产量37.8亿斤、增产数量全省首位) stays a figure."""
    frame = rows("工业占比居全市13个区县(市)首位。为第一梯队29个县(市、区)中进位最多的区县。"
                 "全区新增企业15家。粮食产量实现37.8亿斤、增产数量全省首位。")
    assert frame.value.tolist() == [15.0, 3780000000.0]


def test_a_bare_growth_rate_is_a_percentage():
    """同比增长3.6。 with its % dropped at the source is a rate; a list's items share their last
    unit (增长1.2、2.0和3.4个百分点) and 提高1.6 (an index's points, maybe) stays without one."""
    frame = rows("2023年,全区农林牧渔业总产值8.8亿元,同比增长3.6。三次产业分别拉动增长1.2、2.0和3.4个百分点。"
                 "综合实力比上年提高1.6。")
    assert frame[["value", "unit"]].values.tolist() == [
        [8.8, "亿元"], [3.6, "%"], [1.2, "百分点"], [2.0, "百分点"], [3.4, "百分点"]]


def test_indicators_counted_are_no_figure():
    """13项主要经济指标中,有8项增速高于全市平均 tallies the report's own indicators; 13项 of anything
    else (新增专利13项) is a figure."""
    frame = rows("2024年,全镇生产总值增长8.5%。13项主要经济指标中,有8项增速高于全市平均,30项指标中29项完成预期目标。"
                 "新增发明专利13项。纳入上级考核指标2项,纳入发展绩效评价指标4项。")
    assert frame[["value", "unit"]].values.tolist() == [[8.5, "%"], [13, "项"]]


def test_a_two_part_structure_gives_two_shares():
    frame = rows("2012年,第二、三产业增加值比例为62.1:37.4。按1:1比例奖励企业。")
    assert frame[["value", "unit"]].values.tolist() == [[62.1, "%"], [37.4, "%"]]


def test_a_list_shares_its_last_unit():
    frame = rows("2013年,三项增幅分别为0.95、0.81、0.78个百分点,总藏量58.67万册,获得金牌2枚。")
    assert frame[["value", "unit"]].values.tolist() == [
        [0.95, "百分点"], [0.81, "百分点"], [0.78, "百分点"], [586700.0, "册"], [2.0, "枚"]]


def test_a_ratio_printed_with_presentation_form_colons_gives_shares():
    frame = extract_targets("2015年某县政府工作报告\n2014年,三次产业比例调整为10.9︰53.2︰35.9。\n")
    assert list(frame.value) == [10.9, 53.2, 35.9] and set(frame.unit) == {"%"}


def test_power_capacity_in_megawatts_is_a_figure():
    frame = extract_targets("2023年某区政府工作报告\n今年新增分布式光伏并网容量不少于50兆瓦。\n")
    assert list(zip(frame.value, frame.unit, frame.comparator)) == [(50.0, "兆瓦", ">=")]


def test_a_milestone_without_digits_is_no_figure():
    text = "2024年某区政府工作报告\n2023年,规上工业总产值达1070亿元,首次突破千亿元大关。其中过百亿元项目4个。\n"
    assert list(extract_targets(text).value_text) == ["1070亿", "4"]
    steps = "2025年某州综述\n全州经济总量连跨3个百亿元台阶,签约总额首次突破百亿元,达到130亿元。\n"
    assert list(extract_targets(steps).value_text) == ["3", "130亿"]


def test_a_statistical_table_flattened_one_cell_a_line_gives_its_figures():
    text = ("某市2017年国民经济和社会发展统计公报\n年末全市常住人口3365597人。\n表1 2017年人口数及其构成\n单位:人\n"
            "|\n指 标 |\n年末数 |\n比重% |\n|\n全市常住人口 |\n3365597 |\n- |\n|\n其中:城镇 |\n1821990 |\n54.14 |\n"
            "|\n乡村 |\n1543607 |\n45.86 |\n全年全市地区生产总值1284.9亿元。\n")
    frame = extract_targets(text)
    table = frame[frame.note.str.startswith("statistical table")]
    assert list(zip(table.value_text, table.unit, table.year)) == [
        ("3365597", "人", 2017), ("1821990", "人", 2017), ("54.14", "%", 2017), ("1543607", "人", 2017), ("45.86", "%", 2017)]
    assert list(table.indicator_text) == ["全市常住人口年末数", "其中:城镇年末数", "其中:城镇比重", "乡村年末数", "乡村比重"]
    assert len(frame) == len(table) + 2


def test_a_tables_category_rows_do_not_end_it():
    """A row naming a category with blank cells (按城乡分 | -- | --) heads the rows below it; the table goes on."""
    cells = ["指 标 |", "年末数(人) |", "比重(%) |", "全县户籍人口 |", "544126 |", "100.0 |", "按城乡分 |", "-- |", "-- |",
             "#乡村人口 |", "381432 |", "70.1 |", "城镇人口 |", "162694 |", "29.9 |"]
    text = "某县2022年国民经济和社会发展统计公报\n表1 2022年末某县户籍人口数及构成\n" + "\n".join(cells) + "\n"
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.unit)) == [
        ("544126", "人"), ("100.0", "%"), ("381432", "人"), ("70.1", "%"), ("162694", "人"), ("29.9", "%")]


def test_a_table_with_group_rows_whose_cells_were_lost():
    """A row a line whose group rows kept only their label (分产业 |) and whose blank cells became
    lines of a bar alone (|): the table goes on under them."""
    lines = ["表1 2021年某县地区生产总值及其构成", "指标 | 总量(万元) | 增长(%) |", "地区生产总值 | 686065 | 7.7 |",
             "分产业 |", "|", "|", "第一产业 | 159948 | 7.4 |", "第二产业 | 249042 | 5.3 |", "图1 2017—2021年某县地区生产总值"]
    frame = extract_targets("某县2021年国民经济和社会发展统计公报\n" + "\n".join(lines) + "\n")
    assert list(zip(frame.value_text, frame.unit, frame.year)) == [
        ("686065", "万元", 2021), ("7.7", "%", 2021), ("159948", "万元", 2021), ("7.4", "%", 2021),
        ("249042", "万元", 2021), ("5.3", "%", 2021)]
    assert frame.indicator_text.iloc[2].startswith("第一产业")


def test_a_time_of_day_is_no_ratio():
    """2021年05月08日 18:37:44 is a page's time, though its parts sum to 99."""
    assert extract_targets("某县规划解读\n2021年05月08日 18:37:44 来源:某县发改局\n").empty


def test_a_head_cell_spaced_out_is_one_cell():
    # 指    标 spaced to its column's width, one cell a line, units in the column heads
    cells = ["2021年全市生产总值及增长速度", "指    标", "绝对数(亿元)", "比上年增长(%)", "地区生产总值", "2167.67", "8.5",
             "其中:第一产业[3]", "332.13", "8.0", "第二产业", "768.56", "9.2"]
    text = "某市2021年国民经济和社会发展统计公报\n" + "\n".join("    " + cell for cell in cells) + "\n"
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.unit, frame.year)) == [
        ("2167.67", "亿元", 2021), ("8.5", "%", 2021), ("332.13", "亿元", 2021), ("8.0", "%", 2021),
        ("768.56", "亿元", 2021), ("9.2", "%", 2021)]


def test_a_tables_column_of_goals_holds_targets():
    cells = ["指标名称", "预期目标", "完成情况", "全省排名", "地区生产总值增长(%)", "6", "3.8", "4",
             "固定资产投资增长(%)", "10", "8.1", "10"]
    text = "某市2020年主要指标完成情况\n\n" + "\n\n".join(cells) + "\n"
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.kind)) == [("6", "target"), ("3.8", "baseline"), ("10", "target"),
                                                       ("8.1", "baseline")]


def test_a_table_printing_no_unit_takes_the_unit_of_its_figure_in_the_text():
    cells = ["地区", "第一批", "第二批", "合计", "南京市", "27", "139", "166", "常州市", "133", "122", "255"]
    text = "2012年我市申报省高新技术产品工作圆满结束\n全年我市认定省高新技术产品255只。\n\n" + "\n\n".join(cells) + "\n"
    table = extract_targets(text).iloc[1:]
    assert list(table.value_text) == ["27", "139", "166", "133", "122", "255"]
    assert set(table.unit) == {"只"} and set(table.kind) == {"baseline"} and set(table.year) == {2012}
    assert list(table.indicator_text[:2]) == ["南京市第一批", "南京市第二批"]


def test_a_statistical_table_printed_a_row_a_line_gives_its_figures():
    text = ("某市2022年国民经济和社会发展统计公报\n表1 2022年年末常住人口及其构成\n指 标 年末常住人口(万人) 比重(%)\n"
            "常住人口 412.84 100\n其中:城镇 215.25 52.14\n乡村 197.59 47.86\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.unit, frame.year)) == [
        ("412.84", "万人", 2022), ("100", "%", 2022), ("215.25", "万人", 2022), ("52.14", "%", 2022),
        ("197.59", "万人", 2022), ("47.86", "%", 2022)]
    assert frame.value.iloc[0] == 412.84  # the head's 万人 kept: test_a_tables_multiple_unit_is_kept


def test_a_two_column_table_with_its_unit_in_the_head_gives_its_figures():
    """One value column whose head states the unit (涨跌幅(%)) is a table too; a head stating no
    unit (指标 | 说明) is not read as one."""
    text = ("某县2023年国民经济和社会发展统计公报\n表1 2023年居民消费价格比上年涨跌幅度 | |\n指标名称 | 涨跌幅(%) |\n"
            "居民消费价格 | 0 |\n食品烟酒 | -2.1 |\n衣着 | -0.8 |\n居住 | 2.6 |\n二、农业\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.unit, frame.year, frame.indicator_text)) == [
        ("0", "%", 2023, "居民消费价格涨跌幅"), ("2.1", "%", 2023, "食品烟酒涨跌幅"), ("0.8", "%", 2023, "衣着涨跌幅"),
        ("2.6", "%", 2023, "居住涨跌幅")]
    assert extract_targets("某县统计公报\n指标 | 说明\n企业 | 12\n园区 | 3\n").empty
    # …or whose caption closes on the unit in brackets (图2:…涨跌幅度(%)) over a head stating none
    captioned = extract_targets("某县2024年国民经济和社会发展统计公报\n图2:2024年居民消费价格比上年涨跌幅度(%) | |\n"
                                "指 标 | 增 幅 |\n居民消费价格 | 0.1 |\n粮 食 | 3.7 |\n鲜 菜 | -0.7 |\n")
    assert list(zip(captioned.value_text, captioned.unit, captioned.year)) == [
        ("0.1", "%", 2024), ("3.7", "%", 2024), ("0.7", "%", 2024)]


def test_an_html_statistical_table_keeps_its_cells_apart():
    from analysis.extract.html import html_text

    markup = ("<html><body><h1>某县2021年统计公报</h1><p>表1 按地区分研发人员</p><table>"
              "<tr><td>地区</td><td>研发人员(人)</td><td>比重(%)</td></tr>"
              "<tr><td>甲镇</td><td>120</td><td>60</td></tr><tr><td>乙镇</td><td>80</td><td>40</td></tr>"
              "</table></body></html>")
    frame = extract_targets(html_text(markup))
    assert list(zip(frame.value_text, frame.unit)) == [("120", "人"), ("60", "%"), ("80", "人"), ("40", "%")]


def test_a_table_spaced_out_keeps_the_minus_off_its_figures():
    """A table printed a row a line with cells apart by spaces reads as one split at ``|``: a
    minus before a cell's number is its sign, not a reason to drop the row."""
    text = ("某区2023年统计公报\n表2 2023年财政收支情况\n指标 金额(亿元) 增长(%)\n"
            "一般公共预算收入 80.5 -3.2\n  税收收入 60.1 2.4\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.unit, frame.year)) == [
        ("80.5", "亿元", 2023), ("3.2", "%", 2023), ("60.1", "亿元", 2023), ("2.4", "%", 2023)]


def test_a_table_of_goals_and_results_takes_its_captions_year():
    """A report's table of the year's goals beside what was done (年初目标 | 全年完成数) names no
    year in its head: the caption's year dates both, the goal column holds targets and the
    result column baselines; a row lacking its unit cell still finds its name."""
    text = ("某区2022年计划执行情况的报告\n2022年主要指标完成情况\n序号 指标名称 单位 年初目标 全年完成数\n"
            "1 地区生产总值增长率 % 6左右 4.1\n2 新增高新技术企业 30 42\n3 研发投入 亿元 12 13.5\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.kind, frame.year, frame.indicator_text)) == [
        ("6", "target", 2022, "地区生产总值增长率"), ("4.1", "baseline", 2022, "地区生产总值增长率"),
        ("30", "target", 2022, "新增高新技术企业"), ("42", "baseline", 2022, "新增高新技术企业"),
        ("12", "target", 2022, "研发投入"), ("13.5", "baseline", 2022, "研发投入")]
    uncaptioned = "某区工作报告\n今年工作很多。\n序号 指标名称 单位 年初目标 全年完成数\n1 新增企业 家 30 42\n"
    assert "indicator table" not in " ".join(extract_targets(uncaptioned).note)


def test_a_price_index_table_gives_its_indices():
    """A table of price indices states no unit: its value column is an index (指数, 上年=100),
    printed under the head or as the table's only head cell (the row labels' head left blank);
    each index is a figure without a unit."""
    piped = ("某县2022年国民经济和社会发展统计公报\n表2:2022年居民消费价格指数\n类 别 | 指 数\n(上年=100) |\n"
             "居民消费价格指数 | 102.3 |\n食品烟酒 | 104.9 |\n衣着 | 99.1 |\n二、工业\n")
    frame = extract_targets(piped)
    assert list(zip(frame.value_text, frame.unit, frame.year, frame.indicator_text)) == [
        ("102.3", "", 2022, "居民消费价格指数"), ("104.9", "", 2022, "食品烟酒指数"), ("99.1", "", 2022, "衣着指数")]
    one_a_line = ("某州2022年国民经济和社会发展统计公报\n全年居民消费价格比上年上涨2.0%。\n\n表1  居民消费价格指数\n\n"
                  "上年同期=100\n\n居民消费价格总指数\n\n102.0\n\n一、食品烟酒\n\n103.6\n\n    鲜    菜\n\n96.2\n")
    frame = extract_targets(one_a_line)
    assert list(zip(frame.value_text, frame.unit, frame.year)) == [
        ("2.0", "%", 2022), ("102.0", "", 2022), ("103.6", "", 2022), ("96.2", "", 2022)]


def test_a_table_headed_by_the_line_introducing_it_gives_both_columns():
    """A table whose column heads end the line introducing it (主要产品产量如下: 2022年 比上年±(%)),
    then one cell a line: each row's output keeps the unit its cell prints, its change the
    head's %."""
    text = ("某区2022年国民经济和社会发展统计公报\n全年粮食生产平稳。\n主要农产品产量如下: 2022年 比上年±(%)\n-\n"
            "粮食总产量\n52100吨\n3.2\n油菜籽产量\n4120吨\n-6.5\n茶叶产量\n215.5吨\n12.0\n全年造林面积1.2万亩。\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.unit, frame.year)) == [
        ("52100", "吨", 2022), ("3.2", "%", 2022), ("4120", "吨", 2022), ("6.5", "%", 2022),
        ("215.5", "吨", 2022), ("12.0", "%", 2022), ("1.2万", "亩", 2022)]


def test_a_years_table_with_a_unit_column_and_its_change():
    """A bulletin's table of a year and its change (指标名称 | 单位 | 2023年 | 增长(%)) is no table of
    goals: each row gives its figure, in the unit of its row (万吨, kept as printed), and its change
    in %; a row whose unit cell was left out takes the unit the text prints with the same figure."""
    text = ("某县2023年国民经济和社会发展统计公报\n全年油料总产量4543吨。\n2023年全县主要农产品产量\n"
            "指标名称 单位 2023年 增长(%)\n一、粮食总产量 万吨 8.16 0.40\n其中:夏粮产量 万吨 1.97 -0.01\n"
            "二、油料总产量 4543 1.32\n完成畜牧业总产值7.13亿元。\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.value, frame.unit, frame.kind, frame.year)) == [
        ("4543", 4543, "吨", "baseline", 2023), ("8.16", 8.16, "万吨", "baseline", 2023),
        ("0.40", 0.4, "%", "baseline", 2023), ("1.97", 1.97, "万吨", "baseline", 2023),
        ("0.01", 0.01, "%", "baseline", 2023), ("4543", 4543, "吨", "baseline", 2023),
        ("1.32", 1.32, "%", "baseline", 2023), ("7.13亿", 7.13, "亿元", "baseline", 2023)]


def test_an_index_in_prose_and_its_base():
    """An index printed right after its name (居民消费价格总指数101.3) is a figure without a unit;
    the base it is measured against ((以上年同期为100)) is none."""
    frame = extract_targets("某县2022年国民经济和社会发展统计公报\n全年居民消费价格比上年上涨1.3%,全年居民消费价格总指数101.3;"
                            "全年商品零售价格总指数101.9(以上年同期为100)。\n")
    assert list(zip(frame.value_text, frame.unit, frame.year)) == [("1.3", "%", 2022), ("101.3", "", 2022), ("101.9", "", 2022)]


def test_a_spaced_out_table_and_a_row_whose_label_was_lost():
    """Row labels spaced out to their column's width (粮 食, #粮 食) are one cell, so the rows keep
    to the head's columns; a number alone between rows (its label lost in the copy) is a row of
    its column all the same."""
    text = ("某县2022年国民经济和社会发展统计公报\n表1:2022年居民消费价格指数\n项 目 指数\n居民消费价格总指数 101.3\n"
            "#粮 食 105.2\n水产品 100.2\n104.5\n鲜果 117.1\n\n表2:2022年主要农产品产量\n产品名称 产量(吨) 比上年增长%\n"
            "粮 食 199008.5 6.3\n棉 花 279.1 -14.4\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.unit, frame.indicator_text)) == [
        ("101.3", "", "居民消费价格总指数"), ("105.2", "", "#粮食指数"), ("100.2", "", "水产品指数"), ("104.5", "", "指数"),
        ("117.1", "", "鲜果指数"), ("199008.5", "吨", "粮食产量"), ("6.3", "%", "粮食比上年增长"),
        ("279.1", "吨", "棉花产量"), ("14.4", "%", "棉花比上年增长")]


def test_kilowatt_hours_days_counted_and_page_counters():
    """Kilowatt-hours printed as 度 with 万/亿 (发电量超过55亿度) are a figure, and so are days
    counted (优良天数达到336天); a duration in days (用时30天), a page's counter (8428 次浏览) and a
    milestone passed (产值破千亿) are none, nor is a page's length (共计18667个字)."""
    frame = extract_targets("某县2023年国民经济和社会发展统计公报\n发布时间: 2024-01-06 | 8428 次浏览 | 分享到\n"
                            "共计18667个字,预计阅读时长6分钟\n"
                            "全年发电量超过55亿度,农村用电量5622万度。空气质量优良天数达到336天,项目审批用时30天。"
                            "新能源产业产值破千亿。\n")
    assert list(zip(frame.value_text, frame.value, frame.unit)) == [
        ("55亿", 5.5e9, "度"), ("5622万", 5.622e7, "度"), ("336", 336, "天")]


def test_an_amount_sizing_projects_is_no_figure():
    """An amount naming the size of the projects it stands before (超5000万元项目417个, 总投资500万以上的
    重点项目) describes them: the count is the figure, the amount none."""
    frame = extract_targets("某县2023年政府工作报告\n2023年,累计签约亿元项目515个,建设超5000万元项目417个,"
                            "全力推动总投资500万以上的重点项目建设。\n")
    assert list(zip(frame.value_text, frame.unit)) == [("515", "个"), ("417", "个")]
    classes = extract_targets("某市2016年统计公报解读\n2016年,产值超10亿元的企业74家,5亿元~10亿元的企业112家,2亿元至5亿元企业266家。\n")
    assert list(classes.value_text) == ["74", "112", "266"]  # the classes' bounds size the firms counted
    own = extract_targets("某县2025年工作综述\n2025年,开工总投资1.4亿元的16个制种大县项目,推进总投资66亿元的二期风电项目。\n")
    assert list(zip(own.value_text, own.unit)) == [("1.4亿", "亿元"), ("16", "个"), ("66亿", "亿元")]  # exact, their own


def test_an_area_closing_its_clause_is_a_figure():
    """An area named by what grows or stands on it and closing its clause (发展大果榛子3508亩、五味子392亩,
    油料作物4857亩) is a figure without a verb of counting; one sizing what follows (建设1000亩基地)
    is not."""
    frame = extract_targets("某县2022年国民经济和社会发展统计公报\n全年发展大果榛子3508亩、五味子392亩;油料作物4857亩。"
                            "规划建设1000亩基地一处。\n")
    assert list(zip(frame.value_text, frame.unit)) == [("3508", "亩"), ("392", "亩"), ("4857", "亩")]


def test_a_projects_capacity_in_its_name():
    """A power plant's capacity naming its project (华能20万千瓦风电成功并网, 30兆瓦生物质发电) is no
    figure; a capacity reached is one, in 吉瓦 too (装机容量将达1.6吉瓦)."""
    frame = rows("华能20万千瓦风电成功并网,华大30兆瓦生物质发电项目投产。新能源产业装机容量将达1.6吉瓦。")
    assert list(zip(frame.value_text, frame.unit)) == [("1.6", "吉瓦")]


def test_copies_buildings_and_a_life_expectancy():
    """Copies (发放科普资料2.1万份) and buildings (大棚6310栋) are counted; a life expectancy (人均预期寿命
    84.05岁) and a ratio printed as one number (男女性别比为106.88, 城乡居民收入比缩小至1.95) are figures,
    the ratio without a unit; ages (60岁及以上) and the ratio's base ((以女性为100)) are none, nor is a
    market share (份额)."""
    frame = rows("发放科普资料2.1万份,整改超标大棚6310栋。人均预期寿命提升至84.05岁,60岁及以上人群全程接种。"
                 "男女性别比为106.88(以女性为100)。城乡居民收入比缩小至1.95。市场份额达到3成。")
    assert list(zip(frame.value_text, frame.unit)) == [
        ("2.1万", "份"), ("6310", "栋"), ("84.05", "岁"), ("106.88", ""), ("1.95", ""), ("3", "%")]


def test_people_named_after_their_number():
    """A number in 万 with the people it counts right after it (7.35万贫困人口脱贫, 68万旅居者在此安家) or
    named right before it (参加活动人数达7.5万) is a count of persons, an amount invested (经费投入1.1亿) money;
    a bare 万 with nothing named (同比增加6万) stays no figure."""
    frame = rows("全年7.35万贫困人口脱贫,68万旅居者在此安家,同比增加6万。参加活动人数达7.5万。R&D经费投入1.1亿。"
                 "辖11个乡,总人口20万,总耕地面积99万亩。")
    assert list(zip(frame.value, frame.unit)) == [(73500.0, "人"), (680000.0, "人"), (75000.0, "人"), (1.1, "亿元"),
                                                  (11.0, "个"), (200000.0, "人"), (990000.0, "亩")]


def test_a_list_item_without_a_noun_shares_the_last_ones():
    """In 城镇、农村常住居民人均可支配收入分别增加9784元、4865元 the first item names no thing of its
    own: both amounts are per person, in 元; so are those of a list whose subject is the clause
    before (…人均可支配收入分别增长12%和13%,分别达43366元和13835元). An item naming its own thing keeps
    its own unit (地区生产总值和人均地区生产总值分别达到500亿元和8万元)."""
    frame = rows("城镇、农村常住居民人均可支配收入分别增加9784元、4865元。"
                 "城乡常住居民人均可支配收入分别增长12%和13%,分别达43366元和13835元。"
                 "地区生产总值和人均地区生产总值分别达到500亿元和8万元。")
    assert list(zip(frame.value, frame.unit)) == [
        (9784.0, "元"), (4865.0, "元"), (12.0, "%"), (13.0, "%"), (43366.0, "元"), (13835.0, "元"),
        (500.0, "亿元"), (80000.0, "元")]


def test_a_change_column_headed_plus_minus_percent_is_in_percent():
    """A column headed 比上年增减(±%) holds percentages, whatever unit the caption states for the
    table's amounts (单位:亿元)."""
    text = ("某市2021年国民经济和社会发展统计公报\n全年地区生产总值567.9亿元。\n表1 2021年地区生产总值\n单位:亿元\n"
            "指标 |\n2021年 |\n比上年增减(±%) |\n地区生产总值 |\n567.9 |\n6.8 |\n工业 |\n111.9 |\n8.1 |\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.unit))[1:] == [("567.9", "亿元"), ("6.8", "%"), ("111.9", "亿元"), ("8.1", "%")]


def test_per_mille_points_are_a_unit():
    frame = rows("全年出生率为3.73‰,比上年下降1.09个千分点。")
    assert list(zip(frame.value, frame.unit)) == [(3.73, "‰"), (1.09, "千分点")]


def test_a_two_level_table_head_gives_each_column_its_group_and_year():
    """A table head set on two lines (分行业 | 增长% | 结构% over 2024年 | 2023年 | 2024年 | 2023年, the
    years under each group, the row labels' head left out of the second line): each number takes
    the unit of its group and the year over its own column."""
    text = ("某县2024年国民经济和社会发展统计公报\n2024年全县地区生产总值284.97亿元,比上年增长4%。\n"
            "表1 某县2024年GDP构成表 | ||||\n分行业 | 增长% | 结构% | |\n2024年 | 2023年 | 2024年 | 2023年 | |\n"
            "地区生产总值 | 4 | 3.8 | 100 | 100 |\n工业 | 7.7 | -11.5 | 13.9 | 8.4 |\n")
    frame = extract_targets(text)
    table = frame[frame.value_start > text.index("分行业")]
    assert list(zip(table.value_text, table.unit, table.year, table.kind)) == [
        ("4", "%", 2024, "baseline"), ("3.8", "%", 2023, "baseline"), ("100", "%", 2024, "baseline"),
        ("100", "%", 2023, "baseline"), ("7.7", "%", 2024, "baseline"), ("11.5", "%", 2023, "baseline"),
        ("13.9", "%", 2024, "baseline"), ("8.4", "%", 2023, "baseline")]
    assert list(table.indicator_text[:3]) == ["地区生产总值增长", "地区生产总值增长", "地区生产总值结构"]


def test_a_care_of_sign_typed_for_per_cent_is_per_cent():
    """Older pages type ℅ (or the small ﹪) for %: 增长15℅ is a change of 15%."""
    frame = extract_targets("某县2010年经济运行情况\n全县完成财政收入3.79亿元,同比增长15℅;工业增加值增长57.7﹪。\n")
    assert list(zip(frame.value_text, frame.unit)) == [("3.79亿", "亿元"), ("15", "%"), ("57.7", "%")]


def test_a_unit_column_headed_jiliang_danwei():
    """A products table's unit column may be headed 计量单位 (产品名称 计量单位 本期累计 增长(%)): each
    row's figure takes its row's unit (万吨, 万件), its change %."""
    text = ("2022年规模以上工业主要产品产量\n\n产品名称 计量单位 本期累计 增长(%)\n小麦粉 万吨 12.16 58.07\n"
            "服装 万件 3169.48 -17.46\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.value, frame.unit)) == [
        ("12.16", 12.16, "万吨"), ("58.07", 58.07, "%"), ("3169.48", 3169.48, "万件"), ("17.46", 17.46, "%")]


def test_a_move_up_a_ranking_is_no_count():
    """Places moved up a ranking (较2022年前进1位, 上升3位) are no count of people; people counted in
    位 (专家10位) still are."""
    frame = extract_targets("某县科技工作综述\n全国科技创新百强县市第82位、较2022年前进1位,全国百强县上升3位。引进专家10位。\n")
    assert list(frame.value_text) == ["10"]
    placed = extract_targets("某县工作综述\n入选全国县域经济百强县,2016年排76名,赛迪中部百强五年进位14位。新增院士2名。\n")
    assert list(placed.value_text) == ["2"]  # 排76名 and 进位14位 are places


def test_head_of_livestock_and_megawatts():
    """Pigs counted in 口, horses in 匹 and capacity in MW are figures; 进口 and 匹配 are words."""
    frame = extract_targets("某旗2020年统计公报\n年末生猪存栏4.73万口,马驴骡发展到2.2万匹。火电总装机容量达到8656MW。"
                            "全年进口额增长3%,供需匹配度提高。\n")
    assert list(zip(frame.value_text, frame.unit)) == [("4.73万", "口"), ("2.2万", "匹"), ("8656", "MW"), ("3", "%")]


def test_a_table_copied_a_column_at_a_time():
    """A two-column table copied one column after the other, a cell a line (its labels, then as many
    numbers), pairs them in order under its head: each number is its label's change, in %."""
    text = ("某区2022年国民经济和社会发展统计公报\n全年规模以上工业增加值同比增长13%。\n\n表1 2022年全区规模以上工业增加值分行业增长速度\n\n"
            "指    标 比上年增长%\n规模以上工业\n\n其中:轻工业\n\n重工业\n\n能源工业\n\n13\n\n-46.7\n\n13.1\n\n13.4\n\n"
            "全年原煤产量3695.10万吨。\n")
    frame = extract_targets(text)
    table = frame[frame.note.str.startswith("statistical table")]
    assert list(zip(table.indicator_text, table.value_text, table.unit, table.year)) == [
        ("规模以上工业比上年增长", "13", "%", 2022), ("其中:轻工业比上年增长", "46.7", "%", 2022),
        ("重工业比上年增长", "13.1", "%", 2022), ("能源工业比上年增长", "13.4", "%", 2022)]


def test_an_area_built_is_a_figure():
    """An area built (建设10万亩优质苹果基地, 规划建设149平方公里) is a figure, as an area measured is."""
    frame = extract_targets("某县2003年工作计划\n明年建设10万亩优质苹果基地、2万亩高酸苹果基地。开发区高标准规划建设149平方公里。\n")
    assert list(zip(frame.value_text, frame.unit)) == [("10万", "亩"), ("2万", "亩"), ("149", "平方公里")]


def test_a_figure_right_after_gdp():
    """A figure printed right after GDP (地区生产总值(GDP188.72亿元), 分别高于GDP0.42、0.62个百分点) is
    read; letters before a number otherwise make a code (G20, PM2.5)."""
    frame = extract_targets("某县2022年统计公报\n全县地区生产总值(GDP188.72亿元),分别高于GDP0.42、0.62个百分点。参加G20峰会。\n")
    assert list(zip(frame.value_text, frame.unit)) == [("188.72亿", "亿元"), ("0.42", "百分点"), ("0.62", "百分点")]


def test_a_policys_measures_counted_are_no_figure():
    """A policy's measures counted (出台稳增长32条, 便民惠企22条, 8条稳增长政策措施), round amounts passed
    (GDP突破百亿元) and the scope of investment statistics (500万元以上固定资产投资) are no figures; roads
    counted (建成高速公路4条) and amounts printed in digits (突破120亿元) are."""
    frame = extract_targets("某县2021年政府工作报告\n出台稳增长32条、便民惠企22条,制定8条稳增长政策措施。GDP突破百亿元,"
                            "工业产值突破120亿元,500万元以上固定资产投资增长8%,建成高速公路4条。\n")
    assert list(zip(frame.value_text, frame.unit)) == [("120亿", "亿元"), ("8", "%"), ("4", "条")]
    named = extract_targets("某区2024年工作综述\n出台持续优化营商环境18条,新建道路6条。\n")
    assert list(named.value_text) == ["6"]  # the policy named by its count of articles is no figure
    routes = extract_targets("某县2024年工作综述\n推出精品旅游线路10条,制定修订地方标准12条。\n")
    assert list(routes.value_text) == ["10", "12"]  # counted things issued are figures


def test_a_table_whose_labels_column_has_no_head():
    """A table whose head line leaves the labels' column blank (| 绝 对 数 (亿元) | 比上年增长 (%) |)
    over rows of a label and two numbers gives each number with its row and column."""
    text = ("某市2019年国民经济和社会发展统计公报\n表1 2019年某市生产总值\n| 绝 对 数 (亿元) | 比上年增长 (%) |\n"
            "地区生产总值 | 617.50 | 5.2 |\n第一产业 | 37.11 | 2.6 |\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.unit, frame.year)) == [
        ("617.50", "亿元", 2019), ("5.2", "%", 2019), ("37.11", "亿元", 2019), ("2.6", "%", 2019)]


def test_a_contribution_ratio_with_a_negative_share_gives_its_shares():
    """三次产业贡献率分别是-1.6:8.0:93.6 sums to 100 with its sign: three shares, each its magnitude
    as a minus sign is dropped in sentences; a ratio not summing to 100 gives none."""
    head = "某县2017年国民经济和社会发展统计公报\n"
    frame = extract_targets(head + "三次产业可比价贡献率分别是-1.6:8.0:93.6。\n")
    assert list(zip(frame.value_text, frame.unit)) == [("1.6", "%"), ("8.0", "%"), ("93.6", "%")]
    assert extract_targets(head + "三次产业可比价贡献率分别是1.6:8.0:93.6。\n").empty


def test_a_table_run_into_one_line_gives_its_rows():
    """A captioned table printed whole on one line, after a sentence of its paragraph (…4家。 表1 …
    产品名称 | 产量(吨) | 比上年增长(%) | 粮食 | 124735 | 3.2 | …), gives a row per number, with the
    unit of its column head or, where the head names none, of its row label (造林面积(万亩)); the
    sentence before it keeps its own figures."""
    text = ("某县2020年国民经济和社会发展统计公报\n全年新增农民专业合作社69个。 表1 2020年主要农产品产量 产品名称 | 产量(吨) | "
            "比上年增长(%) | 粮食 | 124735 | 3.2 | 其中:小麦 | 15669 | -3.0 |\n"
            "表2 2020年林业生产情况 产品名称 | 产量 | 比上年增长(%) | 造林面积(万亩) | 7.6 | -3.8 | 木材采伐(立方米) | 6524 | 57.1 |\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.unit)) == [
        ("69", "个"), ("124735", "吨"), ("3.2", "%"), ("15669", "吨"), ("3.0", "%"),
        ("7.6", "万亩"), ("3.8", "%"), ("6524", "立方米"), ("57.1", "%")]
    assert set(frame.year) == {2020} and set(frame.kind) == {"baseline"}


def test_doses_and_containers_are_counted():
    frame = rows("全年完成疫苗接种23.5万剂次,港口集装箱吞吐量达1900万标箱。培育哈密瓜1700株,安装路灯2962盏,生产菌棒250万袋。")
    assert list(zip(frame.value, frame.unit)) == [(235000.0, "剂次"), (19000000.0, "标箱"), (1700.0, "株"), (2962.0, "盏"),
                                                  (2500000.0, "袋")]


def test_a_class_of_size_is_no_figure():
    """In a report, 百亿级 names a class of size (培育百亿级产业、十亿级企业), not an amount; the count of
    such clusters is a figure (千亿级产业集群3个). (In a plan, test_a_scale_phrase_without_a_count_is_the_amount.)"""
    frame = extract_targets("某县2024年政府工作报告\n各位代表:\n培育百亿级产业、十亿级企业,已形成百亿级全产业链产业集群,"
                            "建成千亿级产业集群3个。\n")
    assert list(zip(frame.value, frame.unit)) == [(3.0, "个")]


def test_a_cell_a_line_table_with_a_serial_column_and_many_places():
    """A table copied a cell a line whose rows open on a serial number (序号 1, 2, …) and whose
    columns are many places: the serial is no figure; every place's number is, in the caption's unit."""
    places = ["甲乡", "乙乡", "丙镇", "丁镇", "戊镇", "己镇", "庚镇"]
    head = ["序号", "项  目", "总计", *places]
    rows = [["1", "播种面积", "30.10", "4.50", "5.60", "3.20", "4.40", "2.10", "6.30", "4.00"],
            ["2", "一、粮食", "20.80", "3.10", "4.20", "2.00", "3.30", "1.10", "4.10", "3.00"]]
    cells = head + [cell for row in rows for cell in row]
    text = ("某县2023年上半年经济运行情况\n2023年全县农作物总播种30.1万亩,同比增长3.1%。\n\n表一   2023年农作物面积统计表\n\n"
            "单位:万亩\n\n" + "\n\n".join(cells) + "\n\n二、工业\n")
    frame = extract_targets(text)
    table = frame[frame.note.str.startswith("statistical table")]
    assert len(table) == 16
    assert set(table.unit) == {"万亩"} and set(table.year) == {2023}
    assert table.value_text.tolist()[:3] == ["30.10", "4.50", "5.60"] and table.value.iloc[0] == 30.1
    assert table.indicator_text.iloc[1] == "播种面积甲乡"
    # an excerpt ending inside the third row: its cells as far as they go are figures too
    cut = text.split("\n\n二、工业")[0] + "\n\n3\n\n(一)谷物\n\n19.90\n\n2.90\n\n4.00\n"
    cut_table = extract_targets(cut).query("note.str.startswith('statistical table')")
    assert cut_table.value_text.tolist()[16:] == ["19.90", "2.90", "4.00"]


def test_a_table_on_one_line_under_its_caption_line():
    """A statistical table whose rows the copy ran into one line, cells parted by spaces, under its
    caption on the line above (表1 …): read as a table printed whole on one line is."""
    text = ("某县2021年国民经济和社会发展统计公报\n2021年末全县总人口52.3万人。\n表1 2021年户籍人口数及其构成\n"
            "指 标 户籍人口数(人) 比重(%) 全县户籍总人口 523000 100.0 其中:城镇 223000 42.64 乡村 300000 57.36\n"
            "2021年全体居民人均可支配收入19945元。\n")
    frame = extract_targets(text)
    table = frame[frame.note.str.startswith("statistical table")]
    assert list(zip(table.value_text, table.unit)) == [
        ("523000", "人"), ("100.0", "%"), ("223000", "人"), ("42.64", "%"), ("300000", "人"), ("57.36", "%")]
    assert set(table.year) == {2021}


def test_a_bar_table_whose_head_wraps_over_lines():
    """A bar table whose head the copy broke inside a cell (播种面积 / (亩) |) reads its head from all
    its lines: every row's numbers are figures in their columns' units."""
    text = ("某县2023年国民经济和社会发展统计公报\n全年粮食播种面积72.68万亩。主要农作物播种面积及产量如下表:\n"
            "品 名 | 播种面积\n(亩) |\n同比增减(%) | 产量(吨) | 同比增减(%) |\n"
            "粮食作物 | 726760 | -1.78 | 315690 | 0.8 |\n其中:稻谷 | 607056 | -0.32 | 267838 | 1.05 |\n"
            "林业保持稳定。\n")
    frame = extract_targets(text)
    table = frame[frame.note.str.startswith("statistical table")]
    assert list(zip(table.value_text, table.unit)) == [
        ("726760", "亩"), ("1.78", "%"), ("315690", "吨"), ("0.8", "%"),
        ("607056", "亩"), ("0.32", "%"), ("267838", "吨"), ("1.05", "%")]
    grouped = extract_targets("某县2023年国民经济和社会发展统计公报\n全年粮食产量增长。\n表1 主要农产品产量\n"
                              "指标 | 产量(吨) | 增长(%)\n粮食作物\n稻谷 | 100 | 9.0\n小麦 | 80 | 3.0\n")
    assert list(zip(grouped.value_text, grouped.unit)) == [("100", "吨"), ("9.0", "%"), ("80", "吨"), ("3.0", "%")]
    assert "粮食作物" not in "".join(grouped.indicator_text)  # a group's label under a whole head is no part of it
    small = extract_targets(text.replace("(吨)", "﹙吨﹚").replace("(亩)", "(亩﹚"))  # brackets in their small forms
    assert small[small.note.str.startswith("statistical table")].unit.tolist()[:3] == ["亩", "%", "吨"]


def test_a_tables_multiple_unit_is_kept():
    """A table's cells print numbers as its column's unit counts them (9100 under 增加值(万元), 12.5
    under 单位:万亩): the unit is kept as printed, multiple and all, and the value as printed; a
    number printed with its own 万 in a sentence is still scaled."""
    text = ("某县2018年国民经济和社会发展统计公报\n全年粮食播种面积1.25万公顷。\n表2 2018年服务业增加值\n"
            "行业 | 增加值(万元) | 增长(%) |\n交通运输业 | 9100 | -5.5 |\n金融业 | 11082 | 3.9 |\n"
            "表3 2018年主要农作物播种面积\n单位:万亩\n作物 | 面积 |\n粮食 | 12.5 |\n蔬菜 | 3.2 |\n")
    frame = extract_targets(text)
    assert list(zip(frame.value_text, frame.value, frame.unit)) == [
        ("1.25万", 12500.0, "公顷"), ("9100", 9100.0, "万元"), ("5.5", 5.5, "%"), ("11082", 11082.0, "万元"),
        ("3.9", 3.9, "%"), ("12.5", 12.5, "万亩"), ("3.2", 3.2, "万亩")]


def test_lengths_and_a_tobacco_measure_are_figures():
    frame = rows("2023年,全县年降水量281.3毫米,草原植被平均高度达到15.96厘米,收购烟叶21.43万担。")
    assert list(zip(frame.value, frame.unit)) == [(281.3, "毫米"), (15.96, "厘米"), (214300.0, "担")]
    assert rows("2023年,为企业提供5000万担保,新增担保额度3亿。").empty  # 担保 is a guarantee


def test_a_reports_list_of_things_to_do_is_counted_no_figure():
    """重点抓好15件大事和民生实事 counts the report's own list (its items are the figures); 15件专利 is one."""
    frame = rows("县政府将重点抓好15件大事和民生实事。分别是: (1)新建公共厕所120座。县政府2020年将为民办好10件民生实事。"
                 "新增授权专利15件。去年10项民生实事均已完成年度目标。")
    assert frame[["value", "unit"]].values.tolist() == [[120, "座"], [15, "件"], [10, "项"]]


def test_a_pages_date_stamp_is_no_figure():
    frame = rows("[规划计划] 发表于:2022-08-08 15:53:31\n收藏\n到2025年,全区高新技术企业达到300家,三次产业结构比为11:45:44。")
    assert frame[["value", "unit"]].values.tolist() == [[300, "家"], [11, "%"], [45, "%"], [44, "%"]]
