"""Presentation mode, shortcuts, themes, settings, files and datasets (the classroom issue)."""

import csv
import gzip
import struct

import numpy as np
import pytest
from PySide6.QtCore import QRect, QSettings, Qt

from mnist_visualizer.core.data import FILE_NAMES
from mnist_visualizer.core.model import load_weights
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
from mnist_visualizer.core.training import TrainConfig
from mnist_visualizer.visualizer.theme import COLORMAPS
from mnist_visualizer.visualizer.theme import presentation_scale
from mnist_visualizer.visualizer.window import MainWindow


@pytest.fixture
def window(qtbot, small_dataset):
    w = MainWindow(small_dataset, TrainConfig())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.session.controller.snapshots_received > 0, timeout=3000)
    yield w
    w.close()


def font_points(widget):
    return widget.font().pointSizeF()


def test_presentation_mode_scales_fonts_and_goes_full_screen(window, qtbot):
    number = window.plots.test_number.value
    answer = window.bars.answer
    before = font_points(number), font_points(answer), window.heatmaps.title_items[0].textItem.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen(), timeout=3000)
    after = font_points(number), font_points(answer), window.heatmaps.title_items[0].textItem.font().pointSizeF()
    scale = presentation_scale(window.screen().geometry().height())
    assert window.action_set.presentation.isChecked() and window.appearance.theme.scale == scale
    for a, b, grows in zip(before[1:], after[1:], (min(scale, 1.25), scale)):  # the answer, 72 pt, less
        assert b == pytest.approx(a * grows, rel=0.1)
    # the big number grows as far as its width lets it (it shrinks to fit rather than be cut)
    assert before[0] < after[0] <= before[0] * scale * 1.1
    assert number.fontMetrics().horizontalAdvance(number.text()) <= number.contentsRect().width()
    assert window.plots.smooth_curve.opts["pen"].widthF() == pytest.approx(3 * scale)
    qtbot.keyClick(window, Qt.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)
    assert font_points(number) == pytest.approx(before[0])


def test_presentation_follows_its_screen(window, qtbot, monkeypatch):
    """Put in presentation mode on a 768-line projector, then the screen becomes 1080 lines (another
    resolution, the window on another screen): the type and the window take the new screen's sizes,
    and leaving presentation mode puts the window back where it was before it."""
    screen = {"rect": QRect(0, 0, 1024, 768)}
    monkeypatch.setattr(window.appearance, "screen_geometry", lambda available=True: screen["rect"])
    monkeypatch.setattr(window, "showFullScreen", lambda: None)
    normal = window.geometry()
    window.appearance.set_presentation(True)
    assert window.appearance.theme.scale == presentation_scale(768)
    screen["rect"] = QRect(0, 0, 1920, 1080)
    window.windowHandle().screen().geometryChanged.emit(screen["rect"])   # (what the screen says)
    assert window.appearance.theme.scale == presentation_scale(1080) > presentation_scale(768)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1920, 1080), timeout=3000)
    window.appearance.set_presentation(False)
    assert window.appearance.theme.scale == 1.0
    # (where it was, not where the first screen's full-screen window was; its size is what its panels
    # then need, as after any presentation)
    assert window.geometry().topLeft() == normal.topLeft() != QRect(0, 0, 1, 1).topLeft()


def test_projector_theme_and_colour_blind_map(window, qtbot):
    qtbot.keyClick(window, Qt.Key_T)
    assert window.appearance.theme.name.startswith("Projector")
    assert "#ffffff" in window.styleSheet()
    qtbot.keyClick(window, Qt.Key_M)
    assert window.appearance.colormap_name == "Colour-blind safe"
    cmap = window.heatmaps.colorbar.colorMap()
    assert cmap.name == COLORMAPS["Colour-blind safe"]
    # the middle of the map, weight 0, is near-neutral; the ends differ from the first map's
    middle = cmap.map(0.5, mode="float")[:3]
    assert np.ptp(middle) < 0.15


