"""Scripted steps (``flows:``): the config's checks, and flows run over the fake driver.

The config tests pin the one-line errors a user sees; the fake-driver tests run whole
runs (``run_audit``, the store and the evaluation included) and look at what was
stored: the flow's pages with their labels, a failed step as the site's error, and
a secret from the environment nowhere in the store. The browser side is in
``test_flows_browser.py``.
"""

from __future__ import annotations

import json
import sqlite3
import zlib

import pytest
from fake_driver import FakePage, FakeWeb, fake_run

from barrieraudit.config import parse_config
from barrieraudit.crawl import site as crawl_site
from barrieraudit.crawl.flows import flow_page_url, url_matcher
from barrieraudit.errors import ConfigError
from barrieraudit.results import build_results, validate_results
from barrieraudit.steps import Step, expand, parse_step, redact

HOME = "https://forum.example/"
SECRET = "s3cret pass/word&more"


@pytest.fixture(autouse=True)
def fake_dns(monkeypatch):
    async def resolve(host: str) -> list[str]:
        return ["93.184.216.34"]

    monkeypatch.setattr(crawl_site, "host_addresses", resolve)


@pytest.fixture(autouse=True)
def quick_ranking(monkeypatch):
    from barrieraudit import pipeline

    monkeypatch.setattr(pipeline, "rank_intervals", lambda components, scoring: {})


def config(*flows, **site) -> dict:
    return {"sites": [{"name": "Forum", "url": HOME, "flows": list(flows), **site}]}


def flow(name: str, *steps) -> dict:
    return {"name": name, "steps": list(steps)}


def config_error(data: dict) -> str:
    with pytest.raises(ConfigError) as caught:
        parse_config(data, "forum.yaml")
    message = str(caught.value)
    assert "\n" not in message
    return message


# -- the config ------------------------------------------------------------------------------

def test_every_step_kind_parses_to_what_it_says():
    parsed = parse_config(config(flow("all",
        {"navigate": "/register"}, {"click": "#next"}, {"fill": {"selector": "#name", "value": "Ada"}},
        {"select": {"selector": "#country", "value": "KE"}}, {"check": "#terms"}, {"uncheck": "#news"},
        {"wait_for": {"selector": "h1"}}, {"wait_for": {"url": "/step-2", "timeout": 5}}, {"audit": "step-2"})))
    steps = parsed.sites[0].flows[0].actions()
    assert steps == [Step("navigate", url="/register"), Step("click", selector="#next"),
                     Step("fill", selector="#name", value="Ada"), Step("select", selector="#country", value="KE"),
                     Step("check", selector="#terms"), Step("uncheck", selector="#news"),
                     Step("wait_for", selector="h1"), Step("wait_for", url="/step-2", timeout=5.0),
                     Step("audit", name="step-2")]


def test_an_unknown_step_kind_names_the_flow_and_the_step_number_and_suggests_one():
    message = config_error(config(flow("login", {"navigate": "/login"}, {"clik": "#go"}, {"audit": "a"})))
    assert "flow 'login', step 2: unknown step 'clik' (did you mean 'click'?)" in message
    assert message.startswith("forum.yaml: ")


def test_an_unknown_key_of_a_step_names_it():
    message = config_error(config(flow("login", {"fill": {"selector": "#pw", "valeu": "x"}}, {"audit": "a"})))
    assert "flow 'login', step 1: fill has an unknown key 'valeu' (did you mean 'value'?)" in message


