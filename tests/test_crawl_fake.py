"""The crawler over the in-memory fake driver: frontier order, dedupe, scope, robots.txt
per host, politeness per host across sites, the page budget, concurrency and memory.

Whole runs (``pipeline.run_audit``, store and evaluation included) in milliseconds;
the browser-only behaviour stays in ``test_crawl.py``.
"""

from __future__ import annotations

import pytest
from fake_driver import FakePage, FakeWeb, fake_run

from barrieraudit.crawl import load
from barrieraudit.crawl import site as crawl_site
from barrieraudit.crawl.frontier import Frontier
from barrieraudit.crawl.record import PageSummary
from barrieraudit.crawl.urls import page_key

HOME = "https://forum.example/"
PUBLIC_ADDRESS = "93.184.216.34"


@pytest.fixture(autouse=True)
def fake_dns(monkeypatch):
    """Every fake host name resolves to a public address unless a test says otherwise."""
    table: dict[str, list[str]] = {}

    async def resolve(host: str) -> list[str]:
        return table.get(host, [PUBLIC_ADDRESS])

    monkeypatch.setattr(crawl_site, "host_addresses", resolve)
    return table


@pytest.fixture(autouse=True)
def quick_ranking(monkeypatch):
    """The rank sensitivity analysis (1,000 weight draws, ~1 s a run here) is not what
    these tests look at; every rank interval is the rank itself."""
    from barrieraudit import pipeline

    monkeypatch.setattr(pipeline, "rank_intervals", lambda components, scoring: {})


def site(url: str = HOME, **settings) -> dict:
    return {"sites": [{"name": "Forum", "url": url, **settings}]}


def paths(urls: list[str]) -> list[str]:
    return ["/" + u.split("/", 3)[3] for u in urls]


# -- frontier order ------------------------------------------------------------------------

def test_frontier_order_is_role_then_depth_then_page_key_whatever_the_discovery_order():
    links = [("https://f.org/zeta", 1, None), ("https://f.org/alpha", 1, None), ("https://f.org/fees", 2, "fees"),
             ("https://f.org/deep/a", 2, None), ("https://f.org/register", 3, "registration")]
    orders = []
    for found in (links, list(reversed(links))):
        frontier = Frontier()
        for url, depth, role in found:
            frontier.push(url, depth=depth, role=role, found_on="https://f.org/")
        orders.append([frontier.pop().url for _ in range(len(links))])
    assert orders[0] == orders[1] == ["https://f.org/register", "https://f.org/fees", "https://f.org/alpha",
                                      "https://f.org/zeta", "https://f.org/deep/a"]


def test_a_page_found_again_keeps_its_best_role_and_smallest_depth():
    frontier = Frontier()
    frontier.push("https://f.org/x", depth=3, role=None, found_on="a", link_text="x")
    frontier.push("https://f.org/y", depth=2, role=None, found_on="a")
    frontier.push("https://f.org/x/", depth=1, role="support", found_on="b", link_text="Fellowships")
    best = frontier.pop()
    assert (best.url, best.depth, best.role, best.found_on, best.link_texts) == (
        "https://f.org/x", 1, "support", "a", ["x", "Fellowships"])
    assert len(frontier) == 1


def test_page_key_folds_trailing_slash_index_files_scheme_and_default_port():
    same = ["https://f.org/accessibility", "https://f.org/accessibility/", "http://f.org:80/accessibility",
            "https://F.org:443/accessibility/index.html", "https://f.org/accessibility/Default.aspx#top"]
    assert {page_key(u) for u in same} == {"f.org/accessibility"}
    home = ["https://f.org", "https://f.org/", "https://f.org/index.htm", "https://f.org/index.php"]
    assert {page_key(u) for u in home} == {"f.org/"}
    # Different pages stay apart: another port, query, file or case.
    assert len({page_key(u) for u in ["https://f.org/a", "https://f.org:8443/a", "https://f.org/a?p=2",
                                       "https://f.org/a/about.html", "https://f.org/A"]}) == 5


# -- dedupe --------------------------------------------------------------------------------

