"""The app's looks, decided in one place: the theme (normal, or light and high-contrast for
projectors, at any scale) and the colour map of every map of weights or gradients.

A `Theme` is plain data and `Looks` bundles it with the colour map; the window holds the current
`Looks` and hands it to every view's ``set_looks``. `stylesheet` turns a theme into Qt's stylesheet
for the widgets, and `style_plot` applies it to a pyqtgraph plot (axes, ticks, labels), which
stylesheets don't reach.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QWidget

from .translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Theme:
    """Colours, type size and line weight of the whole window.

    ``scale`` multiplies fonts and lines (presentation mode: 1.6); ``line`` multiplies line widths
    on top of it (a projector washes thin lines out). The series colours are the plots' and the big
    numbers': the same colour for the same quantity everywhere.
    """

    name: str
    window: str          # background of the window and of every panel
    chrome: str          # background of the menu bar, toolbar, tabs and status bar
    text: str
    muted: str           # captions, axes
    loss: tuple = (31, 119, 180)
    train: tuple = (44, 160, 44)
    test: tuple = (214, 39, 40)
    faint_alpha: int = 70  # of the raw, per-update loss curve
    line: float = 1.0
    scale: float = 1.0
    chrome_limit: float = 1.25   # the most the toolbar, menus and status bar grow (see chrome_scale)

    def pt(self, size: float) -> float:
        return size * self.scale

    def width(self, pixels: float) -> float:
        """A line width of ``pixels`` at this theme's scale and weight."""
        return pixels * self.scale * self.line

    @property
    def chrome_scale(self) -> float:
        """Menus, toolbar and status bar grow with the content as far as the screen's width lets
        the toolbar's every control stay in one row (`chrome_limit`, set for the screen)."""
        return min(self.scale, self.chrome_limit)

    def scaled(self, scale: float, chrome_limit: float | None = None) -> "Theme":
        return replace(self, scale=scale,
                       chrome_limit=self.chrome_limit if chrome_limit is None else chrome_limit)


NORMAL = Theme(QT_TRANSLATE_NOOP("Theme", "Normal"), window="#efefef", chrome="#e4e4e4", text="#202020",
               muted="#606060")
# White, black and strong colours, with lines twice as thick: a projector in a lit room loses
# contrast and thin, pale lines first.
PROJECTOR = Theme(QT_TRANSLATE_NOOP("Theme", "Projector (high contrast)"), window="#ffffff", chrome="#ffffff",
                  text="#000000", muted="#000000", loss=(0, 70, 200), train=(0, 135, 0), test=(215, 0, 0),
                  faint_alpha=110, line=2.0)
THEMES = {t.name: t for t in (NORMAL, PROJECTOR)}
PRESENTATION_SCALE = 1.6   # at 1280x800; presentation_scale() follows the screen's height


def presentation_scale(screen_height: int) -> float:
    """Type as large a share of the screen on a 1080-line projector as on a 800-line one (the
    class sees the same picture size), a little less on 768 lines, where space is shortest."""
    return round(PRESENTATION_SCALE * min(max(screen_height / 800, 0.9), 1.35), 2)

# Diverging maps from pyqtgraph's bundled colorcet set (no matplotlib needed): blue = negative,
# white = zero, red = positive; CET-CBD1 (blue-white-yellow) reads for red-green colour-blind eyes.
# (the names are the menus' and the settings' keys: translated where shown, see translate_marked)
COLORMAPS = {QT_TRANSLATE_NOOP("Theme", "Blue-white-red"): "CET-D1",
             QT_TRANSLATE_NOOP("Theme", "Colour-blind safe"): "CET-CBD1"}
DEFAULT_COLORMAP = "Blue-white-red"
# A few rarely-inked border pixels get the largest weights; scaled to them, the templates fade to
# noise. Scaled to the 99th percentile of |w|, they read as digits.
CLIP_PERCENTILE = 99.0


@dataclass(frozen=True)
class Looks:
    """Everything every view must agree on: the theme and the colour map of signed maps."""

    theme: Theme = NORMAL
    colormap: str = DEFAULT_COLORMAP
    full_range: bool = False   # colour scales to the largest |value|, not the 99th percentile

    @property
    def percentile(self) -> float:
        """Of |values|, where every map's colour scale ends (beyond it, the end colours)."""
        return 100.0 if self.full_range else CLIP_PERCENTILE

    def color_map(self) -> pg.ColorMap:
        return pg.colormap.get(COLORMAPS.get(self.colormap, COLORMAPS[DEFAULT_COLORMAP]))

    def end_colours(self) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
        """(negative, positive): the two ends of the colour map, so that bars of signed numbers
        mean the same in blue and red (or blue and yellow) as the maps do."""
        cmap = self.color_map()
        return tuple(tuple(int(v) for v in cmap.map(f, mode="byte")[:3]) for f in (0.0, 1.0))


