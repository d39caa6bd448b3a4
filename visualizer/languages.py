"""The languages the app speaks, by Qt's locale names; Qt-free, so that ``--language`` is checked
before Qt loads (``--help`` and argument errors stay instant)."""

# Each with its name as its speakers write it (View > Language shows these, untranslated: a reader
# must find their own language in a menu they cannot read yet).
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
}
SOURCE_LANGUAGE = "en"


def check_language_code(text: str) -> str:
    """A code of :data:`LANGUAGES` (``pt-BR`` and ``zh_cn`` are accepted as ``pt_BR`` and ``zh_CN``)."""
    wanted = text.strip().replace("-", "_").lower()
    for code in LANGUAGES:
        if code.lower() == wanted:
            return code
    raise ValueError(f"must be one of {', '.join(LANGUAGES)}, got {text!r}")
