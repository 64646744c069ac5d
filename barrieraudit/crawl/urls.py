"""URL canonicalisation and classification.

URLs are canonicalised with w3lib (fragments dropped, query arguments sorted,
percent-encoding normalised). ``page_key`` goes further, to the forms under which
servers publish one page: the scheme, a default port, a trailing slash and an index
file (``/accessibility/`` = ``/accessibility``, ``/`` = ``/index.html``) do not make
a second page, so the page budget is not spent twice on one page. Links to PDFs,
office documents, images, audio and archives are documents of the site, recorded but
not audited as pages.
"""

from __future__ import annotations

import ipaddress
import posixpath
import re
from functools import lru_cache
from urllib.parse import urlsplit

from w3lib.url import canonicalize_url

DOCUMENT_KINDS = {
    "pdf": "pdf",
    **dict.fromkeys(("doc", "docx", "odt", "rtf", "pages"), "text-document"),
    **dict.fromkeys(("xls", "xlsx", "ods", "csv"), "spreadsheet"),
    **dict.fromkeys(("ppt", "pptx", "odp", "key"), "presentation"),
    **dict.fromkeys(("jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "ico", "avif"), "image"),
    **dict.fromkeys(("mp4", "webm", "mov", "avi", "mkv", "m4v"), "video"),
    **dict.fromkeys(("mp3", "wav", "ogg", "m4a", "flac"), "audio"),
    **dict.fromkeys(("zip", "gz", "tgz", "rar", "7z", "tar"), "archive"),
    **dict.fromkeys(("epub", "mobi"), "ebook"),
    **dict.fromkeys(("ics",), "calendar"),
}
_MIME_KINDS = {"application/pdf": "pdf", "image/": "image", "video/": "video", "audio/": "audio",
               "application/zip": "archive", "application/msword": "text-document",
               "application/vnd.openxmlformats-officedocument.wordprocessingml": "text-document",
               "application/vnd.openxmlformats-officedocument.spreadsheetml": "spreadsheet",
               "application/vnd.openxmlformats-officedocument.presentationml": "presentation",
               "text/calendar": "calendar"}


@lru_cache(maxsize=50_000)
def canonical(url: str) -> str:
    # Cached: a site's menu links are met again on every page.
    return canonicalize_url(url, keep_fragments=False)


# Directory index files servers answer a folder with (Apache DirectoryIndex, nginx
# index, IIS default documents).
_INDEX_FILE = re.compile(r"/(?:index|default)\.(?:html?|shtml|php|aspx?|jsp|cfm)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


@lru_cache(maxsize=50_000)
def page_key(url: str) -> str:
    """The identity of the page a URL names: equal keys are one page.

    ``https://f.org/a/``, ``http://f.org:80/a`` and ``https://f.org/a/index.html`` all
    give ``f.org/a``. The key also orders the frontier, so it must not depend on which
    form of a URL was found first.
    """
    parts = urlsplit(canonical(url))
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        host = f"{host}:{port}"
    path = _INDEX_FILE.sub("/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def origin(url: str) -> str:
    """scheme://host[:port], the unit robots.txt applies to (RFC 9309, section 2.3)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port
    netloc = (parts.hostname or "").lower()
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    return f"{scheme}://{netloc}"


def host_of(url: str) -> str:
    """The host name requests are spaced by: one throttle per host name, whatever the
    port or scheme, as Scrapy keys its download slots."""
    return (urlsplit(url).hostname or "").lower()


def is_web_url(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def document_kind(url: str) -> str | None:
    """The kind of document a URL names by its extension, or None for a web page."""
    extension = posixpath.splitext(urlsplit(url).path)[1].lower().lstrip(".")
    return DOCUMENT_KINDS.get(extension)


def document_kind_from_mime(content_type: str) -> str:
    for prefix, kind in _MIME_KINDS.items():
        if content_type.startswith(prefix):
            return kind
    return "other"


def is_private_host(host: str) -> bool:
    """Loopback, private, link-local and reserved addresses, and localhost names."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_global


def is_private_url(url: str) -> bool:
    return is_private_host(urlsplit(url).hostname or "")


# Every URL ``is_private_url`` can flag, as DevTools ``Fetch`` patterns ("*": any run of
# characters, matched against the whole URL), so the browser pauses only these requests
# for the check: a private host is an IP literal (the browser writes IPv4 in dotted
# decimal, whatever form the page used, so it starts with a digit; IPv6 is bracketed) or
# a localhost name; user info ("user@") comes before the host. The patterns match many
# public URLs too (a host that starts with a digit, an "@" in a path), which are checked
# and let through. ``tests/test_crawl_units.py`` holds them to ``is_private_url``.
PRIVATE_URL_PATTERNS = (*(f"*://{digit}*" for digit in "0123456789"), "*://[*", "*localhost*", "*@*")
