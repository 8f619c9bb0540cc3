"""Policy-instrument coding of plan tasks (Rothwell & Zegveld's supply / environment / demand).

The codebook is data: each sub-type has a definition and the Chinese cue words that suggest
it. ``rule_codes`` applies the cues to a task's text (its heading and body, with the
responsible-unit parentheses masked out so that 区财政局 does not read as funding); the curated
table ``data/curated/task_instruments.csv`` holds those rule codes next to the codes a reader
kept or added after reading each task, so the rules' reliability can be measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from analysis.text import normalise

INSTRUMENTS = ("supply", "environment", "demand")


@dataclass(frozen=True)
class SubType:
    """One instrument sub-type: its code, family, names, definition and cue words."""

    code: str
    instrument: str
    name_zh: str
    name_en: str
    definition: str
    cues: tuple[str, ...]


CODEBOOK: tuple[SubType, ...] = (
    SubType("talent", "supply", "人才", "Talent",
            "attracting, training, housing or rewarding people: talent programmes, teams, training, experts",
            ("人才", "引才", "育才", "留才", "团队", "培训", "院士", "博士", "专家", "技能", "人才公寓", "职称")),
    SubType("funding", "supply", "资金投入", "Funding",
            "direct public money: special funds, subsidies, grants, rewards, fiscal investment in R&D",
            ("专项资金", "资金支持", "财政资金", "财政奖励", "奖励", "补贴", "补助", "资助", "扶持资金", "经费", "政府投入", "后补助")),
    SubType("technology_platforms", "supply", "技术与平台", "Technology and platforms",
            "building research capacity: labs, R&D institutes, innovation centres, incubators, key technology projects",
            ("实验室", "研发机构", "研究院", "技术创新中心", "工程技术中心", "企业技术中心", "创新平台", "孵化器", "众创空间",
             "大学科技园", "技术攻关", "关键核心技术", "研发中心", "协同创新中心", "中试", "重大科技")),
    SubType("public_services", "supply", "公共服务与基础设施", "Public services and infrastructure",
            "services and physical infrastructure the government provides to innovators: service platforms, carriers, sites, information and data services, one-stop services",
            ("公共服务", "服务平台", "基础设施", "载体", "一站式", "服务体系", "成果库", "需求库", "数据库", "服务专员", "政务服务", "配套")),
    SubType("goal_planning", "environment", "目标规划", "Goal planning",
            "plans, layouts, targets and monitoring of goals",
            ("规划", "行动计划", "实施方案", "布局", "目标", "指标体系", "监测", "顶层设计", "路线图", "图谱")),
    SubType("finance", "environment", "金融支持", "Finance",
            "capital markets and financial instruments: venture capital, guidance funds, loans, guarantees, listing",
            ("金融", "基金", "创投", "风险投资", "贷款", "信贷", "融资", "担保", "上市", "资本市场", "天使投资", "保险", "股权")),
    SubType("tax", "environment", "税收优惠", "Tax",
            "tax incentives and their enforcement: deductions, exemptions, preferential rates",
            ("税收", "税务", "加计扣除", "减免", "所得税", "税费", "免税")),
    SubType("regulation_ip", "environment", "法规管制与知识产权", "Regulation and IP",
            "rules, standards, management systems, reform of institutions, intellectual property",
            ("知识产权", "专利", "标准", "管理办法", "制度", "体制机制", "改革", "监管", "法规", "准入", "审计", "认定")),
    SubType("strategic_measures", "environment", "策略性措施", "Strategic measures",
            "organisation, coordination, evaluation and persuasion: leading groups, assessment, publicity, encouragement, culture",
            ("组织领导", "领导小组", "统筹", "协调", "考核", "督查", "宣传", "氛围", "鼓励", "引导", "文化", "评价", "营商环境")),
    SubType("procurement", "demand", "政府采购", "Procurement",
            "the government as buyer: public procurement, first purchase of innovative products",
            ("政府采购", "首购", "订购", "首台", "首批次", "采购")),
    SubType("outsourcing_services", "demand", "服务外包", "Outsourcing and services",
            "the government buying services or commissioning third parties: service outsourcing, purchase of services, vouchers",
            ("外包", "购买服务", "委托", "第三方", "通票", "创新券", "科技券")),
    SubType("demonstration_pilots", "demand", "示范试点", "Demonstration and pilots",
            "creating early demand through demonstration projects, pilots and application scenarios",
            ("示范", "试点", "应用场景", "场景", "推广应用", "标杆", "先行先试")),
    SubType("international_cooperation", "demand", "海外合作", "International and overseas cooperation",
            "cooperation with foreign partners, overseas institutions and foreign investment",
            ("国际", "海外", "境外", "外资", "一带一路", "跨国", "国外")),
    SubType("trade", "demand", "贸易管制", "Trade",
            "trade measures: exports, imports, technology trade, market access abroad",
            ("贸易", "出口", "进口", "进出口", "技术贸易", "跨境")),
)

SUBTYPES: dict[str, SubType] = {sub.code: sub for sub in CODEBOOK}

#: Responsible-unit parentheses: (责任单位:…), (牵头部门:…;责任部门:…), (…负责).
ATTRIBUTION = re.compile(r"[（(](?:[^（）()]*?(?:负责|责任单位|责任部门|牵头部门|牵头单位)[^（）()]*)[）)]")


def leaf_tasks(tasks: pd.DataFrame) -> pd.DataFrame:
    """Tasks with no sub-task beneath them (no other task of the document extends their section)."""
    sections = set(zip(tasks.doc_id, tasks.section))
    is_leaf = [
        not any(doc == row.doc_id and section.startswith(row.section + "/") for doc, section in sections)
        for row in tasks.itertuples()
    ]
    return tasks[is_leaf].reset_index(drop=True)


def coding_text(raw: str, start: int, end: int) -> str:
    """The task text ``raw[start:end]``, normalised, with attributions blanked (same length)."""
    text = normalise(raw[start:end])
    return ATTRIBUTION.sub(lambda match: " " * len(match.group(0)), text)


def cue_hits(text: str, sub: SubType) -> list[tuple[str, int]]:
    """(cue, offset) for every cue of ``sub`` in ``text``, in text order, longest cue first at a position."""
    hits = [(cue, match.start()) for cue in sub.cues for match in re.finditer(re.escape(cue), text)]
    return sorted(hits, key=lambda hit: (hit[1], -len(hit[0])))


def rule_codes(text: str) -> dict[str, list[tuple[str, int]]]:
    """Sub-type → cue hits, for every sub-type whose cues occur at least ``MIN_HITS`` times in
    ``text`` (distinct positions) or once in its first line (the heading)."""
    heading_end = min((pos for pos in (text.find(mark) for mark in "。\n") if pos > 0), default=len(text))
    codes = {}
    for sub in CODEBOOK:
        hits = cue_hits(text, sub)
        positions = {offset for _, offset in hits}
        if len(positions) >= MIN_HITS or any(offset < heading_end for offset in positions):
            codes[sub.code] = hits
    return codes


#: a cue must occur this often in a task's body to code it (once suffices in the heading)
MIN_HITS = 2


def sentence_around(raw: str, offset: int, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``raw`` (within ``start:end``) containing ``offset``: from after the
    previous 。；;\\n to the next one inclusive, without surrounding white space."""
    left = max((raw.rfind(mark, start, offset) for mark in "。；;\n"), default=-1)
    left = max(left + 1, start)
    rights = [pos for pos in (raw.find(mark, offset, end) for mark in "。；;\n") if pos != -1]
    right = min(rights) + 1 if rights else end
    while left < right and raw[left].isspace():
        left += 1
    while right > left and raw[right - 1].isspace():
        right -= 1
    return left, right


