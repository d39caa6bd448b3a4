import pytest

from core.data import load_dataset


@pytest.fixture(scope="session")
def mnist():
    """The real MNIST bundled with the app."""
    return load_dataset()
