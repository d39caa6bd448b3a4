"""Small array helpers shared by the core and the app."""

from __future__ import annotations

import numpy as np


def read_only_copy(array, dtype=None) -> np.ndarray:
    """A private copy of ``array`` that cannot be written to.

    Frozen dataclasses (snapshots, explanations, history moments) hold these, so that training,
    which updates its arrays in place, can never change what was handed out, and whoever receives
    one cannot change it for the others.
    """
    out = np.array(array, dtype=dtype, copy=True)
    out.flags.writeable = False
    return out
