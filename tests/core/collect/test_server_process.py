"""The collecting server in its own process, driven as the window drives it, on loopback."""

import os
import queue
import socket
import threading
import time
import urllib.error
import urllib.request

import numpy as np
import pytest

from mnist_visualizer.core.collect.server import CollectError
from mnist_visualizer.core.collect.server_process import NICENESS, ServerProcess
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


def test_phones_are_answered_without_waiting_on_the_window_and_nothing_answered_is_lost():
    """The window's reader is stuck (a busy window): phones are answered all the same; every drawing
    answered 202 reaches the window once it reads again, even when collecting stops at once."""
    arrivals, window_busy = queue.Queue(), threading.Event()

    def slow_window(arrival):
        window_busy.wait(10)
        arrivals.put(arrival)

    # more than a pipe holds (64 kB): 40 drawings of 300 points, ~3 kB each on the pipe
    line = {"label": 1, "strokes": [np.round(np.linspace([0.5, 0.1], [0.5, 0.9], 300), 4).tolist()]}
    server = ServerProcess("127.0.0.1", 0, slow_window)
    url = server.start(np.zeros(10))
    try:
        answers = [request(url + "drawings", line, device=f"phone{i}") for i in range(40)]
        assert [status for status, _ in answers] == [202] * 40
        assert arrivals.empty()
    finally:
        window_busy.set()
        server.stop()
    numbers = sorted(arrivals.get(timeout=5).number for _ in range(40))
    assert numbers == sorted(answer["received"] for _, answer in answers)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no process priorities here")
def test_the_server_runs_behind_training_and_the_window(process):
    server, _ = process
    server.start(np.zeros(10))
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, server._process.pid) == min(19, mine + NICENESS)


def test_a_window_that_is_gone_ends_the_process_quietly():
    """The window died without saying stop (its pipes closed): the process stops serving and ends,
    with no traceback, though it can no longer say "stopped"."""
    import subprocess
    import sys

    from mnist_visualizer.core.collect import server_process
    from mnist_visualizer.core.live.messages import read_message, write_message

    process = subprocess.Popen([sys.executable, "-m", server_process.__name__], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    write_message(process.stdin, ("start", {"host": "127.0.0.1", "port": 0, "counts": np.zeros(10, np.int64)}))
    kind, url = read_message(process.stdout, server_process.MAX_MESSAGE)
    assert kind == "started"
    process.stdout.close()   # the window's end of both pipes, as when it is killed
    process.stdin.close()
    assert process.wait(timeout=10) == 0
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert "Traceback" not in errors, errors
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)
