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


FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Forum news</title></channel></rss>'


def test_sites_never_read_have_no_barriers_and_are_listed_below_the_ranking_as_not_audited(tmp_path):
    import csv
    import json
    import subprocess
    import sys
    from xml.etree import ElementTree as ET

    from barrieraudit.evaluate import FACT_KEYS
    from barrieraudit.results import validate_results

    with FixtureSite() as feed, FixtureSite() as broken, FixtureSite() as read:
        feed.raw("/", FEED, "application/xml")  # an XML start page: nothing a browser can audit
        for site in (broken, read):
            site.page("/", "Forum", '<p>Welcome to the forum. <a href="/accessibility">Accessibility</a></p>')
        read.page("/accessibility", "Accessibility", "<p>Coming soon.</p>")  # read, and no statement
        # broken.example has no /accessibility: the fixture server answers 404.
        config = tmp_path / "sites.yaml"
        config.write_text("delay: 0\nscreenshots: false\nsites:\n"
                          "  - {name: Closed forum, url: 'http://127.0.0.1:9/'}\n"
                          f"  - {{name: Feed forum, url: '{feed.url}'}}\n"
                          f"  - {{name: Broken forum, url: '{broken.url}'}}\n"
                          f"  - {{name: Read forum, url: '{read.url}'}}\n")
        out = tmp_path / "out"
        result = subprocess.run([sys.executable, "-m", "barrieraudit", "crawl", str(config), "--db",
                                 str(tmp_path / "runs.db"), "--out", str(out), "--sarif", str(tmp_path / "r.sarif"),
                                 "--junit", str(tmp_path / "junit.xml"), "-q"], capture_output=True, text=True,
                                timeout=600)
    assert result.returncode == 0, result.stderr
    document = json.loads((out / "results.json").read_text())
    validate_results(document)
    sites = {s["id"]: s for s in document["sites"]}
    for site_id in ("closed-forum", "feed-forum"):
        site = sites[site_id]
        assert (site["status"], site["findings"], site["rank"], site["rank_interval"]) == ("failed", [], None, None)
        assert site["facts"] == dict.fromkeys(FACT_KEYS)
        assert site["scores"]["overall"] is None and set(site["scores"]["dimensions"].values()) == {None}
    assert sites["closed-forum"]["error"] == "start page: connection refused"
    assert sites["feed-forum"]["error"] == "no page could be audited"

    # An absence resting on a page that answered 404 needs review; read, it is confirmed.
    statement = {site_id: next(f for f in sites[site_id]["findings"] if f["check"] == "accessibility.statement")
                 for site_id in ("broken-forum", "read-forum")}
    assert statement["broken-forum"]["certainty"] == "needs-review"
    assert f"{broken.url}accessibility (accessibility page: HTTP 404)" in statement["broken-forum"]["message"]
    assert statement["read-forum"]["certainty"] == "confirmed"

    # The ranking holds the audited sites; the others are listed below it as not audited.
    index = " ".join((out / "index.html").read_text().split())
    ranking, below = index.split('<h2 id="not-audited">Not audited</h2>')
    assert "Closed forum" not in ranking and "Feed forum" not in ranking and "Read forum" in ranking
    assert "Closed forum</a></th><td>http://127.0.0.1:9/</td><td>start page: connection refused</td>" in below
    assert "Feed forum" in below and "Read forum" not in below
    site_page = (out / "sites" / "closed-forum.html").read_text()
    assert "No page of this site could be read" in site_page and "Barriers found" not in site_page
    rows = list(csv.DictReader((out / "sites.csv").open()))
    assert [(r["id"], r["audit"], r["rank"]) for r in rows][2:] == [("closed-forum", "not audited", ""),
                                                                     ("feed-forum", "not audited", "")]
    assert {r["audit"] for r in rows[:2]} == {"audited"}

    # Nothing about them in SARIF; in JUnit only the audit's error, no failed check.
    sarif = json.loads((tmp_path / "r.sarif").read_text())
    assert {r["properties"]["site"] for r in sarif["runs"][0]["results"]} == {"broken-forum", "read-forum"}
    suites = {s.get("name"): s for s in ET.parse(tmp_path / "junit.xml").getroot().iter("testsuite")}
    for name in ("Closed forum", "Feed forum"):
        assert (suites[name].get("failures"), suites[name].get("errors")) == ("0", "1")
        assert [c.get("name") for c in suites[name].iter("testcase")] == ["audit"]