def test_trailing_slash_and_index_file_forms_are_audited_once(tmp_path):
    web = FakeWeb()
    forms = ["/accessibility", "/accessibility/", "/index.html", "/index.php", "/", "/programme/index.htm",
             "/programme"]
    web.page(HOME, "Home", links=forms)
    for path in forms[:2]:
        web.page(HOME + path.lstrip("/"), "Accessibility")
    web.page(HOME + "index.html", "Home", links=forms)
    web.page(HOME + "index.php", "Home", links=forms)
    web.page(HOME + "programme/index.htm", "Programme")
    web.page(HOME + "programme", "Programme")
    run = fake_run(web, site(), tmp_path / "runs.db")
    # One page per key; the form visited is the first found (link order on the home page).
    assert sorted(paths(run.urls())) == ["/", "/accessibility", "/programme/index.htm"]
    for other in ("accessibility/", "index.html", "index.php", "programme"):
        assert web.requests(HOME + other) == 0, other


def test_a_redirect_to_an_audited_page_is_not_a_second_page_and_costs_no_budget(tmp_path):
    web = FakeWeb()
    # Ranked by page key: /new comes before /old (same role and depth), so /old is
    # visited after /new was audited and turns out to be the same page.
    web.page(HOME, "Home", links=["/old", "/new", "/zz-last"])
    web.redirect(HOME + "old", "/new/")
    web.page(HOME + "new", "New")
    web.page(HOME + "new/", "New")
    web.page(HOME + "zz-last", "Last")
    run = fake_run(web, site(max_pages=3), tmp_path / "runs.db", concurrency=1)
    assert paths(run.urls()) == ["/", "/new", "/zz-last"]  # /old refunded its page
    crawl = run.crawls["forum"]
    assert crawl.duplicates == [{"url": HOME + "old", "duplicate_of": HOME + "new", "reason": "redirects to it"}]
    assert f"{HOME}old is the page {HOME}new (redirects to it): not audited twice" in run.site()["warnings"]


@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_page_reached_by_a_redirect_is_not_audited_again(tmp_path, concurrency):
    web = FakeWeb()
    web.page(HOME, "Home", links=["/a-old", "/b-new"])
    web.redirect(HOME + "a-old", "/b-new")
    web.page(HOME + "b-new", "New")
    run = fake_run(web, site(), tmp_path / "runs.db", concurrency=concurrency)
    pages = run.pages()
    assert [(p["url"], p["final_url"]) for p in pages] == [(HOME, HOME), (HOME + "a-old", HOME + "b-new")]
    if concurrency == 1:
        assert web.requests(HOME + "b-new") == 1  # the redirect's hop only
    # At 4, /b-new may have been loaded speculatively; it was thrown away, not stored.


def test_the_same_title_and_text_under_another_url_is_a_duplicate(tmp_path):
    web = FakeWeb()
    web.page(HOME, "Home", links=["/programme", "/programme-print", "/speakers"])
    web.page(HOME + "programme", "Programme", "Day one: opening. Day two: workshops.")
    web.page(HOME + "programme-print", "Programme", "Day one:   opening.\nDay two: workshops.")
    web.page(HOME + "speakers", "Speakers")
    run = fake_run(web, site(max_pages=3), tmp_path / "runs.db")
    assert paths(run.urls()) == ["/", "/programme", "/speakers"]
    assert run.crawls["forum"].duplicates[0]["reason"] == "same title and text"


def test_the_budget_is_spent_on_distinct_pages_only(tmp_path):
    web = FakeWeb()
    distinct = [f"/p{i}" for i in range(6)]
    # Each duplicate ranks right after its page (same role and depth, next page key).
    dupes = ["/p0-copy", "/p1-moved", "/p2/", "/p3/index.html"]
    web.page(HOME, "Home", links=distinct + dupes)
    for i, path in enumerate(distinct):
        web.page(HOME + path.lstrip("/"), f"Page {i}")
    web.page(HOME + "p0-copy", "Page 0")
    web.redirect(HOME + "p1-moved", "/p1")
    web.page(HOME + "p2/", "Page 2")
    web.page(HOME + "p3/index.html", "Page 3")
    run = fake_run(web, site(max_pages=7), tmp_path / "runs.db", concurrency=4, latency=(0, 0.01))
    # Seven pages of budget, seven distinct pages: none was spent on a duplicate.
    assert paths(run.urls()) == ["/", *distinct]
    assert sorted(d["url"] for d in run.crawls["forum"].duplicates) == [HOME + "p0-copy", HOME + "p1-moved"]
    assert web.requests(HOME + "p2/") == web.requests(HOME + "p3/index.html") == 0


