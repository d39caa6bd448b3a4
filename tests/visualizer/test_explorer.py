import re
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QImage

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.model import one_layer_weights as one_layer
from mnist_visualizer.core.metrics import confusion_matrix
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
from mnist_visualizer.core.training import TrainConfig, Trainer
from mnist_visualizer.visualizer.explorer import MAX_THUMBNAILS, TestSetExplorer
from mnist_visualizer.visualizer.theme import NORMAL, Looks


@pytest.fixture(scope="module")
def half_trained(mnist):
    """A network after 300 examples: different predictions, still better than chance."""
    trainer = Trainer(SoftmaxRegression(0), mnist, TrainConfig())
    trainer.train(300)
    return trainer.model


@pytest.fixture(scope="module")
def x_test(mnist):
    return to_float(mnist.test_images)


@pytest.fixture
def explorer(qtbot, mnist):
    widget = TestSetExplorer(mnist.test_images, mnist.test_labels, mnist.class_names)
    qtbot.addWidget(widget)
    widget.resize(1280, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def gallery_indices(widget) -> list[int]:
    return [widget.gallery.item(row).data(Qt.UserRole) for row in range(widget.gallery.count())]


def click_cell(qtbot, widget, true_label, predicted_label):
    """A real left click on the matrix plot, where the cell is drawn."""
    plot = widget.matrix_plot
    point = plot.mapFromScene(widget.cell_center(true_label, predicted_label))
    qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=point)


def item_center(widget, row) -> QPoint:
    item = widget.gallery.item(row)
    widget.gallery.scrollToItem(item)
    return widget.gallery.visualItemRect(item).center()


def test_confusion_matrix_counts_every_test_image(explorer, mnist, trained, x_test):
    assert explorer.confusion.sum() == 0 and explorer.predictions is None
    explorer.set_weights(one_layer(trained.W, trained.b))
    predictions = trained.predict(x_test)
    assert explorer.confusion.sum() == 10_000
    np.testing.assert_array_equal(explorer.confusion, confusion_matrix(mnist.test_labels, predictions))
    np.testing.assert_array_equal(explorer.predictions, predictions)
    np.testing.assert_allclose(explorer.probabilities.sum(axis=1), 1, rtol=1e-5)
    shown = [[int(item.textItem.toPlainText()) for item in row] for row in explorer.count_items]
    np.testing.assert_array_equal(shown, explorer.confusion)
    accuracy = trained.accuracy(x_test, mnist.test_labels)
    assert f"{accuracy:.1%}" in explorer.matrix_title.text()


@pytest.mark.parametrize("true_label, predicted_label", [(4, 9), (5, 3), (2, 8), (7, 7)])
def test_clicking_a_cell_lists_exactly_its_images(explorer, mnist, trained, qtbot,
                                                  true_label, predicted_label):
    explorer.set_weights(one_layer(trained.W, trained.b))
    click_cell(qtbot, explorer, true_label, predicted_label)
    assert explorer.selected_cell == (true_label, predicted_label)
    expected = np.flatnonzero((mnist.test_labels == true_label) & (explorer.predictions == predicted_label))
    assert len(expected) > 0
    np.testing.assert_array_equal(np.sort(explorer.selected_indices), expected)
    assert gallery_indices(explorer) == list(explorer.selected_indices[:MAX_THUMBNAILS])
    assert explorer.gallery_title.text().startswith(f"{len(expected):,} images of {true_label} read as")
    assert explorer.cell_outline.isVisible() and explorer.all_mistakes_button.isEnabled()

    qtbot.mouseClick(explorer.all_mistakes_button, Qt.LeftButton)
    assert explorer.selected_cell is None and not explorer.cell_outline.isVisible()
    listed = explorer.selected_indices
    assert np.all(explorer.predictions[listed] != mnist.test_labels[listed])


def test_clicking_beside_the_matrix_changes_nothing(explorer, trained, qtbot):
    explorer.set_weights(one_layer(trained.W, trained.b))
    plot = explorer.matrix_plot
    below_the_cells = plot.mapFromScene(explorer.cell_center(9, 4)) + QPoint(0, 45)  # on the x axis
    qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=below_the_cells)
    assert explorer.selected_cell is None


