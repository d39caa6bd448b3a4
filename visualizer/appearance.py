"""The window's appearance: its looks (theme, colour map, colour range), presentation mode and its
size on the screen.

Why a module of its own: `theme.py` decides what a theme or a colour scale is; this is where the
looks in force are kept and handed to every view that follows them, and where the window goes full
screen for a projector and back. The window lays the views out and says which follow the looks
(`follow`); the actions, the settings and the lessons change the looks here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLayout, QMainWindow, QToolBar

from .theme import (COLORMAPS, DEFAULT_COLORMAP, NORMAL, THEMES, Looks, mark_views_opaque, palette,
                    presentation_scale, stylesheet)

# In English the toolbar's every control in one row needs about 1,000 px at 1.2x (measured, with
# the network box: tests/visualizer/test_drawn_layout.py): it grows with the screen's width up to the
# content's scale, so that nothing falls into its » overflow. Other languages' words are longer:
# `Appearance.fit_toolbar` measures the row and shrinks it, down to the normal size.
TOOLBAR_SCALE_AT_1024 = 1.2


def toolbar_scale(screen_width: int) -> float:
    return round(TOOLBAR_SCALE_AT_1024 * screen_width / 1024, 2)


class Appearance(QObject):
    """The looks of one `MainWindow` and its views, and its presentation mode.

    ``looks_changed(Looks)`` after every change; ``presenting_changed(bool)``.
    """

    looks_changed = Signal(object)
    presenting_changed = Signal(bool)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.looks = Looks()
        self.styled_views: list = []   # every view that follows the looks
        self.presenting = False
        self._normal_geometry = None
        self._fit_due = False
        if (language := getattr(window, "language", None)) is not None:
            language.changed.connect(lambda _code: self.fit_toolbar())   # (after the texts change)
        self._window_watched = self._screen_watched = None   # the screen the presented window follows

    @property
    def theme(self):
        return self.looks.theme

    @property
    def colormap_name(self) -> str:
        return self.looks.colormap

    def follow(self, *views, now: bool = True) -> None:
        """These views follow the looks from now on (``now``: starting with the looks in force)."""
        for view in views:
            if now:
                view.set_looks(self.looks)
            self.styled_views.append(view)

    # --- looks --------------------------------------------------------------------------------

    def apply_looks(self, looks: Looks) -> None:
        """The one place the looks change: the window's palette and stylesheet, then every view."""
        self.looks = looks
        self.window.setPalette(palette(looks.theme))
        self.window.setStyleSheet(stylesheet(looks.theme))
        for view in self.styled_views:
            view.set_looks(looks)
        mark_views_opaque(self.window)
        self.looks_changed.emit(looks)

    def set_theme(self, name: str, scale: float | None = None, chrome_limit: float | None = None) -> None:
        scale = self.theme.scale if scale is None else scale
        limit = self.theme.chrome_limit if chrome_limit is None else chrome_limit
        self.apply_looks(replace(self.looks, theme=THEMES.get(name, NORMAL).scaled(scale, limit)))

    @Slot()
    def cycle_theme(self) -> None:
        names = list(THEMES)
        self.set_theme(names[(names.index(self.theme.name) + 1) % len(names)])

    def set_colormap(self, name: str) -> None:
        self.apply_looks(replace(self.looks, colormap=name if name in COLORMAPS else DEFAULT_COLORMAP))

    @Slot()
    def cycle_colormap(self) -> None:
        names = list(COLORMAPS)
        self.set_colormap(names[(names.index(self.colormap_name) + 1) % len(names)])

    @Slot()
    def toggle_full_range(self) -> None:
        self.set_full_range(not self.looks.full_range)

    def set_full_range(self, on: bool) -> None:
        """Every map's colours to its largest |value| (on), or to the 99th percentile (off)."""
        self.apply_looks(replace(self.looks, full_range=bool(on)))

    # --- presentation and the screen --------------------------------------------------------------

    @Slot()
    def toggle_presentation(self) -> None:
        self.set_presentation(not self.presenting)

    def set_presentation(self, on: bool) -> None:
        """Full screen, everything 1.6x larger; the theme is the user's choice."""
        w = self.window
        again = on and self.presenting   # (another screen's scale: the normal geometry stays)
        self.presenting = on
        self.presenting_changed.emit(on)
        for box in w.findChildren(QComboBox):   # (a choice's name may widen the toolbar's row)
            if isinstance(box.parent(), QToolBar):
                box.currentIndexChanged.connect(self._fit_toolbar_soon, Qt.UniqueConnection)
        self._scale_for_screen()
        # The menus and the status bar give way to the content (every action keeps its key; the
        # big numbers say what the status bar would).
        w.menuBar().setVisible(not on)
        w.statusBar().setVisible(not on)
        # The screen is the window's size: its panels fit it (see fitting.py, which folds
        # what does not), and a wrapped caption's preferred height must not push the window past
        # the screen's edge, as its least height does otherwise.
        w.layout().setSizeConstraint(QLayout.SetNoConstraint if on else QLayout.SetDefaultConstraint)
        if on:
            if not again:
                self._normal_geometry = w.geometry() if w.isVisible() else None
            w.showFullScreen()
            # Without a window manager (kiosks, Xvfb) the full-screen request is not acted on:
            # take the screen's whole area ourselves.
            w.setGeometry(self.screen_geometry(available=False))
            self._follow_screen()
        else:
            w.showNormal()
            if self._normal_geometry is not None:
                w.setGeometry(self._normal_geometry)
            else:
                self.fit_to_screen()
        w.fit.views()

    @Slot()
    def fit_toolbar(self, from_the_most: bool = True) -> None:
        """In presentation mode, the toolbar's text as large as lets its every control stay in one
        row across the screen (up to `toolbar_scale`), down to the normal window's size: in the
        current language (German's words are a fifth longer than English's) and with the current
        choices (a network's name is longer than another's). ``from_the_most``: try the largest
        first (a new language may give room), else only shrink (when a choice widens the row;
        growing back there would swing between two sizes of type, as point sizes are whole)."""
        self._fit_due = False
        bars = [bar for bar in self.window.findChildren(QToolBar) if bar.isVisibleTo(self.window)]
        if not self.presenting or not bars:
            return
        room = self.screen_geometry(available=False).width()
        if from_the_most and abs(self.theme.chrome_limit - toolbar_scale(room)) >= 0.01:
            self.set_theme(self.theme.name, chrome_limit=toolbar_scale(room))
        for _ in range(4):   # (paddings do not scale with the text: a step or two more closes the gap)
            needed, now = max(bar.sizeHint().width() for bar in bars), self.theme.chrome_limit
            if needed <= room or now <= 1.0:
                return
            self.set_theme(self.theme.name, chrome_limit=max(1.0, min(now - 0.01, 0.99 * now * room / needed)))

    @Slot()
    def _fit_toolbar_soon(self) -> None:
        if not self._fit_due:   # (once, after the changes that asked for it)
            self._fit_due = True
            QTimer.singleShot(0, lambda: self.fit_toolbar(from_the_most=False))

    def _scale_for_screen(self) -> None:
        """The type's scale for the screen the window is on: presentation mode's for its size, or 1;
        and the toolbar's fitted to its width."""
        screen = self.screen_geometry(available=False)
        self.set_theme(self.theme.name, presentation_scale(screen.height()) if self.presenting else 1.0,
                       toolbar_scale(screen.width()) if self.presenting else NORMAL.chrome_limit)
        self.fit_toolbar()

    def _follow_screen(self) -> None:
        """Hear of the window's screen changing (moved to the projector) or changing its size (a
        projector plugged in switches the laptop's screen to its own resolution)."""
        handle = self.window.windowHandle()
        if handle is None:
            return
        if handle is not self._window_watched:
            handle.screenChanged.connect(self.on_screen_changed)
            self._window_watched = handle
        screen = handle.screen()
        if screen is not None and screen is not self._screen_watched:
            if self._screen_watched is not None:
                self._screen_watched.geometryChanged.disconnect(self.on_screen_changed)
            screen.geometryChanged.connect(self.on_screen_changed)
        self._screen_watched = screen

    @Slot()
    def on_screen_changed(self) -> None:
        """While presenting, the type and the window follow the screen: the scale kept from a
        1024x768 screen left 16 px letters on a 1920x1080 one."""
        if not self.presenting:
            return
        self._follow_screen()
        self._scale_for_screen()
        self.window.setGeometry(self.screen_geometry(available=False))
        self.window.fit.views()

    def screen_geometry(self, available: bool = True):
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if available else screen.geometry()

    def fit_to_screen(self, width: int = 1280, height: int = 800) -> None:
        """Open at 1280x800, or the screen's free area where that is smaller (a 1024x768 projector)."""
        w, area = self.window, self.screen_geometry()
        w.resize(min(width, area.width()), min(height, area.height()))
        w.move(area.x() + (area.width() - w.width()) // 2, area.y() + (area.height() - w.height()) // 2)
