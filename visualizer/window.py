"""The main window: lays out the views and shows them what the training session has.

Training, its commands and its runs are the session's (`session.py`); snapshots reach the views and
are drawn at the display rate through `frames.py`; the actions and menus live in `actions.py`, the
toolbar's boxes in `controls.py`, files and export in `files.py`, the class's digits in
`class_digit_commands.py`, the looks and presentation mode in `appearance.py`, what folds on a small
screen in `fitting.py`, lessons in `lesson_player.py`, what is remembered in `settings.py`: this
module decides where things go and what each view is shown.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QSplitter, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)

from ..core.data import Dataset
from ..core.live.training_loop import TrainingSnapshot
from ..core.model import Architecture, NetworkWeights
from ..core.networks import HiddenLayer, OneLayer, chooser_architectures
from ..core.training import TrainConfig

from .actions import HelpOverlay, NumberBoxKeys, build_actions
from .appearance import Appearance
from .canvas import DrawingCanvas
from .class_digit_commands import ClassDigitCommands
from .controls import network_title, training_controls
from .core_messages import shown as shown_message
from .files import FileCommands
from .fitting import WindowFit
from .frames import DISPLAY_FPS, LiveDisplay
from .kind_views import SidePanels, WeightViews
from .lesson_player import LessonPlayer
from .plots import MetricsPlots
from .preprocessing_view import PreprocessingSteps
from .probabilities import ProbabilityBars
from .session import TrainingSession
from .settings import restore_settings, save_settings
from .spotlight import SpotlitPanel, Spotlight
from .theme import mark_views_opaque
from .timeline import Timeline
from .translation import QT_TRANSLATE_NOOP, Language, keep_translated, translate
from .wrapping import WrappedLabel

if TYPE_CHECKING:
    from .example_panel import ExamplePanel
    from .explorer import TestSetExplorer

# The network chooser: what each kind offers (the guide's one layer, then one hidden layer of 16 to
# 512 units, ...), from the registry of kinds.
NETWORKS = list(chooser_architectures())




def network_name(architecture: Architecture) -> str:
    """The network's English name: the key of its choice in the menu (the boxes show
    `controls.network_title`, in the current language)."""
    return architecture.describe()


class MainWindow(QMainWindow):
    """One window in which the network learns while you watch, and reads what you draw.

    ``session``: the `TrainingSession` it shows (``trainer``: "process" or "thread");
    ``settings``: a QSettings to remember the user's choices in (None: remember nothing, as in tests).
    """

    def __init__(self, dataset: Dataset, config: TrainConfig, model=None, max_rate: float = DISPLAY_FPS,
                 settings: QSettings | None = None, trainer: str = "process", language: Language | None = None):
        super().__init__()
        self.settings = settings
        self.language = language or Language(self)   # (the app's, chosen before any text is made)
        self.session = session = TrainingSession(config, trainer, max_rate, parent=self)
        self.appearance = Appearance(self)
        self.files = FileCommands(self, session)
        self.class_digits = ClassDigitCommands(self, session)   # collecting from phones, the canvas' digits

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
        self._explorer_due = 0.0
        self.timeline = Timeline()
        self.timeline.moment_selected.connect(self.show_moment)
        self.timeline.live_selected.connect(self.show_live)
        self.problem = WrappedLabel()
        self.problem.setObjectName("problem")
        self.problem.hide()
        self._problem = ""
        keep_translated(self.problem, self._say_problem)
        # Every view that follows the looks (theme and colours): see Appearance.
        # (the tabs built later join it when they are built)
        self.appearance.follow(self.plots, self.weight_views, self.bars, self.preview, self.side_panels,
                               now=False)

        networks = {network_name(a): a for a in NETWORKS}
        self.lr_box, self.batch_box, self.speed_box, self.network_box = training_controls(session, networks)
        self._number_keys = NumberBoxKeys(self)
        for box in (self.lr_box, self.batch_box, self.speed_box, self.network_box):
            box.installEventFilter(self._number_keys)
        self.canvas.setFocusPolicy(Qt.StrongFocus)  # a click on the sheet takes the keys back
        self._build_layout()
        self.spotlight = self._build_spotlight()
        self.help = HelpOverlay(self.centralWidget())
        self.canvas.ink_changed.connect(self.update_prediction)
        self.display = LiveDisplay(self, session)   # frames: the snapshots drawn at the display rate

        self.lesson = LessonPlayer(self, session, self.appearance)
        self.lesson.spotlight_requested.connect(self.spotlight.show_only)
        self.centralWidget().layout().insertWidget(1, self.lesson.caption)
        self.appearance.follow(self.lesson.caption, now=False)
        # (labelled where the box's own words do not say what it is: "hidden 128 ReLU", "full speed")
        self.action_set = build_actions(self, session, self.appearance, self.files, self.lesson, networks, (
            ("network", "", self.network_box), ("learning_rate", "λ", self.lr_box),
            ("batch_size", QT_TRANSLATE_NOOP("MainWindow", "batch"), self.batch_box), ("speed", "", self.speed_box)))
        self.network_actions = self.action_set.network

        session.dataset_changed.connect(self.show_dataset)
        session.run_started.connect(self.start_run)
        session.runs_restored.connect(self.show_runs)
        session.notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        session.problem_changed.connect(self.show_problem)
        session.learning_rate_changed.connect(
            lambda lr: self._example is not None and self._example.set_learning_rate(lr))  # (one built later reads it)
        self.appearance.fit_to_screen()
        session.set_dataset(dataset, model)
        self.appearance.apply_looks(self.appearance.looks)
        restore_settings(settings, self, session, self.appearance)

    @property
    def latest(self) -> TrainingSnapshot:
        """The session's newest snapshot: what the views show when not looking back."""
        return self.session.latest

    @property
    def dataset(self) -> Dataset:
        return self.session.dataset

    # --- building -----------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.canvas_panel = canvas_panel = QWidget()
        self.canvas_row = row = QHBoxLayout(canvas_panel)
        row.setContentsMargins(4, 0, 4, 0)
        canvas_column = QVBoxLayout()
        heading = QLabel()
        heading.setObjectName("heading")
        self.canvas_heading = heading
        self.clear_button = QToolButton()   # its action is the window's (see actions.py)
        self.clear_button.setObjectName("clear_canvas")
        self.clear_button.setFocusPolicy(Qt.NoFocus)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading, stretch=1)
        heading_row.addWidget(self.clear_button)
        canvas_column.addLayout(heading_row)
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
        self.views.addTab(learning, "")
        self.views.addTab(QWidget(), "")  # "Inside one example": empty until first shown, see `example`
        self.views.addTab(QWidget(), "")  # "Test-set explorer": and `explorer`
        keep_translated(self.views, self._name_tabs)
        keep_translated(self, self._name_dataset_texts)
        self.views.currentChanged.connect(lambda i: (self._build_tab(i), self.fit.views(),
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
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(3)   # (every pixel of height counts on a 768-line projector)
        layout.addWidget(self.problem)
        layout.addWidget(self.main_splitter, stretch=1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status, stretch=1)
        self.fit = WindowFit(self)   # what folds, and the room shared, on the screen it is on

    def _name_tabs(self) -> None:
        self.views.setTabText(0, translate("MainWindow", "Learning"))
        self.views.setTabText(1, translate("MainWindow", "Inside one example"))
        self.views.setTabText(2, translate("MainWindow", "Test-set explorer"))

    def _name_dataset_texts(self) -> None:
        """The window's title and the canvas' heading, which name the dataset (or its kind of
        drawing)."""
        dataset = self.session.dataset
        if dataset is not None:
            self.setWindowTitle(translate("MainWindow", "Watch a network learn {dataset}").format(
                dataset=dataset.name))
        self.canvas_heading.setText(translate("MainWindow", "Draw a digit")
                                    if dataset is None or dataset.name == "MNIST"
                                    else translate("MainWindow", "Draw something"))

    def _build_spotlight(self) -> Spotlight:
        """The panels that can fill the window (`spotlight.py`), each with its corner button: the
        canvas with its bars, the charts, the weights (whichever kind's page is shown), and the
        example and explorer tabs (their buttons come when they are built)."""
        spotlight = Spotlight(self, self.views, {
            "canvas": SpotlitPanel(lambda: self.canvas_panel, None, self._spotlight_canvas),
            "charts": SpotlitPanel(lambda: self.plots, 0),
            "weights": SpotlitPanel(lambda: self.weight_views, 0),
            "example": SpotlitPanel(lambda: self.example, 1),
            "explorer": SpotlitPanel(lambda: self.explorer, 2),
        })
        for name in ("canvas", "charts", "weights"):
            spotlight.add_button(name)
        return spotlight

    def _spotlight_canvas(self, on: bool) -> None:
        """The canvas spotlit: the sheet takes the height, and as much width as the bars leave it
        (the answer goes under them); the preprocessing steps and the side panel fold away
        meanwhile."""
        self.canvas_row.setStretch(0, 9 if on else 3)
        self.bars.stack(on)
        if on:
            self.preview.hide()
            self.side_panels.hide()
        else:
            self.side_panels.show_architecture(self.architecture)
            self.fit.canvas_row()
            self.update_prediction()

    @property
    def example(self) -> ExamplePanel:
        """The "Inside one example" tab, built on first use."""
        if self._example is None:
            from .example_panel import ExamplePanel
            panel = ExamplePanel(self.dataset.class_names, learning_rate=self.session.learning_rate)
            panel.step_requested.connect(self.apply_example_step)
            self._example = panel
            self._place_tab(1, panel)
            self.spotlight.add_button("example")
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
            self.spotlight.add_button("explorer")
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
        self.appearance.follow(view)
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

    # --- what the session says ------------------------------------------------------------------

    @Slot(object)
    def show_dataset(self, dataset: Dataset) -> None:
        """Another dataset: its class names everywhere; the earlier runs' curves go (runs on other
        data are no comparison)."""
        self.plots.clear_earlier_runs()
        self.weight_views.set_class_names(dataset.class_names)   # every kind's weights view
        self.bars.set_class_names(dataset.class_names)
        # the built tabs show the new dataset (one not built yet reads it when it is)
        if self._example is not None:
            self._example.set_class_names(dataset.class_names)
        if self._explorer is not None:
            self._explorer.set_dataset(dataset.test_images, dataset.test_labels, dataset.class_names)
        self._name_dataset_texts()

    @Slot(object)
    def start_run(self, previous: TrainingSnapshot | None) -> None:
        """A new run (new worker, reset, weights loaded): the plots and the timeline start afresh."""
        if previous is not None and previous.examples_seen > 0:
            # kept as faint curves to compare, labelled with every setting it trained with
            self.plots.archive_run(self.session.run_label(previous), self.session.run_wording(previous))
        self.plots.clear()
        self.timeline.clear()
        self._explorer_due = 0.0

    def show_runs(self, earlier, current) -> None:
        """A saved state's runs (a lesson's step): the plots show them, the timeline starts afresh."""
        self.plots.set_runs(earlier, current)
        self.timeline.clear()
        self._explorer_due = 0.0
        self.display.request_frame()

    @Slot(str)
    def show_problem(self, message: str) -> None:
        self._problem = message   # as said (training's in English): shown in the current language
        self._say_problem()

    def _say_problem(self) -> None:
        self.problem.setText(f"⚠ {shown_message(self._problem)}")
        self.problem.setVisible(bool(self._problem))

    @Slot(object, int)
    def apply_example_step(self, x, label: int) -> None:
        """The example panel's button: one gradient step on the example shown, on the live model."""
        self.timeline.go_live()
        self.session.example_step(x, label)

    def set_brush_size(self, size: float) -> None:
        self.canvas.brush_size = float(np.clip(size, 6, 60))

    def set_language(self, code: str) -> None:
        """Every text in ``code``'s language, at once, the run going on; remembered."""
        self.language.set(code)
        self.fit.again()   # (longer words, other glyphs: fold again what must)

    @Slot()
    def show_help(self) -> None:
        self.help.show_for(self.actions())

    # --- data in, pixels out --------------------------------------------------------------------

    @Slot(object)
    def show_moment(self, moment) -> None:
        """Look back: heatmaps, a marker on the plots and the canvas' answer at an earlier moment."""
        self.show_weights(self.timeline.current_weights)
        self.plots.mark(moment.examples_seen)
        self.update_prediction()

    @Slot()
    def show_live(self) -> None:
        self.plots.mark(None)
        self.display.request_frame()
        self.update_prediction()

    def show_architecture(self, architecture: Architecture) -> None:
        """Lay the views out for this network: its kind's weights view (the templates, or the hidden
        layer's maps, ...) and side panel beside the canvas (the hidden layer's firing units)."""
        self.architecture = architecture
        self.weight_views.show_architecture(architecture)
        self.side_panels.show_architecture(architecture)
        self.canvas_row.setStretchFactor(self.side_panels, self.side_panels.stretch())
        self.fit.canvas_row()
        offered = [self.network_box.itemData(i) for i in range(self.network_box.count())]
        index = offered.index(architecture) if architecture in offered else -1
        if index < 0:  # a loaded file of another size: offer it too
            self.network_box.addItem(network_title(architecture), architecture)
            index = self.network_box.count() - 1
        self.network_box.setCurrentIndex(index)
        for name, action in self.network_actions.items():
            action.setChecked(name == network_name(architecture))

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
        elif current is self._explorer and time.perf_counter() > self._explorer_due:
            # 10,000 test images through the network: ~8 ms for the one layer, so a few times a
            # second; a convolution takes ~50 times as long, so again after four times what it took
            # (the window keeps three quarters of its time for drawing and training)
            start = time.perf_counter()
            self._explorer.set_weights(self.current_weights())
            took = time.perf_counter() - start
            self._explorer_due = start + max(0.25, 4 * took)

    @Slot(object, int)
    def put_on_canvas(self, image, index: int) -> None:
        """A test image on the canvas, to be read, explained and drawn over."""
        self.canvas.show_image(np.asarray(image, np.float32).reshape(28, 28))
        name = self.dataset.class_names[self.dataset.test_labels[index]]
        self.statusBar().showMessage(translate("MainWindow", "test image {index} (label {label}) on the canvas")
                                     .format(index=index, label=name), 5000)

    # --- shutdown ----------------------------------------------------------------------------

    def shutdown(self) -> bool:
        """Stop the display, a recording and all training; whether all training stopped."""
        self.display.stop()
        self.lesson.shutdown()
        self.files.cancel_recording()
        self.class_digits.shutdown()
        return self.session.shutdown()

    def closeEvent(self, event):
        save_settings(self.settings, self, self.session, self.appearance)
        self.shutdown()
        super().closeEvent(event)
