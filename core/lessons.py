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
import html
import json
import math
import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Callable

import numpy as np

from .data import RESOURCES_PACKAGE
from .files import unreadable
from .networks import Architecture, OptionError, architecture_from_options, option_names
from .runs import add_setting
from .shown import percent_text
from .training import LEARNING_RATE_RANGE

TABS = ("learning", "example", "explorer")

# The panels a step can draw attention to; the window maps each name to one widget.
PANELS = (
    "loss", "accuracy", "templates", "hidden_units", "filters", "feature_maps", "canvas", "probabilities",
    "example_forward", "example_gradients", "example_step", "confusion", "mistakes", "timeline",
    "preprocessing",
)

# The panels a step can show in spotlight, filling the window (the window's `Spotlight` has these).
SPOTLIGHTS = ("canvas", "charts", "weights", "example", "explorer")

# The controls a step can hide, so that a class sees only what the step is about.
CONTROLS = ("learning_rate", "batch_size", "speed", "network", "reset", "step", "start", "tabs", "timeline")

MAX_BATCH_SIZE = 60_000              # the MNIST training set
MAX_TRAIN_EXAMPLES = 6_000_000       # 100 epochs: more is a typo, not a lesson
MAX_EXAMPLE_STEPS = 100
MAX_STROKE_POINTS = 10_000
N_TEST_IMAGES = 10_000               # MNIST, Fashion-MNIST and KMNIST all have 10,000
MAX_LESSON_BYTES = 1_000_000
LESSON_SUFFIXES = (".toml", ".json")
LESSONS_FOLDER = "lessons"           # inside the resources package

LESSON_FIELDS = ("title", "description", "steps")
# A translation (`course.de.toml` beside `course.toml`) holds only the texts, see `translate_lesson`.
SOURCE_LANGUAGE = "en"
TRANSLATION_FIELDS = ("title", "description", "steps")
TRANSLATED_STEP_FIELDS = ("title", "caption")
NETWORK_FIELDS = option_names()      # every kind's options: network = { hidden = 64 }, ...
CANVAS_KINDS = ("test_image", "digit", "strokes")


class LessonError(ValueError):
    """A lesson file is missing, unreadable, malformed, or asks for something the app cannot do.

    ``problems``: every problem found, one line each naming the file, the step and the field; the
    message is those lines.
    """

    def __init__(self, *problems: str):
        self.problems = tuple(problems)
        super().__init__("\n".join(problems))


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
    """A lesson as read, its texts in ``language`` (a translation's, laid over the English lesson's:
    see `translate_lesson`); ``english`` is the lesson in English when it is a translation."""

    title: str
    description: str
    steps: tuple[LessonStep, ...]
    source: Path
    language: str = SOURCE_LANGUAGE
    english: Lesson | None = field(default=None, compare=False, repr=False)

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

    ``runs``: the runs on the charts at the end of this step, oldest first, the current one last:
    each (network, None for the app's own; the (learning rate, batch size) pairs it trained with,
    as `core.runs.run_label` names them). A run that never trained is not kept once the next starts.
    ``replayable``: no step so far let training run freely (``train = "run"``), so this step's end
    state can be computed (`core.lesson_replay`).
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
    runs: tuple[tuple[Architecture | None, tuple], ...] = ()
    replayable: bool = True
    spotlight: str | None = None   # this step only: the panel that fills the window (SPOTLIGHTS)


# --- the fold -------------------------------------------------------------------------------------

