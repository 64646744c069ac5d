"""Scripted steps in real Chromium: a login and a three-step registration form.

The fixture site (127.0.0.1) only lets a browser through the way a person gets
through: the private page needs the session cookie a POST of the right password sets
(the password comes from an environment variable), and each step page of the form is
only served as the answer to a POST of the previous step whose fields the server
checks. The run goes through the command line, as a user runs it; then results.json,
every output file and every row of the database are searched for the password.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import subprocess
import sys
import threading
import zlib
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from fixture_sites import FixtureSite, html_page

PASSWORD = "Tr0ub4dor&3 horse/staple"  # spaces, '&' and '/': URL-encoded forms differ from it
INVITE_CODE = "INV-7731-KQZ"  # typed into a plain text field, and shown back by the next step


class RegistrationSite:
    """A forum with a login and a three-step registration form; ``log`` records what the
    server decided (logins, the form's steps) so tests can see the checks passed."""

    def __init__(self, outside: str) -> None:
        self.outside = outside  # a URL of another site, linked from the account page
        self.sessions: set[str] = set()
        self.log: list[str] = []
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    # -- pages ---------------------------------------------------------------------------
    def home(self) -> str:
        return html_page("Forum on participation", '<p>Welcome.</p><ul><li><a href="/about">About</a></li>'
                         '<li><a href="/login">Log in</a></li><li><a href="/register">Register</a></li>'
                         '<li><a href="/account">Your account</a></li></ul>')

    @staticmethod
    def login(message: str = "") -> str:
        return html_page("Log in", f"<p>{escape(message)}</p>"
                         '<form method="post" action="/login">'
                         '<label for="email">Email</label><input id="email" name="email" type="email">'
                         '<label for="password">Password</label><input id="password" name="password" type="password">'
                         '<button type="submit" id="log-in">Log in</button></form>')

    def account(self, email: str) -> str:
        # A barrier only a logged-in auditor can see: a button with no name.
        return html_page("Your account", f"<p>Logged in as {escape(email)}.</p>"
                         '<button type="button" class="icon-only"></button>'
                         f'<p><a id="partner" href="{self.outside}">Our partner</a></p>')

    @staticmethod
    def step1() -> str:
        return html_page("Registration, step 1 of 3", '<form method="post" action="/register/step2">'
                         '<label for="name">Full name</label><input id="name" name="name" required>'
                         '<label for="country">Country</label><select id="country" name="country">'
                         '<option value="">Choose…</option><option value="KE">Kenya</option>'
                         '<option value="NP">Nepal</option></select>'
                         '<label for="invite">Invitation code</label><input id="invite" name="invite">'
                         '<button type="submit" id="next">Next</button></form>')

    @staticmethod
    def step2(name: str, country: str, invite: str) -> str:
        # Barrier: a text field with no label. The page shows the invitation code back.
        return html_page("Registration, step 2 of 3", f"<p>Welcome {escape(name)} ({escape(country)}).</p>"
                         f'<p>Invitation <input readonly aria-label="Code" value="{escape(invite)}"> accepted.</p>'
                         f'<p>Your code: {escape(invite)}</p>'

                         '<form method="post" action="/register/step3">'
                         f'<input type="hidden" name="name" value="{escape(name)}">'
                         '<p>Access needs</p><input type="text" name="needs" id="needs">'
                         '<input type="checkbox" id="consent" name="consent" value="yes">'
                         '<label for="consent">I agree to the terms</label>'
                         '<button type="submit" id="next">Next</button></form>')

    @staticmethod
    def step3(name: str) -> str:
        # Barrier: an image with no text alternative.
        return html_page("Registration, step 3 of 3", f"<p>Please confirm, {escape(name)}.</p>"
                         '<img src="/badge.svg" width="40" height="40">'
                         '<form method="post" action="/register/done"><button type="submit">Confirm</button></form>')

    # -- serving -------------------------------------------------------------------------
    def __enter__(self) -> RegistrationSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def _send(self, status: int, body: str = "", headers: tuple[tuple[str, str], ...] = (),
                      content_type: str = "text/html; charset=utf-8") -> None:
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def _session(self) -> str | None:
                for part in (self.headers.get("Cookie") or "").split(";"):
                    name, _, value = part.strip().partition("=")
                    if name == "session" and value in site.sessions:
                        return value
                return None

            def do_GET(self) -> None:  # noqa: N802 -- stdlib name
                path = urlsplit(self.path).path
                if path == "/":
                    return self._send(200, site.home())
                if path == "/about":
                    return self._send(200, html_page("About the forum", "<p>Who we are.</p>"))
                if path == "/login":
                    return self._send(200, site.login())
                if path == "/account":
                    if self._session() is None:
                        return self._send(302, headers=(("Location", "/login"),))
                    site.log.append("account served")
                    return self._send(200, site.account("auditor@example.org"))
                if path == "/register":
                    return self._send(200, site.step1())
                if path == "/badge.svg":
                    return self._send(200, '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"/>',
                                      content_type="image/svg+xml")
                # The later steps exist only as answers to the previous step's POST.
                return self._send(404, html_page("Not found", "<p>No such page.</p>"))

            def do_POST(self) -> None:  # noqa: N802 -- stdlib name
                path = urlsplit(self.path).path
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode(), keep_blank_values=True).items()}
                if path == "/login":
                    if form.get("password") != PASSWORD or not form.get("email"):
                        site.log.append("login refused")
                        return self._send(403, site.login("Wrong email or password."))
                    token = secrets.token_hex(8)
                    site.sessions.add(token)
                    site.log.append("login accepted")
                    return self._send(303, headers=(("Location", "/account"),
                                                    ("Set-Cookie", f"session={token}; Path=/; HttpOnly")))
                if path == "/register/step2":
                    if not form.get("name") or form.get("country") not in ("KE", "NP") or \
                            form.get("invite") != INVITE_CODE:
                        site.log.append("step 1 refused")
                        return self._send(400, html_page("Missing fields", "<p>Fill in every field.</p>"))
                    site.log.append(f"step 1 accepted: {form['name']} {form['country']}")
                    return self._send(200, site.step2(form["name"], form["country"], form["invite"]))
                if path == "/register/step3":
                    if form.get("consent") != "yes" or not form.get("needs") or not form.get("name"):
                        site.log.append("step 2 refused")
                        return self._send(400, html_page("Missing fields", "<p>Fill in every field.</p>"))
                    site.log.append(f"step 2 accepted: {form['needs']}")
                    return self._send(200, site.step3(form["name"]))
                return self._send(404, html_page("Not found", "<p>No such page.</p>"))

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()


