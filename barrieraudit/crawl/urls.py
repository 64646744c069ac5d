"""URL canonicalisation and classification.

URLs are canonicalised with w3lib (fragments dropped, query arguments sorted,
percent-encoding normalised) so one page is visited once. Links to PDFs, office
documents, images, audio and archives are documents of the site, recorded but not
audited as pages.
"""

from __future__ import annotations

import ipaddress
import posixpath
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


def canonical(url: str) -> str:
    return canonicalize_url(url, keep_fragments=False)


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