def lesson_states(lesson: Lesson) -> tuple[LessonState, ...]:
    """The state at every step, in order: ``lesson_states(lesson)[k] == state_at(lesson, k)``."""
    out = []
    s = dict(network=None, learning_rate=None, batch_size=None, speed=None, train=None, tab=None,
             hide=(), presentation=None, true_label=None)
    # The settings that simply last until changed; network, hide, train and true_label have rules.
    plain = [name for name, f in STEP_FIELD_REGISTRY.items() if f.lasts == "setting"
             and name not in ("network", "hide", "train", "true_label")]
    for name in plain:
        s.setdefault(name, None)
    this_step_only = [name for name, f in STEP_FIELD_REGISTRY.items() if f.lasts == "step"]
    canvas_in_force = None
    rebuild: list[int] | None = None
    runs: list[list] = [[None, (), 0]]   # [network, trained_with, examples] per run
    replayable = True
    for k, step in enumerate(lesson.steps):
        weights = step.weights
        if step.network is not None and step.network != s["network"]:
            s["network"] = step.network
            weights = weights or Weights("fresh")   # a new network starts from fresh weights
        for name in plain:
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

        if weights is not None:   # a new run; the one before stays on the charts if it trained
            if not runs[-1][2]:
                runs.pop()
            runs.append([s["network"], (), 0])
        if step.train_examples:
            runs[-1][1] = add_setting(runs[-1][1], s["learning_rate"] or 0.0, s["batch_size"] or 1)
            runs[-1][2] += step.train_examples
        # Weights this step leaves behind: rebuildable from the last step that set them, unless
        # training ran for an unknown time or an example step used an unknown drawing.
        if weights is not None:
            rebuild = [k]
        elif rebuild is not None and (step.example_step or step.train_examples):
            known_canvas = canvas_in_force is not None and canvas_in_force.kind != "clear"
            rebuild = rebuild + [k] if (known_canvas or not step.example_step) else None
        kept = tuple((net, trained) for net, trained, examples in runs[:-1] if examples) + (
            (runs[-1][0], runs[-1][1]),)
        out.append(LessonState(
            index=k, n_steps=len(lesson.steps), weights=weights, canvas=step.canvas,
            example_step=step.example_step, train_examples=step.train_examples,
            canvas_in_force=canvas_in_force, rebuild=None if rebuild is None else tuple(rebuild),
            runs=kept, replayable=replayable and s["train"] != "run",
            **{name: getattr(step, name) for name in this_step_only}, **s))
        if s["train"] == "run":
            rebuild = None  # the class watched training run for as long as it liked
            replayable = False
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
    return sorted(p.stem for p in folder.glob("*.toml") if "." not in p.stem) if folder.is_dir() else []


