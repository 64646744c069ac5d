"""The HTML report: offline, escaped, rendered only from the stored run."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from fixture_sites import FixtureSite
from playwright.async_api import async_playwright

from barrieraudit.browser.playwright_driver import CHROMIUM_ARGS
from barrieraudit.report import write_report

pytestmark = pytest.mark.browser

HOSTILE = """<p>Plain text <b>bold</b>.</p>
<a href="javascript:window.__pwned=1">Register &lt;now&gt;</a>
<a href="/x&quot;onmouseover=&quot;window.__pwned=1">Fees</a>
<img src="/missing.png" onerror="window.__pwned=1">"""


async def open_offline(chromium: str | None, path: Path) -> tuple[list[str], list[str], bool, str]:
    """Open a report file with every non-file request blocked; return what it tried to fetch."""
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = await browser.new_page()
        remote: list[str] = []
        failed: list[str] = []

        async def block(route):
            if route.request.url.startswith("file://"):
                await route.continue_()
            else:
                remote.append(route.request.url)
                await route.abort()

        await page.route("**/*", block)
        page.on("requestfailed", lambda r: failed.append(r.url))
        await page.goto(path.as_uri())
        pwned = await page.evaluate("() => window.__pwned === 1")
        title = await page.title()
        await browser.close()
        return remote, failed, pwned, title


def test_hostile_page_content_is_shown_as_text_and_the_report_opens_offline(audit, chromium, tmp_path):
    with FixtureSite() as site:
        site.page("/", '<script>window.__pwned=1</script>"Forum"', HOSTILE)
        run = audit({"screenshots": True, "sites": [{"name": "<i>Hostile</i> forum", "url": site.url}]})
    index = write_report(run.results, tmp_path / "out", run.store.screenshots(run.run_id))
    site_page = tmp_path / "out" / "sites" / "i-hostile-i-forum.html"
    html = site_page.read_text()
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "<script>window.__pwned" not in html
    assert 'href="javascript:' not in html
    assert "&lt;i&gt;Hostile&lt;/i&gt; forum" in (tmp_path / "out" / "index.html").read_text()
    for page in (index, site_page):
        remote, failed, pwned, _title = asyncio.run(open_offline(chromium, page))
        assert remote == [] and failed == [] and pwned is False
    _, _, _, title = asyncio.run(open_offline(chromium, site_page))
    assert title == "<i>Hostile</i> forum · barrieraudit"
    assert (tmp_path / "out" / "screenshots").is_dir() and any((tmp_path / "out" / "screenshots").iterdir())


def test_site_names_with_dollar_signs_are_drawn_as_written_in_the_chart(tmp_path):
    from barrieraudit.report.chart import group_chart

    names = ["Fund $5 to $10 forum", "Forum $x^{ $"]
    sites = [{"name": name, "scores": {"overall": 50.0, "groups": {"disabled": 40.0, "youth": 50.0,
                                                                      "developing": 60.0}}} for name in names]
    assert group_chart(sites, {"disabled": "D", "youth": "Y", "developing": "C"}, tmp_path / "chart.svg")
    svg = (tmp_path / "chart.svg").read_text()
    assert "Fund $5 to $10 forum" in svg and "Forum $x^{ $" in svg
