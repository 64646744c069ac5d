"""Crawl logic without a browser: scope, URLs, robots.txt, sitemaps, frontier order, roles."""

from __future__ import annotations

import asyncio
import ipaddress
import random
import re

from barrieraudit.config import Scope
from barrieraudit.crawl.frontier import Frontier
from barrieraudit.crawl.robots import parse_robots
from barrieraudit.crawl.roles import classify, language_of_link, priority, recorded_role
from barrieraudit.crawl.scope import SiteScope
from barrieraudit.crawl.sitemap import parse_sitemap
from barrieraudit.crawl.throttle import MAX_DELAY, HostThrottle
from barrieraudit.crawl.urls import PRIVATE_URL_PATTERNS, canonical, document_kind, is_private_host, is_private_url


def test_domain_scope_takes_subdomains_of_the_registrable_domain_only():
    scope = SiteScope("https://www.forum-example.co.uk/en/", Scope.domain)
    assert scope.domain == "forum-example.co.uk"
    assert scope.contains("https://events.forum-example.co.uk/register")
    assert scope.contains("http://forum-example.co.uk/")
    assert not scope.contains("https://other.co.uk/")
    assert not scope.contains("https://forum-example.co.uk.evil.net/")
    assert not scope.contains("mailto:info@forum-example.co.uk")


def test_prefix_scope_keeps_to_the_start_folder():
    scope = SiteScope("https://un.example.org/en/forum/index.html", Scope.prefix)
    assert scope.contains("https://un.example.org/en/forum/register")
    assert not scope.contains("https://un.example.org/en/other/")
    assert not scope.contains("https://www.un.example.org/en/forum/")


def test_loopback_sites_are_one_host_and_port_and_public_sites_never_reach_private_hosts():
    local = SiteScope("http://127.0.0.1:8001/")
    assert local.contains("http://127.0.0.1:8001/a")
    assert not local.contains("http://127.0.0.1:8002/a")
    public = SiteScope("https://forum.example.org/")
    assert not public.contains("http://localhost/")
    assert not public.contains("http://10.0.0.5/")
    assert is_private_host("192.168.1.1") and is_private_host("::1") and not is_private_host("8.8.8.8")


def _fetch_pattern_matches(pattern: str, url: str) -> bool:
    """DevTools ``Fetch`` pattern matching (Chromium's ``base::MatchPattern``): "*" any
    run of characters, "?" one, backslash escapes; the whole URL."""
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, url, re.DOTALL) is not None


def test_the_browser_pauses_every_request_that_may_be_for_a_private_address():
    # The browser checks only requests that match these patterns; each URL below is in
    # the form Chromium requests it (hosts lower-cased, IPv4 dotted, IPv6 bracketed).
    rng = random.Random(8)
    addresses = [ipaddress.ip_address(rng.getrandbits(32)) for _ in range(20_000)]
    addresses += [ipaddress.ip_address(rng.getrandbits(128)) for _ in range(2_000)]
    for network in ("127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16",
                    "100.64.0.0/10", "0.0.0.0/8", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
                    "::1/128", "fe80::/10", "fc00::/7", "::ffff:0:0/96", "2001:db8::/32"):
        net = ipaddress.ip_network(network)
        addresses += [net[0], net[-1], net[rng.randrange(net.num_addresses)]]
    hosts = [f"[{a}]" if a.version == 6 else str(a) for a in addresses if not a.is_global]
    hosts += ["localhost", "intranet.localhost", "a.b.localhost"]
    assert len(hosts) > 1_000
    for host in hosts:
        for url in (f"http://{host}/", f"https://{host}:8443/admin?x=1", f"http://user:pw@{host}/a",
                    f"ws://{host}/socket"):
            assert is_private_url(url), url
            assert any(_fetch_pattern_matches(p, url) for p in PRIVATE_URL_PATTERNS), url
    # Ordinary public requests are not paused at all.
    for url in ("https://forum.example.org/", "https://cdn.example.net/app.js?v=3",
                "https://fonts.example.com/css2?family=Noto+Sans"):
        assert not any(_fetch_pattern_matches(p, url) for p in PRIVATE_URL_PATTERNS), url


def test_urls_are_canonicalised_and_documents_recognised():
    assert canonical("https://f.org/a?b=2&a=1#top") == "https://f.org/a?a=1&b=2"
    assert document_kind("https://f.org/files/Programme.PDF") == "pdf"
    assert document_kind("https://f.org/form.docx") == "text-document"
    assert document_kind("https://f.org/register") is None


def test_robots_rules_crawl_delay_and_sitemaps_are_read():
    policy = parse_robots("User-agent: *\nDisallow: /admin/\nCrawl-delay: 2\nSitemap: https://f.org/s.xml\n")
    assert not policy.allowed("https://f.org/admin/x")
    assert policy.allowed("https://f.org/register")
    assert policy.crawl_delay == 2.0
    assert policy.sitemaps == ["https://f.org/s.xml"]


