"""File → Export Report…: format, sections, scope and file; the report is made in the
background with progress and Cancel, written safely, and opened when done if asked."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.messages import Message, T
from app.report.formats import (
    DATA_FORMATS,
    PROSE_SECTIONS,
    SECTIONS,
    SUFFIXES,
    ReportOptions,
    sections_for,
)
from app.review.records import TagRecord, tag_tree_order
from app.tasks import TaskControl, running
from ui.layouts import field_row, wrapped
from ui.operations import Operations
from ui.tasks import TaskHandle, TaskRunner, error_text
from ui.translations import fill

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from ui.context import WindowContext
    from ui.library import LibraryController
    from ui.tagging import TaggingController
    from ui.views.side_by_side import SideBySideView

ItemRole = Qt.ItemDataRole.UserRole


class ExportDialog(QDialog):
    sig_exported = Signal(object)  # the path written

    def __init__(
        self,
        sessions: sessionmaker[Session],
        runner: TaskRunner,
        collection: tuple[int, str],
        open_articles: Sequence[int],
        tags: Sequence[TagRecord],
        folder: Path,
        parent: QWidget | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export Report"))
        self.sessions, self.runner = sessions, runner
        self.collection_id, self.collection_name = collection
        self.open_articles = tuple(open_articles)
        self.language = language  # the report's own words: the interface's language
        self.ops = Operations(runner, self, self)
        self.written: Path | None = None
        self.data_dir: Path | None = None  # the reviewer's alias table of sources is there
        names = {
            "html": self.tr("HTML — read, print, search in a browser"),
            "pdf": self.tr("PDF — print and send"),
            "csv": self.tr("CSV — spreadsheets (one row per tag, note, verdict)"),
            "json": self.tr("JSON — W3C Web Annotations"),
            "qdpx": self.tr("REFI-QDA project — QualCoder, ATLAS.ti, MAXQDA, NVivo"),
        }
        self.format = QComboBox()
        self.format.setObjectName("ExportFormat")
        for key, label in names.items():
            self.format.addItem(label, key)
        self.format.currentIndexChanged.connect(self._format_changed)
        titles = {
            "summary": self.tr("Summary"),
            "coverage": self.tr("Coverage grid"),
            "passages": self.tr("Passages and differences"),
            "facts": self.tr("Where the facts differ (the Facts table)"),
            "verdicts": self.tr("Verdicts"),
            "tags": self.tr("Tags and tagged passages"),
            "notes": self.tr("Notes"),
        }
        self.sections: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, key in enumerate(SECTIONS):
            box = QCheckBox(titles[key])
            box.setObjectName(f"section_{key}")
            box.setChecked(True)
            self.sections[key] = box
            grid.addWidget(box, n // 2, n % 2)
        self.scope_all = QRadioButton(
            fill(self.tr("The whole collection «%1»"), self.collection_name)
        )
        self.scope_open = QRadioButton(
            self.tr("The %n open article(s)", "", len(self.open_articles))
        )
        self.scope_tags = QRadioButton(self.tr("Only the passages with these tags:"))
        self.scope_all.setChecked(True)
        self.scope_open.setEnabled(bool(self.open_articles))
        scope = QButtonGroup(self)
        for button in (self.scope_all, self.scope_open, self.scope_tags):
            scope.addButton(button)
        self.tag_list = QListWidget()
        self.tag_list.setObjectName("ExportTags")
        self.tag_list.setMaximumHeight(110)
        for depth, tag in tag_tree_order(list(tags)):
            item = QListWidgetItem("    " * depth + tag.label)
            item.setData(ItemRole, tag.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tag_list.addItem(item)
        self.tag_list.setEnabled(False)
        self.scope_tags.toggled.connect(self.tag_list.setEnabled)
        self.path = QLineEdit(str(folder / f"{_safe(self.collection_name)}.html"))
        self.path.setObjectName("ExportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.open_when_done = QCheckBox(self.tr("Open the report when it is written"))
        self.open_when_done.setChecked(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Sections:"), wrapped(grid))
        scope_box = QVBoxLayout()
        for widget in (self.scope_all, self.scope_open, self.scope_tags, self.tag_list):
            scope_box.addWidget(widget)
        form.addRow(self.tr("Scope:"), wrapped(scope_box))
        form.addRow(self.tr("File:"), field_row(self.path, browse))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(640, 520)

    # ------------------------------------------------------------------ choices
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix(SUFFIXES[self.chosen_format()])))
        tabular = self.chosen_format() in DATA_FORMATS
        for key in PROSE_SECTIONS:  # the data formats hold no prose
            self.sections[key].setEnabled(not tabular)

    def _browse(self) -> None:
        fmt = self.chosen_format()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Report"), self.path.text(), f"*{SUFFIXES[fmt]}"
        )
        if chosen:
            self.path.setText(chosen)

    def options(self) -> ReportOptions:
        sections = tuple(k for k, box in self.sections.items() if box.isChecked())
        sections = sections_for(self.chosen_format(), sections)
        articles = self.open_articles if self.scope_open.isChecked() else ()
        tags: tuple[int, ...] = ()
        if self.scope_tags.isChecked():
            tags = tuple(
                int(self.tag_list.item(i).data(ItemRole))
                for i in range(self.tag_list.count())
                if self.tag_list.item(i).checkState() == Qt.CheckState.Checked
            )
        return ReportOptions(sections, articles, tags, self.language)

    # ------------------------------------------------------------------ running
    def start(self) -> TaskHandle | None:
        from app.report.export import write_report
        from app.report.model import build_report

        options = self.options()
        if self.scope_tags.isChecked() and not options.tag_ids:
            self.status.setText(self.tr("Tick at least one tag, or choose another scope."))
            return None
        if not options.sections:
            self.status.setText(self.tr("Choose at least one section."))
            return None
        path = Path(self.path.text()).expanduser()
        force = False
        if path.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Replace the File?"),
                fill(self.tr("%1 already exists. Replace it?"), str(path)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            force = True
        fmt, sessions, collection = self.chosen_format(), self.sessions, self.collection_id
        data_dir = self.data_dir
        pdf = None
        if fmt == "pdf":
            from ui.report_pdf import write_pdf

            pdf = write_pdf

        def task(control: TaskControl) -> Path:
            report = build_report(sessions, collection, options, control, data_dir)
            control.raise_if_cancelled()
            control.report(4, 5, Message(T("core", "Writing the file")))
            with running(control):  # the PDF writer reports its pages and stops on Cancel
                return write_report(report, fmt, path, force=force, pdf=pdf, data_dir=data_dir)

        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Making the report…"))
        return self.ops.run(
            "export",
            task,
            on_done=self._finished,
            on_failed=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )

    @property
    def task(self) -> TaskHandle | None:
        """The export under way, if any."""
        return self.ops.handle("export")

    def _progress(self, done: int, total: int, message: str) -> None:
        if message:
            self.status.setText(message)
        self.progress.setRange(0, total)  # 0: busy, length unknown
        self.progress.setValue(done)

    def _finished(self, path: Path) -> None:
        self.written = path
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(fill(self.tr("Written: %1"), str(path)))
        self.cancel_button.setText(self.tr("Close"))
        self.sig_exported.emit(path)
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, error: object) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(error_text(error))

    def _cancelled(self) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Cancelled; no file was written."))

    def _cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()


def _safe(name: str) -> str:
    """A file name from a collection name: Arabic kept, path characters out."""
    cleaned = "".join("-" if c in '/\\:*?"<>|' else c for c in name).strip(" .")
    return cleaned or "report"


def open_export(
    context: WindowContext,
    library: LibraryController,
    view: SideBySideView,
    tagging: TaggingController,
) -> ExportDialog | None:
    """The export dialog for the collection in view (the open articles', else the last used)."""
    workspace = context.workspace
    if workspace is None:
        return None
    names = library.model.collection_names
    panes = view.panes
    collection = panes[0].article.summary.collection_id if panes else None
    if collection is None:
        last = context.settings.last_collection_id
        collection = last if last in names else next(iter(names), None)
    if collection is None:
        context.say(translate("ExportDialog", "Import some articles first."))
        return None
    dialog = ExportDialog(
        workspace.sessions,
        context.runner,
        (collection, names.get(collection, "")),
        [p.article.summary.id for p in panes if p.article.summary.collection_id == collection],
        list(tagging.tags.values()),
        Path.home(),
        context.window,
        context.language,
    )
    dialog.open()
    return dialog
