"""A static web server for a folder, on a free loopback port, in a background thread.

Used by the demo and by the tests' fixture sites. It serves files only from its
folder, answers 404 otherwise, and logs nothing.
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript",
                      ".svg": "image/svg+xml", ".pdf": "application/pdf"}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 -- stdlib signature
        pass


class StaticSiteServer:
    def __init__(self, root: Path, handler: type[SimpleHTTPRequestHandler] = QuietHandler):
        self.root = root
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self) -> StaticSiteServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> StaticSiteServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
