"""The ten softmax probabilities as bars, the most probable one highlighted and named large."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget


from .theme import style_plot
from .translation import keep_translated, percent, translate

BAR = (150, 160, 180)
TOP_BAR = (230, 120, 20)


def label_anchor(j: int) -> tuple[float, float]:
    """Where bar j's upright label hangs from its point over the bar: the outer bars' numbers lean
    inwards (centred, they reached past the chart's edge)."""
    return {0: 0.2, 9: 0.8}.get(j, 0.5), 1.0


class ProbabilityBars(QWidget):
    """``set_probabilities(p)`` with p of shape (10,); ``None`` or an empty drawing clears them."""

    def __init__(self, class_names=tuple("0123456789"), parent=None):
        super().__init__(parent)
        self.class_names = tuple(class_names)
        self.probabilities = np.zeros(10)
        self.updates = 0

        self.plot = pg.PlotWidget()
        self.plot.setBackground(None)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.getPlotItem().setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setXRange(-0.6, 9.6, padding=0)
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.75, brushes=[BAR] * 10,
                                    pens=[pg.mkPen(None)] * 10)
        # Made once: the bars are set again on every stroke drawn on the canvas.
        self._bar_brush, self._top_brush = pg.mkBrush(BAR), pg.mkBrush(TOP_BAR)
        self._top: int | None | str = "unset"   # the highlighted bar, as last drawn
        self._label_state = [("", None, None)] * 10  # each label's (text, anchor, position), as last set
        self.plot.addItem(self.bars)
        self.plot.getViewBox().sigResized.connect(self._fit_headroom)
        self.value_labels = []
        for j in range(10):
            text = pg.TextItem("", anchor=(0.5, 1.0), color=(60, 60, 60))
            self.plot.addItem(text)
            self.value_labels.append(text)

        self.answer = QLabel("?")
        self.answer.setObjectName("answer")
        self.answer.setAlignment(Qt.AlignCenter)
        self.answer_caption = QLabel()
        self.answer_caption.setAlignment(Qt.AlignCenter)
        side = QVBoxLayout()
        side.addStretch(1)
        side.addWidget(self.answer)
        side.addWidget(self.answer_caption)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, stretch=1)
        layout.addLayout(side)
        self.set_class_names(class_names)
        keep_translated(self, lambda: (self._write_axis(), self._fit_width(), self._say_answer()))

    def stack(self, on: bool) -> None:
        """The answer under the bars (on: where the row is narrow and tall, beside a spotlit
        canvas) or beside them."""
        self.layout().setDirection(QBoxLayout.TopToBottom if on else QBoxLayout.LeftToRight)

    def set_looks(self, looks) -> None:
        theme = looks.theme
        style_plot(self.plot, theme, tick_points=11)
        font = self.value_labels[0].textItem.font()
        font.setPointSizeF(theme.pt(10))
        for text in self.value_labels:
            text.setFont(font)
            text.setColor(theme.text)
        self.answer_caption.setStyleSheet(f"font-size: {theme.pt(13):.0f}pt;")
        self._fit_width()
        self._fit_headroom()

    def _fit_headroom(self) -> None:
        """Room over a full bar for its percentage, whatever the type's size and the chart's
        height (a fixed 12% cut a projector's ">99%" in half on a short chart): the value axis
        ends where a label over p = 1 has its height and a little more. Upright bars only; on
        their side the labels sit beside the bars, in a fixed margin."""
        if self.horizontal:
            return
        # (the text item's own box: its document margins make it taller than the font's lines)
        label = self.value_labels[0].textItem.boundingRect().height() + 2
        chart = max(self.plot.getViewBox().height(), 1.0)
        share = min(label / chart, 0.5)
        self.plot.setYRange(0, 1.01 / (1 - share), padding=0)

    def _fit_width(self) -> None:
        """Never narrower than ten names side by side with a gap between them, and the axis'
        numbers (squeezed, the digits under the bars ran into each other); on their side, the
        names and room for bars."""
        metrics = QFontMetricsF(self.plot.getAxis("left").style["tickFont"] or QFont())
        names = max(metrics.horizontalAdvance(n) for n in self.class_names)
        percent_width = metrics.horizontalAdvance(percent(1.0, 0))
        if self.horizontal:
            width = names + 3 * percent_width
        else:
            width = percent_width + 2.5 * metrics.height() + 10 * (names + metrics.averageCharWidth())
        self.plot.setMinimumWidth(int(width))

    @property
    def horizontal(self) -> bool:
        """Words (Fashion-MNIST's "Ankle boot") don't fit under upright bars: lay bars on their side,
        names down the left, when any name is longer than a digit or two."""
        return max(len(n) for n in self.class_names) > 2

    def set_class_names(self, names) -> None:
        self.class_names = tuple(names)
        ticks_by_class = [[(j, n) for j, n in enumerate(self.class_names)]]
        view = self.plot.getViewBox()
        if self.horizontal:
            self.plot.getAxis("left").setTicks(ticks_by_class)
            self.plot.setLabel("left", None)
            view.invertY(True)  # the first class on top, as in a list
            self.plot.setXRange(0, 1.15, padding=0)
            self.plot.setYRange(-0.6, 9.6, padding=0)
        else:
            self.plot.getAxis("bottom").setTicks(ticks_by_class)
            self.plot.setLabel("bottom", None)
            view.invertY(False)
            self.plot.setXRange(-0.6, 9.6, padding=0)
        self._write_axis()
        self._fit_headroom()
        # a class name is shorter than a digit's glyph is tall: make the answer fit its panel
        self._fit_width()
        self.answer.setProperty("long", max(len(n) for n in self.class_names) > 3)
        self.answer.style().unpolish(self.answer)
        self.answer.style().polish(self.answer)
        self.set_probabilities(self.probabilities if self.probabilities.any() else None)

    def _write_axis(self) -> None:
        """The probabilities' axis: its title, and its percentages as the language writes them
        ("25 %" in German, as over the bars)."""
        name = "bottom" if self.horizontal else "left"
        self.plot.getAxis(name).setTicks([[(v, percent(v, 0)) for v in (0, 0.25, 0.5, 0.75, 1.0)]])
        self.plot.setLabel(name, translate("ProbabilityBars", "probability p<sub>j</sub>"))

    def _say_answer(self) -> None:
        """The words under the answer: what to do, or how sure it is."""
        if self._top is None or self._top == "unset":
            self.answer_caption.setText(translate("ProbabilityBars", "draw a digit") if not self.horizontal
                                        else translate("ProbabilityBars", "draw something"))
        else:
            self.answer_caption.setText(translate("ProbabilityBars", "{percent} sure").format(
                percent=percent(self.probabilities[self._top], 0)))

    def _labelled(self, p: np.ndarray) -> set[int]:
        """The bars that get their percentage: all of them (from 0.5%) where their labels, measured
        as they are written in the language shown ("10 %" is wider than "10%") and placed as they
        lean, keep a gap between them; else the largest few whose labels keep it."""
        shown = [j for j in np.argsort(-p) if p[j] >= 0.005]
        if self.horizontal:
            return set(shown)
        spans = self._label_spans(p, shown)
        if all(self._apart(spans[j], spans[k]) for j in shown for k in shown if j < k):
            return set(shown)
        kept: list[int] = []
        for j in shown[:3]:
            if all(self._apart(spans[j], spans[k]) for k in kept):
                kept.append(j)
        return set(kept)

    def _label_spans(self, p: np.ndarray, bars) -> dict[int, tuple[float, float]]:
        """(left, right) in pixels of each of ``bars``' labels over the upright bars, with the gap
        half a character keeps on either side."""
        metrics = QFontMetricsF(self.value_labels[0].textItem.font())
        view = self.plot.getViewBox()
        left, right = view.viewRange()[0]
        per_bar = view.width() / max(right - left, 1e-9)   # pixels from one bar's centre to the next
        gap = metrics.averageCharWidth() / 2
        spans = {}
        for j in bars:
            width = metrics.horizontalAdvance(percent(p[j], 0))
            centre = (j - left) * per_bar
            lean = label_anchor(j)[0]
            spans[j] = (centre - lean * width - gap, centre + (1 - lean) * width + gap)
        return spans

    @staticmethod
    def _apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return a[1] <= b[0] or b[1] <= a[0]

    def set_probabilities(self, p: np.ndarray | None) -> None:
        if p is None or not np.all(np.isfinite(p)):
            p = np.zeros(10)
            top = None
        else:
            p = np.asarray(p, np.float64)
            top = int(np.argmax(p))
        self.probabilities = p
        # (the brushes only when the highlighted bar moves: pyqtgraph makes them again otherwise)
        colours = {}
        if top != self._top:
            colours["brushes"] = [self._top_brush if j == top else self._bar_brush for j in range(10)]
            self._top = top
        horizontal = self.horizontal
        if horizontal:
            self.bars.setOpts(x=None, x0=np.zeros(10), y=np.arange(10), width=p, height=0.75, **colours)
        else:
            self.bars.setOpts(x=np.arange(10), x0=None, y=None, y0=np.zeros(10), height=p, width=0.75,
                              **colours)
        labelled = self._labelled(p) if top is not None else set()
        for j, text in enumerate(self.value_labels):
            anchor = (0.0, 0.5) if horizontal else label_anchor(j)
            shown = percent(p[j], 0) if j in labelled else ""
            # Only what changed is set again (each costs pyqtgraph a text layout), and an empty
            # label need not follow its bar.
            position = None if not shown else (
                (float(p[j]) + 0.01, j) if horizontal else (j, float(p[j]) + 0.01))
            was_shown, was_anchor, was_position = self._label_state[j]
            if shown != was_shown:
                text.setText(shown)
            if anchor != was_anchor:
                text.setAnchor(anchor)
            if position is not None and position != was_position:
                text.setPos(*position)
            self._label_state[j] = (shown, anchor, position if position is not None else was_position)
        self.answer.setText("?" if top is None else self.class_names[top])
        self._say_answer()
        self.updates += 1
