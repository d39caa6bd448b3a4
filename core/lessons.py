"""Lessons: a guided tour of the app that a teacher steps through, read from a small TOML or JSON file.

A lesson is a title, an optional description and a list of steps. Each step has a title and a
caption of a few lines and sets up the app: network, learning rate, batch size, speed, weights,
training, tab, highlighted panel, canvas, hidden controls. Every field of a step but ``title`` and
``caption`` is optional; left out, it leaves the app as it is. The format, field by field, is in
``resources/lessons/README.md``; this module parses and checks it and works out what is in force at
each step. It knows nothing of Qt: the window applies a :class:`LessonState`.

What carries over, and why: stepping back to step k must show the same set-up as stepping forward
to it, so the state at k is a fold of steps 0..k, never "the previous state plus step k".

- Settings carry over until a later step changes them: ``network``, ``learning_rate``,
  ``batch_size``, ``speed``, ``train``, ``tab``, ``hide``, ``presentation``, and ``true_label``
  (which goes with what is on the canvas, so it lasts until a step puts something else there).
- The step's own ``title``, ``caption`` and ``highlight`` do not carry over.
- Actions happen once, when the step is entered going forward: ``weights`` (fresh or from a file),
  ``canvas``, ``example_step``, ``train_examples``. :attr:`LessonState.rebuild` lists the steps
  whose actions, replayed in order, put back the weights of step k when it is entered going back.

Every problem in a lesson file raises one :class:`LessonError` whose message is one line naming the
file, the step (number from 1, and title) and the field, e.g.
``course.toml, step 4 ("One example's step"): learning_rate must be a positive number, got "fast"``.
"""

from __future__ import annotations

import difflib
import json
import math
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from .data import RESOURCES_PACKAGE
from .files import unreadable
from .networks import Architecture, OptionError, architecture_from_options, option_names

TABS = ("learning", "example", "explorer")

# The panels a step can draw attention to; the window maps each name to one widget.
PANELS = (
    "loss", "accuracy", "templates", "hidden_units", "canvas", "probabilities",
    "example_forward", "example_gradients", "example_step", "confusion", "mistakes", "timeline",
    "preprocessing",
)

# The panels a step can show in spotlight, filling the window (the window's `Spotlight` has these).
SPOTLIGHTS = ("canvas", "charts", "weights", "example", "explorer")

# The controls a step can hide, so that a class sees only what the step is about.
CONTROLS = ("learning_rate", "batch_size", "speed", "network", "reset", "step", "start", "tabs", "timeline")

LEARNING_RATE_RANGE = (1e-4, 1e6)    # what the window's learning-rate box can show
MAX_BATCH_SIZE = 60_000              # the MNIST training set
MAX_TRAIN_EXAMPLES = 6_000_000       # 100 epochs: more is a typo, not a lesson
MAX_EXAMPLE_STEPS = 100
MAX_STROKE_POINTS = 10_000
N_TEST_IMAGES = 10_000               # MNIST, Fashion-MNIST and KMNIST all have 10,000
MAX_LESSON_BYTES = 1_000_000
LESSON_SUFFIXES = (".toml", ".json")
LESSONS_FOLDER = "lessons"           # inside the resources package

LESSON_FIELDS = ("title", "description", "steps")
STEP_FIELDS = (
    "title", "caption", "network", "learning_rate", "batch_size", "speed", "weights", "seed",
    "train", "train_examples", "tab", "highlight", "canvas", "example_step", "true_label", "hide",
    "presentation", "spotlight",
)
NETWORK_FIELDS = option_names()      # every kind's options: network = { hidden = 64 }, ...
CANVAS_KINDS = ("test_image", "digit", "strokes")


class LessonError(ValueError):
    """A lesson file is missing, unreadable, malformed, or asks for something the app cannot do."""


# --- the data model -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Weights:
    """``kind = "fresh"``: seeded random weights (``seed``); ``kind = "file"``: the ``.npz`` at ``file``.

    Either way a new run starts (the earlier one stays as faint curves).
    """

    kind: str
    seed: int = 0
    file: Path | None = None


