"""The main window: controls, live plots, weight heatmaps, and the drawing canvas with its answer."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QMainWindow,
                               QSpinBox, QSplitter, QToolBar, QVBoxLayout, QWidget)

from core.data import Dataset
from core.model import softmax
from core.training import TrainConfig

from .canvas import DrawingCanvas, InputPreview
from .heatmaps import WeightHeatmaps
from .plots import MetricsPlots
from .probabilities import ProbabilityBars
from .theme import stylesheet
from .worker import FULL_SPEED, TrainingController, TrainingSnapshot

SPEEDS = (("full speed", FULL_SPEED), ("1000 updates/s", 1000), ("100 updates/s", 100),
          ("10 updates/s", 10), ("2 updates/s", 2), ("1 update/s", 1))
DISPLAY_FPS = 45


class MainWindow(QMainWindow):
    """One window in which the network learns while you watch, and reads what you draw."""

    def __init__(self, dataset: Dataset, config: TrainConfig, model=None, max_rate: float = DISPLAY_FPS):
        super().__init__()
        self.dataset = dataset
        self.setWindowTitle(f"Watch a network learn {dataset.name}")
        self.controller = TrainingController(dataset, config, model, max_rate=max_rate, parent=self)
        self.controller.snapshot_ready.connect(self.on_snapshot)
        self.controller.diverged.connect(self.show_problem)
        self.controller.errored.connect(self.show_problem)

        self.latest: TrainingSnapshot | None = None
        self._generation = -1
        self._weights_dirty = False
        self.frames = 0
        self.canvas_updates = 0
        self.running = False

        self.plots = MetricsPlots()
        self.heatmaps = WeightHeatmaps(dataset.class_names)
        self.canvas = DrawingCanvas()
        self.preview = InputPreview()
        self.bars = ProbabilityBars(dataset.class_names)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self._build_actions(config)
        self._build_layout()
        self.canvas.ink_changed.connect(self.update_prediction)
        self.setStyleSheet(stylesheet())

        self.display_timer = QTimer(self)
        self.display_timer.setInterval(int(1000 / DISPLAY_FPS))
        self.display_timer.timeout.connect(self.draw_frame)
        self.display_timer.start()
        self.resize(1280, 800)
        self.controller.start_thread()

    # --- building -----------------------------------------------------------------------------

    def _action(self, text, shortcut, slot, tip) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.WindowShortcut)
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self, config: TrainConfig) -> None:
        self.start_action = self._action("▶ Start", Qt.Key_Space, self.toggle_training,
                                         "Start or pause training")
        self.step_action = self._action("Step", Qt.Key_N, self.step_once, "One update, then pause")
        self.reset_action = self._action("Reset", Qt.Key_R, self.reset_weights,
                                         "Fresh random weights, back to the start")
        self.clear_action = self._action("Clear canvas", Qt.Key_C, self.canvas.clear,
                                         "Wipe the drawing")

        self.lr_box = QDoubleSpinBox()
        self.lr_box.setDecimals(4)
        self.lr_box.setRange(0.0001, 1e6)
        self.lr_box.setStepType(QDoubleSpinBox.AdaptiveDecimalStepType)
        self.lr_box.setValue(config.learning_rate)
        self.lr_box.setKeyboardTracking(False)
        self.lr_box.setToolTip("learning rate λ: W ← W − λ ∂L/∂W")
        # Through the window's own slots: a worker method connected directly would be queued to the
        # worker's thread, whose event loop is busy in run() and would never deliver it.
        self.lr_box.valueChanged.connect(self.set_learning_rate)

        self.batch_box = QSpinBox()
        self.batch_box.setRange(1, 60000)
        self.batch_box.setValue(config.batch_size)
        self.batch_box.setKeyboardTracking(False)
        self.batch_box.setToolTip("examples per update; 1 = one example at a time (the guide's)")
        self.batch_box.valueChanged.connect(self.set_batch_size)

        self.speed_box = QComboBox()
        for text, value in SPEEDS:
            self.speed_box.addItem(text, value)
        self.speed_box.setToolTip("full speed, or slow motion that a class can follow")
        self.speed_box.currentIndexChanged.connect(self.set_speed_index)

        bar = QToolBar("Training")
        bar.setObjectName("training_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for action in (self.start_action, self.step_action, self.reset_action):
            bar.addAction(action)
        bar.addSeparator()
        for label, box in (("learning rate", self.lr_box), ("batch size", self.batch_box),
                           ("speed", self.speed_box)):
            bar.addWidget(QLabel(f" {label} "))
            bar.addWidget(box)
        bar.addSeparator()
        bar.addAction(self.clear_action)
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_layout(self) -> None:
        canvas_panel = QWidget()
        row = QHBoxLayout(canvas_panel)
        row.setContentsMargins(4, 0, 4, 0)
        canvas_column = QVBoxLayout()
        heading = QLabel("Draw a digit")
        heading.setObjectName("heading")
        canvas_column.addWidget(heading)
        canvas_column.addWidget(self.canvas, stretch=1)
        row.addLayout(canvas_column, stretch=3)
        row.addWidget(self.preview, stretch=2)
        row.addWidget(self.bars, stretch=6)

        self.top_splitter = QSplitter(Qt.Horizontal)
        self.top_splitter.addWidget(self.plots)
        self.top_splitter.addWidget(self.heatmaps)
        self.top_splitter.setStretchFactor(0, 1)
        self.top_splitter.setStretchFactor(1, 1)
        self.main_splitter = QSplitter(Qt.Vertical)
        self.main_splitter.addWidget(self.top_splitter)
        self.main_splitter.addWidget(canvas_panel)
        self.main_splitter.setSizes([430, 330])
        for splitter in (self.top_splitter, self.main_splitter):
            splitter.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.problem)
        layout.addWidget(self.main_splitter, stretch=1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status, stretch=1)

    # --- training controls ----------------------------------------------------------------------

    @Slot()
    def toggle_training(self) -> None:
        if self.running:
            self.pause_training()
        else:
            self.start_training()

    def start_training(self) -> None:
        self.problem.hide()
        self.running = True
        self.controller.worker.start()
        self.start_action.setText("❚❚ Pause")

    def pause_training(self) -> None:
        self.running = False
        self.controller.worker.pause()
        self.start_action.setText("▶ Start")

    @Slot(float)
    def set_learning_rate(self, lr: float) -> None:
        self.controller.worker.set_learning_rate(lr)

    @Slot(int)
    def set_batch_size(self, batch_size: int) -> None:
        self.controller.worker.set_batch_size(batch_size)

    @Slot(int)
    def set_speed_index(self, index: int) -> None:
        self.controller.worker.set_speed(self.speed_box.itemData(index))

    @Slot()
    def step_once(self) -> None:
        self.pause_training()
        self.controller.worker.step(1)

    @Slot()
    def reset_weights(self) -> None:
        self.pause_training()
        self.problem.hide()
        self.controller.worker.reset()

    @Slot(str)
    def show_problem(self, message: str) -> None:
        self.pause_training()
        self.problem.setText(f"⚠ {message}")
        self.problem.show()

    # --- data in, pixels out --------------------------------------------------------------------

    @Slot(object)
    def on_snapshot(self, snap: TrainingSnapshot) -> None:
        """Keep the newest snapshot and its metrics; drawing waits for the display timer."""
        if snap.generation != self._generation:
            self.plots.clear()
            self._generation = snap.generation
        self.plots.add_snapshot(snap)
        self.latest = snap
        self._weights_dirty = True

    @Slot()
    def draw_frame(self) -> None:
        if not self._weights_dirty:
            return
        self._weights_dirty = False
        snap = self.latest
        self.heatmaps.set_weights(snap.W)
        self.plots.redraw()
        if not self.canvas.is_empty():
            self.update_prediction()
        self.status.setText(self.status_text(snap))
        self.frames += 1

    def status_text(self, snap: TrainingSnapshot) -> str:
        n_train = len(self.dataset.train_labels)
        epoch, fraction = divmod(snap.epoch_progress, 1.0)
        state = "training" if snap.running else "paused"
        rate = f" · {snap.examples_per_second:,.0f} examples/s" if snap.running else ""
        return (f"{state} · examples seen {snap.examples_seen:,} · epoch {int(epoch) + 1} "
                f"({fraction:.0%} of {n_train:,}) · updates {snap.updates:,}{rate} · "
                f"learning rate {snap.learning_rate:g} · batch size {snap.batch_size}")

    def current_weights(self):
        """(W, b) of the newest snapshot: what the canvas predicts with."""
        if self.latest is None:
            m = self.controller.worker.trainer.model
            return m.W.copy(), m.b.copy()
        return self.latest.W, self.latest.b

    @Slot()
    def update_prediction(self) -> None:
        x = self.canvas.network_input()
        self.preview.set_input(x)
        if not x.any():
            self.bars.set_probabilities(None)
        else:
            W, b = self.current_weights()
            self.bars.set_probabilities(softmax(x @ W + b))
        self.canvas_updates += 1
        self.last_prediction_time = time.perf_counter()

    # --- shutdown ----------------------------------------------------------------------------

    def shutdown(self) -> bool:
        self.display_timer.stop()
        return self.controller.stop()

    def closeEvent(self, event):
        self.shutdown()
        super().closeEvent(event)