def stylesheet(theme: Theme = NORMAL) -> str:
    """Qt stylesheet for the window; every font size is multiplied by ``theme.scale`` (the menus,
    toolbar and status bar by ``theme.chrome_scale``)."""
    pt = theme.pt
    chrome = theme.chrome_scale
    answer = min(theme.scale, 1.25)  # 72 pt is large already: more would take the canvas' height
    return f"""
    QMainWindow, QWidget#central, QScrollArea, QScrollArea > QWidget > QWidget, QStackedWidget,
    QTabWidget::pane {{ background: {theme.window}; border: none; }}
    QWidget {{ font-size: {pt(10.5):.0f}pt; color: {theme.text}; }}
    QGraphicsView {{ background: {theme.window}; border: none; }}
    QMenuBar, QMenuBar::item, QStatusBar, QToolBar {{ background: {theme.chrome}; }}
    QMenuBar, QMenu, QStatusBar, QStatusBar QLabel {{ font-size: {10.5 * chrome:.0f}pt; }}
    QLabel#heading {{ font-size: {pt(13):.0f}pt; font-weight: bold; }}
    QLabel#bignumber {{ font-size: {pt(22):.0f}pt; font-weight: bold; }}
    QLabel#answer {{ font-size: {72 * answer:.0f}pt; font-weight: bold; color: rgb(230, 120, 20);
                     min-width: {1.5 * 72 * answer:.0f}px; }}
    QLabel#answer[long="true"] {{ font-size: {pt(28):.0f}pt; min-width: {3.6 * 72 * theme.scale:.0f}px; }}
    QLabel#problem {{ background: rgb(255, 228, 225); color: rgb(140, 20, 10);
                      border: 1px solid rgb(200, 80, 70); padding: 6px; font-size: {pt(12):.0f}pt; }}
    QToolBar QToolButton {{ font-size: {12 * chrome:.0f}pt; font-weight: bold; padding: 4px 6px; }}
    QToolBar QLabel, QToolBar QComboBox, QToolBar QAbstractSpinBox {{ font-size: {10.5 * chrome:.0f}pt; }}
    QTabBar {{ background: {theme.chrome}; }}
    QTabBar::tab {{ font-size: {pt(11.5):.0f}pt; padding: 4px 14px; background: {theme.chrome};
                    border: 1px solid {theme.muted}; border-bottom: none; margin-right: 2px; }}
    QTabBar::tab:selected {{ background: {theme.window}; font-weight: bold; }}
    QLabel#help {{ background: rgba(20, 20, 30, 225); color: white; padding: 24px;
                   font-size: {pt(13):.0f}pt; border-radius: 10px; }}
    """


def palette(theme: Theme) -> QPalette:
    p = QPalette()
    for role, colour in ((QPalette.Window, theme.window), (QPalette.Base, "#ffffff"),
                         (QPalette.Button, theme.chrome),
                         (QPalette.WindowText, theme.text), (QPalette.Text, theme.text),
                         (QPalette.ButtonText, theme.text)):
        p.setColor(role, QColor(colour))
    return p


def style_plot(plot: pg.PlotWidget | pg.PlotItem, theme: Theme, tick_points: float = 9.5) -> None:
    """Axis lines, tick labels and axis titles in the theme's colour and size."""
    item = plot.getPlotItem() if isinstance(plot, pg.PlotWidget) else plot
    font = QFont()
    font.setPointSizeF(theme.pt(tick_points))
    width = max(1.0, theme.width(1.0))
    for name in ("left", "bottom", "top", "right"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(theme.muted, width=width))
        axis.setTextPen(pg.mkPen(theme.text))
        axis.setTickFont(font)
        axis.label.setFont(font)
        if axis.labelText:
            axis.setLabel(axis.labelText, **{"color": theme.text, "font-size": f"{theme.pt(tick_points + 0.5):.0f}pt"})
    if isinstance(plot, pg.ColorBarItem):
        # A colour bar's end numbers are centred on its ends: let them reach half a line past them
        # (pyqtgraph hides a number that reaches beyond its axis), so that both ends are named.
        metrics = QFontMetricsF(font)
        item.axis.setStyle(hideOverlappingLabels=int(metrics.height() / 2) + 1)
        if not item.horizontal:   # as wide as its widest number ("≥ −0.25"), whatever the type size
            item.axis.setWidth(int(metrics.horizontalAdvance("≥ −0.25") + 12))


def mark_views_opaque(widget: QWidget) -> None:
    """Tell Qt that every graphics view in ``widget`` paints its whole area (the stylesheet gives
    each the theme's window colour, see `stylesheet`). Qt otherwise paints every panel underneath a
    view before the view, on every frame: measured, the window's frames fell from 47 to 28 a second
    with training at full speed, the same pixels either way."""
    for view in widget.findChildren(pg.GraphicsView):
        view.viewport().setAttribute(Qt.WA_OpaquePaintEvent)
