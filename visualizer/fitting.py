"""The main window's fitting: every panel at its readable size on the screen it is on.

Rather than squeeze a chart or the canvas below the height that reads from the back of a room, the
window shares its height and width out, and folds away what the screen has no room for, in an
order of what matters least: beside the canvas the preprocessing steps, then the hidden units'
strip; over the charts, first the charts go side by side, then the timeline folds, then the big
numbers. Fewer things, not smaller ones. Decided from the sizes the panels need (their least sizes,
with wrapped words at their widths), and again whenever those change: the screen, the type, the
language, the tab, a lesson's caption, a legend that takes another line.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

PRESENTED_CANVAS = 3   # in presentation mode the sheet is at least 1/3 of the screen's height
CHARTS_SHARE = 0.55    # of the Learning tab's width, beside the weights
CHARTS_SHARE_ACROSS = 0.62   # when the two charts are side by side (each needs its width)


def least_width(widget: QWidget) -> int:
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


def least_height(widget: QWidget) -> int:
    return max(widget.minimumHeight(), widget.minimumSizeHint().height())


class WindowFit(QObject):
    """Fits one `MainWindow`'s panels to its screen: ``views()`` when the screen, the type, the
    tab or a lesson's step changes; the rest follows by itself (the canvas row's width, the charts'
    legends taking another line). Built once the window has laid its panels out."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.timeline_wanted, self.timeline_folded = True, False   # see show_timeline
        self._plots_least = 0
        self._refit = QTimer(self, singleShot=True, interval=0, timeout=self.again)
        window.canvas_panel.installEventFilter(self)   # its width decides whether the side panel fits
        window.plots.installEventFilter(self)          # its legends' lines, what folds on a short screen

    def views(self, canvas_first: bool = False) -> None:
        """Share the height between the tabs and the canvas row: the dense tabs (the example's
        arithmetic, the explorer) and large type need more of it; the canvas keeps enough to draw,
        and more when it is what a lesson's step is about (``canvas_first``). In presentation mode
        the sheet is never less than a third of the screen's height (a class must see the digit),
        a quarter under a lesson's caption on a step about something else."""
        w = self.window
        dense = w.views.currentIndex() > 0
        share = 0.7 if dense else (0.68 if w.appearance.theme.scale > 1 else 0.58)
        if w.lesson.active:
            share = 0.55 if canvas_first else 0.74
        side = 120
        if w.appearance.presenting:
            # (a lesson's caption takes its lines from the canvas unless the step is about it)
            parts = PRESENTED_CANVAS if canvas_first or not w.lesson.caption.isVisible() else 4
            side = math.ceil(w.appearance.screen_geometry(available=False).height() / parts)
            share = 1.0   # the tabs take what the canvas row, at least `side` high, leaves them
        w.canvas.setMinimumSize(side, side)
        self.canvas_row()
        self.fold_for_height()
        total = sum(w.main_splitter.sizes()) or w.height()
        w.main_splitter.setSizes([int(total * share), int(total * (1 - share))])
        # The charts' words (three big numbers, two legends) need the width more than the maps,
        # which keep their aspect and so use no more than their height allows.
        self.share_across()
        if w.appearance.presenting:   # (back to the screen's size, what folded away made room)
            w.setGeometry(w.appearance.screen_geometry(available=False))
        # Once the layout has settled (wrapped legends and headings take their lines at their
        # widths), fold again what must.
        self._refit.start()

    def eventFilter(self, watched, event):
        w = self.window
        if event.type() == QEvent.Resize:
            if watched is w.canvas_panel:
                self.canvas_row()
            elif watched is w.plots:
                self._refit.start()   # its legends wrap to their lines at the new width
        elif event.type() == QEvent.LayoutRequest and watched is w.plots:
            # its least height changed (a legend took another line, at the width it was given
            # side by side): what folds is decided again. (Only on a change: measuring posts these.)
            least = w.plots.minimumSizeHint().height()
            if least != self._plots_least:
                self._plots_least = least
                self._refit.start()
        return False

    @Slot()
    def again(self) -> None:
        """Once the layout has settled (new type sizes, wrapped lines, another language's words):
        fold again what must, and in presentation mode hold the window to the screen."""
        w = self.window
        self.canvas_row()
        self.fold_for_height()
        if w.appearance.presenting and not w.isFullScreen():
            w.setGeometry(w.appearance.screen_geometry(available=False))
        elif not w.appearance.presenting:   # (what folded made room: back within the screen)
            area = w.appearance.screen_geometry()
            if w.height() > area.height() or w.width() > area.width():
                w.resize(min(w.width(), area.width()), min(w.height(), area.height()))

    def show_timeline(self, shown: bool) -> None:
        """The timeline shown (a lesson may hide it), unless folded for want of room."""
        self.timeline_wanted = shown
        self.window.timeline.setVisible(shown and not self.timeline_folded)

    def _fold_timeline(self, folded: bool) -> None:
        self.timeline_folded = folded
        self.show_timeline(self.timeline_wanted)

    def fold_for_height(self) -> None:
        """On a short screen (in presentation mode, with a lesson's caption over the panels, say),
        first the charts go side by side (each keeps its readable height), then the timeline (the
        teacher's tool for looking back), then the big numbers over the charts (the legends and the
        status say them) fold away, rather than the charts and the canvas get less than their
        readable heights: as few of them as the screen's height needs. Decided from the heights
        they need, before any change (each change lays the window out again, and its resizes fit
        again): what the charts' arrangements save is what it changes of their row's least height
        (the weights beside them may need more), and of the tabs' (another tab may need more)."""
        w = self.window
        plots, row_splitter = w.plots, w.top_splitter
        screen = w.appearance.screen_geometry(available=not w.appearance.presenting).height()
        timeline = w.timeline.minimumSizeHint().height() + 6
        learning = row_splitter.parentWidget()
        row_now = least_height(row_splitter)
        beside = max((least_height(row_splitter.widget(i)) for i in range(row_splitter.count())
                      if row_splitter.widget(i) is not plots and not row_splitter.widget(i).isHidden()),
                     default=0)
        pages_now = least_height(learning)
        others = max((least_height(w.views.widget(i)) for i in range(w.views.count())
                      if w.views.widget(i) is not learning), default=0)
        # the window's least height but for its tabs
        base = self.least_height() - max(pages_now, others)

        def least(side_by_side: bool, numbers: bool, timeline_folded: bool) -> int:
            row = max(plots.least_height(side_by_side, numbers), beside)
            page = pages_now + row - row_now - (0 if self.timeline_folded else timeline)
            return base + max(page + (0 if timeline_folded else timeline), others)

        # (side by side, timeline folded, numbers folded): the fewest folded that fit
        states = ((False, False, False), (True, False, False), (True, True, False), (True, True, True))
        for side_by_side, folded, no_numbers in states:
            if least(side_by_side, not no_numbers, folded) <= screen:
                break
        if side_by_side != plots.side_by_side:
            plots.set_side_by_side(side_by_side)
            self.share_across()
        if folded != self.timeline_folded:
            self._fold_timeline(folded)
        if no_numbers == plots.loss_number.isVisibleTo(plots):
            plots.fold_numbers(no_numbers)

    def share_across(self) -> None:
        """The Learning tab's width shared between the charts and the weights."""
        w = self.window
        share = CHARTS_SHARE_ACROSS if w.plots.side_by_side else CHARTS_SHARE
        across = sum(w.top_splitter.sizes()) or w.width()
        w.top_splitter.setSizes([int(across * share), int(across * (1 - share))])

    def least_height(self) -> int:
        """The least height the window's panels need (wrapped labels claim their lines' height)."""
        w = self.window
        # Layouts keep the least sizes they measured until the events a change posts are handled:
        # measured now, from the charts up to the window, each measures again.
        w.plots.updateGeometry()
        widget = w.plots.parentWidget()
        while widget is not None:
            widget.updateGeometry()
            if widget.layout() is not None:
                widget.layout().invalidate()
            widget = widget.parentWidget()
        return w.minimumSizeHint().height() + 8   # (the splitters' handles, the layouts' rounding)

    def canvas_row(self) -> None:
        """Beside the canvas, the side panel (the hidden units firing) and then the preprocessing
        steps only where the row holds them at their readable sizes, with the canvas and its bars:
        on a narrow screen in large type they fold away rather than be squeezed into empty boxes
        (fewer things, not smaller ones). The room is the screen's in presentation mode (the
        window may not have shrunk to it yet)."""
        w = self.window
        if w.spotlight.active:
            return
        has_side = w.side_panels.pages.get(type(w.architecture)) is not None
        width = (w.appearance.screen_geometry(available=False).width() if w.appearance.presenting
                 else w.width())
        margins = w.centralWidget().layout().contentsMargins()
        room = width - margins.left() - margins.right()
        row = w.canvas_row
        row_margins = row.contentsMargins()
        # Decided from the widths they need, and changed only where the decision changes (showing
        # and hiding lays the row out again): the steps first, then the side panel.
        need = (row.itemAt(0).minimumSize().width() + least_width(w.bars)
                + row_margins.left() + row_margins.right() + row.spacing())
        for widget, wanted in ((w.preview, True), (w.side_panels, has_side)):
            fits = wanted and need + least_width(widget) + row.spacing() <= room
            if fits:
                need += least_width(widget) + row.spacing()
            if fits != widget.isVisibleTo(w.canvas_panel):
                widget.setVisible(fits)
