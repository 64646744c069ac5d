"""Tiny static-site writer for the held-out corpus (tests/heldout-next; copied from the previous held-out
set's _build, tests/heldout/_build).

The sites are plain static HTML; this only saves typing the same header, navigation and
footer on every page. Links written as "@path/from/site/root.html" in page bodies,
navigation and footers become relative links from the page being written.
"""
from __future__ import annotations

import os
import re
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MINI_PDF = """%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >> endobj
4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
5 0 obj << /Length {n} >> stream
{stream}
endstream endobj
trailer << /Root 1 0 R >>
%%EOF
"""


def rel(target: str, current: str) -> str:
    """Relative URL from page `current` to `target` (both from the site root)."""
    anchor = ""
    if "#" in target:
        target, anchor = target.split("#", 1)
        anchor = "#" + anchor
    if target == "":
        return anchor
    base = os.path.dirname(current) or "."
    r = os.path.relpath(target, base)
    if target.endswith("/") and not r.endswith("/"):
        r += "/"
    return r + anchor


def fix_links(html: str, current: str) -> str:
    return re.sub(r'(href|src|action|poster)="@([^"]*)"', lambda m: f'{m.group(1)}="{rel(m.group(2), current)}"', html)


class Site:
    def __init__(self, slug: str, *, name: str, lang: str, css: str, logo_text: str, colour: str,
                 header, footer, dir: str = "ltr"):
        self.slug = slug
        self.name = name
        self.lang = lang
        self.dir = dir
        self.header = header      # callable(current_path, lang) -> html
        self.footer = footer      # callable(current_path, lang) -> html
        self.root = os.path.join(ROOT, slug)
        self.pages: list[str] = []
        self.write("css/site.css", css)
        self.write("img/logo.svg",
                   f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48">'
                   f'<rect x="2" y="2" width="44" height="44" rx="10" fill="{colour}"/>'
                   f'<text x="24" y="30" font-family="Arial, sans-serif" font-size="15" font-weight="700" '
                   f'fill="#ffffff" text-anchor="middle">{logo_text}</text></svg>\n')
        self.write("robots.txt", "User-agent: *\nAllow: /\n")

    def write(self, path: str, content: str | bytes) -> None:
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(full, mode, **({} if isinstance(content, bytes) else {"encoding": "utf-8"})) as f:
            f.write(content)

    def pdf(self, path: str, text: str) -> None:
        lines = [l for l in text.split("\n") if l.strip()]
        ops = ["BT /F1 11 Tf 50 790 Td 14 TL"]
        for l in lines:
            l = l.encode("latin-1", "replace").decode("latin-1").replace("(", "[").replace(")", "]")
            ops.append(f"({l}) '")
        ops.append("ET")
        stream = "\n".join(ops)
        self.write(path, MINI_PDF.replace("{n}", str(len(stream))).replace("{stream}", stream).encode("latin-1"))

    def page(self, path: str, title: str, body: str, *, lang: str | None = None, dir: str | None = None,
             alternates: list[tuple[str, str]] | None = None, head_extra: str = "",
             header_lang: str | None = None, body_class: str = "") -> None:
        lang = lang or self.lang
        dir_ = dir or self.dir
        hl = header_lang or lang
        css = rel("css/site.css", path)
        icon = rel("img/logo.svg", path)
        alt = "".join(f'\n  <link rel="alternate" hreflang="{h}" href="@{p}">' for h, p in (alternates or []))
        dir_attr = f' dir="{dir_}"' if dir_ == "rtl" else ""
        cls = f' class="{body_class}"' if body_class else ""
        doc = f"""<!DOCTYPE html>
<html lang="{lang}"{dir_attr}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title}</title>
  <link rel="icon" href="{icon}" type="image/svg+xml">
  <link rel="stylesheet" href="{css}">{alt}{head_extra}
</head>
<body{cls}>
{self.header(path, hl)}
{textwrap.dedent(body).strip()}
{self.footer(path, hl)}
</body>
</html>
"""
        self.write(path, fix_links(doc, path))
        self.pages.append(path)


def nav(items: list[tuple[str, str]], current: str, *, label: str = "Main", cls: str = "site-nav") -> str:
    lis = []
    for href, text in items:
        cur = ' aria-current="page"' if href == current else ""
        lis.append(f'<li><a href="@{href}"{cur}>{text}</a></li>')
    return f'<nav class="{cls}" aria-label="{label}">\n    <ul>\n      ' + "\n      ".join(lis) + "\n    </ul>\n  </nav>"


