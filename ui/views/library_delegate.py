"""Draws library rows in their own direction: title on the first line, details on the second."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.two_level import DETAIL_ROLE, DIRECTION_ROLE

PADDING = 4
ICON_SIZE = 16


class LibraryDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + PADDING * 3)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)

        rtl = index.data(DIRECTION_ROLE) == "rtl"
        rect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon_rect = rect.adjusted(0, 0, 0, 0)
            icon_rect.setWidth(ICON_SIZE)
            icon_rect.setHeight(ICON_SIZE)
            if rtl:
                icon_rect.moveRight(rect.right())
            icon.paint(painter, icon_rect)
            if rtl:
                rect.setRight(rect.right() - ICON_SIZE - PADDING)
            else:
                rect.setLeft(rect.left() + ICON_SIZE + PADDING)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        detail_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )

        text_option = QTextOption()
        text_option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        text_option.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)

        title_font = QFont(opt.font)
        title_font.setBold(True)
        line_height = QFontMetrics(title_font).height()
        title_rect = QRectF(rect.left(), rect.top(), rect.width(), line_height)
        detail_rect = QRectF(
            rect.left(), rect.top() + line_height + PADDING, rect.width(), line_height
        )

        painter.save()
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        title = QFontMetrics(title_font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            rect.width(),
        )
        painter.drawText(title_rect, title, text_option)
        painter.setFont(opt.font)
        painter.setPen(palette.color(detail_role))
        detail = QFontMetrics(opt.font).elidedText(
            str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        # Details are interface text (counts, dates), so they follow the interface direction;
        # they stay on the title's side.
        detail_option = QTextOption(text_option)
        detail_option.setTextDirection(QApplication.layoutDirection())
        painter.drawText(detail_rect, detail, detail_option)
        painter.restore()