@pytest.mark.parametrize("key, check", [
    (Qt.Key_Space, lambda w: w.session.running),
    (Qt.Key_N, lambda w: w.latest.examples_seen == 1),
    (Qt.Key_F1, lambda w: w.help.isVisible() and "Keyboard shortcuts" in w.help.text()),
    (Qt.Key_F11, lambda w: w.isFullScreen()),
    (Qt.Key_T, lambda w: w.appearance.theme.name.startswith("Projector")),
    (Qt.Key_M, lambda w: w.appearance.colormap_name == "Colour-blind safe"),
    (Qt.Key_BracketRight, lambda w: w.canvas.brush_size > 22),
])
def test_each_shortcut_triggers_its_action(window, qtbot, key, check):
    qtbot.keyClick(window, key)
    qtbot.waitUntil(lambda: bool(check(window)), timeout=3000)
    window.session.pause()


def test_clear_and_reset_shortcuts(window, qtbot):
    window.canvas.set_ink(np.ones((10, 10)))
    qtbot.keyClick(window, Qt.Key_C)
    assert window.canvas.is_empty()
    window.session.controller.step(5)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 5, timeout=3000)
    first = window.latest.run
    qtbot.keyClick(window, Qt.Key_R)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 0 and window.latest.run > first, timeout=3000)


def test_help_lists_every_shortcut(window, qtbot):
    qtbot.keyClick(window, Qt.Key_F1)
    text = window.help.text()
    for action in window.actions():
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in text
    qtbot.keyClick(window.help, Qt.Key_Escape)
    assert not window.help.isVisible()


@pytest.mark.parametrize("language", ["en", "de"])
def test_help_fits_a_1024x768_projector_in_presentation_mode(window, qtbot, monkeypatch, language):
    """Every line of the help in sight: in columns, or smaller, where the window is short."""
    monkeypatch.setattr(window.appearance, "screen_geometry", lambda available=True: QRect(0, 0, 1024, 768))
    monkeypatch.setattr(window, "showFullScreen", lambda: None)
    window.set_language(language)
    window.appearance.set_presentation(True)
    try:
        qtbot.waitUntil(lambda: window.height() == 768, timeout=3000)
        qtbot.keyClick(window, Qt.Key_F1)
        room = window.help.parentWidget().rect()
        assert room.contains(window.help.geometry()), (window.help.geometry(), room)
        assert window.help.sizeHint().height() <= room.height()   # (nothing cut at its foot)
    finally:
        window.appearance.set_presentation(False)
        window.set_language("en")


def test_settings_are_remembered_and_bad_values_ignored(tmp_path, qtbot, small_dataset):
    path = str(tmp_path / "settings.ini")
    w = MainWindow(small_dataset, TrainConfig(), settings=QSettings(path, QSettings.IniFormat))
    qtbot.addWidget(w)
    w.lr_box.setValue(0.05)
    w.batch_box.setValue(16)
    w.appearance.set_theme("Projector (high contrast)")
    w.appearance.set_colormap("Colour-blind safe")
    w.set_brush_size(30)
    w.close()
    w2 = MainWindow(small_dataset, TrainConfig(), settings=QSettings(path, QSettings.IniFormat))
    qtbot.addWidget(w2)
    assert w2.lr_box.value() == pytest.approx(0.05) and w2.batch_box.value() == 16
    assert w2.appearance.theme.name.startswith("Projector") and w2.appearance.colormap_name == "Colour-blind safe"
    assert w2.canvas.brush_size == 30
    qtbot.waitUntil(lambda: w2.session.controller.snapshots_received > 0 and w2.latest.learning_rate == pytest.approx(0.05), timeout=3000)
    w2.close()
    # a damaged settings file: bad values are ignored, the defaults stay
    bad = QSettings(path, QSettings.IniFormat)
    for key, value in (("learning_rate", "nan"), ("batch_size", "-3"), ("theme", "Neon"),
                       ("brush_size", "huge"), ("geometry", "garbage")):
        bad.setValue(key, value)
    bad.sync()
    w3 = MainWindow(small_dataset, TrainConfig(), settings=QSettings(path, QSettings.IniFormat))
    qtbot.addWidget(w3)
    assert w3.lr_box.value() == pytest.approx(0.01) and w3.batch_box.value() == 1
    assert w3.appearance.theme.name == "Normal"
    w3.close()