def test_a_response_that_is_not_html_is_a_document_and_costs_no_budget(tmp_path):
    web = FakeWeb()
    web.page(HOME, "Home", links=["/download", "/report.pdf", "/x"])
    web.raw(HOME + "download", "%PDF-1.4", "application/pdf")
    web.page(HOME + "x", "X")
    run = fake_run(web, site(max_pages=2), tmp_path / "runs.db")
    assert paths(run.urls()) == ["/", "/x"]
    assert {d["url"]: d["kind"] for d in run.site()["documents"]} == {HOME + "report.pdf": "pdf",
                                                                        HOME + "download": "pdf"}
    assert web.requests(HOME + "report.pdf") == 0


def test_a_page_that_fails_costs_no_budget_but_failures_are_bounded(tmp_path):
    # Issue 10: a broken link (404) must not take a participation page's place.
    web = FakeWeb()
    web.page(HOME, "Home", links=["/2025/", "/gone", "/tickets", "/news"])
    web.page(HOME + "tickets", "Tickets")
    web.page(HOME + "news", "News")
    run = fake_run(web, site(max_pages=3), tmp_path / "runs.db", concurrency=1)
    # Home, the fees page, then the others by key: /2025/ and /gone fail, /news takes the
    # last place.
    assert paths(run.urls()) == ["/", "/tickets", "/2025/", "/gone", "/news"]
    assert [p["url"] for p in run.pages() if p["error"]] == [HOME + "2025/", HOME + "gone"]
    # A site of broken links stops after twice the budget in all.
    broken = FakeWeb()
    broken.page(HOME, "Home", links=[f"/gone-{n}" for n in range(10)])
    run = fake_run(broken, site(max_pages=3), tmp_path / "broken.db", concurrency=1)
    assert len(run.urls()) == 6


# -- scope -----------------------------------------------------------------------------------

def scoped_web() -> FakeWeb:
    web = FakeWeb()
    web.page(HOME + "en/", "Home", links=["https://events.forum.example/", "/en/about", "/fr/",
                                          "https://elsewhere.example/", "http://10.0.0.5/admin",
                                          "http://localhost/", "https://intranet.forum.example/"])
    for url in ("https://events.forum.example/", HOME + "en/about", HOME + "fr/", "https://elsewhere.example/",
                "http://10.0.0.5/admin", "http://localhost/", "https://intranet.forum.example/"):
        web.page(url, url)
    return web


@pytest.mark.parametrize(("scope", "expected"), [
    ("domain", ["/en/", "/", "/en/about", "/fr/"]),
    ("host", ["/en/", "/en/about", "/fr/"]),
    ("prefix", ["/en/", "/en/about"]),
])
def test_scope_domain_host_and_prefix(tmp_path, fake_dns, scope, expected):
    fake_dns["intranet.forum.example"] = ["10.1.2.3"]
    web = scoped_web()
    run = fake_run(web, site(HOME + "en/", scope=scope), tmp_path / "runs.db")
    pages = {p["url"]: p for p in run.pages()}
    in_site = [u for u, p in pages.items() if p["error"] is None]
    assert sorted(paths(in_site)) == sorted(expected)
    if scope == "domain":
        assert "https://events.forum.example/" in pages
        # A public site's subdomain that resolves to a private address is not requested.
        assert pages["https://intranet.forum.example/"]["error"] == "host resolves to a private address; not followed"
    for outside in ("https://elsewhere.example/", "http://10.0.0.5/admin", "http://localhost/",
                    "https://intranet.forum.example/"):
        assert web.requests(outside) == 0, outside