@dataclass(frozen=True)
class Canvas:
    """What a step puts on the canvas.

    Attributes
    ----------
    kind : "clear", "test_image", "digit" or "strokes"
    index : int or None
        The test image (``test_image``) or the digit whose first test image is shown (``digit``).
    strokes : tuple of strokes, each a tuple of (x, y) points
        Canvas coordinates from 0 to 1, (0, 0) top left; a one-point stroke is a dot.
    """

    kind: str
    index: int | None = None
    strokes: tuple[tuple[tuple[float, float], ...], ...] = ()

    def test_index(self, test_labels: np.ndarray) -> int | None:
        """The test image to show, or None for a drawing or a clear canvas.

        Parameters
        ----------
        test_labels : ndarray, shape (n,), int
        """
        if self.kind == "test_image":
            return self.index
        if self.kind == "digit":
            found = np.flatnonzero(np.asarray(test_labels) == self.index)
            if len(found) == 0:
                raise LessonError(f"canvas: the test set has no image of label {self.index}")
            return int(found[0])
        return None

    def stroke_arrays(self) -> list[np.ndarray]:
        """The strokes as arrays of shape (n_points, 2), float32, (x, y) in 0..1."""
        return [np.asarray(s, dtype=np.float32).reshape(-1, 2) for s in self.strokes]


@dataclass(frozen=True)
class LessonStep:
    """One step as written in the file; None = the file leaves that field out ("leave as it is").

    ``weights = "keep"`` is read as None. ``seed`` is folded into ``weights`` (fresh weights).
    """

    title: str
    caption: str
    network: Architecture | None = None
    learning_rate: float | None = None
    batch_size: int | None = None
    speed: str | float | None = None          # "full" or updates per second
    weights: Weights | None = None
    train: str | None = None                  # "run" or "pause"
    train_examples: int | None = None
    tab: str | None = None
    highlight: str | None = None
    canvas: Canvas | None = None
    example_step: int | None = None
    true_label: int | None = None
    hide: tuple[str, ...] | None = None       # () = show every control again
    presentation: bool | None = None
    spotlight: str | None = None              # a name from SPOTLIGHTS


@dataclass(frozen=True)
class Lesson:
    title: str
    description: str
    steps: tuple[LessonStep, ...]
    source: Path

    def __len__(self) -> int:
        return len(self.steps)


@dataclass(frozen=True)
class LessonState:
    """What the window applies on entering step ``index`` (0-based), whichever way it came.

    Settings (folded over steps 0..index; None = no step so far set it: the window restores the
    value it recorded when the lesson was opened, so that stepping back undoes a later step):
    ``network``, ``learning_rate``, ``batch_size``, ``speed``, ``tab``, ``presentation``;
    ``train`` ("run" or "pause", None as the others; "pause" after a step's ``train_examples``);
    ``hide`` (the controls hidden, in :data:`CONTROLS` order; () = none);
    ``true_label`` (the label that goes with what is on the canvas; None = the test image's own).

    This step only: ``title``, ``caption``, ``highlight`` (a name from :data:`PANELS` or None),
    ``spotlight`` (a name from :data:`SPOTLIGHTS` or None: the panel that fills the window).

    Actions of this step (None = none), done in this order on entering it going forward:
    ``weights`` (fresh or a file; also set, fresh with the step's seed, when the step changes the
    network), then the settings, then ``canvas``, then ``example_step`` single-example gradient
    steps on the canvas with ``true_label`` (or the test image's label) at the learning rate in
    force, then ``train_examples`` more training examples, after which training pauses.

    ``canvas_in_force``: the last canvas set at steps 0..index (None: none was), to put back on
    entering going back. ``rebuild``: the steps (0-based, ending at or before ``index``, starting
    with one that sets weights) whose weight actions (``weights``, ``example_step``,
    ``train_examples``), replayed in order, each with its own step's state (``state_at(lesson, i)``:
    learning rate, batch size, ``canvas_in_force``, ``true_label``), rebuild the weights this step
    has when entered going forward (its own actions included), given a seeded trainer started
    afresh at the first of them; None when they cannot be rebuilt (no step so far set weights,
    training ran freely on a step in between, or an example step used an unknown drawing).
    """

    index: int
    n_steps: int
    title: str
    caption: str
    highlight: str | None
    network: Architecture | None
    learning_rate: float | None
    batch_size: int | None
    speed: str | float | None
    train: str | None
    tab: str | None
    hide: tuple[str, ...]
    presentation: bool | None
    true_label: int | None
    weights: Weights | None
    canvas: Canvas | None
    example_step: int | None
    train_examples: int | None
    canvas_in_force: Canvas | None
    rebuild: tuple[int, ...] | None
    spotlight: str | None = None   # this step only: the panel that fills the window (SPOTLIGHTS)


