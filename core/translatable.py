"""Marks the texts that core makes for the window to show, so that ``pyside6-lupdate`` puts them in
the translators' files (``resources/translations``) while core stays free of Qt.

A marked text is sent as it is (English, with ``{name}`` placeholders) and the window translates it
where it shows it (``visualizer.translation.translate_marked(context, text).format(...)``); on the
command line it is printed as it is.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """``text``, unchanged: the call only marks it (in ``context``) for translation."""
    return text
