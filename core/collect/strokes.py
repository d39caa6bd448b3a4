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

# Half the canvas' resolution (visualizer.canvas.DrawingCanvas: 280): the ink is averaged down to a
# 20x20 box anyway, and a quarter of the pixels keeps a full class's drawings (20 a second) cheap.
SHEET = 140
BRUSH = 22.0 / 280   # the canvas' default brush, as a share of the sheet's side
MIN_STEP = 1.0       # sheet pixels: points closer than this to the last one kept add nothing


def as_strokes(strokes) -> list[np.ndarray]:
    """Strokes as float32 arrays, shape (n, 2) each, of (x, y) in 0..1 (clipped)."""
    return [np.clip(np.asarray(s, np.float32).reshape(-1, 2), 0, 1) for s in strokes]


# The path is cut into pieces at most this many sheet pixels long, so that every piece's ink fits
# one small square patch of the same size: all the pieces' patches are then inked at once (numpy's
# cost is per call, and a finger's path is hundreds of short segments).
PIECE = 8.0


def thinned(points: np.ndarray) -> np.ndarray:
    """The path without the points closer than MIN_STEP to the last point kept (a finger on a
    120 Hz screen sends several per pixel), its last point always kept."""
    keep, last = [0], points[0]
    for i in range(1, len(points)):
        if abs(points[i, 0] - last[0]) + abs(points[i, 1] - last[1]) >= MIN_STEP:
            keep.append(i)
            last = points[i]
    if keep[-1] != len(points) - 1:
        keep.append(len(points) - 1)
    return points[keep]


def pieces(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A path's segments cut into pieces of at most PIECE pixels: starts and ends, (k, 2) each."""
    if len(points) == 1:
        return points, points
    a, b = points[:-1], points[1:]
    cuts = np.maximum(1, np.ceil(np.hypot(*(b - a).T) / PIECE)).astype(int)    # pieces per segment
    which = np.repeat(np.arange(len(a)), cuts)
    step = np.arange(len(which)) - np.repeat(np.cumsum(cuts) - cuts, cuts)     # 0..cuts-1 in each
    t0, t1 = step / cuts[which], (step + 1) / cuts[which]
    d = b[which] - a[which]
    return a[which] + t0[:, None] * d, a[which] + t1[:, None] * d


def ink_pieces(sheet: np.ndarray, a: np.ndarray, b: np.ndarray, radius: float) -> None:
    """Ink round-capped lines from ``a[i]`` to ``b[i]`` ((k, 2) each, in sheet pixels, each at most
    PIECE long) into the square ``sheet``, in place, anti-aliased over one pixel, where they are
    darker than what is there: one P x P patch per piece, all at once."""
    side = sheet.shape[0]
    size = int(np.ceil(2 * radius + PIECE + 3))
    pad = size + 2
    corner = np.floor(np.minimum(a, b) - radius - 1).astype(np.int64)          # (k, 2) top left
    oy, ox = np.mgrid[0:size, 0:size]
    xs = (corner[:, 0, None, None] + ox).astype(np.float32)                     # (k, P, P)
    ys = (corner[:, 1, None, None] + oy).astype(np.float32)
    px, py = xs + 0.5 - a[:, 0, None, None], ys + 0.5 - a[:, 1, None, None]
    d = (b - a)[:, :, None, None]
    length2 = np.maximum((d ** 2).sum(axis=1), 1e-12)
    t = np.clip((px * d[:, 0] + py * d[:, 1]) / length2, 0, 1)
    distance = np.sqrt((px - t * d[:, 0]) ** 2 + (py - t * d[:, 1]) ** 2)
    ink = np.clip(radius + 0.5 - distance, 0, 1)
    padded = np.zeros((side + 2 * pad, side + 2 * pad), np.float32)
    np.maximum.at(padded.reshape(-1), ((ys + pad) * padded.shape[1] + xs + pad).astype(np.int64).ravel(),
                  ink.ravel())
    np.maximum(sheet, padded[pad: pad + side, pad: pad + side], out=sheet)


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
        ink_pieces(sheet, *pieces(thinned(points)), radius)
    return sheet


def strokes_to_image(strokes) -> np.ndarray:
    """The strokes as the network reads them: MNIST's recipe, as 8-bit pixels.

    Returns
    -------
    ndarray, shape (784,), uint8 (0 = paper, 255 = ink), as an IDX file holds it
    """
    x = preprocess(strokes_to_ink(strokes)).network_input
    return np.round(x * 255).astype(np.uint8)
