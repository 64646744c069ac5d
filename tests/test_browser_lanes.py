"""Lanes in real Chromium: a page passed from site to site carries nothing of one site
to the next, a site's cookies follow it to whichever lane it gets, and passing a lane
opens no new page."""

from __future__ import annotations

import asyncio

import pytest
from driver_visits import within
from fixture_sites import html_page
from wire_sites import WireSite

from barrieraudit.browser.playwright_driver import PlaywrightDriver

pytestmark = pytest.mark.browser


async def _visits(chromium: str, plan: list[tuple[int, str]], n_sessions: int) -> tuple[list, int, list[str]]:
    """Visit ``(session, url)`` in order with one lane; return the visits, the number of
    browser contexts opened and the names of the cookies the lane holds at the end."""
    driver = PlaywrightDriver(chromium)
    await driver.start(max_tabs=1)
    opened = 0
    original = driver._browser.new_context

    async def counting(**kwargs):
        nonlocal opened
        opened += 1
        return await original(**kwargs)

    driver._browser.new_context = counting
    sessions = [await driver.open_session("barrieraudit-test", block_private=False, start_url=url)
                for url in [next(u for s, u in plan if s == k) for k in range(n_sessions)]]
    try:
        visits = []
        for k, url in plan:
            visits.append(await sessions[k].visit(url, allow_navigation=within(url.rsplit("/", 1)[0] + "/"),
                                                  page_timeout=15, axe_timeout=20, screenshot=False,
                                                  axe_options={}))
        jar = [cookie["name"] for context in driver._browser.contexts for cookie in await context.cookies()]
        return visits, opened, sorted(jar)
    finally:
        for session in sessions:
            await session.close()
        await driver.close()


def test_sites_on_other_domains_share_one_lane_and_each_keeps_its_own_cookies(chromium):
    with WireSite("127.0.0.2") as a, WireSite("127.0.0.3") as b:
        for site, name in ((a, "a"), (b, "b")):
            site.add("/p1", html_page("One", "<p>Programme.</p>"), headers=(("Set-Cookie", f"{name}=1; Path=/"),))
            site.add("/p2", html_page("Two", "<p>Fees.</p>"))
        plan = [(0, f"{a.url}p1"), (1, f"{b.url}p1"), (0, f"{a.url}p2"), (1, f"{b.url}p2")]
        visits, opened, jar = asyncio.run(_visits(chromium, plan, 2))
        assert [v.error for v in visits] == [None] * 4
        assert opened == 1  # one lane, passed between the sites: no new page per site
        assert jar == ["b"]  # the lane, now the second site's, holds nothing of the first
        # Each site's second page was requested with its own cookie, though the other
        # site had the lane in between.
        assert dict(a.cookies)["/p2"] == "a=1"
        assert dict(b.cookies)["/p2"] == "b=1"


def test_a_site_on_the_same_host_as_the_last_gets_a_fresh_lane_without_its_cookies(chromium):
    # Cookies do not tell ports apart: two sites on 127.0.0.1 would share them.
    with WireSite() as a, WireSite() as b:
        a.add("/", html_page("Forum A", "<p>Programme.</p>"), headers=(("Set-Cookie", "session=a; Path=/"),))
        b.add("/", html_page("Forum B", "<p>Programme.</p>"))
        visits, opened, _jar = asyncio.run(_visits(chromium, [(0, a.url), (1, b.url)], 2))
        assert [v.error for v in visits] == [None, None]
        assert b.cookies and all(cookie == "" for _, cookie in b.cookies)
        assert opened == 2  # the lane had been on 127.0.0.1: replaced, not reset


