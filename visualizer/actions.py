"""The window's actions: toolbar, menus, keyboard shortcuts and the overlay that lists them.

Every command a user can give is a QAction with a shortcut, created here in one place, so that the
toolbar, the menus, the keys and the help overlay can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QWidget

from .theme import COLORMAPS, DEFAULT_COLORMAP, NORMAL, THEMES


class HelpOverlay(QLabel):
    """The keyboard shortcuts, over the window; any key or click closes it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("help")
        self.setTextFormat(Qt.RichText)
        self.setAlignment(Qt.AlignCenter)
        self.hide()

    def show_for(self, actions) -> None:
        rows = "".join(
            f"<tr><td align='right' style='padding-right:18px'><b>"
            f"{' or '.join(k.toString() for k in a.shortcuts())}</b></td>"
            f"<td>{a.data() or a.text().replace('&', '')}</td></tr>"
            for a in actions if not a.shortcut().isEmpty())
        self.setText(f"<h2>Keyboard shortcuts</h2><table>{rows}</table>"
                     f"<p>Press any key or click to close</p>")
        self.adjustSize()
        self.move((self.parentWidget().width() - self.width()) // 2,
                  (self.parentWidget().height() - self.height()) // 2)
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
                help_text: str | None = None) -> QAction:
    """An action of the window, with its shortcut(s) in the tooltip and its line in the help."""
    action = QAction(text, window)
    if shortcut:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
        tip = f"{tip} ({action.shortcut().toString()})"
    action.setShortcutContext(Qt.WindowShortcut)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setCheckable(checkable)
    action.setData(help_text)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def choice_menu(parent_menu: QMenu, title: str, names, choose, default: str) -> dict[str, QAction]:
    """A submenu of mutually exclusive, checkable choices; each calls ``choose(name)``."""
    menu = parent_menu.addMenu(title)
    group = QActionGroup(menu)
    actions = {}
    for name in names:
        action = QAction(name, menu, checkable=True)
        action.triggered.connect(lambda _=False, n=name: choose(n))
        group.addAction(action)
        menu.addAction(action)
        actions[name] = action
    actions[default].setChecked(True)
    return actions


def build_training_actions(w) -> None:
    """Start/pause, step, reset, and the canvas' clear and brush: the actions of the toolbar."""
    w.start_action = make_action(w, "▶ Start", Qt.Key_Space, w.toggle_training,
                                 "Start or pause training", help_text="Start / pause training")
    w.step_action = make_action(w, "Step", Qt.Key_N, w.step_once, "One update, then pause",
                                help_text="One update (a step of gradient descent)")
    w.reset_action = make_action(w, "Reset", Qt.Key_R, w.reset_weights,
                                 "Fresh random weights, back to the start",
                                 help_text="Reset: fresh random weights")
    w.clear_action = make_action(w, "Clear canvas", [Qt.Key_C, Qt.Key_Delete], w.clear_canvas,
                                 "Wipe the drawing")
    w.thicker_brush_action = make_action(w, "Thicker brush", Qt.Key_BracketRight,
                                         lambda: w.set_brush_size(w.canvas.brush_size + 3))
    w.thinner_brush_action = make_action(w, "Thinner brush", Qt.Key_BracketLeft,
                                         lambda: w.set_brush_size(w.canvas.brush_size - 3))


