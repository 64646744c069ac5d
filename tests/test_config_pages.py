"""A site's ``pages:`` and ``sitemaps:``, over the fake driver: listed pages are
audited first, besides what the crawl finds; a named sitemap seeds the crawl besides
/sitemap.xml and robots.txt's; and the command line's overrides of the config."""

from __future__ import annotations

import pytest
from fake_driver import FakeWeb, fake_run

from barrieraudit.config import parse_config, with_overrides
from barrieraudit.crawl import site as crawl_site
from barrieraudit.errors import ConfigError

HOME = "https://forum.example/"


@pytest.fixture(autouse=True)
def fake_dns(monkeypatch):
    async def resolve(host: str) -> list[str]:
        return ["93.184.216.34"]

    monkeypatch.setattr(crawl_site, "host_addresses", resolve)


@pytest.fixture(autouse=True)
def quick_ranking(monkeypatch):
    from barrieraudit import pipeline

    monkeypatch.setattr(pipeline, "rank_intervals", lambda components, scoring: {})


def paths(urls: list[str]) -> list[str]:
    return ["/" + u.split("/", 3)[3] for u in urls]


def forum() -> FakeWeb:
    web = FakeWeb()
    web.page(HOME, "Home", links=["/register", "/programme", "/about"])
    for path in ("register", "programme", "about", "unlinked/fees", "orphan"):
        web.page(HOME + path, path.title())
    return web


@pytest.mark.parametrize("concurrency", [1, 3])
def test_listed_pages_come_right_after_the_start_page_in_their_order_and_fit_the_budget(tmp_path, concurrency):
    config = {"sites": [{"name": "Forum", "url": HOME, "max_pages": 4,
                         "pages": ["/orphan", HOME + "unlinked/fees"]}]}
    run = fake_run(forum(), config, tmp_path / "runs.db", concurrency=concurrency)
    # Neither listed page is linked from anywhere; both are audited before the linked
    # registration page, which would otherwise come first.
    assert paths(run.urls()) == ["/", "/orphan", "/unlinked/fees", "/register"]
    assert run.site()["warnings"] == []


def test_listed_pages_beyond_the_budget_are_named_in_a_warning(tmp_path):
    config = {"sites": [{"name": "Forum", "url": HOME, "max_pages": 2, "pages": ["/orphan", "/unlinked/fees"]}]}
    run = fake_run(forum(), config, tmp_path / "runs.db")
    assert paths(run.urls()) == ["/", "/orphan"]
    assert ("1 page listed in pages not audited: max_pages (2) was spent first (first: "
            f"{HOME}unlinked/fees)") in run.site()["warnings"]


def test_a_listed_page_robots_txt_disallows_is_not_audited_and_said_so(tmp_path):
    web = forum()
    web.raw(HOME + "robots.txt", "User-agent: *\nDisallow: /orphan\n")
    run = fake_run(web, {"sites": [{"name": "Forum", "url": HOME, "pages": ["/orphan"]}]}, tmp_path / "runs.db")
    assert "/orphan" not in paths(run.urls())
    assert web.requests(HOME + "orphan") == 0
    assert any("orphan (listed in pages) is disallowed by robots.txt" in w for w in run.site()["warnings"])


def test_a_named_sitemap_seeds_the_crawl_besides_the_links(tmp_path):
    web = forum()
    web.raw(HOME + "maps/events.xml", "<urlset><url><loc>https://forum.example/orphan</loc></url></urlset>",
            "application/xml")
    plain = fake_run(web, {"sites": [{"name": "Forum", "url": HOME}]}, tmp_path / "plain.db")
    seeded = fake_run(web, {"sites": [{"name": "Forum", "url": HOME, "sitemaps": "/maps/events.xml"}]},
                      tmp_path / "seeded.db")
    assert "/orphan" not in paths(plain.urls())
    assert sorted(paths(seeded.urls())) == ["/", "/about", "/orphan", "/programme", "/register"]


def test_an_unreadable_named_sitemap_is_a_warning_not_a_failure(tmp_path):
    run = fake_run(forum(), {"sites": [{"name": "Forum", "url": HOME, "sitemaps": ["/maps/missing.xml"]}]},
                   tmp_path / "runs.db")
    assert run.site()["status"] == "ok"
    assert f"sitemap {HOME}maps/missing.xml unreadable (HTTP 404)" in run.site()["warnings"]


# -- the config and the command line's overrides ----------------------------------------------

def config(**run) -> dict:
    return {**run, "sites": [{"name": "Forum", "url": HOME, "max_pages": 40, "delay": 3},
                             {"name": "Other", "url": "https://other.example/en/", "scope": "prefix"}]}


def test_pages_and_sitemaps_may_be_paths_of_the_site_and_must_be_inside_it():
    parsed = parse_config({"sites": [{"name": "Forum", "url": HOME + "en/", "pages": ["/fees", HOME + "fees"],
                                      "sitemaps": "/s.xml"}]})
    assert parsed.sites[0].pages == [HOME + "fees"]  # the same page twice is one
    assert parsed.sites[0].sitemaps == [HOME + "s.xml"]
    with pytest.raises(ConfigError, match=r"^f: sites\.0\.pages: https://elsewhere\.example/ is outside the site "
                                          r"\(scope domain of https://forum\.example/\)$"):
        parse_config({"sites": [{"name": "F", "url": HOME, "pages": ["https://elsewhere.example/"]}]}, "f")
    with pytest.raises(ConfigError, match=r"sites\.0\.sitemaps: https://other\.example/s\.xml is outside the site "
                                          r"\(scope prefix of https://other\.example/en/\)"):
        parse_config({"sites": [{"name": "O", "url": "https://other.example/en/", "scope": "prefix",
                                 "sitemaps": ["/s.xml"]}]}, "f")


def test_command_line_overrides_apply_to_every_site_over_the_file():
    parsed = parse_config(config(max_pages=10, delay=1, concurrency=2))
    overridden = with_overrides(parsed, max_pages=3, delay=0, concurrency=8,
                                sitemaps=["https://other.example/en/sitemap.xml"])
    assert [overridden.site_settings(s).max_pages for s in overridden.sites] == [3, 3]
    assert [overridden.site_settings(s).delay for s in overridden.sites] == [0, 0]
    assert overridden.concurrency == 8
    assert [s.sitemaps for s in overridden.sites] == [[], ["https://other.example/en/sitemap.xml"]]
    # The file's config is left as it was; without options nothing changes.
    assert [parsed.site_settings(s).max_pages for s in parsed.sites] == [40, 10]
    assert with_overrides(parsed) == parsed


def test_a_sitemap_option_inside_no_site_is_refused():
    with pytest.raises(ConfigError, match=r"^--sitemap https://third\.example/s\.xml is inside none of the "
                                          r"config's sites$"):
        with_overrides(parse_config(config()), sitemaps=["https://third.example/s.xml"])
