"""Inside one example: the guide's formulas with live numbers for one input x.

Forward: the logits and probabilities of the ten digits; the loss for a chosen true label y.
Backward: dL/db = p - y as bars, dL/dW = x (p - y) as ten 28x28 maps, and the evidence w_ij x_i that
added up to each logit. A button asks for that one gradient step to be applied to the live model.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QStackedWidget, QVBoxLayout, QWidget)

from ..core.model import NetworkWeights
from ..core.shown import probability_text

from .kind_views import VIEWS, views_of
from .map_titles import short_name
from .mosaic import SIDE, MapMosaic
from .probabilities import TOP_BAR
from .theme import Looks
from .translation import QT_TRANSLATE_NOOP, decimal, decimal_sign, keep_translated, number, translate, translate_marked
from .wrapping import WrappedLabel, fit_height

EMPTY_TEXT = QT_TRANSLATE_NOOP("ExamplePanel", "Draw a digit on the canvas, or pick a test image,\n"
                               "to see every number the network computes for it:\n"
                               "logits, probabilities, the loss, and one gradient step.")
DIVERGED_TEXT = QT_TRANSLATE_NOOP("ExamplePanel", "The weights are not finite numbers (training diverged).\n"
                                  "Reset the weights to look inside an example again.")
WAITING_TEXT = QT_TRANSLATE_NOOP("ExamplePanel", "Waiting for the network's weights…")
PREDICTION_ITEM = QT_TRANSLATE_NOOP("ExamplePanel", "prediction (default)")
# The table and maps are dense: large type in presentation mode, but less than the rest (as large
# a share as the rest at 768 lines takes 16 px letters, at 1080 lines 22 px: the back row's least).
PRESENTED_SHARE = 0.75
PRESENTED_LEAST = 1.15   # the maps' titles (10.5 pt) at 16 px


def example_scale(scale: float) -> float:
    """The panel's type scale for the window's (1: normal; presentation 1.44 to 2.16)."""
    return 1.0 if scale <= 1.0 else max(PRESENTED_LEAST, PRESENTED_SHARE * scale)

STYLE = """
QLabel {{ font-size: 12pt; }}
QLabel#heading {{ font-size: 13pt; font-weight: bold; }}
QLabel#header {{ font-size: 13pt; font-weight: bold; color: {muted}; }}
QLabel#cell {{ font-size: 14pt; font-family: "DejaVu Sans Mono", monospace; }}
QLabel#loss {{ font-size: 28pt; font-weight: bold; color: rgb(31, 119, 180); }}
QLabel#empty {{ font-size: 18pt; color: {muted}; }}
QComboBox {{ font-size: 13pt; }}
QPushButton#step {{ font-size: 13pt; font-weight: bold; padding: 6px 10px; }}
"""


ROW = 10   # the digit rows' maps across, where the panel is wide enough (else two rows of five)


def digit_row(heading_html: str) -> MapMosaic:
    """Ten maps in one row (not the templates' 2 x 5): the gradient and evidence maps, stacked, then
    show digit j in the same column, and a row is what fits under the bars in a wide, low panel.
    The read-out is the panel's own, shared by both rows."""
    # The heading says what the row is (∂L/∂w or the evidence w·x), in as many lines as it takes
    # (claimed as the label's minimum height: the scroll area asks for no height-for-width); the
    # mosaic keeps itself wide enough for its ten titles (see MapMosaic._fit_to_titles).
    mosaic = MapMosaic(10, ROW, heading=heading_html, show_readout=False, title_points=10.5)
    return mosaic


class ExamplePanel(QWidget):
    """The forward and backward pass of the network for one input, with the numbers.

    Feed it ``set_weights(weights)`` (a NetworkWeights of any kind) and ``set_input(x)``; it
    recomputes :attr:`explanation` (the kind's explanation, ``weights.explain(x, label)``, or None
    while there is no input or no usable weights) and redraws. The table, the loss and the bars of
    p - y are every kind's; the headings and the two rows of maps are the kind's part (see
    ``kind_views``): for the one layer ∂L/∂w_ij and the evidence, for the hidden layer the units that
    matter most for this example. A part with a ``WIDGET`` (the convolution's) shows that widget,
    made with the panel, instead of the two rows; its ``show_maps`` feeds it. Pressing "Apply one gradient step" emits
    ``step_requested(x, label)``; whoever owns the live model applies it and sends the new weights
    back through ``set_weights``.
    """

    step_requested = Signal(object, int)

    def __init__(self, class_names=tuple("0123456789"), learning_rate: float = 0.01, parent=None):
        super().__init__(parent)
        self.class_names = tuple(class_names)
        self.learning_rate = float(learning_rate)
        self.explanation = None   # the kind's explanation of the example shown
        self.updates = 0
        self.weights: NetworkWeights | None = None
        self.part = None   # the kind's part of the panel: headings, maps, read-out (see kind_views)
        self._x = np.zeros(784, np.float32)
        self._row_style: tuple | None = None
        self._hovered: tuple | None = None  # (mosaic, scene position) under the mouse
        self.looks = Looks()
        self.negative_colour, self.positive_colour = self.looks.end_colours()

        self.empty_label = QLabel(translate_marked("ExamplePanel", WAITING_TEXT))
        self.empty_label.setObjectName("empty")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.content = QWidget()
        self._build_numbers()
        self._build_bias_and_step()
        self._build_maps()
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addLayout(self.bias_row, stretch=4)
        right.addWidget(self.gradient_map, stretch=4)
        right.addWidget(self.evidence_map, stretch=4)
        right.addWidget(self.readout)
        # A kind whose part brings a widget of its own (its ``WIDGET``) shows it here instead of the
        # two rows of ten maps: one page per such part, built when first needed.
        self.part_widgets: dict[type, QWidget] = {}
        self.part_widget: QWidget | None = None
        self.part_area = right
        row = QHBoxLayout(self.content)
        row.setContentsMargins(6, 4, 6, 4)
        row.setSpacing(16)
        self.numbers_panel = QWidget()   # the forward pass: a widget, so a lesson can point at it
        self.numbers_panel.setLayout(self.numbers_column)
        self.numbers_column.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.numbers_panel, stretch=0)
        row.addLayout(right, stretch=1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.content)
        # Scroll rather than squeeze: below its minimum size the text would overlap.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        self.scroll.setWidget(self.stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        # Ten across or five is decided again whenever what is in the panel asks for another size
        # (the maps' titles grow: a hidden unit's number, "274: 0.5"), once that has settled: the
        # rows stayed ten across, wider than the panel, which scrolled sideways.
        self._refit = QTimer(self, singleShot=True, interval=0, timeout=self._fit_columns)
        self.content.installEventFilter(self)
        self.set_class_names(self.class_names)
        self.set_learning_rate(self.learning_rate)
        self.set_looks(self.looks)
        keep_translated(self, self.retranslate)

    def retranslate(self) -> None:
        """Every word of the panel in the language now chosen (the numbers' words at once too)."""
        self.digit_header.setText(translate("ExamplePanel", "digit"))
        self.label_box.setToolTip(translate("ExamplePanel", "the true label y: which digit the network should have said"))
        self.label_box.setItemText(0, translate_marked("ExamplePanel", PREDICTION_ITEM))
        self.label_name.setText(translate("ExamplePanel", "true label y:"))
        self.loss_heading.setText(translate("ExamplePanel", "Loss L = −log p<sub>y</sub> ="))
        self.step_button.setToolTip(translate("ExamplePanel", "apply this example's gradient to the live network, once"))
        self.readout.setText(translate("ExamplePanel", "hover over a map to read its pixels"))
        self.set_learning_rate(self.learning_rate)   # (the step's button and the headings)
        self.refresh()

    # --- building -------------------------------------------------------------------------------

    def _build_numbers(self) -> None:
        """Left: the forward pass as a table, one row per digit (l_j, p_j, y_j, p_j - y_j), then the
        true-label selector and the loss as a big number."""
        self.forward_heading = WrappedLabel()
        self.forward_heading.setObjectName("heading")
        table = QGridLayout()
        table.setHorizontalSpacing(14)
        table.setVerticalSpacing(0)
        headers = (translate("ExamplePanel", "digit"), "l<sub>j</sub>", "p<sub>j</sub>", "y<sub>j</sub>",
                   "p<sub>j</sub> − y<sub>j</sub>")
        for col, text in enumerate(headers):
            header = QLabel(text)
            header.setObjectName("header")
            header.setAlignment(Qt.AlignRight | Qt.AlignVCenter if col else Qt.AlignCenter)
            table.addWidget(header, 0, col)
            if col == 0:
                self.digit_header = header
        self.name_labels, self.logit_labels, self.probability_labels = [], [], []
        self.target_labels, self.delta_labels = [], []
        columns = (self.name_labels, self.logit_labels, self.probability_labels, self.target_labels,
                   self.delta_labels)
        for j in range(10):
            for col, cells in enumerate(columns):
                cell = QLabel("–")
                cell.setObjectName("cell")
                cell.setAlignment(Qt.AlignRight | Qt.AlignVCenter if col else Qt.AlignCenter)
                table.addWidget(cell, j + 1, col)
                cells.append(cell)

        self.label_box = QComboBox()
        self.label_box.currentIndexChanged.connect(self._on_label_chosen)
        label_row = QHBoxLayout()
        self.label_name = QLabel()
        label_row.addWidget(self.label_name)
        label_row.addWidget(self.label_box, stretch=1)

        self.loss_heading = QLabel()
        self.loss_heading.setObjectName("heading")
        self.loss_label = QLabel("–")
        self.loss_label.setObjectName("loss")
        self.loss_label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        loss_row = QHBoxLayout()
        loss_row.addWidget(self.loss_heading)
        loss_row.addWidget(self.loss_label, stretch=1)
        self.loss_caption = QLabel(" ")

        self.numbers_column = QVBoxLayout()
        self.numbers_column.setSpacing(2)
        self.numbers_column.addWidget(self.forward_heading)
        self.numbers_column.addSpacing(6)
        self.numbers_column.addLayout(table)
        self.numbers_column.addStretch(1)
        self.numbers_column.addLayout(label_row)
        self.numbers_column.addLayout(loss_row)
        self.numbers_column.addWidget(self.loss_caption)

    def _build_bias_and_step(self) -> None:
        """Top right: dL/db as bars, and beside them the update rule with the step button."""
        self.bias_heading = WrappedLabel()
        self.bias_heading.setObjectName("heading")
        self.bias_plot = pg.PlotWidget()
        self.bias_plot.setBackground(None)
        self.bias_plot.setMinimumSize(300, 110)
        self.bias_plot.setMouseEnabled(x=False, y=False)
        self.bias_plot.getPlotItem().setMenuEnabled(False)
        self.bias_plot.hideButtons()
        # p - y always lies in [-1, 1]: a fixed range lets bars be compared from one example to the next
        self.bias_plot.setYRange(-1.15, 1.15, padding=0)
        self.bias_plot.setXRange(-0.6, 9.6, padding=0)
        tick_font = pg.QtGui.QFont()
        tick_font.setPointSizeF(12)
        for name in ("left", "bottom"):
            self.bias_plot.getAxis(name).setStyle(tickFont=tick_font)
            self.bias_plot.getAxis(name).setTextPen((40, 40, 40))
        self.bias_plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in (-1, 0, 1)]])
        self.zero_line = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen((40, 40, 40), width=2))
        self.bias_plot.addItem(self.zero_line)
        self.bias_bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7,
                                         brushes=[self.positive_colour] * 10, pens=[pg.mkPen(None)] * 10)
        self.bias_plot.addItem(self.bias_bars)
        bias_column = QVBoxLayout()
        bias_column.setSpacing(0)
        bias_column.addWidget(self.bias_heading)
        bias_column.addWidget(self.bias_plot, stretch=1)

        self.update_heading = WrappedLabel()
        self.update_heading.setObjectName("heading")
        self.step_button = QPushButton()
        self.step_button.setObjectName("step")
        self.step_button.clicked.connect(self._on_step_clicked)
        step_column = QVBoxLayout()
        step_column.addStretch(1)
        step_column.addWidget(self.update_heading)
        step_column.addWidget(self.step_button)
        step_column.addStretch(1)

        self.bias_row = QHBoxLayout()
        self.bias_row.setSpacing(16)
        self.bias_row.addLayout(bias_column, stretch=1)
        self.bias_row.addLayout(step_column)

    def _build_maps(self) -> None:
        self.gradient_map = digit_row("")  # heading names λ: set in set_learning_rate
        self.evidence_map = digit_row("")  # headings: set in _set_headings
        self.readout = QLabel()
        self.readout.setAlignment(Qt.AlignCenter)
        for mosaic in (self.gradient_map, self.evidence_map):
            mosaic.graphics.scene().sigMouseMoved.connect(
                lambda pos, mosaic=mosaic: self._on_mouse_moved(mosaic, pos))

    def eventFilter(self, watched, event):
        if event.type() == QEvent.LayoutRequest and watched is self.content:
            self._refit.start()
        return False

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The digit rows ten across where the panel has the room, else two rows of five (digit j
        still in the same place in both): on a projector's large type ten across would be wider
        than the screen, and the step's button beside them out of sight."""
        if self.part_widget is not None:
            return
        room = (self.scroll.viewport().width() - self.numbers_panel.sizeHint().width()
                - self.content.layout().spacing() - 2 * 6)
        rows = (self.gradient_map, self.evidence_map)
        ten = max(mosaic.least_size(ROW)[0] for mosaic in rows)   # (the evidence's titles may be wider)
        # (a margin before going back to ten: a scroll bar coming or going moves the room a little)
        wanted = ROW if ten <= room - (0 if self.gradient_map.columns == ROW else 24) else ROW // 2
        for mosaic in rows:
            mosaic.set_columns(wanted)

    # --- inputs ---------------------------------------------------------------------------------

    def part_view(self, kind: type) -> QWidget | None:
        """The widget of network ``kind``'s own part of the tab (the convolution's: built if need be,
        shown while that kind is); None for a kind whose part is the two rows of maps."""
        part = VIEWS[kind].example
        if getattr(part, "WIDGET", None) is not None and part not in self.part_widgets:
            self._build_part_widget(part)
        return self.part_widgets.get(part)

    def set_weights(self, weights: NetworkWeights) -> None:
        """The network to look inside (read-only weights of either network)."""
        self.weights = weights
        part = views_of(weights.architecture).example
        if part is not self.part:
            self.part = part
            self._show_part_widget()
            self._set_headings()
        self.refresh()

    def set_input(self, x: np.ndarray) -> None:
        """The example: x (784,) pixels in [0, 1]; all zeros means nothing to look at; copied."""
        self._x = np.nan_to_num(np.array(x, dtype=np.float32).reshape(784))
        self.refresh()

    def set_looks(self, looks: Looks) -> None:
        """Theme and colours; fonts grow with the theme's scale, less than the rest's (see
        `example_scale`; the panel scrolls if it must), the maps' titles too."""
        self.looks = looks
        theme = looks.theme
        scale = example_scale(theme.scale)
        style = STYLE.format(muted=theme.muted)
        self.setStyleSheet(re.sub(r"(\d+)pt", lambda m: f"{float(m.group(1)) * scale:.0f}pt", style))
        tick_font = pg.QtGui.QFont()
        tick_font.setPointSizeF(12 * scale)
        for name in ("left", "bottom"):
            axis = self.bias_plot.getAxis(name)
            axis.setStyle(tickFont=tick_font)
            axis.setTextPen(pg.mkPen(theme.text))
        self.zero_line.setPen(pg.mkPen(theme.text, width=2 * scale))
        # half a line over 1 and under -1: the axis' end numbers are centred on its ends
        half_line = int(QFontMetricsF(tick_font).height() / 2) + 2
        self.bias_plot.getPlotItem().layout.setContentsMargins(1, half_line, 1, 1)
        for mosaic in (self.gradient_map, self.evidence_map):
            mosaic.set_looks(replace(looks, theme=theme.scaled(scale)))
        for widget in self.part_widgets.values():
            widget.set_looks(looks)
        self.negative_colour, self.positive_colour = looks.end_colours()
        self._fit_columns()   # (the type's size changes the rows' least width)
        self.refresh()

    def set_learning_rate(self, lr: float) -> None:
        self.learning_rate = float(lr)
        words = translate("ExamplePanel", "Apply one gradient step (λ = {rate})").format(
            rate=decimal(self.learning_rate))
        # (the rate on a line of its own: on one line, German's words in presentation type made the
        # button, beside the bias chart, wider than a 1280x800 screen's panel, cut and scrolled)
        self.step_button.setText(re.sub(r"\s*([(（][^(（]*)$", r"\n\1", words, count=1))
        self._set_headings()

    def _show_part_widget(self) -> None:
        """The kind's own widget in place of the two rows of maps, or those rows for a kind without."""
        if getattr(self.part, "WIDGET", None) is not None and self.part not in self.part_widgets:
            self._build_part_widget(self.part)
        self.part_widget = self.part_widgets.get(self.part)
        for widget in self.part_widgets.values():
            widget.setVisible(widget is self.part_widget)
        for widget in (self.gradient_map, self.evidence_map, self.readout):
            widget.setVisible(self.part_widget is None)

    def _build_part_widget(self, part) -> None:
        widget = part.WIDGET(self)
        widget.set_looks(self.looks)
        self.part_area.addWidget(widget, stretch=8)
        # (shown or hidden only once it has its parent: shown before, it would be a window of its own)
        widget.setVisible(part is self.part)
        self.part_widgets[part] = widget

    def _set_headings(self) -> None:
        """The formulas over each part, for the network shown."""
        if self.part is None:
            return
        for label, text in zip((self.forward_heading, self.bias_heading, self.update_heading,
                                self.gradient_map.heading, self.evidence_map.heading), self.part.HEADINGS):
            # (each kind marks its headings in the context of its part's class name)
            label.setText(translate_marked(self.part.__name__, text).format(lr=decimal(self.learning_rate))
                          if text else text)
            label.setVisible(bool(text))
            fit_height(label)

    def set_class_names(self, names) -> None:
        self.class_names = tuple(names)
        index = self.label_box.currentIndex()
        self.label_box.blockSignals(True)  # rebuilding the items is not the user choosing a label
        self.label_box.clear()
        self.label_box.addItem(translate_marked("ExamplePanel", PREDICTION_ITEM), None)
        for j, name in enumerate(self.class_names):
            self.label_box.addItem(name, j)
        self.label_box.setCurrentIndex(max(index, 0))
        self.label_box.blockSignals(False)
        for cell, name in zip(self.name_labels, self.class_names):
            cell.setText(name)
        self.bias_plot.getAxis("bottom").setTicks([[(j, short_name(n)) for j, n in enumerate(self.class_names)]])
        self.refresh()

    def set_true_label(self, label: int | None) -> None:
        """The true label y for the loss and gradients; None follows the network's prediction."""
        if label is not None and not 0 <= label < len(self.class_names):
            raise ValueError(f"label must be None or in 0..{len(self.class_names) - 1}, got {label}")
        self.label_box.setCurrentIndex(0 if label is None else int(label) + 1)  # refreshes on change

    def true_label(self) -> int | None:
        return self.label_box.currentData()

    # --- drawing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the explanation from the current weights, input and label, and show it."""
        self.updates += 1
        if self.weights is None:
            self._show_empty(translate_marked("ExamplePanel", WAITING_TEXT))
            return
        if not self._x.any():
            self._show_empty(translate_marked("ExamplePanel", EMPTY_TEXT))
            return
        if not self.weights.is_finite():
            self._show_empty(translate_marked("ExamplePanel", DIVERGED_TEXT))
            return
        e = self.weights.explain(self._x, self.true_label())
        self.explanation = e
        self.stack.setCurrentWidget(self.content)
        self.step_button.setEnabled(True)

        for j in range(10):
            self.logit_labels[j].setText(decimal_sign(f"{e.logits[j]:+.2f}"))
            self.probability_labels[j].setText(decimal_sign(probability_text(e.probabilities[j])))
            self.target_labels[j].setText("1" if j == e.label else "0")
            self.delta_labels[j].setText(decimal_sign(f"{e.output_error[j]:+.3f}"))
        self._style_rows(e.prediction, e.label)

        if self.true_label() is None:
            caption = translate("ExamplePanel", "y = {label} (the prediction),  p_y = {probability}")
        else:
            caption = translate("ExamplePanel", "y = {label} (chosen),  p_y = {probability}")
        self.loss_label.setText(number(e.loss, 3))
        self.loss_caption.setText(caption.format(label=self.class_names[e.label],
                                                 probability=probability_text(e.probabilities[e.label])))

        delta = e.output_error   # p - y
        brushes = [self.negative_colour if d < 0 else self.positive_colour for d in delta]
        self.bias_bars.setOpts(height=np.array(delta), brushes=brushes)

        self.part.show_maps(self, e)
        self._show_hovered()  # the numbers under a still mouse change while the network trains

    def _show_empty(self, message: str) -> None:
        """Nothing to explain: say why, and leave no stale or NaN numbers behind."""
        self.explanation = None
        self.empty_label.setText(message)
        self.stack.setCurrentWidget(self.empty_label)
        self.step_button.setEnabled(False)
        for cells in (self.logit_labels, self.probability_labels, self.target_labels, self.delta_labels):
            for cell in cells:
                cell.setText("–")
        self._style_rows(None, None)
        self.loss_label.setText("–")
        self.loss_caption.setText(" ")
        self.bias_bars.setOpts(height=np.zeros(10))
        zeros = np.zeros((784, 10), np.float32)
        self.gradient_map.set_maps(zeros, [short_name(n) for n in self.class_names])
        self.evidence_map.set_maps(zeros, [short_name(n) for n in self.class_names])

    def _style_rows(self, prediction: int | None, label: int | None) -> None:
        """The predicted digit's row in orange, the true label's in bold; restyled only on change,
        since setStyleSheet re-polishes the widget and is slow at the frame rate."""
        if self._row_style == (prediction, label):
            return
        self._row_style = (prediction, label)
        columns = (self.name_labels, self.logit_labels, self.probability_labels, self.target_labels,
                   self.delta_labels)
        for j in range(10):
            style = []
            if j == prediction:
                style.append(f"color: rgb{TOP_BAR};")
            if j == label:
                style.append("font-weight: bold; background: rgb(235, 235, 235);")
            for cells in columns:
                cells[j].setStyleSheet(" ".join(style))

    # --- user actions -------------------------------------------------------------------------

    @Slot(int)
    def _on_label_chosen(self, index: int) -> None:
        self.refresh()

    @Slot()
    def _on_step_clicked(self) -> None:
        if self.explanation is not None:
            self.step_requested.emit(np.array(self.explanation.x), self.explanation.label)

    def _on_mouse_moved(self, mosaic: MapMosaic, scene_pos: QPointF) -> None:
        self._hovered = (mosaic, scene_pos)
        self._show_hovered()

    def _show_hovered(self) -> None:
        """Every factor of the hovered pixel's product, as numbers."""
        if self._hovered is None:
            return
        mosaic, scene_pos = self._hovered
        hit = mosaic.pixel_at(scene_pos)
        e = self.explanation
        if hit is None or e is None:
            self.readout.setText(" ")
            return
        j, r, c = hit
        self.readout.setText(self.part.readout(self, e, mosaic, j, r * SIDE + c, r, c))
