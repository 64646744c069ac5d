"""The crawl frontier: pages waiting to be visited, participation pages first.

Order: the start page, then the pages the config lists (``pages:``, in their order),
then page role (registration, fees, support, remote,
accessibility, language, then the rest), then depth, then the page key (``urls.page_key``), so that a budget of
five pages spent on a site with fifty links still reaches its registration and fees
pages, and so that the order is a function of what the site links to, never of the
order in which links happened to be found: the same site gives the same crawl.

A page found again through another link keeps its best role and its smallest depth
(a "Register" button in the body after a plain link in the footer).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from .roles import priority
from .urls import page_key

Rank = tuple[int, int, str]


@dataclass
class Candidate:
    """A page to visit. ``url`` is the first form of it that was found (canonical)."""

    url: str
    key: str
    depth: int
    role: str | None
    found_on: str | None
    link_texts: list[str] = field(default_factory=list)
    seed: int = 0  # 1, 2, ... for the pages the config lists, in its order; 0 for the others

    @property
    def rank(self) -> Rank:
        if self.seed:  # listed by the organiser: right after the start page
            return (-1, self.seed, self.key)
        # The start page comes first whatever a sitemap lists: it is the site's home.
        return (priority(self.role) if self.found_on is not None else -1, self.depth, self.key)

    def merge(self, *, depth: int, role: str | None, link_text: str = "") -> None:
        """Another link to this page: keep the best role, the smallest depth, every name."""
        if link_text and link_text not in self.link_texts:
            self.link_texts.append(link_text)
        if priority(role) < priority(self.role):
            self.role = role
        self.depth = min(self.depth, depth)


class Frontier:
    """A priority queue of candidates by page key. Ranks only ever improve, so a
    candidate whose rank changed is pushed again and its stale heap entries skipped."""

    def __init__(self) -> None:
        self._heap: list[tuple[Rank, str]] = []
        self._queued: dict[str, Candidate] = {}

    def __len__(self) -> int:
        return len(self._queued)

    def __contains__(self, key: str) -> bool:
        return key in self._queued

    def get(self, key: str) -> Candidate | None:
        return self._queued.get(key)

    def push(self, url: str, *, depth: int, role: str | None, found_on: str | None,
             link_text: str = "", seed: int = 0) -> Candidate:
        key = page_key(url)
        known = self._queued.get(key)
        if known is not None:
            before = known.rank
            known.merge(depth=depth, role=role, link_text=link_text)
            if known.rank != before:
                heapq.heappush(self._heap, (known.rank, key))
            return known
        candidate = Candidate(url, key, depth, role, found_on, [link_text] if link_text else [], seed)
        self.put(candidate)
        return candidate

    def put(self, candidate: Candidate) -> None:
        """Queue a candidate as it is (one taken out and given back)."""
        self._queued[candidate.key] = candidate
        heapq.heappush(self._heap, (candidate.rank, candidate.key))

    def _drop_stale(self) -> None:
        while self._heap:
            rank, key = self._heap[0]
            known = self._queued.get(key)
            if known is not None and known.rank == rank:
                return
            heapq.heappop(self._heap)

    def pop(self) -> Candidate:
        self._drop_stale()
        _rank, key = heapq.heappop(self._heap)
        return self._queued.pop(key)

    def remove(self, key: str) -> None:
        """Forget a page (it was reached another way); its heap entries go stale."""
        self._queued.pop(key, None)

    def best(self, n: int) -> list[Candidate]:
        """The ``n`` best candidates in order, left in the queue."""
        taken: list[Candidate] = []
        while self._queued and len(taken) < n:
            taken.append(self.pop())
        for candidate in taken:
            self.put(candidate)
        return taken
