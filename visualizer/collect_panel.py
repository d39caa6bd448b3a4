"""File > Collect digits from phones: the room's way in (a QR code and the address, large enough
for the back row), the queue the teacher moderates, and the gallery of the class's digits.

A window of its own beside the main one, so that the projector can show the code while the main
window trains; the teacher accepts (A, Enter) or rejects (X, Delete) each waiting digit, or all at
once (Shift+A), or lets every digit in (auto-accept). Only accepted digits reach the gallery, the
class-digits folder and training.
"""

from __future__ import annotations

import io
import time

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFileDialog, QMessageBox, QSpinBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QTabWidget, QVBoxLayout, QWidget)

from ..core.collect.server import CollectError
from ..core.data import DatasetError
from ..core.training import MAX_MIX_SHARE, ClassMix
from .class_gallery import ClassGallery, digit_item, digit_picture, thumbnail_list, thumbnail_side
from .collecting import Collecting
from .theme import palette, stylesheet
from .translation import QT_TRANSLATE_NOOP, keep_translated, translate_marked

# The window's words (marked for translation; `words` gives them in the app's language)
WORDS = {
    "title": QT_TRANSLATE_NOOP("CollectWindow", "Collect digits from phones"),
    "scan": QT_TRANSLATE_NOOP("CollectWindow", "Scan with your phone's camera to draw a digit"),
    "address": QT_TRANSLATE_NOOP("CollectWindow", "or open {url}"),
    "same_network": QT_TRANSLATE_NOOP("CollectWindow", "Phones must be on the same Wi-Fi as this computer."),
    "stopped": QT_TRANSLATE_NOOP("CollectWindow", "Collecting is stopped: phones cannot send digits."),
    "start": QT_TRANSLATE_NOOP("CollectWindow", "Start collecting"),
    "stop": QT_TRANSLATE_NOOP("CollectWindow", "Stop collecting"),
    "waiting_tab": QT_TRANSLATE_NOOP("CollectWindow", "Waiting ({n})"),
    "gallery_tab": QT_TRANSLATE_NOOP("CollectWindow", "Class digits ({n})"),
    "accept": QT_TRANSLATE_NOOP("CollectWindow", "Accept (A)"),
    "reject": QT_TRANSLATE_NOOP("CollectWindow", "Reject (X)"),
    "accept_all": QT_TRANSLATE_NOOP("CollectWindow", "Accept all (Shift+A)"),
    "auto": QT_TRANSLATE_NOOP("CollectWindow", "Accept every digit as it arrives"),
    "nothing_waiting": QT_TRANSLATE_NOOP("CollectWindow", "No digits waiting. They appear here as phones send them."),
    "counts": QT_TRANSLATE_NOOP("CollectWindow", "The class has: {counts}"),
    "error": QT_TRANSLATE_NOOP("CollectWindow", "Cannot collect: {problem}"),
    "open": QT_TRANSLATE_NOOP("CollectWindow", "Keep them in another folder…"),
    "open_tip": QT_TRANSLATE_NOOP("CollectWindow", "Open a class's digits kept on another day (a new folder starts an empty set)"),
    "merge": QT_TRANSLATE_NOOP("CollectWindow", "Add digits from a folder…"),
    "merge_tip": QT_TRANSLATE_NOOP("CollectWindow", "Add the digits of another class-digits folder to these"),
    "clear": QT_TRANSLATE_NOOP("CollectWindow", "Clear…"),
    "clear_question": QT_TRANSLATE_NOOP("CollectWindow", "Remove all {n} of the class's digits from {folder}?"),
    "folder": QT_TRANSLATE_NOOP("CollectWindow", "Kept in {folder}"),
    "bad_folder": QT_TRANSLATE_NOOP("CollectWindow", "Cannot use {folder}: {problem}"),
    "mix": QT_TRANSLATE_NOOP("CollectWindow", "Train on the class's digits:"),
    "mix_suffix": QT_TRANSLATE_NOOP("CollectWindow", "% of the examples"),
    "mix_tip": QT_TRANSLATE_NOOP("CollectWindow", "The share of training examples drawn from the class's digits "
                                 "(its check digits are never trained on: the accuracy chart shows how "
                                 "well the network reads them)"),
}


def words(key: str) -> str:
    """``WORDS[key]`` in the app's language."""
    return translate_marked("CollectWindow", WORDS[key])


DEFAULT_MIX_PERCENT = 10
# The class's digits go to training at most this often as they arrive (a new set makes the training
# process evaluate the test set again: sent twice a second, that was ~3% of its time in a profile).
TRAIN_EVERY = 5.0


