"""How the articles look: theme (system, light, dark), zoom and synchronised scrolling. The
choices are kept in the settings; the highlights are drawn again when the palette changes."""

from __future__ import annotations

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication

from app.settings import Settings
from ui.comparison import ComparisonController
from ui.context import WindowContext
from ui.views.side_by_side import SideBySideView


class Appearance:
    def __init__(
        self, context: WindowContext, view: SideBySideView, comparison: ComparisonController
    ) -> None:
        self.context = context
        self.view = view
        self.comparison = comparison
        self.theme_group: QActionGroup | None = None  # the View → Theme choices, once built

    def set_theme(self, name: str) -> None:
        from ui.theme import apply_theme

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        settings = self.context.settings
        settings.theme = apply_theme(app, name)
        if self.theme_group is not None:
            for action in self.theme_group.actions():
                action.setChecked(action.data() == settings.theme)
        for pane in self.view.panes:
            pane.text_view.set_furniture(pane.text_view.furniture)
        self.comparison.recompare()

    def zoom(self, delta: int | None) -> None:
        """One step in or out; ``None`` goes back to the normal size."""
        steps = 0 if delta is None else self.view.zoom_steps + delta
        self.context.settings.zoom_steps = self.view.set_zoom(steps)

    def set_sync_scroll(self, checked: bool) -> None:
        self.context.settings.sync_scroll = checked
        self.view.set_sync_scroll(checked)

    def restore(self) -> None:
        """The settings' choices, at start."""
        settings = self.context.settings
        if settings.theme != "system":
            self.set_theme(settings.theme)
        self.view.set_sync_scroll(settings.sync_scroll)
        self.view.set_zoom(settings.zoom_steps)

    def apply(self, new: Settings, old: Settings) -> None:
        """Preferences changed (``new`` is already the context's): the theme if it changed, the
        article font and zoom (kept at what the view could take)."""
        if new.theme != old.theme:
            self.set_theme(new.theme)
        if (new.article_font_family, new.zoom_steps) != (
            self.view.font_family,
            self.view.zoom_steps,
        ):
            self.view.font_family = new.article_font_family
            new.zoom_steps = self.view.set_zoom(new.zoom_steps)