# --- the fold -------------------------------------------------------------------------------------

def lesson_states(lesson: Lesson) -> tuple[LessonState, ...]:
    """The state at every step, in order: ``lesson_states(lesson)[k] == state_at(lesson, k)``."""
    out = []
    s = dict(network=None, learning_rate=None, batch_size=None, speed=None, train=None, tab=None,
             hide=(), presentation=None, true_label=None)
    canvas_in_force = None
    rebuild: list[int] | None = None
    for k, step in enumerate(lesson.steps):
        weights = step.weights
        if step.network is not None and step.network != s["network"]:
            s["network"] = step.network
            weights = weights or Weights("fresh")   # a new network starts from fresh weights
        for name in ("learning_rate", "batch_size", "speed", "tab", "presentation"):
            if getattr(step, name) is not None:
                s[name] = getattr(step, name)
        if step.hide is not None:
            s["hide"] = tuple(c for c in CONTROLS if c in step.hide)
        if step.canvas is not None:
            canvas_in_force = step.canvas
            s["true_label"] = None
        if step.true_label is not None:
            s["true_label"] = step.true_label
        if step.train is not None:
            s["train"] = step.train
        if step.train_examples is not None:
            s["train"] = "pause"

        # Weights this step leaves behind: rebuildable from the last step that set them, unless
        # training ran for an unknown time or an example step used an unknown drawing.
        if weights is not None:
            rebuild = [k]
        elif rebuild is not None and (step.example_step or step.train_examples):
            known_canvas = canvas_in_force is not None and canvas_in_force.kind != "clear"
            rebuild = rebuild + [k] if (known_canvas or not step.example_step) else None
        out.append(LessonState(
            index=k, n_steps=len(lesson.steps), title=step.title, caption=step.caption,
            highlight=step.highlight, spotlight=step.spotlight, weights=weights, canvas=step.canvas,
            example_step=step.example_step, train_examples=step.train_examples,
            canvas_in_force=canvas_in_force, rebuild=None if rebuild is None else tuple(rebuild), **s))
        if s["train"] == "run":
            rebuild = None  # the class watched training run for as long as it liked
    return tuple(out)


def state_at(lesson: Lesson, index: int) -> LessonState:
    """What is in force at step ``index`` (0-based): steps 0..index folded, see :class:`LessonState`."""
    if not 0 <= index < len(lesson.steps):
        raise IndexError(f"step index {index} out of range: the lesson has {len(lesson.steps)} steps")
    return lesson_states(lesson)[index]


# --- finding and reading lessons ------------------------------------------------------------------

def lessons_dir() -> Path:
    """The folder of the built-in lessons (``resources/lessons``)."""
    return Path(str(resources.files(RESOURCES_PACKAGE) / LESSONS_FOLDER))


def builtin_lessons() -> list[str]:
    """The names of the built-in lessons, for ``--lesson NAME``."""
    folder = lessons_dir()
    return sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []


