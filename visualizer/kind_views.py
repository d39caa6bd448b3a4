"""The registry of each network kind's views: what the window and the example panel show for it.

For each kind of ``core.networks.KINDS``:

- ``weights``: its weights on the Learning tab, a widget made with the class names, with
  ``show_weights(weights)`` (a NetworkWeights of the kind), ``show_drawing(forward)`` (the drawing's
  forward pass, or None), ``set_class_names(names)`` and ``set_looks(looks)``;
- ``side_panel``: what sits beside the canvas for the drawing (None: nothing), a widget with
  ``show_drawing(architecture, forward)`` and ``set_looks(looks)``, and optionally ``STRETCH``, its
  share of the canvas row (2 if not given);
- ``example``: the example panel's part, with its ``HEADINGS`` and ``show_maps`` / ``readout``
  (see ``example_panel.ExamplePart``).

A new kind adds a view module of its own and a line here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget

from ..core.networks import KINDS, Architecture, Convolution, HiddenLayer, OneLayer
from .conv_example import ConvolutionExample
from .conv_views import ConvolutionView, FeatureMaps
from .heatmaps import OneLayerExample, WeightHeatmaps
from .hidden_units import HiddenActivity, HiddenLayerExample, HiddenUnitsView


@dataclass(frozen=True)
class KindViews:
    weights: Callable[..., QWidget]
    side_panel: Callable[[], QWidget] | None
    example: type


VIEWS: dict[type[Architecture], KindViews] = {
    OneLayer: KindViews(WeightHeatmaps, None, OneLayerExample),
    HiddenLayer: KindViews(HiddenUnitsView, HiddenActivity, HiddenLayerExample),
    Convolution: KindViews(ConvolutionView, FeatureMaps, ConvolutionExample),
}
assert set(VIEWS) == set(KINDS), "every kind of core.networks.KINDS needs its views here"


def views_of(architecture: Architecture) -> KindViews:
    return VIEWS[type(architecture)]


class WeightViews(QStackedWidget):
    """One page per kind: its weights view; ``show_weights`` turns to the page of the weights' kind."""

    def __init__(self, class_names, parent=None):
        super().__init__(parent)
        self.pages = {kind: views.weights(class_names) for kind, views in VIEWS.items()}
        for page in self.pages.values():
            self.addWidget(page)

    def view(self, kind: type[Architecture]) -> QWidget:
        return self.pages[kind]

    def minimumSizeHint(self) -> QSize:
        # The height the page shown needs, not the tallest page's (a stack's own): the ten
        # templates claimed the hidden layer's heading and maps' height, and took it from the
        # charts on a short screen. (The width stays the widest page's: the Learning tab's share
        # between the charts and the weights is the same for every kind.)
        hint, page = super().minimumSizeHint(), self.currentWidget()
        if page is None:
            return hint
        return QSize(hint.width(), page.minimumSizeHint().expandedTo(page.minimumSize()).height())

    def setCurrentWidget(self, page: QWidget) -> None:
        if page is not self.currentWidget():
            super().setCurrentWidget(page)
            self.updateGeometry()   # (its least size is the new page's)

    def show_architecture(self, architecture: Architecture) -> None:
        self.setCurrentWidget(self.pages[type(architecture)])

    def show_weights(self, weights) -> None:
        page = self.pages[type(weights.architecture)]
        self.setCurrentWidget(page)
        page.show_weights(weights)

    def show_drawing(self, architecture: Architecture, forward) -> None:
        """The drawing's forward pass through a network of ``architecture`` (None: no drawing)."""
        self.pages[type(architecture)].show_drawing(forward)

    def set_class_names(self, names) -> None:
        for page in self.pages.values():
            page.set_class_names(names)

    def set_looks(self, looks) -> None:
        for page in self.pages.values():
            page.set_looks(looks)


class SidePanels(QStackedWidget):
    """Beside the canvas: the side panel of the kind shown, hidden for a kind without one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pages = {kind: views.side_panel() for kind, views in VIEWS.items() if views.side_panel}
        for page in self.pages.values():
            self.addWidget(page)
        self.architecture: Architecture | None = None
        self.hide()

    def view(self, kind: type[Architecture]) -> QWidget:
        return self.pages[kind]

    def stretch(self) -> int:
        """The share of the canvas row the panel shown asks for."""
        page = self.pages.get(type(self.architecture))
        return getattr(page, "STRETCH", 2)

    def show_architecture(self, architecture: Architecture) -> None:
        """Turn to this kind's panel, or hide for a kind without one; shows no drawing yet."""
        self.architecture = architecture
        page = self.pages.get(type(architecture))
        self.setVisible(page is not None)
        if page is not None:
            self.setCurrentWidget(page)
            page.show_drawing(architecture, None)

    def show_drawing(self, architecture: Architecture, forward) -> None:
        page = self.pages.get(type(architecture))
        if page is not None:
            page.show_drawing(architecture, forward)

    def set_looks(self, looks) -> None:
        for page in self.pages.values():
            page.set_looks(looks)
