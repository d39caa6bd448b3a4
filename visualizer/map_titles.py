"""Short texts for the titles over maps, where a few characters must say a name or a number."""

from __future__ import annotations

from .translation import decimal_sign

TITLE_CHARS = 7  # longer class names (Fashion-MNIST's "Ankle boot") would run into the next title


def delta_text(d: float) -> str:
    """p_j - y_j in at most five characters, to fit a panel title: +0.99, or +5e-3 where two decimals
    would show +0.00 over a panel that is visibly coloured; with the language's decimal sign (+0,99)."""
    if abs(d) >= 0.01 or d == 0:
        return decimal_sign(f"{d:+.2f}")
    if abs(d) < 5e-4:  # +6e-42 would be noise to a class and crowds its neighbours
        return "≈0"
    mantissa, exponent = f"{d:+.0e}".split("e")
    return f"{mantissa}e{int(exponent)}"


def short_name(name: str) -> str:
    """A class name cut to TITLE_CHARS, with an ellipsis where it was cut."""
    return name if len(name) <= TITLE_CHARS else name[:TITLE_CHARS - 1] + "…"
