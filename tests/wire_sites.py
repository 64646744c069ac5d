"""A loopback web server that counts the bytes it puts on the wire, for the driver's tests.

``WireSite`` serves responses from memory like ``fixture_sites.FixtureSite``, but each
body can be sent gzip- or brotli-encoded, a response can be delayed, and the server
records per path how many bytes it wrote for the response: status line, headers and
(encoded) body. It speaks HTTP/1.1 with keep-alive, as real servers do.
"""

from __future__ import annotations

import gzip
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import brotli


@dataclass
class WireResponse:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    encoding: str | None = None  # "gzip" or "br"
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0


class _CountingWriter:
    def __init__(self, raw):
        self.raw, self.count = raw, 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        return self.raw.write(data)

    def flush(self) -> None:
        self.raw.flush()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001 -- stdlib signature
        pass  # a browser that drops a connection (a page it stopped loading) is no error here


class WireSite:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host  # a loopback address: 127.0.0.2, .3, ... are other sites for the browser
        self.routes: dict[str, WireResponse] = {}
        self.cookies: list[tuple[str, str]] = []  # (path, Cookie header) of every request
        self.sent: dict[str, int] = {}  # path -> bytes written for it, summed over requests
        self.log: list[tuple[float, str]] = []
        self._server: _QuietServer | None = None
        self._lock = threading.Lock()

    def add(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", *,
            status: int = 200, encoding: str | None = None, headers: tuple[tuple[str, str], ...] = (),
            delay: float = 0.0) -> WireSite:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = WireResponse(status, data, content_type, encoding, headers, delay)
        return self

    def requested(self, path: str) -> bool:
        return any(p == path for _, p in self.log)

    @property
    def url(self) -> str:
        assert self._server is not None, "start the site first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def port(self) -> int:
        assert self._server is not None, "start the site first"
        return self._server.server_address[1]

    def __enter__(self) -> WireSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 -- stdlib name
                path = urlsplit(self.path).path
                site.log.append((time.monotonic(), path))
                site.cookies.append((path, self.headers.get("Cookie", "")))
                response = site.routes.get(path) or WireResponse(404, b"not found", "text/plain")
                if response.delay:
                    time.sleep(response.delay)
                body = response.body
                if response.encoding == "gzip":
                    body = gzip.compress(body)
                elif response.encoding == "br":
                    body = brotli.compress(body)
                writer = _CountingWriter(self.wfile)
                self.wfile = writer
                try:
                    self.send_response(response.status)
                    self.send_header("Content-Type", response.content_type)
                    self.send_header("Content-Length", str(len(body)))
                    if response.encoding:
                        self.send_header("Content-Encoding", response.encoding)
                    for name, value in response.headers:
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                    self.wfile.flush()
                finally:
                    self.wfile = writer.raw
                    with site._lock:
                        site.sent[path] = site.sent.get(path, 0) + writer.count

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._server = _QuietServer((self.host, 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()
