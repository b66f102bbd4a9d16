"""Edit → Preferences…: reviewer name, interface language, theme, article font and size, data
folder. The name, theme and font apply at once; the language and the data folder when Tabayun
starts next (the dialog says so)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.settings import Settings, without_password
from ui.fonts import ARTICLE_POINT_SIZE, arabic_article_family
from ui.layouts import field_row
from ui.operations import Operations
from ui.tasks import TaskRunner, error_text
from ui.translations import LANGUAGES

if TYPE_CHECKING:
    from ui.context import WindowContext

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class PreferencesDialog(QDialog):
    sig_saved = Signal(object, object)  # the new Settings, the old

    def __init__(
        self,
        settings: Settings,
        data_dir: Path,
        parent: QWidget | None = None,
        data_dir_given: bool = False,
        server_given: bool = False,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = Operations(runner, self, self) if runner is not None else None
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.name_box = QLineEdit(settings.reviewer_name)
        self.name_box.setObjectName("PrefReviewer")
        self.name_box.setPlaceholderText(self.tr("Your name, beside your tags, notes and verdicts"))
        self.language = QComboBox()
        self.language.setObjectName("PrefLanguage")
        self.language.addItem(self.tr("As the system is set"), "system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.digits = QComboBox()
        self.digits.setObjectName("PrefDigits")
        for code, name in (
            ("system", self.tr("As the system is set")),
            ("western", self.tr("Western (0–9)")),
            ("eastern", self.tr("Eastern Arabic (٠–٩)")),
        ):
            self.digits.addItem(name, code)
        self.digits.setCurrentIndex(max(0, self.digits.findData(settings.digits)))
        self.digits.setToolTip(
            self.tr(
                "The digits of the Arabic interface: counts, dates, the status bar. The "
                "articles keep the digits they were written with."
            )
        )
        self.theme = QComboBox()
        self.theme.setObjectName("PrefTheme")
        for code, name in (
            ("system", self.tr("As the system is set")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.font_box = QFontComboBox()
        self.font_box.setObjectName("PrefFont")
        self.font_box.setWritingSystem(QFontDatabase.WritingSystem.Arabic)
        self.shown_family = arabic_article_family(settings.article_font_family)
        self.font_box.setCurrentFont(QFont(self.shown_family))
        self.size_box = QSpinBox()
        self.size_box.setObjectName("PrefSize")
        self.size_box.setRange(8, 40)
        self.size_box.setSuffix(self.tr(" pt"))
        self.size_box.setValue(ARTICLE_POINT_SIZE + settings.zoom_steps)
        self.folder = QLineEdit(settings.data_dir or str(data_dir))
        self.folder.setObjectName("PrefDataFolder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        holder = field_row(self.folder, browse)
        if data_dir_given:  # --data-dir or TABAYUN_DATA_DIR wins: choosing here would do nothing
            holder.setEnabled(False)
            holder.setToolTip(self.tr("Given on the command line or by TABAYUN_DATA_DIR"))
        self.server = QLineEdit(settings.database_url)
        self.server.setObjectName("PrefServer")
        self.server.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads LTR
        self.server.setPlaceholderText(
            self.tr("Empty: this computer's file. postgresql://you@server/desk")
        )
        self.server.setToolTip(
            self.tr(
                "A shared PostgreSQL server for the desk. The password is never kept in the "
                "settings: type it below to keep it in the system keyring, or put it in "
                "~/.pgpass (a password typed in the address is left out when saved)."
            )
        )
        self.password = QLineEdit()
        self.password.setObjectName("PrefServerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # beside the address
        self.password.setPlaceholderText(
            self.tr("Kept in the system keyring, not in the settings (optional)")
        )
        self.test_button = QPushButton(self.tr("Test Connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.server_status = QLabel()
        self.server_status.setWordWrap(True)
        server_holder = field_row(self.server, self.test_button)
        if server_given:
            self.password.setEnabled(False)
            server_holder.setEnabled(False)
            server_holder.setToolTip(
                self.tr("Given on the command line or by TABAYUN_DATABASE_URL")
            )
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer name:"), self.name_box)
        form.addRow(self.tr("Interface &language:"), self.language)
        form.addRow(self.tr("&Digits in Arabic:"), self.digits)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Article &font:"), self.font_box)
        form.addRow(self.tr("Article text &size:"), self.size_box)
        form.addRow(self.tr("&Data folder:"), holder)
        form.addRow(self.tr("Shared &server:"), server_holder)
        form.addRow(self.tr("Server &password:"), self.password)
        form.addRow("", self.server_status)
        self.note = QLabel(
            self.tr(
                "A new language, digits, data folder or server takes effect the next time "
                "Tabayun starts. The data already in the old folder stays there."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: gray")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.default_folder = data_dir
        self.resize(560, 0)

    def test_connection(self) -> None:
        """Connect to the server typed, in the background, and say what is there."""
        url = self._with_password(self.server.text().strip())
        if not url:
            self.server_status.setText(self.tr("No server: Tabayun uses this computer's file."))
            return
        if self.ops is None:
            return
        self.server_status.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)

        def probe(_control: object) -> object:
            from app.server import describe_server

            return describe_server(url)

        def done(found: object) -> None:
            from ui.translations import translate_message

            self.test_button.setEnabled(True)
            self._say(translate_message(found))  # type: ignore[arg-type]

        def failed(error: object) -> None:
            self.test_button.setEnabled(True)
            self._say(error_text(error))

        self.ops.run("probe", probe, on_done=done, on_failed=failed)

    def _with_password(self, url: str) -> str:
        """The address with the password typed below it, for this test only."""
        typed = self.password.text()
        if not url or not typed:
            return url
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            return make_url(url).set(password=typed).render_as_string(hide_password=False)
        except ArgumentError:
            return url  # the test says the address is not one

    def keep_password(self) -> str:
        """Keep the password typed in the system keyring; what went wrong, in words, or ""."""
        url, typed = without_password(self.server.text()), self.password.text()
        if not url or not typed:
            return ""
        from db.passwords import NoKeyringError, remember

        try:
            remember(url, typed)
        except NoKeyringError:
            return self.tr(
                "This system has no keyring to keep the server's password in: put it in "
                "~/.pgpass instead. The other settings were saved."
            )
        return ""

    def _say(self, text: str) -> None:
        """The connection test's answer under the field; the dialog grows to hold it."""
        self.server_status.setText(text)
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Data Folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen(self) -> Settings:
        folder = self.folder.text().strip()
        keep_default = not folder or Path(folder).expanduser() == self.default_folder
        return replace(
            self.settings,
            reviewer_name=self.name_box.text().strip(),
            language=str(self.language.currentData()),
            digits=str(self.digits.currentData()),
            theme=str(self.theme.currentData()),
            # untouched, the automatic choice stays automatic (a better font installed later wins)
            article_font_family=self.settings.article_font_family
            if self.font_box.currentFont().family() == self.shown_family
            else self.font_box.currentFont().family(),
            zoom_steps=self.size_box.value() - ARTICLE_POINT_SIZE,
            data_dir="" if keep_default and not self.settings.data_dir else folder,
            database_url=without_password(self.server.text()),
        )

    def accept(self) -> None:
        problem = self.keep_password()
        self.sig_saved.emit(self.chosen(), self.settings)
        super().accept()
        if problem:
            QMessageBox.warning(self.parentWidget(), self.tr("Server Password"), problem)


def open_preferences(
    context: WindowContext, apply: Callable[[Settings, Settings], None]
) -> PreferencesDialog:
    """The dialog for the window's settings; on OK, ``apply(new, old)`` puts what changed into
    effect, then the settings are saved."""
    dialog = PreferencesDialog(
        context.settings, context.paths.data_dir, context.window,
        data_dir_given=context.paths.explicit,
        server_given=bool(context.paths.database_url)
        and context.paths.database_url != context.settings.database_url,
        runner=context.runner,
    )  # fmt: skip

    def saved(new: Settings, old: Settings) -> None:
        from app.settings import save_settings

        apply(new, old)
        save_settings(context.paths.settings_file, context.settings)
        if (new.language, new.digits, new.data_dir, new.database_url) != (
            old.language, old.digits, old.data_dir, old.database_url
        ):  # fmt: skip
            context.say(
                translate(
                    "MainWindow",
                    "Saved. The new language, digits, data folder or server applies from the "
                    "next start.",
                ),
                8000,
            )

    dialog.sig_saved.connect(saved)
    dialog.open()
    return dialog
