"""The crawl frontier: URLs waiting to be visited, participation pages first.

Order: page role (registration, fees, support, remote, accessibility, language, then
the rest), then depth, then discovery order, so that a budget of five pages spent on
a site with fifty links still reaches its registration and fees pages.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field

from .roles import priority


@dataclass(order=True)
class Candidate:
    rank: tuple[int, int, int]
    url: str = field(compare=False)
    depth: int = field(compare=False)
    role: str | None = field(compare=False)
    found_on: str | None = field(compare=False)
    link_texts: list[str] = field(compare=False, default_factory=list)


class Frontier:
    def __init__(self) -> None:
        self._heap: list[Candidate] = []
        self._counter = itertools.count()
        self._queued: dict[str, Candidate] = {}

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, url: str, *, depth: int, role: str | None, found_on: str | None,
             link_text: str = "") -> None:
        known = self._queued.get(url)
        if known is not None:
            # A second link to a queued URL may name it better (a "Register" button
            # in the body after a plain link in the footer): keep the best role.
            if link_text and link_text not in known.link_texts:
                known.link_texts.append(link_text)
            if priority(role) < priority(known.role):
                known.role = role
                known.rank = (priority(role), known.rank[1], known.rank[2])
                heapq.heapify(self._heap)
            return
        candidate = Candidate((priority(role), depth, next(self._counter)), url, depth, role,
                              found_on, [link_text] if link_text else [])
        self._queued[url] = candidate
        heapq.heappush(self._heap, candidate)

    def pop(self) -> Candidate:
        candidate = heapq.heappop(self._heap)
        del self._queued[candidate.url]
        return candidate
