"""``mnist-visualizer``: open the window, optionally start at once, quit after a while, screenshot,
record an animation."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time

from ..core.cli import OneLineParser, choose_network, positive_float, whole_number
from ..core.data import DatasetError, load_dataset
from ..core.files import unwritable
from ..core.model import WeightsError
from ..core.networks import add_network_options
from ..core.live.cores import leave_training_core
from ..core.live.memory import peak_rss_mb, proportional_mb, seconds_since_process_start
from ..core.training import TrainConfig, evaluate


def watch_first_frame(window, done) -> None:
    """Call ``done(seconds since process start)`` once the window's first frame is on screen: after
    the first paint of the shown window (it shows the initial snapshot, drawn before it is shown),
    once that paint pass, with its flush to the screen, has ended."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, lambda: done(seconds_since_process_start()))
            return False

    window.installEventFilter(FirstPaint(window))


def speed(text: str) -> float:
    """``--speed``: "full", or a positive number of updates per second."""
    if text.strip().lower() == "full":
        return 0.0  # the controllers' FULL_SPEED (their module loads Qt: not before the arguments are read)
    try:
        return positive_float(text)
    except (ValueError, argparse.ArgumentTypeError):
        raise argparse.ArgumentTypeError(f'must be "full" or a positive number of updates per second, '
                                         f'got {text!r}') from None


def language_code(text: str) -> str:
    """``--language``: a language the app knows (checked without loading Qt)."""
    from .languages import check_language_code
    try:
        return check_language_code(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    defaults = TrainConfig()
    parser = OneLineParser(prog="mnist-visualizer",
                           description="Watch a one-layer softmax network learn MNIST, and draw digits for it.")
    # lr and batch size default to None: "not given", so that the remembered settings apply.
    parser.add_argument("--lr", type=positive_float,
                        help=f"learning rate (default {defaults.learning_rate}, or as last time)")
    parser.add_argument("--batch-size", type=whole_number(1),
                        help="examples per update; 1 = the guide's per-example updates (default)")
    parser.add_argument("--speed", type=speed, metavar="N|full",
                        help="updates per second, or full (default: full speed, or as last time)")
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--data-dir", help="folder of the four IDX files (default: bundled MNIST)")
    add_network_options(parser)   # every kind's flags: --hidden, --activation, ...
    parser.add_argument("--load", metavar="W.npz", help="start from these weights (a file of any network kind: it loads as the network it holds)")
    parser.add_argument("--autostart", action="store_true", help="start training at once")
    parser.add_argument("--trainer", choices=("process", "thread"), default="process",
                        help="train in a process of its own (default: drawing and training then never "
                             "wait for each other), or in a thread of the window's process")
    parser.add_argument("--quit-after", type=positive_float, metavar="SECONDS",
                        help="quit cleanly after this many seconds, printing one JSON line of results")
    parser.add_argument("--screenshot", metavar="PATH", help="save a PNG of the window just before quitting")
    parser.add_argument("--lesson", metavar="FILE|NAME",
                        help="open a lesson: a .toml/.json file, or a built-in one by name (course)")
    parser.add_argument("--check-lesson", metavar="FILE|NAME",
                        help="check a lesson file without opening the window: every problem on stderr, one "
                             "line each (file, step, field); exit status 1 if there is any, 0 if none")
    parser.add_argument("--presentation", action="store_true",
                        help="start in presentation mode: full screen, large type (F11 toggles)")
    parser.add_argument("--language", type=language_code, metavar="CODE",
                        help="the app's language: en, de, es, fr, pt_BR or zh_CN (default: as last time, "
                             "else the system's)")
    parser.add_argument("--settings", metavar="FILE.ini",
                        help="remember settings in this file (default: the user's settings folder)")
    parser.add_argument("--no-settings", action="store_true", help="neither read nor save settings")
    parser.add_argument("--record", metavar="PATH",
                        help="record the window as an animation (.gif, .webp, or .mp4 with the 'video' "
                             "extra), then quit; with --autostart, the learning")
    parser.add_argument("--record-seconds", type=positive_float, default=10.0, metavar="S",
                        help="length of the --record animation in seconds (default 10), at 10 frames/s")
    parser.add_argument("--collect", action="store_true",
                        help="collect digits from the class's phones at once: shows a QR code and "
                             "prints the page's address on stdout, one line")
    parser.add_argument("--collect-host", metavar="ADDRESS",
                        help="the address phones reach this computer on (default: its address on the "
                             "local network); only this address is listened on")
    parser.add_argument("--collect-port", type=whole_number(0), default=8765, metavar="PORT",
                        help="the port to collect on (default 8765; 0: any free port)")
    parser.add_argument("--class-digits", metavar="DIR",
                        help="folder the class's digits are kept in (default: in the user's data folder)")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add the app to this user's desktop menu (Linux: writes a .desktop file and "
                             "an icon under $XDG_DATA_HOME, default ~/.local/share) and exit")
    return parser


