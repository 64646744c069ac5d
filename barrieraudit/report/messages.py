"""Finding messages in the report's language.

The evaluators write each finding's ``message`` in English, and results.json keeps it
so (the public contract). The report translates it when it is rendered: each message
the evaluators write has a template here, the same sentence with its variable parts
named (``%(fees)s``). A stored message is matched against the templates, its parts
are taken out, the template is translated through the catalogues, and the parts go
back in: numbers in the locale's digits, language codes as the locale's language
names, field names and fixed phrases translated; names, hosts and quotations from
the crawled pages as they are. A message no template matches (axe-core's rule help, a
message written after the templates) stays English, marked ``lang="en"``;
``tests/test_report_i18n.py`` runs the evaluators over the recorded sites and fails
when one of their messages has no template here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .i18n import Localiser, N_

MESSAGES = (
    N_("No accessibility statement and no way to ask for accommodations (captions, sign language, accessible "
       "seating) was found."),
    N_("The video %(name)s has no captions track."),
    N_("An embedded video (%(host)s) may lack captions: check that captions are available."),
    N_("“%(document)s” is only offered as a PDF, which is often inaccessible to screen readers and heavy on "
       "phones."),
    N_("The page transfers %(size)s MB (%(requests)s requests); above %(limit)s MB it is slow and costly on "
       "prepaid mobile data."),
    N_("The pages load resources from %(host)s, which is blocked in %(countries)s: there they break or hang."),
    N_("Taking part costs money (%(fees)s) and no free way to take part is stated."),
    N_("Fees are charged but no fee waiver, fellowship, travel grant or reduced rate is offered."),
    N_("Sessions are only webcast: remote people can watch but not take part (speak, ask questions, vote)."),
    N_("No way to take part remotely is offered."),
    N_("The site offers content in one language only (%(languages)s)."),
    N_("The site covers %(count)s of the 6 UN languages (%(un)s); it offers: %(languages)s."),
    N_("The page declares lang=“%(declared)s” but its text is in “%(detected)s”: screen readers will read it "
       "in the wrong voice."),
    N_("Participation pages need a school grade of %(grade)s to read (plain language: grade %(threshold)s or "
       "below); hardest: grade %(hardest)s."),
    N_("The registration form asks for sensitive data: %(fields)s."),
    N_("The registration form has %(count)s fields (%(required)s required); more than %(max)s makes "
       "registering slow on a phone and hard with assistive technology."),
    N_("Registration happens on a third-party platform: %(platform)s (%(host)s), with its own accessibility, "
       "privacy terms and availability in each country."),
    N_("Registration is only possible with a PDF form to download, fill in and send back."),
    N_("A CAPTCHA (%(name)s) stands in the way: many disabled people cannot solve it (WCAG 2.2 SC 3.3.8, W3C "
       "“Inaccessibility of CAPTCHA”), and its service is unreachable in some countries."),
    N_("A CAPTCHA (%(name)s) stands in the way: many disabled people cannot solve it (WCAG 2.2 SC 3.3.8, W3C "
       "“Inaccessibility of CAPTCHA”)."),
    N_("Taking part needs an account or a login: %(evidence)s."),
    N_("Only people aged %(age)s or more may take part: younger people are left out."),
)
# What ``absence_finding`` adds to a message when pages that could say otherwise were not read.
NOT_CONFIRMED = re.compile(r" Not confirmed: (?P<num>\d+) pages? that could say otherwise could not be read: "
                           r"(?P<pages>.*)\.$", re.S)
# Fixed phrases and words that messages carry as their variable parts.
PHRASES = {
    "the registration form asks for a password": N_("the registration form asks for a password"),
    "a login form stands in front of registration": N_("a login form stands in front of registration"),
    "phone": N_("phone"), "birth date": N_("birth date"), "id document": N_("ID document"),
    "affiliation": N_("affiliation"), "payment": N_("payment"), "address": N_("address"), "gender": N_("gender"),
    "nationality": N_("nationality"), "photo": N_("photo"), "none": N_("none"),
    "none identified": N_("none identified"), "a video": N_("a video"),
}
NUMBER = re.compile(r"^\d+(\.\d+)?$")


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    compiled = []
    for template in MESSAGES:
        parts = re.split(r"%\((\w+)\)s", template)
        regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
        compiled.append((template, re.compile(regex + "$", re.S)))
    return compiled


def _part(name: str, value: str, local: Localiser) -> str:
    """One variable part of a message, in the report's language where it has words; data
    (hosts, names, amounts, quotations) isolated in a right-to-left language so that its
    own left-to-right order survives (Unicode FSI ... PDI)."""
    if NUMBER.match(value):
        return local.number(float(value), 1, fixed=False)
    if name in ("languages", "un") or (name in ("declared", "detected") and len(value) <= 3):
        codes = [c.strip() for c in value.split(",")]
        if all(local.locale.languages.get(c) for c in codes):
            return local.listing(local.locale.languages[c] for c in codes)
    if name == "fields":
        return local.listing(local.gettext(PHRASES.get(f.strip(), f.strip())) for f in value.split(","))
    if value in PHRASES:
        return local.gettext(PHRASES[value])
    return f"\u2068{value}\u2069" if local.dir == "rtl" else value


def translate_message(message: Any, local: Localiser) -> str | None:
    """The message in the report's language; None when no template matches it."""
    if not isinstance(message, str):
        return None
    if local.lang == "en":
        return message
    tail = ""
    absent = NOT_CONFIRMED.search(message)
    if absent:
        message = message[:absent.start()]
        tail = " " + local.ngettext("Not confirmed: %(num)s page that could say otherwise could not be read: "
                                    "%(pages)s.", "Not confirmed: %(num)s pages that could say otherwise could "
                                    "not be read: %(pages)s.", int(absent["num"])) % {
            "num": absent["num"], "pages": _part("pages", absent["pages"], local)}
    for template, pattern in _patterns():
        match = pattern.match(message)
        if match:
            parts = {name: _part(name, value, local) for name, value in match.groupdict().items()}
            return local.gettext(template) % parts + tail
    return None