FLOWS = [
    {"name": "login", "steps": [
        {"navigate": "/login"},
        {"fill": {"selector": "#email", "value": "auditor@example.org"}},
        {"fill": {"selector": "#password", "value": "${FORUM_PASSWORD}"}},
        {"click": "#log-in"},
        {"wait_for": {"url": "/account"}},
        {"audit": "account"},
    ]},
    {"name": "registration", "steps": [
        {"navigate": "/register"},
        {"audit": "step-1"},
        {"fill": {"selector": "#name", "value": "Amina Odhiambo"}},
        {"select": {"selector": "#country", "value": "KE"}},
        {"fill": {"selector": "#invite", "value": "${INVITE_CODE}"}},
        {"click": "#next"},
        {"wait_for": {"selector": "#needs"}},
        {"audit": "step-2"},
        {"fill": {"selector": "#needs", "value": "captions"}},
        {"check": "#consent"},
        {"click": "#next"},
        {"audit": "step-3"},
    ]},
    # Runs after the login flow, in a context of its own: logged out again.
    {"name": "fresh", "steps": [
        {"navigate": "/account"},
        {"audit": "where"},
    ]},
    {"name": "broken", "timeout": 2, "steps": [
        {"navigate": "/register"},
        {"click": "#no-such-button"},
        {"audit": "never"},
    ]},
    {"name": "leaving", "steps": [
        {"navigate": "/login"},
        {"fill": {"selector": "#email", "value": "auditor@example.org"}},
        {"fill": {"selector": "#password", "value": "${FORUM_PASSWORD}"}},
        {"click": "#log-in"},
        {"click": "#partner"},
        {"audit": "partner"},
    ]},
]


