"""What core says, in the window's language.

Core makes its messages (training's problems, a dataset's or a weights file's errors) in English,
from texts marked for translation (``core.translatable``), and sends them as they are: across the
pipe from the training process, or in an exception. The window shows each in its language by
recognising the marked text it was made from, translating that, and putting the values back in;
a value that is itself one of the texts (a ``{what}`` such as "a weights file", a ``{problem}``
that is another message) is translated too. A message made from no marked text is shown as it is.
"""

from __future__ import annotations

import functools
import re
import string

from ..core import data, files, model
from ..core.live import trainer_process, training_loop
from ..core.networks import chooser_architectures
from ..core.training import DIVERGED_TEXT

from .translation import decimal_sign, translate_marked

# (context, marked texts) of every message core makes for the window; a text more particular
# before one that would match more (recognised in this order).
MESSAGES = (
    ("Training", (DIVERGED_TEXT, training_loop.STEP_NOT_APPLIED, training_loop.PAUSED_AFTER_ERROR,
                  trainer_process.NOT_SENT, trainer_process.NOT_UNDERSTOOD, trainer_process.PIPE_BROKE)),
    ("Dataset", tuple(data.MESSAGES.values())),
    ("Weights", tuple(model.MESSAGES.values())),
    ("Files", tuple(files.MESSAGES.values())),
    # a network's name in a message ("... at learning rate 50 (batch size 1, one layer)")
    ("Network", tuple(dict.fromkeys(a.wording()[0] for a in chooser_architectures()))),
)
DECIMAL = re.compile(r"-?\d+\.\d+")   # a value written with a decimal point: 0.01


@functools.cache
def _pattern(text: str) -> re.Pattern:
    """A regular expression that matches ``text`` formatted, each ``{name}`` a group (a name used
    twice must match the same words twice)."""
    parts, seen = [], set()
    for literal, name, _, _ in string.Formatter().parse(text):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
            seen.add(name)
    return re.compile("".join(parts), re.DOTALL)


def shown(message: str) -> str:
    """``message`` (core's, in English) in the current language: the marked text it was made from,
    translated, with its values (each shown so too); any other message as it is."""
    if DECIMAL.fullmatch(message):   # (in the language's way: 0,01)
        return decimal_sign(message)
    for context, texts in MESSAGES:
        for text in texts:
            found = _pattern(text).fullmatch(message)
            if found:
                values = {name: shown(value) for name, value in found.groupdict().items()}
                return translate_marked(context, text).format(**values)
    return message