def test_export_writes_readable_files(window, qtbot, tmp_path):
    window.session.controller.step(300)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 300, timeout=3000)
    qtbot.wait(100)
    written = window.files.export(tmp_path)
    assert {p.name for p in written} == {"weights.png", "plots.png", "drawing.png", "window.png", "metrics.csv"}
    from PySide6.QtGui import QImage
    for p in written[:3]:
        assert not QImage(str(p)).isNull()
    with open(tmp_path / "metrics.csv") as f:
        rows = list(csv.DictReader(f))
    kinds = {r["series"] for r in rows}
    assert {"train_loss", "test_accuracy"} <= kinds
    assert all(np.isfinite(float(r["value"])) for r in rows)


def test_weights_save_and_load_round_trip(window, qtbot, tmp_path):
    window.session.controller.step(200)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 200, timeout=3000)
    path = tmp_path / "w.npz"
    assert window.files.save_weights_file(path)
    W, b = load_weights(path)
    np.testing.assert_array_equal(W, window.latest.W)
    first = window.latest.run
    window.session.reset()
    qtbot.waitUntil(lambda: window.latest.run > first, timeout=3000)
    reset = window.latest.run
    assert window.files.load_weights_file(path)
    qtbot.waitUntil(lambda: window.latest.run > reset, timeout=3000)
    np.testing.assert_array_equal(window.latest.W, W)


@pytest.mark.parametrize("content", [b"", b"\x80\x04pickle", b"PK\x03\x04broken", b"random bytes"])
def test_bad_weights_file_gives_a_dialog_and_keeps_the_weights(window, qtbot, tmp_path, content):
    path = tmp_path / "bad.npz"
    path.write_bytes(content)
    W0 = window.latest.W.copy()
    assert not window.files.load_weights_file(path)
    assert window.files.last_dialog is not None and window.files.last_dialog.isVisible()
    assert "bad.npz" in window.files.last_dialog.text()
    window.files.last_dialog.close()
    qtbot.wait(50)
    np.testing.assert_array_equal(window.latest.W, W0)


def test_wrong_shape_and_nan_weights_are_refused(window, tmp_path):
    for name, W, b in (("shape.npz", np.zeros((10, 784)), np.zeros(10)),
                       ("nan.npz", np.full((784, 10), np.nan), np.zeros(10))):
        np.savez(tmp_path / name, W=W, b=b)
        assert not window.files.load_weights_file(tmp_path / name)
        window.files.last_dialog.close()


def idx(array):
    header = struct.pack(">I", 0x0800 | array.ndim) + b"".join(struct.pack(">I", s) for s in array.shape)
    return gzip.compress(header + array.astype(np.uint8).tobytes())


def make_fashion_folder(folder, n=300):
    rng = np.random.default_rng(0)
    folder.mkdir(parents=True)
    for split in ("train", "test"):
        (folder / f"{FILE_NAMES[split + '_images']}.gz").write_bytes(idx(rng.integers(0, 256, (n, 28, 28))))
        (folder / f"{FILE_NAMES[split + '_labels']}.gz").write_bytes(idx(rng.integers(0, 10, n)))
    return folder


