"""The import preview's cell editors: the file's encoding (or an e-book's reading), its outlet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.ingest.formats.epub import EPUB_CHAPTERS, EPUB_ONE
from ui.dialogs.outlet_dialogs import outlet_combo
from ui.models.import_preview_model import ENCODINGS

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def encoding_label(name: str) -> str:
    if name == "utf-8:replace":
        return translate("ImportDialog", "UTF-8, bad bytes shown as �")
    return name or translate("ImportDialog", "detect automatically")


class EncodingDelegate(QStyledItemDelegate):
    """A drop-down of the encodings Tabayun reads, "detect automatically" first."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        rows = getattr(index.model(), "rows", ())
        row = rows[index.row()] if index.row() < len(rows) else None
        if row is not None and row.format == "epub":
            combo.addItem(translate("ImportDialog", "an article per chapter"), EPUB_CHAPTERS)
            combo.addItem(translate("ImportDialog", "the whole book as one article"), EPUB_ONE)
            return combo
        for name in ENCODINGS:
            combo.addItem(encoding_label(name), name)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OutletDelegate(QStyledItemDelegate):
    """The outlets Tabayun knows, completing what is typed; a new name is taken as typed."""

    def __init__(self, names: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = outlet_combo(self.names)
        combo.setParent(parent)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, " ".join(editor.currentText().split()), Qt.ItemDataRole.EditRole)
