"""Animations of the learning for slides: frames of a widget, written as GIF, WebP or MP4.

`write_animation` encodes frames (Pillow for GIF and WebP; imageio with imageio-ffmpeg for MP4,
the optional ``video`` extra). `AnimationRecorder` grabs a widget on a timer in the GUI thread (a
widget can only be painted there) and encodes at the end. `record_with_progress` adds the
progress dialog a menu item needs.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Sequence

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.files import unwritable

from .core_messages import shown as shown_message
from .translation import translate

FORMATS = {".gif": "GIF", ".webp": "WebP", ".mp4": "MP4"}


class RecordingError(Exception):
    """A one-line reason an animation cannot be written."""


def mp4_available() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("imageio", "imageio_ffmpeg"))


def check_animation_path(path) -> Path:
    """The path if its suffix names a format that can be written here, else `RecordingError`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise RecordingError(translate("AnimationRecorder", "cannot write an animation as '{name}': use {known}")
                             .format(name=suffix or path.name, known=known))
    if suffix == ".mp4" and not mp4_available():
        raise RecordingError(mp4_missing())
    problem = unwritable(path, translate("AnimationRecorder", "the animation"))
    if problem:
        raise RecordingError(shown_message(problem))
    return path


def mp4_missing() -> str:
    return translate("AnimationRecorder", "MP4 needs imageio and imageio-ffmpeg: pip install "
                                          "'mnist-visualizer[video]', or save as .gif or .webp")


def file_filter() -> str:
    """For a save dialog: the formats, MP4 only where it can be written."""
    filters = [translate("AnimationRecorder", "Animated GIF (*.gif)"),
               translate("AnimationRecorder", "WebP animation (*.webp)")]
    if mp4_available():
        filters.append(translate("AnimationRecorder", "MP4 video (*.mp4)"))
    return ";;".join(filters)


def frame_durations_ms(n: int, fps: float, step: int = 1) -> list[int]:
    """Whole-``step`` ms durations whose running sum stays within a step of n / fps seconds.

    GIF counts time in hundredths of a second (``step=10``): 15 fps as 60 ms each would play 11%
    fast, so the durations alternate (70, 60, 70, ...) instead.
    """
    ends = np.round(np.arange(n + 1) * (1000 / fps) / step).astype(np.int64) * step
    return np.diff(ends).tolist()


def _check_frames(frames) -> list[np.ndarray]:
    frames = [np.asarray(f) for f in frames]
    if not frames:
        raise RecordingError("no frames to write")
    shape = frames[0].shape
    for f in frames:
        if f.dtype != np.uint8 or f.ndim != 3 or f.shape[2] != 3:
            raise RecordingError(f"frames must be (h, w, 3) uint8 arrays, got {f.shape} {f.dtype}")
        if f.shape != shape:
            raise RecordingError(f"frames differ in size: {f.shape} after {shape}")
    return frames


def write_animation(frames: Sequence[np.ndarray], path, fps: float = 10.0) -> Path:
    """Write ``frames`` as an animation that loops, in the format of the path's suffix.

    Parameters
    ----------
    frames : sequence of ndarray, each shape (h, w, 3), uint8 RGB, all the same size
    path : str or Path ending in .gif, .webp or .mp4
    fps : float
        Frames per second when played.

    Returns
    -------
    Path written. It appears whole or not at all (a temporary file renamed), so a slide never
    links to half an animation. Identical consecutive frames may be merged into one longer frame
    by the GIF and WebP encoders (the playing time stays the same).

    Raises
    ------
    RecordingError
        Unknown suffix, MP4 without its encoder, bad frames, or the file cannot be written.
    """
    path = check_animation_path(path)
    if not fps > 0:
        raise RecordingError(f"frames per second must be > 0, got {fps}")
    frames = _check_frames(frames)
    suffix = path.suffix.lower()
    # the suffix kept at the end: ffmpeg picks the container from it
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp{suffix}")
    try:
        if suffix == ".mp4":
            _write_mp4(frames, tmp, fps)
        else:
            _write_pillow(frames, tmp, fps, FORMATS[suffix].upper())
        os.replace(tmp, path)
    except OSError as exc:
        raise RecordingError(translate("AnimationRecorder", "cannot write {path}: {problem}").format(
            path=path, problem=exc.strerror or exc)) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _write_pillow(frames: list[np.ndarray], path: Path, fps: float, kind: str) -> None:
    from PIL import Image

    images = [Image.fromarray(f, "RGB") for f in frames]
    # The encoding runs in the GUI thread, so the fastest settings that look right (100 frames of
    # 960x600, measured: GIF 5.8 s -> 1.1 s, WebP 6.3 s -> 2.0 s).
    if kind == "GIF":
        # Pillow's default palette (median cut, dithered) turns the weights' reds and blues orange and
        # cyan; a fast octree palette per frame, undithered, keeps their hues
        images = [im.quantize(255, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE) for im in images]
        options = dict(duration=frame_durations_ms(len(frames), fps, step=10), optimize=False)
    else:
        # lossless: text and one-pixel curves stay sharp; quality 0 and method 0 = least effort
        options = dict(duration=frame_durations_ms(len(frames), fps), lossless=True, quality=0, method=0)
    images[0].save(path, format=kind, save_all=True, append_images=images[1:], loop=0, **options)


