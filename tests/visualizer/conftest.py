import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QThread, QTranslator

from mnist_visualizer.core.training import TrainConfig

# The app writes numbers in its language's format (Language.set sets the locale: "12,000 examples" in
# English); a test of one widget, with no app around it, writes them as English does too, whatever
# the machine's locale ("C" would write 12000).
ENGLISH = QLocale(QLocale.English, QLocale.UnitedStates)
QLocale.setDefault(ENGLISH)


@pytest.fixture(autouse=True)
def in_english():
    """Each test starts in English, whatever an earlier one chose (a language is the app's, global)."""
    QLocale.setDefault(ENGLISH)
    yield


@pytest.fixture(autouse=True)
def no_thread_left_running(qapp):
    """Fail any test that leaves a training thread running (as napari's test suite does)."""
    yield
    qapp.processEvents()
    running = [t for t in qapp.findChildren(QThread) if t.isRunning()]
    assert not running, f"threads left running: {running}"


@pytest.fixture
def open_window(qtbot):
    """A factory: a MainWindow on ``dataset``, shown, exposed, its training process (or thread)
    started and its first snapshot in; closed (training stopped) after the test."""
    from mnist_visualizer.visualizer.window import MainWindow
    windows = []

    def make(dataset, config=None, model=None, trainer="process"):
        w = MainWindow(dataset, config or TrainConfig(), model, trainer=trainer)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.session.controller.snapshots_received > 0, timeout=3000)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()
        assert not w.session.controller.is_alive()


class Marked(QTranslator):
    """Every text of every context as «text»: a language no text could be in by chance, so that a text
    left unmarked on screen is one that never went through translate()."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if source.strip() else source

    def isEmpty(self):
        return False


@pytest.fixture
def marked(qapp):
    """``marked()``: the fake language installed and applied; English again afterwards (applied too)."""
    from mnist_visualizer.visualizer.translation import retranslate
    translator = Marked()
    yield lambda: (QCoreApplication.installTranslator(translator), retranslate())
    QCoreApplication.removeTranslator(translator)
    retranslate()
