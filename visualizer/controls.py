"""The toolbar's boxes: views of the training session's settings, bound both ways.

Why a module of its own: a lesson, a weights file or the command line sets the session, never a
widget; each box here shows the session's value and sets it when the user changes it, so the two
can never disagree. (The network box follows the snapshots: see `MainWindow.show_architecture`.)
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDoubleSpinBox, QSpinBox

from ..core.live.training_loop import FULL_SPEED
from ..core.training import LEARNING_RATE_RANGE

from .session import TrainingSession
from .translation import decimal, keep_translated, translate, translate_marked

# The speeds offered (updates per second); another one asked for (--speed 5, a lesson's) is added.
SPEEDS = (("full speed", FULL_SPEED), ("1000 updates/s", 1000), ("100 updates/s", 100),
          ("10 updates/s", 10), ("2 updates/s", 2), ("1 update/s", 1))


def speed_text(updates_per_second: float) -> str:
    """A speed as the speed box shows it, in the current language."""
    if updates_per_second == FULL_SPEED:
        return translate("Controls", "full speed")
    if updates_per_second == 1:
        return translate("Controls", "1 update/s")
    return translate("Controls", "{rate} updates/s").format(rate=decimal(updates_per_second))


def network_title(architecture) -> str:
    """A network's name as the window shows it, in the current language ("hidden 128 ReLU");
    ``architecture.describe()`` is the English name that keys and files use."""
    text, values = architecture.wording()
    return translate_marked("Network", text).format(**values)


def _relabel(box: QComboBox, text_of) -> None:
    """Each item of ``box`` named again from its data (after a change of language)."""
    for i in range(box.count()):
        box.setItemText(i, text_of(box.itemData(i)))


def follow_locale(box: QAbstractSpinBox) -> None:
    """``box`` writes and reads its number the current language's way ("0,0100" in German): a
    widget keeps the locale it was made in, and a spin box writes its text again on the change."""
    box.setLocale(QLocale())


class RateBox(QDoubleSpinBox):
    """The learning-rate box, as wide as the rates a class uses (up to 100.0000), not as the
    largest it accepts (1,000,000.0000): the toolbar's room is what keeps every control in sight."""

    def sizeHint(self):
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        widest = metrics.horizontalAdvance(self.textFromValue(self.maximum()))
        hint.setWidth(hint.width() - widest + metrics.horizontalAdvance("100.0000"))
        return hint

    def minimumSizeHint(self):
        return self.sizeHint()


class ChoiceBox(QComboBox):
    """A toolbar's choice, as wide as the choice it shows, its list as wide as its longest: the
    toolbar's room is what keeps every control in sight, and some languages' words are long."""

    def __init__(self):
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)   # (its items' names change with the language)
        self.currentIndexChanged.connect(self.updateGeometry)

    def sizeHint(self):
        hint = super().sizeHint()   # (as wide as the longest name)
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        hint.setWidth(hint.width() - widest + metrics.horizontalAdvance(self.currentText()))
        return hint

    def minimumSizeHint(self):
        return self.sizeHint()

    def showPopup(self):
        self.view().setMinimumWidth(super().sizeHint().width())
        super().showPopup()


def training_controls(session: TrainingSession, networks: dict) -> tuple:
    """The learning rate, batch size, speed and network boxes, bound to ``session``;
    ``networks``: name -> Architecture, the network box's choices in order."""
    lr_box = RateBox()
    lr_box.setDecimals(4)
    lr_box.setRange(*LEARNING_RATE_RANGE)
    lr_box.setStepType(QDoubleSpinBox.AdaptiveDecimalStepType)
    lr_box.setValue(session.learning_rate)
    lr_box.setKeyboardTracking(False)
    keep_translated(lr_box, lambda: (lr_box.setToolTip(
        translate("Controls", "learning rate λ: W ← W − λ ∂L/∂W")), follow_locale(lr_box)))
    # both ways: setting the value it has emits nothing, so the two settle at once (on the box's
    # rounding to four decimals, and its range)
    lr_box.valueChanged.connect(session.set_learning_rate)
    session.learning_rate_changed.connect(lr_box.setValue)

    batch_box = QSpinBox()
    batch_box.setRange(1, 60000)   # (the session clamps to its dataset's size, and says so)
    batch_box.setValue(session.batch_size)
    batch_box.setKeyboardTracking(False)
    keep_translated(batch_box, lambda: (batch_box.setToolTip(
        translate("Controls", "examples per update; 1 = one example at a time (the guide's)")),
        follow_locale(batch_box)))
    batch_box.valueChanged.connect(session.set_batch_size)
    session.batch_size_changed.connect(batch_box.setValue)

    speed_box = ChoiceBox()
    for _, value in SPEEDS:
        speed_box.addItem(speed_text(value), value)
    keep_translated(speed_box, lambda: (_relabel(speed_box, speed_text), speed_box.setToolTip(
        translate("Controls", "full speed, or slow motion that a class can follow"))))
    show_speed(speed_box, session.speed)
    speed_box.currentIndexChanged.connect(lambda i: session.set_speed(speed_box.itemData(i)))
    session.speed_changed.connect(lambda value: show_speed(speed_box, value))

    network_box = ChoiceBox()
    for name, architecture in networks.items():
        network_box.addItem(network_title(architecture), architecture)
    keep_translated(network_box, lambda: (_relabel(network_box, network_title), network_box.setToolTip(
        translate("Controls", "the guide's one layer, or one hidden layer: changing it starts a new run"))))
    network_box.activated.connect(lambda i: session.set_network(network_box.itemData(i)))
    return lr_box, batch_box, speed_box, network_box


def show_speed(box: QComboBox, updates_per_second: float) -> None:
    """Select the speed in ``box``, adding it (in order, fastest first) if it is not offered."""
    values = [box.itemData(i) for i in range(box.count())]
    if updates_per_second in values:
        box.setCurrentIndex(values.index(updates_per_second))
        return
    # after full speed, the rates fall
    index = next((i for i in range(1, len(values)) if values[i] < updates_per_second), len(values))
    blocked = box.blockSignals(True)   # the items after it move down: not a change of speed
    box.insertItem(index, speed_text(updates_per_second), updates_per_second)
    box.blockSignals(blocked)
    box.setCurrentIndex(index)
