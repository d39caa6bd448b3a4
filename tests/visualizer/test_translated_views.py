"""The charts, the timeline, the test-set explorer and the example panel (the convolution's too) in
another language: with a translator installed, a change of language (``retranslate``) shows every
kept text in it at once, and texts made at the moment come in it too. The fake translator wraps
every source text in «»; the English texts, without it, are the other tests' business."""

import numpy as np

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.model import NetworkWeights
from mnist_visualizer.core.networks import Convolution, OneLayer
from mnist_visualizer.core.runs import RunRecord
from mnist_visualizer.visualizer.conv_views import ConvolutionView
from mnist_visualizer.visualizer.example_panel import ExamplePanel
from mnist_visualizer.visualizer.explorer import TestSetExplorer
from mnist_visualizer.visualizer.plots import MetricsPlots
from mnist_visualizer.visualizer.timeline import Timeline


def shown(qtbot, widget, width=1280, height=700):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def run(architecture, trained_with, epochs=3):
    x = np.arange(1, 3001, dtype=np.int64) * 10
    loss = np.linspace(2.3, 0.3, len(x)).astype(np.float32)
    tests = np.array([10000, 20000, 30000], np.int64)
    return RunRecord(architecture, trained_with, x, loss, test_x=tests, test_loss=np.array([1.0, 0.6, 0.4]),
                     test_accuracy=np.array([0.7, 0.85, 0.9]),
                     epoch_ends=tuple(int(e) for e in np.linspace(0, 30000, epochs + 1)[1:-1]))


def test_the_charts_words_change_language_and_their_numbers_stay(qtbot, marked):
    plots = shown(qtbot, MetricsPlots())
    plots.set_runs([run(OneLayer(), ((0.01, 1),))], run(OneLayer(), ((0.1, 32),)))
    plots.redraw()
    top = plots.loss_plot.getAxis("top")
    assert plots.loss_number.caption.text() == "training loss"
    assert "epoch 1" in [text for _, text in top._tickLevels[0]]
    english_loss = plots.loss_number.value.text()

    marked()
    assert plots.loss_number.caption.text() == "«training loss»"
    assert plots.test_number.caption.text() == "«test accuracy»"
    assert plots.accuracy_plot.getAxis("bottom").labelText.startswith("«examples")
    assert "«epoch {number}»".format(number=1) in [text for _, text in top._tickLevels[0]]
    legend = plots.loss_legend.text()
    assert "«loss»" in legend and "«smoothed»" in legend
    # the earlier run's label (core's marked text, its network's name translated too) in the legend or its tooltip
    assert "«{network}, λ {rates}, batch {batches}»".format(network="«one layer»", rates="0.01",
                                                            batches="1") in legend + plots.loss_legend.toolTip()
    assert plots.loss_number.value.text() == english_loss   # (a number, not a word)


def test_the_timeline_says_its_moment_and_buttons_in_the_language(qtbot, marked):
    timeline = shown(qtbot, Timeline(), height=60)
    weights = NetworkWeights.of(OneLayer().build(0))
    timeline.record(12000, 12000, 0.2, weights, test_accuracy=0.8)
    assert timeline.label.text() == "live · 12,000 examples · test 80.0%"

    marked()
    assert timeline.live_button.text() == "«● Live»"
    assert timeline.replay_button.text() == "«▶ Replay»"
    assert timeline.label.text() == "«live · »«{count} examples · test {accuracy}»".format(
        count="12,000", accuracy="«%1%»".replace("%1", "80.0"))
    # the button is as wide as its widest text in the language shown
    assert timeline.replay_button.widest_text == "«■ Stop replay»"
    timeline.record(13000, 13000, 0.3, weights, test_accuracy=None)
    assert timeline.label.text().endswith("«{count} examples · test {accuracy}»".format(count="13,000",
                                                                                       accuracy="–"))


def test_the_explorer_names_its_matrix_gallery_and_buttons_in_the_language(qtbot, mnist, trained, marked):
    explorer = shown(qtbot, TestSetExplorer(mnist.test_images[:500], mnist.test_labels[:500], mnist.class_names))
    explorer.set_weights(NetworkWeights.of(trained))
    marked()
    assert explorer.all_mistakes_button.text() == "«All mistakes»"
    assert explorer.put_on_canvas_button.text() == "«Put on canvas»"
    assert explorer.matrix_title.text().startswith("«Test set:")
    assert explorer.gallery_title.text().endswith("mistakes, most confident first»")
    assert explorer.gallery.item(0).text().startswith("«true ")
    assert explorer.matrix_plot.getPlotItem().getAxis("left").labelText == "«true label»"
    explorer.show_cell(4, 9)   # made at the moment
    assert explorer.gallery_title.text().startswith("«") and "read as" in explorer.gallery_title.text()


def test_the_example_panel_and_the_convolutions_views_change_language(qtbot, mnist, marked):
    panel = shown(qtbot, ExamplePanel())
    assert panel.empty_label.text() == "Waiting for the network's weights…"
    arch = Convolution((4,), 3)
    weights = NetworkWeights.of(arch.build(0))
    view = shown(qtbot, ConvolutionView())
    view.show_weights(weights)
    panel.set_weights(weights)
    panel.set_input(to_float(mnist.test_images[0]).reshape(784))
    conv = panel.part_widget

    marked()
    assert panel.step_button.text().startswith("«Apply one gradient step")
    assert panel.label_box.itemText(0) == "«prediction (default)»"
    assert panel.forward_heading.text().startswith("«Forward pass")   # the kind's heading, marked in its part
    assert panel.loss_caption.text().startswith("«y = ")
    assert conv.feature_maps.heading.text() == "«Feature maps r»"
    assert conv.delta_r.heading.text() == "«δ<sub>r</sub>: to each max»"
    assert conv.products_heading.text().startswith("«x·K at map")
    assert conv.step_note.text().startswith("«Press")
    assert view.filters.heading.text() == "«Filters {K} ({k}×{k})»".format(K="K", k=3)
    assert view.page_box.itemText(0) == "«filters {K}»".format(K="K")
    assert view._describe_filter(0, 1, 1).startswith("«filter ")
    panel.set_input(np.zeros(784, np.float32))   # made at the moment
    assert panel.empty_label.text().startswith("«Draw a digit")


def test_a_maps_title_writes_p_minus_y_with_the_languages_decimal_sign():
    from PySide6.QtCore import QLocale

    from mnist_visualizer.visualizer.map_titles import delta_text

    assert (delta_text(0.99), delta_text(-0.25), delta_text(-0.004)) == ("+0.99", "-0.25", "-4e-3")
    QLocale.setDefault(QLocale("de"))   # (English again for the next test: conftest's in_english)
    assert (delta_text(0.99), delta_text(-0.25), delta_text(-0.004)) == ("+0,99", "-0,25", "-4e-3")


def test_the_convolutions_arithmetic_writes_the_languages_decimal_sign():
    from PySide6.QtCore import QLocale

    from mnist_visualizer.visualizer.conv_example import signed

    assert (signed(1.318), signed(-0.0755, 2)) == ("+1.318", "−0.08")
    QLocale.setDefault(QLocale("de"))   # (English again for the next test: conftest's in_english)
    assert (signed(1.318), signed(-0.0755, 2)) == ("+1,318", "−0,08")
