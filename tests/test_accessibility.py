"""axe-core in the browser: known-bad pages give the expected findings, a good page none."""

from __future__ import annotations

import pytest
from fixture_sites import FixtureSite

from barrieraudit.evaluate import load_catalogue

pytestmark = pytest.mark.browser

GOOD = """
<p>The forum is open to everyone. <a href="/register">Register for the forum</a>.</p>
<img src="/logo.svg" alt="Forum logo" width="40" height="40">
<form action="/register" method="post">
  <label for="name">Your name</label> <input id="name" name="name" autocomplete="name">
  <button type="submit">Send</button>
</form>
"""
BAD_BODY = """
<p style="color:#bbb;background:#fff">Registration closes soon.</p>
<img src="/banner.svg">
<form action="/register" method="post"><input type="text" name="fullname"><input type="submit" value=""></form>
"""
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40"/></svg>'
BAD_RULES = {"image-alt", "label", "color-contrast", "html-has-lang", "input-button-name"}


def test_axe_finds_the_known_barriers_on_a_bad_page_and_none_on_a_good_one(audit):
    with FixtureSite() as site:
        site.page("/", "Accessible forum", GOOD + '<p><a href="/bad">Old page</a></p>')
        site.raw("/bad", f"<!doctype html><html><head><title>Old page</title></head><body><main><h1>Old</h1>{BAD_BODY}</main></body></html>")
        site.page("/register", "Register")
        site.raw("/logo.svg", SVG, "image/svg+xml")
        site.raw("/banner.svg", SVG, "image/svg+xml")
        result = audit({"sites": [{"name": "Mixed", "url": site.url}]}).site()
    own_checks = {c.id for c in load_catalogue().checks}  # axe rules are the others
    by_page: dict[str, set[str]] = {}
    for finding in result["findings"]:
        if finding["certainty"] == "confirmed" and finding["check"] not in own_checks:
            for page in finding["pages"]:
                by_page.setdefault(page.rsplit("/", 1)[1], set()).add(finding["check"].split(".", 1)[1])
    assert BAD_RULES <= by_page["bad"]
    assert "" not in by_page and "register" not in by_page
    image_alt = next(f for f in result["findings"] if f["check"] == "accessibility.image-alt")
    assert image_alt["severity"] == "critical"
    assert image_alt["groups"] == ["disabled"]
    assert image_alt["selector"] == "img"  # axe's shortest unique selector on that page
    assert image_alt["snippet"] == '<img src="/banner.svg">'
    assert image_alt["help_url"].startswith("https://dequeuniversity.com/rules/axe/")
    assert "alt" in image_alt["help"]
    # One bad page of three, no accessibility statement: what the site page shows.
    assert result["scores"]["components"]["accessibility"] == {"axe": 0.7259, "captions": 1.0, "pdf_only": 1.0,
                                                               "statement": 0.0}
    assert result["scores"]["dimensions"]["accessibility"] == 65.8


def test_a_barrier_in_a_shared_footer_is_one_finding_with_its_page_count(audit):
    footer = '<footer><img src="/badge.svg"></footer>'
    with FixtureSite() as site:
        site.raw("/badge.svg", SVG, "image/svg+xml")
        site.page("/", "Home", '<ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul>' + footer)
        site.page("/a", "A", footer)
        site.page("/b", "B", footer)
        result = audit({"sites": [{"name": "Footer", "url": site.url}]}).site()
    alt = [f for f in result["findings"] if f["check"] == "accessibility.image-alt"]
    assert len(alt) == 1
    assert alt[0]["page_count"] == 3
    assert sorted(p.rsplit("/", 1)[1] for p in alt[0]["pages"]) == ["", "a", "b"]


def test_a_clean_site_gets_full_marks_from_axe(audit):
    with FixtureSite() as site:
        site.page("/", "Accessible forum", GOOD)
        site.page("/register", "Register")
        site.raw("/logo.svg", SVG, "image/svg+xml")
        result = audit({"sites": [{"name": "Clean", "url": site.url}]}).site()
    own_checks = {c.id for c in load_catalogue().checks}
    assert [f for f in result["findings"] if f["certainty"] == "confirmed" and f["check"] not in own_checks] == []
    assert result["scores"]["components"]["accessibility"]["axe"] == 1.0
    # No accessibility statement on the fixture: that component (15 %) is 0.
    assert result["scores"]["components"]["accessibility"]["statement"] == 0.0
    assert result["scores"]["dimensions"]["accessibility"] == 85.0
