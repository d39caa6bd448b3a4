"""Ten 28x28 pictures of the weight columns: column j of W is digit j's template."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .theme import style_plot

# Diverging maps from pyqtgraph's bundled colorcet set (no matplotlib needed): blue = negative,
# white = zero, red = positive; CET-CBD1 (blue-white-yellow) reads for red-green colour-blind eyes.
COLORMAPS = {"Blue-white-red": "CET-D1", "Colour-blind safe": "CET-CBD1"}
DEFAULT_COLORMAP = "Blue-white-red"


PANEL = 28
GAP = 3          # pixels between panels
TITLE = 9        # pixels above each row of panels for the titles
MOSAIC_SHAPE = (2 * (TITLE + PANEL), 5 * PANEL + 4 * GAP)


def panel_origin(j: int) -> tuple[int, int]:
    """(top, left) of digit j's 28x28 panel in the mosaic."""
    row, col = divmod(j, 5)
    return row * (TITLE + PANEL) + TITLE, col * (PANEL + GAP)


def pixel_under(view: pg.ViewBox, scene_pos: QPointF, origin=panel_origin):
    """(panel j, row, column) of a mosaic of ten 28x28 panels under a scene position, or None.

    ``origin(j)`` gives panel j's (top, left) in the mosaic, so any layout of panels works.
    """
    if not view.sceneBoundingRect().contains(scene_pos):
        return None
    p = view.mapSceneToView(scene_pos)
    y, x = int(np.floor(p.y())), int(np.floor(p.x()))
    for j in range(10):
        top, left = origin(j)
        if top <= y < top + PANEL and left <= x < left + PANEL:
            return j, y - top, x - left
    return None


def symmetric_limit(W: np.ndarray) -> float:
    """The shared, symmetric colour range ±max|w|, never zero (a fresh model is all small)."""
    finite = np.abs(W[np.isfinite(W)])
    return float(max(finite.max() if finite.size else 0.0, 1e-6))


class WeightHeatmaps(QWidget):
    """Ten labelled panels in a diverging colour map centred on zero, with one colour bar.

    ``set_weights(W)`` takes a (784, 10) array; the widget keeps its own copy. Hovering a pixel shows
    its weight.
    """

    hovered = Signal(str)

    def __init__(self, class_names=tuple("0123456789"), parent=None, title="Weights: one template per digit"):
        super().__init__(parent)
        self._class_names = tuple(class_names)
        self._W = np.zeros((784, 10), np.float32)
        self.limit = 1.0
        self.fixed_limit: float | None = None  # set by the user; None = follow max|W|
        self.updates = 0

        # One image holds all ten panels (a 2 x 5 mosaic with gaps of NaN, drawn transparent): one
        # item to render per frame instead of ten.
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(None)
        self.view = self.graphics.addViewBox(row=0, col=0, lockAspect=True, enableMouse=False,
                                             invertY=True)
        self.view.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        self._mosaic = np.full(MOSAIC_SHAPE, np.nan, np.float32)
        self.title_items: list[pg.TextItem] = []
        for j in range(10):
            top, left = panel_origin(j)
            text = pg.TextItem(self._class_names[j], anchor=(0.5, 1.0), color=(40, 40, 40))
            text.setPos(left + 14, top - 0.5)
            self.view.addItem(text)
            self.title_items.append(text)
        self.view.setRange(xRange=(0, MOSAIC_SHAPE[1]), yRange=(0, MOSAIC_SHAPE[0]), padding=0.01)
        self.colorbar = pg.ColorBarItem(values=(-1, 1), colorMap=pg.colormap.get(COLORMAPS[DEFAULT_COLORMAP]),
                                        interactive=False, width=16, orientation="vertical")
        self.colorbar.setImageItem(self.image)
        self.graphics.addItem(self.colorbar, row=0, col=1)
        self.set_title_size(14)

        self.hover_label = QLabel(" ")
        self.hover_label.setAlignment(Qt.AlignCenter)
        self.heading = QLabel(title)
        self.heading.setObjectName("heading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.graphics, stretch=1)
        layout.addWidget(self.hover_label)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.set_weights(self._W)

    def set_class_names(self, names) -> None:
        self._class_names = tuple(names)
        digits = all(n.isdigit() for n in self._class_names)
        self.heading.setText(f"Weights: one template per {'digit' if digits else 'class'}")
        for label, name in zip(self.title_items, self._class_names):
            label.setText(name)

    def set_title_size(self, points: float) -> None:
        font = self.title_items[0].textItem.font()
        font.setPointSizeF(points)
        font.setBold(True)
        for label in self.title_items:
            label.setFont(font)

    def set_theme(self, theme) -> None:
        self.set_title_size(theme.pt(14))
        for label in self.title_items:
            label.setColor(theme.text)
        style_plot(self.colorbar, theme)
        self.hover_label.setStyleSheet(f"font-size: {theme.pt(11):.0f}pt;")

    def set_colormap(self, name: str) -> None:
        self.colorbar.setColorMap(pg.colormap.get(COLORMAPS.get(name, name)))

    def set_weights(self, W: np.ndarray) -> None:
        """Show W (784, 10): one shared symmetric scale ±max|w|, or the fixed one if set."""
        W = np.nan_to_num(np.asarray(W, np.float32), nan=0.0, posinf=0.0, neginf=0.0)
        self._W = W.copy()  # ImageItem keeps views of what it is given: hand it our own copy
        self.limit = self.fixed_limit or symmetric_limit(self._W)
        for j, panel in enumerate(self._W.T.reshape(10, PANEL, PANEL)):
            top, left = panel_origin(j)
            self._mosaic[top: top + PANEL, left: left + PANEL] = panel
        self.image.setImage(self._mosaic, autoLevels=False, levels=(-self.limit, self.limit))
        self.colorbar.setLevels((-self.limit, self.limit))
        self.updates += 1

    def weights(self) -> np.ndarray:
        return self._W.copy()

    def pixel_at(self, scene_pos: QPointF):
        """(digit, row, column) under a scene position, or None."""
        return pixel_under(self.view, scene_pos, panel_origin)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        hit = self.pixel_at(scene_pos)
        if hit is None:
            self.hover_label.setText(" ")
            return
        j, r, c = hit
        w = float(self._W[r * 28 + c, j])
        text = f"{self._class_names[j]}: pixel (row {r}, col {c})  w = {w:+.4f}"
        self.hover_label.setText(text)
        self.hovered.emit(text)
