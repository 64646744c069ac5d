"""Why a page could not be audited: a fixed set of kinds, each worded in plain language.

A failed visit carries a ``PageErrorKind`` and a one-line reason built here from the
kind and a detail the driver measured (a status code, a URL, a content type, a time
limit). Chromium's network error codes (``net::ERR_CONNECTION_REFUSED``, the stable
vocabulary of ``net_error_list.h``) are mapped to kinds in this one place; the text
of a driver exception never reaches a report. With ``BARRIERAUDIT_DEBUG`` set, the
raw driver text is printed to stderr for whoever is debugging the driver.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum


class PageErrorKind(StrEnum):
    TIMEOUT = "timeout"
    HTTP_STATUS = "http_status"
    REDIRECT_LOOP = "redirect_loop"
    OUT_OF_SCOPE = "out_of_scope"
    PRIVATE_ADDRESS = "private_address"
    NOT_HTML = "not_html"
    CRASHED = "crashed"
    CONNECTION_REFUSED = "connection_refused"
    HOST_NOT_FOUND = "host_not_found"
    CONNECTION_FAILED = "connection_failed"
    TLS = "tls"
    UNREADABLE = "unreadable"
    BROWSER = "browser"
    NO_ELEMENT = "no_element"  # a flow's step: its element is not there (or not usable)
    STEP = "step"  # a flow's step the page did not allow (a wrong kind of element, no such URL)


# Chromium network error codes -> (kind, plain reason).
_NET_ERRORS: dict[str, tuple[PageErrorKind, str]] = {
    "ERR_TOO_MANY_REDIRECTS": (PageErrorKind.REDIRECT_LOOP, "redirect loop (too many redirects)"),
    "ERR_CONNECTION_REFUSED": (PageErrorKind.CONNECTION_REFUSED, "connection refused"),
    "ERR_NAME_NOT_RESOLVED": (PageErrorKind.HOST_NOT_FOUND, "host name not found"),
    "ERR_NAME_RESOLUTION_FAILED": (PageErrorKind.HOST_NOT_FOUND, "host name not found"),
    "ERR_CONNECTION_RESET": (PageErrorKind.CONNECTION_FAILED, "connection reset by the server"),
    "ERR_CONNECTION_CLOSED": (PageErrorKind.CONNECTION_FAILED, "connection closed by the server"),
    "ERR_EMPTY_RESPONSE": (PageErrorKind.CONNECTION_FAILED, "empty response from the server"),
    "ERR_INVALID_HTTP_RESPONSE": (PageErrorKind.CONNECTION_FAILED, "the server's answer is not valid HTTP"),
    "ERR_ADDRESS_UNREACHABLE": (PageErrorKind.CONNECTION_FAILED, "address unreachable"),
    "ERR_CONNECTION_TIMED_OUT": (PageErrorKind.CONNECTION_FAILED, "connection timed out"),
    "ERR_TIMED_OUT": (PageErrorKind.CONNECTION_FAILED, "connection timed out"),
    "ERR_INTERNET_DISCONNECTED": (PageErrorKind.CONNECTION_FAILED, "no network"),
    "ERR_CONTENT_DECODING_FAILED": (PageErrorKind.CONNECTION_FAILED, "the server sent a body that cannot be decoded"),
    "ERR_UNSAFE_PORT": (PageErrorKind.CONNECTION_FAILED, "the browser refuses this port"),
    "ERR_CERT_": (PageErrorKind.TLS, "TLS certificate error"),
    "ERR_SSL_": (PageErrorKind.TLS, "TLS error"),
}


def net_error(code_text: str) -> tuple[PageErrorKind, str]:
    """The kind and reason for a Chromium network error (``net::ERR_…``)."""
    for code, outcome in _NET_ERRORS.items():
        if code in code_text:
            return outcome
    return PageErrorKind.CONNECTION_FAILED, "the page could not be fetched"


# The same failures as Node reports them (robots.txt and sitemaps go through Playwright's
# HTTP client, which runs in Node).
_NODE_ERRORS = {
    "ECONNREFUSED": "connection refused", "ENOTFOUND": "host name not found",
    "EAI_AGAIN": "host name not found", "ECONNRESET": "connection reset by the server",
    "ETIMEDOUT": "connection timed out", "EHOSTUNREACH": "address unreachable",
    "ENETUNREACH": "address unreachable", "socket hang up": "connection closed by the server",
    "Timeout": "no answer in time", "certificate": "TLS certificate error",
}


def fetch_error(code_text: str) -> str:
    """A plain reason for a failed robots.txt or sitemap request."""
    for code, reason in _NODE_ERRORS.items():
        if code in code_text:
            return reason
    return "the request failed"


def timeout(seconds: float) -> tuple[PageErrorKind, str]:
    return PageErrorKind.TIMEOUT, f"page did not load within {seconds:g} s"


def http_status(status: int) -> tuple[PageErrorKind, str]:
    return PageErrorKind.HTTP_STATUS, f"HTTP {status}"


def out_of_scope(url: str) -> tuple[PageErrorKind, str]:
    return PageErrorKind.OUT_OF_SCOPE, f"redirected outside the site to {url}"


def private_address(url: str) -> tuple[PageErrorKind, str]:
    return PageErrorKind.PRIVATE_ADDRESS, f"redirected to a private network address ({url}); not followed"


def not_html(content_type: str) -> tuple[PageErrorKind, str]:
    return PageErrorKind.NOT_HTML, f"not an HTML page ({content_type})"


CLIENT_REDIRECT_LOOP = (PageErrorKind.REDIRECT_LOOP, "redirect loop (the page keeps sending the browser on)")
CRASHED = (PageErrorKind.CRASHED, "the browser tab crashed on this page")
UNREADABLE = (PageErrorKind.UNREADABLE, "the page could not be read (its scripts kept the browser busy)")
BROWSER = (PageErrorKind.BROWSER, "the browser failed on this page")


def no_element(selector: str, seconds: float, detail: str = "") -> tuple[PageErrorKind, str]:
    """``detail``: what else the element needed (``with that option``)."""
    return PageErrorKind.NO_ELEMENT, f"no visible, enabled element matches {selector!r}{detail} within {seconds:g} s"


def unusable_element(selector: str, action: str) -> tuple[PageErrorKind, str]:
    return (PageErrorKind.STEP, f"could not {action} {selector!r} (an invalid selector, or an element "
            f"of another kind)")


def url_not_reached(seconds: float) -> tuple[PageErrorKind, str]:
    return PageErrorKind.TIMEOUT, f"the page did not reach that URL within {seconds:g} s"


def debug(url: str, what: str, exc: BaseException | str) -> None:
    """Print the raw driver text, only for someone debugging with BARRIERAUDIT_DEBUG."""
    if os.environ.get("BARRIERAUDIT_DEBUG"):
        print(f"barrieraudit debug: {url}: {what}: {exc}", file=sys.stderr)
