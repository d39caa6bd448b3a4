"""The convolution on the Learning tab and beside the canvas.

On the Learning tab: the filters, k x k pictures of the kernels (a filter's map lights up where the
digit's ink matches its picture), each on its own colour scale since filters differ in size; a
second block's filters as a grid, a row per filter and a column per map of the first block; and
the softmax layer's weights, one picture per digit laid over the pooled maps (a tile per filter:
where in which map a digit wants to see the filter fire).

Beside the canvas: the feature maps of the digit being drawn, after ReLU and after pooling, block
by block, updated as the pen moves.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.model import NetworkWeights
from ..core.networks import Convolution

from .mosaic import MapMosaic
from .theme import Looks
from .translation import QT_TRANSLATE_NOOP, keep_translated, number, translate, translate_marked
from .wrapping import width_for_lines

FILTER_COLUMNS = 4
HEADING_LINES = 2   # a part's heading gets the width for this many lines, or the part gives way


def tile_columns(n: int) -> int:
    """How many tiles a row when ``n`` maps are laid out in one picture: 4 (8 maps in 2 rows of 4,
    twice as wide as high, as the ten digits' pictures share a wide panel), more past 16."""
    return min(n, 4) if n <= 16 else int(np.ceil(np.sqrt(n)))


def tiled(maps: np.ndarray, columns: int) -> np.ndarray:
    """Maps (..., n, h, w) laid out as pictures, ``columns`` tiles a row with a 1-pixel gap of 0
    between them: shape (..., rows (h + 1) - 1, columns (w + 1) - 1). One reshape for every
    picture at once (the ten digits' pictures are made each frame)."""
    *lead, n, h, w = maps.shape
    rows = -(-n // columns)
    padded = np.zeros((*lead, rows * columns, h + 1, w + 1), np.float32)
    padded[..., :n, :h, :w] = maps
    grid = padded.reshape(*lead, rows, columns, h + 1, w + 1)
    grid = np.moveaxis(grid, -3, -2).reshape(*lead, rows * (h + 1), columns * (w + 1))
    return grid[..., :-1, :-1]


def tile_at(row: int, col: int, shape: tuple[int, int], columns: int, n: int):
    """(tile, row, column) of a pixel of a :func:`tiled` picture, or None in a gap."""
    h, w = shape
    tr, r = divmod(row, h + 1)
    tc, c = divmod(col, w + 1)
    f = tr * columns + tc
    if r == h or c == w or f >= n:
        return None
    return f, r, c


def own_scales(maps: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Maps (n, ...) each divided by its largest |value| (so each fills the colour scale), and those
    largest values (n,) (1 for an all-zero map)."""
    flat = np.nan_to_num(maps.reshape(len(maps), -1).astype(np.float32))
    top = np.abs(flat).max(axis=1)
    top[top == 0] = 1
    return (flat / top[:, None]).reshape(maps.shape), top


def label_scale(mosaic: MapMosaic, what: str) -> None:
    """The colour bar of maps each on its own scale: its ends are each map's own largest |value|."""
    mosaic.colorbar.axis.setTicks([[(-0.97, f"−{what}"), (0.0, "0"), (0.97, f"+{what}")]])
    mosaic.colorbar._symmetric_shown = None   # set_symmetric_levels' ticks must come back if used


class ConvolutionView(QWidget):
    """The Learning tab's page for a convolution: its parts side by side, the filters (block 1, and
    block 2 if any) and the softmax layer's weights per digit. ``show_weights`` takes a
    convolution's NetworkWeights.

    Where the parts do not all fit side by side at a readable size, fewer are shown, not smaller
    ones: a box above them chooses the first part shown, and those after it follow while they fit
    (the spotlight, with the whole window, shows them all). Only a view on screen is drawn: weights
    that arrive on another tab are shown when it comes back."""

    def __init__(self, class_names=tuple("0123456789"), parent=None):
        super().__init__(parent)
        self.class_names = tuple(class_names)
        self.architecture: Convolution | None = None
        self.weights: NetworkWeights | None = None
        self.filter_scales = np.ones(0, np.float32)
        self.forward = None
        self._looks = Looks()
        self._stale = False          # weights arrived while the view was off screen
        self.filters: MapMosaic | None = None
        self.block2: MapMosaic | None = None
        self.dense: MapMosaic | None = None
        self.parts: list[MapMosaic] = []
        self.page_box = QComboBox()
        self.page_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.page_box.currentIndexChanged.connect(lambda _: self._fit_parts())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.page_box)
        top.addStretch(1)
        self.parts_row = QHBoxLayout()
        self.parts_row.setContentsMargins(0, 0, 0, 0)
        self.parts_row.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(self.parts_row, stretch=1)
        keep_translated(self, self.retranslate)

    # --- building, per architecture ---------------------------------------------------------

    def _build(self, arch: Convolution) -> None:
        for mosaic in self.parts:
            mosaic.setParent(None)
            mosaic.deleteLater()
        self.architecture = arch
        F, k = arch.filters[0], arch.kernel
        K = "K1" if arch.depth == 2 else "K"
        self.filters = MapMosaic(
            # no colour bar: each filter has its own scale (its largest |weight| at the ends),
            # which the read-out gives in numbers
            F, min(F, FILTER_COLUMNS), panel=(k, k), title_points=12, title_pixels=k // 2 + 1, colorbar=False,
            heading=translate("ConvolutionView", "Filters {K} ({k}×{k})").format(K=K, k=k), describe=self._describe_filter)
        self.filters.heading.setToolTip(translate("ConvolutionView", "each filter on its own colour scale (its largest |weight| at the "
                                        "ends); a filter's feature map is large where the ink under it "
                                        "looks like its picture: a = x ⋆ K + c"))
        parts = [(self.filters, translate("ConvolutionView", "filters {K}").format(K=K), 2)]
        self.block2 = None
        if arch.depth == 2:
            # each block-2 filter is F kernels of k x k, one per map of block 1: a tile of them each
            G = arch.filters[1]
            self.block2_columns = tile_columns(F)
            tile_shape = tiled(np.zeros((F, k, k), np.float32), self.block2_columns).shape
            self.block2 = MapMosaic(
                G, min(G, 4), panel=tile_shape, titled=False, describe=self._describe_block2, colorbar=False,
                heading=translate("ConvolutionView", "Filters K2: {count}, each {maps} × {k}×{k}").format(count=G, maps=F, k=k))
            self.block2.heading.setToolTip(translate("ConvolutionView", "each block-2 filter is {maps} kernels, one per feature map of "
                                           "block 1 (tiles in the order of the filters of K1)").format(maps=F))
            parts.append((self.block2, translate("ConvolutionView", "filters K2"), 2))
        side = arch.sides()[-1][1]
        n = arch.filters[-1]
        self.dense_columns = tile_columns(n)
        tile_shape = tiled(np.zeros((n, side, side), np.float32), self.dense_columns).shape
        self.dense = MapMosaic(
            10, 5, panel=tile_shape, title_points=12, describe=self._describe_dense,
            title_pixels=max(4, round(tile_shape[0] * 0.6)), heading=translate("ConvolutionView", "W per digit, on the pooled maps"))
        self.dense.heading.setToolTip(translate("ConvolutionView", "a {side}×{side} tile per filter; l_j = Σ q_i w_ij + b_j: red where "
                                      "a digit wants that filter to fire, blue where it must not").format(side=side))
        parts.append((self.dense, translate("ConvolutionView", "W per digit"), 3))
        self.page_box.blockSignals(True)
        self.page_box.clear()
        for mosaic, name, stretch in parts:
            self.parts_row.addWidget(mosaic, stretch=stretch)
            self.page_box.addItem(name)
        self.page_box.blockSignals(False)
        self.parts = [mosaic for mosaic, _, _ in parts]
        self.set_looks(self._looks)
        self.set_class_names(self.class_names)

    def _fit_parts(self) -> None:
        """Every part side by side if all fit the view's width at their least readable sizes; else
        the part the box names and those after it that fit, and the box to choose."""
        if not self.parts:
            return
        for part in self.parts:   # (a heading of a word a line made its column the tallest thing on the tab)
            part.heading.setMinimumWidth(width_for_lines(part.heading, HEADING_LINES))
        widths = [part.minimumSizeHint().width() for part in self.parts]
        spacing = self.parts_row.spacing()
        all_fit = sum(widths) + spacing * (len(widths) - 1) <= self.width()
        first = 0 if all_fit else max(self.page_box.currentIndex(), 0)
        shown, used = [], 0
        for i in range(first, len(self.parts)):
            used += widths[i] + (spacing if shown else 0)
            if shown and used > self.width():
                break
            shown.append(i)
        for i, part in enumerate(self.parts):
            if part.isVisibleTo(self) != (i in shown):
                part.setVisible(i in shown)
        self.page_box.setVisible(not all_fit)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_parts()

    def minimumSizeHint(self) -> QSize:
        """As narrow as its widest part alone: the layout around may give it less than the parts
        shown need side by side (presentation mode, a lesson's caption), and then it shows fewer."""
        hint = super().minimumSizeHint()
        if not self.parts:
            return hint
        widest = max([part.minimumSizeHint().width() for part in self.parts] + [self.page_box.sizeHint().width()])
        return QSize(widest, hint.height())

    # --- the registry's interface ------------------------------------------------------------

    def show_weights(self, weights: NetworkWeights) -> None:
        arch = weights.architecture
        if arch != self.architecture:
            self._build(arch)
        self.weights = weights
        self._stale = True
        if self.isVisible():   # (another tab's frames must not pay for these pictures)
            self._draw()

    def _draw(self) -> None:
        self._stale = False
        weights, arch = self.weights, self.architecture
        p = weights.params
        K1 = p["K1"][:, 0]                                            # (F, k, k)
        scaled, self.filter_scales = own_scales(K1)
        self.filters.set_maps(scaled.reshape(len(K1), -1).T,
                              [f"{f + 1}" for f in range(len(K1))])
        if self.block2 is not None:
            scaled2, self.block2_scales = own_scales(p["K2"])         # (G, F, k, k)
            self.block2.set_maps(tiled(scaled2, self.block2_columns).reshape(len(scaled2), -1).T)
        side = arch.sides()[-1][1]
        n = arch.filters[-1]
        per_digit = p["W"].T.reshape(10, n, side, side)              # W's rows are filter by filter
        self.dense.set_maps(tiled(per_digit, self.dense_columns).reshape(10, -1).T)

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale and self.weights is not None:
            self._draw()

    def grab(self, *args):
        """The view as shown, up to date even if it was off screen (an export from another tab)."""
        if self._stale and self.weights is not None:
            self._draw()
        return super().grab(*args)

    def show_drawing(self, forward) -> None:
        """The drawing's forward pass (None: no drawing): its maps in the read-outs."""
        self.forward = forward

    def set_class_names(self, names) -> None:
        self.class_names = tuple(names)
        if self.dense is not None:
            self.dense.set_titles(self.class_names)

    def set_looks(self, looks: Looks) -> None:
        self._looks = looks
        for mosaic in self.parts:
            mosaic.set_looks(looks)
        self._fit_parts()

    def retranslate(self) -> None:
        """Its headings, tips and the box's names in the language now chosen: the parts made again
        (the box on the same part), and drawn again."""
        self.page_box.setToolTip(translate("ConvolutionView", "which of the convolution's weights to show first where "
                                           "they do not all fit side by side (the spotlight shows them all)"))
        if self.architecture is not None:
            page = self.page_box.currentIndex()
            self._build(self.architecture)
            self.page_box.setCurrentIndex(page)
            if self.weights is not None:
                self.show_weights(self.weights)

    # --- read-outs ----------------------------------------------------------------------------

    def _describe_filter(self, f: int, row: int, col: int) -> str:
        if self.weights is None:
            return " "
        K1 = self.weights.params["K1"]
        w = float(K1[f, 0, row, col])
        return translate("ConvolutionView", "filter {filter}, weight (row {row}, col {column}):  K = {value}"
                         "   (its colour scale: ±{scale})").format(filter=f + 1, row=row, column=col, value=f"{w:+.4f}",
                                                                 scale=number(self.filter_scales[f], 3))

    def _describe_block2(self, g: int, row: int, col: int) -> str:
        if self.weights is None:
            return " "
        F, k = self.architecture.filters[0], self.architecture.kernel
        hit = tile_at(row, col, (k, k), self.block2_columns, F)
        if hit is None:
            return " "
        f, row, col = hit
        w = float(self.weights.params["K2"][g, f, row, col])
        return translate("ConvolutionView", "block-2 filter {filter}, on map {map}, weight (row {row}, col {column}):  K2 = {value}"
                         "   (its colour scale: ±{scale})").format(filter=g + 1, map=f + 1, row=row, column=col, value=f"{w:+.4f}",
                                                                 scale=number(self.block2_scales[g], 3))

    def _describe_dense(self, j: int, row: int, col: int) -> str:
        if self.weights is None:
            return " "
        arch = self.architecture
        side = arch.sides()[-1][1]
        n = arch.filters[-1]
        hit = tile_at(row, col, (side, side), self.dense_columns, n)
        if hit is None:
            return " "
        f, r, c = hit
        i = (f * side + r) * side + c                                 # the row of W
        w = float(self.weights.params["W"][i, j])
        text = translate("ConvolutionView", "digit {digit}, filter {filter}'s pooled map at (row {row}, col {column}):  w = {value}").format(
            digit=self.class_names[j], filter=f + 1, row=r, column=c, value=f"{w:+.4f}")
        if self.forward is not None and self.forward.pooled_maps:
            q = float(self.forward.pooled_maps[-1][0, f, r, c])
            text += translate("ConvolutionView", ",  q = {q} for the drawing,  q w = {product}").format(q=number(q, 3), product=f"{q * w:+.4f}")
        return text


class FeatureMaps(QWidget):
    """Beside the canvas: the feature maps of the digit being drawn, after ReLU (r = max(0, x ⋆ K +
    c)) and after 2x2 max-pooling (q). One block: its ReLU maps over its pooled maps. Two: a row
    per block, ReLU on the left, pooled on the right, in the order the digit goes through them.

    Captions are words of their own, one per column, each as wide as its words (a caption per map
    picture, "1: pooled", was cut in presentation mode), and only a panel on screen is drawn."""

    # its share of the canvas row: the maps need more room than the hidden units' strip
    STRETCH = 5
    TOOLTIP = QT_TRANSLATE_NOOP("FeatureMaps", "each map is one filter's response to the drawing: r = max(0, x ⋆ K + c), then the largest of each 2×2 window")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.architecture: Convolution | None = None
        self.mosaics: list[tuple[MapMosaic, MapMosaic]] = []
        self.captions: list[QLabel] = []
        self.forward = None
        self._stale = False
        self._looks = Looks()
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumWidth(140)   # (the window folds the panel away where the row has less)
        keep_translated(self, self.retranslate)

    def _build(self, arch: Convolution) -> None:
        for widget in [m for pair in self.mosaics for m in pair] + self.captions:
            widget.setParent(None)
            widget.deleteLater()
        self.mosaics, self.captions = [], []
        self.architecture = arch
        for i in range(4):
            self.layout_.setRowStretch(i, 0)
            self.layout_.setColumnStretch(i, 0)
        one = arch.depth == 1
        # (row, column) of each block's ReLU and pooled maps, and of the captions
        places = ([((1, 0), (3, 0))] if one else [((1 + b, 0), (1 + b, 1)) for b in range(arch.depth)])
        caption_places = [(0, 0), (2, 0)] if one else [(0, 0), (0, 1)]
        for (row, column), words in zip(caption_places, ("ReLU", translate("FeatureMaps", "pooled"))):
            caption = QLabel(words)
            caption.setAlignment(Qt.AlignCenter)
            caption.setToolTip(translate_marked("FeatureMaps", self.TOOLTIP))
            self.layout_.addWidget(caption, row, column)
            self.captions.append(caption)
        for block, (F, (side, pooled)) in enumerate(zip(arch.filters, arch.sides())):
            columns = min(F, 4)
            # no read-out line: the example tab reads every number of a position out
            # no colour bars: ReLU's maps are 0 (white) or more (red), on each map's own scale
            pair = tuple(MapMosaic(F, columns, panel=(n, n), titled=False, show_readout=False,
                                   colorbar=False) for n in (side, pooled))
            for mosaic, (row, column) in zip(pair, places[block]):
                mosaic.graphics.setMinimumSize(40, 30)
                mosaic.set_looks(self._looks)
                mosaic.setToolTip(translate_marked("FeatureMaps", self.TOOLTIP))
                self.layout_.addWidget(mosaic, row, column)
                # rows of maps share the height alike: pooled maps as large as the maps they pool,
                # their coarser pixels the picture of what pooling does
                self.layout_.setRowStretch(row, 1)
            self.mosaics.append(pair)
        for column in range(1 if one else 2):
            self.layout_.setColumnStretch(column, 1)

    def show_drawing(self, architecture, forward) -> None:
        if architecture != self.architecture:
            self._build(architecture)
        self.forward = forward
        self._stale = True
        if self.isVisible():   # (hidden in a spotlight on another panel: nothing to draw)
            self._draw()

    def _draw(self) -> None:
        self._stale = False
        forward = self.forward
        for block, (relu, pool) in enumerate(self.mosaics):
            for mosaic, maps in ((relu, None if forward is None else forward.feature_maps[block]),
                                 (pool, None if forward is None else forward.pooled_maps[block])):
                if maps is None:
                    mosaic.set_maps(np.zeros((mosaic.pixels, mosaic.n), np.float32))
                else:
                    mosaic.set_maps(maps[0].reshape(mosaic.n, -1).T)

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self._draw()

    def set_looks(self, looks: Looks) -> None:
        self._looks = looks
        for pair in self.mosaics:
            for mosaic in pair:
                mosaic.set_looks(looks)

    def retranslate(self) -> None:
        """Its captions and tips in the language now chosen: made again, and drawn again."""
        if self.architecture is not None:
            self._build(self.architecture)
            self.show_drawing(self.architecture, self.forward)
