"""What a class sees, read from what is drawn (issue 19): at the classroom sizes (1024x768, 1280x800,
1920x1080), normal and in presentation mode, in both themes, for every network kind
(`core.networks.KINDS`, so a new kind is covered as soon as it is registered), with and without a
lesson's caption, after ten epochs and with three earlier runs on the charts:

- every text pyqtgraph draws (tick labels, epoch names, axis titles, map titles, the bars' numbers),
  read back with its rectangle on the screen: no two overlap, none is cut by the edge of its view;
- every axis that shows numbers shows at least two;
- no widget's content is cut: a scroll area whose content is larger than its viewport shows the
  scroll bar that says so, and no label, button or toolbar control is cut or hidden (no » overflow);
- no panel's spotlight button covers its words;
- the smallest text on the screen in presentation mode, which is reported, and must be at least
  16 px high at 768 lines and 22 px at 1080;
- every chart on the screen is whole (not cut by the panel it is in), and in presentation mode at
  least 200 px high at 1080 lines, scaled down with the screen (142 px at 768), half of it the
  area its curves are drawn in (the rest is its axes' numbers and titles): where the room is
  not there the window shows fewer things (the charts side by side, the timeline or the big numbers
  folded away), never shorter charts;
- the canvas keeps a third of the screen's height in presentation mode, and 70% in spotlight.
"""

from __future__ import annotations

import os

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFontInfo, QImage, QPainter, QTextCursor
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QAbstractSpinBox, QComboBox,
                               QGraphicsTextItem, QLabel, QToolBar, QWidget)

from mnist_visualizer.core.lessons import SPOTLIGHTS, load_lesson, state_at
from mnist_visualizer.core.networks import KINDS, chooser_architectures
from mnist_visualizer.visualizer.hidden_units import HiddenUnitsView
from mnist_visualizer.visualizer.mosaic import SIDE
from mnist_visualizer.visualizer.spotlight import SpotlightButton
from mnist_visualizer.visualizer.theme import NORMAL, PROJECTOR

from .test_chart_words import feed
from .test_layouts import problems

SIZES = [(1024, 768), (1280, 800), (1920, 1080)]
THEMES = [NORMAL.name, PROJECTOR.name]
MIN_TILE = 60   # px: a hidden unit's map in presentation mode
SMALLEST_TEXT = {768: 16, 800: 16, 1080: 22}   # px, in presentation mode, by the screen's lines
READABLE_CHART = 200   # px high at 1080 lines in presentation mode, scaled with the screen's lines


def largest_of(kind) -> object:
    """The kind's largest network the chooser offers (the most units to lay out)."""
    return [a for a in chooser_architectures() if type(a) is kind][-1]


# --- reading what is drawn ------------------------------------------------------------------------