def everything_stored(db: Path) -> str:
    """Every row of every table of the database, page artifacts decompressed."""
    connection = sqlite3.connect(db)
    tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    text = []
    for table in tables:
        for row in connection.execute(f"SELECT * FROM {table}"):  # noqa: S608 -- names from the schema
            for value in row:
                if isinstance(value, bytes):
                    try:
                        value = zlib.decompress(value).decode()
                    except zlib.error:
                        value = value.decode("latin-1")  # a screenshot: its bytes as they are
                text.append(str(value))
    connection.close()
    return "\n".join(text)


def stored_warnings(db: Path, url: str) -> list[str]:
    connection = sqlite3.connect(db)
    (blob,) = connection.execute("SELECT artifacts FROM pages WHERE url = ?", (url,)).fetchone()
    connection.close()
    return json.loads(zlib.decompress(blob))["warnings"]


def secret_forms() -> list[str]:
    from urllib.parse import quote, quote_plus

    return [form for secret in (PASSWORD, INVITE_CODE)
            for form in (secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1])]


@pytest.fixture(scope="module")
def flow_run(tmp_path_factory, chromium):
    """One crawl through the command line of a site with four flows (two that work, one
    whose step fails, one that clicks out of the site); the password in the environment."""
    tmp = tmp_path_factory.mktemp("flows")
    with FixtureSite() as outside, RegistrationSite(outside.page("/", "Partner").url) as site:
        config = {"delay": 0, "max_pages": 6, "sites": [{"name": "Forum", "url": site.url, "flows": FLOWS}]}
        config_path = tmp / "forum.yaml"
        config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        out, db = tmp / "out", tmp / "runs.db"
        env = {**os.environ, "FORUM_PASSWORD": PASSWORD, "INVITE_CODE": INVITE_CODE}
        args = [sys.executable, "-m", "barrieraudit", "crawl", str(config_path), "--out", str(out), "--db", str(db),
                "--concurrency", "2", "--sarif", str(tmp / "findings.sarif"), "--junit", str(tmp / "checks.xml")]
        if chromium:
            args += ["--browser", chromium]
        result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)
        results = json.loads((out / "results.json").read_text(encoding="utf-8"))
        yield {"result": result, "results": results, "site": site, "tmp": tmp, "db": db, "out": out}


def pages_by_url(results: dict) -> dict[str, dict]:
    return {page["url"]: page for page in results["sites"][0]["pages"]}


def test_the_login_flow_audits_the_private_page_with_its_own_findings(flow_run):
    assert flow_run["result"].returncode == 0, flow_run["result"].stderr
    site, results = flow_run["site"], flow_run["results"]
    assert "login accepted" in site.log and "account served" in site.log  # the server's own checks passed
    account_url = site.url + "account#flow=login/account"
    page = pages_by_url(results)[account_url]
    assert page["flow"] == {"name": "login", "audit": "account", "step": 6}
    assert page["final_url"] == site.url + "account"
    assert page["title"] == "Your account" and page["http_status"] == 200 and page["error"] is None
    assert page["bytes"] > 0 and page["requests"] >= 1
    findings = results["sites"][0]["findings"]
    assert any(f["check"] == "accessibility.button-name" and account_url in f["pages"] for f in findings)
    report = (flow_run["out"] / "sites" / "forum.html").read_text(encoding="utf-8")
    assert '<span class="badge">flow login: account</span>' in report


def test_the_registration_flow_audits_each_step_page_of_the_form(flow_run):
    site, results = flow_run["site"], flow_run["results"]
    assert "step 1 accepted: Amina Odhiambo KE" in site.log and "step 2 accepted: captions" in site.log
    pages = pages_by_url(results)
    step1, step2, step3 = (site.url + "register#flow=registration/step-1",
                           site.url + "register/step2#flow=registration/step-2",
                           site.url + "register/step3#flow=registration/step-3")
    assert pages[step2]["title"] == "Registration, step 2 of 3" and pages[step2]["flow"]["step"] == 8
    assert pages[step3]["title"] == "Registration, step 3 of 3" and pages[step3]["flow"]["step"] == 12
    assert pages[step1]["title"] == "Registration, step 1 of 3"
    findings = results["sites"][0]["findings"]
    by_check = {f["check"]: f["pages"] for f in findings}
    assert step2 in by_check["accessibility.label"]  # the unlabelled field of step 2
    assert by_check["accessibility.image-alt"] == [step3]  # the image of step 3, on no other page
    # The invitation code was typed into a plain text field: no screenshot from there on
    # (a password field is shown masked, so the login flow's page has one).
    connection = sqlite3.connect(flow_run["db"])
    shots = dict(connection.execute("SELECT url, screenshot IS NOT NULL FROM pages"))
    connection.close()
    assert (shots[step1], shots[step2], shots[step3]) == (1, 0, 0)
    assert shots[site.url + "account#flow=login/account"] == 1
    assert "no screenshot: the flow typed a secret into a field that is not a password field" in \
        stored_warnings(flow_run["db"], step2)