def test_a_fashion_mnist_folder_opens_with_its_class_names(window, qtbot, tmp_path):
    folder = make_fashion_folder(tmp_path / "fashion-mnist")
    assert window.files.open_dataset(folder)
    qtbot.waitUntil(lambda: window.session.controller.snapshots_received > 0, timeout=3000)
    assert window.dataset.name == "Fashion-MNIST"
    assert window.heatmaps.title_items[9].toPlainText() == "Ankle boot"
    assert window.bars.horizontal  # names down the side, where words fit
    ticks = window.bars.plot.getAxis("left")._tickLevels[0]
    assert ticks[0][1] == "T-shirt/top"
    assert window.heatmaps.heading.text().endswith("per class")
    assert "Fashion-MNIST" in window.windowTitle()
    window.session.start()
    qtbot.waitUntil(lambda: window.latest.examples_seen > 300, timeout=5000)  # more than one epoch
    window.session.pause()
    # the training process read the training images from the folder: the window does not hold them
    assert window.dataset.train_images is None and len(window.dataset.train_labels) == 300


def test_a_bad_dataset_folder_gives_a_dialog_and_training_goes_on(window, tmp_path):
    folder = make_fashion_folder(tmp_path / "broken")
    (folder / f"{FILE_NAMES['test_labels']}.gz").write_bytes(b"not gzip")
    name = window.dataset.name
    assert not window.files.open_dataset(folder)
    assert "t10k-labels" in window.files.last_dialog.text()
    assert window.dataset.name == name and window.session.controller.is_alive()


def test_timeline_shows_an_earlier_moment_exactly_and_goes_live_again(window, qtbot, small_dataset):
    window.session.start()
    qtbot.waitUntil(lambda: window.latest.examples_seen > 20000 and len(window.timeline.history) > 10,
                    timeout=20000)
    window.session.pause()
    history = window.timeline.history
    assert len(history) <= history.capacity and history.nbytes <= history.capacity * 32_000
    window.canvas.set_ink(small_dataset.test_images[3].reshape(28, 28) / 255)
    moment = history[3]
    window.timeline.slider.setValue(3)
    qtbot.wait(50)
    assert not window.timeline.is_live
    np.testing.assert_array_equal(window.heatmaps.weights(), moment.weights.params["W"])
    x = window.canvas.network_input()
    z = x @ moment.weights.params["W"] + moment.weights.params["b"]
    p = np.exp(z - z.max())
    np.testing.assert_allclose(window.bars.probabilities, p / p.sum(), rtol=1e-5)
    assert window.plots.markers[0].isVisible() and window.plots.markers[0].value() == moment.examples_seen
    window.timeline.go_live()
    qtbot.wait(100)
    window.session.controller.step(1)
    qtbot.waitUntil(lambda: np.array_equal(window.heatmaps.weights(), window.latest.W), timeout=3000)
    assert not window.plots.markers[0].isVisible()


def test_replay_plays_the_learning_back(window, qtbot):
    window.session.start()
    qtbot.waitUntil(lambda: len(window.timeline.history) > 5, timeout=10000)
    window.session.pause()
    shown = []
    window.timeline.moment_selected.connect(lambda m: shown.append(m.examples_seen))
    window.timeline.replay(seconds=0.5)
    qtbot.waitUntil(lambda: window.timeline.is_live, timeout=5000)
    assert len(shown) >= 3 and shown == sorted(shown)


def test_example_panel_shows_core_numbers_and_its_step_changes_W_exactly(window, qtbot, small_dataset):
    from mnist_visualizer.core.networks.one_layer import explain
    window.session.controller.step(500)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 500, timeout=3000)
    window.views.setCurrentWidget(window.example)
    window.canvas.set_ink(small_dataset.test_images[0].reshape(28, 28) / 255)
    panel = window.example
    W0, b0 = window.latest.W.copy(), window.latest.b.copy()
    x = window.canvas.network_input()
    expected = explain(W0, b0, x)
    shown = panel.explanation
    np.testing.assert_allclose(shown.logits, expected.logits, rtol=1e-5)
    np.testing.assert_allclose(shown.probabilities, expected.probabilities, rtol=1e-5)
    assert shown.loss == pytest.approx(expected.loss, rel=1e-5)
    np.testing.assert_allclose(shown.grad_W, np.outer(x, expected.grad_b), atol=1e-7)
    panel.set_true_label(3)
    label_3 = panel.explanation
    assert label_3.label == 3 and label_3.loss == pytest.approx(-np.log(expected.probabilities[3]), rel=1e-4)
    window.lr_box.setValue(0.5)
    qtbot.mouseClick(panel.step_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not np.array_equal(window.latest.W, W0), timeout=3000)
    y = np.eye(10)[3]
    p = expected.probabilities
    np.testing.assert_allclose(window.latest.W - W0, -0.5 * np.outer(x, p - y), atol=1e-6)
    np.testing.assert_allclose(window.latest.b - b0, -0.5 * (p - y), atol=1e-6)
    qtbot.wait(100)  # the next frame shows the moved weights and probabilities
    assert panel.explanation.probabilities[3] > p[3]


