"""The test-set explorer: where the network goes wrong on the test images.

A confusion matrix (click a cell to list its images) beside a gallery of test images, by default the
mistakes the network is most sure of. Double-click a thumbnail, or select it and press "Put on
canvas", to hand it to the drawing canvas.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ..core.data import IMAGE_SIDE, to_float
from ..core.explore import TestSetResults, cell_indices, evaluate_test_set, mistakes_by_confidence
from ..core.model import NetworkWeights

from .canvas import INK, PAPER
from .theme import Looks
from .translation import keep_translated, number, percent, translate
from .wrapping import WrappedLabel

# Drawing thousands of thumbnails would take longer than the matmul behind them; nobody scrolls past
# the first couple of hundred in class.
MAX_THUMBNAILS = 200
THUMBNAIL_SCALE = 3  # 28 px -> 84 px, whole pixels so the digit stays as crisp as the network sees it

# Off-diagonal cells (mistakes) in a white-yellow-red sequential map on a log scale; the diagonal
# (correct answers, ~1000 each) gets a colour of its own so it doesn't flatten the scale of the errors.
MISTAKES_COLORMAP = "CET-L18"
DIAGONAL_COLOR = (198, 218, 240)
DIAGONAL_TEXT = (15, 45, 100)
ZERO_COLOR = (250, 250, 250)
ZERO_TEXT = (185, 185, 185)
HIGHLIGHT_COLOR = (20, 60, 160)
COUNT_POINTS = 10.5  # a four-digit count fits a 40-pixel cell
AXIS_POINTS = 12
GALLERY_BACKGROUND = "rgb(222, 226, 232)"


def mistake_intensity(confusion: np.ndarray, full_scale: float) -> np.ndarray:
    """Where each off-diagonal count falls on a log scale from 1 to ``full_scale``, in (0, 1].

    Zero counts map to 0, one mistake to a visible 0.12, ``full_scale`` mistakes and more to 1. The
    scale is fixed, not the current maximum, so the matrix fades as the network learns instead of
    always showing some cell at full red.

    Returns
    -------
    ndarray, shape (10, 10), float; the diagonal is NaN.
    """
    counts = np.asarray(confusion, dtype=np.float64)
    scaled = np.log1p(counts) / np.log1p(max(full_scale, 1.0))
    intensity = np.where(counts > 0, 0.12 + 0.88 * np.clip(scaled, 0, 1), 0.0)
    np.fill_diagonal(intensity, np.nan)
    return intensity


def paper_and_ink_colours() -> list[int]:
    """A 256-entry colour table for 8-bit images: 0 -> the canvas's paper, 255 -> its ink."""
    paper, ink = np.array(PAPER.getRgb()[:3]), np.array(INK.getRgb()[:3])
    t = np.linspace(0, 1, 256)[:, None]
    return [QColor(*rgb).rgb() for rgb in np.round(paper * (1 - t) + ink * t).astype(int).tolist()]


def caption(true_name: str, predicted_name: str, confidence: float, two_lines: bool = False) -> str:
    """"true 4 → 9 (97%)"; the percentage is rounded down, so that no mistake reads as 100% sure."""
    sure = percent(int(confidence * 100) / 100, 0)
    if two_lines:
        return translate("TestSetExplorer", "true {true}\n→ {predicted} ({confidence})").format(
            true=true_name, predicted=predicted_name, confidence=sure)
    return translate("TestSetExplorer", "true {true} → {predicted} ({confidence})").format(
        true=true_name, predicted=predicted_name, confidence=sure)


