"""Histories of training metrics with bounded memory, for plots that run for hours."""

from __future__ import annotations

import numpy as np


class ThinnedSeries:
    """Points (x, y) kept in at most ``capacity`` entries.

    While there is room every point is kept as it came. When the buffer fills, neighbouring pairs are
    merged into their mean and from then on incoming points are averaged in groups twice as large, so
    the stored points always stand for equal runs of consecutive raw points (``group`` of them) and
    memory stays bounded however long training runs.
    """

    def __init__(self, capacity: int = 8192):
        if capacity < 2:
            raise ValueError("capacity must be >= 2")
        self.capacity = capacity
        self._x = np.empty(capacity, dtype=np.float64)
        self._y = np.empty(capacity, dtype=np.float64)
        self._n = 0
        self.group = 1              # raw points behind each stored point
        self._pending = [0.0, 0.0, 0]  # sum x, sum y, count: a group not yet complete
        self.total = 0              # raw points ever added

    def __len__(self) -> int:
        return self._n

    @property
    def x(self) -> np.ndarray:
        return self._x[: self._n]

    @property
    def y(self) -> np.ndarray:
        return self._y[: self._n]

    @property
    def last(self) -> float | None:
        return float(self._y[self._n - 1]) if self._n else None

    def clear(self) -> None:
        self._n, self.group, self._pending, self.total = 0, 1, [0.0, 0.0, 0], 0

    def extend(self, x, y) -> None:
        x = np.asarray(x, dtype=np.float64).ravel()
        y = np.asarray(y, dtype=np.float64).ravel()
        self.total += len(x)
        while True:
            sx, sy, count = self._pending
            new_points = (count + len(x)) // self.group
            if self._n + new_points <= self.capacity:
                break
            self._halve()
        g = self.group
        if count:
            take = min(g - count, len(x))
            sx, sy, count = sx + x[:take].sum(), sy + y[:take].sum(), count + take
            x, y = x[take:], y[take:]
            if count < g:
                self._pending = [sx, sy, count]
                return
            self._append(np.array([sx / g]), np.array([sy / g]))
        n_full = len(x) // g * g
        self._append(x[:n_full].reshape(-1, g).mean(axis=1), y[:n_full].reshape(-1, g).mean(axis=1))
        rest_x, rest_y = x[n_full:], y[n_full:]
        self._pending = [float(rest_x.sum()), float(rest_y.sum()), len(rest_x)]

    def _append(self, x: np.ndarray, y: np.ndarray) -> None:
        self._x[self._n: self._n + len(x)] = x
        self._y[self._n: self._n + len(y)] = y
        self._n += len(x)

    def _halve(self) -> None:
        n, g = self._n, self.group
        pairs = n // 2
        if n % 2:  # the odd last point goes back to the pending group it now belongs to
            sx, sy, count = self._pending
            self._pending = [sx + self._x[n - 1] * g, sy + self._y[n - 1] * g, count + g]
        self._x[:pairs] = self._x[: 2 * pairs].reshape(-1, 2).mean(axis=1)
        self._y[:pairs] = self._y[: 2 * pairs].reshape(-1, 2).mean(axis=1)
        self._n = pairs
        self.group = 2 * g


def moving_average(y: np.ndarray, window: int) -> np.ndarray:
    """Trailing mean over ``window`` points (fewer at the start), same length as ``y``."""
    y = np.asarray(y, dtype=np.float64)
    if len(y) == 0 or window <= 1:
        return y.copy()
    c = np.cumsum(np.concatenate([[0.0], y]))
    idx = np.arange(1, len(y) + 1)
    lo = np.maximum(idx - window, 0)
    return (c[idx] - c[lo]) / (idx - lo)


def confusion_matrix(labels: np.ndarray, predictions: np.ndarray, n_classes: int = 10) -> np.ndarray:
    """Counts (n_classes, n_classes): row = true label, column = prediction."""
    return np.bincount(np.asarray(labels, np.int64) * n_classes + np.asarray(predictions, np.int64),
                       minlength=n_classes * n_classes).reshape(n_classes, n_classes)


SMALLEST_LIMIT = 1e-30


def robust_symmetric_limit(values: np.ndarray, percentile: float = 99.0) -> float:
    """The L of a symmetric colour range [-L, L] for maps of weights or gradients.

    L is the ``percentile`` of |values| over the finite entries, so that a few rarely-inked border
    pixels with large weights do not wash the other 99% out to near-white; ``percentile=100`` gives
    the full range (the largest |value|). Entries beyond L are drawn at the ends of the scale.

    Parameters
    ----------
    values : array_like, any shape
        NaN and infinite entries are ignored.
    percentile : float in (0, 100]

    Returns
    -------
    float, >= SMALLEST_LIMIT. When the percentile is 0 (mostly zero values, a sparse gradient say)
    the largest |value| is used instead, and 1.0 when every finite value is 0 or none is finite, so
    that a colour scale built on it never divides by zero nor overflows.
    """
    if not 0 < percentile <= 100:
        raise ValueError(f"percentile must be in (0, 100], got {percentile}")
    magnitudes = np.abs(np.asarray(values, dtype=np.float32)).ravel()
    magnitudes = magnitudes[np.isfinite(magnitudes)]
    if magnitudes.size == 0:
        return 1.0
    limit = float(np.percentile(magnitudes, percentile))
    if limit <= 0:
        limit = float(magnitudes.max())
    if limit <= 0:
        return 1.0
    # A very sure network's gradient x (p - y) can be 1e-40: a scale that small would make a
    # display's 255 / (2 L) overflow float32, so the scale never ends below SMALLEST_LIMIT.
    return max(limit, SMALLEST_LIMIT)
