"""The translators' files: made from the source by Qt's ``lupdate``, compiled by ``lrelease``.

    python -m mnist_visualizer.visualizer.catalogues update    # the .ts files gain the source's new texts
    python -m mnist_visualizer.visualizer.catalogues release   # the .ts files compiled to the shipped .qm
    python -m mnist_visualizer.visualizer.catalogues new CODE  # a .ts file for a new language

``resources/translations/mnist_visualizer_<code>.ts`` is what a translator edits (Qt Linguist, or any
.ts editor); the ``.qm`` beside it is what the app loads. Both are kept in the repository, so an
installed app needs neither tool; run ``release`` after editing a ``.ts`` (the tests fail when a
shipped ``.qm`` differs from what its ``.ts`` compiles to).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

from .languages import LANGUAGES, SOURCE_LANGUAGE
from .translation import CATALOGUE

SOURCE_ROOT = Path(__file__).resolve().parent.parent   # the folder holding core/ and visualizer/
SOURCE_PACKAGES = ("core", "visualizer")


def qt_tool(name: str) -> Path:
    """One of the Qt tools that come with PySide6 (``lupdate``, ``lrelease``)."""
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is not in {folder}: PySide6 brings it (pip install PySide6-Essentials)")


def source_files(root: Path = SOURCE_ROOT) -> list[Path]:
    """Every Python file whose texts can be shown: core's (marked) and the window's."""
    return sorted(p for package in SOURCE_PACKAGES for p in (root / package).rglob("*.py")
                  if "__pycache__" not in p.parts)


def catalogue(code: str, suffix: str, root: Path = SOURCE_ROOT) -> Path:
    return root / "resources" / "translations" / f"{CATALOGUE}_{code}.{suffix}"


def extract(ts_files: list[Path], root: Path = SOURCE_ROOT, language: str | None = None) -> str:
    """Run lupdate over the source into ``ts_files`` (made, or brought up to date keeping their
    translations; texts the source no longer has are dropped). Returns what lupdate said."""
    target = ["-target-language", language] if language else []
    done = subprocess.run([str(qt_tool("lupdate")), "-locations", "relative", "-no-obsolete", *target,
                           *map(str, source_files(root)), "-ts", *map(str, ts_files)],
                          capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)],
                   capture_output=True, text=True, check=True)


def translated_codes(root: Path = SOURCE_ROOT) -> list[str]:
    return [code for code in LANGUAGES if code != SOURCE_LANGUAGE and catalogue(code, "ts", root).exists()]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["update"]:
        print(extract([catalogue(code, "ts") for code in translated_codes()]))
    elif args[:1] == ["release"]:
        for code in translated_codes():
            compile_catalogue(catalogue(code, "ts"), catalogue(code, "qm"))
            print(f"wrote {catalogue(code, 'qm')}")
    elif args[:1] == ["new"] and len(args) == 2:
        ts = catalogue(args[1], "ts")
        if ts.exists():
            print(f"error: {ts} exists already", file=sys.stderr)
            return 1
        ts.parent.mkdir(parents=True, exist_ok=True)
        print(extract([ts], language=args[1]))
        print(f"wrote {ts}: translate it, then run `release` (and add {args[1]!r} to visualizer/languages.py)")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
