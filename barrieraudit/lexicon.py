"""Multilingual term matching over the lexicons kept as data in ``checks/lexicons``.

A lexicon maps a concept (a page role such as ``registration``, a fact such as
``fee_support``) to terms per language. Terms are matched on text folded to lower
case without diacritics; Latin, Cyrillic and Arabic terms match whole words (a
trailing ``*`` makes a prefix), CJK, Thai, Lao, Khmer and Burmese terms match as
substrings, since those scripts do not separate words with spaces.

Each term set is one regular expression: its word boundaries stand once around one
alternation that branches on the first letter, keeping the order of the terms' old
one-pattern-per-term form, so it matches exactly what that form matched. For long
texts, ``TermIndex`` finds in one Aho–Corasick pass every place where any term of
many term sets can start (the term's literal beginning); the term set's expression
then only runs at those places.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import Any
from urllib.parse import unquote, urlsplit

import ahocorasick

from . import patterns
from .resources import checks_dir, read_data_yaml

# A term set's candidate starts in one text, or None to search all of it.
Places = Callable[["TermSet"], "Sequence[int] | None"]

# Scripts written without spaces between words (Thai, Lao, Khmer and Burmese too): their
# terms match as substrings.
_UNSPACED_RANGES = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_CJK = re.compile(f"[{_UNSPACED_RANGES}]")
# A whole-word term's boundaries: no letter or digit of a spaced script beside it; a letter
# of the scripts written without spaces may stand there ("透過Zoom同步上課", "Zoom으로", a
# Korean particle). A Latin term's are Latin letters and digits alone: a letter of any other
# script may stand beside it (Amharic "በZoom", "by Zoom").
_LATIN = r"0-9A-Za-z_\u00c0-\u02ff\u1e00-\u1eff\ua720-\ua7ff"
_BOUNDS = {"other": (rf"(?<![^\W{_UNSPACED_RANGES}])", rf"(?![^\W{_UNSPACED_RANGES}])"),
           "latin": (rf"(?<![{_LATIN}])", rf"(?![{_LATIN}])")}
_LATIN_LETTER = re.compile(f"[{_LATIN}]")
_ALNUM = re.compile(r"[^\W_]")


def _boundary_kind(folded_term: str) -> str:
    """"latin" where the term's first and last letters are Latin, else "other"."""
    letters = _ALNUM.findall(folded_term.replace("*", "").replace(GAP, " "))
    return "latin" if letters and _LATIN_LETTER.match(letters[0]) and _LATIN_LETTER.match(letters[-1]) else "other"


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_SPACES = re.compile(r"\s+")


