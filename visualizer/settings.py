"""What the app remembers between runs (QSettings), read back with every value checked, and where
each value goes: the window's layout, the training session's settings, the appearance's looks.

A settings file can be edited by hand or damaged; anything of the wrong type or out of range is
ignored (the default stays), never trusted and never a crash.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QSettings

from .controls import SPEEDS
from .theme import COLORMAPS, DEFAULT_COLORMAP, NORMAL, THEMES
from .translation import LANGUAGES


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
    "speed": lambda v: _number(v, float, 0, 1e6),   # updates per second, 0: full speed
    "speed_index": lambda v: _number(v, int, 0, 20),  # (before "speed": an index in SPEEDS)
    "theme": lambda v: v if isinstance(v, str) and v in THEMES else None,
    "colormap": lambda v: v if isinstance(v, str) and v in COLORMAPS else None,
    "language": lambda v: v if isinstance(v, str) and v in LANGUAGES else None,
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


def restore_settings(store: QSettings | None, window, session, appearance) -> None:
    """What ``store`` remembers, back into the window's layout, the session and the looks."""
    if store is None:
        return
    s = read_settings(store)
    if "geometry" in s:
        window.restoreGeometry(s["geometry"])
    for splitter in (window.top_splitter, window.main_splitter):
        if splitter.objectName() in s:
            splitter.restoreState(s[splitter.objectName()])
    if "learning_rate" in s:
        session.set_learning_rate(s["learning_rate"])
    if "batch_size" in s:
        session.set_batch_size(s["batch_size"])
    if "brush_size" in s:
        window.set_brush_size(s["brush_size"])
    if "speed" in s:
        session.set_speed(s["speed"])
    elif "speed_index" in s and s["speed_index"] < len(SPEEDS):
        session.set_speed(SPEEDS[s["speed_index"]][1])
    appearance.set_colormap(s.get("colormap", DEFAULT_COLORMAP))
    appearance.set_full_range(s.get("full_range", False))
    appearance.set_theme(s.get("theme", NORMAL.name))


def remembered_language(store: QSettings | None) -> str | None:
    """The language chosen last time (read before the window is made: its texts are made in it)."""
    return None if store is None else read_settings(store).get("language")


def save_settings(store: QSettings | None, window, session, appearance) -> None:
    if store is None:
        return
    write_settings(store, {
        "geometry": window.saveGeometry(),
        "top_splitter": window.top_splitter.saveState(),
        "main_splitter": window.main_splitter.saveState(),
        "theme": appearance.theme.name, "colormap": appearance.colormap_name,
        "language": window.language.code,
        "full_range": appearance.looks.full_range,
        "learning_rate": session.learning_rate, "batch_size": session.batch_size,
        "brush_size": window.canvas.brush_size, "speed": float(session.speed),
    })
