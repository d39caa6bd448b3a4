"""Why a file could not be read, or will not be writable, in one line: the same words for datasets,
weights, lessons and every file the app writes."""

from __future__ import annotations

import os
from pathlib import Path

from .translatable import QT_TRANSLATE_NOOP

# What they say (the window shows it in its language: `visualizer.core_messages`); {what} is the
# caller's ("a weights file", "the animation").
MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("Files", "{path}: file not found"),
    "folder": QT_TRANSLATE_NOOP("Files", "{path}: is a folder, not {what}"),
    "unreadable": QT_TRANSLATE_NOOP("Files", "{path}: cannot read ({problem})"),
    "folder_given": QT_TRANSLATE_NOOP("Files", "{path}: is a folder; give a file name for {what}"),
    "no_folder": QT_TRANSLATE_NOOP("Files", "{path}: no such folder {folder}, so {what} cannot be saved there"),
    "not_allowed": QT_TRANSLATE_NOOP("Files", "{path}: not allowed to write there, so {what} cannot be saved"),
}


def unreadable(path: Path, exc: OSError, what: str) -> str:
    """The message for an OSError raised reading ``path``, a file that should be ``what`` ("a
    weights file", "a lesson file")."""
    if isinstance(exc, FileNotFoundError):
        return MESSAGES["missing"].format(path=path)
    if isinstance(exc, IsADirectoryError):
        return MESSAGES["folder"].format(path=path, what=what)
    return MESSAGES["unreadable"].format(path=path, problem=exc.strerror or exc)


def unwritable(path: str | Path, what: str) -> str | None:
    """Why ``path`` cannot be written as ``what`` ("the weights", "the screenshot"), in one line, or
    None where it can: asked before any work that ends by writing it, so that an hour of training is
    not lost to a folder that does not exist."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return MESSAGES["folder_given"].format(path=path, what=what)
    if not folder.is_dir():
        return MESSAGES["no_folder"].format(path=path, folder=folder, what=what)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return MESSAGES["not_allowed"].format(path=path, what=what)
    return None
