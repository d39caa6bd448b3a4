"""The collecting server on loopback only: each kind of bad request refused with its status, the
server answering on, and nothing written anywhere but the class-digits folder."""

import json
import os
import time
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from mnist_visualizer.core.collect import server as server_module
from mnist_visualizer.core.collect.class_digits import ClassDigits
from mnist_visualizer.core.collect.drawings import MAX_POINTS, DrawingError, parse_drawing
from mnist_visualizer.core.collect.inbox import Inbox
from mnist_visualizer.core.collect.server import BURST, RATE, CollectError, CollectServer
from mnist_visualizer.core.collect.strokes import strokes_to_image

SEVEN = {"label": 7, "strokes": [[[0.3, 0.2], [0.7, 0.2], [0.45, 0.9]]]}


def request(url, body=None, device="test", timeout=10):
    """(status, decoded JSON or text) of one GET, or POST when ``body`` is given."""
    headers = {"X-Device": device, "Content-Type": "application/json"}
    data = body if body is None or isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers=headers, method="GET" if data is None else "POST")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            status, text = answer.status, answer.read()
    except urllib.error.HTTPError as exc:
        status, text = exc.code, exc.read()
    try:
        return status, json.loads(text)
    except ValueError:
        return status, text.decode()


@pytest.fixture
def collecting(tmp_path, monkeypatch):
    """A server on 127.0.0.1 whose arrivals are accepted at once into tmp_path/class-digits, run
    from an empty working folder (tmp_path/cwd)."""
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    digits = ClassDigits(tmp_path / "class-digits")

    def accept(arrival):   # (the server answers with strokes; inking them is the reader's work)
        assert arrival.image is None
        inbox.take(arrival.number)
        digits.add(arrival.label, strokes_to_image(arrival.strokes), arrival.strokes)
        digits.save()

    inbox = Inbox(on_arrival=accept)
    server = CollectServer(inbox, digits.counts, host="127.0.0.1", port=0)
    server.start()
    yield server, digits
    server.stop()


def test_a_drawing_arrives_as_an_image_through_the_canvas_recipe(collecting):
    server, digits = collecting
    status, answer = request(server.url + "drawings", SEVEN)
    assert status == 202 and answer["received"] == 1 and 0 <= answer["ask"] <= 9
    assert answer["ask"] != 7  # the class has a 7 now: the page asks for one of the digits it lacks
    assert len(digits) == 1 and digits.counts()[7] == 1
    image = digits.train.images[0].reshape(28, 28)
    rows, cols = np.nonzero(image > 64)
    assert rows.max() - rows.min() + 1 == 20 or cols.max() - cols.min() + 1 >= 18  # MNIST's 20x20 box
    assert abs(np.average(np.indices(image.shape)[0], weights=image) - 14) < 1  # centred on its mass


def test_the_page_and_its_script_are_served_under_the_token(collecting):
    server, _ = collecting
    status, page = request(server.url)
    assert status == 200 and "phone.js" in page and "http" not in page.split("<body>")[1]
    status, script = request(server.url + "phone.js")
    assert status == 200 and "fetch(\"drawings\"" in script
    assert "http:" not in script and "https:" not in script  # nothing from the internet


@pytest.mark.parametrize("path, status", [("", 404), ("drawings", 404), ("wanted", 403),
                                          ("WRONGTOKEN/", 403), ("WRONGTOKEN/wanted", 403)])
def test_without_the_token_nothing_is_served(collecting, path, status):
    server, digits = collecting
    base = f"http://127.0.0.1:{server.port}/"
    got, answer = request(base + path) if "drawings" not in path else request(base + path, SEVEN)
    assert got == status
    got, _ = request(base + "WRONGTOKEN/drawings", SEVEN)
    assert got == 403 and len(digits) == 0


def test_a_new_start_makes_a_new_token_and_the_old_one_is_refused(collecting):
    server, _ = collecting
    old = server.url
    server.stop()
    server.start()
    assert server.url != old
    assert request(old + "wanted")[0] == 403
    assert request(server.url + "wanted")[0] == 200


def points(n):
    return {"label": 1, "strokes": [[[0, 0]] * n]}