def _write_mp4(frames: list[np.ndarray], path: Path, fps: float) -> None:
    import imageio.v2 as imageio

    # H.264 in yuv420p needs even sides: drop an odd last row or column rather than stretch
    h, w = (s - s % 2 for s in frames[0].shape[:2])
    writer = imageio.get_writer(path, format="FFMPEG", mode="I", fps=fps, codec="libx264", quality=8,
                                macro_block_size=2, ffmpeg_log_level="error")
    try:
        for f in frames:
            writer.append_data(np.ascontiguousarray(f[:h, :w]))
    finally:
        writer.close()


def qimage_to_rgb(image: QImage) -> np.ndarray:
    """A QImage as a new array, shape (h, w, 3), uint8 RGB."""
    image = image.convertToFormat(QImage.Format_RGB888)
    h, w = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
    return rows[:, : 3 * w].reshape(h, w, 3).copy()


class AnimationRecorder(QObject):
    """Grabs ``widget`` ``fps`` times a second for ``seconds``, then writes the animation.

    Signals: ``progress(done, total)`` after each frame, ``encoding()`` before the (blocking, a
    second or a few) encoding, then ``finished(path)`` or ``failed(message)``; ``cancelled()``
    after `cancel`. The frames are scaled to at most ``max_width`` pixels wide (files stay small
    enough for a slide), all to the first frame's size; they are kept in memory until written
    (~1.7 MB each at 960x600: 170 MB for 10 s at 10 fps) and dropped then (``frame_count`` stays).
    """

    progress = Signal(int, int)
    encoding = Signal()
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, widget: QWidget, path, seconds: float = 10.0, fps: float = 10.0,
                 max_width: int = 960, parent: QObject | None = None):
        super().__init__(parent)
        self.widget, self.path, self.fps, self.max_width = widget, Path(path), float(fps), max_width
        self.total = max(1, round(seconds * fps))
        self.frames: list[np.ndarray] = []
        self.frame_count = 0
        self._size = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.PreciseTimer)
        self._timer.setInterval(max(1, round(1000 / self.fps)))
        self._timer.timeout.connect(self._grab)

    @property
    def is_recording(self) -> bool:
        return self._timer.isActive()

    def start(self) -> bool:
        """Begin; False (and ``failed`` emitted) when the path cannot be written as an animation."""
        try:
            check_animation_path(self.path)
        except RecordingError as exc:
            self.failed.emit(str(exc))
            return False
        self.frames.clear()
        self._size = None
        self._grab()
        if len(self.frames) < self.total:
            self._timer.start()
        return True

    def cancel(self) -> None:
        """Stop without writing anything."""
        if self._timer.isActive():
            self._timer.stop()
            self.frames.clear()
            self.cancelled.emit()

    @Slot()
    def _grab(self) -> None:
        image = self.widget.grab().toImage()
        if self._size is None:
            if image.width() > self.max_width:
                image = image.scaledToWidth(self.max_width, Qt.SmoothTransformation)
            self._size = image.size()
        elif image.size() != self._size:  # the window was resized (or went full screen) meanwhile
            image = image.scaled(self._size, Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
        self.frames.append(qimage_to_rgb(image))
        self.progress.emit(len(self.frames), self.total)
        if len(self.frames) >= self.total:
            self._timer.stop()
            self.encoding.emit()
            # a moment for a progress dialog to show "encoding" before the GUI thread is busy
            QTimer.singleShot(50, self._encode)

    @Slot()
    def _encode(self) -> None:
        self.frame_count = len(self.frames)
        try:
            path = write_animation(self.frames, self.path, self.fps)
        except RecordingError as exc:
            self.failed.emit(str(exc))
        else:
            self.finished.emit(str(path))
        finally:
            self.frames = []


def record_with_progress(parent: QWidget, widget: QWidget, path, seconds: float = 10.0,
                         fps: float = 10.0) -> AnimationRecorder:
    """Record ``widget`` with a progress dialog over ``parent`` whose Cancel button cancels.

    The dialog is not modal: the class can go on drawing and training while it records. Connect
    the returned recorder's ``finished`` and ``failed`` to tell the user the outcome: it starts
    once control is back in the event loop, so that a path it refuses reaches ``failed`` too.
    """
    recorder = AnimationRecorder(widget, path, seconds, fps, parent=parent)
    dialog = QProgressDialog(translate("AnimationRecorder", "Recording {seconds} s of the window…").format(
        seconds=f"{seconds:g}"), translate("AnimationRecorder", "Cancel"), 0, recorder.total, parent)
    dialog.setWindowTitle(translate("AnimationRecorder", "Record animation"))
    dialog.setModal(False)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    recorder.progress.connect(dialog.setValue)
    recorder.encoding.connect(lambda: (dialog.setLabelText(
                                           translate("AnimationRecorder", "Writing {file}…").format(
                                               file=Path(path).name)),
                                       dialog.setCancelButton(None)))
    for done in (recorder.finished, recorder.failed):
        done.connect(dialog.close)
    dialog.canceled.connect(recorder.cancel)
    recorder.dialog = dialog
    QTimer.singleShot(0, recorder.start)
    return recorder
