"""The commands about the class's own digits, for one main window: File > Collect digits from
phones, and the canvas' "add to class digits as 7". The collecting window (`collect_panel.py`),
with its server and the class's digits folder (`collecting.py`), is built on first use: a window
that never collects starts no server and reads no folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from .translation import translate

if TYPE_CHECKING:
    from .collect_panel import CollectWindow


class ClassDigitCommands(QObject):
    """``options``: the class digits' folder, host and port (the command line's), read when the
    collecting window is first built."""

    def __init__(self, window, session):
        super().__init__(window)
        self.window = window
        self.session = session
        self.options: dict = {}
        self._panel: CollectWindow | None = None

    @property
    def panel(self) -> CollectWindow:
        """The collecting window, built on first use."""
        if self._panel is None:
            from .collect_panel import CollectWindow
            from .collecting import Collecting
            # a window of its own, but the main window's: it closes with it (and never keeps the app open)
            w = self.window
            self._panel = CollectWindow(Collecting(**self.options, parent=w), self.session, parent=w)
            w.appearance.follow(self._panel)
        return self._panel

    @Slot()
    def show(self) -> None:
        """File > Collect digits from phones: start collecting (if stopped) and show its window."""
        if not self.panel.collecting.url:
            self.panel.toggle()
        self.panel.show()
        self.panel.activateWindow()

    def add_drawing(self, label: int) -> None:
        """The canvas' digit to the class's digits as ``label`` (to train on or to check on, as
        the set's balance says); the status bar says which."""
        w = self.window
        if w.canvas.is_empty():
            w.statusBar().showMessage(translate("MainWindow", "Draw a digit first"), 5000)
            return
        split = self.panel.collecting.add_from_canvas(w.canvas.network_input(), label)
        shown = {"train": translate("MainWindow", "Added to the class digits as {label}, to train on"),
                 "check": translate("MainWindow", "Added to the class digits as {label}, to check on")}
        w.statusBar().showMessage(shown[split].format(label=label), 5000)

    def shutdown(self) -> None:
        """Stop collecting (the folder written) and close its window, if it was ever built."""
        if self._panel is not None:
            self._panel.collecting.stop()
            self._panel.close()