class TestSetExplorer(QWidget):
    """Confusion matrix and gallery of the test images, for one set of weights at a time.

    Parameters
    ----------
    images : ndarray, shape (n, 784), uint8
        0 = background, 255 = ink.
    labels : ndarray, shape (n,), ints 0-9
    class_names : 10 str

    Attributes
    ----------
    confusion : ndarray, shape (10, 10), int
        Row = true label, column = prediction; zeros until ``set_weights``.
    predictions : ndarray, shape (n,), or None before ``set_weights``
    probabilities : ndarray, shape (n, 10), or None before ``set_weights``
    selected_indices : ndarray, shape (m,)
        Every test index of the current listing (all mistakes, or one cell), most confident first;
        the gallery shows the first ``MAX_THUMBNAILS`` of them.
    selected_cell : (true, predicted) or None when listing all mistakes

    Signals
    -------
    image_chosen(image, index)
        ``image`` float32 (28, 28) in [0, 1], ``index`` its position in the test set.
    """

    __test__ = False  # "Test..." is a widget, not a pytest class

    image_chosen = Signal(object, int)

    def __init__(self, images, labels, class_names=tuple("0123456789"), parent=None):
        super().__init__(parent)
        self.results: TestSetResults | None = None
        self.class_names = tuple(class_names)
        self._long_names = False
        self._thumbnail_scale = THUMBNAIL_SCALE
        self.selected_cell: tuple[int, int] | None = None
        self.selected_indices = np.zeros(0, dtype=np.int64)
        self._weights: NetworkWeights | None = None
        self._icons: dict[int, QIcon] = {}  # thumbnails by test index, made when first listed
        # ink dark on paper, as on the drawing canvas the images are sent to
        self._colour_table = paper_and_ink_colours()

        self._build_matrix()
        self._build_gallery()
        content = QWidget()
        layout = QHBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(12)
        layout.addLayout(self._matrix_column, stretch=2)
        layout.addLayout(self._gallery_column, stretch=3)
        # Scroll rather than squeeze: a matrix shorter than its counts overlapped them (its scroll
        # bar says there is more; the spotlight gives it the whole window).
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.set_looks(Looks())
        self.set_dataset(images, labels, class_names)
        keep_translated(self, self.retranslate)

    def retranslate(self) -> None:
        """Every word of the explorer in the language now chosen."""
        self.legend.setText(translate("TestSetExplorer", "colour: number of mistakes (log scale) · blue diagonal: "
                                      "right answers\nclick a cell to see its images"))
        self.all_mistakes_button.setText(translate("TestSetExplorer", "All mistakes"))
        self.all_mistakes_button.setToolTip(translate("TestSetExplorer", "Back to every mistake, most confident first"))
        self.put_on_canvas_button.setText(translate("TestSetExplorer", "Put on canvas"))
        self.put_on_canvas_button.setToolTip(translate("TestSetExplorer", "Draw the selected test image on the canvas "
                                                       "(or double-click it)"))
        self._name_axes()
        self._fit_grid_to_captions()
        self._redraw()

    def _name_axes(self) -> None:
        plot_item = self.matrix_plot.getPlotItem()
        plot_item.getAxis("left").setLabel(translate("TestSetExplorer", "true label"))
        plot_item.getAxis("bottom").setLabel(translate("TestSetExplorer", "predicted"))

    # --- building -----------------------------------------------------------------------------

    def _build_matrix(self) -> None:
        self.matrix_title = WrappedLabel()
        self.matrix_title.setObjectName("heading")
        self.matrix_plot = pg.PlotWidget()
        self.matrix_plot.setBackground(None)
        self.matrix_plot.setMouseEnabled(x=False, y=False)
        self.matrix_plot.hideButtons()
        plot_item = self.matrix_plot.getPlotItem()
        plot_item.setMenuEnabled(False)
        self.matrix_view = plot_item.getViewBox()
        self.matrix_view.invertY(True)  # true label 0 at the top, as a table is read
        self.matrix_view.setRange(xRange=(0, 10), yRange=(0, 10), padding=0.01)
        for side in ("left", "bottom"):
            axis = plot_item.getAxis(side)
            axis.setStyle(tickLength=0)
            axis.setTextPen(pg.mkPen((30, 30, 30)))
            axis.setPen(pg.mkPen((150, 150, 150)))

        # one image pixel per cell: pixel (i, j) covers [j, j+1] x [i, i+1] in view coordinates
        self.matrix_image = pg.ImageItem(axisOrder="row-major")
        self.matrix_plot.addItem(self.matrix_image)
        self.count_items: list[list[pg.TextItem]] = []
        self._count_texts = [[None] * 10 for _ in range(10)]  # (text, colour) each item shows
        for i in range(10):
            row = []
            for j in range(10):
                text = pg.TextItem("", anchor=(0.5, 0.5))
                text.setPos(j + 0.5, i + 0.5)
                self.matrix_plot.addItem(text)
                row.append(text)
            self.count_items.append(row)
        self.cell_outline = pg.QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        self.cell_outline.setPen(pg.mkPen(HIGHLIGHT_COLOR, width=4))
        self.cell_outline.setZValue(20)
        self.cell_outline.hide()
        self.matrix_plot.addItem(self.cell_outline)
        self._mistakes_colormap = pg.colormap.get(MISTAKES_COLORMAP)
        self.matrix_plot.scene().sigMouseClicked.connect(self._on_matrix_clicked)
        self._count_points = COUNT_POINTS
        self._count_font_points = 0.0
        self.matrix_view.sigResized.connect(self._fit_counts)

        legend = self.legend = WrappedLabel()
        legend.setAlignment(Qt.AlignCenter)
        self._matrix_column = QVBoxLayout()
        self._matrix_column.addWidget(self.matrix_title)
        self._matrix_column.addWidget(self.matrix_plot, stretch=1)
        self._matrix_column.addWidget(legend)

    def _build_gallery(self) -> None:
        self.gallery_title = WrappedLabel()
        self.gallery_title.setObjectName("heading")
        self.all_mistakes_button = QPushButton()
        self.all_mistakes_button.clicked.connect(self.show_mistakes)
        self.put_on_canvas_button = QPushButton()
        self.put_on_canvas_button.clicked.connect(self.choose_selected)

        self.gallery = QListWidget()
        self.gallery.setViewMode(QListView.IconMode)
        self.gallery.setResizeMode(QListView.Adjust)
        self.gallery.setMovement(QListView.Static)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setSelectionMode(QListWidget.SingleSelection)
        self.gallery.setWordWrap(False)
        self.gallery.setTextElideMode(Qt.ElideRight)
        self.gallery.setStyleSheet(f"QListWidget {{ background: {GALLERY_BACKGROUND}; }}")
        self.gallery.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.gallery.itemSelectionChanged.connect(self._update_buttons)
        # the app's stylesheet (and its presentation mode) sets the font after we are built
        self.gallery.installEventFilter(self)

        header = QHBoxLayout()
        header.addWidget(self.gallery_title, stretch=1)
        header.addWidget(self.all_mistakes_button)
        header.addWidget(self.put_on_canvas_button)
        self.gallery_note = WrappedLabel()
        self.gallery_note.setStyleSheet("color: rgb(80, 80, 80);")
        self._gallery_column = QVBoxLayout()
        self._gallery_column.addLayout(header)
        self._gallery_column.addWidget(self.gallery, stretch=1)
        self._gallery_column.addWidget(self.gallery_note)

    # --- data in ----------------------------------------------------------------------------

    def set_dataset(self, images, labels, class_names=tuple("0123456789")) -> None:
        """A new test set: images (n, 784) uint8, labels (n,), ten class names."""
        self.images = np.asarray(images, dtype=np.uint8)
        self.labels = np.asarray(labels, dtype=np.int64)
        self.class_names = tuple(class_names)
        self._icons.clear()
        self.gallery.clear()  # its items would keep the old images' thumbnails
        self.selected_cell = None
        self._set_axis_names()
        self.results = None
        if self._weights is not None:
            self.set_weights(self._weights)
        else:
            self._redraw()

    def set_weights(self, weights: NetworkWeights) -> None:
        """Predict every test image with the network's (read-only) weights, and redraw matrix and
        gallery."""
        self._weights = weights
        self.results = evaluate_test_set(self.images, self.labels, weights)
        self._redraw()

    @property
    def confusion(self) -> np.ndarray:
        if self.results is None:
            return np.zeros((10, 10), dtype=np.int64)
        return self.results.confusion

    @property
    def predictions(self) -> np.ndarray | None:
        return None if self.results is None else self.results.predictions

    @property
    def probabilities(self) -> np.ndarray | None:
        return None if self.results is None else self.results.probabilities

    # --- what is listed ---------------------------------------------------------------------

    @Slot()
    def show_mistakes(self) -> None:
        """List every mistake, the most confident first (the default listing)."""
        self.selected_cell = None
        self._redraw()

    def show_cell(self, true_label: int, predicted_label: int) -> None:
        """List the images of true label ``true_label`` predicted as ``predicted_label``."""
        self.selected_cell = (int(true_label), int(predicted_label))
        self._redraw()

    def cell_at(self, scene_pos) -> tuple[int, int] | None:
        """(true, predicted) of the matrix cell under a scene position, or None."""
        if not self.matrix_view.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.matrix_view.mapSceneToView(scene_pos)
        row, col = int(np.floor(p.y())), int(np.floor(p.x()))
        if 0 <= row < 10 and 0 <= col < 10:
            return row, col
        return None

    def cell_center(self, true_label: int, predicted_label: int):
        """The scene position of a cell's centre (for tests and for pointing at it)."""
        return self.matrix_view.mapViewToScene(pg.Point(predicted_label + 0.5, true_label + 0.5))

    def _on_matrix_clicked(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.show_cell(*cell)

    # --- drawing ------------------------------------------------------------------------------

    def _set_axis_names(self) -> None:
        names = self.class_names
        # Long names (Fashion-MNIST) don't fit under 40-pixel columns: number the columns and name
        # the rows with both, so the numbers can be looked up.
        short = all(len(name) <= 3 for name in names)
        self._long_names = not short
        self._fit_grid_to_captions()
        left = [(i + 0.5, name if short else f"{name} {i}") for i, name in enumerate(names)]
        bottom = [(j + 0.5, name if short else str(j)) for j, name in enumerate(names)]
        plot_item = self.matrix_plot.getPlotItem()
        plot_item.getAxis("left").setTicks([left])
        plot_item.getAxis("bottom").setTicks([bottom])

    def _fit_grid_to_captions(self) -> None:
        """Thumbnail cells just wide enough for the longest caption in the gallery's font."""
        metrics = self.gallery.fontMetrics()
        if self._long_names:  # captions in two lines, "true Ankle boot" over "→ Sandal (97%)"
            lines = [line for name in self.class_names
                     for line in caption(name, name, 0.99, two_lines=True).split("\n")]
        else:
            widest = max(self.class_names, key=metrics.horizontalAdvance)
            lines = [caption(widest, widest, 0.99)]
        text_width = max(metrics.horizontalAdvance(line) for line in lines)
        n_lines = 2 if self._long_names else 1
        side = IMAGE_SIDE * self._thumbnail_scale
        self.gallery.setIconSize(QSize(side, side))
        cell = QSize(max(side, text_width) + 16, side + n_lines * metrics.lineSpacing() + 14)
        self.gallery.setGridSize(cell)
        # With uniform item sizes the view measures the first item's caption only; a size hint of
        # the whole cell keeps longer captions further down from being cut short.
        for row in range(self.gallery.count()):
            self.gallery.item(row).setSizeHint(cell)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.gallery and event.type() == QEvent.FontChange:
            self._fit_grid_to_captions()
        return super().eventFilter(watched, event)

    def set_looks(self, looks) -> None:
        """Counts, axes and thumbnails at the theme's scale (larger in presentation mode; captions
        and headings follow the app's stylesheet), axes in the theme's colours."""
        theme = looks.theme
        scale = theme.scale
        thumbnail_scale = max(1, round(THUMBNAIL_SCALE * scale))
        if thumbnail_scale != self._thumbnail_scale:
            self._thumbnail_scale = thumbnail_scale
            self._icons.clear()
            for row in range(self.gallery.count()):
                item = self.gallery.item(row)
                item.setIcon(self._icon(item.data(Qt.UserRole)))
            self._fit_grid_to_captions()
        self._count_points = COUNT_POINTS * scale
        self._fit_counts()
        tick_font = QFont()
        tick_font.setPointSizeF(AXIS_POINTS * scale)
        # Cells never narrower than a four-digit count nor lower than its line, with room for the
        # axes' names and titles: the matrix scrolls rather than shrink its numbers.
        count_font = QFont()
        count_font.setPointSizeF(self._count_points)
        counts, ticks = QFontMetricsF(count_font), QFontMetricsF(tick_font)
        cell = 1.15 * max(counts.horizontalAdvance("0000"), counts.height())
        axes = 2.5 * ticks.height() + ticks.horizontalAdvance("9") + 16
        self.matrix_plot.setMinimumSize(int(10 * cell + axes), int(10 * cell + axes))
        plot_item = self.matrix_plot.getPlotItem()
        for side, label in (("left", translate("TestSetExplorer", "true label")),
                            ("bottom", translate("TestSetExplorer", "predicted"))):
            axis = plot_item.getAxis(side)
            axis.setStyle(tickFont=tick_font)
            axis.setLabel(label, **{"font-size": f"{AXIS_POINTS * scale:.0f}pt", "color": theme.text})
            axis.setTextPen(pg.mkPen(theme.text))
        # The row names' axis as wide as its numbers and its whole title (pyqtgraph counts 80% of
        # the title's height: "true label" touched the "4" beside it)
        left = plot_item.getAxis("left")
        left.setWidth(math.ceil(ticks.horizontalAdvance("9") + left.style["tickTextOffset"][0]
                                + left.label.boundingRect().height()) + 4)
        self.legend.setStyleSheet(f"color: {theme.muted};")

    def _fit_counts(self) -> None:
        """The counts' type at the theme's size, but never wider than a cell: a four-digit count
        ran into its neighbours on a small projector in presentation mode."""
        cell = self.matrix_view.width() / 10
        fits = QFont()
        fits.setPointSizeF(10)
        per_point = QFontMetricsF(fits).horizontalAdvance("0000") / 10  # pixels per point
        points = max(6.0, min(self._count_points, 0.9 * cell / max(per_point, 1e-6)))
        if abs(points - self._count_font_points) < 0.25:
            return
        self._count_font_points = points
        font = QFont()
        font.setPointSizeF(points)
        for row in self.count_items:
            for item in row:
                item.setFont(font)

    def _redraw(self) -> None:
        self._draw_matrix()
        self._fill_gallery()

    def _draw_matrix(self) -> None:
        confusion = self.confusion
        n = len(self.labels)
        if self.results is None:
            self.matrix_title.setText(translate("TestSetExplorer", "{count} test images: no weights yet")
                                      .format(count=number(n)))
        else:
            self.matrix_title.setText(translate("TestSetExplorer", "Test set: {accuracy} right ({right} of {count})")
                                      .format(accuracy=percent(self.results.accuracy, 1),
                                              right=number(self.results.n_correct), count=number(n)))
        # Full red at a tenth of a class (~100 of MNIST's 1,000 per digit): a trained network's worst
        # confusions (30-50) land in the oranges and single mistakes in pale yellow, distinguishable.
        class_size = np.bincount(self.labels, minlength=10).max() if n else 10
        intensity = mistake_intensity(confusion, class_size / 10)
        colours = self._mistakes_colormap.map(np.nan_to_num(intensity).ravel(), mode="byte")
        colours = colours[:, :3].reshape(10, 10, 3)
        colours[confusion == 0] = ZERO_COLOR
        colours[np.arange(10), np.arange(10)] = DIAGONAL_COLOR
        self.matrix_image.setImage(np.ascontiguousarray(colours, dtype=np.uint8), autoLevels=False,
                                   levels=(0, 255))
        for i in range(10):
            for j in range(10):
                count = int(confusion[i, j])
                if i == j:
                    colour = DIAGONAL_TEXT
                elif count == 0:
                    colour = ZERO_TEXT
                else:  # white on the dark reds, dark on the light yellows
                    colour = (255, 255, 255) if intensity[i, j] > 0.8 else (30, 30, 30)
                text = str(count) if self.results is not None else ""
                # setText re-lays out the text item: skip the cells that did not change
                if self._count_texts[i][j] != (text, colour):
                    self._count_texts[i][j] = (text, colour)
                    self.count_items[i][j].setText(text, color=colour)
        if self.selected_cell is None:
            self.cell_outline.hide()
        else:
            row, col = self.selected_cell
            self.cell_outline.setRect(col, row, 1, 1)
            self.cell_outline.show()

    def _fill_gallery(self) -> None:
        if self.results is None:
            self.selected_indices = np.zeros(0, dtype=np.int64)
        elif self.selected_cell is None:
            self.selected_indices = mistakes_by_confidence(self.labels, self.results)
        else:
            self.selected_indices = cell_indices(self.labels, self.results, *self.selected_cell)
        self.all_mistakes_button.setEnabled(self.selected_cell is not None)
        self.gallery_title.setText(self._gallery_heading())
        total = len(self.selected_indices)
        shown = self.selected_indices[:MAX_THUMBNAILS]
        if total > len(shown):
            self.gallery_note.setText(translate("TestSetExplorer", "showing the first {shown} of {count} · "
                                                "double-click an image to put it on the canvas")
                                      .format(shown=number(len(shown)), count=number(total)))
        else:
            self.gallery_note.setText(translate("TestSetExplorer", "double-click an image to put it on the canvas"))

        chosen = self.chosen_index()
        # Reuse the items: during training this runs several times a second, and rebuilding 200
        # items each time would flicker and lose the scroll position.
        while self.gallery.count() > len(shown):
            self.gallery.takeItem(self.gallery.count() - 1)
        while self.gallery.count() < len(shown):
            item = QListWidgetItem()
            item.setSizeHint(self.gallery.gridSize())
            self.gallery.addItem(item)
        names = self.class_names
        keep_selected = None
        if len(shown):
            listed = zip(shown.tolist(), self.labels[shown].tolist(),
                         self.results.predictions[shown].tolist(), self.results.confidence[shown].tolist())
        else:
            listed = ()
        for row, (index, true_label, predicted_label, confidence) in enumerate(listed):
            item = self.gallery.item(row)
            if item.data(Qt.UserRole) != index:
                item.setData(Qt.UserRole, index)
                item.setIcon(self._icon(index))
            text = caption(names[true_label], names[predicted_label], confidence, two_lines=self._long_names)
            if item.text() != text:
                item.setText(text)
            if index == chosen:
                keep_selected = item
        # Keep the image the user picked selected if it is still listed, wherever it moved to.
        if keep_selected is not None:
            if not keep_selected.isSelected():
                self.gallery.setCurrentItem(keep_selected)
        else:
            self.gallery.clearSelection()
        self._update_buttons()

    def _gallery_heading(self) -> str:
        total = len(self.selected_indices)
        if self.selected_cell is None:
            return translate("TestSetExplorer", "{count} mistakes, most confident first").format(count=number(total))
        true_label, predicted_label = self.selected_cell
        names = self.class_names
        if true_label == predicted_label:
            heading = translate("TestSetExplorer", "{count} images of {true} read as {predicted} (right)")
        else:
            heading = translate("TestSetExplorer", "{count} images of {true} read as {predicted}")
        return heading.format(count=number(total), true=names[true_label], predicted=names[predicted_label])

    def _icon(self, index: int) -> QIcon:
        icon = self._icons.get(index)
        if icon is None:
            pixels = self.images[index].tobytes()
            image = QImage(pixels, IMAGE_SIDE, IMAGE_SIDE, IMAGE_SIDE, QImage.Format_Indexed8)
            image.setColorTable(self._colour_table)
            side = IMAGE_SIDE * self._thumbnail_scale
            icon = QIcon(QPixmap.fromImage(image.scaled(side, side, Qt.IgnoreAspectRatio,
                                                        Qt.FastTransformation)))
            self._icons[index] = icon
        return icon

    # --- choosing an image ------------------------------------------------------------------

    def chosen_index(self) -> int | None:
        """The test index of the selected thumbnail, or None."""
        items = self.gallery.selectedItems()
        return int(items[0].data(Qt.UserRole)) if items else None

    def image(self, index: int) -> np.ndarray:
        """Test image ``index`` as float32 (28, 28) in [0, 1]."""
        return to_float(self.images[index]).reshape(IMAGE_SIDE, IMAGE_SIDE)

    @Slot()
    def choose_selected(self) -> None:
        index = self.chosen_index()
        if index is not None:
            self.image_chosen.emit(self.image(index), index)

    @Slot(QListWidgetItem)
    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        index = int(item.data(Qt.UserRole))
        self.image_chosen.emit(self.image(index), index)

    @Slot()
    def _update_buttons(self) -> None:
        self.put_on_canvas_button.setEnabled(bool(self.gallery.selectedItems()))
