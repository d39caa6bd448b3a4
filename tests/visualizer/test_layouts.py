"""Presentation mode on the projectors classrooms have (1024x768, 1280x800, 1920x1080): in every tab,
for both networks, no label or title is cut and no two widgets overlap (widget geometry and font
metrics), and the window takes the whole screen; in English, German and Chinese."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QLayout, QWidget

from mnist_visualizer.core.networks import HiddenLayer
from mnist_visualizer.core.training import TrainConfig
from mnist_visualizer.visualizer.appearance import Appearance
from mnist_visualizer.visualizer.mosaic import MapMosaic
from mnist_visualizer.visualizer.window import MainWindow

SIZES = [(1024, 768), (1280, 800), (1920, 1080)]


def layout_children(widget: QWidget) -> list[QWidget]:
    layout = widget.layout()
    if layout is None:
        return []
    out, stack = [], [layout]
    while stack:
        item = stack.pop()
        if not isinstance(item, QLayout):
            continue   # (PySide6 may hand back a spacer's wrapper for a layout at the same address)
        for i in range(item.count()):
            child = item.itemAt(i)
            if child.widget() is not None:
                out.append(child.widget())
            elif child.layout() is not None:
                stack.append(child.layout())
    return [w for w in out if w.isVisible()]


def problems(window: QWidget) -> list[str]:
    """Cut labels and buttons, and overlapping siblings, among the visible widgets."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or label.objectName() == "help":
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.contentsRect().width())
            if need > label.contentsRect().height() + 2:
                found.append(f"label cut (height {label.height()} < {need}): {label.text()[:50]!r}")
        else:
            hint = label.minimumSizeHint()
            if hint.width() > label.width() + 2 or hint.height() > label.height() + 2:
                found.append(f"label cut ({label.width()}x{label.height()} < {hint.width()}x{hint.height()}): "
                             f"{label.text()[:50]!r}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.sizeHint().width() > button.width() + 2:
            found.append(f"button cut: {button.text()!r} ({button.width()} < {button.sizeHint().width()})")
    for mosaic in window.findChildren(MapMosaic):
        if not mosaic.isVisible() or mosaic.graphics.visibleRegion().isEmpty():
            continue   # (scrolled out of sight: not drawn, and its titles not yet placed)
        rects = [(t.textItem.toPlainText(), t.sceneBoundingRect()) for t in mosaic.title_items
                 if t.textItem.toPlainText()]
        for i, (a, ra) in enumerate(rects):
            for b, rb in rects[i + 1:]:
                if ra.intersected(rb).width() > 1:
                    found.append(f"map titles overlap: {a!r} and {b!r}")
    for parent in [window] + window.findChildren(QWidget):
        if not parent.isVisible():
            continue
        children = layout_children(parent)
        for i, a in enumerate(children):
            for b in children[i + 1:]:
                if a.geometry().intersected(b.geometry()).width() > 1 and \
                        a.geometry().intersected(b.geometry()).height() > 1:
                    found.append(f"overlap: {type(a).__name__} {a.objectName()} and "
                                 f"{type(b).__name__} {b.objectName()} in {type(parent).__name__}")
    return found


@pytest.fixture
def window(open_window, mnist):
    return open_window(mnist)


# English at every size; German's long words and Chinese glyphs at the smallest and largest
LANGUAGE_SIZES = [("en", size) for size in SIZES] + [(code, size) for code in ("de", "zh_CN")
                                                     for size in (SIZES[0], SIZES[2])]
CAPTION_CASES = LANGUAGE_SIZES


@pytest.fixture
def in_language(window):
    """``in_language(code)``: the window in that language; English again after the test."""
    yield window.set_language
    window.set_language("en")


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES, ids=[f"{c}-{w}x{h}" for c, (w, h) in LANGUAGE_SIZES])
@pytest.mark.parametrize("hidden", [0, 128])
def test_presentation_mode_fits_every_tab_uncut(window, qtbot, monkeypatch, in_language, language, size, hidden):
    width, height = size
    in_language(language)
    assert window.language.code == language
    monkeypatch.setattr(window.appearance, "screen_geometry", lambda available=True: QRect(0, 0, width, height))
    # (offscreen, a full-screen window takes the platform's own 800x800 screen a moment later)
    monkeypatch.setattr(window, "showFullScreen", lambda: None)
    if hidden:
        window.session.set_network(HiddenLayer(hidden))
        qtbot.waitUntil(lambda: window.latest.architecture == HiddenLayer(hidden), timeout=5000)
    window.canvas.set_ink(window.explorer.image(0))   # the bars, the steps and the answer in use
    window.appearance.set_presentation(True)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height), timeout=3000)
    # (what folds away for want of room does so once the new type sizes are laid out, and the
    # legends have taken their lines at their new widths: a few passes of the event loop)
    fits = lambda: window.minimumSizeHint().width() <= width and window.minimumSizeHint().height() <= height
    try:
        qtbot.waitUntil(fits, timeout=2000)
    except Exception:
        pass   # (said by the assertion)
    assert fits(), f"the window needs {window.minimumSizeHint().toTuple()} on a {width}x{height} screen"
    for tab in range(window.views.count()):
        window.views.setCurrentIndex(tab)
        window.display.draw_frame()
        qtbot.wait(100)
        found = problems(window)
        assert not found, f"{width}x{height}, tab {window.views.tabText(tab)}: " + "; ".join(found)
    window.appearance.set_presentation(False)