def test_a_redirect_into_a_private_address_is_not_followed(tmp_path):
    web = FakeWeb()
    web.page(HOME, "Home", links=["/router"])
    web.redirect(HOME + "router", "http://192.168.1.1/")
    web.page("http://192.168.1.1/", "Router admin")
    run = fake_run(web, site(), tmp_path / "runs.db")
    errors = {p["url"]: p["error"] for p in run.pages()}
    assert errors[HOME + "router"] == "redirected outside the site to http://192.168.1.1/"
    assert web.requests("http://192.168.1.1/") == 0


# -- robots.txt per host -------------------------------------------------------------------

def test_robots_txt_is_read_per_host_and_a_subdomain_keeps_its_own_rules(tmp_path):
    events = "https://events.forum.example/"
    web = FakeWeb()
    web.raw(HOME + "robots.txt", "User-agent: *\nDisallow: /private/\n")
    web.raw(events + "robots.txt", "User-agent: *\nDisallow: /closed/\n")
    web.page(HOME, "Home", links=["/private/x", "/open", events, events + "private/y", events + "closed/z"])
    for url in (HOME + "private/x", HOME + "open", events, events + "private/y", events + "closed/z"):
        web.page(url, url)
    run = fake_run(web, site(), tmp_path / "runs.db")
    assert sorted(run.urls()) == sorted([HOME, HOME + "open", events, events + "private/y"])
    assert web.requests(HOME + "private/x") == 0 and web.requests(events + "closed/z") == 0
    assert web.requests(HOME + "robots.txt") == 1 and web.requests(events + "robots.txt") == 1


def test_a_subdomain_whose_robots_txt_fails_is_not_crawled_and_the_note_names_it(tmp_path):
    events = "https://events.forum.example/"
    web = FakeWeb()
    web.raw(events + "robots.txt", "down", status=503)
    web.page(HOME, "Home", links=[events, events + "a"])
    web.page(events, "Events")
    web.page(events + "a", "A")
    run = fake_run(web, site(), tmp_path / "runs.db")
    assert run.urls() == [HOME]
    assert web.requests(events) == 0
    assert f"{events}robots.txt answered HTTP 503: treated as disallow-all (RFC 9309)" in run.site()["warnings"]


def test_two_sites_on_one_host_read_its_robots_txt_once(tmp_path):
    web = FakeWeb()
    web.raw(HOME + "robots.txt", "User-agent: *\nDisallow: /a/secret\n")
    for part in ("a", "b"):
        web.page(f"{HOME}{part}/", part, links=[f"/{part}/secret", f"/{part}/open"])
        web.page(f"{HOME}{part}/secret", "secret")
        web.page(f"{HOME}{part}/open", "open")
    config = {"scope": "prefix", "sites": [{"name": "A", "url": HOME + "a/"}, {"name": "B", "url": HOME + "b/"}]}
    run = fake_run(web, config, tmp_path / "runs.db")
    assert sorted(paths(run.urls("a"))) == ["/a/", "/a/open"]
    assert sorted(paths(run.urls("b"))) == ["/b/", "/b/open", "/b/secret"]
    assert web.requests(HOME + "robots.txt") == 1


# -- politeness per host, for the whole run ------------------------------------------------

def test_two_sites_on_one_host_are_spaced_by_the_delay_every_request_included(tmp_path, monkeypatch):
    # All three sites at once, as on a machine of four cores, whatever this one's load
    # (``crawl.load`` starts a run with as many pages in flight as there are cores).
    monkeypatch.setattr(load, "cores", lambda: 4)
    web = FakeWeb()
    web.raw(HOME + "robots.txt", "User-agent: *\nAllow: /\n")
    for part in ("a", "b"):
        web.page(f"{HOME}{part}/", part, links=[f"/{part}/1", f"/{part}/2"])
        web.page(f"{HOME}{part}/1", f"{part} 1")
        web.page(f"{HOME}{part}/2", f"{part} 2")
    web.page("https://other.example/", "Other host", links=["/1", "/2"])
    web.page("https://other.example/1", "o1")
    web.page("https://other.example/2", "o2")
    delay = 0.25
    config = {"scope": "prefix", "delay": delay, "sites": [
        {"name": "A", "url": HOME + "a/"}, {"name": "B", "url": HOME + "b/"},
        {"name": "Other", "url": "https://other.example/"}]}
    run = fake_run(web, config, tmp_path / "runs.db", concurrency=4)
    on_host = sorted(t for t, url in web.log if url.startswith(HOME))
    # robots.txt and three pages per site (/sitemap.xml is outside both prefixes).
    assert len(on_host) == 1 + 6
    gaps = [b - a for a, b in zip(on_host, on_host[1:])]
    assert min(gaps) >= delay * 0.9, gaps
    assert len(run.urls("a")) == len(run.urls("b")) == 3
    # The other host has its own throttle: its first page does not queue behind the shared host.
    other = sorted(t for t, url in web.log if url.startswith("https://other.example/"))
    assert other[0] - web.log[0][0] < delay * 2


