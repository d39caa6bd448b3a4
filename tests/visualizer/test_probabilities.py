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