@pytest.mark.parametrize(("step", "said"), [
    ({"fill": {"selector": "#pw"}}, "fill is missing 'value'"),
    ({"fill": "#pw"}, "fill needs a mapping: {selector: ..., value: ...}"),
    ({"wait_for": {"selector": "h1", "url": "/x"}}, "wait_for needs exactly one of"),
    ({"wait_for": "h1"}, "wait_for needs a mapping: {selector: ...} or {url: ...}"),
    ({"click": ""}, "click needs a CSS selector; it is empty"),
    ({"click": "#a", "fill": {"selector": "#b", "value": "c"}}, "a step is a mapping with one key"),
    ("click", "'click' needs a value"),
    ({"audit": "step two"}, "audit name 'step two' must be"),
    ({"fill": {"selector": "#pw", "value": "${not a name}"}}, "invalid environment variable"),
])
def test_a_malformed_step_is_one_line_naming_flow_and_step(step, said):
    message = config_error(config(flow("signup", {"navigate": "/"}, step, {"audit": "end"})))
    assert "flow 'signup', step 2: " in message and said in message


def test_a_typo_in_a_flows_key_suggests_the_flows_key():
    assert "unknown key 'sites.0.flows.0.stpes' (did you mean 'steps'?)" in config_error(
        config({"name": "login", "stpes": [{"audit": "a"}]}))
    assert "unknown key 'sites.0.flows.0.timout' (did you mean 'timeout'?)" in config_error(
        config({"name": "login", "steps": [{"audit": "a"}], "timout": 3}))
    assert "unknown key 'sites.0.flow' (did you mean 'flows'?)" in config_error(
        {"sites": [{"name": "Forum", "url": HOME, "flow": []}]})
    assert "flow name 'log in' must be letters, digits" in config_error(config(flow("log in", {"audit": "a"})))


def test_a_flow_without_an_audit_step_is_refused():
    assert "flow 'login' has no audit step" in config_error(config(flow("login", {"navigate": "/login"})))


def test_two_flows_of_one_name_and_two_audits_of_one_name_are_refused():
    twice = flow("login", {"audit": "a"})
    assert "flow name 'login' is used twice" in config_error(config(twice, twice))
    assert "audit 'a' is named twice" in config_error(config(flow("x", {"audit": "a"}, {"audit": "a"})))


def test_a_navigate_outside_the_site_is_a_config_error_under_the_sites_scope():
    message = config_error(config(flow("login", {"navigate": "https://elsewhere.example/login"}, {"audit": "a"})))
    assert "site 'Forum', flow 'login', step 1: navigate to https://elsewhere.example/login leaves the site" in message
    # A subdomain is inside the default scope (domain), not inside scope: host.
    inside = config(flow("login", {"navigate": "https://accounts.forum.example/"}, {"audit": "a"}))
    assert parse_config(inside).sites[0].flows
    assert "leaves the site" in config_error({**inside, "scope": "host"})
    assert "navigate needs an http(s) URL" in config_error(config(flow("x", {"navigate": "mailto:a@b.c"},
                                                                       {"audit": "a"})))


def test_the_stored_config_keeps_the_variable_not_its_value(monkeypatch):
    monkeypatch.setenv("FORUM_PASSWORD", SECRET)
    parsed = parse_config(config(flow("login", {"fill": {"selector": "#pw", "value": "${FORUM_PASSWORD}"}},
                                      {"audit": "a"})))
    dumped = json.dumps(parsed.model_dump(mode="json"))
    assert "${FORUM_PASSWORD}" in dumped and SECRET not in dumped


def test_expand_reads_variables_and_reports_what_it_read(monkeypatch):
    monkeypatch.setenv("USER_NAME", "ada")
    monkeypatch.setenv("PASS", SECRET)
    assert expand("${USER_NAME}:${PASS}") == (f"ada:{SECRET}", ["ada", SECRET])
    assert expand("plain") == ("plain", [])


def test_redact_strikes_every_form_of_a_secret_out_of_nested_data():
    record = {"url": "https://f.example/login?pw=s3cret+pass%2Fword%26more", "dom": {"text": [f"echo {SECRET}"]},
              "n": 3}
    assert redact(record, [SECRET]) == {"url": "https://f.example/login?pw=[secret]",
                                        "dom": {"text": ["echo [secret]"]}, "n": 3}


