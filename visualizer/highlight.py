"""The orange frame a lesson's step draws around the panel its caption talks about.

Why a module of its own: the frame must follow its panel whatever moves it, and the window does
not say when that is. A panel is shown, hidden, moved or resized by many hands: a splitter, a new
tab, the spotlight, the views of a new network (the example tab swaps the convolution's widget
for its two rows of maps only when it first draws the new weights, after the step has chosen its
panel). The frame listens to the panel's own events, and to those of every widget between the
panel and the frame's parent (a panel moves when a widget around it does), and places itself
again on each: always around the part of the panel on screen, and hidden while the panel is.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyleOption, QWidget

HIGHLIGHT = (230, 120, 20)  # the app's orange

# What changes where (or whether) a widget is on screen; a new parent changes which widgets to watch.
PLACING_EVENTS = {QEvent.Show, QEvent.Hide, QEvent.Move, QEvent.Resize}


class Highlight(QWidget):
    """An orange frame drawn over ``target`` (a widget inside this frame's parent); clicks go
    through it. ``follow(widget)`` frames another panel, ``follow(None)`` none."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setStyleSheet(f"border: 4px solid rgb{HIGHLIGHT}; border-radius: 8px; background: transparent;")
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []   # the target and the widgets between it and the parent
        self.hide()

    def paintEvent(self, event):  # a plain QWidget draws its stylesheet only with this
        option = QStyleOption()
        option.initFrom(self)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PE_Widget, option, painter, self)

    def follow(self, target: QWidget | None) -> None:
        self.target = target
        self._watch(target)
        self.place()

    def _watch(self, target: QWidget | None) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):   # (a tab's stand-in is deleted once the tab is built)
                widget.removeEventFilter(self)
        self._watched = []
        widget = target
        while widget is not None and widget is not self.parentWidget():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()

    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.ParentChange:   # another way up to the frame's parent: watch that one
            self.follow(self.target)
        elif kind in PLACING_EVENTS:
            self.place()
        return False

    def place(self) -> None:
        target = self.target
        if target is None or not shiboken6.isValid(target) or not target.isVisible() \
                or not self.parentWidget().isAncestorOf(target):
            self.hide()
            return
        seen = self._seen_rect(target)
        if seen.isEmpty():
            self.hide()
            return
        self.setGeometry(seen.adjusted(-3, -3, 3, 3))
        self.show()
        self.raise_()

    def _seen_rect(self, target: QWidget) -> QRect:
        """The part of ``target`` on screen, in the parent's coordinates: a panel in a scroll area
        (the example tab's, in large type) is clipped by the area and every widget around it, and
        a frame around all of it would run over the panels below."""
        parent = self.parentWidget()
        seen = QRect(target.mapTo(parent, QPoint(0, 0)), target.size())
        widget = target.parentWidget()
        while widget is not None and widget is not parent:
            seen &= QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())
            widget = widget.parentWidget()
        return seen
