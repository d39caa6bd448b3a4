"""Collecting in the app: a drawing sent on loopback waits in the queue, the teacher's keys accept
or reject it, accepted digits reach the gallery (with the network's answer) and the folder."""

import json
import urllib.request

import numpy as np
import pytest
from PySide6.QtCore import Qt

from mnist_visualizer.core.collect.class_digits import ClassDigits
from mnist_visualizer.core.collect.strokes import strokes_to_image
from mnist_visualizer.visualizer.canvas import DrawingCanvas

THREE = [[[0.3, 0.2], [0.7, 0.25], [0.45, 0.5], [0.72, 0.72], [0.3, 0.9]]]


def send(url, label, strokes=THREE, device="phone"):
    body = json.dumps({"label": label, "strokes": strokes}).encode()
    req = urllib.request.Request(url + "drawings", body, {"X-Device": device}, method="POST")
    with urllib.request.urlopen(req, timeout=5) as answer:
        return answer.status


@pytest.fixture
def collecting_window(open_window, small_dataset, tmp_path, qtbot, request):
    w = open_window(small_dataset, trainer=getattr(request, "param", "thread"))
    w.class_digits.options = {"folder": tmp_path / "class-digits", "host": "127.0.0.1", "port": 0}
    w.class_digits.show()
    qtbot.addWidget(w.class_digits.panel)
    qtbot.waitExposed(w.class_digits.panel)
    yield w
    w.class_digits.panel.close()


def test_the_teacher_accepts_and_rejects_with_keys(collecting_window, qtbot, tmp_path):
    w = collecting_window
    panel = w.class_digits.panel
    url = panel.collecting.url
    assert url.startswith("http://127.0.0.1:") and url in panel.address.text().replace("\u200b", "")
    assert not panel.qr.pixmap().isNull() and panel.qr.pixmap().width() >= 200
    assert send(url, 3) == 202 and send(url, 7, device="other") == 202
    qtbot.waitUntil(lambda: panel.queue.count() == 2, timeout=3000)
    assert len(panel.collecting.digits) == 0 and panel.gallery.grid.count() == 0   # nothing shown yet
    qtbot.keyClick(panel, Qt.Key_A)          # accepts the first (the 3)
    assert panel.queue.count() == 1 and panel.gallery.grid.count() == 1
    qtbot.keyClick(panel, Qt.Key_X)          # rejects the 7
    assert panel.queue.count() == 0 and len(panel.collecting.digits) == 1
    panel.collecting.wait_saved()            # (the folder is written by a thread of its own)
    kept = ClassDigits.open(tmp_path / "class-digits")
    assert kept.counts().tolist() == [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]
    assert kept.strokes("train", 0)[0].shape == (5, 2)
    # the network's answer under it
    qtbot.waitUntil(lambda: panel.gallery.answers is not None, timeout=3000)
    assert "→" in panel.gallery.grid.item(0).text()


def test_accept_all_and_auto_accept(collecting_window, qtbot):
    panel = collecting_window.class_digits.panel
    url = panel.collecting.url
    for i in range(3):
        send(url, i, device=f"p{i}")
    qtbot.waitUntil(lambda: panel.queue.count() == 3, timeout=3000)
    panel.accept_all_button.click()
    assert panel.queue.count() == 0 and len(panel.collecting.digits) == 3
    panel.auto.setChecked(True)
    send(url, 5, device="p5")
    qtbot.waitUntil(lambda: panel.gallery.grid.count() == 4, timeout=3000)
    assert panel.queue.count() == 0 and len(panel.collecting.digits) == 4


def test_the_canvas_adds_its_drawing_and_stopping_closes_the_page(collecting_window, qtbot):
    w = collecting_window
    w.canvas.draw_strokes([np.array(s) for s in THREE])
    for _ in range(5):   # quicker than the folder is saved: saved at once, then once settled
        w.class_digits.add_drawing(3)
    panel = w.class_digits.panel
    folder = panel.collecting.digits.folder
    panel.collecting.wait_saved()
    assert ClassDigits.open(folder).counts()[3] == 1 and panel.gallery.grid.count() == 1
    url = panel.collecting.url
    panel.toggle()
    assert ClassDigits.open(folder).counts()[3] == 5     # stopping saves what waited
    assert not panel.collecting.url and "stopped" in panel.address.text()
    with pytest.raises(OSError):
        urllib.request.urlopen(url, timeout=2)


def test_a_phone_drawing_and_the_same_strokes_on_the_canvas_are_the_same_input(qtbot):
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.draw_strokes([np.array(s) for s in THREE])
    from_canvas = np.round(canvas.network_input() * 255)
    from_phone = strokes_to_image(THREE).astype(np.float64)
    assert np.abs(from_canvas - from_phone).mean() < 4      # Qt's antialiasing vs ours: a few levels
    assert np.corrcoef(from_canvas, from_phone)[0, 1] > 0.97


