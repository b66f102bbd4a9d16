"""Page furniture marked or unmarked from the window, saved through the one database writer."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.library.records import FurnitureMark
from ui.context import WindowContext
from ui.operations import Operations
from ui.views.side_by_side import SideBySideView


class FurnitureController(QObject):
    sig_changed = Signal(int)  # article id, after its furniture marks were saved and shown

    def __init__(self, context: WindowContext, view: SideBySideView) -> None:
        super().__init__(context.window)
        self.context = context
        self.view = view
        self.ops = Operations(context.runner, self, context.window)
        view.sig_furniture_requested.connect(self.change)

    def change(self, article_id: int, start: int, end: int, mark: bool) -> None:
        """Mark (or unmark) [start, end) of an article as page furniture."""
        from app.library.furniture import mark_furniture, unmark_furniture

        if not self.context.ready:
            return
        sessions = self.context.sessions
        change = mark_furniture if mark else unmark_furniture

        def shown(marks: tuple[FurnitureMark, ...]) -> None:
            self.view.update_furniture(article_id, marks)
            self.sig_changed.emit(article_id)

        self.ops.run(
            f"furniture {article_id}",
            lambda _control: change(sessions, article_id, start, end),
            on_done=shown,
            writes=True,
        )
