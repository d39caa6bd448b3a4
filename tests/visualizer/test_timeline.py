import numpy as np
import pytest
from PySide6.QtCore import Qt

from mnist_visualizer.core.history import WeightHistory
from mnist_visualizer.core.model import one_layer_weights as one_layer
from mnist_visualizer.visualizer.timeline import Timeline

EXAMPLES = (0, 100, 200, 500, 1000, 2000, 5000, 12_000)


def weights(seed):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((784, 10)).astype(np.float32), rng.standard_normal(10).astype(np.float32)


@pytest.fixture
def timeline(qtbot):
    t = Timeline()
    qtbot.addWidget(t)
    t.resize(1280, 60)
    t.show()
    return t


def record_all(timeline, examples=EXAMPLES):
    """Record one moment per count; returns the (W, b) given for each, to compare with later."""
    given = []
    for i, x in enumerate(examples):
        W, b = weights(x)
        given.append((W.copy(), b.copy()))
        assert timeline.record(x, i, x / 60_000, one_layer(W, b), test_accuracy=0.1 + i / 10, test_loss=2.0 - i / 10)
        W += 1.0  # the trainer goes on updating its arrays in place
    return given


def test_starts_live_and_follows_the_newest(timeline):
    assert timeline.is_live and timeline.current is None
    assert not timeline.slider.isEnabled()
    record_all(timeline)
    assert timeline.is_live
    assert timeline.slider.maximum() == len(EXAMPLES) - 1 == len(timeline.history) - 1
    assert timeline.slider.value() == timeline.slider.maximum()
    assert timeline.label.text() == "live · 12,000 examples · test 80.0%"


def test_slider_set_value_selects_the_moment_with_exactly_its_weights(timeline, qtbot):
    given = record_all(timeline)
    with qtbot.waitSignal(timeline.moment_selected, timeout=1000) as blocker:
        timeline.slider.setValue(4)
    moment = blocker.args[0]
    assert moment is timeline.current is timeline.history[4]
    assert moment.examples_seen == 1000
    assert moment.weights.params["W"].tobytes() == given[4][0].tobytes() and moment.weights.params["b"].tobytes() == given[4][1].tobytes()
    assert not timeline.is_live and not timeline.live_button.isChecked()
    assert timeline.label.text() == "1,000 examples · test 50.0%"


def test_a_key_press_on_the_slider_selects_the_previous_moment(timeline, qtbot):
    given = record_all(timeline)
    with qtbot.waitSignal(timeline.moment_selected, timeout=1000) as blocker:
        qtbot.keyClick(timeline.slider, Qt.Key_Left)
    assert blocker.args[0].examples_seen == EXAMPLES[-2]
    assert blocker.args[0].weights.params["W"].tobytes() == given[-2][0].tobytes()
    with qtbot.waitSignal(timeline.moment_selected, timeout=1000) as blocker:
        qtbot.keyClick(timeline.slider, Qt.Key_Home)
    assert blocker.args[0] is timeline.history[0]


def test_go_live_emits_live_selected_and_follows_again(timeline, qtbot):
    record_all(timeline)
    timeline.show_moment(2)
    with qtbot.waitSignal(timeline.live_selected, timeout=1000):
        timeline.go_live()
    assert timeline.is_live and timeline.current is None and timeline.live_button.isChecked()
    assert timeline.slider.value() == timeline.slider.maximum()
    with qtbot.assertNotEmitted(timeline.live_selected):
        timeline.go_live()  # already live: nothing to tell


def test_live_button(timeline, qtbot):
    record_all(timeline)
    with qtbot.waitSignal(timeline.moment_selected, timeout=1000) as blocker:
        qtbot.mouseClick(timeline.live_button, Qt.LeftButton)  # off: stay on the newest moment
    assert blocker.args[0] is timeline.history[-1] and not timeline.is_live
    timeline.record(20_000, 9, 0.3, one_layer(*weights(9)))
    assert timeline.current.examples_seen == 12_000
    with qtbot.waitSignal(timeline.live_selected, timeout=1000):
        qtbot.mouseClick(timeline.live_button, Qt.LeftButton)
    assert timeline.is_live and timeline.slider.value() == len(timeline.history) - 1


