"""Amounts of money in page text, with their ISO 4217 currency.

Currencies are recognised by symbol or word (``checks/lexicons/money.yaml``, over the
Unicode CLDR's signs and names in ``money_cldr.yaml``) and by three-letter ISO code
(babel's list), before or after the amount. Amounts are parsed
by price-parser once the decimal separator is decided: a separator followed by
exactly three digits at the end groups thousands ("1.500", "1,500", "1 500"); any
other last separator is the decimal one ("1.200,50", "45.50").

Every amount has a digit, so text without one is not searched; in text with digits,
the pattern is tried only where a digit run or a currency symbol, word or code
starts (found by one Aho–Corasick pass), which gives what a search of the whole text
gives.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

import ahocorasick
from babel.numbers import get_currency_precision, get_territory_currencies, list_currencies
from price_parser import Price

from .. import patterns
from ..lexicon import TermSet, finditer_at, load_lexicon, without_arabic_article
from .text import ascii_digits

_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
_GROUPING = re.compile(r"[\s\u00a0\u202f\u2009'’\u066c]")
_THOUSANDS_AT_END = re.compile(r"[.,]\d{3}$")
_DIGIT_RUN = re.compile(r"\d+")
# "KWD 45.000": a currency with three minor digits (the dinars of Kuwait, Bahrain,
# Jordan, Iraq, Tunisia, Libya; Oman's rial) writes them after a point and, on a page in
# another language than English, after a comma too ("350,000 د.ت" is 350 Tunisian dinars).
_THREE_DECIMALS = re.compile(r"\d{1,3}\.\d{3}")
_THREE_DECIMALS_COMMA = re.compile(r"\d{1,3},\d{3}")

# Indian grouping first ("5,00,000" is five lakh), then thousands, then plain numbers.
# "٬" and "٫" are the Arabic thousands and decimal separators; after "٫" stand up to
# three minor digits ("٢٥٫٠٠٠ د.ك" is 25 Kuwaiti dinars).
_AMOUNT = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?"
           r"|\d{1,3}(?:[ ,.\u00a0\u202f\u2009'’\u066c]\d{3})+(?:[.,]\d{1,2}|\u066b\d{1,3})?"
           r"|\d+(?:[.,]\d{1,2}|\u066b\d{1,3})?")
_SPACE = r"[ \u00a0\u202f\u2009]?"
# A code written right after or before an amount with a shared symbol says which
# currency it is: "$495 CAD", "$150CAD", "28,00 $ CAN", "CAD $495", "US $50".
_QUALIFIER_AFTER = re.compile(r"[ \u00a0\u202f\u2009]?([A-Z]{2,3})(?![A-Za-z])")
_QUALIFIER_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z]{2,3})[ \u00a0\u202f\u2009]?$")


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    start: int
    end: int
    text: str
    symbol: str  # as written: "USD", "$", "درهم"

    @property
    def explicit(self) -> bool:
        """Written as an ISO 4217 code, not a symbol or word."""
        return self.symbol == self.currency


_HAN = re.compile(r"[\u3400-\u9fff]")


@cache
def money_lexicon() -> dict[str, Any]:
    """``money.yaml`` over ``money_cldr.yaml`` (the CLDR's signs and names of every
    territory's currency, written by ``checks/lexicons/build_money_cldr.py``): what is
    written by hand wins, and a sign it calls shared is never one currency's."""
    hand = load_lexicon("money")
    cldr = load_lexicon("money_cldr")
    written = set(hand["symbols"]) | set(hand.get("ambiguous") or {})
    merged = dict(hand)
    # The CLDR's signs join the pattern; its thousands of names ("dinars algériens",
    # "сомони") are looked up after an amount (``_named_after``), not compiled into it.
    merged["symbols"] = {**{s: c for s, c in cldr["symbols"].items() if s not in written}, **hand["symbols"],
                         **{word: currency for word, (currency, _) in (hand.get("scaled") or {}).items()}}
    merged["names"] = {s: c for s, c in cldr["names"].items() if s not in written}
    merged["needs_country"] = {**{s: c for s, c in cldr["needs_country"].items() if s not in written},
                               **hand.get("needs_country", {})}
    hints = {code: list(words) for code, words in cldr["country_hints"].items()}
    for code, words in (hand.get("country_hints") or {}).items():
        hints[code] = [*words, *hints.get(code, [])]
    merged["country_hints"] = hints
    merged["country_tlds"] = {**cldr["country_tlds"], **(hand.get("country_tlds") or {})}
    return merged


def _alternation(words: list[str]) -> str:
    """The currency words as one alternation, in their order.

    Letter-based symbols ("руб", "dollars", "Fr.") must stand alone as words. The test of
    the character before stands after the first one ("x(?<!L x)" is "(?<!L)x"), so each
    alternative begins with a letter the engine can skip on. Words that begin with the
    same letter share one test, placed where the first of them stood: alternatives that
    begin with another character cannot match where these do, so every order that
    matters is kept. (Written out word by word, compiling the test's character class
    ~1,400 times took 1.9 s of each check worker's start.) Chinese writes no spaces:
    "門票每張澳門元220元" ends a word at no letter, and "每位B$20" begins one after a
    Chinese character.
    """
    parts: list[str | list[str]] = []
    by_first: dict[str, list[str]] = {}
    for word in words:
        rest = re.escape(word[1:]).replace(r"\ ", _SPACE)
        if word[:1].isalpha() and not _HAN.match(word):
            if word[0] not in by_first:
                by_first[word[0]] = [word[0]]
                parts.append(by_first[word[0]])
            by_first[word[0]].append(rest)
        else:
            parts.append(re.escape(word[0]) + rest)
    alternatives = []
    for part in parts:
        if isinstance(part, str):
            alternatives.append(part)
        else:
            first = re.escape(part[0])
            alternatives.append(rf"{first}(?<![^\W\d_\u3400-\u9fff]{first})(?:{'|'.join(part[1:])})(?![^\W\d_])")
    return "|".join(alternatives)


@cache
def _tables() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, dict[str, str]]]:
    """The amount-with-currency pattern, the currency pattern alone, symbols and by_language."""
    lexicon = money_lexicon()
    symbols: dict[str, str] = lexicon["symbols"]
    codes = sorted(c for c in list_currencies() if len(c) == 3 and c.isalpha())
    words = sorted(symbols, key=len, reverse=True)

    # ISO codes and the codes people write instead ("NTD", "RMB").
    written_codes = sorted({*codes, *(w for w in symbols if re.fullmatch(r"[A-Z]{3}", w))}, key=lambda w: (-len(w), w))
    code_tokens = [rf"{c[0]}(?<![A-Za-z]{c[0]}){c[1:]}(?![A-Za-z])" for c in codes]
    currency = "|".join([_alternation(words), *code_tokens])
    # Words that stand for money only after an amount: "200.000 đồng", but "cộng đồng
    # 2027" is a community's year.
    after_only = set(lexicon.get("after_amount_only", []))
    before = "|".join([_alternation([w for w in words if w not in after_only]), *code_tokens])
    pattern = patterns.compile(
        # The cifrão of Cabo Verde's escudo stands where the decimal point would: 2.500$00.
        rf"(?<![\d.,])(?P<a3>\d{{1,3}}(?:[. \u00a0]\d{{3}})*|\d+)\$(?P<d3>\d{{2}})(?!\d)"
        rf"|(?P<c1>{before}){_SPACE}(?P<a1>{_AMOUNT})(?!\d)"
        rf"|(?<![\d.,])(?P<a2>{_AMOUNT}){_SPACE}(?P<c2>{currency})"
        # A table's amount and its ISO code in the next cell: "500<tab>NTD" (not a date's
        # year before a symbol: "31/05/2026<tab>R$ 120,00").
        rf"|(?<![\d.,/])(?P<a4>{_AMOUNT})\t(?P<c4>{'|'.join(written_codes)})(?![A-Za-z])"
    )
    return pattern, patterns.compile(currency), symbols, lexicon.get("by_language", {})


