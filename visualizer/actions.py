"""The window's actions: toolbar, menus, keyboard shortcuts and the overlay that lists them.

Every command a user can give is a QAction with a shortcut, created here in one place, so that the
toolbar, the menus, the keys and the help overlay can never disagree. `build_actions` returns them
as one `WindowActions`; they call the training session, the appearance, the File commands and the
lesson player, and follow their state (running, looks, presentation, a lesson open) by signals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontInfo, QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QWidget

from .controls import network_title
from .theme import COLORMAPS, DEFAULT_COLORMAP, NORMAL, THEMES
from .translation import LANGUAGES, QT_TRANSLATE_NOOP, keep_translated, shipped_languages, translate, translate_marked


class HelpOverlay(QLabel):
    """The keyboard shortcuts, over the window; any key or click closes it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("help")
        self.setTextFormat(Qt.RichText)
        self.setAlignment(Qt.AlignCenter)
        self.hide()

    def show_for(self, actions) -> None:
        """The shortcuts of ``actions``, in as many columns (up to three) as the window's height needs."""
        either = translate("HelpOverlay", " or ")
        rows = [f"<tr><td align='right' style='padding-right:18px'><b>"
                f"{either.join(k.toString(QKeySequence.NativeText) for k in a.shortcuts())}</b></td>"
                f"<td>{translate_marked('Actions', a.data()) if a.data() else a.text().replace('&', '')}</td></tr>"
                for a in actions if not a.shortcut().isEmpty()]
        room = self.parentWidget().size()
        self.setText("")
        self.ensurePolished()
        size = QFontInfo(self.font()).pixelSize()   # (the theme's: the stylesheet's)

        def lay_out(columns: int, px: int) -> bool:
            per = -(-len(rows) // columns)
            tables = "".join(f"<td valign='top' style='padding: 0 20px'><table>{''.join(rows[i:i + per])}</table></td>"
                             for i in range(0, len(rows), per))
            self.setText("<div style='font-size:{px}px'><p style='font-size:{big}px'><b>{title}</b></p>"
                         "<table><tr>{tables}</tr></table><p>{close}</p></div>".format(
                             px=px, big=round(1.4 * px), tables=tables,
                             title=translate("HelpOverlay", "Keyboard shortcuts"),
                             close=translate("HelpOverlay", "Press any key or click to close")))
            self.adjustSize()
            return self.width() <= room.width() and self.height() <= room.height()

        # the theme's size in one column, else in two or three, else smaller (down to 60%)
        next((True for scale in (1.0, 0.9, 0.8, 0.7, 0.6) for columns in (1, 2, 3)
              if lay_out(columns, round(size * scale))), False)
        self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
        self.move((room.width() - self.width()) // 2, (room.height() - self.height()) // 2)
        self.show()
        self.raise_()
        self.setFocus()

    def keyPressEvent(self, event):
        self.hide()

    def mousePressEvent(self, event):
        self.hide()


class NumberBoxKeys(QObject):
    """Lets the window's one-key shortcuts (Space, N, R, ...) work while a number box has the focus:
    a spin box would otherwise claim every printable key, though it can use only digits."""

    NUMBER_KEYS = set("0123456789.,-+eE")

    def eventFilter(self, obj, event):
        if event.type() == QEvent.ShortcutOverride and not event.modifiers() & ~Qt.KeypadModifier:
            text = event.text()
            if text and text.isprintable() and text not in self.NUMBER_KEYS:
                event.ignore()
                return True  # not the box's: the shortcut gets it
        return False


def make_action(window: QWidget, text: str, shortcut, slot, tip: str = "", checkable: bool = False,
                help_text: str | None = None, shown_text=None) -> QAction:
    """An action of the window, with its shortcut(s) in the tooltip and its line in the help.
    ``text``, ``tip`` and ``help_text``: English, marked with QT_TRANSLATE_NOOP("Actions", ...), shown in
    the current language (again after each change of it); or ``shown_text()`` makes the text."""
    action = QAction(window)
    if shortcut:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.WindowShortcut)
    action.setCheckable(checkable)
    action.setData(help_text)   # (translated when the help shows it)

    def show_texts():
        action.setText(shown_text() if shown_text else translate_marked("Actions", text))
        shown_tip = translate_marked("Actions", tip) if tip else ""
        if shortcut:
            shown_tip = f"{shown_tip} ({action.shortcut().toString(QKeySequence.NativeText)})".strip()
        action.setToolTip(shown_tip)
        action.setStatusTip(shown_tip)

    keep_translated(action, show_texts)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def titled_menu(parent_menu, title: str) -> QMenu:
    """A menu (of the menu bar or of another menu) whose ``title`` (marked in "Actions") follows the
    language."""
    menu = parent_menu.addMenu("")
    keep_translated(menu, lambda: menu.setTitle(translate_marked("Actions", title)))
    return menu


def choice_menu(parent_menu: QMenu, title: str, names, choose, default: str,
                shown=lambda name: name) -> dict[str, QAction]:
    """A submenu of mutually exclusive, checkable choices; each calls ``choose(name)`` and shows
    ``shown(name)`` (in the current language, again after each change of it)."""
    menu = titled_menu(parent_menu, title)
    group = QActionGroup(menu)
    actions = {}
    for name in names:
        action = QAction(menu, checkable=True)
        keep_translated(action, lambda a=action, n=name: a.setText(shown(n)))
        action.triggered.connect(lambda _=False, n=name: choose(n))
        group.addAction(action)
        menu.addAction(action)
        actions[name] = action
    actions[default].setChecked(True)
    return actions


def start_text(running: bool) -> str:
    return translate("Actions", "❚❚ Pause") if running else translate("Actions", "▶ Start")


def control_label(label: str) -> QLabel:
    """A toolbar control's label (marked in "MainWindow"), following the language."""
    shown = QLabel()
    if label:
        keep_translated(shown, lambda: shown.setText(f" {translate_marked('MainWindow', label)} "))
    return shown


@dataclass
class WindowActions:
    """Every action of a `MainWindow`, by name (a lesson's ``hide`` names ``start``, ``step``,
    ``reset``), the choice groups by choice, and the toolbar's controls by name."""

    start: QAction
    step: QAction
    reset: QAction
    clear: QAction
    thicker_brush: QAction
    thinner_brush: QAction
    open_data: QAction
    load_weights: QAction
    save_weights: QAction
    export: QAction
    record: QAction
    collect: QAction
    quit: QAction
    network: dict[str, QAction]
    clear_runs: QAction
    presentation: QAction
    theme: dict[str, QAction]
    toggle_theme: QAction
    colormap: dict[str, QAction]
    toggle_colormap: QAction
    full_range: QAction
    language: dict[str, QAction]
    view: list[QAction]
    help: QAction
    about: QAction
    course: QAction
    open_lesson: QAction
    next_step: QAction
    previous_step: QAction
    leave_lesson: QAction
    spotlight: QAction
    leave_spotlight: QAction
    toolbar: QToolBar
    # name -> the toolbar's actions of its label and widget (hiding an action hides its widget)
    toolbar_controls: dict[str, tuple[QAction, QAction]] = field(default_factory=dict)
    lesson_open: bool = False

    @property
    def lesson_steps(self) -> tuple[QAction, ...]:
        return (self.next_step, self.previous_step, self.leave_lesson)

    def show_running(self, running: bool) -> None:
        self.start.setText(start_text(running))

    def show_looks(self, looks) -> None:
        self.theme[looks.theme.name].setChecked(True)
        self.colormap[looks.colormap].setChecked(True)
        self.full_range.setChecked(looks.full_range)

    def enable_lesson_steps(self, active: bool) -> None:
        self.lesson_open = active
        for action in self.lesson_steps:
            action.setEnabled(active)
        self.share_escape()

    def show_spotlight(self, name: str | None) -> None:
        self.spotlight.setChecked(name is not None)
        self.leave_spotlight.setEnabled(name is not None)
        self.share_escape()

    def share_escape(self) -> None:
        """Esc leaves the spotlight first, then the lesson: one enabled action a key (two would
        be an ambiguous shortcut, and neither would fire)."""
        self.leave_lesson.setEnabled(self.lesson_open and not self.leave_spotlight.isEnabled())


def build_actions(w, session, appearance, files, lesson, networks: dict, controls) -> WindowActions:
    """The actions of window ``w``, its toolbar with ``controls`` ((name, label, widget) each) and
    its menus: File, Training, View, Lesson and Help. ``networks``: name -> Architecture."""
    a = {}
    # Start/pause, step, reset, and the canvas' clear and brush: the actions of the toolbar.
    a["start"] = make_action(w, "", Qt.Key_Space, session.toggle,
                             QT_TRANSLATE_NOOP("Actions", "Start or pause training"),
                             help_text=QT_TRANSLATE_NOOP("Actions", "Start / pause training"),
                             shown_text=lambda: start_text(session.running))
    a["step"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Step"), Qt.Key_N, session.step,
                            QT_TRANSLATE_NOOP("Actions", "One update, then pause"),
                            help_text=QT_TRANSLATE_NOOP("Actions", "One update (a step of gradient descent)"))
    a["reset"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Reset"), Qt.Key_R, session.reset,
                             QT_TRANSLATE_NOOP("Actions", "Fresh random weights, back to the start"),
                             help_text=QT_TRANSLATE_NOOP("Actions", "Reset: fresh random weights"))
    a["clear"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Clear canvas"), [Qt.Key_C, Qt.Key_Delete],
                             w.canvas.clear, QT_TRANSLATE_NOOP("Actions", "Wipe the drawing"))
    a["thicker_brush"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Thicker brush"), Qt.Key_BracketRight,
                                     lambda: w.set_brush_size(w.canvas.brush_size + 3))
    a["thinner_brush"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Thinner brush"), Qt.Key_BracketLeft,
                                     lambda: w.set_brush_size(w.canvas.brush_size - 3))

    menu = w.menuBar()
    file_menu = titled_menu(menu, QT_TRANSLATE_NOOP("Actions", "&File"))
    a["open_data"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Open dataset folder…"), QKeySequence.Open,
                                 files.choose_dataset,
                                 QT_TRANSLATE_NOOP("Actions", "Any folder of the four IDX files (MNIST, Fashion-MNIST, …)"))
    a["load_weights"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Load weights…"), "Ctrl+L",
                                    files.choose_weights_to_load)
    a["save_weights"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Save weights…"), QKeySequence.Save,
                                    files.choose_weights_to_save)
    a["export"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Export pictures and metrics…"), "Ctrl+E",
                              files.choose_export_folder,
                              QT_TRANSLATE_NOOP("Actions", "Heatmaps and plots as PNG, metrics as CSV"))
    a["record"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Record animation…"), "Ctrl+Shift+E",
                              files.choose_animation_path,
                              QT_TRANSLATE_NOOP("Actions", "10 s of the window as an animated GIF, WebP or MP4, for slides"))
    a["quit"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Quit"), QKeySequence.Quit, w.close)
    for name in ("open_data", "load_weights", "save_weights", "export", "record"):
        file_menu.addAction(a[name])
    file_menu.addSeparator()
    a["collect"] = make_action(
        w, QT_TRANSLATE_NOOP("Actions", "Collect digits from phones…"), "Ctrl+Shift+P", w.class_digits.show,
        QT_TRANSLATE_NOOP("Actions", "The class draws digits on their phones; you choose which the network sees"))
    file_menu.addAction(a["collect"])
    add_menu = titled_menu(file_menu, QT_TRANSLATE_NOOP("Actions", "Add the drawing to the class digits as"))
    for digit in range(10):
        add_menu.addAction(str(digit), lambda d=digit: w.class_digits.add_drawing(d))
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])

    training = titled_menu(menu, QT_TRANSLATE_NOOP("Actions", "&Training"))
    for name in ("start", "step", "reset"):
        training.addAction(a[name])
    a["network"] = choice_menu(training, QT_TRANSLATE_NOOP("Actions", "Network"), networks,
                               lambda name: session.set_network(networks[name]), next(iter(networks)),
                               shown=lambda name: network_title(networks[name]))
    training.addSeparator()
    a["clear_runs"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Clear earlier runs"), "Shift+R",
                                  w.plots.clear_earlier_runs,
                                  QT_TRANSLATE_NOOP("Actions", "Remove the faint curves of earlier runs from the plots"),
                                  help_text=QT_TRANSLATE_NOOP("Actions", "Clear the earlier runs' faint curves"))
    training.addAction(a["clear_runs"])

    view = titled_menu(menu, QT_TRANSLATE_NOOP("Actions", "&View"))
    a["presentation"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Presentation mode"), Qt.Key_F11,
                                    appearance.toggle_presentation,
                                    QT_TRANSLATE_NOOP("Actions", "Full screen, large type, projector colours"), checkable=True)
    view.addAction(a["presentation"])
    a["theme"] = choice_menu(view, QT_TRANSLATE_NOOP("Actions", "Theme"), THEMES, appearance.set_theme, NORMAL.name,
                             shown=lambda name: translate_marked("Theme", name))
    a["toggle_theme"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Switch theme"), Qt.Key_T, appearance.cycle_theme,
                                    QT_TRANSLATE_NOOP("Actions", "Normal or high-contrast projector theme"))
    view.addAction(a["toggle_theme"])
    a["colormap"] = choice_menu(view, QT_TRANSLATE_NOOP("Actions", "Weight colours"), COLORMAPS,
                                appearance.set_colormap, DEFAULT_COLORMAP,
                                shown=lambda name: translate_marked("Theme", name))
    a["toggle_colormap"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Switch weight colours"), Qt.Key_M,
                                       appearance.cycle_colormap,
                                       QT_TRANSLATE_NOOP("Actions", "Blue-red or colour-blind-safe colours"))
    view.addAction(a["toggle_colormap"])
    a["full_range"] = make_action(
        w, QT_TRANSLATE_NOOP("Actions", "Full colour range"), "Shift+M", appearance.toggle_full_range,
        QT_TRANSLATE_NOOP("Actions", "Colour scales to the largest weight, not the 99th percentile"), checkable=True,
        help_text=QT_TRANSLATE_NOOP("Actions", "Colours to the largest |value| (else the 99th percentile)"))
    view.addAction(a["full_range"])
    # each language in its own words (a reader must find theirs in a menu they cannot read yet)
    a["language"] = choice_menu(view, QT_TRANSLATE_NOOP("Actions", "Language"), shipped_languages(),
                                w.set_language, w.language.code, shown=lambda code: LANGUAGES[code])
    view.addSeparator()
    for name in ("clear", "thicker_brush", "thinner_brush"):
        view.addAction(a[name])
    view.addSeparator()
    # F (for "fill"): the panel under the pointer fills the window; F again, or Esc, brings the
    # layout back (a lesson's Esc then leaves the lesson).
    a["spotlight"] = make_action(
        w, QT_TRANSLATE_NOOP("Actions", "Spotlight"), Qt.Key_F, lambda: w.spotlight.toggle(),
        QT_TRANSLATE_NOOP("Actions", "The panel under the pointer fills the window; again: back"), checkable=True,
        help_text=QT_TRANSLATE_NOOP("Actions", "Spotlight: the panel under the pointer fills the window (again: back)"))
    a["leave_spotlight"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Back from the spotlight"), Qt.Key_Escape,
                                       w.spotlight.leave, QT_TRANSLATE_NOOP("Actions", "The whole layout again"),
                                       help_text=QT_TRANSLATE_NOOP("Actions", "Back from the spotlight"))
    a["leave_spotlight"].setEnabled(False)
    view.addAction(a["spotlight"])
    view.addSeparator()
    a["view"] = []
    for index in range(w.views.count()):
        action = make_action(w, "", f"Ctrl+{index + 1}", lambda _=False, i=index: w.views.setCurrentIndex(i),
                             shown_text=lambda i=index: translate("Actions", "Show {tab}").format(
                                 tab=w.views.tabText(i)))
        a["view"].append(action)
        view.addAction(action)

    lesson_menu = titled_menu(menu, QT_TRANSLATE_NOOP("Actions", "&Lesson"))
    help_menu = titled_menu(menu, QT_TRANSLATE_NOOP("Actions", "&Help"))
    a["help"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), [Qt.Key_F1, Qt.Key_Question],
                            w.show_help)
    help_menu.addAction(a["help"])
    a["about"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "About MNIST Visualizer"), None, lambda: show_about(w))
    a["about"].setMenuRole(QAction.AboutRole)
    help_menu.addAction(a["about"])

    # Open a lesson, and step through it with the keys a presenter's clicker sends (Page Down /
    # Page Up) or the arrows; Esc leaves it. The stepping keys work only while a lesson is open, so
    # the arrows stay the slider's and the number boxes' the rest of the time.
    a["course"] = make_action(
        w, QT_TRANSLATE_NOOP("Actions", "Start the built-in lesson"), "Ctrl+Shift+L", lambda: lesson.open("course"),
        QT_TRANSLATE_NOOP("Actions", "The course text, step by step: from random weights to a convolution"))
    a["open_lesson"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Open a lesson file…"), None, lesson.choose,
                                   QT_TRANSLATE_NOOP("Actions", "A lesson written as a TOML or JSON file"))
    a["next_step"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Next step"), [Qt.Key_PageDown, Qt.Key_Right],
                                 lesson.next, QT_TRANSLATE_NOOP("Actions", "The lesson's next step"),
                                 help_text=QT_TRANSLATE_NOOP("Actions", "Lesson: next step"))
    a["previous_step"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Previous step"), [Qt.Key_PageUp, Qt.Key_Left],
                                     lesson.previous, QT_TRANSLATE_NOOP("Actions", "The lesson's previous step"),
                                     help_text=QT_TRANSLATE_NOOP("Actions", "Lesson: previous step"))
    a["leave_lesson"] = make_action(w, QT_TRANSLATE_NOOP("Actions", "Leave the lesson"), Qt.Key_Escape, lesson.leave,
                                    QT_TRANSLATE_NOOP("Actions", "Leave the lesson here and keep working"),
                                    help_text=QT_TRANSLATE_NOOP("Actions", "Leave the lesson"))
    for name in ("course", "open_lesson"):
        lesson_menu.addAction(a[name])
    lesson_menu.addSeparator()
    for name in ("next_step", "previous_step", "leave_lesson"):
        lesson_menu.addAction(a[name])
        a[name].setEnabled(False)

    # The training toolbar: the actions, then each (name, label, widget) of ``controls``.
    bar = a["toolbar"] = QToolBar()
    keep_translated(bar, lambda: bar.setWindowTitle(translate("Actions", "Training")))
    bar.setObjectName("training_toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
    for name in ("start", "step", "reset"):
        bar.addAction(a[name])
    bar.addSeparator()
    a["toolbar_controls"] = {name: (bar.addWidget(control_label(label)), bar.addWidget(box))
                             for name, label, box in controls}
    w.addToolBar(bar)
    # Clear is the canvas' own: under the sheet, where the hand already is (and the toolbar keeps
    # its room for the settings).
    keep_translated(a["clear"], lambda: a["clear"].setIconText(translate("Actions", "Clear")))
    w.clear_button.setDefaultAction(a["clear"])

    actions = WindowActions(**a)
    session.running_changed.connect(actions.show_running)
    appearance.looks_changed.connect(actions.show_looks)
    appearance.presenting_changed.connect(actions.presentation.setChecked)
    lesson.active_changed.connect(actions.enable_lesson_steps)
    w.language.changed.connect(lambda code: actions.language[code].setChecked(True))
    w.spotlight.changed.connect(actions.show_spotlight)
    lesson.controls_hidden.connect(lambda hidden: show_controls(w, actions, hidden))
    return actions


def show_controls(w, actions: WindowActions, hidden) -> None:
    """Every control a lesson can hide (`core.lessons.CONTROLS`) shown, but those ``hidden``."""
    from ..core.lessons import CONTROLS  # (loaded with the first lesson, not before the first frame)
    for name in CONTROLS:
        visible = name not in hidden
        if name in actions.toolbar_controls:
            for action in actions.toolbar_controls[name]:
                action.setVisible(visible)
        elif name == "tabs":
            w.views.tabBar().setVisible(visible)
        elif name == "timeline":
            w.fit.show_timeline(visible)
        else:
            getattr(actions, name).setVisible(visible)


def show_about(w):
    """Help > About (its module, and the package metadata it reads, load when it is asked for:
    not before the first frame)."""
    from .about import show_about as show
    return show(w)
