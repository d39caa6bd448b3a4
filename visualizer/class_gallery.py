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
        self._weights: NetworkWeights | None = None
        self._answered = 0.0
        # what is written under each digit: its answer, -1 its label alone, -2 nothing yet
        self._written = np.zeros(0, np.int64)
        keep_translated(self, self.retranslate)

    def retranslate(self) -> None:
        """Every digit's words and the summary written again (in a new language)."""
        self._written[:] = -2
        self._write()

    def set_digits(self, images: np.ndarray, labels: np.ndarray, is_check: np.ndarray) -> None:
        """The digits to show: images (n, 784) uint8, labels (n,), is_check (n,) bool. Only the
        digits from the first one that changed are drawn and written again (a class on auto-accept
        adds a digit every 50 ms to hundreds)."""
        common = min(len(images), len(self.images))
        differs = np.flatnonzero((images[:common] != self.images[:common]).any(axis=1)
                                 | (labels[:common] != self.labels[:common])
                                 | (is_check[:common] != self.is_check[:common]))
        first = int(differs[0]) if len(differs) else common
        self.grid.setUpdatesEnabled(False)   # (one layout for the lot)
        while self.grid.count() > len(images):
            self.grid.takeItem(self.grid.count() - 1)
        for i in range(first, len(images)):
            if i < self.grid.count():
                self.grid.item(i).setData(Qt.DecorationRole, digit_picture(images[i], self.side))
            else:
                self.grid.addItem(digit_item(images[i], self.side))
        self.grid.setUpdatesEnabled(True)
        self.images, self.labels, self.is_check = images, labels, is_check
        self._written = np.concatenate([self._written[:first], np.full(len(labels) - first, -2)])
        self.answers = None
        if self._weights is not None:
            self.show_answers(self._weights, at_once=True)
        else:
            self._write()

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
            x = np.multiply(self.images, np.float32(1 / 255), dtype=np.float32)
            self.answers = weights.forward(x).probabilities.argmax(axis=1)
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
