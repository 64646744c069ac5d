"""Recognising participation pages by link text, URL words and title.

Roles, in crawl priority order: registration, fees, support (financial support),
remote (remote participation), accessibility, language (language versions). The
terms live in ``checks/lexicons/page_roles.yaml``; language names in
``checks/lexicons/languages.yaml``.
"""

from __future__ import annotations

from functools import cache

from ..lexicon import TermSet, fold, load_lexicon, term_set, url_words

ROLES = ("registration", "fees", "support", "remote", "accessibility", "language")
PAGE_ROLES = ("home", *ROLES, "other")
# Pages that are no participation page but often hold its details (an FAQ's answers on
# cost, remote participation, age): crawled right after the participation pages, and
# recorded as "other" (the contract's roles are PAGE_ROLES).
HINTS = ("faq",)


@cache
def _role_terms() -> tuple[tuple[str, TermSet], ...]:
    return tuple((role, term_set("page_roles", role)) for role in (*ROLES, *HINTS))


@cache
def _not_roles() -> TermSet:
    return TermSet("page_roles.not_roles", load_lexicon("page_roles").get("not_roles") or {})


def _blank_not_roles(folded: str) -> str:
    """The text with phrases that name no participation page blanked out ("Language
    Server Protocol", "hotel accommodation")."""
    for match in reversed(list(_not_roles().finditer(folded))):
        folded = folded[:match.start()] + " " * (match.end() - match.start()) + folded[match.end():]
    return folded


@cache
def language_names() -> dict[str, str]:
    """Folded language name -> ISO 639-1 code."""
    names = load_lexicon("languages")["names"]
    return {fold(name): code for code, spelled in names.items() for name in spelled}


def language_of_link(text: str, hreflang: str = "") -> str | None:
    """The language a language-switcher link leads to, if it is one.

    A switcher link is named by a language ("Français", "中文") or by a bare language
    code ("FR", "EN"); its hreflang, when present, says precisely which language.
    """
    folded = fold(text)
    code = language_names().get(folded)
    if code is None and len(folded) == 2 and folded.isalpha() and folded.isascii() and folded in language_codes():
        code = folded
    if code and hreflang:
        return hreflang.split("-")[0].lower()
    return code


@cache
def language_codes() -> frozenset[str]:
    return frozenset(load_lexicon("languages")["names"])


def classify(texts: list[str], url: str) -> str | None:
    """The role whose terms match the texts or URL words most specifically, else None.

    The longest matching term wins ("远程参与", remote participation, over "参与",
    participate); equal lengths go to the earlier role; a hint ("faq") only where no
    role's term matches.
    """
    folded = [_blank_not_roles(fold(text)) for text in (*texts, url_words(url)) if text]
    best, best_length = None, 0
    for role, terms in _role_terms():
        if role in HINTS and best is not None:
            break
        for text in folded:
            for match in terms.finditer(text):
                if len(match.group(0)) > best_length:
                    best, best_length = role, len(match.group(0))
    return best


def priority(role: str | None) -> int:
    """Lower is sooner: participation roles in order, then the hints (FAQ), then
    everything else."""
    order = (*ROLES, *HINTS)
    return order.index(role) if role in order else len(order)


def recorded_role(role: str | None) -> str:
    """The role a page is recorded with: a hint is no role of the contract."""
    return role if role in PAGE_ROLES else "other"
