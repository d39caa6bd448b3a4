"""Ten 28x28 pictures of the weight columns: column j of W is digit j's template."""

from __future__ import annotations

import numpy as np

from .map_titles import delta_text, short_name
from .mosaic import SIDE, MapMosaic
from .translation import QT_TRANSLATE_NOOP, keep_translated, translate


class WeightHeatmaps(MapMosaic):
    """The ten templates in a 2 x 5 grid, titled with the class names, on one shared symmetric
    scale with a colour bar; hovering a pixel reads out its weight.

    ``set_weights(W)`` takes a (784, 10) array; the widget keeps its own copy.
    """

    def __init__(self, class_names=tuple("0123456789"), parent=None):
        super().__init__(10, 5, heading="Weights: one template per digit", title_points=11,
                         describe=self._describe, parent=parent)
        self.set_class_names(class_names)
        keep_translated(self, self._name)

    def set_class_names(self, names) -> None:
        self.class_names = tuple(names)
        self._name()
        self.set_titles(self.class_names)

    def _name(self) -> None:
        digits = all(n.isdigit() for n in self.class_names)
        self.heading.setText(translate("WeightHeatmaps", "Weights: one template per digit") if digits
                             else translate("WeightHeatmaps", "Weights: one template per class"))

    def set_weights(self, W: np.ndarray) -> None:
        """Show W (784, 10), column j as class j's template."""
        self.set_maps(W)

    def weights(self) -> np.ndarray:
        return self.maps()

    def show_weights(self, weights) -> None:
        """The one-layer NetworkWeights: its W."""
        self.set_weights(weights.params["W"])

    def show_drawing(self, forward) -> None:
        """Nothing to add for the drawing: the probabilities beside the canvas say it all."""

    def _describe(self, j: int, row: int, col: int) -> str:
        w = float(self._maps[row * SIDE + col, j])
        return translate("WeightHeatmaps", "{name}: pixel (row {row}, col {col})  w = {weight}").format(
            name=self.class_names[j], row=row, col=col, weight=f"{w:+.4f}")


class OneLayerExample:
    """The one layer's part of the "Inside one example" tab: the ten ∂L/∂w_ij columns and the
    evidence w_ij x_i as pictures, one per digit."""

    # The forward pass, the output error as bars, the update rule, the gradient maps and the second
    # row of maps; {lr} is the learning rate.
    # (marked in this class's name, the context the example panel translates them in)
    HEADINGS = (
        QT_TRANSLATE_NOOP("OneLayerExample",
                          "Forward pass<br>l<sub>j</sub> = w<sub>j</sub> · x + b<sub>j</sub>"
                          "<br>p<sub>j</sub> = e<sup>l<sub>j</sub></sup> / Σ<sub>k</sub> e<sup>l<sub>k</sub></sup>"),
        QT_TRANSLATE_NOOP("OneLayerExample",
                          "∂L/∂b<sub>j</sub> = p<sub>j</sub> − y<sub>j</sub>   (red: p<sub>j</sub> too high, "
                          "blue: too low)"),
        QT_TRANSLATE_NOOP("OneLayerExample",
                          "One step of gradient descent<br>w<sub>ij</sub> ← w<sub>ij</sub> − λ "
                          "∂L/∂w<sub>ij</sub><br>b<sub>j</sub> ← b<sub>j</sub> − λ ∂L/∂b<sub>j</sub>"),
        QT_TRANSLATE_NOOP("OneLayerExample",
                          "∂L/∂w<sub>ij</sub> = x<sub>i</sub> (p<sub>j</sub> − y<sub>j</sub>);"
                          " a step adds −λ × this = −{lr} × this to W; titles p<sub>j</sub> − y<sub>j</sub>"),
        QT_TRANSLATE_NOOP("OneLayerExample",
                          "Evidence w<sub>ij</sub> x<sub>i</sub> (red: for digit j, blue: against);"
                          " titles Σ<sub>i</sub> w<sub>ij</sub> x<sub>i</sub> = l<sub>j</sub> − b<sub>j</sub>"),
    )

    @staticmethod
    def show_maps(panel, e) -> None:
        names = [short_name(n) for n in panel.class_names]
        panel.gradient_map.set_maps(e.grad_W, [f"{n}: {delta_text(d)}" for n, d in zip(names, e.grad_b)])
        totals = e.evidence.sum(axis=0)  # = l_j - b_j
        panel.evidence_map.set_maps(e.evidence, [f"{n}: {t:+.1f}" for n, t in zip(names, totals)])

    @staticmethod
    def readout(panel, e, mosaic, j: int, i: int, r: int, c: int) -> str:
        """Every factor of the hovered pixel's product, as numbers."""
        where = translate("OneLayerExample", "digit {name}, pixel (row {row}, col {col}):  x_i = {x}").format(
            name=panel.class_names[j], row=r, col=c, x=f"{e.x[i]:.2f}")
        if mosaic is panel.gradient_map:
            return f"{where},  p_j − y_j = {e.grad_b[j]:+.3f},  ∂L/∂w_ij = {e.grad_W[i, j]:+.4f}"
        return f"{where},  w_ij = {panel.weights.params['W'][i, j]:+.4f},  w_ij x_i = {e.evidence[i, j]:+.4f}"