def test_the_window_opens_within_a_small_screen(qtbot, mnist, monkeypatch):
    monkeypatch.setattr(Appearance, "screen_geometry", lambda self, available=True: QRect(0, 0, 1024, 768))
    w = MainWindow(mnist, TrainConfig())
    qtbot.addWidget(w)
    assert w.width() <= 1024 and w.height() <= 768
    w.close()


@pytest.mark.parametrize("language, size", CAPTION_CASES, ids=[f"{c}-{w}x{h}" for c, (w, h) in LANGUAGE_SIZES])
def test_a_lesson_caption_fits_with_the_panels_uncut(window, qtbot, monkeypatch, in_language, language, size):
    width, height = size
    in_language(language)
    monkeypatch.setattr(window.appearance, "screen_geometry", lambda available=True: QRect(0, 0, width, height))
    # (offscreen, a full-screen window takes the platform's own 800x800 screen a moment later)
    monkeypatch.setattr(window, "showFullScreen", lambda: None)
    assert window.lesson.open("course")
    assert window.lesson.lesson.language == language   # (its captions in the language)
    window.appearance.set_presentation(True)
    longest = max(range(len(window.lesson.lesson.steps)),
                  key=lambda k: len(window.lesson.lesson.steps[k].caption))
    window.lesson.go_to(longest)
    window.views.setCurrentIndex(0)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height), timeout=3000)
    qtbot.wait(100)
    found = problems(window)
    assert not found, f"{width}x{height}: " + "; ".join(found)
    # the plots keep a useful height beside the caption
    assert window.plots.loss_plot.height() >= 60 and window.plots.accuracy_plot.height() >= 60
    window.lesson.leave()
    window.appearance.set_presentation(False)


def test_a_presenting_window_follows_its_screen_to_another_size(window, qtbot, monkeypatch):
    """A projector plugged in changes the screen's resolution under a presenting window (1024x768 to
    1920x1080, here): the type takes the new screen's scale and the window its whole area, as if
    presentation mode had started there (the 768-line scale left 16 px letters at 1080 lines)."""
    from mnist_visualizer.visualizer.theme import presentation_scale
    screen = QRect(0, 0, 1024, 768)
    monkeypatch.setattr(window.appearance, "screen_geometry", lambda available=True: QRect(screen))
    monkeypatch.setattr(window, "showFullScreen", lambda: None)
    window.appearance.set_presentation(True)
    assert window.appearance.theme.scale == presentation_scale(768)
    screen.setRect(0, 0, 1920, 1080)
    window.windowHandle().screen().geometryChanged.emit(screen)   # (as the screen says it)
    assert window.appearance.theme.scale == presentation_scale(1080)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1920, 1080), timeout=3000)
    window.appearance.set_presentation(False)
    assert window.appearance.theme.scale == 1.0
    window.windowHandle().screen().geometryChanged.emit(screen)   # (not presenting: nothing to follow)
    assert window.appearance.theme.scale == 1.0
