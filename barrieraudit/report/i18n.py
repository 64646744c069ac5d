"""The report's languages: gettext catalogues kept as data, and locale formats.

The report speaks the six UN languages and Portuguese (``LANGUAGES``). English is the source: every
template string, the check catalogue's titles, descriptions and fixes, the methodology
and the chart labels are written in English (``checks/`` stays the one source of the
method's English) and translated through ``reports/locale/<lang>/LC_MESSAGES/
barrieraudit.po``. The ``.po`` files are read at load with Babel (no build step), and
their plural rules come from their headers: Arabic has six forms, Russian three.

``extract_messages`` lists every string the report can translate; a test fails when a
language's catalogue lacks one of them, or has it empty or fuzzy. Numbers and dates are
formatted for the locale with Babel (Arabic with the Western digits of Babel's ``ar``
locale, which most Arabic-language sites of international bodies use too).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_datetime
from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent, parse_pattern
from babel.support import NullTranslations, Translations

from ..resources import reports_dir

LANGUAGES = ("ar", "en", "es", "fr", "pt", "ru", "zh")
RTL = frozenset({"ar"})
DOMAIN = "barrieraudit"
TEMPLATES = ("base.html.j2", "fix-steps.html.j2", "index.html.j2", "method-note.html.j2",
             "methodology.html.j2", "site.html.j2")
# Python modules whose strings are marked with N_() / _() / ngettext() for the report.
PYTHON_SOURCES = ("render.py", "chart.py", "messages.py")


def N_(message: str) -> str:
    """Mark a string for extraction where it is defined; it is translated where shown."""
    return message


def po_path(lang: str, root: Path | None = None) -> Path:
    return (root or reports_dir() / "locale") / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalogue(lang: str, root: Path | None = None) -> Catalog:
    with po_path(lang, root).open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


@cache
def translations(lang: str) -> NullTranslations:
    """The language's translations (English: the strings as they are, English plurals)."""
    if lang == "en":
        return NullTranslations()
    catalogue = read_catalogue(lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalogue, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


class Localiser:
    """What the templates and charts need of one language: gettext, numbers, dates."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown report language {lang!r}: use one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self.locale = Locale.parse(lang)
        self.dir = "rtl" if lang in RTL else "ltr"
        self.translations = translations(lang)

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message) if message else message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)

    def maybe(self, message: Any) -> Any:
        """Translate a stored English text if the catalogue knows it (a check's fix in a
        finding); any other text (axe-core's, a crawled page's) stays as it is."""
        return self.gettext(message) if isinstance(message, str) else message

    def known(self, message: Any) -> bool:
        """Whether a stored English text reads in the report's language (English, or in the
        catalogue); axe-core's texts and the evaluators' finding messages are not."""
        return self.lang == "en" or not isinstance(message, str) or not message or (
            self.translations.gettext(message) != message)

    def number(self, value: Any, decimals: int = 0, fixed: bool = True) -> str:
        """A number as the locale writes it, with ``decimals`` places (at most, unless ``fixed``)."""
        if value is None:
            return "–"
        pattern = "#,##0" + ("." + ("0" if fixed else "#") * decimals if decimals else "")
        return format_decimal(value, format=pattern, locale=self.locale)

    def money(self, amount: Any, currency: Any) -> str:
        """An amount in a currency as the locale writes it (whole amounts without decimals)."""
        if amount is None:
            return "–"
        # The ISO code, not a symbol: "$" alone is ambiguous for an international reader.
        text = self.locale.currency_formats["standard"].pattern.replace("¤", "¤¤")
        text = text.replace("¤¤#", "¤¤\u00a0#").replace("0¤¤", "0\u00a0¤¤")
        pattern = parse_pattern(text)
        pattern.frac_prec = (0, 0) if float(amount).is_integer() else (2, 2)
        return pattern.apply(amount, self.locale, currency=str(currency), currency_digits=False,
                             decimal_quantization=False)

    def percent(self, value: Any, decimals: int = 0) -> str:
        """A share (0.25) as the locale writes a percentage: "25 %", "25%", "%25"."""
        if value is None:
            return "–"
        return format_percent(round(value, decimals + 2), locale=self.locale, decimal_quantization=not decimals)

    def listing(self, items: Iterable[str]) -> str:
        """Items joined as the locale joins a list ("a, b and c", "a、b和c")."""
        items = [str(i) for i in items]
        return format_list(items, locale=self.locale) if items else ""

    def datetime(self, value: Any) -> str:
        """An ISO-8601 timestamp as the locale writes it; anything else unchanged."""
        moment = _moment(value)
        if not isinstance(moment, datetime):
            return moment
        return format_datetime(moment, "medium", locale=self.locale,
                               tzinfo=moment.tzinfo) + (" UTC" if moment.utcoffset() is not None
                                                        and not moment.utcoffset() else "")

    def date(self, value: Any) -> str:
        """An ISO-8601 date or timestamp's date as the locale writes it."""
        from babel.dates import format_date

        moment = _moment(value)
        return format_date(moment, "medium", locale=self.locale) if isinstance(moment, datetime) else moment