def test_recording_while_looking_back_does_not_move_the_slider(timeline, qtbot):
    record_all(timeline)
    shown = timeline.show_moment(3)
    with qtbot.assertNotEmitted(timeline.moment_selected), qtbot.assertNotEmitted(timeline.live_selected):
        for i, x in enumerate((20_000, 30_000, 40_000)):
            timeline.record(x, 10 + i, x / 60_000, one_layer(*weights(x)))
    assert timeline.slider.value() == 3 and timeline.current is shown
    assert timeline.slider.maximum() == len(EXAMPLES) + 2
    assert timeline.label.text() == "500 examples · test 40.0%"


def test_thinning_keeps_the_slider_on_the_moment_shown(qtbot):
    timeline = Timeline(WeightHistory(capacity=8))
    qtbot.addWidget(timeline)
    record_all(timeline)
    shown = timeline.show_moment(6)  # 5,000 examples
    with qtbot.assertNotEmitted(timeline.moment_selected):
        for x in range(20_000, 40_000, 1000):
            timeline.record(x, 0, 0.0, one_layer(*weights(1)))
    assert len(timeline.history) == 8 and timeline.current is shown
    assert timeline.slider.value() == timeline.history.index_of(shown) < 6  # the moments shifted


def test_a_moment_thinned_out_stays_shown_with_the_slider_nearest_to_it(qtbot):
    timeline = Timeline(WeightHistory(capacity=8))
    qtbot.addWidget(timeline)
    record_all(timeline)
    shown = timeline.show_moment(1)  # 100 examples: soon dropped
    for x in range(20_000, 40_000, 1000):
        timeline.record(x, 0, 0.0, one_layer(*weights(1)))
    assert timeline.history.index_of(shown) is None
    assert timeline.current is shown  # the window keeps showing what it was asked to
    assert timeline.slider.value() == timeline.history.nearest_index(100)


def test_record_only_keeps_moments_that_are_due(timeline):
    W, b = weights(0)
    assert timeline.record(0, 0, 0.0, one_layer(W, b)) is not None
    assert timeline.record(0, 0, 0.0, one_layer(W, b)) is None  # nothing new: no copy made
    assert timeline.record(100_000, 1, 1.0, one_layer(W, b)) is not None
    assert timeline.record(100_500, 2, 1.0, one_layer(W, b)) is None  # less than 1% further
    assert len(timeline.history) == 2
    assert timeline.label.text() == "live · 100,500 examples · test –"


def test_fewer_examples_than_before_starts_a_new_history_and_goes_live(timeline, qtbot):
    record_all(timeline)
    timeline.show_moment(2)
    with qtbot.waitSignal(timeline.live_selected, timeout=1000):
        timeline.record(0, 0, 0.0, one_layer(*weights(99)))  # weights reset: the old history no longer applies
    assert len(timeline.history) == 1 and timeline.is_live
    assert timeline.slider.maximum() == 0


def test_replay_visits_every_moment_in_order_then_goes_live(timeline, qtbot):
    record_all(timeline)
    visited = []
    timeline.moment_selected.connect(visited.append)
    with qtbot.waitSignal(timeline.live_selected, timeout=3000):
        timeline.replay(seconds=0.5)
        assert timeline.is_replaying and timeline.replay_button.text() == "■ Stop replay"
    assert visited == timeline.history.moments  # the same objects, in order
    assert timeline.is_live and not timeline.is_replaying
    assert timeline.replay_button.text() == "▶ Replay"


def test_replay_button_starts_and_stops_a_replay(timeline, qtbot):
    record_all(timeline)
    with qtbot.waitSignal(timeline.moment_selected, timeout=1000) as blocker:
        qtbot.mouseClick(timeline.replay_button, Qt.LeftButton)
    assert blocker.args[0] is timeline.history[0] and timeline.is_replaying
    qtbot.mouseClick(timeline.replay_button, Qt.LeftButton)
    assert not timeline.is_replaying and not timeline.is_live  # stopped where it was


def test_moving_the_slider_stops_a_replay(timeline, qtbot):
    record_all(timeline)
    timeline.replay(seconds=5)
    timeline.slider.setValue(5)
    assert not timeline.is_replaying and timeline.current is timeline.history[5]
    qtbot.wait(50)
    assert timeline.current is timeline.history[5]


def test_replay_of_nothing_stays_live(timeline, qtbot):
    with qtbot.assertNotEmitted(timeline.moment_selected):
        timeline.replay(0.1)
    assert timeline.is_live and not timeline.is_replaying


def test_a_given_history_is_used(qtbot):
    history = WeightHistory(capacity=16)
    timeline = Timeline(history=history)
    qtbot.addWidget(timeline)
    timeline.record(0, 0, 0.0, one_layer(*weights(0)))
    assert timeline.history is history and len(history) == 1
