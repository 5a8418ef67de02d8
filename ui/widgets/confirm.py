"""The confirmation an irreversible bulk action asks first (freeze an account, move custody,
import rows, mark a greeting list sent): it says what will happen, with the counts from the
core's preview, and 取消 is the default button, so Enter or a stray Space changes nothing."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def confirm_box(parent, title: str, text: str, ok_text: str, on_ok) -> QMessageBox:
    """Open (never exec) a warning box; `on_ok` runs only when the user presses `ok_text`.
    The box keeps its buttons as .ok_button and .cancel_button (tests press them)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.ok_button = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    box.cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
    box.cancel_button.setText(QCoreApplication.translate("", "取消"))
    box.setDefaultButton(box.cancel_button)
    box.setEscapeButton(box.cancel_button)
    box.buttonClicked.connect(lambda b: on_ok() if b is box.ok_button else None)
    box.open()
    return box
