"""A grid of maps in a diverging colour map: every picture of weights or gradients in the app (28x28
templates, a convolution's k x k filters and its feature maps alike).

Every map's colour scale is symmetric about zero and ends at the 99th percentile of |value| (or the
largest, if the user asks for the full range): a few outliers at the edges no longer wash out the
rest, and the colour bar's end labels say when values beyond them are drawn at the end colours.

The weight templates (ten panels), the gradient and evidence maps of one example, and the hidden
units' maps are all a `MapMosaic`: one ImageItem for the whole grid (panels separated by NaN gaps,
drawn transparent: one item to render per frame instead of one per panel), a title over each panel,
one colour bar, one symmetric colour scale shared by all panels, and a read-out of the pixel under
the mouse.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.data import IMAGE_SIDE
from ..core.metrics import SMALLEST_LIMIT, robust_symmetric_limit

from .theme import Looks, style_plot
from .translation import decimal_sign, translate
from .wrapping import WrappedLabel

SIDE = IMAGE_SIDE
GAP = 3          # image pixels between 28x28 panels (in proportion for other sizes)
TITLE = 12       # image pixels above each row of 28x28 panels for the titles (in proportion;
                 # a title's line in large type)


# Values beyond this many times the colour scale's end are drawn at the end colour anyway; clipped
# here, pyqtgraph's rescaling (x - low) * 255 / (high - low) stays finite (a blown-up weight of 1e30
# over a scale of 0.01 would overflow it).
DISPLAY_CLIP = 1e3


def displayable(values: np.ndarray, limit: float) -> np.ndarray:
    """``values`` clipped to ±DISPLAY_CLIP x ``limit``: the same picture, a safe one to scale."""
    bound = np.float32(DISPLAY_CLIP * limit)
    return np.clip(values, -bound, bound)


def finite_limits(values: np.ndarray, percentile: float) -> tuple[float, float]:
    """(L, the largest |value|) of values known to be finite (any shape): L as
    `robust_symmetric_limit` gives it (the same linear interpolation between order statistics),
    from one np.partition of |values| (np.percentile's own overhead was a quarter of a millisecond
    per live map, several maps per frame and per pen move)."""
    magnitudes = np.abs(values, dtype=np.float32).ravel()
    if magnitudes.size == 0:
        return 1.0, 0.0
    top = float(magnitudes.max())
    position = (magnitudes.size - 1) * min(percentile, 100.0) / 100.0
    below = int(position)
    above = min(below + 1, magnitudes.size - 1)
    ranked = np.partition(magnitudes, (below, above))
    limit = float(ranked[below] + (position - below) * (ranked[above] - ranked[below]))
    if limit <= 0:
        limit = top
    return (max(limit, SMALLEST_LIMIT) if limit > 0 else 1.0), top


def set_symmetric_levels(image: pg.ImageItem, colorbar: pg.ColorBarItem, values: np.ndarray,
                         looks: Looks, limit: float | None = None, largest: float | None = None) -> float:
    """Show an image of ``values`` on a symmetric scale ±L, L the looks' percentile of |values|
    (robust to a few outliers; or ``limit``, already computed, and ``largest`` |value| if known),
    with the colour bar saying where its ends are clipped. Returns L."""
    if limit is None:
        limit = robust_symmetric_limit(values, looks.percentile)
    image.setLevels((-limit, limit))
    if largest is None:
        largest = float(np.nanmax(np.abs(values))) if np.size(values) else 0.0
    clipped = largest > limit * 1.0001
    end = decimal_sign(f"{limit:.2g}")   # (0,81 in the languages that write so)
    low, high = (f"≤ −{end}", f"≥ {end}") if clipped else (f"−{end}", end)
    # The colour bar's axis is laid out and drawn again whenever its range or ticks are set, which
    # at the display rate was most of a live map's cost; yet its picture (the colours from -L to L,
    # labelled at its ends) changes only when the labels do. So: when they do, or L moves by 1%.
    shown = getattr(colorbar, "_symmetric_shown", None)
    if shown is None or shown[1:] != (low, high) or abs(limit - shown[0]) > 0.01 * shown[0]:
        colorbar.setLevels((-limit, limit))
        # just inside the ends: pyqtgraph leaves out a label that would stand past its axis
        colorbar.axis.setTicks([[(-0.97 * limit, low), (0.0, "0"), (0.97 * limit, high)]])
        colorbar._symmetric_shown = (limit, low, high)
    return limit


def cache_pictures(items) -> None:
    """Keep each graphics item as a pixmap, drawn again only when it changes (or its view's scale
    does): an item that something drawn over or beside it invalidates is then copied, not painted
    again in Python (which holds the interpreter lock the training thread needs)."""
    for item in items:
        item.setCacheMode(QGraphicsItem.DeviceCoordinateCache)


def cache_axes(plot) -> None:
    """Each axis of a plot (or colour bar) kept as a pixmap (see cache_pictures)."""
    cache_pictures(axis for axis in map(plot.getAxis, ("left", "right", "top", "bottom")) if axis is not None)


def heading_picture_readout(widget: QWidget, heading: QLabel, picture: QWidget) -> QLabel:
    """Lay ``widget`` out as a heading over a picture (taking the room) over a one-line read-out of
    what the mouse is on; returns the read-out label."""
    readout = QLabel(" ")
    readout.setAlignment(Qt.AlignCenter)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(heading)
    layout.addWidget(picture, stretch=1)
    layout.addWidget(readout)
    return readout


class MosaicGeometry:
    """Where each of ``n`` panels of ``panel`` (rows, columns) pixels, 28x28 by default, sits in a
    grid of ``columns`` columns (row-major); the gaps and title strips keep their proportions to
    the panel (a 5x5 filter gets a 1-pixel gap), or ``title`` pixels, and ``titled=False`` leaves
    the strips out."""

    def __init__(self, n: int, columns: int, panel: tuple[int, int] = (SIDE, SIDE), titled: bool = True,
                 title: int | None = None):
        self.n = int(n)
        self.columns = int(min(columns, max(n, 1)))
        self.rows = -(-self.n // self.columns)
        self.panel = (int(panel[0]), int(panel[1]))
        h, w = self.panel
        self.gap = max(1, round(GAP * max(h, w) / SIDE))
        self.title = (title or max(2, round(TITLE * h / SIDE))) if titled else self.gap
        self.shape = (self.rows * (self.title + h), self.columns * w + (self.columns - 1) * self.gap)

    def origin(self, j: int) -> tuple[int, int]:
        """(top, left) of panel j in the mosaic image."""
        row, col = divmod(j, self.columns)
        return row * (self.title + self.panel[0]) + self.title, col * (self.panel[1] + self.gap)

    def panel_at(self, y: int, x: int):
        """(panel, row, column) of the image pixel (y, x), or None in a gap or title strip."""
        if y < 0 or x < 0:
            return None
        h, w = self.panel
        row, dy = divmod(y, self.title + h)
        col, dx = divmod(x, w + self.gap)
        j = row * self.columns + col
        if dy < self.title or dx >= w or col >= self.columns or j >= self.n:
            return None
        return j, dy - self.title, dx


class MapMosaic(QWidget):
    """``n`` labelled panels (28x28, or ``panel`` = (rows, columns) pixels) with one colour bar and
    a hover read-out.

    ``set_maps(maps, titles)`` takes maps of shape (784, n) (column j is panel j, as the columns of
    W are the digits' templates; (rows x columns, n) for other panels) and keeps its own copy. ``describe(j, row, col)``, if given, turns
    the pixel under the mouse into the text of the read-out; without it the read-out gives the value.
    ``titled=False`` makes no title items at all (64 hidden units' maps: each would cost a Python
    paint call every frame, and a title would be wider than its panel anyway); ``title_pixels``
    sets the strip over a row for titles (in the maps' pixels); ``colorbar=False`` shows none.
    """

    def __init__(self, n: int, columns: int, heading: str = "", titles=None,
                 describe: Callable[[int, int, int], str] | None = None,
                 title_points: float = 12.0, show_readout: bool = True, wrap_heading: bool = True,
                 titled: bool = True, panel: tuple[int, int] = (SIDE, SIDE), title_pixels: int | None = None,
                 colorbar: bool = True, parent=None):
        super().__init__(parent)
        self.geometry_ = MosaicGeometry(n, columns, panel, titled, title_pixels)
        h, w = self.geometry_.panel
        self.pixels = h * w
        self.describe = describe
        self.title_points = title_points
        self.limit = 1.0
        self.updates = 0
        self._maps = np.zeros((self.pixels, n), np.float32)
        self._looks = Looks()
        self._last_hover: QPointF | None = None

        self.heading = WrappedLabel(heading) if wrap_heading else QLabel(heading)
        self.heading.setObjectName("heading")
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(None)
        self.graphics.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.view = self.graphics.addViewBox(row=0, col=0, lockAspect=True, enableMouse=False,
                                             invertY=True)
        self.view.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        self.title_items: list[pg.TextItem] = []
        for _ in range(n if titled else 0):
            text = pg.TextItem("", anchor=(0.5, 1.0), color=(40, 40, 40))
            self.view.addItem(text)
            self.title_items.append(text)
        self._place_panels()
        self.colorbar = pg.ColorBarItem(values=(-1, 1), colorMap=self._looks.color_map(),
                                        interactive=False, width=14, colorMapMenu=False)
        self.colorbar.setImageItem(self.image)
        cache_axes(self.colorbar)
        if colorbar:   # (maps too small for one share the colour scale of a larger picture nearby)
            self.graphics.addItem(self.colorbar, row=0, col=1)

        self.readout = heading_picture_readout(self, self.heading, self.graphics)
        # (shown once laid out in this widget: shown while it had no parent, it would be a window of
        # its own, and take the keys from the app's window where no window manager gives them back)
        self.heading.setVisible(bool(heading))
        self.readout.setVisible(show_readout)
        self._readout_wanted = show_readout
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.set_titles(titles or [""] * n)
        self.set_looks(self._looks)
        self.set_maps(self._maps)

    @property
    def n(self) -> int:
        return self.geometry_.n

    @property
    def columns(self) -> int:
        return self.geometry_.columns

    def set_columns(self, columns: int) -> None:
        """The same panels in ``columns`` columns (ten in a row where the panel is wide, two rows of
        five where it is not)."""
        if columns == self.geometry_.columns:
            return
        g = self.geometry_
        self.geometry_ = MosaicGeometry(g.n, columns, g.panel, bool(self.title_items),
                                        g.title if self.title_items else None)
        self._place_panels()
        self.set_maps(self._maps)
        self._fit_to_titles()

    def _place_panels(self) -> None:
        """The mosaic image, where each panel's pixels go in it, and the titles' places, for
        ``geometry_``."""
        g = self.geometry_
        h, w = g.panel
        self._mosaic = np.full(g.shape, np.nan, np.float32)
        # Where each panel's pixels go in the mosaic (flat indices, (n, rows x columns)): one
        # assignment fills every panel.
        tops, lefts = np.array([g.origin(j) for j in range(g.n)]).reshape(-1, 2).T
        rows, cols = np.divmod(np.arange(self.pixels), w)
        self._where = (tops[:, None] + rows) * g.shape[1] + lefts[:, None] + cols
        for j, text in enumerate(self.title_items):
            top, left = g.origin(j)
            text.setPos(left + w / 2, top + 0.5)
        self.view.setRange(xRange=(0, g.shape[1]), yRange=(0, g.shape[0]), padding=0.01)

    # --- data ---------------------------------------------------------------------------------

    def set_maps(self, maps: np.ndarray, titles=None) -> None:
        """Show ``maps`` (pixels, n) on one shared symmetric scale ±L; NaN and inf show as 0."""
        maps = np.nan_to_num(np.asarray(maps, np.float32).reshape(self.pixels, self.n),
                             nan=0.0, posinf=0.0, neginf=0.0)
        self._maps = maps.copy()  # ImageItem keeps views of what it is given: hand it our own
        limit, largest = finite_limits(self._maps, self._looks.percentile)
        self._mosaic.ravel()[self._where] = displayable(self._maps.T, limit)
        self.image.setImage(self._mosaic, autoLevels=False)
        self.limit = set_symmetric_levels(self.image, self.colorbar, self._maps, self._looks, limit, largest)
        if titles is not None:
            self.set_titles(titles)
        self.updates += 1
        self._show_readout()  # the number under a still mouse changes as the maps do

    def maps(self) -> np.ndarray:
        return self._maps.copy()

    def set_titles(self, titles) -> None:
        changed = False
        for item, title in zip(self.title_items, titles):
            if item.textItem.toPlainText() != title:  # setText re-lays out the item: only on change
                changed = changed or len(title) != len(item.textItem.toPlainText())
                item.setText(title)
        if changed:
            self._fit_to_titles()

    def _fit_to_titles(self) -> None:
        """Never so small that a title is wider than its panel or taller than the strip above it:
        squeezed, the titles ran into each other and into the row above (fewer pixels, never
        overlapping words). Titles of up to 8 characters are made room for, whatever they say now."""
        if self.title_items:
            self.graphics.setMinimumSize(*self.least_size())

    def least_size(self, columns: int | None = None) -> tuple[int, int]:
        """The pictures' least (width, height) in ``columns`` columns (as now if None): room for
        every title (see `_fit_to_titles`)."""
        geometry = self.geometry_ if columns is None else MosaicGeometry(
            self.geometry_.n, columns, self.geometry_.panel, True, self.geometry_.title)
        metrics = QFontMetricsF(self.title_items[0].textItem.font())
        widest = max([metrics.horizontalAdvance(t.textItem.toPlainText()) for t in self.title_items]
                     + [metrics.horizontalAdvance("8" * min(3, max(len(t.textItem.toPlainText())
                                                                    for t in self.title_items)))])
        margins = 2 * self.title_items[0].textItem.document().documentMargin()
        per_pixel = max((widest + margins + metrics.averageCharWidth()) / (geometry.panel[1] + geometry.gap),
                        metrics.height() / geometry.title)
        rows, columns = geometry.shape
        shown = self.colorbar.scene() is not None   # (a mosaic may show none)
        bar = self.colorbar.axis.width() + 30 if shown else 0   # the colour bar and its numbers
        frame = 2 * 12   # the graphics layout's margins around the view (pyqtgraph's, and padding)
        return int(columns * per_pixel + bar + frame), int(rows * per_pixel + frame)

    def panel(self, j: int) -> np.ndarray:
        """Panel j as displayed, (rows, columns)."""
        top, left = self.geometry_.origin(j)
        h, w = self.geometry_.panel
        return self.image.image[top: top + h, left: left + w].copy()

    def panel_center(self, j: int) -> QPointF:
        """The scene position of panel j's centre (for tests and pointers)."""
        top, left = self.geometry_.origin(j)
        h, w = self.geometry_.panel
        return self.view.mapViewToScene(QPointF(left + w / 2, top + h / 2))

    # --- looks --------------------------------------------------------------------------------

    def set_looks(self, looks: Looks) -> None:
        rescale = looks.full_range != self._looks.full_range
        self._looks = looks
        theme = looks.theme
        self.colorbar.setColorMap(looks.color_map())
        if rescale:
            self.set_maps(self._maps)
        font = self.title_items[0].textItem.font() if self.title_items else None
        if font is not None:
            font.setPointSizeF(theme.pt(self.title_points))
            font.setBold(True)
            for item in self.title_items:
                item.setFont(font)
                item.setColor(theme.text)
            self._fit_to_titles()
        style_plot(self.colorbar, theme, tick_points=10.5)   # (as large as the titles it sits by)
        self._fit_to_titles()
        self.readout.setStyleSheet(f"font-size: {theme.pt(11):.0f}pt;")

    @property
    def looks(self) -> Looks:
        return self._looks

    @property
    def colormap_name(self) -> str:
        return self._looks.colormap

    # --- hover --------------------------------------------------------------------------------

    def pixel_at(self, scene_pos: QPointF):
        """(panel, row, column) under a scene position, or None."""
        if not self.view.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.view.mapSceneToView(scene_pos)
        return self.geometry_.panel_at(int(np.floor(p.y())), int(np.floor(p.x())))

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        self._last_hover = scene_pos
        self._show_readout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_readout()

    def _fit_readout(self) -> None:
        """The hover read-out only where the maps keep their least height above it: on a short
        panel (1024x768 in presentation type under German's longest lesson caption) the layout laid
        the maps under the read-out, and it goes, as other parts fold away for want of room."""
        if not self._readout_wanted:
            return
        heading = (self.heading.heightForWidth(self.width()) if self.heading.wordWrap()
                   else self.heading.sizeHint().height()) if self.heading.isVisibleTo(self) else 0
        graphics = max(self.graphics.minimumSizeHint().height(), self.graphics.minimumHeight())
        fits = heading + graphics + self.readout.sizeHint().height() <= self.height()
        if fits != self.readout.isVisibleTo(self):
            self.readout.setVisible(fits)

    def _show_readout(self) -> None:
        if self._last_hover is None or not self.readout.isVisible():
            return
        hit = self.pixel_at(self._last_hover)
        self.readout.setText(" " if hit is None else self.read_out(*hit))

    def read_out(self, j: int, row: int, col: int) -> str:
        """The read-out's text for a pixel of panel j."""
        if self.describe is not None:
            return self.describe(j, row, col)
        value = float(self._maps[row * self.geometry_.panel[1] + col, j])
        title = self.title_items[j].textItem.toPlainText() if j < len(self.title_items) else translate("MapMosaic", "map {number}").format(number=j + 1)
        return translate("MapMosaic", "{title}: pixel (row {row}, col {column})  {value}").format(title=title, row=row, column=col, value=f"{value:+.4f}")
