"""What the app remembers between runs (QSettings), read back with every value checked.

A settings file can be edited by hand or damaged; anything of the wrong type or out of range is
ignored (the default stays), never trusted and never a crash.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QSettings

from .theme import COLORMAPS
from .theme import THEMES


def _number(value, kind, low, high):
    try:
        number = kind(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if isinstance(number, float) and not math.isfinite(number):
        return None
    return number if low <= number <= high else None


CHECKS = {
    "learning_rate": lambda v: _number(v, float, 1e-4, 1e6),
    "batch_size": lambda v: _number(v, int, 1, 60000),
    "brush_size": lambda v: _number(v, float, 6, 60),
    "speed_index": lambda v: _number(v, int, 0, 20),
    "theme": lambda v: v if isinstance(v, str) and v in THEMES else None,
    "colormap": lambda v: v if isinstance(v, str) and v in COLORMAPS else None,
    "full_range": lambda v: {"true": True, "false": False}.get(str(v).lower()),
    "geometry": lambda v: v if isinstance(v, QByteArray) and not v.isEmpty() else None,
    "top_splitter": lambda v: v if isinstance(v, QByteArray) and not v.isEmpty() else None,
    "main_splitter": lambda v: v if isinstance(v, QByteArray) and not v.isEmpty() else None,
}


def read_settings(settings: QSettings) -> dict:
    """The stored values that pass their checks; unknown keys and bad values are left out."""
    out = {}
    for key, check in CHECKS.items():
        if settings.contains(key):
            value = check(settings.value(key))
            if value is not None:
                out[key] = value
    return out


def write_settings(settings: QSettings, values: dict) -> None:
    for key, value in values.items():
        if key in CHECKS:
            settings.setValue(key, value)
    settings.sync()