def test_wait_for_url_matches_paths_full_urls_and_wildcards():
    assert url_matcher(HOME, "/account")("https://forum.example/account#top")
    assert not url_matcher(HOME, "/account")("https://forum.example/account/edit")
    assert url_matcher(HOME, "/account/*")("https://forum.example/account/edit?x=1")
    assert url_matcher(HOME, "https://forum.example/done")("https://forum.example/done")


def test_parse_step_step_description_never_shows_a_typed_value():
    step = parse_step({"fill": {"selector": "#pw", "value": "${PASS}"}})
    assert step.describe() == "fill '#pw'" and step.variables() == ["PASS"]


# -- flows over the fake driver -----------------------------------------------------------------

def forum_web() -> FakeWeb:
    web = FakeWeb()
    web.page(HOME, "Forum home", "Welcome.", ["/about"])
    web.page(HOME + "about", "About the forum", "About us.")
    web.add(HOME + "login", FakePage(title="Log in", text="Log in to your account.",
                                     fields={"#user": "text", "#pw": "password"}, buttons={"#go": "/account"}))
    web.add(HOME + "account", FakePage(title="Your account", text="Your registrations.", echo=True,
                                       buttons={"#out": "https://elsewhere.example/"}))
    web.add(HOME + "register", FakePage(title="Register: step 1", text="Your name.",
                                        fields={"#name": "text", "#code": "text"}, buttons={"#next": "/register/2"}))
    web.add(HOME + "register/2", FakePage(title="Register: step 2", text="Your needs.", echo=True,
                                          fields={"#needs": "text"}, buttons={"#next": "/register/done"}))
    web.page(HOME + "register/done", "Registered", "Thank you.")
    return web


LOGIN = flow("login", {"navigate": "/login"}, {"fill": {"selector": "#user", "value": "ada"}},
             {"fill": {"selector": "#pw", "value": "${FORUM_PASSWORD}"}}, {"click": "#go"}, {"audit": "account"})
REGISTER = flow("registration", {"navigate": "/register"}, {"audit": "step-1"},
                {"fill": {"selector": "#name", "value": "Ada"}}, {"click": "#next"}, {"audit": "step-2"},
                {"click": "#next"}, {"audit": "done"})


def stored_bytes(db) -> bytes:
    """Everything in the database file, page artifacts decompressed."""
    connection = sqlite3.connect(db)
    text = [json.dumps(row, default=str) for table in ("runs", "sites", "findings")
            for row in connection.execute(f"SELECT * FROM {table}")]  # noqa: S608 -- fixed names
    text += [zlib.decompress(blob).decode() for (blob,) in connection.execute("SELECT artifacts FROM pages")]
    text += [json.dumps(row) for row in connection.execute("SELECT url, error, summary FROM pages")]
    connection.close()
    return "\n".join(text).encode() + db.read_bytes()


def test_flows_audit_their_pages_as_pages_of_the_site_with_flow_labels(tmp_path, monkeypatch):
    monkeypatch.setenv("FORUM_PASSWORD", SECRET)
    run = fake_run(forum_web(), config(LOGIN, REGISTER), tmp_path / "runs.db")
    urls = run.urls()
    assert urls[:2] == [HOME, HOME + "about"]  # the crawl first, as without flows
    assert urls[2:] == [HOME + "account#flow=login/account", HOME + "register#flow=registration/step-1",
                        HOME + "register/2#flow=registration/step-2",
                        HOME + "register/done#flow=registration/done"]
    pages = run.pages()
    assert [p["flow"] for p in pages[2:]] == [
        {"name": "login", "audit": "account", "step": 5}, {"name": "registration", "audit": "step-1", "step": 2},
        {"name": "registration", "audit": "step-2", "step": 5}, {"name": "registration", "audit": "done", "step": 7}]
    assert pages[2]["final_url"] == HOME + "account" and pages[2]["title"] == "Your account"
    assert pages[2]["role"] != "home"
    # Each flow had a page of its own, closed after it; the steps ran in order.
    assert [f.steps for f in run.driver.flows][0] == [
        ("navigate", HOME + "login"), ("fill", "#user"), ("fill", "#pw"), ("click", "#go"),
        ("audit", HOME + "account")]
    assert all(f.closed for f in run.driver.flows)
    site = run.site()
    assert site["status"] == "ok"
    results = build_results(run.store, run.run_id)
    validate_results(results)
    result_pages = {p["url"]: p for p in results["sites"][0]["pages"]}
    assert result_pages[HOME + "register/2#flow=registration/step-2"]["flow"]["audit"] == "step-2"
    assert "flow" not in result_pages[HOME]


