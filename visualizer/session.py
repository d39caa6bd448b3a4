"""The training session: training's life, its commands and its runs, apart from any window.

Why a module of its own: the window used to create and retire the training controllers, forward
every command, keep the running state and number the runs, and the lesson player, the File commands
and the actions reached into its widgets to do the same. Here it is one object with Qt signals. The
settings a user controls (learning rate, batch size, speed) are values of the session; the toolbar's
boxes are views of them (`controls.py`), so that a lesson, a file or the command line sets the
session and every view follows. It is the only module that talks to `worker.py`'s controllers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from ..core.data import Dataset
from ..core.model import Architecture, Network, NetworkWeights, build_network
from ..core.runs import RunRecord, add_setting, run_label, run_wording
from ..core.training import LEARNING_RATE_RANGE as LEARNING_RATES, TrainConfig

from .translation import translate
from .worker import CONTROLLERS, FULL_SPEED, TrainingController, TrainingSnapshot

# How long closing the app waits for each training controller before ending it. The app ends within
# 2 s of being closed; a training process in the middle of a long update (a 60,000-example batch
# whose arrays the OS must first map, seconds here) is then killed, losing nothing: the window
# already holds the weights of its last snapshot.
SHUTDOWN_WAIT_MS = 1000


class TrainingSession(QObject):
    """The one owner of training: a controller (a process, or a thread) for the current dataset,
    the stuck ones that would not stop, the commands, ``running``, ``latest`` and the runs.

    ``trainer``: "process" or "thread" (see `worker.CONTROLLERS`); ``max_rate``: the most snapshots
    a second the controller sends.
    """

    dataset_changed = Signal(object)     # Dataset: another dataset, before its first snapshot
    controller_changed = Signal()        # a new controller (a dataset opened)
    run_started = Signal(object)         # a new run begins: the last snapshot of the one before, or None
    snapshot = Signal(object)            # every TrainingSnapshot, after the run bookkeeping
    running_changed = Signal(bool)       # what the user asked for: training, or paused
    problem_changed = Signal(str)        # a message for the user (it pauses training); "": none any more
    learning_rate_changed = Signal(float)
    batch_size_changed = Signal(int)
    speed_changed = Signal(float)        # updates per second; FULL_SPEED (0) for as fast as possible
    runs_restored = Signal(object, object)  # (earlier RunRecords, the current run's RunRecord): a saved state
    notice = Signal(str)                 # something the user should read in passing (a value clamped)
    training_done = Signal(int)          # the ticket of a fixed amount of training (start(updates)) that ended

    def __init__(self, config: TrainConfig, trainer: str = "process", max_rate: float = 60,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.config = config
        self.controller_class = CONTROLLERS[trainer]  # training in its own process, or a thread
        self.max_rate = max_rate
        self.controller: TrainingController | None = None  # or a ProcessTrainingController: the same commands
        self.stuck_controllers: list[TrainingController] = []  # threads that would not stop in time
        self.dataset: Dataset | None = None
        self.latest: TrainingSnapshot | None = None
        self.running = False
        self.speed: float = FULL_SPEED
        self.class_mix = None   # the class's digits mixed into training (a core.training.ClassMix)
        self._run = None
        self.trained_with: tuple = ()   # the current run's (learning rate, batch size) pairs, in order
        self._restoring: int | None = None  # a restore's tag: snapshots from before it are dropped
        self._restores = 0
        self._tickets = 0
        self._ticket = 0                # the fixed amount of training running, 0: none

    @property
    def learning_rate(self) -> float:
        return self.config.learning_rate

    @property
    def batch_size(self) -> int:
        return self.config.batch_size

    # --- the controller's life ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset, model: Network | None = None) -> None:
        """Train on another dataset from fresh (or given) weights: a new controller, a new run."""
        if model is None and self.controller is not None:
            model = build_network(self.latest.architecture, self.config.seed)  # the same network, fresh
        self.retire_controller()
        self.latest = None  # the old run is not handed on: runs on other data are no comparison
        self._restoring = None
        self.dataset = dataset
        self.dataset_changed.emit(dataset)
        self.controller = self.controller_class(dataset, self.config, model, max_rate=self.max_rate, parent=self)
        self.controller.snapshot_ready.connect(self._on_snapshot)
        self.controller.diverged.connect(self.report_problem)
        self.controller.errored.connect(self.report_problem)
        if self.speed != FULL_SPEED:  # the config carries the rest of the settings
            self.controller.set_speed(self.speed)
        if self.class_mix is not None:
            self.controller.set_class_digits(self.class_mix)
        self._on_snapshot(self.controller.latest)  # a new run: every view starts afresh from here
        self.controller.start_thread()
        self.controller_changed.emit()

    def retire_controller(self) -> None:
        """Stop the current controller. A thread that does not stop in time is kept (deleting a
        QThread that runs would abort the process), reported, and stopped again at shutdown."""
        old, self.controller = self.controller, None
        if old is None:
            return
        old.pause()
        old.snapshot_ready.disconnect(self._on_snapshot)
        if old.stop():
            old.deleteLater()
        else:
            self.stuck_controllers.append(old)
            self.report_problem(translate("TrainingSession", "the previous training thread did not stop in "
                                                             "time; it will be stopped when the window closes"))

    def shutdown(self) -> bool:
        """Stop every controller (a second at most each); whether all of them stopped."""
        stopped = [c.stop(SHUTDOWN_WAIT_MS) for c in self.stuck_controllers + [self.controller]
                   if c is not None]
        return all(stopped)

    @Slot(object)
    def _on_snapshot(self, snap: TrainingSnapshot) -> None:
        """The run bookkeeping: a new run number (a new controller, a reset, other weights or
        network) is announced with the last snapshot of the run before, then the snapshot. The
        settings each run trained with are kept for its label. A restored state's run was
        announced with its history (`runs_restored`): the old run's late snapshots are dropped."""
        if self._restoring is not None:
            if snap.restored != self._restoring:
                return
            self._restoring = None
            self._run = snap.run
        elif snap.run != self._run:
            self._run = snap.run
            self.run_started.emit(self.latest)
            self.trained_with = ()
        if len(snap.losses):
            self.trained_with = add_setting(self.trained_with, snap.learning_rate, snap.batch_size)
        for _, lr in snap.blowups:
            self.trained_with = add_setting(self.trained_with, lr, snap.batch_size)
        self.latest = snap
        done = bool(self._ticket) and snap.ticket == self._ticket   # a fixed amount of training is over
        if done and self.running:
            self._set_running(False)
        self.snapshot.emit(snap)
        if done:   # (after the views have the snapshot: whoever hears it may replace what they show)
            ticket, self._ticket = self._ticket, 0
            self.training_done.emit(ticket)

    @property
    def settled(self) -> bool:
        """No restored state is on its way (its first snapshot has come)."""
        return self._restoring is None

    def run_label(self, snap: TrainingSnapshot | None = None) -> str:
        """The current run's label: its network and every setting it trained with."""
        return run_label((snap or self.latest).architecture, self.trained_with)

    def run_wording(self, snap: TrainingSnapshot | None = None) -> tuple[str, dict]:
        """`run_label`'s text marked for translation, and its values (core.runs.run_wording)."""
        return run_wording((snap or self.latest).architecture, self.trained_with)

    # --- commands -----------------------------------------------------------------------------

    @Slot()
    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def start(self, updates: int | None = None) -> int:
        """Train on; with ``updates``, only so many at the current speed, then pause (a lesson's
        step): returns its ticket, which `training_done` gives back when it has ended (and the
        session is paused again)."""
        self.clear_problem()
        self._set_running(True)
        if updates is None:
            self._ticket = 0
            self.controller.start()
            return 0
        self._tickets += 1
        self._ticket = self._tickets
        self.controller.train_for(updates, self._ticket)
        return self._ticket

    @Slot()
    def pause(self) -> None:
        self._set_running(False)
        if self.controller is not None:
            self.controller.pause()

    @Slot()
    def step(self) -> None:
        """One update, then paused."""
        self.pause()
        self.controller.step(1)

    @Slot()
    def reset(self) -> None:
        """Fresh random weights of the same network: a new run."""
        self.pause()
        self.clear_problem()
        self.controller.reset()

    def set_network(self, architecture: Architecture, seed: int | None = None) -> None:
        """Another network, fresh, from the start: a new run (the old one stays as a faint curve)."""
        self._set_running(False)  # (the loop pauses for new weights: no pause command of its own,
        self.clear_problem()      # which could end a lesson step's wait on the old run's last snapshot)
        self.controller.set_network(architecture, seed)

    def install(self, weights: NetworkWeights, progress: dict, run: RunRecord, earlier) -> None:
        """A saved state (a lesson's step): these weights, where the run had got to, and the runs
        on the charts (``earlier`` RunRecords, then ``run``, the current one's history); paused."""
        self._set_running(False)
        self._ticket = 0
        self._restores += 1
        self._restoring = self._restores
        self.trained_with = run.trained_with
        self.controller.restore(weights, progress, self._restores)
        self.runs_restored.emit(tuple(earlier), run)

    def set_weights(self, weights: NetworkWeights) -> None:
        """Train on from these weights (a file, a lesson's step): a new run, paused."""
        self._set_running(False)
        self.controller.set_weights(weights)

    def example_step(self, x, label: int) -> None:
        """One gradient step on one example, at the session's learning rate; paused."""
        self._set_running(False)
        self.controller.example_step(x, label, self.learning_rate)

    def request_snapshot(self) -> None:
        self.controller.request_snapshot()

    def set_class_digits(self, mix) -> None:
        """The class's digits (a `ClassMix`: its share of the training examples, its check digits),
        or None; training goes on as it was (running or paused)."""
        self.class_mix = mix
        if self.controller is not None:
            self.controller.set_class_digits(mix)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.running_changed.emit(running)

    # --- problems -----------------------------------------------------------------------------

    @Slot(str)
    def report_problem(self, message: str) -> None:
        """Something the user must hear of (divergence, an error, a lesson step that failed): training
        pauses and the message goes to whoever shows it."""
        self.pause()
        self.problem_changed.emit(message)

    def clear_problem(self) -> None:
        self.problem_changed.emit("")

    # --- the user's settings --------------------------------------------------------------------

    @Slot(float)
    def set_learning_rate(self, lr: float) -> None:
        low, high = LEARNING_RATES
        lr = self._within(float(lr), low, high, translate("TrainingSession", "a learning rate of {value} is beyond "
                                                          "what the app takes: {limit} it is"), f"{low:g}", f"{high:g}")
        if lr == self.config.learning_rate:
            return
        self.config.learning_rate = lr
        if self.controller is not None:
            self.controller.set_learning_rate(lr)
        self.learning_rate_changed.emit(lr)

    @Slot(int)
    def set_batch_size(self, batch_size: int) -> None:
        most = len(self.dataset.train_labels) if self.dataset is not None else batch_size
        batch_size = int(self._within(int(batch_size), 1, most, translate(
            "TrainingSession", "a batch size of {value} is beyond what the app takes: {limit} it is"), "1",
            translate("TrainingSession", "{most} (the training examples)").format(most=f"{most:,}")))
        if batch_size == self.config.batch_size:
            return
        self.config.batch_size = batch_size
        if self.controller is not None:
            self.controller.set_batch_size(batch_size)
        self.batch_size_changed.emit(batch_size)

    def _within(self, value, low, high, notice: str, low_text: str, high_text: str):
        """``value`` clamped to [low, high]; a clamped value is said (`notice`, with ``{value}`` and
        ``{limit}``), not swallowed."""
        if low <= value <= high:
            return value
        clamped = low if value < low else high
        self.notice.emit(notice.format(value=f"{value:,g}", limit=low_text if value < low else high_text))
        return clamped

    def set_speed(self, updates_per_second: float) -> None:
        """Updates per second, or FULL_SPEED (0) for as fast as possible."""
        if updates_per_second == self.speed:
            return
        self.speed = updates_per_second
        if self.controller is not None:
            self.controller.set_speed(updates_per_second)
        self.speed_changed.emit(float(updates_per_second))
