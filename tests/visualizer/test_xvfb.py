"""A real window under Xvfb, with no window manager (as in kiosks): presentation mode takes the
whole screen by itself, so its screenshot is exactly the screen's size."""

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (Debian's xvfb)")


@pytest.mark.parametrize("width, height", [(1024, 768), (1920, 1080)])
def test_presentation_fills_the_screen_without_a_window_manager(tmp_path, width, height):
    shot = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24", sys.executable, "-m",
         "mnist_visualizer.visualizer", "--no-settings", "--presentation", "--quit-after", "2",
         "--screenshot", str(shot)],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (width, height)