@pytest.mark.parametrize("body, status, words", [
    (b"x" * (10 << 20), 413, "too big"),                        # 10 MB
    (points(100_000), 413, "points"),                           # 100,000 points (600 kB of JSON)
    (points(MAX_POINTS + 1), 413, "points"),
    (b"{\"label\": 7, \"strokes\": [[[0.1, ", 400, "not JSON"),   # malformed JSON
    (b"\xff\xfe", 400, "not JSON"),
    ({**SEVEN, "label": 12}, 400, "0 to 9"),
    ({**SEVEN, "label": True}, 400, "0 to 9"),
    ({**SEVEN, "label": "7"}, 400, "0 to 9"),
    ({**SEVEN, "extra": 1}, 400, "unknown: extra"),
    ({"label": 7}, 400, "missing: strokes"),
    ({"label": 7, "strokes": []}, 400, "non-empty"),
    ({"label": 7, "strokes": [[[0.1, 2.0]]]}, 400, "from 0 to 1"),
    ({"label": 7, "strokes": [[[0.1, float("nan")]]]}, 400, "not JSON"),   # NaN is not JSON... 
    ({"label": 7, "strokes": [[[0.1]]]}, 400, "[x, y]"),
    ({"label": 7, "strokes": [[[0, 0], [1, 1]] * 40]}, 413, "travelled"),
    ([1, 2, 3], 400, "JSON object"),
    (b"[" * 100_000 + b"]" * 100_000, 400, "not JSON"),          # nested too deep for the parser
])
def test_each_bad_request_is_refused_with_its_status_and_the_server_carries_on(collecting, body, status, words):
    server, digits = collecting
    if isinstance(body, dict) and "nan" in str(body):
        body = json.dumps(body).replace("NaN", "nan").encode()
    got, answer = request(server.url + "drawings", body)
    assert got == status, answer
    assert words in answer["error"]
    assert len(digits) == 0
    assert request(server.url + "drawings", SEVEN, device="another")[0] == 202   # it answers on


@pytest.mark.parametrize("stroke", [
    [[0.1, True]], [[True, False]], [[0.1, "0.2"]], [[0.1, None]], [[0.1]], [[0.1, 0.2, 0.3]], [[[0.1, 0.2]]],
    [[0.1, 2.0]], [[-0.1, 0.5]], [[0.1, float("nan")]], [[0.1, float("inf")]], [[0.5, 0.5], [0.1]],
    [[0.5, 0.5], "ab"], [[10**30, 0.5]], [{"x": 0.1, "y": 0.2}], [[0.5, 0.5], [0.2, [0.1]]], [["ab", "cd"]],
])
def test_a_point_that_is_not_two_numbers_from_0_to_1_is_named(stroke):
    """(A stroke is checked as one array first: what numpy would take, a true as 1, a string of
    digits, is refused all the same, and the point is named.)"""
    with pytest.raises(DrawingError, match="each point must be") as refused:
        parse_drawing({"label": 1, "strokes": [[[0.5, 0.5]], stroke]})
    assert refused.value.status == 400


def test_points_are_kept_as_sent():
    drawing = parse_drawing({"label": 1, "strokes": [[[0, 1], [1, 0.25]], [[0.125, 0.5]]]})
    assert [s.tolist() for s in drawing.strokes] == [[[0, 1], [1, 0.25]], [[0.125, 0.5]]]
    assert all(s.dtype == np.float32 and not s.flags.writeable for s in drawing.strokes)


def test_200_requests_a_second_from_one_device_are_slowed_and_others_are_not(collecting):
    server, digits = collecting
    start = time.monotonic()
    statuses = [request(server.url + "drawings", SEVEN, device="eager")[0] for _ in range(200)]
    elapsed = time.monotonic() - start
    accepted = statuses.count(202)
    assert set(statuses) <= {202, 429} and statuses.count(429) >= 100
    assert accepted <= BURST + RATE * elapsed + 1
    assert len(digits) == accepted
    assert request(server.url + "drawings", SEVEN, device="patient")[0] == 202


def test_a_full_inbox_answers_503(tmp_path):
    inbox = Inbox(capacity=2)
    server = CollectServer(inbox, host="127.0.0.1", port=0)
    server.start()
    try:
        statuses = [request(server.url + "drawings", SEVEN, device=f"phone{i}")[0] for i in range(4)]
        assert statuses == [202, 202, 503, 503]
        inbox.take(1)
        assert request(server.url + "drawings", SEVEN, device="phone9")[0] == 202
    finally:
        server.stop()


def test_nothing_is_written_outside_the_class_digits_folder(collecting, tmp_path):
    server, digits = collecting
    for body in (SEVEN, b"{bad", points(100_000), {**SEVEN, "label": 3}):
        request(server.url + "drawings", body, device=str(body)[:20])
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert written == sorted(f"class-digits/{name}" for name in os.listdir(tmp_path / "class-digits"))
    assert not any(name.endswith(".partial") for name in written)
    assert list((tmp_path / "cwd").iterdir()) == []
    assert ClassDigits.open(tmp_path / "class-digits").counts()[[3, 7]].tolist() == [1, 1]


def test_stop_closes_the_port_and_a_taken_port_is_said_in_words():
    inbox = Inbox()
    first = CollectServer(inbox, host="127.0.0.1", port=0)
    first.start()
    second = CollectServer(inbox, host="127.0.0.1", port=first.port)
    with pytest.raises(CollectError, match=f"127.0.0.1:{first.port}"):
        second.start()
    url = first.url
    first.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


def test_the_lan_address_is_found_without_sending_anything():
    address = server_module.lan_address()
    assert address.count(".") == 3 and all(0 <= int(p) <= 255 for p in address.split("."))
