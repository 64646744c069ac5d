"""The driver's logic that needs no browser: refresh declarations, load time, scope
verdicts and the wording of page errors."""

from __future__ import annotations

import pytest

from barrieraudit.browser.failures import PageErrorKind, fetch_error, net_error
from barrieraudit.browser.refresh import (client_redirect_warning, declared_refresh, load_time_ms,
                                          parse_refresh)
from barrieraudit.browser.tab import ScopePolicy


@pytest.mark.parametrize(("content", "parsed"), [
    ("0; url=/en/", (0.0, "/en/")),
    ("0;URL='https://forum.example.org/fr/'", (0.0, "https://forum.example.org/fr/")),
    ('3, url="/new"', (3.0, "/new")),
    ("5;/moved", (5.0, "/moved")),
    ("300", (300.0, None)),
    ("  1.5 ; url = next.html ", (1.5, "next.html")),
    ("soon", None),
    ("", None),
])
def test_refresh_declarations_are_parsed_as_browsers_read_them(content, parsed):
    assert parse_refresh(content) == parsed


def test_only_a_prompt_refresh_to_another_url_is_a_redirect():
    page = "https://forum.example.org/"
    assert declared_refresh(["0; url=/en/"], "", page) == 0.0
    assert declared_refresh([], "2; url=/en/", page) == 2.0  # the Refresh header
    assert declared_refresh(["300; url=/en/"], "", page) is None  # a page that moves after 5 minutes
    assert declared_refresh(["60"], "", page) is None  # a self-reloading page
    assert declared_refresh(["0; url=/#top"], "", page) is None  # the same page
    # The first declaration wins: the header (read when the document is created), then the metas.
    assert declared_refresh(["0"], "0; url=/en/", page) == 0.0
    assert declared_refresh(["0", "0; url=/en/"], "", page) is None
    assert declared_refresh(["junk", "1; url=/en/"], "", page) == 1.0


def test_load_time_is_the_load_event_plus_the_client_redirects_before_it():
    state = {"load_end": 420.4, "now": 900.0, "time_origin": 1_700_000_001_000.0}
    assert load_time_ms(state, 1_700_000_000.0, client_redirected=False) == 420
    # The landed document started 1 s after the visit's first request (wallTime, seconds).
    assert load_time_ms(state, 1_700_000_000.0, client_redirected=True) == 1420
    # Gathered before its load event: the time it had been loading.
    assert load_time_ms({**state, "load_end": 0}, None, client_redirected=False) == 900


def test_scope_verdicts_for_the_main_frame_and_for_subresources():
    site = ScopePolicy(lambda url: url.startswith("https://forum.example.org/"), block_private=True,
                       is_private=lambda url: "192.168." in url)
    assert site.refuse("https://forum.example.org/en/", main_frame=True) is None
    assert site.refuse("https://cdn.example.net/app.js", main_frame=False) is None
    assert site.refuse("https://elsewhere.example.net/", main_frame=True) == (
        PageErrorKind.OUT_OF_SCOPE, "redirected outside the site to https://elsewhere.example.net/")
    assert site.refuse("http://192.168.1.1/admin", main_frame=False)[0] == PageErrorKind.PRIVATE_ADDRESS
    loopback_site = ScopePolicy(lambda url: True, block_private=False, is_private=lambda url: True)
    assert loopback_site.refuse("http://127.0.0.1:8000/", main_frame=False) is None


def test_network_errors_map_to_kinds_with_plain_reasons():
    assert net_error("net::ERR_CONNECTION_REFUSED") == (PageErrorKind.CONNECTION_REFUSED, "connection refused")
    assert net_error("net::ERR_NAME_NOT_RESOLVED") == (PageErrorKind.HOST_NOT_FOUND, "host name not found")
    assert net_error("net::ERR_CERT_AUTHORITY_INVALID") == (PageErrorKind.TLS, "TLS certificate error")
    assert net_error("net::ERR_TOO_MANY_REDIRECTS")[0] == PageErrorKind.REDIRECT_LOOP
    assert net_error("net::ERR_SOMETHING_NEW") == (PageErrorKind.CONNECTION_FAILED, "the page could not be fetched")
    assert fetch_error("apiRequestContext.get: connect ECONNREFUSED 127.0.0.1:1") == "connection refused"


def test_a_client_redirect_warning_says_how_the_page_moved():
    assert client_redirect_warning("https://forum.example.org/en/", "metaTagRefresh") == (
        "the page sends the browser on to https://forum.example.org/en/ by itself (a meta refresh); "
        "the page it leads to was audited")
    assert "(a script)" in client_redirect_warning("https://x.example/", "scriptInitiated")


