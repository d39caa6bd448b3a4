import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from mnist_visualizer.visualizer import desktop
from mnist_visualizer.visualizer.about import about_html, app_version, show_about
from mnist_visualizer.visualizer.desktop import (app_icon, data_home, desktop_entry, exec_quote, icon_path,
                                                 install_desktop_entry)


def test_the_icon_ships_as_svg_and_a_256_png():
    with Image.open(icon_path("png")) as png:
        assert png.size == (256, 256) and png.mode == "RGBA"
        colours = np.unique(np.asarray(png.convert("RGB")).reshape(-1, 3), axis=0)
        assert len(colours) > 4  # a picture, not a flat square
    root = ET.parse(icon_path("svg")).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
    assert QSvgRenderer(str(icon_path("svg"))).isValid()


def test_app_icon_has_pixels_at_taskbar_sizes(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert QSize(256, 256) in icon.availableSizes()
    for side in (16, 32, 48, 256):
        image = icon.pixmap(side, side).toImage()
        assert image.width() == side and not image.isNull()


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path)
    return parser["Desktop Entry"]


def test_install_desktop_entry_under_xdg_data_home(tmp_path):
    written = install_desktop_entry({"XDG_DATA_HOME": str(tmp_path)})
    entry_path, icon = written
    assert entry_path == tmp_path / "applications" / "mnist-visualizer.desktop"
    assert icon == tmp_path / "icons" / "hicolor" / "256x256" / "apps" / "mnist-visualizer.png"
    assert icon.read_bytes() == icon_path("png").read_bytes()
    entry = read_entry(entry_path)
    assert entry["Type"] == "Application" and entry["Icon"] == str(icon)
    command = entry["Exec"].split()
    assert os.path.isabs(command[0]) and os.access(command[0], os.X_OK)
    assert entry["StartupWMClass"] == "mnist-visualizer" and entry["Terminal"] == "false"
    # again: the same files, replaced whole
    assert install_desktop_entry({"XDG_DATA_HOME": str(tmp_path)}) == written
    assert sorted(p.name for p in entry_path.parent.iterdir()) == ["mnist-visualizer.desktop"]


def test_data_home_follows_the_spec(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data_home({}) == tmp_path / ".local" / "share"
    assert data_home({"XDG_DATA_HOME": "relative/dir"}) == tmp_path / ".local" / "share"
    assert data_home({"XDG_DATA_HOME": "/x/y"}) == desktop.Path("/x/y")


def test_exec_line_quotes_what_needs_it():
    assert exec_quote("/usr/bin/mnist-visualizer") == "/usr/bin/mnist-visualizer"
    assert exec_quote("/home/a b/venv/bin/mnist-visualizer") == '"/home/a b/venv/bin/mnist-visualizer"'
    assert exec_quote('/x/$HOME"%') == '"/x/\\$HOME\\"%%"'
    text = desktop_entry(["/opt/my apps/bin/python", "-m", "mnist_visualizer.visualizer"], desktop.Path("/i.png"))
    assert 'Exec="/opt/my apps/bin/python" -m mnist_visualizer.visualizer\n' in text


def test_installed_command_is_a_script_beside_this_python_or_the_module():
    command = desktop.installed_command()
    assert os.path.isabs(command[0])
    if len(command) == 1:
        assert desktop.Path(command[0]).name in desktop.SCRIPTS
    else:
        assert command[1:] == ["-m", "mnist_visualizer.visualizer"]


def test_install_from_the_command_line_needs_no_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_DATA_HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "mnist_visualizer.visualizer", "--install-desktop-entry"],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"wrote {tmp_path}/applications/mnist-visualizer.desktop",
                                          f"wrote {tmp_path}/icons/hicolor/256x256/apps/mnist-visualizer.png"]
    validator = shutil.which("desktop-file-validate")
    if validator:
        checked = subprocess.run([validator, str(tmp_path / "applications" / "mnist-visualizer.desktop")],
                                 capture_output=True, text=True)
        assert checked.returncode == 0 and "error" not in checked.stdout, checked.stdout


def test_about_says_version_network_data_credit_and_licences():
    html = about_html()
    assert app_version() in html and app_version()[0].isdigit()
    for words in ("<i>x W</i> + <i>b</i>", "softmax", "cross-entropy", "hidden", "LeCun", "Cortes", "Burges",
                  "Creative Commons Attribution-Share Alike 3.0", "CC BY-SA 3.0", "MIT"):
        assert words in html, words


def test_about_box_opens_without_blocking_and_closes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_about(parent)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.parent() is parent
    assert "LeCun" in dialog.text.text()
    with qtbot.waitSignal(dialog.finished, timeout=1000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert not dialog.isVisible()
