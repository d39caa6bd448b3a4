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
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..core.model import NetworkWeights
from ..core.networks import Convolution

from .mosaic import MapMosaic
from .theme import Looks

FILTER_COLUMNS = 4


def tile_columns(n: int) -> int:
    """How many tiles a row when ``n`` maps are laid out in one picture: 4 (8 maps in 2 rows of 4,
    twice as wide as high, as the ten digits' pictures share a wide panel), more past 16."""
    return min(n, 4) if n <= 16 else int(np.ceil(np.sqrt(n)))


def tiled(maps: np.ndarray, columns: int) -> np.ndarray:
    """Maps (n, h, w) laid out as one picture, ``columns`` tiles a row with a 1-pixel gap of 0
    between them: shape (rows (h + 1) - 1, columns (w + 1) - 1)."""
    n, h, w = maps.shape
    rows = -(-n // columns)
    out = np.zeros((rows * (h + 1) - 1, columns * (w + 1) - 1), np.float32)
    for f in range(n):
        r, c = divmod(f, columns)
        out[r * (h + 1): r * (h + 1) + h, c * (w + 1): c * (w + 1) + w] = maps[f]
    return out


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
    """The Learning tab's page for a convolution: filters (block 1, and block 2 if any) over the
    softmax layer's weights per digit. ``show_weights`` takes a convolution's NetworkWeights."""

    def __init__(self, class_names=tuple("0123456789"), parent=None):
        super().__init__(parent)
        self.class_names = tuple(class_names)
        self.architecture: Convolution | None = None
        self.weights: NetworkWeights | None = None
        self.filter_scales = np.ones(0, np.float32)
        self.forward = None
        self._looks = Looks()
        self.filters: MapMosaic | None = None
        self.block2: MapMosaic | None = None
        self.dense: MapMosaic | None = None
        # the filters in a column on the left, W's ten pictures in two columns on the right: each
        # keeps a title strip as tall as its titles (stacked in one column, ten pictures of a wide
        # panel left them too little height at 1280x800)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        self.filter_column = QVBoxLayout()
        self.layout_.addLayout(self.filter_column, stretch=2)

    # --- building, per architecture ---------------------------------------------------------

    def _build(self, arch: Convolution) -> None:
        for mosaic in (self.filters, self.block2, self.dense):
            if mosaic is not None:
                mosaic.setParent(None)
                mosaic.deleteLater()
        self.architecture = arch
        F, k = arch.filters[0], arch.kernel
        self.filters = MapMosaic(
            # no colour bar: each filter has its own scale (its largest |weight| at the ends),
            # which the read-out gives in numbers
            F, min(F, FILTER_COLUMNS), panel=(k, k), title_points=12, title_pixels=k // 2 + 1, colorbar=False,
            heading=f"Filters K ({k}×{k})",
            describe=self._describe_filter)
        self.filters.heading.setToolTip("each filter on its own colour scale (its largest |weight| at the "
                                        "ends); a filter's feature map is large where the ink under it "
                                        "looks like its picture: a = x ⋆ K + c")
        self.filter_column.addWidget(self.filters, stretch=1)
        self.block2 = None
        if arch.depth == 2:
            # each block-2 filter is F kernels of k x k, one per map of block 1: a tile of them each
            G = arch.filters[1]
            self.block2_columns = tile_columns(F)
            tile_shape = tiled(np.zeros((F, k, k), np.float32), self.block2_columns).shape
            self.block2 = MapMosaic(
                G, min(G, 4), panel=tile_shape, titled=False, describe=self._describe_block2, colorbar=False,
                heading=f"Block 2: {G} filters of {F} × {k}×{k}")
            self.filter_column.addWidget(self.block2, stretch=2)
        side = arch.sides()[-1][1]
        n = arch.filters[-1]
        self.dense_columns = tile_columns(n)
        tile_shape = tiled(np.zeros((n, side, side), np.float32), self.dense_columns).shape
        self.dense = MapMosaic(
            10, 2, panel=tile_shape, title_points=12, describe=self._describe_dense,
            title_pixels=max(4, round(tile_shape[0] * 0.6)),
            heading="W: each digit's weights on the pooled maps")
        self.dense.heading.setToolTip(f"a {side}×{side} tile per filter; l_j = Σ q_i w_ij + b_j: red where "
                                      f"a digit wants that filter to fire, blue where it must not")
        self.layout_.addWidget(self.dense, stretch=3)
        self.set_looks(self._looks)
        self.set_class_names(self.class_names)

    # --- the registry's interface ------------------------------------------------------------

    def show_weights(self, weights: NetworkWeights) -> None:
        arch = weights.architecture
        if arch != self.architecture:
            self._build(arch)
        self.weights = weights
        p = weights.params
        K1 = p["K1"][:, 0]                                            # (F, k, k)
        scaled, self.filter_scales = own_scales(K1)
        self.filters.set_maps(scaled.reshape(len(K1), -1).T,
                              [f"{f + 1}" for f in range(len(K1))])
        if self.block2 is not None:
            K2 = p["K2"]                                               # (G, F, k, k)
            G, F, k, _ = K2.shape
            scaled2, self.block2_scales = own_scales(K2)
            self.block2.set_maps(np.stack([tiled(g, self.block2_columns).ravel() for g in scaled2], axis=1))
        side = arch.sides()[-1][1]
        n = arch.filters[-1]
        per_digit = p["W"].T.reshape(10, n, side, side)              # W's rows are filter by filter
        self.dense.set_maps(np.stack([tiled(m, self.dense_columns).ravel() for m in per_digit], axis=1))

    def show_drawing(self, forward) -> None:
        """The drawing's forward pass (None: no drawing): its maps in the read-outs."""
        self.forward = forward

    def set_class_names(self, names) -> None:
        self.class_names = tuple(names)
        if self.dense is not None:
            self.dense.set_titles(self.class_names)

    def set_looks(self, looks: Looks) -> None:
        self._looks = looks
        for mosaic in (self.filters, self.block2, self.dense):
            if mosaic is not None:
                mosaic.set_looks(looks)

    # --- read-outs ----------------------------------------------------------------------------

    def _describe_filter(self, f: int, row: int, col: int) -> str:
        if self.weights is None:
            return " "
        K1 = self.weights.params["K1"]
        w = float(K1[f, 0, row, col])
        return (f"filter {f + 1}, weight (row {row}, col {col}):  K = {w:+.4f}"
                f"   (its colour scale: ±{self.filter_scales[f]:.3f})")

    def _describe_block2(self, g: int, row: int, col: int) -> str:
        if self.weights is None:
            return " "
        F, k = self.architecture.filters[0], self.architecture.kernel
        hit = tile_at(row, col, (k, k), self.block2_columns, F)
        if hit is None:
            return " "
        f, row, col = hit
        w = float(self.weights.params["K2"][g, f, row, col])
        return (f"block-2 filter {g + 1}, on map {f + 1}, weight (row {row}, col {col}):  K2 = {w:+.4f}"
                f"   (its colour scale: ±{self.block2_scales[g]:.3f})")

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
        text = f"digit {self.class_names[j]}, filter {f + 1}'s pooled map at (row {r}, col {c}):  w = {w:+.4f}"
        if self.forward is not None and self.forward.pooled_maps:
            q = float(self.forward.pooled_maps[-1][0, f, r, c])
            text += f",  q = {q:.3f} for the drawing,  q w = {q * w:+.4f}"
        return text


class FeatureMaps(QWidget):
    """Beside the canvas: the feature maps of the digit being drawn, a column per block, after ReLU
    (r = max(0, x ⋆ K + c)) over the same after 2x2 max-pooling (q)."""

    # its share of the canvas row: the maps need more room than the hidden units' strip
    STRETCH = 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self.architecture: Convolution | None = None
        self.mosaics: list[tuple[MapMosaic, MapMosaic]] = []
        self._looks = Looks()
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumWidth(140)

    def _build(self, arch: Convolution) -> None:
        for pair in self.mosaics:
            for mosaic in pair:
                mosaic.setParent(None)
                mosaic.deleteLater()
        self.mosaics = []
        self.architecture = arch
        for column in range(self.layout_.columnCount()):
            self.layout_.setColumnStretch(column, 0)
        for block, (F, (side, pooled)) in enumerate(zip(arch.filters, arch.sides())):
            columns = min(F, 4)
            # two blocks side by side: short captions ("1: ReLU"), as each has half the width
            relu_caption, pool_caption = (("feature maps (ReLU)", "pooled 2×2") if arch.depth == 1
                                          else (f"{block + 1}: ReLU", f"{block + 1}: pooled"))
            # no read-out line: the example tab reads every number of a position out
            # no colour bars: ReLU's maps are 0 (white) or more (red), on each row's own scale
            relu = MapMosaic(F, columns, panel=(side, side), titled=False, heading=relu_caption,
                             show_readout=False, wrap_heading=False, colorbar=False)
            pool = MapMosaic(F, columns, panel=(pooled, pooled), titled=False, heading=pool_caption,
                             show_readout=False, wrap_heading=False, colorbar=False)
            for row, mosaic in enumerate((relu, pool)):
                mosaic.heading.setObjectName("")     # a caption, not a heading: the maps need the room
                mosaic.graphics.setMinimumSize(40, 30)
                mosaic.set_looks(self._looks)
                mosaic.setToolTip("each map is one filter's response to the drawing: "
                                  "r = max(0, x ⋆ K + c), then the largest of each 2×2 window")
                self.layout_.addWidget(mosaic, row, block)
            self.layout_.setRowStretch(0, 2)
            self.layout_.setRowStretch(1, 1)
            self.mosaics.append((relu, pool))
            self.layout_.setColumnStretch(block, 1)

    def show_drawing(self, architecture, forward) -> None:
        if architecture != self.architecture:
            self._build(architecture)
        for block, (relu, pool) in enumerate(self.mosaics):
            for mosaic, maps in ((relu, None if forward is None else forward.feature_maps[block]),
                                 (pool, None if forward is None else forward.pooled_maps[block])):
                if maps is None:
                    mosaic.set_maps(np.zeros((mosaic.pixels, mosaic.n), np.float32))
                else:
                    mosaic.set_maps(maps[0].reshape(mosaic.n, -1).T)

    def set_looks(self, looks: Looks) -> None:
        self._looks = looks
        for pair in self.mosaics:
            for mosaic in pair:
                mosaic.set_looks(looks)
