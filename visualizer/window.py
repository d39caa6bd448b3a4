"""The main window: lays out the views and routes data between them and training.

Training runs in a process of its own (or a thread) behind a controller (`worker.py`); its
snapshots arrive here and are drawn at the display rate. The actions and menus live in
`actions.py`, files and export in `files.py`, the looks (theme and colours) in `theme.py`: this
module decides where things go and what each view is shown.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QMainWindow,
                               QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from ..core.data import Dataset
from ..core.model import Architecture, Network, NetworkWeights, build_network
from ..core.networks import HiddenLayer, OneLayer, chooser_architectures
from ..core.training import TrainConfig

from .actions import (HelpOverlay, NumberBoxKeys, build_lesson_menu, build_menus, build_toolbar,
                      build_training_actions)
from .canvas import DrawingCanvas
from .files import FileCommands
from .lesson_player import LessonPlayer
from .plots import MetricsPlots
from .preprocessing_view import PreprocessingSteps
from .probabilities import ProbabilityBars
from .settings import read_settings, write_settings
from .theme import (COLORMAPS, DEFAULT_COLORMAP, NORMAL, THEMES, Looks, mark_views_opaque, palette,
                    presentation_scale, stylesheet)
from .kind_views import SidePanels, WeightViews
from .timeline import Timeline
from .worker import CONTROLLERS, FULL_SPEED, TrainingController, TrainingSnapshot

if TYPE_CHECKING:
    from .example_panel import ExamplePanel
    from .explorer import TestSetExplorer

SPEEDS = (("full speed", FULL_SPEED), ("1000 updates/s", 1000), ("100 updates/s", 100),
          ("10 updates/s", 10), ("2 updates/s", 2), ("1 update/s", 1))
# The network chooser: what each kind offers (the guide's one layer, then one hidden layer of 16 to
# 512 units, ...), from the registry of kinds.
NETWORKS = list(chooser_architectures())


def network_name(architecture: Architecture) -> str:
    return architecture.describe()


def run_label(snap: TrainingSnapshot) -> str:
    """What a run was, for its faint curve: network, learning rate and batch size."""
    return f"{snap.architecture.describe()}, λ {snap.learning_rate:g}, batch {snap.batch_size}"
# The most frames a second, and the rate of the snapshots that feed them: the training process
# draws nothing, so the window can keep up with a display's 60 Hz.
DISPLAY_FPS = 60
TEXT_INTERVAL = 0.25  # seconds between changes of the numbers written out while training runs


class MainWindow(QMainWindow):
    """One window in which the network learns while you watch, and reads what you draw.

    ``settings``: a QSettings to remember the user's choices in (None: remember nothing, as in tests).
    """

    controller_changed = Signal()   # a new training thread (a dataset opened): connect to it again

    def __init__(self, dataset: Dataset, config: TrainConfig, model=None, max_rate: float = DISPLAY_FPS,
                 settings: QSettings | None = None, trainer: str = "process"):
        super().__init__()
        self.settings = settings
        self.controller_class = CONTROLLERS[trainer]  # training in its own process, or a thread
        self.max_rate = max_rate
        self.config = config
        self.controller: TrainingController | None = None  # or a ProcessTrainingController: the same commands
        self.stuck_controllers: list[TrainingController] = []  # threads that would not stop in time
        self.latest: TrainingSnapshot | None = None
        self._run = None
        self._dirty = False
        self.frames = 0
        self.running = False
        self.presenting = False
        self._normal_geometry = None
        self.looks = Looks()
        self.files = FileCommands(self)

        self.architecture = OneLayer()   # the network the views are laid out for
        self.plots = MetricsPlots()
        # Each kind's weights view (the templates, the hidden layer's maps, ...) and side panel beside
        # the canvas, from the registry of the kinds' views; the window shows the current kind's.
        self.weight_views = WeightViews(dataset.class_names)
        self.heatmaps = self.weight_views.view(OneLayer)
        self.hidden_units = self.weight_views.view(HiddenLayer)
        self.canvas = DrawingCanvas()
        self.preview = PreprocessingSteps()   # what the network sees: the steps to its input
        self.preview.follow(self.canvas)
        self.side_panels = SidePanels()
        self.activity = self.side_panels.view(HiddenLayer)
        self.bars = ProbabilityBars(dataset.class_names)
        # The "Inside one example" and explorer tabs are not seen at first: they are built when first
        # shown or read (see `example`, `explorer`), so that the first frame does not wait for them.
        self._example: ExamplePanel | None = None
        self._explorer: TestSetExplorer | None = None
        self._explorer_updated = 0.0
        self.timeline = Timeline()
        self.timeline.moment_selected.connect(self.show_moment)
        self.timeline.live_selected.connect(self.show_live)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        # Every view that follows the looks (theme and colours): see apply_looks.
        # (the tabs built later join it when they are built)
        self.styled_views = (self.plots, self.weight_views, self.bars, self.preview, self.side_panels)

        build_training_actions(self)
        self._build_controls(config)
        self._build_layout()
        build_menus(self)
        self.help = HelpOverlay(self.centralWidget())
        self.canvas.ink_changed.connect(self.update_prediction)

        self.lesson = LessonPlayer(self)
        self.lesson.problem.connect(self.show_problem)
        self.centralWidget().layout().insertWidget(1, self.lesson.caption)
        self.styled_views += (self.lesson.caption,)
        build_lesson_menu(self)

        # Frames are coalesced: whatever arrives is drawn in the next frame, at most DISPLAY_FPS a
        # second, and nothing is drawn (nor any timer ticks) while nothing changes.
        self.display_timer = QTimer(self)
        self.display_timer.setSingleShot(True)
        self.display_timer.setTimerType(Qt.PreciseTimer)
        self.display_timer.timeout.connect(self.draw_frame)
        self._frame_at = 0.0
        self._texts_shown_at = 0.0
        self._closed = False
        self.fit_to_screen()
        self.set_dataset(dataset, model)
        self.apply_looks(self.looks)
        self.restore_settings()

    # --- building -----------------------------------------------------------------------------

    def _build_controls(self, config: TrainConfig) -> None:
        self.lr_box = QDoubleSpinBox()
        self.lr_box.setDecimals(4)
        self.lr_box.setRange(0.0001, 1e6)
        self.lr_box.setStepType(QDoubleSpinBox.AdaptiveDecimalStepType)
        self.lr_box.setValue(config.learning_rate)
        self.lr_box.setKeyboardTracking(False)
        self.lr_box.setToolTip("learning rate λ: W ← W − λ ∂L/∂W")
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

        self.network_box = QComboBox()
        for architecture in NETWORKS:
            self.network_box.addItem(network_name(architecture), architecture)
        self.network_box.setToolTip("the guide's one layer, or one hidden layer: changing it starts a new run")
        self.network_box.activated.connect(lambda i: self.set_network(self.network_box.itemData(i)))

        self._number_keys = NumberBoxKeys(self)
        for box in (self.lr_box, self.batch_box, self.speed_box, self.network_box):
            box.installEventFilter(self._number_keys)
        self.canvas.setFocusPolicy(Qt.StrongFocus)  # a click on the sheet takes the keys back
        self.toolbar = build_toolbar(self, (("network", "network", self.network_box),
                                            ("learning_rate", "learning rate", self.lr_box),
                                            ("batch_size", "batch size", self.batch_box),
                                            ("speed", "speed", self.speed_box)))

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
        row.addWidget(self.preview, stretch=3)
        row.addWidget(self.side_panels, stretch=2)
        row.addWidget(self.bars, stretch=6)

        self.top_splitter = QSplitter(Qt.Horizontal)
        self.top_splitter.setObjectName("top_splitter")
        self.top_splitter.addWidget(self.plots)
        self.top_splitter.addWidget(self.weight_views)   # the templates, or the hidden layer's maps, ...
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
        self.views.addTab(QWidget(), "Inside one example")  # empty until first shown: see `example`
        self.views.addTab(QWidget(), "Test-set explorer")   # and `explorer`
        self.views.currentChanged.connect(lambda i: (self._build_tab(i), self.fit_views(),
                                                     self.refresh_views()))
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

    @property
    def example(self) -> ExamplePanel:
        """The "Inside one example" tab, built on first use."""
        if self._example is None:
            from .example_panel import ExamplePanel
            panel = ExamplePanel(self.dataset.class_names, learning_rate=self.lr_box.value())
            panel.step_requested.connect(self.apply_example_step)
            self._example = panel
            self._place_tab(1, panel)
        return self._example

    @property
    def explorer(self) -> TestSetExplorer:
        """The test-set explorer tab, built on first use."""
        if self._explorer is None:
            from .explorer import TestSetExplorer
            d = self.dataset
            explorer = TestSetExplorer(d.test_images, d.test_labels, d.class_names)
            explorer.image_chosen.connect(self.put_on_canvas)
            self._explorer = explorer
            self._place_tab(2, explorer)
        return self._explorer

    def _build_tab(self, index: int) -> None:
        """A tab about to be seen for the first time: build its view."""
        if index == 1:
            self.example
        elif index == 2:
            self.explorer

    def _place_tab(self, index: int, view: QWidget) -> None:
        """Put a newly built view in place of its tab's empty stand-in, in the current looks; the
        current tab stays current, and no one hears of a tab change (none happened)."""
        view.set_looks(self.looks)
        self.styled_views += (view,)
        views = self.views
        current = views.currentIndex()
        stand_in, title = views.widget(index), views.tabText(index)
        blocked = views.blockSignals(True)
        views.setUpdatesEnabled(False)
        views.removeTab(index)
        views.insertTab(index, view, title)
        views.setCurrentIndex(current)
        views.setUpdatesEnabled(True)
        views.blockSignals(blocked)
        stand_in.deleteLater()
        mark_views_opaque(view)

    # --- data and model -----------------------------------------------------------------------

    def set_dataset(self, dataset: Dataset, model: Network | None = None) -> None:
        """Train on another dataset from fresh (or given) weights: a new training process, a new run."""
        if model is None and self.controller is not None:
            model = build_network(self.latest.architecture, self.config.seed)  # the same network, fresh
        self.retire_controller()
        self.latest = None               # the old run is not archived: runs on other data are no
        self.plots.clear_earlier_runs()  # comparison
        self.dataset = dataset
        self.setWindowTitle(f"Watch a network learn {dataset.name}")
        self.weight_views.set_class_names(dataset.class_names)   # every kind's weights view
        self.bars.set_class_names(dataset.class_names)
        self._tabs_follow_dataset(dataset)
        self.canvas_heading.setText("Draw a digit" if dataset.name == "MNIST" else "Draw something")
        self.controller = self.controller_class(dataset, self.config, model, max_rate=self.max_rate, parent=self)
        self.controller.snapshot_ready.connect(self.on_snapshot)
        self.controller.diverged.connect(self.show_problem)
        self.controller.errored.connect(self.show_problem)
        self.on_snapshot(self.controller.latest)  # a new run: every view starts afresh from here
        self.controller.start_thread()
        self.controller_changed.emit()

    def _tabs_follow_dataset(self, dataset: Dataset) -> None:
        """The built tabs show the new dataset (one not built yet reads it when it is)."""
        if self._example is not None:
            self._example.set_class_names(dataset.class_names)
        if self._explorer is not None:
            self._explorer.set_dataset(dataset.test_images, dataset.test_labels, dataset.class_names)

    def retire_controller(self) -> None:
        """Stop the current training thread. One that does not stop in time is kept (deleting a
        QThread that runs would abort the process), reported, and stopped again on close."""
        old, self.controller = self.controller, None
        if old is None:
            return
        old.pause()
        old.snapshot_ready.disconnect(self.on_snapshot)
        if old.stop():
            old.deleteLater()
        else:
            self.stuck_controllers.append(old)
            self.show_problem("the previous training thread did not stop in time; it will be "
                              "stopped when the window closes")

    # --- training controls --------------------------------------------------------------------

    @Slot()
    def toggle_training(self) -> None:
        if self.running:
            self.pause_training()
        else:
            self.start_training()

    def start_training(self, updates: int | None = None) -> None:
        """Train on; with ``updates``, only so many at the current speed, then pause (a lesson's
        step)."""
        self.problem.hide()
        self.running = True
        if updates is None:
            self.controller.start()
        else:
            self.controller.train_for(updates)
        self.start_action.setText("❚❚ Pause")

    def pause_training(self) -> None:
        self.running = False
        if self.controller is not None:
            self.controller.pause()
        self.start_action.setText("▶ Start")

    @Slot()
    def step_once(self) -> None:
        self.pause_training()
        self.controller.step(1)

    @Slot()
    def reset_weights(self) -> None:
        self.pause_training()
        self.problem.hide()
        self.controller.reset()

    @Slot(float)
    def set_learning_rate(self, lr: float) -> None:
        self.config.learning_rate = lr
        self.controller.set_learning_rate(lr)
        if self._example is not None:  # (one built later reads the box)
            self._example.set_learning_rate(lr)

    @Slot(object, int)
    def apply_example_step(self, x, label: int) -> None:
        """The example panel's button: one gradient step on the example shown, on the live model."""
        self.pause_training()
        self.timeline.go_live()
        self.controller.example_step(x, label, self.lr_box.value())

    @Slot(int)
    def set_batch_size(self, batch_size: int) -> None:
        self.config.batch_size = batch_size
        self.controller.set_batch_size(batch_size)

    @staticmethod
    def network_choices() -> dict[str, Architecture]:
        return {network_name(a): a for a in NETWORKS}

    def set_network(self, architecture: Architecture) -> None:
        """Another network, fresh, from the start: a new run (the old one stays as a faint curve)."""
        self.pause_training()
        self.problem.hide()
        self.controller.set_network(architecture)

    @Slot(int)
    def set_speed_index(self, index: int) -> None:
        self.controller.set_speed(self.speed_box.itemData(index))

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

    # --- looks ------------------------------------------------------------------------------

    @property
    def theme(self):
        return self.looks.theme

    @property
    def colormap_name(self) -> str:
        return self.looks.colormap

    def apply_looks(self, looks: Looks) -> None:
        """The one place the looks change: the window's palette and stylesheet, then every view."""
        self.looks = looks
        self.theme_actions[looks.theme.name].setChecked(True)
        self.colormap_actions[looks.colormap].setChecked(True)
        self.full_range_action.setChecked(looks.full_range)
        self.setPalette(palette(looks.theme))
        self.setStyleSheet(stylesheet(looks.theme))
        for view in self.styled_views:
            view.set_looks(looks)
        mark_views_opaque(self)

    def set_theme(self, name: str, scale: float | None = None) -> None:
        scale = self.theme.scale if scale is None else scale
        self.apply_looks(replace(self.looks, theme=THEMES.get(name, NORMAL).scaled(scale)))

    def cycle_theme(self) -> None:
        names = list(THEMES)
        self.set_theme(names[(names.index(self.theme.name) + 1) % len(names)])

    def set_colormap(self, name: str) -> None:
        self.apply_looks(replace(self.looks, colormap=name if name in COLORMAPS else DEFAULT_COLORMAP))

    def toggle_full_range(self) -> None:
        self.set_full_range(not self.looks.full_range)

    def set_full_range(self, on: bool) -> None:
        """Every map's colours to its largest |value| (on), or to the 99th percentile (off)."""
        self.apply_looks(replace(self.looks, full_range=bool(on)))

    def cycle_colormap(self) -> None:
        names = list(COLORMAPS)
        self.set_colormap(names[(names.index(self.colormap_name) + 1) % len(names)])

    @Slot()
    def toggle_presentation(self) -> None:
        self.set_presentation(not self.presenting)

    def set_presentation(self, on: bool) -> None:
        """Full screen, everything 1.6x larger; the theme is the user's choice."""
        self.presenting = on
        self.presentation_action.setChecked(on)
        screen = self._screen_geometry(available=False)
        self.set_theme(self.theme.name, presentation_scale(screen.height()) if on else 1.0)
        # The menus and the status bar give way to the content (every action keeps its key; the
        # big numbers say what the status bar would).
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        if on:
            self._normal_geometry = self.geometry() if self.isVisible() else None
            self.showFullScreen()
            # Without a window manager (kiosks, Xvfb) the full-screen request is not acted on:
            # take the screen's whole area ourselves.
            self.setGeometry(self._screen_geometry(available=False))
        else:
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)
            else:
                self.fit_to_screen()
        self.fit_views()

    def _screen_geometry(self, available: bool = True):
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if available else screen.geometry()

    def fit_to_screen(self, width: int = 1280, height: int = 800) -> None:
        """Open at 1280x800, or the screen's free area where that is smaller (a 1024x768 projector)."""
        area = self._screen_geometry()
        self.resize(min(width, area.width()), min(height, area.height()))
        self.move(area.x() + (area.width() - self.width()) // 2, area.y() + (area.height() - self.height()) // 2)

    def fit_views(self, canvas_first: bool = False) -> None:
        """Share the height between the tabs and the canvas row: the dense tabs (the example's
        arithmetic, the explorer) and large type need more of it; the canvas keeps enough to draw,
        and more when it is what a lesson's step is about (``canvas_first``)."""
        dense = self.views.currentIndex() > 0
        share = 0.7 if dense else (0.68 if self.theme.scale > 1 else 0.58)
        if self.lesson.active:
            share = 0.55 if canvas_first else 0.74
        total = sum(self.main_splitter.sizes()) or self.height()
        self.main_splitter.setSizes([int(total * share), int(total * (1 - share))])

    @Slot()
    def show_help(self) -> None:
        self.help.show_for(self.actions())

    # --- data in, pixels out --------------------------------------------------------------------

    # --- lessons -------------------------------------------------------------------------------

    def open_lesson(self, path_or_name) -> bool:
        """Open a lesson file (or a built-in lesson by name) at its first step; a bad file is a
        message naming the file, the step and the field, and the app carries on."""
        from ..core.lessons import LessonError, load_lesson  # (not needed for the first frame)
        try:
            lesson = load_lesson(path_or_name, n_test_images=len(self.dataset.test_labels))
        except LessonError as exc:
            self.files.tell("Cannot open this lesson", str(exc))
            return False
        self.lesson.start(lesson)
        return True

    def choose_lesson(self) -> None:
        path = self.files._file_dialog("open", "Open a lesson", "Lessons (*.toml *.json)")
        if path:
            self.open_lesson(path)

    def lesson_changed(self, active: bool) -> None:
        for action in self.lesson_step_actions:
            action.setEnabled(active)
        if not active:
            self.problem.hide()

    def lesson_panel(self, name: str | None):
        """The widget a lesson step's ``highlight`` names, or None."""
        if name is None:
            return None
        return {
            "loss": self.plots.loss_plot, "accuracy": self.plots.accuracy_plot,
            "templates": self.heatmaps, "hidden_units": self.hidden_units, "canvas": self.canvas,
            "probabilities": self.bars, "example_forward": self.example.numbers_panel,
            "example_gradients": self.example.gradient_map, "example_step": self.example.step_button,
            "confusion": self.explorer.matrix_plot, "mistakes": self.explorer.gallery,
            "timeline": self.timeline, "preprocessing": self.preview,
        }.get(name)

    @Slot(object)
    def on_snapshot(self, snap: TrainingSnapshot) -> None:
        """Keep the newest snapshot and its metrics; drawing waits for the display timer."""
        if snap.run != self._run:  # a new run (new worker, reset, weights loaded): start afresh
            if self.latest is not None and self.latest.examples_seen > 0:
                self.plots.archive_run(run_label(self.latest))  # kept as faint curves to compare
            self.plots.clear()
            self.timeline.clear()
            self._run = snap.run
            self._explorer_updated = 0.0
        if snap.architecture != self.architecture:
            self.show_architecture(snap.architecture)
        self.plots.add_snapshot(snap)
        self.latest = snap
        p = self.plots
        self.timeline.record(snap.examples_seen, snap.updates, snap.epoch_progress, snap.weights,
                             test_accuracy=p.test_accuracy[-1] if p.test_accuracy else None,
                             test_loss=p.test_loss[-1] if p.test_loss else None,
                             train_loss=p.loss_history.last, show=False)
        self.request_frame()

    def request_frame(self) -> None:
        """Draw the newest state: at once if the last frame is a display interval old, else when it
        will be."""
        self._dirty = True
        if not self.display_timer.isActive() and not self._closed:
            wait = self._frame_at + 1.0 / DISPLAY_FPS - time.perf_counter()
            self.display_timer.start(max(0, int(wait * 1000)))

    @Slot()
    def draw_frame(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self._frame_at = now = time.perf_counter()
        snap = self.latest
        if self.timeline.is_live:
            self.show_weights(snap.weights)
        # The numbers in words (the status line's counts, the big numbers over the plots, the
        # timeline's label) change every frame, faster than anyone reads them, and each change lays
        # its row out and paints it again, with whatever lies under it: four times a second is
        # enough (and at once when training stops, so that they end on the final numbers).
        texts = not snap.running or now - self._texts_shown_at >= TEXT_INTERVAL
        self.plots.redraw(numbers=texts)
        if not self.canvas.is_empty():
            self.update_prediction()
        elif self.views.currentWidget() is not self.views.widget(0):
            self.refresh_views()
        if texts:
            self.status.setText(self.status_text(snap))
            self.timeline.show_live_text()
            self._texts_shown_at = now
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
        self.show_weights(self.timeline.current_weights)
        self.plots.mark(moment.examples_seen)
        self.update_prediction()

    @Slot()
    def show_live(self) -> None:
        self.plots.mark(None)
        self.request_frame()
        self.update_prediction()

    def show_architecture(self, architecture: Architecture) -> None:
        """Lay the views out for this network: its kind's weights view (the templates, or the hidden
        layer's maps, ...) and side panel beside the canvas (the hidden layer's firing units)."""
        self.architecture = architecture
        self.weight_views.show_architecture(architecture)
        self.side_panels.show_architecture(architecture)
        index = self.network_box.findText(network_name(architecture))
        if index < 0:  # a loaded file of another size: offer it too
            self.network_box.addItem(network_name(architecture), architecture)
            index = self.network_box.count() - 1
        self.network_box.setCurrentIndex(index)
        for name, action in self.network_actions.items():
            action.setChecked(name == network_name(architecture))
        if self.isVisible() and QApplication.activeWindow() is None:
            # Rebuilding a view for another network can leave no window active where no window
            # manager looks after it (seen offscreen): the keys, a presenter's clicker's among
            # them, must keep reaching this window.
            self.activateWindow()

    def show_weights(self, weights: NetworkWeights) -> None:
        self.weight_views.show_weights(weights)

    def current_weights(self) -> NetworkWeights:
        """The weights the views show: the newest snapshot's, or the timeline's moment when looking
        back."""
        looking_back = self.timeline.current_weights
        return looking_back if looking_back is not None else self.latest.weights

    @Slot()
    def update_prediction(self) -> None:
        x = self.canvas.network_input()
        weights = self.current_weights()
        f = weights.forward(x) if x.any() else None
        self.bars.set_probabilities(None if f is None else f.probabilities[0])
        self.side_panels.show_drawing(weights.architecture, f)
        self.weight_views.show_drawing(weights.architecture, f)
        self.refresh_views(x)

    def refresh_views(self, x=None) -> None:
        """Bring the visible tab up to date (hidden tabs wait: they cost frames)."""
        current = self.views.currentWidget()
        if current is self._example:
            self._example.set_weights(self.current_weights())
            self._example.set_input(self.canvas.network_input() if x is None else x)
        elif current is self._explorer and time.perf_counter() - self._explorer_updated > 0.25:
            # 10,000 test images through the network: ~8 ms (one layer), so a few times a second
            self._explorer.set_weights(self.current_weights())
            self._explorer_updated = time.perf_counter()

    @Slot(object, int)
    def put_on_canvas(self, image, index: int) -> None:
        """A test image on the canvas, to be read, explained and drawn over."""
        self.canvas.set_ink(image)
        name = self.dataset.class_names[self.dataset.test_labels[index]]
        self.statusBar().showMessage(f"test image {index} (label {name}) on the canvas", 5000)

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
        self.set_full_range(s.get("full_range", False))
        self.set_theme(s.get("theme", NORMAL.name))

    def save_settings(self) -> None:
        if self.settings is None:
            return
        write_settings(self.settings, {
            "geometry": self.saveGeometry(),
            "top_splitter": self.top_splitter.saveState(),
            "main_splitter": self.main_splitter.saveState(),
            "theme": self.theme.name, "colormap": self.colormap_name, "full_range": self.looks.full_range,
            "learning_rate": self.lr_box.value(), "batch_size": self.batch_box.value(),
            "brush_size": self.canvas.brush_size, "speed_index": self.speed_box.currentIndex(),
        })

    # --- shutdown ----------------------------------------------------------------------------

    def shutdown(self) -> bool:
        """Stop the display, a recording and every training thread; whether all threads stopped."""
        self._closed = True
        self.display_timer.stop()
        self.files.cancel_recording()
        stopped = [c.stop() for c in self.stuck_controllers + [self.controller] if c is not None]
        return all(stopped)

    def closeEvent(self, event):
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)
