"""Reading MNIST-style datasets from the four standard IDX files.

IDX layout: a big-endian uint32 magic ``0x0000 08 0D`` (``08`` = unsigned byte data, ``D`` = number of
dimensions), ``D`` big-endian uint32 sizes, then the data, row-major. MNIST, Fashion-MNIST and KMNIST
share the same four file names, gzipped or not.

Every check raises one :class:`DatasetError` whose message names the file and what is wrong, so a
caller (the command line, a dialog in the window) can show one clear line.
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import BinaryIO

import numpy as np

from .files import unreadable
from .translatable import QT_TRANSLATE_NOOP

IMAGE_SIDE = 28
N_PIXELS = IMAGE_SIDE * IMAGE_SIDE
N_CLASSES = 10

FILE_NAMES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}

# The largest file we accept, uncompressed: the MNIST training images are 47 MB; this leaves room for
# bigger IDX sets of 28x28 digits while refusing a gzip bomb before it fills memory.
MAX_IDX_BYTES = 512 * 1024 * 1024

MNIST_CLASS_NAMES = tuple(str(d) for d in range(10))
FASHION_MNIST_CLASS_NAMES = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)
KMNIST_CLASS_NAMES = ("お", "き", "す", "つ", "な", "は", "ま", "や", "れ", "を")


class DatasetError(ValueError):
    """A dataset file is missing, unreadable or not what the IDX format promises."""


# What a DatasetError says (the window shows it in its language: `visualizer.core_messages`).
MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("Dataset", "{path}: file not found (nor {stem} uncompressed)"),
    "not_gzip": QT_TRANSLATE_NOOP("Dataset", "{path}: not a gzip file (bad header)"),
    "corrupt": QT_TRANSLATE_NOOP("Dataset", "{path}: corrupt gzip data ({problem})"),
    "too_large": QT_TRANSLATE_NOOP("Dataset", "{path}: uncompressed size exceeds {most} bytes"),
    "truncated_gzip": QT_TRANSLATE_NOOP("Dataset", "{path}: gzip data is truncated"),
    "after_gzip": QT_TRANSLATE_NOOP("Dataset", "{path}: unexpected data after the gzip stream"),
    "short": QT_TRANSLATE_NOOP("Dataset", "{path}: {size} bytes is too short for an IDX header"),
    "magic": QT_TRANSLATE_NOOP("Dataset", "{path}: wrong magic number {magic} (expected {expected}: unsigned "
                                          "bytes in {ndim} dimensions)"),
    "truncated": QT_TRANSLATE_NOOP("Dataset", "{path}: file truncated: header says {shape} ({expected} bytes) "
                                              "but it holds {size} bytes"),
    "trailing": QT_TRANSLATE_NOOP("Dataset", "{path}: file has trailing bytes: header says {shape} ({expected} "
                                             "bytes) but it holds {size} bytes"),
    "image_size": QT_TRANSLATE_NOOP("Dataset", "{path}: images are {height}x{width}, expected 28x28"),
    "no_images": QT_TRANSLATE_NOOP("Dataset", "{path}: holds no images"),
    "label": QT_TRANSLATE_NOOP("Dataset", "{path}: label {label} at index {index} is outside 0-9"),
    "counts": QT_TRANSLATE_NOOP("Dataset", "{path}: {labels} labels but {images_file} holds {images} images"),
    "not_folder": QT_TRANSLATE_NOOP("Dataset", "{path}: not a folder"),
    "names_unread": QT_TRANSLATE_NOOP("Dataset", "{path}: cannot read ({problem})"),
    "names": QT_TRANSLATE_NOOP("Dataset", "{path}: has {names} names, expected 10"),
    "idx_file": QT_TRANSLATE_NOOP("Dataset", "an IDX file"),
}


@dataclass(frozen=True)
class Dataset:
    """A train and test split of 28x28 images with labels 0-9.

    Attributes
    ----------
    train_images, test_images : ndarray, shape (n, 784), uint8
        0 = background, 255 = ink. ``train_images`` is None in a dataset loaded without them
        (``load_dataset(..., train_images=False)``): a window whose training runs in a process of
        its own, which reads them from ``source`` itself, needs only the rest.
    train_labels, test_labels : ndarray, shape (n,), uint8
    class_names : tuple of 10 str
    source : Path
        The folder the files were read from.
    """

    train_images: np.ndarray | None
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    class_names: tuple[str, ...]
    source: Path
    name: str = "MNIST"


# Installed, this module is ``mnist_visualizer.core.data`` and what ships with the app is the
# package ``mnist_visualizer.resources`` (the repository's ``resources/`` folder).
RESOURCES_PACKAGE = f"{__package__.rpartition('.')[0]}.resources"


def bundled_data_dir() -> Path:
    """The folder of the MNIST files shipped with the app (``resources/mnist``)."""
    return Path(str(resources.files(RESOURCES_PACKAGE) / "mnist"))


def _find_file(folder: Path, stem: str) -> Path:
    for candidate in (folder / f"{stem}.gz", folder / stem):
        if candidate.is_file():
            return candidate
    raise DatasetError(MESSAGES["missing"].format(path=folder / (stem + ".gz"), stem=stem))


def _read_bytes(path: Path) -> bytes | memoryview:
    """The file's bytes, un-gzipped if it is a .gz (read-only either way)."""
    try:
        with open(path, "rb") as f:
            if path.suffix != ".gz":
                return f.read()
            if f.read(2) != b"\x1f\x8b":
                raise DatasetError(MESSAGES["not_gzip"].format(path=path))
            f.seek(0)
            return _inflate(f, path)
    except OSError as exc:
        raise DatasetError(unreadable(path, exc, MESSAGES["idx_file"])) from None
    except (zlib.error, EOFError, gzip.BadGzipFile) as exc:
        raise DatasetError(MESSAGES["corrupt"].format(path=path, problem=exc)) from None


