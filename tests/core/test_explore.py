import numpy as np
import pytest

from mnist_visualizer.core.data import to_float
from mnist_visualizer.core.explore import cell_indices, evaluate_test_set, mistakes_by_confidence, most_confident_first
from mnist_visualizer.core.metrics import confusion_matrix


@pytest.fixture(scope="module")
def results(mnist, trained):
    return evaluate_test_set(to_float(mnist.test_images), mnist.test_labels, trained.W, trained.b)


def test_results_agree_with_the_model(mnist, trained, results):
    x = to_float(mnist.test_images)
    np.testing.assert_array_equal(results.predictions, trained.predict(x))
    np.testing.assert_allclose(results.probabilities, trained.probabilities(x), rtol=1e-5, atol=1e-7)
    np.testing.assert_array_equal(results.confusion, confusion_matrix(mnist.test_labels, trained.predict(x)))
    assert results.confusion.sum() == 10_000
    assert results.accuracy == pytest.approx(trained.accuracy(x, mnist.test_labels))
    assert 0.85 < results.accuracy < 0.95
    np.testing.assert_allclose(results.confidence, results.probabilities.max(axis=1))


def test_mistakes_are_all_wrong_and_ranked_by_confidence(mnist, results):
    mistakes = mistakes_by_confidence(mnist.test_labels, results)
    assert len(mistakes) == 10_000 - results.n_correct
    assert np.all(results.predictions[mistakes] != mnist.test_labels[mistakes])
    assert np.all(np.diff(results.confidence[mistakes]) <= 0)
    assert results.confidence[mistakes[0]] > 0.9  # a one-layer network is sure of some of its mistakes


@pytest.mark.parametrize("true_label, predicted_label", [(4, 9), (5, 3), (7, 7), (1, 0)])
def test_a_cell_lists_exactly_its_images(mnist, results, true_label, predicted_label):
    listed = cell_indices(mnist.test_labels, results, true_label, predicted_label)
    expected = np.flatnonzero((mnist.test_labels == true_label) & (results.predictions == predicted_label))
    assert len(listed) == results.confusion[true_label, predicted_label]
    np.testing.assert_array_equal(np.sort(listed), expected)
    assert np.all(np.diff(results.confidence[listed]) <= 0)


def test_ties_keep_index_order():
    confidence = np.array([0.5, 0.9, 0.5, 0.9, 0.1], np.float32)
    ranked = most_confident_first(np.array([0, 1, 2, 3, 4]), confidence)
    np.testing.assert_array_equal(ranked, [1, 3, 0, 2, 4])
    assert most_confident_first(np.array([], np.int64), confidence).shape == (0,)
