"""The app on a desktop: its icon, and a desktop entry (Linux) so that it launches from the menu.

Qt is imported only by `app_icon`: ``mnist-visualizer --install-desktop-entry`` works where no
window can open (over ssh, say).
"""

from __future__ import annotations

import os
import shutil
import sys
from importlib import resources
from pathlib import Path

APP_ID = "mnist-visualizer"  # the desktop entry's name: QGuiApplication.setDesktopFileName, WM class
ICON_SIZE = 256
RESOURCES_PACKAGE = f"{__package__.rpartition('.')[0]}.resources"
# The desktop entry prefers the gui-script (no console window where that matters: Windows); the
# console script is the same program and is there in every install, so it is the fallback.
SCRIPTS = ("mnist-visualizer-gui", "mnist-visualizer")


def icon_path(suffix: str = "png") -> Path:
    """The shipped icon: ``png`` (256x256) or ``svg``."""
    return Path(str(resources.files(RESOURCES_PACKAGE) / "icons" / f"{APP_ID}.{suffix}"))


def app_icon():
    """The window's and the taskbar's icon (QIcon): the SVG at any size where Qt can draw SVG,
    the 256x256 PNG otherwise."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    icon.addFile(str(icon_path("png")), QSize(ICON_SIZE, ICON_SIZE))
    icon.addFile(str(icon_path("svg")))
    return icon


def data_home(environ=None) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def installed_command() -> list[str]:
    """The absolute command that starts the app as installed in this Python environment."""
    bin_dir = Path(sys.executable).parent  # a venv's bin/, where pip put the scripts
    for name in SCRIPTS:
        for candidate in (bin_dir / name, shutil.which(name)):
            if candidate and os.access(candidate, os.X_OK) and Path(candidate).is_file():
                return [str(Path(candidate).absolute())]
    # not installed as scripts (run from a checkout): the module itself, by this interpreter
    return [str(Path(sys.executable).absolute()), "-m", f"{__package__}"]


def exec_quote(arg: str) -> str:
    """One argument of a desktop entry's Exec key (the Desktop Entry Specification's quoting)."""
    if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%'):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: list[str], icon: Path) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=MNIST Visualizer",
        "GenericName=Neural network classroom",
        "Comment=Watch a one-layer softmax network learn to read handwritten digits",
        "Exec=" + " ".join(exec_quote(a) for a in command),
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Education;ArtificialIntelligence;",
        "Keywords=MNIST;neural network;softmax;machine learning;handwriting;digits;",
        f"StartupWMClass={APP_ID}",
        "StartupNotify=true",
        "",
    ])


def _write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.chmod(mode)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def install_desktop_entry(environ=None, command: list[str] | None = None) -> list[Path]:
    """Write the desktop entry and its icon under the user's data folder; return what was written.

    ``$XDG_DATA_HOME/applications/mnist-visualizer.desktop`` runs ``command`` (default: the
    installed script, by absolute path, so that it works outside the venv too), with the icon
    copied to ``$XDG_DATA_HOME/icons/hicolor/256x256/apps/mnist-visualizer.png`` and named by its
    absolute path (found whatever icon theme is in use).
    """
    home = data_home(environ)
    icon = home / "icons" / "hicolor" / f"{ICON_SIZE}x{ICON_SIZE}" / "apps" / f"{APP_ID}.png"
    entry = home / "applications" / f"{APP_ID}.desktop"
    for folder in (icon.parent, entry.parent):
        folder.mkdir(parents=True, exist_ok=True)
    _write_atomically(icon, icon_path("png").read_bytes())
    _write_atomically(entry, desktop_entry(command or installed_command(), icon).encode())
    return [entry, icon]
