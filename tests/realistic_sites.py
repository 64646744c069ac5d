"""Generated forum sites shaped like real ones, for the fake driver.

A home page with participation links, a programme of sessions linking to speakers, a
news section whose articles link to each other at random (seeded), language
versions, an events subdomain, a sitemap, and the duplicates real sites have: a
trailing slash here and not there, ``index.html`` links, old URLs that redirect,
print versions with the same text, documents and broken links. The crawl of such a
site has many ties and late discoveries, which is what determinism has to survive.
"""

from __future__ import annotations

import random

from fake_driver import FakeWeb

NAV = [("/about", "About"), ("/programme/", "Programme"), ("/register", "Register"),
       ("/fees", "Fees and tickets"), ("/fellowships", "Travel support"), ("/online", "Join online"),
       ("/accessibility/", "Accessibility"), ("/fr/", "Français"), ("/es/", "Español"), ("/news/", "News")]


def realistic_site(web: FakeWeb, base: str, *, seed: int = 0, sessions: int = 16, articles: int = 30) -> FakeWeb:
    """Add one generated site at ``base`` (``https://host/``) to ``web``."""
    rng = random.Random(seed)
    host = base.split("/")[2]
    events = f"https://events.{host}/"

    def nav() -> list[tuple[str, str]]:
        # Sites link the same page in several forms: with and without a slash, index.html.
        links = list(NAV)
        if rng.random() < 0.5:
            links.append(("/index.html", "Home"))
        if rng.random() < 0.5:
            links.append(("/accessibility", "Accessibility statement"))
        return links

    web.page(base, "Forum 2026", "Welcome to the forum. Everyone can take part.",
             links=[*nav(), ("/register-now", "Register now"), ("/programme/print", "Print the programme"),
                    (events, "Side events"), ("/docs/programme.pdf", "Programme (PDF)"), ("/gone", "Old page")],
             hreflang=[("fr", "/fr/"), ("es", "/es/")])
    web.page(base + "index.html", "Forum 2026", "Welcome to the forum. Everyone can take part.", links=nav())
    web.page(base + "about", "About the forum", "Who we are.", links=nav())
    web.page(base + "register", "Registration", "Register by 1 March. Registration is free.",
             links=[*nav(), ("/register/form", "Registration form"), ("/fees", "Fees")])
    web.page(base + "register/form", "Registration form", "Name, email, country.", links=nav())
    web.redirect(base + "register-now", "/register")
    web.page(base + "fees", "Fees", "Standard fee: USD 100. Students: free.",
             links=[*nav(), ("/fellowships", "Fee waivers")])
    web.page(base + "fellowships", "Fellowships", "Travel support for participants from developing countries.",
             links=nav())
    web.page(base + "online", "Remote participation", "Join online with captions.", links=nav())
    for path in ("accessibility/", "accessibility"):
        web.page(base + path, "Accessibility", "Sign language interpretation on request.", links=nav())
    programme = [(f"/programme/session-{i}" + ("/" if rng.random() < 0.3 else ""), f"Session {i}")
                 for i in range(1, sessions + 1)]
    programme_text = "Two days of sessions. " + " ".join(t for _, t in programme)
    programme_links = [*nav(), *programme, ("/captioning", "Captioning")]
    web.page(base + "programme/", "Programme", programme_text, links=programme_links)
    # A print version: same title and text under another URL.
    web.page(base + "programme/print", "Programme", programme_text, links=programme_links)
    web.redirect(base + "old-programme", "/programme/")
    speakers = [f"speaker-{i}" for i in range(sessions // 2)]
    for i in range(1, sessions + 1):
        speaker = rng.choice(speakers)
        links = [*nav(), (f"/speakers/{speaker}", speaker.title()), ("/programme/", "Back"),
                 (f"/programme/session-{rng.randint(1, sessions)}", "Next session")]
        if rng.random() < 0.2:
            links.append(("/old-programme", "Programme"))
        for path in (f"programme/session-{i}", f"programme/session-{i}/"):
            web.page(base + path, f"Session {i}", f"Session {i} with {speaker}.", links=links)
    for speaker in speakers:
        web.page(f"{base}speakers/{speaker}", speaker.title(), f"Biography of {speaker}.", links=nav())
    news = [f"/news/2026/article-{i}" for i in range(articles)]
    web.page(base + "news/", "News", "Latest news.", links=[*nav(), *((n, f"Article {n[-2:]}") for n in news)])
    for i, path in enumerate(news):
        related = rng.sample(news, 3)
        extra = []
        if rng.random() < 0.1:
            # Participation pages that only some articles link to: found late, ranked high.
            extra.append(rng.choice([("/travel-grants", "Apply for a travel grant"),
                                     ("/captioning", "Live captioning"), ("/hybrid", "Remote participation")]))
        web.page(base + path.lstrip("/"), f"Article {i}", f"News item {i}. " * rng.randint(5, 50),
                 links=[*nav(), *((r, "Related") for r in related), *extra])
    web.page(base + "travel-grants", "Travel grants", "Grants cover travel and lodging.", links=nav())
    web.page(base + "captioning", "Live captioning", "All plenaries are captioned.", links=nav())
    web.page(base + "hybrid", "Hybrid participation", "Speak from anywhere.", links=nav())
    for lang, title, register in (("fr", "Forum 2026 (français)", "Inscription"),
                                  ("es", "Foro 2026 (español)", "Inscripción")):
        web.page(f"{base}{lang}/", title, f"{title}.", lang=lang,
                 links=[("/", "English"), (f"/{lang}/inscription", register)])
        web.page(f"{base}{lang}/inscription", register, f"{register}.", lang=lang, links=[(f"/{lang}/", title)])
    web.page(events, "Side events", "Side events.", links=[(base, "Forum"), ("/day-1", "Day 1"), ("/day-2", "Day 2")])
    web.page(events + "day-1", "Day 1", "Side events, day 1.", links=[("/", "Side events")])
    web.page(events + "day-2", "Day 2", "Side events, day 2.", links=[("/", "Side events")])
    web.raw(base + "docs/programme.pdf", "%PDF-1.4", "application/pdf")
    listed = "".join(f"<url><loc>{base}{n.lstrip('/')}</loc></url>" for n in rng.sample(news, 5))
    web.raw(base + "sitemap.xml", f"<urlset>{listed}<url><loc>{base}old-programme</loc></url></urlset>",
            "application/xml")
    web.raw(base + "robots.txt", "User-agent: *\nDisallow: /register/form\n")
    return web