def test_node_options_add_the_young_generation_unless_the_user_set_one():
    from barrieraudit.browser.playwright_driver import node_options

    assert node_options(None) == "--max-semi-space-size=2"
    assert node_options(" --no-warnings ") == "--no-warnings --max-semi-space-size=2"
    assert node_options("--max-semi-space-size=8") == "--max-semi-space-size=8"


class _FakeCdp:
    """A tab's DevTools session that answers from a table; an exception in it is raised."""

    def __init__(self, answers):
        self.answers, self.sent, self.params = answers, [], []

    async def send(self, method, params=None):
        self.sent.append(method)
        self.params.append(params)
        answer = self.answers[method]
        if isinstance(answer, list):
            answer = answer.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer


class _FakeTab:
    def __init__(self, answers):
        self.cdp, self.crashed, self.phase, self.visits, self.closing = _FakeCdp(answers), False, "visiting", 0, False
        self.blanked = 0
        self.quieting = None
        self.main_frame_id = "frame"
        self.tasks = []

    async def blank(self):
        self.blanked += 1
        return True

    def _spawn(self, coroutine):
        import asyncio

        self.tasks.append(asyncio.ensure_future(coroutine))


def _thumbnail(tab, frame, alone=()):
    """The driver's thumbnail where the frame beside axe-core is ``frame`` (bytes, or
    an exception) and captures alone answer ``alone`` in turn."""
    import asyncio

    from barrieraudit.browser.playwright_driver import PlaywrightSession

    async def go():
        shot = asyncio.get_running_loop().create_future()
        if isinstance(frame, BaseException):
            shot.set_exception(frame)
        else:
            shot.set_result(frame)
        return await PlaywrightSession._thumbnail(tab, "http://127.0.0.1/", shot)

    tab.cdp.answers["Page.captureScreenshot"] = list(alone)
    return asyncio.run(go())


def test_a_thumbnail_refused_beside_axe_core_is_taken_again_alone():
    import base64

    from playwright.async_api import Error as PlaywrightError

    jpeg = {"data": base64.b64encode(b"\xff\xd8jpeg").decode()}
    frame = _FakeTab({})
    assert _thumbnail(frame, b"\xff\xd8frame") == b"\xff\xd8frame"
    assert frame.cdp.sent == []
    refused_once = _FakeTab({})
    assert _thumbnail(refused_once, PlaywrightError("Target closed"), [jpeg]) == b"\xff\xd8jpeg"
    assert refused_once.cdp.sent == ["Page.captureScreenshot"]
    refused = _FakeTab({})
    assert _thumbnail(refused, PlaywrightError("Target closed"), [PlaywrightError("Unable to capture")]) is None
    crashed = _FakeTab({})
    crashed.crashed = True  # no second try on a crashed page
    assert _thumbnail(crashed, PlaywrightError("the page crashed before its frame came")) is None
    assert crashed.cdp.sent == []


class _EventCdp:
    """A DevTools session that answers every command and, to ``Page.startScreencast``,
    sends all the frames it is given, one after the other (or none)."""

    def __init__(self, frames):
        self.frames, self.sent, self.handlers = list(frames), [], {}

    def on(self, event, handler):
        self.handlers[event] = handler

    async def send(self, method, params=None):
        self.sent.append(method)
        if method == "Page.startScreencast":
            import asyncio

            for frame in self.frames:
                asyncio.get_running_loop().call_soon(self.handlers["Page.screencastFrame"], frame)
        return {}


class _Page:
    context = None

    def on(self, event, handler):
        self.crash = handler


def test_the_thumbnail_is_the_first_frame_of_a_screencast_stopped_at_once_or_none_when_the_page_crashes():
    import asyncio
    import base64

    from playwright.async_api import Error as PlaywrightError

    from barrieraudit.browser.tab import Tab

    async def go(frames, crash=False):
        page = _Page()
        tab = Tab(page, _EventCdp(frames), "frame", None)
        await tab.attach(guard_private=False)
        tab.cdp.sent.clear()
        job = asyncio.ensure_future(tab.frame({"format": "jpeg"}))
        await asyncio.sleep(0.01)
        if crash:
            page.crash()
        try:
            return await asyncio.wait_for(job, 1), tab.cdp.sent
        except PlaywrightError as exc:
            return str(exc), tab.cdp.sent

    first = {"data": base64.b64encode(b"first").decode(), "sessionId": 1}
    second = {"data": base64.b64encode(b"second").decode(), "sessionId": 2}
    assert asyncio.run(go([first, second])) == (b"first", ["Page.startScreencast", "Page.stopScreencast"])
    # No frame comes and the renderer crashes: the wait ends at once, the screencast is stopped.
    assert asyncio.run(go([], crash=True)) == ("the page crashed before its frame came",
                                               ["Page.startScreencast", "Page.stopScreencast"])