def test_a_secret_is_struck_out_of_stored_pages_and_never_reaches_the_store(tmp_path, monkeypatch):
    monkeypatch.setenv("FORUM_PASSWORD", SECRET)
    db = tmp_path / "runs.db"
    run = fake_run(forum_web(), config(LOGIN), db)
    account = run.pages()[-1]
    assert "You entered: ada [secret]" in account["dom"]["text"]  # the page echoed it; the record does not
    results = json.dumps(build_results(run.store, run.run_id))
    run.store.close()
    assert SECRET.encode() not in stored_bytes(db)
    assert SECRET not in results
    assert b"${FORUM_PASSWORD}" in stored_bytes(db)  # the stored config names the variable
    # Typed into a password field (shown masked), the screenshot is still taken.
    assert run.driver.flows[0].screenshots == [True]


def test_a_secret_typed_into_a_visible_field_stops_that_flows_screenshots(tmp_path, monkeypatch):
    monkeypatch.setenv("INVITE_CODE", SECRET)
    registration = flow("registration", {"navigate": "/register"}, {"audit": "step-1"},
                        {"fill": {"selector": "#code", "value": "${INVITE_CODE}"}}, {"click": "#next"},
                        {"audit": "step-2"})
    run = fake_run(forum_web(), config(registration), tmp_path / "runs.db")
    assert run.driver.flows[0].screenshots == [True, False]
    assert "no screenshot: the flow typed a secret" in run.pages()[-1]["warnings"][-1]


def test_a_failing_step_stops_its_flow_as_a_site_error_and_the_rest_is_audited(tmp_path, monkeypatch):
    monkeypatch.setenv("FORUM_PASSWORD", SECRET)
    broken = flow("broken", {"navigate": "/register"}, {"audit": "step-1"},
                  {"fill": {"selector": "#missing", "value": "${FORUM_PASSWORD}"}}, {"audit": "never"})
    run = fake_run(forum_web(), config(broken, LOGIN), tmp_path / "runs.db")
    site = run.site()
    assert site["status"] == "partial"
    assert site["error"] == ("flow 'broken', step 3 (fill '#missing'): no visible, enabled element matches "
                             "'#missing' within 10 s")
    # The crawl's pages, the broken flow's audit before the failure, and the next flow.
    assert run.urls() == [HOME, HOME + "about", HOME + "register#flow=broken/step-1",
                          HOME + "account#flow=login/account"]


def test_a_click_that_leaves_the_site_stops_the_flow(tmp_path, monkeypatch):
    monkeypatch.setenv("FORUM_PASSWORD", SECRET)
    leaving = {**LOGIN, "steps": [*LOGIN["steps"], {"click": "#out"}, {"audit": "outside"}]}
    run = fake_run(forum_web(), config(leaving), tmp_path / "runs.db")
    assert run.site()["error"] == ("flow 'login', step 6 (click '#out'): redirected outside the site to "
                                   "https://elsewhere.example/")
    assert run.urls()[-1] == HOME + "account#flow=login/account"


