"""The hidden layer on the Learning tab: what each hidden unit looks for, and how the ten outputs
weigh the units.

Hidden unit k's 784 incoming weights (column k of W1) are a 28x28 map, like a one-layer template:
red where ink makes the unit fire, blue where ink holds it back. With many units only the most
influential are shown at once (those whose outgoing weights, row k of W2, are largest), with pages
for the rest. Below them, W2 itself: one row per digit, one column per unit.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.metrics import robust_symmetric_limit
from ..core.model import NetworkWeights

from .map_titles import delta_text
from .mosaic import (SIDE, MapMosaic, cache_axes, displayable, heading_picture_readout,
                     set_symmetric_levels)
from .theme import Looks, style_plot
from .translation import QT_TRANSLATE_NOOP, keep_translated, translate
from .wrapping import WrappedLabel

PAGE = 8        # unit maps shown at once: 2 x 4 tiles of 60 px or more on a 1024x768 projector
COLUMNS = 4
MIN_TILE = 60   # pixels: the least side of a unit's map in presentation mode at 768 lines
MIN_WIDTH = 120  # pixels: the firing units' strip beside the canvas, at the least


def influence(W2: np.ndarray) -> np.ndarray:
    """How much each hidden unit can move the outputs: the length of its outgoing weights, row k
    of W2 (H, 10); shape (H,)."""
    return np.linalg.norm(np.nan_to_num(W2), axis=1)


def unit_pages(hidden: int) -> list[str]:
    """The choices of which units to show: the most influential first, then every unit by number."""
    if hidden <= PAGE:
        return [translate("HiddenUnitsView", "all {hidden}, most influential first").format(hidden=hidden)]
    pages = [translate("HiddenUnitsView", "{page} most influential").format(page=PAGE)]
    pages += [translate("HiddenUnitsView", "units {first}–{last}").format(first=s + 1, last=min(s + PAGE, hidden))
              for s in range(0, hidden, PAGE)]
    return pages


class OutputWeights(QWidget):
    """W2 as an H x 10 heatmap beside the unit maps (unit k's row holds its weight on each digit),
    hover to read one."""

    def __init__(self, class_names, parent=None):
        super().__init__(parent)
        self.class_names = tuple(class_names)
        self._W2 = np.zeros((1, 10), np.float32)
        self._looks = Looks()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        keep_translated(self, lambda: self.heading.setToolTip(translate(
            "OutputWeights", "a row per digit, a column per hidden unit: l_j = Σ_k h_k w2_kj + b2_j")))
        self.plot = pg.PlotWidget()
        self.plot.setBackground(None)
        # its share of the room is the layout's to give (a plot's size hint would claim half)
        self.plot.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
        self.plot.setMinimumSize(80, 60)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.getPlotItem().setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(-1, 1), colorMap=Looks().color_map(), interactive=False,
                                        width=12, colorMapMenu=False)
        self.colorbar.setImageItem(self.image)
        cache_axes(self.colorbar)
        cache_axes(self.plot.getPlotItem())
        self.plot.getPlotItem().layout.addItem(self.colorbar, 2, 3)
        self.readout = heading_picture_readout(self, self.heading, self.plot)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.set_class_names(class_names)

    def set_class_names(self, names) -> None:
        self.class_names = tuple(names)
        self.plot.getAxis("bottom").setTicks([[(j + 0.5, n[:3]) for j, n in enumerate(self.class_names)]])

    def set_weights(self, W2: np.ndarray) -> None:
        """W2 (H, 10): a row per unit, a column per digit."""
        resized = self._W2.shape != np.shape(W2)
        self._W2 = np.nan_to_num(np.array(W2, np.float32))
        H = self._W2.shape[0]
        limit = robust_symmetric_limit(self._W2, self._looks.percentile)
        self.image.setImage(displayable(self._W2, limit), autoLevels=False)
        set_symmetric_levels(self.image, self.colorbar, self._W2, self._looks, limit)
        if resized:  # set every frame, the ranges re-laid out the axes every frame
            self.plot.setXRange(0, 10, padding=0)
            self.plot.setYRange(0, H, padding=0)
            self.heading.setText("W2")

    def set_looks(self, looks: Looks) -> None:
        self._looks = looks
        self.set_weights(self._W2)
        style_plot(self.plot, looks.theme)
        style_plot(self.colorbar, looks.theme)
        # Room for half a line over and under the map (its axis' and colour bar's end numbers are
        # centred on its ends), and columns as wide as the digits under them.
        metrics = QFontMetricsF(self.plot.getAxis("bottom").style["tickFont"] or QFont())
        half_line = int(metrics.height() / 2) + 2
        self.plot.getPlotItem().layout.setContentsMargins(1, half_line, 1, half_line)
        self.plot.getAxis("left").setStyle(hideOverlappingLabels=half_line)
        names = max(metrics.horizontalAdvance(n[:3]) for n in self.class_names)
        self.plot.setMinimumWidth(int(10 * (names + metrics.averageCharWidth())
                                      + metrics.horizontalAdvance("500") + self.colorbar.axis.width() + 40))
        self.colorbar.setColorMap(looks.color_map())
        self.readout.setStyleSheet(f"font-size: {looks.theme.pt(11):.0f}pt;")

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.plot.getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        p = view.mapSceneToView(scene_pos)
        j, k = int(np.floor(p.x())), int(np.floor(p.y()))
        if 0 <= k < self._W2.shape[0] and 0 <= j < 10:
            self.readout.setText(translate("OutputWeights", "unit {unit} → {name}:  w2 = {weight}").format(
                unit=k + 1, name=self.class_names[j], weight=f"{self._W2[k, j]:+.4f}"))


class HiddenUnitsView(QWidget):
    """The hidden layer's weights: unit maps (most influential first, or a page of units by number)
    over the output weights W2. ``set_weights(weights)`` takes a hidden-layer NetworkWeights."""

    def __init__(self, class_names=tuple("0123456789"), parent=None):
        super().__init__(parent)
        self.hidden = 0
        self.units = np.zeros(0, np.int64)   # which unit each panel shows
        self._weights: NetworkWeights | None = None
        self._activity: np.ndarray | None = None
        self._looks = Looks()
        self.mosaic: MapMosaic | None = None

        self.heading = WrappedLabel()
        self.heading.setObjectName("heading")
        self.page_box = QComboBox()
        self.page_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.page_box.currentIndexChanged.connect(lambda _: self._choose_units())
        top = QHBoxLayout()
        top.addWidget(self.heading, stretch=1)
        top.addWidget(self.page_box)
        self.output = OutputWeights(class_names)
        # The unit maps and, beside them, W2 with a row per unit: both get the panel's full height.
        self._maps_row = QHBoxLayout()
        self._maps_row.setSpacing(6)
        self._maps_row.addWidget(self.output, stretch=2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(self._maps_row, stretch=1)
        self._build_mosaic(PAGE)  # now, with the window: PAGE panels serve every H >= PAGE
        keep_translated(self, self._name)

    def _name(self) -> None:
        """The heading, the tooltips and the pages' names in the current language."""
        self.page_box.setToolTip(translate("HiddenUnitsView", "which hidden units to show: the most influential "
                                                              "(largest outgoing weights) or a page of them by number"))
        if self.hidden:
            for i, text in enumerate(unit_pages(self.hidden)):
                self.page_box.setItemText(i, text)
            self.heading.setText(translate("HiddenUnitsView", "What the {hidden} hidden units look for").format(
                hidden=self.hidden))
            self.heading.setToolTip(translate("HiddenUnitsView",
                                              "each map is one unit's 784 incoming weights, a column of W1"))

    def set_class_names(self, names) -> None:
        self.output.set_class_names(names)

    def _build_mosaic(self, n: int) -> None:
        if self.mosaic is not None and self.mosaic.n == n:
            return
        if self.mosaic is not None:
            self._maps_row.removeWidget(self.mosaic)
            self.mosaic.deleteLater()
        # No titles: at PAGE panels a title would be wider than its panel; the read-out names the unit.
        self.mosaic = MapMosaic(n, min(COLUMNS, n), describe=self._describe, titled=False)
        self.mosaic.set_looks(self._looks)
        self._fit_tiles()
        self._maps_row.insertWidget(0, self.mosaic, stretch=3)

    def set_weights(self, weights: NetworkWeights) -> None:
        hidden = weights.architecture.hidden
        self._weights = weights
        if hidden != self.hidden:
            self.hidden = hidden
            self._build_mosaic(min(PAGE, hidden))
            self.page_box.blockSignals(True)
            self.page_box.clear()
            self.page_box.addItems(unit_pages(hidden))
            self.page_box.blockSignals(False)
            self.page_box.setVisible(hidden > PAGE)
            self._name()
        self.output.set_weights(weights.params["W2"])
        self._choose_units()

    def show_weights(self, weights: NetworkWeights) -> None:
        self.set_weights(weights)

    def show_drawing(self, forward) -> None:
        """The drawing's forward pass (or None): its hidden activations in the read-out."""
        self.set_activity(None if forward is None else forward.h[0])

    def set_activity(self, h: np.ndarray | None) -> None:
        """The hidden activations h (H,) for the drawing, in the read-out (None: no drawing)."""
        self._activity = None if h is None else np.asarray(h, np.float32).reshape(-1)

    def _choose_units(self) -> None:
        if self._weights is None or self.mosaic is None:
            return
        page = max(self.page_box.currentIndex(), 0)
        if page == 0:
            self.units = np.argsort(-influence(self._weights.params["W2"]), kind="stable")[:PAGE]
        else:
            start = (page - 1) * PAGE
            self.units = np.arange(start, min(start + PAGE, self.hidden))
        maps = np.zeros((784, self.mosaic.n), np.float32)
        maps[:, :len(self.units)] = self._weights.params["W1"][:, self.units]
        self.mosaic.set_maps(maps)

    def _describe(self, i: int, row: int, col: int) -> str:
        if i >= len(self.units) or self._weights is None:
            return " "
        k = int(self.units[i])
        w = float(self._weights.params["W1"][row * SIDE + col, k])
        fired = "" if self._activity is None else translate("HiddenUnitsView", ",  h = {h} for the drawing").format(
            h=f"{self._activity[k]:.3f}")
        return translate("HiddenUnitsView", "unit {unit}: pixel (row {row}, col {col})  w1 = {weight}{fired}").format(
            unit=k + 1, row=row, col=col, weight=f"{w:+.4f}", fired=fired)

    def set_looks(self, looks: Looks) -> None:
        self._looks = looks
        if self.mosaic is not None:
            self.mosaic.set_looks(looks)
            self._fit_tiles()
        self.output.set_looks(looks)
        self.fit_output()

    def _fit_tiles(self) -> None:
        """Each unit's map at least MIN_TILE pixels (more in large type): a page has fewer units
        rather than smaller maps."""
        mosaic = self.mosaic
        scale = self._looks.theme.scale
        tile = MIN_TILE * max(1.0, scale / 1.44) if scale > 1 else 2 * MIN_TILE / 3
        per_pixel = tile / SIDE
        rows, columns = mosaic.geometry_.shape
        mosaic.graphics.setMinimumSize(int(columns * per_pixel + mosaic.colorbar.axis.width() + 54),
                                       int(rows * per_pixel + 24))

    def fit_output(self) -> None:
        """W2 beside the unit maps only where both have their readable widths (else the maps,
        what each unit looks for, keep the room; the spotlight shows both)."""
        if self.mosaic is None:
            return
        need = (self.mosaic.minimumSizeHint().width() + self.output.minimumSizeHint().width()
                + self._maps_row.spacing())
        self.output.setVisible(self.width() >= need)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit_output()


class HiddenActivity(pg.GraphicsLayoutWidget):
    """Which hidden units fire for the drawing, while it is drawn: one cell per unit, in unit order,
    from white (silent) to orange (firing hardest)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground(None)
        self.label = self.addLabel(" ", row=0, col=0, size="11pt")
        self.view = self.addViewBox(row=1, col=0, lockAspect=True, enableMouse=False, invertY=True)
        self.view.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(pg.ColorMap([0, 1], [(255, 255, 255), (230, 110, 0)]).getLookupTable(nPts=256))
        self.view.addItem(self.image)
        self.activity = np.zeros(0, np.float32)
        self.setMinimumSize(MIN_WIDTH, 140)
        self._text_style = {"size": "11pt", "color": "#202020"}
        self._shape: tuple[int, int] | None = None  # the grid the view's range was set for
        self._counts: tuple[int | None, int] = (None, 0)   # (units firing or None: no drawing, units)
        keep_translated(self.label.item, self._say_counts)   # (its text item: it may go before the view)

    def show_drawing(self, architecture, forward) -> None:
        """The units of ``architecture`` firing for the drawing's forward pass (None: no drawing)."""
        self.set_activity(None if forward is None else forward.h[0], architecture.hidden)

    def set_activity(self, h: np.ndarray | None, hidden: int) -> None:
        """h (H,) or None (no drawing): a grid of ceil(H / 16) rows of 16 cells."""
        columns = 16 if hidden >= 64 else 8
        rows = -(-hidden // columns)
        grid = np.full(rows * columns, np.nan, np.float32)
        if h is not None:
            self.activity = np.asarray(h, np.float32).reshape(-1)
            top = float(self.activity.max()) if self.activity.size else 0.0
            grid[:hidden] = self.activity / top if top > 0 else 0.0
            firing = int((self.activity > 1e-3 * max(top, 1e-12)).sum()) if top > 0 else 0
        else:
            self.activity = np.zeros(0, np.float32)
            grid[:hidden] = 0.0
            firing = None
        self.image.setImage(grid.reshape(rows, columns), autoLevels=False, levels=(0, 1))
        # (set on every stroke drawn: the range and the label only when they change)
        if self._shape != (rows, columns):
            self.view.setRange(xRange=(0, columns), yRange=(0, rows), padding=0.02)
            self._shape = (rows, columns)
        self._counts = (firing, hidden)
        self._say_counts()

    def _say_counts(self) -> None:
        firing, hidden = self._counts
        if not hidden:
            text = translate("HiddenActivity", "hidden units")
        elif firing is None:
            text = translate("HiddenActivity", "hidden units<br>{hidden}").format(hidden=hidden)
        else:
            text = translate("HiddenActivity", "units firing<br>{firing} of {hidden}").format(
                firing=firing, hidden=hidden)
        # (the heading's words one under another: the strip beside the canvas stays narrow, and
        # pyqtgraph cuts a label at the widget's edge rather than wrap it)
        heading, _, rest = text.partition("<br>")
        text = "<br>".join(heading.split() + ([rest] if rest else []))
        if text != self.label.text:
            self.label.setText(text, **self._text_style)
            self._fit_label()

    def set_looks(self, looks: Looks) -> None:
        theme = looks.theme
        self._text_style = {"size": f"{theme.pt(11):.0f}pt", "color": theme.text}
        self.label.setText(self.label.text, **self._text_style)
        self._fit_label()

    def _fit_label(self) -> None:
        """Never narrower than the label's longest line ("hidden un" over "128" was all a
        projector's type showed of it at 1920x1080)."""
        left, _, right, _ = self.ci.layout.getContentsMargins()
        words = self.label.item.boundingRect().width() + left + right + 2 * self.ci.layout.horizontalSpacing()
        self.setMinimumWidth(max(MIN_WIDTH, math.ceil(words)))


class HiddenLayerExample:
    """The hidden layer's part of the "Inside one example" tab: for the units this example moves
    most, their ∂L/∂W1 and what each of them sees, x_i w1_ik."""

    # (marked in this class's name, the context the example panel translates them in)
    HEADINGS = (
        QT_TRANSLATE_NOOP("HiddenLayerExample",
                          "Forward pass<br>z = x W1 + b1,  h = f(z)<br>l = h W2 + b2,  "
                          "p<sub>j</sub> = e<sup>l<sub>j</sub></sup> / Σ<sub>k</sub> e<sup>l<sub>k</sub></sup>"),
        QT_TRANSLATE_NOOP("HiddenLayerExample",
                          "δ2<sub>j</sub> = ∂L/∂b2<sub>j</sub> = p<sub>j</sub> − y<sub>j</sub>   (red: "
                          "p<sub>j</sub> too high, blue: too low)"),
        QT_TRANSLATE_NOOP("HiddenLayerExample",
                          "One step, both layers<br>W2 ← W2 − λ h<sup>T</sup> δ2,  b2 ← b2 − λ δ2<br>"
                          "W1 ← W1 − λ x<sup>T</sup> δ1,  b1 ← b1 − λ δ1"),
        QT_TRANSLATE_NOOP("HiddenLayerExample",
                          "∂L/∂W1<sub>ik</sub> = x<sub>i</sub> δ1<sub>k</sub>, δ1 = (δ2 W2<sup>T</sup>) ⊙ f′(z),"
                          " for the units this example moves most (a step adds −{lr} × this); titles "
                          "δ1<sub>k</sub>"),
        QT_TRANSLATE_NOOP("HiddenLayerExample",
                          "What those units see: x<sub>i</sub> w1<sub>ik</sub> (red: ink that makes unit k "
                          "fire); titles k: h<sub>k</sub> = f(z<sub>k</sub>)"),
    )

    @staticmethod
    def show_maps(panel, e) -> None:
        """The ten panels show the units this example moves most: their ∂L/∂W1 and x ⊙ w1."""
        units = e.top_units
        k = len(units)
        gradient = np.zeros((784, 10), np.float32)
        seen = np.zeros((784, 10), np.float32)
        gradient[:, :k] = e.grad_W1_top
        seen[:, :k] = e.x[:, None] * panel.weights.params["W1"][:, units]
        # A column is one unit in both rows: its number and h_k below, δ1_k above (titles as short
        # as the one layer's, so that ten fit side by side).
        panel.gradient_map.set_maps(gradient, [delta_text(e.delta1[u]) for u in units] + [""] * (10 - k))
        panel.evidence_map.set_maps(seen, [f"{u + 1}: {e.h[u]:.1f}" for u in units] + [""] * (10 - k))

    @staticmethod
    def readout(panel, e, mosaic, j: int, i: int, r: int, c: int) -> str:
        if j >= len(e.top_units):
            return " "
        k = int(e.top_units[j])
        where = translate("HiddenLayerExample", "unit {unit}, pixel (row {row}, col {col}):  x_i = {x}").format(
            unit=k + 1, row=r, col=c, x=f"{e.x[i]:.2f}")
        if mosaic is panel.gradient_map:
            return f"{where},  δ1_k = {e.delta1[k]:+.4f},  ∂L/∂w1_ik = {e.x[i] * e.delta1[k]:+.4f}"
        w = float(panel.weights.params["W1"][i, k])
        return f"{where},  w1_ik = {w:+.4f},  x_i w1_ik = {e.x[i] * w:+.4f},  h_k = {e.h[k]:.3f}"