@cache
def _currency_starts() -> ahocorasick.Automaton:
    """The literal beginning of every currency symbol, word and code (up to a space,
    which the pattern lets be any space or none)."""
    automaton = ahocorasick.Automaton()
    codes = [c for c in list_currencies() if len(c) == 3 and c.isalpha()]
    for word in {*(w.split(" ")[0] for w in money_lexicon()["symbols"]), *codes}:
        automaton.add_word(word, len(word) - 1)
    automaton.make_automaton()
    return automaton


@cache
def _names() -> ahocorasick.Automaton:
    """The CLDR's currency names as written and in lower case, those of several words also
    capitalised ("Dinars algériens"; not "Córdoba", a city): (name, currency)."""
    automaton = ahocorasick.Automaton()
    for name, code in money_lexicon()["names"].items():
        for written in {name, name.lower(), *([name[:1].upper() + name[1:]] if " " in name else [])}:
            automaton.add_word(written, (written, code))
    automaton.make_automaton()
    return automaton


def _whole_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, currency) of each CLDR name standing as whole words in ``text``,
    the longest where two start together."""
    found: dict[int, tuple[int, int, str, str]] = {}
    for last, (name, code) in _names().iter(text):
        start, end = last - len(name) + 1, last + 1
        if (start and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
            continue
        if start not in found or found[start][1] < end:
            found[start] = (start, end, name, code)
    return sorted(found.values())


_AMOUNT_BEFORE = re.compile(rf"(?<![\d.,])({_AMOUNT}){_SPACE}$")  # an amount right before a name
_YEAR = re.compile(r"(?:19|20)\d\d")


def _named_after(text: str, taken: list[Money]) -> list[Money]:
    """Amounts followed by a currency's CLDR name ("6 000 dinars algériens", "300
    сомони") that no sign or hand-written word already read."""
    found = []
    for start, end, name, code in _whole_names(text):
        before = _AMOUNT_BEFORE.search(text, max(0, start - 40), start)
        if before is None or any(m.start < end and m.end > before.start() for m in taken):
            continue
        if name[:1].isupper() and _YEAR.fullmatch(before.group(1)):
            continue  # "2027 Lempira": a year and a place
        amount = parse_amount(before.group(1))
        if amount is not None:
            found.append(Money(float(amount), code, before.start(), end, text[before.start():end], name))
    return found


