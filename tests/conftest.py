import os

# Every Qt test runs without a display; set before pytest-qt imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's one BLAS thread (visualizer/__init__.py), set before anything here imports numpy: with
# OpenBLAS's own threads, the window's small matrix products fought the training process for the
# two cores and a soak drew a fifth of the app's frames.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import pytest  # noqa: E402

from mnist_visualizer.core.data import Dataset, load_dataset  # noqa: E402
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression  # noqa: E402
from mnist_visualizer.core.training import TrainConfig, Trainer  # noqa: E402


@pytest.fixture(scope="session")
def mnist():
    """The real MNIST bundled with the app."""
    return load_dataset()


@pytest.fixture(scope="session")
def trained(mnist):
    """A network after one epoch of the guide's per-example gradient descent (~0.4 s; 91.6%)."""
    trainer = Trainer(SoftmaxRegression(0), mnist, TrainConfig(0.01, 1))
    list(trainer.train_epoch())
    return trainer.model


@pytest.fixture
def small_dataset():
    """2,000 real MNIST training images: epochs end quickly, numbers stay real."""
    ds = load_dataset()
    return Dataset(ds.train_images[:2000], ds.train_labels[:2000], ds.test_images[:500],
                   ds.test_labels[:500], ds.class_names, ds.source)


@pytest.fixture
def config():
    return TrainConfig(learning_rate=0.01, batch_size=1, seed=0)
