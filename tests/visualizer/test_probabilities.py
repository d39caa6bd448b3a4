"""The bars of p: a full bar's percentage stays whole over it, at any type size and chart height."""

import numpy as np
import pytest

from mnist_visualizer.visualizer.probabilities import ProbabilityBars
from mnist_visualizer.visualizer.theme import NORMAL, PROJECTOR, Looks


@pytest.mark.parametrize("theme, scale", [(NORMAL, 1.0), (PROJECTOR, 1.44), (PROJECTOR, 2.16)],
                         ids=["normal", "projector-768", "projector-1080"])
@pytest.mark.parametrize("height", [180, 260, 420])
def test_a_full_bars_percentage_is_not_cut(qtbot, theme, scale, height):
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    bars.set_looks(Looks(theme=theme.scaled(scale)))
    bars.resize(700, height)
    bars.show()
    qtbot.waitExposed(bars)
    p = np.full(10, 0.0001)
    p[7] = 1 - p.sum() + p[7]
    bars.set_probabilities(p)
    qtbot.wait(50)
    label, view = bars.value_labels[7], bars.plot.getViewBox()
    assert label.toPlainText()
    shown = label.mapRectToScene(label.boundingRect())
    inside = view.mapRectToScene(view.boundingRect())
    assert shown.top() >= inside.top() - 0.5, (
        f"'{label.toPlainText()}' cut: its top at {shown.top():.0f}, the chart's at {inside.top():.0f}")


def label_inks(bars: ProbabilityBars) -> list[tuple[str, object]]:
    """(text, scene rectangle of its ink) of every percentage shown over a bar."""
    out = []
    for label in bars.value_labels:
        text = label.textItem
        if label.isVisible() and text.toPlainText():
            margin = text.document().documentMargin()
            out.append((text.toPlainText(),
                        text.mapRectToScene(text.boundingRect().adjusted(margin, margin, -margin, -margin))))
    return out


@pytest.mark.parametrize("language", ["en", "de", "fr"])
@pytest.mark.parametrize("scale", [1.0, 2.16])
def test_the_bars_percentages_never_overlap_in_any_language(qtbot, language, scale):
    """The labels are thinned by their width as the language writes them ("10 %" is wider than
    "10%"), and by where the outer ones lean: ten bars of about 10% each, the chart from narrow to
    wide (every width at which the labels begin to crowd)."""
    from mnist_visualizer.visualizer.translation import Language
    chosen = Language()
    chosen.set(language)
    try:
        bars = ProbabilityBars()
        qtbot.addWidget(bars)
        bars.set_looks(Looks(theme=PROJECTOR.scaled(scale)))
        bars.show()
        qtbot.waitExposed(bars)
        p = np.array([0.10, 0.11, 0.11, 0.09, 0.09, 0.10, 0.09, 0.10, 0.10, 0.11])
        every = set()
        for width in range(bars.minimumSizeHint().width(), 1600, 20):
            bars.resize(width, 400)
            qtbot.wait(1)
            bars.set_probabilities(p / p.sum() + width * 1e-9)   # (new numbers: labelled anew at this width)
            inks = label_inks(bars)
            assert inks, f"not even the most probable bar is labelled at width {width}"
            every.add(len(inks))
            for i, (a, ra) in enumerate(inks):
                for b, rb in inks[i + 1:]:
                    overlap = ra.intersected(rb)
                    assert overlap.width() <= 0 or overlap.height() <= 0, f"{a!r} overlaps {b!r} at width {width}"
        assert 10 in every, "no width labels every bar"
    finally:
        chosen.set("en")


def test_the_axis_writes_its_percentages_as_the_bars_do_in_the_language_chosen(qtbot):
    """"25 %" on the axis where the bars say "10 %" (German, French), from a change of language on."""
    from mnist_visualizer.visualizer.translation import Language
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    ticks = lambda: [text for _, text in bars.plot.getAxis("left")._tickLevels[0]]
    assert ticks() == ["0%", "25%", "50%", "75%", "100%"]
    chosen = Language()
    chosen.set("de")
    try:
        assert ticks() == ["0\u00a0%", "25\u00a0%", "50\u00a0%", "75\u00a0%", "100\u00a0%"]   # (no-break)
    finally:
        chosen.set("en")
    assert ticks() == ["0%", "25%", "50%", "75%", "100%"]