def test_each_flow_starts_logged_out_in_a_context_of_its_own(flow_run):
    site, results = flow_run["site"], flow_run["results"]
    page = pages_by_url(results)[site.url + "login#flow=fresh/where"]
    assert (page["final_url"], page["title"]) == (site.url + "login", "Log in")
    # The crawl, too, was sent to the login page by /account.
    crawled = pages_by_url(results)[site.url + "account"]
    assert (crawled["final_url"], crawled["title"]) == (site.url + "login", "Log in")


def test_a_failing_step_and_a_click_out_of_the_site_are_the_sites_errors_and_the_rest_is_audited(flow_run):
    site, results = flow_run["site"], flow_run["results"]
    audited = results["sites"][0]
    assert audited["status"] == "partial"
    assert audited["error"] == (
        "flow 'broken', step 2 (click '#no-such-button'): no visible, enabled element matches '#no-such-button' "
        f"within 2 s; flow 'leaving', step 5 (click '#partner'): redirected outside the site to {site.outside}")
    # The crawl's pages are there, logged out: /account sent the crawl to the login page.
    crawled = [p["url"] for p in audited["pages"] if "flow" not in p]
    assert site.url in crawled and site.url + "about" in crawled
    assert audited["scores"]["overall"] is not None
    assert "Traceback" not in flow_run["result"].stderr


def test_the_password_is_in_no_output_file_no_database_row_and_no_console_output(flow_run):
    tmp, db = flow_run["tmp"], flow_run["db"]
    stored = everything_stored(db)
    assert "${FORUM_PASSWORD}" in stored  # the stored config names the variable
    outputs = [path for path in tmp.rglob("*") if path.is_file() and path != db]
    assert any(p.name == "results.json" for p in outputs) and any(p.suffix == ".html" for p in outputs)
    texts = {str(p): p.read_bytes().decode("utf-8", "replace") for p in outputs}
    texts["database"] = stored
    texts["stdout"], texts["stderr"] = flow_run["result"].stdout, flow_run["result"].stderr
    for form in secret_forms():
        leaked = [where for where, text in texts.items() if form in text]
        assert leaked == [], f"{form!r} found in {leaked}"


