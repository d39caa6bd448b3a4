"""The pipe between the window and its training process: values and arrays, never pickle."""

import io
import json
import struct

import numpy as np
import pytest

from mnist_visualizer.core.model import NetworkWeights, build_network
from mnist_visualizer.core.networks import HiddenLayer
from mnist_visualizer.core.training import TrainConfig
from mnist_visualizer.core.live.messages import MessageError, read_message, write_message
from mnist_visualizer.core.live.training_loop import fresh_snapshot


def round_trip(*messages):
    stream = io.BytesIO()
    for m in messages:
        write_message(stream, m)
    stream.seek(0)
    out = [read_message(stream) for _ in messages]
    assert read_message(stream) is None  # the end of the pipe
    return out


def test_a_snapshot_arrives_whole_and_read_only():
    weights = NetworkWeights.of(build_network(HiddenLayer(16, "sigmoid"), seed=3))
    snap = fresh_snapshot(weights, TrainConfig(learning_rate=0.25, batch_size=8), run=7)
    (kind, got), = round_trip(("snapshot", snap))
    assert kind == "snapshot" and got.run == 7 and got.learning_rate == 0.25 and got.batch_size == 8
    assert got.architecture == HiddenLayer(16, "sigmoid")
    for name, a in weights.params.items():
        np.testing.assert_array_equal(got.weights.params[name], a)
        assert got.weights.params[name].dtype == np.float32 and not got.weights.params[name].flags.writeable
    assert got.losses.shape == (0,) and got.evaluations == ()


def test_plain_values_keep_their_types(small_dataset):
    values = ("command", "lr", (0.5, None, True, "text", [1, 2], {"a": 1.5}, float("inf")))
    assert round_trip(values) == [values]
    (got,), = round_trip((small_dataset,))
    np.testing.assert_array_equal(got.train_images, small_dataset.train_images)
    assert got.class_names == small_dataset.class_names and got.source == small_dataset.source


def test_what_is_not_a_message_value_is_refused_when_sent():
    with pytest.raises(TypeError, match="cannot send"):
        write_message(io.BytesIO(), ("command", object()))


MAGIC = b"\x93MNV"


def npy_bytes(a, allow_pickle=False) -> bytes:
    out = io.BytesIO()
    np.lib.format.write_array(out, np.asarray(a), allow_pickle=allow_pickle)
    return out.getvalue()


def frame(header: dict, data: bytes = b"", magic: bytes = MAGIC) -> io.BytesIO:
    text = json.dumps(header).encode()
    return io.BytesIO(struct.pack("<4sIQ", magic, len(text), len(data)) + text + data)


def test_arrays_travel_in_numpys_own_npy_format():
    """The data of a frame is .npy arrays one after another, as numpy.lib.format writes them."""
    W, losses = np.arange(12, dtype=np.float32).reshape(3, 4), np.array([0.5, 0.25], np.float32)
    stream = io.BytesIO()
    write_message(stream, ("arrays", W, losses))
    raw = stream.getvalue()
    magic, header_size, data_size = struct.unpack("<4sIQ", raw[:16])
    assert magic == MAGIC and json.loads(raw[16:16 + header_size])["arrays"] == 2
    data = raw[16 + header_size:]
    assert len(data) == data_size and data == npy_bytes(W) + npy_bytes(losses)
    section = io.BytesIO(data)
    np.testing.assert_array_equal(np.lib.format.read_array(section, allow_pickle=False), W)
    np.testing.assert_array_equal(np.lib.format.read_array(section, allow_pickle=False), losses)


def test_a_fortran_ordered_or_strided_array_arrives_as_the_same_values():
    a = np.asfortranarray(np.arange(6.0).reshape(2, 3))
    (kind, got, strided), = round_trip(("x", a, a[:, ::2]))
    np.testing.assert_array_equal(got, a)
    np.testing.assert_array_equal(strided, a[:, ::2])


