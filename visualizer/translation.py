"""The app in the class's language, through Qt's own translation system.

- Every text the window shows goes through :func:`translate` (``QCoreApplication.translate`` with a
  literal context and source, so that ``pyside6-lupdate`` finds it; see ``resources/translations``).
- :class:`Language` installs the shipped ``.qm`` of a language (and Qt's own, for its dialogs'
  buttons) and sets the locale numbers are written in.
- :func:`keep_translated` applies a text now and again after every change of language, so that a
  language chosen from View > Language takes effect at once, the run going on underneath. Texts
  remade every frame or every message need nothing more: they are made in the new language next time.
- :func:`number` and :func:`percent` write numbers as the language does (92,3 % in French, 92.3% in
  English).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ..core.shown import percent_ends
from .languages import LANGUAGES, SOURCE_LANGUAGE

RESOURCES_PACKAGE = __package__.rsplit(".", 1)[0] + ".resources"
CATALOGUE = "mnist_visualizer"   # resources/translations/mnist_visualizer_<code>.ts and .qm


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` in the current language (``text`` itself where no translation is installed).
    ``context`` and ``text`` must be string literals at the call, for ``pyside6-lupdate``; ``n`` picks
    a plural form for a ``%n`` in the text."""
    return QCoreApplication.translate(context, text, None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a text for translation where it is defined (a table of names, a default argument);
    :func:`translate_marked` translates it where it is shown."""
    return text


def translate_marked(context: str, text: str, n: int = -1) -> str:
    """:func:`translate` for a text that is not a literal here (a variable holding a text marked with
    :func:`QT_TRANSLATE_NOOP` in ``context``); lupdate reads the mark, not this call."""
    return QCoreApplication.translate(context, text, None, n)


def translations_folder() -> Path:
    return Path(str(resources.files(RESOURCES_PACKAGE) / "translations"))


def catalogue_path(code: str, suffix: str = "qm") -> Path:
    return translations_folder() / f"{CATALOGUE}_{code}.{suffix}"


def shipped_languages() -> list[str]:
    """The languages offered: English and every language with a compiled catalogue."""
    return [code for code in LANGUAGES if code == SOURCE_LANGUAGE or catalogue_path(code).exists()]


def system_language(locale: QLocale | None = None) -> str:
    """The shipped language closest to the system's locale (``de_AT`` → ``de``, ``pt_PT`` → English
    unless Portuguese ships, ``zh_Hans_CN``/``zh_SG`` → ``zh_CN``); English if none is close."""
    name = (locale or QLocale.system()).name()   # "de_DE", "pt_BR", "zh_CN"
    offered = shipped_languages()
    if name in offered:
        return name
    language = name.split("_")[0]
    for code in offered:
        if code.split("_")[0] == language:
            return code
    return SOURCE_LANGUAGE


# --- texts that follow a change of language ---------------------------------------------------------

_kept: list[tuple[QObject, Callable[[], None]]] = []
_alive_at_last_count = 256


def keep_translated(owner: QObject, apply: Callable[[], None]) -> None:
    """Call ``apply`` now, and again after each change of language while ``owner`` lives.
    ``apply`` sets one or more texts, each through :func:`translate`, e.g.
    ``keep_translated(button, lambda: button.setText(translate("Controls", "&Start")))``."""
    global _alive_at_last_count
    apply()
    _kept.append((owner, apply))
    if len(_kept) > 2 * _alive_at_last_count:   # (views made anew, per network: forget the gone ones)
        _alive_at_last_count = max(256, len(_forget_gone()))


def _forget_gone() -> list[tuple[QObject, Callable[[], None]]]:
    _kept[:] = [(owner, apply) for owner, apply in _kept if shiboken6.isValid(owner)]
    return _kept


def retranslate() -> int:
    """Apply every kept text again (after a language change); forget those whose owner is gone.
    Returns how many were applied."""
    alive = list(_forget_gone())
    for _, apply in alive:
        apply()
    return len(alive)


# --- numbers ----------------------------------------------------------------------------------------

def number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` places and the language's decimal sign and digit grouping."""
    # (French groups digits with U+202F, at which Qt's rich text breaks a line: "60" / "000")
    return QLocale().toString(float(value), "f", decimals).replace("\u202f", "\u00a0")


def decimal_sign(written: str) -> str:
    """A number Python wrote ("0.01", "0.81") with the language's decimal sign ("0,01")."""
    return written.replace(".", QLocale().decimalPoint())


def decimal(value: float) -> str:
    """``value`` as short as Python's ``:g`` writes it (0.01, 2e-05, 128), with the language's
    decimal sign (0,01)."""
    return decimal_sign(f"{value:g}")


def percent_sign(written: str) -> str:
    """A number already written ("92,3") as the language writes a percentage ("92,3 %", "92.3%")."""
    return translate("Numbers", "%1%").replace("%1", written)


def percent(fraction: float, decimals: int = 1) -> str:
    """A fraction as a percentage, written as the language writes one ("92.3%", "92,3 %"), and at
    the ends as ``core.shown.percent_text`` says: what is not exactly 1 never reads 100% (">99.9%"),
    what is not exactly 0 never 0% ("<0.1%")."""
    if not math.isfinite(fraction):
        return "–"
    bound, value = percent_ends(fraction, decimals)
    return bound + percent_sign(number(value, decimals))


# --- choosing -----------------------------------------------------------------------------------------

class Language(QObject):
    """The application's language: its translators, its locale, and a signal when it changes."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.code = SOURCE_LANGUAGE
        self._translators: list[QTranslator] = []

    def set(self, code: str) -> bool:
        """Show the app in ``code``: False (and English) if its catalogue is missing or damaged."""
        if code not in LANGUAGES:
            return False
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        loaded = code == SOURCE_LANGUAGE
        if not loaded:
            ours = QTranslator(self)
            loaded = ours.load(str(catalogue_path(code)))
            if loaded:
                self._translators.append(ours)
                qt_own = QTranslator(self)   # Qt's dialogs' buttons (Cancel, Open, ...)
                if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
                    self._translators.append(qt_own)
        self.code = code if loaded else SOURCE_LANGUAGE
        QLocale.setDefault(QLocale(self.code))
        for translator in self._translators:
            app.installTranslator(translator)
        retranslate()
        self.changed.emit(self.code)
        return loaded