@pytest.mark.parametrize("collecting_window", ["thread", "process"], indirect=True)
def test_accepted_digits_reach_training_and_the_chart_gains_their_curve(collecting_window, qtbot):
    w = collecting_window
    panel = w.class_digits.panel
    for i in range(3):
        send(panel.collecting.url, 3, device=f"p{i}")
    qtbot.waitUntil(lambda: panel.queue.count() == 3, timeout=3000)
    panel.accept_all_button.click()
    mix = w.session.class_mix
    assert mix is not None and len(mix.train_labels) == 2 and len(mix.check_labels) == 1
    assert mix.share == panel.mix.value() / 100 == 0.1
    panel.mix.setValue(30)
    assert w.session.class_mix.share == 0.3
    assert "check digits" not in w.plots.accuracy_legend.text()
    w.session.step()
    qtbot.waitUntil(lambda: len(w.plots.check_x) > 0, timeout=5000)
    w.plots.redraw()
    assert "check digits" in w.plots.accuracy_legend.text()
    assert 0 <= w.plots.check_accuracy[-1] <= 1
    assert len(w.plots.check_acc_curve.getData()[0]) == len(w.plots.check_x)


def test_the_gallery_marks_wrong_answers_and_a_digit_flips_to_right(qtbot):
    from mnist_visualizer.core.model import NetworkWeights
    from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
    from mnist_visualizer.visualizer.class_gallery import WRONG, ClassGallery

    gallery = ClassGallery()
    qtbot.addWidget(gallery)
    images = np.stack([strokes_to_image(THREE), strokes_to_image([[[0.5, 0.1], [0.5, 0.9]]])])
    gallery.set_digits(images, np.array([3, 1], np.uint8), np.array([False, True]))

    def always(digit):
        model = SoftmaxRegression(0)
        model.W[...] = 0
        model.b[...] = 0
        model.b[digit] = 5
        return NetworkWeights.of(model)

    gallery.show_answers(always(1), at_once=True)
    assert gallery.grid.item(0).text() == "3 → 1 ✗" and gallery.grid.item(0).foreground().color() == WRONG
    assert gallery.grid.item(1).text() == "1 → 1" and "check" in gallery.grid.item(1).toolTip()
    assert gallery.wrong_count() == 1 and "1 of 2" in gallery.summary.text()
    gallery.show_answers(always(3), at_once=True)
    assert gallery.grid.item(0).text() == "3 → 3" and gallery.grid.item(0).foreground().color() != WRONG
    gallery.set_digits(images[:1], np.array([3], np.uint8), np.array([False]))
    assert gallery.grid.count() == 1


def test_the_gallery_draws_only_the_digits_that_are_new(qtbot, tmp_path, monkeypatch):
    """Digits come in (to both splits: a training digit goes in before the check digits), a set is
    cleared, another is opened: the gallery shows what a gallery made afresh shows, the network's
    answers under them, and draws only the digits it did not show already."""
    from mnist_visualizer.core.model import NetworkWeights
    from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
    from mnist_visualizer.visualizer import class_gallery

    drawn = []
    draw = class_gallery.digit_picture
    monkeypatch.setattr(class_gallery, "digit_picture", lambda image, *args: drawn.append(image) or draw(image, *args))
    rng = np.random.default_rng(0)
    weights = NetworkWeights.of(SoftmaxRegression(3))
    gallery = class_gallery.ClassGallery()
    qtbot.addWidget(gallery)
    gallery.show_answers(weights, at_once=True)

    def shown(g):
        return [(g.grid.item(i).text(), g.grid.item(i).toolTip(), g.grid.item(i).data(Qt.DecorationRole))
                for i in range(g.grid.count())]

    digits = ClassDigits(tmp_path / "today")
    for step, change in enumerate([1, 2, 3, 1, 7, "clear", 4, "other", 2]):
        if change == "clear":
            digits.clear()
            new = 0
        elif change == "other":   # another folder: as many digits, other ones
            other = ClassDigits(tmp_path / "other")
            for label in digits.all_images()[1]:
                other.add(int(label), rng.integers(0, 256, 784, dtype=np.uint8))
            digits, new = other, len(other)
        else:
            new = change
            for _ in range(new):   # (two labels: check digits soon)
                digits.add(int(rng.integers(2)), rng.integers(0, 256, 784, dtype=np.uint8))
        drawn.clear()
        gallery.set_digits(*digits.all_images())
        assert len(drawn) == new, f"step {step}: drew {len(drawn) - new} digits it showed already"
        fresh = class_gallery.ClassGallery()
        qtbot.addWidget(fresh)
        fresh.show_answers(weights, at_once=True)
        fresh.set_digits(*digits.all_images())
        assert shown(gallery) == shown(fresh), f"step {step}"
    assert len(digits.check.labels) > 0 and gallery.grid.count() == len(digits)


