import os

# Every Qt test runs without a display; set before pytest-qt imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from mnist_visualizer.core.data import load_dataset  # noqa: E402
from mnist_visualizer.core.model import SoftmaxRegression  # noqa: E402
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
