"""The convolution's part of the "Inside one example" tab: CNN Explainer's view of one position,
on a network that is still learning, then the backward pass as maps.

For the digit shown: block 1's feature maps r = max(0, x ⋆ K + c), one per filter. Hovering over a
position shows its arithmetic, clicking pins it: the k x k patch of the input under the kernel
(outlined on the digit), the kernel, their products as pictures and as numbers, Σ + c = a, the
ReLU, and the pooled value its 2x2 window feeds on, saying whether this position is that window's
maximum (only then does it reach the next layer, and only then does δ come back to it). Below, the
backward pass of the course text: δ at the pooled maps δ_q = δ W^T, routed to each window's maximum
(δ_r), masked by ReLU (δ_a), and ∂L/∂K = x ⋆ δ_a, a k x k map per filter; a second block's feature
maps, δ and ∂L/∂K2 (a row per block-2 filter). After "Apply one gradient step", what the step
changed: p_y and L before and after, and ΔK, the filters' change.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..core.networks.convolution import ConvolutionExplanation, explain_convolution
from .conv_views import label_scale, own_scales
from .mosaic import MapMosaic
from .theme import Looks
from .translation import QT_TRANSLATE_NOOP, decimal_sign, keep_translated, number, translate, translate_marked

CONTEXT = "ConvolutionExampleView"   # of the marked texts below and of the mosaics' headings
READOUT_TEXT = QT_TRANSLATE_NOOP("ConvolutionExampleView",
                                 "hover over a feature map to see one position's arithmetic; click to keep it")
TRIO_NAMES = (QT_TRANSLATE_NOOP("ConvolutionExampleView", "patch x"),
              QT_TRANSLATE_NOOP("ConvolutionExampleView", "kernel K"),
              QT_TRANSLATE_NOOP("ConvolutionExampleView", "product x·K"))

# The position view's numbers are read from the back of a room: at least 14 px at scale 1.
STYLE = """
QLabel#heading {{ font-size: {h:.0f}pt; font-weight: bold; }}
QLabel#product {{ font-size: {n:.1f}pt; font-family: "DejaVu Sans Mono", monospace; }}
QLabel#sum {{ font-size: {s:.1f}pt; }}
QLabel#readout, QLabel#note {{ font-size: {n:.1f}pt; }}
"""
MARKER = (0, 0, 0)           # the position and patch outlines: black reads on blue, white and red
MAP_COLUMNS = 4
WIDE = 1000                  # pixels: a view this wide lays the feature maps out in two rows


def map_columns(n: int) -> int:
    return min(n, MAP_COLUMNS)


def signed(v: float, digits: int = 3) -> str:
    """+0.123 / −0.123 with a true minus sign and the language's decimal sign (+0,123 in German,
    as the lines around it: German showed "Σ = +1.318" over "r = 1,242")."""
    return decimal_sign(f"{v:+.{digits}f}").replace("-", "−")


def change_of(before: ConvolutionExplanation, after_params: dict, before_params: dict):
    """The step from ``before_params`` to ``after_params`` if it is this example's gradient step, its
    learning rate λ > 0 (ΔK1 and Δb along −∂L/∂K1 and −δ, to float32 rounding), else None: weights
    that moved by training, or not at all."""
    g = np.concatenate([before.blocks[0].grad_kernels.ravel(), before.delta.ravel()]).astype(np.float64)
    d = np.concatenate([(after_params["K1"] - before_params["K1"]).ravel(),
                        (after_params["b"] - before_params["b"]).ravel()]).astype(np.float64)
    gg = g @ g
    if gg == 0 or not d.any():
        return None
    lr = -(d @ g) / gg
    scale = max(np.abs(np.concatenate([before_params["K1"].ravel(), before_params["b"].ravel()])).max(), 1.0)
    rounding = 8 * np.finfo(np.float32).eps * scale * np.sqrt(len(d))
    return lr if lr > 0 and np.linalg.norm(d + lr * g) <= 1e-3 * np.linalg.norm(d) + rounding else None


class Marker(QGraphicsRectItem):
    """An outline over pixels of a MapMosaic (a position, a patch, a pooling window), drawn with a
    pen of constant screen width whatever the zoom."""

    def __init__(self, mosaic: MapMosaic, width: float = 3, dashed: bool = False, margin: float = 0.0):
        super().__init__()
        self.margin = margin     # image pixels around what it marks: a one-pixel position stays visible
        pen = QPen(pg.mkColor(MARKER))
        pen.setCosmetic(True)
        pen.setWidthF(width)
        if dashed:
            pen.setStyle(Qt.DashLine)
        self.setPen(pen)
        self.setZValue(10)
        self.mosaic = mosaic
        mosaic.view.addItem(self)
        self.hide()

    def mark(self, panel: int | None, row: int = 0, col: int = 0, h: int = 1, w: int = 1) -> None:
        """Outline rows row..row+h, columns col..col+w of ``panel`` (None: hide)."""
        if panel is None:
            self.hide()
            return
        top, left = self.mosaic.geometry_.origin(panel)
        m = self.margin
        self.setRect(QRectF(left + col - m, top + row - m, w + 2 * m, h + 2 * m))
        self.show()


def maps_mosaic(n: int, shape: tuple[int, int], heading: str, titled: bool = False, columns: int | None = None,
                minimum: tuple[int, int] = (150, 90)) -> MapMosaic:
    """``n`` maps of ``shape`` with a heading in the course text's notation (marked for translation
    in context "ConvolutionExampleView"; kept as ``heading_source`` for a change of language) and no
    read-out line of their own (the view has one for all)."""
    mosaic = MapMosaic(n, columns or map_columns(n), panel=shape, heading=translate_marked(CONTEXT, heading),
                       titled=titled, show_readout=False, wrap_heading=False, title_points=10.5)   # (the panel's maps' own)
    mosaic.heading_source = heading
    mosaic.graphics.setMinimumSize(*minimum)
    return mosaic


class ConvolutionExampleView(QWidget):
    """The convolution's maps on the example panel (see the module's text); made by the panel with
    itself as ``panel``, fed by :meth:`show_example`."""

    def __init__(self, panel, parent=None):
        super().__init__(parent)
        self.panel = panel
        self.architecture = None
        self.explanation: ConvolutionExplanation | None = None
        self.params: dict | None = None
        self.pinned: tuple[int, int, int] | None = None    # (filter, row, column) clicked
        self.hovered: tuple[int, int, int] | None = None
        self.shown: tuple[int, int, int] | None = None
        self.position = None                              # its PositionExplanation
        self.step_base = None      # (explanation, params, x, label) of a step asked for, until it arrives
        self.change = None         # what the last step changed, see _measure_step
        self.mosaics: list[MapMosaic] = []
        self.feature_maps: MapMosaic | None = None
        self._looks = Looks()
        self.body: QWidget | None = None    # everything of one architecture, made anew for another
        self.readout = QLabel(translate_marked(CONTEXT, READOUT_TEXT))
        self.readout.setObjectName("readout")
        self.readout.setAlignment(Qt.AlignCenter)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.readout)
        self._relayout = QTimer(self, singleShot=True, interval=0, timeout=self._fit_feature_maps)
        panel.step_requested.connect(self._on_step_requested)
        keep_translated(self, self.retranslate)

    def retranslate(self) -> None:
        """The headings, notes and numbers' words in the language now chosen."""
        for mosaic in self.mosaics:
            mosaic.heading.setText(translate_marked(CONTEXT, mosaic.heading_source))
        if self.explanation is None:
            self.readout.setText(translate_marked(CONTEXT, READOUT_TEXT))
        if self.body is not None:
            self._show_position()
            self._show_step_note()

    # --- building, per architecture -------------------------------------------------------------

    def _build(self, arch) -> None:
        if self.body is not None:
            self.body.hide()
            self.body.deleteLater()
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.layout().insertWidget(0, self.body, stretch=1)
        self.mosaics = []
        self.feature_maps = None
        self.architecture = arch
        self.explanation = self.params = self.position = None    # another network's, until shown
        self.pinned = self.hovered = self.shown = None
        self.step_base = self.change = None
        F, k = arch.filters[0], arch.kernel
        side, pooled = arch.sides()[0]

        # the forward pass at one position (the feature maps go last in its row: _place_feature_maps)
        self.input_view = maps_mosaic(1, (28, 28), QT_TRANSLATE_NOOP("ConvolutionExampleView", "x, the patch"), minimum=(120, 120))
        self.trio = maps_mosaic(3, (k, k), QT_TRANSLATE_NOOP("ConvolutionExampleView", "patch, K, x·K"), columns=3, minimum=(150, 60))
        for mosaic in (self.input_view, self.trio):   # x is in [0, 1], the trio's numbers are beside it
            mosaic.graphics.ci.removeItem(mosaic.colorbar)
        self.patch_marker = Marker(self.input_view)
        self.products_heading = QLabel()
        self.products_heading.setObjectName("heading")
        self.product_cells = [[QLabel("–") for _ in range(k)] for _ in range(k)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        for r, row in enumerate(self.product_cells):
            for c, cell in enumerate(row):
                cell.setObjectName("product")
                cell.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
                grid.addWidget(cell, r, c)
        self.arithmetic = QLabel()     # Σ, + c, a, ReLU, pooling: rich text, line by line
        self.arithmetic.setObjectName("sum")
        self.arithmetic.setTextFormat(Qt.RichText)
        numbers = QVBoxLayout()
        numbers.setSpacing(2)
        numbers.addWidget(self.products_heading)
        numbers.addLayout(grid)
        numbers.addWidget(self.arithmetic)
        numbers.addStretch(1)
        pictures = QVBoxLayout()
        pictures.addWidget(self.input_view, stretch=3)
        pictures.addWidget(self.trio, stretch=2)
        # as the numbers flow: the input's patch, its products and their sum, the map it lands on
        self.position_row = self._add_row([pictures, numbers], [2, 0], stretch=3)

        # the backward pass, block 1, the filters in the same places as in the feature maps
        self.delta_q = maps_mosaic(F, (pooled, pooled), QT_TRANSLATE_NOOP("ConvolutionExampleView", "δ<sub>q</sub> = δ W<sup>T</sup> (pooled)")
                                   if arch.depth == 1 else QT_TRANSLATE_NOOP("ConvolutionExampleView", "δ<sub>q</sub> from block 2 (pooled)"))
        self.delta_r = maps_mosaic(F, (side, side), QT_TRANSLATE_NOOP("ConvolutionExampleView", "δ<sub>r</sub>: to each max"))
        self.delta_a = maps_mosaic(F, (side, side), "δ<sub>a</sub> = δ<sub>r</sub> ⊙ [a &gt; 0]")
        self.grad_K = maps_mosaic(F, (k, k), "∂L/∂K = x ⋆ δ<sub>a</sub>")
        self.delta_markers = {"q": Marker(self.delta_q), "r": Marker(self.delta_r), "a": Marker(self.delta_a)}
        self._add_row([self.delta_q, self.delta_r, self.delta_a], [1, 1, 1], stretch=2)

        # what one step changed, beside the gradient it follows
        self.step_note = QLabel()
        self.step_note.setObjectName("note")
        self.step_note.setTextFormat(Qt.RichText)
        self.delta_K = maps_mosaic(F, (k, k), QT_TRANSLATE_NOOP("ConvolutionExampleView", "ΔK = K<sub>after</sub> − K<sub>before</sub>"))
        # the note first: where the panel is wider than a projector's 1280 pixels, a row's right end
        # is what goes out of sight, and there a colour bar can go, not the note's numbers
        self._add_row([self.step_note, self.grad_K, self.delta_K], [0, 1, 1], stretch=2)

        # a second block, summarised: its feature maps, δ_a and ∂L/∂K2
        self.block2 = []
        if arch.depth == 2:
            G = arch.filters[1]
            side2, _ = arch.sides()[1]
            r2 = maps_mosaic(G, (side2, side2), "r<sub>2</sub> = max(0, q<sub>1</sub> ⋆ K<sub>2</sub> + c<sub>2</sub>)")
            d2 = maps_mosaic(G, (side2, side2), QT_TRANSLATE_NOOP("ConvolutionExampleView", "block 2: δ<sub>a2</sub>"))
            g2 = maps_mosaic(G * F, (k, k), QT_TRANSLATE_NOOP("ConvolutionExampleView", "∂L/∂K<sub>2</sub> (a row per filter)"),
                             columns=F)
            self.block2 = [r2, d2, g2]
            self._add_row(self.block2, [1, 1, 2], stretch=2)

        self.mosaics = [self.input_view, self.trio, self.delta_q, self.delta_r, self.delta_a,
                        self.grad_K, self.delta_K, *self.block2]
        for mosaic in self.mosaics:
            self._watch(mosaic)
        self._place_feature_maps(self.feature_map_columns())
        self.set_looks(self._looks)
        self._show_step_note()

    def _watch(self, mosaic: MapMosaic) -> None:
        """Read out what the mouse is on."""
        mosaic.graphics.scene().sigMouseMoved.connect(lambda pos, m=mosaic: self._on_mouse_moved(m, pos))

    def feature_map_columns(self) -> int:
        """Where the view is narrow (a projector's 1280 pixels in large type) the feature maps stand in
        four rows, filling the height the numbers beside them take; where it is wide, in two, as
        large as the row's height lets them be."""
        F = self.architecture.filters[0]
        return int(np.ceil(F / 4)) if self.width() < WIDE else min(int(np.ceil(F / 2)), 8)

    def _place_feature_maps(self, columns: int) -> None:
        """Block 1's feature maps in ``columns`` columns, at the end of the position's row."""
        F = self.architecture.filters[0]
        side, _ = self.architecture.sides()[0]
        self.feature_maps = maps_mosaic(F, (side, side), QT_TRANSLATE_NOOP("ConvolutionExampleView", "Feature maps r"), titled=True, columns=columns,
                                        minimum=(180, 230))
        self.position_marker = Marker(self.feature_maps, margin=0.5)
        self.window_marker = Marker(self.feature_maps, width=2, dashed=True)
        self._watch(self.feature_maps)
        self.feature_maps.graphics.scene().sigMouseClicked.connect(self._on_clicked)
        self.feature_maps.graphics.viewport().installEventFilter(self)
        self.mosaics.insert(0, self.feature_maps)
        self.position_row.addWidget(self.feature_maps, stretch=5)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout.start()     # after the resize: not in the middle of the layout's own work

    def _fit_feature_maps(self) -> None:
        """The same maps in the columns the view's width now wants (rearranged, not made anew: a new
        mosaic's view has no size until the next layout, and its titles stood where it had none)."""
        if self.feature_maps is not None and self.feature_map_columns() != self.feature_maps.columns:
            self.feature_maps.set_columns(self.feature_map_columns())
            self._show_position()   # (the outlines, where their maps now are)

    def _add_row(self, parts, stretches, stretch: int) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        for part, part_stretch in zip(parts, stretches):
            if isinstance(part, QWidget):
                row.addWidget(part, stretch=part_stretch)
            else:
                row.addLayout(part, stretch=part_stretch)
        self.layout_.addLayout(row, stretch=stretch)
        return row

    # --- inputs ---------------------------------------------------------------------------------

    def show_example(self, e: ConvolutionExplanation, params: dict, arch) -> None:
        """Show ``e``, computed from ``params`` (the panel's weights) of a network of ``arch``."""
        if arch != self.architecture:
            self._build(arch)
        if self.change is not None and not np.array_equal(self.change["x"], e.x):
            self.change = None            # another example: its step is not the one shown
        previous = self.params
        self.explanation, self.params = e, params
        if self.step_base is not None and params is not previous:
            self._measure_step(e, params)
        b1 = e.blocks[0]
        F = len(b1.r)
        self.feature_maps.set_maps(b1.r.reshape(F, -1).T, [str(f + 1) for f in range(F)])
        self.input_view.set_maps(e.x[:, None])
        self.delta_q.set_maps(b1.delta_q.reshape(F, -1).T)
        self.delta_r.set_maps(b1.delta_r.reshape(F, -1).T)
        self.delta_a.set_maps(b1.delta_a.reshape(F, -1).T)
        self.grad_K.set_maps(b1.grad_kernels.reshape(F, -1).T)
        if self.block2:
            b2 = e.blocks[1]
            G = len(b2.r)
            r2, d2, g2 = self.block2
            r2.set_maps(b2.r.reshape(G, -1).T)
            d2.set_maps(b2.delta_a.reshape(G, -1).T)
            g2.set_maps(b2.grad_kernels.reshape(G * F, -1).T)
        self._show_position()
        self._show_step_note()

    def set_looks(self, looks: Looks) -> None:
        self._looks = looks
        # the type scale the example panel gave its own maps (`example_panel.example_scale`: larger
        # in presentation mode, less than the rest's), read from them: the panel imports this module
        scale = self.panel.gradient_map.looks.theme.scale
        self.setStyleSheet(STYLE.format(h=11 * scale, n=11 * scale, s=12 * scale))
        for mosaic in self.mosaics:
            mosaic.set_looks(replace(looks, theme=looks.theme.scaled(scale)))
        if self.explanation is not None:
            self._show_position()      # the own-scale colour bar's labels again

    # --- one position ---------------------------------------------------------------------------

    def default_position(self) -> tuple[int, int, int]:
        """Before any click: the strongest response of filter 1 (a position that fires, and so one
        whose arithmetic says something)."""
        r = self.explanation.blocks[0].r[0]
        i, j = np.unravel_index(int(np.argmax(r)), r.shape)
        return 0, int(i), int(j)

    def show_position(self, f: int, i: int, j: int, pin: bool = True) -> None:
        """Show the arithmetic of feature map f at row i, column j (and keep it, with ``pin``)."""
        if pin:
            self.pinned = (f, i, j)
            self.hovered = None        # the mouse is on it: the pinned position is the one under it
        else:
            self.hovered = (f, i, j)
        self._show_position()

    def _show_position(self) -> None:
        e = self.explanation
        if e is None:
            return
        self.shown = self.hovered or self.pinned or self.default_position()
        f, i, j = self.shown
        b1 = e.blocks[0]
        p = b1.position(f, i, j)
        self.position = p
        k = b1.kernel
        self.position_marker.mark(f, i, j)
        self.window_marker.mark(f if p.pooled_at else None, 2 * (i // 2), 2 * (j // 2), 2, 2)
        self.patch_marker.mark(0, i, j, k, k)
        self.delta_markers["r"].mark(f, i, j)
        self.delta_markers["a"].mark(f, i, j)
        self.delta_markers["q"].mark(f if p.pooled_at else None, *(p.pooled_at or (0, 0)))
        trio = np.stack([p.patch[0], p.kernel[0], p.products[0]])
        scaled, tops = own_scales(trio)
        self.trio.set_maps(scaled.reshape(3, -1).T)
        self.trio.heading.setText(translate("ConvolutionExampleView", "patch, K<sub>{filter}</sub>, x·K")
                                  .format(filter=f + 1))
        label_scale(self.trio, translate("ConvolutionExampleView", "its max"))
        self.products_heading.setText(translate("ConvolutionExampleView", "x·K at map {map}, ({row}, {column})")
                                      .format(map=f + 1, row=i, column=j))
        for r, row in enumerate(self.product_cells):
            for c, cell in enumerate(row):
                cell.setText(signed(float(p.products[0, r, c]), 2))
        self.arithmetic.setText("<br>".join(self.arithmetic_lines(p)))

    @staticmethod
    def arithmetic_lines(p) -> list[str]:
        """The position's sum, bias, ReLU and pooling, a line each (rich text)."""
        lines = [f"Σ = {signed(p.total)};  + c<sub>{p.f + 1}</sub> = {signed(p.bias)}",   # (";": "," is a decimal sign)
                 f"a = Σ + c = {signed(p.a)}",
                 f"ReLU: r = max(0, a) = {number(p.r, 3)}"]
        if p.pooled_at is None:
            return lines + [translate("ConvolutionExampleView", "in no 2×2 window: not pooled")]
        pi, pj = p.pooled_at
        window = p.block.r[p.f, 2 * pi:2 * pi + 2, 2 * pj:2 * pj + 2].ravel()
        lines.append(translate("ConvolutionExampleView", "2×2 window: {values}")
                     .format(values=" ".join(number(v, 2) for v in window)))
        lines.append(translate("ConvolutionExampleView", "q = its max = {value}").format(value=number(p.pooled, 3)))
        if p.is_max:
            lines.append(translate("ConvolutionExampleView", "r is it: feeds l, δ<sub>a</sub> = {value}")
                         .format(value=signed(p.delta_a, 4)))
        else:
            lines.append(translate("ConvolutionExampleView", "r is not: feeds nothing, δ = 0"))
        return lines

    # --- mouse ----------------------------------------------------------------------------------

    def _on_mouse_moved(self, mosaic: MapMosaic, scene_pos: QPointF) -> None:
        hit = mosaic.pixel_at(scene_pos)
        if mosaic is self.feature_maps:
            if hit != self.hovered:
                self.hovered = hit
                self._show_position()
        self.readout.setText(" " if hit is None or self.explanation is None else self.read_out(mosaic, *hit))

    def _on_clicked(self, event) -> None:
        hit = self.feature_maps.pixel_at(event.scenePos())
        if hit is not None:
            self.show_position(*hit, pin=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The mouse leaving the feature maps gives the view back to the clicked position."""
        if event.type() == QEvent.Leave and self.hovered is not None:
            self.hovered = None
            self._show_position()
        return False

    def read_out(self, mosaic: MapMosaic, j: int, r: int, c: int) -> str:
        """The value under the mouse, named in the course text's words."""
        e = self.explanation
        b1 = e.blocks[0]
        where = translate("ConvolutionExampleView", "row {row}, col {column}").format(row=r, column=c)
        if mosaic is self.input_view:
            return translate("ConvolutionExampleView", "x at {where} = {value}").format(
                where=where, value=number(e.x[r * 28 + c], 3))
        if mosaic is self.trio:
            p = self.position
            values = (p.patch, p.kernel, p.products)[j][0]
            return translate("ConvolutionExampleView", "{name} at {where} = {value}").format(
                name=translate_marked(CONTEXT, TRIO_NAMES[j]), where=where, value=signed(float(values[r, c]), 4))
        per_filter = {self.feature_maps: ("r", b1.r), self.delta_q: ("δ_q", b1.delta_q),
                      self.delta_r: ("δ_r", b1.delta_r), self.delta_a: ("δ_a", b1.delta_a),
                      self.grad_K: ("∂L/∂K", b1.grad_kernels[:, 0])}
        if mosaic in per_filter:
            name, maps = per_filter[mosaic]
            text = translate("ConvolutionExampleView", "filter {filter}, {where}: {name} = {value}").format(
                filter=j + 1, where=where, name=name, value=signed(float(maps[j, r, c]), 4))
            if mosaic is self.grad_K:
                text += f",  ∂L/∂c = {signed(float(b1.grad_biases[j]), 4)}"
            return text
        if mosaic is self.delta_K and self.change is not None:
            return translate("ConvolutionExampleView", "filter {filter}, {where}: {name} = {value}").format(
                filter=j + 1, where=where, name="ΔK", value=signed(float(self.change['delta_K'][j, 0, r, c]), 5))
        if self.block2:
            b2 = e.blocks[1]
            r2, d2, g2 = self.block2
            if mosaic is r2:
                return translate("ConvolutionExampleView", "block-2 filter {filter}, {where}: {name} = {value}").format(
                    filter=j + 1, where=where, name="r", value=signed(float(b2.r[j, r, c]), 4))
            if mosaic is d2:
                return translate("ConvolutionExampleView", "block-2 filter {filter}, {where}: {name} = {value}").format(
                    filter=j + 1, where=where, name="δ_a", value=signed(float(b2.delta_a[j, r, c]), 4))
            if mosaic is g2:
                g, f = divmod(j, len(b1.r))
                return translate("ConvolutionExampleView", "block-2 filter {filter}, on map {map}, {where}: "
                                 "∂L/∂K2 = {value}").format(filter=g + 1, map=f + 1, where=where,
                                                            value=signed(float(b2.grad_kernels[g, f, r, c]), 4))
        return " "

    # --- one step -------------------------------------------------------------------------------

    def _on_step_requested(self, x, label: int) -> None:
        if self.explanation is not None and self.panel.part_widget is self:
            self.step_base = (self.explanation, self.params, np.array(x), int(label))
            self.change = None
            self._show_step_note()

    def _measure_step(self, e: ConvolutionExplanation, params: dict) -> None:
        """New weights after a step was asked for: if they are that step, show what it changed; if
        training moved them first, the step (taken from the newest weights) is still to come."""
        before, before_params, x, label = self.step_base
        if not np.array_equal(x, e.x):
            self.step_base = None
            return
        if before.label != label:
            before = explain_convolution(self.architecture, before_params, x, label)
        lr = change_of(before, params, before_params)
        if lr is None:
            self.step_base = (explain_convolution(self.architecture, params, x, label), params, x, label)
            return
        after = e if e.label == label else explain_convolution(self.architecture, params, x, label)
        self.change = {"x": x, "label": label, "lr": lr,
                       "p": (float(before.probabilities[label]), float(after.probabilities[label])),
                       "loss": (before.loss, after.loss),
                       "delta_K": params["K1"] - before_params["K1"],
                       "delta_c": params["c1"] - before_params["c1"]}
        self.step_base = None
        # the class should see what the step did, even where the tab must scroll to show it
        QTimer.singleShot(0, self, self._show_the_change)

    def _show_the_change(self) -> None:
        """Scroll down (only down: sideways would hide the table's first column) to the step's note."""
        if self.change is None:         # another network's view by now
            return
        scroll = self.panel.scroll
        QApplication.sendPostedEvents(None, QEvent.LayoutRequest)   # the note's new lines laid out first
        bottom = self.step_note.mapTo(scroll.widget(), QPoint(0, self.step_note.height())).y()
        bar = scroll.verticalScrollBar()
        bar.setValue(max(bar.value(), bottom + 10 - scroll.viewport().height()))

    def _show_step_note(self) -> None:
        c = self.change
        if self.step_base is not None:
            self.step_note.setText(translate("ConvolutionExampleView", "One step asked for: waiting for the new weights…"))
            self.delta_K.set_maps(np.zeros((self.delta_K.pixels, self.delta_K.n), np.float32))
            return
        if c is None:
            self.step_note.setText(translate("ConvolutionExampleView", "Press <b>Apply one gradient step</b>:<br>"
                                             "this example's step,<br>K ← K − λ ∂L/∂K,<br>and what it changed, here."))
            self.delta_K.set_maps(np.zeros((self.delta_K.pixels, self.delta_K.n), np.float32))
            return
        name = self.panel.class_names[c["label"]]
        (p0, p1), (l0, l1) = c["p"], c["loss"]
        self.step_note.setText(translate(
            "ConvolutionExampleView", "One step, λ = {rate}, y = {label}:<br>"
            "p<sub>y</sub>: {p_before} → <b>{p_after}</b><br>L: {loss_before} → <b>{loss_after}</b><br>"
            "largest |ΔK| = {largest_K}<br>largest |Δc| = {largest_c}").format(
            rate=f"{c['lr']:.3g}", label=name, p_before=number(p0, 3), p_after=number(p1, 3),
            loss_before=number(l0, 3), loss_after=number(l1, 3),
            largest_K=f"{np.abs(c['delta_K']).max():.2g}", largest_c=f"{np.abs(c['delta_c']).max():.2g}"))
        F = len(c["delta_K"])
        self.delta_K.set_maps(c["delta_K"].reshape(F, -1).T)


class ConvolutionExample:
    """The convolution's part of the example panel: its headings, and its own widget for the maps
    (:class:`ConvolutionExampleView`) in place of the two rows of ten."""

    # (marked in this class's name: the panel translates a part's headings in its part's name)
    HEADINGS = (
        QT_TRANSLATE_NOOP("ConvolutionExample", "Forward pass<br>a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)<br>"
                          "l = q W + b,  p = softmax(l)"),
        QT_TRANSLATE_NOOP("ConvolutionExample", "δ = ∂L/∂b = p − y<br>red: p<sub>j</sub> too high<br>blue: too low"),
        QT_TRANSLATE_NOOP("ConvolutionExample", "One step of gradient descent<br>K ← K − λ ∂L/∂K,<br>"
                          "c ← c − λ ∂L/∂c,<br>W ← W − λ q<sup>T</sup> δ,<br>b ← b − λ δ"),
        "",
        "",
    )
    WIDGET = ConvolutionExampleView

    @staticmethod
    def show_maps(panel, e) -> None:
        panel.part_widget.show_example(e, panel.weights.params, panel.weights.architecture)

    @staticmethod
    def readout(panel, e, mosaic, j, i, r, c) -> str:
        return " "          # the two rows of ten are not shown: the view reads its own maps out
