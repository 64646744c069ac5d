"""sitemap.xml reading: URL sets, sitemap indexes, and sitemaps named in robots.txt.

The XML is untrusted, so it is not handed to an XML parser that could expand
entities; ``<loc>`` values are taken by pattern, which is all a sitemap holds that we
use. Nesting and the number of URLs are bounded.
"""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable, Callable
from urllib.parse import urljoin

from ..browser.interface import Session

_LOC = re.compile(r"<(?:\w+:)?loc>\s*(.*?)\s*</(?:\w+:)?loc>", re.S | re.I)
_INDEX = re.compile(r"<(?:\w+:)?sitemapindex[\s>]", re.I)
MAX_SITEMAPS = 20
MAX_URLS = 5_000


def parse_sitemap(text: str) -> tuple[bool, list[str]]:
    """Return (is_index, locations)."""
    locations = [html.unescape(loc) for loc in _LOC.findall(text)]
    return bool(_INDEX.search(text)), locations


async def read_sitemaps(session: Session, start_url: str, named: list[str], timeout: float,
                        in_scope: Callable[[str], bool],
                        before_fetch: Callable[[str], Awaitable[None]] | None = None) -> tuple[list[str], list[str]]:
    """URLs listed by the site's sitemaps (in scope only) and warnings.
    ``before_fetch(url)`` is awaited before each request (the host's throttle)."""
    queue = list(dict.fromkeys([*named, urljoin(start_url, "/sitemap.xml")]))
    seen: set[str] = set()
    urls: list[str] = []
    warnings: list[str] = []
    while queue and len(seen) < MAX_SITEMAPS and len(urls) < MAX_URLS:
        sitemap_url = queue.pop(0)
        if sitemap_url in seen or not in_scope(sitemap_url):
            continue
        seen.add(sitemap_url)
        if before_fetch is not None:
            await before_fetch(sitemap_url)
        result = await session.fetch(sitemap_url, timeout)
        if result.error or result.status != 200:
            if sitemap_url in named:
                warnings.append(f"sitemap {sitemap_url} unreadable ({result.error or f'HTTP {result.status}'})")
            continue
        if "<" not in result.text[:1000]:
            continue  # a soft 404 or a gzipped sitemap we do not read
        is_index, locations = parse_sitemap(result.text)
        if is_index:
            queue.extend(locations)
        else:
            urls.extend(loc for loc in locations if in_scope(loc))
    return urls[:MAX_URLS], warnings