# The zero-width non-joiner that Persian writes inside words ("ثبت‌نام") is a space.
_ARABIC_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "\u200c": " "}
_HAMZA = "\u0653\u0654\u0655"  # the madda and hamza of آ, أ, إ once decomposed
_HAMZA_AFTER_OTHER = re.compile(f"(?<!ا)[{_HAMZA}]")
_ANY_HAMZA = re.compile(f"[{_HAMZA}]")
# The article (ال) and the clitics written onto it (و, ف, ب, ل, ك; ل+ال is written لل).
_ARABIC_ARTICLE = re.compile(r"(?<![\u0600-\u06ff])(?:[وف]?[بلك]?[اٱ]ل|[وف]?لل)(?=[\u0600-\u06ff]{2,})")
# What looks like the article only once alef forms are normalised ("إلزامي"), or is
# left when it is gone ("الالزامي"), is part of the word: its alef is written أ.
_NOT_ARTICLE = re.compile(r"(?<![\u0600-\u06ff])([وف]?[بلك]?)ا(?=ل[\u0600-\u06ff]{2,})")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and Arabic vowel marks, collapse white space.

    Arabic is also lightly normalised (alef forms, taa marbuta, alef maqsura) and
    its article with attached prepositions is removed, so "بالكرسي المتحرك" matches
    the term "كرسي متحرك"; terms and texts are folded alike. Traditional Chinese
    characters fold to Simplified ("帳戶" to "帐户"). The article is removed
    as written, before alef forms are normalised, so "الإلزامي" and "إلزامي" both
    fold to "ألزامي", and folding folded text changes nothing.
    """
    if text.isascii():  # NFKD leaves ASCII as it is
        return _single_spaced(text.casefold())
    # Turkish dotless ı as i: "KAYIT" lower-cases to "kayit", "Kayıt" to "kayıt".
    decomposed = unicodedata.normalize("NFKD", text.casefold()).replace("ı", "i")
    if decomposed.isascii():  # no marks to strip, nothing NFC would compose
        return _single_spaced(decomposed)
    marks = combining_marks(decomposed)
    if not _ARABIC.search(decomposed):
        folded = _single_spaced(unicodedata.normalize("NFC", replace_all(decomposed, dict.fromkeys(marks, ""))))
        return folded.translate(_simplified()) if _HAN.search(folded) else folded
    # The hamza or madda on an alef stays until the article is gone: "إلزامي" has none.
    kept = replace_all(decomposed, dict.fromkeys(marks - set(_HAMZA), ""))
    kept = unicodedata.normalize("NFC", _HAMZA_AFTER_OTHER.sub("", kept))
    kept = _ANY_HAMZA.sub("", kept)  # any but the first on one alef
    kept = _ARABIC_ARTICLE.sub("", kept.replace("\u0640", ""))
    kept = _not_article(replace_all(kept, _ARABIC_LETTERS))
    while _ARABIC_ARTICLE.search(kept):  # a لل left where the article was: as folding again would
        kept = _not_article(replace_all(_ARABIC_ARTICLE.sub("", kept), _ARABIC_LETTERS))
    return _single_spaced(kept)


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@cache
def _simplified() -> dict[int, int]:
    """Traditional Chinese characters -> Simplified (``checks/lexicons/chinese_variants.yaml``):
    "免費" folds as "免费" does, so one term matches a page in either script."""
    variants = read_data_yaml(checks_dir() / "lexicons" / "chinese_variants.yaml")
    return str.maketrans(variants["traditional"], variants["simplified"])


def _not_article(text: str) -> str:
    return _NOT_ARTICLE.sub(r"\1أ", text) if "ال" in text else text


_IRREGULAR_SPACE = re.compile(r"[^\S ]|  ")


def is_single_spaced(text: str) -> bool:
    """Whether the only white space in ``text`` is single spaces between other characters,
    as in folded text: there a multi-word term's literal beginning is what it matches."""
    return not _IRREGULAR_SPACE.search(text) and text[:1] != " " and text[-1:] != " "


def _single_spaced(text: str) -> str:
    """White space collapsed to single spaces, and none at the ends."""
    if _IRREGULAR_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    return text.strip()


def replace_all(text: str, table: dict[str, str]) -> str:
    """Each character that is a key of ``table`` replaced by its value (no value may be
    a key): ``str.translate``'s result, many times faster on non-ASCII text."""
    for char, replacement in table.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