def on_screen(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def window_rect(widget: QWidget, rect) -> QRectF:
    """``rect`` in ``widget``'s coordinates, in its window's."""
    return QRectF(rect).translated(widget.mapTo(widget.window(), widget.rect().topLeft()))


def seen_rect(view: QWidget) -> QRectF:
    """The part of a graphics view on the screen, in its window's coordinates: its viewport's
    (the view's own visible region leaves out its opaque viewport, so is empty)."""
    viewport = view.viewport()
    return window_rect(viewport, viewport.visibleRegion().boundingRect())


def axis_texts(axis: pg.AxisItem) -> list[tuple[str, QRectF]]:
    """(text, scene rectangle) of every tick label the axis paints, as `AxisItem.paint` does."""
    image = QImage(8, 8, QImage.Format_ARGB32)   # (kept: the painter must not outlive it)
    painter = QPainter(image)
    if axis.style["tickFont"] is not None:
        painter.setFont(axis.style["tickFont"])
    specs = axis.generateDrawSpecs(painter)
    painter.end()
    if specs is None:
        return []
    return [(text, axis.mapRectToScene(QRectF(rect))) for rect, _flags, text in specs[2]]


def drawn_texts(window: QWidget) -> list[dict]:
    """Every text pyqtgraph draws in the window's visible views: what it says, where it is (in the
    window's coordinates), the view it is in and that view's rectangle, its pixel size, and for
    tick labels the axis."""
    out = []
    for view in window.findChildren(pg.GraphicsView):
        if not on_screen(view) or view.scene() is None:
            continue
        view_rect = window_rect(view, view.rect())
        seen = seen_rect(view)   # (a scroll area shows a part)
        # Where pyqtgraph puts things as it would before painting them: a view scrolled out of
        # sight, never painted, keeps the places it had before it was laid out.
        view.scene().prepareForPaint()

        def place(scene_rect: QRectF) -> QRectF:
            return window_rect(view, view.mapFromScene(scene_rect).boundingRect())

        for item in view.scene().items():
            if not item.isVisible() or not _shown(item):
                continue
            if isinstance(item, pg.AxisItem):
                if not item.style["showValues"]:
                    continue
                font = item.style["tickFont"] or item.font()
                for text, rect in axis_texts(item):
                    out.append(dict(text=text, rect=place(rect), view=view, view_rect=view_rect, seen=seen,
                                    clip=None, axis=item, px=QFontInfo(font).pixelSize()))
            elif isinstance(item, QGraphicsTextItem) and item.toPlainText().strip():
                # axis titles, map titles, labels, the bars' numbers: their ink, inside the margin
                # their document keeps around it
                margin = item.document().documentMargin()
                ink = item.mapRectToScene(item.boundingRect().adjusted(margin, margin, -margin, -margin))
                box = clipping_box(item)   # (a text in a plot's own area is cut at its edges)
                out.append(dict(text=item.toPlainText(), rect=place(ink), view=view, view_rect=view_rect,
                                clip=None if box is None else place(box.sceneBoundingRect()),
                                seen=seen, axis=None, px=text_item_px(item)))
    return out


def clipping_box(item) -> pg.ViewBox | None:
    """The ViewBox a graphics item is drawn in, if any (it cuts what reaches past its edges)."""
    item = item.parentItem()
    while item is not None and not isinstance(item, pg.ViewBox):
        item = item.parentItem()
    return item


def text_item_px(item: QGraphicsTextItem) -> int:
    """The pixel size of a text item's first character, its HTML's font size if it sets one."""
    cursor = QTextCursor(item.document())
    cursor.movePosition(QTextCursor.NextCharacter)
    font = item.font()
    size = cursor.charFormat().font().pointSizeF()
    if size > 0:
        font.setPointSizeF(size)
    return QFontInfo(font).pixelSize()


def _shown(item) -> bool:
    """Visible all the way up (a hidden parent hides its children, whatever they say)."""
    while item is not None:
        if not item.isVisible() or item.opacity() == 0:
            return False
        item = item.parentItem()
    return True


def widget_texts(window: QWidget) -> list[tuple[str, int]]:
    """(text, pixel size) of every visible label, button and box with words in the window."""
    out = []
    for w in window.findChildren(QWidget):
        if not on_screen(w) or w.objectName() == "help":
            continue
        text = (w.text() if isinstance(w, (QLabel, QAbstractButton)) else
                w.currentText() if isinstance(w, QComboBox) else
                w.text() if isinstance(w, QAbstractSpinBox) else "")
        if text and text.strip():
            w.ensurePolished()
            out.append((text[:40], QFontInfo(w.font()).pixelSize()))
    return out


# --- the checks -----------------------------------------------------------------------------------

def text_problems(texts: list[dict]) -> list[str]:
    found = []
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            # (what is scrolled out of sight overlaps nothing on the screen)
            overlap = a["rect"].intersected(a["seen"]).intersected(b["rect"].intersected(b["seen"]))
            if overlap.width() > 1 and overlap.height() > 1:
                found.append(f"{a['text']!r} overlaps {b['text']!r}")
        if not a["view_rect"].adjusted(-1, -1, 1, 1).contains(a["rect"]):
            found.append(f"{a['text']!r} cut by the edge of its view ({type(a['view']).__name__})")
        elif (a["clip"] is not None and a["rect"].intersects(a["seen"])
              and not a["clip"].adjusted(-1, -1, 1, 1).contains(a["rect"])):
            found.append(f"{a['text']!r} cut by the edge of its plot's area ({type(a['view']).__name__})")
    axes = {}
    for t in texts:
        if t["axis"] is not None:
            axes.setdefault(t["axis"], []).append(t["text"])
    for axis, labels in axes.items():
        if axis.orientation == "top":
            # (the epochs' names over the loss chart, not a scale: they thin out to those that fit,
            # one or more; recognised by their place, not by the English word: "Epoche 5", "第 5 轮")
            continue
        numbers = [s for s in labels if _is_number(s)]
        if numbers and len(numbers) < 2:
            found.append(f"an axis shows one number only: {labels}")
    return found


def _is_number(text: str) -> bool:
    try:
        # (a decimal comma, and a no-break space before %, in the languages that write so)
        float(text.replace("epoch", "").replace("≥", "").replace("≤", "").replace(" ", "").replace("\u00a0", "")
              .replace("−", "-").replace("%", "").replace("k", "").replace("M", "").replace("+", "")
              .replace(",", "."))
        return True
    except ValueError:
        return False


def scroll_problems(window: QWidget) -> list[str]:
    """Content larger than its viewport without the scroll bar that says so."""
    found = []
    for area in window.findChildren(QAbstractScrollArea):
        if not on_screen(area) or isinstance(area, pg.GraphicsView) or not hasattr(area, "widget"):
            continue
        content, viewport = area.widget(), area.viewport()
        if content is None:
            continue
        need = content.minimumSizeHint()
        for size, have, bar in ((need.width(), viewport.width(), area.horizontalScrollBar()),
                                (need.height(), viewport.height(), area.verticalScrollBar())):
            if size > have + 1 and not bar.isVisible():
                found.append(f"{type(area.parentWidget()).__name__}'s content ({need.width()}x{need.height()}) "
                             f"cut in {viewport.width()}x{viewport.height()} without a scroll bar")
    return found


def chart_problems(window: QWidget, lines: int, presenting: bool) -> list[str]:
    """Charts cut by their panel, or (in presentation mode) shorter than they can be read."""
    found, least = [], READABLE_CHART * lines / 1080
    for name, plot in (("loss", window.plots.loss_plot), ("accuracy", window.plots.accuracy_plot)):
        if not on_screen(plot):
            continue
        seen, whole = seen_rect(plot), window_rect(plot.viewport(), plot.viewport().rect())
        if seen.height() < whole.height() - 1 or seen.width() < whole.width() - 1:
            found.append(f"the {name} chart is cut: {seen.width():.0f}x{seen.height():.0f} of it seen, "
                         f"of {whole.width():.0f}x{whole.height():.0f}")
        area = plot.getViewBox().height()   # (where the curves are: the rest is its axes)
        if presenting and (plot.height() < least - 1 or area < least / 2 - 1):
            found.append(f"the {name} chart is {plot.height()} px high, its curves' area {area:.0f}: "
                         f"< {least:.0f} and {least / 2:.0f}")
    return found


def button_problems(window: QWidget, texts: list[dict]) -> list[str]:
    """Spotlight buttons over words: a drawn text, or a label's (a wrapped label's lines may reach
    its whole width)."""
    found = []
    for button in window.findChildren(SpotlightButton):
        if not on_screen(button):
            continue
        corner = window_rect(button, button.rect())
        for t in texts:
            over = corner.intersected(t["rect"].intersected(t["seen"]))
            if over.width() > 1 and over.height() > 1:
                found.append(f"a spotlight button covers {t['text']!r}")
        for label in window.findChildren(QLabel):
            if not on_screen(label) or not label.text().strip() or label.objectName() == "help":
                continue
            words = label.contentsRect().intersected(label.visibleRegion().boundingRect())
            if not label.wordWrap() and not words.isEmpty():
                words.setWidth(min(words.width(), label.minimumSizeHint().width()))
                if label.alignment() & Qt.AlignRight:
                    words.moveRight(label.contentsRect().right())
            over = corner.intersected(window_rect(label, words))
            if over.width() > 1 and over.height() > 1:
                found.append(f"a spotlight button covers the label {label.text()[:40]!r}")
    return found


def toolbar_problems(window: QWidget) -> list[str]:
    found = []
    for bar in window.findChildren(QToolBar):
        if not on_screen(bar):
            continue
        extension = bar.findChild(QAbstractButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            hidden = [bar.widgetForAction(a) for a in bar.actions() if a.isVisible()]
            found.append(f"the toolbar hides controls in its » overflow "
                         f"({sum(1 for w in hidden if w is not None and not w.isVisible())} hidden)")
    return found


# --- the window in every case ---------------------------------------------------------------------

# Kinds whose views do not yet fit every case, with what this test found (run it to see more):
# reported, not run (each of their cases costs seconds of test-set evaluation), until fixed.
# (none now: the convolution fits since its Learning view shows fewer parts where space is short and
# its feature maps' captions are words of their own)
NOT_YET_FITTING: dict[str, str] = {}


# Problems met and not fixed yet, reported (printed) and left out of the assertion, each with why:
# any other problem fails the test. (None now: the lesson's rich-text captions, which were cut at
# 1080 lines and squeezed the loss chart under its legend at 800, claim their lines' height, and
# the charts go side by side, or other panels fold away, where the height is short.)
KNOWN: tuple[tuple[str, ...], ...] = ()
# What German's and Chinese's texts still do to the layout, listed by the test and not failed: none
# now (the maps' hover read-out folds away where German's longest caption leaves them short).
KNOWN_IN: dict[str, tuple[tuple[str, ...], ...]] = {}


def is_known(problem: str, language: str = "en") -> bool:
    return any(all(part in problem for part in known) for known in KNOWN + KNOWN_IN.get(language, ()))


def kinds_to_check(check_all: bool = False):
    return [pytest.param(k, id=k.kind, marks=() if check_all or k.kind not in NOT_YET_FITTING else
                         pytest.mark.xfail(reason=NOT_YET_FITTING[k.kind], run=False))
            for k in KINDS]


@pytest.fixture
def kind_window(request, open_window, mnist, qtbot):
    """A window on the kind's largest network, ten epochs on its charts and three earlier runs."""
    window = open_window(mnist)
    architecture = largest_of(request.param)
    # (the new run's first snapshot clears the charts: they are fed after it; waiting for the
    # architecture alone let the one layer's, the window's first network, clear them afterwards)
    with qtbot.waitSignal(window.session.run_started, timeout=10000):
        window.session.set_network(architecture)
    qtbot.waitUntil(lambda: window.latest.architecture == architecture, timeout=10000)
    window.display.draw_frame()
    plots = window.plots
    for run in range(3):
        feed(plots, epochs=10 - 3 * run)
        plots.archive_run(f"{architecture.describe()}, λ 0.0{run + 1}, batch {10 ** run}")
        plots.clear()
    feed(plots)
    window.canvas.set_ink(window.explorer.image(0))   # the bars, the steps and the answer in use
    return window


def set_screen(window, qtbot, monkeypatch, width: int, height: int, presenting: bool, theme: str):
    appearance = window.appearance
    monkeypatch.setattr(appearance, "screen_geometry", lambda available=True: QRect(0, 0, width, height))
    # (offscreen, a full-screen window takes the platform's own 800x800 screen a moment later: the
    # window takes the screen's area itself, as it does where no window manager acts on the request)
    monkeypatch.setattr(window, "showFullScreen", lambda: None)
    appearance.set_theme(theme)
    if presenting != appearance.presenting:
        appearance.set_presentation(presenting)
    elif presenting:   # (presenting on another screen's size: as a projector's new resolution says it)
        window.windowHandle().screen().geometryChanged.emit(QRect(0, 0, width, height))
    if not presenting:
        appearance.fit_to_screen(width, height)   # a maximised window
    try:
        qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height), timeout=3000)
    except Exception:
        pass   # (reported as a problem: the window grew past the screen)


