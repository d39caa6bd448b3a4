"""The convolution inside one example: one position's arithmetic (patch ⊙ kernel, Σ + c, ReLU, the
pooled value it feeds), chosen by hovering or clicking a feature map; the backward pass as maps; and
what one step changed, read back from the widgets and checked against the core's numbers."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.model import NetworkWeights, one_layer_weights
from mnist_visualizer.core.networks import Convolution
from mnist_visualizer.core.networks.convolution import explain_convolution
from mnist_visualizer.visualizer.conv_example import ConvolutionExampleView
from mnist_visualizer.visualizer.example_panel import ExamplePanel
from mnist_visualizer.visualizer.theme import PROJECTOR, Looks

ONE_BLOCK = Convolution((4,), 3)
TWO_BLOCKS = Convolution((4, 8), 5)


LEARNED: dict = {}


def trained(arch, mnist, steps=10):
    """A network a few mini-batches into learning (maps with structure, a δ that is not tiny), its
    own copy of weights learned once per architecture."""
    if arch not in LEARNED:
        net = arch.build(0)
        x = to_float(mnist.train_images[:32 * steps]).reshape(-1, 784)
        y = mnist.train_labels[:32 * steps]
        for s in range(0, len(x), 32):
            net.step(x[s:s + 32], y[s:s + 32], 0.05)
        LEARNED[arch] = {name: a.copy() for name, a in net.parameters().items()}
    return arch.network(LEARNED[arch])


@pytest.fixture
def digit(mnist):
    return to_float(mnist.test_images[0]).reshape(784)


@pytest.fixture
def panel(qtbot):
    p = ExamplePanel()
    qtbot.addWidget(p)
    p.resize(1280, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def shown(panel, arch, mnist, digit, label=None):
    net = trained(arch, mnist)
    panel.set_weights(NetworkWeights.of(net))
    panel.set_input(digit)
    if label is not None:
        panel.set_true_label(label)
    return net, panel.part_widget


def number(text: str) -> float:
    return float(text.replace("−", "-"))


def scene_of(mosaic, j, row, col) -> QPointF:
    top, left = mosaic.geometry_.origin(j)
    return mosaic.view.mapViewToScene(QPointF(left + col + 0.5, top + row + 0.5))


def assert_position_shown(view, x, params, f, i, j):
    """The position's arithmetic, from the inputs and weights (not from the explanation), against
    what the view shows."""
    k = params["K1"].shape[-1]
    patch = x.reshape(28, 28)[i:i + k, j:j + k]
    products = patch * params["K1"][f, 0]
    a = products.sum() + params["c1"][f]
    r = max(a, 0.0)
    p = view.position
    assert (p.f, p.i, p.j) == (f, i, j) and view.shown == (f, i, j)
    np.testing.assert_allclose(p.patch[0], patch)
    np.testing.assert_allclose(p.products[0], products, rtol=1e-6)
    assert p.total + p.bias == pytest.approx(a, abs=1e-5) and p.a == pytest.approx(a, abs=1e-5)
    assert p.r == pytest.approx(r, abs=1e-5)
    shown_products = np.array([[number(c.text()) for c in row] for row in view.product_cells])
    np.testing.assert_allclose(shown_products, products, atol=0.0051)
    text = view.arithmetic.text()
    assert f"Σ = {p.total:+.3f}".replace("-", "−") in text
    assert f"{p.bias:+.3f}".replace("-", "−") in text and f"a = Σ + c = {p.a:+.3f}".replace("-", "−") in text
    assert f"r = max(0, a) = {r:.3f}" in text
    side = 28 - k + 1
    if i < side // 2 * 2 and j < side // 2 * 2:
        window = np.maximum(0, [[(x.reshape(28, 28)[ii:ii + k, jj:jj + k] * params["K1"][f, 0]).sum() + params["c1"][f]
                                 for jj in (j // 2 * 2, j // 2 * 2 + 1)] for ii in (i // 2 * 2, i // 2 * 2 + 1)])
        assert p.pooled == pytest.approx(window.max(), abs=1e-5)
        assert f"q = its max = {window.max():.3f}" in text
        first_max = int(np.argmax(window.ravel() >= window.max() - 1e-7))
        assert p.is_max == (first_max == (i % 2) * 2 + j % 2)
        assert ("r is it" in text) == p.is_max and ("r is not" in text) == (not p.is_max)
        if not p.is_max:
            assert p.delta_a == 0
    # the markers: the patch on the digit, the position on its feature map
    top, left = view.input_view.geometry_.origin(0)
    assert view.patch_marker.rect().getRect() == (left + j, top + i, k, k)
    top, left = view.feature_maps.geometry_.origin(f)
    assert view.position_marker.rect().getRect() == (left + j - 0.5, top + i - 0.5, 2, 2)   # with its margin


@pytest.mark.parametrize("arch", [ONE_BLOCK, TWO_BLOCKS], ids=["conv4-k3", "conv4,8-k5"])
def test_one_positions_arithmetic_and_the_backward_maps(panel, mnist, digit, arch):
    net, view = shown(panel, arch, mnist, digit)
    params = net.parameters()
    assert isinstance(view, ConvolutionExampleView) and view.isVisible()
    assert not panel.gradient_map.isVisible() and not panel.evidence_map.isVisible()
    assert "a = x ⋆ K + c" in panel.forward_heading.text() and "q = maxpool(r)" in panel.forward_heading.text()
    assert "K ← K − λ ∂L/∂K" in panel.update_heading.text() and "q<sup>T</sup> δ" in panel.update_heading.text()
    e = explain_convolution(arch, params, digit)
    b1 = e.blocks[0]
    # before any click: filter 1's strongest position
    f, i, j = view.shown
    assert f == 0 and b1.r[0, i, j] == b1.r[0].max()
    assert_position_shown(view, digit, params, f, i, j)
    # every feature map and δ map, and ∂L/∂K, as the explanation has them (filter by filter)
    for mosaic, maps in ((view.feature_maps, b1.r), (view.delta_q, b1.delta_q), (view.delta_r, b1.delta_r),
                         (view.delta_a, b1.delta_a), (view.grad_K, b1.grad_kernels[:, 0])):
        for g in range(len(maps)):
            np.testing.assert_allclose(mosaic.panel(g), maps[g], rtol=1e-6, atol=1e-12)
    np.testing.assert_allclose(view.input_view.panel(0), digit.reshape(28, 28))
    # δ_q is δ W^T (one block) and δ_a is δ_r masked by ReLU
    if arch.depth == 1:
        np.testing.assert_allclose(b1.delta_q, (params["W"] @ e.delta).reshape(b1.delta_q.shape), rtol=1e-4,
                                   atol=1e-7)   # W's rows: filter by filter
    np.testing.assert_array_equal(b1.delta_a, b1.delta_r * (b1.a > 0))
    if arch.depth == 2:
        b2 = e.blocks[1]
        r2, d2, g2 = view.block2
        G, F = b2.grad_kernels.shape[:2]
        for g in range(G):
            np.testing.assert_allclose(r2.panel(g), b2.r[g], rtol=1e-6)
            np.testing.assert_allclose(d2.panel(g), b2.delta_a[g], rtol=1e-6, atol=1e-12)
            for c in range(F):
                np.testing.assert_allclose(g2.panel(g * F + c), b2.grad_kernels[g, c], rtol=1e-6, atol=1e-12)


def test_hovering_and_clicking_choose_the_position(panel, qtbot, mnist, digit):
    net, view = shown(panel, ONE_BLOCK, mnist, digit)
    params = net.parameters()
    b1 = view.explanation.blocks[0]
    # a position that is not its window's maximum, and one that is, in filter 3
    r = b1.r[2]
    i, j = np.unravel_index(int(np.argmax(r)), r.shape)
    hover_to = (2, int(i), int(j) ^ 1 if r[i, j ^ 1] < r[i, j] else int(j))

    def at(position):
        """Where a position of the feature maps is on the screen (the maps are laid out anew when
        the view's width changes, and pyqtgraph settles its transform on its first paints)."""
        mosaic = view.feature_maps
        return mosaic.graphics.viewport(), mosaic.graphics.mapFromScene(scene_of(mosaic, *position))

    def hover(position):
        qtbot.mouseMove(*at(position))
        return view.shown == position

    qtbot.waitUntil(lambda: hover(hover_to), timeout=5000)
    assert_position_shown(view, digit, params, *hover_to)
    assert view.hovered == hover_to and view.pinned is None

    click_at = (1, 5, 7)
    viewport, pos = at(click_at)
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: view.pinned == click_at, timeout=3000)
    assert_position_shown(view, digit, params, *click_at)
    # the mouse leaving the maps gives the view back to the clicked position
    elsewhere = (3, 2, 2)
    qtbot.waitUntil(lambda: hover(elsewhere), timeout=3000)
    QApplication.sendEvent(view.feature_maps.graphics.viewport(), QEvent(QEvent.Leave))
    assert view.shown == click_at
    # the clicked position stays while the network learns: its numbers follow the new weights
    net.step(digit[None], np.array([7]), 0.5)
    panel.set_weights(NetworkWeights.of(net))
    assert_position_shown(view, digit, net.parameters(), *click_at)
    # hovering a δ map reads its value out
    f, i, j = click_at
    qtbot.mouseMove(view.delta_a.graphics.viewport(),
                    view.delta_a.graphics.mapFromScene(scene_of(view.delta_a, f, i, j)))
    value = view.explanation.blocks[0].delta_a[f, i, j]
    qtbot.waitUntil(lambda: f"δ_a = {value:+.4f}".replace("-", "−") in view.readout.text(), timeout=3000)


