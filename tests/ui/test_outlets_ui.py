"""Outlets in the window: unnamed panes invite naming, many articles named at once, the
import preview's outlet column, the Outlets dialog; every change undone with Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot

from app.library.queries import list_articles
from app.outlets.service import list_outlets
from tests.ui.test_import_dialog import close_summary_when_shown, open_dialog
from ui.dialogs.outlet_dialogs import NameOutletDialog
from ui.main_window import MainWindow
from ui.models.import_preview_model import OUTLET, OUTLET_FROM

BODY = (
    "أعلنت السلطات في المدينة ارتفاع عدد المصابين في الحادث إلى أربعين شخصا، وقالت إن فرق "
    "الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض حتى ساعة متأخرة من الليل.\n"
)


def pane(window: MainWindow, prefix: str):  # type: ignore[no-untyped-def]
    return next(
        p
        for p in window.side_by_side.panes
        if (p.article.summary.original_filename or "").startswith(prefix)
    )


def test_an_unnamed_pane_invites_naming_and_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    unnamed = pane(window, "000")
    named = pane(window, "004")
    assert "Name the outlet…" in unnamed.meta_text() and named.outlet_named
    assert "000_74d106d3a341b1ed" not in unnamed.meta_text()  # no long hashed name
    assert "سكاي نيوز عربية" in named.meta_text() and "Name the outlet" not in named.meta_text()
    unnamed.meta_label.linkActivated.emit("name-outlet")  # what a click on the link does
    dialog = window.findChild(NameOutletDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.outlet.setCurrentText("الشرق الأوسط")
    with qtbot.waitSignal(window.outlets.sig_refreshed, timeout=5000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    unnamed = pane(window, "000")
    assert unnamed.outlet_named and "Name the outlet" not in unnamed.meta_text()
    assert "الشرق الأوسط" in unnamed.meta_text()
    assert "الشرق الأوسط" in window.comparison.labels().values()
    with qtbot.waitSignal(window.outlets.sig_refreshed, timeout=5000):
        window.tagging.actions["undo"].trigger()
    assert not pane(window, "000").outlet_named


def test_many_articles_named_at_once_from_the_sidebar_then_merged(
    window: MainWindow, qtbot: QtBot
) -> None:
    ids = [a.id for a in list_articles(window.workspace.sessions, 1)]
    dialog = window.outlets.name_outlet(ids[:2])
    assert dialog is not None
    dialog.outlet.setCurrentText("بي بي سي")
    with qtbot.waitSignal(window.outlets.sig_refreshed, timeout=5000):
        dialog.accept()
    dialog = window.outlets.name_outlet(ids[2:3])
    assert dialog is not None
    dialog.outlet.setCurrentText("BBC Arabic")
    with qtbot.waitSignal(window.outlets.sig_refreshed, timeout=5000):
        dialog.accept()
    outlets = window.outlets.show_outlets()
    assert outlets is not None
    qtbot.waitUntil(lambda: len(outlets.outlets) >= 3, timeout=5000)
    by_name = {o.name: o for o in outlets.outlets}
    with qtbot.waitSignal(window.outlets.sig_refreshed, timeout=5000):
        outlets.sig_merge_requested.emit(
            [by_name["بي بي سي"].id, by_name["BBC Arabic"].id], by_name["بي بي سي"].id
        )
    merged = {o.name: o for o in list_outlets(window.workspace.sessions, 1)}
    assert merged["بي بي سي"].articles == 3 and merged["بي بي سي"].aliases == ("BBC Arabic",)
    qtbot.waitUntil(lambda: "BBC Arabic" not in {o.name for o in outlets.outlets}, timeout=5000)
    assert outlets.merge_button.text() and not outlets.rename_button.isEnabled()
    outlets.close()


def test_the_import_preview_names_outlets_before_import(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "حادث"
    folder.mkdir()
    (folder / "a.txt").write_text(f"المصدر: سكاي نيوز\n{BODY}", "utf-8")
    (folder / "b.txt").write_text(BODY + "وأضافت أن المستشفيات في حالة تأهب.\n", "utf-8")
    (folder / "c.txt").write_text(BODY + "وقال شاهد عيان إن الانفجار سمع من بعيد.\n", "utf-8")
    dialog = open_dialog(window, folder, qtbot)
    model = dialog.model
    rows = {r.label: i for i, r in enumerate(model.rows)}
    assert model.index(rows["a.txt"], OUTLET).data() == "سكاي نيوز عربية"
    assert model.index(rows["a.txt"], OUTLET_FROM).data() == "source line"
    assert "المصدر: سكاي نيوز" in model.index(rows["a.txt"], OUTLET).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "not named" in model.index(rows["b.txt"], OUTLET).data()
    # one name for two selected files, then one typed into the cell
    dialog.table.selectRow(rows["b.txt"])
    dialog.table.selectionModel().select(
        model.index(rows["c.txt"], 0),
        dialog.table.selectionModel().SelectionFlag.Select
        | dialog.table.selectionModel().SelectionFlag.Rows,
    )
    name = dialog.ask_outlet()
    assert name is not None
    name.outlet.setCurrentText("عنب بلدي")
    name.accept()
    assert model.index(rows["c.txt"], OUTLET).data() == "عنب بلدي"
    assert model.index(rows["c.txt"], OUTLET_FROM).data() == "by hand"
    model.setData(model.index(rows["b.txt"], OUTLET), "المشهد", Qt.ItemDataRole.EditRole)
    seen: list[str] = []
    close_summary_when_shown(seen)
    with qtbot.waitSignal(window.library.sig_imported, timeout=10000):
        dialog.import_button.click()
    imported = {a.original_filename: a.outlet for a in list_articles(window.workspace.sessions, 2)}
    assert imported == {"a.txt": "سكاي نيوز عربية", "b.txt": "المشهد", "c.txt": "عنب بلدي"}


def test_rename_asks_for_the_new_name(window: MainWindow, qtbot: QtBot) -> None:
    outlets = window.outlets.show_outlets()
    assert outlets is not None
    qtbot.waitUntil(lambda: bool(outlets.outlets), timeout=5000)
    outlets.table.selectRow(0)
    outlets.rename()
    ask = outlets.findChild(QInputDialog, "RenameOutletDialog")
    assert ask is not None
    ask.setTextValue("Sky News Arabia")
    with qtbot.waitSignal(window.outlets.sig_refreshed, timeout=5000):
        ask.accept()
    assert "Sky News Arabia" in pane(window, "004").meta_label.text()
    outlets.close()


def test_web_addresses_from_the_dialog(window: MainWindow, qtbot: QtBot, site: str) -> None:
    from ui.dialogs.address_dialog import AddressDialog

    dialog = window.library.import_folder(web=True)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.findChild(AddressDialog) is not None, timeout=5000)
    ask = dialog.findChild(AddressDialog)
    ask.text.setPlainText(f"{site}/second\nnot an address\n{site}/feed")
    assert ask.status.text() == "2 addresses to fetch · 1 line is not a web address"
    ask.accept()
    qtbot.waitUntil(lambda: dialog.task is None and len(dialog.model.rows) == 4, timeout=15000)
    assert [r.title for r in dialog.model.rows][:2] == ["الثاني", "انهيار الجسر"]
    assert dialog.model.rows[0].status.value == "new"
    assert dialog.model.rows[2].status.value == "duplicate"  # the feed's «الثاني» again
    dialog.reject()
