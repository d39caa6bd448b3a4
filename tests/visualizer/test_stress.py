"""Abuse of the controls: 2,000 random actions while training runs, switching between the one-layer
and the hidden-layer networks among them; the app must stay whole."""

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from mnist_visualizer.core.model import save_weights
from mnist_visualizer.core.networks import KINDS
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
from mnist_visualizer.core.training import TrainConfig
from mnist_visualizer.visualizer.mosaic import MapMosaic
from mnist_visualizer.visualizer.window import NETWORKS, MainWindow


def mouse(widget, kind, fx, fy, button=Qt.LeftButton, buttons=Qt.LeftButton):
    r = widget.sheet_rect()
    pos = QPointF(r.x() + fx * r.width(), r.y() + fy * r.height())
    QApplication.sendEvent(widget, QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons,
                                               Qt.NoModifier))


def test_two_thousand_random_actions_while_training(qtbot, small_dataset, tmp_path):
    rng = np.random.default_rng(2026)
    good = tmp_path / "good.npz"
    save_weights(good, SoftmaxRegression(5).W, SoftmaxRegression(5).b)
    bad = tmp_path / "bad.npz"
    bad.write_bytes(rng.bytes(300))

    w = MainWindow(small_dataset, TrainConfig())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.session.controller.snapshots_received > 0, timeout=3000)
    w.session.start()

    def draw():
        mouse(w.canvas, QEvent.MouseButtonPress, *rng.random(2))
        for _ in range(3):
            mouse(w.canvas, QEvent.MouseMove, *rng.random(2), button=Qt.NoButton)
        mouse(w.canvas, QEvent.MouseButtonRelease, *rng.random(2), buttons=Qt.NoButton)

    def close_dialog():
        if w.files.last_dialog is not None and w.files.last_dialog.isVisible():
            w.files.last_dialog.close()

    actions = {
        "start": w.session.start,
        "pause": w.session.pause,
        "toggle (space)": lambda: qtbot.keyClick(w, Qt.Key_Space),
        "step": w.session.step,
        "reset": w.session.reset,
        "learning rate": lambda: w.lr_box.setValue(float(10 ** rng.uniform(-4, 6))),
        "batch size": lambda: w.batch_box.setValue(int(rng.choice([1, 2, 7, 32, 128, 1000, 60000]))),
        "speed": lambda: w.speed_box.setCurrentIndex(int(rng.integers(w.speed_box.count()))),
        "draw": draw,
        "clear": w.canvas.clear,
        "load good weights": lambda: w.files.load_weights_file(good),
        "load bad weights": lambda: (w.files.load_weights_file(bad), close_dialog()),
        "network": lambda: w.session.set_network(NETWORKS[rng.integers(len(NETWORKS))]),
        "switch view": lambda: w.views.setCurrentIndex(int(rng.integers(w.views.count()))),
        "theme": w.appearance.cycle_theme,
        "colours": w.appearance.cycle_colormap,
        "events": lambda: qtbot.wait(int(rng.integers(0, 5))),
    }
    names = list(actions)
    done = {name: 0 for name in names}
    networks_trained = set()
    for i in range(2000):
        name = names[rng.integers(len(names))]
        actions[name]()
        done[name] += 1
        networks_trained.add(type(w.latest.architecture))
        if i % 50 == 0:
            QApplication.processEvents()
            assert w.session.controller.is_alive()
    assert min(done.values()) > 50
    assert networks_trained == set(KINDS), "every kind of network must have been driven"

    # Consistent at the end: the worker has what the controls say, nothing non-finite anywhere.
    w.lr_box.setValue(0.01)
    w.batch_box.setValue(1)
    w.speed_box.setCurrentIndex(0)
    w.session.start()
    seen = w.latest.examples_seen
    # (a mini-batch of 2,000 through two convolution blocks takes seconds: the settings reach the
    # trainer after the update under way, so they are waited for, not read from the next snapshot)
    qtbot.waitUntil(lambda: w.latest.running and w.latest.learning_rate == 0.01 and w.latest.batch_size == 1
                    and w.latest.examples_seen > seen + 1000, timeout=30000)
    snap = w.latest
    assert all(np.isfinite(a).all() for a in snap.weights.params.values())
    shown = [m.maps() for m in w.weight_views.currentWidget().findChildren(MapMosaic)]
    if isinstance(w.weight_views.currentWidget(), MapMosaic):
        shown.append(w.weight_views.currentWidget().maps())
    assert shown and all(np.isfinite(maps).all() for maps in shown)
    assert np.isfinite(w.plots.loss_history.y).all()
    # and it still classifies: a test digit on the canvas gives a real answer
    w.session.pause()
    w.canvas.set_ink(small_dataset.test_images[0].reshape(28, 28) / 255)
    assert np.isclose(w.bars.probabilities.sum(), 1) and w.bars.answer.text() in "0123456789"
    w.close()
    assert not w.session.controller.is_alive()
