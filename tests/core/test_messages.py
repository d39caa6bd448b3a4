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


def frame(header: dict, data: bytes = b"") -> io.BytesIO:
    text = json.dumps(header).encode()
    return io.BytesIO(struct.pack("<IQ", len(text), len(data)) + text + data)


@pytest.mark.parametrize("stream", [
    frame({"value": {"@kind": "Popen", "fields": {}}, "arrays": []}),           # not one of ours
    frame({"value": {"@array": 0}, "arrays": [["|O", [1], 0]]}, b"\0" * 8),       # Python objects
    frame({"value": {"@array": 0}, "arrays": [["<f4", [100], 0]]}, b"\0" * 8),    # too few bytes
    frame({"nothing": 1}),                                                        # no value
    io.BytesIO(struct.pack("<IQ", 10, 0) + b"{not json}"),
    io.BytesIO(struct.pack("<IQ", 50, 0) + b"{}"),                                 # cut short
    io.BytesIO(struct.pack("<IQ", 1 << 30, 0)),                                   # absurd header
], ids=["unknown class", "objects", "short data", "no value", "bad json", "cut short", "huge header"])
def test_what_is_not_a_message_is_an_error_not_a_crash(stream):
    with pytest.raises(MessageError):
        read_message(stream)
