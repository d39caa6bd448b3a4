"""Numbers as the window writes them: one way for every view, so that the same value reads the same
everywhere, and a probability of 0.997 never reads as a certainty ("100%")."""

from __future__ import annotations

import math


def percent_text(fraction: float, decimals: int = 1) -> str:
    """``fraction`` (0..1) as a percentage with ``decimals`` decimals, rounded as usual except at
    the ends: what is not exactly 1 never reads "100%" (0.9996 is ">99.9%", 0.997 at no decimals
    ">99%"), and what is not exactly 0 never reads "0%" ("<0.1%")."""
    if not math.isfinite(fraction):
        return "–"
    bound, value = percent_ends(fraction, decimals)
    return f"{bound}{value:.{decimals}f}%"


def percent_ends(fraction: float, decimals: int = 1) -> tuple[str, float]:
    """What `percent_text` writes, before it is written: the bound ("", ">" or "<") and the
    percentage (0..100) to write with ``decimals`` decimals (the window's other languages write the
    same two their own way)."""
    step = 10.0 ** -decimals
    shown = float(f"{fraction * 100:.{decimals}f}")   # (as it would be written)
    if shown >= 100 and fraction < 1:
        return ">", 100 - step
    if shown <= 0 and fraction > 0:
        return "<", step
    return "", fraction * 100


def probability_text(p: float) -> str:
    """A probability with three decimals (0.979), or 9.2e-05 where three decimals would show a
    misleading 0.000, and ">0.999" where they would show 1.000 of what is not certain."""
    if not math.isfinite(p):
        return "–"
    if p >= 0.9995 and p < 1:
        return ">0.999"
    return f"{p:.3f}" if p >= 0.001 else f"{p:.1e}"
