"""The HTML report: offline, escaped, rendered only from the stored run."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from fixture_sites import FixtureSite, closed_port_url
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
    from barrieraudit.evaluate.catalogue import load_catalogue, method_hash, method_snapshot
    from barrieraudit.results import validate_results

    closed = closed_port_url()  # nothing listens there (port 9 the browser refuses outright)
    with FixtureSite() as feed, FixtureSite() as broken, FixtureSite() as read:
        feed.raw("/", FEED, "application/xml")  # an XML start page: nothing a browser can audit
        for site in (broken, read):
            site.page("/", "Forum", '<p>Welcome to the forum. <a href="/accessibility">Accessibility</a></p>')
        read.page("/accessibility", "Accessibility", "<p>Coming soon.</p>")  # read, and no statement
        # broken.example has no /accessibility: the fixture server answers 404.
        config = tmp_path / "sites.yaml"
        config.write_text("delay: 0\nscreenshots: false\nsites:\n"
                          f"  - {{name: Closed forum, url: '{closed}'}}\n"
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
    # The crawl recorded the method it was scored with: today's.
    assert document["run"]["method_hash"] == method_hash(method_snapshot(load_catalogue()))
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
    assert f"Closed forum</a></th><td>{closed}</td><td>start page: connection refused</td>" in below
    assert "Feed forum" in below and "Read forum" not in below
    site_page = (out / "sites" / "closed-forum.html").read_text()
    assert "No page of this site could be read" in site_page and "Barriers found" not in site_page
    rows = list(csv.DictReader((out / "sites.csv").open()))
    assert [(r["site"], r["audit"], r["rank"]) for r in rows][2:] == [("closed-forum", "not audited", ""),
                                                                     ("feed-forum", "not audited", "")]
    assert {r["audit"] for r in rows[:2]} == {"audited"}

    # Nothing about them in SARIF; in JUnit only their crawl, skipped (other sites were
    # audited, so the run is not an error), and no check.
    sarif = json.loads((tmp_path / "r.sarif").read_text())
    assert {r["properties"]["site"] for r in sarif["runs"][0]["results"]} == {"broken-forum", "read-forum"}
    suites = {s.get("name"): s for s in ET.parse(tmp_path / "junit.xml").getroot().iter("testsuite")}
    for name in ("Closed forum", "Feed forum"):
        assert (suites[name].get("failures"), suites[name].get("errors"), suites[name].get("skipped")) == (
            "0", "0", "1")
        assert [c.get("name") for c in suites[name].iter("testcase")] == ["crawl"]


def _stored_run(store, catalogue_version: str) -> str:
    """A finished run of one site, stored directly (one page read, no barrier)."""
    from barrieraudit.score import no_scores

    run_id = store.begin_run(tool_version="0.1.0", axe_version="4.10.2", catalogue_version=catalogue_version,
                             browser="b", config={"sites": []})
    store.add_site(run_id, 0, "forum", "Forum", "https://forum.example.org/", {})
    store.add_page(run_id, "forum", {"url": "https://forum.example.org/", "final_url": "https://forum.example.org/",
                                     "role": "home", "error": None}, None)
    store.finish_site(run_id, "forum", status="ok", error=None, documents=[], warnings=[])
    store.save_evaluation(run_id, "forum", facts={}, scores=no_scores(), findings=[], rank=None, rank_interval=None)
    store.finish_run(run_id, "finished")
    return run_id


def _catalogue_with_fee_weight(tmp_path: Path, weight: str):
    """A copy of today's check catalogue whose fees component weighs ``weight`` (0.4 today)."""
    import shutil

    from barrieraudit.evaluate.catalogue import load_catalogue
    from barrieraudit.resources import checks_dir

    root = tmp_path / f"checks-{weight}"
    shutil.copytree(checks_dir(), root)
    scoring = (root / "scoring.yaml").read_text()
    assert "    fees: {weight: 0.4," in scoring
    (root / "scoring.yaml").write_text(scoring.replace("    fees: {weight: 0.4,", f"    fees: {{weight: {weight},"))
    return load_catalogue(root)


FEES_ROW = '<th scope="row">no fees 1; fees with a free way to take part 0.7; fees only 0</th><td>{}%</td>'


