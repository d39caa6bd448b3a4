"""A lesson's steps as states: the weights, the runs and the numbers each step ends with, computed
headless, the same every time.

A step of a lesson is a state, not a script: whichever way the window reaches step k (Next, Back, a
jump), it shows what this module computes for k: the network and its weights, where the run had got
to (so that training goes on from there exactly), the runs on the charts with their histories, and
the values its caption states (`core.lessons.PLACEHOLDER_VALUES`). Step k's state is step k-1's with
k's actions done (fresh weights, example steps, so many examples of training) by the same kernels
the training process uses, evaluating the test set where the training loop's schedule says, so a
state is deterministic: the seed of the weights, the seed of the shuffling (each epoch's order is
`training.epoch_order`), the learning rate and the batch size decide it.

`LessonReplay.end(k)` computes the steps up to k that are not computed yet and keeps them; the
window runs it in a thread of its own and installs what it returns.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field, replace

import numpy as np

from .data import Dataset, as_float
from .lessons import Canvas, Lesson, LessonError, LessonState, lesson_states
from .live.training_loop import next_evaluation_after
from .model import Architecture, NetworkWeights, WeightsError, build_network, load_network
from .networks.maths import cross_entropy
from .runs import RunRecord, add_setting
from .training import DIVERGED_WEIGHT, TrainConfig, Trainer, TrainingDiverged

# Updates trained at a time between two looks at the stop flag (and the evaluation schedule).
CHUNK_UPDATES = 2000


class ReplayStopped(Exception):
    """The replay was asked to stop (the lesson was left)."""


@dataclass(frozen=True, eq=False)
class StepEnd:
    """What the window shows at the end of one step.

    Attributes
    ----------
    index : int
        The step (0-based).
    weights : NetworkWeights
    progress : dict
        ``examples_seen``, ``updates``, ``epoch`` and ``position`` (in the epoch's order) of the run.
    run : RunRecord
        The current run's history.
    earlier : tuple of RunRecord
        The runs before it that trained, oldest first, as the charts keep them.
    values : dict of str to float
        The caption's values (`core.lessons.PLACEHOLDERS`): ``accuracy``, ``loss``, ``p_0``..
        ``p_9``, ``examples``, and each with ``_before``; a value the step has not (no canvas) is
        left out.
    message : str
        What the window says at this step: how training blew up, or "".
    changed_at : int
        The step whose actions last changed weights or runs: steps with the same ``changed_at``
        show the same weights and runs.
    """

    index: int
    weights: NetworkWeights
    progress: dict
    run: RunRecord
    earlier: tuple
    values: dict
    message: str = ""
    changed_at: int = 0

    def checksum(self) -> float:
        return weights_checksum(self.weights)


def weights_checksum(weights: NetworkWeights) -> float:
    """One number for a set of weights (the sum of |w| in float64, with each array's index
    weighting it): equal weights, equal checksums; what the tests compare."""
    return float(sum(np.abs(a.astype(np.float64)).sum() * (i + 1)
                     for i, a in enumerate(weights.params[k] for k in sorted(weights.params))))


@dataclass
class _Run:
    """A run's history as it grows (lists, frozen into a RunRecord)."""

    architecture: Architecture
    trained_with: tuple = ()
    loss_x: list = field(default_factory=list)
    loss: list = field(default_factory=list)
    accuracy_x: list = field(default_factory=list)
    accuracy: list = field(default_factory=list)
    test: list = field(default_factory=list)   # (examples seen, loss, accuracy)
    epoch_ends: list = field(default_factory=list)
    blowups: list = field(default_factory=list)

    def evaluated(self, examples_seen: int, loss: float, accuracy: float) -> None:
        if self.test and self.test[-1][0] == examples_seen:
            self.test[-1] = (examples_seen, loss, accuracy)   # as the charts do: the newest counts
        else:
            self.test.append((examples_seen, loss, accuracy))

    def record(self) -> RunRecord:
        test = np.array(self.test, np.float64).reshape(-1, 3)
        cat = (lambda parts, dtype: np.concatenate(parts).astype(dtype) if parts else np.empty(0, dtype))
        return RunRecord(
            architecture=self.architecture, trained_with=self.trained_with,
            loss_x=cat(self.loss_x, np.int64), loss=cat(self.loss, np.float32),
            accuracy_x=np.array(self.accuracy_x, np.int64), accuracy=np.array(self.accuracy, np.float64),
            test_x=test[:, 0].astype(np.int64), test_loss=test[:, 1], test_accuracy=test[:, 2],
            epoch_ends=tuple(self.epoch_ends), blowups=tuple(self.blowups))


class LessonReplay:
    """Computes a lesson's step ends (`StepEnd`) in order, keeping each.

    Parameters
    ----------
    lesson : Lesson
    dataset : Dataset
        With its training images.
    base_architecture, base_learning_rate, base_batch_size :
        What the app had when the lesson opened: in force where no step has set them yet.
    seed : int
        The seed of the training order (the app's ``--seed``, the training process' too).
    input_of : callable, optional
        ``input_of(canvas) -> ndarray (784,)`` for a drawing (``strokes``): the window's canvas
        rasterises it; test images need nothing.
    """

    def __init__(self, lesson: Lesson, dataset: Dataset, base_architecture: Architecture,
                 base_learning_rate: float, base_batch_size: int, seed: int = 0, input_of=None):
        if dataset.train_images is None:
            raise ValueError("a lesson's states are computed on a dataset with its training images")
        self.lesson = lesson
        self.states = lesson_states(lesson)
        self.dataset = dataset
        self.base = (base_architecture, base_learning_rate, base_batch_size)
        self.input_of = input_of
        self.ends: dict[int, StepEnd] = {}
        self.stop = threading.Event()
        self._lock = threading.Lock()
        self._config = TrainConfig(base_learning_rate, base_batch_size, seed=seed)
        self._trainer = Trainer(build_network(base_architecture, 0), dataset, self._config)
        self._run = _Run(base_architecture)
        self._earlier: list[RunRecord] = []
        self._message = ""
        self._changed_at = 0
        self._next_eval = 0

    def can_compute(self, index: int) -> bool:
        return self.states[index].replayable

    def end(self, index: int) -> StepEnd:
        """Step ``index``'s end state, computing the steps before it that are not yet computed.

        Raises
        ------
        LessonError
            A step that cannot be computed (training ran freely before it, a weights file that
            does not load), naming the step.
        ReplayStopped
            `stop` was set.
        """
        with self._lock:
            for k in range(len(self.ends), index + 1):
                state = self.states[k]
                if not state.replayable:
                    raise LessonError(self._where(state, "train", 'ran freely (train = "run") before '
                                                  'this step: its state cannot be computed'))
                self.ends[k] = self._step(state)
            return self.ends[index]

    # --- one step ---------------------------------------------------------------------------------

    def _where(self, state: LessonState, field: str, problem: str) -> str:
        return f'{self.lesson.source.name}, step {state.index + 1} ("{state.title}"): {field} {problem}'

    def _step(self, state: LessonState) -> StepEnd:
        t, config = self._trainer, self._config
        architecture, lr, batch = self.base
        x, label = self._canvas_input(state)
        before = self._values(x, label)
        if state.weights is not None:
            self._new_run(state)
            self._changed_at = state.index
            self._message = ""
        config.learning_rate = state.learning_rate if state.learning_rate is not None else lr
        config.batch_size = state.batch_size if state.batch_size is not None else batch
        if state.example_step and x is not None and label is not None:
            self._changed_at = state.index
            for _ in range(state.example_step):
                self._example_step(x, label)
            self._evaluate()
        if state.train_examples:
            self._changed_at = state.index
            self._train(math.ceil(state.train_examples / config.batch_size))
        values = self._values(x, label)
        values.update({f"{k}_before": v for k, v in before.items()})
        progress = dict(examples_seen=t.examples_seen, updates=t.updates, epoch=t.epoch, position=t.position)
        previous = self.ends.get(state.index - 1)
        if previous is not None and previous.changed_at == self._changed_at:   # nothing changed
            return replace(previous, index=state.index, values=values, message=self._message)
        return StepEnd(state.index, NetworkWeights.of(t.model), progress, self._run.record(),
                       tuple(self._earlier), values, self._message, self._changed_at)

    def _canvas_input(self, state: LessonState) -> tuple[np.ndarray | None, int | None]:
        """What is on the canvas at this step, as the network reads it, and its label."""
        canvas: Canvas | None = state.canvas_in_force
        if canvas is None or canvas.kind == "clear":
            return None, None
        if canvas.kind == "strokes":
            x = self.input_of(canvas) if self.input_of is not None else None
            return x, state.true_label
        index = canvas.test_index(self.dataset.test_labels)
        x = as_float(self.dataset.test_images[index: index + 1])[0]
        label = state.true_label if state.true_label is not None else int(self.dataset.test_labels[index])
        return x, label

    def _values(self, x, label) -> dict[str, float]:
        t = self._trainer
        values = {"examples": float(t.examples_seen)}
        if self._run.test:
            values["accuracy"] = float(self._run.test[-1][2])
        if x is not None and x.any():
            p = NetworkWeights.of(t.model).forward(x).probabilities[0]
            values.update({f"p_{j}": float(p[j]) for j in range(10)})
            if label is not None:
                with np.errstate(all="ignore"):
                    values["loss"] = float(-np.log(p[label]))
        return values

    def _new_run(self, state: LessonState) -> None:
        t = self._trainer
        if self._run.loss_x or self._run.blowups:   # a run that trained stays on the charts
            self._earlier.append(self._run.record())
        if state.weights.kind == "file":
            try:
                model = load_network(state.weights.file)
            except WeightsError as exc:
                raise LessonError(self._where(state, "weights:", str(exc))) from None
        else:
            architecture = state.network or (self.base[0] if state.index == 0 else t.model.architecture)
            model = build_network(architecture, state.weights.seed)
        t.model = model
        t.reset_progress()
        self._run = _Run(model.architecture)
        self._next_eval = 0
        self._evaluate()

    def _example_step(self, x: np.ndarray, label: int) -> None:
        """One gradient step on one example, as the training loop makes it (not counted as
        training; put back if it blows the weights up)."""
        model, lr = self._trainer.model, self._config.learning_rate
        params = model.parameters()
        saved = {name: a.copy() for name, a in params.items()}
        with np.errstate(all="ignore"):
            model.step(x.reshape(1, -1), np.array([label]), lr)
        if not all(np.isfinite(a).all() and np.abs(a).max() < DIVERGED_WEIGHT for a in params.values()):
            for name, a in params.items():
                a[...] = saved[name]
            self._message = (f"that step (learning rate {lr:g}) would blow the weights up, so it was "
                             f"not applied. Try a smaller learning rate.")

    def _train(self, updates: int) -> None:
        """``updates`` updates, evaluating on the training loop's schedule and at every epoch's end
        and at the last; a blow-up ends the step's training there, as it pauses the window's."""
        t, run = self._trainer, self._run
        config = self._config
        run.trained_with = add_setting(run.trained_with, config.learning_rate, config.batch_size)
        while updates > 0:
            if self.stop.is_set():
                raise ReplayStopped()
            to_eval = max(1, -(-(self._next_eval - t.examples_seen) // config.batch_size))
            try:
                m = t.train(min(updates, to_eval, CHUNK_UPDATES))
            except TrainingDiverged as exc:
                run.blowups.append((t.examples_seen, float(config.learning_rate)))
                self._message = str(exc)
                if not run.test or run.test[-1][0] != t.examples_seen:
                    self._evaluate()
                return
            updates -= len(m.losses)
            run.loss_x.append(m.examples_at)
            run.loss.append(m.losses)
            run.accuracy_x.append(m.examples_seen)
            run.accuracy.append(m.running_accuracy)
            if m.epoch_finished:
                run.epoch_ends.append(m.examples_seen)
            if m.epoch_finished or t.examples_seen >= self._next_eval or updates <= 0:
                self._evaluate()

    def _evaluate(self) -> None:
        t = self._trainer
        m = t.evaluate()
        self._run.evaluated(t.examples_seen, m.test_loss, m.test_accuracy)
        self._next_eval = next_evaluation_after(t.examples_seen)
