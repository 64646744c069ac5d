"""Where the browser may go, in real Chromium: client-side redirects, pop-ups, private
addresses, and the plain reasons a page could not be read."""

from __future__ import annotations

import asyncio

import pytest
from driver_visits import visit_pages, visit_with, within
from fixture_sites import closed_port_url, html_page
from wire_sites import WireSite

from barrieraudit.browser.failures import PageErrorKind
from barrieraudit.browser import playwright_driver
from barrieraudit.browser.playwright_driver import DRIVER_ARGS, PlaywrightDriver

pytestmark = pytest.mark.browser


def refresh(content: str) -> str:
    return f'<meta http-equiv="refresh" content="{content}">'


def test_a_meta_refresh_start_page_is_followed_inside_the_site_and_reported_like_a_redirect(chromium):
    with WireSite() as site:
        # As GitHub Pages and language landing pages do it.
        site.add("/", html_page("Redirecting…", "<p>Redirecting to the English site.</p>", head=refresh("0; url=/en/")))
        site.add("/en/", html_page("Forum on digital inclusion", "<p>Register by 1 March.</p>"))
        [visit] = visit_pages(chromium, site.url, axe_timeout=20)
    assert visit.error is None
    assert (visit.final_url, visit.http_status, visit.dom["title"]) == (site.url + "en/", 200,
                                                                        "Forum on digital inclusion")
    assert visit.redirects == [site.url]
    assert visit.warnings == [f"the page sends the browser on to {site.url}en/ by itself (a meta refresh); "
                              "the page it leads to was audited"]
    assert visit.axe is not None and "Register by 1 March." in visit.dom["text"]


def test_script_redirects_while_loading_and_on_load_are_followed(chromium):
    with WireSite() as site:
        site.add("/inline", html_page("Choose", "<script>location.href = '/fr/';</script>"))
        site.add("/onload", html_page("Choose", "<script>addEventListener('load', () => location.replace('/es/'));</script>"))
        site.add("/fr/", html_page("Forum (français)", "<p>Inscription</p>", lang="fr"))
        site.add("/es/", html_page("Foro (español)", "<p>Inscripción</p>", lang="es"))
        inline, onload = visit_pages(chromium, site.url + "inline", site.url + "onload")
    assert (inline.error, inline.final_url, inline.dom["title"]) == (None, site.url + "fr/", "Forum (français)")
    assert (onload.error, onload.final_url, onload.dom["title"]) == (None, site.url + "es/", "Foro (español)")
    assert inline.redirects == [site.url + "inline"] and onload.redirects == [site.url + "onload"]
    assert inline.warnings == [f"the page sends the browser on to {site.url}fr/ by itself (a script); "
                               "the page it leads to was audited"]


def test_a_client_redirect_out_of_the_site_is_the_pages_error_and_is_never_fetched(chromium):
    with WireSite() as outside, WireSite() as site:
        outside.add("/", html_page("Elsewhere", ""))
        site.add("/", html_page("Moved", "", head=refresh(f"0; url={outside.url}")))
        [visit] = visit_pages(chromium, site.url)
        assert not outside.log
    assert (visit.error_kind, visit.error) == (PageErrorKind.OUT_OF_SCOPE, f"redirected outside the site to {outside.url}")
    assert visit.dom is None


def test_a_client_redirect_loop_is_a_redirect_loop(chromium):
    with WireSite() as site:
        site.add("/a", html_page("A", "", head=refresh("0; url=/b")))
        site.add("/b", html_page("B", "<script>location.href = '/a';</script>"))
        [visit] = visit_pages(chromium, site.url + "a")
    assert (visit.error_kind, visit.error) == (PageErrorKind.REDIRECT_LOOP,
                                               "redirect loop (the page keeps sending the browser on)")


def test_a_slow_refresh_is_no_redirect_and_a_short_delay_is(chromium):
    with WireSite() as site:
        site.add("/live", html_page("Live results", "<p>Updated every 5 minutes.</p>", head=refresh("300")))
        site.add("/soon", html_page("Moved", "<p>You will be taken to the new page.</p>", head=refresh("1;URL='/new'")))
        site.add("/new", html_page("New page", ""))
        live, soon = visit_pages(chromium, site.url + "live", site.url + "soon")
    assert (live.error, live.final_url, live.dom["title"], live.warnings) == (None, site.url + "live", "Live results", [])
    assert (soon.error, soon.final_url, soon.dom["title"]) == (None, site.url + "new", "New page")