def show_caption(window, on: bool) -> None:
    """The built-in lesson's longest caption over the panels (the caption alone: the lesson's steps
    would change the network under test)."""
    caption = window.lesson.caption
    if on:
        lesson = load_lesson("course", language=window.language.code)
        longest = max(range(len(lesson.steps)), key=lambda k: len(lesson.steps[k].caption))
        caption.show_state(state_at(lesson, longest))
    caption.setVisible(on)


def settle(window, qtbot) -> None:
    """The layout as it stands once the events a change posts are handled: passes until the
    widgets' places stop changing (what folds, and the labels that wrap, settle over a few: a
    heading given a wider column re-wraps, and its new height lays the column out again; two
    fixed passes of 20 ms now and then caught the example's headings between two of them)."""
    before = None
    for _ in range(10):
        window.fit.views()
        window.display.request_frame()
        window.display.draw_frame()
        qtbot.wait(20)
        now = [w.geometry() for w in window.findChildren(QWidget) if w.isVisible()]
        if now == before:
            return
        before = now


# Every case in English; German's long words and Chinese glyphs in presentation mode at the smallest
# and largest screens (the type, not the theme, is what a language changes).
LANGUAGE_CASES = {"en": (SIZES, (False, True), tuple(THEMES)),
                  "de": ((SIZES[0], SIZES[2]), (True,), (NORMAL.name,)),
                  "zh_CN": ((SIZES[0], SIZES[2]), (True,), (NORMAL.name,))}


