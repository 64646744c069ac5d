"""Amounts of money in page text, with their ISO 4217 currency.

Currencies are recognised by symbol or word (``checks/lexicons/money.yaml``) and by
three-letter ISO code (babel's list), before or after the amount. Amounts are parsed
by price-parser once the decimal separator is decided: a separator followed by
exactly three digits at the end groups thousands ("1.500", "1,500", "1 500"); any
other last separator is the decimal one ("1.200,50", "45.50").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from babel.numbers import list_currencies
from price_parser import Price

from ..lexicon import load_lexicon

_AMOUNT = r"\d{1,3}(?:[ ,.\u00a0\u202f\u2009'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SPACE = r"[ \u00a0\u202f\u2009]?"


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


@cache
def _tables() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, dict[str, str]]]:
    """The amount-with-currency pattern, the currency pattern alone, symbols and by_language."""
    lexicon = load_lexicon("money")
    symbols: dict[str, str] = lexicon["symbols"]
    codes = sorted(c for c in list_currencies() if len(c) == 3 and c.isalpha())
    words = sorted(symbols, key=len, reverse=True)

    def token(word: str) -> str:
        escaped = re.escape(word).replace(r"\ ", _SPACE)
        # Letter-based symbols ("руб", "dollars", "Fr.") must stand alone as words.
        return rf"(?<![^\W\d_]){escaped}(?![^\W\d_])" if word[:1].isalpha() else escaped

    currency = "|".join([*(token(w) for w in words), *(rf"(?<![A-Za-z]){c}(?![A-Za-z])" for c in codes)])
    pattern = re.compile(
        rf"(?P<c1>{currency}){_SPACE}(?P<a1>{_AMOUNT})(?!\d)"
        rf"|(?<![\d.,])(?P<a2>{_AMOUNT}){_SPACE}(?P<c2>{currency})"
    )
    return pattern, re.compile(currency), symbols, lexicon.get("by_language", {})


def parse_amount(text: str) -> Decimal | None:
    digits = re.sub(r"[\s\u00a0\u202f\u2009'’]", "", text)
    separators = [ch for ch in digits if ch in ".,"]
    if not separators:
        decimal = "."
    elif len(set(separators)) == 2:
        decimal = separators[-1]
    elif re.search(r"[.,]\d{3}$", digits):
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
    return {symbols.get(word, word) for m in currency.finditer(text) if (word := m.group(0)) in hints}


def find_money(text: str, language: str | None = None) -> list[Money]:
    """Every amount with a currency in ``text`` (original, unfolded text); an ambiguous
    symbol takes the candidate a currency word in the same text names ("¥800（人民币）")."""
    pattern, _, symbols, by_language = _tables()
    local = by_language.get(language or "", {})
    hinted = None
    found = []
    for match in pattern.finditer(text):
        symbol = (match.group("c1") or match.group("c2")).strip()
        amount_text = match.group("a1") or match.group("a2")
        compact = re.sub(r"[ \u00a0\u202f\u2009]", " ", symbol)
        currency = local.get(compact) or symbols.get(compact) or (compact if compact.isupper() else None)
        amount = parse_amount(amount_text)
        if currency is None or amount is None:
            continue
        money = Money(float(amount), currency, match.start(), match.end(), match.group(0), compact)
        if compact in ambiguous_symbols():
            hinted = symbol_hints(text) if hinted is None else hinted
            money = replace(money, currency=resolve(money, set(), hinted))
        found.append(money)
    return found


@cache
def ambiguous_symbols() -> dict[str, list[str]]:
    return load_lexicon("money").get("ambiguous", {})


@cache
def _country_hints() -> list[tuple[str, re.Pattern[str]]]:
    from ..lexicon import TermSet

    hints = load_lexicon("money").get("country_hints", {})
    return [(code, TermSet(f"hint.{code}", {"any": words}).pattern) for code, words in hints.items()]


def hinted_currencies(folded_texts: list[str], host: str = "") -> set[str]:
    """Currencies the site's country points to: its name or city in the text, or its TLD."""
    found = {code for code, pattern in _country_hints() if any(pattern.search(t) for t in folded_texts)}
    tlds = load_lexicon("money").get("country_tlds", {})
    found |= {code for tld, code in tlds.items() if host.endswith("." + tld)}
    return found


def resolve(money: Money, explicit_codes: set[str], hinted: set[str] = frozenset()) -> str:
    """The currency of an ambiguous symbol: the candidate the site writes out as an ISO
    code, else the one its country points to, else the symbol's default."""
    candidates = ambiguous_symbols().get(money.symbol, [])
    for known in (explicit_codes, hinted):
        matching = [c for c in candidates if c in known]
        if len(matching) == 1:
            return matching[0]
    return money.currency