def load_lesson(path_or_name: str | Path, *, n_test_images: int = N_TEST_IMAGES,
                language: str | None = None) -> Lesson:
    """Read and check a lesson: a ``.toml`` or ``.json`` file, or a built-in lesson's name.

    A name without a suffix or a slash (``"course"``) is the built-in ``resources/lessons/<name>.toml``.
    ``n_test_images`` bounds ``canvas = {test_image = ...}``. ``language`` (a code such as ``"de"``):
    the texts of its translation beside the lesson laid over the English ones, if there is one
    (`translate_lesson`); None or ``"en"``: the lesson as written.

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
    if path.suffix.lower() not in LESSON_SUFFIXES:
        raise LessonError(f"{path.name}: a lesson is a .toml or .json file")
    lesson = parse_lesson(_read_data(path, "a lesson file"), path, n_test_images=n_test_images)
    return translate_lesson(lesson, language) if language else lesson


def _read_data(path: Path, what: str):
    """A lesson file's (or a translation's) contents as read from TOML or JSON, or LessonError."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_LESSON_BYTES:
            raise LessonError(f"{name}: {size:,} bytes is too large for a lesson (at most {MAX_LESSON_BYTES:,})")
        raw = path.read_bytes()
    except OSError as exc:
        raise LessonError(unreadable(path, exc, what)) from None
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LessonError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    if path.suffix.lower() == ".toml":
        try:
            return tomllib.loads(source)
        except tomllib.TOMLDecodeError as exc:
            raise LessonError(f"{name}: TOML syntax error: {exc}") from None
        except RecursionError:
            raise LessonError(f"{name}: TOML nested too deeply") from None
    try:
        return json.loads(source, parse_constant=lambda c: float(c))
    except json.JSONDecodeError as exc:
        raise LessonError(f"{name}: JSON syntax error at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise LessonError(f"{name}: JSON nested too deeply") from None


# --- lessons in other languages ---------------------------------------------------------------------

def translation_path(source: Path, language: str) -> Path:
    """Where the ``language`` texts of the lesson at ``source`` are: ``course.de.toml`` beside
    ``course.toml`` (or ``course.json``)."""
    return source.with_name(f"{source.stem}.{language}.toml")


def translations_of(lesson: Lesson) -> dict[str, Path]:
    """The translations beside a lesson: language code -> file (``course.pt_BR.toml`` -> ``pt_BR``)."""
    source = (lesson.english or lesson).source
    found = {}
    for path in sorted(source.parent.glob(f"{source.stem}.*.toml")):
        code = path.name[len(source.stem) + 1:-len(".toml")]
        if code and "." not in code:
            found[code] = path
    return found


def translate_lesson(lesson: Lesson, language: str) -> Lesson:
    """``lesson`` with its texts in ``language``: the English lesson's steps (everything they set
    up), each step's ``title`` and ``caption`` and the lesson's ``title`` and ``description`` read
    from its translation file (`translation_path`). No such file (or English): the English lesson.

    The file must have the lesson's ``title``, as many ``[[steps]]`` as the lesson, each with a
    ``title`` and a ``caption`` whose placeholders (``{accuracy}``, ...) are the English caption's;
    ``description`` may be left out (the English one is kept). Anything else is a LessonError
    naming the translation file, the step and the field.
    """
    english = lesson.english or lesson
    if language == SOURCE_LANGUAGE:
        return english
    path = translation_path(english.source, language)
    if not path.is_file():
        return english
    data = _read_data(path, "a lesson's translation")
    title, description, texts = _check_translation(english, data, path.name)
    steps = tuple(replace(step, title=t, caption=c) for step, (t, c) in zip(english.steps, texts))
    return replace(english, title=title, description=description or english.description, steps=steps,
                   language=language, english=english)


def check_translations(lesson: Lesson) -> list[str]:
    """Every problem of every translation beside ``lesson`` (one line each); the languages checked
    are in `translations_of`."""
    problems = []
    for code in translations_of(lesson):
        try:
            translate_lesson(lesson, code)
        except LessonError as exc:
            problems.extend(exc.problems)
    return problems


def _check_translation(english: Lesson, data, file: str) -> tuple[str, str, list[tuple[str, str]]]:
    """The title, description and (title, caption) of each step a translation gives; every problem
    raised at once."""
    top = _Where(file)
    if not isinstance(data, dict):
        raise top.error(None, f"a translation is a table of {', '.join(TRANSLATION_FIELDS)}, got {_show(data)}")
    problems = Problems()
    for key in data:
        if key not in TRANSLATION_FIELDS:
            problems.add(top.error(None, _unknown(key, TRANSLATION_FIELDS) + ": a translation holds only texts"))
    title = description = ""
    try:
        if "title" not in data:
            raise top.error("title", "is missing: the translation gives the lesson's title")
        title = _text(top, "title", data["title"])
        description = _text(top, "description", data.get("description", ""), required=False)
    except LessonError as exc:
        problems.add(exc)
    raw_steps = data.get("steps")
    n = len(english.steps)
    texts: list[tuple[str, str]] = []
    if not isinstance(raw_steps, list) or len(raw_steps) != n:
        got = f"{len(raw_steps)}" if isinstance(raw_steps, list) else _show(raw_steps)
        problems.add(top.error("steps", f"must be {n} [[steps]] tables, one for each step of "
                                        f"{english.source.name} in its order, got {got}"))
    else:
        for k, (raw, step) in enumerate(zip(raw_steps, english.steps), start=1):
            title_here = raw.get("title") if isinstance(raw, dict) else None
            where = _Where(file, k, title_here.strip() if isinstance(title_here, str) and title_here.strip()
                           else step.title)
            texts.append(_check_translated_step(raw, step, where, problems))
    problems.raise_any()
    return title, description, texts


def _check_translated_step(raw, step: LessonStep, where: _Where, problems: Problems) -> tuple[str, str]:
    """One step's (title, caption) in a translation; its problems added to ``problems``."""
    if not isinstance(raw, dict):
        problems.add(where.error(None, f"must be a table ([[steps]]), got {_show(raw)}"))
        return "", ""
    for key in raw:
        if key not in TRANSLATED_STEP_FIELDS:
            problems.add(where.error(None, _unknown(key, TRANSLATED_STEP_FIELDS)
                                     + ": a translation holds only texts (the settings are the lesson's)"))
    out = []
    for key in TRANSLATED_STEP_FIELDS:
        try:
            if key not in raw:
                raise where.error(key, "is missing: every step's title and caption are translated")
            out.append(_text(where, key, raw[key]))
        except LessonError as exc:
            problems.add(exc)
            out.append("")
    wanted, got = set(placeholders_in(step.caption)), set(placeholders_in(out[1]))
    if out[1] and wanted != got:
        said = [f"{{{name}}} is missing" for name in sorted(wanted - got)] + [
            f"{{{name}}} is not in the English caption" for name in sorted(got - wanted)]
        problems.add(where.error("caption", f"must have the English caption's placeholders "
                                            f"({_placeholder_list(wanted)}): {', '.join(said)}"))
    return out[0], out[1]


def _placeholder_list(names) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(names)) or "none"


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