@pytest.mark.parametrize("language", list(LANGUAGE_CASES))
@pytest.mark.parametrize("kind_window", kinds_to_check(), indirect=True)
def test_what_is_drawn_fits_and_reads(kind_window, qtbot, monkeypatch, language):
    window = kind_window
    window.set_language(language)
    try:
        check_what_is_drawn(window, qtbot, monkeypatch, *LANGUAGE_CASES[language], language=language)
    finally:
        window.set_language("en")


def check_what_is_drawn(window, qtbot, monkeypatch, sizes, presentings, themes, language="en"):
    found, smallest, tiles, sheets, charts = [], {}, [], [], {}
    for width, height in sizes:
        for presenting in presentings:
            for theme in themes:
                set_screen(window, qtbot, monkeypatch, width, height, presenting, theme)
                for caption in (False, True):
                    show_caption(window, caption)
                    for tab in range(window.views.count()):
                        window.views.setCurrentIndex(tab)
                        settle(window, qtbot)
                        where = (f"{width}x{height} {'presentation' if presenting else 'normal'} {theme}"
                                 f"{' with a caption' if caption else ''}, tab {window.views.tabText(tab)}")
                        texts = drawn_texts(window)
                        here = (text_problems(texts) + scroll_problems(window) + toolbar_problems(window)
                                + problems(window) + chart_problems(window, height, presenting)
                                + button_problems(window, texts))
                        if (window.width(), window.height()) != (width, height):
                            here.append(f"the window grew to {window.width()}x{window.height()}: "
                                        f"its panels need more than the screen")
                        found += [f"{where}: {problem}" for problem in here]
                        if here and os.environ.get("LAYOUT_SHOTS"):   # a folder: see what failed
                            window.grab().save(os.path.join(os.environ["LAYOUT_SHOTS"], where + ".png"))
                        if presenting and on_screen(window.plots.loss_plot):
                            for plot in (window.plots.loss_plot, window.plots.accuracy_plot):
                                least = charts.get(height, (1e9, 1e9))
                                charts[height] = (min(least[0], plot.height()),
                                                  min(least[1], plot.getViewBox().height()))
                        if presenting:
                            sizes = [(t["text"], t["px"]) for t in texts] + widget_texts(window)
                            text, px = min(sizes, key=lambda s: s[1])
                            if px < smallest.get(height, (None, 1e9))[1]:
                                smallest[height] = (f"{text!r} on tab {window.views.tabText(tab)}", px)
                    units = window.weight_views.currentWidget()
                    if presenting and isinstance(units, HiddenUnitsView) and on_screen(units):
                        window.views.setCurrentIndex(0)
                        settle(window, qtbot)
                        tiles.append(tile_px(units))
                        if tile_px(units) < MIN_TILE:
                            found.append(f"{width}x{height} presentation{' with a caption' if caption else ''}: "
                                         f"hidden units' maps of {tile_px(units):.0f} px < {MIN_TILE}")
                    if presenting and not caption:
                        sheet = window.canvas.sheet_rect().height()
                        sheets.append(f"{height}: {sheet:.0f} px ({sheet / height:.0%})")
                        if sheet < height / 3 - 1:
                            found.append(f"{width}x{height} presentation: the canvas is {sheet:.0f} px, "
                                         f"less than a third of {height}")
    show_caption(window, False)
    window.appearance.set_presentation(False)
    report = ", ".join(f"{lines} lines: {px} px ({what})" for lines, (what, px) in sorted(smallest.items()))
    print(f"\nsmallest text in presentation mode ({type(window.architecture).kind}): {report}")
    print(f"canvas in presentation mode: {', '.join(dict.fromkeys(sheets))}")
    print("lowest chart in presentation mode (its curves' area): " + ", ".join(
        f"{lines} lines: {high:.0f} px ({area:.0f})" for lines, (high, area) in sorted(charts.items())))
    if tiles:
        print(f"hidden units' maps in presentation mode: {min(tiles):.0f} to {max(tiles):.0f} px")
    for lines, (what, px) in smallest.items():
        if px < SMALLEST_TEXT[lines]:
            found.append(f"the smallest text at {lines} lines is {px} px < {SMALLEST_TEXT[lines]}: {what}")
    known = [p for p in dict.fromkeys(found) if is_known(p, language)]
    if known:
        print(f"known, not yet fixed (see KNOWN, KNOWN_IN[{language!r}]):\n" + "\n".join(known))
    found = [p for p in found if not is_known(p, language)]
    assert not found, f"{len(found)} problems:\n" + "\n".join(dict.fromkeys(found))


