"""The codebook as a dock: tags in their hierarchy with colour, shortcut key and uses.

Ticking a tag shows its spans; unticking hides them (the filter). Buttons and the context menu
forward what the reviewer wants to the tagging controller; this widget changes nothing itself.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.review.records import TagRecord, tag_tree_order
from app.text.direction import dominant_direction
from ui.icons import icon

ID_ROLE = Qt.ItemDataRole.UserRole


@cache
def swatch(colour: str, size: int = 14) -> QIcon:
    """A square of ``colour`` (one icon per colour, made once)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TagPanel(QDockWidget):
    sig_apply = Signal(int)  # tag id: tag the selected text
    sig_apply_article = Signal(int)  # tag id: tag the article in use
    sig_create = Signal(object)  # parent tag id or None
    sig_edit = Signal(int)
    sig_move = Signal(int)
    sig_merge = Signal(int)
    sig_delete = Signal(int)
    sig_shortcuts_by_use = Signal()
    sig_filter_changed = Signal()  # the set of shown tags changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tags"), parent)
        self.setObjectName("TagPanel")
        self.hidden: set[int] = set()  # tags whose spans are not drawn (the filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("TagTree")
        self.tree.setAccessibleName(self.tr("Codebook"))
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Key"), self.tr("Uses")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._emit(self.sig_apply, item))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.menu_actions: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        # the three used most, with words; the rest in a menu of words (ten bare icons told a new
        # reviewer nothing)
        for name, glyph, text, tip, slot in (
            ("apply", "tag", self.tr("Tag Text"),
             self.tr("Tag the selected text with this tag (or press the tag's key, 1–9)"),
             lambda: self._emit_current(self.sig_apply)),
            ("article", "tag_article", self.tr("Tag Article"),
             self.tr("Tag the whole article in use with this tag"),
             lambda: self._emit_current(self.sig_apply_article)),
            ("new", "tag_add", self.tr("New Tag"), self.tr("New tag"),
             lambda: self.sig_create.emit(None)),
        ):  # fmt: skip
            button = QToolButton()
            button.setIcon(icon(glyph))
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        more = QToolButton()
        more.setText(self.tr("More"))
        more.setToolTip(self.tr("Edit, move, merge or delete the tag; give keys"))
        more.setAccessibleName(more.toolTip())
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setAutoRaise(True)
        menu = QMenu(self.tr("The Chosen &Tag"), more)  # also in Review (the keyboard's way)
        self.tag_menu = menu
        for name, glyph, text, slot in (
            ("child", "tag_child", self.tr("New Tag Under This One…"),
             lambda: self.sig_create.emit(self.current_id())),
            ("edit", "edit", self.tr("Edit (Name, Colour, Description, Key)…"),
             lambda: self._emit_current(self.sig_edit)),
            ("move", "tag_move", self.tr("Move Under Another Tag…"),
             lambda: self._emit_current(self.sig_move)),
            ("merge", "tag_merge", self.tr("Merge Into Another Tag…"),
             lambda: self._emit_current(self.sig_merge)),
            ("delete", "delete", self.tr("Delete This Tag…"),
             lambda: self._emit_current(self.sig_delete)),
            ("keys", "shortcuts", self.tr("Give Keys 1–9 to the Most Used Tags"),
             self.sig_shortcuts_by_use.emit),
        ):  # fmt: skip
            action = menu.addAction(icon(glyph), text)
            action.triggered.connect(slot)
            self.menu_actions[name] = action
        more.setMenu(menu)
        buttons.addWidget(more)
        self.buttons["more"] = more
        buttons.addStretch(1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)

    def set_tags(self, tags: list[TagRecord]) -> None:
        current = self.current_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for _depth, tag in tag_tree_order(tags):
            parent = items.get(tag.parent_id) if tag.parent_id is not None else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
            item.setText(0, tag.label)
            item.setIcon(0, swatch(tag.color))
            item.setText(1, str(tag.shortcut) if tag.shortcut else "")
            item.setText(2, str(tag.uses))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if dominant_direction(tag.name, default="ltr") == "rtl":
                item.setTextAlignment(0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, tag.description or tag.label)
            item.setData(0, ID_ROLE, tag.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = tag.id not in self.hidden
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            items[tag.id] = item
            if tag.id == current:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self.tree.blockSignals(False)

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def select_tag(self, tag_id: int) -> None:
        for item in self._items():
            if int(item.data(0, ID_ROLE)) == tag_id:
                self.tree.setCurrentItem(item)

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is not None:
                out.append(item)
                stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def _emit(self, signal: SignalInstance, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            signal.emit(int(item.data(0, ID_ROLE)))

    def _emit_current(self, signal: SignalInstance) -> None:
        self._emit(signal, self.tree.currentItem())

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        tag_id = int(item.data(0, ID_ROLE))
        if item.checkState(0) == Qt.CheckState.Checked:
            self.hidden.discard(tag_id)
        else:
            self.hidden.add(tag_id)
        self.sig_filter_changed.emit()

    def _context_menu(self, position: object) -> None:
        item = self.tree.itemAt(position)  # type: ignore[call-overload]
        if item is None:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        for key, text in (
            ("apply", self.tr("Tag the Selected Text")),
            ("article", self.tr("Tag the Whole Article")),
        ):
            menu.addAction(self.buttons[key].icon(), text, self.buttons[key].click)
        for key in ("child", "edit", "move", "merge", "delete"):
            menu.addAction(self.menu_actions[key])
        menu.exec(self.tree.viewport().mapToGlobal(position))  # type: ignore[call-overload]
