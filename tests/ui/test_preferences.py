"""Edit → Preferences…: each choice applied (name, theme, font, size) or kept for the next
start (language, data folder), and saved in the settings file."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.settings import load_settings
from ui.fonts import ARTICLE_POINT_SIZE
from ui.main_window import MainWindow


def test_preferences_apply_and_are_saved(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: bool(window.tagging.tags), timeout=10000)
    assert not window.window_actions.preferences.shortcut().isEmpty()  # Ctrl+, (Cmd+, on macOS)
    dialog = window.open_preferences()
    assert dialog.isVisible() and dialog.name_box.text() == "Tester"
    assert dialog.size_box.value() == ARTICLE_POINT_SIZE + window.settings.zoom_steps
    dialog.name_box.setText("ليلى")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.size_box.setValue(ARTICLE_POINT_SIZE + 3)
    dialog.folder.setText(str(tmp_path / "another"))
    dialog.accept()

    assert window.tagging.history is not None and window.tagging.history.reviewer == "ليلى"
    assert window.settings.theme == "dark"
    assert window.side_by_side.zoom_steps == 3
    pane = window.side_by_side.panes[0]
    assert pane.text_view.font().pointSize() == ARTICLE_POINT_SIZE + 3
    assert "next start" in window.statusBar().currentMessage()
    saved = load_settings(window.paths.settings_file)
    assert (saved.reviewer_name, saved.language, saved.theme) == ("ليلى", "ar", "dark")
    assert saved.data_dir == str(tmp_path / "another") and saved.zoom_steps == 3
    assert window.context.language == "en"  # the language changes at the next start
    window.appearance.set_theme("system")


def test_cancel_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: bool(window.tagging.tags), timeout=10000)
    before = load_settings(window.paths.settings_file)
    dialog = window.open_preferences()
    dialog.name_box.setText("someone else")
    dialog.reject()
    assert window.settings.reviewer_name == "Tester"
    assert load_settings(window.paths.settings_file) == before


def test_untouched_font_stays_automatic_and_a_given_folder_is_not_offered(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: bool(window.tagging.tags), timeout=10000)
    assert window.paths.explicit  # the tests open the window on --data-dir
    dialog = window.open_preferences()
    assert not dialog.folder.isEnabled()  # --data-dir wins: choosing here would do nothing
    dialog.accept()
    assert window.settings.article_font_family == ""  # the best installed font, chosen anew


def test_the_shipped_arabic_faces_are_the_default_and_another_can_be_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from ui.fonts import NASKH_FAMILY, READING_FAMILY, arabic_article_family, shipped_font_files

    names = {p.name for p in shipped_font_files()}
    assert {"Amiri-Regular.ttf", "Amiri-Bold.ttf"} <= names
    assert any(n.startswith("NotoSansArabic") for n in names)
    arabic = set(QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))
    assert {READING_FAMILY, NASKH_FAMILY} <= arabic  # registered, whatever the system has
    assert arabic_article_family() == READING_FAMILY  # the default on every system
    qtbot.waitUntil(lambda: bool(window.side_by_side.panes), timeout=10000)
    rtl = [p for p in window.side_by_side.panes if p.article.summary.direction == "rtl"]
    assert rtl and QFontInfo(rtl[0].text_view.font()).family() == READING_FAMILY
    dialog = window.open_preferences()
    assert dialog.font_box.findText(NASKH_FAMILY) >= 0  # offered beside the installed faces
    dialog.font_box.setCurrentFont(QFontDatabase.font(NASKH_FAMILY, "Regular", 13))
    dialog.accept()
    assert load_settings(window.paths.settings_file).article_font_family == NASKH_FAMILY
    assert QFontInfo(rtl[0].text_view.font()).family() == NASKH_FAMILY  # the choice holds


def test_a_shared_server_is_tested_and_saved_without_its_password(
    qtbot: QtBot, window: MainWindow, pg_url: str
) -> None:  # type: ignore[no-untyped-def]
    """Preferences → Shared server: the connection test says what is there (in the background),
    a password typed in the address is left out of the settings file, and the next start (the
    paths read before anything loads) uses the server."""
    from app.paths import resolve_paths
    from app.settings import load_settings

    dialog = window.open_preferences()
    dialog.server.setText("postgresql+psycopg://nobody@/nothing?host=/nonexistent-socket")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "cannot reach" in dialog.server_status.text(), timeout=10000)
    with_password = pg_url.replace("tabayun@", "tabayun:s3cret@")
    dialog.server.setText(with_password)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Connected to" in dialog.server_status.text(), timeout=10000)
    assert "s3cret" not in dialog.server_status.text()
    dialog.accept()
    saved = window.paths.settings_file.read_text(encoding="utf-8")
    assert "s3cret" not in saved
    from sqlalchemy.engine import make_url

    saved_url = load_settings(window.paths.settings_file).database_url
    assert make_url(saved_url) == make_url(pg_url)  # the same address, the password left out
    assert resolve_paths(window.paths.data_dir).database_url == saved_url


def test_the_servers_password_goes_to_the_keyring_not_the_settings(
    qtbot: QtBot, window: MainWindow, tls_url: str, kept: Path
) -> None:
    """A desk's server over TLS with a password: typed in Preferences, tested, and kept in
    the system keyring on OK; the settings file never holds it."""
    from tests.postgres import PASSWORD

    dialog = window.open_preferences()
    dialog.server.setText(tls_url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "cannot reach" in dialog.server_status.text(), timeout=10000)
    dialog.password.setText(PASSWORD)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Connected to" in dialog.server_status.text(), timeout=10000)
    dialog.accept()
    assert PASSWORD in kept.read_text()
    assert PASSWORD not in window.paths.settings_file.read_text(encoding="utf-8")