def currency_texts(texts: Sequence[str]) -> list[int]:
    """Numbers of the texts where a currency symbol, word or code stands, found in one
    pass over them all: in the others ``find_money`` finds nothing."""
    joined = "\n".join(texts)
    ends, end = [], -1
    for text in texts:
        end += len(text) + 1
        ends.append(end)  # where the newline after each text stands
    numbers = {bisect_left(ends, stop - back) for stop, back in _currency_starts().iter(joined)}
    numbers.update(bisect_left(ends, start) for start, *_ in _whole_names(joined))
    return sorted(numbers)


def _candidates(text: str, amounts: bool = True) -> list[int]:
    """Every place where a money match (or, without ``amounts``, a currency) can start;
    none when no currency can be there, since every match holds one."""
    starts = {end - back for end, back in _currency_starts().iter(text)}
    if amounts and starts:
        starts.update(m.start() for m in _DIGIT_RUN.finditer(text))
    return sorted(starts)


@lru_cache(maxsize=4096)  # a page repeats its prices; price-parser takes ~50 µs each
def parse_amount(text: str) -> Decimal | None:
    if "\u066b" in text:  # the Arabic decimal separator is never a thousands one
        whole, _, minor = ascii_digits(_GROUPING.sub("", text)).partition("\u066b")
        return Decimal(re.sub(r"[.,]", "", whole) + "." + minor)
    digits = ascii_digits(_GROUPING.sub("", text))
    separators = [ch for ch in digits if ch in ".,"]
    if not separators:
        decimal = "."
    elif len(set(separators)) == 2:
        decimal = separators[-1]
    elif _THOUSANDS_AT_END.search(digits):
        decimal = "," if separators[-1] == "." else "."
    else:
        decimal = separators[-1]
    price = Price.fromstring(digits, decimal_separator=decimal)
    return price.amount