def test_a_crawl_delay_in_robots_txt_spaces_the_host_beyond_the_configured_delay(tmp_path):
    web = FakeWeb()
    web.raw(HOME + "robots.txt", "User-agent: *\nCrawl-delay: 0.3\n")
    web.page(HOME, "Home", links=["/a", "/b"])
    web.page(HOME + "a", "A")
    web.page(HOME + "b", "B")
    fake_run(web, site(), tmp_path / "runs.db", concurrency=3)
    times = sorted(t for t, url in web.log if not url.endswith((".txt", ".xml")))
    assert len(times) == 3 and min(b - a for a, b in zip(times, times[1:])) >= 0.27


# -- concurrency and memory ------------------------------------------------------------------

def test_concurrency_bounds_the_pages_in_flight_across_the_whole_run(tmp_path):
    web = FakeWeb()
    sites = []
    for n in range(4):
        base = f"https://site{n}.example/"
        web.page(base, f"Site {n}", links=[f"/p{i}" for i in range(6)])
        for i in range(6):
            web.page(f"{base}p{i}", f"Site {n} page {i}")
        sites.append({"name": f"Site {n}", "url": base})
    run = fake_run(web, {"sites": sites}, tmp_path / "runs.db", concurrency=2, latency=(0.005, 0.02))
    assert run.driver.max_tabs == 2
    assert run.driver.max_open_pages == 2  # both slots used, never more
    assert all(len(run.urls(f"site-{n}")) == 7 for n in range(4))


def test_the_run_says_once_when_every_page_is_gathered_before_the_last_site_is_evaluated(tmp_path, monkeypatch):
    """``run_audit``'s ``crawled`` (``crawl`` starts loading the report's modules then):
    called once, when the last site's pages are all handed to the store and before that
    site's evaluation starts."""
    from barrieraudit import pipeline

    web = FakeWeb()
    sites = []
    for n in range(3):
        base = f"https://site{n}.example/"
        web.page(base, f"Site {n}", links=[f"/p{i}" for i in range(n + 2)])
        for i in range(n + 2):
            web.page(f"{base}p{i}", f"Site {n} page {i}")
        sites.append({"name": f"Site {n}", "url": base})
    evaluated: list[str] = []
    evaluate = pipeline.evaluate_stored_site

    def watched(store, run_id, site_id, *rest):
        evaluated.append(site_id)
        return evaluate(store, run_id, site_id, *rest)

    monkeypatch.setattr(pipeline, "evaluate_stored_site", watched)
    stored: list[int] = []
    calls: list[tuple[int, list[str]]] = []
    run = fake_run(web, {"sites": sites}, tmp_path / "runs.db", concurrency=2, latency=(0.005, 0.02),
                   on_stored=stored.append, crawled=lambda: calls.append((stored[-1], list(evaluated))))
    assert stored[-1] == 3 + 4 + 5
    [(pages, evaluated_then)] = calls
    assert pages == 12
    assert len(evaluated_then) < 3 and sorted(evaluated) == ["site-0", "site-1", "site-2"]
    assert evaluated[-1] not in evaluated_then  # the last site was evaluated after
    assert all(run.site(f"site-{n}")["scores"]["overall"] is not None for n in range(3))


