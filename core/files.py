"""Why a file could not be read, or will not be writable, in one line: the same words for datasets,
weights, lessons and every file the app writes."""

from __future__ import annotations

import os
from pathlib import Path


def unreadable(path: Path, exc: OSError, what: str) -> str:
    """The message for an OSError raised reading ``path``, a file that should be ``what`` ("a
    weights file", "a lesson file")."""
    if isinstance(exc, FileNotFoundError):
        return f"{path}: file not found"
    if isinstance(exc, IsADirectoryError):
        return f"{path}: is a folder, not {what}"
    return f"{path}: cannot read ({exc.strerror or exc})"


def unwritable(path: str | Path, what: str) -> str | None:
    """Why ``path`` cannot be written as ``what`` ("the weights", "the screenshot"), in one line, or
    None where it can: asked before any work that ends by writing it, so that an hour of training is
    not lost to a folder that does not exist."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return f"{path}: is a folder; give a file name for {what}"
    if not folder.is_dir():
        return f"{path}: no such folder {folder}, so {what} cannot be saved there"
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"{path}: not allowed to write there, so {what} cannot be saved"
    return None
