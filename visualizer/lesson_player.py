"""Stepping through a lesson: each step's caption in large type, and the window set up for it.

A lesson (`core.lessons`) is a list of steps; `core.lessons.state_at` says what is in force at each.
The `LessonPlayer` applies that: the network and its settings to the training session (never to
the toolbar's boxes, which follow it), the tab, the canvas and a highlight around the panel the
caption talks about to the window, the controls hidden by a signal (the actions hide them), and the
step's actions (fresh weights, single-example gradient steps, so many examples of training) to the
session. Next and previous
come from the keys a presenter's clicker sends (Page Down / Page Up) and the arrows; Esc leaves
the lesson, and the teacher carries on from where it was.

A step is a state, not a script: `core.lesson_replay` computes, in a thread of its own from the
moment the lesson opens, what each step ends with (weights, where the run had got to, the runs on
the charts, the numbers its caption states), and entering a step by Back or a jump installs that
state. Next into a step that trains shows the training live (the class watches it), from the state
before, and installs the step's computed end once its fixed amount of training is over, or at once
when Next is pressed before: whichever way a step is reached, it shows the same thing.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Protocol

import threading

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from ..core.live.training_loop import FULL_SPEED
from ..core.model import Architecture, NetworkWeights, WeightsError, load_network
from ..core.networks import Convolution

from .highlight import HIGHLIGHT, Highlight
from .theme import Looks
from .translation import keep_translated, number, percent, translate
from .wrapping import WrappedLabel

if TYPE_CHECKING:
    from ..core.lessons import Lesson, LessonState
    from .appearance import Appearance
    from .canvas import DrawingCanvas
    from .example_panel import ExamplePanel
    from .explorer import TestSetExplorer
    from .session import TrainingSession

# `core.lessons` (and the TOML reader) loads with the first lesson opened, not before the first frame.

TABS = {"learning": 0, "example": 1, "explorer": 2}
CANVAS_PANELS = {"canvas", "probabilities", "preprocessing"}  # a step about these: the canvas row grows


def language_numbers():
    """The caption's numbers written as the app's language writes them (`core.lessons.NumberWriting`):
    the window's rounding at the ends (">99.9%", never "100%" of what is not certain) with the
    language's decimal sign and percent sign ("92,3 %")."""
    from ..core.lessons import NumberWriting
    return NumberWriting(percent=percent, number=number)


