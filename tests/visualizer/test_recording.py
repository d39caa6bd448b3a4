import json
import os
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QLabel

from mnist_visualizer.visualizer import recording
from mnist_visualizer.visualizer.recording import (AnimationRecorder, RecordingError, frame_durations_ms,
                                                   record_with_progress, write_animation)


def moving_square(n=12, h=40, w=50):
    """Frames that all differ (encoders merge identical neighbours), in strong colours."""
    frames = []
    for i in range(n):
        f = np.full((h, w, 3), 250, np.uint8)
        f[5:20, 2 + 3 * i: 17 + 3 * i] = (230, 120, 20)
        f[25:35, 5:45] = (30, 90, 200)
        frames.append(f)
    return frames


def read_back(path):
    with Image.open(path) as im:
        durations, firsts = [], None
        for i in range(im.n_frames):
            im.seek(i)
            im.load()  # WebP frames tell their duration once decoded
            durations.append(im.info["duration"])
            if i == 0:
                firsts = np.asarray(im.convert("RGB"))
        return im.n_frames, im.size, durations, firsts, im.info.get("loop")


@pytest.mark.parametrize("suffix", [".gif", ".webp"])
def test_write_animation_gif_and_webp(tmp_path, suffix):
    frames = moving_square()
    path = write_animation(frames, tmp_path / f"learning{suffix}", fps=10)
    assert path == tmp_path / f"learning{suffix}"
    n, size, durations, first, loop = read_back(path)
    assert n == 12 and size == (50, 40)
    assert sum(durations) == 1200
    assert loop == 0  # loops forever, as slides want
    assert np.abs(first.astype(int) - frames[0]).mean() < 8
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_gif_durations_keep_the_playing_time_at_any_fps():
    d = frame_durations_ms(30, 15, step=10)
    assert all(x % 10 == 0 for x in d) and set(d) == {60, 70}
    assert sum(d) == 2000
    assert frame_durations_ms(4, 10) == [100] * 4


@pytest.mark.parametrize("name, message", [("a.png", "'.png'"), ("noext", "noext"),
                                           ("no/such/dir/a.gif", "no such folder")])
def test_unknown_format_or_folder_is_one_clear_error(tmp_path, name, message):
    with pytest.raises(RecordingError, match=message) as info:
        write_animation(moving_square(2), tmp_path / name)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("frames, message", [([], "no frames"),
                                             ([np.zeros((4, 4), np.uint8)], r"\(h, w, 3\) uint8"),
                                             ([np.zeros((4, 4, 3))], "uint8"),
                                             ([np.zeros((4, 4, 3), np.uint8), np.zeros((4, 6, 3), np.uint8)],
                                              "differ")])
def test_bad_frames_are_refused(tmp_path, frames, message):
    with pytest.raises(RecordingError, match=message):
        write_animation(frames, tmp_path / "a.gif")
    assert not any(tmp_path.iterdir())


def test_writing_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "a.webp"
    path.write_bytes(b"the animation of last week")

    def half_then_fail(frames, tmp, fps, kind):
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recording, "_write_pillow", half_then_fail)
    with pytest.raises(RecordingError, match="No space left"):
        write_animation(moving_square(2), path)
    assert path.read_bytes() == b"the animation of last week"
    assert [p.name for p in tmp_path.iterdir()] == ["a.webp"]


def test_mp4_without_its_encoder_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(recording, "mp4_available", lambda: False)
    with pytest.raises(RecordingError, match=r"pip install 'mnist-visualizer\[video\]'"):
        write_animation(moving_square(2), tmp_path / "a.mp4")
    assert "mp4" not in recording.file_filter()


def test_mp4_where_the_encoder_is_installed(tmp_path):
    pytest.importorskip("imageio_ffmpeg")
    imageio = pytest.importorskip("imageio.v2")
    path = write_animation(moving_square(12, 41, 51), tmp_path / "a.mp4", fps=10)
    reader = imageio.get_reader(path, format="FFMPEG")
    try:
        assert reader.count_frames() == 12
        assert reader.get_meta_data()["size"] == (50, 40)  # odd sides trimmed to even for H.264
    finally:
        reader.close()


@pytest.fixture
def label(qtbot):
    w = QLabel("0")
    w.setStyleSheet("background: white; font-size: 30pt;")
    w.resize(400, 100)
    qtbot.addWidget(w)
    w.show()
    return w


def test_recorder_grabs_frames_on_a_timer_and_writes_at_the_end(qtbot, label, tmp_path):
    recorder = AnimationRecorder(label, tmp_path / "a.gif", seconds=0.5, fps=10, max_width=200)
    progress = []
    recorder.progress.connect(lambda done, total: (progress.append((done, total)),
                                                   label.setText(str(done))))  # every frame differs
    with qtbot.waitSignal(recorder.finished, timeout=5000) as blocker:
        assert recorder.start()
    assert blocker.args == [str(tmp_path / "a.gif")]
    assert progress == [(i, 5) for i in range(1, 6)]
    assert recorder.frame_count == 5 and recorder.frames == []
    n, size, durations, _, _ = read_back(tmp_path / "a.gif")
    assert n == 5 and size == (200, 50) and sum(durations) == 500


def test_recorder_cancel_writes_nothing(qtbot, label, tmp_path):
    recorder = AnimationRecorder(label, tmp_path / "a.webp", seconds=5, fps=10)
    recorder.start()
    assert recorder.is_recording
    with qtbot.waitSignal(recorder.cancelled, timeout=1000):
        recorder.cancel()
    assert not recorder.is_recording
    qtbot.wait(250)
    assert not any(tmp_path.iterdir())


def test_progress_dialog_shows_then_closes_and_bad_paths_fail_after_connecting(qtbot, label, tmp_path):
    recorder = record_with_progress(label, label, tmp_path / "a.webp", seconds=0.3)
    with qtbot.waitSignal(recorder.finished, timeout=5000):
        pass
    assert recorder.frame_count == 3 and (tmp_path / "a.webp").exists()
    assert not recorder.dialog.isVisible()
    recorder = record_with_progress(label, label, tmp_path / "a.bmp")
    with qtbot.waitSignal(recorder.failed, timeout=1000) as blocker:
        pass
    assert ".bmp" in blocker.args[0]


def test_record_from_the_command_line(tmp_path):
    """The app trains, records 10 s of its window (the issue's animation for a slide), writes the
    file, quits and says what it wrote."""
    path = tmp_path / "learning.gif"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "mnist_visualizer.visualizer", "--no-settings", "--autostart",
                             "--record", str(path), "--record-seconds", "10"],
                            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["recording"] == str(path) and record["recording_frames"] == 100
    assert record["examples_seen"] > 0
    n, (width, height), durations, _, _ = read_back(path)
    # the window's frames change as it trains; the encoder would merge any two that did not
    assert 50 <= n <= 100
    assert 400 <= width <= 960 and 300 <= height <= 960
    assert sum(durations) == 10_000
    assert "Traceback" not in result.stderr


def test_record_refuses_an_unknown_format_at_once(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mnist_visualizer.visualizer", "--no-settings",
                             "--record", str(tmp_path / "a.avi")], capture_output=True, text=True, timeout=30,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and ".avi" in result.stderr
