"""Import folder…: a preview of every file before anything is written, then the import.

Reading, re-reading with another encoding and importing all run on the task runner, so the
window never blocks; Cancel stops them and the database stays as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ingest.plan import RowStatus
from app.library.records import CollectionSummary, FurnitureMark
from app.text.bidi import isolate
from ui.dialogs.address_dialog import AddressDialog
from ui.dialogs.import_delegates import EncodingDelegate, OutletDelegate
from ui.dialogs.outlet_dialogs import NameOutletDialog
from ui.models.import_preview_model import ENCODING, OUTLET, ImportPreviewModel
from ui.operations import Operations
from ui.tasks import TaskHandle, TaskRunner, error_text
from ui.translations import fill, text_of
from ui.views.article_pane import ArticleText

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.ingest.preview import ImportPreview
    from app.ingest.service import ImportReport
    from app.review.anchoring import AnchorReport

PREVIEW_CHARS = 4000
WORK = "work"  # the one kind of operation the dialog runs: a new one replaces the last
log = logging.getLogger(__name__)


def anchor_summary(anchors: AnchorReport) -> str:
    """What became of the tagged spans on articles replaced by a new version, in words."""
    text = translate(
        "ImportDialog", "Tagged passages: %1 in place, %2 moved with the text, %3 not found."
    )
    text = fill(text, anchors.kept, anchors.moved, anchors.orphaned)
    if anchors.orphaned:
        text += " " + translate(
            "ImportDialog",
            "Those not found are kept, with their quotes, under Orphaned in Tagged Passages.",
        )
    return text


class ImportDialog(QDialog):
    """Preview, options, progress and Cancel for importing one folder."""

    sig_imported = Signal(object)  # the ImportReport, after a successful import

    def __init__(
        self,
        folder: Path | None,
        sessions: sessionmaker[Session],
        collections: list[CollectionSummary],
        runner: TaskRunner,
        parent: QWidget | None = None,
        outlets_file: Path | None = None,
        outlet_names: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.outlets_file = outlets_file  # the reviewer's own outlet table
        self.sessions = sessions
        self.runner = runner
        self.preview: ImportPreview | None = None
        self.ops = Operations(runner, self, self)  # one piece of work at a time: "work"
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import Folder"))
        self.setObjectName("ImportDialog")
        self.resize(1100, 700)

        self.recursive = QCheckBox(self.tr("Include subfolders"))
        self.recursive.toggled.connect(self.start_preview)
        self.follow_links = QCheckBox(self.tr("Follow links out of the folder"))
        self.follow_links.setToolTip(
            self.tr(
                "Links (shortcuts) that lead outside the chosen folder are left out unless "
                "this is ticked; the preview lists them."
            )
        )
        self.follow_links.toggled.connect(self.start_preview)
        self.new_choice = QRadioButton(self.tr("New collection:"))
        self.new_name = QLineEdit(folder.name if folder else self.tr("Web articles"))
        self.new_name.setAccessibleName(self.tr("Name of the new collection"))
        self.existing_choice = QRadioButton(self.tr("Add to collection:"))
        self.existing = QComboBox()
        for collection in collections:
            self.existing.addItem(collection.name, collection.id)
        self.existing.setEnabled(bool(collections))
        self.existing_choice.setEnabled(bool(collections))
        group = QButtonGroup(self)
        for button in (self.new_choice, self.existing_choice):
            group.addButton(button)
        self.new_choice.setChecked(True)
        self.new_choice.toggled.connect(self._on_target_changed)
        self.existing.currentIndexChanged.connect(self._on_target_changed)

        options = QGridLayout()
        options.addWidget(QLabel(self.tr("Folder:")), 0, 0)
        folder_label = QLabel(str(folder) if folder else self.tr("(web addresses only)"))
        folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        options.addWidget(folder_label, 0, 1, 1, 2)
        options.addWidget(self.recursive, 1, 0)
        options.addWidget(self.follow_links, 1, 1, 1, 2)
        options.addWidget(self.new_choice, 2, 0)
        options.addWidget(self.new_name, 2, 1, 1, 2)
        options.addWidget(self.existing_choice, 3, 0)
        options.addWidget(self.existing, 3, 1, 1, 2)

        self.model = ImportPreviewModel(self)
        self.model.sig_encoding_chosen.connect(self.change_encoding)
        self.model.sig_outlet_chosen.connect(self.name_outlet)
        self.outlet_names = list(outlet_names or [])
        self.model.dataChanged.connect(self._update_buttons)
        self.table = QTableView()
        self.table.setObjectName("ImportPreviewTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ENCODING, EncodingDelegate(self.table))
        self.table.setItemDelegateForColumn(OUTLET, OutletDelegate(self.outlet_names, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Files to import"))

        self.text_preview = ArticleText()
        self.text_preview.setAccessibleName(self.tr("Text of the selected file"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text_preview)
        splitter.setSizes([420, 200])

        self.add_web = QPushButton(self.tr("Add &Web Addresses…"))
        self.add_web.setToolTip(self.tr("Articles or RSS/Atom feeds on the web, fetched now"))
        self.add_web.clicked.connect(self.ask_addresses)
        self.name_outlets = QPushButton(self.tr("Name the &Outlet of the Selected Files…"))
        self.name_outlets.setToolTip(
            self.tr("One outlet for every selected file (select several with Ctrl or Shift)")
        )
        self.name_outlets.clicked.connect(self.ask_outlet)
        self.status = QLabel()
        self.status.setObjectName("ImportStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addWidget(self.name_outlets)
        row.addWidget(self.add_web)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_row)
        self._update_buttons()

    # ------------------------------------------------------------------ background work
    @property
    def task(self) -> TaskHandle | None:
        """The work under way (reading, fetching, importing), if any."""
        return self.ops.handle(WORK)

    def _run(
        self,
        fn: Any,
        label: str,
        on_done: Any,
        *,
        writes: bool = False,
        on_partial: Any = None,
    ) -> None:
        """Start ``fn`` as the dialog's work, replacing any under way (``label`` names it in
        the log)."""
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)

        def done(result: Any) -> None:
            self._settle()
            on_done(result)
            self._update_buttons()

        def cancelled() -> None:
            self._settle()
            if self.preview is not None:
                self.status.setText(self.tr("Cancelled; nothing was imported."))
            self._update_buttons()

        self.ops.run(
            WORK,
            fn,
            on_done=done,
            on_failed=self._failed,
            on_progress=self._on_progress,
            on_partial=on_partial,
            on_cancelled=cancelled,
            writes=writes,
        )
        log.debug("import dialog: %s", label)
        self._update_buttons()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(message)

    def _settle(self) -> None:
        self.progress.setVisible(False)

    def _failed(self, error: object) -> None:
        self._settle()
        message = error_text(error)
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Import"), message)
        self._update_buttons()

    # ------------------------------------------------------------------ preview
    def target_collection_id(self) -> int | None:
        if self.existing_choice.isChecked() and self.existing.currentIndex() >= 0:
            return int(self.existing.currentData())
        return None

    def start_preview(self) -> None:
        from app.ingest.preview import ImportPreview, preview_folder

        folder, sessions = self.folder, self.sessions
        if folder is None:  # web addresses only
            self.set_preview(ImportPreview(Path(), False, self.target_collection_id(), ()))
            return
        recursive, target = self.recursive.isChecked(), self.target_collection_id()
        follow, outlets_file = self.follow_links.isChecked(), self.outlets_file
        encodings = dict(self.preview.encodings) if self.preview else {}
        self.preview = None
        self.model.clear()
        self.status.setText(self.tr("Reading the files…"))
        self._run(
            lambda control: preview_folder(
                sessions,
                folder,
                recursive=recursive,
                follow_links=follow,
                collection_id=target,
                encodings=encodings,
                control=control,
                outlets_file=outlets_file,
            ),
            "import preview",
            self.set_preview,
            on_partial=self._add_rows,
        )

    def _add_rows(self, rows: list[Any]) -> None:
        """Rows read so far: shown at once, the first selected."""
        empty = not self.model.rows
        self.model.add_partial(rows)
        if empty and self.model.rows:
            self.table.selectRow(0)

    def set_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        if preview.rows:
            self.table.selectRow(0)
        else:
            self.text_preview.show_text("", "ltr")
        self._update_buttons()

    def change_encoding(self, path: Path, encoding: str) -> None:
        from app.ingest.preview import with_encoding

        if self.preview is None:
            return
        preview, sessions = self.preview, self.sessions
        self._run(
            lambda _control: with_encoding(sessions, preview, path, encoding or None),
            "re-decode",
            self._apply_reread(path),
        )

    def _apply_reread(self, path: Path) -> Any:
        def apply(preview: ImportPreview) -> None:
            self.set_preview(preview)
            row = next((i for i, r in enumerate(preview.rows) if r.path == path), 0)
            self.table.selectRow(row)

        return apply

    def ask_addresses(self) -> AddressDialog:
        dialog = AddressDialog(self)
        dialog.accepted.connect(lambda: self.add_addresses(dialog.addresses()))
        dialog.open()
        return dialog

    def add_addresses(self, addresses: list[str]) -> None:
        """Fetch the pages and feeds in the background; their rows join the preview."""
        from app.ingest.plan import plan_addresses
        from app.ingest.preview import with_rows

        if self.preview is None or not addresses:
            return
        preview, sessions, outlets = self.preview, self.sessions, self.outlets_file
        self.status.setText(self.tr("Fetching…"))
        self._run(
            lambda control: with_rows(
                sessions,
                preview,
                plan_addresses(addresses, control=control, outlets_file=outlets),
            ),
            "fetch addresses",
            self.set_preview,
            on_partial=self.model.add_fetched,
        )

    def selected_positions(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def ask_outlet(self) -> NameOutletDialog | None:
        positions = [i for i in self.selected_positions() if not self.model.rows[i].failed]
        if self.preview is None or not positions:
            return None
        current = {self.model.rows[i].outlet or "" for i in positions}
        dialog = NameOutletDialog(
            len(positions), self.outlet_names, next(iter(current)) if len(current) == 1 else "",
            self,
        )  # fmt: skip
        dialog.accepted.connect(lambda: self.name_outlet(positions, dialog.name()))
        dialog.open()
        return dialog

    def name_outlet(self, positions: list[int], name: str) -> None:
        """The reviewer names the outlet of these rows (before anything is imported)."""
        from app.ingest.preview import with_outlet

        if self.preview is None:
            return
        self.preview = with_outlet(self.preview, positions, name)
        self.model.update_preview(self.preview)
        self._show_row(self.table.currentIndex(), QModelIndex())

    def _on_target_changed(self) -> None:
        from app.ingest.preview import retarget

        self.new_name.setEnabled(self.new_choice.isChecked())
        if self.preview is None:
            return
        preview, sessions, target = self.preview, self.sessions, self.target_collection_id()
        self._run(lambda _c: retarget(sessions, preview, target), "retarget", self.set_preview)

    def _show_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or not self.model.rows:
            return
        row = self.model.rows[current.row()]
        text = row.text[:PREVIEW_CHARS] if row.text else text_of(row.reason)
        self.text_preview.show_text(text, row.direction or "ltr", row.paragraph_directions)
        spans = row.furniture.spans if row.furniture and row.text else ()
        self.text_preview.set_furniture(  # what will be left out, dimmed as in the panes
            tuple(
                FurnitureMark(i, s.start, min(s.end, len(text)), s.kind, "detected", True)
                for i, s in enumerate(spans)
                if s.start < len(text)
            )
        )

    def _update_buttons(self, *_args: object) -> None:
        busy = self.task is not None
        count = self.model.importable_count()
        self.import_button.setEnabled(not busy and count > 0 and self.report is None)
        self.import_button.setText(self.tr("Import %n Article(s)", "", count))
        self.recursive.setEnabled(not busy and self.folder is not None)
        self.follow_links.setEnabled(not busy and self.folder is not None)
        self.add_web.setEnabled(not busy and self.preview is not None and self.report is None)
        self.name_outlets.setEnabled(not busy and self.preview is not None and self.report is None)
        if self.preview is not None and not busy:
            self.status.setText(self.preview_summary())

    def preview_summary(self) -> str:
        """How many articles of each kind the preview found, in words."""
        preview = self.preview
        if preview is None:
            return ""
        s = RowStatus
        counts = {status: preview.count(status) for status in s}
        parts = [
            (s.NEW, self.tr("%n new", "", counts[s.NEW])),
            (s.DUPLICATE, self.tr("%n duplicate(s)", "", counts[s.DUPLICATE])),
            (s.NEAR_DUPLICATE, self.tr("%n near duplicate(s)", "", counts[s.NEAR_DUPLICATE])),
            (s.UPDATE, self.tr("%n new version(s)", "", counts[s.UPDATE])),
            (s.ERROR, self.tr("%n with errors", "", counts[s.ERROR])),
            (s.REFUSED, self.tr("%n not read", "", counts[s.REFUSED])),
        ]
        found = [text for status, text in parts if counts[status]]
        return " · ".join(found) or self.tr("no articles")

    # ------------------------------------------------------------------ import
    def start_import(self) -> None:
        from app.ingest.service import import_rows

        if self.preview is None:
            return
        rows, skip = self.preview.rows, self.model.skip_positions()
        target = self.target_collection_id()
        name = None if target is not None else self.new_name.text().strip()
        if target is None and not name:
            self.status.setText(self.tr("Give the new collection a name."))
            self.new_name.setFocus()
            return
        sessions, origin = self.sessions, str(self.folder) if self.folder else "web"
        self.status.setText(self.tr("Importing…"))
        self._run(
            lambda control: import_rows(
                sessions,
                rows,
                collection_id=target,
                collection_name=name,
                skip=skip,
                control=control,
                origin=origin,
            ),
            "import",
            self._imported,
            writes=True,
        )

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        duplicates = report.count("duplicate")
        lines = [
            self.tr("Imported %n article(s) into “{name}”.", "", report.imported).format(
                name=report.collection_name
            )
        ]
        if duplicates:
            lines.append(self.tr("Skipped %n duplicate(s).", "", duplicates))
        updated = report.count("updated")
        if updated:
            lines.append(
                self.tr("%n article(s) replaced by a new version of the same file.", "", updated)
            )
            lines.append(anchor_summary(report.anchors))
        failed = [o for o in report.outcomes if o.status == "failed"]
        if failed:
            lines.append(self.tr("%n file(s) could not be imported:", "", len(failed)))
            lines += [f"• {isolate(o.label)}: {text_of(o.reason)}" for o in failed[:20]]
        refused = [o for o in report.outcomes if o.status == "refused"]
        if refused:
            lines.append(self.tr("%n file(s) were not read:", "", len(refused)))
            lines += [f"• {isolate(o.label)}: {text_of(o.reason)}" for o in refused[:20]]
        self.status.setText(lines[0])
        self.sig_imported.emit(report)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import finished"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("ImportSummary")
        box.finished.connect(lambda _result: self.accept())
        box.open()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the dialog hears back (on_cancelled) and says so
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # an import in progress rolls back; the database stays as it was
        super().reject()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.preview is None and self.task is None:
            self.start_preview()
            if self.folder is None:
                self.ask_addresses()
