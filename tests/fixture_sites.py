"""Fixture web sites for the tests, served on 127.0.0.1 from memory.

A ``FixtureSite`` maps paths to responses: pages, redirects, files, errors, and
pages that never finish loading. It logs every request with its time, so tests can
check what the crawler asked for and when.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


def html_page(title: str, body: str, lang: str = "en", head: str = "") -> str:
    """A small page that passes axe-core, unless the body adds barriers."""
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title>{head}</head><body>"
            f'<header><nav aria-label="Main"><a href="/">Home</a></nav></header>'
            f"<main><h1>{escape(title)}</h1>{body}</main></body></html>")


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    hang: bool = False
    delay_s: float = 0.0  # the server takes this long to answer


class FixtureSite:
    def __init__(self) -> None:
        self.routes: dict[str, Response] = {}
        self.log: list[tuple[float, str]] = []
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None

    # -- building ----------------------------------------------------------------------
    def page(self, path: str, title: str, body: str = "", *, lang: str = "en", status: int = 200,
             head: str = "") -> FixtureSite:
        self.routes[path] = Response(status, html_page(title, body, lang, head).encode())
        return self

    def raw(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
            status: int = 200) -> FixtureSite:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Response(status, data, content_type)
        return self

    def redirect(self, path: str, location: str, status: int = 302) -> FixtureSite:
        self.routes[path] = Response(status, b"", "text/plain", (("Location", location),))
        return self

    def hang(self, path: str) -> FixtureSite:
        self.routes[path] = Response(hang=True)
        return self

    def slow(self, seconds: float, *paths: str) -> FixtureSite:
        """The given routes (all HTML routes when none is named) answer after ``seconds``."""
        for path, response in self.routes.items():
            if path in paths or (not paths and response.content_type.startswith("text/html")):
                response.delay_s = seconds
        return self

    def count(self, path: str) -> int:
        return sum(1 for _, p in self.log if p == path)

    # -- serving -----------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None, "start the site first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def requested(self, path: str) -> bool:
        return any(p == path for _, p in self.log)

    def __enter__(self) -> FixtureSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 -- stdlib name
                path = urlsplit(self.path).path
                site.log.append((time.monotonic(), path))
                response = site.routes.get(path)
                if response is None:
                    response = Response(404, html_page("Not found", "<p>No such page.</p>").encode())
                if response.delay_s:
                    site._stopping.wait(response.delay_s)
                if response.hang:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    self.wfile.write(b"<!doctype html><html><head><title>slow")
                    self.wfile.flush()
                    site._stopping.wait(120)
                    return
                self.send_response(response.status)
                self.send_header("Content-Type", response.content_type)
                self.send_header("Content-Length", str(len(response.body)))
                for name, value in response.headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(response.body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()


def closed_port_url() -> str:
    """A loopback URL where nothing listens (a port just freed by the system; not one of
    the ports browsers refuse outright, such as 9)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40"/></svg>'


def forum_site(barriers: int, pages: int = 4) -> FixtureSite:
    """A small forum site whose every page carries ``barriers`` accessibility barriers
    (0 to 5, cumulative): missing alt, an unlabelled input, low contrast, an empty
    button, a missing page language."""
    site = FixtureSite()
    nav = "<ul>" + "".join(f'<li><a href="/p{i}">Page {i}</a></li>' for i in range(1, pages)) + \
        '<li><a href="/register">Register</a></li></ul>'
    parts = [
        '<img src="/photo.svg">',
        '<form><input type="text" name="q"></form>',
        '<p style="color:#c4c4c4">Deadline: 1 March.</p>',
        '<button type="button"></button>',
    ][: min(barriers, 4)]
    body = nav + "<p>Welcome to the forum.</p>" + "".join(parts)
    lang = "" if barriers >= 5 else "en"
    for path in ["/", *(f"/p{i}" for i in range(1, pages)), "/register"]:
        html = html_page(f"Forum page {path}", body, lang=lang)
        if not lang:
            html = html.replace('<html lang="">', "<html>")
        site.raw(path, html)
    site.raw("/photo.svg", SVG, "image/svg+xml")
    return site
