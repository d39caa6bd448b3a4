"""The lesson player, the collect window, the class gallery and the phone page in the app's language:
a fake translator changes every text they show (kept texts at once, made texts when next made), a
lesson follows a change of language at once (its step unchanged), and the phone page's texts are
the ones the page writes."""

import re
from contextlib import contextmanager

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from mnist_visualizer.core.collect.server import WORDS as SERVER_WORDS
from mnist_visualizer.core.collect.server import page_files
from mnist_visualizer.visualizer import translation
from mnist_visualizer.visualizer.collecting import PHONE_PAGE, phone_texts

from .conftest import Marked

LESSON = '''
title = "Test lesson"

[[steps]]
title = "Start"
caption = "Guessing: {accuracy} right."
weights = "fresh"
learning_rate = 0.5
canvas = { test_image = 0 }

[[steps]]
title = "Look"
caption = "p_7 = {p_7}."
highlight = "probabilities"
'''

GERMAN = '''
title = "Testlektion"

[[steps]]
title = "Anfang"
caption = "Geraten: {accuracy} richtig."

[[steps]]
title = "Schau"
caption = "p_7 ist {p_7}."
'''


class FakeLanguage(QObject):
    """What the window's `translation.Language` offers the lesson player: a code and a signal."""

    changed = Signal(str)

    def __init__(self, code):
        super().__init__()
        self.code = code

    def set(self, code):
        self.code = code
        self.changed.emit(code)


@contextmanager
def in_guillemets():
    """The fake translator installed and applied; at the end removed, English applied again."""
    fake = Marked()
    QCoreApplication.installTranslator(fake)
    try:
        translation.retranslate()
        yield
    finally:
        QCoreApplication.removeTranslator(fake)
        translation.retranslate()


@pytest.fixture
def guillemets():
    with in_guillemets():
        yield


@pytest.fixture
def lesson_file(tmp_path):
    path = tmp_path / "lesson.toml"
    path.write_text(LESSON, encoding="utf-8")
    path.with_name("lesson.de.toml").write_text(GERMAN, encoding="utf-8")
    return path


def test_the_lesson_opens_in_the_apps_language_and_follows_a_change_at_once(open_window, small_dataset,
                                                                            lesson_file, qtbot):
    window = open_window(small_dataset, trainer="thread")
    window.language = FakeLanguage("de")
    QLocale.setDefault(QLocale("de"))
    try:
        player = window.lesson
        assert player.open(lesson_file)
        caption = player.caption
        assert caption.title.text() == "Anfang" and player.lesson.title == "Testlektion"
        qtbot.waitUntil(lambda: player.ready_index == 0, timeout=20000)
        accuracy = player.ends[0].values["accuracy"]
        assert caption.text == f"Geraten: {100 * accuracy:.1f}% richtig.".replace(".", ",", 1)
        player.next()
        qtbot.waitUntil(lambda: player.ready_index == 1, timeout=20000)
        weights = player.session.latest.weights
        QLocale.setDefault(QLocale("en"))
        window.language.set("en")   # the step as it was: only the texts change, at once
        assert caption.title.text() == "Look" and caption.text.startswith("p_7 = ")
        assert player.index == 1 and player.ready_index == 1 and player.session.latest.weights is weights
        assert "%" in caption.text and "," not in caption.text
        window.language.set("de")
        assert caption.title.text() == "Schau" and player.state.highlight == "probabilities"
        window.language.set("fr")   # no translation: English
        assert caption.title.text() == "Look"
        player.previous()
        assert caption.title.text() == "Start"
        player.leave()
        window.language.set("de")   # no lesson open: nothing to do
        assert not player.active
    finally:
        QLocale.setDefault(QLocale.c())


def test_a_translation_with_mistakes_is_said_and_the_lesson_shows_in_english(open_window, small_dataset,
                                                                             lesson_file):
    lesson_file.with_name("lesson.de.toml").write_text(GERMAN.replace("{p_7}", "{p_3}"), encoding="utf-8")
    window = open_window(small_dataset, trainer="thread")
    window.language = FakeLanguage("de")
    assert window.lesson.open(lesson_file)
    assert window.lesson.caption.title.text() == "Start"
    told = window.files.last_dialog
    assert "lesson.de.toml, step 2" in told.text() and "{p_3} is not in the English caption" in told.text()
    told.close()
    window.lesson.leave()


