"""The class's own digits as a dataset folder: the four IDX files the app reads, and their strokes.

::

    class-digits/
        train-images-idx3-ubyte.gz   train-labels-idx1-ubyte.gz   digits to train on
        t10k-images-idx3-ubyte.gz    t10k-labels-idx1-ubyte.gz    digits only to check on
        strokes.json                 each digit's strokes, in the same order, so it can be replayed

Digits are split as they arrive, each label on its own: every CHECK_EVERY-th digit of a label is
kept to check on, the rest to train on, so both splits hold every label in the same proportion
however unevenly the class draws. strokes.json is plain JSON (no pickle): per split, a list of
{"label", "source", "strokes": [[[x, y], ...], ...]} with (x, y) in 0..1 of the drawing pad
(a digit drawn on the teacher's canvas has no strokes: []). Every file is written next to itself
and renamed into place, so a crash mid-save leaves the last whole set; nothing is written outside
the folder.
"""

from __future__ import annotations

import gzip
import json
import os
from functools import partial
from pathlib import Path
from typing import Callable

import numpy as np

from ..data import FILE_NAMES, N_PIXELS, DatasetError, read_idx

CHECK_EVERY = 3            # one digit in three (of each label) is kept to check on
STROKES_FILE = "strokes.json"
FORMAT = 1
SPLITS = {"train": ("train_images", "train_labels"), "check": ("test_images", "test_labels")}


