"""Check a written report in Chromium: axe-core on every page, at desktop and phone width."""

from __future__ import annotations

import asyncio
from pathlib import Path

from playwright.async_api import async_playwright

from barrieraudit.browser.axe import axe_run_options, axe_source
from barrieraudit.browser.playwright_driver import CHROMIUM_ARGS

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def report_pages(folder: Path) -> list[Path]:
    return [folder / "index.html", folder / "methodology.html", *sorted((folder / "sites").glob("*.html"))]


def report_problems(chromium: str | None, pages: list[Path], widths: tuple[int, ...] = (1280, 360)) -> dict[str, list[str]]:
    """Page@width -> axe-core violations and horizontal overflow; empty when all is well."""

    async def check() -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            for width in widths:
                page = await browser.new_page(viewport={"width": width, "height": 800})
                for path in pages:
                    await page.goto(path.as_uri())
                    await page.evaluate(axe_source())
                    violations = await page.evaluate(
                        "(o) => axe.run(document, o).then(r => r.violations.map(v => v.id + ': ' + "
                        "v.nodes.map(n => n.target.join(' ')).join(', ')))", axe_run_options(TAGS))
                    overflow = await page.evaluate("document.scrollingElement.scrollWidth") - width
                    if violations or overflow > 0:
                        found[f"{path.name}@{width}"] = violations + ([f"{overflow}px too wide"] if overflow > 0 else [])
                await page.close()
            await browser.close()
        return found

    return asyncio.run(check())
