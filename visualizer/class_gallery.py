"""The class's digits, each with the network's current answer under it (wrong ones marked), so a
student sees their own digit flip from wrong to right as the network learns."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..core.model import NetworkWeights
from .translation import keep_translated, percent, translate

# Under each digit (no words: the same in every language)
ANSWER = {False: "{label} → {answer}", True: "{label} → {answer} ✗"}   # by wrong
UNREAD = "{label}"
WRONG = QColor(200, 40, 30)
ANSWERS_EVERY = 0.5   # seconds: the network's answers are brought up to date at most this often


def digit_picture(image: np.ndarray, side: int) -> QImage:
    """A 28x28 digit (784 uint8, 255 = ink) as dark ink on paper, ``side`` pixels square, one byte a
    pixel (a list item's decoration: a quarter of a pixmap's memory, for hundreds of digits)."""
    grey = np.ascontiguousarray(255 - np.asarray(image, np.uint8).reshape(28, 28))
    picture = QImage(grey.data, 28, 28, 28, QImage.Format_Grayscale8)
    return picture.scaled(side, side, Qt.KeepAspectRatio, Qt.FastTransformation)   # (a copy)


def digit_item(image: np.ndarray, side: int, text: str = "") -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.DecorationRole, digit_picture(image, side))
    return item


def sections(is_check: np.ndarray) -> tuple[tuple[int, int], tuple[int, int]]:
    """The rows of the training digits and of the check digits, (start, stop) each, when the
    training digits come first; else all the rows as one section (and an empty one)."""
    n, train = len(is_check), int(np.count_nonzero(~is_check))
    if is_check[:train].any():
        return (0, n), (n, n)
    return (0, train), (train, n)


def thumbnail_side(height: int) -> int:
    """A digit's side in pixels in a window ``height`` pixels high: a whole number of pixels per
    MNIST pixel (sharp edges), 3 (84) up to 750 pixels high, 4 (112) at 1080, 5 (140) at 1440."""
    return 28 * max(3, height // 250)


def thumbnail_list(side: int) -> QListWidget:
    """A grid of digit thumbnails with a line of text under each."""
    grid = QListWidget()
    grid.setViewMode(QListView.IconMode)
    grid.setIconSize(QSize(side, side))
    grid.setResizeMode(QListView.Adjust)
    grid.setMovement(QListView.Static)
    grid.setUniformItemSizes(True)
    grid.setSpacing(6)
    grid.setWordWrap(True)
    return grid


class ClassGallery(QWidget):
    """Every class digit (training digits, then check digits), the network's answer under each."""

    def __init__(self, side: int = 84, parent=None):
        super().__init__(parent)
        self.side = side
        self.summary = QLabel()
        self.summary.setObjectName("gallery_summary")
        self.summary.setWordWrap(True)
        self.grid = thumbnail_list(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.grid, stretch=1)
        self.images = np.zeros((0, 784), np.uint8)
        self.labels = np.zeros(0, np.uint8)
        self.is_check = np.zeros(0, bool)
        self.answers: np.ndarray | None = None
        self._inputs = np.zeros((0, 784), np.float32)   # the digits as the network reads them
        self._weights: NetworkWeights | None = None      # the newest weights
        self._answered_by: NetworkWeights | None = None  # the weights ``answers`` are of
        self._answered = 0.0
        # what is written under each digit: its answer, -1 its label alone, -2 nothing yet
        self._written = np.zeros(0, np.int64)
        keep_translated(self, self.retranslate)

    def retranslate(self) -> None:
        """Every digit's words and the summary written again (in a new language)."""
        self._written[:] = -2
        self._write()

    def set_digits(self, images: np.ndarray, labels: np.ndarray, is_check: np.ndarray) -> None:
        """The digits to show: images (n, 784) uint8, labels (n,), is_check (n,) bool, the training
        digits first. Only the digits that are new or changed are drawn, read by the network and
        written: a class on auto-accept adds a digit every 50 ms to hundreds, and a training digit
        goes in before the check digits, which stay as they are (drawn again, a third of the
        digits, every time)."""
        old_sections, new_sections = sections(self.is_check), sections(is_check)
        from_old = np.full(len(labels), -1)   # each digit's row in the old digits, -1 for a new one
        self.grid.setUpdatesEnabled(False)   # (one layout for the lot)
        # the check digits first: the rows of the training digits before them stay where they are
        for (old_start, old_stop), (start, stop) in reversed(list(zip(old_sections, new_sections))):
            kept = self._kept(old_start, old_stop, images[start: stop], labels[start: stop], is_check[start: stop])
            for _ in range(old_stop - old_start - kept):
                self.grid.takeItem(old_start + kept)
            for row, i in enumerate(range(start + kept, stop), old_start + kept):
                self.grid.insertItem(row, digit_item(images[i], self.side))
            from_old[start: start + kept] = np.arange(old_start, old_start + kept)
        self.grid.setUpdatesEnabled(True)
        new, old = from_old < 0, from_old[from_old >= 0]
        inputs = np.empty((len(labels), 784), np.float32)
        inputs[~new], inputs[new] = self._inputs[old], np.multiply(images[new], np.float32(1 / 255), dtype=np.float32)
        written = np.full(len(labels), -2)
        written[~new] = self._written[old]
        self.images, self.labels, self.is_check, self._inputs, self._written = images, labels, is_check, inputs, written
        if self.answers is not None:   # the new digits read by the weights that read the others
            answers = np.empty(len(labels), np.int64)
            answers[~new] = self.answers[old]
            if new.any():
                answers[new] = self._answered_by.forward(inputs[new]).probabilities.argmax(axis=1)
            self.answers = answers
        elif self._weights is not None:
            self.show_answers(self._weights, at_once=True)
            return
        self._write()

    def _kept(self, start: int, stop: int, images: np.ndarray, labels: np.ndarray, is_check: np.ndarray) -> int:
        """How many of the rows ``start``..``stop`` show the first of these digits as they are."""
        n = min(stop - start, len(labels))
        rows = slice(start, start + n)
        same = ((self.images[rows] == images[:n]).all(axis=1) & (self.labels[rows] == labels[:n])
                & (self.is_check[rows] == is_check[:n]))
        return n if same.all() else int(np.argmin(same))

    def set_side(self, side: int) -> None:
        """Show the digits ``side`` pixels square (their pictures made again: only when it changes)."""
        if side == self.side:
            return
        self.side = side
        self.grid.setIconSize(QSize(side, side))
        for i, image in enumerate(self.images):
            self.grid.item(i).setData(Qt.DecorationRole, digit_picture(image, side))

    def show_answers(self, weights: NetworkWeights, at_once: bool = False) -> None:
        """The network's answers for every digit, at most every ANSWERS_EVERY seconds (unless
        ``at_once``): a few hundred digits through the network take a millisecond or two."""
        self._weights = weights
        now = time.monotonic()
        if not at_once and now - self._answered < ANSWERS_EVERY:
            return
        self._answered = now
        if len(self.images):
            self.answers = weights.forward(self._inputs).probabilities.argmax(axis=1)
            self._answered_by = weights
        self._write()

    def _write(self) -> None:
        """The text under each digit whose answer changed since it was written (-1: not read yet),
        and the summary."""
        total = len(self.labels)
        if not total:
            self.summary.setText(translate("ClassGallery", "No class digits yet: accept some from the queue."))
            return
        answers = np.full(total, -1) if self.answers is None else self.answers
        for i in np.flatnonzero(answers != self._written).tolist():
            item, label, answer = self.grid.item(i), int(self.labels[i]), int(answers[i])
            if answer < 0:
                item.setText(UNREAD.format(label=label))
                continue
            wrong = answer != label
            item.setText(ANSWER[wrong].format(label=label, answer=answer))
            item.setForeground(QBrush(WRONG) if wrong else QBrush())
            if self.is_check[i]:
                tip = translate("ClassGallery", "drawn as {label}, read as {answer} (a check digit: never trained on)")
            else:
                tip = translate("ClassGallery", "drawn as {label}, read as {answer}")
            item.setToolTip(tip.format(label=label, answer=answer))
        self._written = answers.copy()
        if self.answers is not None:
            right = int((answers == self.labels).sum())
            self.summary.setText(translate(
                "ClassGallery", "The network reads {right} of {total} right ({share}); {check} kept only to check on."
            ).format(right=right, total=total, share=percent(right / total, 0), check=int(self.is_check.sum())))

    def wrong_count(self) -> int | None:
        """How many digits the network reads wrong now (None before it has read them)."""
        return None if self.answers is None else int((self.answers != self.labels).sum())