def test_the_flow_page_words_each_failed_step_in_one_plain_line_and_stays_usable(chromium):
    """Driver level: every failure is a StepFailed of a fixed kind with a plain reason,
    the page is still there for the next step, and a navigation a script starts late
    (after the click's grace) is reached with wait_for url."""
    import asyncio

    from barrieraudit.browser.failures import PageErrorKind
    from barrieraudit.browser.interface import StepFailed
    from barrieraudit.browser.playwright_driver import PlaywrightDriver
    from barrieraudit.config import Scope
    from barrieraudit.crawl.flows import url_matcher
    from barrieraudit.crawl.scope import SiteScope

    with FixtureSite() as site:
        site.page("/", "Start", '<p id="intro">Hello.</p><select id="country" aria-label="Country">'
                  '<option value="KE">Kenya</option></select>'
                  '<button id="later" type="button" onclick="setTimeout(() => location.href = \'/next\', 1200)">'
                  "Go on</button>")
        site.page("/next", "Next page", "<p>Arrived.</p>")

        async def steps() -> list:
            driver = PlaywrightDriver(chromium)
            await driver.start(max_tabs=1)
            seen = []
            try:
                session = await driver.open_session("barrieraudit-test", block_private=False, start_url=site.url)
                page = await session.open_flow(allow_navigation=SiteScope(site.url, Scope.domain).contains)
                timings = {"timeout": 0.5, "page_timeout": 10}
                attempts = [
                    lambda: page.navigate(site.url + "missing", page_timeout=10),
                    lambda: page.navigate(site.url, page_timeout=10),
                    lambda: page.wait_for_selector("#nope", **timings),
                    lambda: page.fill("#intro", "x", **timings),
                    lambda: page.fill("##bad", "x", **timings),
                    lambda: page.select("#country", "Atlantis", **timings),
                    lambda: page.select("#country", "Kenya", **timings),
                    lambda: page.wait_for_url(url_matcher(site.url, "/next"), **timings),
                    lambda: page.click("#later", **timings),
                    lambda: page.wait_for_url(url_matcher(site.url, "/next"), timeout=5, page_timeout=10),
                ]
                for attempt in attempts:
                    try:
                        await attempt()
                        seen.append(None)
                    except StepFailed as failure:
                        seen.append((failure.kind, failure.reason))
                visit = await page.audit(page_timeout=10, axe_timeout=30, screenshot=False, axe_options={})
                seen.append((visit.final_url, visit.dom["title"], visit.error))
                await page.close()
                await session.close()
            finally:
                await driver.close()
            return seen

        seen = asyncio.run(steps())
    assert seen == [
        (PageErrorKind.HTTP_STATUS, "HTTP 404"),
        None,
        (PageErrorKind.NO_ELEMENT, "no visible, enabled element matches '#nope' within 0.5 s"),
        (PageErrorKind.STEP, "could not fill '#intro' (an invalid selector, or an element of another kind)"),
        (PageErrorKind.STEP, "could not fill '##bad' (an invalid selector, or an element of another kind)"),
        (PageErrorKind.NO_ELEMENT, "no visible, enabled element matches '#country' with that option within 0.5 s"),
        None,
        (PageErrorKind.TIMEOUT, "the page did not reach that URL within 0.5 s"),
        None,
        None,
        (site.url + "next", "Next page", None),
    ]


def test_a_click_in_a_flow_that_opens_a_pop_up_fetches_nothing_and_the_flow_goes_on(chromium, monkeypatch):
    """A flow clicks, so Chromium's pop-up blocker lets a click's pop-up or new tab open;
    the flow's route refuses every request of a page but the flow's own, and the pop-up is
    closed. With the route passing everything on, the server does see those requests:
    the clicks do open pages."""
    import asyncio

    from wire_sites import WireSite

    from barrieraudit.browser.playwright_driver import PlaywrightDriver
    from barrieraudit.config import Scope
    from barrieraudit.crawl.scope import SiteScope

    with WireSite() as site:
        site.add("/", html_page("Start", '<button id="open" type="button" onclick="window.open(\'/popup\')">'
                                "Open</button><p><a id=\"tab\" href=\"/new-tab\" target=\"_blank\">Programme</a></p>"))
        site.add("/popup", html_page("Pop-up", ""))
        site.add("/new-tab", html_page("New tab", ""))

        async def steps() -> tuple[int, str]:
            driver = PlaywrightDriver(chromium)
            await driver.start(max_tabs=1)
            try:
                session = await driver.open_session("barrieraudit-test", block_private=False, start_url=site.url)
                page = await session.open_flow(allow_navigation=SiteScope(site.url, Scope.domain).contains)
                await page.navigate(site.url, page_timeout=10)
                await page.click("#open", timeout=2, page_timeout=10)
                await page.click("#tab", timeout=2, page_timeout=10)
                await asyncio.sleep(0.5)  # time for a pop-up's request to reach the server
                visit = await page.audit(page_timeout=10, axe_timeout=30, screenshot=False, axe_options={})
                left = len(page.tab.context.pages)
                await page.close()
                await session.close()
            finally:
                await driver.close()
            return left, visit.dom["title"]

        assert asyncio.run(steps()) == (1, "Start")
        assert not site.requested("/popup") and not site.requested("/new-tab")

        async def pass_through(_tab, route) -> None:
            await route.continue_()

        monkeypatch.setattr(PlaywrightDriver, "_route", staticmethod(pass_through))
        asyncio.run(steps())
        assert site.requested("/popup") and site.requested("/new-tab")
