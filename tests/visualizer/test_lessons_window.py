"""Lessons in the window: every step of the built-in lesson, forward and back, sets the window up
as the lesson says; bad lesson files are a message and the app stays usable."""

import json
import os
import re
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from mnist_visualizer.core.data import as_float, load_dataset
from mnist_visualizer.core.lesson_replay import LessonReplay, weights_checksum
from mnist_visualizer.core.lessons import (CONTROLS, PANELS, fill_caption, format_value, load_lesson,
                                           placeholders_in, state_at)
from mnist_visualizer.core.networks import Convolution, OneLayer, chooser_architectures
from mnist_visualizer.core.runs import run_label
from mnist_visualizer.core.training import TrainConfig
from mnist_visualizer.visualizer.highlight import Highlight
from mnist_visualizer.visualizer.lesson_player import TABS, reflow


@pytest.fixture
def window(open_window, mnist):
    return open_window(mnist)


def control_visible(window, name):
    """Not hidden (a control on a tab not shown is still not hidden)."""
    if name in window.action_set.toolbar_controls:
        return all(action.isVisible() for action in window.action_set.toolbar_controls[name])
    if name == "tabs":   # (a step's spotlight hides the tab bar with the rest around its panel)
        bar = window.views.tabBar()
        return not bar.isHidden() or window.spotlight.hides(bar)
    if name == "timeline":
        return not window.timeline.isHidden()
    return getattr(window.action_set, name).isVisible()


# The panels only one kind of network has (a lesson names them on a step of that network)
KIND_PANELS = {"example_convolution": Convolution}


def test_every_panel_and_control_a_lesson_can_name_is_in_the_window(window, qtbot):
    """A name the lesson format accepts (core.lessons.PANELS, CONTROLS) that the window has no
    widget for would pass the file's check and then highlight or hide nothing: for every kind of
    network the chooser offers, each name is a widget of this window, and each control hides."""
    for architecture in {type(a): a for a in chooser_architectures()}.values():
        window.session.set_network(architecture)  # (the views of each kind)
        qtbot.waitUntil(lambda: window.latest.architecture == architecture, timeout=5000)
        for name in PANELS:
            if name in KIND_PANELS and not isinstance(architecture, KIND_PANELS[name]):
                continue
            window.views.setCurrentWidget(window.example)   # (the example's parts follow the kind shown)
            try:
                qtbot.waitUntil(lambda: isinstance(window.lesson.panel(name), QWidget), timeout=5000)
            except Exception:
                pass   # (said below)
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


@pytest.fixture(scope="module")
def course_ends():
    """Every step's declared end state of the built-in lesson, computed here, apart from the window
    (the same core kernels, but its own computation): weights, runs, the caption's numbers."""
    mnist = load_dataset()
    lesson = load_lesson("course")
    replay = LessonReplay(lesson, mnist, OneLayer(), TrainConfig().learning_rate, TrainConfig().batch_size)
    return [replay.end(k) for k in range(len(lesson.steps))]


def wait_for_step(window, qtbot, index, timeout=120_000):
    player = window.lesson
    qtbot.waitUntil(lambda: player.index == index and player.ready_index == index
                    and window.session.settled, timeout=timeout)
    window.display.draw_frame()   # the numbers as the window writes them


def shown_probabilities(window):
    return {j: label.toPlainText() for j, label in enumerate(window.bars.value_labels)}


