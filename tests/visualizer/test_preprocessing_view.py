import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.preprocess import naive_downscale, to_mnist_input
from mnist_visualizer.visualizer.canvas import DrawingCanvas
from mnist_visualizer.visualizer.preprocessing_view import ACCENT, CAPTIONS, PreprocessingSteps
from mnist_visualizer.visualizer.theme import NORMAL, PRESENTATION_SCALE, PROJECTOR


def corner_digit(mnist, index=0):
    """A half-size test digit drawn in the top-left of a 280x280 sheet."""
    ink = np.zeros((280, 280), np.float32)
    ink[20:160, 30:170] = np.kron(to_float(mnist.test_images[index: index + 1])[0].reshape(28, 28),
                                  np.ones((5, 5)))
    return ink


@pytest.fixture
def canvas(qtbot, mnist):
    c = DrawingCanvas()
    qtbot.addWidget(c)
    c.resize(280, 280)
    c.set_ink(corner_digit(mnist))
    return c


@pytest.fixture
def steps_view(qtbot, canvas):
    view = PreprocessingSteps()
    qtbot.addWidget(view)
    view.follow(canvas)
    view.resize(480, 260)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_canvas_gives_the_recipe_or_the_naive_downscale(canvas, qtbot):
    recipe = canvas.network_input()
    np.testing.assert_array_equal(recipe, to_mnist_input(canvas.ink()))
    assert not canvas.naive_input()
    with qtbot.waitSignal(canvas.ink_changed, timeout=1000):
        canvas.set_naive_input(True)
    naive = canvas.network_input()
    assert canvas.naive_input() and naive.shape == (784,) and naive.dtype == np.float32
    np.testing.assert_array_equal(naive, naive_downscale(canvas.ink()))
    assert not np.array_equal(naive, recipe)
    for x in (recipe, naive):
        with pytest.raises(ValueError):
            x[0] = 1
    with qtbot.assertNotEmitted(canvas.ink_changed):
        canvas.set_naive_input(True)  # no change, no signal
    canvas.set_naive_input(False)
    np.testing.assert_array_equal(canvas.network_input(), recipe)


def test_canvas_steps_follow_the_ink(canvas):
    steps = canvas.preprocessing_steps()
    assert canvas.preprocessing_steps() is steps  # kept until the ink changes
    np.testing.assert_array_equal(steps.network_input, canvas.network_input())
    top, left, bottom, right = steps.box
    assert 20 <= top < bottom <= 160 and 30 <= left < right <= 170
    canvas.clear()
    assert canvas.preprocessing_steps() is not steps and canvas.preprocessing_steps().box is None
    assert canvas.is_empty()


def test_naive_switch_and_canvas_agree_both_ways(steps_view, canvas, qtbot):
    assert steps_view.captions() == CAPTIONS
    box = steps_view.naive_box
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(box.sizeHint().width() // 2, box.height() // 2))
    assert canvas.naive_input()
    assert steps_view.captions()[-1] == "naive 28×28"
    np.testing.assert_array_equal(steps_view.strip.images()[-1].reshape(784), canvas.network_input())
    canvas.set_naive_input(False)  # from elsewhere (a key, a menu): the switch follows
    assert not steps_view.naive_box.isChecked() and steps_view.captions() == CAPTIONS
    images = steps_view.strip.images()
    np.testing.assert_array_equal(images[2].reshape(784), canvas.network_input())
    assert images[1].shape == (20, 20) and images[0].shape == (280, 280)


def test_strip_follows_strokes(steps_view, canvas):
    canvas.clear()
    assert not steps_view.strip.images()[2].any()
    canvas.set_ink(np.ones((10, 10)))
    assert steps_view.strip.images()[2].any()


def colour_at(image, point):
    return QColor(image.pixel(int(point.x()), int(point.y())))


def is_accent(colour, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], ACCENT.getRgb()[:3]))


def test_the_box_is_drawn_round_the_ink_only_with_the_recipe(steps_view, canvas):
    box = canvas.preprocessing_steps().box
    image_rect = steps_view.strip.panel_rects()[0][0]
    # the middle of the box's left side, in the strip's pixels
    point = QPointF(image_rect.left() + box[1] / 280 * image_rect.width(),
                    image_rect.top() + (box[0] + box[2]) / 2 / 280 * image_rect.height())
    assert is_accent(colour_at(steps_view.strip.grab().toImage(), point))
    canvas.set_naive_input(True)
    assert not is_accent(colour_at(steps_view.strip.grab().toImage(), point))


@pytest.mark.parametrize("theme", [NORMAL, PROJECTOR.scaled(PRESENTATION_SCALE)])
def test_captions_are_readable_and_fit_at_the_smallest_size(steps_view, canvas, theme):
    steps_view.set_theme(theme)
    strip = steps_view.strip
    assert strip._font.pointSizeF() == pytest.approx(theme.pt(11))
    for naive in (False, True):
        canvas.set_naive_input(naive)
        size = steps_view.minimumSizeHint()
        steps_view.resize(size)
        steps_view.layout().activate()
        assert steps_view.naive_box.geometry().bottom() < steps_view.height()
        assert steps_view.naive_box.sizeHint().width() <= steps_view.width()
        fm = QFontMetricsF(strip._font)
        rects = strip.panel_rects()
        for (image, caption_rect), caption in zip(rects, strip.captions()):
            needed = fm.boundingRect(caption_rect, int(Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap), caption)
            assert caption_rect.contains(needed) or not caption, caption
            assert image.bottom() <= caption_rect.top() + 0.01
            assert strip.rect().toRectF().contains(image) and strip.rect().toRectF().contains(caption_rect)
            assert image.width() >= 48 * theme.scale - 0.01
        for (a, _), (b, _) in zip(rects, rects[1:]):
            assert a.right() < b.left()


def test_takes_the_windows_looks(steps_view):
    from types import SimpleNamespace
    steps_view.set_looks(SimpleNamespace(theme=PROJECTOR.scaled(PRESENTATION_SCALE), colormap="any"))
    assert steps_view.strip._font.pointSizeF() == pytest.approx(11 * PRESENTATION_SCALE)
    assert steps_view.strip._text == QColor(PROJECTOR.text)
