"""The bundled demo: fictional forum sites with different barrier profiles.

``DemoServer`` serves each folder of ``demo/sites`` on its own loopback port (so each
is a separate site to the crawler); ``demo_config`` turns ``sites.yaml`` into a run
configuration for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..config import RunConfig, parse_config
from ..resources import package_file
from .server import StaticSiteServer

SITES_DIR = package_file("demo", "sites")


def demo_sites() -> list[dict[str, Any]]:
    with (SITES_DIR / "sites.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["sites"]


class DemoServer:
    """Serves every demo site on 127.0.0.1, one port each, for the length of a ``with``."""

    def __init__(self, root: Path = SITES_DIR):
        self.root = root
        self.servers: list[tuple[dict[str, Any], StaticSiteServer]] = []

    def __enter__(self) -> DemoServer:
        for site in demo_sites():
            server = StaticSiteServer(self.root / site["dir"])
            server.start()
            self.servers.append((site, server))
        return self

    def __exit__(self, *exc_info: object) -> None:
        for _, server in self.servers:
            server.stop()


def demo_config(server: DemoServer, max_pages: int = 20) -> RunConfig:
    sites = [{"name": site["name"], "url": srv.url, "id": site["dir"]} for site, srv in server.servers]
    # Loopback sites: no politeness delay is needed.
    return parse_config({"max_pages": max_pages, "delay": 0, "sites": sites}, "demo")


__all__ = ["DemoServer", "demo_config", "demo_sites"]
