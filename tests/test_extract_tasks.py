"""Tasks from numbered headings, on a hand-written plan: preamble and container headings are
not tasks, spans run to the next heading at the same level, lead and responsible units come
from the task's own text, bare bureau names are read at the issuer's level."""

from __future__ import annotations

from analysis.extract.tasks import extract_tasks

PLAN = (
    "某区人民政府关于印发某区科技创新行动方案的通知\n"
    "一、总体要求\n(一)指导思想\n坚持创新驱动。\n"
    "二、重点任务\n"
    "(一)培育创新主体\n"
    "1.引进高新技术企业。全年引进高企20家(牵头部门:科技局;责任部门:区商务局、区财政局)。\n"
    "2.培育科技型企业。新增科技型企业100家(科技局、区工信局负责)。\n"
    "(二)建设创新平台\n支持建设研发中心。\n"
    "三、保障措施\n(一)加强组织领导\n成立工作专班。\n"
    "2021年3月1日\n"
)


def test_task_headings_sections_titles_and_spans():
    tasks = extract_tasks(PLAN)
    assert [(t.section, t.title) for t in tasks] == [
        ("二/(一)", "培育创新主体"), ("二/(一)/1", "引进高新技术企业"), ("二/(一)/2", "培育科技型企业"),
        ("二/(二)", "建设创新平台"), ("三/(一)", "加强组织领导"),
    ]
    first, sub1, sub2, second, last = tasks
    assert PLAN[first.char_start:].startswith("(一)培育创新主体")
    assert first.char_end == second.char_start == PLAN.index("(二)建设")
    assert sub1.char_end == sub2.char_start
    assert PLAN[last.char_start:last.char_end] == "(一)加强组织领导\n成立工作专班。"  # the signature date is not the task's


def test_lead_and_responsible_from_the_tasks_own_text_at_the_district_level():
    tasks = {t.section: t for t in extract_tasks(PLAN)}
    assert (tasks["二/(一)/1"].lead, tasks["二/(一)/1"].responsible) == ("区科技局", "区商务局;区财政局")
    assert (tasks["二/(一)/2"].lead, tasks["二/(一)/2"].responsible) == ("", "区科技局;区工信局")
    assert (tasks["二/(一)"].lead, tasks["二/(一)"].responsible) == ("", "")  # its units are its sub-tasks'


def test_a_zones_bureaus_keep_their_names():
    zone = PLAN.replace("某区人民政府关于", "某高新区管委会关于")
    assert extract_tasks(zone)[1].lead == "科技局"


def test_a_run_in_heading_keeps_its_first_phrase_as_title():
    text = "二、重点任务\n1.深化与驻区大学合作,落实与两所大学的全面战略合作协议,在成果转化、人才培养等方面深化合作。\n"
    assert extract_tasks(text)[0].title == "深化与驻区大学合作"


def test_an_attachment_list_after_the_tasks_is_not_tasks():
    text = "二、重点任务\n1.培育企业\n新增企业10家。\n附件:1.领导小组名单\n2.主要指标情况表\n"
    assert [t.title for t in extract_tasks(text)] == ["培育企业"]


def test_a_boxed_list_inside_a_task_gives_sub_tasks():
    text = ("二、重点任务\n1.编制规划\n编制产业规划。\n2.强化招商\n专栏:主导产业招商目录\n一、新一代信息技术\n强链补链。\n"
            "二、生物医药\n巩固优势。\n3.优化服务\n提升服务。\n")
    tasks = extract_tasks(text)
    assert [(t.section, t.title) for t in tasks] == [
        ("二/1", "编制规划"), ("二/2", "强化招商"), ("二/2/一", "新一代信息技术"), ("二/2/二", "生物医药"), ("二/3", "优化服务"),
    ]
    box_first, box_second = tasks[2], tasks[3]
    assert box_first.char_end == box_second.char_start and box_second.char_end == text.index("3.优化")
