"""Help > About: the version, the network the app teaches, and whose data and code it is."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .desktop import app_icon
from .translation import keep_translated, translate

DISTRIBUTION = "mnist-visualizer"


def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return translate("AboutDialog", "unknown (not installed)")


# The formulas, apart from the words around them (a translator moves {formula}, never edits it).
ONE_LAYER_FORMULAS = dict(
    logits="<b><i>l</i> = <i>x W</i> + <i>b</i></b> (<i>W</i>: 784&times;10, <i>b</i>: 10)",
    softmax="<b><i>p<sub>j</sub></i> = e<sup><i>l<sub>j</sub></i></sup> / &Sigma;<sub><i>k</i></sub>\n"
            "e<sup><i>l<sub>k</sub></i></sup></b>",
    loss="<b><i>L</i> = &minus;log <i>p<sub>y</sub></i></b>",
    gradients="&part;<i>L</i>/&part;<i>w<sub>ij</sub></i> =\n"
              "<i>x<sub>i</sub></i> (<i>p<sub>j</sub></i> &minus; <i>y<sub>j</sub></i>) and\n"
              "&part;<i>L</i>/&part;<i>b<sub>j</sub></i> = <i>p<sub>j</sub></i> &minus; <i>y<sub>j</sub></i>")
HIDDEN_FORMULAS = dict(
    hidden="<b><i>h</i> = <i>f</i>(<i>x W</i><sub>1</sub> +\n<i>b</i><sub>1</sub>)</b>",
    logits="<b><i>l</i> = <i>h W</i><sub>2</sub> + <i>b</i><sub>2</sub></b>",
    f="<i>f</i>")


def about_html() -> str:
    """The About box's text (Qt rich text), in the current language."""
    return "\n".join((
        "",
        f"<h2>MNIST Visualizer {app_version()}</h2>",
        "<p>" + translate("AboutDialog", "Watch a network learn to read handwritten digits, live, and draw "
                                         "digits for it to read.") + "</p>",
        "<h3>" + translate("AboutDialog", "The network") + "</h3>",
        "<p>" + translate("AboutDialog", "The course text's one fully-connected layer: for an image <i>x</i> "
                                         "of 784 pixels,<br>\nlogits {logits},\nsoftmax {softmax},\n"
                                         "cross-entropy {loss},<br>\ntrained by gradient descent with "
                                         "{gradients},\none example at a time or in mini-batches.").format(
            **ONE_LAYER_FORMULAS) + "</p>",
        "<p>" + translate("AboutDialog", "The hidden-layer option, the text's next step: {hidden}, {logits}\n"
                                         "({f}: ReLU or the logistic sigmoid), its gradients the same chain "
                                         "rule carried one layer\nback.").format(**HIDDEN_FORMULAS) + "</p>",
        "<h3>" + translate("AboutDialog", "Data") + "</h3>",
        "<p>" + translate("AboutDialog", "The MNIST database of handwritten digits, by Yann LeCun, Corinna "
                                         "Cortes and Christopher J.C.\nBurges: 60,000 training and 10,000 test "
                                         "images of 28&times;28 pixels, shipped with the app and\nmade available "
                                         "under the terms of the Creative Commons Attribution-Share Alike 3.0 "
                                         "licence\n(CC BY-SA 3.0).") + "</p>",
        "<h3>" + translate("AboutDialog", "Code") + "</h3>",
        "<p>" + translate("AboutDialog", "MIT licence. Built with Qt for Python (PySide6), pyqtgraph, NumPy "
                                         "and Pillow.") + "</p>",
        ""))


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignTop)
        self.text = QLabel()
        keep_translated(self, lambda: (self.setWindowTitle(translate("AboutDialog", "About MNIST Visualizer")),
                                       self.text.setText(about_html())))
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