class Problems:
    """Every problem found in one file, each a one-line message; parsing goes on after each."""

    def __init__(self):
        self.messages: list[str] = []

    def add(self, error: LessonError) -> None:
        self.messages.extend(error.problems)

    def raise_any(self) -> None:
        if self.messages:
            raise LessonError(*self.messages)


@dataclass(frozen=True)
class StepField:
    """One field a step may have: how it is read and checked, and how long it lasts.

    ``parse(where, value, context)`` returns the field's value (the `LessonStep` attribute of the
    same name) or raises `LessonError` naming the field; ``lasts`` is "setting" (in force until a
    later step changes it), "step" (this step only) or "action" (done on entering the step), and
    says how `lesson_states` folds it. A new field is one entry here and an attribute of
    `LessonStep` (and of `LessonState`, where it lasts).
    """

    name: str
    parse: Callable
    lasts: str


@dataclass(frozen=True)
class ParseContext:
    folders: tuple[Path, ...]   # where a weights file is looked for
    n_test_images: int
    raw: dict                   # the step as written (for the checks between fields)


STEP_FIELD_REGISTRY: dict[str, StepField] = {}


def step_field(name: str, lasts: str):
    """Register a step field's parser (see `StepField`)."""
    def register(parse):
        STEP_FIELD_REGISTRY[name] = StepField(name, parse, lasts)
        return parse
    return register


def parse_lesson(data, source: Path, *, n_test_images: int = N_TEST_IMAGES) -> Lesson:
    """Check a lesson read from TOML or JSON (a dict) and build it; raises :class:`LessonError`
    with every problem of the file (`LessonError.problems`, one line each)."""
    source = Path(source)
    top = _Where(source.name)
    if not isinstance(data, dict):
        raise top.error(None, f"a lesson is a table of {', '.join(LESSON_FIELDS)}, got {_show(data)}")
    problems = Problems()
    for key in data:
        if key not in LESSON_FIELDS:
            problems.add(top.error(None, _unknown(key, LESSON_FIELDS)))
    title = description = ""
    try:
        if "title" not in data:
            raise top.error("title", "is missing: the lesson needs a title")
        title = _text(top, "title", data["title"])
    except LessonError as exc:
        problems.add(exc)
    try:
        description = _text(top, "description", data.get("description", ""), required=False)
    except LessonError as exc:
        problems.add(exc)
    raw_steps = data.get("steps")
    steps: list[LessonStep] = []
    if raw_steps is None or raw_steps == []:
        problems.add(top.error("steps", "is empty: a lesson needs at least one [[steps]] table"))
    elif not isinstance(raw_steps, list):
        problems.add(top.error("steps", f"must be a list of tables ([[steps]]), got {_show(raw_steps)}"))
    else:
        folders = (source.parent, lessons_dir())
        for n, raw in enumerate(raw_steps, start=1):
            step = _parse_step(raw, _Where(source.name, n), folders, n_test_images, problems)
            if step is not None:
                steps.append(step)
        if len(steps) == len(raw_steps):
            for error in _check_sequence(tuple(steps), source.name):
                problems.add(error)
    problems.raise_any()
    return Lesson(title=title, description=description, steps=tuple(steps), source=source)


def _parse_step(raw, where: _Where, folders, n_test_images, problems: Problems) -> LessonStep | None:
    """The step, or None after adding each of its problems to ``problems``."""
    if not isinstance(raw, dict):
        problems.add(where.error(None, f"must be a table ([[steps]]), got {_show(raw)}"))
        return None
    if isinstance(raw.get("title"), str) and raw["title"].strip():
        where.title = raw["title"].strip()
    found = len(problems.messages)
    for key in raw:
        if key not in STEP_FIELD_REGISTRY:
            problems.add(where.error(None, _unknown(key, list(STEP_FIELD_REGISTRY))))
    for key in ("title", "caption"):
        if key not in raw:
            problems.add(where.error(key, "is missing: every step needs a title and a caption"))
    context = ParseContext(tuple(folders), n_test_images, raw)
    f = {}
    for name, field_ in STEP_FIELD_REGISTRY.items():
        if name in raw:
            try:
                value = field_.parse(where, raw[name], context)
            except LessonError as exc:
                problems.add(exc)
                continue
            if value is not None:
                f[name] = value
    if "seed" in f:   # seed is folded into the fresh weights it seeds
        f["weights"] = Weights("fresh", f.pop("seed"))
    if len(problems.messages) > found:
        return None
    return LessonStep(**f)


