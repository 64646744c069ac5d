"""Visit pages through the browser driver alone (no crawler, checks or store).

The driver's tests call ``visit_pages`` with a Chromium and URLs on loopback fixture
servers; it opens one session per site like the crawler does and returns what
``Session.visit`` returned, in order.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from barrieraudit.browser.interface import PageVisit
from barrieraudit.browser.playwright_driver import PlaywrightDriver
from barrieraudit.pipeline import axe_options


def within(*prefixes: str) -> Callable[[str], bool]:
    """A site's scope: URLs under one of these prefixes."""
    return lambda url: url.startswith(prefixes)


async def visit_with(driver: PlaywrightDriver, urls: list[str], scope: Callable[[str], bool], *,
                     block_private: bool = False, is_private: Callable[[str], bool] | None = None,
                     **options: Any) -> list[PageVisit]:
    session = await driver.open_session("barrieraudit-test", block_private=block_private, is_private=is_private)
    settings = {"page_timeout": 15, "axe_timeout": 20, "screenshot": False, "axe_options": axe_options(),
                **options}
    try:
        return [await session.visit(url, allow_navigation=scope, **settings) for url in urls]
    finally:
        await session.close()


def visit_pages(chromium: str | None, *urls: str, scope: Callable[[str], bool] | None = None,
                **options: Any) -> list[PageVisit]:
    """Visit each URL in turn in one session; the scope defaults to the first URL's origin."""

    origin = "/".join(urls[0].split("/", 3)[:3]) + "/"

    async def run() -> list[PageVisit]:
        driver = PlaywrightDriver(chromium)
        await driver.start(max_tabs=2)
        try:
            return await visit_with(driver, list(urls), scope or within(origin), **options)
        finally:
            await driver.close()

    return asyncio.run(run())
