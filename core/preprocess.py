"""Turning a drawing into the network's input the way the MNIST digits were made.

MNIST's recipe (LeCun et al.): the digit is scaled, keeping its aspect ratio, to fit a 20x20 box,
anti-aliased, then placed in a 28x28 field so that its centre of mass sits at the centre.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SIDE = 28
BOX = 20
CENTRE = 14.0


def area_resample_matrix(n_in: int, n_out: int, scale: float, offset: float = 0.0) -> np.ndarray:
    """Weights (n_out, n_in) that average input cells over each output cell's span (box filter).

    Output cell k covers input coordinates [offset + k * scale, offset + (k + 1) * scale); each input
    cell contributes the length of its overlap, divided by ``scale``.
    """
    starts = offset + np.arange(n_out)[:, None] * scale          # (n_out, 1)
    ends = starts + scale
    cells = np.arange(n_in)[None, :]                              # (1, n_in)
    overlap = np.clip(np.minimum(ends, cells + 1) - np.maximum(starts, cells), 0, None)
    return overlap / scale


@dataclass(frozen=True, eq=False)
class Preprocessed:
    """The steps from a drawing to the network's input, as data a class can be shown.

    Attributes
    ----------
    ink : ndarray, shape (h, w), float32 in [0, 1]
        The drawing as given (1 = full ink), read-only.
    box : (top, left, bottom, right) or None
        The ink's bounding box in the drawing's pixels, bottom and right exclusive (so that
        ``ink[top:bottom, left:right]`` is the crop); None when nothing is drawn.
    fit : ndarray, shape (20, 20), float32 in [0, 1]
        The crop scaled so that its longer side is 20 pixels, aspect kept, in the middle of the
        20x20 box (the shorter side padded with paper).
    fit_shape : (int, int)
        The scaled crop's own size inside ``fit``: 20 on the longer side; (0, 0) when empty.
    centred : ndarray, shape (28, 28), float32 in [0, 1]
        The scaled crop placed in the 28x28 field with its centre of mass on pixel (14, 14): the
        network's input, ``centred.reshape(784)`` (what `to_mnist_input` returns).
    """

    ink: np.ndarray
    box: tuple[int, int, int, int] | None
    fit: np.ndarray
    fit_shape: tuple[int, int]
    centred: np.ndarray

    @property
    def network_input(self) -> np.ndarray:
        """``centred`` as the network takes it: shape (784,), float32."""
        return self.centred.reshape(SIDE * SIDE)


def _read_only(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


def preprocess(ink: np.ndarray, threshold: float = 0.02) -> Preprocessed:
    """A drawing through MNIST's recipe, keeping every step.

    Parameters
    ----------
    ink : ndarray, shape (h, w), values in [0, 1]
        1 = full ink, 0 = paper, at any resolution.
    threshold : float
        Pixels with less ink than this do not count towards the bounding box (antialiasing haze).

    Returns
    -------
    Preprocessed
    """
    ink = _read_only(np.array(ink, dtype=np.float32))
    rows = np.flatnonzero(ink.max(axis=1, initial=0) > threshold)
    cols = np.flatnonzero(ink.max(axis=0, initial=0) > threshold)
    if rows.size == 0:
        empty = np.zeros((BOX, BOX), np.float32)
        return Preprocessed(ink, None, _read_only(empty), (0, 0),
                            _read_only(np.zeros((SIDE, SIDE), np.float32)))
    box = (int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1)
    crop = ink[box[0]: box[2], box[1]: box[3]]
    h, w = crop.shape
    # One scale for both axes keeps the aspect; the longer side becomes 20 pixels.
    scale = max(h, w) / BOX
    out_h, out_w = max(1, round(h / scale)), max(1, round(w / scale))
    small = area_resample_matrix(h, out_h, scale) @ crop @ area_resample_matrix(w, out_w, scale).T

    fit = np.zeros((BOX, BOX), np.float32)
    pad_y, pad_x = (BOX - out_h) // 2, (BOX - out_w) // 2
    fit[pad_y: pad_y + out_h, pad_x: pad_x + out_w] = small

    total = small.sum()
    ys, xs = np.indices(small.shape)
    com_y, com_x = (ys * small).sum() / total, (xs * small).sum() / total
    # Shift by whole pixels, as MNIST did, so that the centre of mass lands on pixel (14, 14), where
    # it lies in the MNIST digits (measured: mean 14.0, within +-0.5), never pushing ink off the field.
    top = int(np.clip(round(CENTRE - com_y), 0, SIDE - out_h))
    left = int(np.clip(round(CENTRE - com_x), 0, SIDE - out_w))
    field = np.zeros((SIDE, SIDE), dtype=np.float32)
    field[top: top + out_h, left: left + out_w] = small
    return Preprocessed(ink, box, _read_only(np.clip(fit, 0, 1)), (out_h, out_w),
                        _read_only(np.clip(field, 0, 1)))


def image_steps(image: np.ndarray, threshold: float = 0.02) -> Preprocessed:
    """The steps of an image that is already MNIST's 28x28 (a test image): its ink, its bounding
    box, the box's contents in the 20x20 field (scaled only if larger), and the image itself as the
    network's input, exactly: put through the recipe again it would move and blur by a pixel, and
    the network would read something other than the test image.

    Parameters
    ----------
    image : ndarray, shape (784,) or (28, 28), values in [0, 1]
    """
    field = _read_only(np.clip(np.array(image, dtype=np.float32).reshape(SIDE, SIDE), 0, 1))
    rows = np.flatnonzero(field.max(axis=1) > threshold)
    cols = np.flatnonzero(field.max(axis=0) > threshold)
    if rows.size == 0:
        return preprocess(field, threshold)
    box = (int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1)
    crop = field[box[0]: box[2], box[1]: box[3]]
    h, w = crop.shape
    if max(h, w) > BOX:   # larger than MNIST's box: shown scaled, as the recipe would
        fit = preprocess(crop, threshold)
        return Preprocessed(field, box, fit.fit, fit.fit_shape, field)
    fit = np.zeros((BOX, BOX), np.float32)
    top, left = (BOX - h) // 2, (BOX - w) // 2
    fit[top: top + h, left: left + w] = crop
    return Preprocessed(field, box, _read_only(fit), (h, w), field)


def to_mnist_input(ink: np.ndarray, threshold: float = 0.02) -> np.ndarray:
    """A drawing as the network's input.

    Parameters
    ----------
    ink : ndarray, shape (h, w), values in [0, 1]
        1 = full ink, 0 = paper, at any resolution.

    Returns
    -------
    ndarray, shape (784,), float32 in [0, 1]; all zeros when nothing is drawn.
    """
    return preprocess(ink, threshold).network_input.copy()


def naive_downscale(ink: np.ndarray) -> np.ndarray:
    """The whole drawing averaged down to 28x28: no crop, no scaling to 20x20, no centring.

    What a network gets without MNIST's recipe; shown beside it so that a class sees why the recipe
    matters (a small digit drawn in a corner stays small and in the corner).

    Parameters
    ----------
    ink : ndarray, shape (h, w), values in [0, 1]

    Returns
    -------
    ndarray, shape (784,), float32 in [0, 1]
    """
    ink = np.asarray(ink, dtype=np.float32)
    h, w = ink.shape
    small = (area_resample_matrix(h, SIDE, h / SIDE) @ ink @ area_resample_matrix(w, SIDE, w / SIDE).T)
    return np.clip(small, 0, 1).astype(np.float32).reshape(SIDE * SIDE)
