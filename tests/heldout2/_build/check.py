"""Static checks of the held-out sites (tests/heldout-next; copied from the previous held-out set's _build, tests/heldout/_build):
self-contained (no external resource, no <script> at all), links resolve (except the deliberate 404s,
which must really be broken), 7-17 pages per site, at most 11 participation pages, each within two
clicks of index.html, and (with expected.yaml) that every evidence quote appears in the visible text
of its page and every markup snippet in its source."""
import os, re, sys, json
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse
from collections import deque

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCE = {("link", "href"), ("script", "src"), ("img", "src"), ("video", "src"), ("audio", "src"),
            ("source", "src"), ("track", "src"), ("iframe", "src"), ("embed", "src"), ("object", "data")}
SKIP_TEXT = {"script", "style", "template", "noscript"}
BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
         "footer", "main", "nav", "ul", "ol", "dl", "dt", "dd", "table", "caption", "br", "label", "legend",
         "fieldset", "form", "details", "summary", "small", "option", "select", "textarea", "button"}


class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.resources, self.text, self.skip, self.lang = [], [], [], 0, None
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag in SKIP_TEXT:
            self.skip += 1
        if tag == "script":
            self.scripts += 1
        if tag in BLOCK:
            self.text.append("\n")
        for (t, attr) in RESOURCE:
            if tag == t and a.get(attr):
                if tag == "link" and a.get("rel") == "alternate":
                    self.links.append(a[attr])
                else:
                    self.resources.append(a[attr])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and a.get("action"):
            self.links.append(a["action"])

    def handle_endtag(self, tag):
        if tag in SKIP_TEXT:
            self.skip -= 1
        if tag in BLOCK:
            self.text.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def parse(path):
    p = P()
    p.feed(open(path, encoding="utf-8").read())
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", "".join(p.text))
    return p, text


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def site_pages(site):
    out = []
    for d, _, files in os.walk(os.path.join(ROOT, site)):
        for f in files:
            if f.endswith(".html"):
                out.append(os.path.relpath(os.path.join(d, f), os.path.join(ROOT, site)))
    return sorted(out)


def check_site(site, allowed_404=()):
    problems = []
    pages = site_pages(site)
    base = "http://site.test/"
    graph = {}
    seen_404 = set()
    for page in pages:
        p, _ = parse(os.path.join(ROOT, site, page))
        if not p.lang:
            problems.append(f"{page}: no lang")
        if p.scripts:
            problems.append(f"{page}: has a <script>")
        for r in p.resources:
            u = urlparse(urljoin(base + page, r))
            if u.netloc != "site.test":
                problems.append(f"{page}: EXTERNAL RESOURCE {r}")
            elif not os.path.exists(os.path.join(ROOT, site, u.path.lstrip("/"))):
                problems.append(f"{page}: missing resource {r}")
        graph[page] = []
        for l in p.links:
            u = urlparse(urljoin(base + page, l))
            if u.netloc != "site.test":
                continue
            target = u.path.lstrip("/") or "index.html"
            if target.endswith("/"):
                target += "index.html"
            if not os.path.exists(os.path.join(ROOT, site, target)):
                if target not in allowed_404:
                    problems.append(f"{page}: broken link {l}")
                else:
                    seen_404.add(target)
                continue
            if target.endswith(".html"):
                graph[page].append(target)
    depth = {"index.html": 0}
    q = deque(["index.html"])
    while q:
        cur = q.popleft()
        for n in graph.get(cur, []):
            if n not in depth:
                depth[n] = depth[cur] + 1
                q.append(n)
    for page in pages:
        if page not in depth:
            problems.append(f"{page}: unreachable from index.html")
    for t in allowed_404:
        if t not in seen_404:
            problems.append(f"deliberate 404 {t} is not linked or not broken")
    return pages, depth, problems


if __name__ == "__main__":
    import yaml
    exp = yaml.safe_load(open(os.path.join(ROOT, "expected.yaml"))) if os.path.exists(os.path.join(ROOT, "expected.yaml")) else None
    sites = sorted(d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d)) and not d.startswith(("_", ".")))
    bad = 0
    entries = {e["id"]: e for e in (exp or {}).get("sites", [])}
    for site in sites:
        e = entries.get(site, {})
        pages, depth, problems = check_site(site, allowed_404=tuple(e.get("deliberate_404", [])))
        print(f"== {site}: {len(pages)} pages, max depth {max(depth.values())}")
        if not 7 <= len(pages) <= 17:
            problems.append(f"page count {len(pages)}")
        if e:
            pp = e["participation_pages"]
            for p in pp:
                if p not in pages:
                    problems.append(f"participation page {p} missing")
            if len(pp) > 11:
                problems.append("more than 11 participation pages")
            for p in pp:
                if p in depth and depth[p] > 2:
                    problems.append(f"participation page {p} is {depth[p]} clicks from index.html")
            if "index.html" not in pp:
                problems.append("index.html not among participation pages")
            texts = {p: norm(parse(os.path.join(ROOT, site, p))[1]) for p in pages}
            for fact, items in e["evidence"].items():
                for it in items:
                    if "markup" in it:
                        src = open(os.path.join(ROOT, site, it["page"]), encoding="utf-8").read()
                        if it["markup"] not in src:
                            problems.append(f"evidence {fact}: markup not found on {it['page']}: {it['markup'][:70]}")
                    if "quote" in it:
                        if it["page"] not in texts:
                            problems.append(f"evidence {fact}: no page {it['page']}")
                        elif norm(it["quote"]) not in texts[it["page"]]:
                            problems.append(f"evidence {fact}: quote not found on {it['page']}: {it['quote'][:70]}")
            missing = set(e["expected"]) - set(e["evidence"])
            if missing:
                problems.append(f"no evidence for {sorted(missing)}")
        elif exp:
            problems.append("not in expected.yaml")
        for pr in problems:
            print("   ", pr)
        bad += len(problems)
    sys.exit(1 if bad else 0)
