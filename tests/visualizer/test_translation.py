"""The app in other languages: every shipped language has every text the source has, keeps each
text's placeholders and shortcut, ships compiled as its .ts says; a change of language reaches every
text on screen at once, the run going on."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabWidget

from mnist_visualizer.visualizer import catalogues
from mnist_visualizer.visualizer.languages import LANGUAGES, check_language_code
from mnist_visualizer.visualizer.translation import (Language, catalogue_path, percent, retranslate,
                                                     system_language)

from .conftest import Marked

TRANSLATED = [code for code in LANGUAGES if code != "en"]


def messages(ts_file) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> its finished translations (one, or a numerus form each); [] if unfinished."""
    out = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            finished = kind != "unfinished" and all(f.strip() for f in forms)
            out[(name, message.findtext("source"))] = forms if finished else []
    return out


@pytest.fixture(scope="module")
def source_texts(tmp_path_factory):
    """Every text of the source, as lupdate finds it now."""
    ts = tmp_path_factory.mktemp("lupdate") / "source.ts"
    said = catalogues.extract([ts])
    return messages(ts), said


def test_lupdate_reads_every_call(source_texts):
    texts, said = source_texts
    assert len(texts) > 300
    # a translate() whose arguments are not literals is a text lupdate cannot see
    assert "Cannot invoke" not in said and "cannot" not in said.lower(), said


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_shipped_language_translates_every_text(code, source_texts):
    texts, _ = source_texts
    shipped = messages(catalogue_path(code, "ts"))
    missing = [f"{context}: {source!r}" for context, source in texts if not shipped.get((context, source))]
    assert not missing, f"{code} lacks {len(missing)} of {len(texts)} texts, e.g. " + "; ".join(missing[:8])


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}|%[1-9n]")


def shortcut_marks(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)[^\s&]", text))


def placeholder_problems(source: str, forms: list[str]) -> list[str]:
    wanted = sorted(PLACEHOLDER.findall(source))
    problems = []
    for form in forms:
        if sorted(PLACEHOLDER.findall(form)) != wanted and not ("%n" in wanted and len(forms) > 1):
            problems.append(f"{source!r} -> {form!r}: placeholders {wanted}")
        if shortcut_marks(form) != shortcut_marks(source):
            problems.append(f"{source!r} -> {form!r}: the shortcut's & is lost or added")
    return problems


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_placeholders_and_shortcuts(code):
    problems = [p for (_, source), forms in messages(catalogue_path(code, "ts")).items()
                for p in placeholder_problems(source, forms)]
    assert not problems, f"{code}: " + "; ".join(problems[:8])


def test_the_placeholder_check_fails_on_a_dropped_placeholder():
    assert placeholder_problems("Show {tab}", ["{tab} anzeigen"]) == []
    assert placeholder_problems("Show {tab}", ["Anzeigen"])
    assert placeholder_problems("Accuracy %1", ["Genauigkeit"])
    assert placeholder_problems("&File", ["Datei"])
    assert placeholder_problems("&File", ["&Datei"]) == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_shipped_catalogue_is_its_ts_compiled(code, tmp_path):
    compiled = tmp_path / f"{code}.qm"
    catalogues.compile_catalogue(catalogue_path(code, "ts"), compiled)
    assert compiled.read_bytes() == catalogue_path(code, "qm").read_bytes(), \
        "run `python -m mnist_visualizer.visualizer.catalogues release`"


def test_language_codes_and_the_systems_locale():
    from PySide6.QtCore import QLocale
    assert check_language_code("pt-br") == "pt_BR" and check_language_code("zh_cn") == "zh_CN"
    with pytest.raises(ValueError):
        check_language_code("klingon")
    assert system_language(QLocale("de_AT")) == "de"
    assert system_language(QLocale("zh_CN")) == "zh_CN"
    assert system_language(QLocale("fi_FI")) == "en"


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_loads_and_writes_its_numbers(qapp, code):
    language = Language()
    try:
        assert language.set(code)
        assert QCoreApplication.translate("Actions", "&File") != "&File"
        shown = percent(0.923, 1)
        assert "92" in shown and "3" in shown
        if code in ("de", "fr", "es", "pt_BR"):
            assert "," in shown, shown   # their decimal sign
    finally:
        language.set("en")
    assert percent(0.923, 1) == "92.3%"


# --- on screen -----------------------------------------------------------------------------------

def shown_texts(window) -> list[str]:
    """What the window shows in words: its menus and their actions, labels, buttons, tabs."""
    texts = [m.title() for m in window.menuBar().findChildren(QMenu)]
    texts += [a.text() for a in window.findChildren(QAction) if a.isVisible()
              and a.text() not in LANGUAGES.values()      # (each in its own words, on purpose)
              and not isinstance(a.parent(), pg.GraphicsScene)]   # (pyqtgraph's own right-click menu)
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


WORD = re.compile(r"[A-Za-z]{3,}")


def test_a_change_of_language_reaches_every_text_on_screen_and_the_run_goes_on(
        open_window, small_dataset, qtbot):
    w = open_window(small_dataset)
    w.session.start()
    qtbot.waitUntil(lambda: w.latest.examples_seen > 0, timeout=5000)
    marking = Marked()
    QCoreApplication.installTranslator(marking)
    try:
        retranslate()
        qtbot.wait(300)   # a frame or two: the texts made at each frame
        unmarked = sorted({t for t in shown_texts(w) if WORD.search(t) and "«" not in t})
        assert not unmarked, f"{len(unmarked)} texts are not translated: {unmarked[:12]}"
    finally:
        QCoreApplication.removeTranslator(marking)
        retranslate()
    seen = w.latest.examples_seen
    w.set_language("de")
    try:
        assert w.action_set.language["de"].isChecked()
        qtbot.waitUntil(lambda: w.latest.examples_seen > seen, timeout=5000)   # the run went on
        assert w.menuBar().actions()[0].text() == QCoreApplication.translate("Actions", "&File") != "&File"
    finally:
        w.set_language("en")
    assert w.menuBar().actions()[0].text() == "&File"


def test_the_language_is_remembered(tmp_path, small_dataset, qtbot):
    from mnist_visualizer.core.training import TrainConfig
    from mnist_visualizer.visualizer.settings import remembered_language, save_settings
    from mnist_visualizer.visualizer.window import MainWindow
    store = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    w = MainWindow(small_dataset, TrainConfig(), trainer="thread")
    qtbot.addWidget(w)
    try:
        w.set_language("fr")
        save_settings(store, w, w.session, w.appearance)
        assert remembered_language(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)) == "fr"
    finally:
        w.set_language("en")
        w.close()
