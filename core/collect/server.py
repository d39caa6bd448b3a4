"""The small web server phones draw through: aiohttp, in a thread of its own with its own event loop.

It binds only the address it is given (the machine's address on the room's network by default, see
`lan_address`), and answers only under a random token made anew each time it starts::

    http://192.168.1.20:8765/<token>/            the drawing page (resources/collect/phone.html)
    http://192.168.1.20:8765/<token>/phone.js    its script
    http://192.168.1.20:8765/<token>/wanted      {"ask": 7, "counts": [...]}: the digit to ask for
    http://192.168.1.20:8765/<token>/drawings    POST a drawing (see drawings.py): 202 {"ask": ...}

The page is in the app's language: the window hands the server its texts translated ({English:
shown}, see `page_with_texts`), which it puts in the page for phone.js (and in its own refusals).
Anything else: 404, or 403 for a wrong token. Limits, each answered with its status and a sentence:
a body over MAX_BODY bytes 413; too many points 413; not JSON, or not a drawing, 400; more than
RATE requests a second from one device (after a burst of BURST) 429; the teacher's inbox full 503.
A drawing that passes is put in an `Inbox` as strokes and answered at once (202): inking it into
the network's input (`strokes.strokes_to_image`, a few milliseconds) is the inbox reader's work,
after the phone has its answer (see server_process.py). Nothing is written to disk here.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import socket
import threading
import time
from importlib import resources
from typing import Callable

import numpy as np
from aiohttp import web

from .drawings import DrawingError, parse_drawing
from .inbox import Inbox, InboxFull

DEFAULT_PORT = 8765
MAX_BODY = 1 << 20      # bytes; a drawing of MAX_POINTS points is well under 100 kB
RATE = 4.0              # requests a second one device may go on sending...
BURST = 8               # ...after a burst of this many (a page load is three)
ADDRESS_RATE = 60.0     # and one address (a device that keeps renaming itself is still one address)
ADDRESS_BURST = 120
MAX_DEVICES = 10_000    # buckets remembered; the oldest are forgotten beyond this
PAGE_FILES = {"": ("phone.html", "text/html"), "phone.js": ("phone.js", "text/javascript")}
HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    # the page loads nothing from anywhere else, and may talk only to this server
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
}
RESOURCES_PACKAGE = f"{__package__.rsplit('.', 2)[0]}.resources"
TEXTS_BLOCK = b'<script type="application/json" id="texts">{}</script>'   # in phone.html


class CollectError(RuntimeError):
    """Collecting cannot start (the address is taken, or not this machine's)."""


def lan_address() -> str:
    """This machine's address on the local network: the one it would send from to another network.

    Connecting a UDP socket sends nothing; it only asks the system which interface and address a
    packet would leave by. 127.0.0.1 when there is no network at all."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))   # TEST-NET-1: documentation only, never routed here
            return probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def page_files() -> dict[str, tuple[bytes, str]]:
    """The page's files, read once from resources/collect: name in the URL -> (bytes, content type)."""
    folder = resources.files(RESOURCES_PACKAGE) / "collect"
    return {name: ((folder / file).read_bytes(), kind) for name, (file, kind) in PAGE_FILES.items()}


def page_with_texts(page: bytes, texts: dict[str, str], language: str) -> bytes:
    """phone.html in a language: ``texts`` ({English: shown}; phone.js shows the English text for
    any it lacks) in its JSON block, and ``language`` (Qt's name, ``pt_BR``) as its ``<html lang>``."""
    data = json.dumps({str(k): str(v) for k, v in texts.items()}, ensure_ascii=False)
    # (a JSON block ends at the first "</script": no "<" of a text may be read as markup)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    block = TEXTS_BLOCK.replace(b"{}", data.encode())
    tag = f'<html lang="{language.replace("_", "-")}">'.encode() if language.replace("_", "").isalnum() else b""
    page = page.replace(TEXTS_BLOCK, block, 1)
    return page.replace(b'<html lang="en">', tag, 1) if tag else page


class TokenBuckets:
    """Requests per key: ``rate`` a second after a burst of ``burst`` (one event loop: no lock)."""

    def __init__(self, rate: float, burst: float, size: int = MAX_DEVICES):
        self.rate, self.burst, self.size = rate, burst, size
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str, now: float) -> bool:
        tokens, then = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.rate)
        if len(self._buckets) >= self.size:   # dicts keep order: the first is the longest unseen
            del self._buckets[next(iter(self._buckets))]
        allowed = tokens >= 1
        self._buckets[key] = (tokens - 1 if allowed else tokens, now)
        return allowed


# The server's words for each refusal, in one place (the page shows them to the student).
WORDS = {
    "not_found": "Not found. Scan the code on the screen again.",
    "wrong_token": "This address is from an earlier lesson. Scan the code on the screen again.",
    "too_fast": "Slow down a little, please: try again in a second.",
    "too_big": "That drawing is too big to send.",
    "not_json": "That was not a drawing (not JSON).",
    "full": "The teacher has many drawings to look at. Try again in a minute.",
}


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status, headers=HEADERS)


