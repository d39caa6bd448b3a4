"""What the window reads and writes: dataset folders, weights files, exported pictures and metrics.

Every failure (a corrupt file, a folder that cannot be written) is a message in the window, and the
app carries on with what it had.
"""

from __future__ import annotations

import csv
import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..core.data import DatasetError, load_dataset
from ..core.model import NetworkWeights, WeightsError, load_network, save_network

from .controls import network_title
from .core_messages import shown as shown_message
from .recording import AnimationRecorder, file_filter, record_with_progress
from .translation import translate


class FileCommands(QObject):
    """The File menu's commands for one window: dialogs, then the work, then a message. What they
    change is the training session's (a dataset, weights); the window is the dialogs' parent and
    what is exported or recorded."""

    def __init__(self, window, session):
        super().__init__(window)
        self.window = window
        self.session = session
        self.last_dialog: QMessageBox | None = None
        self.recorder: AnimationRecorder | None = None

    def tell(self, title: str, message: str, icon=QMessageBox.Warning) -> None:
        """A message in the window that doesn't block the event loop (or training, or a test)."""
        box = QMessageBox(icon, title, message, QMessageBox.Ok, self.window)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        self.last_dialog = box

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)

    def _file_dialog(self, kind: str, caption: str, filter_: str = "") -> str:
        settings = self.window.settings
        start = settings.value("last_folder", "", str) if settings else ""
        options = QFileDialog.DontUseNativeDialog
        if kind == "open":
            path, _ = QFileDialog.getOpenFileName(self.window, caption, start, filter_, options=options)
        elif kind == "save":
            path, _ = QFileDialog.getSaveFileName(self.window, caption, start, filter_, options=options)
        else:
            path = QFileDialog.getExistingDirectory(self.window, caption, start, options | QFileDialog.ShowDirsOnly)
        if path and settings:
            settings.setValue("last_folder", str(Path(path).parent if kind != "dir" else path))
        return path

    # --- datasets -------------------------------------------------------------------------------

    def choose_dataset(self) -> None:
        folder = self._file_dialog("dir", translate("FileCommands", "Open a folder of the four IDX files"))
        if folder:
            self.open_dataset(folder)

    def open_dataset(self, folder: str | os.PathLike) -> bool:
        try:
            dataset = load_dataset(folder)  # all of it, so that a broken file is found here
        except DatasetError as exc:
            self.tell(translate("FileCommands", "Cannot open this dataset"),
                      translate("FileCommands", "{problem}\n\nStill training on {dataset}.").format(
                          problem=shown_message(str(exc)), dataset=self.session.dataset.name))
            return False
        if self.session.controller_class.reads_train_images:  # it reads them again from the folder
            dataset = replace(dataset, train_images=None)
        self.session.set_dataset(dataset)
        return True

    # --- weights --------------------------------------------------------------------------------

    def choose_weights_to_load(self) -> None:
        path = self._file_dialog("open", translate("FileCommands", "Load weights"),
                                 translate("FileCommands", "Weights (*.npz)"))
        if path:
            self.load_weights_file(path)

    def load_weights_file(self, path) -> bool:
        """Train on from a weights file of any kind; the window follows its architecture."""
        try:
            network = load_network(path)
        except WeightsError as exc:
            self.tell(translate("FileCommands", "Cannot load these weights"),
                      translate("FileCommands", "{problem}\n\nThe current weights are kept.").format(
                          problem=shown_message(str(exc))))
            return False
        self.session.set_weights(NetworkWeights.of(network))
        self._status(translate("FileCommands", "loaded {network} weights from {path}").format(
            network=network_title(network.architecture), path=path))
        return True

    def choose_weights_to_save(self) -> None:
        path = self._file_dialog("save", translate("FileCommands", "Save weights"),
                                 translate("FileCommands", "Weights (*.npz)"))
        if path:
            self.save_weights_file(path if path.endswith(".npz") else path + ".npz")

    def save_weights_file(self, path) -> bool:
        """The weights shown (live, or the moment looked back at), with their architecture."""
        try:
            save_network(path, self.window.current_weights().network())
        except OSError as exc:
            self.tell(translate("FileCommands", "Cannot save the weights"), f"{path}: {exc.strerror or exc}")
            return False
        self._status(translate("FileCommands", "weights saved to {path}").format(path=path))
        return True

    # --- export ---------------------------------------------------------------------------------

    def choose_export_folder(self) -> None:
        folder = self._file_dialog("dir", translate("FileCommands", "Export pictures and metrics to a folder"))
        if folder:
            self.export(folder)

    def export(self, folder) -> list[Path]:
        """The weights (templates, unit maps or filters), the plots, the drawing with its feature maps
        or firing units, and the window as PNG; metrics as CSV (series, examples_seen, value)."""
        folder = Path(folder)
        w = self.window
        written = []
        try:
            # the drawing with what the network makes of it: the feature maps or firing units beside it
            for name, widget in (("weights.png", w.weight_views.currentWidget()), ("plots.png", w.plots),
                                 ("drawing.png", w.canvas_row.parentWidget()), ("window.png", w)):
                path = folder / name
                if not widget.grab().save(str(path), "PNG"):
                    raise OSError(translate("FileCommands", "could not write {path}").format(path=path))
                written.append(path)
            path = folder / "metrics.csv"
            write_metrics_csv(path, w.plots.series())
            written.append(path)
        except OSError as exc:
            self.tell(translate("FileCommands", "Cannot export"), str(exc))
            return written
        self._status(translate("FileCommands", "exported {files} to {folder}").format(
            files=", ".join(p.name for p in written), folder=folder))
        return written


    # --- animations -----------------------------------------------------------------------------

    def choose_animation_path(self) -> None:
        path = self._file_dialog("save", translate("FileCommands", "Record 10 s of the window as an animation"),
                                 file_filter())
        if path:
            self.record_animation(path)

    def record_animation(self, path, seconds: float = 10.0) -> AnimationRecorder:
        """The window as it is for the next ``seconds`` (training, replaying the timeline, a
        drawing), as an animated GIF, WebP or MP4 for slides, with a progress bar."""
        self.cancel_recording()
        recorder = self.recorder = record_with_progress(self.window, self.window, path, seconds)
        recorder.finished.connect(
            lambda p: self._status(translate("FileCommands", "recorded {frames} frames ({seconds} s) to {path}").format(
                frames=recorder.frame_count, seconds=f"{seconds:g}", path=p)))
        recorder.failed.connect(lambda message: self.tell(translate("FileCommands", "Cannot record the animation"),
                                                          message))
        return recorder

    def cancel_recording(self) -> None:
        if self.recorder is not None and self.recorder.is_recording:
            self.recorder.cancel()


def write_metrics_csv(path, series) -> None:
    """Rows (series, examples_seen, value) for each (name, xs, ys) of ``series``, written atomically."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", newline="") as f:
            out = csv.writer(f)
            out.writerow(["series", "examples_seen", "value"])
            for name, xs, ys in series:
                out.writerows((name, int(round(x)), f"{y:.6g}") for x, y in zip(xs, ys))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
