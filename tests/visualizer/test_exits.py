"""Closing the window, Ctrl+C and SIGTERM end the app within 2 s with status 0 and no Qt warnings,
whatever it is doing: training, paused, in the middle of a long update, or showing a dialog."""

import os
import subprocess
import sys
import textwrap
import time

import pytest

# Runs the real entry point in a child process; after `delay` seconds the child does `act` to
# itself (a signal, or closing the window) while in `state`, and prints when it did, so the parent
# can time the exit from that moment.
CHILD = textwrap.dedent("""
    import os, signal, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    import mnist_visualizer.visualizer.app as app_module

    state, act, delay = sys.argv[1], sys.argv[2], float(sys.argv[3])

    def window():
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))

    def act_now():
        print(f"ACT {time.monotonic()}", flush=True)
        if act == "close":
            window().close()
        else:
            os.kill(os.getpid(), getattr(signal, act))

    def arrange():
        w = window()
        if state == "training":
            w.session.start()
        elif state == "mid-step":
            w.batch_box.setValue(60000)   # one update = the whole training set, ~0.1 s each
            w.session.start()
        elif state == "dialog":
            QTimer.singleShot(int(delay * 1000), act_now)
            w.files.choose_weights_to_load()  # a modal file dialog with its own event loop
            return
        QTimer.singleShot(int(delay * 1000), act_now)

    import mnist_visualizer.visualizer.window
    original_init = mnist_visualizer.visualizer.window.MainWindow.__init__

    def init_then_arrange(self, *args, **kwargs):  # the app makes its QApplication, then the window
        original_init(self, *args, **kwargs)
        QTimer.singleShot(300, arrange)

    mnist_visualizer.visualizer.window.MainWindow.__init__ = init_then_arrange
    sys.exit(app_module.main(["--no-settings"]))
""")


def run_child(state, act, delay=1.5):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", CHILD, state, act, str(delay)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"the app did not exit: {err}")
    ended = time.monotonic()
    return proc.returncode, out, err, ended


@pytest.mark.parametrize("state", ["training", "paused", "mid-step", "dialog"])
@pytest.mark.parametrize("act", ["close", "SIGINT", "SIGTERM"])
@pytest.mark.timing
def test_clean_exit(state, act):
    if state == "dialog" and act == "close":
        act = "close"  # closing the main window with a dialog open, as a user clicking its X
    code, out, err, ended = run_child(state, act)
    acted = float(next(line.split()[1] for line in out.splitlines() if line.startswith("ACT")))
    assert code == 0, err
    assert ended - acted < 2.0
    lines = [l for l in err.splitlines() if "propagateSizeHints" not in l]  # offscreen platform only
    assert not lines, err
