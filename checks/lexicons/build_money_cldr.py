"""Write money_cldr.yaml: the currency signs and names of the Unicode CLDR (through
babel), for every territory's currency, so that a site's local way of writing its money
("6 000 DA", "B/. 25.00", "12 000 VT", "300 сомони") is read without a hand-written entry.

    .venv/bin/python checks/lexicons/build_money_cldr.py

The same rules for every territory, nothing chosen by hand:

- ``symbols``: the sign a territory's locales write for its currency ("DA" in fr_DZ,
  "B/." in es_PA, "ден." in mk_MK), where no locale writes it for another currency;
  single letters ("K", "R") are left out. A sign of one to three letters ("DA", "VT",
  "Le") only counts on a site that names the country: ``needs_country``.
- names, full and in their plural forms ("dinars algériens", "лаосских кипов"), in the
  seven languages and the territory's own, and the name without its country adjective
  ("кип" of "лаосский кип", "vatu" of "vatu vanuatuan") where that word names one
  currency only, in all of these languages: money only after an amount
  (``after_amount_only``).
- ``country_hints`` and ``country_tlds``: the names of the territories whose currency
  has such a short sign, in the same languages, and their top-level domains.

money.yaml, written by hand, wins wherever the two disagree (barrieraudit/evaluate/money.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import yaml
from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import get_territory_currencies

SEVEN = ["ar", "zh", "en", "fr", "ru", "es", "pt"]
MARKS = re.compile(r"[\u200e\u200f\u061c]")
LETTERS = re.compile(r"^[^\W\d_]+\.?$")
# Names that are also ordinary words of the seven languages ("piso" is a floor, "sol" the
# sun, "sum" a sum): not read as money.
ORDINARY = {"piso", "sol", "soles", "real", "mark", "marks", "marco", "marcos", "sum", "sums", "south", "convertible",
            "san", "são", "sri", "tal", "так", "соль", "пул", "кин", "dora", "dola"}


def clean(text: str) -> str:
    return " ".join(MARKS.sub("", text).split())


def main() -> None:
    territory_currency: dict[str, str] = {}
    english = Locale("en")
    for territory in english.territories:
        if len(territory) == 2 and territory.isalpha():
            current = get_territory_currencies(territory)
            if current:
                territory_currency[territory] = current[0]
    in_use = set(territory_currency.values())
    locales = []
    for identifier in locale_identifiers():
        try:
            locales.append(Locale.parse(identifier))
        except Exception:  # noqa: BLE001 - a locale babel lists but cannot build
            continue
    # Every sign any locale writes for any currency, to tell the unambiguous ones.
    sign_codes: dict[str, set[str]] = defaultdict(set)
    for locale in locales:
        for code, sign in locale.currency_symbols.items():
            sign = clean(sign)
            if sign and sign != code:
                sign_codes[sign].add(code)
    symbols: dict[str, str] = {}
    needs_country: dict[str, list[str]] = {}
    local_languages: dict[str, set[str]] = defaultdict(set)
    for locale in locales:
        if not locale.territory or locale.territory not in territory_currency:
            continue
        code = territory_currency[locale.territory]
        local_languages[code].add(locale.language)
        sign = clean(locale.currency_symbols.get(code, ""))
        if not sign or sign == code or len(sign_codes[sign]) > 1 or re.fullmatch(r"[A-Z]{3}", sign):
            continue
        if len(sign) == 1 and sign.isalpha():
            continue
        for written in {sign, sign.rstrip(".")} if len(sign.rstrip(".")) > 1 else {sign}:
            symbols[written] = code
            if LETTERS.match(written) and len(written.rstrip(".")) <= 3:
                needs_country[written] = [code]
    # Names, by language.
    names: dict[str, set[str]] = defaultdict(set)  # written form -> codes
    heads: dict[str, set[str]] = defaultdict(set)
    # The currencies whose names hold a word, by language: "rublo" names the Russian and the
    # Belarusian ruble in Spanish, so it is no head of either.
    words_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    candidates: list[tuple[str, str, str]] = []  # (language, head, code)
    for code in sorted(in_use):
        territories = [t for t, c in territory_currency.items() if c == code]
        for language in sorted({*SEVEN, *local_languages[code]}):
            try:
                locale = Locale.parse(language)
            except Exception:  # noqa: BLE001
                continue
            name = clean(locale.currencies.get(code, ""))
            if not name or name.upper() == code:
                continue
            forms = {name, *(clean(v) for v in (locale._data["currency_names_plural"].get(code) or {}).values())}
            places = [clean(locale.territories.get(t, "")).lower() for t in territories]
            for form in forms:
                if len(form) < 4 or form.lower() in ORDINARY:
                    continue
                names[form].add(code)
                names[form.lower()].add(code)
                words = form.lower().split()
                # Without the words that share their first four letters with the country's name.
                for word in words:
                    words_of[(language, word)].add(code)
                kept = [w for w in words if not any(len(w) >= 4 and w[:4] in place for place in places)]
                if len(kept) == 1 < len(words) and len(kept[0]) >= 4 and kept[0].isalpha() \
                        and kept[0] not in ORDINARY:
                    candidates.append((language, kept[0], code))
    for language, head, code in candidates:
        heads[head] |= words_of[(language, head)]
    for form, codes in names.items():
        if len(codes) == 1:
            symbols.setdefault(form, next(iter(codes)))
    after = sorted({form for form, codes in names.items() if len(codes) == 1 and form in symbols}
                   | {head for head, codes in heads.items() if len(codes) == 1 and head not in names})
    for head in after:
        if head in heads and len(heads[head]) == 1:
            symbols.setdefault(head, next(iter(heads[head])))
    hints: dict[str, set[str]] = defaultdict(set)
    tlds: dict[str, str] = {}
    for code in {c for codes in needs_country.values() for c in codes}:
        for territory in (t for t, c in territory_currency.items() if c == code):
            tlds[territory.lower()] = code  # a country's top-level domain is its ISO 3166 code
            for language in {*SEVEN, *local_languages[code]}:
                try:
                    place = clean(Locale.parse(language).territories.get(territory, ""))
                except Exception:  # noqa: BLE001
                    continue
                if len(place) >= 4:
                    hints[code].add(place)
    out = {
        "version": 1,
        "symbols": {sign: code for sign, code in sorted(symbols.items()) if sign not in after},
        "needs_country": dict(sorted(needs_country.items())),
        "names": {name: symbols[name] for name in after},
        "country_hints": {code: sorted(places) for code, places in sorted(hints.items())},
        "country_tlds": dict(sorted(tlds.items())),
    }
    header = ("# Generated by checks/lexicons/build_money_cldr.py from the Unicode CLDR (babel); do not edit.\n"
              "# money.yaml, written by hand, wins where the two disagree.\n")
    path = Path(__file__).with_name("money_cldr.yaml")
    path.write_text(header + yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(f"{path}: {len(out['symbols'])} signs, {len(needs_country)} of them needing the country, "
          f"{len(after)} names, {len(hints)} currencies' country names")


if __name__ == "__main__":
    main()
