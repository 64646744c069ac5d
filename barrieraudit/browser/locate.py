"""Find a Chromium to drive, or install one.

Order: a configured path (``--browser`` or ``BARRIERAUDIT_CHROMIUM``), Playwright's
own downloaded Chromium, a system Chromium or Chrome on PATH. ``install_browser``
tries Playwright's download first and, where that fails and we run as root on a
Debian-like system, Debian's ``chromium`` package. When nothing works the error is one
line saying how to get a browser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from ..errors import BrowserNotFound

ENV_VAR = "BARRIERAUDIT_CHROMIUM"
SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
HOW_TO = (
    f"no Chromium found: run `python -m playwright install chromium`, or `apt-get install chromium` "
    f"(Debian/Ubuntu), or set {ENV_VAR}=/path/to/chrome"
)


def downloaded(path: str | None) -> str | None:
    """``path`` (where Playwright keeps its own Chromium) if the browser is there."""
    return path if path and Path(path).is_file() else None


def _playwright_chromium() -> str | None:
    """The path of Playwright's own Chromium, if it has been downloaded. (This starts
    Playwright's driver to ask: a driver that has one running asks it instead.)"""
    from playwright.sync_api import Error, sync_playwright

    try:
        with sync_playwright() as pw:
            path = pw.chromium.executable_path
    except Error:
        return None
    return downloaded(path)


def configured_browser(configured: str | None = None) -> str | None:
    """The configured browser (``--browser``, else ``BARRIERAUDIT_CHROMIUM``) as a path;
    None when none is configured."""
    configured = configured or os.environ.get(ENV_VAR)
    if not configured:
        return None
    path = shutil.which(configured) or configured
    if not Path(path).is_file():
        raise BrowserNotFound(f"the configured browser {configured!r} does not exist")
    return path


def find_browser(configured: str | None = None,
                 playwright_chromium: Callable[[], str | None] = _playwright_chromium) -> tuple[str | None, str]:
    """Return (executable or None for Playwright's default, where it came from).
    ``playwright_chromium``: how to learn the path of Playwright's own Chromium."""
    path = configured_browser(configured)
    if path:
        return path, "configured"
    if playwright_chromium():
        return None, "playwright"
    for name in SYSTEM_NAMES:
        path = shutil.which(name)
        if path:
            return path, "system"
    raise BrowserNotFound(HOW_TO)


def install_browser(echo=print) -> tuple[str | None, str]:
    """Find a browser; if there is none, install one (Playwright's, else Debian's)."""
    try:
        return find_browser()
    except BrowserNotFound:
        pass
    echo("No Chromium found; trying Playwright's download…")
    result = subprocess.run(
        [sys.executable, "-m", "playwright", "install", "chromium"],
        capture_output=True, text=True, timeout=900, check=False,
    )
    if result.returncode == 0 and _playwright_chromium():
        return None, "playwright"
    if os.name == "posix" and os.geteuid() == 0 and shutil.which("apt-get"):
        echo("Playwright's download failed; installing Debian's chromium package…")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
            subprocess.run(command, env=env, capture_output=True, check=False, timeout=1800)
    return find_browser()
