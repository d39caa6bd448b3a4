"""The main window: controls, live plots, weight heatmaps, and the drawing canvas with its answer."""

from __future__ import annotations

import csv
import os
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QHBoxLayout,
                               QLabel, QMainWindow, QMessageBox, QSpinBox, QSplitter, QTabWidget,
                               QToolBar, QVBoxLayout, QWidget)

from ..core.data import Dataset, DatasetError, load_dataset
from ..core.metrics import moving_average
from ..core.model import SoftmaxRegression, WeightsError, load_weights, save_weights, softmax
from ..core.training import TrainConfig

from .canvas import DrawingCanvas, InputPreview
from .example_panel import ExamplePanel
from .explorer import TestSetExplorer
from .heatmaps import COLORMAPS, DEFAULT_COLORMAP, WeightHeatmaps
from .plots import MetricsPlots
from .probabilities import ProbabilityBars
from .settings import read_settings, write_settings
from .theme import NORMAL, PRESENTATION_SCALE, THEMES, Theme, palette, stylesheet
from .timeline import Timeline
from .worker import FULL_SPEED, TrainingController, TrainingSnapshot

SPEEDS = (("full speed", FULL_SPEED), ("1000 updates/s", 1000), ("100 updates/s", 100),
          ("10 updates/s", 10), ("2 updates/s", 2), ("1 update/s", 1))
DISPLAY_FPS = 45


