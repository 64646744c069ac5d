"""Cost checks: fees to take part, an explicitly free way to take part, fee support,
and remote participation.

A fee is an amount with a currency whose surroundings — its sentence, the card's
labels or the table's header, its headings, the page title, the page's role — speak
of taking part rather than of another price (sponsorship, hotels and travel, salaries,
grants, prizes, budgets); the other prices are kept apart as evidence. Dates, years,
counts, phone and room numbers carry no currency, so they are never fees.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from urllib.parse import urlsplit

from ..lexicon import Places, TermSet, concept, fold, load_lexicon, near, words_in
from .catalogue import CheckSpec
from .common import QUOTED, absence_finding, evidence, finding, split_hits, tri_state
from .derived import page_url
from .money import (Money, ambiguous_symbols, currency_names, currency_texts, declared_region_currencies, find_money,
                    hinted_currencies, money_lexicon, resolve)
from .outcome import CheckOutcome, SiteArtifacts
from .text import Hit, PageText, ascii_digits, find, site_text, word_count

FEE_PAGE_ROLES = ("fees", "registration")
MAX_AMOUNT = 100_000  # a price to take part above this is a budget, not a fee
SMALL_UNIT_CAP = 5_000  # ... in US dollars' worth, for currencies of small units
LABEL_SEGMENTS = 2  # a price card puts its label on the lines before the amount
# A price alone on its line, as on a card ("₦10,000", "USD 120 / person"; two Chinese
# characters count as a word).
CARD_PRICE_WORDS = 4
CAPTION_WORDS = 12  # a line naming one currency just above a table, at most this long, is its caption
DECISIVE = 1.5  # a frame with words of both sides decides when one side weighs this much more
TRANSPORT_REACH = 8  # a ticket this few words after a bus, line or station is a fare
# A line that is only a number: its currency stands on the line before or after
# ("2,400" between "Early Bird" and "NTD / person", "Regular — Rs." before "2,500").
_PASS = re.compile(r"(?<!\w)(?:pass|passe|pase)(?!\w)")
# Arabic decimal and thousands separators (٫ ٬) included: "٣٥٫٠٠٠" under "(د.ب)".
_BARE_AMOUNT = re.compile(r"[\d\s.,'’\u00a0\u202f\u2009\u066b\u066c]*\d[\d\s.,'’\u00a0\u202f\u2009\u066b\u066c]*")


@dataclass(frozen=True)
class Frame:
    """One level of what surrounds an amount, from the amount outwards: its sentence,
    the labels before it (or its table's caption and header row), its headings, the
    page title."""
    level: str
    text: str  # as on the page
    folded: str
    places: Places | None = None


EXCHANGE_RATE = Frame("amount", "an exchange rate (an amount equal to another)", "")
# "1 EUR = 22 CZK", "HK$1 ≈ RMB 0.92", "HK$1 is roughly RMB 0.92".
_EXCHANGE = re.compile(r"^\s*(?:=|≈|~|is roughly|is about|equals)\s*\S*\d")
# Between a price and the same price in another currency: " (", " / ", " (about ".
_EQUIVALENT = re.compile(r"\s*[(/]\s*(?:about|approx\.?|approximately|ca\.|env\.|environ|aprox\.?|aproximadamente|cerca de|около|约|約|حوالي"
                         r"|i\.e\.|that is|soit|es decir|ou seja|то есть|即|أي)?\s*")
# Before the same price in another currency: "= ", "soit ", "أي ما يعادل ".
_EXCHANGE_BEFORE = re.compile(
    r"(?:=|≈|equivalent to|equivalente a|soit|يعادل|相当于|что составляет|эквивалент)\s*\S{0,4}$")
QUOTED_TITLE = Frame("amount", "inside a quoted title (a talk, a book)", "")


@cache
def _generic_fee_words() -> TermSet:
    return TermSet("money.generic_fee_words", {"any": load_lexicon("money").get("generic_fee_words") or []})


@cache
def _travel_words() -> tuple[TermSet, TermSet]:
    """Ticket words, which a fare shares with an event ("boleto", "تذكرة", "билет"), and
    the words of public transport that make them a fare."""
    money = load_lexicon("money")
    return (TermSet("money.ticket_words", {"any": money.get("ticket_words") or []}),
            TermSet("money.transport_words", {"any": money.get("transport_words") or []}))


def _fares(folded: str, fee: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The ticket words of ``fee`` that follow a word of public transport closely in
    one sentence: "Líneas de colectivo 128 y 136; el boleto cuesta $ 940", "الحافلة
    السريعة من عمّان ٨٫٥٠٠ د.أ للتذكرة" are fares. A ticket named first ("Entry ticket
    €10; free shuttle bus") stays a ticket."""
    tickets, transport = _travel_words()
    return [span for span in fee if tickets.pattern.fullmatch(span[2])
            and any(near(folded, ride.span(), span[:2], TRANSPORT_REACH) for ride in transport.finditer(folded[:span[0]]))]


def _inside(span: tuple[int, int, str], longer: list[tuple[int, int, str]]) -> bool:
    return any(start <= span[0] and span[1] <= end and end - start > span[1] - span[0] for start, end, _ in longer)


def price_kind(folded: str, places: Places | None = None, at: tuple[int, int] | None = None) -> tuple[str | None, str]:
    """("fee" | "other" | None, the deciding term): words about taking part against
    words about other prices (sponsorship, hotels, travel, salaries, grants...). In the
    amount's own sentence (``at``: where the amount stands) each word weighs by its
    nearness, 1 / (1 + the words between): "charities with an income under £100,000" is
    about income although "reduced rate for students" stands earlier. Elsewhere each
    word weighs one; a generic word ("fee", "members", "students": whom a price is for)
    half, and generic words alone never outweigh a word of another price ("annual dues:
    R$ 120, students R$ 60" are dues). Nearly as much of each (up
    to ``DECISIVE`` times), or none, decides nothing. A word inside a longer
    term of the other side is that term: "individual sponsor ticket" is a ticket,
    "public transport ticket" is travel."""
    fee, other = _sides(folded, places)
    if not fee and not other:
        return None, ""
    if at is not None and fee and (fares := _fares(folded, fee)):
        fee = [span for span in fee if span not in fares]
        other = other + fares

    generic = _generic_fee_words().pattern
    only_generic = all(generic.fullmatch(span[2]) for span in fee)

    def weight(span: tuple[int, int, str]) -> float:
        if at is None:
            return 1.0
        between = folded[span[1]:at[0]] if span[1] <= at[0] else folded[at[1]:span[0]]
        nearness = 1 / (1 + words_in(between))
        return nearness / 2 if span in fee and generic.fullmatch(span[2]) else nearness

    fee_weight, other_weight = sum(map(weight, fee)), sum(map(weight, other))
    if other and only_generic:  # "annual dues: R$ 120 (students R$ 60)": whom, not what for
        return "other", max(other, key=weight)[2]
    if max(fee_weight, other_weight) <= DECISIVE * min(fee_weight, other_weight):
        return None, ""  # too close to call here: the next frame out decides
    side = fee if fee_weight > other_weight else other
    return ("fee" if side is fee else "other"), max(side, key=weight)[2]


def _cap(currency: str) -> float:
    """The highest price to take part: MAX_AMOUNT, or in a currency of small units about
    US$ 5,000 worth of them (VND 1,200,000 is a ticket, USD 1,200,000 a budget)."""
    per_dollar = (load_lexicon("money").get("units_per_dollar") or {}).get(currency)
    return max(MAX_AMOUNT, SMALL_UNIT_CAP * per_dollar) if per_dollar else MAX_AMOUNT


def _sides(folded: str, places: Places | None = None) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The words about taking part and the words of other prices in a text; a term
    inside a longer term of the other side is that term."""
    fee = concept("money", "fee_context").spans(folded, folded, places=places)
    other = concept("money", "not_fee").spans(folded, folded, places=places)
    return [span for span in fee if not _inside(span, other)], [span for span in other if not _inside(span, fee)]


@lru_cache(maxsize=256)
def _without_amounts(text: str) -> str:
    """``text`` with its amounts and their signs blanked out: the currency names left
    name no price of their own."""
    for money in reversed(find_money(text)):
        text = text[:money.start] + " " + text[money.end:]
    return text


def _in_quoted_title(text: str, money: Money, previous: str = "") -> bool:
    """Whether ``money`` lies inside a quoted title: four words or more between
    typographic quotation marks (« », “ ”, „ “), any run between Chinese title marks; the
    title may begin in the ``previous`` line ("« Combien coûte un manuel ?" | "De 350
    gourdes à l'impression »"). Straight quotes are left out: between two of them may lie
    the text between two quoted names ("Standard" pass costs €30 ... the "Student" pass)."""
    shift = len(previous) + 1
    return any(quote.start(1) <= money.start + shift and money.end + shift <= quote.end(1)
               and quote.group(0)[0] != '"'
               and (quote.group(0)[0] in "《「『" or len(quote.group(1).split()) >= 4)
               for quote in QUOTED.finditer(f"{previous} {text}"))


@lru_cache(maxsize=64)
def _over_cap(cap: float) -> Frame:
    return Frame("amount", f"above {cap:,.0f}: a budget, not a price to take part", "")


def _only_other_prices(folded: str, places: Places | None = None) -> bool:
    """Whether a text names other prices (visa, hotel, shuttle...) and nothing about
    taking part."""
    fee, other = _sides(folded, places)
    return bool(other) and not fee


def _headings(page: dict[str, Any]) -> dict[str, int]:
    """Heading text (whitespace-normalised) -> level, for the page's h1-h3."""
    found: dict[str, int] = {}
    for heading in (page.get("dom") or {}).get("headings") or []:
        text = " ".join(str(heading.get("text") or "").split())[:240]
        if text:
            found.setdefault(text, int(heading.get("level") or 3))
    return found


@dataclass(frozen=True)
class PageOutline:
    """A page's headings among its segments (segment number -> level) and its title."""
    heading_at: dict[int, int]
    numbers: list[int]  # the heading segments' numbers, in order
    title: str
    title_folded: str

    @classmethod
    def of(cls, view: PageText, page: dict[str, Any]) -> PageOutline:
        levels = _headings(page)
        heading_at = {n: levels[s.snippet] for n, s in enumerate(view.segments) if s.snippet in levels}
        title = str(page.get("title") or (page.get("dom") or {}).get("title") or "")
        return cls(heading_at, sorted(heading_at), title, ascii_digits(fold(title)))


def frames(view: PageText, first: int, last: int, outline: PageOutline) -> list[Frame]:
    """What surrounds the amount in segments ``first``..``last`` of a page, nearest first."""
    segments = view.segments
    heading_at = outline.heading_at
    sentence = segments[first:last + 1]
    found = [Frame("sentence", " ".join(s.text for s in sentence), " ".join(s.folded for s in sentence),
                   view.across(first, last))]
    if "\t" in segments[first].text:
        top = first
        while top > 0 and "\t" in segments[top - 1].text and top - 1 not in heading_at:
            top -= 1
        around = [n for n in (top - 1, top) if 0 <= n < first and n not in heading_at]
        level = "table"
    else:
        around = []
        for n in range(first - 1, max(-1, first - 1 - LABEL_SEGMENTS), -1):
            if n in heading_at:
                break
            around.insert(0, n)
        level = "labels"
    if around:
        contiguous = around == list(range(around[0], around[-1] + 1))
        found.append(Frame(level, " ".join(segments[n].text for n in around),
                           " ".join(segments[n].folded for n in around),
                           view.across(around[0], around[-1]) if contiguous else None))
    deepest = 7
    for n in reversed(outline.numbers[:bisect_left(outline.numbers, first)]):
        if heading_at[n] < deepest:
            deepest = heading_at[n]
            found.append(Frame("heading", segments[n].text, segments[n].folded, view.at(n)))
            if deepest == 1:
                break
    if outline.title:
        found.append(Frame("title", outline.title, outline.title_folded))
    return found


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return ascii_digits(fold(text))


def classify(found: list[Frame], role: str, amount: str = "",
             leanings: dict[str, tuple[str | None, str]] | None = None) -> tuple[bool, Frame | None, str]:
    """Whether an amount is a fee, the frame that decided and its deciding term: the
    nearest frame that leans one way decides; none does, the page's role does.
    ``amount`` (as written) places the amount in its sentence. ``leanings`` keeps what
    the frames around no amount lean to (labels, headings, title: shared by many
    amounts of a page), by their folded text."""
    for frame in found:
        if frame.level == "sentence" and (outside := _outside_event(frame)):
            return False, frame, outside
        at = None
        if frame.level == "sentence" and amount:
            written = _folded(amount)
            start = frame.folded.find(written)
            at = (start, start + len(written)) if start >= 0 else None
        if at is None and leanings is not None:
            if frame.folded not in leanings:
                leanings[frame.folded] = price_kind(frame.folded, frame.places)
            kind, term = leanings[frame.folded]
        else:
            kind, term = price_kind(frame.folded, frame.places, at)
        if kind is not None:
            return kind == "fee", frame, term
    return role in FEE_PAGE_ROLES, None, ""


def _outside_event(sentence: Frame) -> str:
    """The words of a sentence with one amount that put what it prices outside the
    event ("not part of the conference programme", "on the sponsor's page") or make it
    money paid out to participants ("We refund bus fares ... up to MK 25,000"), or ""."""
    for name in ("outside_event", "paid_out"):
        hit = concept("money", name).terms.search(sentence.folded)
        if hit and len(find_money(sentence.text)) <= 1:
            return hit.group(0)
    return ""


@dataclass(frozen=True)
class PriceText:
    """Where amounts may stand: segments ``first``..``last`` of a page (``number`` the
    priced one), their ``text`` with the priced part at ``start``..``end``, what the
    evidence quotes, and the amount as written when the text is made up (a table
    cell read with its column's currency)."""
    first: int
    last: int
    number: int
    text: str
    start: int
    end: int
    context: str
    written: str | None = None


_PARENTHESIS = re.compile(r"\(\s*([^()\d]{1,12}?)\s*\)")


def _column_currency(text: str) -> str | None:
    """The one currency a table's header cell or caption names ("Fee (HK$)"), or the
    shared sign it gives in parentheses ("Participantes de Bolivia (Bs)"): an amount of
    the column is then read as written with that sign, and the sign resolved as any other."""
    codes = currency_names(text)
    if codes:
        return codes.pop() if len(codes) == 1 else None
    shared = ambiguous_symbols().keys() | (money_lexicon().get("needs_country") or {}).keys()
    signs = {match.group(1) for match in _PARENTHESIS.finditer(text) if match.group(1) in shared}
    return signs.pop() if len(signs) == 1 else None


def _amount_spans(view: PageText) -> list[PriceText]:
    """Each segment with a currency; each bare number glued to the lines around it;
    each bare number in a table column whose header names a currency ("Fee (HK$)",
    "EUR"), or in a table whose caption names one ("Registration rates (FJD)")."""
    segments = view.segments
    spans = [PriceText(n, n, n, segments[n].text, 0, len(segments[n].text), segments[n].snippet)
             for n in currency_texts([s.text for s in segments])]
    columns: dict[int, str] = {}
    caption: str | None = None  # the one currency a short line just above a table names
    header_cells = 0
    for n, segment in enumerate(segments):
        if _BARE_AMOUNT.fullmatch(segment.text):
            first, last = max(0, n - 1), min(n + 1, len(segments) - 1)
            before = "".join(s.text + " " for s in segments[first:n])
            glued = before + " ".join(s.text for s in segments[n:last + 1])
            spans.append(PriceText(first, last, n, glued, len(before), len(before) + len(segment.text),
                                   " ".join(glued.split())[:240]))
        if "\t" not in segment.text:
            columns, caption = {}, None
            if n + 1 < len(segments) and "\t" in segments[n + 1].text:
                # Just above a table: "Registration rates (FJD, incl. VAT)", which may be
                # cut in two at "incl.".
                lines = " ".join(s.text for s in segments[max(0, n - 1):n + 1])
                lines = lines if len(lines.split()) <= CAPTION_WORDS else segment.text
                caption = _column_currency(lines) if len(lines.split()) <= CAPTION_WORDS else None
            continue
        cells = segment.text.split("\t")
        named = {i: code for i, cell in enumerate(cells)
                 if not _BARE_AMOUNT.fullmatch(cell.strip()) and (code := _column_currency(cell))}
        if named and not any(_BARE_AMOUNT.fullmatch(cell.strip()) for cell in cells):
            columns = named  # a header row: the currency of each column below
            header_cells = len(cells)
            continue
        # A header row over the amounts only (its corner cell empty, so not in the text)
        # is one cell shorter than the rows: it names the last columns.
        shift = max(0, len(cells) - header_cells) if columns else 0
        for i, cell in enumerate(cells):
            currency = columns.get(i - shift) or (caption if i > 0 else None)
            if currency and _BARE_AMOUNT.fullmatch(cell.strip()):
                made = f"{cell.strip()} {currency}"
                spans.append(PriceText(n, n, n, made, 0, len(made), segment.snippet, cell.strip()))
    return spans


def fees(site: SiteArtifacts) -> list[dict[str, Any]]:
    """Every price to take part, once per (amount, currency), with page, context and the
    words that made it a fee."""
    return site.memo("prices", prices)[0]


def prices(site: SiteArtifacts) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                         dict[tuple[float, str], list[tuple[str, str]]]]:
    """(fees, other prices, where each fee is stated): every amount with a currency,
    sorted into prices to take part and other prices (sponsorship, hotel, travel, salary,
    grant...), each once per (amount, currency) with page, context and the deciding
    words; and every (page, context) that states each fee."""
    candidates: list[tuple[Money, str, str, bool, Frame | None, str, set[str]]] = []
    text = site_text(site.segments)
    pages = {page_url(page): page for page in site.audited_pages}
    needs_country = money_lexicon().get("needs_country") or {}
    for url, view in text.pages.items():
        language = site.languages.get(url, (None, 0))[0]
        outline: PageOutline | None = None
        leanings: dict[str, tuple[str | None, str]] = {}
        segments = view.segments
        for span in _amount_spans(view):
            moneys = [m for m in find_money(span.text, language)
                      if m.start < span.end and m.end > span.start and m.amount > 0]
            if not moneys:
                continue
            outline = outline or PageOutline.of(view, pages.get(url, {}))
            found = frames(view, span.first, span.last, outline)
            # The currency a shared symbol means is often named just before: in the
            # table's caption or header, the rows above, the card's label.
            near: tuple[set[str], set[str]] = (set(), set())
            if any(money.symbol in ambiguous_symbols() or money.symbol in needs_country for money in moneys):
                around = " ".join([*(s.text for s in segments[max(0, span.first - LABEL_SEGMENTS):span.first]),
                                   *(f.text for f in found if f.level in ("sentence", "labels", "table"))])
                # Names that price nothing ("in Canadian dollars", "Fee (HK$)"), and the
                # signs of the prices around ("US$199" in the row above).
                named = currency_names(_without_amounts(around))
                near = (named, currency_names(around) - named)
            before: tuple[Money, bool, Frame | None, str] | None = None
            for money in moneys:
                if before is not None and _EQUIVALENT.fullmatch(span.text[before[0].end:money.start]):
                    # "USD 250 (UGX 950,000)": the same price in another currency. In the
                    # same one it is the old money's count: "١٬٥٠٠ أوقية جديدة (١٥٬٠٠٠ أوقية قديمة)".
                    if money.currency != before[0].currency:
                        candidates.append((money, url, span.context, *before[1:], near))
                    continue
                # A shared sign ("$ 350.000" in Neiva) is capped by the currency it may
                # mean with the smallest units; the currency it is read as decides below.
                meanings = ambiguous_symbols().get(money.symbol, [money.currency])
                if money.amount > (cap := max(map(_cap, meanings))):
                    candidates.append((money, url, span.context, False, _over_cap(cap), "", near))
                    continue
                if _in_quoted_title(span.text, money, segments[span.first - 1].text if span.first else ""):
                    candidates.append((money, url, span.context, False, QUOTED_TITLE, "", near))
                    continue
                if _EXCHANGE.search(span.text[money.end:money.end + 12]) or \
                        _EXCHANGE_BEFORE.search(span.text[max(0, money.start - 20):money.start]):
                    candidates.append((money, url, span.context, False, EXCHANGE_RATE, "", near))
                    continue
                is_fee, frame, term = classify(found, segments[span.number].role, span.written or money.text,
                                               leanings)
                candidates.append((money, url, span.context, is_fee, frame, term, near))
                before = (money, is_fee, frame, term)
    explicit = {money.currency for money, *_ in candidates if money.explicit}
    hinted = hinted_currencies([s.folded for s in text], urlsplit(site.url).hostname or "",
                               pages=list(text.pages.values())) if candidates else set()
    if candidates and len(hinted) != 1:
        # No country named, no national TLD: the pages' lang="es-UY". Several named: the one
        # the pages' lang names among them (a Chinese site in Yokohama, lang="zh-Hans-JP",
        # that writes "中国語教育", Chinese-language teaching).
        declared = declared_region_currencies(page.get("lang_declared") for page in site.audited_pages)
        if not hinted:
            hinted = declared
        elif declared & hinted:
            hinted = declared & hinted
    # A sign that needs its country ("R", "P") is read where the country is named, a code is
    # written on the site, or the table's column or the card names the currency ("ZAR" over
    # "R 850" on a Mozambican site).
    candidates = [c for c in candidates if c[0].symbol not in needs_country
                  or set(needs_country[c[0].symbol]) & (hinted | explicit | c[6][0])]
    on_page: dict[str, set[str]] = {}
    for money, url, *_ in candidates:
        if money.explicit:
            on_page.setdefault(url, set()).add(money.currency)
    found_fees: dict[tuple[float, str], dict[str, Any]] = {}
    others: dict[tuple[float, str], dict[str, Any]] = {}
    # Every (page, context) where a fee is stated: the first is its evidence, the others
    # may say whom it is for (a card on the fees page, below a summary on the home page).
    stated: dict[tuple[float, str], list[tuple[str, str]]] = {}
    # A currency a page writes with a sign of its own made of the bare one ("US$ 60",
    # "MX$3,400"; not a code, which sites in Buenos Aires or Dubai write beside their own
    # bare signs) is not what a bare "$" on that page means, though the site's country
    # points to it: "$249" beside "US$199" and "MX$3,400" on a San Diego page that names
    # Tijuana is dollars. On another page it is no contrast: "CA$45" on the English page of
    # a site in Québec, "45 $" on its French one.
    signed: dict[str, set[tuple[str, str]]] = {}
    for money, url, *_ in candidates:
        if not money.explicit and money.symbol not in ambiguous_symbols():
            signed.setdefault(url, set()).add((money.symbol, money.currency))
    for money, url, context, is_fee, frame, term, (named, signs) in candidates:
        # Only a sign made of the bare one ("US$" of "$"): "රු." is the rupee "Rs." means.
        own = {currency for symbol, currency in signed.get(url, ()) if money.symbol in symbol}
        currency = resolve(money, explicit, hinted - own, named, on_page.get(url, set()), signs)
        if is_fee and money.amount > (cap := _cap(currency)):
            is_fee, frame, term = False, _over_cap(cap), ""
        entry = {"amount": money.amount, "currency": currency, "page": url, "context": context,
                 "evidence": ({"level": frame.level, "term": term, "text": " ".join(frame.text.split())[:240]}
                              if frame else {"level": "page", "term": "", "text": ""})}
        (found_fees if is_fee else others).setdefault((money.amount, currency), entry)
        if is_fee:
            stated.setdefault((money.amount, currency), []).append((url, context))
    others = {key: value for key, value in others.items() if key not in found_fees}
    order = lambda f: (f["currency"], f["amount"])  # noqa: E731
    return sorted(found_fees.values(), key=order), sorted(others.values(), key=order), stated


def free_option(site: SiteArtifacts) -> tuple[bool | None, list]:
    """True for an explicitly free way to take part; False when the site says everyone
    pays, or states fees and offers no free way; None when nothing about the cost of
    taking part could be read."""
    hits = find(site.segments, concept("participation", "free_option"))
    # "The visa is issued free at the airport": free, but not a way to take part.
    segments = site.segments
    affirmed, denied = split_hits([h for h in hits if not _only_other_prices(h.segment.folded,
                                                                             segments.places_of(h.segment))])
    affirmed += [h for h in find(site.segments, concept("participation", "pay_what_you_can")) if not h.negated
                 and any(m.amount == 0 for m in find_money(h.segment.text))]
    paid_only = [h for h in find(site.segments, concept("participation", "paid_only")) if not h.negated]
    if not affirmed and not paid_only:
        affirmed = _free_rows(site)
    if affirmed:
        return True, affirmed
    if not denied and not paid_only and site.memo("prices", prices)[0]:
        return False, []
    return tri_state([], denied + paid_only), denied + paid_only


def fee_support(site: SiteArtifacts) -> tuple[bool | None, list]:
    """Offered (True) or not found on the audited pages (False); None when nothing was
    readable. A reduced rate counts: a fee for students, youth or a concession below
    another fee in its currency, or free entry for such a group where others pay, where
    the site does not say that no discount is offered."""
    affirmed, denied = split_hits(find(site.segments, concept("participation", "fee_support")))
    discount = concept("money", "discount")
    if not affirmed and not any(discount.spans(h.segment.folded, h.segment.folded) for h in denied):
        if reduced_rates(site):
            return True, []
        # Where others pay, free entry for a group ("Wanafunzi wa shule za sekondari wakiwa
        # na sare huingia bure", school students in uniform; women from the camps for
        # displaced people) waives the fee for it.
        # So does a sentence whose subject pays nothing, where the subject is not everyone
        # ("Shearers nominated by their wool growers' association pay nothing").
        groups = (concept("money", "reduced_category"), concept("money", "waiver_group"))
        exempt, everyone = concept("money", "exempt_payer"), concept("money", "everyone").terms
        free, free_hits = site.memo("free_option", free_option)
        group_free = [h for h in free_hits if any(g.spans(h.segment.folded, h.segment.folded) for g in groups)
                      or _group_row(h.segment.text, h.term)
                      or (exempt.spans(h.segment.folded, h.segment.folded) and not everyone.search(h.segment.folded))
                      ] if free is True and fees(site) else []
        if group_free:
            return True, group_free
    return (bool(affirmed) if site.audited_pages else None), affirmed or denied


_ROW = re.compile(r"^(?P<label>[^\t:：]*\w[^\t:：]*)[\t:：]\s*(?P<value>[^\t:：]+?)[\s.!。]*$")


def _free_rows(site: SiteArtifacts) -> list[Hit]:
    """The rows of a fees table that price a group of people at nothing, on a page that
    states fees: "عضوات لجان المياه القروية<tab>مجانًا" below the builders' and students'
    prices, where no word of taking part stands near enough for "مجانًا" alone."""
    fee_pages = {fee["page"] for fee in fees(site)}
    weak = concept("participation", "free_option").weak
    if not fee_pages or weak is None:
        return []
    rows = []
    for segment in site.segments:
        if segment.page in fee_pages and (row := _ROW.match(segment.text.strip())) is not None:
            value = fold(row.group("value"))
            if any(m.start() == 0 and m.end() == len(value) for m in weak.finditer(value)) and \
                    _group_row(segment.text, value):
                rows.append(Hit(segment, value, False))
    return rows


def _group_row(text: str, term: str) -> bool:
    """Whether ``text`` (as on the page: a table's cells stand apart by tabs) is a fees
    table's row that prices a group of people at nothing: "Waendesha bodaboda wa SACCO
    zilizosajiliwa: bure", "ASCP<tab>gratuit" (not "Entry: free")."""
    row = _ROW.match(text.strip())
    if row is None or fold(row.group("value")) != fold(term):
        return False
    return not concept("money", "not_a_group").terms.search(fold(row.group("label")))


def reduced_rates(site: SiteArtifacts) -> list[dict[str, Any]]:
    """The fees for a reduced category (students, youth, concessions) that are lower than
    the highest fee in their currency."""
    found = fees(site)
    highest: dict[str, float] = {}
    for fee in found:
        highest[fee["currency"]] = max(highest.get(fee["currency"], 0.0), fee["amount"])
    reduced = concept("money", "reduced_category")
    return [fee for fee in found if fee["amount"] < highest[fee["currency"]]
            and any(reduced.spans(folded := _folded(text), folded)
                    for text in [*_named_by(fee), *_stated(site, fee), *_card_title(site, fee)])]


def _stated(site: SiteArtifacts, fee: dict[str, Any]) -> list[str]:
    """The other rows and sentences that state the same fee: "Étudiants des écoles normales
    supérieures<tab>20 000 FBu" on the fees page, where the home page said it in Kirundi."""
    return [context for _, context in site.memo("prices", prices)[2].get((fee["amount"], fee["currency"]), [])[1:]]


def _card_title(site: SiteArtifacts, fee: dict[str, Any]) -> list[str]:
    """The line right above a price that stands alone, as a card's title does, on any page
    that states the fee (a heading is no label of a price, so it is not among the words
    that made it a fee): "Apprentices and boat boys" over "₦10,000" on the fees page, where
    the home page said it in a sentence of another language."""
    titles = []
    pages = site_text(site.segments).pages
    for url, context in site.memo("prices", prices)[2].get((fee["amount"], fee["currency"]), []):
        if word_count(context) <= CARD_PRICE_WORDS and url in pages:
            segments = pages[url].segments
            titles += [segments[n - 1].text for n, s in enumerate(segments) if n and s.text == context][:1]
    return titles


def _named_by(fee: dict[str, Any]) -> list[str]:
    """The words that say whom a fee is for: its sentence or row, and the card label or
    heading that made it a fee ("學生票" above "600 NTD")."""
    decided = fee.get("evidence") or {}
    return [fee["context"], *([decided["text"]] if decided.get("level") in ("labels", "table", "heading") else [])]


def _other_platform(hit: Hit, watch_only: str) -> bool:
    """Whether a remote-participation sentence names a meeting platform that the page's
    watch-only sentences do not: "take part remotely via Zoom ... the sessions are also
    streamed on YouTube for viewing only" offers Zoom."""
    weak = concept("participation", "remote_participation").weak
    if weak is None:
        return False
    return any(m.group(0) not in watch_only for m in weak.finditer(hit.segment.folded))


def remote_participation(site: SiteArtifacts) -> tuple[bool | None, list, list]:
    """Offered (True) or not found (False, whether or not sessions are webcast)."""
    affirmed, denied = split_hits(find(site.segments, concept("participation", "remote_participation")))
    in_person = [h for h in find(site.segments, concept("participation", "in_person_only")) if not h.negated]
    # "Virtual pass (livestream of the main stage, viewing only)": the sentence, or the
    # page ("questions cannot be taken from online viewers"), takes it back.
    watch_only: dict[str, str] = {}
    for h in in_person:
        watch_only[h.segment.page] = watch_only.get(h.segment.page, "") + " " + h.segment.folded
    affirmed = [h for h in affirmed if h.segment.page not in watch_only
                or _other_platform(h, watch_only[h.segment.page])]
    if in_person:
        # A virtual pass says nothing of what its holders can do: where the site says its
        # stream is watch-only ("The livestream is watch-only" in the FAQ), it is taken
        # back on every page.
        affirmed = [h for h in affirmed if not _PASS.search(h.term)]
    webcast = [h for h in find(site.segments, concept("participation", "webcast")) if not h.negated]
    return (bool(affirmed) if site.audited_pages else None), affirmed or denied + in_person, webcast


def evaluate_fees(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    found, others, _ = site.memo("prices", prices)
    free, _ = site.memo("free_option", free_option)
    findings = []
    if found and free is not True:
        cheapest = min(found, key=lambda f: f["amount"])
        listed = "; ".join(f"{f['currency']} {f['amount']:g}" for f in found[:8])
        findings.append(finding(spec, cheapest["page"], f"Taking part costs money ({listed}) and no free way "
                                "to take part is stated.", snippet=cheapest["context"],
                                pages=sorted({f["page"] for f in found})))
    return CheckOutcome(spec.id, findings=findings, facts={"fees": found, "other_prices": others},
                        measures={"fee_count": len(found)})


def evaluate_free_option(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    value, hits = site.memo("free_option", free_option)
    return CheckOutcome(spec.id, facts={"free_option": value}, measures={"evidence": [evidence(h) for h in hits[:3]]})


def evaluate_fee_support(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    value, hits = fee_support(site)
    reduced = reduced_rates(site) if value and not hits else []
    findings = []
    found = fees(site)
    if found and value is not True:
        findings.append(finding(spec, found[0]["page"], "Fees are charged but no fee waiver, fellowship, travel "
                                "grant or reduced rate is offered.", snippet=found[0]["context"]))
    return CheckOutcome(spec.id, findings=findings, facts={"fee_support": value},
                        measures={"evidence": [evidence(h) for h in hits[:3]] or
                                  [{"page": f["page"], "snippet": f["context"], "term": "reduced rate"}
                                   for f in reduced[:3]]})


def evaluate_remote_participation(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    value, hits, webcast = remote_participation(site)
    findings = []
    if value is not True:
        if webcast:
            page, snippet = webcast[0].segment.page, webcast[0].segment.snippet
            message = ("Sessions are only webcast: remote people can watch but not take part "
                       "(speak, ask questions, vote).")
        else:
            page, snippet = (hits[0].segment.page, hits[0].segment.snippet) if hits else (site.url, "")
            message = "No way to take part remotely is offered."
        # Said on the site (in person only, no remote participation) it is confirmed;
        # found nowhere, it rests on every page that could offer it having been read.
        findings.append(finding(spec, page, message, snippet=snippet) if hits
                        else absence_finding(spec, site, page, message, snippet=snippet))
    return CheckOutcome(spec.id, findings=findings, facts={"remote_participation": value},
                        measures={"evidence": [evidence(h) for h in hits[:3]], "webcast": len(webcast)})
