"""Regenerate the README's screenshots from the running app on Qt's offscreen platform.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

Builds a throw-away demo archive (seeded, so the pictures are stable), opens the real windows
as a manager and as an agent, and saves PNGs (default: docs/screenshots). Open them and look
before committing: the point is to see what users see.
"""
from __future__ import annotations

import os
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

pyside_compat.install()   # before any Qt call, as the app does

PASSWORD = "screen-shot-1"


def wait(app, condition, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        app.processEvents()
        time.sleep(0.01)
        if time.monotonic() > end:
            raise TimeoutError("the window did not settle")
    for _ in range(5):
        app.processEvents()


def idle(window) -> bool:
    """Every service call runs on the window's task runner: the screen is ready when they answered."""
    return not window.tasks.active and not window.model.loading


def save(widget, out: Path, name: str) -> None:
    widget.grab().save(str(out / name))
    print(out / name)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else ROOT / "docs" / "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="client-archive-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["XDG_DATA_HOME"] = str(work / "data")

    from models.access_requests import requests
    from models.accounts import staff
    from models.archive import customers, events
    from models.demo import generator as demo
    from models.foundation import db
    from models.maintenance import opening
    from models.rules.auth import login
    from ui import settings
    from ui.exports.options import ExportOptionsDialog
    from ui.exports.preview import PdfPreviewDialog
    from ui.fonts import ensure_cjk_font
    from ui.mainwindow import MainWindow

    app = QApplication(["client-archive"])
    QCoreApplication.setOrganizationName(settings.ORG_NAME)
    QCoreApplication.setApplicationName(settings.APP_NAME)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qsettings"))
    ensure_cjk_font(app)

    opening.open_archive(str(work / "archive.db"))
    boss = staff.create_first_manager("boss", PASSWORD, "王主管", company_name="华东示例贸易有限公司")
    demo.generate(boss, 300, agents=4, seed=11)
    sales = staff.add_user(boss, "sun", PASSWORD, "staff", department="销售部", display_name="孙业务")
    sales_actor = login("sun", PASSWORD)
    rows = customers.list_customers(boss, limit=5)
    for row in rows[:2]:
        requests.request_access(sales_actor, row.code, "下周拜访客户，需了解合作历史", ["view", "export"])
    agent = login(rows[0].custodian_username, demo.DEMO_PASSWORD)
    events.report_event(sales_actor, rows[0].code, {"event_date": "2026-11-20", "category": "合作契机",
                                                    "title": "对方计划在成都开设分店",
                                                    "content": "展会上得知，明年一季度开业，可洽谈门店设备合作。"})
    del sales

    win = MainWindow(boss)
    win.resize(1280, 760)
    win.show()
    wait(app, lambda: idle(win))
    win.show_list()                     # the 今日 page is the first tab; this picture is the list
    wait(app, lambda: idle(win))
    win.table.selectRow(0)
    save(win, out, "main_window.png")

    card = win.open_card(rows[0].id)
    card.resize(1100, 820)
    wait(app, lambda: card.isVisible() and not card.is_loading and idle(win))
    save(card, out, "card_page1.png")
    card.tabs.setCurrentIndex(1)
    wait(app, lambda: True)
    save(card, out, "card_page2.png")
    card.force_close()

    dlg = ExportOptionsDialog(win, "pdf", win.exports_feature.scopes("pdf"), boss)
    dlg.show()
    wait(app, dlg.isVisible)
    save(dlg, out, "export_options.png")
    dlg.close()

    from models.transfer import exporting
    pdf = work / "card.pdf"
    exporting.export_pdf(boss, pdf, exporting.Selection(customers=(rows[0].id,)), watermark=True)
    def dialog_shot(widget, size, name, ready=lambda: True):
        widget.resize(*size)
        widget.show()
        wait(app, lambda: widget.isVisible() and ready())
        save(widget, out, name)
        widget.close()

    dialog_shot(PdfPreviewDialog(pdf, win), (900, 900), "print_preview.png")
    dialog_shot(win.access_feature.open_approvals(), (1000, 560), "approvals.png", ready=lambda: idle(win))
    dialog_shot(win.access_feature.open_audit(), (1200, 600), "audit_viewer.png", ready=lambda: idle(win))
    dialog_shot(win.admin_feature.open_accounts(), (1000, 520), "accounts.png", ready=lambda: idle(win))

    wizard = win.handover_feature.open_wizard()
    wizard.resize(1100, 720)
    wait(app, lambda: idle(win))
    wizard.leaver_box.setCurrentIndex(wizard.leaver_box.findData("agent04"))
    wizard.notes.setText("调往华南分公司")
    wizard.start()
    wait(app, lambda: getattr(wizard, "confirm", None) is not None and wizard.confirm.isVisible())
    wizard.confirm.ok_button.click()   # 冻结并开始交接: the box says what will happen first
    wait(app, lambda: wizard.stack.currentIndex() == 1 and idle(win))
    wizard._show_plan()
    wait(app, lambda: idle(win))
    wizard.check_receivers(["agent02", "agent03"])
    wait(app, lambda: wizard.execute_button.isEnabled())
    save(wizard, out, "handover_plan.png")
    wizard.close()
    win.close()

    inbox_win = MainWindow(agent)
    inbox_win.resize(1280, 760)
    inbox_win.show()
    wait(app, lambda: idle(inbox_win))
    inbox = inbox_win.inbox_feature.open_inbox()
    inbox.resize(960, 520)
    wait(app, lambda: inbox.isVisible() and idle(inbox_win))
    save(inbox, out, "inbox.png")
    inbox.close()
    inbox_win.close()
    db.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
