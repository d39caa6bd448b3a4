"""Word-wrapped labels that claim the height their lines take.

Why a module of its own: Qt lays a word-wrapped QLabel out by height-for-width, which a splitter
does not ask for (squeezed to its one-line minimum, a legend or heading of two lines ran over the
chart or map under it), and which makes a scroll area size its content from the size hints rather
than fit it (the example panel scrolled by a whole screen). A `WrappedLabel` instead takes the height
of its lines at its width as its minimum height, whenever its width, words or type change, and says
it has no height-for-width: the layouts around it make room, or scroll, from minimum sizes alone.
Its preferred height is that same height: a QLabel's own guess for wrapped text (a width it finds
pleasing, and the height of the lines at it) is taller than its lines across the width it is given,
and a layout short of room shared the difference out: the lesson's caption took 280 px for three
lines and the charts under it were squeezed to 40 px.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        fit_height(self)

    def hasHeightForWidth(self) -> bool:
        return False   # (its minimum height says it: see fit_height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight()) if self.text() else hint

    def setText(self, text: str) -> None:
        super().setText(text)
        fit_height(self)

    def event(self, event):
        handled = super().event(event)
        # measured after QLabel has taken the change: before it, a rich text's lines were still
        # laid out in the old type (a presentation-size caption claimed its normal-size height)
        if event.type() in (QEvent.Resize, QEvent.FontChange, QEvent.StyleChange):
            fit_height(self)
        return handled


def fit_height(label: QLabel, width: int | None = None) -> None:
    """``label``'s minimum height: its lines at its width (or at ``width``, the one it is about to
    be given); none while it is empty. Measured again only when its words, type or width change."""
    width = label.width() if width is None else width
    key = (label.text(), label.font().key(), width)
    if label.property("fitted_for") == key:
        return
    label.setProperty("fitted_for", key)
    label.setMinimumHeight(lines_height(label, width) if width > 0 and label.text() else 0)


def lines_height(label: QLabel, width: int) -> int:
    """The height of a wrapped label's lines at ``width`` (its height for a width is never less
    than its minimum, which is its lines' at its own width: set aside while measuring)."""
    before = label.minimumHeight()
    label.setMinimumHeight(0)
    try:
        return max(label.heightForWidth(width), 0)
    finally:
        label.setMinimumHeight(before)


def width_for_lines(label: QLabel, lines: int) -> int:
    """The least width at which ``label``'s words take no more than ``lines`` lines (measured in
    its present type: a heading given less runs down its column a word a line)."""
    key = (label.text(), label.font().key(), lines)
    known = label.property("width_for_lines")
    if known is not None and known[0] == key:
        return known[1]
    one_line = lines_height(label, 1 << 16)
    narrow, wide = 1, max(label.fontMetrics().horizontalAdvance(label.text()) + 8, 2)
    while lines_height(label, wide) > one_line * (lines + 0.5):   # (rich text: marks are longer than their words)
        wide *= 2
    while wide - narrow > 1:   # (the fewest lines a width gives fall as it grows)
        middle = (narrow + wide) // 2
        narrow, wide = (middle, wide) if lines_height(label, middle) > one_line * (lines + 0.5) else (narrow, middle)
    label.setProperty("width_for_lines", (key, wide))
    return wide
