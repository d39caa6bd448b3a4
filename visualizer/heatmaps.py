"""Ten 28x28 pictures of the weight columns: column j of W is digit j's template."""

from __future__ import annotations

import numpy as np

from .mosaic import SIDE, MapMosaic


class WeightHeatmaps(MapMosaic):
    """The ten templates in a 2 x 5 grid, titled with the class names, on one shared symmetric
    scale with a colour bar; hovering a pixel reads out its weight.

    ``set_weights(W)`` takes a (784, 10) array; the widget keeps its own copy.
    """

    def __init__(self, class_names=tuple("0123456789"), parent=None):
        super().__init__(10, 5, heading="Weights: one template per digit", title_points=14,
                         describe=self._describe, parent=parent)
        self.set_class_names(class_names)

    def set_class_names(self, names) -> None:
        self.class_names = tuple(names)
        digits = all(n.isdigit() for n in self.class_names)
        self.heading.setText(f"Weights: one template per {'digit' if digits else 'class'}")
        self.set_titles(self.class_names)

    def set_weights(self, W: np.ndarray) -> None:
        """Show W (784, 10), column j as class j's template."""
        self.set_maps(W)

    def weights(self) -> np.ndarray:
        return self.maps()

    def _describe(self, j: int, row: int, col: int) -> str:
        w = float(self._maps[row * SIDE + col, j])
        return f"{self.class_names[j]}: pixel (row {row}, col {col})  w = {w:+.4f}"
