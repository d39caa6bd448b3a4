"""A launch that cannot open a window says why and what to do, instead of Qt's abort and core dump."""

import os
import subprocess
import sys

import pytest

from mnist_visualizer.visualizer import launch
from mnist_visualizer.visualizer.launch import EXIT_NO_WINDOW, XCB_LIBRARIES, missing_libraries, preflight

DESKTOP = {"DISPLAY": ":0"}


def everything_loads(soname):
    return True


def reachable(display):
    return True


def check(environ, platform="linux", load=everything_loads, answers=reachable):
    return preflight(environ, platform, load=load, reachable=answers)


def test_no_display_names_the_headless_ways():
    message = check({})
    assert "no display" in message and "WAYLAND_DISPLAY" in message
    assert "mnist-train" in message and "QT_QPA_PLATFORM=offscreen" in message and "--screenshot" in message
    assert "\n" not in message
    # asked for X11 explicitly: a Wayland socket does not help
    assert "no display" in check({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})


@pytest.mark.parametrize("environ, platform", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),             # a Wayland session: Qt uses wayland
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux"),
    ({}, "win32"), ({}, "darwin"),
    (DESKTOP, "linux"), ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux"),
])
def test_nothing_to_say_where_qt_can_start(environ, platform):
    nothing_loads = lambda soname: False  # noqa: E731 (the X11 libraries are not asked for)
    load = everything_loads if "DISPLAY" in environ and "WAYLAND_DISPLAY" not in environ else nothing_loads
    assert check(environ, platform, load=load) is None


def test_a_missing_xcb_cursor_is_named_with_the_command_that_installs_it():
    message = check(DESKTOP, load=lambda soname: soname != "libxcb-cursor.so.0")
    assert "libxcb-cursor.so.0" in message and "sudo apt-get install libxcb-cursor0" in message
    assert "is not installed" in message and "\n" not in message


def test_several_missing_libraries_give_one_install_command():
    gone = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4"}
    message = check({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, load=lambda s: s not in gone)
    assert message.count("sudo apt-get install") == 1
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4"):
        assert package in message
    assert "libxcb1" not in message


def test_the_real_loader_missing_xcb_cursor(monkeypatch):
    """As on an Ubuntu without libxcb-cursor0: the loader cannot open it, PySide6 does not ship it."""
    real_cdll = launch.ctypes.CDLL

    def cdll(name, *args, **kwargs):
        if name == "libxcb-cursor.so.0":
            raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file or directory")
        return real_cdll(name, *args, **kwargs)

    monkeypatch.setattr(launch.ctypes, "CDLL", cdll)
    monkeypatch.setattr(launch, "bundled_qt_libraries", lambda: None)
    message = preflight({"DISPLAY": ":0"}, "linux", reachable=reachable)
    assert message is not None and "libxcb-cursor.so.0" in message
    assert "sudo apt-get install libxcb-cursor0 " in message


def test_missing_libraries_checks_each_soname():
    asked = []
    assert missing_libraries(load=lambda s: asked.append(s) or s != "libX11.so.6") == ["libX11.so.6"]
    assert asked == list(XCB_LIBRARIES)


def test_a_display_nobody_answers_on():
    message = check({"DISPLAY": ":93"}, answers=lambda d: False)
    assert "DISPLAY=:93" in message and "mnist-train" in message


def test_can_load_asks_the_dynamic_loader():
    assert launch.can_load("libc.so.6")
    assert not launch.can_load("libnot-a-library-anywhere.so.7")


def test_libraries_bundled_with_pyside6_count(tmp_path, monkeypatch):
    monkeypatch.setattr(launch, "bundled_qt_libraries", lambda: tmp_path)
    assert not launch.can_load("libnot-a-library-anywhere.so.7")
    (tmp_path / "libnot-a-library-anywhere.so.7").write_bytes(b"")
    assert launch.can_load("libnot-a-library-anywhere.so.7")


def test_no_x_server_on_a_display_nobody_runs():
    assert not launch.display_reachable(":%d" % (4000 + os.getpid() % 1000))


def test_launch_needs_no_qt():
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "from mnist_visualizer.visualizer.launch import preflight\n"
            "assert 'no display' in preflight({}, 'linux')")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)


def without_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 preflight is Linux only")
def test_the_app_without_a_display_exits_with_the_message_not_a_core_dump(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mnist_visualizer.visualizer", "--no-settings"],
                            capture_output=True, text=True, timeout=60, env=without_display(), cwd=tmp_path)
    assert result.returncode == EXIT_NO_WINDOW  # > 0: an exit status, not a signal (abort = -6)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot open a window: no display")
    assert "mnist-train" in lines[0] and "Reinstalling" not in result.stderr
    assert not list(tmp_path.glob("core*"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 preflight is Linux only")
def test_the_app_with_a_stale_display_exits_with_the_message(tmp_path):
    env = dict(without_display(), DISPLAY=":%d" % (4000 + os.getpid() % 1000))
    result = subprocess.run([sys.executable, "-m", "mnist_visualizer.visualizer", "--no-settings"],
                            capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert result.returncode == EXIT_NO_WINDOW
    assert "no X server answers" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("flag", ["--screenshot", "--record"])
def test_an_output_path_that_cannot_be_written_is_said_before_the_window_opens(tmp_path, flag):
    """Not after the --quit-after run (or the recording) it would end: at once, naming the path,
    exit status 2, no window (so no display needed)."""
    path = tmp_path / "no" / "such" / "dir" / "x.png"
    if flag == "--record":
        path = path.with_suffix(".gif")
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    result = subprocess.run([sys.executable, "-m", "mnist_visualizer.visualizer", "--no-settings",
                             "--quit-after", "30", flag, str(path)], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}") and "no such folder" in lines[0]
