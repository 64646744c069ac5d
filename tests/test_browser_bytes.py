"""Bytes on the wire, measured in real Chromium against servers that count what they send.

A page's weight is the bytes that crossed the network: for every response its status
line, headers and body as encoded (gzip, brotli). The servers in ``wire_sites`` count
exactly that per path; the driver must record the same figure, the main document
included, within a few bytes of HTTP framing.
"""

from __future__ import annotations

import asyncio
import json
import re
from urllib.parse import urlsplit

import pytest
from driver_visits import visit_pages, visit_with, within
from fixture_sites import html_page
from wire_sites import WireSite

from barrieraudit.browser.playwright_driver import PlaywrightDriver

pytestmark = pytest.mark.browser

# HTTP framing the browser may count differently from the server (a CRLF, a chunk
# header). Measured on Chromium 156: 0 bytes of difference for every response.
FRAMING = 16

PROGRAMME = "".join(f"<p>Session {i}: how digital policy includes persons with disabilities, young people "
                    f"and participants from developing countries.</p>" for i in range(1500))
LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" '
        'fill="#369"/>' + "".join(f'<circle cx="{k * 37 % 400}" cy="{k * 53 % 200}" r="9" fill="#fc0"/>'
                                  for k in range(300)) + "</svg>")


def recorded_by_path(visit) -> dict[str, int]:
    recorded: dict[str, int] = {}
    for request in visit.requests:
        path = urlsplit(request["url"]).path
        recorded[path] = recorded.get(path, 0) + request["bytes"]
    return recorded


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_bytes_are_what_a_compressing_server_sent_for_the_document_and_its_subresources(chromium, encoding):
    document = html_page("Programme", PROGRAMME + '<img src="/logo.svg" alt="Forum logo">',
                         head='<script src="/app.js"></script><link rel="stylesheet" href="/site.css">')
    with WireSite() as site:
        site.add("/", document, encoding=encoding)
        site.add("/app.js", "document.documentElement.dataset.ready = 'yes';" + "//" + "x" * 40_000,
                 "text/javascript", encoding=encoding)
        site.add("/site.css", "body { font-family: sans-serif; }" + "/*" + "y" * 40_000 + "*/", "text/css",
                 encoding=encoding)
        site.add("/logo.svg", LOGO, "image/svg+xml", encoding=encoding)
        [visit] = visit_pages(chromium, site.url)
        sent = dict(site.sent)
    assert visit.error is None
    recorded = recorded_by_path(visit)
    for path in ("/", "/app.js", "/site.css", "/logo.svg"):
        assert abs(recorded[path] - sent[path]) <= FRAMING, (path, recorded[path], sent[path])
    # The document travelled compressed: its recorded weight is far below its decoded size
    # (the size that was recorded when the driver re-fulfilled the document itself).
    assert recorded["/"] * 20 < len(document.encode())


def test_each_redirect_hop_counts_its_own_bytes(chromium):
    with WireSite() as site:
        site.add("/old", "", "text/plain", status=301, headers=(("Location", "/moved"),))
        site.add("/moved", "", "text/plain", status=302, headers=(("Location", "/programme"),))
        site.add("/programme", html_page("Programme", PROGRAMME), encoding="gzip")
        [visit] = visit_pages(chromium, site.url + "old")
        sent = dict(site.sent)
    assert visit.final_url == site.url + "programme"
    assert visit.redirects == [site.url + "old", site.url + "moved"]
    hops = {urlsplit(r["url"]).path: (r["status"], r["bytes"]) for r in visit.requests}
    assert hops["/old"][0] == 301 and abs(hops["/old"][1] - sent["/old"]) <= FRAMING
    assert hops["/moved"][0] == 302 and abs(hops["/moved"][1] - sent["/moved"]) <= FRAMING
    assert abs(hops["/programme"][1] - sent["/programme"]) <= FRAMING