INFLATE_PIECE = 1 << 20


def _inflate(f: BinaryIO, path: Path) -> memoryview:
    """One gzip member, read and decompressed a piece at a time into one buffer.

    zlib's own decompress() gathers its output in blocks and joins them at the end, so that
    un-gzipping MNIST's 47 MB of training images took 100 MB at its peak; written piece by piece
    into a buffer of the size gzip's trailer gives (a hint only: the buffer grows if it lies), the
    peak is the images themselves. The member's CRC is checked; trailing members are refused
    rather than silently concatenated.
    """
    size = f.seek(0, 2)
    f.seek(max(size - 4, 0))
    hint = int.from_bytes(f.read(4), "little")  # ISIZE: the uncompressed size, modulo 2^32
    f.seek(0)
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    # trusted only as far as is plausible (IDX files shrink 2-20x): a corrupt trailer must not make
    # a half-gigabyte buffer
    out = bytearray(min(hint, MAX_IDX_BYTES, 64 * size + INFLATE_PIECE))
    filled, pending = 0, b""
    while not inflater.eof:
        if not pending:
            pending = f.read(INFLATE_PIECE)
            if not pending:
                break
        piece = inflater.decompress(pending, INFLATE_PIECE)
        pending = inflater.unconsumed_tail
        if filled + len(piece) > MAX_IDX_BYTES:
            raise DatasetError(MESSAGES["too_large"].format(path=path, most=MAX_IDX_BYTES))
        if filled + len(piece) > len(out):
            out.extend(bytes(max(len(piece), len(out))))
        out[filled: filled + len(piece)] = piece
        filled += len(piece)
    if not inflater.eof:
        raise DatasetError(MESSAGES["truncated_gzip"].format(path=path))
    if (inflater.unused_data + f.read()).strip(b"\x00"):
        raise DatasetError(MESSAGES["after_gzip"].format(path=path))
    return memoryview(out).toreadonly()[:filled]


def read_idx(path: str | Path, ndim: int) -> np.ndarray:
    """Read one IDX file of unsigned bytes with ``ndim`` dimensions.

    Returns
    -------
    ndarray, uint8, of the shape the header gives
    """
    path = Path(path)
    data = _read_bytes(path)
    header_size = 4 + 4 * ndim
    if len(data) < header_size:
        raise DatasetError(MESSAGES["short"].format(path=path, size=len(data)))
    magic = int.from_bytes(data[:4], "big")
    expected = 0x0800 | ndim
    if magic != expected:
        raise DatasetError(MESSAGES["magic"].format(path=path, magic=f"0x{magic:08X}",
                                                    expected=f"0x{expected:08X}", ndim=ndim))
    shape = tuple(int.from_bytes(data[4 + 4 * k: 8 + 4 * k], "big") for k in range(ndim))
    expected_size = header_size + int(np.prod(shape, dtype=np.int64))
    if len(data) != expected_size:
        what = "truncated" if len(data) < expected_size else "trailing"
        raise DatasetError(MESSAGES[what].format(path=path, shape="x".join(map(str, shape)),
                                                 expected=expected_size, size=len(data)))
    return np.frombuffer(data, dtype=np.uint8, offset=header_size).reshape(shape)


