"""Stepping through a lesson: each step's caption in large type, and the window set up for it.

A lesson (`core.lessons`) is a list of steps; `core.lessons.state_at` says what is in force at each.
The `LessonPlayer` applies that: the network and its settings to the training session (never to
the toolbar's boxes, which follow it), the tab, the canvas and a highlight around the panel the
caption talks about to the window, the controls hidden by a signal (the actions hide them), and the
step's actions (fresh weights, single-example gradient steps, so many examples of training) to the
session. Next and previous
come from the keys a presenter's clicker sends (Page Down / Page Up) and the arrows; Esc leaves
the lesson, and the teacher carries on from where it was.

Going back gives the state the step had when it was entered going forward: settings are folded by
`state_at`, and the weights each step ended with are kept, so stepping back puts them back.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QStyle,
                               QStyleOption, QTabWidget, QVBoxLayout, QWidget)

from ..core.live.training_loop import FULL_SPEED
from ..core.model import Architecture, NetworkWeights, WeightsError, load_network

from .theme import Looks
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
HIGHLIGHT = (230, 120, 20)  # the app's orange


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
        self.caption.setTextFormat(Qt.PlainText)
        self.back_button = QPushButton("◀ Back")
        self.next_button = QPushButton("Next ▶")
        self.leave_button = QPushButton("Leave lesson")
        for button in (self.back_button, self.next_button, self.leave_button):
            button.setFocusPolicy(Qt.NoFocus)  # the keys stay the window's (clicker, arrows)
        # Two rows, the caption across the whole width: the panels the caption talks about keep
        # as much of the screen as they can.
        heading = QHBoxLayout()
        heading.addWidget(self.counter)
        heading.addWidget(self.title, stretch=1)
        for button in (self.back_button, self.next_button, self.leave_button):
            heading.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(heading)
        layout.addWidget(self.caption)

    def show_state(self, state: LessonState) -> None:
        self.counter.setText(f"Step {state.index + 1} of {state.n_steps}")
        self.title.setText(state.title)
        self.caption.setText(reflow(state.caption))
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


class Highlight(QWidget):
    """An orange frame drawn over the panel a step talks about; clicks go through it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setStyleSheet(f"border: 4px solid rgb{HIGHLIGHT}; border-radius: 8px; background: transparent;")
        self.target: QWidget | None = None
        self.hide()

    def paintEvent(self, event):  # a plain QWidget draws its stylesheet only with this
        option = QStyleOption()
        option.initFrom(self)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PE_Widget, option, painter, self)

    def follow(self, target: QWidget | None) -> None:
        self.target = target
        self.place()

    def place(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(self.parentWidget(), target.rect().topLeft())
        self.setGeometry(top_left.x() - 3, top_left.y() - 3, target.width() + 6, target.height() + 6)
        self.show()
        self.raise_()


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
    example: ExamplePanel        # (built on first use)
    explorer: TestSetExplorer    # (built on first use)

    def centralWidget(self) -> QWidget: ...
    def fit_views(self, canvas_first: bool = False) -> None: ...
    def put_on_canvas(self, image, index: int) -> None: ...


class LessonPlayer(QObject):
    """Applies a lesson's steps to a `MainWindow`'s views, its `TrainingSession` and `Appearance`.

    ``problem(str)`` is emitted when a step cannot be set up (a weights file that does not load,
    say): the message names the file, the step and the field, and the lesson stays usable; the
    session reports it. ``active_changed(bool)``: a lesson opened or left; ``controls_hidden``: the
    names (`core.lessons.CONTROLS`) the step hides, all others shown; ``spotlight_requested``: the
    panel the step shows filling the window (None: the whole layout).
    """

    problem = Signal(str)
    step_entered = Signal(int)
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
        self._ended_with: dict[int, NetworkWeights] = {}  # the weights each step ended with
        self._awaiting: int | None = None   # examples seen once this step's training is done
        # The highlight follows its panel as the layout moves (a splitter, a resize, a new tab).
        self._placer = QTimer(self)
        self._placer.setInterval(250)
        self._placer.timeout.connect(self.highlight.place)
        session.snapshot.connect(self._on_snapshot)
        self.problem.connect(session.report_problem)

    @property
    def active(self) -> bool:
        return self.lesson is not None

    # --- opening and leaving ------------------------------------------------------------------

    def open(self, path_or_name) -> bool:
        """Open a lesson file (or a built-in lesson by name) at its first step; a bad file is a
        message naming the file, the step and the field, and the app carries on."""
        from ..core.lessons import LessonError, load_lesson  # (not needed for the first frame)
        try:
            lesson = load_lesson(path_or_name, n_test_images=len(self.session.dataset.test_labels))
        except LessonError as exc:
            self.window.files.tell("Cannot open this lesson", str(exc))
            return False
        self.start(lesson)
        return True

    def choose(self) -> None:
        path = self.window.files._file_dialog("open", "Open a lesson", "Lessons (*.toml *.json)")
        if path:
            self.open(path)

    def start(self, lesson: Lesson, index: int = 0) -> None:
        """Open ``lesson`` at step ``index``; what the window had is remembered for the settings
        that no step has set yet, and comes back when the lesson is left."""
        if self.active:
            self.leave()
        s = self.session
        self._baseline = dict(network=s.latest.architecture, learning_rate=s.learning_rate,
                              batch_size=s.batch_size, speed=s.speed, tab=self.window.views.currentIndex())
        self.lesson = lesson
        self.index = -1
        self._ended_with.clear()
        self._awaiting = None
        self.caption.show()
        self._placer.start()
        QApplication.instance().installEventFilter(self._keys)
        self.active_changed.emit(True)
        self.go_to(index)

    def leave(self) -> None:
        """Leave the lesson where it is: every control back, the highlight gone, training as it was."""
        if not self.active:
            return
        self.lesson = None
        self.state = None
        self.index = -1
        self._awaiting = None
        self.caption.hide()
        self._placer.stop()
        QApplication.instance().removeEventFilter(self._keys)
        self.highlight.follow(None)
        self.spotlight_requested.emit(None)
        self.controls_hidden.emit(())
        self.active_changed.emit(False)
        self.session.clear_problem()
        self.left.emit()

    # --- moving -------------------------------------------------------------------------------

    def next(self) -> None:
        if self.active and self.index + 1 < len(self.lesson.steps):
            self.go_to(self.index + 1)

    def previous(self) -> None:
        if self.active and self.index > 0:
            self.go_to(self.index - 1)

    def go_to(self, index: int) -> None:
        """Enter step ``index``: forward from the step before it does that step's actions; any
        other move puts back the settings, canvas and weights the step had."""
        if not self.active:
            return
        self._finish_current()
        forward = index == self.index + 1
        from ..core.lessons import LessonError, state_at
        state = state_at(self.lesson, index)
        previous_index, self.index, self.state = self.index, index, state
        self.caption.show_state(state)
        self.spotlight_requested.emit(None)   # the layout whole while the step sets it up
        try:
            if forward:
                self._enter_forward(state)
            else:
                self._enter_again(state, previous_index)
        except (LessonError, WeightsError, OSError, ValueError) as exc:
            self.session.pause()
            self.problem.emit(f"{self.lesson.source.name}, step {index + 1} (\"{state.title}\"): {exc}")
        self.window.fit_views(canvas_first=state.highlight in CANVAS_PANELS)
        self.spotlight_requested.emit(state.spotlight)
        self.highlight.follow(self.panel(state.highlight))
        self.step_entered.emit(index)

    def panel(self, name: str | None):
        """The window's widget a step's ``highlight`` names, or None."""
        if name is None:
            return None
        w = self.window
        return {
            "loss": w.plots.loss_plot, "accuracy": w.plots.accuracy_plot,
            "templates": w.heatmaps, "hidden_units": w.hidden_units, "canvas": w.canvas,
            "probabilities": w.bars, "example_forward": w.example.numbers_panel,
            "example_gradients": w.example.gradient_map, "example_step": w.example.step_button,
            "confusion": w.explorer.matrix_plot, "mistakes": w.explorer.gallery,
            "timeline": w.timeline, "preprocessing": w.preview,
        }.get(name)

    def _finish_current(self) -> None:
        """Leaving a step whose training is still going: stop it there and keep those weights."""
        if self._awaiting is not None:
            self.session.pause()
            self._awaiting = None

    def _enter_forward(self, state: LessonState) -> None:
        s = self.session
        if state.weights is not None:
            self._apply_weights(state)
        self._apply_settings(state)
        self._apply_canvas(state.canvas, state)
        if state.example_step:
            x, label = self.window.canvas.network_input(), self._true_label(state)
            if x.any() and label is not None:
                for _ in range(state.example_step):
                    s.example_step(x, label)
        if state.train_examples:
            updates = math.ceil(state.train_examples / max(s.batch_size, 1))
            # new weights this step (queued, not yet applied) start counting from 0
            start = 0 if state.weights is not None else s.latest.examples_seen
            self._awaiting = start + updates * s.batch_size
            s.start(updates)
        elif state.train == "run":
            s.start()
        elif state.train == "pause" or state.example_step:
            s.pause()
        s.request_snapshot()  # the weights this step ends with, once applied

    def _enter_again(self, state: LessonState, previous_index: int) -> None:
        """Back (or a jump): the weights the step ended with, if the steps after it changed them;
        its settings; the canvas in force then."""
        s = self.session
        s.pause()
        self._apply_settings(state, network=False)
        kept = self._ended_with.get(state.index)
        if kept is not None and not _same(kept, s.latest.weights):
            s.set_weights(kept)
        elif kept is None and state.network is not None:
            self._apply_network(state)
        self._apply_canvas(state.canvas_in_force, state)

    def _on_snapshot(self, snap) -> None:
        """While on a step and paused, the newest weights are the ones the step ends with (its
        training, if any, done: or stopped by divergence)."""
        if not self.active or snap.running:
            return
        if self._awaiting is not None and snap.examples_seen < self._awaiting and not snap.message:
            return  # a snapshot from before this step's training started
        self._awaiting = None
        self._ended_with[self.index] = snap.weights

    # --- applying a state ---------------------------------------------------------------------

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

    def _apply_network(self, state: LessonState) -> None:
        architecture = self._architecture(state)
        if architecture != self.session.latest.architecture:
            self.session.set_network(architecture)

    def _apply_settings(self, state: LessonState, network: bool = True) -> None:
        s, base = self.session, self._baseline
        if network and state.weights is None and state.network is not None:
            self._apply_network(state)
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