def test_a_cross_site_iframe_and_what_it_loads_are_counted(chromium):
    # 127.0.0.1 and localhost are different sites: with site isolation the iframe would
    # live in another renderer, whose requests the tab's DevTools session does not see.
    with WireSite() as embed, WireSite() as site:
        embed_url = f"http://localhost:{embed.port}/"
        embed.add("/player", html_page("Player", '<img src="/poster.svg" alt="Live stream">'))
        embed.add("/poster.svg", LOGO, "image/svg+xml")
        site.add("/", html_page("Remote participation",
                                f'<iframe title="Live stream" src="{embed_url}player"></iframe>'))
        [visit] = visit_pages(chromium, site.url, scope=within(site.url))
        sent = dict(embed.sent)
    assert visit.error is None
    recorded = recorded_by_path(visit)
    assert abs(recorded["/player"] - sent["/player"]) <= FRAMING
    assert abs(recorded["/poster.svg"] - sent["/poster.svg"]) <= FRAMING


def test_an_inline_data_uri_is_stored_as_type_digest_and_length_not_its_payload(chromium):
    payload = "iVBORw0KGgo" + "A" * 530_000  # a 530 KB inline image, as a page had
    big = f"data:image/png;base64,{payload}"
    small = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
    body = (f'<img src="{big}" alt="Venue map"><img src="{big}" alt="Venue map again">'
            f'<img src="{small}" alt=""><a href="{small}">Pixel</a>')
    with WireSite() as site:
        site.add("/", html_page("Venue", body))
        [visit] = visit_pages(chromium, site.url)
    assert visit.error is None
    images = [image["src"] for image in visit.dom["images"]]
    short = re.compile(r"^data:(?P<type>[\w.+/-]+);x-digest=cyrb53-(?P<digest>[0-9a-f]{14});x-length=(?P<length>\d+),$")
    parsed = [short.match(src) for src in images]
    assert all(parsed), images
    assert [(m["type"], int(m["length"])) for m in parsed] == [("image/png", len(big)), ("image/png", len(big)),
                                                             ("image/gif", len(small))]
    assert parsed[0]["digest"] == parsed[1]["digest"] != parsed[2]["digest"]
    assert visit.dom["links"][-1]["href"] == images[2]
    # data: URIs are not network requests: none is in the network log.
    assert not [r for r in visit.requests if r["url"].startswith("data:")]
    stored = json.dumps({"dom": visit.dom, "network": visit.requests, "axe": visit.axe})
    assert len(stored) < 60_000  # was 1.45 MB: the payload twice


def test_every_page_weighs_what_a_first_time_visitor_downloads_even_when_the_lane_has_fetched_it_before(chromium):
    # Two pages share a style sheet the server says may be cached for an hour. Both
    # visits go through one lane (one browser context): with the browser's cache on,
    # the second page would weigh nothing for it.
    async def run(site_url: str):
        driver = PlaywrightDriver(chromium)
        await driver.start(max_tabs=1)
        try:
            return await visit_with(driver, [site_url + "a", site_url + "b"], within(site_url))
        finally:
            await driver.close()

    style = "body { font-family: sans-serif; }" + "/*" + "z" * 30_000 + "*/"
    with WireSite() as site:
        for path in ("/a", "/b"):
            site.add(path, html_page(f"Page {path}", "<p>Registration is free.</p>",
                                     head='<link rel="stylesheet" href="/site.css">'))
        site.add("/site.css", style, "text/css", headers=(("Cache-Control", "public, max-age=3600"),))
        visits = asyncio.run(run(site.url))
        sent = site.sent["/site.css"]
        served = sum(1 for _, path in site.log if path == "/site.css")
        asked = sorted({path for _, path in site.log})
    assert served == 2
    # Nothing but the pages and what they load: not Chromium's own fetch of the site's
    # icon, which no crawl delay would space.
    assert asked == ["/a", "/b", "/site.css"]
    for visit in visits:
        assert visit.error is None
        assert abs(recorded_by_path(visit)["/site.css"] - sent / 2) <= FRAMING