def check_step(window, qtbot, lesson, index, mnist, ends, before=None):
    """The window shows step ``index`` as its declared state says: the lesson's settings (`state_at`)
    and the computed end state (``ends[index]``): network, weights, runs and their labels, the
    visible panel, the buttons, and every number its caption states."""
    state, end = state_at(lesson, index), ends[index]
    player = window.lesson
    wait_for_step(window, qtbot, index)
    assert player.caption.counter.text() == f"Step {index + 1} of {len(lesson.steps)}"
    assert player.caption.title.text() == state.title
    # network and weights
    assert window.latest.architecture == end.weights.architecture
    assert window.network_box.currentData() == end.weights.architecture
    assert weights_checksum(window.latest.weights) == end.checksum(), f"step {index + 1}"
    assert window.latest.examples_seen == end.progress["examples_seen"]
    # runs and their labels: the declared ones (the lesson's fold), the computed ones, the window's
    declared = [run_label(net or OneLayer(), trained) for net, trained in state.runs]
    assert [r.label for r in end.earlier] + [end.run.label] == declared
    assert [r.label for r in window.plots.earlier_runs] + [window.session.run_label()] == declared
    blowups = [lr for r in window.plots.earlier_runs for _, lr in r.blowups] + [lr for _, lr in window.plots.blowups]
    assert blowups == [lr for r in (*end.earlier, end.run) for _, lr in r.blowups]
    assert [item.label.toPlainText() for item in window.plots._blowup_items] == [
        f"λ {lr:g}: blew up" for lr in blowups]
    # settings, the tab shown, the panel highlighted, the controls, the buttons
    if state.learning_rate is not None:
        assert window.lr_box.value() == pytest.approx(state.learning_rate)
    if state.batch_size is not None:
        assert window.batch_box.value() == state.batch_size
    if state.speed is not None:
        value = window.speed_box.currentData()
        assert (value == 0) if state.speed == "full" else value == pytest.approx(state.speed)
    assert window.views.currentIndex() == TABS[state.tab or "learning"]
    for name in CONTROLS:
        assert control_visible(window, name) == (name not in state.hide), name
    target = player.panel(state.highlight)
    assert player.highlight.target is target
    if target is not None:
        assert target.isVisible() and player.highlight.isVisible(), (
            index + 1, state.highlight, type(target).__name__, target.isVisibleTo(window),
            window.side_panels.isVisible(), window.canvas_panel.width(), window.width())
    assert window.action_set.start.text() == "▶ Start" and not window.session.running
    assert player.caption.back_button.isEnabled() == (index > 0)
    assert player.caption.next_button.isEnabled() == (index + 1 < len(lesson.steps))
    assert window.problem.isVisible() == bool(end.message)
    # the canvas: a test image is read exactly as it is
    canvas = state.canvas_in_force
    if canvas is not None and canvas.kind == "clear":
        assert window.canvas.is_empty()
    elif canvas is not None:
        image = as_float(mnist.test_images[canvas.test_index(mnist.test_labels)])
        np.testing.assert_array_equal(window.canvas.network_input(), image)
    # the caption: its numbers filled in from the state, its formulas as formulas
    assert player.caption.text == fill_caption(reflow(state.caption), end.values)
    html = player.caption.caption.text()
    assert "_{" not in html and "^{" not in html and ("_" in state.caption) <= ("<sub>" in html)
    names = placeholders_in(state.caption)
    if "accuracy" in names:   # the chart's number, the explorer's, the caption's: one value
        shown = window.plots.test_number.value.text()
        assert shown == format_value("accuracy", end.values["accuracy"]) in player.caption.text
        window.explorer.set_weights(window.latest.weights)
        assert f"Test set: {shown} right" in window.explorer.matrix_title.text()
    for name in names:
        if name.startswith("p_") and not name.endswith("_before"):
            j = int(name[2])
            assert window.bars.probabilities[j] == pytest.approx(end.values[name], abs=1e-6)
            # written over its bar as the caption writes it (the largest bar always is; others
            # where their labels fit)
            wanted = {format_value(name, end.values[name])} | (
                set() if j == int(np.argmax(window.bars.probabilities)) else {""})
            assert shown_probabilities(window)[j] in wanted
        if name == "loss":
            label = int(mnist.test_labels[canvas.test_index(mnist.test_labels)])
            assert -np.log(window.bars.probabilities[label]) == pytest.approx(end.values["loss"], rel=1e-5)
        if name.endswith("_before") and before is not None:   # what the window showed on entering
            assert before[int(name[2])] == pytest.approx(end.values[name], abs=1e-6)
    # every learning rate a caption states is the one in force, or one a run trained with
    rates = {lr for _, trained in state.runs for lr, _ in trained} | {window.session.learning_rate}
    for stated in re.findall(r"λ = ([0-9.]+)", state.caption):
        assert float(stated) in rates, (index + 1, stated)


