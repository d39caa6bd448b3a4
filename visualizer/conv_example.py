"""The convolution's part of the "Inside one example" tab (interim: being written)."""

from __future__ import annotations

import numpy as np


class ConvolutionExample:
    HEADINGS = ("Forward pass", "δ = p − y", "One step", "", "")

    @staticmethod
    def show_maps(panel, e) -> None:
        zeros = np.zeros((784, 10), np.float32)
        panel.gradient_map.set_maps(zeros)
        panel.evidence_map.set_maps(zeros)

    @staticmethod
    def readout(panel, e, mosaic, j, i, r, c) -> str:
        return " "
