import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.metrics import robust_symmetric_limit
from mnist_visualizer.core.model import one_layer_weights as one_layer
from mnist_visualizer.core.networks.one_layer import explain, step
from mnist_visualizer.visualizer.example_panel import ExamplePanel


@pytest.fixture
def weights():
    """Known weights that give a spread of logits, so that every number on show is non-trivial."""
    rng = np.random.default_rng(3)
    W = (rng.standard_normal((784, 10)) * 0.05).astype(np.float32)
    b = (rng.standard_normal(10) * 0.5).astype(np.float32)
    return W, b


@pytest.fixture
def digit(mnist):
    return to_float(mnist.test_images[0])


@pytest.fixture
def panel(qtbot):
    p = ExamplePanel()
    qtbot.addWidget(p)
    p.resize(1280, 500)
    p.show()
    qtbot.waitExposed(p)
    return p


def shown_numbers(cells):
    return np.array([float(cell.text()) for cell in cells])


def title(mosaic, j):
    return mosaic.title_items[j].textItem.toPlainText()


def assert_panel_shows(panel, e):
    """Every number the panel displays, read back from its widgets and items, against ``e``."""
    np.testing.assert_allclose(shown_numbers(panel.logit_labels), e.logits, atol=0.0051)
    np.testing.assert_allclose(shown_numbers(panel.probability_labels), e.probabilities, atol=0.00051)
    np.testing.assert_allclose(shown_numbers(panel.delta_labels), e.grad_b, atol=0.00051)
    assert [c.text() for c in panel.target_labels] == ["1" if j == e.label else "0" for j in range(10)]
    assert float(panel.loss_label.text()) == pytest.approx(e.loss, abs=0.00051)
    np.testing.assert_allclose(panel.bias_bars.opts["height"], e.grad_b, rtol=1e-6)
    for j in range(10):
        np.testing.assert_allclose(panel.gradient_map.panel(j), e.grad_W[:, j].reshape(28, 28), rtol=1e-6)
        np.testing.assert_allclose(panel.evidence_map.panel(j), e.evidence[:, j].reshape(28, 28), rtol=1e-6)


def test_displayed_numbers_equal_core_explain(panel, weights, digit):
    W, b = weights
    panel.set_weights(one_layer(W, b))
    panel.set_input(digit)
    e = explain(W, b, digit)
    assert panel.stack.currentWidget() is panel.content and panel.content.isVisible()
    assert panel.explanation.label == panel.explanation.prediction == e.prediction
    assert_panel_shows(panel, e)
    assert "the prediction" in panel.loss_caption.text()
    # negative bars in the colour-map's blue, the others in its red
    brushes = panel.bias_bars.opts["brushes"]
    for j in range(10):
        want = panel.negative_colour if e.grad_b[j] < 0 else panel.positive_colour
        assert brushes[j] == want
    assert panel.negative_colour != panel.positive_colour
    # both maps on a symmetric scale centred on zero, shared by the ten panels, ending at the 99th
    # percentile of |value| (a few outliers do not wash out the rest)
    for mosaic, values in ((panel.gradient_map, e.grad_W), (panel.evidence_map, e.evidence)):
        limit = robust_symmetric_limit(values, 99)
        np.testing.assert_allclose(mosaic.image.levels, [-limit, limit], rtol=1e-6)
        np.testing.assert_allclose(mosaic.colorbar.levels(), [-limit, limit], rtol=1e-6)
    # the evidence titles are each digit's total evidence, l_j - b_j
    for j in range(10):
        assert title(panel.evidence_map, j) == f"{j}: {e.evidence[:, j].sum():+.1f}"
        assert float(title(panel.evidence_map, j).split(": ")[1]) == pytest.approx(e.logits[j] - b[j], abs=0.051)
        assert title(panel.gradient_map, j).startswith(f"{j}: ")
    assert "λ = 0.01" in panel.step_button.text() and "0.01" in panel.gradient_map.heading.text()


