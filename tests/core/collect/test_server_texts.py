"""The phone page in the app's language: the texts the window hands the server are in the page it
serves (and in its refusals), its <html lang> is the language's; English without any."""

import json
import re
import urllib.request

import pytest

from mnist_visualizer.core.collect.inbox import Inbox
from mnist_visualizer.core.collect.server import WORDS, CollectServer, page_files, page_with_texts

GERMAN = {"Draw a {digit}": "Zeichne eine {digit}", "Send": "Senden",
          WORDS["wrong_token"]: "Diese Adresse ist von einer früheren Stunde.",
          "Tricky </script><b>&": "</script> stays text"}


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def texts_in(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="texts">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


@pytest.fixture
def serve():
    servers = []

    def start(**kwargs):
        server = CollectServer(Inbox(), host="127.0.0.1", port=0, **kwargs)
        server.start()
        servers.append(server)
        return server
    yield start
    for server in servers:
        server.stop()


def test_the_texts_given_are_in_the_served_page_and_its_refusals(serve):
    server = serve(texts=GERMAN, language="pt_BR")
    status, page = get(server.url)
    assert status == 200
    assert '<html lang="pt-BR">' in page
    assert texts_in(page) == GERMAN           # (and "</script>" inside a text did not end the block)
    assert page.count("</script>") == 2       # the JSON block's and phone.js's
    status, body = get(server.url.replace(server.token, "an-old-token"))
    assert status == 403 and json.loads(body)["error"] == "Diese Adresse ist von einer früheren Stunde."
    status, body = get(server.url + "nothing-here")
    assert status == 404 and json.loads(body)["error"] == WORDS["not_found"]   # not translated: English


def test_without_texts_the_page_is_english_as_shipped(serve):
    server = serve()
    status, page = get(server.url)
    assert page == page_files()[""][0].decode()
    assert '<html lang="en">' in page and texts_in(page) == {}


def test_a_language_code_that_is_not_one_leaves_the_page_english():
    page = page_files()[""][0]
    assert b'<html lang="en">' in page_with_texts(page, {}, '"><script>')