@pytest.mark.parametrize("arch", [ONE_BLOCK, TWO_BLOCKS], ids=["conv4-k3", "conv4,8-k5"])
def test_the_step_shows_what_it_changed(panel, qtbot, mnist, digit, arch):
    net, view = shown(panel, arch, mnist, digit, label=3)
    before = {name: a.copy() for name, a in net.parameters().items()}
    with qtbot.waitSignal(panel.step_requested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.step_button, Qt.LeftButton)
    x, label = blocker.args
    assert label == 3 and "waiting" in view.step_note.text()
    # a training snapshot gets there first: not this example's step, so nothing is claimed yet
    other = to_float(mnist.train_images[5:6]).reshape(1, 784)
    net.step(other, mnist.train_labels[5:6], 0.01)
    panel.set_weights(NetworkWeights.of(net))
    assert view.change is None and "waiting" in view.step_note.text()
    moved = {name: a.copy() for name, a in net.parameters().items()}
    # then the step, from the newest weights, as the training process applies it
    net.step(x[None], np.array([label]), panel.learning_rate)
    panel.set_weights(NetworkWeights.of(net))
    after = net.parameters()
    c = view.change
    assert c is not None and c["lr"] == pytest.approx(panel.learning_rate, rel=1e-3)
    e0 = explain_convolution(arch, moved, digit, 3)
    e1 = explain_convolution(arch, after, digit, 3)
    assert c["p"] == pytest.approx((e0.probabilities[3], e1.probabilities[3]), abs=1e-6)
    assert e1.probabilities[3] > e0.probabilities[3]
    text = view.step_note.text()
    assert f"{e0.probabilities[3]:.3f} → <b>{e1.probabilities[3]:.3f}</b>" in text
    assert f"{e0.loss:.3f} → <b>{e1.loss:.3f}</b>" in text
    delta_K = after["K1"] - moved["K1"]
    np.testing.assert_allclose(delta_K, -panel.learning_rate * e0.blocks[0].grad_kernels, rtol=1e-3, atol=1e-8)
    for f in range(len(delta_K)):
        np.testing.assert_allclose(view.delta_K.panel(f), delta_K[f, 0], rtol=1e-6, atol=1e-12)
    assert not np.array_equal(after["K1"], before["K1"])
    # another example: the change shown was not its step
    panel.set_input(to_float(mnist.test_images[1]).reshape(784))
    assert view.change is None and "Apply one gradient step" in view.step_note.text()


