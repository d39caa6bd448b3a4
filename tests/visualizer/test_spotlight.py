"""Spotlight (issue 19): the F key, a panel's corner button and a lesson's ``spotlight`` field make
one panel fill the window; F again or Esc brings the layout back (Esc leaves the spotlight before
it leaves a lesson)."""

import pytest
from PySide6.QtCore import Qt

from mnist_visualizer.core.lessons import SPOTLIGHTS, LessonError, lessons_dir, parse_lesson, state_at


def lesson_with(spotlight):
    steps = [{"title": "A", "caption": "a", "spotlight": spotlight}, {"title": "B", "caption": "b"}]
    return parse_lesson({"title": "T", "steps": steps}, lessons_dir() / "spot.json")


def test_a_step_names_the_panel_it_spotlights_for_itself_only():
    lesson = lesson_with("canvas")
    assert state_at(lesson, 0).spotlight == "canvas" and state_at(lesson, 1).spotlight is None
    with pytest.raises(LessonError, match="spotlight"):
        lesson_with("the canvas")


@pytest.fixture
def window(open_window, mnist):
    return open_window(mnist)


def test_the_key_the_button_and_esc(window, qtbot):
    assert window.spotlight.names() == list(SPOTLIGHTS)
    window.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key_F)           # the panel with the keys: the canvas
    assert window.spotlight.current == "canvas"
    assert not window.views.isVisible() and window.canvas.isVisible()
    qtbot.keyClick(window, Qt.Key_F)
    assert window.spotlight.current is None and window.views.isVisible()
    window.spotlight.buttons["charts"].click()
    assert window.spotlight.current == "charts" and not window.canvas.isVisible()
    assert not window.weight_views.isVisible() and not window.timeline.isVisible()
    qtbot.keyClick(window, Qt.Key_Escape)
    assert window.spotlight.current is None
    assert window.canvas.isVisible() and window.weight_views.isVisible() and window.timeline.isVisible()


def test_a_lesson_step_spotlights_its_panel_and_esc_leaves_the_spotlight_first(window, qtbot):
    window.lesson.start(lesson_with("explorer"))
    assert window.spotlight.current == "explorer" and window.views.currentWidget() is window.explorer
    assert not window.views.tabBar().isVisible() and not window.canvas.isVisible()
    assert window.lesson.caption.isVisible()   # the caption stays
    qtbot.keyClick(window, Qt.Key_Escape)
    assert window.spotlight.current is None and window.lesson.active
    window.lesson.go_to(0)
    window.lesson.next()                        # a step without one: the whole layout
    assert window.spotlight.current is None and window.canvas.isVisible()
    qtbot.keyClick(window, Qt.Key_Escape)
    assert not window.lesson.active
