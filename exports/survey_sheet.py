"""The satisfaction answers sheet (满意度调查导入): its columns and a template to fill in.

One row per answer: the rows of one survey share 客户编号, 调查日期, 渠道, 问卷 (and 受访人,
服务单号), or carry the same 调查序号. Reading goes through exports.xlsx_import (zip-bomb
and size checks, defusedxml, visible sheets only, the row limit); this module names the
columns and writes the downloadable template (a pure format: lists in, a file out).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from exports import PathArg

SHEET = "满意度调查"
HELP_SHEET = "填写说明"

# field -> recognised header names (first is the canonical one, as the template writes it)
SURVEY_HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("客户编号", "编号", "客户代码"),
    "date": ("调查日期", "日期", "回访日期"),
    "channel": ("渠道", "调查渠道", "方式", "调查方式"),
    "template": ("问卷", "问卷名称"),
    "indicator": ("指标", "满意度指标"),
    "score": ("分数", "评分", "得分", "分数(1-5)", "分数（1–5）"),
    "nps": ("推荐意愿", "推荐意愿(0-10)", "推荐意愿（0–10）", "NPS"),
    "comment": ("客户意见", "意见", "备注"),
    "person": ("受访人", "关键人", "联系人"),
    "service": ("服务单号", "服务单"),
    "group": ("调查序号", "序号"),
}
IGNORED_HEADERS = {"客户名称"}          # the template's reminder of who the code is
REQUIRED = ("code", "date", "channel", "template", "indicator", "score")
LABELS = {f: names[0] for f, names in SURVEY_HEADERS.items()}
WIDTHS = {"code": 14, "date": 12, "channel": 8, "template": 14, "indicator": 12, "score": 8, "nps": 10,
          "comment": 30, "person": 10, "service": 16, "group": 10}
COLUMNS = ("code", "date", "channel", "template", "indicator", "score", "nps", "comment", "person",
           "service", "group")

HELP = (
    "每行一个回答：同一次调查的几个指标写成几行，客户编号、调查日期、渠道、问卷（以及受访人、服务单号）相同；"
    "同一客户同一天有两次调查时，用“调查序号”区分（序号相同的行是同一次调查）。",
    "必填：客户编号、调查日期、渠道、问卷、指标、分数（1–5：1 很不满意，2 不满意，3 一般，4 满意，5 很满意）。",
    "推荐意愿（0–10）只在问卷有推荐问题时填写，一次调查填一次即可；客户意见同样填在任意一行。",
    "填写服务单号的调查记为“回访”，否则记为“满意度调查”；每次调查都会写入客户卡第二页。",
    "只能为自己可以编辑的客户导入；文件中任何一行有问题都不会导入任何数据，请先“检查”（试运行）。",
    "隐藏的工作表不会被读取；请在“满意度调查”工作表填写。",
)


def write_template(path: PathArg, *, channels: Any, templates: Any, indicators: Any) -> Path:
    """The template: the answers sheet with its headers, lists for 渠道/问卷/指标, 1–5 and 0–10
    checks on 分数/推荐意愿, and the 填写说明 sheet."""
    target = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for col, fld in enumerate(COLUMNS, 1):
        name = LABELS[fld] + ("*" if fld in REQUIRED else "")
        cell = ws.cell(row=1, column=col, value=name)
        cell.font, cell.fill = bold, fill
        ws.column_dimensions[cell.column_letter].width = WIDTHS[fld]
    ws.freeze_panes = "A2"

    def choice(letter: str, values: Any) -> None:
        values = [str(v) for v in values if str(v)]
        if not values or len(",".join(values)) > 250:     # Excel's limit for an inline list
            return
        dv = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
        dv.add(f"{letter}2:{letter}1000")
        ws.add_data_validation(dv)

    choice("C", channels)
    choice("D", templates)
    choice("E", indicators)
    # the scores are refused in Excel already; the lists only offer (a newer questionnaire may exist)
    score = DataValidation(type="whole", operator="between", formula1="1", formula2="5", allow_blank=True,
                           showErrorMessage=True)
    score.error, score.errorTitle = "分数必须是 1–5 的整数", "分数"
    score.add("F2:F1000")
    ws.add_data_validation(score)
    nps = DataValidation(type="whole", operator="between", formula1="0", formula2="10", allow_blank=True,
                         showErrorMessage=True)
    nps.error, nps.errorTitle = "推荐意愿必须是 0–10 的整数", "推荐意愿"
    nps.add("G2:G1000")
    ws.add_data_validation(nps)
    help_ws = wb.create_sheet(HELP_SHEET)
    help_ws.column_dimensions["A"].width = 110
    help_ws.cell(row=1, column=1, value="满意度调查导入：填写说明").font = bold
    for i, line in enumerate(HELP, 2):
        help_ws.cell(row=i, column=1, value=line)
    try:
        wb.save(str(target))
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target
