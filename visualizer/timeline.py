"""A strip under the plots to look back at any earlier moment of training, or replay it.

The slider runs over the moments a `WeightHistory` has kept (not over examples seen: early training,
where the weights change fastest, gets as much room as the rest). While live, the slider follows the
newest moment; moving it shows that moment instead, and training may go on in the background until
"Live" is pressed again.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from ..core.history import Moment, WeightHistory
from ..core.model import NetworkWeights

from .translation import QT_TRANSLATE_NOOP, keep_translated, number, percent, translate, translate_marked

REPLAY_TEXT = QT_TRANSLATE_NOOP("Timeline", "▶ Replay")
STOP_TEXT = QT_TRANSLATE_NOOP("Timeline", "■ Stop replay")


def live_prefix() -> str:
    """What the label says before the newest moment while live ("live · ")."""
    return translate("Timeline", "live · ")


def describe(examples_seen: int, test_accuracy: float | None) -> str:
    accuracy = "–" if test_accuracy is None else percent(test_accuracy, 1)
    return translate("Timeline", "{count} examples · test {accuracy}").format(
        count=number(examples_seen), accuracy=accuracy)


# The moments' weights are kept within 10 MiB: the one-layer network's 256 moments fit in 8 MB; a
# hidden layer's moment is 407 KB at 128 units (25 moments), 1.6 MB at 512 (6). At 32 MiB the
# history was most of what a hidden layer added to the app's peak memory (measured, tracemalloc and
# VmHWM: 32 MiB of 38 MB; 270 MB against the one layer's 232 MB, goal 250 MB).
HISTORY_BYTES = 10 * 2**20


class MomentLabel(QLabel):
    """A label whose width does not change when "live · " comes and goes, nor as digits change (only
    with their number), so that the slider beside it keeps its length."""

    def sizeHint(self) -> QSize:
        widest = live_prefix() + self.text().removeprefix(live_prefix())
        return QSize(self.fontMetrics().horizontalAdvance(widest) + 8, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class SteadyButton(QPushButton):
    """A push button as wide as the widest of its texts, so that changing text shifts nothing."""

    def __init__(self, text: str, widest_text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.widest_text = widest_text

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        extra = metrics.horizontalAdvance(self.widest_text) - metrics.horizontalAdvance(self.text())
        return QSize(hint.width() + max(extra, 0), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class Timeline(QWidget):
    """A slider over recorded moments, a "Live" toggle and a "Replay" button.

    Signals
    -------
    moment_selected(Moment)
        The user (or a replay) chose an earlier moment: show its weights.
    live_selected()
        Back to following training.
    """

    moment_selected = Signal(object)
    live_selected = Signal()

    def __init__(self, history: WeightHistory | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        # Bounded in bytes too (see HISTORY_BYTES).
        self.history = history if history is not None else WeightHistory(max_bytes=HISTORY_BYTES)
        self._current: Moment | None = None  # None while live
        self._current_weights: NetworkWeights | None = None
        self._live_moment: tuple[int, float | None] | None = None   # (examples seen, test accuracy)
        self._live_text = self._make_live_text()

        self.live_button = QPushButton()
        self.live_button.setObjectName("live_button")
        self.live_button.setCheckable(True)
        self.live_button.setChecked(True)
        self.live_button.toggled.connect(self._on_live_toggled)

        self.replay_button = SteadyButton("", widest_text="")
        self.replay_button.setObjectName("replay_button")
        self.replay_button.clicked.connect(self._on_replay_clicked)

        self.slider = QSlider(Qt.Horizontal)
        self.slider.setObjectName("timeline_slider")
        self.slider.setRange(0, 0)
        self.slider.setEnabled(False)
        self.slider.setPageStep(8)
        self.slider.setMinimumSize(200, 24)  # room for the large handle; never squeezed away
        self.slider.valueChanged.connect(self._on_slider_value_changed)

        self.label = MomentLabel(self._live_text)
        self.label.setObjectName("moment_label")
        self.label.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(10)
        layout.addWidget(self.live_button)
        layout.addWidget(self.replay_button)
        layout.addWidget(self.slider, stretch=1)
        layout.addWidget(self.label)
        # No font sizes here: the window's stylesheet sets them, scaled for a projector. The slider
        # gets a thick groove and a large handle, to be seen and grabbed from a projector's distance.
        self.setStyleSheet("""
            QPushButton, QLabel#moment_label { font-weight: bold; }
            QPushButton { padding: 4px 12px; }
            QPushButton#live_button:checked { color: rgb(214, 39, 40); }
            QSlider::groove:horizontal { height: 8px; border-radius: 4px; background: rgb(205, 205, 205); }
            QSlider::sub-page:horizontal { border-radius: 4px; background: rgb(31, 119, 180); }
            QSlider::sub-page:horizontal:disabled { background: rgb(170, 170, 170); }
            QSlider::handle:horizontal { width: 16px; margin: -6px 0; border-radius: 10px;
                                         border: 2px solid rgb(31, 119, 180); background: white; }
            QSlider::handle:horizontal:disabled { border-color: rgb(170, 170, 170); }
        """)

        self.replay_timer = QTimer(self)
        self.replay_timer.timeout.connect(self._replay_step)
        keep_translated(self, self.retranslate)

    def retranslate(self) -> None:
        """The buttons, tips and the moment's words in the language now chosen."""
        self.live_button.setText(translate("Timeline", "● Live"))
        self.live_button.setToolTip(translate("Timeline", "Follow training as it happens; off: stay on the newest moment"))
        self.replay_button.widest_text = translate_marked("Timeline", STOP_TEXT)
        self.replay_button.setText(translate_marked("Timeline", STOP_TEXT if self.is_replaying else REPLAY_TEXT))
        self.replay_button.setToolTip(translate("Timeline", "Play back every recorded moment from the start, then go live"))
        self.slider.setToolTip(translate("Timeline", "Drag back to see the weights of an earlier moment (← → Page Up/Down)"))
        self._live_text = self._make_live_text()
        self._set_label(self._live_text if self.is_live else describe(self._current.examples_seen,
                                                                          self._current.test_accuracy))
        self.label.updateGeometry()

    def _make_live_text(self) -> str:
        if self._live_moment is None:
            return live_prefix() + translate("Timeline", "nothing recorded yet")
        return live_prefix() + describe(*self._live_moment)

    # --- state ------------------------------------------------------------------------------

    @property
    def is_live(self) -> bool:
        return self._current is None

    @property
    def current(self) -> Moment | None:
        """The moment shown, or None while live."""
        return self._current

    @property
    def is_replaying(self) -> bool:
        return self.replay_timer.isActive()

    # --- data in ------------------------------------------------------------------------------

    def record(self, examples_seen: int, updates: int, epoch_progress: float, weights: NetworkWeights,
               test_accuracy: float | None = None, test_loss: float | None = None,
               train_loss: float | None = None, show: bool = True) -> Moment | None:
        """Offer the newest weights (of any kind); kept as a moment only when the history
        says one is due. ``show=False`` leaves the live label to `show_live_text`: a window that
        records 60 snapshots a second changes it only as often as anyone can read it.

        Cheap to call on every snapshot: nothing is copied unless a moment is recorded. Fewer examples
        seen than the newest moment means the weights were replaced (reset, load): the history starts
        again and the timeline goes live.

        Returns
        -------
        The Moment recorded, or None.
        """
        newest = self.history.newest
        if newest is not None and examples_seen < newest.examples_seen:
            self.history.clear()
            if not self.is_live:
                self.go_live()
        self._live_moment = (examples_seen, test_accuracy)
        self._live_text = self._make_live_text()
        if show:
            self.show_live_text()
        if not self.history.should_record(examples_seen):
            return None
        moment = Moment(examples_seen, updates, epoch_progress, weights, test_accuracy=test_accuracy,
                        test_loss=test_loss, train_loss=train_loss)
        self.history.add(moment)
        self._sync_slider()
        return moment

    @property
    def current_weights(self) -> NetworkWeights | None:
        """The weights of the moment looked back at, or None when live (made once per moment
        shown: the canvas asks for them on every move)."""
        return self._current_weights

    def show_live_text(self) -> None:
        """The label says what the newest snapshot recorded (while live)."""
        if self.is_live:
            self._set_label(self._live_text)

    def clear(self) -> None:
        """Forget every moment and go live."""
        self.history.clear()
        self.go_live()

    # --- choosing what to show --------------------------------------------------------------------

    def show_moment(self, index: int) -> Moment:
        """Show the moment at ``index`` of the history (negative counts from the newest); stops a
        replay and stops following training."""
        self.stop_replay()
        return self._show(index)

    @Slot()
    def go_live(self) -> None:
        """Follow training again: the slider jumps to the newest moment and follows it."""
        self.stop_replay()
        was_live = self.is_live
        self._current = None
        self._current_weights = None
        self._sync_slider()
        self._set_label(self._live_text)
        if not was_live:
            self.live_selected.emit()

    def replay(self, seconds: float = 10.0) -> None:
        """Step through every moment from the first at an even pace, taking about ``seconds``, then
        go live. Moments recorded meanwhile are played too."""
        if not len(self.history):
            self.go_live()
            return
        self.stop_replay()
        self._show(0)
        self.replay_button.setText(translate_marked("Timeline", STOP_TEXT))
        self.replay_timer.start(max(1, round(1000 * seconds / len(self.history))))

    @Slot()
    def stop_replay(self) -> None:
        """Stop a replay where it is (the moment it shows stays shown)."""
        if self.replay_timer.isActive():
            self.replay_timer.stop()
        self.replay_button.setText(translate_marked("Timeline", REPLAY_TEXT))

    # --- internals ----------------------------------------------------------------------------

    def _show(self, index: int) -> Moment:
        moment = self.history[index]
        self._current = moment
        self._current_weights = moment.weights
        self._sync_slider()
        self._set_label(describe(moment.examples_seen, moment.test_accuracy))
        self.moment_selected.emit(moment)
        return moment

    def _sync_slider(self) -> None:
        """Range over the moments kept, handle on the one shown, without emitting valueChanged: only
        the user moving the slider should select a moment."""
        count = len(self.history)
        if self._current is None:
            position = count - 1
        else:
            # Thinning may have shifted (or dropped) the moment shown: point at it, or nearest to it.
            found = self.history.index_of(self._current)
            position = found if found is not None else (
                self.history.nearest_index(self._current.examples_seen) if count else 0)
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, max(count - 1, 0))
            self.slider.setValue(max(position, 0))
        self.slider.setEnabled(count > 1)
        with QSignalBlocker(self.live_button):
            self.live_button.setChecked(self._current is None)

    def _set_label(self, text: str) -> None:
        if self.label.text() != text:  # called for every snapshot while live: skip needless repaints
            self.label.setText(text)

    @Slot(int)
    def _on_slider_value_changed(self, index: int) -> None:
        if 0 <= index < len(self.history):
            self.show_moment(index)

    @Slot(bool)
    def _on_live_toggled(self, checked: bool) -> None:
        if checked:
            self.go_live()
        elif len(self.history):
            self.show_moment(-1)  # freeze on the newest moment while training goes on
        else:
            with QSignalBlocker(self.live_button):
                self.live_button.setChecked(True)

    @Slot()
    def _on_replay_clicked(self) -> None:
        if self.is_replaying:
            self.stop_replay()
        else:
            self.replay()

    @Slot()
    def _replay_step(self) -> None:
        shown = self.history.index_of(self._current) if self._current is not None else None
        if shown is None:  # thinned out while it was on screen: go on from the moment nearest to it
            shown = self.slider.value()
        if self._current is None or shown + 1 >= len(self.history):
            self.go_live()
        else:
            self._show(shown + 1)