def test_a_site_keeps_page_summaries_not_the_page_artifacts(tmp_path):
    web = FakeWeb()
    web.page(HOME, "Home", links=[f"/p{i}" for i in range(5)])
    for i in range(5):
        web.page(f"{HOME}p{i}", f"Page {i}", "word " * 2000)
    run = fake_run(web, site(), tmp_path / "runs.db")
    crawl = run.crawls["forum"]
    assert len(crawl.pages) == 6 and all(isinstance(p, PageSummary) for p in crawl.pages)
    assert not any(hasattr(p, "dom") or hasattr(p, "axe") for p in crawl.pages)
    # The site was still evaluated from its pages (read back from the store).
    assert run.site()["scores"]["overall"] is not None
    assert crawl.pages[1].content_hash is not None and crawl.pages[1].role == "other"


def test_memory_held_by_the_crawl_does_not_grow_with_the_pages_it_stores(tmp_path):
    """Pages of ~70 KB of text each: a crawl that kept the artifacts it stored would hold
    ~2.5 MB more after page 50 than after page 15; this one holds the same."""
    import gc
    import tracemalloc

    web = FakeWeb()
    web.page(HOME, "Home", links=[f"/p{i}" for i in range(59)])
    for i in range(59):
        web.page(f"{HOME}p{i}", f"Page {i}", f"page {i} " + "lorem ipsum dolor " * 4_000)
    held: dict[int, int] = {}

    def measure(stored: int) -> None:
        if stored in (15, 50):
            gc.collect()
            held[stored] = tracemalloc.get_traced_memory()[0]
        if stored == 50:
            tracemalloc.stop()  # the rest of the run (its evaluation) at full speed

    tracemalloc.start()
    try:
        run = fake_run(web, site(max_pages=60), tmp_path / "runs.db", concurrency=2, on_stored=measure)
    finally:
        tracemalloc.stop()
    assert len(run.urls()) == 60
    page_size = len(web.lookup(f"{HOME}p1").text)
    assert page_size > 70_000
    # 35 pages stored between the two measures: keeping them would hold at least 35
    # pages' texts more (+2.5 MB measured with the crawler patched to keep its records).
    # What may differ between two moments is bounded: up to 2N-1 = 3 visits in flight,
    # each with ~2 copies of its text, and 4 writes queued to the store: ~10 pages.
    assert held[50] - held[15] < 15 * page_size, held


def test_a_failing_start_page_fails_the_site_with_its_reason(tmp_path):
    web = FakeWeb()
    web.add(HOME, FakePage(error="connection refused"))
    run = fake_run(web, site(), tmp_path / "runs.db")
    assert (run.site()["status"], run.site()["error"]) == ("failed", "start page: connection refused")


def test_the_run_politeness_state_is_plain_data_that_pickles_after_use():
    import asyncio
    import pickle

    from fake_driver import FakeDriver

    from barrieraudit.crawl.politeness import Politeness

    web = FakeWeb()
    web.raw(HOME + "robots.txt", "User-agent: *\nCrawl-delay: 2\nDisallow: /x\n")
    politeness = Politeness()

    async def use() -> None:
        session = await FakeDriver(web).open_session("ua", block_private=True)
        await politeness.robots(HOME + "a", session, 0.0)
        await politeness.pace(HOME + "a", 0.0)

    asyncio.run(use())
    copy = pickle.loads(pickle.dumps(politeness))
    assert copy.known_robots(HOME).crawl_delay == 2.0 and not copy.known_robots(HOME).allowed(HOME + "x")
    assert copy.minimum_delay(HOME + "a", 0.5) == 2.0  # Crawl-delay wins over the smaller delay


def test_the_links_of_a_page_with_thousands_are_examined_off_the_event_loop(tmp_path, monkeypatch):
    import threading

    examined_on: set[str] = set()
    real_role = crawl_site.link_role

    def watched_role(text: str, url: str) -> str | None:
        examined_on.add(threading.current_thread().name)
        return real_role(text, url)

    monkeypatch.setattr(crawl_site, "link_role", watched_role)
    web = FakeWeb()
    sessions = [(f"/session/{i}", f"Session {i}") for i in range(3000)]
    web.page(HOME, "Programme", links=[*sessions, ("/register", "Register")])
    web.page(HOME + "register", "Registration")
    run = fake_run(web, site(max_pages=2), tmp_path / "runs.db")
    assert paths(run.urls()) == ["/", "/register"]  # the links were taken in, roles and all
    assert threading.main_thread().name not in examined_on and examined_on