BASE_CSS = """body { margin: 0; font-family: Arial, 'Noto Sans', 'Noto Sans CJK SC', sans-serif; color: #1c1c1c; background: #fff; line-height: 1.6; }
a { color: VAR; }
.wrap, main { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; inset-inline-start: 1rem; top: -3rem; background: #fff; padding: .5rem; }
.skip:focus { top: 1rem; }
header.top { border-bottom: 4px solid VAR; }
header.top .bar { display: flex; justify-content: space-between; align-items: center; flex-wrap: wrap; gap: .5rem; max-width: 64rem; margin: 0 auto; padding: .6rem 1rem; }
.brand { display: flex; align-items: center; gap: .6rem; font-weight: 700; text-decoration: none; color: #1c1c1c; }
.langs a { margin-inline-start: .6rem; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .2rem 1rem; margin: 0 auto; padding: .4rem 1rem; max-width: 64rem; }
nav a[aria-current] { font-weight: 700; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #bbb; padding: .35rem .6rem; text-align: start; vertical-align: top; }
caption { text-align: start; font-weight: 700; padding-bottom: .3rem; }
form label { display: block; margin-top: .7rem; font-weight: 600; }
form input[type=text], form input[type=email], form input[type=tel], form input[type=password], form input[type=date], form select, form textarea { width: 100%; max-width: 30rem; padding: .35rem; }
fieldset { margin-top: .8rem; }
fieldset label, .check label { display: inline; font-weight: 400; }
button, .button { display: inline-block; background: VAR; color: #fff; border: 0; padding: .55rem 1.1rem; border-radius: 4px; text-decoration: none; margin-top: 1rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; }
.card { border: 1px solid #ccc; border-radius: 6px; padding: .8rem 1rem; }
.price { display: block; font-size: 1.6rem; font-weight: 700; }
.price small { display: block; font-size: .85rem; font-weight: 400; color: #555; }
.note { background: #f4f4f4; padding: .6rem 1rem; border-inline-start: 4px solid VAR; }
footer.foot { margin-top: 3rem; border-top: 1px solid #ccc; padding: 1rem 0; font-size: .9rem; }
footer.foot > div { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
.cookie { position: fixed; bottom: 0; inset-inline: 0; background: #222; color: #fff; padding: .6rem 1rem; font-size: .85rem; }
.cookie button { margin: 0 0 0 .5rem; padding: .2rem .6rem; }
details { margin: .6rem 0; }
summary { font-weight: 700; cursor: pointer; }
.req { color: #a00; }
"""


def css(colour: str, extra: str = "") -> str:
    return BASE_CSS.replace("VAR", colour) + extra


def video(src: str, *, track: str | None = None, track_kind: str = "captions", track_lang: str = "en",
          label: str = "") -> str:
    t = (f'\n  <track kind="{track_kind}" src="@{track}" srclang="{track_lang}" label="{label or track_lang}" default>'
         if track else "")
    return f'<video controls preload="none" width="640" src="@{src}">{t}\n</video>'


def placeholder_media(site: Site, path: str) -> None:
    site.write(path, b"\x00\x00\x00\x18ftypmp42placeholder")


def vtt(site: Site, path: str, text: str) -> None:
    site.write(path, f"WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n{text}\n")


def chrome(brand: str, navs: dict, langs: dict | None = None, foot: dict | None = None,
           skip: dict | None = None, newsletter: dict | None = None, homes: dict | None = None):
    """Header and footer callables for a site.

    navs: lang -> list of (path, text); langs: lang -> list of (path, text) for the language
    switcher; foot: lang -> footer html; newsletter: lang -> (label, button) for a footer
    newsletter form (never a registration form)."""
    def header(current: str, lang: str) -> str:
        items = navs.get(lang) or next(iter(navs.values()))
        sw = (langs or {}).get(lang) or []
        sk = (skip or {}).get(lang, "Skip to content")
        switch = ""
        if sw:
            switch = '<div class="langs">' + " ".join(f'<a href="@{p}">{t}</a>' for p, t in sw) + "</div>"
        b = brand if isinstance(brand, str) else brand.get(lang, next(iter(brand.values())))
        return (f'<a class="skip" href="#main">{sk}</a>\n<header class="top">\n  <div class="bar">'
                f'<a class="brand" href="@{(homes or {}).get(lang, "index.html")}">'
                f'<img src="@img/logo.svg" alt="" width="40" height="40"> {b}</a>{switch}</div>\n  '
                + nav(items, current) + "\n</header>\n<main id=\"main\">")

    def footer(current: str, lang: str) -> str:
        f = (foot or {}).get(lang) or (next(iter(foot.values())) if foot else "")
        nl = ""
        if newsletter and lang in newsletter:
            label, btn = newsletter[lang]
            nl = (f'<form class="newsletter" action="@index.html" method="get"><label for="nl-email">{label}</label>'
                  f'<input type="email" id="nl-email" name="nl-email"> <button type="submit">{btn}</button></form>')
        return f'</main>\n<footer class="foot"><div>{nl}{f}</div></footer>'

    return header, footer


