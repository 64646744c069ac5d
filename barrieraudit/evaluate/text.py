"""Text of gathered pages, cut into segments the checks search.

A segment is one sentence of one line of a page's visible text (a table row is one
line, its cells separated by tabs), kept in its original form and folded (lower
case, no diacritics, ASCII digits). Checks look for lexicon concepts in segments, and
a match closely preceded by a negation ("no fellowships", "pas de participation à
distance") counts against the concept instead of for it.

A site's segments come as ``SiteText``: besides the list, one ``PageText`` per page,
whose folded text is scanned once by the lexicons' ``TermIndex``; a concept's
patterns then run only on the segments, and at the places, where its terms can start.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from ..lexicon import (Concept, Places, TermIndex, TermSet, character_classes, concept, fold, is_single_spaced,
                       load_lexicon)
from ..resources import checks_dir

# A full stop (or a danda, "।") ends a sentence before a capital or another script, not
# before a digit or a lower-case word: "Fr. 90.–", "approx. 40", "e.g. captions" go on.
_SENTENCE_END = re.compile(r"(?<=[.!?;؟።፧।॥։။។])\s+(?=\S)(?![\da-zа-яё])|(?<=[。！？；])")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def word_count(text: str) -> int:
    """Words of a text; Chinese and Japanese, written without spaces, as two characters a word."""
    return len(text.split()) + len(_CJK_CHAR.findall(text)) // 2


NEGATION_WORDS = 10  # words before a match searched for a negation...
NEGATION_CJK_CHARS = 20
# ...back to the start of its clause: a negation does not reach across these, nor out of
# a condition ("Si no podés venir, podés votar en línea": the vote is offered). The Arabic
# comma and "and" end a clause: "دون درجات، ودورات المياه مهيأة للكراسي المتحركة" denies the steps only.
_CLAUSE = re.compile(r"\b(?:if|unless|si|se|caso|если|اذا|لو)\b[^,;:]*,|[;:]|,\s*(?:and|but|while|whereas|et|mais|y|pero|e|mas|и|но|а|و)\b|،\s*[وف](?=[\u0600-\u06ff])|\b(?:but|however|mais|pero|mas|но|однако)\b|لكن|但|而|，也|，还")
_CJK_CLAUSE_BREAK = re.compile(r"[，,。；;：:]")  # not 、, which lists within a clause
_CONTRAST = re.compile(r"\b(?:but|however|except|mais|sauf|pero|excepto|mas|exceto|но|однако|кроме)\b|لكن|但|而|除")
# A question asks; it does not say that something is or is not offered.
_QUESTION = re.compile(r"[?？؟]\s*$")
MAX_SEGMENT = 600


def ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian and full-width digits as ASCII digits."""
    if text.isascii() or not character_classes()[1].search(text):
        return text
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


@dataclass(frozen=True)
class Segment:
    page: str  # the page URL (final URL when redirected)
    role: str
    index: int  # position among the page's segments
    text: str  # as on the page
    folded: str  # folded, ASCII digits
    lang: str | None = None  # the page's language, as detected

    @property
    def snippet(self) -> str:
        return re.sub(r"\s+", " ", self.text).strip()[:240]


def split_segments(page_url: str, role: str, text: str, lang: str | None = None) -> list[Segment]:
    segments: list[Segment] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for sentence in _SENTENCE_END.split(line):
            sentence = sentence.strip()[:MAX_SEGMENT]
            if sentence:
                segments.append(Segment(page_url, role, len(segments), sentence, ascii_digits(fold(sentence)), lang))
    return segments


@cache
def negators() -> Concept:
    return concept("negation", "negator")


@cache
def post_negators() -> Concept:
    return concept("negation", "post_negator")


POST_NEGATION_WORDS = 6


@cache
def _word() -> re.Pattern[str]:
    """A word, going on through the vowel signs of Indic and South-East Asian scripts,
    which are marks, not letters ("থাকবে না" is two words, not six pieces). Built at
    first use: it reads the categories of the Basic Multilingual Plane."""
    marks = "".join(chr(i) for i in range(0x300, 0x10000) if unicodedata.category(chr(i)).startswith("M"))
    return re.compile(f"[\\w'’{re.escape(marks)}-]+")


@cache
def _negative_endings() -> re.Pattern[str] | None:
    endings = [ending for group in (load_lexicon("negation").get("negative_endings") or {}).values()
               for ending in group]
    return re.compile(f"(?:{'|'.join(map(re.escape, endings))})$") if endings else None


def _ends_negated(folded: str, end: int) -> bool:
    """Whether the word a match ends in (or runs on into) bears a negative ending: the
    Mongolian verb "нөхөхгүй" (will not cover) that "зардлыг нөхө*" matched."""
    endings = _negative_endings()
    if endings is None:
        return False
    word = _word().match(folded, end)
    whole = folded[:end] + (word.group(0) if word else "")
    return endings.search(whole) is not None


