"""Deterministic crawl: the same site and settings give the same pages in the same
order, whatever the concurrency, the timing, or a stop and resume (issue 9, item 4).

Runs on the fake driver over generated sites (``realistic_sites``) with random page
latencies, so the visits finish in a different order in every run.
"""

from __future__ import annotations

import pytest
from fake_driver import FakeWeb, fake_run
from realistic_sites import realistic_site

from barrieraudit.crawl import site as crawl_site

BASE = "https://forum.example/"
BUDGET = 25


@pytest.fixture(autouse=True)
def public_dns(monkeypatch):
    async def resolve(host: str) -> list[str]:
        return ["93.184.216.34"]

    monkeypatch.setattr(crawl_site, "host_addresses", resolve)


@pytest.fixture(autouse=True)
def quick_ranking(monkeypatch):
    """The rank sensitivity analysis (~1 s a run) is not what these tests look at."""
    from barrieraudit import pipeline

    monkeypatch.setattr(pipeline, "rank_intervals", lambda components, scoring: {})


def crawl_sequence(run, site_id: str | None = None) -> list[tuple]:
    """What the crawl decided, page by page in stored order."""
    return [(p["url"], p["final_url"], p["role"], p["depth"], p["found_on"], tuple(p["link_texts"]))
            for p in run.pages(site_id)]


@pytest.fixture(scope="module")
def web() -> FakeWeb:
    return realistic_site(FakeWeb(), BASE, seed=7)


@pytest.fixture(scope="module")
def sequential(web, tmp_path_factory) -> list[tuple]:
    """The reference: one page at a time, no latency."""
    monkey = pytest.MonkeyPatch()

    async def resolve(host: str) -> list[str]:
        return ["93.184.216.34"]

    monkey.setattr(crawl_site, "host_addresses", resolve)
    try:
        run = fake_run(web, {"max_pages": BUDGET, "sites": [{"name": "Forum", "url": BASE}]},
                       tmp_path_factory.mktemp("seq") / "runs.db", concurrency=1)
    finally:
        monkey.undo()
    return crawl_sequence(run)


def test_the_reference_crawl_reaches_participation_pages_and_skips_duplicates(sequential):
    urls = [u for u, *_ in sequential]
    roles = [role for _, _, role, *_ in sequential]
    # BUDGET audited pages and the page that answers 404, which costs no budget.
    assert len(urls) == BUDGET + 1 and urls[0] == BASE and roles[0] == "home"
    assert {"registration", "fees", "support", "remote", "accessibility", "language"} <= set(roles)
    # No page twice under another form, and robots.txt's /register/form is not crawled.
    keys = {u.rstrip("/").removesuffix("/index.html") for u in urls}
    assert len(keys) == BUDGET + 1
    assert BASE + "register/form" not in urls and BASE + "programme/print" not in urls


@pytest.mark.parametrize("concurrency", [1, 2, 4])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_pages_in_the_same_order_at_any_concurrency_and_timing(web, sequential, tmp_path, concurrency, seed):
    run = fake_run(web, {"max_pages": BUDGET, "sites": [{"name": "Forum", "url": BASE}]}, tmp_path / "runs.db",
                   concurrency=concurrency, latency=(0.0, 0.02), seed=seed)
    assert crawl_sequence(run) == sequential
    # The generated home page links one page that answers 404.
    assert (run.site()["status"], run.site()["error"]) == ("partial", f"1 of {BUDGET + 1} pages could not be audited")


@pytest.mark.parametrize(("stop_after", "seed"), [(1, 11), (4, 12), (13, 13), (24, 14)])
def test_a_stopped_crawl_stored_a_prefix_and_resumes_to_the_same_sequence(web, sequential, tmp_path,
                                                                           stop_after, seed):
    config = {"max_pages": BUDGET, "sites": [{"name": "Forum", "url": BASE}]}
    db = tmp_path / "runs.db"
    first = fake_run(web, config, db, concurrency=4, latency=(0.0, 0.02), seed=seed, stop_after=stop_after)
    stored = crawl_sequence(first)
    assert first.store.get_run(first.run_id)["status"] == "interrupted"
    assert len(stored) >= stop_after and stored == sequential[:len(stored)]
    web.log.clear()
    web.visits.clear()
    resumed = fake_run(web, config, db, concurrency=2, latency=(0.0, 0.02), seed=seed + 100, resume=first.run_id)
    assert resumed.run_id == first.run_id
    assert crawl_sequence(resumed) == sequential
    # The pages stored before the stop were not loaded again. (A duplicate found before
    # the stop is not stored, so it is visited once more; its redirect may reach a
    # stored page, which is why this looks at visits, not at every request.)
    assert not set(web.visits) & {url for url, *_ in stored}


def test_two_sites_in_one_run_each_crawl_as_when_alone(web, sequential, tmp_path):
    realistic_site(web, "https://summit.example/", seed=8)
    config = {"max_pages": BUDGET, "sites": [{"name": "Forum", "url": BASE},
                                             {"name": "Summit", "url": "https://summit.example/"}]}
    together = fake_run(web, config, tmp_path / "together.db", concurrency=4, latency=(0.0, 0.02), seed=5)
    alone = fake_run(web, {"max_pages": BUDGET, "sites": [{"name": "Summit", "url": "https://summit.example/"}]},
                     tmp_path / "alone.db", concurrency=1)
    assert crawl_sequence(together, "forum") == sequential
    assert crawl_sequence(together, "summit") == crawl_sequence(alone)


def test_speculative_visits_outranked_by_later_discoveries_are_discarded_not_stored(tmp_path):
    web = FakeWeb()
    # The home page links five plain pages; /a (the first of them, and fast) links the
    # registration page, which outranks the others: at concurrency 3 the lookahead holds
    # /a to /e, and the slowest of them fall out of it once /register appears.
    web.page(BASE, "Home", links=["/a", "/b", "/c", "/d", "/e"])
    web.page(BASE + "a", "A", links=[("/register", "Register")], latency=0.0)
    for path in "bcde":
        web.page(BASE + path, path.upper(), latency=0.05)
    web.page(BASE + "register", "Registration", latency=0.0)
    run = fake_run(web, {"max_pages": 4, "sites": [{"name": "Forum", "url": BASE}]}, tmp_path / "runs.db",
                   concurrency=3)
    assert [u.rsplit("/", 1)[1] for u in run.urls()] == ["", "a", "register", "b"]
    stats = run.crawls["forum"].stats
    assert stats.discarded >= 1
    alone = fake_run(web, {"max_pages": 4, "sites": [{"name": "Forum", "url": BASE}]}, tmp_path / "seq.db",
                     concurrency=1)
    assert run.urls() == alone.urls() and alone.crawls["forum"].stats.discarded == 0