def load_lesson(path_or_name: str | Path, *, n_test_images: int = N_TEST_IMAGES) -> Lesson:
    """Read and check a lesson: a ``.toml`` or ``.json`` file, or a built-in lesson's name.

    A name without a suffix or a slash (``"course"``) is the built-in ``resources/lessons/<name>.toml``.
    ``n_test_images`` bounds ``canvas = {test_image = ...}``.

    Raises
    ------
    LessonError
        With a one-line message naming the file, the step and the field.
    """
    text = str(path_or_name)
    if isinstance(path_or_name, str) and not Path(text).suffix and "/" not in text and "\\" not in text:
        path = lessons_dir() / f"{text}.toml"
        if not path.is_file():
            names = ", ".join(builtin_lessons()) or "none"
            raise LessonError(f'no built-in lesson "{text}" (built-in: {names}); or give a .toml or .json file')
    else:
        path = Path(path_or_name)
    name = path.name
    if path.suffix.lower() not in LESSON_SUFFIXES:
        raise LessonError(f"{name}: a lesson is a .toml or .json file")
    try:
        size = path.stat().st_size
        if size > MAX_LESSON_BYTES:
            raise LessonError(f"{name}: {size:,} bytes is too large for a lesson (at most {MAX_LESSON_BYTES:,})")
        raw = path.read_bytes()
    except OSError as exc:
        raise LessonError(unreadable(path, exc, "a lesson file")) from None
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LessonError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    if path.suffix.lower() == ".toml":
        try:
            data = tomllib.loads(source)
        except tomllib.TOMLDecodeError as exc:
            raise LessonError(f"{name}: TOML syntax error: {exc}") from None
        except RecursionError:
            raise LessonError(f"{name}: TOML nested too deeply") from None
    else:
        try:
            data = json.loads(source, parse_constant=lambda c: float(c))
        except json.JSONDecodeError as exc:
            raise LessonError(f"{name}: JSON syntax error at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
        except RecursionError:
            raise LessonError(f"{name}: JSON nested too deeply") from None
    return parse_lesson(data, path, n_test_images=n_test_images)


# --- checking -------------------------------------------------------------------------------------

def _show(value) -> str:
    """A value as the file would spell it, kept short for a one-line message."""
    if isinstance(value, dict):
        return "a table" if value else "an empty table"
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def _unknown(key, allowed) -> str:
    close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
    hint = f', did you mean "{close[0]}"?' if close else f" (fields: {', '.join(allowed)})"
    return f"unknown field {_show(str(key))}{hint}"


class _Where:
    """Formats one-line errors for one place in one file."""

    def __init__(self, file: str, number: int | None = None, title: str | None = None):
        self.file, self.number, self.title = file, number, title

    def error(self, field: str | None, problem: str) -> LessonError:
        where = self.file
        if self.number is not None:
            where += f", step {self.number}" + (f" ({json.dumps(self.title, ensure_ascii=False)})" if self.title else "")
        return LessonError(f"{where}: {field + ' ' if field else ''}{problem}")


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _whole(where, field, v, low, high, what=None) -> int:
    if not _is_int(v) or not low <= v <= high:
        raise where.error(field, f"must be {what or f'a whole number from {low:,} to {high:,}'}, got {_show(v)}")
    return int(v)


def _choice(where, field, v, choices, what) -> str:
    if isinstance(v, str) and v in choices:
        return v
    close = difflib.get_close_matches(v, choices, n=1, cutoff=0.6) if isinstance(v, str) else []
    if close:
        raise where.error(field, f'{_show(v)} is not a {what}, did you mean "{close[0]}"?')
    raise where.error(field, f"must be one of {', '.join(choices)}, got {_show(v)}")


def _text(where, field, v, required=True) -> str:
    if not isinstance(v, str) or (required and not v.strip()):
        raise where.error(field, f"must be {'non-empty ' if required else ''}text, got {_show(v)}")
    return v.strip()


def _table(where, field, v, allowed) -> dict:
    if not isinstance(v, dict):
        raise where.error(field, f"must be a table, got {_show(v)}")
    for key in v:
        if key not in allowed:
            raise where.error(None, _unknown(f"{field}.{key}", [f"{field}.{a}" for a in allowed]))
    return v


def parse_lesson(data, source: Path, *, n_test_images: int = N_TEST_IMAGES) -> Lesson:
    """Check a lesson read from TOML or JSON (a dict) and build it; raises :class:`LessonError`."""
    source = Path(source)
    top = _Where(source.name)
    if not isinstance(data, dict):
        raise top.error(None, f"a lesson is a table of {', '.join(LESSON_FIELDS)}, got {_show(data)}")
    for key in data:
        if key not in LESSON_FIELDS:
            raise top.error(None, _unknown(key, LESSON_FIELDS))
    if "title" not in data:
        raise top.error("title", "is missing: the lesson needs a title")
    title = _text(top, "title", data["title"])
    description = _text(top, "description", data.get("description", ""), required=False)
    raw_steps = data.get("steps")
    if raw_steps is None or raw_steps == []:
        raise top.error("steps", "is empty: a lesson needs at least one [[steps]] table")
    if not isinstance(raw_steps, list):
        raise top.error("steps", f"must be a list of tables ([[steps]]), got {_show(raw_steps)}")
    folders = (source.parent, lessons_dir())
    steps = tuple(_parse_step(raw, _Where(source.name, n), folders, n_test_images)
                  for n, raw in enumerate(raw_steps, start=1))
    _check_sequence(steps, source.name)
    return Lesson(title=title, description=description, steps=steps, source=source)


def _parse_step(raw, where: _Where, folders, n_test_images) -> LessonStep:
    if not isinstance(raw, dict):
        raise where.error(None, f"must be a table ([[steps]]), got {_show(raw)}")
    if isinstance(raw.get("title"), str) and raw["title"].strip():
        where.title = raw["title"].strip()
    for key in raw:
        if key not in STEP_FIELDS:
            raise where.error(None, _unknown(key, STEP_FIELDS))
    for key in ("title", "caption"):
        if key not in raw:
            raise where.error(key, "is missing: every step needs a title and a caption")
    f = {"title": _text(where, "title", raw["title"]), "caption": _text(where, "caption", raw["caption"])}

    if "network" in raw:
        net = _table(where, "network", raw["network"], NETWORK_FIELDS)
        try:   # the kind its fields spell, within what the window's chooser offers
            f["network"] = architecture_from_options(net, lesson=True)
        except OptionError as exc:
            raise where.error(f"network.{exc.option}", exc.problem) from None
    if "learning_rate" in raw:
        v, (low, high) = raw["learning_rate"], LEARNING_RATE_RANGE
        if not _is_number(v) or v <= 0:
            raise where.error("learning_rate", f"must be a positive number, got {_show(v)}")
        if not low <= v <= high:
            raise where.error("learning_rate", f"must be from {low:g} to {high:g}, got {_show(v)}")
        f["learning_rate"] = float(v)
    if "batch_size" in raw:
        f["batch_size"] = _whole(where, "batch_size", raw["batch_size"], 1, MAX_BATCH_SIZE)
    if "speed" in raw:
        v = raw["speed"]
        if v == "full":
            f["speed"] = "full"
        elif _is_number(v) and v > 0:
            f["speed"] = float(v)
        else:
            raise where.error("speed", f'must be "full" or a positive number of updates per second, got {_show(v)}')
    if "weights" in raw:
        if raw["weights"] == "keep" and "network" in raw:
            raise where.error("weights", 'cannot be "keep" in a step that sets network: a network starts '
                                         'from fresh weights or a file')
        f["weights"] = _parse_weights(where, raw["weights"], folders)
    if "seed" in raw:
        seed = _whole(where, "seed", raw["seed"], 0, 2**63 - 1, "a whole number >= 0")
        fresh = f.get("weights") is not None and f["weights"].kind == "fresh"
        if not (fresh or ("network" in f and "weights" not in raw)):
            raise where.error("seed", 'goes with weights = "fresh" (or a new network): it seeds the random weights')
        f["weights"] = Weights("fresh", seed)
    if "train" in raw:
        f["train"] = _choice(where, "train", raw["train"], ("run", "pause"), "train value")
    if "train_examples" in raw:
        f["train_examples"] = _whole(where, "train_examples", raw["train_examples"], 1, MAX_TRAIN_EXAMPLES)
        if f.get("train") == "run":
            raise where.error("train_examples", 'trains that many examples, then pauses: leave out train = "run"')
    if "tab" in raw:
        f["tab"] = _choice(where, "tab", raw["tab"], TABS, "tab")
    if "highlight" in raw:
        f["highlight"] = _choice(where, "highlight", raw["highlight"], PANELS, "panel")
    if "spotlight" in raw:
        f["spotlight"] = _choice(where, "spotlight", raw["spotlight"], SPOTLIGHTS, "panel")
    if "canvas" in raw:
        f["canvas"] = _parse_canvas(where, raw["canvas"], n_test_images)
    if "example_step" in raw:
        f["example_step"] = _whole(where, "example_step", raw["example_step"], 1, MAX_EXAMPLE_STEPS)
    if "true_label" in raw:
        f["true_label"] = _whole(where, "true_label", raw["true_label"], 0, 9, "a digit from 0 to 9")
    if "hide" in raw:
        v = raw["hide"]
        if not isinstance(v, list):
            raise where.error("hide", f"must be a list of control names, got {_show(v)}")
        f["hide"] = tuple(_choice(where, "hide", c, CONTROLS, "control") for c in v)
    if "presentation" in raw:
        v = raw["presentation"]
        if not isinstance(v, bool):
            raise where.error("presentation", f"must be true or false, got {_show(v)}")
        f["presentation"] = v
    return LessonStep(**f)


def _parse_weights(where, v, folders) -> Weights | None:
    if v == "keep":
        return None
    if v == "fresh":
        return Weights("fresh")
    if isinstance(v, dict):
        _table(where, "weights", v, ("file",))
        name = v.get("file")
        if not isinstance(name, str) or not name.strip():
            raise where.error("weights.file", f"must name an .npz file, got {_show(name)}")
        if not name.lower().endswith(".npz"):
            raise where.error("weights.file", f"must be an .npz weights file, got {_show(name)}")
        for folder in folders:
            candidate = folder / name
            if candidate.is_file():
                return Weights("file", file=candidate)
        raise where.error("weights.file", f"{_show(name)} not found next to the lesson or among the built-in lessons")
    raise where.error("weights", f'must be "keep", "fresh" or {{file = "name.npz"}}, got {_show(v)}')


def _parse_canvas(where, v, n_test_images) -> Canvas:
    if v == "clear":
        return Canvas("clear")
    if not isinstance(v, dict):
        raise where.error("canvas", f'must be "clear" or a table with test_image, digit or strokes, got {_show(v)}')
    _table(where, "canvas", v, CANVAS_KINDS)
    if len(v) != 1:
        raise where.error("canvas", f"must have exactly one of {', '.join(CANVAS_KINDS)}, got {len(v)}")
    (kind, value), = v.items()
    if kind == "test_image":
        return Canvas(kind, _whole(where, "canvas.test_image", value, 0, n_test_images - 1))
    if kind == "digit":
        return Canvas(kind, _whole(where, "canvas.digit", value, 0, 9, "a digit from 0 to 9"))
    field = "canvas.strokes"
    if not isinstance(value, list) or not value:
        raise where.error(field, f"must be a non-empty list of strokes, each a list of [x, y] points, got {_show(value)}")
    strokes, total = [], 0
    for i, stroke in enumerate(value, start=1):
        if not isinstance(stroke, list) or not stroke:
            raise where.error(field, f"stroke {i} must be a non-empty list of [x, y] points, got {_show(stroke)}")
        points = []
        for point in stroke:
            if not (isinstance(point, list) and len(point) == 2 and all(_is_number(c) and 0 <= c <= 1 for c in point)):
                raise where.error(field, f"stroke {i}: each point must be [x, y] with x and y from 0 to 1, got {_show(point)}")
            points.append((float(point[0]), float(point[1])))
        total += len(points)
        strokes.append(tuple(points))
    if total > MAX_STROKE_POINTS:
        raise where.error(field, f"has {total:,} points, at most {MAX_STROKE_POINTS:,}")
    return Canvas("strokes", strokes=tuple(strokes))


def _check_sequence(steps: tuple[LessonStep, ...], file: str) -> None:
    """An example step needs the true label of what is on the canvas, set in this step or before."""
    canvas, label = None, None
    for n, step in enumerate(steps, start=1):
        if step.canvas is not None:
            canvas, label = step.canvas, None
        if step.true_label is not None:
            label = step.true_label
        if step.example_step is not None and label is None and (canvas is None or canvas.kind in ("clear", "strokes")):
            raise _Where(file, n, step.title).error(
                "example_step", "needs the true label of what is on the canvas: put a test image there "
                                "(canvas = {test_image = N} or {digit = D}) or give true_label")
