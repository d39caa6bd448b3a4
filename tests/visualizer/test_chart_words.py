"""Charts that keep their words (issue 19): what pyqtgraph actually draws on the loss and accuracy
charts, read back from the axes (`AxisItem.generateDrawSpecs`, the rectangles and strings it paints),
at small and large sizes and at presentation type scales: no two texts overlap or are cut, each
y axis shows at least its two ends as numbers, epoch names stay apart, and the start of learning
(the first losses, about 2.3) is on the loss chart, its steep drop large enough to see."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from mnist_visualizer.visualizer.plots import MetricsPlots, format_count
from mnist_visualizer.visualizer.theme import NORMAL, PROJECTOR, Looks

EPOCH = 60000


def feed(plots: MetricsPlots, epochs: int = 10, per_epoch: int = 400) -> None:
    """``epochs`` epochs of a typical run: loss from 2.3 falling steeply to ~0.3, then slowly."""
    rng = np.random.default_rng(0)
    x = np.linspace(64, epochs * EPOCH, epochs * per_epoch)
    loss = 0.3 + 2.0 * np.exp(-x / 3000) + 0.15 * np.exp(-x / EPOCH) + rng.normal(0, 0.05, len(x)).clip(-0.1)
    accuracy = 0.95 - 0.85 * np.exp(-x / 5000)
    plots.loss_history.extend(x, loss)
    plots.train_accuracy.extend(x, accuracy)
    for k in range(1, epochs + 1):
        plots.test_x.append(k * EPOCH)
        plots.test_loss.append(0.3)
        plots.test_accuracy.append(0.92)
    plots.epoch_starts.extend(k * EPOCH for k in range(1, epochs))
    plots._label_epochs()
    plots._dirty = True
    plots.redraw()


def shown_plots(qtbot, theme, scale: float, width: int, height: int, epochs: int = 10) -> MetricsPlots:
    """The charts on screen at a size and type scale, fed `epochs` epochs of a run."""
    plots = MetricsPlots()
    qtbot.addWidget(plots)
    plots.set_looks(Looks(theme=theme.scaled(scale)))
    plots.resize(width, height)
    plots.show()
    qtbot.waitExposed(plots)
    feed(plots, epochs=epochs)
    qtbot.wait(20)
    return plots


def drawn_texts(plots: MetricsPlots) -> list[tuple[str, str, QRectF]]:
    """(axis name, text, rectangle in ``plots``' coordinates, cut?) of every tick label the axes draw."""
    image = QImage(8, 8, QImage.Format_ARGB32)
    out = []
    for name, plot in (("loss", plots.loss_plot), ("accuracy", plots.accuracy_plot)):
        for side in ("left", "top", "bottom"):
            axis = plot.getAxis(side)
            if not axis.isVisible():
                continue
            painter = QPainter(image)
            if axis.style["tickFont"] is not None:
                painter.setFont(axis.style["tickFont"])   # as AxisItem.paint does
            specs = axis.generateDrawSpecs(painter)
            painter.end()
            if specs is None:
                continue
            for rect, _flags, text in specs[2]:
                in_view = plot.mapFromScene(axis.mapRectToScene(rect)).boundingRect()
                # cut where it reaches past its own chart's edges
                cut = not QRectF(plot.rect()).adjusted(-1, -1, 1, 1).contains(QRectF(in_view))
                in_plots = QRectF(in_view.translated(plot.mapTo(plots, plot.rect().topLeft())))
                out.append((f"{name} {side}", text, in_plots, cut))
    return out


def numbers(texts, axis: str) -> list[float]:
    found = []
    for name, text, _rect, _cut in texts:
        if name == axis:
            try:
                found.append(float(text.rstrip("%")) / (100 if text.endswith("%") else 1))
            except ValueError:
                pass
    return found


# (width, height) of the charts' widget: a lesson's narrow column at 1280x800 (plots ~100 px high),
# the right-hand column at 1024x768, and at 1920x1080.
SIZES = [(420, 330), (560, 470), (900, 760)]
SCALES = [1.0, 1.44, 1.6, 2.16]   # normal, and presentation at 768, 800 and 1080 lines


@pytest.mark.parametrize("theme", [NORMAL, PROJECTOR], ids=["normal", "projector"])
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("width, height", SIZES)
def test_the_charts_keep_their_words(qtbot, theme, scale, width, height):
    plots = shown_plots(qtbot, theme, scale, width, height)
    texts = drawn_texts(plots)
    where = f"{width}x{height} at {scale}x: " + ", ".join(f"{n}:{t!r}" for n, t, *_ in texts)

    # No two texts overlap; none is cut by the edges of its chart.
    for i, (a, ta, ra, _) in enumerate(texts):
        for b, tb, rb, _ in texts[i + 1:]:
            overlap = ra.intersected(rb)
            assert overlap.width() <= 0.5 or overlap.height() <= 0.5, f"{a} {ta!r} overlaps {b} {tb!r}; {where}"
    for name, text, rect, cut in texts:
        assert not cut, f"{name} {text!r} cut by the edge of its chart ({rect}); {where}"

    # Each y axis shows at least its two ends as numbers.
    loss, accuracy = numbers(texts, "loss left"), numbers(texts, "accuracy left")
    assert len(loss) >= 2 and min(loss) == 0, where
    assert len(accuracy) >= 2 and min(accuracy) == 0 and max(accuracy) == 1, where
    top = plots.loss_plot.getViewBox().viewRange()[1][1]
    assert max(loss) == pytest.approx(top), f"the loss axis' top ({top}) is not named; {where}"

    # The start of learning is on the chart.
    assert top >= 2.3, f"the first losses (2.3) are off the chart (top {top})"

    # After 10 epochs some epochs are named (the texts do not overlap, checked above).
    epochs = [t for n, t, *_ in texts if n == "loss top"]
    assert len(epochs) >= 2 and epochs[0].startswith("epoch ") and all(t.split()[-1].isdigit() for t in epochs), where


def drop_on_screen(plots: MetricsPlots) -> tuple[str, float, float]:
    """Where the steep early drop is drawn (the chart, or the start's own box), and its width and
    height there in pixels: from the first losses to where the loss has done four fifths of its
    fall (`plots.drop_end`)."""
    from mnist_visualizer.visualizer.plots import drop_end
    h = plots.loss_history
    start, now = plots.start_loss(), plots._smoothed_loss
    end = drop_end(h.x, h.y, start, now)
    assert end is not None, "no drop in the losses fed"
    zoom = plots.start_zoom
    name, box = ("the start's box", zoom.view) if zoom.view.isVisible() else ("the chart", plots.loss_plot.getViewBox())
    a = box.mapViewToScene(QPointF(float(h.x[0]), start))
    b = box.mapViewToScene(QPointF(end, now + 0.2 * (start - now)))
    return name, abs(b.x() - a.x()), abs(b.y() - a.y())


@pytest.mark.parametrize("epochs", [1, 10])
@pytest.mark.parametrize("scale", [1.0, 1.44, 2.16])
@pytest.mark.parametrize("width, height", [(330, 300), (560, 470), (900, 760)])
def test_the_start_of_learning_is_seen(qtbot, epochs, scale, width, height):
    """The first losses (about 2.3) and their steep fall are drawn large enough to see: on the
    chart early on; once the drop is a sliver at the chart's left edge (ten epochs: the first 6k
    examples of 800k), in a box of its own, which covers none of the smoothed curves."""
    plots = shown_plots(qtbot, PROJECTOR, scale, width, height, epochs=epochs)
    where, wide, high = drop_on_screen(plots)
    assert wide >= 20 and high >= 30, (f"the drop is {wide:.0f}x{high:.0f} px on {where} "
                                       f"({width}x{height}, {scale}x, {epochs} epochs)")
    zoom = plots.start_zoom
    if zoom.view.isVisible():
        box = zoom.view.sceneBoundingRect()
        main = plots.loss_plot.getViewBox()
        x, y = plots.smooth_curve.getData()
        drawn = [main.mapViewToScene(QPointF(float(a), float(b))) for a, b in zip(x, y)]
        assert not any(box.contains(p) for p in drawn), "the start's box covers the smoothed loss"
        label = zoom.label.textItem.toPlainText()
        assert label in (f"first {format_count(zoom.extent)}", format_count(zoom.extent)), label
    else:
        assert epochs == 1, f"{epochs} epochs: no box for the start"
