"""The published report in Chromium: accessible (axe-core finds nothing), usable with
the keyboard and at 360 px, sortable and filterable, with working links."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from fixture_sites import forum_site
from playwright.async_api import async_playwright

from report_checks import report_pages, report_problems

from barrieraudit.browser.playwright_driver import CHROMIUM_ARGS
from barrieraudit.report import write_report

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def report(tmp_path_factory, chromium) -> Path:
    """A report of three fixture forums with 0, 2 and 4 barriers, written to a folder."""
    import contextlib

    from conftest import run_fixture_audit

    folder = tmp_path_factory.mktemp("report")
    with contextlib.ExitStack() as stack:
        sites = [stack.enter_context(forum_site(barriers=b)) for b in (0, 2, 4)]
        run = run_fixture_audit(chromium, folder / "runs.db", {"screenshots": True, "sites": [
            {"name": f"Forum with {b} barriers", "url": s.url} for b, s in zip((0, 2, 4), sites, strict=True)]})
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
            await page.get_by_label("Find a site").fill("4 barriers")
            seen["filtered"] = await page.evaluate(names)
            seen["status"] = await page.locator("#filter-status").text_content()
            await page.screenshot(path=str(tmp_path / "index-desktop.png"), full_page=True)
            await page.get_by_role("link", name="Forum with 4 barriers").click()
            seen["h1"] = await page.locator("h1").text_content()
            await page.set_viewport_size({"width": 360, "height": 800})
            await page.screenshot(path=str(tmp_path / "site-phone.png"), full_page=True)
            await browser.close()
        return seen

    seen = asyncio.run(use())
    assert seen["ranked"] == ["Forum with 0 barriers", "Forum with 2 barriers", "Forum with 4 barriers"]
    assert seen["by_name"] == ["Forum with 0 barriers", "Forum with 2 barriers", "Forum with 4 barriers"]
    assert seen["aria_sort"] == "ascending"
    assert seen["by_youth"][0] == "Forum with 0 barriers"
    assert seen["filtered"] == ["Forum with 4 barriers"]
    assert seen["status"] == "1 of 3 sites shown."
    assert seen["h1"] == "Forum with 4 barriers"
    for shot in ("index-desktop.png", "site-phone.png"):
        assert (tmp_path / shot).stat().st_size > 10_000


def test_the_report_has_the_chart_methodology_and_downloads(report):
    index = (report / "index.html").read_text()
    assert '<img src="chart-groups.svg" alt="Bar chart of the three group scores' in index
    svg = (report / "chart-groups.svg").read_text()
    assert "Forum with 0 barriers" in svg and "<script" not in svg
    methodology = (report / "methodology.html").read_text()
    assert "registration.captcha" in methodology and "Monte Carlo" in methodology
    for download in ("results.json", "sites.csv", "findings.csv"):
        assert f'href="{download}"' in index
