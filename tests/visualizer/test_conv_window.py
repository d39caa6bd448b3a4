"""The convolution in the window: its filters and per-digit weights on the Learning tab, the
drawing's feature maps beside the canvas as the pen moves, the timeline's replay of both, the
explorer, export, files and looks."""

import numpy as np
import pytest

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.explore import evaluate_test_set
from mnist_visualizer.core.model import load_network
from mnist_visualizer.core.networks import Convolution, OneLayer
from mnist_visualizer.visualizer.conv_views import ConvolutionView, FeatureMaps, tiled
from mnist_visualizer.visualizer.theme import PROJECTOR

SMALL = Convolution((4,), 5)
TWO = Convolution((4, 8), 3)


@pytest.fixture
def window(open_window, small_dataset):
    return open_window(small_dataset)


def switch_to(window, qtbot, architecture):
    window.session.set_network(architecture)
    qtbot.waitUntil(lambda: window.latest.architecture == architecture, timeout=5000)


def train(window, qtbot, n):
    start = window.latest.examples_seen
    window.session.controller.step(n)
    qtbot.waitUntil(lambda: window.latest.examples_seen == start + n, timeout=10000)
    window.display.draw_frame()


def test_the_chooser_offers_convolutions_and_the_learning_tab_shows_their_filters(window, qtbot):
    assert window.network_box.findText(Convolution((8,), 5).describe()) >= 0
    assert window.network_box.findText(Convolution((8, 16), 5).describe()) >= 0
    switch_to(window, qtbot, SMALL)
    train(window, qtbot, 300)
    view = window.weight_views.currentWidget()
    assert isinstance(view, ConvolutionView) and isinstance(window.side_panels.currentWidget(), FeatureMaps)
    assert window.side_panels.isVisible()
    p = window.latest.weights.params
    K1 = p["K1"][:, 0].reshape(4, 25)
    shown = view.filters.maps().T                        # each filter on its own scale
    np.testing.assert_allclose(shown * view.filter_scales[:, None], K1, rtol=1e-5, atol=1e-7)
    assert np.allclose(np.abs(shown).max(axis=1), 1)
    # W's column for digit 3, over the pooled maps, tile by tile
    digit3 = tiled(p["W"][:, 3].reshape(4, 12, 12), view.dense_columns)
    np.testing.assert_allclose(view.dense.maps()[:, 3], digit3.ravel(), rtol=1e-6)
    # hovering a filter reads out its weight
    text = view.filters.read_out(2, 1, 4)
    assert f"{p['K1'][2, 0, 1, 4]:+.4f}" in text and "filter 3" in text