@cache
def character_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a combining mark, a non-ASCII digit): each pattern also matches any character
    beyond the Basic Multilingual Plane (emoji, CJK extensions), where ``unicodedata``
    is asked one character at a time. ``unicodedata`` is read once, for the BMP."""
    marks = "".join(chr(i) for i in range(0x80, 0x10000) if unicodedata.combining(chr(i)))
    digits = "".join(chr(i) for i in range(0x80, 0x10000) if chr(i).isdigit())
    # One range for the rest keeps each a bitmap test per character.
    return (re.compile(f"[{re.escape(marks)}\U00010000-\U0010ffff]"),
            re.compile(f"[{re.escape(digits)}\U00010000-\U0010ffff]"))


def combining_marks(text: str) -> set[str]:
    """The characters of ``text`` that ``unicodedata.combining`` calls marks."""
    return {ch for ch in set(character_classes()[0].findall(text)) if ch < "\U00010000" or unicodedata.combining(ch)}


def _word_pattern(word: str) -> str:
    """A word of a term; a trailing * makes it a prefix ("финансов*" matches "финансовая")."""
    if word.endswith("*") and len(word) > 1:
        return re.escape(word[:-1]) + r"\w*"
    return re.escape(word)


# "..." between two words of a term: up to three words between them, within a sentence
# ("votar ... en linea" matches "votar las propuestas en línea").
GAP = "..."
_GAP_PATTERN = r"(?:\s+[^\s.!?;:。！？]+){0,3}"
# In a term of a script written without spaces, up to six characters of one clause
# ("登录 ... 账号" matches "登录百格账号").
_UNSPACED_GAP = r"[^.!?;:,。！？；：，、]{0,6}?"


def _term_parts(term: str) -> tuple[str, str, str]:
    """(body pattern, literal beginning, the term's own one-term pattern) of a term.

    The literal beginning is the folded term up to its first prefix word's ``*`` or its
    first gap (``...``); in text whose only white space is single spaces, a match always
    starts with it.
    """
    words = fold(term).split()
    unspaced = GAP in words and _CJK.search(" ".join(words)) is not None
    pieces: list[str] = []
    gap = False
    for word in words:
        if word == GAP:
            gap = bool(pieces)
            continue
        if unspaced:
            joiner = (_UNSPACED_GAP if gap else r"\s*") if pieces else ""
        else:
            joiner = (_GAP_PATTERN if gap else "") + r"\s+" if pieces else ""
        pieces.append(joiner + _word_pattern(word))
        gap = False
    body = "".join(pieces)
    literal = []
    for word in words:
        if word == GAP:
            break
        if word.endswith("*") and len(word) > 1:
            literal.append(word[:-1])
            break
        literal.append(word)
    if not literal or not literal[0]:
        raise ValueError(f"the term {term!r} folds to nothing")
    if _CJK.search(" ".join(words)):
        return body, " ".join(literal), body
    before, after = _BOUNDS[_boundary_kind(" ".join(words))]
    return body, " ".join(literal), f"{before}{body}{after}"


def _by_first_letter(alternatives: list[tuple[str, str]]) -> str:
    """``a1|a2|...`` (body, literal) written as one branch per first letter, each with
    its terms in their order: terms that begin with different letters never match at
    the same place, so only the order among those with the same first letter counts,
    and the engine tries one branch instead of every term."""
    groups: dict[str, list[str]] = {}
    for body, literal in alternatives:
        first = re.escape(literal[0])
        groups.setdefault(first, []).append(body[len(first):])
    return "|".join(first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
                    for first, rests in groups.items())


def _kind(body: str, own: str) -> str | None:
    """A term's boundaries ("latin", "other") from its own pattern; None for a substring."""
    if own == body:
        return None
    return "latin" if own.startswith(_BOUNDS["latin"][0]) else "other"


def _alternation(parts: list[tuple[str, str, str]]) -> str:
    """One pattern that tries the terms in the given order, with the word boundaries
    written once per run of terms with the same boundaries instead of once per term.
    Latin, other whole-word and CJK terms are one run each when no two of them hold
    terms that begin with the same letter: then terms of two runs can never match at
    the same place, and order between them does not matter."""
    kinds: dict[str | None, list[tuple[str, str]]] = {"latin": [], "other": [], None: []}
    for body, literal, own in parts:
        kinds[_kind(body, own)].append((body, literal))
    firsts = [{lit[0] for _, lit in alternatives} for alternatives in kinds.values()]
    runs: list[tuple[str | None, list[tuple[str, str]]]]
    if sum(len(f) for f in firsts) == len(set().union(*firsts)):
        runs = list(kinds.items())
    else:
        runs = []
        for body, literal, own in parts:
            kind = _kind(body, own)
            if runs and runs[-1][0] == kind:
                runs[-1][1].append((body, literal))
            else:
                runs.append((kind, [(body, literal)]))
    out = []
    for kind, alternatives in runs:
        if alternatives:
            branches = _by_first_letter(alternatives)
            out.append(f"{_BOUNDS[kind][0]}(?:{branches}){_BOUNDS[kind][1]}" if kind else branches)
    return "|".join(out) or r"(?!x)x"


# Arabic writes "and", "so", "with/by" and "for/to" onto the next word: "وترجمة فورية" is
# "and interpretation". An Arabic term also matches with them (the article and the
# clitics before it are folded away already).
_ARABIC_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول")


def without_arabic_article(text: str) -> str:
    """``text`` with the Arabic article and the clitics written onto it taken off each word."""
    return _ARABIC_ARTICLE.sub("", text)


def _with_clitics(term: str) -> list[str]:
    if not _ARABIC.match(term.lstrip()):
        return [term]
    return [term, *(clitic + term.lstrip() for clitic in _ARABIC_CLITICS)]


def _without_extensions(literals: Iterable[str]) -> frozenset[str]:
    """The literals none of the others begins: a literal that starts with another of
    the set adds no place to look. In sorted order every string between a literal and
    one it begins with also begins with it, so the last kept literal is the only one to
    test (linear after sorting; testing each against all shorter ones took ~1 s of a
    check worker's start for the lexicons' 26,000 terms)."""
    kept: list[str] = []
    for literal in sorted(literals):
        if not kept or not literal.startswith(kept[-1]):
            kept.append(literal)
    return frozenset(kept)


class TermSet:
    """The terms of one concept in every language, compiled once into one pattern.

    ``pattern`` matches exactly as the alternation of the terms' own patterns (each
    with its word boundaries), longest pattern first, always has. ``literals`` are
    the terms' literal beginnings, for ``TermIndex``; with ``candidates`` (every
    place where one of them starts), ``finditer`` and ``first`` run the pattern only
    there, and give what a search of the whole text gives.
    """

    def __init__(self, name: str, terms: dict[str, list[str]]):
        self.name = name
        self.terms = terms
        parts = {}
        for term in (variant for ts in terms.values() for t in ts for variant in _with_clitics(t)):
            body, literal, own = _term_parts(term)
            parts[own] = (body, literal, own)
        ordered = [parts[own] for own in sorted(parts, key=lambda own: (-len(own), own))]
        self.pattern = patterns.compile(_alternation(ordered))
        self.literals = _without_extensions({literal for _, literal, _ in ordered})

    def search(self, text: str) -> re.Match[str] | None:
        """Search raw text (it is folded first)."""
        return self.pattern.search(fold(text)) if text else None

    def finditer(self, folded_text: str, candidates: Iterable[int] | None = None) -> Iterator[re.Match[str]]:
        """Iterate over matches in text that is already folded; ``candidates``, in
        increasing order, must hold every place where a match can start."""
        if candidates is None:
            return self.pattern.finditer(folded_text)
        return finditer_at(self.pattern, folded_text, candidates)

    def first(self, folded_text: str, candidates: Iterable[int] | None = None) -> re.Match[str] | None:
        """The first match in folded text, as ``pattern.search`` finds it."""
        if candidates is None:
            return self.pattern.search(folded_text)
        match = self.pattern.match
        for start in candidates:
            if (found := match(folded_text, start)) is not None:
                return found
        return None


def finditer_at(pattern: re.Pattern[str], text: str, candidates: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying only ``candidates``: places in increasing order
    that hold every place where a match can start (and the pattern matches no empty
    string). Leftmost first, then on from the end of each match, as finditer does."""
    match, end = pattern.match, 0
    for start in candidates:
        if start >= end and (found := match(text, start)) is not None:
            yield found
            end = found.end()


class TermIndex:
    """Where the terms of many term sets can start in a text, found in one pass.

    An Aho–Corasick automaton holds every term set's literal beginnings; ``scan``
    gives, for each term set, the sorted places where one of them occurs. That is
    every place where the set's pattern can match, provided the text's only white
    space is single spaces (as in folded text, and folded texts joined by spaces).
    """

    def __init__(self, term_sets: Iterable[TermSet]):
        self.term_sets: list[TermSet] = []
        self.slots: dict[int, int] = {}
        by_literal: dict[str, list[int]] = {}
        for term_set in term_sets:
            if id(term_set) in self.slots:
                continue
            self.slots[id(term_set)] = slot = len(self.term_sets)
            self.term_sets.append(term_set)
            for literal in term_set.literals:
                by_literal.setdefault(literal, []).append(slot)
        self.automaton = ahocorasick.Automaton()
        for literal, slots in by_literal.items():
            self.automaton.add_word(literal, (len(literal) - 1, tuple(slots)))
        if by_literal:
            self.automaton.make_automaton()

    def slot(self, term_set: TermSet) -> int | None:
        return self.slots.get(id(term_set))

    def scan(self, text: str) -> dict[int, list[int]]:
        """Slot -> the places in ``text`` where that term set's terms can start, in
        increasing order; a term set without any is left out."""
        found: dict[int, list[int]] = {}
        if not self.slots or not text:
            return found
        for end, (back, slots) in self.automaton.iter(text):
            for slot in slots:
                if slot in found:
                    found[slot].append(end - back)
                else:
                    found[slot] = [end - back]
        for places in found.values():
            if len(places) > 1:
                places.sort()  # the automaton reports by end; one set's literals never start together
        return found


def url_words(url: str) -> str:
    """The words of a URL's path and query, for matching slugs like /registration-fees/."""
    parts = urlsplit(url)
    return " ".join(re.split(r"[/\-_.?=&+%]+", unquote(parts.path + " " + parts.query)))


@cache
def load_lexicon(name: str) -> dict[str, Any]:
    return read_data_yaml(checks_dir() / "lexicons" / f"{name}.yaml")


@cache
def term_set(lexicon: str, concept: str) -> TermSet:
    entry = load_lexicon(lexicon)["concepts"][concept]
    return TermSet(f"{lexicon}.{concept}", entry["terms"])


class Concept:
    """A lexicon concept with its refinements, as written in ``checks/lexicons``.

    ``terms`` match on their own; ``weak`` terms only in a text that also matches
    ``context``; ``exclude`` phrases are blanked out before matching (so "free wi-fi"
    never reads as "free"); ``exact`` terms match case-sensitively on the original text
    ("CART", not a shopping cart).
    """

    def __init__(self, name: str, entry: dict[str, Any]):
        self.name = name
        self.terms = TermSet(name, entry.get("terms", {}))
        self.weak = TermSet(name + ".weak", entry["weak"]) if entry.get("weak") else None
        self.context = TermSet(name + ".context", entry["context"]) if entry.get("context") else None
        self.exclude = TermSet(name + ".exclude", entry["exclude"]) if entry.get("exclude") else None
        self.veto = TermSet(name + ".veto", entry["veto"]) if entry.get("veto") else None
        # With ``veto_within``, a veto term cancels only the matches within that many words
        # of it ("interpretation k'iche'-Spanish ..., and sign-language interpreters").
        self.veto_within: int | None = entry.get("veto_within")
        # ... unless one of these words stands between them: "сурдопереводом и синхронным
        # переводом" names two services.
        self.veto_apart = frozenset(fold(word) for word in entry.get("veto_apart") or [])
        exact = entry.get("exact") or []
        self.exact = re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in exact)) if exact else None

    def term_sets(self) -> list[TermSet]:
        return [t for t in (self.terms, self.weak, self.context, self.exclude, self.veto) if t is not None]

    def may_match(self, folded: str, original: str = "", places: Places | None = None) -> bool:
        """A cheap test over a whole page: False means no segment of it can match.
        ``places`` gives each term set's candidate starts in ``folded`` (TermIndex)."""
        places = places or _anywhere
        return bool(self.terms.first(folded, places(self.terms))
                    or (self.weak and self.weak.first(folded, places(self.weak)))
                    or (self.exact and self.exact.search(original)))

    def _apart(self, folded: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
        between = folded[one[1]:other[0]] if one[1] <= other[0] else folded[other[1]:one[0]]
        if not self.veto_apart:
            return False
        # Arabic writes "and" onto the next word: "لغة الإشارة ... وترجمة فورية".
        later = folded[max(one[0], other[0]):]
        return any(word in self.veto_apart for word in re.findall(r"\w+", between)) or \
            (later[:1] in self.veto_apart and _ARABIC.match(later) is not None)

    def blank_excluded(self, folded: str, places: Places | None = None) -> str:
        """The folded text with excluded phrases replaced by spaces (offsets kept)."""
        if self.exclude is None:
            return folded
        spans = [m.span() for m in self.exclude.finditer(folded, (places or _anywhere)(self.exclude))]
        if not spans:
            return folded
        pieces, end = [], 0
        for start, stop in spans:
            pieces += [folded[end:start], " " * (stop - start)]
            end = stop
        return "".join([*pieces, folded[end:]])

    def spans(self, original: str, folded: str, context: str | None = None, places: Places | None = None,
              context_places: Places | None = None) -> list[tuple[int, int, str]]:
        """(start, end, matched text) in ``folded`` for every match of the concept;
        weak terms need ``context`` (default: the text itself) to hold a context term.
        ``places`` and ``context_places`` give each term set's candidate starts in
        ``folded`` and ``context`` (TermIndex); without them the patterns search."""
        places = places or _anywhere
        vetoes: list[tuple[int, int]] = []
        # Excluded phrases veto nothing either: "free entry ..., with lunch" ("lunch" vetoes a
        # free option, "with lunch" is excluded) is free entry.
        text = self.blank_excluded(folded, places)
        if self.veto is not None and self.veto.first(text, places(self.veto)):
            if self.veto_within is None:
                return []
            vetoes = [m.span() for m in self.veto.finditer(text, places(self.veto))]
        if text is not folded:
            places = _anywhere  # a term's white space may now match across the blank
        found = [(m.start(), m.end(), m.group(0)) for m in self.terms.finditer(text, places(self.terms))]
        if self.weak is not None and self.context is not None:
            if context is None:
                where, where_places = text, places
            else:
                where = self.blank_excluded(context, context_places)
                where_places = context_places if where is context and context_places else _anywhere
            if self.context.first(where, where_places(self.context)):
                found += [(m.start(), m.end(), m.group(0)) for m in self.weak.finditer(text, places(self.weak))]
        kept: list[tuple[int, int, str]] = []
        for span in sorted(found, key=lambda f: (f[0], -f[1])):
            if not any(start <= span[0] and span[1] <= end for start, end, _ in kept):
                kept.append(span)  # a weak match inside a strong one is the same mention
        if vetoes:
            kept = [span for span in kept if not any(near(folded, veto, span[:2], self.veto_within or 0)
                                                     and not self._apart(folded, veto, span[:2]) for veto in vetoes)]
        if self.exact is not None:
            kept += [(-1, -1, m.group(0)) for m in self.exact.finditer(original)]
        return kept


def _anywhere(term_set: TermSet) -> None:
    """No candidate places known: the term set's pattern searches the whole text."""
    return None


_LETTER_RUN = re.compile(r"[^\W\d_]+")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def words_in(text: str) -> int:
    """How many words a stretch of text holds, for nearness: runs of letters, and two
    Chinese or Japanese characters count as one more."""
    return len(_LETTER_RUN.findall(text)) + len(_CJK_CHAR.findall(text)) // 2


def near(text: str, one: tuple[int, int], other: tuple[int, int], words: int) -> bool:
    """Whether two places of a text stand within ``words`` words of each other."""
    between = text[one[1]:other[0]] if one[1] <= other[0] else text[other[1]:one[0]]
    return words_in(between) <= words


@cache
def concept(lexicon: str, name: str) -> Concept:
    return Concept(f"{lexicon}.{name}", load_lexicon(lexicon)["concepts"][name])