COLUMNS = [
    "code_id", "task_id", "doc_id", "instrument", "subtype", "rule_code", "reviewed_code",
    "cues", "evidence", "evidence_start", "evidence_end", "reviewed", "note",
]


def rule_rows(tasks: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """One row per (leaf task, rule-coded sub-type): the cues found and the sentence of the
    first cue as evidence, with its offsets in the raw text. ``reviewed`` is False."""
    rows = []
    for task in leaf_tasks(tasks).itertuples():
        raw = texts[task.doc_id]
        text = coding_text(raw, task.char_start, task.char_end)
        for code, hits in rule_codes(text).items():
            start, end = sentence_around(raw, task.char_start + hits[0][1], task.char_start, task.char_end)
            rows.append({
                "code_id": f"{task.task_id}-{code}", "task_id": task.task_id, "doc_id": task.doc_id,
                "instrument": SUBTYPES[code].instrument, "subtype": code, "rule_code": True,
                "reviewed_code": True, "cues": ";".join(dict.fromkeys(cue for cue, _ in hits)),
                "evidence": raw[start:end], "evidence_start": start, "evidence_end": end,
                "reviewed": False, "note": "",
            })
    return sort_codes(pd.DataFrame(rows, columns=COLUMNS))


def sort_codes(codes: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by their key ``code_id`` (task, then sub-type), as every table is."""
    return codes.sort_values("code_id").reset_index(drop=True)
