"""What the network sees: the steps from the drawing to its 28x28 input, side by side.

MNIST's recipe, as `core.preprocess.preprocess` keeps it: the ink and its bounding box, the crop
scaled to fit 20x20 (aspect kept), the 28x28 field with the centre of mass in the middle. A switch
feeds the network the naive downscale of the whole canvas instead, and the strip then shows that.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QVBoxLayout, QWidget

from ..core.preprocess import BOX, SIDE, Preprocessed, preprocess
from .canvas import INK, PAPER
from .translation import QT_TRANSLATE_NOOP, keep_translated, translate, translate_marked

ACCENT = QColor(230, 120, 20)  # the app's orange: the answer, and here what the recipe adds
CAPTIONS = (QT_TRANSLATE_NOOP("StepsStrip", "ink + box"), QT_TRANSLATE_NOOP("StepsStrip", "fit 20×20"),
            QT_TRANSLATE_NOOP("StepsStrip", "centred 28×28"))
NAIVE_CAPTIONS = (QT_TRANSLATE_NOOP("StepsStrip", "ink"), "", QT_TRANSLATE_NOOP("StepsStrip", "naive 28×28"))
NAIVE_NOTE = QT_TRANSLATE_NOOP("StepsStrip", "no box, no 20×20 fit, no centring")


def shown(*texts: str) -> tuple[str, ...]:
    """The captions in the current language."""
    return tuple(translate_marked("StepsStrip", text) if text else "" for text in texts)


def ink_image(values: np.ndarray) -> QImage:
    """Values in [0, 1], shape (h, w), as ink on paper (the canvas' colours), an image of its own."""
    v = np.clip(np.nan_to_num(np.asarray(values, np.float32)), 0, 1)
    paper = np.array(PAPER.getRgb()[:3], np.float32)
    ink = np.array(INK.getRgb()[:3], np.float32)
    h, w = v.shape
    rgb = np.empty((h, w, 3), np.uint8)
    # one channel at a time: numpy broadcasting over a last axis of 3 is ten times slower (2 ms for
    # the 280x280 drawing, on every stroke)
    for c in range(3):
        rgb[..., c] = (paper[c] + (ink[c] - paper[c]) * v).round()
    # copy(): the QImage would otherwise point into `rgb`, freed when this function returns
    return QImage(rgb.data, w, h, 3 * w, QImage.Format_RGB888).copy()


class StepsStrip(QWidget):
    """Three square panels with a caption under each, painted (crisp pixels at any size)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._steps: Preprocessed = preprocess(np.zeros((SIDE, SIDE), np.float32))
        self._naive: np.ndarray | None = None
        self._images: list[QImage | None] | None = None  # images() as pictures, until the steps change
        self._font = QFont()
        self._font.setPointSizeF(11)
        self._text = QColor("#202020")
        self._muted = QColor("#606060")
        self._scale = 1.0
        self._line = 1.0
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    # --- data --------------------------------------------------------------------------------

    def set_steps(self, steps: Preprocessed, naive_input: np.ndarray | None = None) -> None:
        self._steps = steps
        self._naive = None if naive_input is None else np.array(naive_input, np.float32).reshape(SIDE, SIDE)
        self._images = None
        self.update()

    @property
    def naive(self) -> bool:
        return self._naive is not None

    def captions(self) -> tuple[str, ...]:
        return shown(*(NAIVE_CAPTIONS if self.naive else CAPTIONS))

    def images(self) -> list[np.ndarray | None]:
        """What each panel shows, as arrays (None: a panel with only a note)."""
        if self.naive:
            return [self._steps.ink, None, self._naive]
        return [self._steps.ink, self._steps.fit, self._steps.centred]

    def set_theme(self, theme) -> None:
        self._font = QFont(self.font())
        self._font.setPointSizeF(theme.pt(11))
        self._text, self._muted, self._scale = QColor(theme.text), QColor(theme.muted), theme.scale
        self._line = getattr(theme, "line", 1.0)  # a projector theme's thicker lines
        self.updateGeometry()
        self.update()

    # --- geometry ----------------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self._font)

    def _gap(self) -> float:
        return self._metrics().horizontalAdvance(" → ")

    def _min_slot(self) -> float:
        """Narrowest panel: the widest single word of a caption or the note (captions wrap)."""
        fm = self._metrics()
        words = " ".join(shown(*CAPTIONS, *NAIVE_CAPTIONS, NAIVE_NOTE)).split()
        return max(48 * self._scale, max(fm.horizontalAdvance(w) for w in words) + 4)

    def _caption_height(self, slot: float) -> float:
        """One line when every caption fits the panel's width, two when they must wrap."""
        fm = self._metrics()
        lines = 1 if all(fm.horizontalAdvance(c) + 4 <= slot for c in shown(*CAPTIONS, *NAIVE_CAPTIONS)) else 2
        return lines * fm.lineSpacing() + 0.3 * fm.height()

    def _height_for_slot(self, slot: float) -> int:
        return int(slot + self._caption_height(slot)) + 1

    def minimumSizeHint(self) -> QSize:
        slot = self._min_slot()
        return QSize(int(3 * slot + 2 * self._gap()) + 2, self._height_for_slot(slot))

    def sizeHint(self) -> QSize:
        slot = max(110 * self._scale, self._min_slot())
        return QSize(int(3 * slot + 2 * self._gap()) + 2, self._height_for_slot(slot))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for_slot(max(1.0, (width - 1 - 2 * self._gap()) / 3))

    def panel_rects(self) -> list[tuple[QRectF, QRectF]]:
        """(image, caption) rectangles of the three panels, in widget coordinates."""
        gap = self._gap()
        slot = (self.width() - 1 - 2 * gap) / 3  # - 1: the last frame's right edge stays inside
        cap_h = self._caption_height(slot)
        side = max(1.0, min(slot, self.height() - cap_h))
        top = (self.height() - side - cap_h) / 2
        rects = []
        for i in range(3):
            x = i * (slot + gap)
            image = QRectF(x + (slot - side) / 2, top, side, side)
            rects.append((image, QRectF(x, top + side, slot, cap_h)))
        return rects

    # --- drawing -----------------------------------------------------------------------------

    def pictures(self) -> list[QImage | None]:
        """`images` as ink on paper, made once per new drawing (a window repaints far more often)."""
        if self._images is None:
            self._images = [None if v is None else ink_image(v) for v in self.images()]
        return self._images

    def paintEvent(self, event):
        p = QPainter(self)
        p.setFont(self._font)
        pen_width = max(1.5, 2 * self._scale * self._line)
        rects = self.panel_rects()
        for i, ((image_rect, caption_rect), values, picture) in enumerate(zip(rects, self.images(),
                                                                               self.pictures())):
            if values is None:
                p.setPen(self._muted)
                p.drawText(image_rect, Qt.AlignCenter | Qt.TextWordWrap, shown(NAIVE_NOTE)[0])
            else:
                # the large ink is smoothed down; 20x20 and 28x28 keep their pixels square
                p.setRenderHint(QPainter.SmoothPixmapTransform, values.shape[0] > SIDE)
                p.drawImage(image_rect, picture)
                p.setPen(QPen(QColor(160, 160, 160), 1))
                p.drawRect(image_rect)
            self._draw_marks(p, i, image_rect, pen_width)
            p.setPen(self._text)
            p.drawText(caption_rect, Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, self.captions()[i])
            if i < 2:
                p.setPen(self._muted)
                arrow = QRectF(image_rect.right(), image_rect.top(), rects[i + 1][0].left() - image_rect.right(),
                               image_rect.height())
                p.drawText(arrow, Qt.AlignCenter, "→")
        p.end()

    def _draw_marks(self, p: QPainter, i: int, r: QRectF, pen_width: float) -> None:
        """What the recipe adds, in orange: the bounding box, and the centre of mass's target."""
        if self.naive:
            return
        steps = self._steps
        p.setPen(QPen(ACCENT, pen_width))
        p.setBrush(Qt.NoBrush)
        if i == 0 and steps.box is not None:
            h, w = steps.ink.shape
            top, left, bottom, right = steps.box
            p.drawRect(QRectF(r.left() + left / w * r.width(), r.top() + top / h * r.height(),
                              (right - left) / w * r.width(), (bottom - top) / h * r.height()))
        elif i == 2 and steps.box is not None:
            # the centre of pixel (14, 14), where the centre of mass is put
            f = (SIDE / 2 + 0.5) / SIDE
            c = QPointF(r.left() + f * r.width(), r.top() + f * r.height())
            arm = r.width() / SIDE * 1.5
            p.drawLine(c - QPointF(arm, 0), c + QPointF(arm, 0))
            p.drawLine(c - QPointF(0, arm), c + QPointF(0, arm))
        elif i == 1 and steps.box is not None:
            h, w = steps.fit_shape
            px = r.width() / BOX
            p.setPen(QPen(ACCENT, 1, Qt.DashLine))
            p.drawRect(QRectF(r.left() + (BOX - w) // 2 * px, r.top() + (BOX - h) // 2 * px, w * px, h * px))


class PreprocessingSteps(QWidget):
    """The strip of steps, and the switch that feeds the network the naive downscale.

    ``naive_toggled(bool)`` is emitted when the user flips the switch; `follow` wires both ways to
    a `DrawingCanvas`.
    """

    naive_toggled = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.strip = StepsStrip()
        self.naive_box = QCheckBox()
        keep_translated(self, lambda: (
            self.naive_box.setText(translate("PreprocessingSteps", "Naive input (whole canvas)")),
            self.naive_box.setToolTip(translate(
                "PreprocessingSteps", "Feed the network the whole canvas averaged to 28×28, without MNIST's "
                "recipe (no crop, no 20×20 fit, no centring), to see why the recipe matters")),
            self.strip.updateGeometry(), self.strip.update()))   # (the strip's captions: measured, drawn)
        self.naive_box.toggled.connect(self.naive_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.strip, stretch=1)
        layout.addWidget(self.naive_box)
        self._canvas = None

    def set_steps(self, steps: Preprocessed, naive_input: np.ndarray | None = None) -> None:
        """Show the recipe's steps, or, when ``naive_input`` (shape (784,)) is given, the ink and that."""
        self.strip.set_steps(steps, naive_input)

    def captions(self) -> tuple[str, ...]:
        return self.strip.captions()

    def set_looks(self, looks) -> None:
        """As every view takes the window's looks (only the theme matters here)."""
        self.set_theme(looks.theme)

    def set_theme(self, theme) -> None:
        self.strip.set_theme(theme)
        # the tick box grows with the type, or it is a speck on a projector
        side = round(14 * theme.scale)
        self.naive_box.setStyleSheet(f"QCheckBox {{ font-size: {theme.pt(10.5):.0f}pt; color: {theme.text}; }}"
                                     f"QCheckBox::indicator {{ width: {side}px; height: {side}px; }}")

    def follow(self, canvas) -> None:
        """Show ``canvas``' steps as it changes; the switch sets its input mode."""
        self._canvas = canvas
        canvas.ink_changed.connect(self.refresh)
        self.naive_toggled.connect(canvas.set_naive_input)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        canvas = self._canvas
        if canvas is None:
            return
        naive = canvas.naive_input()
        if self.naive_box.isChecked() != naive:  # the mode was changed elsewhere (a menu, a key)
            self.naive_box.blockSignals(True)
            self.naive_box.setChecked(naive)
            self.naive_box.blockSignals(False)
        self.set_steps(canvas.preprocessing_steps(), canvas.network_input() if naive else None)
