"""The main window: lays out the views and shows them what the training session has.

Training, its commands and its runs are the session's (`session.py`); snapshots reach the views and
are drawn at the display rate through `frames.py`; the actions and menus live in `actions.py`, the
toolbar's boxes in `controls.py`, files and export in `files.py`, the looks and presentation mode in
`appearance.py`, lessons in `lesson_player.py`, what is remembered in `settings.py`: this module
decides where things go and what each view is shown.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Slot
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
from .controls import network_title, training_controls
from .core_messages import shown as shown_message
from .files import FileCommands
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
    from .collect_panel import CollectWindow
    from .example_panel import ExamplePanel
    from .explorer import TestSetExplorer

# The network chooser: what each kind offers (the guide's one layer, then one hidden layer of 16 to
# 512 units, ...), from the registry of kinds.
NETWORKS = list(chooser_architectures())


PRESENTED_CANVAS = 3   # in presentation mode the sheet is at least 1/3 of the screen's height
CHARTS_SHARE = 0.55    # of the Learning tab's width, beside the weights
CHARTS_SHARE_ACROSS = 0.62   # when the two charts are side by side (each needs its width)


def _least_width(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


def _least_height(widget: QWidget) -> int:
    """The height a layout or splitter gives ``widget`` at the least (its own minimum, if set)."""
    return max(widget.minimumSizeHint().height(), widget.minimumHeight())


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
        self._collect: CollectWindow | None = None
        self.collect_options: dict = {}   # the class digits' folder, host, port (the command line's)
        self.timeline = Timeline()
        self._timeline_wanted, self._timeline_folded = True, False   # see show_timeline
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
        canvas_panel.installEventFilter(self)   # its width decides whether the side panel fits
        self.plots.installEventFilter(self)          # its legends' lines, what folds on a short screen
        self._plots_least = 0
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_again)

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
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(3)   # (every pixel of height counts on a 768-line projector)
        layout.addWidget(self.problem)
        layout.addWidget(self.main_splitter, stretch=1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status, stretch=1)

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
            self.fit_canvas_row()
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

    @property
    def collect(self) -> CollectWindow:
        """Collecting the class's digits from phones: its window, built on first use."""
        if self._collect is None:
            from .collect_panel import CollectWindow
            from .collecting import Collecting
            # a window of its own, but this one's: it closes with it (and never keeps the app open)
            self._collect = CollectWindow(Collecting(**self.collect_options, parent=self), self.session, parent=self)
            self.appearance.follow(self._collect)
        return self._collect

    @Slot()
    def show_collecting(self) -> None:
        """File > Collect digits from phones: start collecting (if stopped) and show its window."""
        if not self.collect.collecting.url:
            self.collect.toggle()
        self.collect.show()
        self.collect.activateWindow()

    def add_drawing_to_class_digits(self, label: int) -> None:
        if self.canvas.is_empty():
            self.statusBar().showMessage(translate("MainWindow", "Draw a digit first"), 5000)
            return
        split = self.collect.collecting.add_from_canvas(self.canvas.network_input(), label)
        shown = {"train": translate("MainWindow", "Added to the class digits as {label}, to train on"),
                 "check": translate("MainWindow", "Added to the class digits as {label}, to check on")}
        self.statusBar().showMessage(shown[split].format(label=label), 5000)

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

    # --- layout -------------------------------------------------------------------------------

    def fit_views(self, canvas_first: bool = False) -> None:
        """Share the height between the tabs and the canvas row: the dense tabs (the example's
        arithmetic, the explorer) and large type need more of it; the canvas keeps enough to draw,
        and more when it is what a lesson's step is about (``canvas_first``). In presentation mode
        the sheet is never less than a third of the screen's height (a class must see the digit),
        a quarter under a lesson's caption on a step about something else."""
        dense = self.views.currentIndex() > 0
        share = 0.7 if dense else (0.68 if self.appearance.theme.scale > 1 else 0.58)
        if self.lesson.active:
            share = 0.55 if canvas_first else 0.74
        side = 120
        if self.appearance.presenting:
            # (a lesson's caption takes its lines from the canvas unless the step is about it)
            parts = PRESENTED_CANVAS if canvas_first or not self.lesson.caption.isVisible() else 4
            side = math.ceil(self.appearance.screen_geometry(available=False).height() / parts)
            share = 1.0   # the tabs take what the canvas row, at least `side` high, leaves them
        self.canvas.setMinimumSize(side, side)
        self.fit_canvas_row()
        self.fit_height()
        total = sum(self.main_splitter.sizes()) or self.height()
        self.main_splitter.setSizes([int(total * share), int(total * (1 - share))])
        # The charts' words (three big numbers, two legends) need the width more than the maps,
        # which keep their aspect and so use no more than their height allows.
        self._share_across()
        if self.appearance.presenting:   # (back to the screen's size, what folded away made room)
            self.setGeometry(self.appearance.screen_geometry(available=False))
        # Once the layout has settled (wrapped legends and headings take their lines at their
        # widths), fold again what must.
        self._refit.start()

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Resize:
            if watched is self.canvas_panel:
                self.fit_canvas_row()
            elif watched is self.plots:
                self._refit.start()   # its legends wrap to their lines at the new width
        elif event.type() == QEvent.LayoutRequest and watched is self.plots:
            # its least height changed (a legend took another line, at the width it was given
            # side by side): what folds is decided again. (Only on a change: measuring posts these.)
            least = self.plots.minimumSizeHint().height()
            if least != self._plots_least:
                self._plots_least = least
                self._refit.start()
        return False

    def _fit_again(self) -> None:
        """Once the layout has settled (new type sizes, wrapped lines): fold again what must, and
        in presentation mode hold the window to the screen."""
        self.fit_canvas_row()
        self.fit_height()
        if self.appearance.presenting and not self.isFullScreen():
            self.setGeometry(self.appearance.screen_geometry(available=False))
        elif not self.appearance.presenting:   # (what folded made room: back within the screen)
            area = self.appearance.screen_geometry()
            if self.height() > area.height() or self.width() > area.width():
                self.resize(min(self.width(), area.width()), min(self.height(), area.height()))

    def set_language(self, code: str) -> None:
        """Every text in ``code``'s language, at once, the run going on; remembered."""
        self.language.set(code)
        self._fit_again()   # (longer words, other glyphs: fold again what must)

    def show_timeline(self, shown: bool) -> None:
        """The timeline shown (a lesson may hide it), unless folded for want of room."""
        self._timeline_wanted = shown
        self.timeline.setVisible(shown and not self._timeline_folded)

    def fit_height(self) -> None:
        """On a short screen (in presentation mode, with a lesson's caption over the panels, say),
        first the charts go side by side (each keeps its readable height), then the timeline (the
        teacher's tool for looking back), then the big numbers over the charts (the legends and the
        status say them) fold away, rather than the charts and the canvas get less than their
        readable heights: as few of them as the screen's height needs. Decided from the heights
        they need, before any change (each change lays the window out again, and its resizes fit
        again): what the charts' arrangements save is what it changes of their row's least height
        (the weights beside them may need more), and of the tabs' (another tab may need more)."""
        plots = self.plots
        screen = self.appearance.screen_geometry(available=not self.appearance.presenting).height()
        timeline = self.timeline.minimumSizeHint().height() + 6
        learning = self.top_splitter.parentWidget()
        row_now = _least_height(self.top_splitter)
        beside = max((_least_height(self.top_splitter.widget(i)) for i in range(self.top_splitter.count())
                      if self.top_splitter.widget(i) is not plots
                      and not self.top_splitter.widget(i).isHidden()), default=0)
        pages_now = _least_height(learning)
        others = max((_least_height(self.views.widget(i)) for i in range(self.views.count())
                      if self.views.widget(i) is not learning), default=0)
        # the window's least height but for its tabs
        base = self.least_height() - max(pages_now, others)

        def least(side_by_side: bool, numbers: bool, timeline_folded: bool) -> int:
            row = max(plots.least_height(side_by_side, numbers), beside)
            page = pages_now + row - row_now - (0 if self._timeline_folded else timeline)
            return base + max(page + (0 if timeline_folded else timeline), others)

        # (side by side, timeline folded, numbers folded): the fewest folded that fit
        states = ((False, False, False), (True, False, False), (True, True, False), (True, True, True))
        for side_by_side, folded, no_numbers in states:
            if least(side_by_side, not no_numbers, folded) <= screen:
                break
        if side_by_side != plots.side_by_side:
            plots.set_side_by_side(side_by_side)
            self._share_across()
        if folded != self._timeline_folded:
            self._fold_timeline(folded)
        if no_numbers == plots.loss_number.isVisibleTo(plots):
            plots.fold_numbers(no_numbers)

    def _share_across(self) -> None:
        """The Learning tab's width shared between the charts and the weights."""
        share = CHARTS_SHARE_ACROSS if self.plots.side_by_side else CHARTS_SHARE
        across = sum(self.top_splitter.sizes()) or self.width()
        self.top_splitter.setSizes([int(across * share), int(across * (1 - share))])

    def least_height(self) -> int:
        """The least height the window's panels need (wrapped labels claim their lines' height)."""
        # Layouts keep the least sizes they measured until the events a change posts are handled:
        # measured now, from the charts up to the window, each measures again.
        self.plots.updateGeometry()
        widget = self.plots.parentWidget()
        while widget is not None:
            widget.updateGeometry()
            if widget.layout() is not None:
                widget.layout().invalidate()
            widget = widget.parentWidget()
        return self.minimumSizeHint().height() + 8   # (the splitters' handles, the layouts' rounding)

    def _fold_timeline(self, folded: bool) -> None:
        self._timeline_folded = folded
        self.show_timeline(self._timeline_wanted)

    def fit_canvas_row(self) -> None:
        """Beside the canvas, the side panel (the hidden units firing) and then the preprocessing
        steps only where the row holds them at their readable sizes, with the canvas and its bars:
        on a narrow screen in large type they fold away rather than be squeezed into empty boxes
        (fewer things, not smaller ones). The room is the screen's in presentation mode (the
        window may not have shrunk to it yet)."""
        if self.spotlight.active:
            return
        has_side = self.side_panels.pages.get(type(self.architecture)) is not None
        width = (self.appearance.screen_geometry(available=False).width() if self.appearance.presenting
                 else self.width())
        margins = self.centralWidget().layout().contentsMargins()
        room = width - margins.left() - margins.right()
        row = self.canvas_row
        row_margins = row.contentsMargins()
        # Decided from the widths they need, and changed only where the decision changes (showing
        # and hiding lays the row out again): the steps first, then the side panel.
        need = (row.itemAt(0).minimumSize().width() + _least_width(self.bars)
                + row_margins.left() + row_margins.right() + row.spacing())
        for widget, wanted in ((self.preview, True), (self.side_panels, has_side)):
            fits = wanted and need + _least_width(widget) + row.spacing() <= room
            if fits:
                need += _least_width(widget) + row.spacing()
            if fits != widget.isVisibleTo(self.canvas_panel):
                widget.setVisible(fits)

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
        self.fit_canvas_row()
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
        if self._collect is not None:
            self._collect.collecting.stop()
            self._collect.close()
        return self.session.shutdown()

    def showEvent(self, event):
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not getattr(self, "_screen_watched", False):
            # A presentation follows its screen: another resolution, or the window moved to the
            # projector, gives the type and the panels that screen's sizes (see follow_screen).
            self._screen_watched = True
            handle.screenChanged.connect(self._watch_screen)
            self._watch_screen(handle.screen())

    def _watch_screen(self, screen) -> None:
        if screen is not None:
            screen.geometryChanged.connect(self.appearance.follow_screen, Qt.UniqueConnection)
        self.appearance.follow_screen()

    def closeEvent(self, event):
        save_settings(self.settings, self, self.session, self.appearance)
        self.shutdown()
        super().closeEvent(event)
