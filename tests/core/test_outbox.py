"""The training process' outbox, on a real pipe: in order, whole, never waiting for its reader."""

import os
import threading

import numpy as np
import pytest

from mnist_visualizer.core.live.messages import read_message
from mnist_visualizer.core.live.outbox import Outbox, written


@pytest.fixture
def pipe():
    read_end, write_end = os.pipe()
    reader = os.fdopen(read_end, "rb")
    yield reader, write_end
    reader.close()
    try:
        os.close(write_end)
    except OSError:
        pass


def test_written_drops_what_went_out():
    parts = [memoryview(b"abc"), memoryview(b"de"), memoryview(b"fgh")]
    assert [bytes(p) for p in written(parts, 0)] == [b"abc", b"de", b"fgh"]
    assert [bytes(p) for p in written(parts, 4)] == [b"e", b"fgh"]
    assert [bytes(p) for p in written(parts, 5)] == [b"fgh"]
    assert written(parts, 8) == []


def test_a_small_message_is_written_by_the_sender_itself(pipe):
    reader, fd = pipe
    outbox = Outbox(fd, on_broken=pytest.fail)
    outbox.send(("errored", "a few bytes"))
    assert outbox.waiting_bytes == 0   # in the pipe already: no thread had to take the lock in turn
    assert read_message(reader) == ("errored", "a few bytes")
    outbox.close()


def test_messages_beyond_the_pipes_room_wait_in_order_and_the_sender_never_waits(pipe):
    reader, fd = pipe
    outbox = Outbox(fd, on_broken=pytest.fail)
    arrays = [np.full(300_000, k, np.float32) for k in range(12)]   # 14 MB: more than any pipe holds
    sender = threading.Thread(target=lambda: [outbox.send(("snapshot", k, a)) for k, a in enumerate(arrays)])
    sender.start()
    sender.join(timeout=30)
    assert not sender.is_alive(), "send waited for a reader that does not read"
    assert outbox.waiting_bytes > 0
    for k, a in enumerate(arrays):   # the reader comes back: everything, whole, in the order sent
        kind, number, got = read_message(reader)
        assert (kind, number) == ("snapshot", k)
        np.testing.assert_array_equal(got, a)
    outbox.close(timeout=30)
    assert outbox.waiting_bytes == 0


def test_a_message_that_cannot_be_sent_raises_and_writes_nothing(pipe):
    reader, fd = pipe
    outbox = Outbox(fd, on_broken=pytest.fail)
    with pytest.raises(TypeError):
        outbox.send(("snapshot", np.array(["text"], object)))
    outbox.send(("stopped", 1.5))
    assert read_message(reader) == ("stopped", 1.5)   # the next message is the first in the pipe
    outbox.close()


def test_a_reader_gone_is_said_once_and_nothing_more_is_written(pipe):
    reader, fd = pipe
    broken = []
    outbox = Outbox(fd, on_broken=broken.append)
    reader.close()
    for _ in range(3):
        outbox.send(("snapshot", np.zeros(100_000, np.float32)))
    assert len(broken) == 1 and isinstance(broken[0], BrokenPipeError)
    assert outbox.waiting_bytes == 0
    outbox.close(timeout=10)