def load_images(path: str | Path) -> np.ndarray:
    """Images as uint8 rows of 784 pixels, shape (n, 784)."""
    images = read_idx(path, ndim=3)
    if images.shape[1:] != (IMAGE_SIDE, IMAGE_SIDE):
        raise DatasetError(MESSAGES["image_size"].format(path=path, height=images.shape[1],
                                                         width=images.shape[2]))
    if images.shape[0] == 0:
        raise DatasetError(MESSAGES["no_images"].format(path=path))
    return images.reshape(images.shape[0], N_PIXELS)


def load_labels(path: str | Path) -> np.ndarray:
    """Labels as uint8, shape (n,), each within 0-9."""
    labels = read_idx(path, ndim=1)
    if labels.size and labels.max() >= N_CLASSES:
        bad = int(np.argmax(labels >= N_CLASSES))
        raise DatasetError(MESSAGES["label"].format(path=path, label=int(labels[bad]), index=bad))
    return labels


def load_split(folder: Path, split: str) -> tuple[np.ndarray, np.ndarray]:
    """One split ("train" or "test") of a folder: (images (n, 784), labels (n,))."""
    images_path = _find_file(folder, FILE_NAMES[f"{split}_images"])
    labels_path = _find_file(folder, FILE_NAMES[f"{split}_labels"])
    images = load_images(images_path)
    labels = load_labels(labels_path)
    if len(images) != len(labels):
        raise DatasetError(MESSAGES["counts"].format(path=labels_path, labels=len(labels),
                                                     images_file=images_path.name, images=len(images)))
    return images, labels


def guess_class_names(folder: Path) -> tuple[str, tuple[str, ...]]:
    """The dataset's name and class names, guessed from the folder's path."""
    text = str(folder).lower()
    if "fashion" in text:
        return "Fashion-MNIST", FASHION_MNIST_CLASS_NAMES
    if "kmnist" in text or "kuzushiji" in text:
        return "KMNIST", KMNIST_CLASS_NAMES
    return "MNIST", MNIST_CLASS_NAMES


def load_dataset(folder: str | Path | None = None, train_images: bool = True) -> Dataset:
    """Load the train and test splits of a folder of the four IDX files.

    ``folder=None`` loads the MNIST bundled with the app. A file ``classes.txt`` in the folder, ten
    lines, names the classes; otherwise they are guessed from the folder's name (Fashion-MNIST,
    KMNIST) or are the digits. ``train_images=False`` leaves the training images out (None): the
    rest, 8 MB of MNIST's 55 MB, is read and checked.
    """
    folder = bundled_data_dir() if folder is None else Path(folder)
    if not folder.is_dir():
        raise DatasetError(MESSAGES["not_folder"].format(path=folder))
    if train_images:
        train_images, train_labels = load_split(folder, "train")
    else:
        train_images, train_labels = None, load_labels(_find_file(folder, FILE_NAMES["train_labels"]))
    test_images, test_labels = load_split(folder, "test")
    name, class_names = guess_class_names(folder)
    names_file = folder / "classes.txt"
    if names_file.is_file():
        try:
            lines = [ln.strip() for ln in names_file.read_text(encoding="utf-8").splitlines()]
        except (OSError, UnicodeDecodeError) as exc:
            raise DatasetError(MESSAGES["names_unread"].format(path=names_file, problem=exc)) from None
        lines = [ln for ln in lines if ln]
        if len(lines) != N_CLASSES:
            raise DatasetError(MESSAGES["names"].format(path=names_file, names=len(lines)))
        class_names = tuple(lines)
        name = folder.name
    return Dataset(train_images, train_labels, test_images, test_labels, class_names, folder, name)


def to_float(images: np.ndarray) -> np.ndarray:
    """uint8 pixels (n, 784) to float32 in [0, 1]."""
    # One pass: the ufunc converts each byte as it multiplies, with no float32 copy in between.
    return np.multiply(images, np.float32(1 / 255), dtype=np.float32)


def as_float(x: np.ndarray) -> np.ndarray:
    """Network input as float32: uint8 pixels are scaled to [0, 1], floats are taken as they are
    (already in [0, 1]); shape unchanged."""
    x = np.asarray(x)
    if x.dtype == np.uint8:
        return to_float(x)
    return x.astype(np.float32, copy=False)
