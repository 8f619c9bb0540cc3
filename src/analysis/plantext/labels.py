"""User-facing words of notebook 04 and the profiles' plan-text sections, in both languages.

Kept here until the project's label catalogue (``analysis.labels``) takes them over.
"""

from __future__ import annotations

from analysis.plantext.instruments import SUBTYPES

LABELS: dict[str, dict[str, str]] = {
    "supply": {"zh": "供给型", "en": "Supply"},
    "environment": {"zh": "环境型", "en": "Environment"},
    "demand": {"zh": "需求型", "en": "Demand"},
    "share_of_codes": {"zh": "编码占比", "en": "Share of codes"},
    "document": {"zh": "文件", "en": "Document"},
    "subtype": {"zh": "政策工具子类", "en": "Instrument sub-type"},
    "source": {"zh": "来源文件", "en": "Found in"},
    "any": {"zh": "任一其他文件", "en": "Any other plan"},
    "city": {"zh": "市级规划（引文）", "en": "City plan (quoted)"},
    "share_task_text": {"zh": "任务文本中与其他文件相同的比例", "en": "Share of task text found in another text"},
    "agency": {"zh": "责任单位", "en": "Agency"},
    "lead": {"zh": "牵头", "en": "Leads"},
    "shared": {"zh": "参与", "en": "Shares"},
    "tasks": {"zh": "任务数", "en": "Tasks"},
    "no_task": {"zh": "不在任何任务下（目标章节）", "en": "Under no task (goal sections)"},
    "targets_by_instrument": {"zh": "目标所在任务的政策工具", "en": "Instruments of the tasks the targets stand under"},
    "instruments_by_document": {"zh": "各文件的政策工具结构", "en": "Instrument mix by document"},
    "subtypes_by_document": {"zh": "各文件的政策工具子类", "en": "Instrument sub-types by document"},
    "network": {"zh": "共同责任网络（同一任务的单位相连）", "en": "Co-responsibility network (agencies named for the same task)"},
    "reuse_heatmap": {"zh": "任务文本的重复使用", "en": "Reuse of task text"},
    "section": {"zh": "章节", "en": "Section"},
    "passage": {"zh": "相同段落", "en": "Shared passage"},
    "length": {"zh": "长度（字）", "en": "Length (characters)"},
    "other": {"zh": "另一文件", "en": "Other text"},
    "agreement.rule_codes": {"zh": "规则编码数", "en": "Codes by the rules"},
    "agreement.reviewed_codes": {"zh": "复核后编码数", "en": "Codes after review"},
    "agreement.kept": {"zh": "保留", "en": "Kept"},
    "agreement.dropped": {"zh": "删去", "en": "Dropped"},
    "agreement.added": {"zh": "补充", "en": "Added"},
    "agreement.precision": {"zh": "精确率", "en": "Precision"},
    "agreement.recall": {"zh": "召回率", "en": "Recall"},
    "agreement.tasks": {"zh": "任务数", "en": "Tasks"},
    "agreement.tasks_unchanged": {"zh": "编码未变的任务", "en": "Tasks unchanged by review"},
    "agreement.share_tasks_changed": {"zh": "复核改变编码的任务比例", "en": "Share of tasks changed by review"},
}


def label(key: str, lang: str) -> str:
    """The word for ``key`` in ``lang``; sub-type codes give the codebook's names."""
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    if key in SUBTYPES:
        return getattr(SUBTYPES[key], f"name_{lang}")
    if key not in LABELS:
        raise KeyError(f"no plan-text label {key!r}")
    return LABELS[key][lang]
