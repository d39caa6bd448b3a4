"""The training session without a window: it owns the controller's life, the commands, the running
state and the runs, and says so by signals; the settings are values that views follow."""

import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from mnist_visualizer.core.networks import HiddenLayer
from mnist_visualizer.core.training import TrainConfig
from mnist_visualizer.visualizer.app import build_parser
from mnist_visualizer.visualizer.controls import SPEEDS, show_speed
from mnist_visualizer.visualizer.session import TrainingSession
from mnist_visualizer.visualizer.window import MainWindow
from mnist_visualizer.visualizer.worker import FULL_SPEED


@pytest.fixture(params=["thread", "process"])
def session(request, qtbot, small_dataset):
    s = TrainingSession(TrainConfig(), trainer=request.param)
    runs = []
    s.run_started.connect(runs.append)
    s.runs = runs  # (the test reads what was announced)
    s.set_dataset(small_dataset)
    yield s
    t0 = time.perf_counter()
    assert s.shutdown() and time.perf_counter() - t0 < 2.0
    assert not s.controller.is_alive()


def test_a_new_controller_is_a_new_run_announced_before_its_first_snapshot(session):
    assert session.runs == [None] and session.latest is not None
    assert session.latest.examples_seen == 0 and not session.running


def test_commands_keep_the_running_state_and_a_reset_starts_a_new_run(session, qtbot):
    states = []
    session.running_changed.connect(states.append)
    with qtbot.waitSignal(session.snapshot, timeout=3000, check_params_cb=lambda s: s.running):
        session.start()
    assert session.running and states == [True]
    session.pause()
    qtbot.waitUntil(lambda: not session.latest.running, timeout=3000)
    assert states == [True, False]
    before = session.latest
    session.reset()
    qtbot.waitUntil(lambda: len(session.runs) == 2, timeout=3000)
    assert session.runs[1].run == before.run and session.latest.run != before.run


def test_settings_are_values_with_signals_and_reach_the_controller(session, qtbot):
    heard = []
    session.learning_rate_changed.connect(heard.append)
    session.set_learning_rate(0.05)
    session.set_learning_rate(0.05)          # the same value: no news
    session.set_batch_size(8)
    session.set_speed(5)
    assert heard == [0.05] and session.config.learning_rate == 0.05 and session.speed == 5
    session.step()
    qtbot.waitUntil(lambda: session.latest.learning_rate == 0.05 and session.latest.batch_size == 8,
                    timeout=3000)


def test_a_network_change_pauses_and_clears_the_problem(session, qtbot):
    problems = []
    session.problem_changed.connect(problems.append)
    session.report_problem("something")
    session.start()
    session.set_network(HiddenLayer(16, "relu"))
    assert not session.running and problems == ["something", "", ""]
    qtbot.waitUntil(lambda: session.latest.architecture == HiddenLayer(16, "relu"), timeout=3000)


def test_a_speed_not_offered_is_added_to_the_box_in_order(qtbot):
    box = QComboBox()
    qtbot.addWidget(box)
    for text, value in SPEEDS:
        box.addItem(text, value)
    show_speed(box, 5.0)
    assert box.currentText() == "5 updates/s"
    assert [box.itemData(i) for i in range(box.count())] == [FULL_SPEED, 1000, 100, 10, 5.0, 2, 1]
    show_speed(box, 10.0)
    assert box.currentText() == "10 updates/s" and box.count() == len(SPEEDS) + 1


def test_the_speed_box_and_the_session_follow_each_other_and_are_remembered(open_window, small_dataset,
                                                                           qtbot, tmp_path):
    w = open_window(small_dataset)
    w.session.set_speed(3)
    assert w.speed_box.currentText() == "3 updates/s"
    w.speed_box.setCurrentIndex(0)
    assert w.session.speed == FULL_SPEED
    w.session.set_speed(3)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    w2 = MainWindow(small_dataset, TrainConfig(), settings=store)
    qtbot.addWidget(w2)
    w2.session.set_speed(3)
    w2.close()
    w3 = MainWindow(small_dataset, TrainConfig(), settings=QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(w3)
    assert w3.session.speed == 3 and w3.speed_box.currentText() == "3 updates/s"
    w3.close()
    # a settings file of before (the speed as an index in the box) still works
    old = QSettings(str(tmp_path / "old.ini"), QSettings.IniFormat)
    old.setValue("speed_index", 3)
    old.sync()
    w4 = MainWindow(small_dataset, TrainConfig(), settings=QSettings(str(tmp_path / "old.ini"), QSettings.IniFormat))
    qtbot.addWidget(w4)
    assert w4.session.speed == SPEEDS[3][1] and w4.speed_box.currentIndex() == 3
    w4.close()


@pytest.mark.parametrize("text, value", [("full", FULL_SPEED), ("FULL", FULL_SPEED), ("5", 5.0), ("0.5", 0.5)])
def test_speed_on_the_command_line(text, value):
    assert build_parser().parse_args(["--speed", text]).speed == value
    assert build_parser().parse_args([]).speed is None   # not given: as remembered


@pytest.mark.timing
def test_a_new_controller_trains_at_the_speed_chosen(session, small_dataset, qtbot):
    """Another dataset is a new controller: it starts at the session's speed, not at full speed."""
    session.set_speed(5)
    session.set_dataset(small_dataset)
    session.start()
    qtbot.wait(1000)
    assert 1 <= session.latest.examples_seen <= 10


def test_a_run_is_labelled_with_every_setting_it_trained_with(session, qtbot):
    """A run trained at λ 0.01 is not labelled λ 50 because 50 was set later (issue 20): the label
    lists what it trained with, a blow-up included; a setting never trained with is not in it."""
    session.start(300)
    qtbot.waitUntil(lambda: session.latest.examples_seen >= 300 and not session.running, timeout=10000)
    session.set_learning_rate(0.2)   # set, never trained with
    session.set_learning_rate(50)
    assert session.run_label() == "one layer, λ 0.01, batch 1"
    blowups = []
    session.snapshot.connect(lambda snap: blowups.extend(snap.blowups))
    with qtbot.waitSignal(session.training_done, timeout=10000):
        session.start(200)           # blows up at once: the weights are put back
    assert [lr for _, lr in blowups] == [50] and not session.running
    assert session.run_label() == "one layer, λ 0.01 → 50, batch 1"


def test_a_fixed_amount_of_training_ends_paused_and_says_so(session, qtbot):
    """start(updates) returns a ticket; when its training is over the session is paused (the run
    button reads Start again) and training_done gives the ticket back."""
    states = []
    session.running_changed.connect(states.append)
    with qtbot.waitSignal(session.training_done, timeout=10000) as done:
        ticket = session.start(500)
    assert done.args == [ticket] and not session.running and states[-1] is False
    assert session.latest.examples_seen == 500
    # the test accuracy shown is of the weights it ended with
    assert session.latest.evaluations == () or session.latest.evaluations[-1].examples_seen == 500


def test_a_value_beyond_what_the_app_takes_is_clamped_and_said(session):
    said = []
    session.notice.connect(said.append)
    session.set_batch_size(100_000)
    assert session.batch_size == len(session.dataset.train_labels)
    assert said and "100,000" in said[-1] and f"{len(session.dataset.train_labels):,}" in said[-1]
    session.set_learning_rate(1e300)
    assert session.learning_rate == 1e6 and "1e+300" in said[-1]
