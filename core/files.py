"""Why a file could not be read, in one line: the same words for datasets, weights and lessons."""

from __future__ import annotations

from pathlib import Path


def unreadable(path: Path, exc: OSError, what: str) -> str:
    """The message for an OSError raised reading ``path``, a file that should be ``what`` ("a
    weights file", "a lesson file")."""
    if isinstance(exc, FileNotFoundError):
        return f"{path}: file not found"
    if isinstance(exc, IsADirectoryError):
        return f"{path}: is a folder, not {what}"
    return f"{path}: cannot read ({exc.strerror or exc})"