@step_field("title", "step")
def _parse_title(where, v, context) -> str:
    return _text(where, "title", v)


@step_field("caption", "step")
def _parse_caption(where, v, context) -> str:
    text = _text(where, "caption", v)
    for name in placeholders_in(text):
        if name not in PLACEHOLDERS:
            close = difflib.get_close_matches(name, PLACEHOLDERS, n=1, cutoff=0.6)
            hint = f', did you mean "{{{close[0]}}}"?' if close else " (see the placeholders in README.md)"
            raise where.error("caption", f"has an unknown placeholder {{{name}}}{hint}")
    return text


@step_field("network", "setting")
def _parse_network(where, v, context):
    net = _table(where, "network", v, NETWORK_FIELDS)
    try:   # the kind its fields spell, within what the window's chooser offers
        return architecture_from_options(net, lesson=True)
    except OptionError as exc:
        raise where.error(f"network.{exc.option}", exc.problem) from None


@step_field("learning_rate", "setting")
def _parse_learning_rate(where, v, context) -> float:
    low, high = LEARNING_RATE_RANGE
    if not _is_number(v) or v <= 0:
        raise where.error("learning_rate", f"must be a positive number, got {_show(v)}")
    if not low <= v <= high:
        raise where.error("learning_rate", f"must be from {low:g} to {high:g}, got {_show(v)}")
    return float(v)


@step_field("batch_size", "setting")
def _parse_batch_size(where, v, context) -> int:
    return _whole(where, "batch_size", v, 1, MAX_BATCH_SIZE)


@step_field("speed", "setting")
def _parse_speed(where, v, context):
    if v == "full":
        return "full"
    if _is_number(v) and v > 0:
        return float(v)
    raise where.error("speed", f'must be "full" or a positive number of updates per second, got {_show(v)}')


@step_field("weights", "action")
def _parse_weights_field(where, v, context):
    if v == "keep" and "network" in context.raw:
        raise where.error("weights", 'cannot be "keep" in a step that sets network: a network starts '
                                     'from fresh weights or a file')
    return _parse_weights(where, v, context.folders)


@step_field("seed", "action")
def _parse_seed(where, v, context) -> int:
    seed = _whole(where, "seed", v, 0, 2**63 - 1, "a whole number >= 0")
    raw = context.raw
    if not (raw.get("weights") == "fresh" or ("network" in raw and "weights" not in raw)):
        raise where.error("seed", 'goes with weights = "fresh" (or a new network): it seeds the random weights')
    return seed


@step_field("train", "setting")
def _parse_train(where, v, context) -> str:
    return _choice(where, "train", v, ("run", "pause"), "train value")


@step_field("train_examples", "action")
def _parse_train_examples(where, v, context) -> int:
    n = _whole(where, "train_examples", v, 1, MAX_TRAIN_EXAMPLES)
    if context.raw.get("train") == "run":
        raise where.error("train_examples", 'trains that many examples, then pauses: leave out train = "run"')
    return n


@step_field("tab", "setting")
def _parse_tab(where, v, context) -> str:
    return _choice(where, "tab", v, TABS, "tab")


@step_field("highlight", "step")
def _parse_highlight(where, v, context) -> str:
    return _choice(where, "highlight", v, PANELS, "panel")


@step_field("spotlight", "step")
def _parse_spotlight(where, v, context) -> str:
    return _choice(where, "spotlight", v, SPOTLIGHTS, "panel")


@step_field("canvas", "action")
def _parse_canvas_field(where, v, context) -> Canvas:
    return _parse_canvas(where, v, context.n_test_images)


@step_field("example_step", "action")
def _parse_example_step(where, v, context) -> int:
    return _whole(where, "example_step", v, 1, MAX_EXAMPLE_STEPS)


@step_field("true_label", "setting")
def _parse_true_label(where, v, context) -> int:
    return _whole(where, "true_label", v, 0, 9, "a digit from 0 to 9")


@step_field("hide", "setting")
def _parse_hide(where, v, context) -> tuple[str, ...]:
    if not isinstance(v, list):
        raise where.error("hide", f"must be a list of control names, got {_show(v)}")
    return tuple(_choice(where, "hide", c, CONTROLS, "control") for c in v)


