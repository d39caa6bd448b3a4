"""Spotlight: one panel fills the window, for a class to read it from the back row; the same key
(or Esc, or its button again) brings the layout back.

Why a module of its own: the window decides where panels go (`window.py`); this only hides, for a
while, everything between one panel and the window's edges, and puts back exactly what it hid. It
knows nothing of any panel's kind: a panel is a widget (the weights view is the stacked widget of
every kind's weights page, see `kind_views.WeightViews`, so a new kind's page is spotlit with no
change here), the tab it lives on, and what else of its own it folds away while spotlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QSplitter, QStackedWidget, QTabWidget, QToolButton, QWidget

from .translation import keep_translated, translate

ENTER_GLYPH, LEAVE_GLYPH = "⤢", "✕"


@dataclass
class SpotlitPanel:
    """``widget()``: the panel (built on demand: the example and explorer tabs are built when first
    shown); ``tab``: the index of the tab it is on (a panel on a later tab is that whole tab), or
    None when it is not on one;
    ``arrange(on)``: what the panel changes in itself while spotlit (the canvas row folds its
    preprocessing steps away so that the sheet can grow), or None."""

    widget: Callable[[], QWidget]
    tab: int | None = None
    arrange: Callable[[bool], None] | None = None


class SpotlightButton(QToolButton):
    """The small button in a panel's top right-hand corner: spotlight this panel, or back."""

    def __init__(self, panel: QWidget, toggle: Callable[[], None]):
        super().__init__(panel)
        self.setObjectName("spotlight_button")
        self._on = False
        keep_translated(self, self._name)
        self.setFocusPolicy(Qt.NoFocus)   # the keys stay the window's (a clicker's among them)
        self.setCursor(Qt.PointingHandCursor)
        self.clicked.connect(toggle)
        self._room = {}   # what it added to each layout's right-hand margin
        panel.installEventFilter(self)
        self.place()

    def set_spotlit(self, on: bool) -> None:
        self._on = on
        self._name()
        self.place()

    def _name(self) -> None:
        self.setText(LEAVE_GLYPH if self._on else ENTER_GLYPH)
        self.setToolTip(translate("Spotlight", "Back to the whole layout (F or Esc)") if self._on else
                        translate("Spotlight", "Spotlight: this panel fills the window (F; F or Esc: back)"))

    def place(self) -> None:
        self.adjustSize()
        panel = self.parentWidget()
        self.move(panel.width() - self.width() - 2, 2)
        self.raise_()
        # Room for it at the panel's right-hand side (its width follows the type size), so that it
        # covers none of the panel's words: in the panel's layout, or in each page's of a stack of
        # pages (a stacked layout gives its page the whole panel, whatever its margins: the
        # weights' heading ran under the button).
        room = self.width() + 2
        layouts = ([page.layout() for page in map(panel.widget, range(panel.count()))]
                   if isinstance(panel, QStackedWidget) else [panel.layout()])
        for layout in layouts:
            if layout is not None and room != self._room.get(id(layout), 0):
                margins = layout.contentsMargins()
                margins.setRight(margins.right() - self._room.get(id(layout), 0) + room)
                self._room[id(layout)] = room
                layout.setContentsMargins(margins)

    def eventFilter(self, watched, event):
        if event.type() in (QEvent.Resize, QEvent.LayoutRequest, QEvent.Show):
            self.place()
        return False