def qr_pixmap(url: str, side: int) -> QPixmap:
    """The address as a QR code, about ``side`` pixels square, each module a whole number of pixels
    (sharp edges scan best from afar)."""
    import segno

    code = segno.make(url, error="m")
    modules = code.symbol_size(scale=1, border=2)[0]
    out = io.BytesIO()
    code.save(out, kind="png", scale=max(2, side // modules), border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(out.getvalue(), "PNG")
    return pixmap


class QrCode(QLabel):
    """The address as a QR code as large as the label is, drawn again whenever its size changes."""

    def __init__(self):
        super().__init__()
        self.url = ""
        self.setAlignment(Qt.AlignCenter)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)

    def set_url(self, url: str) -> None:
        self.url = url
        self._draw()

    def _draw(self) -> None:
        side = min(self.width(), self.height())
        self.setPixmap(qr_pixmap(self.url, side) if self.url and side > 40 else QPixmap())

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._draw()


class CollectWindow(QWidget):
    """The QR code and address on the left; the queue and the gallery in tabs on the right."""

    def __init__(self, collecting: Collecting, session=None, parent=None):
        super().__init__(parent, Qt.Window)
        self.collecting = collecting
        self.setObjectName("collect_window")

        self.qr = QrCode()
        self.scan = QLabel()
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.hint = QLabel()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        for label in (self.scan, self.address, self.hint, self.counts):
            label.setAlignment(Qt.AlignCenter)
            label.setWordWrap(True)
        self.start_stop = QPushButton()
        self.start_stop.clicked.connect(self.toggle)
        left = QVBoxLayout()
        left.addWidget(self.scan)
        left.addWidget(self.qr, stretch=1)
        left.addWidget(self.address)
        left.addWidget(self.hint)
        left.addWidget(self.counts)
        left.addWidget(self.start_stop, alignment=Qt.AlignCenter)

        self.queue = thumbnail_list(84)
        self.queue.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queue.itemDoubleClicked.connect(lambda item: self.collecting.accept(item.data(Qt.UserRole)))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.accept_button = QPushButton()
        self.reject_button = QPushButton()
        self.accept_all_button = QPushButton()
        self.auto = QCheckBox()
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.accept_all_button.clicked.connect(collecting.accept_all)
        self.auto.toggled.connect(collecting.set_auto_accept)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            buttons.addWidget(button)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addWidget(self.empty)
        waiting_layout.addWidget(self.queue, stretch=1)
        waiting_layout.addLayout(buttons)
        waiting_layout.addWidget(self.auto)
        for keys, slot in (([Qt.Key_A, Qt.Key_Return, Qt.Key_Enter], self.accept_current),
                           ([Qt.Key_X, Qt.Key_Delete, Qt.Key_Backspace], self.reject_current),
                           (["Shift+A"], collecting.accept_all)):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot, context=Qt.WindowShortcut)

        self.gallery = ClassGallery()
        self.session = session
        self.mix = QSpinBox()
        self.mix.setRange(0, round(MAX_MIX_SHARE * 100))
        self.mix.setSingleStep(5)
        self.mix.setValue(DEFAULT_MIX_PERCENT)
        self.mix.valueChanged.connect(self.train_on_digits)
        mix_row = QHBoxLayout()
        self.mix_label = QLabel()
        mix_row.addWidget(self.mix_label)
        mix_row.addWidget(self.mix)
        mix_row.addStretch(1)
        self.gallery.layout().insertLayout(1, mix_row)
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.merge_button = QPushButton()
        self.clear_button = QPushButton()
        folder_row = QHBoxLayout()
        for button, slot in ((self.open_button, self.choose_folder), (self.merge_button, self.choose_merge),
                             (self.clear_button, self.confirm_clear)):
            button.clicked.connect(slot)
            folder_row.addWidget(button)
        self.gallery.layout().addWidget(self.folder)
        self.gallery.layout().addLayout(folder_row)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(waiting, "")
        self.tabs.addTab(self.gallery, "")
        row = QHBoxLayout(self)
        row.addLayout(left, stretch=1)
        row.addWidget(self.tabs, stretch=1)

        self._waiting_items: dict[int, object] = {}   # arrival number -> its item in the queue
        self._trained_at, self._trained_count = -TRAIN_EVERY, 0
        self._train_later = QTimer(self, singleShot=True)
        self._train_later.timeout.connect(self.train_on_digits)
        collecting.arrived.connect(self.add_arrivals)
        collecting.settled.connect(self.remove_arrivals)
        collecting.digits_changed.connect(self.show_digits)
        collecting.running_changed.connect(self.show_running)
        collecting.problem.connect(self.folder.setText)
        self.add_arrivals(collecting.inbox.waiting())
        if session is not None:   # the network's answers under the digits, as it learns
            session.snapshot.connect(lambda snap: self.gallery.show_answers(snap.weights))
            if session.latest is not None:
                self.gallery.show_answers(session.latest.weights, at_once=True)
        self.show_digits()
        keep_translated(self, self.retranslate)   # (and shows whether it is running)
        # the teacher's controls (type of a 60th of the window's height)
        self._controls = (self.start_stop, self.accept_button, self.reject_button, self.accept_all_button,
                          self.auto, self.mix_label, self.mix, self.folder, self.open_button,
                          self.merge_button, self.clear_button)
        self._typed_for = 0
        self._sized_to_screen = False
        self.resize(1000, 640)

    def showEvent(self, event):
        """The first time it shows, the screen's free area: it is what the room looks at while it
        collects, and the QR code, the address and the type grow with the window's height (1000x640
        left a 1080-line projector's QR code at a third of its height). Placed by hand: where no
        window manager acts (a kiosk, Xvfb) a window asked to maximise stays as it was."""
        if not self._sized_to_screen:
            self._sized_to_screen = True
            screen = self.screen() or (self.parent().screen() if self.parent() else None)
            if screen is not None:
                self.setGeometry(screen.availableGeometry())
        super().showEvent(event)

    def retranslate(self) -> None:
        """The window's words in the app's language (again, after a change of language)."""
        self.setWindowTitle(words("title"))
        for widget, key in ((self.scan, "scan"), (self.hint, "same_network"), (self.empty, "nothing_waiting"),
                            (self.accept_button, "accept"), (self.reject_button, "reject"),
                            (self.accept_all_button, "accept_all"), (self.auto, "auto"), (self.mix_label, "mix"),
                            (self.open_button, "open"), (self.merge_button, "merge"), (self.clear_button, "clear")):
            widget.setText(words(key))
        self.mix.setSuffix(words("mix_suffix"))
        for widget, key in ((self.mix, "mix_tip"), (self.open_button, "open_tip"), (self.merge_button, "merge_tip")):
            widget.setToolTip(words(key))
        self.show_running(self.collecting.url)
        self._show_folder()

    def set_looks(self, looks) -> None:
        """The main window's theme (a window of its own does not inherit its stylesheet)."""
        self.setPalette(palette(looks.theme))
        self.setStyleSheet(stylesheet(looks.theme))

    # --- the way in ---------------------------------------------------------------------------------

    @Slot()
    def toggle(self) -> None:
        if self.collecting.url:
            self.collecting.stop()
            return
        try:
            self.collecting.start()
        except CollectError as exc:
            self.address.setText(words("error").format(problem=exc))

    @Slot(str)
    def show_running(self, url: str) -> None:
        self.start_stop.setText(words("stop" if url else "start"))
        self.scan.setVisible(bool(url))
        self.hint.setVisible(bool(url))
        # a line may end after any "/" of the address (a zero-width space there): a token of 22
        # letters at the back row's size would otherwise set the window's least width past a screen's
        self.address.setText(words("address").format(url=url.replace("/", "/\u200b")) if url else words("stopped"))
        self.qr.set_url(url)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._size_type()

    def _size_type(self) -> None:
        """Type the back row can read: the address and the call to scan at about a 30th of the
        window's height, the digits' labels and the tabs' names at about a 45th, the teacher's
        controls at a 60th; the digits themselves a whole number of pixels per MNIST pixel, larger
        on a larger screen."""
        height = self.height()
        if height == self._typed_for:
            return
        self._typed_for = height
        for labels, share, bold in (((self.scan, self.address), 30, True),
                                    ((self.hint, self.counts, self.empty, self.gallery.summary), 45, False),
                                    ((self.queue, self.gallery.grid), 45, True),
                                    (self._controls, 60, False)):
            for label in labels:   # (a style sheet of its own: the theme's sets every widget's font)
                label.setStyleSheet(f"font-size: {max(13, height // share)}px; "
                                    f"font-weight: {'bold' if bold else 'normal'};")
        # (the theme sets the tabs' type on QTabBar::tab: so must this)
        self.tabs.tabBar().setStyleSheet(f"QTabBar::tab {{ font-size: {max(13, height // 45)}px; }}")
        side = thumbnail_side(height)
        self.gallery.set_side(side)
        if side != self.queue.iconSize().width():
            self.queue.setIconSize(QSize(side, side))
            waiting = {a.number: a for a in self.collecting.inbox.waiting()}
            for number, item in self._waiting_items.items():
                if number in waiting:
                    item.setData(Qt.DecorationRole, digit_picture(waiting[number].image, side))

    # --- the queue -----------------------------------------------------------------------------------

    @Slot(object)
    def add_arrivals(self, arrivals) -> None:
        """Drawings waiting for the teacher, at the end of the queue (a batch: one layout)."""
        if self.collecting.auto_accept or not arrivals:
            return   # in the gallery at once
        self.queue.setUpdatesEnabled(False)
        for arrival in arrivals:
            item = digit_item(arrival.image, self.queue.iconSize().width(),
                              str(arrival.label))
            item.setData(Qt.UserRole, arrival.number)
            self.queue.addItem(item)
            self._waiting_items[arrival.number] = item
        self.queue.setUpdatesEnabled(True)
        if self.queue.currentItem() is None:
            self.queue.setCurrentRow(0)
        self._count_tabs()

    @Slot(object)
    def remove_arrivals(self, numbers) -> None:
        """Accepted or rejected: out of the queue."""
        items = [self._waiting_items.pop(n) for n in numbers if n in self._waiting_items]
        if not items:
            return
        if not self._waiting_items:
            self.queue.clear()
        else:
            for item in items:
                self.queue.takeItem(self.queue.row(item))
        if self.queue.count() and self.queue.currentItem() is None:
            self.queue.setCurrentRow(0)
        self._count_tabs()

    def _current_number(self) -> int | None:
        item = self.queue.currentItem() or self.queue.item(0)
        return None if item is None else item.data(Qt.UserRole)

    @Slot()
    def accept_current(self) -> None:
        if (number := self._current_number()) is not None:
            self.collecting.accept(number)

    @Slot()
    def reject_current(self) -> None:
        if (number := self._current_number()) is not None:
            self.collecting.reject(number)

    # --- the class's digits ------------------------------------------------------------------------

    @Slot()
    def show_digits(self) -> None:
        self.gallery.set_digits(*self.collecting.digits.all_images())
        # at once when training has none of them yet, or fewer than it has (cleared, another set)
        wait = self._trained_at + TRAIN_EVERY - time.monotonic()
        if wait <= 0 or not 0 < self._trained_count <= len(self.collecting.digits):
            self.train_on_digits()
        elif not self._train_later.isActive():
            self._train_later.start(max(1, int(wait * 1000)))
        self._show_folder()

    def _show_folder(self) -> None:
        """The folder, the counts of each digit, and the tabs' counts."""
        self.folder.setText(words("folder").format(folder=self.collecting.digits.folder))
        counts = self.collecting.digits.counts()
        # (a digit and its count never parted by a line's end: no-break spaces inside each pair)
        self.counts.setText(words("counts").format(counts="  ".join(f"{d}:\u00a0{n}" for d, n in enumerate(counts))))
        self._count_tabs()

    def _folder_dialog(self, caption: str) -> str:
        return QFileDialog.getExistingDirectory(self, caption, str(self.collecting.digits.folder.parent))

    @Slot()
    def choose_folder(self) -> None:
        if folder := self._folder_dialog(words("open")):
            self.use_folder(folder)

    @Slot()
    def choose_merge(self) -> None:
        if folder := self._folder_dialog(words("merge")):
            self.merge_folder(folder)

    def use_folder(self, folder) -> bool:
        """Keep the class's digits in ``folder`` from now on: those it holds, or none if it is new."""
        return self._try(folder, self.collecting.open)

    def merge_folder(self, folder) -> bool:
        return self._try(folder, self.collecting.merge)

    def _try(self, folder, act) -> bool:
        """``act(folder)``; a folder that is not a class's digits is said in words, nothing changed."""
        try:
            act(folder)
        except (DatasetError, OSError) as exc:
            QMessageBox.warning(self, words("title"), words("bad_folder").format(folder=folder, problem=exc))
            return False
        return True

    @Slot()
    def confirm_clear(self) -> None:
        digits = self.collecting.digits
        question = words("clear_question").format(n=len(digits), folder=digits.folder)
        if len(digits) and QMessageBox.question(self, words("title"), question) == QMessageBox.Yes:
            self.collecting.clear()

    @Slot()
    def train_on_digits(self) -> None:
        """The class's digits, at the share chosen, to the training (the check digits always)."""
        self._train_later.stop()
        self._trained_at, self._trained_count = time.monotonic(), len(self.collecting.digits)
        if self.session is None:
            return
        d = self.collecting.digits
        if not len(d):
            self.session.set_class_digits(None)
            return
        self.session.set_class_digits(ClassMix(d.train.images, d.train.labels, d.check.images, d.check.labels,
                                               self.mix.value() / 100))

    def _count_tabs(self) -> None:
        self.tabs.setTabText(0, words("waiting_tab").format(n=self.queue.count()))
        self.tabs.setTabText(1, words("gallery_tab").format(n=len(self.collecting.digits)))
        self.empty.setVisible(self.queue.count() == 0)
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            button.setEnabled(self.queue.count() > 0)
