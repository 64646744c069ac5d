"""What is inside a site.

``domain`` (the default): the start URL's registrable domain and its subdomains, so
``www.forum.org``, ``forum.org`` and ``events.forum.org`` are one site; the public
suffix list is tldextract's bundled copy (no download). For an IP address or
``localhost`` the site is that host and port. ``host``: exactly the start host and
port. ``prefix``: the start host and everything under the start URL's folder, for
an institution that is one path of a larger domain (``un.org/en/forum/``).
Both schemes (http, https) count as the same site.
"""

from __future__ import annotations

import ipaddress
from functools import cache
from urllib.parse import urlsplit

import tldextract

from ..config import Scope
from .urls import is_private_host


@cache
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def registrable_domain(host: str) -> str:
    if _is_ip(host) or host == "localhost" or host.endswith(".localhost"):
        return host
    result = _extractor()(host)
    return result.top_domain_under_public_suffix or host


class SiteScope:
    """Decides whether a URL belongs to the configured site."""

    def __init__(self, start_url: str, mode: Scope = Scope.domain):
        parts = urlsplit(start_url)
        self.mode = mode
        self.host = (parts.hostname or "").lower()
        self.port = parts.port
        self.domain = registrable_domain(self.host)
        folder = parts.path if parts.path.endswith("/") else parts.path.rsplit("/", 1)[0] + "/"
        self.prefix = folder or "/"
        self.start_is_private = is_private_host(self.host)

    def _exact_host(self) -> bool:
        return self.mode is not Scope.domain or self.domain == self.host and (
            _is_ip(self.host) or is_private_host(self.host))

    def contains(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        host = (parts.hostname or "").lower()
        if not self.start_is_private and is_private_host(host):
            return False
        if self._exact_host():
            if host != self.host or parts.port != self.port:
                return False
        elif not (host == self.domain or host.endswith("." + self.domain)):
            return False
        if self.mode is Scope.prefix:
            return (parts.path or "/").startswith(self.prefix) or (parts.path or "/") + "/" == self.prefix
        return True