def _moment(value: Any) -> datetime | str:
    """An ISO-8601 timestamp read, or what to show instead: "–" for none, anything else
    as it is."""
    if not value:
        return "–"
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)


# -- what the catalogues must translate ------------------------------------------------------

def catalogue_texts(meta: dict[str, Any], checks: Iterable[dict[str, Any]],
                    scoring: dict[str, Any]) -> list[str]:
    """The English texts of the method that the report shows: dimension descriptions,
    group names, check titles, descriptions and fixes, component labels."""
    texts: list[str] = [*meta["dimensions"].values(), *meta["groups"].values(), *meta["group_short"].values()]
    for check in checks:
        texts += [check["title"], check["description"], check.get("fix") or ""]
    for parts in scoring["dimensions"].values():
        texts += [part["label"] for part in parts.values()]
    return [t for t in dict.fromkeys(texts) if t]


def extract_messages() -> dict[str, str | tuple[str, str]]:
    """Every string the report translates: msgid -> itself, or (singular, plural).

    From the templates (jinja2's Babel extractor), the Python sources marked with
    ``N_``/``_``/``ngettext``, and today's check catalogue."""
    from ..evaluate.catalogue import load_catalogue, method_snapshot

    found: dict[str, str | tuple[str, str]] = {}

    def add(message: Any) -> None:
        if isinstance(message, tuple):
            found[message[0]] = (message[0], message[1])
        elif message:
            found[message] = message

    options = {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true",
               "newstyle_gettext": "true"}
    for name in TEMPLATES:
        with (reports_dir() / name).open("rb") as handle:
            for _line, message, _comments, _context in extract("jinja2.ext:babel_extract", handle,
                                                                options=options, keywords={
                                                                    "_": None, "gettext": None,
                                                                    "ngettext": (1, 2), "N_": None}):
                add(message)
    here = Path(__file__).parent
    for name in PYTHON_SOURCES:
        with (here / name).open("rb") as handle:
            for _line, message, _comments, _context in extract("python", handle, keywords={
                    "N_": None, "_": None, "gettext": None, "ngettext": (1, 2)}):
                add(message)
    snapshot = method_snapshot(load_catalogue())
    for text in catalogue_texts(snapshot["meta"], snapshot["checks"], snapshot["scoring"]):
        add(text)
    return found


def missing_translations(lang: str, root: Path | None = None) -> list[str]:
    """The msgids the language's catalogue lacks, or has empty or fuzzy."""
    catalogue = read_catalogue(lang, root)
    problems = []
    for msgid in extract_messages():
        entry = catalogue.get(msgid)
        if entry is None:
            problems.append(f"missing: {msgid!r}")
        elif entry.fuzzy:
            problems.append(f"fuzzy: {msgid!r}")
        elif (not any(entry.string) if isinstance(entry.string, tuple) else not entry.string):
            problems.append(f"empty: {msgid!r}")
        elif isinstance(entry.string, tuple) and not all(entry.string):
            problems.append(f"a plural form empty: {msgid!r}")
        else:
            # A translation may leave a placeholder out (Arabic's "one" form says "one page",
            # not "1 page"), never bring one the English does not fill: it would fail to render.
            source = " ".join(entry.id) if isinstance(entry.id, tuple) else entry.id
            strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
            unknown = set(PLACEHOLDER.findall(" ".join(strings))) - set(PLACEHOLDER.findall(source))
            if unknown:
                problems.append(f"unknown placeholder {', '.join(sorted(unknown))}: {msgid!r}")
            elif not isinstance(entry.id, tuple) and any(PLACEHOLDER.sub("", s).count("%") !=
                                                         PLACEHOLDER.sub("", source).count("%") for s in strings):
                problems.append(f"a stray %: {msgid!r}")
    return problems


PLACEHOLDER = re.compile(r"%\(\w+\)s")
