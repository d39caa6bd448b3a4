import gzip
import struct
import time

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mnist_visualizer.core.data import (FILE_NAMES, DatasetError, bundled_data_dir, load_dataset, load_images,
                       load_labels, read_idx)

TRAIN_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


def idx_bytes(array: np.ndarray, magic: int | None = None) -> bytes:
    magic = 0x0800 | array.ndim if magic is None else magic
    header = struct.pack(">I", magic) + b"".join(struct.pack(">I", s) for s in array.shape)
    return header + array.astype(np.uint8).tobytes()


def write_dataset(folder, n_train=20, n_test=10, seed=0):
    """A small, valid folder of the four gzipped IDX files."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for split, n in (("train", n_train), ("test", n_test)):
        images = rng.integers(0, 256, (n, 28, 28))
        labels = rng.integers(0, 10, n)
        (folder / f"{FILE_NAMES[split + '_images']}.gz").write_bytes(gzip.compress(idx_bytes(images)))
        (folder / f"{FILE_NAMES[split + '_labels']}.gz").write_bytes(gzip.compress(idx_bytes(labels)))
    return folder


@pytest.mark.timing
def test_bundled_mnist_loads_whole_and_fast(mnist):
    start = time.perf_counter()
    load_dataset()
    assert time.perf_counter() - start < 1.0  # generous; measured ~0.15 s
    assert mnist.train_images.shape == (60000, 784) and mnist.train_images.dtype == np.uint8
    assert mnist.test_images.shape == (10000, 784)
    assert mnist.train_labels.shape == (60000,) and mnist.test_labels.shape == (10000,)
    assert np.bincount(mnist.train_labels).tolist() == TRAIN_COUNTS
    assert np.bincount(mnist.test_labels).tolist() == TEST_COUNTS
    assert mnist.class_names == tuple("0123456789")
    assert mnist.train_images.max() == 255 and mnist.train_images.min() == 0


def test_small_folder_round_trips(tmp_path):
    folder = write_dataset(tmp_path / "set")
    ds = load_dataset(folder)
    assert ds.train_images.shape == (20, 784) and ds.test_labels.shape == (10,)


def test_uncompressed_files_are_read_too(tmp_path):
    folder = write_dataset(tmp_path / "set")
    for gz in folder.glob("*.gz"):
        gz.with_suffix("").write_bytes(gzip.decompress(gz.read_bytes()))
        gz.unlink()
    assert load_dataset(folder).train_images.shape == (20, 784)


def test_fashion_folder_gets_its_class_names(tmp_path):
    ds = load_dataset(write_dataset(tmp_path / "fashion-mnist"))
    assert ds.class_names[0] == "T-shirt/top" and ds.class_names[9] == "Ankle boot"
    assert ds.name == "Fashion-MNIST"


def test_classes_txt_names_the_classes(tmp_path):
    folder = write_dataset(tmp_path / "mine")
    (folder / "classes.txt").write_text("\n".join(f"class {i}" for i in range(10)))
    assert load_dataset(folder).class_names[3] == "class 3"
    (folder / "classes.txt").write_text("a\nb\n")
    with pytest.raises(DatasetError, match="classes.txt"):
        load_dataset(folder)


def corrupt(folder, key, transform):
    path = folder / f"{FILE_NAMES[key]}.gz"
    path.write_bytes(transform(path.read_bytes()))
    return path


def regzip(transform_raw):
    return lambda data: gzip.compress(transform_raw(gzip.decompress(data)))


@pytest.mark.parametrize("key, transform, message", [
    ("train_images", lambda d: d[: len(d) // 2], "truncated"),
    ("train_images", regzip(lambda raw: raw[:-100]), "truncated"),
    ("test_labels", regzip(lambda raw: raw + b"\x01"), "trailing"),
    ("train_labels", lambda d: gzip.decompress(d), "not a gzip"),
    ("test_images", lambda d: b"", "not a gzip"),
    ("train_images", lambda d: d[:10] + bytes(b ^ 0xFF for b in d[10:40]) + d[40:], "corrupt gzip"),
    ("train_images", lambda d: d[:-8] + b"\x00\x00\x00\x00" + d[-4:], "corrupt gzip"),  # bad CRC
    # gzip's size field says too little, or absurdly much: the buffer grows, or is capped, and zlib's
    # own length check refuses the file
    ("train_images", lambda d: d[:-4] + struct.pack("<I", 10), "corrupt gzip"),
    ("train_images", lambda d: d[:-4] + struct.pack("<I", 0xFFFFFFFF), "corrupt gzip"),
    ("train_images", regzip(lambda raw: struct.pack(">I", 0x0801) + raw[4:]), "magic"),
    ("train_labels", regzip(lambda raw: struct.pack(">I", 0x0803) + raw[4:]), "magic"),
    ("test_images", regzip(lambda raw: raw[:4] + struct.pack(">III", 10, 27, 28) + raw[16:]), "trailing"),
    ("train_labels", regzip(lambda raw: raw[:4] + struct.pack(">I", 19) + raw[8:-1]), "19 labels"),
    ("test_labels", regzip(lambda raw: raw[:-1] + b"\x0a"), "outside 0-9"),
    ("test_labels", regzip(lambda raw: raw[:-1] + b"\xff"), "outside 0-9"),
])
def test_bad_files_raise_dataset_error_naming_the_file(tmp_path, key, transform, message):
    folder = write_dataset(tmp_path / "set")
    path = corrupt(folder, key, transform)
    with pytest.raises(DatasetError, match=message) as info:
        load_dataset(folder)
    assert path.name in str(info.value)


def test_missing_file_and_missing_folder(tmp_path):
    folder = write_dataset(tmp_path / "set")
    (folder / f"{FILE_NAMES['test_labels']}.gz").unlink()
    with pytest.raises(DatasetError, match="not found"):
        load_dataset(folder)
    with pytest.raises(DatasetError, match="not a folder"):
        load_dataset(tmp_path / "nowhere")


def test_images_must_be_28_by_28(tmp_path):
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(idx_bytes(np.zeros((3, 32, 32)))))
    with pytest.raises(DatasetError, match="32x32"):
        load_images(path)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), gzipped=st.booleans(), ndim=st.sampled_from([1, 3]))
def test_random_bytes_give_only_dataset_error(tmp_path, data, gzipped, ndim):
    path = tmp_path / ("f.gz" if gzipped else "f")
    path.write_bytes(gzip.compress(data) if gzipped else data)
    try:
        (load_images if ndim == 3 else load_labels)(path)
    except DatasetError:
        pass


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.binary(min_size=4, max_size=20), body=st.binary(max_size=200))
def test_random_headers_after_a_valid_magic_give_only_dataset_error(tmp_path, header, body):
    path = tmp_path / "f"
    path.write_bytes(struct.pack(">I", 0x0803) + header + body)
    try:
        read_idx(path, ndim=3)
    except DatasetError:
        pass


def test_bundled_dir_is_a_folder_of_the_four_files():
    names = {p.name for p in bundled_data_dir().iterdir()}
    assert {f"{stem}.gz" for stem in FILE_NAMES.values()} <= names


def test_a_dataset_can_be_read_without_its_training_images(tmp_path):
    """What a window whose training runs in a process of its own holds: all but 47 MB."""
    folder = write_dataset(tmp_path / "digits")
    whole, light = load_dataset(folder), load_dataset(folder, train_images=False)
    assert light.train_images is None
    np.testing.assert_array_equal(light.train_labels, whole.train_labels)
    np.testing.assert_array_equal(light.test_images, whole.test_images)
    assert (light.source, light.class_names, light.name) == (whole.source, whole.class_names, whole.name)


def test_a_trainer_refuses_a_dataset_without_training_images(tmp_path):
    from mnist_visualizer.core.networks.one_layer import SoftmaxRegression
    from mnist_visualizer.core.training import Trainer
    light = load_dataset(write_dataset(tmp_path / "digits"), train_images=False)
    with pytest.raises(ValueError, match="without its training images"):
        Trainer(SoftmaxRegression(), light)