def test_check_lesson_checks_the_translations_beside_it(lesson_file, capsys):
    from mnist_visualizer.visualizer.app import check_lesson
    assert check_lesson(str(lesson_file), n_test_images=500) == 0
    lesson_file.with_name("lesson.fr.toml").write_text('title = "Leçon"\n', encoding="utf-8")
    assert check_lesson(str(lesson_file), n_test_images=500) == 1
    assert "lesson.fr.toml: steps must be 2 [[steps]] tables" in capsys.readouterr().err


def test_a_fake_translator_changes_every_text_of_the_lesson_caption(open_window, small_dataset, lesson_file):
    window = open_window(small_dataset, trainer="thread")
    caption = window.lesson.caption
    before = caption.leave_button.text()
    with in_guillemets():
        assert caption.leave_button.text() == f"«{before}»" and caption.next_button.text() == "«Next ▶»"
        window.lesson.open(lesson_file)   # made at the moment: the counter
        assert caption.counter.text() in ("«Step 1 of 2»", "«Step 1 of 2 · getting it ready…»")
        window.lesson.leave()
    assert caption.leave_button.text() == before


def test_a_fake_translator_changes_the_collect_window_and_the_gallery(tmp_path, qtbot, guillemets):
    from mnist_visualizer.visualizer.collect_panel import CollectWindow
    from mnist_visualizer.visualizer.collecting import Collecting
    collecting = Collecting(tmp_path / "class-digits", host="127.0.0.1", port=0)
    panel = CollectWindow(collecting)
    qtbot.addWidget(panel)
    # built while the fake translator is in: everything it shows is translated
    assert panel.accept_button.text() == "«Accept (A)»" and panel.windowTitle() == "«Collect digits from phones»"
    assert panel.start_stop.text() == "«Start collecting»" and panel.mix.suffix() == "«% of the examples»"
    assert panel.tabs.tabText(0) == "«Waiting (0)»"
    assert panel.gallery.summary.text() == "«No class digits yet: accept some from the queue.»"
    images = np.zeros((2, 784), np.uint8)
    panel.gallery.set_digits(images, np.array([3, 4], np.uint8), np.array([False, True]))
    assert panel.gallery.grid.item(0).text() == "3"   # a digit's label has no words
    collecting.stop()


def test_retranslate_applies_a_new_language_to_a_collect_window_already_open(tmp_path, qtbot):
    from mnist_visualizer.visualizer.collect_panel import CollectWindow
    from mnist_visualizer.visualizer.collecting import Collecting
    from mnist_visualizer.core.model import NetworkWeights, build_network
    from mnist_visualizer.core.networks import OneLayer
    collecting = Collecting(tmp_path / "class-digits", host="127.0.0.1", port=0)
    panel = CollectWindow(collecting)
    qtbot.addWidget(panel)
    panel.gallery.set_digits(np.zeros((2, 784), np.uint8), np.array([3, 4], np.uint8), np.array([False, True]))
    panel.gallery.show_answers(NetworkWeights.of(build_network(OneLayer(), seed=0)), at_once=True)
    english = (panel.auto.text(), panel.gallery.summary.text(), panel.gallery.grid.item(1).toolTip())
    assert english[1].startswith("The network reads") and "check digit" in english[2]
    with in_guillemets():
        assert panel.auto.text() == f"«{english[0]}»"
        # (the percentage through the translated "%1%" too)
        assert panel.gallery.summary.text() == re.sub(r"\((\d+%)\)", r"(«\1»)", f"«{english[1]}»")
        assert panel.gallery.grid.item(1).toolTip() == f"«{english[2]}»"
        assert panel.mix.toolTip().startswith("«The share")
    assert (panel.auto.text(), panel.gallery.summary.text(), panel.gallery.grid.item(1).toolTip()) == english
    collecting.stop()


def test_the_phone_pages_texts_are_the_ones_the_page_writes(guillemets):
    """Every text phone.html (data-text, data-text-label, the ask) and phone.js (T("...")) show and
    every refusal of the server is listed for translators, and nothing else; translated, they go to
    the server as {English: shown}."""
    page = page_files()[""][0].decode()
    script = page_files()["phone.js"][0].decode()
    shown = set(re.findall(r"<(?:title|p|button)[^>]*data-text[^>]*>([^<]+)<", page))
    shown |= set(re.findall(r'aria-label="([^"]+)" data-text-label', page))
    shown |= set(re.findall(r'\bT\("([^"]+)"\)', script)) | set(re.findall(r'ask: "([^"]+)"', script))
    shown |= set(SERVER_WORDS.values())
    assert len(shown) == len(PHONE_PAGE) == 17
    assert shown == set(PHONE_PAGE)
    assert phone_texts() == {text: f"«{text}»" for text in PHONE_PAGE}