class HelpOverlay(QLabel):
    """The keyboard shortcuts, over the window; any key or click closes it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("help")
        self.setTextFormat(Qt.RichText)
        self.setAlignment(Qt.AlignCenter)
        self.hide()

    def show_for(self, actions) -> None:
        rows = "".join(
            f"<tr><td align='right' style='padding-right:18px'><b>"
            f"{' or '.join(k.toString() for k in a.shortcuts())}</b></td>"
            f"<td>{a.data() or a.text().replace('&', '')}</td></tr>"
            for a in actions if not a.shortcut().isEmpty())
        self.setText(f"<h2>Keyboard shortcuts</h2><table>{rows}</table>"
                     f"<p>Press any key or click to close</p>")
        self.adjustSize()
        self.move((self.parentWidget().width() - self.width()) // 2,
                  (self.parentWidget().height() - self.height()) // 2)
        self.show()
        self.raise_()
        self.setFocus()

    def keyPressEvent(self, event):
        self.hide()

    def mousePressEvent(self, event):
        self.hide()


class NumberBoxKeys(QObject):
    """Lets the window's one-key shortcuts (Space, N, R, ...) work while a number box has the focus:
    a spin box would otherwise claim every printable key, though it can use only digits."""

    NUMBER_KEYS = set("0123456789.,-+eE")

    def eventFilter(self, obj, event):
        if event.type() == QEvent.ShortcutOverride and not event.modifiers() & ~Qt.KeypadModifier:
            text = event.text()
            if text and text.isprintable() and text not in self.NUMBER_KEYS:
                event.ignore()
                return True  # not the box's: the shortcut gets it
        return False


class MainWindow(QMainWindow):
    """One window in which the network learns while you watch, and reads what you draw.

    ``settings``: a QSettings to remember the user's choices in (None: remember nothing, as in tests).
    """

    def __init__(self, dataset: Dataset, config: TrainConfig, model=None, max_rate: float = DISPLAY_FPS,
                 settings: QSettings | None = None):
        super().__init__()
        self.settings = settings
        self.max_rate = max_rate
        self.config = config
        self.latest: TrainingSnapshot | None = None
        self._generation = -1
        self._weights_dirty = False
        self.frames = 0
        self.canvas_updates = 0
        self.running = False
        self.theme: Theme = NORMAL
        self.last_dialog: QMessageBox | None = None
        self.controller: TrainingController | None = None

        self.plots = MetricsPlots()
        self.heatmaps = WeightHeatmaps(dataset.class_names)
        self.canvas = DrawingCanvas()
        self.preview = InputPreview()
        self.bars = ProbabilityBars(dataset.class_names)
        self.example = ExamplePanel(dataset.class_names, learning_rate=config.learning_rate)
        self.example.step_requested.connect(self.apply_example_step)
        self.explorer = TestSetExplorer(dataset.test_images, dataset.test_labels, dataset.class_names)
        self.explorer.image_chosen.connect(self.put_on_canvas)
        self._explorer_updated = 0.0
        self.timeline = Timeline()
        self.timeline.moment_selected.connect(self.show_moment)
        self.timeline.live_selected.connect(self.show_live)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self._build_controls(config)
        self._build_layout()
        self._build_menus()
        self.help = HelpOverlay(self.centralWidget())
        self.canvas.ink_changed.connect(self.update_prediction)

        self.display_timer = QTimer(self)
        self.display_timer.setInterval(int(1000 / DISPLAY_FPS))
        self.display_timer.timeout.connect(self.draw_frame)
        self.display_timer.start()
        self.resize(1280, 800)
        self.set_dataset(dataset, model)
        self.set_theme(NORMAL.name)
        self.restore_settings()

    # --- building -----------------------------------------------------------------------------

    def _action(self, text, shortcut, slot, tip="", checkable=False, help_text=None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
            tip = f"{tip} ({action.shortcut().toString()})"
        action.setShortcutContext(Qt.WindowShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.setData(help_text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_controls(self, config: TrainConfig) -> None:
        self.start_action = self._action("▶ Start", Qt.Key_Space, self.toggle_training,
                                         "Start or pause training", help_text="Start / pause training")
        self.step_action = self._action("Step", Qt.Key_N, self.step_once, "One update, then pause",
                                        help_text="One update (a step of gradient descent)")
        self.reset_action = self._action("Reset", Qt.Key_R, self.reset_weights,
                                         "Fresh random weights, back to the start",
                                         help_text="Reset: fresh random weights")
        self.clear_action = self._action("Clear canvas", [Qt.Key_C, Qt.Key_Delete], self.clear_canvas,
                                         "Wipe the drawing")
        self.faster_brush_action = self._action("Thicker brush", Qt.Key_BracketRight,
                                                lambda: self.set_brush_size(self.canvas.brush_size + 3))
        self.thinner_brush_action = self._action("Thinner brush", Qt.Key_BracketLeft,
                                                 lambda: self.set_brush_size(self.canvas.brush_size - 3))

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

        self._number_keys = NumberBoxKeys(self)
        for box in (self.lr_box, self.batch_box, self.speed_box):
            box.installEventFilter(self._number_keys)
        self.canvas.setFocusPolicy(Qt.StrongFocus)  # a click on the sheet takes the keys back

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
        self.canvas_heading = heading
        canvas_column.addWidget(heading)
        canvas_column.addWidget(self.canvas, stretch=1)
        row.addLayout(canvas_column, stretch=3)
        row.addWidget(self.preview, stretch=2)
        row.addWidget(self.bars, stretch=6)

        self.top_splitter = QSplitter(Qt.Horizontal)
        self.top_splitter.setObjectName("top_splitter")
        self.top_splitter.addWidget(self.plots)
        self.top_splitter.addWidget(self.heatmaps)
        self.top_splitter.setStretchFactor(0, 1)
        self.top_splitter.setStretchFactor(1, 1)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        learning = QWidget()
        learning_layout = QVBoxLayout(learning)
        learning_layout.setContentsMargins(0, 0, 0, 0)
        learning_layout.addWidget(self.top_splitter, stretch=1)
        learning_layout.addWidget(self.timeline)  # the history belongs with the plots it marks
        self.views.addTab(learning, "Learning")
        self.views.addTab(self.example, "Inside one example")
        self.views.addTab(self.explorer, "Test-set explorer")
        self.views.currentChanged.connect(lambda _: (self.fit_views(), self.refresh_views()))
        self.main_splitter = QSplitter(Qt.Vertical)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.views)
        self.main_splitter.addWidget(canvas_panel)
        self.main_splitter.setSizes([430, 330])
        for splitter in (self.top_splitter, self.main_splitter):
            splitter.setChildrenCollapsible(False)

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.problem)
        layout.addWidget(self.main_splitter, stretch=1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status, stretch=1)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        files = menu.addMenu("&File")
        self.open_data_action = self._action("Open dataset folder…", QKeySequence.Open, self.choose_dataset,
                                             "Any folder of the four IDX files (MNIST, Fashion-MNIST, …)")
        self.load_weights_action = self._action("Load weights…", "Ctrl+L", self.choose_weights_to_load)
        self.save_weights_action = self._action("Save weights…", QKeySequence.Save, self.choose_weights_to_save)
        self.export_action = self._action("Export pictures and metrics…", "Ctrl+E", self.choose_export_folder,
                                          "Heatmaps and plots as PNG, metrics as CSV")
        self.quit_action = self._action("Quit", QKeySequence.Quit, self.close)
        for action in (self.open_data_action, self.load_weights_action, self.save_weights_action,
                       self.export_action):
            files.addAction(action)
        files.addSeparator()
        files.addAction(self.quit_action)

        training = menu.addMenu("&Training")
        for action in (self.start_action, self.step_action, self.reset_action):
            training.addAction(action)

        view = self.view_menu = menu.addMenu("&View")
        self.presentation_action = self._action("Presentation mode", Qt.Key_F11, self.toggle_presentation,
                                                "Full screen, large type, projector colours", checkable=True)
        view.addAction(self.presentation_action)
        self.theme_actions = self._choice_menu(view, "Theme", THEMES, self.set_theme, NORMAL.name)
        self.toggle_theme_action = self._action("Switch theme", Qt.Key_T, self.cycle_theme,
                                                "Normal or high-contrast projector theme")
        view.addAction(self.toggle_theme_action)
        self.colormap_actions = self._choice_menu(view, "Weight colours", COLORMAPS, self.set_colormap,
                                                  DEFAULT_COLORMAP)
        self.colormap_name = DEFAULT_COLORMAP
        self.toggle_colormap_action = self._action("Switch weight colours", Qt.Key_M, self.cycle_colormap,
                                                   "Blue-red or colour-blind-safe colours")
        view.addAction(self.toggle_colormap_action)
        view.addSeparator()
        view.addAction(self.clear_action)
        view.addAction(self.faster_brush_action)
        view.addAction(self.thinner_brush_action)
        self.view_actions = []
        for i in range(self.views.count()):
            self._add_view_action(i)

        help_menu = menu.addMenu("&Help")
        self.help_action = self._action("Keyboard shortcuts", [Qt.Key_F1, Qt.Key_Question], self.show_help)
        help_menu.addAction(self.help_action)

    def _choice_menu(self, parent_menu, title: str, names, choose, default: str) -> dict[str, QAction]:
        """A submenu of mutually exclusive, checkable choices; each calls ``choose(name)``."""
        menu = parent_menu.addMenu(title)
        group = QActionGroup(menu)
        actions = {}
        for name in names:
            action = QAction(name, menu, checkable=True)
            action.triggered.connect(lambda _=False, n=name: choose(n))
            group.addAction(action)
            menu.addAction(action)
            actions[name] = action
        actions[default].setChecked(True)
        return actions

    def _add_view_action(self, index: int) -> None:
        action = self._action(f"Show {self.views.tabText(index)}", f"Ctrl+{index + 1}",
                              lambda: self.views.setCurrentIndex(index))
        self.view_actions.append(action)
        self.view_menu.addAction(action)

    # --- data and model -----------------------------------------------------------------------

    def set_dataset(self, dataset: Dataset, model: SoftmaxRegression | None = None) -> None:
        """Train on another dataset from fresh (or given) weights: a new worker thread."""
        if self.controller is not None:
            self.pause_training()
            self.controller.stop()
            self.controller.deleteLater()
        self.dataset = dataset
        self.setWindowTitle(f"Watch a network learn {dataset.name}")
        self.heatmaps.set_class_names(dataset.class_names)
        self.bars.set_class_names(dataset.class_names)
        self.example.set_class_names(dataset.class_names)
        self.explorer.set_dataset(dataset.test_images, dataset.test_labels, dataset.class_names)
        self.canvas_heading.setText("Draw a digit" if dataset.name == "MNIST" else "Draw something")
        self.latest = None
        self.controller = TrainingController(dataset, self.config, model, max_rate=self.max_rate, parent=self)
        self.controller.snapshot_ready.connect(self.on_snapshot)
        self.controller.diverged.connect(self.show_problem)
        self.controller.errored.connect(self.show_problem)
        self.controller.start_thread()

    @property
    def worker(self):
        return self.controller.worker

    # --- training controls --------------------------------------------------------------------

    @Slot()
    def toggle_training(self) -> None:
        if self.running:
            self.pause_training()
        else:
            self.start_training()

    def start_training(self) -> None:
        self.problem.hide()
        self.running = True
        self.worker.start()
        self.start_action.setText("❚❚ Pause")

    def pause_training(self) -> None:
        self.running = False
        if self.controller is not None:
            self.worker.pause()
        self.start_action.setText("▶ Start")

    @Slot()
    def step_once(self) -> None:
        self.pause_training()
        self.worker.step(1)

    @Slot()
    def reset_weights(self) -> None:
        self.pause_training()
        self.problem.hide()
        self.worker.reset()

    @Slot(float)
    def set_learning_rate(self, lr: float) -> None:
        self.config.learning_rate = lr
        self.worker.set_learning_rate(lr)
        self.example.set_learning_rate(lr)

    @Slot(object, int)
    def apply_example_step(self, x, label: int) -> None:
        """The example panel's button: one gradient step on the example shown, on the live model."""
        self.pause_training()
        self.timeline.go_live()
        self.worker.example_step(x, label, self.lr_box.value())

    @Slot(int)
    def set_batch_size(self, batch_size: int) -> None:
        self.config.batch_size = batch_size
        self.worker.set_batch_size(batch_size)

    @Slot(int)
    def set_speed_index(self, index: int) -> None:
        self.worker.set_speed(self.speed_box.itemData(index))

    @Slot(str)
    def show_problem(self, message: str) -> None:
        self.pause_training()
        self.problem.setText(f"⚠ {message}")
        self.problem.show()

    # --- canvas -------------------------------------------------------------------------------

    @Slot()
    def clear_canvas(self) -> None:
        self.canvas.clear()

    def set_brush_size(self, size: float) -> None:
        self.canvas.brush_size = float(np.clip(size, 6, 60))

    # --- look ---------------------------------------------------------------------------------

    def set_theme(self, name: str, scale: float | None = None) -> None:
        scale = self.theme.scale if scale is None else scale
        self.theme = THEMES.get(name, NORMAL).scaled(scale)
        self.theme_actions[self.theme.name].setChecked(True)
        self.setPalette(palette(self.theme))
        self.setStyleSheet(stylesheet(self.theme))
        for widget in (self.plots, self.heatmaps, self.bars, self.preview):
            widget.set_theme(self.theme)
        self.explorer.set_font_scale(self.theme.scale)
        # the example's table and maps are dense: large type, but less than the rest
        self.example.set_font_scale(min(self.theme.scale, 1.25))

    def cycle_theme(self) -> None:
        names = list(THEMES)
        self.set_theme(names[(names.index(self.theme.name) + 1) % len(names)])

    def set_colormap(self, name: str) -> None:
        self.colormap_name = name if name in COLORMAPS else DEFAULT_COLORMAP
        self.colormap_actions[self.colormap_name].setChecked(True)
        self.heatmaps.set_colormap(self.colormap_name)

    def cycle_colormap(self) -> None:
        names = list(COLORMAPS)
        self.set_colormap(names[(names.index(self.colormap_name) + 1) % len(names)])

    @Slot()
    def toggle_presentation(self) -> None:
        self.set_presentation(not self.isFullScreen())

    def set_presentation(self, on: bool) -> None:
        """Full screen, everything 1.6x larger; the theme is the user's choice."""
        self.presentation_action.setChecked(on)
        self.set_theme(self.theme.name, PRESENTATION_SCALE if on else 1.0)
        self.fit_views()
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def fit_views(self) -> None:
        """Share the height between the tabs and the canvas row: the dense tabs (the example's
        arithmetic, the explorer) and large type need more of it; the canvas keeps enough to draw."""
        dense = self.views.currentIndex() > 0
        share = 0.68 if dense else (0.62 if self.theme.scale > 1 else 0.56)
        total = sum(self.main_splitter.sizes()) or self.height()
        self.main_splitter.setSizes([int(total * share), int(total * (1 - share))])

    @Slot()
    def show_help(self) -> None:
        self.help.show_for(self.actions())

    # --- data in, pixels out --------------------------------------------------------------------

    @Slot(object)
    def on_snapshot(self, snap: TrainingSnapshot) -> None:
        """Keep the newest snapshot and its metrics; drawing waits for the display timer."""
        if snap.generation != self._generation:
            self.plots.clear()
            self.timeline.clear()
            self._generation = snap.generation
        self.plots.add_snapshot(snap)
        self.latest = snap
        p = self.plots
        self.timeline.record(snap.examples_seen, snap.updates, snap.epoch_progress, snap.W, snap.b,
                             test_accuracy=p.test_accuracy[-1] if p.test_accuracy else None,
                             test_loss=p.test_loss[-1] if p.test_loss else None,
                             train_loss=p.loss_history.last)
        self._weights_dirty = True

    @Slot()
    def draw_frame(self) -> None:
        if not self._weights_dirty:
            return
        self._weights_dirty = False
        snap = self.latest
        if self.timeline.is_live:
            self.heatmaps.set_weights(snap.W)
        self.plots.redraw()
        if not self.canvas.is_empty():
            self.update_prediction()
        elif self.views.currentWidget() is not self.views.widget(0):
            self.refresh_views()
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

    @Slot(object)
    def show_moment(self, moment) -> None:
        """Look back: heatmaps, a marker on the plots and the canvas' answer at an earlier moment."""
        self.heatmaps.set_weights(moment.W)
        self.plots.mark(moment.examples_seen)
        self.update_prediction()

    @Slot()
    def show_live(self) -> None:
        self.plots.mark(None)
        self._weights_dirty = True
        self.update_prediction()

    def current_weights(self):
        """(W, b) the views show: the newest snapshot's, or the timeline's moment when looking back."""
        moment = self.timeline.current
        if moment is not None:
            return moment.W, moment.b
        if self.latest is None:
            m = self.worker.trainer.model
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
        self.refresh_views(x)

    def refresh_views(self, x=None) -> None:
        """Bring the visible tab up to date (hidden tabs wait: they cost frames)."""
        current = self.views.currentWidget()
        if current is self.example:
            W, b = self.current_weights()
            self.example.set_weights(W, b)
            self.example.set_input(self.canvas.network_input() if x is None else x)
        elif current is self.explorer and time.perf_counter() - self._explorer_updated > 0.25:
            # 10,000 test images through the network: ~8 ms, so a few times a second is enough
            self.explorer.set_weights(*self.current_weights())
            self._explorer_updated = time.perf_counter()

    @Slot(object, int)
    def put_on_canvas(self, image, index: int) -> None:
        """A test image on the canvas, to be read, explained and drawn over."""
        self.canvas.set_ink(image)
        self.statusBar().showMessage(f"test image {index} (label {self.dataset.class_names[self.dataset.test_labels[index]]}) "
                                     f"on the canvas", 5000)

    # --- files ----------------------------------------------------------------------------------

    def tell(self, title: str, message: str, icon=QMessageBox.Warning) -> None:
        """A message in the window that doesn't block the event loop (or training, or a test)."""
        box = QMessageBox(icon, title, message, QMessageBox.Ok, self)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        self.last_dialog = box

    def _file_dialog(self, kind: str, caption: str, filter_: str = "") -> str:
        start = self.settings.value("last_folder", "", str) if self.settings else ""
        options = QFileDialog.DontUseNativeDialog
        if kind == "open":
            path, _ = QFileDialog.getOpenFileName(self, caption, start, filter_, options=options)
        elif kind == "save":
            path, _ = QFileDialog.getSaveFileName(self, caption, start, filter_, options=options)
        else:
            path = QFileDialog.getExistingDirectory(self, caption, start, options | QFileDialog.ShowDirsOnly)
        if path and self.settings:
            self.settings.setValue("last_folder", str(Path(path).parent if kind != "dir" else path))
        return path

    def choose_dataset(self) -> None:
        folder = self._file_dialog("dir", "Open a folder of the four IDX files")
        if folder:
            self.open_dataset(folder)

    def open_dataset(self, folder: str | os.PathLike) -> bool:
        try:
            dataset = load_dataset(folder)
        except DatasetError as exc:
            self.tell("Cannot open this dataset", f"{exc}\n\nStill training on {self.dataset.name}.")
            return False
        self.set_dataset(dataset)
        return True

    def choose_weights_to_load(self) -> None:
        path = self._file_dialog("open", "Load weights", "Weights (*.npz)")
        if path:
            self.load_weights_file(path)

    def load_weights_file(self, path) -> bool:
        try:
            W, b = load_weights(path)
        except WeightsError as exc:
            self.tell("Cannot load these weights", f"{exc}\n\nThe current weights are kept.")
            return False
        self.pause_training()
        self.worker.set_weights(W, b)
        return True

    def choose_weights_to_save(self) -> None:
        path = self._file_dialog("save", "Save weights", "Weights (*.npz)")
        if path:
            self.save_weights_file(path if path.endswith(".npz") else path + ".npz")

    def save_weights_file(self, path) -> bool:
        W, b = self.current_weights()
        try:
            save_weights(path, W, b)
        except OSError as exc:
            self.tell("Cannot save the weights", f"{path}: {exc.strerror or exc}")
            return False
        self.statusBar().showMessage(f"weights saved to {path}", 5000)
        return True

    def choose_export_folder(self) -> None:
        folder = self._file_dialog("dir", "Export pictures and metrics to a folder")
        if folder:
            self.export(folder)

    def export(self, folder) -> list[Path]:
        """Heatmaps and plots as PNG, metrics as CSV (series, examples_seen, value)."""
        folder = Path(folder)
        written = []
        try:
            for name, widget in (("weights.png", self.heatmaps), ("plots.png", self.plots),
                                 ("window.png", self)):
                path = folder / name
                if not widget.grab().save(str(path), "PNG"):
                    raise OSError(f"could not write {path}")
                written.append(path)
            path = folder / "metrics.csv"
            self.write_metrics_csv(path)
            written.append(path)
        except OSError as exc:
            self.tell("Cannot export", str(exc))
            return written
        self.statusBar().showMessage(f"exported {', '.join(p.name for p in written)} to {folder}", 5000)
        return written

    def write_metrics_csv(self, path) -> None:
        p = self.plots
        h = p.loss_history
        series = [("train_loss", h.x, h.y),
                  ("train_loss_smoothed", h.x, moving_average(h.y, p.smoothing_window())),
                  ("train_accuracy", p.train_accuracy.x, p.train_accuracy.y),
                  ("test_loss", p.test_x, p.test_loss), ("test_accuracy", p.test_x, p.test_accuracy)]
        tmp = Path(f"{path}.tmp")
        with open(tmp, "w", newline="") as f:
            out = csv.writer(f)
            out.writerow(["series", "examples_seen", "value"])
            for name, xs, ys in series:
                out.writerows((name, int(round(x)), f"{y:.6g}") for x, y in zip(xs, ys))
        os.replace(tmp, path)

    # --- settings -----------------------------------------------------------------------------

    def restore_settings(self) -> None:
        if self.settings is None:
            return
        s = read_settings(self.settings)
        if "geometry" in s:
            self.restoreGeometry(s["geometry"])
        for splitter in (self.top_splitter, self.main_splitter):
            if splitter.objectName() in s:
                splitter.restoreState(s[splitter.objectName()])
        if "learning_rate" in s:
            self.lr_box.setValue(s["learning_rate"])
            self.config.learning_rate = self.lr_box.value()
        if "batch_size" in s:
            self.batch_box.setValue(s["batch_size"])
            self.config.batch_size = self.batch_box.value()
        if "brush_size" in s:
            self.set_brush_size(s["brush_size"])
        if "speed_index" in s and s["speed_index"] < self.speed_box.count():
            self.speed_box.setCurrentIndex(s["speed_index"])
        self.set_colormap(s.get("colormap", DEFAULT_COLORMAP))
        self.set_theme(s.get("theme", NORMAL.name))

    def save_settings(self) -> None:
        if self.settings is None:
            return
        write_settings(self.settings, {
            "geometry": self.saveGeometry(),
            "top_splitter": self.top_splitter.saveState(),
            "main_splitter": self.main_splitter.saveState(),
            "theme": self.theme.name, "colormap": self.colormap_name,
            "learning_rate": self.lr_box.value(), "batch_size": self.batch_box.value(),
            "brush_size": self.canvas.brush_size, "speed_index": self.speed_box.currentIndex(),
        })

    # --- shutdown ----------------------------------------------------------------------------

    def shutdown(self) -> bool:
        self.display_timer.stop()
        return self.controller.stop() if self.controller else True

    def closeEvent(self, event):
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)
