"""Build page artifacts by hand, in the shape gather.js and the driver record them,
for unit tests of checks that need no browser."""

from __future__ import annotations

from typing import Any

from barrieraudit.evaluate import SiteEvaluation, evaluate_site
from barrieraudit.evaluate.outcome import SiteArtifacts

BASE = "http://forum.example.org/"


def field(name: str, type: str = "text", label: str = "", *, required: bool = False, autocomplete: str = "",
          visible: bool = True, legend: str = "", accept: str = "") -> dict[str, Any]:
    return {"tag": "input", "type": type, "name": name, "id": name, "label": label, "aria_label": "",
            "placeholder": "", "title": "", "required": required, "aria_required": False,
            "autocomplete": autocomplete, "visible": visible, "options": None, "legend": legend, "accept": accept}


def form(*fields: dict[str, Any], heading: str = "", submit: str = "Send", action: str = "") -> dict[str, Any]:
    return {"action": action, "method": "post", "id": "", "name": "", "heading": heading, "submit": [submit],
            "fields": list(fields)}


def page(text: str = "", path: str = "", *, role: str = "other", lang: str | None = "en",
         forms: list | None = None, links: list | None = None, media: list | None = None,
         iframes: list | None = None, scripts: list | None = None, widgets: list | None = None,
         images: list | None = None, network: list | None = None, bytes: int = 40_000,
         hreflang: list | None = None, title: str = "Forum") -> dict[str, Any]:
    url = BASE + path
    return {
        "url": url, "final_url": url, "http_status": 200, "title": title, "role": role, "lang_declared": lang,
        "lang_detected": None, "bytes": bytes, "requests": 5, "load_ms": 300, "error": None,
        "network": network or [{"url": url, "type": "Document", "status": 200, "bytes": bytes}],
        "dom": {"title": title, "lang": lang, "text": text, "main_text": text, "links": links or [],
                "forms": forms or [], "orphan_fields": [], "media": media or [], "iframes": iframes or [],
                "scripts": scripts or [], "widgets": widgets or [], "images": images or [],
                "hreflang": hreflang or [], "headings": []},
        "axe": {"violations": [], "incomplete": [], "passes": [], "inapplicable": 0},
    }


def evaluate(*pages: dict[str, Any], documents: list | None = None, site_url: str = BASE) -> SiteEvaluation:
    """The site's evaluation; ``site_url`` is its configured address (its domain may name
    a country: "http://cumbre.example.cl/")."""
    return evaluate_site(SiteArtifacts("forum", site_url, list(pages), documents or []))


def checks_found(evaluation: SiteEvaluation) -> set[str]:
    return {f.check for f in evaluation.findings}
