"""Frames: each snapshot into the views' data at once, the drawing at the display's rate (the
charts' at half of it).

Why a module of its own: snapshots come at training's pace, in bursts; the window must draw at most
DISPLAY_FPS frames a second, change the numbers written out four times a second, and draw nothing
(nor let any timer tick) while nothing changes. That pacing is one job, apart from where the views
are laid out (`window.py`) and from training (`session.py`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Slot

from ..core.live.training_loop import TrainingSnapshot

from .translation import decimal, keep_translated, number, percent, translate

# The most frames a second, and the rate of the snapshots that feed them: the training process
# draws nothing, so the window can keep up with a display's 60 Hz.
DISPLAY_FPS = 60
TEXT_INTERVAL = 0.25  # seconds between changes of the numbers written out while training runs
# The charts' redraws a second, at most, while training runs (issue 17). Their curves move by a
# fraction of a pixel a frame, yet redrawing and painting them was 40% of a frame's cost: at half
# the display's rate they look the same, and the weights' pictures change in every frame.
CHARTS_FPS = 30
CHARTS_INTERVAL = 1.0 / CHARTS_FPS - 0.2 / DISPLAY_FPS   # (a frame that comes a little early counts)


class LiveDisplay(QObject):
    """Feeds a `MainWindow`'s views from its session's snapshots and draws them in frames.

    Frames are coalesced: whatever arrives is drawn in the next frame, at most DISPLAY_FPS a second.
    ``frames``: how many were drawn.
    """

    def __init__(self, window, session):
        super().__init__(window)
        self.window = window
        self.session = session
        self.frames = 0
        self._dirty = False
        self._closed = False
        self._frame_at = 0.0
        self._texts_shown_at = 0.0
        self._charts_drawn_at = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.timeout.connect(self.draw_frame)
        # The charts left out of a frame are drawn with the next, or by this if none comes soon
        # (slow motion: the next snapshot may be seconds away).
        self.charts_timer = QTimer(self)
        self.charts_timer.setSingleShot(True)
        self.charts_timer.setInterval(round(3000 / CHARTS_FPS))
        self.charts_timer.timeout.connect(self.draw_charts)
        session.snapshot.connect(self.on_snapshot)
        # (paused, the status is written again only on a change: a change of language is one)
        keep_translated(window.status, self._retell_status)

    def _retell_status(self) -> None:
        if self.session.latest is not None and self.session.dataset is not None:
            self.window.status.setText(self.status_text(self.session.latest))

    @Slot(object)
    def on_snapshot(self, snap: TrainingSnapshot) -> None:
        """The snapshot's metrics into the plots and its weights into the timeline; drawing waits
        for the display timer."""
        w = self.window
        if snap.architecture != w.architecture:
            w.show_architecture(snap.architecture)
        p = w.plots
        p.add_snapshot(snap)
        w.timeline.record(snap.examples_seen, snap.updates, snap.epoch_progress, snap.weights,
                          test_accuracy=p.test_accuracy[-1] if p.test_accuracy else None,
                          test_loss=p.test_loss[-1] if p.test_loss else None,
                          train_loss=p.loss_history.last, show=False)
        self.request_frame()

    def request_frame(self) -> None:
        """Draw the newest state: at once if the last frame is a display interval old, else when it
        will be."""
        self._dirty = True
        if not self.timer.isActive() and not self._closed:
            wait = self._frame_at + 1.0 / DISPLAY_FPS - time.perf_counter()
            self.timer.start(max(0, int(wait * 1000)))

    @Slot()
    def draw_frame(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self._frame_at = now = time.perf_counter()
        w, snap = self.window, self.session.latest
        if w.timeline.is_live:
            w.show_weights(snap.weights)
        # The numbers in words (the status line's counts, the big numbers over the plots, the
        # timeline's label) change every frame, faster than anyone reads them, and each change lays
        # its row out and paints it again, with whatever lies under it: four times a second is
        # enough (and at once when training stops, so that they end on the final numbers).
        texts = not snap.running or now - self._texts_shown_at >= TEXT_INTERVAL
        if texts or now - self._charts_drawn_at >= CHARTS_INTERVAL:
            self.draw_charts(numbers=texts)
        elif not self._closed:
            self.charts_timer.start()
        if not w.canvas.is_empty():
            w.update_prediction()
        elif w.views.currentWidget() is not w.views.widget(0):
            w.refresh_views()
        if texts:
            w.status.setText(self.status_text(snap))
            w.timeline.show_live_text()
            self._texts_shown_at = now
        self.frames += 1

    @Slot()
    def draw_charts(self, numbers: bool = False) -> None:
        self.charts_timer.stop()
        self.window.plots.redraw(numbers=numbers)
        self._charts_drawn_at = time.perf_counter()

    def status_text(self, snap: TrainingSnapshot) -> str:
        n_train = len(self.session.dataset.train_labels)
        epoch, fraction = divmod(snap.epoch_progress, 1.0)
        state = translate("LiveDisplay", "training") if snap.running else translate("LiveDisplay", "paused")
        rate = translate("LiveDisplay", " · {rate} examples/s").format(
            rate=number(snap.examples_per_second)) if snap.running else ""
        return translate("LiveDisplay", "{state} · examples seen {examples} · epoch {epoch} ({done} of {total}) · "
                                        "updates {updates}{rate} · learning rate {learning_rate} · "
                                        "batch size {batch_size}").format(
            state=state, examples=number(snap.examples_seen), epoch=int(epoch) + 1, done=percent(fraction, 0),
            total=number(n_train), updates=number(snap.updates), rate=rate,
            learning_rate=decimal(snap.learning_rate), batch_size=snap.batch_size)

    def stop(self) -> None:
        """No frame after this one (the window closes)."""
        self._closed = True
        self.timer.stop()
        self.charts_timer.stop()