def given_options(args: argparse.Namespace) -> dict:
    """The options given on the command line (those that differ from their defaults), by name."""
    defaults = vars(build_parser().parse_args([]))
    return {name: value for name, value in vars(args).items() if value != defaults.get(name)}


def check_lesson(path_or_name: str, n_test_images: int | None = None) -> int:
    """Read a lesson and say what is wrong with it: every problem on stderr, one line each; 1 if
    any, else a line on stdout and 0. The translations beside it (course.de.toml) are checked too."""
    from ..core.lessons import N_TEST_IMAGES, LessonError, check_translations, load_lesson
    try:
        lesson = load_lesson(path_or_name, n_test_images=n_test_images or N_TEST_IMAGES)
    except LessonError as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        return 1
    if problems := check_translations(lesson):
        for line in problems:
            print(line, file=sys.stderr)
        return 1
    print(f"{lesson.source.name}: {len(lesson.steps)} steps, no problems")
    return 0


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    if args.check_lesson:
        return check_lesson(args.check_lesson)
    if args.install_desktop_entry:
        from .desktop import install_desktop_entry
        if sys.platform in ("win32", "darwin"):
            print("error: --install-desktop-entry is for Linux (freedesktop) desktops", file=sys.stderr)
            return 2
        try:
            written = install_desktop_entry()
        except OSError as exc:
            print(f"error: cannot install the desktop entry: {exc}", file=sys.stderr)
            return 1
        for path in written:
            print(f"wrote {path}")
        return 0
    try:
        # A training process reads the training images itself: the window never holds them.
        dataset = load_dataset(args.data_dir, train_images=args.trainer == "thread")
        model = choose_network(args)   # --load, or the network the options spell (as mnist-train's)
    except (DatasetError, WeightsError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    config = TrainConfig(seed=args.seed)
    if args.lesson:   # a bad lesson is said here, every problem of it, before any window opens
        from ..core.lessons import LessonError, load_lesson
        try:
            load_lesson(args.lesson, n_test_images=len(dataset.test_labels))
        except LessonError as exc:
            for line in exc.problems:
                print(f"error: {line}", file=sys.stderr)
            return 2
    if args.screenshot and (problem := unwritable(args.screenshot, "the screenshot")):
        print(f"error: {problem}", file=sys.stderr)   # before the run it would end, not after it
        return 2
    if args.record:
        from .recording import RecordingError, check_animation_path  # Qt-free until a recorder exists
        try:
            check_animation_path(args.record)
        except RecordingError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2

    # Where Qt would abort with a core dump (no display, a missing X11 library), say why and what
    # to do instead; checked before Qt is even imported.
    from .launch import EXIT_NO_WINDOW, preflight
    if "PySide6.QtWidgets" not in sys.modules or _no_application():
        problem = preflight()
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return EXIT_NO_WINDOW

    # Qt is imported only now, so that `--help` and argument errors are instant.
    try:
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:  # a system library Qt itself needs (libEGL, libfontconfig, ...)
        print(f"error: cannot start Qt: {exc}. On Debian/Ubuntu: sudo apt-get install libgl1 libegl1 "
              f"libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3", file=sys.stderr)
        return EXIT_NO_WINDOW

    from .desktop import APP_ID, app_icon
    from .window import MainWindow

    if args.trainer == "process":
        leave_training_core()   # (before Qt starts its threads: they inherit it)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("mnist-visualizer")
    app.setOrganizationName("mnist-visualizer")
    # the taskbar's icon (X11) and the desktop entry a Wayland compositor matches the window with
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
    if args.no_settings:
        settings = None
    elif args.settings:
        settings = QSettings(args.settings, QSettings.IniFormat)
    else:
        settings = QSettings(QSettings.IniFormat, QSettings.UserScope, "mnist-visualizer", "mnist-visualizer")
    from .settings import remembered_language
    from .translation import Language, system_language
    language = Language(app)   # before the window: its texts are made in the language
    language.set(args.language or remembered_language(settings) or system_language())
    window = MainWindow(dataset, config, model, settings=settings, trainer=args.trainer, language=language)
    del dataset  # the window's own from here on (opening another replaces it)
    window.class_digits.options = {"folder": args.class_digits, "host": args.collect_host, "port": args.collect_port}
    session = window.session
    # What the command line says wins over what was remembered.
    if args.lr is not None:
        session.set_learning_rate(args.lr)
    if args.batch_size is not None:
        session.set_batch_size(args.batch_size)
    if args.speed is not None:
        session.set_speed(args.speed)
    app.aboutToQuit.connect(window.shutdown)

    # Ctrl+C and SIGTERM close the window like the close button does, from any state (a dialog's
    # own event loop included: quit() ends every loop). Python runs signal handlers only between
    # bytecodes, so a timer wakes the interpreter while Qt's loop waits.
    def close_everything():
        window.close()
        app.closeAllWindows()
        app.quit()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, close_everything))
    heartbeat = QTimer()
    heartbeat.start(200)
    heartbeat.timeout.connect(lambda: None)

    results = {}
    first_frame: dict[str, float] = {}
    watch_first_frame(window, lambda seconds: first_frame.setdefault("seconds", seconds))
    window.display.draw_frame()  # the initial snapshot is in the views before the window's first paint
    started = time.monotonic()
    pending = {"timer": bool(args.quit_after), "recording": bool(args.record)}
    failures = []

    def done(what):
        """Quit once the --quit-after time is up and the recording is written, whichever is last."""
        pending[what] = False
        if not any(pending.values()):
            finish()

    def finish():
        if args.screenshot and not window.grab().save(args.screenshot, "PNG"):
            failures.append(f"{args.screenshot}: the screenshot could not be written")
        scored = evaluate(window.current_weights().network(), window.dataset.test_images,
                          window.dataset.test_labels.astype("int64"))
        snap = session.latest
        seconds = args.quit_after or round(time.monotonic() - started, 2)
        results.update(examples_seen=snap.examples_seen if snap else 0,
                       updates=snap.updates if snap else 0,
                       test_accuracy=scored.test_accuracy, test_loss=scored.test_loss,
                       frames=window.display.frames, seconds=seconds,
                       frames_per_second=window.display.frames / seconds,
                       first_frame_seconds=first_frame.get("seconds"), peak_rss_mb=peak_rss_mb(),
                       # what the options asked for (those given), and what that came to
                       options=given_options(args), network=snap.architecture.describe() if snap else None,
                       speed=session.speed or "full", learning_rate=session.learning_rate,
                       batch_size=session.batch_size)
        pid = getattr(session.controller, "pid", None)
        shares = [proportional_mb()] + ([proportional_mb(pid)] if pid else [])
        if None not in shares:  # both processes' memory as it is now, shared pages counted once
            results.update(footprint_mb=sum(shares))
        if recorder is not None:
            results.update(recording=args.record, recording_frames=recorder.frame_count,
                           recording_fps=recorder.fps)
        window.close()

    if args.presentation:
        window.appearance.set_presentation(True)
    else:
        window.show()
    if args.lesson:
        window.lesson.open(args.lesson)
    if args.autostart:
        session.start()
    if args.collect:
        from ..core.collect.server import CollectError
        try:
            print(window.class_digits.panel.collecting.start(), flush=True)   # the address, for scripts
        except (CollectError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            window.close()
            return 2
        window.class_digits.show()
    recorder = None
    if args.record:
        from .recording import AnimationRecorder

        recorder = AnimationRecorder(window, args.record, seconds=args.record_seconds)
        recorder.finished.connect(lambda path: done("recording"))

        def recording_failed(message):
            failures.append(message)
            window.close()

        recorder.failed.connect(recording_failed)
        # from the event loop, once the window has its final size (full screen arrives late from a
        # window manager): every frame must have the size of the first
        QTimer.singleShot(500, recorder.start)
    if args.quit_after:
        QTimer.singleShot(int(args.quit_after * 1000), lambda: done("timer"))
    app.exec()
    window.shutdown()
    if results and getattr(session.controller, "peak_rss_mb", None) is not None:
        # the training process' own peak, and the two together: the app's whole footprint at most
        # (pages both map, such as the libraries' code, are counted twice)
        trainer_mb = session.controller.peak_rss_mb
        results.update(trainer_peak_rss_mb=trainer_mb, total_peak_rss_mb=results["peak_rss_mb"] + trainer_mb)
    if failures:
        print(f"error: {failures[0]}", file=sys.stderr)
        return 1
    if results:
        print(json.dumps(results), flush=True)
    return 0


def _no_application() -> bool:
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() is None


if __name__ == "__main__":
    sys.exit(main())
