"""The service report as a workbook (openpyxl write-only): 概览 (the figures), 分类统计
(counts by kind, category, severity, department), 重复投诉 (repeat complainants) and 明细
(one row per record). Text cells never become formulas."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from exports import PathArg
from exports.excel import print_setup, text_cell
from models.service.dto import ServiceReport


def _pct(v: Any) -> Any:
    return "" if v is None else round(v * 100, 1)


def _h(v: Any) -> Any:
    return "" if v is None else round(v, 2)


def write_report(rep: ServiceReport, path: PathArg) -> int:
    """Write the workbook to `path`; returns the number of detail rows."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("概览")
    print_setup(ws, title_rows=None, landscape=False)   # label/value lines
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 16
    for label, value in (
            ("期间", f"{rep.date_from} ~ {rep.date_to}"), ("服务单总数", rep.total),
            ("已判断投诉", rep.judged), ("有效投诉占比 %（含部分有效）", _pct(rep.justified_share)),
            ("首次响应 中位数（工作小时）", _h(rep.response_median)),
            ("首次响应 P90（工作小时）", _h(rep.response_p90)),
            ("解决用时 中位数（工作小时）", _h(rep.resolution_median)),
            ("解决用时 P90（工作小时）", _h(rep.resolution_p90)), ("已解决", rep.resolved),
            ("按期解决占比 %", _pct(rep.on_time_share)), ("一次解决率 %", _pct(rep.first_contact_share)),
            ("平均满意度（1–5）", _h(rep.satisfaction_mean))):
        ws.append([text_cell(ws, label), text_cell(ws, value) if isinstance(value, str) else value])
    ws = wb.create_sheet("分类统计")
    print_setup(ws)
    ws.append(["维度", "项目", "数量"])
    for dim, counts in (("类型", rep.by_kind), ("投诉类别", rep.by_category), ("严重程度", rep.by_severity),
                        ("责任部门", rep.by_dept)):
        for key, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            ws.append([dim, text_cell(ws, key), n])
    ws = wb.create_sheet("重复投诉")
    print_setup(ws)
    ws.append(["客户编号", "客户名称", "投诉次数"])
    for code, name, n in rep.repeat_complainants:
        ws.append([text_cell(ws, code), text_cell(ws, name), n])
    ws = wb.create_sheet("明细")
    print_setup(ws)
    ws.append(["编号", "类型", "客户编号", "客户", "严重程度", "类别", "责任部门", "判断", "首次响应（工作小时）",
               "解决用时（工作小时）", "已解决", "逾期", "重新打开次数", "满意度"])
    for r in rep.rows:
        ws.append([text_cell(ws, r.number), r.kind, text_cell(ws, r.code), text_cell(ws, r.customer), r.severity,
                   r.category, text_cell(ws, r.dept), r.verdict, _h(r.response_hours), _h(r.resolution_hours),
                   "是" if r.resolved else "否", "是" if r.missed_resolution else "否", r.reopen_count,
                   r.satisfaction if r.satisfaction is not None else ""])
    wb.save(str(Path(path)))
    return len(rep.rows)
