"""A lesson's steps as states (`core.lesson_replay`), captions' numbers and formulas, every problem
of a lesson file, and numbers written one way (`core.shown`)."""

import numpy as np
import pytest

from mnist_visualizer.core.lesson_replay import LessonReplay, weights_checksum
from mnist_visualizer.core.lessons import (LessonError, fill_caption, format_value, formula_html,
                                           lesson_states, load_lesson, placeholders_in)
from mnist_visualizer.core.networks import OneLayer
from mnist_visualizer.core.runs import run_label
from mnist_visualizer.core.shown import percent_text, probability_text
from mnist_visualizer.core.training import TrainConfig, Trainer
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression

LESSON = '''title = "L"
[[steps]]
title = "Fresh"
caption = "p_7 = {p_7}, {accuracy} right"
weights = "fresh"
canvas = { test_image = 0 }
learning_rate = 0.1
[[steps]]
title = "One step"
caption = "p_7 from {p_7_before} to {p_7}"
example_step = 1
[[steps]]
title = "Train"
caption = "{accuracy} after {examples} examples"
learning_rate = 0.01
train_examples = 700
[[steps]]
title = "Blow up"
caption = "at λ = 50"
learning_rate = 50
train_examples = 300
[[steps]]
title = "Batches"
caption = "a new run: {accuracy}"
weights = "fresh"
learning_rate = 0.5
batch_size = 50
train_examples = 2500
'''


@pytest.fixture
def lesson(tmp_path):
    path = tmp_path / "l.toml"
    path.write_text(LESSON)
    return load_lesson(path, n_test_images=500)


def test_the_step_ends_are_deterministic_and_as_the_lesson_declares(lesson, small_dataset):
    one = LessonReplay(lesson, small_dataset, OneLayer(), 0.01, 1)
    two = LessonReplay(lesson, small_dataset, OneLayer(), 0.01, 1)
    ends = [one.end(k) for k in range(len(lesson.steps))]
    assert [e.checksum() for e in ends] == [two.end(k).checksum() for k in range(len(lesson.steps))]
    first, stepped, trained, blown, batches = ends
    assert stepped.values["p_7"] > first.values["p_7"] == pytest.approx(stepped.values["p_7_before"])
    assert trained.progress == dict(examples_seen=700, updates=700, epoch=0, position=700)
    assert trained.run.test_x[-1] == 700 and trained.values["accuracy"] == trained.run.test_accuracy[-1]
    # the blow-up: weights put back, marked, said, and in the run's label
    assert blown.checksum() == trained.checksum() and blown.run.blowups == ((700, 50.0),)
    assert "diverged at learning rate 50" in blown.message
    # a fresh run: the one before stays, labelled with what it trained with
    assert [r.label for r in batches.earlier] == ["one layer, λ 0.01 → 50, batch 1"]
    assert batches.run.label == "one layer, λ 0.5, batch 50" and batches.run.epoch_ends == (2000,)
    declared = [[run_label(net or OneLayer(), t) for net, t in s.runs] for s in lesson_states(lesson)]
    assert declared[-1] == [r.label for r in batches.earlier] + [batches.run.label]


def test_a_restored_run_trains_on_exactly_as_one_never_stopped(small_dataset):
    """Each epoch's order depends on the seed and the epoch only: a trainer resumed at a saved
    point (a lesson's step) takes the same examples next, and ends with the same weights."""
    config = TrainConfig(0.01, 1)
    whole = Trainer(SoftmaxRegression(0), small_dataset, config)
    while whole.examples_seen < 3000:
        whole.train(3000 - whole.examples_seen)
    half = Trainer(SoftmaxRegression(0), small_dataset, config)
    while half.examples_seen < 1500:
        half.train(1500 - half.examples_seen)
    resumed = Trainer(half.model, small_dataset, config)
    resumed.resume(half.examples_seen, half.updates, half.epoch, half.position)
    while resumed.examples_seen < 3000:
        resumed.train(3000 - resumed.examples_seen)
    np.testing.assert_array_equal(resumed.order, whole.order)
    np.testing.assert_allclose(resumed.model.W, whole.model.W, atol=1e-6)


def test_captions_numbers_and_formulas():
    assert placeholders_in("p_j = e^{l_j}, {p_7} and {accuracy_before}") == ["p_7", "accuracy_before"]
    assert fill_caption("{p_7}, {accuracy}, {loss}, {examples}, {p_3}",
                        {"p_7": 0.979, "accuracy": 0.9195, "loss": 0.0213, "examples": 60000}) == \
        "98%, 92.0%, 0.02, 60,000, –"
    html = formula_html("p_j = e^{l_j} / Σ_k e^{l_k}, x_i > 0")
    assert html == "p<sub>j</sub> = e<sup>l<sub>j</sub></sup> / Σ<sub>k</sub> e<sup>l<sub>k</sub></sup>, x<sub>i</sub> &gt; 0"
    assert format_value("accuracy", 0.9996) == ">99.9%"


def test_numbers_read_the_same_everywhere_and_nothing_uncertain_is_100_percent():
    assert percent_text(0.997, 0) == ">99%" and percent_text(0.997, 1) == "99.7%"
    assert percent_text(0.9996, 1) == ">99.9%" and percent_text(1.0, 1) == "100.0%"
    assert percent_text(0.895, 1) == "89.5%" and percent_text(0.0001, 0) == "<1%"
    assert percent_text(0.0, 0) == "0%" and percent_text(float("nan")) == "–"
    assert probability_text(0.9997) == ">0.999" and probability_text(0.979) == "0.979"
    assert probability_text(9.2e-5) == "9.2e-05" and probability_text(1.0) == "1.000"


def test_every_problem_of_a_lesson_file_is_one_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('title = "L"\n'
                    '[[steps]]\ntitle = "A"\ncaption = "{p_11} and {acuracy}"\nbatch_size = 0\n'
                    '[[steps]]\ntitle = "B"\ncaption = "x"\ntab = "explorr"\nspeed = "fast"\n'
                    '[[steps]]\ncaption = "no title"\n')
    with pytest.raises(LessonError) as info:
        load_lesson(path)
    problems = info.value.problems
    assert len(problems) == 5 and str(info.value) == "\n".join(problems)
    assert problems[0].startswith('bad.toml, step 1 ("A"): caption has an unknown placeholder {p_11}')
    assert problems[1].startswith('bad.toml, step 1 ("A"): batch_size must be')
    assert problems[2] == 'bad.toml, step 2 ("B"): speed must be "full" or a positive number of updates per second, got "fast"'
    assert problems[3].startswith('bad.toml, step 2 ("B"): tab "explorr" is not a tab, did you mean "explorer"')
    assert problems[4] == "bad.toml, step 3: title is missing: every step needs a title and a caption"
