"""Word-wrapped labels that claim the height their lines take.

Why a module of its own: Qt lays a word-wrapped QLabel out by height-for-width, which a splitter and
a scroll area do not ask for; squeezed to its one-line minimum, a legend or heading of two lines ran
over the chart or map under it. `keep_wrapped_height` makes such a label's minimum height the height
of its lines at its width, as it is resized, so that the layouts around it make room or scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel


class _WrappedHeight(QObject):
    def eventFilter(self, label, event):
        if event.type() in (QEvent.Resize, QEvent.FontChange, QEvent.StyleChange):
            fit_height(label)
        return False


def fit_height(label: QLabel, width: int | None = None) -> None:
    """``label``'s minimum height: its lines at its width (or at ``width``, the one it is about to
    be given); none while it is empty. Measured again only when its words, type or width change."""
    width = label.width() if width is None else width
    key = (label.text(), label.font().key(), width)
    if label.property("fitted_for") == key:
        return
    label.setProperty("fitted_for", key)
    label.setMinimumHeight(0)   # (a label's height for a width is never less than its minimum)
    need = label.heightForWidth(width) if width > 0 and label.text() else 0
    label.setMinimumHeight(max(need, 0))


def keep_wrapped_height(label: QLabel) -> QLabel:
    """Wrap ``label``'s words and keep its minimum height at what its lines need; returns it."""
    label.setWordWrap(True)
    wrapped = _WrappedHeight(label)
    label.installEventFilter(wrapped)
    return label
