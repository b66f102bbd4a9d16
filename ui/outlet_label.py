"""How the window names an article's outlet: the outlet, or "unnamed" with a short file name.

A file name stands in only as a hint (in grey where there is room for colour): hashed names such
as ``000_74d106d3a341b1ed`` told reviewers nothing, and were taken for outlets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.library.records import ArticleSummary
from ui.translations import fill

FILE_CHARS = 12  # of a file name shown beside "unnamed"


def short_file(summary: ArticleSummary) -> str:
    name = summary.file_label
    return name if len(name) <= FILE_CHARS + 1 else name[:FILE_CHARS] + "…"


def outlet_label(summary: ArticleSummary) -> str:
    """The outlet, or «unnamed (file…)» in the interface's language."""
    if summary.outlet:
        return summary.outlet
    return fill(QCoreApplication.translate("OutletLabel", "unnamed (%1)"), short_file(summary))


def unnamed_text() -> str:
    return QCoreApplication.translate("OutletLabel", "Outlet not named")