def test_sitemap_index_and_urlset_are_told_apart_and_entities_unescaped():
    is_index, locs = parse_sitemap("<sitemapindex><sitemap><loc>https://f.org/a.xml</loc></sitemap></sitemapindex>")
    assert is_index and locs == ["https://f.org/a.xml"]
    is_index, locs = parse_sitemap("<urlset><url><loc> https://f.org/p?a=1&amp;b=2 </loc></url></urlset>")
    assert not is_index and locs == ["https://f.org/p?a=1&b=2"]


def test_frontier_serves_participation_pages_before_shallower_other_pages():
    frontier = Frontier()
    frontier.push("https://f.org/news", depth=1, role=None, found_on="/")
    frontier.push("https://f.org/fr/", depth=2, role="language", found_on="/")
    frontier.push("https://f.org/register", depth=3, role="registration", found_on="/")
    frontier.push("https://f.org/news", depth=1, role="fees", found_on="/", link_text="Fees")
    assert [frontier.pop().url for _ in range(3)] == ["https://f.org/register", "https://f.org/news",
                                                      "https://f.org/fr/"]


def test_roles_are_recognised_from_link_text_and_url_words_in_many_languages():
    assert classify(["Inscrivez-vous"], "https://f.org/x") == "registration"
    assert classify([""], "https://f.org/en/registration-fees/") == "registration"
    assert classify(["Tarifs"], "https://f.org/x") == "fees"
    assert classify(["Стипендии"], "https://f.org/x") == "support"
    assert classify(["远程参与"], "https://f.org/x") == "remote"
    assert classify(["إمكانية الوصول"], "https://f.org/x") == "accessibility"
    assert classify(["News"], "https://f.org/news/2026") is None
    # Issue 10: words at word boundaries, and talk titles or hotel pages are no roles.
    assert classify(["CSS Custom Properties in practice"], "https://f.org/talks/custom-properties") is None
    assert classify(["Custos de participação"], "https://f.org/x") == "fees"
    assert classify(["Building a Language Server"], "https://f.org/talks/language-server") is None
    assert classify(["Other languages"], "https://f.org/x") == "language"
    assert classify(["Hotel accommodation"], "https://f.org/accommodation") is None
    assert classify(["Reasonable accommodations"], "https://f.org/x") == "accessibility"
    assert classify(["Crie sua conta"], "https://f.org/criar-conta") == "registration"
    assert classify(["Sponsorship packages"], "https://f.org/sponsors") is None
    # An FAQ is no role but a hint, crawled after the participation pages.
    assert classify(["FAQ"], "https://f.org/faq") == "faq"
    assert classify(["Registration: questions and answers"], "https://f.org/x") == "registration"
    assert priority("language") < priority("faq") < priority(None)
    assert recorded_role("faq") == "other" and recorded_role("fees") == "fees"


def test_language_switcher_links_are_named_by_a_language_not_just_an_hreflang():
    assert language_of_link("Français") == "fr"
    assert language_of_link("中文") == "zh"
    assert language_of_link("EN") == "en"
    assert language_of_link("Español", "es-419") == "es"
    assert language_of_link("Contato", "es") is None


def test_throttle_spaces_requests_by_the_minimum_each_request_names():
    throttle = HostThrottle()

    async def three_requests(minimum: float) -> float:
        loop = asyncio.get_running_loop()
        start = loop.time()
        for _ in range(3):
            await throttle.pace(minimum)
        return loop.time() - start

    assert asyncio.run(three_requests(0.2)) >= 0.39  # two gaps of 0.2 s
    assert asyncio.run(three_requests(0)) < 0.1  # delay 0 turns waiting off
    assert throttle.spacing(0) == 0 and throttle.spacing(0.2) == 0.2


def test_throttle_adapts_towards_the_latency_between_the_minimum_and_the_cap():
    throttle = HostThrottle()
    throttle.observe(2.0, minimum=0.5)
    assert throttle.delay == 1.25  # halfway from 0.5 to the 2 s latency, as AutoThrottle
    throttle.observe(0.0, minimum=0.5)
    assert throttle.delay == 0.625
    throttle.observe(0.0, minimum=0.5)
    throttle.observe(0.0, minimum=0.5)
    assert throttle.delay == 0.5  # never below the minimum
    throttle.observe(500.0, minimum=0.5)
    assert throttle.delay == MAX_DELAY


def test_roles_in_vietnamese_georgian_and_swahili_and_their_romanised_urls():
    # tests/corpus17 (the fifteenth held-out set): its Huế, Tbilisi and Mombasa sites'
    # participation pages were all "other" and so lost their registration forms.
    assert classify(["Đăng ký"], "https://f.org/dang-ky.html") == "registration"
    assert classify(["Học phí"], "https://f.org/hoc-phi.html") == "fees"
    assert classify(["Tiếp cận"], "https://f.org/tiep-can.html") == "accessibility"
    assert classify(["ონლაინ მონაწილეობა"], "https://f.org/onlain.html") == "remote"
    assert classify(["მომხსენებლის განაცხადი"], "https://f.org/registracia.html") == "registration"
    assert classify(["Ufikiaji"], "https://f.org/ufikiaji.html") == "accessibility"
    # Short words of one language that are ordinary in another name no role: German
    # "bei" is not Swahili "bei" (price).
    assert classify(["Anmeldung bei uns"], "https://f.org/x") == "registration"
