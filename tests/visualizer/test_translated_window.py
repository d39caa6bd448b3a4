"""The main window's texts go through Qt's translation: a (fake) language installed, every kept text
changes at once, texts made later come in it too, and training's English messages are shown in it."""


from mnist_visualizer.core.networks import HiddenLayer
from mnist_visualizer.core.training import DIVERGED_TEXT
from mnist_visualizer.visualizer.about import AboutDialog
from mnist_visualizer.visualizer.controls import network_title, speed_text
from mnist_visualizer.visualizer.hidden_units import HiddenActivity
from mnist_visualizer.visualizer.core_messages import shown


def test_a_change_of_language_reaches_the_windows_texts_at_once(open_window, small_dataset, marked, tmp_path):
    w = open_window(small_dataset, trainer="thread")
    english = {
        "tab": w.views.tabText(0), "heading": w.canvas_heading.text(), "title": w.windowTitle(),
        "network": w.network_box.itemText(0), "speed": w.speed_box.itemText(0),
        "canvas tip": w.canvas.toolTip(), "naive": w.preview.naive_box.text(),
        "caption": w.bars.answer_caption.text(), "weights": w.heatmaps.heading.text(),
        "status": w.status.text(),
    }
    assert english["tab"] == "Learning" and english["network"] == "one layer"
    w.session.report_problem(DIVERGED_TEXT.format(lr="50", batch=1, network="one layer", suggested="0.5"))
    assert w.problem.text().startswith("⚠ training diverged at learning rate 50")

    marked()

    assert w.views.tabText(0) == "«Learning»" and w.views.tabText(2) == "«Test-set explorer»"
    assert w.canvas_heading.text() == "«Draw a digit»"
    assert w.windowTitle() == f"«Watch a network learn {small_dataset.name}»"
    assert w.network_box.itemText(0) == "«one layer»"
    assert w.network_box.currentData() is not None   # the choices kept, only renamed
    assert w.speed_box.itemText(0) == "«full speed»"
    assert w.lr_box.toolTip().startswith("«learning rate λ")
    assert w.canvas.toolTip().startswith("«Draw a digit:")
    assert w.preview.naive_box.text() == "«Naive input (whole canvas)»"
    assert w.bars.answer_caption.text() == "«draw a digit»"
    assert w.heatmaps.heading.text() == "«Weights: one template per digit»"
    assert w.status.text().startswith("«") and w.status.text() != english["status"]
    assert w.spotlight.buttons["canvas"].toolTip().startswith("«Spotlight:")
    # training's message, sent in English, shown in the language, its values kept
    assert w.problem.text().startswith("⚠ «training diverged at learning rate 50 (batch size 1, «one layer»)")
    # a text made now comes in the language
    w.class_digits.add_drawing(3)   # (nothing drawn)
    assert w.statusBar().currentMessage() == "«Draw a digit first»"
    # a dataset's error, made in core, in the language with its nested words
    assert not w.files.open_dataset(tmp_path / "nowhere")
    assert w.files.last_dialog.windowTitle() == "«Cannot open this dataset»"
    assert w.files.last_dialog.text().startswith(f"««{tmp_path / 'nowhere'}: not a folder»")


def test_made_texts_and_dialogs_come_in_the_language(qtbot, marked):
    activity = HiddenActivity()
    qtbot.addWidget(activity)
    activity.set_activity(None, 32)
    assert activity.label.text == "hidden<br>units<br>32"   # (the heading's words one under another)
    marked()
    assert activity.label.text == "«hidden<br>units<br>32»"
    assert speed_text(5) == "«5 updates/s»"   # made with {rate}, formatted after translation
    assert network_title(HiddenLayer(64, "relu")) == "«hidden 64 ReLU»"
    about = AboutDialog()
    qtbot.addWidget(about)
    assert about.windowTitle() == "«About MNIST Visualizer»" and "«The network»" in about.text.text()
    # a message that is none of core's marked ones is shown as it is; one that is, with its values
    # translated where they are marked texts too
    assert shown("something else") == "something else"
    assert shown("/x/w.npz: is a folder, not a weights file") == "«/x/w.npz: is a folder, not «a weights file»»"
    assert shown("/d/l.gz: label 12 at index 3 is outside 0-9") == "«/d/l.gz: label 12 at index 3 is outside 0-9»"


def test_english_is_the_text_that_was_made():
    """No translator: every message comes back exactly as core made it (the tests and the command
    line read these)."""
    said = DIVERGED_TEXT.format(lr="0.5", batch=10, network="hidden 128 ReLU", suggested="0.1")
    assert shown(said) == said
    assert network_title(HiddenLayer(128, "relu")) == HiddenLayer(128, "relu").describe() == "hidden 128 ReLU"
    for message in ("/d/t10k-labels-idx1-ubyte.gz: label 12 at index 3 is outside 0-9",
                    "/w.npz: hidden-layer weights with 8 units: W1 has shape (3,), expected (784, 8)"):
        assert shown(message) == message


def test_the_toolbar_keeps_every_control_in_its_row_in_every_language(open_window, small_dataset, qtbot,
                                                                       monkeypatch):
    """At 1024x768 in presentation mode, whichever language and network: no control in the » overflow
    (the type shrinks to fit a longer row, down to the normal window's size, and grows again with a
    shorter language), and the learning rate is written the language's way."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QAbstractButton
    from mnist_visualizer.visualizer.translation import shipped_languages
    w = open_window(small_dataset, trainer="thread")
    monkeypatch.setattr(w.appearance, "screen_geometry", lambda available=True: QRect(0, 0, 1024, 768))
    monkeypatch.setattr(w, "showFullScreen", lambda: None)
    w.appearance.set_presentation(True)
    qtbot.waitUntil(lambda: w.width() == 1024, timeout=3000)
    bar = w.action_set.toolbar
    extension = bar.findChild(QAbstractButton, "qt_toolbar_ext_button")
    sizes = {}
    try:
        for code in ["en"] + shipped_languages():
            w.set_language(code)
            for index in range(w.network_box.count()):   # (the longest name among them)
                w.network_box.setCurrentIndex(index)
                hidden = lambda: extension is not None and extension.isVisible()
                try:   # (the row's new width is fitted after the events it posts)
                    qtbot.waitUntil(lambda: bar.sizeHint().width() <= bar.width() and not hidden(), timeout=1000)
                except Exception:
                    pass   # (said by the assertion)
                assert bar.sizeHint().width() <= bar.width() and not hidden(), \
                    (code, w.network_box.currentText(), bar.sizeHint().width(), bar.width())
            label = bar.widgetForAction(w.action_set.toolbar_controls["batch_size"][0])
            sizes[code] = QFontInfo(label.font()).pixelSize()
            decimal = "," if code in ("de", "es", "fr", "pt_BR") else "."
            assert w.lr_box.text() == f"0{decimal}0100", code
    finally:
        w.set_language("en")
        w.appearance.set_presentation(False)
    print("toolbar text at 1024x768, px:", sizes)
    assert min(sizes.values()) >= 14   # (the normal window's size at the least)
