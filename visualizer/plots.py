"""Loss and accuracy as training runs, with the current values as large numbers."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ..core.metrics import ThinnedSeries, moving_average

from .theme import NORMAL, Looks, style_plot
from .worker import TrainingSnapshot

LOSS_COLOR = (31, 119, 180)
TRAIN_COLOR = (44, 160, 44)
TEST_COLOR = (214, 39, 40)
SMOOTH_POINTS = 600
MAX_TEST_POINTS = 1000   # test evaluations kept for the plots (older ones thinned)
SYMBOLS_UP_TO = 120      # beyond this many evaluations, a line reads better than dots


class BigNumber(QWidget):
    """A caption over a large value, readable from the back of a classroom."""

    def __init__(self, caption: str, color, parent=None):
        super().__init__(parent)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignCenter)
        self.value = QLabel("–")
        self.value.setObjectName("bignumber")
        self.value.setAlignment(Qt.AlignCenter)
        self.value.setStyleSheet(f"color: rgb{tuple(color)};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def set_text(self, text: str) -> None:
        self.value.setText(text)


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
        self.epoch_starts: list[float] = []
        self.redraws = 0
        self._dirty = False

        self.loss_plot = pg.PlotWidget(axisItems={"bottom": ExamplesAxis("bottom")})
        self.accuracy_plot = pg.PlotWidget(axisItems={"bottom": ExamplesAxis("bottom")})
        for plot, label in ((self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")):
            plot.setBackground(None)
            # No grid: pyqtgraph's grid is drawn by the axes and was a third of each frame's cost.
            plot.disableAutoRange()
            plot.setLabel("left", label)
            plot.setLabel("bottom", "examples seen")
            # loss falls and accuracy rises: their legends go where the curves are not
            plot.addLegend(offset=(-10, 10) if plot is self.loss_plot else (-10, -10), labelTextSize="10pt",
                           brush=(255, 255, 255, 200))
            plot.setMouseEnabled(x=False, y=False)
            plot.getPlotItem().setMenuEnabled(False)
            plot.hideButtons()
        self.accuracy_plot.setXLink(self.loss_plot)
        # The two plots share the x axis: name it once, under the lower one.
        self.loss_plot.setLabel("bottom", None)
        self.loss_plot.getAxis("bottom").setStyle(showValues=False)
        self.loss_plot.showAxis("top")
        self.loss_plot.getAxis("top").setStyle(tickLength=0)
        self.loss_plot.getAxis("top").setHeight(24)
        self.accuracy_plot.setYRange(0, 1, padding=0.02)

        faint = pg.mkPen(LOSS_COLOR + (70,), width=1)
        self.raw_curve = self.loss_plot.plot(pen=faint, name="training loss (each update)")
        self.smooth_curve = self.loss_plot.plot(pen=pg.mkPen(LOSS_COLOR, width=3), name="smoothed")
        self.test_loss_curve = self.loss_plot.plot(pen=pg.mkPen(TEST_COLOR, width=2), symbol="o",
                                                   symbolSize=6, symbolBrush=TEST_COLOR, name="test loss")
        self.train_acc_curve = self.accuracy_plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=3),
                                                       name="training (running, this epoch)")
        self.test_acc_curve = self.accuracy_plot.plot(pen=pg.mkPen(TEST_COLOR, width=2), symbol="o",
                                                      symbolSize=6, symbolBrush=TEST_COLOR,
                                                      name="test (10,000 images)")
        for curve in (self.raw_curve, self.smooth_curve, self.train_acc_curve):
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
        self.loss_plot.setXRange(0, 1000, padding=0)
        self.loss_plot.setYRange(0, 2.5, padding=0)
        self._x_max = 1000.0
        self._y_max = 2.5
        self._tests_drawn = -1
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

        self.loss_number = BigNumber("training loss", LOSS_COLOR)
        self.train_number = BigNumber("training accuracy", TRAIN_COLOR)
        self.test_number = BigNumber("test accuracy", TEST_COLOR)
        numbers = QGridLayout()
        for col, number in enumerate((self.loss_number, self.train_number, self.test_number)):
            numbers.addWidget(number, 0, col)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(numbers)
        layout.addWidget(self.loss_plot, stretch=1)
        layout.addWidget(self.accuracy_plot, stretch=1)

    def set_looks(self, looks: Looks) -> None:
        """Fonts, axes and line widths for the theme (thicker on a projector)."""
        theme = looks.theme
        w = theme.scale
        for plot in (self.loss_plot, self.accuracy_plot):
            style_plot(plot, theme)
        self.smooth_curve.setPen(pg.mkPen(LOSS_COLOR, width=3 * w))
        self.raw_curve.setPen(pg.mkPen(LOSS_COLOR + (70 if theme.name == NORMAL.name else 110,), width=1))
        self.train_acc_curve.setPen(pg.mkPen(TRAIN_COLOR, width=3 * w))
        for curve in (self.test_loss_curve, self.test_acc_curve):
            curve.setPen(pg.mkPen(TEST_COLOR, width=2 * w))
            curve.setSymbolSize(6 * w)
        for number in (self.loss_number, self.train_number, self.test_number):
            number.caption.setStyleSheet(f"font-size: {theme.pt(11):.0f}pt;")
        # On a projector the plots are small and the coloured captions above them say what each
        # colour is; legends would only hide the curves.
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getPlotItem().legend.setVisible(theme.scale <= 1.0)

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
        self.epoch_starts.clear()
        self._label_epochs()
        for number in (self.loss_number, self.train_number, self.test_number):
            number.set_text("–")
        self._dirty = True

    def add_snapshot(self, snap: TrainingSnapshot) -> None:
        """Take the new metrics of a snapshot (cheap); `redraw` draws them."""
        if len(snap.losses):
            finite = np.isfinite(snap.losses)
            self.loss_history.extend(snap.examples_at[finite], snap.losses[finite])
        if len(snap.accuracies):
            self.train_accuracy.extend(snap.accuracy_at, snap.accuracies)
        for ev in snap.evaluations:
            if self.test_x and ev.examples_seen == self.test_x[-1]:
                self.test_loss[-1], self.test_accuracy[-1] = ev.test_loss, ev.test_accuracy
            elif math.isfinite(ev.test_loss):
                self.test_x.append(ev.examples_seen)
                self.test_loss.append(ev.test_loss)
                self.test_accuracy.append(ev.test_accuracy)
        if len(self.test_x) > MAX_TEST_POINTS:  # hours of training: keep every other, and the last
            for values in (self.test_x, self.test_loss, self.test_accuracy):
                values[:] = values[-2::-2][::-1] + values[-1:]
        self.epoch_starts.extend(snap.epoch_ends)
        if snap.epoch_ends:
            self._label_epochs()
        self._dirty = True

    def _label_epochs(self) -> None:
        """Mark epoch boundaries (every k-th, >= 10 pixels apart: one item for all of them, however
        long the run) and name them on the top axis, every k-th so that names stay ~80 pixels apart."""
        starts = np.array([0.0] + self.epoch_starts)
        axis = self.loss_plot.getAxis("top")
        if len(starts) < 2:
            axis.setTicks([[]])
            for lines in self.epoch_boundaries:
                lines.setData([], [])
            return
        width = max(self.loss_plot.getViewBox().width(), 1.0)
        pixels_per_epoch = max((starts[1] - starts[0]) * width / self._x_max, 1e-9)
        every = max(1, math.ceil(80 / pixels_per_epoch))
        axis.setTicks([[(x, f"epoch {k + 1}") for k, x in enumerate(starts) if k % every == 0], []])
        shown = starts[1:][:: max(1, math.ceil(10 / pixels_per_epoch))]
        for lines, (low, high) in zip(self.epoch_boundaries, ((-1e3, 1e4), (-1.0, 2.0))):
            lines.setData(np.repeat(shown, 2), np.tile([low, high], len(shown)))

    def series(self) -> list[tuple[str, np.ndarray, np.ndarray]]:
        """Every curve's points as (name, examples seen, values), for export."""
        h = self.loss_history
        return [("train_loss", h.x, h.y),
                ("train_loss_smoothed", h.x, moving_average(h.y, self.smoothing_window())),
                ("train_accuracy", self.train_accuracy.x, self.train_accuracy.y),
                ("test_loss", np.array(self.test_x), np.array(self.test_loss)),
                ("test_accuracy", np.array(self.test_x), np.array(self.test_accuracy))]

    def smoothing_window(self) -> int:
        return max(1, min(500, len(self.loss_history) // 20))

    def redraw(self) -> bool:
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
        if len(h):
            self.loss_number.set_text(f"{smooth[-1]:.3f}")
            self._fit_ranges(float(h.x[-1]), float(np.percentile(h.y, 99)) if len(h) > 50 else float(h.y.max()))
        if len(self.train_accuracy):
            self.train_number.set_text(f"{self.train_accuracy.last:.1%}")
        if self.test_accuracy:
            self.test_number.set_text(f"{self.test_accuracy[-1]:.1%}")
        self.redraws += 1
        return True

    def _fit_ranges(self, x_last: float, y_top: float) -> None:
        """Grow the axes in steps (1, 2, 5 x 10^k), not every frame: an axis whose range is unchanged
        is not laid out and drawn again, which keeps frames cheap."""
        if x_last > self._x_max or x_last < self._x_max / 10:
            self._x_max = nice_ceiling(x_last * 1.05)
            self.loss_plot.setXRange(0, self._x_max, padding=0)
            self._label_epochs()
        y_top = max(y_top, 0.5)
        if y_top > self._y_max or y_top < self._y_max / 2:
            self._y_max = nice_ceiling(y_top * 1.1)
            self.loss_plot.setYRange(0, self._y_max, padding=0)


class ExamplesAxis(pg.AxisItem):
    """Counts of examples as 500, 20k, 1.5M rather than 1.5e+06."""

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


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is >= value."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= value:
            return m * power
    return 10 * power