class CollectServer:
    """The server, started and stopped from any thread (the window's).

    Parameters
    ----------
    inbox : Inbox
        Where checked drawings go.
    wanted : callable () -> sequence of 10 ints
        How many of each digit the class has (accepted and waiting): the page asks for the fewest.
    host, port : str, int
        The address to bind; None: `lan_address()`. Port 0: any free port.
    texts, language : dict, str
        The page's texts in the app's language, {English: shown} (None: English), and the
        language's code (``de``, ``pt_BR``).
    """

    def __init__(self, inbox: Inbox, wanted: Callable[[], object] | None = None, host: str | None = None,
                 port: int = DEFAULT_PORT, texts: dict[str, str] | None = None, language: str = "en"):
        self.inbox = inbox
        self.wanted = wanted or inbox.counts
        self.host = host or lan_address()
        self.port = port
        self.token = ""
        self.texts = dict(texts or {})
        self._files = page_files()
        page, kind = self._files[""]
        self._files[""] = (page_with_texts(page, self.texts, language), kind)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.token}/"

    # --- life ---------------------------------------------------------------------------------

    def start(self) -> str:
        """Bind and serve, with a fresh token; returns the page's address. Raises CollectError."""
        if self.running:
            return self.url
        self.token = secrets.token_urlsafe(16)
        self._devices = TokenBuckets(RATE, BURST)
        self._addresses = TokenBuckets(ADDRESS_RATE, ADDRESS_BURST)
        loop = asyncio.new_event_loop()
        bound: dict = {}
        ready = threading.Event()

        def serve():
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._bind())
            except Exception as exc:  # noqa: BLE001  (the window hears why, in start())
                bound["error"] = exc
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=serve, name="collect-server", daemon=True)
        self._thread.start()
        ready.wait()
        if "error" in bound:
            self._thread.join()
            self._thread = self._loop = None
            exc = bound["error"]
            raise CollectError(f"cannot collect on {self.host}:{self.port}: "
                               f"{getattr(exc, 'strerror', None) or exc}") from None
        return self.url

    async def _bind(self) -> None:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/{token}/", self._page)
        app.router.add_get("/{token}/phone.js", self._page)
        app.router.add_get("/{token}", self._slash)
        app.router.add_get("/{token}/wanted", self._wanted)
        app.router.add_post("/{token}/drawings", self._drawing)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        if self.port == 0:
            self.port = self._runner.addresses[0][1]

    def stop(self) -> None:
        """Stop serving and close every connection; the token is forgotten (blocks up to ~2 s)."""
        if not self.running:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._thread = self._loop = self._runner = None
        self.token = ""

    # --- requests ------------------------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler):
        """Every request: the token, then the rates; answers carry HEADERS."""
        token = request.match_info.get("token")
        if token is None:
            return self._refuse(404, "not_found")
        if not secrets.compare_digest(token.encode(), self.token.encode()):
            return self._refuse(403, "wrong_token")
        address = request.remote or "?"
        device = f"{address}|{request.headers.get('X-Device', '')[:64]}"
        now = time.monotonic()
        # the device first: what one device is refused does not count against its neighbours
        if not (self._devices.allow(device, now) and self._addresses.allow(address, now)):
            return self._refuse(429, "too_fast")
        try:
            return await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return self._refuse(413, "too_big")

    def _refuse(self, status: int, words: str) -> web.Response:
        """A refusal, its sentence (`WORDS`) in the page's language."""
        return _error(status, self.texts.get(WORDS[words]) or WORDS[words])

    async def _slash(self, request: web.Request) -> web.Response:
        raise web.HTTPFound(f"/{self.token}/")

    async def _page(self, request: web.Request) -> web.Response:
        body, kind = self._files[request.path.rsplit("/", 1)[1]]
        return web.Response(body=body, content_type=kind, charset="utf-8", headers=HEADERS)

    def _ask(self) -> dict:
        counts = np.asarray(self.wanted(), np.int64).reshape(10)
        fewest = np.flatnonzero(counts == counts.min())
        return {"ask": int(secrets.choice(fewest)), "counts": counts.tolist()}

    async def _wanted(self, request: web.Request) -> web.Response:
        return web.json_response(self._ask(), headers=HEADERS)

    async def _drawing(self, request: web.Request) -> web.Response:
        if request.content_length is not None and request.content_length > MAX_BODY:
            return self._refuse(413, "too_big")
        body = await request.read()
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError):
            return self._refuse(400, "not_json")
        try:
            drawing = parse_drawing(payload)
        except DrawingError as exc:
            return _error(exc.status, str(exc))
        device = f"{request.remote}|{request.headers.get('X-Device', '')[:64]}"
        try:
            arrival = self.inbox.add(drawing.label, drawing.strokes, None, device)
        except InboxFull:
            return self._refuse(503, "full")
        return web.json_response({"received": arrival.number, **self._ask()}, status=202, headers=HEADERS)
