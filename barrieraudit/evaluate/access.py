"""Accessibility beyond axe-core: an accessibility statement or contact for
accommodations, access services (captions, sign language, CART, interpretation,
childcare, wheelchair access), videos without captions, and documents offered only
as PDF.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from ..lexicon import concept, fold, load_lexicon
from .catalogue import CheckSpec
from .common import QUOTED, absence_finding, finding, split_hits
from .derived import page_url
from .outcome import CheckOutcome, SiteArtifacts
from .registration import filled_fields, form_facts, is_enquiry, page_forms
from .text import Hit, find, word_count

STEM = 6  # letters of a topic word that are compared
MIN_FORM_FIELDS = 3  # an online form of at least this many fields
LANDING_PAGE_WORDS = 40  # fewer words on the page that links a PDF: it only points to it
TITLE_WORDS = 8  # a line of at most this many words, without a full stop, may be a title
SERVICES = ("captions", "sign_language", "cart", "interpretation", "childcare", "wheelchair_access")
_NOISE_WORDS = {
    "pdf", "download", "the", "our", "full", "and", "for", "version", "page", "pages", "telecharger", "les",
    "des", "une", "pour", "descargar", "del", "los", "las", "una", "paginas", "baixar", "dos", "das", "uma",
    "para", "скачать", "страниц", "страницы", "تحميل", "صفحات", "下载", "页", "kb", "mb",
}


# Marks that end a sentence: a line that ends with one is no title (the danda of Indic
# scripts, the Khmer, Burmese, Ethiopic and Armenian full stops too).
_FULL_STOPS = (".", "!", "。", "！", ":", "।", "॥", "។", "။", "።", "։")


def _title_elsewhere(hit: Hit) -> bool:
    """On a page about something else, a short line without a full stop or words in
    quotation marks: the title of a talk ("Costing a captioning pipeline", «Servicios
    en Lengua de Señas»), not a service offered."""
    segment = hit.segment
    if segment.role != "other":
        return False
    if word_count(segment.text) <= TITLE_WORDS and not segment.text.rstrip().endswith(_FULL_STOPS):
        return True
    return any(hit.term in fold(quoted) for quoted in QUOTED.findall(segment.text))


def access_contacts(site: SiteArtifacts) -> list[tuple[str, str]]:
    """(page, address) for each e-mail address whose mailbox is named for access
    ("access@", "acessibilidade@", "a11y@"): a contact for access needs in any language."""
    names = set(load_lexicon("access_services")["contact_mailboxes"])
    found = []
    for segment in site.segments:
        if "@" not in segment.text:
            continue
        for mailbox, address in ((m.group(1), m.group(0)) for m in _EMAIL.finditer(segment.folded)):
            if names & set(re.split(r"[._+-]", mailbox)):
                found.append((segment.page, address))
    return found


def evaluate_statement(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    affirmed, _ = split_hits(find(site.segments, concept("participation", "accessibility_statement")))
    affirmed = [h for h in affirmed if not _title_elsewhere(h)]
    offered = {name: [h for h in find(site.segments, concept("access_services", name))
                      if not h.negated and not _title_elsewhere(h)]
               for name in load_lexicon("access_services")["concepts"]}
    services = sorted((name for name, hits in offered.items() if hits), key=SERVICES.index)
    # An accessibility page says something when it is long enough or names a service of
    # access (spoken-language interpretation alone is a language service, not one).
    with_services = {h.segment.page for name, hits in offered.items() if name != "interpretation" for h in hits}
    pages = [page_url(p) for p in site.audited_pages if p.get("role") == "accessibility"
             and (word_count(p["dom"].get("main_text") or "") >= spec.options["min_page_words"]
                  or page_url(p) in with_services)]
    contacts = access_contacts(site)
    # A stated way in for wheelchairs ("ramp and lift", "accessible by wheelchair") is a
    # provision stated, wherever the site says it.
    statement = bool(affirmed or pages or contacts or offered["wheelchair_access"])
    findings = []
    if not statement:
        findings.append(absence_finding(spec, site, site.url, "No accessibility statement and no way to ask for "
                                        "accommodations (captions, sign language, accessible seating) was found."))
    return CheckOutcome(spec.id, findings=findings,
                        facts={"accessibility_statement": statement, "access_services": services},
                        measures={"statement_pages": pages,
                                  "evidence": [h.segment.snippet for h in affirmed[:3]] or
                                  list(dict.fromkeys(address for _, address in contacts))[:3]})


def evaluate_captions(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    findings, seen = [], set()
    caption_kinds = set(spec.options["caption_kinds"])
    for page in site.audited_pages:
        url = page_url(page)
        for media in page["dom"].get("media", []):
            if media.get("tag") != "video" or media.get("src", "") in seen:
                continue
            seen.add(media.get("src", ""))
            if not any(t.get("kind") in caption_kinds for t in media.get("tracks", [])):
                name = unquote(urlsplit(media.get("src", "")).path.rsplit("/", 1)[-1]) or "a video"
                findings.append(finding(spec, url, f"The video {name} has no captions track.",
                                        selector="video", snippet=f'<video src="{media.get("src", "")}">'))
        for frame in page["dom"].get("iframes", []):
            host = (urlsplit(frame.get("src", "")).hostname or "")
            if any(host == h or host.endswith("." + h) for h in spec.options["video_hosts"]) \
                    and frame.get("src") not in seen:
                seen.add(frame.get("src"))
                findings.append(finding(spec, url, f"An embedded video ({host}) may lack captions: check that "
                                        "captions are available.", selector="iframe", certainty="needs-review",
                                        severity="moderate", snippet=f'<iframe src="{frame.get("src")}">'))
    return CheckOutcome(spec.id, findings=findings,
                        measures={"videos_without_captions": sum(f.certainty == "confirmed" for f in findings)})


_CJK_NOISE = re.compile(r"下载|下載|文件|版本|全文|页")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_LETTERS = re.compile(r"[^\W\d_]+")
_EMAIL = re.compile(r"([a-z0-9._+-]+)@[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def _topic(text: str) -> frozenset[str]:
    """The words that say what a document or page is about (no "PDF", sizes, numbers);
    Chinese, without spaces, gives its runs of characters."""
    return _topic_of_folded(fold(text))


@lru_cache(maxsize=4096)
def _topic_of_folded(folded: str) -> frozenset[str]:
    words = set()
    ascii_only = folded.isascii()
    for word in _LETTERS.findall(folded):
        if not ascii_only and _CJK_CHAR.search(word):
            word = _CJK_NOISE.sub("", word)
            if len(word) >= 2:
                words.add(word)
        elif len(word) > 2 and word not in _NOISE_WORDS:
            # Word forms of one word ("программа", "программу"; "registration",
            # "registrations") share their first letters.
            words.add(word[:STEM] if len(word) > STEM else word)
    return frozenset(words)


def _covers(page_topic: frozenset[str], doc_topic: frozenset[str]) -> bool:
    """Whether a page's topic holds every word of a document's (Chinese runs as substrings)."""
    if doc_topic <= page_topic:
        return True
    chinese = {w for w in doc_topic if _CJK_CHAR.search(w)}
    if not chinese or not (doc_topic - chinese) <= page_topic:
        return False
    joined = "".join(page_topic)
    return all(w in joined for w in chinese)


def _is_pdf(href: str) -> bool:
    return ".pdf" in href.lower() and urlsplit(href).path.lower().endswith(".pdf")


def pdf_only_documents(site: SiteArtifacts) -> list[dict[str, Any]]:
    """PDFs that the linking page says exist only as PDF, or whose topic no HTML page
    covers: no page title, heading or link text to a web page holds all the words of
    the PDF's link text. A link that names no topic ("Download PDF") offers the PDF
    version of the page it is on."""
    # A page that only points to the PDF (a title and a line or two) is no HTML version.
    landings = {page_url(page) for page in site.audited_pages
                if len((page["dom"].get("main_text") or "").split()) < LANDING_PAGE_WORDS
                and any(d.get("found_on") == page_url(page) for d in site.documents)}
    page_topics = {_topic(t) for page in site.audited_pages if page_url(page) not in landings
                   for t in [page.get("title") or "", *[h["text"] for h in page["dom"].get("headings", [])]]}
    # (text, target) of links to web pages: thousands on a programme page, folded when needed.
    link_texts: list[tuple[str, str]] | None = None
    said_pdf_only = {h.segment.page for h in find(site.segments, concept("documents", "pdf_only")) if not h.negated}
    # The PDFs that a page which says so links to (not only the page that linked them first).
    said_pdfs = {urljoin(page_url(page), link.get("href", "")).split("#")[0] for page, link in site.links
                 if page_url(page) in said_pdf_only and _is_pdf(link.get("href", ""))} if said_pdf_only else set()
    lonely = []
    form_pdfs = {doc["url"] for doc in site.memo("registration_forms", form_facts)["pdfs"]}
    # A PDF form beside an online form on the same page is an offline alternative; a
    # question form beside it ("Votre question") is none.
    with_forms = {page_url(page) for page in site.audited_pages
                  if any(len(filled_fields(form.get("fields") or [])) >= MIN_FORM_FIELDS and not is_enquiry(form)
                         for form in page_forms(page))}
    # A sponsor brochure or a press kit is not about taking part: named so by its link or
    # by the title of the page that links it.
    elsewhere = concept("documents", "not_participation")
    titles = {page_url(page): page.get("title") or "" for page in site.audited_pages}
    homes = {page_url(page) for page in site.audited_pages if page.get("role") == "home"}
    subjects: list[frozenset[str]] | None = None  # the subjects of the site's web pages, when needed
    for doc in site.documents:
        if doc.get("kind") != "pdf":
            continue
        if any(elsewhere.spans(folded := fold(text), folded)
               for text in (doc.get("link_text") or "", titles.get(doc.get("found_on") or "", ""))):
            continue
        if doc.get("found_on") in said_pdf_only or doc["url"] in said_pdfs:
            lonely.append(doc)  # a page linking it says so: "the programme is only available as PDF"
            continue
        if doc.get("found_on") in with_forms:
            continue
        topic = _topic(doc.get("link_text") or "")
        if not topic and doc.get("found_on") in homes:
            # "Программа школы опубликована в формате <a>PDF</a>" on the home page, which is
            # no version of a programme: the sentence says what the PDF is, unless it names
            # the subject of one of the site's web pages.
            sentence = _topic(next((s.text for s in site.segments if s.page == doc.get("found_on")
                                    and (doc.get("link_text") or "").strip() in s.text), ""))
            if subjects is None:
                # Their titles and the words of links to them ("Read the <a>programme</a>,
                # also available as a <a>PDF</a>").
                subjects = [_topic(page.get("title") or "") for page in site.audited_pages
                            if page_url(page) not in homes] + \
                    [_topic(link.get("text", "")) for _, link in site.links if not _is_pdf(link.get("href", ""))]
            if sentence and not any(subject and subject <= sentence for subject in subjects):
                lonely.append(doc)
            continue
        if not topic:
            continue  # "Download (PDF)": the PDF version of the page that links it
        if any(_covers(other, topic) for other in page_topics):
            continue
        if link_texts is None:
            link_texts = [(fold(link.get("text", "")), urljoin(page_url(page), link.get("href", "")).split("#")[0])
                          for page, link in site.links if not _is_pdf(link.get("href", ""))]
        # A link whose text lacks one of the (not Chinese) words cannot cover the topic; nor
        # can a link to the short page that only offers a PDF registration form ("Karta
        # zgłoszenia" on the home page, to the page with the card): a form's web version is
        # a web form. (A short programme page linked as "Programme" may be the programme.)
        words = [word for word in topic if not _CJK_CHAR.search(word)]
        to_the_pdf = doc.get("found_on") if doc["url"] in form_pdfs and doc.get("found_on") in landings else None
        if not any(_covers(_topic_of_folded(text), topic) for text, target in link_texts
                   if target != to_the_pdf and all(w in text for w in words)):
            lonely.append(doc)
    return lonely


def evaluate_pdf_only(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    findings = [finding(spec, doc.get("found_on") or site.url, f"“{doc.get('link_text') or doc['url']}” is only "
                        "offered as a PDF, which is often inaccessible to screen readers and heavy on phones.",
                        snippet=doc["url"]) for doc in pdf_only_documents(site)]
    return CheckOutcome(spec.id, findings=findings)
