"""The app's look: one stylesheet, scaled up for a projector."""

from __future__ import annotations


def stylesheet(scale: float = 1.0) -> str:
    """Qt stylesheet for the window; ``scale`` multiplies every font size."""
    def pt(size: float) -> str:
        return f"{size * scale:.0f}pt"

    return f"""
    QWidget {{ font-size: {pt(10.5)}; }}
    QLabel#heading {{ font-size: {pt(13)}; font-weight: bold; }}
    QLabel#bignumber {{ font-size: {pt(26)}; font-weight: bold; }}
    QLabel#answer {{ font-size: {pt(72)}; font-weight: bold; color: rgb(230, 120, 20);
                     min-width: {2.2 * 72 * scale:.0f}px; }}
    QLabel#problem {{ background: rgb(255, 228, 225); color: rgb(140, 20, 10);
                      border: 1px solid rgb(200, 80, 70); padding: 6px; font-size: {pt(12)}; }}
    QToolBar QToolButton {{ font-size: {pt(12)}; font-weight: bold; padding: 4px 10px; }}
    """