class Trickle(io.RawIOBase):
    """An unbuffered pipe at its worst: a few bytes per read."""

    def __init__(self, data: bytes, step: int = 3):
        self.data, self.at, self.step = data, 0, step

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), self.step, len(self.data) - self.at)
        b[:n] = self.data[self.at: self.at + n]
        self.at += n
        return n


def test_a_pipe_that_hands_over_a_few_bytes_at_a_time_is_read_whole():
    weights = NetworkWeights.of(build_network(HiddenLayer(8), seed=1))
    snap = fresh_snapshot(weights, TrainConfig(), run=3)
    stream = io.BytesIO()
    write_message(stream, ("snapshot", snap))
    write_message(stream, ("stop",))
    trickle = Trickle(stream.getvalue(), step=7)
    kind, got = read_message(trickle)
    np.testing.assert_array_equal(got.weights.params["W1"], weights.params["W1"])
    assert read_message(trickle) == ("stop",) and read_message(trickle) is None


def test_a_huge_length_is_refused_before_anything_is_allocated():
    stream = io.BytesIO(struct.pack("<4sIQ", MAGIC, 2, 1 << 62) + b"{}")
    with pytest.raises(MessageError, match="at most"):
        read_message(stream)
    assert stream.tell() == 16  # not even the header was read
    with pytest.raises(MessageError, match="at most 1000"):
        read_message(frame({"value": 1, "arrays": 0}, b"\0" * 1001), max_data=1000)


@pytest.mark.parametrize("stream", [
    frame({"value": {"@kind": "Popen", "fields": {}}, "arrays": 0}),                    # not one of ours
    frame({"value": {"@array": 0}, "arrays": 1}, npy_bytes(np.array([None], object), True)),  # pickled
    frame({"value": {"@array": 0}, "arrays": 1}, npy_bytes(np.zeros(100, "<f4"))[:200]),  # too few bytes
    frame({"value": {"@array": 0}, "arrays": 1},
          npy_bytes(np.zeros(2, [("a", "<f4")]))),                                      # not plain numbers
    frame({"value": {"@array": 0}, "arrays": 1},
          npy_bytes(np.zeros(3, np.float32)).replace(b"(3,)", b"(1000000000, 1000000000)")),  # shape lies
    frame({"value": {"@array": 0}, "arrays": 1}, npy_bytes(np.zeros(3)) + b"more"),      # bytes left over
    frame({"value": {"@array": 0}, "arrays": 2}, npy_bytes(np.zeros(3))),                # an array missing
    frame({"value": {"@array": 5}, "arrays": 1}, npy_bytes(np.zeros(3))),                # no such array
    frame({"value": 1, "arrays": -1}),                                                   # a count that is not
    frame({"nothing": 1, "arrays": 0}),                                                  # no value
    frame({"value": 1, "arrays": 0}, magic=b"\x93NUM"),                                   # not our magic
    io.BytesIO(struct.pack("<4sIQ", MAGIC, 10, 0) + b"{not json}"),
    io.BytesIO(struct.pack("<4sIQ", MAGIC, 50, 0) + b"{}"),                               # cut short
    io.BytesIO(struct.pack("<4sIQ", MAGIC, 1 << 30, 0)),                                 # absurd header
    io.BytesIO(struct.pack("<4sIQ", MAGIC, 200_000, 0) + b"[" * 200_000),                # nested too deep
    io.BytesIO(MAGIC + b"\x01\x02"),                                                     # frame cut short
    io.BytesIO(bytes(range(256)) * 4),                                                   # garbage
], ids=["unknown class", "objects", "short data", "structured", "lying shape", "left over", "missing",
        "bad index", "bad count", "no value", "magic", "bad json", "cut short", "huge header", "deep",
        "short frame", "garbage"])
def test_what_is_not_a_message_is_an_error_not_a_crash(stream):
    with pytest.raises(MessageError):
        read_message(stream)