def test_explorer_confusion_matches_core_and_puts_an_image_on_the_canvas(window, qtbot, mnist):
    from mnist_visualizer.core.data import to_float
    from mnist_visualizer.core.metrics import confusion_matrix
    window.session.set_dataset(mnist)
    qtbot.waitUntil(lambda: window.session.controller.snapshots_received > 0, timeout=3000)
    window.session.controller.step(5000)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 5000, timeout=5000)
    window.views.setCurrentWidget(window.explorer)
    qtbot.waitUntil(lambda: window.explorer.predictions is not None, timeout=3000)
    qtbot.wait(300)
    W, b = window.latest.W, window.latest.b
    predictions = SoftmaxRegression.from_arrays(W, b).predict(to_float(mnist.test_images))
    confusion = window.explorer.confusion
    assert confusion.sum() == 10_000
    np.testing.assert_array_equal(confusion, confusion_matrix(mnist.test_labels, predictions))
    index = int(window.explorer.selected_indices[0])
    window.explorer.image_chosen.emit(window.explorer.image(index), index)
    x = window.canvas.network_input()
    assert np.corrcoef(x, to_float(mnist.test_images[index]))[0, 1] > 0.8
    assert window.bars.answer.text() in "0123456789"


def test_space_starts_training_even_while_a_number_box_has_the_focus(window, qtbot):
    window.lr_box.setFocus()
    qtbot.keyClick(window.lr_box, Qt.Key_Space)
    qtbot.waitUntil(lambda: window.latest.running, timeout=3000)
    qtbot.keyClick(window.lr_box, Qt.Key_Space)
    qtbot.waitUntil(lambda: not window.latest.running, timeout=3000)
    # digits still go into the box
    window.batch_box.setFocus()
    window.batch_box.lineEdit().selectAll()
    qtbot.keyClicks(window.batch_box, "32")
    qtbot.keyClick(window.batch_box, Qt.Key_Return)
    assert window.batch_box.value() == 32


def test_presentation_mode_scales_the_example_panel_and_explorer_too(window, qtbot):
    loss_label = window.example.loss_label
    before = loss_label.font().pointSizeF()
    window.appearance.set_presentation(True)
    qtbot.waitUntil(lambda: window.isFullScreen(), timeout=3000)
    # the dense example panel grows less than the rest (its table and maps must still fit)
    assert loss_label.font().pointSizeF() == pytest.approx(before * 1.25, rel=0.1)
    window.appearance.set_presentation(False)


def test_opening_a_dataset_after_training_starts_a_new_run_everywhere(window, qtbot, tmp_path):
    """Plots, timeline and status hold only the new run; the display timer never meets a gap."""
    errors = []
    window.session.controller.errored.connect(errors.append)
    window.session.start()
    qtbot.waitUntil(lambda: window.latest.examples_seen > 5000 and len(window.plots.test_x) > 3,
                    timeout=10000)
    old_run = window.latest.run
    assert window.files.open_dataset(make_fashion_folder(tmp_path / "fashion-mnist"))
    assert window.latest.run > old_run and window.latest.examples_seen == 0
    assert not window.plots.earlier_runs  # a run on other data is no comparison
    # before the new thread's first snapshot, and for 5 s after: frames draw from a real snapshot
    window.display.draw_frame()
    qtbot.wait(5000)
    assert not errors
    assert window.plots.test_x and max(window.plots.test_x) <= window.latest.examples_seen
    assert len(window.plots.loss_history) == 0 or window.plots.loss_history.x.max() <= window.latest.examples_seen
    assert all(m.examples_seen <= window.latest.examples_seen for m in window.timeline.history)
    assert "examples seen 0" in window.status.text()


