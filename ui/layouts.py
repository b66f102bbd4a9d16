"""Small layout helpers the dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget


def wrapped(layout: QGridLayout | QVBoxLayout | QHBoxLayout | QLayout) -> QWidget:
    """``layout`` in a margin-less widget, for one row of a QFormLayout."""
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


def field_row(field: QWidget, *buttons: QWidget) -> QWidget:
    """A field that takes the width, with its buttons beside it (a path and "Browse…")."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    for button in buttons:
        row.addWidget(button)
    return wrapped(row)