def build_toolbar(w, controls) -> QToolBar:
    """The training toolbar: the actions, then each (name, label, widget) of ``controls``."""
    bar = QToolBar("Training")
    bar.setObjectName("training_toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
    for action in (w.start_action, w.step_action, w.reset_action):
        bar.addAction(action)
    bar.addSeparator()
    # name -> the toolbar's actions of its label and widget (hiding an action hides its widget)
    w.toolbar_controls = {}
    for name, label, box in controls:
        w.toolbar_controls[name] = (bar.addWidget(QLabel(f" {label} ")), bar.addWidget(box))
    bar.addSeparator()
    bar.addAction(w.clear_action)
    w.addToolBar(bar)
    return bar


def build_menus(w) -> None:
    """File, Training, View and Help menus, with every action the window has."""
    menu = w.menuBar()
    files = menu.addMenu("&File")
    w.open_data_action = make_action(w, "Open dataset folder…", QKeySequence.Open, w.files.choose_dataset,
                                     "Any folder of the four IDX files (MNIST, Fashion-MNIST, …)")
    w.load_weights_action = make_action(w, "Load weights…", "Ctrl+L", w.files.choose_weights_to_load)
    w.save_weights_action = make_action(w, "Save weights…", QKeySequence.Save, w.files.choose_weights_to_save)
    w.export_action = make_action(w, "Export pictures and metrics…", "Ctrl+E", w.files.choose_export_folder,
                                  "Heatmaps and plots as PNG, metrics as CSV")
    w.record_action = make_action(w, "Record animation…", "Ctrl+Shift+E", w.files.choose_animation_path,
                                  "10 s of the window as an animated GIF, WebP or MP4, for slides")
    w.quit_action = make_action(w, "Quit", QKeySequence.Quit, w.close)
    for action in (w.open_data_action, w.load_weights_action, w.save_weights_action, w.export_action,
                   w.record_action):
        files.addAction(action)
    files.addSeparator()
    files.addAction(w.quit_action)

    training = menu.addMenu("&Training")
    for action in (w.start_action, w.step_action, w.reset_action):
        training.addAction(action)
    w.network_actions = choice_menu(
        training, "Network", w.network_choices(),
        lambda name: w.set_network(w.network_choices()[name]), next(iter(w.network_choices())))
    training.addSeparator()
    w.clear_runs_action = make_action(w, "Clear earlier runs", "Shift+R", w.plots.clear_earlier_runs,
                                      "Remove the faint curves of earlier runs from the plots",
                                      help_text="Clear the earlier runs' faint curves")
    training.addAction(w.clear_runs_action)

    view = w.view_menu = menu.addMenu("&View")
    w.presentation_action = make_action(w, "Presentation mode", Qt.Key_F11, w.toggle_presentation,
                                        "Full screen, large type, projector colours", checkable=True)
    view.addAction(w.presentation_action)
    w.theme_actions = choice_menu(view, "Theme", THEMES, w.set_theme, NORMAL.name)
    w.toggle_theme_action = make_action(w, "Switch theme", Qt.Key_T, w.cycle_theme,
                                        "Normal or high-contrast projector theme")
    view.addAction(w.toggle_theme_action)
    w.colormap_actions = choice_menu(view, "Weight colours", COLORMAPS, w.set_colormap, DEFAULT_COLORMAP)
    w.toggle_colormap_action = make_action(w, "Switch weight colours", Qt.Key_M, w.cycle_colormap,
                                           "Blue-red or colour-blind-safe colours")
    view.addAction(w.toggle_colormap_action)
    w.full_range_action = make_action(w, "Full colour range", "Shift+M", w.toggle_full_range,
                                      "Colour scales to the largest weight, not the 99th percentile",
                                      checkable=True,
                                      help_text="Colours to the largest |value| (else the 99th percentile)")
    view.addAction(w.full_range_action)
    view.addSeparator()
    for action in (w.clear_action, w.thicker_brush_action, w.thinner_brush_action):
        view.addAction(action)
    w.view_actions = []
    for index in range(w.views.count()):
        action = make_action(w, f"Show {w.views.tabText(index)}", f"Ctrl+{index + 1}",
                             lambda _=False, i=index: w.views.setCurrentIndex(i))
        w.view_actions.append(action)
        view.addAction(action)

    w.lesson_menu = menu.addMenu("&Lesson")
    help_menu = menu.addMenu("&Help")
    w.help_action = make_action(w, "Keyboard shortcuts", [Qt.Key_F1, Qt.Key_Question], w.show_help)
    help_menu.addAction(w.help_action)
    w.about_action = make_action(w, "About MNIST Visualizer", None, lambda: show_about(w))
    w.about_action.setMenuRole(QAction.AboutRole)
    help_menu.addAction(w.about_action)


def show_about(w):
    """Help > About (its module, and the package metadata it reads, load when it is asked for:
    not before the first frame)."""
    from .about import show_about as show
    return show(w)


def build_lesson_menu(w) -> None:
    """Open a lesson, and step through it with the keys a presenter's clicker sends (Page Down /
    Page Up) or the arrows; Esc leaves it. The stepping keys work only while a lesson is open, so
    the arrows stay the slider's and the number boxes' the rest of the time."""
    menu = w.lesson_menu
    w.course_action = make_action(w, "Start the built-in lesson", "Ctrl+Shift+L",
                                  lambda: w.open_lesson("course"),
                                  "The course text, step by step: from random weights to a hidden layer")
    w.open_lesson_action = make_action(w, "Open a lesson file…", None, w.choose_lesson,
                                       "A lesson written as a TOML or JSON file")
    w.next_step_action = make_action(w, "Next step", [Qt.Key_PageDown, Qt.Key_Right], w.lesson.next,
                                     "The lesson's next step", help_text="Lesson: next step")
    w.previous_step_action = make_action(w, "Previous step", [Qt.Key_PageUp, Qt.Key_Left],
                                         w.lesson.previous, "The lesson's previous step",
                                         help_text="Lesson: previous step")
    w.leave_lesson_action = make_action(w, "Leave the lesson", Qt.Key_Escape, w.lesson.leave,
                                        "Leave the lesson here and keep working", help_text="Leave the lesson")
    for action in (w.course_action, w.open_lesson_action):
        menu.addAction(action)
    menu.addSeparator()
    w.lesson_step_actions = (w.next_step_action, w.previous_step_action, w.leave_lesson_action)
    for action in w.lesson_step_actions:
        menu.addAction(action)
        action.setEnabled(False)
