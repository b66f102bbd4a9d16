"""Outlet and date stay editable after import: the dialog, the database and the change log."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.library.editing import ArticleDetails, details_of, update_details
from app.review.history import History
from db.models import ChangeLogEntry
from ui.dialogs.article_details import ArticleDetailsDialog
from ui.main_window import MainWindow


def test_edit_outlet_and_date_from_the_pane(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.side_by_side.panes[0]
    article_id = pane.article.summary.id
    edit = next(
        b for b in pane.findChildren(QToolButton) if b.accessibleName() == "Edit article details"
    )
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ArticleDetailsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.outlet.setCurrentText("الشرق الأوسط")
    dialog.date.setText("13 سبتمبر 2023")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(window.outlets.sig_refreshed, timeout=5000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    pane = next(p for p in window.side_by_side.panes if p.article.summary.id == article_id)
    assert "الشرق الأوسط" in pane.meta_label.text() and "13 Sep 2023" in pane.meta_text()
    assert details_of(window.workspace.sessions, article_id).published_on == dt.date(2023, 9, 13)


def test_bad_date_is_explained_not_saved(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.outlets.edit_article(window.side_by_side.panes[1].article.summary.id)
    assert dialog is not None
    dialog.date.setText("الأسبوع الماضي")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "cannot be read" in dialog.error.text()
    dialog.reject()


def test_update_details_logs_before_and_after_and_undoes(workspace) -> None:  # type: ignore[no-untyped-def]
    sessions = workspace.sessions
    history = History(sessions, reviewer="مها")
    before = details_of(sessions, 1)
    summary = update_details(history, 1, ArticleDetails("عنوان جديد", "وكالة", None, None))
    assert (summary.title, summary.outlet, summary.published_on) == ("عنوان جديد", "وكالة", None)
    after = details_of(sessions, 1)
    assert (after.outlet_origin, after.date_origin) == ("reviewer", None)
    with sessions() as s:
        (entry,) = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "article.edit"))
        rows = {r["table"]: r for r in entry.payload["rows"]}
        assert rows["articles"]["before"]["title"] == before.title
        assert rows["sources"]["after"]["name"] == "وكالة"
    history.undo()
    assert details_of(sessions, 1) == before
    with pytest.raises(ValueError, match="needs a title"):
        update_details(history, 1, ArticleDetails("  ", None, None, None))
