"""The hidden-layer network in every view: the chooser starts a new run (the old one stays as a
faint, labelled curve), the unit maps, the firing units, the example's chain rule, the explorer,
the timeline, weights files and export."""

import csv

import numpy as np
import pytest

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.explore import evaluate_test_set
from mnist_visualizer.core.model import load_network
from mnist_visualizer.core.networks import HiddenLayer, OneLayer
from mnist_visualizer.core.networks.hidden_layer import explain_hidden
from mnist_visualizer.visualizer.hidden_units import PAGE, influence
from mnist_visualizer.visualizer.window import NETWORKS

HIDDEN = HiddenLayer(64, "relu")


@pytest.fixture
def window(open_window, small_dataset):
    return open_window(small_dataset)


def switch_to_hidden(window, qtbot, architecture=HIDDEN):
    window.session.set_network(architecture)
    qtbot.waitUntil(lambda: window.latest.architecture == architecture, timeout=5000)


def test_the_chooser_offers_the_guides_network_and_hidden_layers_of_16_to_512():
    assert NETWORKS[0] == OneLayer()
    hidden = [a for a in NETWORKS if isinstance(a, HiddenLayer)]
    assert {a.hidden for a in hidden} == {16, 32, 64, 128, 256, 512}
    assert {a.activation for a in hidden} == {"relu", "sigmoid"}


def test_a_new_network_is_a_new_run_and_the_old_one_stays_labelled(window, qtbot):
    window.session.controller.step(300)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 300, timeout=5000)
    old_run = window.latest.run
    index = window.network_box.findText(HIDDEN.describe())
    window.network_box.activated.emit(index)   # as a user choosing it
    qtbot.waitUntil(lambda: window.latest.architecture == HIDDEN, timeout=5000)
    assert window.latest.run > old_run and window.latest.examples_seen == 0
    assert window.weight_views.currentWidget() is window.hidden_units and window.activity.isVisible()
    assert [run.label for run in window.plots.earlier_runs] == ["one layer, λ 0.01, batch 1"]
    legend = window.plots.loss_legend   # (named in full where the line holds it, else in its tooltip)
    assert "one layer, λ 0.01, batch 1" in legend.text() + legend.toolTip()
    window.action_set.clear_runs.trigger()
    assert not window.plots.earlier_runs and "one layer, λ" not in legend.text() + legend.toolTip()
    window.session.set_network(OneLayer())
    qtbot.waitUntil(lambda: window.latest.architecture == OneLayer(), timeout=5000)
    assert window.weight_views.currentWidget() is window.heatmaps and not window.activity.isVisible()


def test_unit_maps_are_the_most_influential_columns_of_W1(window, qtbot):
    switch_to_hidden(window, qtbot)
    window.session.controller.step(200)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 200, timeout=5000)
    window.display.draw_frame()
    params = window.latest.weights.params
    order = np.argsort(-influence(params["W2"]), kind="stable")
    view = window.hidden_units
    np.testing.assert_array_equal(view.units, order[:PAGE])
    np.testing.assert_allclose(view.mosaic.maps()[:, 0], params["W1"][:, order[0]])
    np.testing.assert_allclose(view.output.image.image, params["W2"])


def test_the_drawing_shows_which_units_fire(window, qtbot, small_dataset):
    switch_to_hidden(window, qtbot)
    window.canvas.set_ink(to_float(small_dataset.test_images[:1]).reshape(28, 28))
    x = window.canvas.network_input()
    f = window.latest.weights.forward(x)
    np.testing.assert_allclose(window.activity.activity, f.h[0], rtol=1e-5)
    np.testing.assert_allclose(window.bars.probabilities, f.probabilities[0], rtol=1e-5)
    assert "of 64" in window.activity.label.text


def test_inside_one_example_follows_the_chain_rule_and_its_step_reaches_the_network(window, qtbot,
                                                                                     small_dataset):
    switch_to_hidden(window, qtbot)
    window.canvas.set_ink(to_float(small_dataset.test_images[:1]).reshape(28, 28))
    window.views.setCurrentWidget(window.example)
    qtbot.waitUntil(lambda: window.example.explanation is not None, timeout=3000)
    w = window.latest.weights
    e = explain_hidden(w.params, "relu", window.canvas.network_input())
    shown = window.example.explanation
    np.testing.assert_allclose(shown.delta1, e.delta1, rtol=1e-5)
    np.testing.assert_array_equal(shown.top_units, e.top_units)
    k = len(e.top_units)
    np.testing.assert_allclose(window.example.gradient_map.maps()[:, :k], e.grad_W1_top, rtol=1e-5)
    before = w.params["W1"].copy()
    window.example.step_button.click()
    qtbot.waitUntil(lambda: not np.array_equal(window.latest.weights.params["W1"], before), timeout=3000)
    changed = np.flatnonzero(np.abs(window.latest.weights.params["W1"] - before).sum(axis=1))
    assert set(changed) <= set(np.flatnonzero(window.canvas.network_input()))  # only inked pixels


def test_hidden_weights_save_and_load_back_identical(window, qtbot, tmp_path):
    switch_to_hidden(window, qtbot, HiddenLayer(32, "sigmoid"))
    window.session.controller.step(100)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 100, timeout=5000)
    path = tmp_path / "h.npz"
    assert window.files.save_weights_file(path)
    saved = window.latest.weights
    network = load_network(path)
    assert network.architecture == HiddenLayer(32, "sigmoid")
    for name, array in saved.params.items():
        np.testing.assert_array_equal(network.parameters()[name], array)
    window.session.set_network(OneLayer())
    qtbot.waitUntil(lambda: window.latest.architecture == OneLayer(), timeout=5000)
    assert window.files.load_weights_file(path)
    qtbot.waitUntil(lambda: window.latest.architecture == HiddenLayer(32, "sigmoid"), timeout=5000)
    for name, array in saved.params.items():
        np.testing.assert_array_equal(window.latest.weights.params[name], array)
    assert window.network_box.currentData() == HiddenLayer(32, "sigmoid")


def test_explorer_and_timeline_with_a_hidden_layer(window, qtbot, small_dataset):
    switch_to_hidden(window, qtbot)
    window.session.start()
    qtbot.waitUntil(lambda: window.latest.examples_seen > 3000 and len(window.timeline.history) > 3,
                    timeout=20000)
    window.session.pause()
    qtbot.waitUntil(lambda: not window.latest.running, timeout=3000)
    window.views.setCurrentWidget(window.explorer)
    window._explorer_due = 0.0
    window.refresh_views()
    w = window.latest.weights
    core = evaluate_test_set(small_dataset.test_images, small_dataset.test_labels, w)
    np.testing.assert_array_equal(window.explorer.confusion, core.confusion)
    moment = window.timeline.show_moment(1)
    np.testing.assert_array_equal(window.current_weights().params["W1"], moment.weights.params["W1"])
    window.timeline.go_live()


def test_export_names_the_earlier_runs(window, qtbot, tmp_path):
    window.session.controller.step(200)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 200, timeout=5000)
    switch_to_hidden(window, qtbot)
    window.session.controller.step(100)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 100, timeout=5000)
    written = window.files.export(tmp_path)
    assert {p.name for p in written} == {"weights.png", "plots.png", "drawing.png", "window.png", "metrics.csv"}
    with open(tmp_path / "metrics.csv") as f:
        names = {row["series"] for row in csv.DictReader(f)}
    assert "earlier run 1 (one layer, λ 0.01, batch 1): train_loss_smoothed" in names
    assert "train_loss" in names
