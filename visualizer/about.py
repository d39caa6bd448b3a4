"""Help > About: the version, the network the app teaches, and whose data and code it is."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .desktop import app_icon

DISTRIBUTION = "mnist-visualizer"


def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def about_html() -> str:
    """The About box's text (Qt rich text)."""
    return f"""
<h2>MNIST Visualizer {app_version()}</h2>
<p>Watch a network learn to read handwritten digits, live, and draw digits for it to read.</p>
<h3>The network</h3>
<p>The course text's one fully-connected layer: for an image <i>x</i> of 784 pixels,<br>
logits <b><i>l</i> = <i>x W</i> + <i>b</i></b> (<i>W</i>: 784&times;10, <i>b</i>: 10),
softmax <b><i>p<sub>j</sub></i> = e<sup><i>l<sub>j</sub></i></sup> / &Sigma;<sub><i>k</i></sub>
e<sup><i>l<sub>k</sub></i></sup></b>,
cross-entropy <b><i>L</i> = &minus;log <i>p<sub>y</sub></i></b>,<br>
trained by gradient descent with &part;<i>L</i>/&part;<i>w<sub>ij</sub></i> =
<i>x<sub>i</sub></i> (<i>p<sub>j</sub></i> &minus; <i>y<sub>j</sub></i>) and
&part;<i>L</i>/&part;<i>b<sub>j</sub></i> = <i>p<sub>j</sub></i> &minus; <i>y<sub>j</sub></i>,
one example at a time or in mini-batches.</p>
<p>The hidden-layer option, the text's next step: <b><i>h</i> = <i>f</i>(<i>x W</i><sub>1</sub> +
<i>b</i><sub>1</sub>)</b>, <b><i>l</i> = <i>h W</i><sub>2</sub> + <i>b</i><sub>2</sub></b>
(<i>f</i>: ReLU or the logistic sigmoid), its gradients the same chain rule carried one layer
back.</p>
<h3>Data</h3>
<p>The MNIST database of handwritten digits, by Yann LeCun, Corinna Cortes and Christopher J.C.
Burges: 60,000 training and 10,000 test images of 28&times;28 pixels, shipped with the app and
made available under the terms of the Creative Commons Attribution-Share Alike 3.0 licence
(CC BY-SA 3.0).</p>
<h3>Code</h3>
<p>MIT licence. Built with Qt for Python (PySide6), pyqtgraph, NumPy and Pillow.</p>
"""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("About MNIST Visualizer")
        self.setWindowIcon(app_icon())
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignTop)
        self.text = QLabel(about_html())
        self.text.setTextFormat(Qt.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.text.setMinimumWidth(460)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, stretch=1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About box without blocking the event loop (training goes on behind it)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog
