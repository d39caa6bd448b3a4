"""Strokes (a drawing as pen paths) to the network's 28x28 input, through the canvas' own recipe.

A phone sends what the finger drew, not a picture: a list of strokes, each a list of (x, y) points
in 0..1 of its square drawing pad ((0, 0) top left). Here they are inked on a sheet of the canvas'
resolution with the canvas' brush (the same share of the sheet's width), then go through
`core.preprocess.preprocess`, so that a digit drawn on a phone and one drawn on the teacher's
canvas become the network's input the same way.
"""

from __future__ import annotations

import numpy as np

from ..preprocess import preprocess

SHEET = 280          # the canvas' resolution (visualizer.canvas.DrawingCanvas)
BRUSH = 22.0 / 280   # the canvas' default brush, as a share of the sheet's side


def as_strokes(strokes) -> list[np.ndarray]:
    """Strokes as float32 arrays, shape (n, 2) each, of (x, y) in 0..1 (clipped)."""
    return [np.clip(np.asarray(s, np.float32).reshape(-1, 2), 0, 1) for s in strokes]


def ink_segment(sheet: np.ndarray, a: np.ndarray, b: np.ndarray, radius: float) -> None:
    """Ink a round-capped line from ``a`` to ``b`` (sheet pixels) into ``sheet`` (h, w), in place,
    anti-aliased over one pixel, where it is darker than what is there."""
    h, w = sheet.shape
    lo = np.floor(np.minimum(a, b) - radius - 1).astype(int).clip(0, [w, h])
    hi = np.ceil(np.maximum(a, b) + radius + 2).astype(int).clip(0, [w, h])
    if (hi <= lo).any():
        return
    ys, xs = np.mgrid[lo[1]: hi[1], lo[0]: hi[0]].astype(np.float32) + 0.5   # pixel centres
    d = b - a
    length2 = float(d @ d)
    t = np.zeros_like(xs) if length2 == 0 else np.clip(((xs - a[0]) * d[0] + (ys - a[1]) * d[1]) / length2, 0, 1)
    distance = np.hypot(xs - (a[0] + t * d[0]), ys - (a[1] + t * d[1]))
    ink = np.clip(radius + 0.5 - distance, 0, 1)
    patch = sheet[lo[1]: hi[1], lo[0]: hi[0]]
    np.maximum(patch, ink, out=patch)


def strokes_to_ink(strokes, side: int = SHEET, brush: float = BRUSH) -> np.ndarray:
    """The strokes inked on a square sheet.

    Parameters
    ----------
    strokes : list of (n, 2) arrays of (x, y) in 0..1
    side : int
        The sheet's side in pixels.
    brush : float
        The pen's width as a share of the side.

    Returns
    -------
    ndarray, shape (side, side), float32 in [0, 1] (1 = full ink)
    """
    sheet = np.zeros((side, side), np.float32)
    radius = brush * side / 2
    for stroke in as_strokes(strokes):
        points = stroke * side
        for a, b in zip(points, points[1:] if len(points) > 1 else points):
            ink_segment(sheet, a, b, radius)
    return sheet


def strokes_to_image(strokes) -> np.ndarray:
    """The strokes as the network reads them: MNIST's recipe, as 8-bit pixels.

    Returns
    -------
    ndarray, shape (784,), uint8 (0 = paper, 255 = ink), as an IDX file holds it
    """
    x = preprocess(strokes_to_ink(strokes)).network_input
    return np.round(x * 255).astype(np.uint8)
