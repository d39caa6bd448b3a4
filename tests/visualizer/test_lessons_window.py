"""Lessons in the window: every step of the built-in lesson, forward and back, sets the window up
as the lesson says; bad lesson files are a message and the app stays usable."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mnist_visualizer.core.lessons import CONTROLS, PANELS, load_lesson, state_at
from mnist_visualizer.core.model import save_network
from mnist_visualizer.core.networks import chooser_architectures
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
from mnist_visualizer.visualizer.lesson_player import TABS, reflow


@pytest.fixture
def window(open_window, mnist):
    return open_window(mnist)


def control_visible(window, name):
    """Not hidden (a control on a tab not shown is still not hidden)."""
    if name in window.action_set.toolbar_controls:
        return all(action.isVisible() for action in window.action_set.toolbar_controls[name])
    if name == "tabs":
        return not window.views.tabBar().isHidden()
    if name == "timeline":
        return not window.timeline.isHidden()
    return getattr(window.action_set, name).isVisible()


def test_every_panel_and_control_a_lesson_can_name_is_in_the_window(window, qtbot):
    """A name the lesson format accepts (core.lessons.PANELS, CONTROLS) that the window has no
    widget for would pass the file's check and then highlight or hide nothing: for every kind of
    network the chooser offers, each name is a widget of this window, and each control hides."""
    for architecture in {type(a): a for a in chooser_architectures()}.values():
        window.session.set_network(architecture)  # (the views of each kind)
        qtbot.waitUntil(lambda: window.latest.architecture == architecture, timeout=5000)
        for name in PANELS:
            panel = window.lesson.panel(name)
            assert isinstance(panel, QWidget) and panel.window() is window, (architecture, name)
        for name in CONTROLS:
            assert control_visible(window, name), name
    assert window.lesson.open("course")
    for name in CONTROLS:
        window.lesson.controls_hidden.emit((name,))   # what a step that hides it says
        assert not control_visible(window, name), name
        window.lesson.controls_hidden.emit(())
        assert control_visible(window, name), name


def check_step(window, qtbot, lesson, index, mnist):
    """The window shows step ``index`` as `state_at` says it should be."""
    state = state_at(lesson, index)
    player = window.lesson
    assert player.index == index
    assert player.caption.counter.text() == f"Step {index + 1} of {len(lesson.steps)}"
    assert player.caption.caption.text() == reflow(state.caption)
    assert all(word in player.caption.caption.text() for word in state.caption.split())
    if state.learning_rate is not None:
        assert window.lr_box.value() == pytest.approx(state.learning_rate)
    if state.batch_size is not None:
        assert window.batch_box.value() == state.batch_size
    if state.speed is not None:
        value = window.speed_box.currentData()
        assert (value == 0) if state.speed == "full" else value == pytest.approx(state.speed)
    if state.tab is not None:
        assert window.views.currentIndex() == TABS[state.tab]
    for name in CONTROLS:
        assert control_visible(window, name) == (name not in state.hide), name
    if state.network is not None:
        want = state.network
        qtbot.waitUntil(lambda: window.latest.architecture == want, timeout=5000)
        assert window.network_box.currentData() == want
    canvas = state.canvas_in_force
    if canvas is not None:
        if canvas.kind == "clear":
            assert window.canvas.is_empty()
        else:
            index_shown = canvas.test_index(mnist.test_labels)
            digit = mnist.test_images[index_shown].astype(np.float32) / 255
            shown = window.canvas.network_input()
            assert np.corrcoef(shown, digit)[0, 1] > 0.8
    target = window.lesson.panel(state.highlight)
    assert window.lesson.highlight.target is target
    if target is not None and target.isVisible():
        assert window.lesson.highlight.isVisible()


def test_the_built_in_lesson_forward_and_back(window, qtbot, mnist):
    lesson = load_lesson("course", n_test_images=len(mnist.test_labels))
    assert window.lesson.open("course")
    n = len(lesson.steps)
    for index in range(n):
        check_step(window, qtbot, lesson, index, mnist)
        qtbot.wait(150)  # let a step's training begin: a teacher clicks on before it ends, too
        qtbot.keyClick(window, Qt.Key_PageDown)
    assert window.lesson.index == n - 1  # Next on the last step stays there
    for index in range(n - 2, -1, -1):
        qtbot.keyClick(window, Qt.Key_PageUp)
        check_step(window, qtbot, lesson, index, mnist)
    qtbot.keyClick(window, Qt.Key_Escape)
    assert not window.lesson.active and not window.lesson.caption.isVisible()
    for name in CONTROLS:
        assert control_visible(window, name), name
    assert window.session.controller.is_alive()


def test_going_back_puts_back_the_weights_a_step_ended_with(window, qtbot, mnist):
    """Step 3 applies one gradient step to a 7; going back to it after the epoch of step 5
    shows the weights it had, exactly."""
    assert window.lesson.open("course")
    for _ in range(2):
        window.lesson.next()
    qtbot.waitUntil(lambda: 2 in window.lesson._ended_with, timeout=5000)
    after_step = window.lesson._ended_with[2]
    window.lesson.next()   # 100 examples at 10 a second
    qtbot.wait(500)
    window.lesson.next()   # the epoch
    qtbot.wait(300)
    window.lesson.previous()
    window.lesson.previous()
    assert window.lesson.index == 2
    qtbot.waitUntil(lambda: np.array_equal(window.latest.W, after_step.params["W"]), timeout=5000)


def test_arrows_and_page_keys_step_even_from_a_number_box(window, qtbot):
    assert window.lesson.open("course")
    for _ in range(11):
        window.lesson.next()   # "Mini-batches": the number boxes are visible
    window.lr_box.setFocus()
    qtbot.keyClick(window.lr_box, Qt.Key_PageDown)
    assert window.lesson.index == 12
    qtbot.keyClick(window.lr_box, Qt.Key_Left)
    assert window.lesson.index == 11
    window.lesson.leave()
    before = window.lr_box.value()
    qtbot.keyClick(window.lr_box, Qt.Key_PageUp)   # no lesson: the box has its keys back
    assert window.lr_box.value() != before


@pytest.mark.parametrize("text, where", [
    ('title = "L"\n[[steps]]\ntitle = "A"\ncaption = "x"\nlearning_rate = "fast"\n', 'step 1 ("A"): learning_rate'),
    ('title = "L"\n[[steps]]\ntitle = "A"\ncaption = "x"\nlerning_rate = 0.1\n', 'did you mean'),
    ('title = "L"\n[[steps]]\ntitle = "A"\ncaption = "x"\nweights = { file = "nowhere.npz" }\n', "nowhere.npz"),
    ('title = "L"\n[[steps]\ntitle = "A"\n', "line 2"),
    ('title = "no steps"\n', "steps"),
    ('[[steps]]\ntitle = "A"\ncaption = "x"\n', "title"),
])
def test_a_bad_lesson_file_is_a_message_and_the_app_carries_on(window, tmp_path, text, where):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    assert not window.lesson.open(path)
    message = window.files.last_dialog.text()
    assert "bad.toml" in message and where in message
    assert not window.lesson.active and window.session.controller.is_alive()


def test_a_step_whose_weights_file_is_corrupt_says_so_and_the_lesson_goes_on(window, qtbot, tmp_path):
    good = tmp_path / "good.npz"
    save_network(good, SoftmaxRegression(seed=3))
    (tmp_path / "lesson.toml").write_text(
        'title = "L"\n[[steps]]\ntitle = "Start"\ncaption = "x"\n\n'
        '[[steps]]\ntitle = "Load"\ncaption = "y"\nweights = { file = "good.npz" }\n\n'
        '[[steps]]\ntitle = "After"\ncaption = "z"\ntab = "explorer"\n')
    assert window.lesson.open(tmp_path / "lesson.toml")
    good.write_bytes(b"not a weights file")   # broken after the lesson was checked
    window.lesson.next()
    assert window.problem.isVisible()
    text = window.problem.text()
    assert 'lesson.toml, step 2 ("Load"): weights:' in text and "good.npz" in text
    window.lesson.next()
    assert window.lesson.index == 2 and window.views.currentIndex() == TABS["explorer"]


def test_the_command_line_opens_a_lesson(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "mnist_visualizer.visualizer", "--no-settings",
                             "--lesson", "course", "--quit-after", "2"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["frames"] > 0


def test_a_step_with_new_weights_and_training_knows_when_it_is_done(window, qtbot, tmp_path):
    """Fresh weights count from 0: the step's end is seen, and stepping back to it restores it."""
    (tmp_path / "l.toml").write_text(
        'title = "L"\n[[steps]]\ntitle = "Train"\ncaption = "x"\nweights = "fresh"\nbatch_size = 100\n'
        'learning_rate = 0.5\ntrain_examples = 1000\n\n'
        '[[steps]]\ntitle = "More"\ncaption = "y"\nweights = "fresh"\nseed = 3\ntrain_examples = 500\n')
    window.session.controller.step(3000)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 3000, timeout=10000)
    assert window.lesson.open(tmp_path / "l.toml")
    qtbot.waitUntil(lambda: 0 in window.lesson._ended_with, timeout=10000)
    assert window.latest.examples_seen == 1000
    first = window.lesson._ended_with[0]
    window.lesson.next()
    qtbot.waitUntil(lambda: 1 in window.lesson._ended_with, timeout=10000)
    window.lesson.previous()
    qtbot.waitUntil(lambda: np.array_equal(window.latest.W, first.params["W"]), timeout=5000)