def test_the_one_layer_gets_its_two_rows_back(panel, mnist, digit):
    shown(panel, ONE_BLOCK, mnist, digit)
    panel.set_weights(one_layer_weights(np.zeros((784, 10), np.float32), np.zeros(10, np.float32)))
    assert panel.gradient_map.isVisible() and panel.evidence_map.isVisible()
    assert panel.part_widget is None and panel.explanation.grad_W.shape == (784, 10)
    assert all(not w.isVisible() for w in panel.part_widgets.values())


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_the_positions_numbers_are_legible(panel, mnist, digit, scale):
    _, view = shown(panel, ONE_BLOCK, mnist, digit)
    panel.set_looks(Looks(theme=PROJECTOR.scaled(scale)))
    for label in [c for row in view.product_cells for c in row] + [view.arithmetic, view.step_note]:
        assert QFontInfo(label.font()).pixelSize() >= 14
        assert label.width() >= label.minimumSizeHint().width()   # laid out whole, not cut


def test_the_feature_maps_stand_in_four_rows_where_the_view_is_narrow(panel, qtbot, mnist, digit):
    _, view = shown(panel, ONE_BLOCK, mnist, digit)
    view.show_position(2, 6, 9)
    for width, columns in ((1900, 2), (1100, 1)):     # 4 filters: 2 rows of 2, or 4 rows of 1
        panel.resize(width, 700)
        qtbot.waitUntil(lambda: view.feature_maps.geometry_.columns == columns, timeout=3000)
        assert view.shown == (2, 6, 9)                 # the same position, on the maps laid out anew
        for f in range(4):
            np.testing.assert_allclose(view.feature_maps.panel(f), view.explanation.blocks[0].r[f], rtol=1e-6)
        top, left = view.feature_maps.geometry_.origin(2)
        assert view.position_marker.rect().getRect() == (left + 9 - 0.5, top + 6 - 0.5, 2, 2)


