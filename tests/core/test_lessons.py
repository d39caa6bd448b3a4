import dataclasses
import json
import random
import tomllib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mnist_visualizer.core.networks import HiddenLayer, OneLayer
from mnist_visualizer.core.lessons import (CONTROLS, PANELS, STEP_FIELDS, Canvas, Lesson, LessonError,
                                           LessonStep, Weights, builtin_lessons, lesson_states,
                                           lessons_dir, load_lesson, parse_lesson, state_at)

# Two steps, the second the one the error tests break.
BASE = '''
title = "Test lesson"

[[steps]]
title = "Start"
caption = "The first step."
weights = "fresh"
canvas = { test_image = 0 }

[[steps]]
title = "One example's step"
caption = """
Two lines
of caption."""
{extra}
'''


def write(tmp_path, text, name="lesson.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load_with(tmp_path, extra):
    return load_lesson(write(tmp_path, BASE.replace("{extra}", extra)))


# --- the built-in lesson --------------------------------------------------------------------------

def test_builtin_lesson_loads_and_reads_well_projected():
    assert "course" in builtin_lessons()
    lesson = load_lesson("course")
    assert lesson.source == lessons_dir() / "course.toml"
    assert lesson.title and lesson.description
    assert 12 <= len(lesson) <= 20   # about 25 minutes with a class
    assert len({s.title for s in lesson.steps}) == len(lesson)
    for step in lesson.steps:
        lines = step.caption.splitlines()
        assert 1 <= len(lines) <= 4, step.title
        assert max(len(line) for line in lines) <= 80, step.title
    assert load_lesson(lessons_dir() / "course.toml") == lesson


def test_builtin_lesson_follows_the_course():
    states = lesson_states(load_lesson("course"))
    first = states[0]
    assert first.network == OneLayer() and first.weights == Weights("fresh", 0)
    assert (first.learning_rate, first.batch_size, first.tab, first.train) == (0.01, 1, "learning", "pause")
    # One example's gradient step on a labelled test digit, and the template it changes in view.
    step = next(s for s in states if s.example_step)
    assert step.canvas_in_force.kind == "test_image" and step.highlight == "templates"
    # An epoch at batch 1; a learning rate too large; mini-batches of 128 at 0.5; a hidden layer.
    assert any(s.train_examples and s.batch_size == 1 and s.learning_rate == 0.01 for s in states)
    assert any(s.learning_rate == 50 and s.train_examples for s in states)
    batches = next(s for s in states if s.batch_size == 128)
    assert batches.learning_rate == 0.5 and batches.weights.kind == "fresh"
    hidden = next(s for s in states if isinstance(s.network, HiddenLayer))
    assert hidden.network == HiddenLayer(128, "relu") and hidden.weights is not None
    assert "network" not in hidden.hide          # the network chooser comes with the hidden layer
    assert states[-1].hide == ()                 # and at the end every control is back
    assert {s.tab for s in states} == {"learning", "example", "explorer"}
    assert "hidden_units" in {s.highlight for s in states[hidden.index:]}
    # Every step's weights can be rebuilt when a class steps back to it.
    assert all(s.rebuild is not None for s in states)


def test_json_equivalent_of_a_toml_lesson_loads_the_same(tmp_path):
    toml_path = lessons_dir() / "course.toml"
    data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    json_path = write(tmp_path, json.dumps(data, ensure_ascii=False, indent=1), "course.json")
    from_toml, from_json = load_lesson(toml_path), load_lesson(json_path)
    assert from_json.source == json_path
    assert dataclasses.replace(from_json, source=from_toml.source) == from_toml


# --- errors name the file, the step and the field -------------------------------------------------

WHERE = 'lesson.toml, step 2 ("One example\'s step"): '


@pytest.mark.parametrize("extra, message", [
    ('learning_rate = "fast"', 'learning_rate must be a positive number, got "fast"'),
    ("learning_rate = -1", "learning_rate must be a positive number, got -1"),
    ("learning_rate = 0", "learning_rate must be a positive number, got 0"),
    ("learning_rate = nan", "learning_rate must be a positive number, got NaN"),
    ("learning_rate = 1e7", "learning_rate must be from 0.0001 to 1e+06, got 10000000.0"),
    ("batch_size = 0", "batch_size must be a whole number from 1 to 60,000, got 0"),
    ("batch_size = 2.5", "batch_size must be a whole number from 1 to 60,000, got 2.5"),
    ("batch_size = true", "batch_size must be a whole number from 1 to 60,000, got true"),
    ('speed = "slow"', 'speed must be "full" or a positive number of updates per second, got "slow"'),
    ("speed = 0", 'speed must be "full" or a positive number of updates per second, got 0'),
    ("network = { hidden = 8 }", "network.hidden must be 0 (one layer) or a whole number from 16 to 512, got 8"),
    ("network = { hidden = 1024 }", "network.hidden must be 0 (one layer) or a whole number from 16 to 512, got 1024"),
    ('network = { hidden = 64, activation = "tanh" }', "network.activation must be one of relu, sigmoid, got \"tanh\""),
    ("network = { activation = \"relu\" }", "network.hidden is missing"),
    ("network = 128", "network must be a table, got 128"),
    ('network = { hiden = 64 }', 'unknown field "network.hiden", did you mean "network.hidden"?'),
    ('weights = "random"', 'weights must be "keep", "fresh" or {file = "name.npz"}, got "random"'),
    ('weights = { file = "nope.npz" }', 'weights.file "nope.npz" not found next to the lesson'),
    ('weights = { file = "weights.txt" }', 'weights.file must be an .npz weights file, got "weights.txt"'),
    ('weights = "keep"\nnetwork = { hidden = 64 }', 'weights cannot be "keep" in a step that sets network'),
    ("seed = 3", 'seed goes with weights = "fresh"'),
    ('seed = -1\nweights = "fresh"', "seed must be a whole number >= 0, got -1"),
    ('train = "go"', 'train must be one of run, pause, got "go"'),
    ("train_examples = 0", "train_examples must be a whole number from 1 to 6,000,000, got 0"),
    ('train_examples = 100\ntrain = "run"', 'train_examples trains that many examples, then pauses'),
    ('tab = "lerning"', 'tab "lerning" is not a tab, did you mean "learning"?'),
    ('tab = 2', 'tab must be one of learning, example, explorer, got 2'),
    ('highlight = "los"', 'highlight "los" is not a panel, did you mean "loss"?'),
    ('canvas = { test_image = 10000 }', "canvas.test_image must be a whole number from 0 to 9,999, got 10000"),
    ('canvas = { digit = 10 }', "canvas.digit must be a digit from 0 to 9, got 10"),
    ('canvas = { digit = 1, test_image = 2 }', "canvas must have exactly one of test_image, digit, strokes, got 2"),
    ('canvas = { image = 2 }', 'unknown field "canvas.image"'),
    ('canvas = "blank"', 'canvas must be "clear" or a table with test_image, digit or strokes, got "blank"'),
    ('canvas = { strokes = [[[0.5, 1.5]]] }', "canvas.strokes stroke 1: each point must be [x, y] with x and y from 0 to 1, got [0.5, 1.5]"),
    ('canvas = { strokes = [[]] }', "canvas.strokes stroke 1 must be a non-empty list of [x, y] points, got []"),
    ('canvas = { strokes = [] }', "canvas.strokes must be a non-empty list of strokes"),
    ("example_step = 0", "example_step must be a whole number from 1 to 100, got 0"),
    ('canvas = "clear"\nexample_step = 1', "example_step needs the true label of what is on the canvas"),
    ("true_label = 10", "true_label must be a digit from 0 to 9, got 10"),
    ('hide = "network"', 'hide must be a list of control names, got "network"'),
    ('hide = ["batchsize"]', 'hide "batchsize" is not a control, did you mean "batch_size"?'),
    ('hide = ["lr"]', 'hide must be one of learning_rate, batch_size, speed, network, reset, step, start, tabs, timeline, got "lr"'),
    ('presentation = "yes"', 'presentation must be true or false, got "yes"'),
    ("learning_rte = 0.1", 'unknown field "learning_rte", did you mean "learning_rate"?'),
    ("colour = 1", 'unknown field "colour" (fields: title, caption, network'),
])
def test_each_fields_errors_name_file_step_and_field(tmp_path, extra, message):
    with pytest.raises(LessonError) as info:
        load_with(tmp_path, extra)
    text = str(info.value)
    assert text.startswith(WHERE) and message in text
    assert "\n" not in text


def test_the_briefs_example_message_exactly(tmp_path):
    with pytest.raises(LessonError) as info:
        load_with(tmp_path, 'learning_rate = "fast"')
    assert str(info.value) == WHERE + 'learning_rate must be a positive number, got "fast"'


def test_a_step_without_title_or_caption(tmp_path):
    path = write(tmp_path, 'title = "T"\n[[steps]]\ntitle = "Only"\n')
    with pytest.raises(LessonError, match=r'^lesson.toml, step 1 \("Only"\): caption is missing'):
        load_lesson(path)
    path = write(tmp_path, 'title = "T"\n[[steps]]\ncaption = "c"\n')
    with pytest.raises(LessonError, match=r"^lesson.toml, step 1: title is missing"):
        load_lesson(path)
    path = write(tmp_path, 'title = "T"\n[[steps]]\ntitle = ""\ncaption = "c"\n')
    with pytest.raises(LessonError, match=r'^lesson.toml, step 1: title must be non-empty text, got ""'):
        load_lesson(path)


@pytest.mark.parametrize("text, message", [
    ('title = "T"\nsteps = []\n', "lesson.toml: steps is empty"),
    ('title = "T"\n', "lesson.toml: steps is empty"),
    ('title = "T"\nsteps = 3\n', "lesson.toml: steps must be a list of tables"),
    ('[[steps]]\ntitle = "a"\ncaption = "b"\n', "lesson.toml: title is missing"),
    ('title = "T"\nauthor = "me"\n[[steps]]\ntitle = "a"\ncaption = "b"\n', 'lesson.toml: unknown field "author"'),
    ('title = "T"\ndescrption = "x"\n', 'lesson.toml: unknown field "descrption", did you mean "description"?'),
])
def test_lesson_level_errors(tmp_path, text, message):
    with pytest.raises(LessonError) as info:
        load_lesson(write(tmp_path, text))
    assert str(info.value).startswith(message)


def test_toml_syntax_error_gives_the_line(tmp_path):
    path = write(tmp_path, 'title = "T"\n\n[[steps]]\ntitle "missing equals"\n')
    with pytest.raises(LessonError, match=r"^lesson.toml: TOML syntax error: .*line 4"):
        load_lesson(path)


def test_json_syntax_error_gives_line_and_column(tmp_path):
    path = write(tmp_path, '{"title": "T",\n "steps": [}\n', "lesson.json")
    with pytest.raises(LessonError, match=r"^lesson.json: JSON syntax error at line 2, column 12"):
        load_lesson(path)


def test_json_step_that_is_not_a_table(tmp_path):
    path = write(tmp_path, '{"title": "T", "steps": [{"title": "a", "caption": "b"}, 5]}', "lesson.json")
    with pytest.raises(LessonError, match=r"^lesson.json, step 2: must be a table"):
        load_lesson(path)


def test_files_that_cannot_be_lessons(tmp_path):
    with pytest.raises(LessonError, match="file not found"):
        load_lesson(tmp_path / "absent.toml")
    with pytest.raises(LessonError, match=r"^notes.txt: a lesson is a .toml or .json file"):
        load_lesson(write(tmp_path, "x", "notes.txt"))
    with pytest.raises(LessonError, match=r'^no built-in lesson "coarse" \(built-in: course\)'):
        load_lesson("coarse")
    (tmp_path / "bad.toml").write_bytes(b'title = "\xff"\n')
    with pytest.raises(LessonError, match=r"^bad.toml: not UTF-8 text"):
        load_lesson(tmp_path / "bad.toml")
    write(tmp_path, "title = " + "[" * 50_000 + "]" * 50_000, "deep.toml")
    with pytest.raises(LessonError, match=r"^deep.toml: TOML nested too deeply"):
        load_lesson(tmp_path / "deep.toml")
    (tmp_path / "folder.toml").mkdir()
    with pytest.raises(LessonError, match="is a folder"):
        load_lesson(tmp_path / "folder.toml")


def test_weights_file_next_to_the_lesson_is_found(tmp_path):
    np.savez(tmp_path / "mine.npz", W=np.zeros((784, 10), np.float32), b=np.zeros(10, np.float32))
    lesson = load_with(tmp_path, 'weights = { file = "mine.npz" }')
    assert lesson.steps[1].weights == Weights("file", file=tmp_path / "mine.npz")


@settings(max_examples=200, deadline=None)
@given(field=st.sampled_from(STEP_FIELDS),
       value=st.recursive(st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats() | st.text(max_size=12),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                          max_leaves=8))
def test_any_value_of_any_field_loads_or_gives_a_lesson_error(field, value):
    step = {"title": "t", "caption": "c", field: value}
    if value is None:
        del step[field]
    try:
        lesson = parse_lesson({"title": "T", "steps": [step]}, lessons_dir() / "fuzz.json")
    except LessonError as exc:
        assert str(exc).startswith("fuzz.json") and "\n" not in str(exc)
    else:
        assert len(lesson_states(lesson)) == 1


# --- what is in force at each step ----------------------------------------------------------------

SETTINGS = ("network", "learning_rate", "batch_size", "speed", "train", "tab", "hide", "presentation", "true_label")
BASELINE = dict(network=OneLayer(), learning_rate=0.02, batch_size=4, speed="full", train="run", tab="explorer",
                hide=(), presentation=False, true_label=None)


def applied(app: dict, state) -> dict:
    """What a window following the contract shows: each setting in force, or the value the app had
    when the lesson opened where no step has set it yet."""
    return {**app, **{k: BASELINE[k] if getattr(state, k) is None else getattr(state, k) for k in SETTINGS},
            "highlight": state.highlight, "caption": state.caption, "canvas": state.canvas_in_force}


MIXED = '''
title = "Mixed"
[[steps]]
title = "a"
caption = "a"
learning_rate = 0.1
hide = ["network", "reset"]
highlight = "loss"
[[steps]]
title = "b"
caption = "b"
canvas = { digit = 4 }
true_label = 9
batch_size = 32
train = "run"
tab = "example"
[[steps]]
title = "c"
caption = "c"
network = { hidden = 64, activation = "sigmoid" }
seed = 5
train_examples = 100
[[steps]]
title = "d"
caption = "d"
canvas = { strokes = [[[0.2, 0.2], [0.8, 0.8]], [[0.5, 0.5]]] }
true_label = 1
example_step = 2
hide = []
presentation = true
[[steps]]
title = "e"
caption = "e"
speed = 2.5
weights = { file = "w.npz" }
canvas = "clear"
[[steps]]
title = "f"
caption = "f"
true_label = 3
example_step = 1
'''


@pytest.fixture
def mixed(tmp_path):
    np.savez(tmp_path / "w.npz", W=np.zeros((784, 10), np.float32), b=np.zeros(10, np.float32))
    return load_lesson(write(tmp_path, MIXED))


def test_stepping_back_gives_the_same_state_as_stepping_forward(mixed):
    n = len(mixed)
    forward, app = [], dict(BASELINE)
    for k in range(n):
        app = applied(app, state_at(mixed, k))
        forward.append(app)
    rng = random.Random(0)
    k, app = 0, applied(dict(BASELINE), state_at(mixed, 0))
    for _ in range(300):  # a teacher going back and forth, sometimes jumping
        k = rng.randrange(n) if rng.random() < 0.1 else min(max(k + rng.choice((-1, 1)), 0), n - 1)
        app = applied(app, state_at(mixed, k))
        assert app == forward[k]
    assert [state_at(mixed, k) for k in range(n)] == list(lesson_states(mixed))


def test_settings_carry_over_and_actions_do_not(mixed, tmp_path):
    a, b, c, d, e, f = lesson_states(mixed)
    assert (a.learning_rate, a.batch_size, a.network, a.hide, a.highlight) == (0.1, None, None, ("network", "reset"), "loss")
    assert (b.learning_rate, b.batch_size, b.tab, b.train, b.true_label, b.highlight) == (0.1, 32, "example", "run", 9, None)
    assert b.canvas == Canvas("digit", 4) and c.canvas is None and c.canvas_in_force == Canvas("digit", 4)
    # A new network starts from fresh weights with the step's seed; train_examples then pauses.
    assert c.network == HiddenLayer(64, "sigmoid") and c.weights == Weights("fresh", 5)
    assert (c.train_examples, c.train, d.train, d.train_examples) == (100, "pause", "pause", None)
    assert c.true_label == 9 and c.hide == ("network", "reset")
    # A new canvas drops the label that went with the old one, unless the step gives its own.
    assert d.true_label == 1 and d.hide == () and d.presentation is True and d.example_step == 2
    assert d.canvas_in_force.stroke_arrays()[0].shape == (2, 2) and d.canvas.stroke_arrays()[1].shape == (1, 2)
    assert e.true_label is None and e.speed == 2.5 and e.weights == Weights("file", file=tmp_path / "w.npz")
    assert e.network == HiddenLayer(64, "sigmoid") and e.presentation is True and e.weights is not None
    assert f.weights is None and f.example_step == 1 and f.true_label == 3


def test_rebuild_lists_the_steps_that_make_the_weights(mixed):
    a, b, c, d, e, f = lesson_states(mixed)
    assert a.rebuild is None and b.rebuild is None      # no step has set the weights yet
    assert c.rebuild == (2,)                            # the new network's fresh weights, then 100 examples
    assert d.rebuild == (2, 3)                          # an example step on a known drawing
    assert e.rebuild == (4,)                            # the file
    assert f.rebuild is None                            # an example step on whatever was drawn


def test_free_running_training_cannot_be_rebuilt(tmp_path):
    text = '''title = "T"
[[steps]]
title = "a"
caption = "a"
weights = "fresh"
train = "run"
[[steps]]
title = "b"
caption = "b"
train = "pause"
[[steps]]
title = "c"
caption = "c"
weights = "fresh"
'''
    a, b, c = lesson_states(load_lesson(write(tmp_path, text)))
    assert a.rebuild == (0,) and b.rebuild is None and c.rebuild == (2,)


def test_state_at_out_of_range(mixed):
    with pytest.raises(IndexError):
        state_at(mixed, len(mixed))
    with pytest.raises(IndexError):
        state_at(mixed, -1)


def test_canvas_test_index_from_labels():
    labels = np.array([7, 2, 1, 0, 4, 1])
    assert Canvas("digit", 1).test_index(labels) == 2
    assert Canvas("test_image", 5).test_index(labels) == 5
    assert Canvas("clear").test_index(labels) is None
    with pytest.raises(LessonError, match="no image of label 9"):
        Canvas("digit", 9).test_index(labels)


def test_constants_the_window_maps():
    # (that the window has every one of them is tests/visualizer/test_lessons_window.py's to check)
    assert len(set(PANELS)) == len(PANELS) and "hidden_units" in PANELS
    assert len(set(CONTROLS)) == len(CONTROLS)
    step = LessonStep(title="t", caption="c")
    assert all(getattr(step, f) is None for f in STEP_FIELDS if f not in ("title", "caption", "seed"))
    assert isinstance(Lesson("t", "", (step,), lessons_dir()), Lesson)