def test_choosing_the_true_label_updates_loss_and_bias_gradient(panel, weights, digit):
    W, b = weights
    panel.set_weights(one_layer(W, b))
    panel.set_input(digit)
    wrong = (explain(W, b, digit).prediction + 1) % 10
    panel.label_box.setCurrentIndex(wrong + 1)  # as the user would, from the combo box
    e = explain(W, b, digit, wrong)
    assert panel.true_label() == wrong and panel.explanation.label == wrong
    assert_panel_shows(panel, e)
    assert float(panel.loss_label.text()) == pytest.approx(-np.log(e.probabilities[wrong]), abs=0.00051)
    assert panel.bias_bars.opts["height"][wrong] < 0
    assert "chosen" in panel.loss_caption.text()

    panel.set_true_label(None)
    assert panel.label_box.currentText() == "prediction (default)"
    assert_panel_shows(panel, explain(W, b, digit))
    with pytest.raises(ValueError):
        panel.set_true_label(10)


def test_step_button_emits_the_input_and_label(panel, qtbot, weights, digit):
    W, b = weights
    panel.set_weights(one_layer(W, b))
    panel.set_input(digit)
    panel.set_true_label(4)
    with qtbot.waitSignal(panel.step_requested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.step_button, Qt.LeftButton)
    x, label = blocker.args
    np.testing.assert_array_equal(x, digit)
    assert label == 4

    # the window sends the stepped weights back: the loss for label 4 goes down on screen
    before = float(panel.loss_label.text())
    panel.set_weights(one_layer(*step(W, b, x, label, panel.learning_rate)))
    assert float(panel.loss_label.text()) < before

    panel.set_true_label(None)
    with qtbot.waitSignal(panel.step_requested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.step_button, Qt.LeftButton)
    assert blocker.args[1] == panel.explanation.prediction


def test_all_zero_input_shows_the_empty_state_without_nan(panel, qtbot, weights, digit):
    W, b = weights
    panel.set_weights(one_layer(W, b))
    panel.set_input(digit)
    panel.set_input(np.zeros(784, np.float32))
    assert panel.stack.currentWidget() is panel.empty_label and panel.empty_label.isVisible()
    text = panel.empty_label.text().lower()
    assert "draw a digit" in text and "pick a test image" in text
    assert panel.explanation is None and not panel.step_button.isEnabled()
    for label in panel.findChildren(QLabel):
        assert "nan" not in label.text().lower()
    assert all(c.text() == "–" for c in panel.logit_labels + panel.probability_labels)
    assert np.isfinite(panel.bias_bars.opts["height"]).all()
    for mosaic in (panel.gradient_map, panel.evidence_map):
        for j in range(10):
            assert np.isfinite(mosaic.panel(j)).all()
        assert np.isfinite(mosaic.image.levels).all()
    with qtbot.assertNotEmitted(panel.step_requested):
        qtbot.mouseClick(panel.step_button, Qt.LeftButton)


def test_waiting_and_diverged_weights_are_said_in_words(panel, weights, digit):
    panel.set_input(digit)
    assert panel.explanation is None and "waiting" in panel.empty_label.text().lower()
    W, b = weights
    W = W.copy()
    W[0, 0] = np.nan
    panel.set_weights(one_layer(W, b))
    assert panel.explanation is None and "diverged" in panel.empty_label.text()


def test_inputs_are_copied(panel, weights, digit):
    W, b = weights
    expected = explain(W, b, digit)
    W, x = W.copy(), digit.copy()
    panel.set_weights(one_layer(W, b))
    panel.set_input(x)
    x[:] = 0  # as a canvas reusing its buffer would
    W[:] = 0  # as in-place training would
    panel.set_learning_rate(0.02)  # anything but new data: the panel must still show the old numbers
    panel.set_true_label(None)
    panel.set_class_names(tuple("0123456789"))
    assert_panel_shows(panel, expected)


def test_learning_rate_and_class_names_are_shown(panel, weights, digit):
    panel.set_weights(one_layer(*weights))
    panel.set_input(digit)
    panel.set_learning_rate(0.25)
    assert panel.step_button.text() == "Apply one gradient step\n(λ = 0.25)"
    assert "−0.25 × this" in panel.gradient_map.heading.text()
    names = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
             "Bag", "Ankle boot")
    panel.set_true_label(9)
    panel.set_class_names(names)
    assert [panel.label_box.itemText(i) for i in range(11)] == ["prediction (default)", *names]
    assert panel.true_label() == 9  # renaming kept the chosen label
    assert [c.text() for c in panel.name_labels] == list(names)
    assert "y = Ankle boot" in panel.loss_caption.text()
    assert title(panel.evidence_map, 0).startswith("T-shir…: ")