def test_a_run_rendered_after_a_weight_changed_shows_its_own_stored_weights_and_says_the_method_differs(tmp_path):
    from barrieraudit.evaluate.catalogue import load_catalogue
    from barrieraudit.results import build_results, run_method
    from barrieraudit.store import open_store

    store = open_store(tmp_path / "runs.db")
    today = load_catalogue()
    run_id = _stored_run(store, today.version)
    stored = run_method(store, run_id)  # scored with today's catalogue: its method is recorded
    assert stored is not None and stored[1]["scoring"]["dimensions"]["cost"]["fees"]["weight"] == 0.4
    # Then the fees weight changes to 0.5: the run is rendered again.
    changed = _catalogue_with_fee_weight(tmp_path, "0.5")
    write_report(build_results(store, run_id), tmp_path / "out", method=stored[1], current=changed)
    methodology = " ".join((tmp_path / "out" / "methodology.html").read_text().split())
    site_page = " ".join((tmp_path / "out" / "sites" / "forum.html").read_text().split())
    assert FEES_ROW.format(40) in methodology and FEES_ROW.format(50) not in methodology
    assert FEES_ROW.format(40) in site_page and FEES_ROW.format(50) not in site_page
    for page in (methodology, site_page):
        assert "The method differs from today's." in page
        assert "<li>scoring: dimensions.cost.fees.weight: 0.4 → 0.5</li>" in page
    # Rendered with the method it was scored with, the same run says nothing.
    write_report(build_results(store, run_id), tmp_path / "same", method=stored[1], current=today)
    assert "method-note" not in (tmp_path / "same" / "methodology.html").read_text()


def test_report_renders_a_stored_run_with_its_recorded_method_or_says_it_was_not_recorded(tmp_path):
    import subprocess
    import sys

    from barrieraudit.results import record_method
    from barrieraudit.store import open_store

    db = tmp_path / "runs.db"
    store = open_store(db)
    earlier = _stored_run(store, "2026.10+0000aaaa")
    record_method(store, earlier, _catalogue_with_fee_weight(tmp_path, "0.3"))
    unrecorded = _stored_run(store, "2026.9+0000bbbb")  # stored before methods were kept
    # Identical methods are stored once.
    again = _stored_run(store, "2026.10+0000aaaa")
    record_method(store, again, _catalogue_with_fee_weight(tmp_path / "again", "0.3"))
    assert store.query("SELECT COUNT(*) FROM methods")[0][0] == 1
    assert store.load_method(earlier) == store.load_method(again)
    store.close()

    for run_id, out in ((earlier, "earlier"), (unrecorded, "unrecorded")):
        result = subprocess.run([sys.executable, "-m", "barrieraudit", "report", run_id, "--db", str(db), "--out",
                                 str(tmp_path / out)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    earlier_page = " ".join((tmp_path / "earlier" / "methodology.html").read_text().split())
    assert FEES_ROW.format(30) in earlier_page and FEES_ROW.format(40) not in earlier_page
    assert "The method differs from today's." in earlier_page
    assert "<li>scoring: dimensions.cost.fees.weight: 0.3 → 0.4</li>" in earlier_page
    unrecorded_page = " ".join((tmp_path / "unrecorded" / "methodology.html").read_text().split())
    assert FEES_ROW.format(40) in unrecorded_page
    assert ("<strong>Method not recorded.</strong> This run (check catalogue 2026.9+0000bbbb) was stored without "
            "the method it was scored with") in unrecorded_page


def test_the_csv_files_are_tidy_open_data(tmp_path):
    """Whole-number ranks with the best and worst rank beside them, ``site`` for a site's
    id in both files, groups in the catalogue's order, an empty cell for null."""
    import csv

    from barrieraudit.report.render import FINDING_COLUMNS, findings_table, site_columns, sites_table, write_csv

    def site(site_id, rank, interval, groups_of_finding):
        return {"id": site_id, "name": site_id.title(), "url": f"https://{site_id}.example/", "status": "ok",
                "error": None, "rank": rank, "rank_interval": interval, "pages": [{"url": "x"}],
                "scores": {"overall": 61.5, "groups": {"youth": 70.0, "disabled": 55.25, "developing": None},
                           "dimensions": {"cost": 88.0, "accessibility": 72.6}},
                "findings": [{"check": "fees", "severity": "serious", "certainty": "confirmed",
                              "groups": groups_of_finding, "page": "https://x.example/fees", "message": "A fee",
                              "selector": None, "snippet": None, "help": None, "help_url": None}]}

    results = {"sites": [site("second", 2, [1, 3], ["youth", "developing", "disabled"]),
                         site("first", 1, [1, 2], ["developing", "youth"])]}
    write_csv(tmp_path / "sites.csv", sites_table(results), site_columns(["accessibility", "cost"]))
    write_csv(tmp_path / "findings.csv", findings_table(results), FINDING_COLUMNS)
    sites = list(csv.DictReader((tmp_path / "sites.csv").open(encoding="utf-8")))
    findings = list(csv.DictReader((tmp_path / "findings.csv").open(encoding="utf-8")))
    assert [(s["rank"], s["rank_best"], s["rank_worst"], s["site"]) for s in sites] == [
        ("1", "1", "2", "first"), ("2", "1", "3", "second")]
    assert (sites[0]["group_disabled"], sites[0]["group_youth"], sites[0]["group_developing"]) == ("55.25", "70.0", "")
    assert list(sites[0])[:4] == ["rank", "rank_best", "rank_worst", "site"]
    assert [name for name in sites[0] if name.startswith("dimension_")] == ["dimension_accessibility",
                                                                           "dimension_cost"]
    assert [(f["site"], f["groups"], f["selector"]) for f in findings] == [
        ("second", "disabled youth developing", ""), ("first", "youth developing", "")]