@pytest.mark.parametrize(("lanes", "heap_mb", "collected"), [
    (1, 50, False), (1, 70, True),  # one lane may hold the whole budget (64 MB)
    (2, 30, False), (2, 40, True),  # two share it
    (4, 30, False), (4, 40, True),  # and no lane holds more than 32 MB, however many there are
])
def test_a_lanes_garbage_is_collected_above_its_share_of_the_heap_budget(lanes, heap_mb, collected):
    import asyncio

    from barrieraudit.browser.playwright_driver import GC_FUNCTION, PlaywrightSession
    from barrieraudit.browser.pool import TabPool

    tab = _FakeTab({"Runtime.getHeapUsage": {"totalSize": heap_mb * 1e6},
                    "Page.createIsolatedWorld": {"executionContextId": 7},
                    "Runtime.evaluate": {"result": {"type": "undefined"}}})

    class Driver:
        _pool = TabPool(lanes, None, None)

    async def release():
        session = PlaywrightSession(Driver(), None, "ua", False, lambda _url: False)
        await session._release(tab, healthy=True)
        # Parked before its heap is even measured: the next visit does not wait for it.
        assert Driver._pool.idle == [tab] and tab.cdp.sent == []
        await asyncio.gather(*tab.tasks)
        if tab.quieting is not None:
            tab.quieting.cancel()

    asyncio.run(release())
    gc_calls = [params for method, params in zip(tab.cdp.sent, tab.cdp.params) if method == "Runtime.evaluate"]
    assert gc_calls == ([{"expression": f"{GC_FUNCTION}()", "contextId": 7}] if collected else [])
    assert tab.blanked == 0  # the page stays: V8's collection needs no trip to about:blank


def test_a_lane_whose_load_failed_goes_to_about_blank_before_it_is_parked():
    """Chromium may still commit its error page after a failed load; that commit would
    interrupt the lane's next navigation (tests/test_browser_navigation.py's error kinds)."""
    import asyncio

    from barrieraudit.browser.playwright_driver import PlaywrightSession
    from barrieraudit.browser.pool import TabPool

    class Driver:
        _pool = TabPool(1, None, None)

    for failed, blanked in ((True, 1), (False, 0)):
        tab = _FakeTab({"Runtime.getHeapUsage": {"totalSize": 1e6}})
        Driver._pool.idle.clear()

        async def release():
            session = PlaywrightSession(Driver(), None, "ua", False, lambda _url: False)
            await session._release(tab, healthy=True, failed=failed)
            await asyncio.gather(*tab.tasks)
            if tab.quieting is not None:
                tab.quieting.cancel()
            return tab.quieting is not None

        quieting = asyncio.run(release())
        assert (tab.blanked, quieting, Driver._pool.idle) == (blanked, not failed, [tab])


def test_a_lower_lane_limit_closes_idle_lanes_now_and_busy_ones_as_they_are_released():
    """The run's governor (``crawl.load``) lowers the lanes when the machine is busy."""
    import asyncio

    from barrieraudit.browser.playwright_driver import PlaywrightDriver, PlaywrightSession

    driver = PlaywrightDriver(None)
    closed = []

    async def discard(tab, count=True):
        closed.append(tab)
        if count:
            await driver._pool.closed(tab)

    driver.discard = discard
    a, b, c, d = (_FakeTab({"Runtime.getHeapUsage": {"totalSize": 1e6}}) for _ in range(4))

    async def main():
        pool = driver._pool
        pool.open, pool.lanes, pool.idle = 4, {a, b, c, d}, [a, b]  # c and d are busy
        await driver.limit_tabs(3)
        assert (closed, pool.idle, pool.open) == ([a], [b], 3)  # the oldest idle lane first
        await driver.limit_tabs(1)
        assert (closed, pool.idle, pool.open, pool.over_limit()) == ([a, b], [], 2, True)
        session = PlaywrightSession(driver, None, "ua", False, lambda _url: False)
        await session._release(c, healthy=True)  # over the limit: closed, not parked
        assert (closed, pool.idle, pool.open) == ([a, b, c], [], 1)
        await session._release(d, healthy=True)  # within it: parked for the next visit
        assert (closed, pool.idle, pool.open) == ([a, b, c], [d], 1)
        await asyncio.gather(*d.tasks)
        d.quieting.cancel()
        await driver.limit_tabs(9)
        assert pool.limit == 4  # never more than the run's --concurrency

    asyncio.run(main())