async def _popup_visit(chromium, site_url: str, **session):
    driver = PlaywrightDriver(chromium)
    await driver.start(max_tabs=2)
    try:
        visits = await visit_with(driver, [site_url], within(site_url), **session)
        # The route is the context's: once the session is closed nothing of it is left.
        return visits[0]
    finally:
        await driver.close()


def test_pop_ups_and_new_tabs_never_reach_outside_the_site_and_are_closed(chromium):
    with WireSite() as outside, WireSite() as site:
        outside.add("/popup", html_page("Pop-up", ""))
        opens = (f"window.open('{outside.url}popup');"
                 f"window.open('{outside.url}noopener', '_blank', 'noopener');"
                 f"const w = window.open(); w && w.document.write('<img src=\"{outside.url}written\">');"
                 f"setTimeout(() => window.open('{outside.url}late'), 50);")
        site.add("/", html_page("Forum", f"<p>Welcome.</p><script>{opens}</script>"))
        visit = asyncio.run(_popup_visit(chromium, site.url))
        assert outside.log == []
    assert visit.error is None and visit.dom["title"] == "Forum"


def test_pop_ups_are_closed_at_once(chromium):
    async def run(site_url: str) -> list[int]:
        driver = PlaywrightDriver(chromium)
        await driver.start(max_tabs=1)
        session = await driver.open_session("barrieraudit-test", block_private=False)
        try:
            visit = await session.visit(site_url, allow_navigation=within(site_url), page_timeout=15,
                                        axe_timeout=20, screenshot=False, axe_options={})
            assert visit.error is None
            # Every page Chromium holds (private attribute: what the browser has open,
            # not what the driver believes).
            pages = lambda: sum(len(context.pages) for context in driver._browser.contexts)  # noqa: E731
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 5
            while pages() > 1 and loop.time() < deadline:
                await asyncio.sleep(0.05)
            return [pages()]
        finally:
            await session.close()
            await driver.close()

    with WireSite() as site:
        site.add("/", html_page("Forum", "<script>window.open('/popup'); window.open('about:blank');</script>"))
        site.add("/popup", html_page("Pop-up", ""))
        assert asyncio.run(run(site.url)) == [1]  # only the driver's own tab is left
        assert not site.requested("/popup")


def test_a_public_site_never_makes_the_browser_reach_a_private_address(chromium):
    with WireSite() as private, WireSite() as site:
        private.add("/", html_page("Router admin", ""))

        # The fixture site stands for a public site; the second loopback server for a
        # private address (a router, an intranet).
        def is_private(url: str) -> bool:
            return f":{private.port}/" in url

        site.add("/", html_page("Forum", (
            f'<img src="{site.url}bounce" alt="">'  # a subresource whose redirect hop is private
            f'<iframe title="Map" src="{private.url}frame"></iframe>'
            f"<script>window.open('{private.url}popup'); fetch('{private.url}xhr').catch(() => 0);</script>")))
        site.add("/bounce", "", "text/plain", status=302, headers=(("Location", private.url + "img"),))
        site.add("/go", "", "text/plain", status=302, headers=(("Location", private.url + "doc"),))
        home, go = asyncio.run(_visit_public(chromium, site.url, is_private))
        assert private.log == []
    assert home.error is None and home.dom["title"] == "Forum"
    assert (go.error_kind, go.error) == (PageErrorKind.PRIVATE_ADDRESS,
                                         f"redirected to a private network address ({private.url}doc); not followed")


async def _visit_public(chromium, site_url, is_private, paths=("", "go")):
    driver = PlaywrightDriver(chromium)
    await driver.start(max_tabs=2)
    try:
        return await visit_with(driver, [site_url + path for path in paths], within(site_url), block_private=True,
                                is_private=is_private)
    finally:
        await driver.close()