def test_the_feature_maps_follow_the_pen(window, qtbot, small_dataset):
    switch_to(window, qtbot, SMALL)
    train(window, qtbot, 200)
    maps = window.side_panels.currentWidget()
    assert not maps.mosaics[0][0].maps().any()          # nothing drawn: blank maps
    digit = to_float(small_dataset.test_images[:1]).reshape(28, 28)
    for rows in (10, 20, 28):                           # the digit as it is drawn, stroke by stroke
        ink = np.zeros((28, 28), np.float32)
        ink[:rows] = digit[:rows]
        window.canvas.set_ink(ink)
        f = window.latest.weights.forward(window.canvas.network_input())
        relu, pooled = maps.mosaics[0]
        np.testing.assert_allclose(relu.maps(), f.feature_maps[0][0].reshape(4, -1).T, rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(pooled.maps(), f.pooled_maps[0][0].reshape(4, -1).T, rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(window.bars.probabilities, f.probabilities[0], rtol=1e-5)


def test_two_blocks_show_both_blocks_filters_and_maps(window, qtbot, small_dataset):
    switch_to(window, qtbot, TWO)
    train(window, qtbot, 100)
    view = window.weight_views.currentWidget()
    assert view.block2 is not None and view.block2.n == 8          # a tile of 4 kernels for each of 8 filters
    K2 = window.latest.weights.params["K2"]
    assert f"{K2[5, 2, 1, 0]:+.4f}" in view._describe_block2(5, (2 // view.block2_columns) * 4 + 1, (2 % view.block2_columns) * 4)
    maps = window.side_panels.currentWidget()
    qtbot.waitUntil(maps.isVisible, timeout=3000)      # (the row is laid out again for the new panel)
    window.canvas.set_ink(to_float(small_dataset.test_images[1:2]).reshape(28, 28))
    assert len(maps.mosaics) == 2
    f = window.latest.weights.forward(window.canvas.network_input())
    np.testing.assert_allclose(maps.mosaics[1][1].maps(), f.pooled_maps[1][0].reshape(8, -1).T, rtol=1e-5, atol=1e-6)


def test_the_timeline_replays_the_filters_and_the_drawings_maps(window, qtbot, small_dataset):
    switch_to(window, qtbot, SMALL)
    window.session.start()
    qtbot.waitUntil(lambda: window.latest.examples_seen > 1500 and len(window.timeline.history) > 3,
                    timeout=30000)
    window.session.pause()
    qtbot.waitUntil(lambda: not window.latest.running, timeout=3000)
    window.canvas.set_ink(to_float(small_dataset.test_images[:1]).reshape(28, 28))
    moment = window.timeline.show_moment(1)
    view = window.weight_views.currentWidget()
    K1 = moment.weights.params["K1"][:, 0].reshape(4, 25)
    np.testing.assert_allclose(view.filters.maps().T * view.filter_scales[:, None], K1, rtol=1e-5, atol=1e-7)
    f = moment.weights.forward(window.canvas.network_input())
    relu = window.side_panels.currentWidget().mosaics[0][0]
    np.testing.assert_allclose(relu.maps(), f.feature_maps[0][0].reshape(4, -1).T, rtol=1e-5, atol=1e-6)
    window.timeline.go_live()


def test_the_explorer_export_and_files_cover_the_convolution(window, qtbot, small_dataset, tmp_path):
    switch_to(window, qtbot, SMALL)
    train(window, qtbot, 500)
    window.views.setCurrentWidget(window.explorer)
    window._explorer_due = 0.0
    window.refresh_views()
    core = evaluate_test_set(small_dataset.test_images, small_dataset.test_labels, window.latest.weights)
    np.testing.assert_array_equal(window.explorer.confusion, core.confusion)
    window.canvas.set_ink(to_float(small_dataset.test_images[:1]).reshape(28, 28))
    written = window.files.export(tmp_path)
    assert {p.name for p in written} >= {"weights.png", "drawing.png"}
    path = tmp_path / "c.npz"
    assert window.files.save_weights_file(path)
    saved = window.latest.weights
    assert load_network(path).architecture == SMALL
    switch_to(window, qtbot, OneLayer())
    assert window.files.load_weights_file(path)
    qtbot.waitUntil(lambda: window.latest.architecture == SMALL, timeout=5000)
    for name, array in saved.params.items():
        np.testing.assert_array_equal(window.latest.weights.params[name], array)


def test_the_projector_theme_and_presentation_reach_the_convolutions_pictures(window, qtbot):
    switch_to(window, qtbot, SMALL)
    view = window.weight_views.currentWidget()
    normal = view.dense.title_items[0].textItem.font().pointSizeF()
    window.appearance.set_theme(PROJECTOR.name)
    window.appearance.set_presentation(True)
    assert view.dense.title_items[0].textItem.font().pointSizeF() > normal
    window.appearance.set_presentation(False)


def test_where_the_parts_do_not_fit_side_by_side_fewer_are_shown_and_a_box_chooses(window, qtbot):
    switch_to(window, qtbot, TWO)
    train(window, qtbot, 50)
    view = ConvolutionView()                            # on its own: its width is the test's
    view.setMinimumSize(100, 100)                       # (a window's layout would hold it to all its parts)
    qtbot.addWidget(view)
    view.show()
    view.show_weights(window.latest.weights)
    assert view.parts == [view.filters, view.block2, view.dense]
    view.resize(4000, 600)                              # room for all three: no box
    qtbot.waitUntil(lambda: all(p.isVisibleTo(view) for p in view.parts), timeout=2000)
    assert not view.page_box.isVisibleTo(view)
    widest = max(p.minimumSizeHint().width() for p in view.parts)
    view.resize(widest + 10, 600)                       # room for the widest alone
    qtbot.waitUntil(lambda: view.page_box.isVisibleTo(view), timeout=2000)
    shown = [p.isVisibleTo(view) for p in view.parts]
    assert shown[0] and not all(shown)                  # the first part, and what fits after it
    view.page_box.setCurrentIndex(2)                    # W per digit, on its own
    assert [p.isVisibleTo(view) for p in view.parts] == [False, False, True]
    p, side = window.latest.weights.params, TWO.sides()[-1][1]
    np.testing.assert_allclose(view.dense.maps()[:, 3], tiled(p["W"][:, 3].reshape(8, side, side), view.dense_columns).ravel(),
                               rtol=1e-6)


def test_the_views_off_screen_wait_and_catch_up_when_shown(window, qtbot, small_dataset):
    switch_to(window, qtbot, SMALL)
    train(window, qtbot, 50)
    view = window.weight_views.currentWidget()
    maps = window.side_panels.currentWidget()
    window.views.setCurrentIndex(1)                     # another tab: the Learning tab is hidden
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)
    before = view.filters.updates
    train(window, qtbot, 50)
    assert view.filters.updates == before               # nothing drawn off screen
    window.views.setCurrentIndex(0)
    qtbot.waitUntil(view.isVisible, timeout=2000)
    K1 = window.latest.weights.params["K1"][:, 0].reshape(4, 25)
    np.testing.assert_allclose(view.filters.maps().T * view.filter_scales[:, None], K1, rtol=1e-5, atol=1e-7)
    maps.hide()                                         # beside the canvas too
    window.canvas.set_ink(to_float(small_dataset.test_images[:1]).reshape(28, 28))
    assert not maps.mosaics[0][0].maps().any()
    maps.show()
    f = window.latest.weights.forward(window.canvas.network_input())
    np.testing.assert_allclose(maps.mosaics[0][0].maps(), f.feature_maps[0][0].reshape(4, -1).T, rtol=1e-5, atol=1e-6)


def test_the_feature_maps_captions_are_whole_in_presentation_mode(window, qtbot):
    switch_to(window, qtbot, TWO)
    window.appearance.set_presentation(True)
    maps = window.side_panels.view(Convolution)
    qtbot.wait(50)
    assert [c.text() for c in maps.captions] == ["ReLU", "pooled"]
    for caption in maps.captions:
        if caption.isVisible():
            assert caption.width() >= caption.fontMetrics().horizontalAdvance(caption.text())
    window.appearance.set_presentation(False)


@pytest.mark.parametrize("n", [1, 2, 7, 576, 4608])
@pytest.mark.parametrize("percentile", [50.0, 99.0, 100.0])
def test_the_live_maps_colour_scale_is_the_robust_limit_from_one_partition(n, percentile):
    # (the feature maps are scaled at every pen move: np.percentile's overhead was most of it)
    from mnist_visualizer.core.metrics import robust_symmetric_limit
    from mnist_visualizer.visualizer.mosaic import finite_limits
    rng = np.random.default_rng(n)
    for values in (rng.standard_normal(n).astype(np.float32), np.maximum(rng.standard_normal(n), 0).astype(np.float32),
                   np.zeros(n, np.float32)):
        limit, largest = finite_limits(values, percentile)
        assert limit == pytest.approx(robust_symmetric_limit(values, percentile), rel=1e-6)
        assert largest == np.abs(values).max()
