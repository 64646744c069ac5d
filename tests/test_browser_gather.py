"""What the driver reads from a page, in real Chromium: axe-core and the screenshot on the
page as served, load time from the browser's navigation timing, SVG and XHTML
documents, axe-core kept apart from the page's scripts, and the run's tab limit."""

from __future__ import annotations

import asyncio
import io
import time

import pytest
from driver_visits import visit_pages, within
from fixture_sites import html_page
from PIL import Image
from wire_sites import WireSite

from barrieraudit.browser.playwright_driver import PlaywrightDriver, PlaywrightSession
from barrieraudit.pipeline import axe_options

pytestmark = pytest.mark.browser

LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40"/></svg>'


def colour_share(jpeg: bytes, colour: str) -> float:
    data = Image.open(io.BytesIO(jpeg)).convert("RGB").tobytes()
    pixels = [data[i:i + 3] for i in range(0, len(data), 3)]
    channel = {"red": 0, "green": 1, "blue": 2}[colour]
    return sum(1 for p in pixels if p[channel] > 200 and max(p[:channel] + p[channel + 1:]) < 60) / len(pixels)


def test_each_page_gets_its_own_thumbnail_of_the_viewport(chromium):
    """The thumbnail, taken beside axe-core, is a 480 x 338 JPEG of the 1280 x 900
    viewport, of the page being read, never of the page the lane showed before: also
    when the page's main thread is busy for 300 ms right after its load event (the
    frame Chromium last drew is the one the thumbnail copies)."""
    hex_of = {"red": "#e00000", "blue": "#0000e0", "green": "#00e000"}
    order = ("red", "blue", "green", "blue", "red-busy", "green-busy")
    busy = ("<script>addEventListener('load', () => setTimeout(() => {"
            "const t = Date.now(); while (Date.now() - t < 300); }, 0))</script>")
    with WireSite() as site:
        for colour, code in hex_of.items():
            block = f'<div style="height:3000px;background:{code}">{colour}</div>'
            site.add(f"/{colour}", html_page(colour.title(), block))
            site.add(f"/{colour}-busy", html_page(colour.title(), block + busy))
        visits = visit_pages(chromium, *(site.url + colour for colour in order), screenshot=True)
    assert [visit.error for visit in visits] == [None] * len(order)
    assert {Image.open(io.BytesIO(visit.screenshot)).size for visit in visits} == {(480, 338)}
    assert [visit.warnings for visit in visits] == [[]] * len(order)
    for visit, page in zip(visits, order, strict=True):
        colour = page.removesuffix("-busy")
        shares = {other: colour_share(visit.screenshot, other) for other in hex_of}
        assert shares[colour] > 0.8, (visit.url, shares)
        assert all(share < 0.01 for other, share in shares.items() if other != colour), (visit.url, shares)


def test_axe_and_the_screenshot_see_the_page_as_served_and_the_text_has_the_collapsed_sections(chromium):
    fees = ('<details><summary>Fees</summary><img src="/badge.svg">'
            '<div style="height:2000px;background:#e00000;color:#fff">Student fee: USD 40</div></details>')
    with WireSite() as site:
        site.add("/", html_page("Registration", "<p>Register by 1 March.</p>" + fees))
        site.add("/badge.svg", LOGO, "image/svg+xml")
        [visit] = visit_pages(chromium, site.url, screenshot=True)
    assert visit.error is None
    # Collapsed, the image without alt text is not on the page a reader sees first.
    assert "image-alt" not in {rule["id"] for rule in visit.axe["violations"]}
    # The red fee block is inside the closed section: not in the screenshot.
    assert colour_share(visit.screenshot, "red") < 0.01
    # The text checks read what one click opens.
    assert "Student fee: USD 40" in visit.dom["text"]


def test_the_main_text_is_the_main_part_or_where_there_is_none_the_whole_page(chromium):
    with WireSite() as site:
        site.add("/", html_page("With a main part", "<p>Fees are waived for students.</p>"))
        site.add("/plain", '<!doctype html><html lang="en"><head><title>Plain</title></head><body>'
                           '<nav><a href="/">Home</a></nav><p>Registration closes on 1 May.</p></body></html>')
        with_main, plain = visit_pages(chromium, site.url, site.url + "plain")
    assert with_main.dom["main_text"] == "With a main part\n\nFees are waived for students."
    assert with_main.dom["text"] == "Home\nWith a main part\n\nFees are waived for students."
    assert plain.dom["main_text"] == plain.dom["text"] == "Home\n\nRegistration closes on 1 May."