# ---- helpers (from the previous held-out set): one call per site, labels next to the pages ----
UN = {"ar", "en", "es", "fr", "ru", "zh"}


def mk(slug, name, lang, colour, logo, navs, *, langs=None, foot=None, dir="ltr", homes=None, newsletter=None):
    header, footer = chrome(name if isinstance(navs, list) else name, navs if isinstance(navs, dict) else {lang: navs},
                            langs=langs, foot=foot, homes=homes, newsletter=newsletter)
    return Site(slug, name=name if isinstance(name, str) else next(iter(name.values())), lang=lang,
                css=css(colour), logo_text=logo, colour=colour, header=header, footer=footer, dir=dir)


def Q(page, quote, note=None):
    d = {"page": page, "quote": quote}
    if note:
        d["note"] = note
    return d


def M(page, markup, note=None):
    d = {"page": page, "markup": markup}
    if note:
        d["note"] = note
    return d


def N(note, page=None):
    return {"page": page, "note": note} if page else {"note": note}


def entry(site, *, name, languages, fees=(), free_option, fee_support, remote_participation, captcha=(),
          account_required, registration_form=None, registration_host=None, registration_pdf_only=False,
          min_age=None, accessibility_statement, access_services=(), videos_without_captions=0,
          pdf_only_documents=False, participation_pages, evidence, deliberate_404=(), start="index.html"):
    exp = {
        "languages": sorted(languages),
        "un_languages": sorted(set(languages) & UN),
        "fees": [{"amount": float(a), "currency": c} for a, c in fees],
        "free_option": free_option,
        "fee_support": fee_support,
        "remote_participation": remote_participation,
        "captcha": sorted(captcha),
        "account_required": account_required,
        "registration_form": registration_form and {"fields": registration_form[0], "required": registration_form[1],
                                                    "sensitive": sorted(registration_form[2])},
        "registration_host": registration_host,
        "registration_pdf_only": registration_pdf_only,
        "min_age": min_age,
        "accessibility_statement": accessibility_statement,
        "access_services": sorted(access_services),
        "videos_without_captions": videos_without_captions,
        "pdf_only_documents": pdf_only_documents,
    }
    missing = set(exp) - set(evidence)
    assert not missing, (site.slug, missing)
    e = {"id": site.slug, "name": name, "start": start, "expected": exp,
         "participation_pages": list(participation_pages)}
    if deliberate_404:
        e["deliberate_404"] = list(deliberate_404)
    e["evidence"] = evidence
    return e


# ---- form helpers (new in this set): plain labelled fields ----
def fld(id, label, kind="text", req=False, opts=None):
    r = " required" if req else ""
    if kind == "select":
        o = "".join(f"<option>{x}</option>" for x in (opts or []))
        return f'<label for="{id}">{label}</label><select id="{id}" name="{id}"{r}>{o}</select>'
    if kind == "textarea":
        return f'<label for="{id}">{label}</label><textarea id="{id}" name="{id}" rows="4"{r}></textarea>'
    if kind == "checkbox":
        return f'<p class="check"><input type="checkbox" id="{id}" name="{id}"{r}> <label for="{id}">{label}</label></p>'
    return f'<label for="{id}">{label}</label><input type="{kind}" id="{id}" name="{id}"{r}>'


def radios(name, legend, items, req=False):
    r = " required" if req else ""
    b = " ".join(f'<input type="radio" id="{name}{i}" name="{name}" value="{i}"{r if i == 0 else ""}> '
                 f'<label for="{name}{i}">{t}</label>' for i, t in enumerate(items))
    return f'<fieldset><legend>{legend}</legend>{b}</fieldset>'