def test_the_built_in_lesson_is_a_state_at_every_step_whichever_way_it_is_reached(
        window, qtbot, mnist, course_ends):
    """Forward (Next; the steps that train are watched live, two of them cut short by Next), then
    back (Page Up), then jumps in a seeded random order: at every step the window is the step's
    declared state."""
    lesson = load_lesson("course", n_test_images=len(mnist.test_labels))
    n = len(lesson.steps)
    player = window.lesson
    assert window.lesson.open("course")
    before = None
    for index in range(n):
        if index in (3, 4):   # learning one example at a time, the epoch: Next before they end
            qtbot.waitUntil(lambda: player.index == index and window.session.running, timeout=120_000)
            qtbot.wait(700)
            assert player.ready_index is None and window.action_set.start.text() == "❚❚ Pause"
        else:
            check_step(window, qtbot, lesson, index, mnist, course_ends, before)
            before = window.bars.probabilities.copy()
        if index + 1 < n:
            qtbot.keyClick(window, Qt.Key_PageDown)
    qtbot.keyClick(window, Qt.Key_PageDown)
    assert player.index == n - 1  # Next on the last step stays there
    for index in range(n - 2, -1, -1):
        qtbot.keyClick(window, Qt.Key_PageUp)
        check_step(window, qtbot, lesson, index, mnist, course_ends)
    order = np.random.default_rng(20).permutation(n)
    for index in order:
        player.go_to(int(index))
        check_step(window, qtbot, lesson, int(index), mnist, course_ends)
    qtbot.keyClick(window, Qt.Key_Escape)
    assert not window.lesson.active and not window.lesson.caption.isVisible()
    for name in CONTROLS:
        assert control_visible(window, name), name
    assert window.session.controller.is_alive()


def test_the_highlight_follows_its_panel_when_the_panel_changes_after_the_step(qtbot):
    """The frame is placed when the panel is shown, moved or resized, by whatever does it (an
    example panel that swaps its part once it draws the new network's weights, a splitter): at
    once, not at the next poll."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(400, 300)
    layout = QVBoxLayout(parent)
    above, panel = QWidget(), QWidget()
    above.setFixedHeight(50)
    layout.addWidget(above)
    layout.addWidget(panel)
    panel.hide()
    parent.show()
    qtbot.waitExposed(parent)
    frame = Highlight(parent)
    frame.follow(panel)
    assert not frame.isVisible()                   # nothing to frame yet
    panel.show()                                   # (the part changes: no event loop turn needed)
    assert frame.isVisible()
    parent.layout().activate()
    framed = lambda: frame.geometry() == panel.geometry().adjusted(-3, -3, 3, 3)
    assert framed()
    above.setFixedHeight(120)                      # the panel moves and shrinks with the layout
    parent.layout().activate()
    assert framed() and panel.y() > 120
    panel.hide()
    assert not frame.isVisible()
    frame.follow(None)
    panel.show()
    assert not frame.isVisible()
    # a panel larger than the scroll area it is in: the frame goes round the part on screen
    scroll = QScrollArea()
    layout.addWidget(scroll)
    tall = QWidget()
    tall.setMinimumSize(100, 2000)
    scroll.setWidget(tall)
    frame.follow(tall)
    qtbot.waitUntil(frame.isVisible)   # (a widget added to a shown layout is shown by the event loop)
    parent.layout().activate()
    viewport = scroll.viewport()
    seen = QRect(viewport.mapTo(parent, QPoint(0, 0)), viewport.size())
    assert tall.height() > viewport.height() and frame.geometry() == seen.intersected(
        QRect(tall.mapTo(parent, QPoint(0, 0)), tall.size())).adjusted(-3, -3, 3, 3)
    assert frame.geometry().bottom() < parent.height() + 3


def test_building_every_kind_of_views_leaves_the_window_the_keys(window, qtbot, mnist):
    """Where no window manager looks after activation (offscreen), a widget shown before it has a
    parent becomes a window of its own for a moment, and the app's window is left inactive: a
    clicker's Page Down then reaches nothing. Every kind's views and tabs are built, and the window
    keeps the keys: no other widget was ever a window, and Page Down steps the lesson."""
    shown = []

    class WindowsShown(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Show and isinstance(obj, QWidget) and obj.isWindow() and obj is not window:
                shown.append(type(obj).__name__)
            return False

    spy = WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        window.put_on_canvas(window.explorer.image(0), 0)
        for architecture in {type(a): a for a in chooser_architectures()}.values():
            window.session.set_network(architecture)
            qtbot.waitUntil(lambda: window.latest.architecture == architecture, timeout=5000)
            for tab in (1, 2, 0):
                window.views.setCurrentIndex(tab)
                window.display.draw_frame()
                qtbot.wait(50)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert shown == [] and QApplication.activeWindow() is window
    assert window.lesson.open("course")
    qtbot.keyClick(window, Qt.Key_PageDown)
    assert window.lesson.index == 1


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
    (tmp_path / "good.npz").write_bytes(b"not a weights file")   # there, so the lesson checks out
    (tmp_path / "lesson.toml").write_text(
        'title = "L"\n[[steps]]\ntitle = "Start"\ncaption = "x"\n\n'
        '[[steps]]\ntitle = "Load"\ncaption = "y"\nweights = { file = "good.npz" }\n\n'
        '[[steps]]\ntitle = "After"\ncaption = "z"\ntab = "explorer"\n')
    assert window.lesson.open(tmp_path / "lesson.toml")
    window.lesson.next()
    qtbot.waitUntil(window.problem.isVisible, timeout=60_000)
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
    """Fresh weights count from 0: the step's end is seen, the run button says so, and stepping
    back to it restores it."""
    (tmp_path / "l.toml").write_text(
        'title = "L"\n[[steps]]\ntitle = "Train"\ncaption = "x {accuracy}"\nweights = "fresh"\n'
        'batch_size = 100\nlearning_rate = 0.5\ntrain_examples = 1000\n\n'
        '[[steps]]\ntitle = "More"\ncaption = "y"\nweights = "fresh"\nseed = 3\ntrain_examples = 500\n')
    window.session.controller.step(3000)
    qtbot.waitUntil(lambda: window.latest.examples_seen == 3000, timeout=10000)
    assert window.lesson.open(tmp_path / "l.toml")
    wait_for_step(window, qtbot, 0)
    assert window.latest.examples_seen == 1000 and window.action_set.start.text() == "▶ Start"
    first = window.lesson.ends[0]
    assert weights_checksum(window.latest.weights) == first.checksum()
    window.lesson.next()
    wait_for_step(window, qtbot, 1)
    assert window.latest.examples_seen == 500
    window.lesson.previous()
    wait_for_step(window, qtbot, 0)
    assert weights_checksum(window.latest.weights) == first.checksum()
    assert [r.label for r in window.plots.earlier_runs] == []   # the second run came after step 1


def test_check_lesson_on_the_command_line(tmp_path):
    """`--check-lesson`: the built-in lesson passes (exit 0); a file with three mistakes gives three
    lines on stderr, each naming the file, the step and the field, and a non-zero exit; so does
    `--lesson` with that file, before any window opens."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = lambda *args: subprocess.run([sys.executable, "-m", "mnist_visualizer.visualizer", *args],
                                       capture_output=True, text=True, env=env, timeout=60)
    ok = run("--check-lesson", "course")
    assert ok.returncode == 0 and ok.stderr == "" and "19 steps" in ok.stdout
    bad = tmp_path / "three.toml"
    bad.write_text('title = "Three mistakes"\n'
                   '[[steps]]\ntitle = "One"\ncaption = "{acuracy} right"\nlearning_rate = "fast"\n'
                   '[[steps]]\ntitle = "Two"\ncaption = "x"\nhiglight = "loss"\n')
    for result in (run("--check-lesson", str(bad)), run("--no-settings", "--lesson", str(bad))):
        lines = result.stderr.strip().splitlines()
        assert result.returncode != 0 and len(lines) == 3, result.stderr
        assert 'three.toml, step 1 ("One"): caption has an unknown placeholder {acuracy}' in lines[0]
        assert 'three.toml, step 1 ("One"): learning_rate must be a positive number' in lines[1]
        assert 'three.toml, step 2 ("Two"): unknown field "higlight"' in lines[2]