def test_load_time_comes_from_the_browsers_navigation_timing(chromium, monkeypatch):
    page_state = PlaywrightSession._page_state

    async def stalled(self, tab):
        time.sleep(2.5)  # the crawl's event loop blocked by other work, right after the load
        return await page_state(self, tab)

    monkeypatch.setattr(PlaywrightSession, "_page_state", stalled)
    with WireSite() as site:
        site.add("/", html_page("Fast", "<p>Tiny page.</p>"))
        site.add("/slow-image", html_page("Slow image", '<img src="/photo.svg" alt="Venue">'))
        site.add("/photo.svg", LOGO, "image/svg+xml", delay=1.5)
        fast, slow = visit_pages(chromium, site.url, site.url + "slow-image")
    # The stall is not the page's: a tiny page on loopback loads in well under 2.5 s.
    assert fast.load_ms is not None and fast.load_ms < 2000
    # The load event waits for the image the server held back for 1.5 s.
    assert 1500 <= slow.load_ms < 10_000


def test_a_standalone_svg_start_page_is_audited_as_a_page(chromium):
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           'width="600" height="200" lang="en"><title>Forum 2025 programme</title>'
           '<text x="10" y="40">Register by 1 March</text>'
           '<a href="/register"><text x="10" y="80">Registration</text></a>'
           '<a xlink:href="programme.pdf"><text x="10" y="120">Programme (PDF)</text></a></svg>')
    with WireSite() as site:
        site.add("/", svg, "image/svg+xml")
        [visit] = visit_pages(chromium, site.url)
    assert (visit.error, visit.content_type, visit.http_status) == (None, "image/svg+xml", 200)
    assert visit.dom["title"] == "Forum 2025 programme"
    assert "Register by 1 March" in visit.dom["text"]
    assert [link["href"] for link in visit.dom["links"]] == [site.url + "register", site.url + "programme.pdf"]
    assert visit.axe is not None and isinstance(visit.axe["violations"], list)


def test_a_form_whose_fields_are_named_action_and_id_is_read(chromium):
    # A field named "action" (WordPress's hidden field) or with the id "id" shadows the
    # form's own properties: read as the field, they made the whole page unreadable.
    form = ('<form id="register" action="/thanks" method="post"><input type="hidden" name="action" value="rsvp">'
            '<label for="id">ID or passport number</label><input id="id" name="id_number">'
            '<label for="n">Name</label><input id="n" name="name" required><button>Register</button></form>')
    with WireSite() as site:
        site.add("/", html_page("Register", form))
        [visit] = visit_pages(chromium, site.url)
    assert visit.error is None
    [read] = visit.dom["forms"]
    assert (read["id"], read["action"], read["method"]) == ("register", site.url + "thanks", "post")
    assert [f["name"] for f in read["fields"]] == ["action", "id_number", "name"]


def test_each_form_carries_the_last_heading_before_it(chromium):
    # The registration page's title is the section's heading; "Questions?" right above the
    # second form says what that form is for, and a heading inside a form is not before it.
    body = ('<form id="a"><h3>Inside</h3><input name="name"></form>'
            '<p>Closes 1 May.</p><h2>Questions?</h2><p>Write to us.</p>'
            '<form id="b"><textarea name="q"></textarea></form><h2>After</h2>')
    with WireSite() as site:
        site.add("/", html_page("Registration", body))
        [visit] = visit_pages(chromium, site.url)
    assert visit.error is None
    first, second = visit.dom["forms"]
    assert (first["heading"], first["near_heading"]) == ("Registration", "")
    assert (second["heading"], second["near_heading"]) == ("Registration", "Questions?")


def test_parts_marked_in_another_language_are_read_with_their_text(chromium):
    swahili = ("Mkutano Mkuu wa kumi na mbili utafanyika Kampala tarehe 9 hadi 11 Septemba 2027. Matawi yote "
               "yanaombwa kuteua wajumbe wao.")
    body = (f'<p>Every three years our branches meet.</p><section lang="sw"><h2>Kwa Kiswahili</h2><p>{swahili}</p>'
            '<p lang="sw">Karibu sana kwa wote wanaotaka kushiriki katika mkutano huu.</p></section>'
            '<p lang="en-GB">The same language as the page, in another region.</p>'
            '<a href="/fr" lang="fr">Français — la version française de ce site, avec le programme</a>'
            '<div lang="ln" hidden>Forum oyo ekosangisa baguvernema na bakompanyi mpe bato ya société civile.</div>')
    with WireSite() as site:
        site.add("/", html_page("Assembly", body))
        [visit] = visit_pages(chromium, site.url)
    # The outermost Swahili element, once, with its heading; not the page's own language,
    # a link (a language switcher) or a part nobody sees.
    [part] = visit.dom["lang_parts"]
    assert part["lang"] == "sw" and part["text"].startswith("Kwa Kiswahili") and "Karibu sana" in part["text"]


