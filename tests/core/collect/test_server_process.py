"""The collecting server in its own process, driven as the window drives it, on loopback."""

import queue
import time
import socket
import urllib.error
import urllib.request

import numpy as np
import pytest

from mnist_visualizer.core.collect.server import CollectError
from mnist_visualizer.core.collect.server_process import ServerProcess
from mnist_visualizer.core.collect.strokes import strokes_to_image

from .test_server import SEVEN, request


@pytest.fixture
def process():
    arrivals = queue.Queue()
    server = ServerProcess("127.0.0.1", 0, arrivals.put)
    yield server, arrivals
    server.stop()


def test_arrivals_cross_to_the_window_and_the_window_says_what_the_class_has(process):
    server, arrivals = process
    counts = np.ones(10, np.int64)
    counts[4] = 0
    url = server.start(counts)
    assert request(url + "wanted")[1]["ask"] == 4          # the digit the class has fewest of
    status, answer = request(url + "drawings", SEVEN)
    assert status == 202
    arrival = arrivals.get(timeout=5)
    assert arrival.label == 7 and arrival.number == answer["received"]
    assert (arrival.image == strokes_to_image(SEVEN["strokes"])).all()
    assert np.allclose(arrival.strokes[0], SEVEN["strokes"][0])
    server.settled([arrival.number])
    server.tell_counts(np.full(10, 5) - np.eye(10, dtype=np.int64)[2])
    # the counts cross a pipe to the server's process: it answers with them once they are there
    deadline = time.monotonic() + 5
    while request(url + "wanted", device="other")[1]["ask"] != 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert request(url + "wanted", device="other")[1]["ask"] == 2


def test_a_taken_port_is_said_and_stop_closes_the_port(process):
    server, _ = process
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = ServerProcess("127.0.0.1", taken.getsockname()[1], lambda a: None)
        with pytest.raises(CollectError, match=str(taken.getsockname()[1])):
            busy.start(np.zeros(10))
    url = server.start(np.zeros(10))
    server.stop()
    assert not server.running
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)