def test_after_a_free_run_the_steps_are_set_up_as_they_come(window, qtbot, tmp_path):
    """A step with train = "run" lets training go on as long as the class likes: the steps after
    it cannot be computed ahead; they do their actions going forward, and Back puts back the
    weights a step was left with."""
    (tmp_path / "free.toml").write_text(
        'title = "L"\n[[steps]]\ntitle = "Run"\ncaption = "x"\nweights = "fresh"\ntrain = "run"\n\n'
        '[[steps]]\ntitle = "Some more"\ncaption = "y"\ntrain_examples = 300\n\n'
        '[[steps]]\ntitle = "Look"\ncaption = "z"\n')
    assert window.lesson.open(tmp_path / "free.toml")
    wait_for_step(window, qtbot, 0)
    qtbot.waitUntil(lambda: window.session.running and window.latest.examples_seen > 0, timeout=10000)
    window.lesson.next()
    qtbot.waitUntil(lambda: not window.session.running, timeout=20000)
    left_with = window.latest.examples_seen
    qtbot.waitUntil(lambda: 1 in window.lesson._kept, timeout=5000)
    window.lesson.next()
    assert window.lesson.ready_index == 2 and window.latest.examples_seen == left_with
    window.lesson.previous()
    assert window.lesson.ready_index == 1 and window.action_set.start.text() == "▶ Start"
    assert weights_checksum(window.latest.weights) == weights_checksum(window.lesson._kept[1])