def test_an_xhtml_page_is_audited_and_axe_finds_its_barriers(chromium):
    xhtml = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="en" '
             'xml:lang="en"><head><title>Call for proposals</title></head><body><main><h1>Call for proposals</h1>'
             '<p>Deadline: 1 March.</p><img src="/logo.svg"/></main></body></html>')
    with WireSite() as site:
        site.add("/", xhtml, "application/xhtml+xml")
        site.add("/logo.svg", LOGO, "image/svg+xml")
        [visit] = visit_pages(chromium, site.url)
    assert (visit.error, visit.content_type) == (None, "application/xhtml+xml")
    assert visit.dom["title"] == "Call for proposals" and "Deadline: 1 March." in visit.dom["text"]
    assert "image-alt" in {rule["id"] for rule in visit.axe["violations"]}


def test_axe_core_runs_apart_from_the_pages_own_scripts(chromium):
    # A page that defines its own read-only `axe` (a bundled copy, or any global of that
    # name) can neither break the audit nor be changed by it.
    own = ("<script>Object.defineProperty(window, 'axe', {value: {run: () => Promise.reject(new Error('no'))}, "
           "writable: false});</script>")
    with WireSite() as site:
        site.add("/", html_page("Forum", '<img src="/logo.svg">' + own))
        site.add("/logo.svg", LOGO, "image/svg+xml")
        [visit] = visit_pages(chromium, site.url)
    assert visit.warnings == []
    assert "image-alt" in {rule["id"] for rule in visit.axe["violations"]}


def test_pages_open_at_once_are_bounded_by_the_runs_tab_limit_across_sites(chromium):
    async def run(urls: list[str]) -> tuple[int, list]:
        driver = PlaywrightDriver(chromium)
        await driver.start(max_tabs=2)
        sessions = [await driver.open_session("barrieraudit-test", block_private=False) for _ in range(3)]
        peak, done = 0, False

        async def sample() -> None:
            nonlocal peak
            while not done:
                # Every page of every context the browser has open (private attribute: the
                # test counts what Chromium holds, not what the driver believes).
                peak = max(peak, sum(len(context.pages) for context in driver._browser.contexts))
                await asyncio.sleep(0.01)

        sampler = asyncio.create_task(sample())
        try:
            visits = await asyncio.gather(*(
                sessions[i % 3].visit(url, allow_navigation=within(url.rsplit("/", 1)[0]), page_timeout=30,
                                      axe_timeout=30, screenshot=False, axe_options=axe_options())
                for i, url in enumerate(urls)))
        finally:
            done = True
            await sampler
            for session in sessions:
                await session.close()
            await driver.close()
        return peak, visits

    with WireSite() as site:
        for i in range(9):
            site.add(f"/p{i}", html_page(f"Page {i}", "<p>Session programme.</p>"))
        peak, visits = asyncio.run(run([f"{site.url}p{i}" for i in range(9)]))
    assert [v.error for v in visits] == [None] * 9
    assert 1 <= peak <= 2


def test_captcha_widgets_are_read_by_site_key_class_and_custom_element(chromium):
    # tests/corpus31 and 33: TrustCaptcha is a custom element whose site key is a plain "sitekey"
    # attribute; mosparo's box names no CAPTCHA; a vendor's own element named for a CAPTCHA is read too, and an element
    # that merely mentions one in its text is not.
    body = ('<form><trustcaptcha-component sitekey="tc-0000" language="ru"></trustcaptcha-component>'
            '<div class="private-captcha" data-sitekey="pc-0000"></div><acme-captcha-box></acme-captcha-box>'
            '<div id="mosparo-box" class="mosparo__container"></div>'
            '<p>No captcha here.</p><button>Send</button></form>')
    with WireSite() as site:
        site.add("/", html_page("Questions", body))
        [visit] = visit_pages(chromium, site.url)
    assert visit.error is None
    assert sorted((w["tag"], w["cls"], w["sitekey"]) for w in visit.dom["widgets"]) == [
        ("acme-captcha-box", "", False), ("div", "mosparo__container", False), ("div", "private-captcha", True),
        ("trustcaptcha-component", "", True)]