@pytest.mark.parametrize("kind_window", kinds_to_check(check_all=True), indirect=True)
@pytest.mark.parametrize("width, height", [SIZES[0], SIZES[2]])
def test_the_spotlight_fills_the_window(kind_window, qtbot, monkeypatch, width, height):
    window = kind_window
    set_screen(window, qtbot, monkeypatch, width, height, True, PROJECTOR.name)
    assert window.spotlight.names() == list(SPOTLIGHTS)   # the lessons' names are the window's
    central = window.centralWidget()
    for name in SPOTLIGHTS:
        window.spotlight.show_only(name)
        settle(window, qtbot)
        panel = window.spotlight.panels[name].widget()
        # it takes (nearly) the whole central area
        assert panel.width() >= central.width() - 60 and panel.height() >= central.height() - 80, name
        found = text_problems(drawn_texts(window)) + problems(window) + scroll_problems(window)
        assert not found, f"{width}x{height} spotlight on {name}: " + "; ".join(found)
        if name == "canvas":
            sheet = window.canvas.sheet_rect().height()
            print(f"\nspotlit canvas at {width}x{height}: {sheet:.0f} px, {sheet / height:.0%} of the screen")
            assert sheet >= 0.7 * height, f"the canvas is {sheet:.0f} px of {height} in spotlight"
    window.spotlight.leave()
    window.appearance.set_presentation(False)


def tile_px(view: HiddenUnitsView) -> float:
    """The side of a unit's map on the screen, in pixels."""
    box = view.mosaic.view
    a, b = box.mapViewToScene(QPointF(0, 0)), box.mapViewToScene(QPointF(SIDE, 0))
    return abs(b.x() - a.x())