def test_in_the_window_the_step_reaches_the_training_process_and_comes_back(open_window, qtbot, small_dataset):
    window = open_window(small_dataset)
    window.session.set_network(ONE_BLOCK)
    qtbot.waitUntil(lambda: window.latest.architecture == ONE_BLOCK, timeout=5000)
    window.session.controller.step(200)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 200, timeout=10000)
    window.canvas.set_ink(to_float(small_dataset.test_images[:1]).reshape(28, 28))
    window.views.setCurrentWidget(window.example)
    panel = window.example
    qtbot.waitUntil(lambda: panel.explanation is not None, timeout=3000)
    view = panel.part_widget
    assert isinstance(view, ConvolutionExampleView) and view.isVisible()
    before = window.latest.weights
    e0 = panel.explanation
    panel.step_button.click()
    qtbot.waitUntil(lambda: view.change is not None, timeout=5000)
    after = window.latest.weights
    np.testing.assert_allclose(view.change["delta_K"], after.params["K1"] - before.params["K1"], rtol=1e-6)
    np.testing.assert_allclose(view.change["delta_K"], -window.session.learning_rate * e0.blocks[0].grad_kernels,
                               rtol=1e-3, atol=1e-8)
    assert view.change["p"][0] == pytest.approx(e0.probabilities[e0.label], abs=1e-6)
    assert view.change["p"][1] == pytest.approx(after.explain(e0.x, e0.label).probabilities[e0.label], abs=1e-6)


def test_another_convolution_is_laid_out_anew(panel, mnist, digit):
    shown(panel, ONE_BLOCK, mnist, digit)
    net, view = shown(panel, TWO_BLOCKS, mnist, digit)
    assert view.architecture == TWO_BLOCKS and len(view.block2) == 3
    assert view.trio.geometry_.panel == (5, 5) and view.feature_maps.geometry_.panel == (24, 24)
    assert_position_shown(view, digit, net.parameters(), *view.shown)


def test_the_steps_note_is_scrolled_into_view(panel, qtbot, mnist, digit):
    panel.resize(1280, 420)                 # too low for the whole view: the tab scrolls
    net, view = shown(panel, ONE_BLOCK, mnist, digit)
    qtbot.mouseClick(panel.step_button, Qt.LeftButton)
    net.step(digit[None], np.array([panel.explanation.label]), panel.learning_rate)
    panel.set_weights(NetworkWeights.of(net))
    assert view.change is not None
    viewport = panel.scroll.viewport()

    def note_seen():
        top_left = view.step_note.mapTo(viewport, QPoint(0, 0))
        return 0 <= top_left.y() and top_left.y() + view.step_note.height() <= viewport.height()

    qtbot.waitUntil(note_seen, timeout=3000)
    assert panel.scroll.horizontalScrollBar().value() == 0