def is_post_negated(folded: str, end: int) -> bool:
    """Whether the words right after a match deny it ("... is not available"), or the
    sentence ends denying everything it lists ("Скидки и льготы ..., а также
    компенсация проезда ... не предусмотрены"; "Fellowships, travel grants and fee
    waivers are not offered.") with no "but" between."""
    after = _CLAUSE.split(folded[end:end + 80])[0]
    if end < len(folded) and _CJK_CHAR.match(folded[end - 1] if end else ""):
        window = _CJK_CLAUSE_BREAK.split(after)[0][:NEGATION_CJK_CHARS]
    else:
        window = " ".join(_word().findall(after)[:POST_NEGATION_WORDS])
    if window and post_negators().terms.pattern.search(window) is not None:
        return True
    rest = folded[end:]
    if _CONTRAST.search(rest):
        return False
    tail = " ".join(_word().findall(rest)[-POST_NEGATION_WORDS:])
    return bool(tail) and any(m.end() == len(tail) for m in post_negators().terms.pattern.finditer(tail))


@cache
def _ordinary_words(lang: str) -> re.Pattern[str] | None:
    """Negators of other languages that are ordinary words in ``lang``: Portuguese "no"
    is "in the" ("no rés-do-chão, sem degraus")."""
    words = (load_lexicon("negation").get("ordinary_words") or {}).get(lang)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)") if words else None


def is_negated(folded: str, start: int, lang: str | None = None) -> bool:
    """Whether a negation stands in the few words (or CJK characters) before ``start``,
    in a text of language ``lang`` when it is known."""
    if start <= 0:
        return False
    before = folded[max(0, start - 120):start]
    clauses = _CLAUSE.split(before)
    before = clauses[-1] if clauses else before
    if _CJK_CHAR.match(folded[start]) or _CJK_CHAR.match(folded[start - 1]):
        # Chinese has no spaces: the clause back to the last comma or stop.
        window = _CJK_CLAUSE_BREAK.split(before)[-1][-NEGATION_CJK_CHARS:]
    else:
        window = " ".join(_word().findall(before)[-NEGATION_WORDS:])
    # Words that hold a negation but deny nothing ("无障碍", barrier-free) are blanked.
    window = negators().blank_excluded(window)
    ordinary = _ordinary_words(lang) if lang else None
    if ordinary is not None:
        window = ordinary.sub(lambda m: " " * len(m.group(0)), window)
    return bool(window.strip()) and negators().terms.pattern.search(window) is not None


@dataclass(frozen=True)
class Hit:
    segment: Segment
    term: str
    negated: bool


CONTEXT_SEGMENTS = 2  # a card's label often stands on the lines before its value


@cache
def segment_index() -> TermIndex:
    """One automaton for every term set that checks look for in segments: each concept
    of the lexicons (but the negations, searched only in a few words before a match,
    and the page roles, which the crawler reads) and the currencies' country hints."""
    from .money import country_hint_sets

    names = sorted(path.stem for path in (checks_dir() / "lexicons").glob("*.yaml"))
    term_sets = [term_set for name in names if name not in ("negation", "page_roles")
                 for concept_name in load_lexicon(name).get("concepts") or {}
                 for term_set in concept(name, concept_name).term_sets()]
    return TermIndex([*term_sets, *(term_set for _, term_set in country_hint_sets())])