def reflow(caption: str) -> str:
    """A caption's lines joined into one paragraph (a blank line still starts a new one): written
    for 80 columns, it is shown across the window's width, in as few lines as that allows."""
    paragraphs = [" ".join(line.strip() for line in block.splitlines() if line.strip())
                  for block in caption.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


class LessonCaption(QFrame):
    """The step counter, the step's title and caption, and the buttons to move on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lesson")
        self.counter = QLabel()
        self.counter.setObjectName("lesson_counter")
        # (wrapped labels that claim their lines' height: see wrapping.py)
        self.title = WrappedLabel()
        self.title.setObjectName("lesson_title")
        self.caption = WrappedLabel()
        self.caption.setObjectName("lesson_caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.RichText)   # formulas: sub- and superscripts
        self.text = ""                            # the caption as plain text, its numbers filled in
        self.numbers = None                       # how its numbers are written (None: as in English)
        self.values: dict | None = None           # the numbers shown (None: being computed)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.leave_button = QPushButton()
        keep_translated(self, self.retranslate)
        for button in (self.back_button, self.next_button, self.leave_button):
            button.setFocusPolicy(Qt.NoFocus)  # the keys stay the window's (clicker, arrows)
        # Two rows, the caption across the whole width: the panels the caption talks about keep
        # as much of the screen as they can.
        self.heading = heading = QHBoxLayout()
        heading.setSpacing(16)   # "Step 1 of 16" and the title never run together
        heading.addWidget(self.counter)
        heading.addWidget(self.title, stretch=1)
        heading.addStretch(0)   # (takes the room where the title has a row of its own)
        for button in (self.back_button, self.next_button, self.leave_button):
            heading.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 2, 10, 3)   # (each line a 768-line screen's panels keep)
        layout.setSpacing(1)
        layout.addLayout(heading)
        layout.addWidget(self.caption)

    def place_title(self) -> None:
        """The title beside the counter and the buttons where it has a line's room there, else in a
        row of its own over the caption: a long title (German's) wrapped to three lines beside them
        took the panels' height."""
        heading, layout = self.heading, self.layout()
        beside = sum(heading.itemAt(i).widget().sizeHint().width() + heading.spacing()
                     for i in range(heading.count())
                     if heading.itemAt(i).widget() not in (None, self.title))
        margins = layout.contentsMargins()
        room = self.width() - margins.left() - margins.right() - beside
        self.title.ensurePolished()
        fits = self.title.fontMetrics().horizontalAdvance(self.title.text()) <= room
        if fits != (heading.indexOf(self.title) >= 0):
            if fits:
                layout.removeWidget(self.title)
                heading.insertWidget(1, self.title, stretch=1)
            else:
                heading.removeWidget(self.title)
                layout.insertWidget(1, self.title)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.place_title()

    def retranslate(self) -> None:
        self.back_button.setText(translate("LessonCaption", "◀ Back"))
        self.next_button.setText(translate("LessonCaption", "Next ▶"))
        self.leave_button.setText(translate("LessonCaption", "Leave lesson"))
        if hasattr(self, "heading"):   # (the buttons' new words: another room for the title)
            self.place_title()

    def count(self, state: LessonState, getting_ready: bool = False) -> None:
        """The step counter; ``getting_ready``: the step's state is still being computed."""
        if getting_ready:
            text = translate("LessonCaption", "Step {step} of {steps} · getting it ready…")
        else:
            text = translate("LessonCaption", "Step {step} of {steps}")
        self.counter.setText(text.format(step=state.index + 1, steps=state.n_steps))

    def show_state(self, state: LessonState, values: dict | None = None) -> None:
        """The step's counter, title and caption, its numbers from ``values`` (the step's end
        state's; None while it is being computed: the numbers read "…")."""
        from ..core.lessons import ENGLISH_NUMBERS, fill_caption, formula_html
        self.count(state)
        self.title.setText(state.title)
        self.place_title()
        self.values = values
        self.text = fill_caption(reflow(state.caption), values or {}, missing="…" if values is None else "–",
                                 numbers=self.numbers or ENGLISH_NUMBERS)
        self.caption.setText(formula_html(self.text))
        self.back_button.setEnabled(state.index > 0)
        self.next_button.setEnabled(state.index + 1 < state.n_steps)

    def set_looks(self, looks: Looks) -> None:
        theme = looks.theme
        self.setStyleSheet(f"""
            QFrame#lesson {{ background: {theme.chrome}; border: 2px solid rgb{HIGHLIGHT};
                             border-radius: 6px; }}
            QLabel#lesson_counter {{ font-size: {theme.pt(11):.0f}pt; color: {theme.muted}; }}
            QLabel#lesson_title {{ font-size: {theme.pt(12.5):.0f}pt; font-weight: bold; }}
            QLabel#lesson_caption {{ font-size: {theme.pt(10):.0f}pt; }}
            QPushButton {{ font-size: {theme.pt(11):.0f}pt; padding: 3px 10px; }}
        """)
        self.place_title()   # (in the new type's widths)


class LessonKeys(QObject):
    """While a lesson is open, its keys are the lesson's wherever the focus is: a combo box or a
    number box would otherwise claim Page Up/Down and the arrows, and a clicker would stop working."""

    KEYS = {Qt.Key_PageDown, Qt.Key_PageUp, Qt.Key_Right, Qt.Key_Left, Qt.Key_Escape}

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event):
        if (event.type() == QEvent.ShortcutOverride and event.key() in self.KEYS
                and not event.modifiers() & ~Qt.KeypadModifier
                and isinstance(obj, QWidget) and obj.window() is self.window):
            event.ignore()
            return True  # not the widget's: the window's shortcut gets it
        return False


class LessonStage(Protocol):
    """What the player uses of the window (`MainWindow` is one): the views a step shows, highlights
    or puts an image on, the share of the height the canvas gets, and where messages go. Training,
    its settings and the looks are not here: they are the session's and the appearance's."""

    views: QTabWidget
    canvas: DrawingCanvas
    timeline: QWidget
    plots: QWidget
    heatmaps: QWidget
    hidden_units: QWidget
    bars: QWidget
    preview: QWidget
    files: QObject               # `files.FileCommands`: its messages and file dialogs
    fit: QObject                 # `fitting.WindowFit`: what folds on the screen it is on
    example: ExamplePanel        # (built on first use)
    explorer: TestSetExplorer    # (built on first use)

    def centralWidget(self) -> QWidget: ...
    def put_on_canvas(self, image, index: int) -> None: ...


class StepEnds(QObject):
    """Computes a lesson's step ends (`core.lesson_replay`) in a thread of its own, in order, from
    the moment the lesson opens: ``ready(index, StepEnd)`` in the GUI thread as each is done,
    ``failed(index, message)`` for a step that cannot be computed (and none after it)."""

    ready = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, lesson, dataset, base, seed, input_of, parent=None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._replay = None
        self._thread = threading.Thread(target=self._run, args=(lesson, dataset, base, seed, input_of),
                                        name="lesson-states", daemon=True)
        self._thread.start()

    def _run(self, lesson, dataset, base, seed, input_of) -> None:
        from ..core.data import DatasetError, load_dataset
        from ..core.lesson_replay import LessonReplay, ReplayStopped
        from ..core.lessons import LessonError
        try:  # (runs in its own thread: every way it ends is said to the GUI thread)
            if dataset.train_images is None:   # the window's copy has no training images: read them
                dataset = load_dataset(dataset.source)
            replay = self._replay = LessonReplay(lesson, dataset, *base, seed=seed, input_of=input_of)
            replay.stop = self._stop
            for k in range(len(lesson.steps)):
                if self._stop.is_set():
                    return
                if not replay.can_compute(k):
                    return   # steps after a free run are set up as they come (their weights kept)
                self._emit(self.ready, k, replay.end(k))
        except ReplayStopped:
            return
        except (LessonError, DatasetError, OSError, ValueError) as exc:
            self._emit(self.failed, self._computed(), str(exc))
        except Exception as exc:  # noqa: BLE001  (a bug must be said, not leave the step waiting)
            self._emit(self.failed, self._computed(), translate(
                "LessonPlayer", "{file}: the lesson's steps could not be computed: {problem}").format(
                file=lesson.source.name, problem=f"{type(exc).__name__}: {exc}"))

    def _computed(self) -> int:
        return len(self._replay.ends) if self._replay is not None else 0

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:   # the player is gone: nobody is listening
            self._stop.set()

    def stop(self) -> None:
        self._stop.set()


class LessonPlayer(QObject):
    """Applies a lesson's steps to a `MainWindow`'s views, its `TrainingSession` and `Appearance`.

    ``problem(str)`` is emitted when a step cannot be set up (a weights file that does not load,
    say): the message names the file, the step and the field, and the lesson stays usable; the
    session reports it. ``active_changed(bool)``: a lesson opened or left; ``controls_hidden``: the
    names (`core.lessons.CONTROLS`) the step hides, all others shown; ``step_ready(index)``: step
    ``index``'s state is on screen (installed, or its live training ended and installed);
    ``spotlight_requested``: the panel the step shows filling the window (None: the whole layout).
    """

    problem = Signal(str)
    step_entered = Signal(int)
    step_ready = Signal(int)
    left = Signal()
    active_changed = Signal(bool)
    controls_hidden = Signal(object)
    spotlight_requested = Signal(object)   # a name of core.lessons.SPOTLIGHTS, or None: none

    def __init__(self, window: LessonStage, session: TrainingSession, appearance: Appearance):
        super().__init__(window)
        self.window = window
        self.session = session
        self.appearance = appearance
        self.lesson: Lesson | None = None
        self.index = -1
        self.state: LessonState | None = None
        self.caption = LessonCaption()
        self.caption.hide()
        self.caption.next_button.clicked.connect(self.next)
        self.caption.back_button.clicked.connect(self.previous)
        self.caption.leave_button.clicked.connect(self.leave)
        self.highlight = Highlight(window.centralWidget())
        self._keys = LessonKeys(window)
        self._baseline: dict = {}
        self.ends: dict = {}                 # index -> StepEnd, as the thread computes them
        self._states: tuple = ()
        self._computer: StepEnds | None = None
        self._failed: tuple[int, str] | None = None
        self._installed = None               # the StepEnd whose weights and runs are on screen
        self._waiting: int | None = None     # a step to install once computed
        self._live_ticket = 0                # the live training of the step shown, 0: none
        self._kept: dict[int, NetworkWeights] = {}   # steps that cannot be computed: weights as left
        self.ready_index: int | None = None  # the step whose state is on screen
        self._followed = None                # the Language whose changes the texts follow
        session.training_done.connect(self._on_training_done)
        session.snapshot.connect(self._on_snapshot)
        self.problem.connect(session.report_problem)

    @property
    def active(self) -> bool:
        return self.lesson is not None

    # --- opening and leaving ------------------------------------------------------------------

    def open(self, path_or_name) -> bool:
        """Open a lesson file (or a built-in lesson by name) at its first step; a bad file is a
        message naming the file, the step and the field of every problem, and the app carries on."""
        from ..core.lessons import LessonError, load_lesson  # (not needed for the first frame)
        try:
            lesson = load_lesson(path_or_name, n_test_images=len(self.session.dataset.test_labels))
        except LessonError as exc:
            self.window.files.tell(translate("LessonPlayer", "Cannot open this lesson"), str(exc))
            return False
        self.start(lesson)
        return True

    def choose(self) -> None:
        path = self.window.files._file_dialog("open", translate("LessonPlayer", "Open a lesson"),
                                              translate("LessonPlayer", "Lessons (*.toml *.json)"))
        if path:
            self.open(path)

    # --- the app's language -------------------------------------------------------------------

    def _language(self):
        """The app's `translation.Language` (the window's), or None: English, as written."""
        language = getattr(self.window, "language", None)
        if language is not None and language is not self._followed:
            self._followed = language
            language.changed.connect(self._language_changed)
        return language

    def _in_language(self, lesson: Lesson) -> Lesson:
        """``lesson`` with its texts in the app's language where it has a translation (else as it
        is); a translation that does not fit is said, and the lesson shows in English."""
        from ..core.lessons import LessonError, translate_lesson
        language = self._language()
        # (English as the core writes it, whatever the system's locale: the same text as before)
        self.caption.numbers = language_numbers() if language is not None and language.code != "en" else None
        if language is None:
            return lesson
        try:
            return translate_lesson(lesson, language.code)
        except LessonError as exc:
            self.window.files.tell(translate("LessonPlayer", "The lesson's translation has problems"),
                                   translate("LessonPlayer", "The lesson is shown in English.") + "\n\n" + str(exc))
            return lesson.english or lesson

    def _language_changed(self, code: str) -> None:
        """A new language while a lesson is open: its title and caption in it at once, the step's
        state as it is (only the texts are read again)."""
        if not self.active:
            return
        from ..core.lessons import lesson_states
        self.lesson = self._in_language(self.lesson)
        self._states = lesson_states(self.lesson)
        self.state = self._states[self.index]
        self.caption.show_state(self.state, self.caption.values)
        if self._waiting == self.index:
            self.caption.count(self.state, getting_ready=True)

    def start(self, lesson: Lesson, index: int = 0) -> None:
        """Open ``lesson`` at step ``index``, in the app's language; what the window had is
        remembered for the settings that no step has set yet, and comes back when the lesson is
        left. The steps' states are computed from now on, in a thread."""
        from ..core.lessons import lesson_states
        if self.active:
            self.leave()
        lesson = self._in_language(lesson)
        s = self.session
        self._baseline = dict(network=s.latest.architecture, learning_rate=s.learning_rate,
                              batch_size=s.batch_size, speed=s.speed, tab=self.window.views.currentIndex())
        self.lesson = lesson
        self._states = lesson_states(lesson)
        self.index = -1
        self.ends = {}
        self._kept = {}
        self._failed = None
        self._installed = None
        self._waiting = None
        self._live_ticket = 0
        self.ready_index = None
        self._drawings = {}
        from .canvas import DrawingCanvas
        for st in self._states:   # a drawing's input, made here in the GUI thread for the computing one
            c = st.canvas_in_force
            if c is not None and c.kind == "strokes" and c.strokes not in self._drawings:
                sheet = DrawingCanvas(resolution=self.window.canvas.resolution,
                                      brush_size=self.window.canvas.brush_size)
                sheet.draw_strokes(c.stroke_arrays())
                self._drawings[c.strokes] = sheet.network_input().copy()
                sheet.deleteLater()
        self._computer = StepEnds(lesson, s.dataset, (self._baseline["network"], s.learning_rate, s.batch_size),
                                  s.config.seed, self._drawing_input, parent=self)
        self._computer.ready.connect(self._on_end_ready)
        self._computer.failed.connect(self._on_end_failed)
        self.caption.show()
        QApplication.instance().installEventFilter(self._keys)
        self.active_changed.emit(True)
        self.go_to(index)

    def leave(self) -> None:
        """Leave the lesson where it is: every control back, the highlight gone, training as it was."""
        if not self.active:
            return
        self.shutdown()
        self.lesson = None
        self.state = None
        self.index = -1
        self._waiting = None
        self._live_ticket = 0
        self.caption.hide()
        QApplication.instance().removeEventFilter(self._keys)
        self.highlight.follow(None)
        self.spotlight_requested.emit(None)
        self.controls_hidden.emit(())
        self.active_changed.emit(False)
        self.session.clear_problem()
        self.left.emit()

    def shutdown(self) -> None:
        """Stop computing the steps' states (the lesson is left, or the window closes)."""
        if self._computer is not None:
            self._computer.stop()
            self._computer = None

    # --- moving -------------------------------------------------------------------------------

    def next(self) -> None:
        if self.active and self.index + 1 < len(self.lesson.steps):
            self.go_to(self.index + 1)

    def previous(self) -> None:
        if self.active and self.index > 0:
            self.go_to(self.index - 1)

    def go_to(self, index: int) -> None:
        """Enter step ``index``: its settings, its canvas, and its state (weights, runs, numbers):
        installed (Back, a jump), or trained live from the step before (Next into a step that
        trains), then installed."""
        if not self.active:
            return
        from ..core.lessons import LessonError
        forward = index == self.index + 1
        self._finish_current()
        state = self._states[index]
        self.index, self.state = index, state
        self.ready_index = None
        end = self.ends.get(index)
        self.caption.show_state(state, end.values if end is not None else None)
        self.spotlight_requested.emit(None)   # the layout whole while the step sets it up
        try:
            self._apply_settings(state)
            self._apply_canvas(state.canvas_in_force, state)
            if not state.replayable:
                self._enter_unreplayable(state, forward)
            elif forward and state.train_examples and (index == 0 or index - 1 in self.ends):
                if index > 0 and not self._installed_is(index - 1):
                    self._install(index - 1, announce=False)   # the state it trains from
                self._train_live(state)
            else:
                self._want(index)
        except (LessonError, WeightsError, OSError, ValueError) as exc:
            self.session.pause()
            self.problem.emit(translate("LessonPlayer", "{file}, step {step} (\"{title}\"): {problem}").format(
                file=self.lesson.source.name, step=index + 1, title=state.title, problem=exc))
        self.window.fit.views(canvas_first=state.highlight in CANVAS_PANELS)
        self.spotlight_requested.emit(state.spotlight)
        self.highlight.follow(self.panel(state.highlight))
        self.step_entered.emit(index)

    def panel(self, name: str | None):
        """The window's widget a step's ``highlight`` names, or None."""
        if name is None:
            return None
        w = self.window
        # (lambdas: the tabs built on first use are built only when a step names one of theirs)
        panels = {
            "loss": lambda: w.plots.loss_plot, "accuracy": lambda: w.plots.accuracy_plot,
            "templates": lambda: w.heatmaps, "hidden_units": lambda: w.hidden_units,
            "filters": lambda: w.weight_views.view(Convolution),
            "feature_maps": lambda: w.side_panels.view(Convolution),
            "canvas": lambda: w.canvas, "probabilities": lambda: w.bars,
            "example_forward": lambda: w.example.numbers_panel,
            "example_gradients": lambda: w.example.gradient_map,
            "example_step": lambda: w.example.step_button,
            # (the convolution's part of the tab: one position's arithmetic and the backward pass)
            "example_convolution": lambda: w.example.part_view(Convolution),
            "confusion": lambda: w.explorer.matrix_plot, "mistakes": lambda: w.explorer.gallery,
            "timeline": lambda: w.timeline, "preprocessing": lambda: w.preview,
        }
        return panels[name]() if name in panels else None

    def waiting(self) -> bool:
        """Whether the step shown is still being computed or trained (its state not yet on screen)."""
        return self.active and self.ready_index != self.index

    # --- states -------------------------------------------------------------------------------

    def _installed_is(self, index: int) -> bool:
        """Whether step ``index``'s end state is what the window shows (weights and runs)."""
        end = self.ends.get(index)
        return (end is not None and self._installed is not None and self.session.settled
                and self._installed.changed_at == end.changed_at
                and _same(end.weights, self.session.latest.weights))

    def _want(self, index: int) -> None:
        """Show step ``index``'s computed state: now, or as soon as it is computed."""
        if index in self.ends:
            self._install(index)
            return
        self._waiting = index
        if self._failed is not None and index >= self._failed[0]:
            self.problem.emit(self._failed[1])
            return
        self.caption.count(self._states[index], getting_ready=True)

    def _install(self, index: int, announce: bool = True) -> None:
        """Put step ``index``'s end state on screen: its weights and where the run had got to, the
        runs on the charts, the window's message; and, unless it is only the state the next step
        trains from (``announce`` False), the caption's numbers."""
        end = self.ends[index]
        self._waiting = None
        if not self._installed_is(index):
            self.session.install(end.weights, end.progress, end.run, end.earlier)
        self._installed = end
        if end.message:
            self.session.report_problem(end.message)
        else:
            self.session.clear_problem()
        if announce:
            self._show_caption(self._states[index], end.values)
            self.ready_index = index
            self.step_ready.emit(index)

    def _train_live(self, state: LessonState) -> None:
        """Next into a step that trains: from the state before it (on screen), do its actions
        with the training process, for the class to watch; its computed end is installed when the
        training is over (a step after a free run: its actions are all there is)."""
        s = self.session
        if state.weights is not None:
            self._apply_weights(state)
        if state.example_step:
            x, label = self.window.canvas.network_input(), self._true_label(state)
            if x.any() and label is not None:
                for _ in range(state.example_step):
                    s.example_step(x, label)
        if state.train_examples:
            self._live_ticket = s.start(math.ceil(state.train_examples / max(s.batch_size, 1)))

    def _on_training_done(self, ticket: int) -> None:
        if self.active and ticket and ticket == self._live_ticket:
            self._live_ticket = 0
            if self.state.replayable:
                self._want(self.index)

    def _finish_current(self) -> None:
        """Leaving a step whose live training is still going: stop it (the step entered next
        installs whatever state it needs, this step's end included)."""
        if self._live_ticket:
            self._live_ticket = 0
            self.session.pause()
        self._waiting = None

    def _on_end_ready(self, index: int, end) -> None:
        if not self.active:
            return
        self.ends[index] = end
        if index == self.index and self.ready_index is None:
            self._show_caption(self.state, end.values)
        if self._waiting == index:
            self._install(index)

    def _show_caption(self, state: LessonState, values: dict) -> None:
        """The caption with its numbers, once known: its lines may change with them (a formula's
        sub- and superscripts, a longer number), and the window shares its height again."""
        before = self.caption.caption.minimumHeight()
        self.caption.show_state(state, values)
        if self.caption.caption.minimumHeight() != before:
            self.window.fit.views(canvas_first=state.highlight in CANVAS_PANELS)

    def _on_end_failed(self, index: int, message: str) -> None:
        self._failed = (index, message)
        if self.active and self._waiting is not None and self._waiting >= index:
            self.problem.emit(message)

    # --- a lesson that lets training run freely: its later steps as they come ---------------------

    def _enter_unreplayable(self, state: LessonState, forward: bool) -> None:
        """After a step with ``train = "run"`` a step's state cannot be computed: forward, its
        actions are done as written; back, the weights it ended with (if it was seen) come back."""
        s = self.session
        if forward:
            self._train_live(state)
            if state.train == "run" and not state.train_examples:
                s.start()
            elif not state.train_examples:
                s.pause()
        else:
            s.pause()
            kept = self._kept.get(state.index)
            if kept is not None and not _same(kept, s.latest.weights):
                s.set_weights(kept)
        self.ready_index = state.index

    def _on_snapshot(self, snap) -> None:
        """Paused on a step that cannot be computed: the newest weights are the ones it ends with."""
        if not self.active:
            return
        if self.state is not None and not self.state.replayable and not snap.running:
            self._kept[self.index] = snap.weights

    # --- applying a state ---------------------------------------------------------------------

    def _drawing_input(self, canvas):
        """A lesson's drawing as the network reads it (for the thread computing the states): drawn
        once on a canvas of the window's size, in the GUI thread, before the thread needs it."""
        return self._drawings.get(canvas.strokes)

    def _apply_weights(self, state: LessonState) -> None:
        if state.weights.kind == "file":
            try:
                network = load_network(state.weights.file)
            except WeightsError as exc:
                from ..core.lessons import LessonError
                raise LessonError(f"weights: {exc}") from None
            self.session.set_weights(NetworkWeights.of(network))
            return
        architecture = self._architecture(state)
        self.session.set_network(architecture, state.weights.seed)

    def _architecture(self, state: LessonState) -> Architecture:
        if state.network is None:
            return self._baseline["network"] if state.index == 0 else self.session.latest.architecture
        return state.network

    def _apply_settings(self, state: LessonState) -> None:
        s, base = self.session, self._baseline
        s.set_learning_rate(state.learning_rate if state.learning_rate is not None else base["learning_rate"])
        s.set_batch_size(state.batch_size if state.batch_size is not None else base["batch_size"])
        s.set_speed(self._speed(state.speed))
        self.window.views.setCurrentIndex(TABS[state.tab] if state.tab is not None else base["tab"])
        # Full screen or not is the teacher's choice unless a step says (F11 during a lesson stays).
        if state.presentation is not None and state.presentation != self.appearance.presenting:
            self.appearance.set_presentation(state.presentation)
        self.controls_hidden.emit(tuple(state.hide))

    def _speed(self, speed) -> float:
        """The step's speed (updates per second, or "full"), or the one the lesson began with."""
        if speed is None:
            return self._baseline["speed"]
        return FULL_SPEED if speed == "full" else float(speed)

    def _apply_canvas(self, canvas, state: LessonState) -> None:
        w = self.window
        if canvas is None:
            return
        if canvas.kind == "clear":
            w.canvas.clear()
        elif canvas.kind == "strokes":
            w.canvas.draw_strokes(canvas.stroke_arrays())
        else:
            index = canvas.test_index(self.session.dataset.test_labels)
            w.put_on_canvas(w.explorer.image(index), index)
        label = self._true_label(state)
        if label is not None or w._example is not None:   # (a label for the tab, built or to be)
            w.example.set_true_label(label)

    def _true_label(self, state: LessonState) -> int | None:
        """The label that goes with the canvas: the step's, or the test image's own."""
        if state.true_label is not None:
            return state.true_label
        canvas = state.canvas_in_force
        if canvas is None or canvas.kind in ("clear", "strokes"):
            return None
        labels = self.session.dataset.test_labels
        return int(labels[canvas.test_index(labels)])


def _same(a: NetworkWeights, b: NetworkWeights) -> bool:
    return a is b or (a.architecture == b.architecture and all(
        a.params[k] is b.params[k] or (a.params[k] == b.params[k]).all() for k in a.params))
