"""Drawing a digit for the network to read, and the 28x28 input it becomes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.preprocess import Preprocessed, image_steps, naive_downscale, preprocess

from .translation import keep_translated, translate

PAPER = QColor(252, 251, 246)
INK = QColor(20, 24, 48)


class DrawingCanvas(QWidget):
    """A square sheet to draw on: left button draws, right button erases.

    The ink lives in a fixed-resolution grey image (``resolution`` pixels square, 0 = paper, 255 =
    full ink) whatever the widget's size, so the same stroke gives the same input on a laptop and a
    projector. ``ink_changed`` is emitted on every mouse move while drawing, not only on release,
    and when the network input changes without the ink (`set_naive_input`).

    The network reads the drawing through MNIST's recipe (`preprocessing_steps`); with
    ``set_naive_input(True)`` it reads the whole sheet averaged down to 28x28 instead, so that a
    class can see why the recipe matters.
    """

    ink_changed = Signal()

    def __init__(self, parent=None, resolution: int = 280, brush_size: float = 22.0):
        super().__init__(parent)
        self.resolution = resolution
        self.brush_size = brush_size
        self._ink = QImage(resolution, resolution, QImage.Format_Grayscale8)
        self._ink.fill(0)
        self._last: QPointF | None = None
        self._erasing = False
        self._steps: Preprocessed | None = None  # preprocessing_steps(), until the ink changes
        self._input: np.ndarray | None = None     # network_input(), until the ink or mode changes
        self._shown: QImage | None = None          # the ink in colour over paper, until the ink changes
        self._naive = False
        self._image: np.ndarray | None = None     # a 28x28 image shown as it is (show_image)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(120, 120)
        self.setCursor(Qt.CrossCursor)
        keep_translated(self, lambda: (self.setToolTip(
            translate("DrawingCanvas", "Draw a digit: left button draws, right button erases, C clears")),
            self.update()))   # (and its "draw a digit here")

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    # --- geometry ---------------------------------------------------------------------------

    def sheet_rect(self) -> QRectF:
        """The square, centred area of the widget that shows the sheet."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_sheet(self, pos: QPointF) -> QPointF:
        r = self.sheet_rect()
        s = self.resolution / r.width()
        return QPointF((pos.x() - r.x()) * s, (pos.y() - r.y()) * s)

    # --- ink ------------------------------------------------------------------------------

    def ink(self) -> np.ndarray:
        """The drawing, shape (resolution, resolution), float32 in [0, 1] (1 = full ink)."""
        img = self._ink
        buf = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
        return buf[:, : img.width()].astype(np.float32) * np.float32(1 / 255)

    def preprocessing_steps(self) -> Preprocessed:
        """The steps from the drawing to MNIST's 28x28 (ink, bounding box, 20x20 fit, centred)."""
        if self._steps is None:
            self._steps = image_steps(self._image) if self._image is not None else preprocess(self.ink())
        return self._steps

    def network_input(self) -> np.ndarray:
        """What the network reads: shape (784,), float32 in [0, 1], read-only.

        The drawing as MNIST would have it (``preprocessing_steps().network_input``), or the naive
        downscale of the whole sheet when `set_naive_input` is on.
        """
        # Each frame asks again with new weights; the drawing itself changes only on strokes.
        if self._input is None:
            if self._image is not None:   # a test image: the network reads it exactly
                self._input = self.preprocessing_steps().network_input
            elif self._naive:
                self._input = naive_downscale(self.ink())
                self._input.flags.writeable = False
            else:
                self._input = self.preprocessing_steps().network_input
        return self._input

    def naive_input(self) -> bool:
        return self._naive

    def set_naive_input(self, on: bool) -> None:
        """Feed the network the whole sheet averaged to 28x28 (no crop, no 20x20 fit, no centring)."""
        on = bool(on)
        if on != self._naive:
            self._naive = on
            self._input = None
            self.ink_changed.emit()  # same ink, another input: listeners read network_input() again

    def is_empty(self) -> bool:
        return not self.network_input().any()

    def set_ink(self, ink: np.ndarray) -> None:
        """Replace the drawing by an image in [0, 1] of any size (a 28x28 test digit, say)."""
        ink = np.clip(np.nan_to_num(np.asarray(ink, np.float32)), 0, 1)
        h, w = ink.shape
        grey = np.ascontiguousarray((ink * 255).round().astype(np.uint8))
        small = QImage(grey.data, w, h, w, QImage.Format_Grayscale8)
        self._ink.fill(0)
        p = QPainter(self._ink)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        p.drawImage(QRectF(0, 0, self.resolution, self.resolution), small)
        p.end()
        self.update()
        self._changed()

    def show_image(self, image: np.ndarray) -> None:
        """An image that is already MNIST's 28x28 (a test image), shape (784,) or (28, 28), in
        [0, 1]: shown on the sheet, and read by the network exactly as it is (not put through the
        drawing's recipe again) until a stroke changes it."""
        image = np.asarray(image, np.float32).reshape(28, 28)
        self.set_ink(image)
        self._image = image.copy()
        self._steps = self._input = None
        self.ink_changed.emit()

    def draw_strokes(self, strokes) -> None:
        """Replace the drawing by pen strokes, each an array (n, 2) of (x, y) in 0..1 of the sheet
        (0, 0 top left), drawn with the current brush: a drawing written down in a lesson file."""
        self._ink.fill(0)
        p = QPainter(self._ink)
        p.setRenderHint(QPainter.Antialiasing)
        p.setPen(QPen(QColor(255, 255, 255), self.brush_size, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        for stroke in strokes:
            points = [QPointF(float(x) * self.resolution, float(y) * self.resolution) for x, y in stroke]
            if len(points) == 1:
                p.drawPoint(points[0])
            for a, b in zip(points, points[1:]):
                p.drawLine(a, b)
        p.end()
        self.update()
        self._changed()

    def _changed(self) -> None:
        self._image = None
        self._steps = None
        self._input = None
        self._shown = None
        self.ink_changed.emit()

    def clear(self) -> None:
        self._ink.fill(0)
        self.update()
        self._changed()

    def _stroke(self, a: QPointF, b: QPointF) -> None:
        p = QPainter(self._ink)
        p.setRenderHint(QPainter.Antialiasing)
        width = self.brush_size * (1.6 if self._erasing else 1.0)
        p.setPen(QPen(QColor(0, 0, 0) if self._erasing else QColor(255, 255, 255), width,
                      Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        if a == b:
            p.drawPoint(a)
        else:
            p.drawLine(a, b)
        p.end()
        self.update()
        self._changed()

    def _coloured_ink(self) -> QImage:
        """The ink as a colour over paper (the grey image is the ink's alpha), made once per change
        of the ink: the window repaints the canvas more often than the ink changes."""
        if self._shown is None:
            shown = QImage(self._ink.size(), QImage.Format_ARGB32_Premultiplied)
            shown.fill(INK)
            mask = QPainter(shown)
            mask.setCompositionMode(QPainter.CompositionMode_DestinationIn)
            ink = self._ink
            mask.drawImage(0, 0, QImage(ink.constBits(), ink.width(), ink.height(), ink.bytesPerLine(),
                                        QImage.Format_Alpha8))
            mask.end()
            self._shown = shown
        return self._shown

    # --- events ---------------------------------------------------------------------------

    def mousePressEvent(self, event):
        if event.button() in (Qt.LeftButton, Qt.RightButton):
            self._erasing = event.button() == Qt.RightButton
            self._last = self.to_sheet(event.position())
            self._stroke(self._last, self._last)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event):
        if self._last is not None and event.buttons() & (Qt.LeftButton | Qt.RightButton):
            point = self.to_sheet(event.position())
            self._stroke(self._last, point)
            self._last = point
            event.accept()

    def mouseReleaseEvent(self, event):
        self._last = None
        event.accept()

    def paintEvent(self, event):
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        r = self.sheet_rect()
        p.fillRect(r, PAPER)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        p.drawImage(r, self._coloured_ink())
        p.setPen(QPen(QColor(160, 160, 160), 1))
        p.drawRect(r.adjusted(0, 0, -1, -1))
        if self.is_empty():
            p.setPen(QColor(150, 150, 150))
            p.drawText(r, Qt.AlignCenter, translate("DrawingCanvas", "draw a digit here"))
        p.end()
