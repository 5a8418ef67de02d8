"""Regenerate the README's satisfaction screenshot (满意度分析) on Qt's offscreen platform.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_quality.py [OUT_DIR]

A throw-away seeded demo archive with two questionnaires, 160 surveys over the last year and
five goals; saves quality_analysis.png (1366×740, the analysis window by indicator over the
last 12 months) and, with --all, the other satisfaction screens for a look.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui import pyside_compat  # noqa: E402

pyside_compat.install()


def main(argv: list[str]) -> int:
    everything = "--all" in argv
    args = [a for a in argv if a != "--all"]
    out = Path(args[0] if args else ROOT / "docs" / "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="client-archive-quality-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["XDG_DATA_HOME"] = str(work / "data")

    from models.accounts import staff
    from models.archive import customers
    from models.demo import generator as demo
    from models.maintenance import opening
    from models.quality import goals, surveys, templates
    from ui import settings
    from ui.fonts import ensure_cjk_font
    from ui.mainwindow import MainWindow

    app = QApplication(["client-archive"])
    QCoreApplication.setOrganizationName(settings.ORG_NAME)
    QCoreApplication.setApplicationName(settings.APP_NAME)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qsettings"))
    ensure_cjk_font(app)
    opening.open_archive(str(work / "archive.db"))
    boss = staff.create_first_manager("boss", "screen-shot-1", "王主管", company_name="华东示例贸易有限公司")
    demo.generate(boss, 120, agents=4, seed=11)
    templates.add_template(boss, "季度满意度调查", [
        ("您对我们产品的质量满意吗", "产品质量"), ("您对服务人员的态度和专业满意吗", "服务质量"),
        ("您觉得价格合理吗", "价格"), ("交货是否及时", "交付及时性")], nps_question="您会向同行推荐我们吗？")
    templates.add_template(boss, "投诉回访", [("您对投诉的处理结果满意吗", "投诉处理")], auto_followup=True)
    rng, today = random.Random(3), dt.date.today()
    rows = customers.list_customers(boss, limit=120)
    for _ in range(160):
        c = rng.choice(rows)
        answers = {k: max(1, min(5, round(rng.gauss(4.1 if k != "价格" else 3.4, 0.9))))
                   for k in ("产品质量", "服务质量", "价格", "交付及时性")}
        surveys.record_survey(boss, c.code, template="季度满意度调查", channel=rng.choice(["电话", "问卷", "上门", "网络"]),
                              answers=answers, nps=rng.choice([10, 9, 9, 8, 7, 6, 10, 9, 5]),
                              date=today - dt.timedelta(days=rng.randint(0, 330)), today=today)
    for metric, target, period in (("csat", 85, "month"), ("nps", 30, "month"), ("resolve_hours", 24, "month"),
                                   ("cadence", 80, "month"), ("csat:价格", 70, "quarter")):
        goals.add_goal(boss, metric, target, period=period)

    def wait(condition, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            app.processEvents()
            time.sleep(0.01)
            if time.monotonic() > end:
                raise TimeoutError("the window did not settle")
        for _ in range(10):
            app.processEvents()

    win = MainWindow(boss)
    win.resize(1366, 740)
    win.show()
    wait(lambda: not win.tasks.active and not win.model.loading)

    def shot(widget, name, size=None):
        if size:
            widget.resize(*size)
        widget.show()
        wait(lambda: not win.tasks.active)
        widget.grab().save(str(out / name))
        print(out / name)

    analysis = win.quality_feature.open_analysis()
    wait(lambda: analysis.result is not None)
    analysis.quick.setCurrentIndex(analysis.quick.findData("12"))
    analysis._quick()
    shot(analysis, "quality_analysis.png", (1366, 740))
    if everything:
        shot(win.quality_feature.open_goals(), "quality_goals.png", (1000, 660))
        shot(win.quality_feature.open_templates(), "quality_templates.png", (1300, 640))
        dlg = win.quality_feature.record(rows[0].id)
        wait(lambda: dlg.form_data is not None)
        for indicator, score in (("产品质量", 4), ("服务质量", 2), ("价格", 3)):
            dlg.scores[indicator].button(score).click()
        shot(dlg, "quality_survey.png")
    win.tasks.cancel_all()
    win.tasks.wait(5000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