def test_chromium_keeps_a_public_page_off_private_addresses_our_guard_cannot_see(chromium, monkeypatch):
    """A WebSocket (DevTools ``Fetch`` does not see them), a worker's WebSocket, and a host
    name that resolves to a private address (the guard reads hosts as written) get past
    the lane's own guard. Chromium's Local Network Access checks (Chromium 147 and later)
    refuse them where the page itself is on a public address. The fixture site is made
    public for Chromium with ``--ip-address-space-overrides``; served as what it is, a
    loopback address, the same page reaches the private server within the visit."""
    with WireSite() as private, WireSite("127.0.0.2") as site:
        target = f"127.0.0.1:{private.port}"
        site.add("/", html_page("Forum", (
            f"<script>new WebSocket('ws://{target}/socket');"
            f"new Worker(URL.createObjectURL(new Blob([\"new WebSocket('ws://{target}/worker-socket')\"])));"
            f"fetch('http://intranet.test:{private.port}/by-name').catch(() => 0);</script>"
            '<img src="/slow.svg" alt="">')))  # the load waits for it: time for the worker to connect
        site.add("/slow.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>', "image/svg+xml",
                 delay=1.0)
        paths = ["/socket", "/worker-socket", "/by-name"]

        def reached(*flags: str) -> list[str]:
            monkeypatch.setattr(playwright_driver, "DRIVER_ARGS", [
                *DRIVER_ARGS, "--host-resolver-rules=MAP intranet.test 127.0.0.1", *flags])
            private.log.clear()
            [home] = asyncio.run(_visit_public(chromium, site.url, lambda url: f":{private.port}/" in url, [""]))
            assert home.error is None and home.dom["title"] == "Forum"
            return [path for path in paths if private.requested(path)]

        assert reached() == paths
        assert reached(f"--ip-address-space-overrides=127.0.0.2:{site.port}=public") == []


def test_every_page_error_is_a_kind_with_a_plain_reason(chromium):
    closed = closed_port_url()
    with WireSite() as site:
        site.add("/programme.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
        site.add("/export", html_page("Export", ""), headers=(("Content-Disposition", "attachment; filename=x.html"),))
        site.add("/gone", html_page("Not found", ""), status=404)
        site.add("/slow", html_page("Slow", ""), delay=4)
        visits = visit_pages(chromium, closed, site.url + "programme.pdf", site.url + "export", site.url + "gone",
                             site.url + "slow", "http://127.0.0.1:9/", scope=lambda _url: True, page_timeout=2)
    outcomes = [(v.error_kind, v.error) for v in visits]
    assert outcomes == [
        (PageErrorKind.CONNECTION_REFUSED, "connection refused"),
        (PageErrorKind.NOT_HTML, "not an HTML page (application/pdf)"),
        (PageErrorKind.NOT_HTML, "not an HTML page (the server sent a file download)"),
        (PageErrorKind.HTTP_STATUS, "HTTP 404"),
        (PageErrorKind.TIMEOUT, "page did not load within 2 s"),
        # Port 9 is one browsers refuse outright, as a reader's browser would.
        (PageErrorKind.CONNECTION_FAILED, "the browser refuses this port"),
    ]
    assert visits[1].content_type == "application/pdf"


def test_driver_text_is_shown_only_when_debugging(chromium, monkeypatch, capfd):
    closed = closed_port_url()
    capfd.readouterr()
    [quiet] = visit_pages(chromium, closed)
    assert capfd.readouterr().err == ""
    monkeypatch.setenv("BARRIERAUDIT_DEBUG", "1")
    [loud] = visit_pages(chromium, closed)
    assert quiet.error == loud.error == "connection refused"
    assert "ERR_CONNECTION_REFUSED" in capfd.readouterr().err


def test_a_site_whose_start_page_is_a_meta_refresh_is_crawled_from_where_it_lands(audit):
    with WireSite() as site:
        site.add("/", html_page("Redirecting…", "", head=refresh("0; url=/en/")))
        site.add("/en/", html_page("Forum", '<a href="/en/register">Register</a>'))
        site.add("/en/register", html_page("Registration", "<p>Register by 1 March.</p>"))
        result = audit({"sites": [{"name": "Landing", "url": site.url}]}).site()
    assert result["status"] == "ok"
    pages = {p["url"]: p for p in result["pages"]}
    assert pages[site.url]["final_url"] == site.url + "en/" and pages[site.url]["error"] is None
    assert site.url + "en/register" in pages
