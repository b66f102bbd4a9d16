"""The import dialog driven as a reviewer would: preview, encoding override, options, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.ingest.plan import RowStatus
from ui.dialogs.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.models.import_preview_model import ENCODING, FILE, STATUS

ARTICLE = (
    "أعلنت وزارة الصحة في ليبيا ارتفاع عدد ضحايا الفيضانات في مدينة درنة إلى أكثر من خمسة آلاف.\n"
    "وقال المتحدث باسم الوزارة إن فرق الإنقاذ ما زالت تبحث عن المفقودين تحت الأنقاض.\n"
    "اقرأ أيضاً: عاصفة دانيال تضرب شرق ليبيا\n"
)


def make_folder(root: Path) -> Path:
    folder = root / "درنة"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, "utf-8")
    (folder / "b-notepad.txt").write_bytes(
        ARTICLE.replace("ليبيا", "ليبيا الشرقية").encode("cp1256")
    )
    (folder / "c.txt").write_bytes("Le café de la rue, où l'on dîne.".encode("cp1252"))
    (folder / "copy.md").write_text(ARTICLE, "utf-8")
    (folder / "sub" / "deep.txt").write_text("مقال في مجلد فرعي عن الفيضانات في ليبيا", "utf-8")
    return folder


def close_summary_when_shown(seen: list[str]) -> None:
    def attempt() -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox)
                and w.objectName() == "ImportSummary"
                and w.isVisible()
            ),
            None,
        )
        if box is None:
            QTimer.singleShot(20, attempt)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(20, attempt)


def open_dialog(window: MainWindow, folder: Path, qtbot: QtBot) -> ImportDialog:
    dialog = window.library.import_folder(folder)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.task is None, timeout=10000)
    return dialog


def statuses(dialog: ImportDialog) -> dict[str, RowStatus]:
    return {row.label: row.status for row in dialog.model.rows}


def test_preview_override_and_import(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    dialog = open_dialog(window, folder, qtbot)
    assert statuses(dialog) == {
        "a.txt": RowStatus.NEW,
        "b-notepad.txt": RowStatus.NEAR_DUPLICATE,  # one word changed from a.txt
        "c.txt": RowStatus.ERROR,
        "copy.md": RowStatus.DUPLICATE,
    }
    model = dialog.model
    notepad = next(i for i, r in enumerate(model.rows) if r.label == "b-notepad.txt")
    assert model.index(notepad, ENCODING).data() == "cp1256 (guessed)"
    broken = next(i for i, r in enumerate(model.rows) if r.label == "c.txt")
    status = model.index(broken, STATUS).data()
    assert "position \u20686\u2069" in status  # the number isolated: it keeps its place in Arabic
    assert "position 6" in status.replace("\u2068", "").replace("\u2069", "")
    assert "1 with errors" in dialog.status.text()

    # The reviewer picks an encoding for the broken file and sees it re-decoded at once.
    model.setData(model.index(broken, ENCODING), "cp1252", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: dialog.task is None and statuses(dialog)["c.txt"] is RowStatus.NEW)
    row = next(r for r in dialog.model.rows if r.label == "c.txt")
    assert row.encoding == "cp1252" and row.text == "Le café de la rue, où l'on dîne."
    assert dialog.text_preview.toPlainText() == row.text

    dialog.recursive.setChecked(True)
    qtbot.waitUntil(lambda: dialog.task is None and "deep.txt" in statuses(dialog))
    first = next(i for i, r in enumerate(dialog.model.rows) if r.label == "a.txt")
    dialog.model.setData(
        dialog.model.index(first, FILE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.import_button.text() == "Import 3 Articles"

    seen: list[str] = []
    close_summary_when_shown(seen)
    with (
        qtbot.waitSignal(window.library.sig_imported, timeout=10000),
        qtbot.waitSignal(dialog.sig_imported, timeout=10000) as imported,
    ):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = imported.args[0]
    assert report.collection_name == "درنة" and report.imported == 3
    qtbot.waitUntil(lambda: bool(seen))
    assert "Imported 3 articles" in seen[0] and "Skipped 1 duplicate" in seen[0]
    assert window.library.model.collection_names[report.collection_id] == "درنة"
    assert {p.article.summary.original_filename for p in window.side_by_side.panes} == {
        "b-notepad.txt",
        "c.txt",
        "deep.txt",
    }
    imported_c = next(
        p for p in window.side_by_side.panes if p.article.summary.original_filename == "c.txt"
    )
    assert imported_c.article.text == "Le café de la rue, où l'on dîne."


def test_adding_to_an_existing_collection_finds_its_duplicates(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from app.resources import seeds_dir

    folder = tmp_path / "again"
    folder.mkdir()
    seed = seeds_dir() / "000_74d106d3a341b1ed.txt"
    (folder / "same.txt").write_bytes(seed.read_bytes())
    dialog = open_dialog(window, folder, qtbot)
    assert statuses(dialog) == {"same.txt": RowStatus.NEW}  # new collection: nothing to clash
    dialog.existing_choice.setChecked(True)
    qtbot.waitUntil(
        lambda: dialog.task is None and statuses(dialog)["same.txt"] is RowStatus.DUPLICATE
    )
    assert not dialog.import_button.isEnabled()


def test_cancelled_import_changes_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from app.library.queries import counts

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(600):
        (folder / f"{i:04d}.txt").write_text(f"مقال رقم {i} " + ARTICLE * 3, "utf-8")
    before = counts(window.workspace.sessions)
    dialog = open_dialog(window, folder, qtbot)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.task is not None)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert dialog.report is None
    assert counts(window.workspace.sessions) == before
    assert dialog.isVisible()