def test_another_folder_merge_and_clear(collecting_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    panel = collecting_window.class_digits.panel
    other = ClassDigits(tmp_path / "yesterday")
    for label in (1, 1, 1, 2):
        other.add(label, strokes_to_image(THREE), THREE)
    other.save()
    assert panel.merge_folder(tmp_path / "yesterday")
    assert panel.gallery.grid.count() == 4 and panel.collecting.digits.counts()[1] == 3
    assert panel.use_folder(tmp_path / "new day")
    assert panel.gallery.grid.count() == 0 and "new day" in panel.folder.text()
    assert panel.use_folder(tmp_path / "yesterday") and panel.gallery.grid.count() == 4
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "strokes.json").write_text("{")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert not panel.merge_folder(tmp_path / "broken") and "strokes.json" in warned[0]
    assert panel.gallery.grid.count() == 4     # nothing changed
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.Yes)
    panel.confirm_clear()
    qtbot.waitUntil(lambda: panel.gallery.grid.count() == 0, timeout=3000)
    panel.collecting.flush()
    panel.collecting.wait_saved()
    assert len(ClassDigits.open(tmp_path / "yesterday")) == 0


def run_app(*options, timeout=90):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mnist_visualizer.visualizer", "--no-settings", *options],
                          capture_output=True, text=True, timeout=timeout, env=env)


def test_collect_prints_the_address_and_the_app_still_quits(tmp_path):
    done = run_app("--collect", "--collect-host", "127.0.0.1", "--collect-port", "0",
                   "--class-digits", str(tmp_path / "class"), "--quit-after", "2")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("http://127.0.0.1:") and lines[0].endswith("/") and len(lines) == 2
    assert json.loads(lines[1])["options"]["collect"] is True


def test_an_address_that_is_not_this_machines_is_said_in_words(tmp_path):
    done = run_app("--collect", "--collect-host", "192.0.2.1", "--class-digits", str(tmp_path / "c"))
    assert done.returncode == 2 and "cannot collect on 192.0.2.1:8765" in done.stderr
    assert done.stdout == ""


def test_arrivals_reach_the_window_in_batches_and_auto_accept_takes_a_batch_at_once(qtbot, tmp_path):
    """A full class sends 20 drawings a second: the GUI thread hears of them a batch at a time."""
    import threading

    from mnist_visualizer.visualizer.collecting import Collecting

    collecting = Collecting(tmp_path / "class-digits")
    batches, settled = [], []
    collecting.arrived.connect(batches.append)
    collecting.settled.connect(settled.append)
    image = strokes_to_image(THREE)

    def reader(first, n):   # as the reader thread of the server's pipe does
        for number in range(first, first + n):
            collecting.inbox.add(3, THREE, image, "phone", number)

    thread = threading.Thread(target=reader, args=(1, 30))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: sum(map(len, batches)) == 30, timeout=3000)
    assert len(batches) == 1 and [a.number for a in batches[0]] == list(range(1, 31))
    collecting.auto_accept = True
    reader(31, 10)
    qtbot.waitUntil(lambda: len(collecting.digits) == 10, timeout=3000)
    assert settled == [list(range(31, 41))] and len(collecting.inbox) == 30   # one batch, one message
    collecting.stop()


def test_a_stream_of_digits_is_shown_often_and_saved_seldom(qtbot, tmp_path, monkeypatch):
    """A class on auto-accept: the views are told of the digits every SETTLE_SECONDS, the folder is
    written (whole) at most every SAVE_SECONDS, the first change at once; stopping saves the rest."""
    import time

    from mnist_visualizer.visualizer import collecting as module

    monkeypatch.setattr(module, "SETTLE_SECONDS", 0.1)
    monkeypatch.setattr(module, "SAVE_SECONDS", 1.0)
    collecting = module.Collecting(tmp_path / "class-digits")
    told, saved = [], []
    collecting.digits_changed.connect(lambda: told.append(time.monotonic()))
    write = collecting._save
    monkeypatch.setattr(collecting, "_save", lambda files: saved.append(time.monotonic()) or write(files))
    start = time.monotonic()
    while time.monotonic() - start < 2.5:
        collecting.add_from_canvas(strokes_to_image(THREE) / 255, 3)
        qtbot.wait(20)
    assert saved[0] - start < 0.1 and len(saved) <= 3 and all(np.diff(saved) > 0.9)   # (Qt's timers: 5% early at most)
    assert len(told) > 2 * len(saved)
    collecting.stop()
    assert len(ClassDigits.open(tmp_path / "class-digits")) == len(collecting.digits)


def test_a_folder_that_cannot_be_written_is_said_and_the_digits_stay(qtbot, tmp_path):
    from mnist_visualizer.visualizer.collecting import Collecting

    (tmp_path / "a file").write_text("not a folder")
    collecting = Collecting(tmp_path / "a file" / "class-digits")
    problems = []
    collecting.problem.connect(problems.append)
    collecting.add_from_canvas(strokes_to_image(THREE) / 255, 3)
    qtbot.waitUntil(lambda: len(problems) == 1, timeout=3000)
    assert "cannot save" in problems[0] and len(collecting.digits) == 1
    collecting.stop()