def test_mistakes_gallery_is_the_default_and_most_confident_first(explorer, mnist, trained):
    explorer.set_weights(one_layer(trained.W, trained.b))
    listed = explorer.selected_indices
    labels = mnist.test_labels
    assert explorer.selected_cell is None and not explorer.all_mistakes_button.isEnabled()
    assert len(listed) == 10_000 - np.trace(explorer.confusion)
    assert np.all(explorer.predictions[listed] != labels[listed])
    confidence = explorer.probabilities[listed, explorer.predictions[listed]]
    assert np.all(np.diff(confidence) <= 0)
    assert gallery_indices(explorer) == list(listed[:MAX_THUMBNAILS])
    first = listed[0]
    assert explorer.gallery.item(0).text() == (
        f"true {labels[first]} → {explorer.predictions[first]} ({int(confidence[0] * 100)}%)")
    assert re.fullmatch(r"true \d → \d \(\d{1,2}%\)", explorer.gallery.item(MAX_THUMBNAILS - 1).text())
    assert f"{len(listed):,}" in explorer.gallery_note.text()


def test_double_click_puts_the_image_on_the_canvas(explorer, mnist, trained, qtbot):
    explorer.set_weights(one_layer(trained.W, trained.b))
    row = 7
    index = explorer.gallery.item(row).data(Qt.UserRole)
    pos = item_center(explorer, row)
    viewport = explorer.gallery.viewport()
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=pos)  # the view needs the press of a double-click
    with qtbot.waitSignal(explorer.image_chosen, timeout=1000) as blocker:
        qtbot.mouseDClick(viewport, Qt.LeftButton, pos=pos)
    image, chosen = blocker.args
    assert chosen == index
    assert image.dtype == np.float32 and image.shape == (28, 28)
    np.testing.assert_allclose(image, mnist.test_images[index].reshape(28, 28) / 255, atol=1e-6)


def test_put_on_canvas_button_sends_the_selected_image(explorer, mnist, trained, qtbot):
    explorer.set_weights(one_layer(trained.W, trained.b))
    assert not explorer.put_on_canvas_button.isEnabled()
    qtbot.mouseClick(explorer.gallery.viewport(), Qt.LeftButton, pos=item_center(explorer, 3))
    index = explorer.gallery.item(3).data(Qt.UserRole)
    assert explorer.chosen_index() == index and explorer.put_on_canvas_button.isEnabled()
    with qtbot.waitSignal(explorer.image_chosen, timeout=1000) as blocker:
        qtbot.mouseClick(explorer.put_on_canvas_button, Qt.LeftButton)
    assert blocker.args[1] == index
    np.testing.assert_array_equal(blocker.args[0], to_float(mnist.test_images[index]).reshape(28, 28))


def test_new_weights_update_matrix_listing_and_captions(explorer, mnist, trained, half_trained, x_test,
                                                       qtbot):
    explorer.set_weights(one_layer(half_trained.W, half_trained.b))
    click_cell(qtbot, explorer, 4, 9)
    before = explorer.selected_indices.copy()
    first_caption = explorer.gallery.item(0).text()

    explorer.set_weights(one_layer(trained.W, trained.b))
    predictions = trained.predict(x_test)
    np.testing.assert_array_equal(explorer.confusion, confusion_matrix(mnist.test_labels, predictions))
    assert explorer.selected_cell == (4, 9)  # the cell stays chosen and is listed anew
    expected = np.flatnonzero((mnist.test_labels == 4) & (predictions == 9))
    np.testing.assert_array_equal(np.sort(explorer.selected_indices), expected)
    assert len(before) != len(expected) or explorer.gallery.item(0).text() != first_caption
    assert explorer.count_items[4][9].textItem.toPlainText() == str(len(expected))
    assert f"{trained.accuracy(x_test, mnist.test_labels):.1%}" in explorer.matrix_title.text()


def test_the_chosen_image_stays_selected_while_training_updates(explorer, trained, qtbot):
    explorer.set_weights(one_layer(trained.W, trained.b))
    qtbot.mouseClick(explorer.gallery.viewport(), Qt.LeftButton, pos=item_center(explorer, 5))
    index = explorer.chosen_index()
    before = explorer.selected_indices.copy()
    # Scaling the logits keeps every prediction, so the same mistakes are listed, but their
    # confidences change and with them the order.
    explorer.set_weights(one_layer(trained.W * 1.5, trained.b * 1.5))
    assert set(explorer.selected_indices) == set(before)
    assert not np.array_equal(explorer.selected_indices, before)
    assert explorer.chosen_index() == index


