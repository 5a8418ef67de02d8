"""An audit entry's details (stored as JSON) as one line of Chinese for people to read.

The stored JSON stays the record (it is what the hash chain covers and what the workbook
keeps in its own column); this is only its reading. Unknown keys are shown as they are.
"""
from __future__ import annotations

import json
from typing import Any

from models.foundation.vocabulary import (
    CONTACT_LABELS,
    FIELD_LABELS,
    PROJECT_LABELS,
    ROLE_LABELS,
    SCOPE_LABELS,
)

EVENT_LABELS = {"event_date": "日期", "category": "类别", "title": "标题", "content": "内容",
                "source_department": "来源部门"}

KEY_LABELS = {
    "reason": "理由", "scopes": "范围", "days": "天数", "expires_at": "到期", "request_id": "申请编号",
    "grant_id": "授权编号", "grantee": "被授权人", "grantee_id": "被授权人编号", "requester_id": "申请人编号",
    "event_id": "事项编号", "category": "类别", "title": "标题", "contact": "联系人", "project": "项目",
    "changes": "修改", "role": "角色", "admin": "管理员", "department": "部门", "demo": "演示账号",
    "customers": "客户数", "seed": "种子", "file": "文件", "sha256": "SHA-256", "counts": "数量",
    "filter": "筛选", "codes": "客户编号", "sensitive": "含敏感信息", "watermark": "水印",
    "rows": "行数", "what": "内容", "handover": "交接单", "leaver": "离职人员", "from": "原负责人",
    "owner": "负责客服", "status": "状态", "previous_status": "原状态", "name": "名称",
    "action": "操作", "username": "用户名", "machine": "电脑", "created": "新建", "updated": "更新",
    "skipped": "跳过", "selection": "选中客户数", "text": "关键字", "class": "分类",
    "display_name": "姓名", "is_admin": "管理员", "company_name": "公司名称", "custody": "负责客户数",
    "cleared_failures": "清除的登录失败次数", "import": "导入文件", "import_max_rows": "导入行数上限",
    "problems": "问题数", "duplicates": "重复数", "contacts": "联系人", "projects": "合作项目",
    "events": "重要事项",
    "entry_id": "记录编号", "entries": "记录条数", "checkpoint": "检查点",
    "old_head_id": "旧摘要所指记录", "old_head_sha256": "旧摘要", "set_aside_as": "另存为",
    "size": "大小", "backup_taken": "备份时间", "schema_version": "档案版本",
    "replaced_head": "被替换档案的最新记录", "keep_daily": "每日保留份数", "keep_weekly": "每周保留份数",
    "recorded_on": "登记日期",
}
VALUE_LABELS = {**ROLE_LABELS, **SCOPE_LABELS, "active": "正常", "archived": "已归档", "all": "全部",
                "audit_log": "审计日志"}


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if value is None:
        return "—"
    if isinstance(value, list):
        return "、".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "，".join(f"{KEY_LABELS.get(k, k)} {_value(v)}" for k, v in value.items())
    text = str(value)
    return VALUE_LABELS.get(text, text)


def _changes(changes: dict[str, Any], labels: dict[str, str]) -> str:
    parts = []
    for field, pair in changes.items():
        label = labels.get(field) or FIELD_LABELS.get(field) or KEY_LABELS.get(field, field)
        if isinstance(pair, list) and len(pair) == 2:
            old, new = (_value(v) if v not in ("", None) else "（空）" for v in pair)
            parts.append(f"{label}：{old} → {new}")
        else:
            parts.append(f"{label}：{_value(pair)}")
    return "；".join(parts)


def details_text(raw: str) -> str:
    """'{"reason": "拜访", "scopes": ["view"]}' → '理由：拜访；范围：查看'."""
    try:
        details = json.loads(raw or "{}")
    except ValueError:
        return raw
    if not isinstance(details, dict):
        return _value(details)
    labels = (CONTACT_LABELS if "contact" in details else PROJECT_LABELS if "project" in details
              else EVENT_LABELS if "event_id" in details else FIELD_LABELS)
    parts = []
    for key, value in details.items():
        if key == "changes" and isinstance(value, dict):
            if value:
                parts.append(_changes(value, labels))
        else:
            parts.append(f"{KEY_LABELS.get(key, key)}：{_value(value)}")
    return "；".join(parts)
