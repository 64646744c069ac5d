"""The published report in Chromium: accessible (axe-core finds nothing), usable with
the keyboard and at 360 px, sortable and filterable, with working links."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from fixture_sites import forum_site
from playwright.async_api import async_playwright

from report_checks import report_pages, report_problems

from barrieraudit.browser.playwright_driver import CHROMIUM_ARGS
from barrieraudit.report import write_report

pytestmark = pytest.mark.browser

NAMES = {0: "Zeta forum, no barriers", 2: "Alpha forum, 2 barriers", 4: "Mid forum, 4 barriers"}


@pytest.fixture(scope="module")
def report(tmp_path_factory, chromium) -> Path:
    """A report of three fixture forums with 0, 2 and 4 barriers, written to a folder;
    their names sort in another order than their ranks."""
    import contextlib

    from conftest import run_fixture_audit

    folder = tmp_path_factory.mktemp("report")
    with contextlib.ExitStack() as stack:
        sites = [stack.enter_context(forum_site(barriers=b)) for b in (0, 2, 4)]
        run = run_fixture_audit(chromium, folder / "runs.db", {"screenshots": True, "sites": [
            {"name": NAMES[b], "url": s.url} for b, s in zip((0, 2, 4), sites, strict=True)]})
    write_report(run.results, folder / "out", run.store.screenshots(run.run_id))
    return folder / "out"


def test_every_report_page_has_no_axe_violations_at_desktop_and_phone_width(report, chromium):
    pages = report_pages(report)
    assert len(pages) == 5
    assert report_problems(chromium, pages) == {}


def test_the_ranking_sorts_filters_by_group_and_links_to_each_site(report, chromium, tmp_path):
    async def use() -> dict:
        seen = {}
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = await browser.new_page(viewport={"width": 1280, "height": 900})
            await page.goto((report / "index.html").as_uri())
            names = "() => [...document.querySelectorAll('#ranking tbody tr:not([hidden]) th a')].map(a => a.textContent)"
            seen["ranked"] = await page.evaluate(names)
            # Keyboard: the "Site" heading is a button; Enter sorts by name.
            await page.get_by_role("button", name="Site").focus()
            await page.keyboard.press("Enter")
            seen["by_name"] = await page.evaluate(names)
            seen["aria_sort"] = await page.get_by_role("columnheader", name="Site").get_attribute("aria-sort")
            await page.get_by_label("Rank by").select_option(label="Young people")
            seen["by_youth"] = await page.evaluate(names)
            seen["youth_status"] = await page.locator("#filter-status").text_content()
            await page.get_by_label("Find a site").fill("4 barriers")
            seen["filtered"] = await page.evaluate(names)
            seen["status"] = await page.locator("#filter-status").text_content()
            await page.screenshot(path=str(tmp_path / "index-desktop.png"), full_page=True)
            await page.get_by_role("link", name=NAMES[4]).click()
            seen["h1"] = await page.locator("h1").text_content()
            await page.set_viewport_size({"width": 360, "height": 800})
            await page.screenshot(path=str(tmp_path / "site-phone.png"), full_page=True)
            await browser.close()
        return seen

    seen = asyncio.run(use())
    assert seen["ranked"] == [NAMES[0], NAMES[2], NAMES[4]]
    assert seen["by_name"] == [NAMES[2], NAMES[4], NAMES[0]]
    assert seen["aria_sort"] == "ascending"
    results = json.loads((report / "results.json").read_text())
    youth = sorted(results["sites"], key=lambda site: -site["scores"]["groups"]["youth"])
    assert seen["by_youth"] == [site["name"] for site in youth] != seen["by_name"]
    assert seen["youth_status"] == "Sorted by Young people, best first."
    assert seen["filtered"] == [NAMES[4]]
    assert seen["status"] == "1 of 3 sites shown."
    assert seen["h1"] == NAMES[4]


def test_the_report_has_the_chart_methodology_and_downloads(report):
    index = (report / "index.html").read_text()
    assert '<img src="chart-groups.svg" alt="Bar chart of the three group scores' in index
    svg = (report / "chart-groups.svg").read_text()
    assert NAMES[0] in svg and "<script" not in svg
    methodology = (report / "methodology.html").read_text()
    assert "registration.captcha" in methodology and "Monte Carlo" in methodology
    for download in ("results.json", "sites.csv", "findings.csv"):
        assert f'href="{download}"' in index
