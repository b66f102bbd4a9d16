"""The Stories tab of the sidebar: a collection's articles grouped by the event they report.

Find Stories groups the chosen collection in the background (progress and Stop in the tab);
the reviewer opens a story side by side, renames it, merges stories and splits articles off
into a new story, each an undoable change through the history (``app.review.stories``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.models.stories_model import STORY_ID_ROLE, StoriesModel
from ui.models.two_level import ARTICLE_ID_ROLE
from ui.operations import Operations
from ui.views.library_delegate import LibraryDelegate

if TYPE_CHECKING:
    from app.library.records import FoundStories, StorySummary
    from app.tasks import TaskControl
    from ui.context import WindowContext
    from ui.library import LibraryController
    from ui.tagging import TaggingController

ALL = -1  # the collection box's first entry: every collection's stories (nothing to find)


class StoriesTree(QTreeView):
    sig_open_requested = Signal(list)  # article ids
    sig_rename_requested = Signal(int)  # story id
    sig_merge_requested = Signal(list)  # story ids
    sig_split_requested = Signal(list)  # article ids of one story

    def __init__(self, model: StoriesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(LibraryDelegate(self))
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Stories and their articles"))
        self.doubleClicked.connect(self._on_double_clicked)

    def selected_story_ids(self) -> list[int]:
        return [
            int(i.data(STORY_ID_ROLE))
            for i in self.selectionModel().selectedRows(0)
            if i.data(STORY_ID_ROLE) is not None
        ]

    def selected_article_rows(self) -> list[int]:
        """Selected article rows (not stories), in the order listed."""
        rows = sorted(
            (i for i in self.selectionModel().selectedRows(0) if i.parent().isValid()),
            key=lambda i: (i.parent().row(), i.row()),
        )
        return [int(i.data(ARTICLE_ID_ROLE)) for i in rows]

    def selected_article_ids(self) -> list[int]:
        """What the selection opens: a selected story means all of its articles."""
        ids: list[int] = []
        rows = sorted(
            self.selectionModel().selectedRows(0),
            key=lambda i: (i.parent().row() if i.parent().isValid() else i.row(), i.row()),
        )
        for index in rows:
            if index.parent().isValid():
                ids.append(int(index.data(ARTICLE_ID_ROLE)))
            else:
                ids.extend(self._children(index))
        return list(dict.fromkeys(ids))

    def _children(self, story: QModelIndex) -> list[int]:
        model = self.model()
        return [
            int(model.index(r, 0, story).data(ARTICLE_ID_ROLE))
            for r in range(model.rowCount(story))
        ]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        self.fill_menu(menu)
        menu.exec(event.globalPos())

    def fill_menu(self, menu: QMenu) -> None:
        opened = self.selected_article_ids()
        stories = self.selected_story_ids()
        articles = self.selected_article_rows()
        open_action = menu.addAction(icon("open_side_by_side"), self.tr("Open Side by Side"))
        open_action.setEnabled(bool(opened))
        open_action.triggered.connect(lambda: self.sig_open_requested.emit(opened))
        menu.addSeparator()
        rename = menu.addAction(icon("rename"), self.tr("Rename Story…"))
        rename.setEnabled(len(stories) == 1 and not articles)
        if len(stories) == 1:
            rename.triggered.connect(lambda: self.sig_rename_requested.emit(stories[0]))
        merge = menu.addAction(
            icon("tag_merge"), self.tr("Merge %n Stories", "", max(len(stories), 2))
        )
        merge.setEnabled(len(stories) > 1 and not articles)
        merge.triggered.connect(lambda: self.sig_merge_requested.emit(stories))
        split = menu.addAction(
            icon("story_split"),
            self.tr("Move %n Article(s) to a New Story", "", max(len(articles), 1)),
        )
        split.setEnabled(bool(articles) and not stories)
        split.triggered.connect(lambda: self.sig_split_requested.emit(articles))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_article_ids():
            self.sig_open_requested.emit(self.selected_article_ids())
            return
        if event.key() == Qt.Key.Key_F2 and len(self.selected_story_ids()) == 1:
            self.sig_rename_requested.emit(self.selected_story_ids()[0])
            return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        ids = self.selected_article_ids()
        if ids:
            self.sig_open_requested.emit(ids)


class StoriesController(QObject):
    sig_found = Signal()  # a finding is stored and shown

    def __init__(
        self, context: WindowContext, library: LibraryController, tagging: TaggingController
    ) -> None:
        super().__init__(context.window)
        self.context = context
        self.library = library
        self.tagging = tagging
        self.ops = Operations(context.runner, self, context.window)
        self.model = StoriesModel(context.window)
        self.tree = StoriesTree(self.model)
        self.tree.sig_open_requested.connect(library.open_articles)
        self.tree.sig_rename_requested.connect(self.rename)
        self.tree.sig_merge_requested.connect(self.merge)
        self.tree.sig_split_requested.connect(self.split)
        self.collection_box = QComboBox()
        self.collection_box.setAccessibleName(self.tr("Collection"))
        self.collection_box.currentIndexChanged.connect(lambda _row: self.refresh())
        self.find_button = QPushButton(icon("find_stories"), self.tr("Find Stories"))
        self.find_button.setToolTip(
            self.tr(
                "Group the collection's articles by the event they report. Stories you named, "
                "merged or split stay as they are."
            )
        )
        self.find_button.clicked.connect(self.find)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton(icon("cancel"), self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.panel = QWidget()
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.collection_box, 1)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.stop_button)
        layout.addLayout(working)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self._working(False)
        library.sig_refreshed.connect(self._collections_changed)
        tagging.sig_changed.connect(self.refresh)

    # ------------------------------------------------------------------ listing
    def chosen_collection(self) -> int:
        value = self.collection_box.currentData()
        return ALL if value is None else int(value)

    def _collections_changed(self) -> None:
        chosen = self.chosen_collection()
        collections = self.library.model.collections
        if self.collection_box.count() == 0:  # the first listing: the collection last used
            first = collections[0].id if collections else ALL
            chosen = self.context.settings.last_collection_id or first
        self.collection_box.blockSignals(True)
        self.collection_box.clear()
        self.collection_box.addItem(self.tr("All collections"), ALL)
        for collection in collections:
            self.collection_box.addItem(icon("collection"), collection.name, collection.id)
        row = self.collection_box.findData(chosen)
        self.collection_box.setCurrentIndex(max(row, 0))
        self.collection_box.blockSignals(False)
        self.find_button.setEnabled(not self._finding() and self.chosen_collection() != ALL)
        self.refresh()

    def refresh(self) -> None:
        """List the stories again (in the background), keeping the selection's stories open."""
        from app.library.stories import list_stories

        sessions = self.context.sessions
        chosen = self.chosen_collection()

        def load(_control: object) -> list[StorySummary]:
            return list_stories(sessions, None if chosen == ALL else chosen)

        self.ops.run("list", load, on_done=self._show)

    def _show(self, stories: list[StorySummary]) -> None:
        expanded = {
            self.model.stories[r].id
            for r in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(r, 0))
        }
        self.model.set_stories(stories, self.library.articles, self.library.model.collection_names)
        for row, story in enumerate(stories):
            if story.id in expanded:
                self.tree.expand(self.model.index(row, 0))
        self.find_button.setEnabled(self.chosen_collection() != ALL)
        if not self._finding():
            self.status.setText(
                self.tr("%n story(ies)", "", len(stories))
                if stories
                else self.tr("No stories yet. Choose a collection and press Find Stories.")
            )

    # ------------------------------------------------------------------ finding
    def _finding(self) -> bool:
        return self.ops.running("find")

    def _working(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.stop_button.setVisible(on)
        self.find_button.setEnabled(not on and self.chosen_collection() != ALL)
        self.collection_box.setEnabled(not on)

    def find(self) -> None:
        from app.library.stories import find_collection_stories

        collection = self.chosen_collection()
        if collection == ALL or self._finding():
            return
        sessions = self.context.sessions

        def task(control: TaskControl) -> FoundStories:
            return find_collection_stories(sessions, collection, control)

        self._working(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Finding the stories…"))
        self.ops.run(
            "find",
            task,
            on_done=self._found,
            on_failed=self._failed,
            on_progress=self._progress,
            on_cancelled=self._stopped,
            writes=True,
        )

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if message:
            self.status.setText(message)

    def stop(self) -> None:
        if self._finding():
            self.ops.cancel("find")
            self._stopped()

    def _stopped(self) -> None:
        self._working(False)
        self.status.setText(self.tr("Stopped; the stories are as they were."))

    def _failed(self, error: object) -> None:
        self._working(False)
        self.status.clear()
        self.ops.show_error(error)
        self.refresh()

    def _found(self, found: FoundStories) -> None:
        self._working(False)
        self.refresh()
        text = self.tr("%n story(ies) found", "", found.stories)
        if found.kept:
            text += " · " + self.tr("%n of yours kept", "", found.kept)
        self.status.setText(text)
        self.context.say(text)
        self.sig_found.emit()

    # ------------------------------------------------------------------ the reviewer's changes
    def rename(self, story_id: int) -> None:
        from app.review.stories import rename_story

        row = self.model.row_of(story_id)
        if row is None:
            return
        seen = self.model.stories[row].name
        name, ok = QInputDialog.getText(
            self.context.window, self.tr("Rename Story"), self.tr("Name of the story:"), text=seen
        )
        if ok and name.strip():  # refused in words if someone renamed it meanwhile
            self.tagging.write(lambda h: rename_story(h, story_id, name, seen))

    def merge(self, story_ids: list[int]) -> None:
        from app.review.stories import merge_stories

        if len(story_ids) > 1:
            self.tagging.write(lambda h: merge_stories(h, story_ids))

    def split(self, article_ids: list[int]) -> None:
        from app.review.stories import split_story

        if article_ids:
            self.tagging.write(lambda h: split_story(h, article_ids))
