"""Before Qt opens a window: say why it cannot, and what to do, instead of Qt's abort.

Without a display, or with one of the X11 libraries that Qt's xcb platform plugin loads missing
(``libxcb-cursor0`` is missing on many Ubuntu installs), Qt prints "Reinstalling the application
may fix this problem" and aborts with a core dump. `preflight` finds both cases first, with no Qt
imported (so that it runs, and can be tested, where Qt cannot start).
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from pathlib import Path
from typing import Callable, Mapping

EXIT_NO_WINDOW = 3

# What Qt's xcb plugin (libqxcb.so, libQt6XcbQpa.so.6) and Qt's GUI library load from the system,
# by soname, with the Debian/Ubuntu package that ships each.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}

HEADLESS = ("Without a window: `mnist-train` trains headless, and "
            "`QT_QPA_PLATFORM=offscreen mnist-visualizer --screenshot shot.png --quit-after 5` "
            "saves a picture of the window.")


def bundled_qt_libraries() -> Path | None:
    """PySide6's own Qt/lib folder (found without importing Qt), where a wheel may ship libraries."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "Qt" / "lib"


def can_load(soname: str) -> bool:
    """Whether ``soname`` loads as it would for Qt's plugin: by the dynamic loader (which honours
    LD_LIBRARY_PATH, and fails too when the library's own dependencies are missing), or from
    PySide6's bundled libraries."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        bundled = bundled_qt_libraries()
        return bundled is not None and (bundled / soname).exists()
    return True


def missing_libraries(libraries: Mapping[str, str] = XCB_LIBRARIES,
                      load: Callable[[str], bool] = can_load) -> list[str]:
    """The sonames among ``libraries`` that cannot be loaded."""
    return [soname for soname in libraries if not load(soname)]


def display_reachable(display: str) -> bool:
    """Whether an X server answers at ``display`` (a stale DISPLAY makes Qt abort too)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # reported as a missing library instead
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)  # also frees the error object xcb_connect returns


def preflight(environ: Mapping[str, str] | None = None, platform: str | None = None,
              load: Callable[[str], bool] = can_load,
              reachable: Callable[[str], bool] = display_reachable) -> str | None:
    """Why no window can open, in one message with what to do; None when nothing is in the way.

    Checked only on Linux when Qt would use X11 (QT_QPA_PLATFORM unset or ``xcb``): other platforms
    (``offscreen``, ``wayland``, Windows, macOS) are left to Qt.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    qpa = environ.get("QT_QPA_PLATFORM", "").strip()
    if qpa not in ("", "xcb"):
        return None
    display, wayland = environ.get("DISPLAY", ""), environ.get("WAYLAND_DISPLAY", "")
    if not display and (qpa == "xcb" or not wayland):
        return ("cannot open a window: no display (DISPLAY is not set"
                + ("" if qpa == "xcb" else " and neither is WAYLAND_DISPLAY")
                + "). Run mnist-visualizer on a desktop session. " + HEADLESS)
    if not display or (wayland and qpa != "xcb"):
        return None  # a Wayland session: Qt's wayland plugin needs none of the X11 libraries
    missing = missing_libraries(load=load)
    if missing:
        packages = " ".join(dict.fromkeys(XCB_LIBRARIES[s] for s in missing))
        return (f"cannot open a window: Qt's X11 plugin needs {', '.join(missing)}, which "
                f"{'is' if len(missing) == 1 else 'are'} not installed. Install with: "
                f"sudo apt-get install {packages} (Debian/Ubuntu package names). " + HEADLESS)
    if not reachable(display):
        return (f"cannot open a window: no X server answers on DISPLAY={display}. Start the desktop "
                f"session (or Xvfb) it names, or set DISPLAY to one that runs. " + HEADLESS)
    return None
