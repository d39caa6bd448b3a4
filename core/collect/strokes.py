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
# Sheet pixels of path between the points kept: a finger on a 120 Hz screen sends several points
# per pixel, and a brush 11 pixels wide hides where a path of 2-pixel chords bends (a chord of 2
# pixels on the tightest curve a digit has, ~5 pixels of radius, strays 0.1 pixel from it).
MIN_STEP = 2.0
# The path is cut into pieces at most this many sheet pixels long, so that every piece's ink fits
# one small square patch of the same size: all the patches are computed at once.
PIECE = 8.0


def as_strokes(strokes) -> list[np.ndarray]:
    """Strokes as float32 arrays, shape (n, 2) each, of (x, y) in 0..1 (clipped)."""
    return [np.clip(np.asarray(s, np.float32).reshape(-1, 2), 0, 1) for s in strokes]


def thinned(points: np.ndarray) -> np.ndarray:
    """The path's points (n, 2) where the length travelled passes each further MIN_STEP pixels,
    its first and last point always kept: (m, 2), m <= n."""
    travelled = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(points, axis=0).T))]) // MIN_STEP
    keep = np.concatenate([[True], travelled[1:] > travelled[:-1]])
    keep[-1] = True
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
    darker than what is there.

    Each piece's ink is computed on a P x P patch round it (P: what the longest piece and the brush
    need; a finger's path thinned to MIN_STEP is mostly pieces of 2 pixels, and patches sized for
    PIECE were twice the pixels), all patches at once, then laid on the sheet by one unbuffered
    maximum over every patch's pixels (``np.maximum.at``: numpy >= 1.25 runs it as one loop, where
    a slice maximum per patch was k numpy calls, a third of the time)."""
    side = sheet.shape[0]
    d = (b - a).astype(np.float32)                                               # (k, 2)
    longest = float(np.sqrt((d ** 2).sum(axis=1).max(initial=0)))
    size = int(np.ceil(2 * radius + longest + 3))
    pad = size + 2
    corner = np.floor(np.minimum(a, b) - radius - 1).astype(np.int64)          # (k, 2) top left
    centres = np.arange(size, dtype=np.float32) + 0.5
    from_a = (corner - a).astype(np.float32)                                     # (k, 2)
    px = (from_a[:, 0, None] + centres)[:, None, :]                              # (k, 1, P)
    py = (from_a[:, 1, None] + centres)[:, :, None]                              # (k, P, 1)
    dx, dy = d[:, 0, None, None], d[:, 1, None, None]                            # (k, 1, 1)
    length2 = np.maximum(dx ** 2 + dy ** 2, 1e-12)
    t = np.clip((px * dx + py * dy) / length2, 0, 1)                             # (k, P, P)
    # (the root of the squares: np.hypot's care for overflow, needless on a sheet, took a third longer)
    ink = np.clip(radius + 0.5 - np.sqrt((px - t * dx) ** 2 + (py - t * dy) ** 2), 0, 1)
    # every patch's pixels as indices into a sheet padded so that no patch falls off it
    width = side + 2 * pad
    steps = np.arange(size)
    at = (corner[:, 1, None, None] + pad + steps[:, None]) * width + corner[:, 0, None, None] + pad + steps
    padded = np.zeros(width * width, np.float32)
    np.maximum.at(padded, at.reshape(-1), ink.reshape(-1))
    np.maximum(sheet, padded.reshape(width, width)[pad: pad + side, pad: pad + side], out=sheet)


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
