"""Crawling fixture sites in real Chromium: scope, robots.txt, budgets, priorities, errors."""

from __future__ import annotations

import pytest
from fixture_sites import FixtureSite, closed_port_url

pytestmark = pytest.mark.browser


def links(*paths: str) -> str:
    return "<ul>" + "".join(f'<li><a href="{p}">{p.strip("/") or "home"}</a></li>' for p in paths) + "</ul>"


def test_robots_disallow_is_honoured_and_can_be_overridden_by_the_owner(audit):
    with FixtureSite() as site:
        site.raw("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
        site.page("/", "Home", links("/about", "/private/members"))
        site.page("/about", "About")
        site.page("/private/members", "Members")
        polite = audit({"sites": [{"name": "Polite", "url": site.url}]})
        assert sorted(polite.paths()) == ["/", "/about"]
        assert not site.requested("/private/members")
        owner = audit({"respect_robots": False, "sites": [{"name": "Owner", "url": site.url}]})
        assert "/private/members" in owner.paths()


def test_robots_disallowing_the_start_url_fails_the_site_with_a_reason(audit):
    with FixtureSite() as site:
        site.raw("/robots.txt", "User-agent: barrieraudit\nDisallow: /\n", "text/plain")
        site.page("/", "Home")
        result = audit({"sites": [{"name": "Closed", "url": site.url}]}).site()
    assert result["status"] == "failed"
    assert "robots.txt disallows the start URL" in result["error"]
    assert result["pages"] == []


def test_crawl_delay_spaces_requests_to_the_host(audit):
    with FixtureSite() as site:
        site.raw("/robots.txt", "User-agent: *\nCrawl-delay: 1\n", "text/plain")
        site.page("/", "Home", links("/a", "/b"))
        site.page("/a", "A")
        site.page("/b", "B")
        audit({"sites": [{"name": "Slow", "url": site.url}]}, concurrency=3)
        page_times = [t for t, path in site.log if path in ("/", "/a", "/b")]
    assert len(page_times) == 3
    gaps = [b - a for a, b in zip(page_times, page_times[1:], strict=False)]
    # Paced at 1 s (without Crawl-delay they arrive within ~50 ms); the margin absorbs
    # request latency that varies on a loaded machine.
    assert min(gaps) >= 0.7


def test_a_page_that_never_finishes_loading_is_recorded_with_a_timeout(audit):
    with FixtureSite() as site:
        site.page("/", "Home", links("/slow", "/fine"))
        site.hang("/slow")
        site.page("/fine", "Fine")
        result = audit({"page_timeout": 3, "sites": [{"name": "Hangs", "url": site.url}]}).site()
    pages = {p["url"].rsplit("/", 1)[1]: p for p in result["pages"]}
    assert pages["slow"]["error"] == "page did not load within 3 s"
    assert pages["fine"]["error"] is None
    assert result["status"] == "partial"


def test_redirect_loop_404_and_500_are_recorded_per_page(audit):
    with FixtureSite() as site:
        site.page("/", "Home", links("/loop", "/gone", "/broken", "/moved"))
        site.redirect("/loop", "/loop-again")
        site.redirect("/loop-again", "/loop")
        site.raw("/broken", "<h1>oops</h1>", status=500)
        site.redirect("/moved", "/new-home")
        site.page("/new-home", "New home")
        result = audit({"sites": [{"name": "Errors", "url": site.url}]}).site()
    errors = {p["url"].rsplit("/", 1)[1]: p["error"] for p in result["pages"]}
    assert errors["loop"] == "redirect loop (too many redirects)"
    assert errors["gone"] == "HTTP 404"
    assert errors["broken"] == "HTTP 500"
    assert errors["moved"] is None
    moved = next(p for p in result["pages"] if p["url"].endswith("/moved"))
    assert moved["final_url"].endswith("/new-home")
    assert result["status"] == "partial"
    # The failed pages count for nothing: every barrier is on the home page (its four
    # undersized link targets), and the score is that of the pages that loaded.
    assert {page for f in result["findings"] for page in f["pages"]} == {site.url}
    assert result["scores"]["components"]["accessibility"]["axe"] == 0.9244


def test_a_redirect_out_of_the_site_is_not_followed(audit):
    with FixtureSite() as outside, FixtureSite() as site:
        outside.page("/", "Elsewhere")
        site.page("/", "Home", links("/exit", outside.url))
        site.redirect("/exit", outside.url)
        result = audit({"sites": [{"name": "Leaky", "url": site.url}]}).site()
        assert not outside.requested("/")
    exit_page = next(p for p in result["pages"] if p["url"].endswith("/exit"))
    assert exit_page["error"] == f"redirected outside the site to {outside.url}"
    assert len(result["pages"]) == 2


def test_a_page_that_sends_the_browser_out_of_the_site_by_itself_is_kept_in(audit):
    with FixtureSite() as outside, FixtureSite() as site:
        outside.page("/", "Elsewhere")
        outside.page("/js", "Elsewhere by script")
        site.page("/", "Home", links("/refresh", "/script"))
        site.page("/refresh", "Moving", "<p>We moved.</p>",
                  head=f'<meta http-equiv="refresh" content="0; url={outside.url}">')
        site.page("/script", "Moving too", f"<p>Going.</p><script>location.href = '{outside.url}js';</script>")
        run = audit({"sites": [{"name": "Leaky", "url": site.url}]})
        assert not outside.requested("/") and not outside.requested("/js")
    pages = {p["url"].rsplit("/", 1)[1]: p for p in run.site()["pages"]}
    assert sorted(pages) == ["", "refresh", "script"]
    # A meta refresh and a script that leave while the page loads are client-side
    # redirects: out of the site they are the page's error, as a server redirect is.
    assert pages["refresh"]["error"] == f"redirected outside the site to {outside.url}"
    assert pages["script"]["error"] == f"redirected outside the site to {outside.url}js"


def test_a_page_whose_browser_tab_crashes_fails_alone_and_the_crawl_goes_on(audit, monkeypatch):
    import asyncio
    import contextlib

    from barrieraudit.browser.playwright_driver import PlaywrightSession

    gather = PlaywrightSession._gather

    async def crash_on_b(self, tab, visit, *args):
        if visit.url.endswith("/b"):
            # A real renderer crash, as DevTools makes one (the dead renderer never answers).
            with contextlib.suppress(Exception):
                await asyncio.wait_for(tab.cdp.send("Page.crash"), 3)
        await gather(self, tab, visit, *args)

    monkeypatch.setattr(PlaywrightSession, "_gather", crash_on_b)
    with FixtureSite() as site:
        site.page("/", "Home", links("/a", "/b", "/c"))
        for path in ("/a", "/b", "/c"):
            site.page(path, f"Page {path}")
        result = audit({"sites": [{"name": "Crashy", "url": site.url}]}).site()
    errors = {p["url"].rsplit("/", 1)[1]: p["error"] for p in result["pages"]}
    assert errors == {"": None, "a": None, "b": "the browser tab crashed on this page", "c": None}
    assert result["status"] == "partial"  # some pages failed, the rest is audited


def test_pdf_links_and_pdf_responses_are_documents_not_pages(audit):
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    with FixtureSite() as site:
        site.page("/", "Home", links("/programme.pdf", "/download", "/about"))
        site.raw("/programme.pdf", pdf, "application/pdf")
        site.raw("/download", pdf, "application/pdf")
        site.page("/about", "About")
        result = audit({"sites": [{"name": "Docs", "url": site.url}]}).site()
        assert not site.requested("/programme.pdf")
    assert sorted(p["url"].rsplit("/", 1)[1] for p in result["pages"]) == ["", "about"]
    documents = {d["url"].rsplit("/", 1)[1]: d["kind"] for d in result["documents"]}
    assert documents == {"programme.pdf": "pdf", "download": "pdf"}
    assert result["status"] == "ok"


def test_a_200_page_site_stops_at_max_pages(audit):
    with FixtureSite() as site:
        site.page("/", "Home", links(*(f"/p{i}" for i in range(200))))
        for i in range(200):
            site.page(f"/p{i}", f"Page {i}", links(f"/p{(i + 1) % 200}"))
        result = audit({"max_pages": 12, "sites": [{"name": "Big", "url": site.url}]}, concurrency=4).site()
        page_requests = [p for _, p in site.log if p.startswith("/p") or p == "/"]
    assert len(result["pages"]) == 12
    assert len(page_requests) == 12


def test_participation_pages_come_first_under_a_budget_of_five(audit):
    filler = [f"/news/{i}" for i in range(30)]
    with FixtureSite() as site:
        site.page("/", "Home", links(*filler[:15], "/fr/", "/tarifs", *filler[15:], "/registration",
                                     "/fellowships", "/en-ligne"))
        for path in (*filler, "/registration", "/tarifs", "/fellowships", "/en-ligne", "/fr/"):
            site.page(path, f"Page {path}")
        result = audit({"max_pages": 5, "sites": [{"name": "Budget", "url": site.url}]}).site()
    roles = {p["url"].split("/", 3)[3]: p["role"] for p in result["pages"]}
    assert roles == {"": "home", "registration": "registration", "tarifs": "fees",
                     "fellowships": "support", "en-ligne": "remote"}


def test_participation_pages_are_recognised_in_the_un_languages(audit):
    named = {"/a": "Inscription", "/b": "التسجيل", "/c": "报名", "/d": "Регистрация", "/e": "Inscrição",
             "/f": "Becas", "/g": "Accesibilidad", "/h": "Participation à distance"}
    body = "<ul>" + "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in named.items()) + "</ul>"
    with FixtureSite() as site:
        site.page("/", "Home", body)
        for path in named:
            site.page(path, f"Page {path}")  # distinct: pages with the same title and text are one page
        result = audit({"sites": [{"name": "Many tongues", "url": site.url}]}).site()
    roles = {p["url"].rsplit("/", 1)[1]: p["role"] for p in result["pages"]}
    assert roles == {"": "home", "a": "registration", "b": "registration", "c": "registration",
                     "d": "registration", "e": "registration", "f": "support", "g": "accessibility",
                     "h": "remote"}


def test_sitemap_urls_are_crawled_including_those_named_in_robots(audit):
    with FixtureSite() as site:
        site.raw("/robots.txt", "User-agent: *\nAllow: /\nSitemap: /maps/index.xml\n", "text/plain")
        site.page("/", "Home")
        site.raw("/maps/index.xml", "<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                 "<sitemap><loc>{base}maps/pages.xml</loc></sitemap></sitemapindex>", "application/xml")
        site.raw("/sitemap.xml", "<urlset><url><loc>{base}hidden-from-links</loc></url></urlset>", "application/xml")
        site.page("/hidden-from-links", "Only in the default sitemap")
        site.page("/only-in-index", "Only in the indexed sitemap")
        # Sitemap files hold absolute URLs: fill in the port now that the site is up.
        for path in ("/maps/index.xml", "/sitemap.xml"):
            route = site.routes[path]
            route.body = route.body.replace(b"{base}", site.url.encode())
        site.raw("/maps/pages.xml", f"<urlset><url><loc>{site.url}only-in-index</loc></url></urlset>",
                 "application/xml")
        site.raw("/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {site.url}maps/index.xml\n", "text/plain")
        result = audit({"sites": [{"name": "Mapped", "url": site.url}]}).site()
    assert sorted(p["url"].rsplit("/", 1)[1] for p in result["pages"]) == ["", "hidden-from-links", "only-in-index"]


def test_an_unreachable_site_fails_and_the_rest_of_the_run_goes_on(audit):
    with FixtureSite() as site:
        site.page("/", "Home")
        run = audit({"sites": [{"name": "Gone", "url": closed_port_url()},
                               {"name": "Here", "url": site.url}]})
    gone, here = run.site("gone"), run.site("here")
    assert gone["status"] == "failed"
    assert gone["error"] == "start page: connection refused"
    assert gone["scores"]["overall"] is None and gone["rank"] is None
    assert here["status"] == "ok" and here["rank"] == 1


def test_a_huge_page_is_gathered_with_bounded_artifacts(audit):
    body = "".join(f'<p>Paragraph {i} of a very long programme page. <a href="/x{i}">Session {i}</a></p>'
                   for i in range(15_000))
    with FixtureSite() as site:
        site.page("/", "Huge programme", body)
        run = audit({"max_pages": 1, "axe_timeout": 10, "sites": [{"name": "Huge", "url": site.url}]})
    page = run.store.load_pages(run.run_id, "huge")[0]
    assert page["error"] is None
    assert len(page["dom"]["links"]) == 3000
    assert len(page["dom"]["text"]) == 200_000 and page["dom"]["text_truncated"] is True
    # axe-core either finished or its time limit is recorded; the crawl went on either way.
    if page["axe"] is None:
        assert page["warnings"] == ["axe-core did not finish within 10 s"]
    else:
        assert page["axe"]["violations"] == [] and page["warnings"] == []
    assert run.site()["status"] == "ok"
