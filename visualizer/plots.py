"""Loss and accuracy as training runs, with the current values as large numbers."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ..core.live.training_loop import TrainingSnapshot
from ..core.metrics import ThinnedSeries, moving_average
from ..core.runs import RunRecord

from .mosaic import cache_axes, cache_pictures
from .theme import Looks, style_plot
from .translation import QT_TRANSLATE_NOOP, decimal, keep_translated, number, percent, percent_sign, translate, translate_marked
from .wrapping import WrappedLabel, fit_height, lines_height

SMOOTH_POINTS = 600
EXAMPLES_TITLES = (QT_TRANSLATE_NOOP("MetricsPlots", "examples seen"),   # the x axes' title, and
                   QT_TRANSLATE_NOOP("MetricsPlots", "examples"))        # shorter where narrow
EARLIER_RUNS = 6         # earlier runs kept on the plots as faint, labelled curves
# Muted colours for earlier runs, none of them the current run's blue, green or red.
EARLIER_COLOURS = ((110, 110, 110), (148, 103, 189), (196, 130, 40), (23, 160, 170), (200, 100, 160),
                   (120, 140, 40))
MAX_TEST_POINTS = 1000   # test evaluations kept for the plots (older ones thinned)
SYMBOLS_UP_TO = 120      # beyond this many evaluations, a line reads better than dots
CHECK_COLOUR = (150, 60, 190)  # the class's check digits (issue 18): apart from train's and test's
START_LOSSES = 5         # the median of a run's first losses is where learning starts: always on the chart
# The least height of a chart's plotting area (its axes come on top), in the theme's points: 70 px
# in normal type; in presentation mode 101 px on a 768-line screen (at its 1.44x type) and 151 px
# on a 1080-line one (2.16x), where a curve's shape and three numbers on its scale read from the
# back of a room. With its axes a chart is then 180-270 px high in presentation mode (issue 19:
# "about 200 px at 1080 lines, scaled down with the screen"). Below it, the charts go side by side,
# and other things fold away (see fitting.py): fewer things, never smaller charts.
READABLE_VIEW = 70


class BigNumber(QWidget):
    """A caption over a large value, readable from the back of a classroom."""

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.caption = WrappedLabel(caption)   # ("training / accuracy" when narrow)
        self.caption.setAlignment(Qt.AlignCenter)
        self.value = QLabel("–")
        self.value.setObjectName("bignumber")
        self.value.setAlignment(Qt.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

        self._colour = (0, 0, 0)
        self._points: float | None = None   # the theme's size for the value (set_size)
        self._shown_points: float | None = None

    def set_text(self, text: str) -> None:
        self.value.setText(text)
        self._fit()

    def set_colour(self, colour) -> None:
        self._colour = tuple(colour)
        self._style()

    def set_size(self, points: float) -> None:
        """The value's type size in the theme (large on a projector); smaller only where the value
        would not fit its width (a narrow screen in presentation mode: "91.6%" was cut)."""
        self._points = float(points)
        self._fit()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._points is None:
            return
        room = self.width() - 6
        font = QFont(self.value.font())
        font.setBold(True)
        points = self._points
        while points > self._points * 0.6:
            font.setPointSizeF(points)
            if QFontMetricsF(font).horizontalAdvance(self.value.text()) <= room:
                break
            points -= 1
        if points != self._shown_points:
            self._shown_points = points
            self._style()

    def _style(self) -> None:
        size = f" font-size: {self._shown_points:.0f}pt;" if self._shown_points else ""
        self.value.setStyleSheet(f"color: rgb{self._colour};{size}")
        # the value's lines claim their height, so that the layout folds the numbers, or the
        # charts give way, instead of cutting the value (its type size changes with the theme)
        self.value.setMinimumHeight(self.value.sizeHint().height())


def legend_html(title: str, entries) -> str:
    """One line naming a plot and its curves: ``entries`` are (symbol, colour, text); symbols are
    drawn as text in the curve's colour, so the legend never sits on the curves. A narrow chart's
    legend wraps between entries (never between a symbol and its words): it must not make its
    chart wider than the column it has (two charts side by side at 1024x768)."""
    parts = [f"<b>{title}</b>"] + [
        f"<span style='color: rgb{tuple(colour[:3])}; font-weight: bold'>{symbol}</span>&nbsp;{text}"
        for symbol, colour, text in entries]
    return "&nbsp;&nbsp; ".join(parts)


@dataclass(frozen=True)
class EarlierRun:
    """The curves of a run that has ended, to compare the current one with."""

    label: str
    loss_x: np.ndarray
    loss: np.ndarray            # smoothed training loss
    test_x: np.ndarray
    test_accuracy: np.ndarray
    blowups: tuple = ()         # (examples seen, learning rate) of each blow-up
    wording: tuple | None = None   # the label marked for translation, and its values (core.runs.run_wording)

    def shown_label(self) -> str:
        """The label in the language chosen (as given, where no wording came with it)."""
        if self.wording is None:
            return self.label
        text, values = self.wording
        if "network_wording" in values:
            name, name_values = values["network_wording"]
            values = {**values, "network": translate_marked("Network", name).format(**name_values)}
        return translate_marked("RunLabel", text).format(**values)


class MetricsPlots(QWidget):
    """Training loss per update (raw faint, smoothed bold), running training accuracy, and test loss
    and accuracy at each evaluation, against examples seen, with epoch boundaries marked."""

    def __init__(self, parent=None, capacity: int = 4096):
        super().__init__(parent)
        self.loss_history = ThinnedSeries(capacity)
        self.train_accuracy = ThinnedSeries(capacity)
        self.test_x: list[float] = []
        self.test_loss: list[float] = []
        self.test_accuracy: list[float] = []
        self.check_x: list[float] = []          # the class's check digits, when there are any
        self.check_accuracy: list[float] = []
        self.epoch_starts: list[float] = []
        self.earlier_runs: list[EarlierRun] = []
        self._earlier_items: list = []
        self.blowups: list[tuple[int, float]] = []   # the current run's
        self._blowup_items: list = []
        self._looks = Looks()
        self.redraws = 0
        self._dirty = False
        self._numbers_stale = False
        self._smoothed_loss = 0.0
        self._first_losses: list[float] = []

        self.loss_plot = pg.PlotWidget(axisItems={"bottom": ExamplesAxis("bottom"), "left": ValueAxis()})
        self.loss_plot.getViewBox().sigXRangeChanged.connect(lambda *_: self._place_blowup_labels())
        self.accuracy_plot = pg.PlotWidget(axisItems={"bottom": ExamplesAxis("bottom"),
                                                      "left": ValueAxis(ends=(0.0, 1.0), percent=True)})
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setBackground(None)
            # No grid: pyqtgraph's grid is drawn by the axes and was a third of each frame's cost.
            plot.disableAutoRange()
            plot.setMouseEnabled(x=False, y=False)
            plot.getPlotItem().setMenuEnabled(False)
            plot.hideButtons()
            # The curves' outlines (pen widths, loss spikes above the view) reach over the axes,
            # so every frame repainted them: cached, an axis is drawn again only when it changes.
            cache_axes(plot)
        self.accuracy_plot.setXLink(self.loss_plot)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLabel("bottom", translate_marked("MetricsPlots", EXAMPLES_TITLES[0]))   # (the theme styles the titles it finds)
            plot.getViewBox().sigResized.connect(self._name_examples)
        # The two plots share the x axis: named once, under the lower one (see _place_charts).
        self.loss_plot.showAxis("top")
        self.loss_plot.getAxis("top").setStyle(tickLength=0)
        self.accuracy_plot.setYRange(-0.03, 1.06, padding=0)  # room for thick lines at 0% and 100%

        self.raw_curve = self.loss_plot.plot()
        self.smooth_curve = self.loss_plot.plot()
        # Test points under the training curves, small and hollow: they must not hide the line.
        self.test_loss_curve = self.loss_plot.plot(symbol="o")
        self.train_acc_curve = self.accuracy_plot.plot()
        self.test_acc_curve = self.accuracy_plot.plot(symbol="o")
        self.check_acc_curve = self.accuracy_plot.plot(symbol="s")
        for curve in (self.test_loss_curve, self.test_acc_curve):
            curve.setZValue(-1)
        # Test points change a few times a minute, yet were painted again with every frame's curves
        cache_pictures(part for curve in (self.test_loss_curve, self.test_acc_curve, self.check_acc_curve)
                       for part in (curve.curve, curve.scatter))
        for curve in (self.raw_curve, self.smooth_curve, self.train_acc_curve):
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
        self.loss_plot.setXRange(0, 1000, padding=0)
        self.loss_plot.setYRange(0, 2.5, padding=0)
        self._x_max = 1000.0
        self._y_max = 2.5
        self._tests_drawn = -1
        self._checks_drawn = 0
        # Epoch boundaries: one item of vertical segments per plot (see _label_epochs).
        self.epoch_boundaries = []
        for plot in (self.loss_plot, self.accuracy_plot):
            lines = pg.PlotCurveItem(pen=pg.mkPen((120, 120, 120), width=1, style=Qt.DashLine),
                                     connect="pairs")
            plot.addItem(lines, ignoreBounds=True)
            self.epoch_boundaries.append(lines)
        # Where the timeline is looking back to, on both plots.
        self.markers = [pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen((230, 120, 20), width=3))
                        for _ in range(2)]
        for plot, marker in zip((self.loss_plot, self.accuracy_plot), self.markers):
            marker.setZValue(10)
            marker.hide()
            plot.addItem(marker, ignoreBounds=True)

        self.loss_number = BigNumber(translate("MetricsPlots", "training loss"))
        self.train_number = BigNumber(translate("MetricsPlots", "training accuracy"))
        self.test_number = BigNumber(translate("MetricsPlots", "test accuracy"))
        numbers = QGridLayout()
        numbers.setContentsMargins(0, 0, 0, 0)
        for col, number in enumerate((self.loss_number, self.train_number, self.test_number)):
            numbers.addWidget(number, 0, col)
        # Legends in a line above each plot, never on the curves; they also name the y axis.
        # (a narrow screen gets two lines, not a cut one)
        self.loss_legend = WrappedLabel()
        self.accuracy_legend = WrappedLabel()
        for legend in (self.loss_legend, self.accuracy_legend):
            legend.setTextFormat(Qt.RichText)
            legend.setObjectName("legend")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(numbers)
        # The two charts, each under its legend: one above the other, or side by side where the
        # height is short (see set_side_by_side).
        self.charts = QGridLayout()
        self.charts.setContentsMargins(0, 0, 0, 0)
        self.charts.setSpacing(0)
        layout.addLayout(self.charts, stretch=1)
        self.side_by_side = False
        self._place_charts()
        self.start_zoom = StartZoom(self.loss_plot)
        self.set_looks(Looks())
        keep_translated(self, self.retranslate)

    def retranslate(self) -> None:
        """Every word of the charts again, in the language now chosen (their numbers stay)."""
        self.loss_number.caption.setText(translate("MetricsPlots", "training loss"))
        self.train_number.caption.setText(translate("MetricsPlots", "training accuracy"))
        self.test_number.caption.setText(translate("MetricsPlots", "test accuracy"))
        self._name_examples()
        self._write_legends()
        self._draw_blowups()
        self._label_epochs()
        self.start_zoom.refresh()
        self._make_room_for_numbers()   # (the y axes' numbers in the language's way: "100 %")
        for plot in (self.loss_plot, self.accuracy_plot):
            axis = plot.getAxis("left")
            axis.picture = None   # (pyqtgraph keeps the numbers it drew until told to draw again)
            axis.update()

    def set_looks(self, looks: Looks) -> None:
        """Fonts, axes, colours and line widths for the theme (thick and strong on a projector)."""
        theme = looks.theme
        self._looks = looks
        for plot in (self.loss_plot, self.accuracy_plot):
            style_plot(plot, theme)
        self._epoch_axis_height = int(theme.pt(13) * 1.6) + 4
        self.loss_plot.getAxis("top").setHeight(self._epoch_axis_height)
        self._make_room_for_numbers()
        self.start_zoom.set_looks(looks)
        self.raw_curve.setPen(pg.mkPen(theme.loss + (theme.faint_alpha,), width=1))
        self.smooth_curve.setPen(pg.mkPen(theme.loss, width=theme.width(3)))
        self.train_acc_curve.setPen(pg.mkPen(theme.train, width=theme.width(3)))
        for curve in (self.test_loss_curve, self.test_acc_curve):
            curve.setPen(pg.mkPen(theme.test, width=theme.width(1.5)))
            curve.setSymbolPen(pg.mkPen(theme.test, width=theme.width(1.5)))
            curve.setSymbolBrush(theme.window)
            curve.setSymbolSize(theme.pt(5) + theme.width(1.5))
        self.check_acc_curve.setPen(pg.mkPen(CHECK_COLOUR, width=theme.width(2)))
        self.check_acc_curve.setSymbolPen(pg.mkPen(CHECK_COLOUR, width=theme.width(1.5)))
        self.check_acc_curve.setSymbolBrush(theme.window)
        self.check_acc_curve.setSymbolSize(theme.pt(5) + theme.width(1.5))
        self.loss_number.set_colour(theme.loss)
        self.train_number.set_colour(theme.train)
        self.test_number.set_colour(theme.test)
        for number in (self.loss_number, self.train_number, self.test_number):
            number.caption.setStyleSheet(f"font-size: {theme.pt(11):.0f}pt;")
            number.set_size(round(theme.pt(24)))   # (the theme's size for QLabel#bignumber)
        self._write_legends()
        for legend in (self.loss_legend, self.accuracy_legend):
            legend.setStyleSheet(f"font-size: {theme.pt(10):.0f}pt;")
        self._draw_earlier_runs()
        self._label_epochs()
        self._name_examples()

    def set_side_by_side(self, on: bool) -> None:
        """The accuracy chart beside the loss chart (``on``: for want of height, each keeps its
        readable height and both their x axes say what they count), or under it."""
        if on == self.side_by_side:
            return
        self.side_by_side = on
        self._place_charts()
        self._make_room_for_numbers()
        self._write_legends()

    def least_charts(self, side_by_side: bool) -> tuple[int, int]:
        """The least heights of the loss and accuracy charts: their plotting areas' readable
        height, and their axes (a chart beside the other names its examples under it)."""
        half_line, named = self._axes
        view = math.ceil(self._looks.theme.pt(READABLE_VIEW)) + 2
        if side_by_side:
            return (view + self._epoch_axis_height + named,) * 2
        return view + self._epoch_axis_height + half_line + 2, view + half_line + named

    def least_height(self, side_by_side: bool, numbers: bool) -> int:
        """The least height the charts would need side by side or not, with or without the big
        numbers (measured, not made so: each change lays the window out again). The legends'
        lines are their present words' at the width each would have (at most: a narrower legend
        takes fewer words)."""
        margins = self.layout().contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 1)
        legends = (self.loss_legend, self.accuracy_legend)
        if side_by_side:
            half = max((width - self.charts.horizontalSpacing()) // 2, 1)
            words = max(lines_height(legend, half) for legend in legends)
        else:
            words = sum(lines_height(legend, width) for legend in legends)
        loss, accuracy = self.least_charts(side_by_side)
        charts = max(loss, accuracy) if side_by_side else loss + accuracy
        big = max(n.minimumSizeHint().height() for n in (self.loss_number, self.train_number,
                                                            self.test_number)) if numbers else 0
        return big + max(words, 0) + charts + margins.top() + margins.bottom()

    def _place_charts(self) -> None:
        grid, across = self.charts, self.side_by_side
        for widget in (self.loss_legend, self.loss_plot, self.accuracy_legend, self.accuracy_plot):
            grid.removeWidget(widget)
        grid.addWidget(self.loss_legend, 0, 0)
        grid.addWidget(self.loss_plot, 1, 0)
        grid.addWidget(self.accuracy_legend, 0 if across else 2, 1 if across else 0)
        grid.addWidget(self.accuracy_plot, 1 if across else 3, 1 if across else 0)
        for row in range(4):
            grid.setRowStretch(row, 1 if row in ((1,) if across else (1, 3)) else 0)
        grid.setColumnStretch(1, 1 if across else 0)   # (half the width each)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(8 if across else 0)
        # (the loss chart names its examples axis too when it has no chart under it)
        self.loss_plot.getAxis("bottom").showLabel(across)
        self.loss_plot.getAxis("bottom").setStyle(showValues=across)

    def _name_examples(self) -> None:
        """The examples axes' title in as many words as their width holds (a narrow chart's
        "examples seen" reached past its edges)."""
        for plot in (self.loss_plot, self.accuracy_plot):
            axis = plot.getAxis("bottom")
            for title in (translate_marked("MetricsPlots", marked) for marked in EXAMPLES_TITLES):
                if axis.labelText != title:
                    axis.setLabel(title)   # (in the style it has)
                if axis.label.boundingRect().width() <= axis.width():
                    break

    def fold_numbers(self, folded: bool) -> None:
        """The big numbers over the charts hidden (folded, for want of height) or shown."""
        for number in (self.loss_number, self.train_number, self.test_number):
            number.setVisible(not folded)

    def _make_room_for_numbers(self) -> None:
        """Room at the ends of the y axes for half a line of type: their end numbers are centred on
        the ends (pyqtgraph hides a number reaching further beyond its axis than the axis allows, and
        a view cuts one reaching past its edge), and room beside them for the widest number."""
        metrics = QFontMetricsF(self.loss_plot.getAxis("left").style["tickFont"] or QFont())
        half_line = math.ceil(metrics.height() / 2) + 1
        widest = max(metrics.horizontalAdvance(text) for text in
                     self.accuracy_plot.getAxis("left").tickStrings([1.0, 0.005], 1, 1)
                     + self.loss_plot.getAxis("left").tickStrings([0.25], 1, 1))
        for plot in (self.loss_plot, self.accuracy_plot):
            left = plot.getAxis("left")
            left.setStyle(hideOverlappingLabels=half_line)
            left.setWidth(math.ceil(widest) + 12)  # both plots' y axes line up, whatever their ticks
        # Above the accuracy chart's 100% (the loss chart has its epoch names' axis there; beside
        # it, as much, so that their views line up), and under the loss chart's 0 (its examples
        # axis shows no numbers under it when the accuracy chart is, and would be too low).
        top = self._epoch_axis_height if self.side_by_side else half_line
        # Right of the charts, room for half an examples number: the axis' last number may sit on
        # its end (a narrow chart, side by side at 1024x768, had room for one number otherwise).
        overhang = math.ceil(metrics.horizontalAdvance("800k") / 2) + 2
        self.accuracy_plot.getPlotItem().layout.setContentsMargins(1, top, overhang, 1)
        self.loss_plot.getPlotItem().layout.setContentsMargins(1, 1, overhang, 1)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getAxis("bottom").overhang = overhang
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=overhang)
        # An examples axis with its numbers and title: a line of numbers, pyqtgraph's offset, and
        # the title's height as pyqtgraph counts it (its text item's, times 0.8).
        examples = self.accuracy_plot.getAxis("bottom")
        named = math.ceil(metrics.height() + examples.style["tickTextOffset"][1]
                          + 0.8 * examples.label.boundingRect().height()) + 2
        examples.setHeight(named)
        self.loss_plot.getAxis("bottom").setHeight(named if self.side_by_side else half_line + 2)
        self._axes = (half_line, named)
        # Never squeezed flat: below this a curve is a line of pixels and its scale a number or two
        # (the charts go side by side, and the window folds other things away, first)
        for plot, least in zip((self.loss_plot, self.accuracy_plot), self.least_charts(self.side_by_side)):
            plot.setMinimumHeight(least)
        self.loss_plot.getViewBox().sigResized.connect(self._label_epochs, Qt.UniqueConnection)

    def _write_legends(self) -> None:
        """Each legend in one line where it can be: the earlier runs named in full where the line
        holds them, else by number in their colours (a compact key, named in full in the tooltip),
        then in fewer words; a legend that wraps takes the chart's height."""
        theme = self._looks.theme
        # Earlier runs are named here, in their colours, rather than on the plot, where their labels
        # would pile up at the left (runs of different lengths end near each other).
        colours = [EARLIER_COLOURS[i % len(EARLIER_COLOURS)] for i in range(len(self.earlier_runs))]
        numbers = " ".join(f"<span style='color: rgb{tuple(c[:3])}; font-weight: bold'>{i + 1}</span>"
                           for i, c in enumerate(colours))
        earlier = [[("┅", c, run.shown_label()) for c, run in zip(colours, self.earlier_runs)]] + [
            [("┅", colours[0], f"{words}{numbers}")] for words in (
                translate("MetricsPlots", "earlier runs") + " ", translate("MetricsPlots", "runs") + " ", "")
        ] if colours else [[]]
        # the class's check digits, once there are any (see collecting.py)
        check = [("□", CHECK_COLOUR, translate("MetricsPlots", "class's check digits"))] if self.check_x else []
        check_short = [("□", CHECK_COLOUR, translate("MetricsPlots", "check digits"))] if self.check_x else []
        names = "<br>".join(translate("MetricsPlots", "run {number}: {label}").format(number=i + 1, label=run.shown_label())
                            for i, run in enumerate(self.earlier_runs))
        for legend, title, entries, fewer in (
                (self.loss_legend, translate("MetricsPlots", "loss"),
                 (("━", theme.loss + (140,), translate("MetricsPlots", "each update")),
                  ("━", theme.loss, translate("MetricsPlots", "smoothed")),
                  ("○", theme.test, translate("MetricsPlots", "test"))),
                 (("━", theme.loss + (140,), translate("MetricsPlots", "update")),
                  ("━", theme.loss, translate("MetricsPlots", "smoothed")),
                  ("○", theme.test, translate("MetricsPlots", "test")))),
                (self.accuracy_legend, translate("MetricsPlots", "accuracy"),
                 (("━", theme.train, translate("MetricsPlots", "training (this epoch)")),
                  ("○", theme.test, translate("MetricsPlots", "test")), *check),
                 (("━", theme.train, translate("MetricsPlots", "training")),
                  ("○", theme.test, translate("MetricsPlots", "test")), *check_short))):
            variants = [legend_html(title, (*entries, *runs)) for runs in earlier]
            variants.append(legend_html(title, (*fewer, *earlier[-1])))
            # Measured as the label lays its words out, at the width it is being given (in a
            # resize, the layout has not placed it yet), with no minimum height (a label's height
            # for a width is never less than it).
            margins = self.layout().contentsMargins()
            width = max(self.width() - margins.left() - margins.right(), 1)
            if self.side_by_side:   # (half the width each)
                width = max((width - self.charts.horizontalSpacing()) // 2, 1)
            legend.setMinimumHeight(0)
            QLabel.setText(legend, legend_html(title, ()))
            one_line = legend.heightForWidth(width)
            for text in variants:
                QLabel.setText(legend, text)
                if legend.heightForWidth(width) <= one_line:
                    break
            legend.setToolTip(names)
            legend.setProperty("fitted_for", None)
            fit_height(legend, width)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._write_legends()

    # --- earlier runs -------------------------------------------------------------------------

    def archive_run(self, label: str, wording: tuple | None = None) -> None:
        """Keep the current run's smoothed loss and test accuracy as faint curves labelled ``label``
        (network, learning rate, batch size; shown translated where its ``wording``, from
        core.runs.run_wording, came with it), so that the next run is drawn against it."""
        h = self.loss_history
        if not len(h) and not self.test_x:
            return
        x, y = decimate(h.x, moving_average(h.y, self.smoothing_window()), SMOOTH_POINTS)
        self.earlier_runs.append(EarlierRun(label, np.array(x), np.array(y), np.array(self.test_x),
                                            np.array(self.test_accuracy), tuple(self.blowups), wording))
        del self.earlier_runs[:-EARLIER_RUNS]
        self._draw_earlier_runs()

    def clear_earlier_runs(self) -> None:
        self.earlier_runs.clear()
        self._draw_earlier_runs()

    def set_runs(self, earlier, current: RunRecord) -> None:
        """A saved state's runs: ``earlier`` RunRecords as faint labelled curves, ``current`` as
        the run being drawn (a lesson's step, entered whichever way)."""
        self.earlier_runs.clear()
        for record in earlier:
            self.clear()
            self.load_run(record)
            self.archive_run(record.label, record.wording)
        self.clear()
        self.load_run(current)
        self._draw_earlier_runs()
        # the axes fit these runs afresh from their first ranges (whichever way the state came)
        self._x_max, self._y_max = 1000.0, 2.5
        self.loss_plot.setXRange(0, self._x_max, padding=0)
        self.loss_plot.setYRange(0, self._y_max, padding=0)
        self._label_epochs()

    def load_run(self, r: RunRecord) -> None:
        """A run's whole history into the (cleared) current run's series."""
        finite = np.isfinite(r.loss)
        self.loss_history.extend(r.loss_x[finite], r.loss[finite])
        self._first_losses = r.loss[finite][:START_LOSSES].tolist()
        if len(r.accuracy):
            self.train_accuracy.extend(r.accuracy_x, r.accuracy)
        finite = np.isfinite(r.test_loss)
        self.test_x[:] = r.test_x[finite].tolist()
        self.test_loss[:] = r.test_loss[finite].tolist()
        self.test_accuracy[:] = r.test_accuracy[finite].tolist()
        self.epoch_starts[:] = list(r.epoch_ends)
        self.blowups[:] = list(r.blowups)
        self._label_epochs()
        self._draw_blowups()
        self._dirty = True

    def _draw_blowups(self) -> None:
        """A red line where training blew up, named with its learning rate, for the current run
        and (in their colours) the earlier ones: the blow-up stays on the chart, however long ago."""
        for item in self._blowup_items:
            self.loss_plot.removeItem(item)
        self._blowup_items = []
        theme = self._looks.theme
        marks = [(x, lr, theme.test) for x, lr in self.blowups]
        marks += [(x, lr, EARLIER_COLOURS[i % len(EARLIER_COLOURS)])
                  for i, run in enumerate(self.earlier_runs) for x, lr in run.blowups]
        for x, lr, colour in marks:
            line = pg.InfiniteLine(pos=x, angle=90, movable=False,
                                   pen=pg.mkPen((200, 30, 30), width=theme.width(2), style=Qt.DashLine),
                                   label=translate("MetricsPlots", "λ {rate}: blew up").format(rate=decimal(lr)),
                                   labelOpts=dict(position=0.85, color=(200, 30, 30)))
            line.label.setFont(self.loss_plot.getAxis("left").style["tickFont"] or QFont())
            line.setZValue(5)
            self.loss_plot.addItem(line, ignoreBounds=True)
            self._blowup_items.append(line)
        self._place_blowup_labels()

    def _place_blowup_labels(self) -> None:
        """Each blow-up's name on the side of its line with more of the chart: a blow-up comes early,
        near the left axis, where a name on its left was cut at the chart's edge ("w up")."""
        left, right = self.loss_plot.getViewBox().viewRange()[0]
        for line in self._blowup_items:
            side = (0, 0.5) if line.value() < (left + right) / 2 else (1, 0.5)
            if line.label.anchors[0] != side:
                line.label.anchors = [side, side]
                line.label.updatePosition()

    def _draw_earlier_runs(self) -> None:
        for plot, item in self._earlier_items:
            plot.removeItem(item)
        self._earlier_items = []
        theme = self._looks.theme
        for i, run in enumerate(self.earlier_runs):
            colour = EARLIER_COLOURS[i % len(EARLIER_COLOURS)]
            pen = pg.mkPen(colour, width=theme.width(2), style=Qt.DashLine)
            for plot, xs, ys in ((self.loss_plot, run.loss_x, run.loss),
                                 (self.accuracy_plot, run.test_x, run.test_accuracy)):
                if not len(xs):
                    continue
                curve = pg.PlotCurveItem(xs, ys, pen=pen)
                curve.setZValue(-2)  # under the current run
                plot.addItem(curve, ignoreBounds=True)
                self._earlier_items.append((plot, curve))
        self._draw_blowups()
        self._write_legends()
        self._dirty = True

    def earlier_extent(self) -> float:
        """The largest examples-seen of the earlier runs: the x axis shows them whole."""
        return max((float(r.loss_x[-1]) for r in self.earlier_runs if len(r.loss_x)), default=0.0)

    def mark(self, examples_seen: float | None) -> None:
        """Show (or, with None, hide) the looking-back marker at this many examples seen."""
        for marker in self.markers:
            marker.setVisible(examples_seen is not None)
            if examples_seen is not None:
                marker.setValue(examples_seen)

    def clear(self) -> None:
        self.loss_history.clear()
        self.train_accuracy.clear()
        self.test_x.clear()
        self.test_loss.clear()
        self.test_accuracy.clear()
        self.check_x.clear()
        self.check_accuracy.clear()
        self._write_legends()
        self.epoch_starts.clear()
        self._first_losses.clear()
        if self.blowups:
            self.blowups.clear()
            self._draw_blowups()
        self._label_epochs()
        for number in (self.loss_number, self.train_number, self.test_number):
            number.set_text("–")
        self._numbers_stale = False
        self._dirty = True

    def add_snapshot(self, snap: TrainingSnapshot) -> None:
        """Take the new metrics of a snapshot (cheap); `redraw` draws them."""
        if len(snap.losses):
            finite = np.isfinite(snap.losses)
            self.loss_history.extend(snap.examples_at[finite], snap.losses[finite])
            if len(self._first_losses) < START_LOSSES:
                self._first_losses.extend(snap.losses[finite][:START_LOSSES - len(self._first_losses)].tolist())
        if len(snap.accuracies):
            self.train_accuracy.extend(snap.accuracy_at, snap.accuracies)
        for ev in snap.evaluations:
            if self.test_x and ev.examples_seen == self.test_x[-1]:
                self.test_loss[-1], self.test_accuracy[-1] = ev.test_loss, ev.test_accuracy
            elif math.isfinite(ev.test_loss):
                self.test_x.append(ev.examples_seen)
                self.test_loss.append(ev.test_loss)
                self.test_accuracy.append(ev.test_accuracy)
            if math.isfinite(ev.check_accuracy):
                if self.check_x and ev.examples_seen == self.check_x[-1]:
                    self.check_accuracy[-1] = ev.check_accuracy
                else:
                    self.check_x.append(ev.examples_seen)
                    self.check_accuracy.append(ev.check_accuracy)
        if len(self.test_x) > MAX_TEST_POINTS:  # hours of training: keep every other, and the last
            for values in (self.test_x, self.test_loss, self.test_accuracy):
                values[:] = values[-2::-2][::-1] + values[-1:]
        if len(self.check_x) > MAX_TEST_POINTS:
            for values in (self.check_x, self.check_accuracy):
                values[:] = values[-2::-2][::-1] + values[-1:]
        self.epoch_starts.extend(snap.epoch_ends)
        if snap.epoch_ends:
            self._label_epochs()
        if snap.blowups:
            self.blowups.extend(snap.blowups)
            self._draw_blowups()
        self._dirty = True

    def _label_epochs(self) -> None:
        """Mark epoch boundaries (every k-th, >= 10 pixels apart: one item for all of them, however
        long the run) and name epochs on the top axis, as many as fit apart at the axis' type size."""
        starts = np.array([0.0] + self.epoch_starts)
        axis = self.loss_plot.getAxis("top")
        if len(starts) < 2:
            axis.setTicks([[]])
            for lines in self.epoch_boundaries:
                lines.setData([], [])
            return
        width = max(self.loss_plot.getViewBox().width(), 1.0)
        lengths = np.diff(starts)
        pixels_per_epoch = max(float(lengths.min()) * width / self._x_max, 1e-9)
        # Each name in the middle of its epoch (the epoch is the stretch, not its boundary; at the
        # boundary the first name would hang off the axis' left end and pyqtgraph would hide it).
        middles = starts + np.r_[lengths, lengths[-1]] / 2
        metrics = QFontMetricsF(axis.style["tickFont"] or QFont())
        names = epoch_names(middles * width / self._x_max, width, metrics.horizontalAdvance,
                            gap=metrics.height())   # (a line apart: clearly two names)
        axis.setTicks([[(middles[k], text) for k, text in names], []])
        shown = starts[1:][:: max(1, math.ceil(10 / pixels_per_epoch))]
        for lines, (low, high) in zip(self.epoch_boundaries, ((-1e3, 1e4), (-1.0, 2.0))):
            lines.setData(np.repeat(shown, 2), np.tile([low, high], len(shown)))

    def series(self) -> list[tuple[str, np.ndarray, np.ndarray]]:
        """Every curve's points as (name, examples seen, values), for export; earlier runs' curves
        are named after the run."""
        h = self.loss_history
        series = [("train_loss", h.x, h.y),
                  ("train_loss_smoothed", h.x, moving_average(h.y, self.smoothing_window())),
                  ("train_accuracy", self.train_accuracy.x, self.train_accuracy.y),
                  ("test_loss", np.array(self.test_x), np.array(self.test_loss)),
                  ("test_accuracy", np.array(self.test_x), np.array(self.test_accuracy)),
                  ("class_check_accuracy", np.array(self.check_x), np.array(self.check_accuracy))]
        for i, run in enumerate(self.earlier_runs, 1):
            series.append((f"earlier run {i} ({run.label}): train_loss_smoothed", run.loss_x, run.loss))
            series.append((f"earlier run {i} ({run.label}): test_accuracy", run.test_x, run.test_accuracy))
        return series

    def smoothing_window(self) -> int:
        return max(1, min(500, len(self.loss_history) // 20))

    def redraw(self, numbers: bool = True) -> bool:
        """Draw what came since the last redraw; ``numbers=False`` leaves the big numbers as they
        are (a window drawing 60 frames a second changes them as often as anyone can read them:
        each change lays their row out and paints it again)."""
        if numbers and self._numbers_stale:
            self._show_numbers()
        if not self._dirty:
            return False
        self._dirty = False
        h = self.loss_history
        self.raw_curve.setData(h.x, h.y)
        smooth = moving_average(h.y, self.smoothing_window())
        # Thick pens are drawn as paths, which cost per point: smooth curves need few points.
        self.smooth_curve.setData(*decimate(h.x, smooth, SMOOTH_POINTS))
        self.train_acc_curve.setData(*decimate(self.train_accuracy.x, self.train_accuracy.y, SMOOTH_POINTS))
        if len(self.test_x) != self._tests_drawn or not self.test_x:
            symbol = "o" if len(self.test_x) <= SYMBOLS_UP_TO else None
            self.test_loss_curve.setData(self.test_x, self.test_loss, symbol=symbol)
            self.test_acc_curve.setData(self.test_x, self.test_accuracy, symbol=symbol)
            self._tests_drawn = len(self.test_x)
        if len(self.check_x) != self._checks_drawn:
            symbol = "s" if len(self.check_x) <= SYMBOLS_UP_TO else None
            self.check_acc_curve.setData(self.check_x, self.check_accuracy, symbol=symbol)
            if (self._checks_drawn == 0) != (not self.check_x):   # the curve came or went: its legend
                self._write_legends()
            self._checks_drawn = len(self.check_x)
        if len(h):
            self._smoothed_loss = float(smooth[-1])
            self._fit_ranges(max(float(h.x[-1]), self.earlier_extent()),
                             max(top_percentile(h.y), self.start_loss()))
            self.start_zoom.show(h.x, h.y, self.start_loss(), self._smoothed_loss, self._x_max,
                                 self._y_max, self._highest_over)
        else:
            self.start_zoom.hide()
        self._numbers_stale = True
        if numbers:
            self._show_numbers()
        self.redraws += 1
        return True

    def _highest_over(self, x0: float) -> float | None:
        """The highest smoothed loss or test loss, of this run and the earlier ones, drawn beyond
        ``x0`` examples (what the start's box must not cover); None where a blow-up is marked."""
        if any(x >= x0 for x, _ in self.blowups) or any(
                x >= x0 for run in self.earlier_runs for x, _ in run.blowups):
            return None
        curves = [self.smooth_curve.getData()] + [(run.loss_x, run.loss) for run in self.earlier_runs]
        curves.append((np.array(self.test_x), np.array(self.test_loss)))
        return max((float(np.max(ys[xs >= x0])) for xs, ys in curves
                    if xs is not None and len(xs) and np.any(xs >= x0)), default=0.0)

    def start_loss(self) -> float:
        """Where learning started: the median of the run's first losses (of the history's first
        point when they were not seen): the loss axis always reaches it, so that the steep early
        drop a class should see is on the chart, however low the loss has fallen since."""
        if self._first_losses:
            return float(np.median(self._first_losses))
        return float(self.loss_history.y[0]) if len(self.loss_history) else 0.0

    def _show_numbers(self) -> None:
        self._numbers_stale = False
        if len(self.loss_history):
            self.loss_number.set_text(number(self._smoothed_loss, 3))
        if len(self.train_accuracy):
            self.train_number.set_text(percent(self.train_accuracy.last, 1))
        if self.test_accuracy:
            self.test_number.set_text(percent(self.test_accuracy[-1], 1))

    def _fit_ranges(self, x_last: float, y_top: float) -> None:
        """Grow the axes in steps (1, 1.5, 2, 3, 4, 5, 6, 8 x 10^k), not every frame: an axis whose range is unchanged
        is not laid out and drawn again, which keeps frames cheap."""
        if x_last > self._x_max or x_last < self._x_max / 10:
            self._x_max = nice_ceiling(x_last * 1.05, EXAMPLES_STEPS)
            self.loss_plot.setXRange(0, self._x_max, padding=0)
            self._label_epochs()
        y_top = max(y_top, 0.5)
        if y_top > self._y_max or y_top < self._y_max / 2:
            self._y_max = nice_ceiling(y_top * 1.1, LOSS_STEPS)
            self.loss_plot.setYRange(0, self._y_max, padding=0)


class StartZoom:
    """The start of a run in a box of its own, in the loss chart's top right-hand corner: after a
    few epochs the steep early drop (from about 2.3 to under 1, in the first few thousand examples)
    takes the first pixels of the chart's width, where a class cannot see it. The box shows the
    first examples (twice as many as the drop took, in 1, 2, 5 steps: "first 20k", or "20k" where
    the box is narrow), on the chart's own loss scale. Shown only where the drop is that squeezed
    (narrower than SQUEEZED pixels), and where it covers none of the smoothed curves, test points
    or blow-up marks (the space over a fallen loss curve is empty); decided again when the chart
    changes size."""

    SHARE = 0.5       # of the chart's width, at its right
    LEAST = 0.4       # of the chart's height: where there is less room over the curves, no box
    SQUEEZED = 40     # px: shown when the drop is narrower than this on the chart
    SETTLE = 0.1      # of the chart's height: the room over the curves the box may leave unused

    def __init__(self, plot: pg.PlotWidget):
        self.plot = plot
        self.view = pg.ViewBox(enableMouse=False, enableMenu=False)
        self.view.setParentItem(plot.getPlotItem())
        self.view.setZValue(20)   # over the epochs' lines and the timeline's marker
        self.raw = pg.PlotCurveItem()
        self.smooth = pg.PlotCurveItem()
        self.label = pg.TextItem(anchor=(1, 0))
        for item in (self.raw, self.smooth, self.label):
            self.view.addItem(item)
        cache_pictures((self.raw, self.smooth))   # (they change only in the run's first moments)
        self.view.hide()
        self.extent: float | None = None   # examples shown, while shown
        self._corner = None                # (x from, y from, x to, y to) on the chart, while shown
        self._shown_for = None             # what `show` was last given
        self._width = 0.0                  # the chart's width it was decided for
        plot.getViewBox().sigResized.connect(self._resized)

    def set_looks(self, looks: Looks) -> None:
        theme = looks.theme
        self.raw.setPen(pg.mkPen(theme.loss + (theme.faint_alpha,), width=1))
        self.smooth.setPen(pg.mkPen(theme.loss, width=theme.width(2.5)))
        self.view.setBackgroundColor(theme.window)
        self.view.setBorder(pg.mkPen(theme.text, width=max(1.0, theme.width(1))))
        self.label.setColor(theme.text)
        self.label.setFont(self.plot.getAxis("left").style["tickFont"] or QFont())

    def show(self, x: np.ndarray, y: np.ndarray, start: float, now: float, x_max: float, y_max: float,
             highest_over) -> None:
        """``x``, ``y``: the run's losses; ``start``, ``now``: its first and current (smoothed)
        loss; the chart's axes' ends; ``highest_over(x0)``: the highest value drawn beyond x0 that
        the box must not cover (None when a blow-up mark is there)."""
        self._shown_for = (x, y, start, now, x_max, y_max, highest_over)
        end = drop_end(x, y, start, now)
        self.extent = nice_ceiling(2 * end) if end is not None else None
        x0 = x_max * (1 - self.SHARE)
        highest = highest_over(x0) if self.extent is not None else None
        bottom = None if highest is None else max(highest * 1.15, highest + 0.05 * y_max)
        corner = (x0, bottom, x_max * 0.985, 0.97 * y_max)
        if (bottom is not None and self._corner is not None and self._corner[::2] == corner[::2]
                and bottom <= self._corner[1] <= min(bottom + self.SETTLE * y_max, (0.97 - self.LEAST) * y_max)):
            # It stays where it is while the curves under it stay clear of it: following them by a
            # pixel every frame, it was laid out and painted again after each frame (twice the
            # loss chart's painting).
            bottom = self._corner[1]
        width = self._width = self.plot.getViewBox().width()
        if (self.extent is None or end * width / x_max >= self.SQUEEZED or 2 * self.extent > x_max
                or bottom is None or 0.97 * y_max - bottom < self.LEAST * y_max):
            self._off()
            return
        self._corner = (x0, bottom, x_max * 0.985, 0.97 * y_max)
        metrics = QFontMetricsF(self.label.textItem.font())
        box = self._rect()
        # its name in as many words as its width holds, beside a line's width of the curve
        text = next((t for t in (translate("StartZoom", "first {count}").format(count=format_count(self.extent)),
                                 format_count(self.extent))
                     if metrics.horizontalAdvance(t) + metrics.height() <= box.width()), None)
        if text is None or box.height() < 3 * metrics.height():
            self._off()   # (too small a box to read)
            return
        first = x <= self.extent
        if not (np.array_equal(x[first], self.raw.xData) and np.array_equal(y[first], self.raw.yData)):
            self.raw.setData(x[first], y[first])   # (once the run is past them, they stay as drawn)
            self.smooth.setData(x[first], moving_average(y[first], max(1, first.sum() // 15)))
        self.view.setRange(xRange=(0, self.extent), yRange=(0, y_max), padding=0)
        self.label.setText(text)
        self.label.setPos(self.extent, y_max)
        self.place()
        self.view.show()

    def refresh(self) -> None:
        """The box decided and named again for what it shows (its words in a new language)."""
        if self._shown_for is not None:
            self.show(*self._shown_for)

    def hide(self) -> None:
        """No box, until `show` is given a run again (the charts were cleared)."""
        self._shown_for = None
        self._off()

    def _off(self) -> None:
        self.extent, self._corner = None, None
        self.view.hide()

    def _resized(self) -> None:
        """The chart's new width decides again whether the box is shown (its height only moves it)."""
        width = self.plot.getViewBox().width()
        if self._shown_for is not None and width != self._width:
            self.show(*self._shown_for)
        else:
            self.place()

    def place(self) -> None:
        """The box where its corner of the chart is on the screen now."""
        if self._corner is not None:
            self.view.setGeometry(self._rect())

    def _rect(self):
        """The box's corner of the chart, in the chart's coordinates (pixels)."""
        x0, y0, x1, y1 = self._corner
        main, item = self.plot.getViewBox(), self.plot.getPlotItem()
        a = item.mapFromScene(main.mapViewToScene(pg.Point(x0, y1)))
        b = item.mapFromScene(main.mapViewToScene(pg.Point(x1, y0)))
        return pg.QtCore.QRectF(a, b).normalized()


def drop_end(x: np.ndarray, y: np.ndarray, start: float, now: float) -> float | None:
    """Examples seen when the loss had done four fifths of its fall from ``start`` to ``now`` (a
    short running mean of the losses ``y`` at ``x`` reaching it), or None before it has fallen by a
    quarter (no steep drop to show yet)."""
    if not len(y) or start - now < 0.25 * start:
        return None
    level = now + 0.2 * (start - now)
    below = np.flatnonzero(moving_average(y, max(1, min(25, len(y) // 100))) <= level)
    return float(x[below[0]]) if len(below) else None


def epoch_names(centres, width: float, text_width, gap: float) -> list[tuple[int, str]]:
    """Which epochs to name, and how: (index, text) for the epochs whose names fit on an axis
    ``width`` pixels long at these ``centres`` (pixels), measured by ``text_width(text)``, at least
    ``gap`` apart. The first name shown says "epoch k", the others only their number; every epoch,
    or every 2nd, 5th, 10th, 20th... (the multiples of it), the densest choice that fits: when the
    room is not there, fewer names, never names that run together ("epoch 2epoch 3")."""
    def fits(x, text):
        return x - text_width(text) / 2 >= 0 and x + text_width(text) / 2 <= width

    n, every = len(centres), 1
    while True:
        ks = [k for k in range(n) if (k + 1) % every == 0]
        names, right = [], -math.inf
        for k in ks:
            text = translate("MetricsPlots", "epoch {number}").format(number=k + 1) if not names else str(k + 1)
            if not fits(centres[k], text):
                continue
            if centres[k] - text_width(text) / 2 < right + gap:
                break
            names.append((k, text))
            right = centres[k] + text_width(text) / 2
        else:
            return names
        if every >= n:
            return names[:1]
        every = next(m * 10 ** p for p in range(12) for m in (1, 2, 5) if m * 10 ** p > every)


class ValueAxis(pg.AxisItem):
    """A y axis that names its two ends (``ends``, or else its range's) and, between them, as many
    evenly spaced values as its height holds at its font's line height: when the room is not there
    it names fewer values, never smaller or overlapping ones. (pyqtgraph's own choice left a short
    chart at presentation sizes with only "0", or nothing: it drops levels of labels that crowd.)"""

    LINE_SPACING = 1.3   # lines of type from one number to the next, at the least
    MOST_INTERVALS = 5   # more numbers than 6 clutter a chart, however tall

    def __init__(self, orientation: str = "left", ends: tuple[float, float] | None = None,
                 percent: bool = False, **kwargs):
        super().__init__(orientation, **kwargs)
        self.ends = ends
        self.percent = percent
        self.setStyle(maxTextLevel=0, maxTickLevel=0)

    def tickValues(self, minVal, maxVal, size):
        low, high = self.ends if self.ends is not None else (min(minVal, maxVal), max(minVal, maxVal))
        if not high > low or not maxVal != minVal:
            return [(1.0, [])]
        pixels = size * (high - low) / abs(maxVal - minVal)
        line = QFontMetricsF(self.style["tickFont"] or QFont()).height() * self.LINE_SPACING
        intervals = next(k for k in range(max(1, min(int(pixels // line), self.MOST_INTERVALS)), 0, -1)
                         if k == 1 or is_nice((high - low) / k))
        step = (high - low) / intervals
        # The ends exactly as the range's: pyqtgraph draws no tick a rounding error beyond its axis.
        values = [low] + [low + i * step for i in range(1, intervals)] + [high]
        return [(step, values)]

    def tickStrings(self, values, scale, spacing):
        """The numbers as the language writes them ("2,5", "100 %" in German), as the big numbers
        over the charts and the probability bars do."""
        if self.percent:
            return [percent_sign(decimal(round(v * 100, 6))) for v in values]
        return [decimal(round(v, 6)) for v in values]


def is_nice(step: float) -> bool:
    """Whether ``step`` is 1, 2, 2.5 or 5 times a power of ten (the steps a scale is read in)."""
    if step <= 0:
        return False
    mantissa = step / 10.0 ** math.floor(math.log10(step))
    return any(abs(mantissa - m) < 1e-6 for m in (1, 2, 2.5, 5, 10))


class ExamplesAxis(pg.AxisItem):
    """Counts of examples as 500, 20k, 1.5M rather than 1.5e+06, every 1, 2, 2.5, 3, 4 or 5 x 10^k,
    as many as its length holds at the widest number's width and half a line apart (a few pixels
    apart where that leaves fewer than two): on a narrow chart (two side by side at 1024x768) fewer
    numbers, never numbers that run together. ``overhang``: how far (pixels) a number may reach
    past the axis' right-hand end (the chart keeps that room)."""

    overhang = 0

    def tickValues(self, minVal, maxVal, size):
        low, high = min(minVal, maxVal), max(minVal, maxVal)
        if not high > low or size <= 0:
            return [(1.0, [])]
        metrics = QFontMetricsF(self.style["tickFont"] or QFont())
        room = max(metrics.horizontalAdvance(format_count(v)) for v in (low, high, (low + high) / 2))

        def inside(step: float) -> np.ndarray:
            """The multiples of ``step`` whose numbers lie within the axis (a number centred on
            its start reaches past it, over the y axis' numbers), or its overhang."""
            values = np.arange(math.ceil(low / step), math.floor(high / step) + 1) * step
            pixels = (values - low) * size / (high - low)
            half = np.array([metrics.horizontalAdvance(format_count(v)) / 2 for v in values])
            return values[(pixels >= half) & (pixels + half <= size + self.overhang)]

        steps = [nice_ceiling((high - low) * (room + gap) / size, TICK_STEPS)
                 for gap in (metrics.height() / 2, 4)]
        step = max(steps, key=lambda step: (min(len(inside(step)), 2), step))
        return [(step, inside(step).tolist())]

    def tickStrings(self, values, scale, spacing):
        return [format_count(v) for v in values]


def format_count(v: float) -> str:
    if abs(v) >= 1e6:
        return f"{v / 1e6:g}M"
    if abs(v) >= 1e3:
        return f"{v / 1e3:g}k"
    return f"{v:g}"


def decimate(x: np.ndarray, y: np.ndarray, max_points: int):
    """Every k-th point, and always the last, so that at most ~max_points remain."""
    step = -(-len(x) // max_points)
    if step <= 1:
        return x, y
    idx = np.r_[np.arange(0, len(x) - 1, step), len(x) - 1]
    return x[idx], y[idx]


def top_percentile(y: np.ndarray) -> float:
    """About the 99th percentile of ``y`` (its largest value for 50 or fewer): where the loss axis
    ends, so that a few spikes do not flatten the curve. One partial sort, without np.percentile's
    interpolation (that cost more than the rest of the frame's arithmetic)."""
    if len(y) <= 50:
        return float(y.max())
    k = int(0.99 * (len(y) - 1))
    return float(np.partition(y, k)[k])


LOSS_STEPS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)   # the loss axis' tops: a start at 2.3-2.7 fills it
# the examples axis' ends: ten epochs (600k) end at 800k, not 1M (the curves take three quarters of
# the width, not 60%)
EXAMPLES_STEPS = (1, 1.5, 2, 3, 4, 5, 6, 8, 10)
TICK_STEPS = (1, 2, 2.5, 3, 4, 5, 10)   # between the examples axis' numbers


def nice_ceiling(value: float, steps=(1, 2, 2.5, 5, 10)) -> float:
    """The smallest of ``steps`` (1, 2, 2.5, 5) times a power of ten that is >= value."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for m in steps:
        if m * power >= value:
            return m * power
    return 10 * power
