"""What a phone sends, checked strictly before anything is made of it.

A drawing is one JSON object::

    {"label": 7, "strokes": [[[x, y], [x, y], ...], ...]}

``label`` a whole number 0-9 (the digit the student says it is); ``strokes`` the pen's paths, each
a list of points (x, y) in 0..1 of the square drawing pad, (0, 0) top left. Nothing else may be in
it. Every problem is a `DrawingError` with the HTTP status to answer and a sentence a person can
read; nothing is rendered before the whole drawing has passed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MAX_POINTS = 3000      # a digit drawn slowly on a 120 Hz screen is a few hundred
MAX_STROKES = 50
# The pen's whole path, in sides of the pad: a digit is 2-5; a scribble of thousands of long
# segments would cost the server seconds to ink.
MAX_PATH = 60.0
FIELDS = {"label", "strokes"}


class DrawingError(ValueError):
    """A request that is not a drawing; ``status`` is the HTTP status to answer it with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, eq=False)
class Drawing:
    """A checked drawing: its label and its strokes, each an array (n, 2) float32 of (x, y) in 0..1."""

    label: int
    strokes: tuple[np.ndarray, ...]


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def points(stroke) -> np.ndarray:
    """One stroke's points as an array (n, 2) float32, or a `DrawingError` (400) naming the first
    that is not [x, y] with numbers from 0 to 1.

    Checked as one array (a finger's stroke is hundreds of points: point by point in Python was
    most of the server's time for a drawing); a stroke that fails is gone through point by point,
    to say which point. numpy reads a true as 1: the types are checked apart."""
    if not isinstance(stroke, list) or not stroke:
        raise DrawingError(400, "each stroke must be a non-empty list of points")
    try:
        a = np.array(stroke)
    except (ValueError, TypeError):   # (points of different lengths)
        a = None
    if (a is not None and a.ndim == 2 and a.shape[1] == 2 and a.dtype.kind in "iuf" and np.isfinite(a).all()
            and (a >= 0).all() and (a <= 1).all() and {type(v) for point in stroke for v in point} <= {int, float}):
        return a.astype(np.float32)
    for point in stroke:
        if not (isinstance(point, list) and len(point) == 2 and all(map(_number, point))
                and all(0 <= v <= 1 for v in point)):
            raise DrawingError(400, f"each point must be [x, y] with numbers from 0 to 1, got {str(point)[:40]}")
    return np.array(stroke, np.float32)


def parse_drawing(payload) -> Drawing:
    """The drawing in a decoded JSON payload, or a `DrawingError` (400 for a wrong shape or value,
    413 for too many points or strokes)."""
    if not isinstance(payload, dict):
        raise DrawingError(400, "a drawing is a JSON object with a label and strokes")
    unknown = set(payload) - FIELDS
    missing = FIELDS - set(payload)
    if unknown or missing:
        raise DrawingError(400, f"a drawing has exactly the fields label and strokes "
                                f"({'unknown: ' + ', '.join(sorted(unknown)) if unknown else 'missing: ' + ', '.join(sorted(missing))})")
    label = payload["label"]
    if not isinstance(label, int) or isinstance(label, bool) or not 0 <= label <= 9:
        raise DrawingError(400, f"the label must be a digit from 0 to 9, got {str(label)[:20]}")
    strokes = payload["strokes"]
    if not isinstance(strokes, list) or not strokes:
        raise DrawingError(400, "strokes must be a non-empty list of strokes")
    if len(strokes) > MAX_STROKES:
        raise DrawingError(413, f"{len(strokes)} strokes: at most {MAX_STROKES} in one drawing")
    total = sum(len(s) if isinstance(s, list) else 0 for s in strokes)
    if total > MAX_POINTS:
        raise DrawingError(413, f"{total} points: at most {MAX_POINTS} in one drawing")
    arrays = [points(stroke) for stroke in strokes]
    path = sum(float(np.hypot(*np.diff(a, axis=0).T).sum()) for a in arrays)
    if path > MAX_PATH:
        raise DrawingError(413, f"the pen travelled {path:.0f} times the pad's width: a digit is a few")
    for a in arrays:
        a.flags.writeable = False
    return Drawing(label, tuple(arrays))