class Spotlight(QObject):
    """Which panel, if any, fills ``window``'s central area.

    ``panels``: name -> `SpotlitPanel`; ``tabs``: the window's tab widget. ``changed(name or
    None)`` after each change. What is hidden to make room is remembered and shown again on
    `leave`; nothing else is touched (the toolbar, the lesson's caption and the problem line stay).
    """

    changed = Signal(object)

    def __init__(self, window: QWidget, tabs: QTabWidget, panels: dict[str, SpotlitPanel]):
        super().__init__(window)
        self.window = window
        self.tabs = tabs
        self.panels = panels
        self.current: str | None = None
        self._hidden: list[QWidget] = []
        self._splitter_sizes: list[tuple[QSplitter, list[int]]] = []
        self._tab = -1
        self.buttons: dict[str, SpotlightButton] = {}

    def names(self) -> list[str]:
        return list(self.panels)

    @property
    def active(self) -> bool:
        return self.current is not None

    def add_button(self, name: str) -> SpotlightButton:
        """The panel's corner button (for a panel built later, call again once it is built)."""
        widget = self.panels[name].widget()
        button = self.buttons.get(name)
        if button is None or button.parentWidget() is not widget:
            button = SpotlightButton(widget, lambda: self.toggle(name))
            self.buttons[name] = button
        button.set_spotlit(self.current == name)
        return button

    # --- choosing ---------------------------------------------------------------------------------

    def toggle(self, name: str | None = None) -> None:
        """Back to the layout if a panel is spotlit; else spotlight ``name`` (None: the panel under
        the pointer, or the one with the keys, or the current tab's)."""
        if self.active:
            self.leave()
        else:
            self.show_only(name or self.panel_in_view())

    def panel_in_view(self) -> str:
        """The panel the teacher points at (the mouse), else the one with the keyboard focus, else
        the current tab's own panel, else the canvas."""
        for widget in (QApplication.widgetAt(QCursor.pos()), QApplication.focusWidget()):
            name = self.panel_of(widget)
            if name is not None:
                return name
        for name, panel in self.panels.items():
            if panel.tab == self.tabs.currentIndex() and panel.tab != 0:
                return name
        return "canvas" if "canvas" in self.panels else next(iter(self.panels))

    def panel_of(self, widget: QWidget | None) -> str | None:
        """The name of the panel ``widget`` lies in, or None."""
        panels = {self._widget_if_built(name): name for name in self.panels}
        while widget is not None:
            if widget in panels:
                return panels[widget]
            widget = widget.parentWidget()
        return None

    def _widget_if_built(self, name: str) -> QWidget:
        """The panel's widget; a whole tab's panel (the example, the explorer) is not built for the
        asking: its tab's page stands for it until it is."""
        panel = self.panels[name]
        return self.tabs.widget(panel.tab) if panel.tab else panel.widget()

    # --- showing ----------------------------------------------------------------------------------

    def show_only(self, name: str | None) -> None:
        """Spotlight panel ``name`` (None: leave the spotlight)."""
        if name == self.current:
            return
        self.leave()
        if name is None:
            return
        panel = self.panels[name]
        self._tab = self.tabs.currentIndex()
        if panel.tab is not None:
            self.tabs.setCurrentIndex(panel.tab)
        widget = panel.widget()
        self._hide_around(widget)
        if panel.arrange is not None:
            panel.arrange(True)
        self.current = name
        for button_name in self.panels:
            if button_name in self.buttons:
                self.buttons[button_name].set_spotlit(button_name == name)
        self.changed.emit(name)

    def leave(self) -> None:
        """The layout as it was: what was hidden shown again, the splitters' shares and the tab."""
        if self.current is None:
            return
        panel = self.panels[self.current]
        if panel.arrange is not None:
            panel.arrange(False)
        for widget in reversed(self._hidden):
            widget.show()
        for splitter, sizes in self._splitter_sizes:
            splitter.setSizes(sizes)
        self._hidden.clear()
        self._splitter_sizes.clear()
        self.tabs.setCurrentIndex(self._tab)
        self.current = None
        for button in self.buttons.values():
            button.set_spotlit(False)
        self.changed.emit(None)

    def _hide_around(self, widget: QWidget) -> None:
        """Hide every visible sibling of ``widget`` and of each of its ancestors, up to the central
        widget (the lesson caption and the problem line excepted: they say what the class sees)."""
        central = self.window.centralWidget()
        child = widget
        while child is not central and child.parentWidget() is not None:
            parent = child.parentWidget()
            if isinstance(parent, QSplitter):
                self._splitter_sizes.append((parent, parent.sizes()))
                siblings = [parent.widget(i) for i in range(parent.count())]
            elif parent is central:
                siblings = []   # the caption and the problem stay
            elif isinstance(parent.parentWidget(), QTabWidget):
                siblings = [parent.parentWidget().tabBar()]   # (the tab stack: only the tab bar)
            else:
                layout = parent.layout()
                siblings = [] if layout is None else [
                    layout.itemAt(i).widget() for i in range(layout.count())]
            for sibling in siblings:
                if sibling is not None and sibling is not child and sibling.isVisible():
                    sibling.hide()
                    self._hidden.append(sibling)
            child = parent