def symbol_hints(text: str) -> set[str]:
    """Currencies that the words in ``symbol_hints`` name in ``text``, read as whole
    currency words: the 元 of 日元 (yen) is no hint of yuan."""
    _, currency, symbols, _ = _tables()
    hints = set(load_lexicon("money").get("symbol_hints", []))
    return {symbols.get(word, word) for m in finditer_at(currency, text, _candidates(text, amounts=False))
            if (word := m.group(0)) in hints}


def find_money(text: str, language: str | None = None) -> list[Money]:
    """Every amount with a currency in ``text`` (original, unfolded text); an ambiguous
    symbol takes the candidate a currency word in the same text names ("¥800（人民币）")."""
    if not _DIGIT.search(text):
        return []
    pattern, _, symbols, by_language = _tables()
    local = by_language.get(language or "", {})
    hinted = None
    found = []
    for match in finditer_at(pattern, text, _candidates(text)):
        if match.group("a3"):
            whole = int(re.sub(r"\D", "", match.group("a3")))
            found.append(Money(whole + int(match.group("d3")) / 100, "CVE", match.start(), match.end(),
                               match.group(0), "$00"))
            continue
        symbol = (match.group("c1") or match.group("c2") or match.group("c4")).strip()
        amount_text = match.group("a1") or match.group("a2") or match.group("a4")
        compact = _SPACES.sub(" ", symbol)
        currency = local.get(compact) or symbols.get(compact) or (compact if compact.isupper() else None)
        amount = parse_amount(amount_text)
        if currency is None or amount is None:
            continue
        if compact in _scaled():  # "۸۰۰ هزار تومان": 800 thousand tomans, in rials
            currency, factor = _scaled()[compact]
            amount *= factor
        if _minor_digits(currency) == 3:
            written = ascii_digits(amount_text)
            if _THREE_DECIMALS.fullmatch(written) or (
                    language not in (None, "en") and _THREE_DECIMALS_COMMA.fullmatch(written)):
                amount = Decimal(written.replace(",", "."))
        money = Money(float(amount), currency, match.start(), match.end(), match.group(0), compact)
        if compact in ambiguous_symbols():
            qualified = _qualifier(text, match.start(), match.end(), ambiguous_symbols()[compact])
            if qualified is not None:
                code, start, end = qualified
                money = Money(money.amount, code, start, end, text[start:end], code)
            else:
                hinted = symbol_hints(text) if hinted is None else hinted
                money = replace(money, currency=resolve(money, set(), hinted))
        found.append(money)
    named = _named_after(text, found)
    return sorted(found + named, key=lambda m: m.start) if named else found


@cache
def _scaled() -> dict[str, tuple[str, int]]:
    """Currency words that also scale the amount: the toman is ten rials."""
    return {word: (currency, factor) for word, (currency, factor) in (money_lexicon().get("scaled") or {}).items()}


def _qualifier(text: str, start: int, end: int, candidates: list[str]) -> tuple[str, int, int] | None:
    """(currency, start, end) when a code right after or before the amount names one
    of the shared symbol's ``candidates`` ("$495 CAD", "28,00 $ CAN", "US $50")."""
    qualifiers = load_lexicon("money").get("qualifiers", {})
    after = _QUALIFIER_AFTER.match(text, end)
    if after and (code := qualifiers.get(after.group(1), after.group(1))) in candidates:
        return code, start, after.end()
    before = _QUALIFIER_BEFORE.search(text, 0, start)
    if before and (code := qualifiers.get(before.group(1), before.group(1))) in candidates:
        return code, before.start(), end
    return None


@cache
def _minor_digits(currency: str) -> int:
    return get_currency_precision(currency)


