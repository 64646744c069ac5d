"""Text of gathered pages, cut into segments the checks search.

A segment is one sentence of one line of a page's visible text (a table row is one
line, its cells separated by tabs), kept in its original form and folded (lower
case, no diacritics, ASCII digits). Checks look for lexicon concepts in segments, and
a match closely preceded by a negation ("no fellowships", "pas de participation à
distance") counts against the concept instead of for it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..lexicon import Concept, concept, fold

_SENTENCE_END = re.compile(r"(?<=[.!?;؟])\s+(?=\S)|(?<=[。！？；])")
_WORD = re.compile(r"[\w'’-]+")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
NEGATION_WORDS = 10  # words before a match searched for a negation...
NEGATION_CJK_CHARS = 12
# ...back to the start of its clause: a negation does not reach across these.
_CLAUSE = re.compile(r"[;:]|,\s*(?:and|but|while|whereas|et|mais|y|pero|e|mas|и|но|а|و)\b|\b(?:but|however|mais|pero|mas|но|однако)\b|لكن|但|而|，也|，还")
MAX_SEGMENT = 600


def ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian and full-width digits as ASCII digits."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


@dataclass(frozen=True)
class Segment:
    page: str  # the page URL (final URL when redirected)
    role: str
    index: int  # position among the page's segments
    text: str  # as on the page
    folded: str  # folded, ASCII digits

    @property
    def snippet(self) -> str:
        return re.sub(r"\s+", " ", self.text).strip()[:240]


def split_segments(page_url: str, role: str, text: str) -> list[Segment]:
    segments: list[Segment] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for sentence in _SENTENCE_END.split(line):
            sentence = sentence.strip()[:MAX_SEGMENT]
            if sentence:
                segments.append(Segment(page_url, role, len(segments), sentence, ascii_digits(fold(sentence))))
    return segments


@cache
def negators() -> Concept:
    return concept("negation", "negator")


@cache
def post_negators() -> Concept:
    return concept("negation", "post_negator")


POST_NEGATION_WORDS = 6


def is_post_negated(folded: str, end: int) -> bool:
    """Whether the words right after a match deny it ("... is not available")."""
    after = _CLAUSE.split(folded[end:end + 80])[0]
    if end < len(folded) and _CJK_CHAR.match(folded[end - 1] if end else ""):
        window = re.split(r"[，、,。；;：:]", after)[0][:NEGATION_CJK_CHARS]
    else:
        window = " ".join(_WORD.findall(after)[:POST_NEGATION_WORDS])
    return bool(window) and post_negators().terms.pattern.search(window) is not None


def is_negated(folded: str, start: int) -> bool:
    """Whether a negation stands in the few words (or CJK characters) before ``start``."""
    if start <= 0:
        return False
    before = folded[max(0, start - 120):start]
    clauses = _CLAUSE.split(before)
    before = clauses[-1] if clauses else before
    if _CJK_CHAR.match(folded[start - 1]):
        # Chinese has no spaces: the clause back to the last comma or stop.
        window = re.split(r"[，、,。；;：:]", before)[-1][-NEGATION_CJK_CHARS:]
    else:
        window = " ".join(_WORD.findall(before)[-NEGATION_WORDS:])
    return bool(window) and negators().terms.pattern.search(window) is not None


@dataclass(frozen=True)
class Hit:
    segment: Segment
    term: str
    negated: bool


CONTEXT_SEGMENTS = 2  # a card's label often stands on the lines before its value


def find(segments: list[Segment], wanted: Concept) -> list[Hit]:
    """Every mention of ``wanted`` in the segments; weak terms look for their context in
    the segment and the two before it on the same page."""
    hits = []
    # Most concepts appear on few pages: test each page's whole text once first.
    pages: dict[str, list[Segment]] = {}
    for segment in segments:
        pages.setdefault(segment.page, []).append(segment)
    candidates = {page for page, page_segments in pages.items()
                  if wanted.may_match("\n".join(s.folded for s in page_segments),
                                      "\n".join(s.text for s in page_segments))}
    for position, segment in enumerate(segments):
        if segment.page not in candidates:
            continue
        context = None
        if wanted.context is not None:
            earlier = [s.folded for s in segments[max(0, position - CONTEXT_SEGMENTS):position]
                       if s.page == segment.page]
            context = " ".join([*earlier, segment.folded])
        for start, end, term in wanted.spans(segment.text, segment.folded, context):
            negated = start >= 0 and (is_negated(segment.folded, start) or is_post_negated(segment.folded, end))
            hits.append(Hit(segment, term, negated))
    return hits