def test_a_flow_without_navigate_starts_on_the_sites_url_and_a_404_is_an_error(tmp_path):
    run = fake_run(forum_web(), config(flow("home", {"audit": "start"}),
                                       flow("gone", {"navigate": "/nowhere"}, {"audit": "x"})), tmp_path / "r.db")
    assert run.urls()[-1] == HOME + "#flow=home/start"
    assert run.site()["error"] == "flow 'gone', step 1 (navigate /nowhere): the page answered HTTP 404"


def test_a_missing_environment_variable_stops_the_run_before_any_page(tmp_path, monkeypatch):
    monkeypatch.delenv("FORUM_PASSWORD", raising=False)
    web = forum_web()
    with pytest.raises(ConfigError, match=r"^environment variable FORUM_PASSWORD is not set \(site 'Forum', "
                                          r"flow 'login', step 3 reads it\)$"):
        fake_run(web, config(LOGIN), tmp_path / "runs.db")
    assert web.log == []


def test_flow_page_url_keeps_the_landed_address_and_names_flow_and_audit():
    assert flow_page_url("https://f.example/a?x=1#top", "login", "account") == \
        "https://f.example/a?x=1#flow=login/account"


def test_the_command_line_refuses_a_missing_variable_in_one_line_before_any_request(tmp_path):
    import os
    import subprocess
    import sys

    import yaml
    from fixture_sites import FixtureSite

    with FixtureSite() as site:
        site.page("/", "Forum").page("/login", "Log in")
        config_path = tmp_path / "forum.yaml"
        config_path.write_text(yaml.safe_dump({"sites": [{"name": "Forum", "url": site.url, "flows": [LOGIN]}]}))
        env = {k: v for k, v in os.environ.items() if k != "FORUM_PASSWORD"}
        result = subprocess.run([sys.executable, "-m", "barrieraudit", "crawl", str(config_path),
                                 "--db", str(tmp_path / "runs.db"), "--out", str(tmp_path / "out")],
                                capture_output=True, text=True, env=env, timeout=300)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [
            "error: environment variable FORUM_PASSWORD is not set (site 'Forum', flow 'login', step 3 reads it)"]
        assert site.log == []


def test_a_resumed_run_does_not_audit_a_flows_stored_pages_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FORUM_PASSWORD", SECRET)
    web, db = forum_web(), tmp_path / "runs.db"
    # Stopped as the login flow's page (the third page) is handed to the store.
    first = fake_run(web, config(LOGIN, REGISTER), db, stop_after=3)
    assert first.store.get_run(first.run_id)["status"] == "interrupted"
    assert first.urls() == [HOME, HOME + "about", HOME + "account#flow=login/account"]
    resumed = fake_run(web, config(LOGIN, REGISTER), db, resume=first.run_id)
    assert resumed.urls() == [HOME, HOME + "about", HOME + "account#flow=login/account",
                              HOME + "register#flow=registration/step-1", HOME + "register/2#flow=registration/step-2",
                              HOME + "register/done#flow=registration/done"]
    # Only the registration flow ran again; the login flow's audit was stored already.
    assert [f.steps[0] for f in resumed.driver.flows] == [("navigate", HOME + "register")]
    assert resumed.site()["status"] == "ok"


def test_a_navigate_step_obeys_robots_txt_unless_the_site_says_not_to(tmp_path, monkeypatch):
    monkeypatch.setenv("FORUM_PASSWORD", SECRET)
    web = forum_web().raw(HOME + "robots.txt", "User-agent: *\nDisallow: /login\n")
    run = fake_run(web, config(LOGIN), tmp_path / "obeyed.db")
    assert run.site()["error"] == ("flow 'login', step 1 (navigate /login): robots.txt disallows it for "
                                   "barrieraudit (a site's owner can set respect_robots: false)")
    assert HOME + "login" not in web.visits
    run = fake_run(web, config(LOGIN, respect_robots=False), tmp_path / "own.db")
    assert run.site()["status"] == "ok" and run.urls()[-1] == HOME + "account#flow=login/account"
