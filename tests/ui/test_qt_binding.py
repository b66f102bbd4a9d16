"""The Qt binding itself: PySide6 6.12.0 lost a reference to None on every call of a method
returning nothing (QLabel.setText, QStandardItem.setData…), and the program crashed with
"deallocating None" after some ten thousand calls (seen here refreshing a 10,000-article
library). The pin in pyproject.toml avoids it; this test fails on a binding with the bug."""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QLabel


def test_void_methods_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    label, item = QLabel("x"), QStandardItem("x")
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("y")
        item.setData("z", 300)
    assert sys.getrefcount(None) - before > -100  # a leak would show as -4000