@cache
def ambiguous_symbols() -> dict[str, list[str]]:
    return load_lexicon("money").get("ambiguous", {})


@cache
def country_hint_sets() -> tuple[tuple[str, TermSet], ...]:
    """(currency, the names and cities of its country) from ``country_hints``."""
    hints = money_lexicon().get("country_hints", {})
    return tuple((code, TermSet(f"hint.{code}", {"any": words})) for code, words in hints.items())


def hinted_currencies(folded_texts: Sequence[str], host: str = "", pages: Sequence = ()) -> set[str]:
    """Currencies the site's country points to: its name or city in the text, or its TLD.

    ``pages`` (``text.PageText`` of the same texts) lets each name be looked for only
    where the page scan found it can start."""
    if pages:
        found = {code for code, terms in country_hint_sets() if _named_on(terms, pages)}
    else:
        found = {code for code, terms in country_hint_sets() if any(terms.pattern.search(t) for t in folded_texts)}
    tlds = money_lexicon().get("country_tlds", {})
    found |= {code for tld, code in tlds.items() if host.endswith("." + tld)}
    return found


_REGION = re.compile(r"^[a-z]{2,3}(?:[-_][a-z]{4})?[-_]([a-z]{2})(?:[-_]|$)", re.I)


def declared_region_currencies(langs: Iterable[str | None]) -> set[str]:
    """The currency of the one region the pages' ``lang`` attributes name ("es-UY" ->
    UYU, "zh-Hant-TW" -> TWD), where they name one and only one."""
    regions = {match.group(1).upper() for lang in langs if lang and (match := _REGION.match(lang.strip()))}
    if len(regions) != 1:
        return set()
    return set(_region_currencies(regions.pop())[:1])


@cache
def _region_currencies(region: str) -> tuple[str, ...]:
    return tuple(get_territory_currencies(region))


def _named_on(terms: TermSet, pages: Sequence) -> bool:
    """Whether a segment of the pages holds one of ``terms``, tried where the page scan
    found they can start."""
    for page in pages:
        local = page.per_segment(terms)
        for number in range(len(page.segments)) if local is None else local:
            if terms.first(page.segments[number].folded, None if local is None else local[number]):
                return True
    return False


def currency_names(text: str) -> set[str]:
    """Currencies that ``text`` names unambiguously by ISO code, symbol or word, next
    to an amount or not: "en dollars canadiens (CA$)", "(ARS)", "US$ 450"; in Arabic
    also with the article and a clitic on it ("بالدرهم الإماراتي", with the dirham of the Emirates)."""
    bare = without_arabic_article(text)
    return _names_in(text) | (_names_in(bare) if bare != text else set())


def _names_in(text: str) -> set[str]:
    _, currency, symbols, _ = _tables()
    shared = ambiguous_symbols()
    found = set()
    for match in finditer_at(currency, text, _candidates(text, amounts=False)):
        compact = _SPACES.sub(" ", match.group(0).strip())
        if compact in shared:
            continue
        code = symbols.get(compact) or (compact if compact.isupper() else None)
        if code:
            found.add(code)
    return found | {code for *_, code in _whole_names(text)}


def resolve(money: Money, explicit_codes: set[str], hinted: set[str] = frozenset(),
            near: set[str] = frozenset(), on_page: set[str] = frozenset(),
            near_signs: set[str] = frozenset()) -> str:
    """The currency of an ambiguous symbol: the one candidate named around the amount
    (its sentence, labels, table header), else the one the site's country points to
    (a site in Buenos Aires that writes "USD 120" for foreigners means pesos by a bare
    "$"), else the one the prices around are written in ("US$199" in the row above),
    else written out as an ISO code on its page, then elsewhere on the site, else the
    symbol's default."""
    candidates = ambiguous_symbols().get(money.symbol, [])
    for known in (near, hinted, near_signs, on_page, explicit_codes):
        matching = [c for c in candidates if c in known]
        if len(matching) == 1:
            return matching[0]
    return money.currency