@pytest.mark.parametrize("next_site", ["same site", "other site"])
def test_a_lane_taken_again_at_once_loads_the_next_page_from_the_last_and_keeps_their_requests_apart(
        chromium, next_site):
    """The next visit starts from the last page (no trip to about:blank between them),
    also when the lane passes to another site; what the last page still requests
    meanwhile is not the next page's; a lane left idle for IDLE_BLANK goes to about:blank."""
    from barrieraudit.browser.playwright_driver import IDLE_BLANK

    polling = "<script>setInterval(() => fetch('/poll?' + Math.random()), 10);</script>"
    with WireSite("127.0.0.2") as site, WireSite("127.0.0.3") as other:
        second_site = site if next_site == "same site" else other
        site.add("/p1", html_page("Programme", "<p>Programme.</p>" + polling))
        site.add("/poll", "ok", "text/plain")
        second_site.add("/p2", html_page("Fees", "<p>Fees.</p>"), delay=0.4)

        async def run() -> tuple[list, str]:
            driver = PlaywrightDriver(chromium)
            await driver.start(max_tabs=1)
            first_session = await driver.open_session("barrieraudit-test", block_private=False, start_url=site.url)
            sessions = [first_session, first_session if second_site is site else await driver.open_session(
                "barrieraudit-test", block_private=False, start_url=other.url)]
            try:
                visits = [await session.visit(s.url + path, allow_navigation=within(s.url), page_timeout=15,
                                              axe_timeout=20, screenshot=False, axe_options={})
                          for session, s, path in zip(sessions, (site, second_site), ("p1", "p2"), strict=True)]
                await asyncio.sleep(IDLE_BLANK + 0.5)
                return visits, driver._pool.idle[0].page.url
            finally:
                for session in set(sessions):
                    await session.close()
                await driver.close()

        (first, second), parked_at = asyncio.run(run())
    assert [first.error, second.error] == [None, None]
    assert second.final_url == second_site.url + "p2"
    asked_p2 = next(t for t, path in second_site.log if path == "/p2")
    # The first page was still there, polling, while the second loaded ...
    assert any(path == "/poll" and t > asked_p2 for t, path in site.log)
    # ... and none of its requests is counted as the second page's.
    assert any("/poll" in r["url"] for r in first.requests)
    assert second_site.url + "p2" in [r["url"] for r in second.requests]
    assert not [r["url"] for r in second.requests if "/poll" in r["url"]]
    assert parked_at == "about:blank"


def test_a_lanes_garbage_is_collected_by_v8_in_axe_cores_world_and_the_page_stays(chromium):
    """The collection a lane's release asks for when its heap is over its share: V8's own
    function (exposed to the audit browser only), called in axe-core's isolated world, so
    a page that defines a global of the same name cannot stop it."""
    from barrieraudit.browser.playwright_driver import GC_FUNCTION, PlaywrightSession

    own = f"<script>window.{GC_FUNCTION} = () => {{ throw new Error('not the driver'); }};</script>"
    with WireSite() as site:
        site.add("/", html_page("Programme", "<p>Programme.</p>" + own))

        async def run() -> tuple[float, float, list, str]:
            driver = PlaywrightDriver(chromium)
            await driver.start(max_tabs=1)
            session = await driver.open_session("barrieraudit-test", block_private=False, start_url=site.url)
            try:
                visit = await session.visit(site.url, allow_navigation=within(site.url), page_timeout=15,
                                            axe_timeout=20, screenshot=False, axe_options={})
                assert visit.error is None
                await asyncio.gather(*session._releasing)
                tab = driver._pool.idle[0]
                await tab.settle()  # not sent to about:blank meanwhile
                await asyncio.gather(*tab._tasks)  # the release's own measurement is done
                cdp = tab.cdp
                # ~40 MB (40 arrays of 250,000 small integers) the page holds, then lets go of.
                await cdp.send("Runtime.evaluate", {"expression": (
                    "window.junk = Array.from({length: 40}, (_, i) => new Array(250000).fill(i)); 1")})
                held = (await cdp.send("Runtime.getHeapUsage"))["usedSize"]
                await cdp.send("Runtime.evaluate", {"expression": "window.junk = null; 1"})
                answers = []
                send = cdp.send

                async def recording(method, params=None):
                    answer = await send(method, params)
                    answers.append((method, answer))
                    return answer

                cdp.send = recording
                await PlaywrightSession._collect_over(tab, 0)
                cdp.send = send
                after = (await cdp.send("Runtime.getHeapUsage"))["usedSize"]
                return held, after, answers, tab.page.url
            finally:
                await session.close()
                await driver.close()

        held, after, answers, url = asyncio.run(run())
    assert held > 40e6
    called = [answer for method, answer in answers if method == "Runtime.evaluate"]
    assert len(called) == 1 and "exceptionDetails" not in called[0]  # V8's function, not the page's
    assert after < held - 30e6
    assert url == site.url  # the page stayed