@step_field("presentation", "setting")
def _parse_presentation(where, v, context) -> bool:
    if not isinstance(v, bool):
        raise where.error("presentation", f"must be true or false, got {_show(v)}")
    return v


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


def _check_sequence(steps: tuple[LessonStep, ...], file: str) -> list[LessonError]:
    """An example step needs the true label of what is on the canvas, set in this step or before."""
    errors, canvas, label = [], None, None
    for n, step in enumerate(steps, start=1):
        if step.canvas is not None:
            canvas, label = step.canvas, None
        if step.true_label is not None:
            label = step.true_label
        if step.example_step is not None and label is None and (canvas is None or canvas.kind in ("clear", "strokes")):
            errors.append(_Where(file, n, step.title).error(
                "example_step", "needs the true label of what is on the canvas: put a test image there "
                                "(canvas = {test_image = N} or {digit = D}) or give true_label"))
    return errors


STEP_FIELDS = tuple(STEP_FIELD_REGISTRY)   # every field a step may have, in the order they are read


# --- captions: placeholders and formulas ------------------------------------------------------------

# A caption's numbers come from the step's end state, never typed in: {accuracy} is the test
# accuracy of the weights the step ends with, {p_7} the probability of digit 7 for what is on the
# canvas, {loss} its loss -log p_y; the suffix _before gives the value as the step began (before its
# actions). `core.lesson_replay` computes them; README.md lists them.
PLACEHOLDER_VALUES = ("accuracy", "loss", "examples", *(f"p_{j}" for j in range(10)))
PLACEHOLDERS = PLACEHOLDER_VALUES + tuple(f"{name}_before" for name in PLACEHOLDER_VALUES)
_PLACEHOLDER = re.compile(r"(?<![_^])\{([A-Za-z][A-Za-z0-9_]*)\}")


def placeholders_in(caption: str) -> list[str]:
    """The placeholders of a caption, in order: ``{name}`` not right after _ or ^ (those braces
    group a subscript or a superscript, as in ``e^{l_j}``)."""
    return _PLACEHOLDER.findall(caption)


@dataclass(frozen=True)
class NumberWriting:
    """How a caption's numbers are written: ``percent(fraction, decimals)`` and ``number(value,
    decimals)`` (with thousands separators). The default writes them as the English window does;
    the window passes the language's (`visualizer.lesson_player`)."""

    percent: Callable[[float, int], str] = percent_text
    number: Callable[[float, int], str] = lambda value, decimals: f"{value:,.{decimals}f}"


ENGLISH_NUMBERS = NumberWriting()


def format_value(name: str, value: float | None, numbers: NumberWriting = ENGLISH_NUMBERS) -> str:
    """A caption's value as the window shows the same number: accuracies as percentages (as the
    charts and the explorer write them), probabilities as percentages too (as the bars), losses with
    two decimals, counts with thousands separators; "–" when the step has no such value."""
    if value is None or not math.isfinite(value):
        return "–"
    base = name.removesuffix("_before")
    if base == "accuracy":
        return numbers.percent(value, 1)
    if base.startswith("p_"):
        return numbers.percent(value, 0)
    if base == "examples":
        return numbers.number(int(value), 0)
    return numbers.number(value, 2)


def fill_caption(caption: str, values: dict[str, float], missing: str = "–",
                 numbers: NumberWriting = ENGLISH_NUMBERS) -> str:
    """The caption with each placeholder replaced by its value (`format_value`, written as
    ``numbers`` says), or ``missing`` (the step has no such value, or it is not computed yet: "…")."""
    def value(m):
        name = m.group(1)
        return format_value(name, values[name], numbers) if name in values else missing
    return _PLACEHOLDER.sub(value, caption)


_SCRIPT = re.compile(r"([_^])(\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}|([A-Za-z0-9′]+))")


def formula_html(text: str) -> str:
    """Plain caption text as Qt rich text: HTML escaped, ``x_i`` and ``x_{ij}`` as subscripts, ``e^x``
    and ``e^{l_j}`` as superscripts (one level of braces inside), lines kept."""
    def script(m):
        tag = "sub" if m.group(1) == "_" else "sup"
        inner = m.group(3) if m.group(3) is not None else m.group(4)
        return f"<{tag}>{_SCRIPT.sub(script, inner)}</{tag}>"
    escaped = html.escape(text, quote=False)
    return _SCRIPT.sub(script, escaped).replace("\n", "<br>")
