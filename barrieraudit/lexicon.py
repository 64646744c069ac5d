"""Multilingual term matching over the lexicons kept as data in ``checks/lexicons``.

A lexicon maps a concept (a page role such as ``registration``, a fact such as
``fee_support``) to terms per language. Terms are matched on text folded to lower
case without diacritics; Latin, Cyrillic and Arabic terms match whole words (a
trailing ``*`` makes a prefix), CJK terms match as substrings, since those scripts
do not separate words with spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from .resources import checks_dir

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
_HAMZA = "\u0653\u0654\u0655"  # the madda and hamza of آ, أ, إ once decomposed
# The article (ال) and the clitics written onto it (و, ف, ب, ل, ك; ل+ال is written لل).
_ARABIC_ARTICLE = re.compile(r"(?<![\u0600-\u06ff])(?:[وف]?[بلك]?[اٱ]ل|[وف]?لل)(?=[\u0600-\u06ff]{2,})")
# What looks like the article only once alef forms are normalised ("إلزامي"), or is
# left when it is gone ("الالزامي"), is part of the word: its alef is written أ.
_NOT_ARTICLE = re.compile(r"(?<![\u0600-\u06ff])([وف]?[بلك]?)ا(?=ل[\u0600-\u06ff]{2,})")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and Arabic vowel marks, collapse white space.

    Arabic is also lightly normalised (alef forms, taa marbuta, alef maqsura) and
    its article with attached prepositions is removed, so "بالكرسي المتحرك" matches
    the term "كرسي متحرك"; terms and texts are folded alike. The article is removed
    as written, before alef forms are normalised, so "الإلزامي" and "إلزامي" both
    fold to "ألزامي", and folding folded text changes nothing.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if not _ARABIC.search(decomposed):
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return re.sub(r"\s+", " ", unicodedata.normalize("NFC", stripped)).strip()
    # The hamza or madda on an alef stays until the article is gone: "إلزامي" has none.
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch in _HAMZA)
    kept = unicodedata.normalize("NFC", re.sub(f"(?<!ا)[{_HAMZA}]", "", kept))
    kept = re.sub(f"[{_HAMZA}]", "", kept)  # any but the first on one alef
    kept = _ARABIC_ARTICLE.sub("", kept.replace("\u0640", ""))
    kept = _NOT_ARTICLE.sub(r"\1أ", kept.translate(_ARABIC_LETTERS))
    while _ARABIC_ARTICLE.search(kept):  # a لل left where the article was: as folding again would
        kept = _NOT_ARTICLE.sub(r"\1أ", _ARABIC_ARTICLE.sub("", kept).translate(_ARABIC_LETTERS))
    return re.sub(r"\s+", " ", kept).strip()


def _word_pattern(word: str) -> str:
    """A word of a term; a trailing * makes it a prefix ("финансов*" matches "финансовая")."""
    if word.endswith("*") and len(word) > 1:
        return re.escape(word[:-1]) + r"\w*"
    return re.escape(word)


def _term_pattern(term: str) -> str:
    term = fold(term)
    body = r"\s+".join(_word_pattern(word) for word in term.split())
    if _CJK.search(term):
        return body
    return rf"(?<!\w){body}(?!\w)"


class TermSet:
    """The terms of one concept in every language, compiled once into one pattern."""

    def __init__(self, name: str, terms: dict[str, list[str]]):
        self.name = name
        self.terms = terms
        patterns = sorted({_term_pattern(t) for ts in terms.values() for t in ts}, key=len, reverse=True)
        self.pattern = re.compile("|".join(patterns) or r"(?!x)x")

    def search(self, text: str) -> re.Match[str] | None:
        """Search raw text (it is folded first)."""
        return self.pattern.search(fold(text)) if text else None

    def finditer(self, folded_text: str):
        """Iterate over matches in text that is already folded."""
        return self.pattern.finditer(folded_text)


def url_words(url: str) -> str:
    """The words of a URL's path and query, for matching slugs like /registration-fees/."""
    parts = urlsplit(url)
    return " ".join(re.split(r"[/\-_.?=&+%]+", unquote(parts.path + " " + parts.query)))


@cache
def load_lexicon(name: str) -> dict[str, Any]:
    path: Path = checks_dir() / "lexicons" / f"{name}.yaml"
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


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
        exact = entry.get("exact") or []
        self.exact = re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in exact)) if exact else None

    def may_match(self, folded: str, original: str = "") -> bool:
        """A cheap test over a whole page: False means no segment of it can match."""
        return bool(self.terms.pattern.search(folded) or (self.weak and self.weak.pattern.search(folded))
                    or (self.exact and self.exact.search(original)))

    def blank_excluded(self, folded: str) -> str:
        """The folded text with excluded phrases replaced by spaces (offsets kept)."""
        if self.exclude is None:
            return folded
        return self.exclude.pattern.sub(lambda m: " " * len(m.group(0)), folded)

    def spans(self, original: str, folded: str, context: str | None = None) -> list[tuple[int, int, str]]:
        """(start, end, matched text) in ``folded`` for every match of the concept;
        weak terms need ``context`` (default: the text itself) to hold a context term."""
        if self.veto is not None and self.veto.pattern.search(folded):
            return []
        text = self.blank_excluded(folded)
        found = [(m.start(), m.end(), m.group(0)) for m in self.terms.pattern.finditer(text)]
        if self.weak is not None and self.context is not None and \
                self.context.pattern.search(text if context is None else self.blank_excluded(context)):
            found += [(m.start(), m.end(), m.group(0)) for m in self.weak.pattern.finditer(text)]
        kept: list[tuple[int, int, str]] = []
        for span in sorted(found, key=lambda f: (f[0], -f[1])):
            if not any(start <= span[0] and span[1] <= end for start, end, _ in kept):
                kept.append(span)  # a weak match inside a strong one is the same mention
        if self.exact is not None:
            kept += [(-1, -1, m.group(0)) for m in self.exact.finditer(original)]
        return kept


@cache
def concept(lexicon: str, name: str) -> Concept:
    return Concept(f"{lexicon}.{name}", load_lexicon(lexicon)["concepts"][name])