class PageText:
    """The segments of one page (its URL), as one folded text joined by spaces.

    The text is scanned once; each term set's candidate places are then split per
    segment on first use. ``clean`` is False when a segment is empty or not single-
    spaced (it folds to nothing, or was not made by ``split_segments``): the joined
    text would not be single-spaced, and such a page is searched as before, without
    candidates.
    """

    def __init__(self, index: TermIndex, positions: list[int], segments: list[Segment]):
        self.index = index
        self.positions = positions  # of its segments in the site's list
        self.segments = segments
        self.clean = all(s.folded and is_single_spaced(s.folded) for s in segments)
        self.offsets: list[int] = []
        offset = 0
        for segment in segments:
            self.offsets.append(offset)
            offset += len(segment.folded) + 1
        self.folded = " ".join(s.folded for s in segments)
        self._local: dict[TermSet, dict[int, list[int]] | None] = {}

    @cached_property
    def scanned(self) -> dict[int, list[int]]:
        return self.index.scan(self.folded)

    @cached_property
    def original(self) -> str:
        return "\n".join(s.text for s in self.segments)

    def places(self, term_set: TermSet) -> Sequence[int] | None:
        """Candidate starts of ``term_set`` in ``folded``; None when unknown."""
        slot = self.index.slot(term_set)
        if slot is None or not self.clean:
            return None
        return self.scanned.get(slot, ())

    def per_segment(self, term_set: TermSet) -> dict[int, list[int]] | None:
        """Segment number -> candidate starts of ``term_set`` in that segment's text;
        None when unknown (the term set is not indexed, or the page is not clean)."""
        try:
            return self._local[term_set]
        except KeyError:
            pass
        slot = self.index.slot(term_set)
        local: dict[int, list[int]] | None = None
        if slot is not None and self.clean:
            local = {}
            offsets = self.offsets
            for start in self.scanned.get(slot, ()):
                number = bisect_left(offsets, start + 1) - 1
                if number in local:
                    local[number].append(start - offsets[number])
                else:
                    local[number] = [start - offsets[number]]
        self._local[term_set] = local
        return local

    def at(self, number: int) -> Places:
        """Candidate places in the text of segment ``number``."""
        def places(term_set: TermSet) -> Sequence[int] | None:
            local = self.per_segment(term_set)
            return None if local is None else local.get(number, ())
        return places

    def across(self, first: int, last: int) -> Places | None:
        """Candidate places in segments ``first`` to ``last`` joined by spaces."""
        if not self.clean:
            return None
        low = self.offsets[first]
        high = self.offsets[last] + len(self.segments[last].folded)

        def places(term_set: TermSet) -> Sequence[int] | None:
            found = self.places(term_set)
            if found is None:
                return None
            return [p - low for p in found[bisect_left(found, low):bisect_left(found, high)]]
        return places

    def may_match(self, wanted: Concept) -> bool:
        """Whether any segment of the page can hold ``wanted`` (its terms or weak terms
        in the page's folded text, or its exact terms in the original)."""
        original = self.original if wanted.exact is not None else ""
        if not self.clean:
            return wanted.may_match("\n".join(s.folded for s in self.segments), original)
        return wanted.may_match(self.folded, original, self.places)

    def to_visit(self, wanted: Concept) -> list[int]:
        """Numbers of the segments where ``wanted`` can match: where its terms, weak or
        excluded terms can start (a term may match across a blanked excluded phrase)."""
        if wanted.exact is not None or not self.clean:
            return list(range(len(self.segments)))
        numbers: set[int] = set()
        for term_set in (wanted.terms, wanted.weak, wanted.exclude):
            if term_set is not None:
                local = self.per_segment(term_set)
                if local is None:
                    return list(range(len(self.segments)))
                numbers.update(local)
        return sorted(numbers)


class SiteText(list):
    """A site's segments in page order, with one ``PageText`` per page URL."""

    def __init__(self, segments: Sequence[Segment] = (), index: TermIndex | None = None):
        super().__init__(segments)
        index = index or segment_index()
        groups: dict[str, tuple[list[int], list[Segment]]] = {}
        for position, segment in enumerate(self):
            positions, members = groups.setdefault(segment.page, ([], []))
            positions.append(position)
            members.append(segment)
        self.pages = {url: PageText(index, positions, members) for url, (positions, members) in groups.items()}
        # Each position's page and number in it.
        self.where: list[tuple[PageText, int]] = [None] * len(self)  # type: ignore[list-item]
        for page in self.pages.values():
            for number, position in enumerate(page.positions):
                self.where[position] = (page, number)

    def __reduce__(self) -> tuple:
        # The segments only: a process that unpickles them builds its own views and index.
        return SiteText, (list(self),)

    def positions_with(self, term_set: TermSet) -> list[int]:
        """Positions of the segments where ``term_set`` can match, in order."""
        found: list[int] = []
        for page in self.pages.values():
            local = page.per_segment(term_set)
            found += page.positions if local is None else [page.positions[number] for number in local]
        return sorted(found)

    def places_at(self, position: int) -> Places:
        """Candidate places in the text of the segment at ``position``."""
        page, number = self.where[position]
        return page.at(number)

    @cached_property
    def _positions(self) -> dict[int, int]:
        return {id(segment): position for position, segment in enumerate(self)}

    def places_of(self, segment: Segment) -> Places | None:
        """Candidate places in the text of ``segment``, one of these; None for another."""
        position = self._positions.get(id(segment))
        return None if position is None or self[position] is not segment else self.places_at(position)


def site_text(segments: Sequence[Segment]) -> SiteText:
    return segments if isinstance(segments, SiteText) else SiteText(segments)


def find(segments: Sequence[Segment], wanted: Concept) -> list[Hit]:
    """Every mention of ``wanted`` in the segments; weak terms look for their context in
    the segment and the two before it on the same page."""
    site = site_text(segments)
    # Most concepts appear on few pages: each page's whole text is tested once first.
    visit = sorted(page.positions[number] for page in site.pages.values() if page.may_match(wanted)
                   for number in page.to_visit(wanted))
    hits = []
    for position in visit:
        segment = site[position]
        if _QUESTION.search(segment.text):
            continue
        page, number = site.where[position]
        context = context_places = None
        if wanted.context is not None:
            earlier = sum(1 for s in site[max(0, position - CONTEXT_SEGMENTS):position] if s.page == segment.page)
            # Those are the page's segments just before this one.
            context = " ".join([*(s.folded for s in page.segments[number - earlier:number]), segment.folded])
            context_places = page.across(number - earlier, number)
        for start, end, term in wanted.spans(segment.text, segment.folded, context, page.at(number),
                                             context_places):
            negated = start >= 0 and (is_negated(segment.folded, start, segment.lang)
                                      or is_post_negated(segment.folded, end)
                                      or _ends_negated(segment.folded, end))
            hits.append(Hit(segment, term, negated))
    return hits