def idx_bytes(array: np.ndarray) -> bytes:
    """An IDX file's bytes for an array of unsigned bytes (any number of dimensions)."""
    array = np.ascontiguousarray(array, np.uint8)
    header = (0x0800 | array.ndim).to_bytes(4, "big")
    header += b"".join(int(n).to_bytes(4, "big") for n in array.shape)
    return header + array.tobytes()


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to ``path`` (in its folder), then rename over it."""
    partial = path.with_name(f".{path.name}.partial")
    with open(partial, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(partial, path)


class Split:
    """One split's digits: images (n, 784) uint8, labels (n,) uint8, and a record of each (a dict,
    with its JSON text for strokes.json).

    A class adds its digits one at a time, to hundreds: they go into arrays that double as they
    fill (not a new array per digit), and each record is made JSON once, as it comes. ``images``
    and ``labels`` are views of the digits so far: a digit added later never changes them.
    """

    def __init__(self, images: np.ndarray | None = None, labels: np.ndarray | None = None,
                 records: list | None = None):
        self._images = np.zeros((0, N_PIXELS), np.uint8) if images is None else np.asarray(images, np.uint8)
        self._labels = np.zeros(0, np.uint8) if labels is None else np.asarray(labels, np.uint8)
        self._n = len(self._labels)
        self.records = list(records or [])
        self.record_texts = [record_text(r) for r in self.records]

    @property
    def images(self) -> np.ndarray:
        return self._images[: self._n]

    @property
    def labels(self) -> np.ndarray:
        return self._labels[: self._n]

    def add(self, image: np.ndarray, label: int, record: dict) -> None:
        if self._n == len(self._labels):   # full: twice the room
            room = max(64, 2 * self._n)
            self._images = np.concatenate([self.images, np.zeros((room - self._n, N_PIXELS), np.uint8)])
            self._labels = np.concatenate([self.labels, np.zeros(room - self._n, np.uint8)])
        self._images[self._n] = np.asarray(image, np.uint8).reshape(N_PIXELS)
        self._labels[self._n] = label
        self._n += 1
        self.records.append(record)
        self.record_texts.append(record_text(record))

    def counts(self) -> np.ndarray:
        return np.bincount(self.labels, minlength=10)

    def frozen(self) -> Split:
        """These digits as they are now: digits added later do not change it."""
        kept = Split(self.images, self.labels)
        kept.records, kept.record_texts = list(self.records), list(self.record_texts)
        return kept


def record_text(record: dict) -> str:
    """A record as strokes.json holds it: its strokes as lists of [x, y] rounded to 4 places."""
    return json.dumps({**record, "strokes": [np.round(np.asarray(s, np.float64), 4).tolist() for s in record["strokes"]]},
                      separators=(",", ":"))


def strokes_record(label: int, strokes, source: str) -> dict:
    """One digit's record: its label, where it came from, and its strokes as float32 arrays (n, 2)
    (a few kB less a digit than lists of Python floats: a class keeps hundreds)."""
    return {"label": int(label), "source": source,
            "strokes": tuple(np.asarray(s, np.float32).reshape(-1, 2) for s in strokes)}


class ClassDigits:
    """The class's digits, in memory, kept in ``folder`` (by `save`).

    Attributes
    ----------
    train, check : Split
        The digits to train on and those only to check on.
    """

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.train = Split()
        self.check = Split()

    def __len__(self) -> int:
        return len(self.train.labels) + len(self.check.labels)

    def counts(self) -> np.ndarray:
        """Digits per label, both splits, shape (10,), int64."""
        return (self.train.counts() + self.check.counts()).astype(np.int64)

    def split_for(self, label: int) -> str:
        """Where the next digit of ``label`` goes: "check" for every CHECK_EVERY-th of its label."""
        total = int(self.counts()[label]) + 1
        return "check" if self.check.counts()[label] + 1 <= total // CHECK_EVERY else "train"

    def add(self, label: int, image: np.ndarray, strokes=(), source: str = "phone") -> str:
        """Add one digit (image (784,) uint8, its strokes); returns the split it went to."""
        if not 0 <= int(label) <= 9:
            raise ValueError(f"a class digit's label is 0-9, got {label}")
        split = self.split_for(int(label))
        getattr(self, split).add(image, int(label), strokes_record(label, strokes, source))
        return split

    def merge(self, other: ClassDigits) -> int:
        """Add every digit of ``other`` (split again as they come); returns how many."""
        for split in (other.train, other.check):
            for image, label, record in zip(split.images, split.labels, split.records):
                self.add(int(label), image, record["strokes"], record.get("source", "phone"))
        return len(other)

    def clear(self) -> None:
        self.train, self.check = Split(), Split()

    def all_images(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every digit: images (n, 784) uint8, labels (n,) uint8, and whether each is a check digit
        (n,) bool; training digits first."""
        return (np.vstack([self.train.images, self.check.images]),
                np.concatenate([self.train.labels, self.check.labels]),
                np.repeat([False, True], [len(self.train.labels), len(self.check.labels)]))

    def strokes(self, split: str, index: int) -> list[np.ndarray]:
        """One digit's strokes, each (n, 2) float32 in 0..1 (empty for a digit from the canvas)."""
        return list(getattr(self, split).records[index]["strokes"])

    # --- files ----------------------------------------------------------------------------------

    def save(self, folder: str | Path | None = None) -> Path:
        """Write the five files into ``folder`` (default: the set's own), creating it if needed."""
        return self.saving(folder)()

    def saving(self, folder: str | Path | None = None) -> Callable[[], Path]:
        """What `save` writes, as it is now, to be written later (by another thread: digits added
        meanwhile do not change it)."""
        return partial(write_set, self.folder if folder is None else Path(folder), self.train.frozen(),
                       self.check.frozen())

    @classmethod
    def open(cls, folder: str | Path) -> ClassDigits:
        """The set kept in ``folder``; an empty set if the folder has none yet. Raises DatasetError
        (naming the file) for files that are there and wrong."""
        digits = cls(folder)
        folder = Path(folder)
        if not (folder / STROKES_FILE).exists():
            if folder.exists() and not folder.is_dir():
                raise DatasetError(f"{folder}: not a folder")
            return digits
        path = folder / STROKES_FILE
        try:
            strokes = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise DatasetError(f"{path}: cannot read the class digits' strokes ({exc})") from None
        if not isinstance(strokes, dict) or strokes.get("format") != FORMAT:
            raise DatasetError(f"{path}: not a class digits file (format {FORMAT})")
        for split_name, (images_key, labels_key) in SPLITS.items():
            images = read_idx(folder / f"{FILE_NAMES[images_key]}.gz", 3)
            labels = read_idx(folder / f"{FILE_NAMES[labels_key]}.gz", 1)
            records = strokes.get(split_name)
            if images.shape[1:] != (28, 28) or len(images) != len(labels) or not isinstance(records, list) \
                    or len(records) != len(labels) or (labels.size and labels.max() > 9):
                raise DatasetError(f"{folder}: the {split_name} digits' images, labels and strokes "
                                   f"do not agree ({len(images)}, {len(labels)}, "
                                   f"{len(records) if isinstance(records, list) else 'none'})")
            try:
                records = [strokes_record(r["label"], r["strokes"], r.get("source", "phone")) for r in records]
            except (KeyError, TypeError, ValueError):
                raise DatasetError(f"{path}: the {split_name} digits' records are not label, source and "
                                   f"strokes of [x, y] points") from None
            setattr(digits, split_name, Split(images.reshape(-1, N_PIXELS).copy(), labels.copy(), records))
        return digits


def write_set(folder: Path, train: Split, check: Split) -> Path:
    """The five files of a class-digits set into ``folder``, created if needed."""
    folder.mkdir(parents=True, exist_ok=True)
    for split, (images_key, labels_key) in zip((train, check), SPLITS.values()):
        images = split.images.reshape(-1, 28, 28)
        write_atomically(folder / f"{FILE_NAMES[images_key]}.gz", gzip.compress(idx_bytes(images), 6, mtime=0))
        write_atomically(folder / f"{FILE_NAMES[labels_key]}.gz", gzip.compress(idx_bytes(split.labels), 6, mtime=0))
    # {"format": 1, "train": [records], "check": [records]}, from each record's text made once
    strokes = f'{{"format":{FORMAT},"train":[{",".join(train.record_texts)}],' \
              f'"check":[{",".join(check.record_texts)}]}}'
    write_atomically(folder / STROKES_FILE, strokes.encode())
    return folder