def test_set_dataset_keeps_the_weights(explorer, mnist, trained, x_test):
    explorer.set_weights(one_layer(trained.W, trained.b))
    explorer.set_dataset(mnist.test_images[:500], mnist.test_labels[:500], mnist.class_names)
    assert explorer.confusion.sum() == 500
    np.testing.assert_array_equal(explorer.predictions, trained.predict(x_test[:500]))
    assert explorer.gallery.count() == min(MAX_THUMBNAILS, 500 - np.trace(explorer.confusion))


@pytest.mark.timing
def test_set_weights_is_fast_enough_for_live_training(explorer, trained):
    explorer.set_weights(one_layer(trained.W, trained.b))
    times = []
    for k in range(5):
        start = time.perf_counter()
        explorer.set_weights(one_layer(trained.W, trained.b + np.float32(1e-3 * k)))
        times.append(time.perf_counter() - start)
    assert np.median(times) < 0.1  # measured ~6 ms; a few updates a second must not stall the GUI


def thumbnail_grey(widget, row) -> np.ndarray:
    """The thumbnail of gallery row ``row`` as grey levels, shape (side, side)."""
    side = widget.gallery.iconSize().width()
    image = widget.gallery.item(row).icon().pixmap(side, side).toImage()
    image = image.convertToFormat(QImage.Format_Grayscale8)
    buffer = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return buffer[:, : image.width()]


def test_thumbnails_show_the_listed_image_dark_on_paper(explorer, mnist, trained):
    explorer.set_weights(one_layer(trained.W, trained.b))
    index = explorer.gallery.item(0).data(Qt.UserRole)
    grey = thumbnail_grey(explorer, 0)
    assert grey.shape == (84, 84)
    digit = mnist.test_images[index].reshape(28, 28)
    every_third = grey[1::3, 1::3]  # one screen pixel inside each 3x3 block
    assert every_third[digit == 255].max() < 60 and every_third[digit == 0].min() > 230



def test_a_new_test_set_gets_new_thumbnails(explorer, mnist):
    # Weights that ignore the pixels list the same images in the same rows for any test set, so
    # thumbnails kept from the old set would go unnoticed by the listing.
    W, b = np.zeros((784, 10), np.float32), np.eye(10, dtype=np.float32)[0]
    explorer.set_weights(one_layer(W, b))
    before = gallery_indices(explorer)
    inverted = 255 - mnist.test_images
    explorer.set_dataset(inverted, mnist.test_labels, mnist.class_names)
    assert gallery_indices(explorer) == before
    digit = inverted[before[0]].reshape(28, 28)
    every_third = thumbnail_grey(explorer, 0)[1::3, 1::3]
    assert every_third[digit == 255].max() < 60 and every_third[digit == 0].min() > 230


def test_bigger_fonts_widen_the_gallery_cells(explorer, trained):
    explorer.set_weights(one_layer(trained.W, trained.b))
    normal = explorer.gallery.gridSize()
    explorer.setStyleSheet("QWidget { font-size: 18pt; }")
    assert explorer.gallery.gridSize().width() > normal.width()
    metrics = explorer.gallery.fontMetrics()
    assert explorer.gallery.gridSize().width() > metrics.horizontalAdvance(explorer.gallery.item(0).text())
    explorer.set_looks(Looks(NORMAL.scaled(1.6)))
    assert explorer.gallery.iconSize().width() == 28 * 5
    assert thumbnail_grey(explorer, 0).shape == (140, 140)
    explorer.resize(1800, 1000)
    explorer.matrix_view.sigResized.emit(explorer.matrix_view)
    assert explorer.count_items[0][0].textItem.font().pointSizeF() == pytest.approx(10.5 * 1.6)


def test_counts_never_run_wider_than_their_cell(explorer, trained, qtbot):
    explorer.set_weights(one_layer(trained.W, trained.b))
    explorer.set_looks(Looks(NORMAL.scaled(1.6)))
    explorer.show()
    explorer.resize(1000, 520)   # the explorer's share of a 1024x768 projector
    qtbot.wait(50)
    # the matrix keeps cells wide enough for its counts (the explorer scrolls, and says so)
    assert explorer.scroll.verticalScrollBar().isVisible() or explorer.matrix_view.height() >= 10 * 20
    explorer.matrix_view.sigResized.emit(explorer.matrix_view)
    cell = explorer.matrix_view.width() / 10
    font = explorer.count_items[1][1].textItem.font()
    assert QFontMetricsF(font).horizontalAdvance("1098") <= cell