def test_fits_1280_by_500_without_scrolling(panel, weights, digit):
    panel.set_weights(one_layer(*weights))
    panel.set_input(digit)
    hint = panel.content.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 500
    assert not panel.scroll.horizontalScrollBar().isVisible()
    assert not panel.scroll.verticalScrollBar().isVisible()


def test_the_digit_rows_go_ten_across_where_there_is_room_else_two_rows_of_five(panel, qtbot, weights, digit):
    panel.set_weights(one_layer(*weights))
    panel.set_input(digit)   # (the maps' titles, whose width sets the rows')
    rows = (panel.gradient_map, panel.evidence_map)
    for width, columns in ((1600, 10), (1100, 5), (1600, 10)):
        panel.resize(width, 500)
        # ... and nothing sideways out of sight: the panel scrolls down, not across
        qtbot.waitUntil(lambda: all(m.columns == columns for m in rows)
                        and not panel.scroll.horizontalScrollBar().isVisible(), timeout=3000)
        assert all(m.graphics.minimumWidth() <= m.graphics.width() + 1 for m in rows)
    # digit j in the same place in both rows, and the maps still the network's
    assert rows[0].geometry_.origin(7) == rows[1].geometry_.origin(7)


def test_hovering_an_evidence_pixel_shows_its_factors(panel, qtbot, weights, digit):
    panel.resize(1600, 500)   # (ten across: both rows in sight)
    W, b = weights
    panel.set_weights(one_layer(W, b))
    panel.set_input(digit)
    row, col = np.unravel_index(int(np.argmax(digit)), (28, 28))
    mosaic = panel.evidence_map

    def hover():
        # pyqtgraph settles the view's transform on its first paints (later under load): map the
        # pixel to the screen again each time, as a user's mouse would find it (and find map 7
        # again: the rows go ten across or two rows of five as the panel's width allows)
        top, left = mosaic.geometry_.origin(7)
        scene = mosaic.view.mapViewToScene(QPointF(left + col + 0.5, top + row + 0.5))
        qtbot.mouseMove(mosaic.graphics.viewport(), mosaic.graphics.mapFromScene(scene))
        return f"row {row}, col {col}" in panel.readout.text()

    qtbot.waitUntil(hover, timeout=5000)
    i = row * 28 + col
    text = panel.readout.text()
    assert text.startswith("digit 7")
    assert f"w_ij = {W[i, 7]:+.4f}" in text and f"w_ij x_i = {W[i, 7] * digit[i]:+.4f}" in text
    # the readout follows new weights under a still mouse
    W2 = W * 2
    panel.set_weights(one_layer(W2, b))
    assert f"w_ij = {W2[i, 7]:+.4f}" in panel.readout.text()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_hidden_layers_rows_never_scroll_sideways(panel, qtbot, digit, language):
    """Ten across only where both rows fit: the evidence row's titles (a unit's number and h_k,
    "274: 0.5") are wider than the gradient row's, and they change with the example (the rows stayed
    ten across, wider than the panel, at 1920x1080 in presentation mode)."""
    from mnist_visualizer.core.model import NetworkWeights
    from mnist_visualizer.core.networks import HiddenLayer
    from mnist_visualizer.visualizer.theme import PROJECTOR, Looks
    from mnist_visualizer.visualizer.translation import Language
    chosen = Language()
    chosen.set(language)
    try:
        panel.set_looks(Looks(theme=PROJECTOR.scaled(2.16)))   # (presentation mode at 1080 lines)
        panel.set_weights(NetworkWeights.of(HiddenLayer(512).build(0)))
        panel.set_input(digit)
        for width in range(1600, 2300, 50):   # (German's numbers and step need 1,530 px beside any maps)
            panel.resize(width, 600)
            qtbot.waitUntil(lambda: panel.content.minimumSizeHint().width() <= panel.scroll.viewport().width()
                            and not panel.scroll.horizontalScrollBar().isVisible(), timeout=2000)
    finally:
        chosen.set("en")