def every_map(window):
    """Every map of weights or gradients in every tab."""
    return [window.heatmaps, window.example.gradient_map, window.example.evidence_map]


def test_colour_map_and_theme_reach_every_map_in_every_tab(window, qtbot):
    qtbot.keyClick(window, Qt.Key_M)
    for mosaic in every_map(window):
        assert mosaic.colorbar.colorMap().name == COLORMAPS["Colour-blind safe"]
    negative, positive = window.appearance.looks.end_colours()
    assert (window.example.negative_colour, window.example.positive_colour) == (negative, positive)
    qtbot.keyClick(window, Qt.Key_T)
    text = window.appearance.theme.text
    for mosaic in every_map(window):
        assert mosaic.title_items[0].color.name() == text
    assert window.explorer.matrix_plot.getAxis("left").textPen().color().name() == text
    assert window.plots.loss_plot.getAxis("left").textPen().color().name() == text
    qtbot.keyClick(window, Qt.Key_M)
    for mosaic in every_map(window):
        assert mosaic.colorbar.colorMap().name == COLORMAPS["Blue-white-red"]


def test_the_templates_colour_scale_ignores_a_single_outlier_weight(window, trained):
    """Scaled to max|w|, one rarely-inked border pixel would wash the ten templates out."""
    window.heatmaps.set_weights(trained.W)
    limit = window.heatmaps.limit
    assert limit < np.abs(trained.W).max()
    W = trained.W.copy()
    W[0, 3] = 25.0
    window.heatmaps.set_weights(W)
    assert window.heatmaps.limit == pytest.approx(limit, rel=0.02)
    ticks = window.heatmaps.colorbar.axis._tickLevels[0]
    assert ticks[-1][1].startswith("≥") and ticks[0][1].startswith("≤")  # the bar says it clips
    window.action_set.full_range.trigger()
    assert window.heatmaps.limit == pytest.approx(25.0)
    for mosaic in every_map(window):
        assert mosaic._looks.full_range
    window.action_set.full_range.trigger()
    assert window.heatmaps.limit == pytest.approx(limit, rel=0.02)


def test_a_training_thread_that_will_not_stop_is_kept_and_reported_not_deleted(open_window, mnist,
                                                                               monkeypatch):
    window = open_window(mnist, trainer="thread")
    stuck = window.session.controller
    monkeypatch.setattr(stuck, "stop", lambda timeout_ms=2000: False)   # as if it hung in an update
    window.session.set_dataset(mnist)
    assert stuck in window.session.stuck_controllers and stuck.thread.isRunning()   # kept: not destroyed
    assert window.problem.isVisible() and "did not stop in time" in window.problem.text()
    assert window.session.controller is not stuck and window.session.controller.is_alive()
    monkeypatch.undo()
    assert window.shutdown()            # closing the window stops it after all
    assert not stuck.thread.isRunning()


def test_a_blown_up_weight_is_drawn_without_overflow(window, qtbot, trained):
    """A weight of 1e30 over a colour scale of ~0.5 (a learning rate far too large): drawn at the
    end colour, never an overflow in the rescaling."""
    W = trained.W.copy()
    W[100, 4] = 1e30
    window.heatmaps.set_weights(W)
    window.heatmaps.repaint()
    qtbot.wait(100)
    assert window.heatmaps.limit < 10
    assert np.nanmax(np.abs(window.heatmaps.image.image)) <= 1e3 * window.heatmaps.limit * 1.001
    assert window.heatmaps.maps()[100, 4] == np.float32(1e30)   # the read-out keeps the real value
