"""File → Export Report… in the real window: choices, the file written in the background,
the question before replacing a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def _dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path, fmt: str):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(window.tagging.tags), timeout=10000)
    dialog = window.export_report()
    assert dialog is not None and dialog.isVisible()
    dialog.open_when_done.setChecked(False)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    assert dialog.path.text().endswith(f".{fmt}")  # the suffix follows the format
    dialog.path.setText(str(tmp_path / f"تقرير.{fmt}"))
    return dialog


def test_export_html_with_chosen_sections_and_tags(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window, tmp_path, "html")
    assert "قمة بوتين" in dialog.scope_all.text()
    dialog.sections["notes"].setChecked(False)
    dialog.scope_tags.setChecked(True)
    assert dialog.tag_list.isEnabled()
    dialog.tag_list.item(0).setCheckState(Qt.CheckState.Checked)
    options = dialog.options()
    assert "notes" not in options.sections and len(options.tag_ids) == 1
    with qtbot.waitSignal(dialog.sig_exported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    path = blocker.args[0]
    page = Path(path).read_text("utf-8")
    assert 'id="notes"' not in page and 'id="coverage"' in page
    assert "Written:" in dialog.status.text()


def test_export_pdf_in_the_background_and_ask_before_replacing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window, tmp_path, "pdf")
    target = tmp_path / "تقرير.pdf"
    with qtbot.waitSignal(dialog.sig_exported, timeout=60000):
        dialog.start()
    assert target.read_bytes().startswith(b"%PDF")
    first = target.stat().st_mtime_ns

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(button))
            return
        assert "already exists" in box.text()
        box.button(button).click()

    QTimer.singleShot(20, lambda: answer(QMessageBox.StandardButton.No))
    assert dialog.start() is None  # declined: nothing started, the file kept
    assert target.stat().st_mtime_ns == first
    QTimer.singleShot(20, lambda: answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.sig_exported, timeout=60000):
        assert dialog.start() is not None


def test_cancel_while_the_pdf_is_being_written_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Cancel works in the writing step too (laying out, drawing and tagging the pages):
    the writer stops at its next page or heading."""
    dialog = _dialog(qtbot, window, tmp_path, "pdf")
    target = tmp_path / "تقرير.pdf"
    shown: list[str] = []
    status = dialog.status
    show_progress = dialog._progress

    def watch(done: int, total: int, message: str) -> None:  # what the window is told
        show_progress(done, total, message)
        shown.append(status.text())
        if "Writing the file" in status.text() and dialog.task is not None:
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog._progress = watch  # type: ignore[method-assign]
    handle = dialog.start()
    assert handle is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60000)
    assert "Writing the file" in shown
    assert status.text() == "Cancelled; no file was written."
    assert not target.exists() and not list(tmp_path.glob("*.pdf*"))
    assert dialog.export_button.isEnabled()
