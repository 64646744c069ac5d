"""Registration checks: CAPTCHAs, account walls, the registration form (fields,
required fields, sensitive data), third-party and PDF-only registration, age limits.

A form registers people when it stands on a registration page or names registration
in its heading, button, action or id, has at least two fields a person fills in, and
is not a newsletter, search, contact or login form.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants, _parser
from typing import Any
from urllib.parse import urlsplit

import ahocorasick

from ..lexicon import TermSet, concept, fold, load_lexicon, near, url_words
from .catalogue import CheckSpec
from .common import QUOTED, finding, split_hits
from .derived import page_url
from .money import find_money
from .outcome import CheckOutcome, SiteArtifacts
from .text import ascii_digits, find, site_text

NOT_FILLED = {"hidden", "submit", "button", "reset", "image"}
SENSITIVE = ("phone", "birth_date", "id_document", "affiliation", "payment", "address", "gender", "nationality",
             "photo")
# A price or ticket word makes an age a price category within this many words of it.
VETO_WORDS = 6
# A form of up to this many fields whose free-text field asks a question is an enquiry.
SMALL_FORM = 4
_EMAIL = re.compile(r"e-?mail|correo|courriel|почт|البريد|邮|郵")


# -- forms -----------------------------------------------------------------------------

# Signs that mark a required field by themselves: the asterisk, its full-width form
# and the reference mark of Chinese and Japanese forms ("※為必填欄位").
_REQUIRED_SIGNS = ("*", "＊", "※")


def field_text(field: dict[str, Any]) -> str:
    """Everything that names a field, folded: label, aria-label, placeholder, title, name, id."""
    keys = ("label", "aria_label", "placeholder", "title", "legend") if field.get("type") in ("radio", "checkbox") \
        else ("label", "aria_label", "placeholder", "title")
    raw = " ".join(field.get(k) or "" for k in keys)
    names = " ".join(url_words("/" + (field.get(k) or "")) for k in ("name", "id"))
    names = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", names)  # dateOfBirth -> date Of Birth
    return fold(f"{raw} {names}")


def filled_fields(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fields a person fills in: visible, not buttons; a radio or checkbox group is one field."""
    kept, groups = [], set()
    for field in fields:
        kind = field.get("type", "text")
        if kind in NOT_FILLED or not field.get("visible", True):
            continue
        if kind in ("radio", "checkbox") and field.get("name"):
            if field["name"] in groups:
                continue
            groups.add(field["name"])
        kept.append(field)
    return kept


def is_required(field: dict[str, Any]) -> bool:
    return bool(field.get("required") or field.get("aria_required")) or marked_required(field)


def marked_required(field: dict[str, Any]) -> bool:
    """Whether the field's words mark it required: a sign ("*") or a marker the lexicon lists."""
    label = " ".join(field.get(k) or "" for k in ("label", "aria_label", "placeholder"))
    if field.get("type") in ("radio", "checkbox"):
        label += " " + (field.get("legend") or "")  # a group is marked on its legend
    return any(mark in label for mark in _REQUIRED_SIGNS) or \
        concept("registration", "required_marker").terms.search(label) is not None


@cache
def _sensitive_terms() -> dict[str, tuple[TermSet, set[str], set[str], bool, TermSet | None]]:
    table = load_lexicon("registration")["sensitive_fields"]
    return {name: (TermSet(f"sensitive.{name}", entry["terms"]), set(entry.get("autocomplete", [])),
                   set(entry.get("types", [])), bool(entry.get("file_only")),
                   TermSet(f"sensitive.{name}.exclude", entry["exclude"]) if entry.get("exclude") else None)
            for name, entry in table.items()}


def sensitive_kinds(field: dict[str, Any]) -> set[str]:
    kinds = set()
    text = field_text(field)
    tokens = set((field.get("autocomplete") or "").lower().split())
    kind = field.get("type", "text")
    email = kind == "email" or bool(_EMAIL.search(text))
    for name, (terms, autocomplete, types, file_only, exclude) in _sensitive_terms().items():
        if tokens & autocomplete or kind in types:
            kinds.add(name)
        elif terms.pattern.search(text) and (kind == "file" or not file_only) and not (
                exclude and exclude.pattern.search(text)):
            kinds.add(name)
    if kind == "file" and "image" in (field.get("accept") or "") and not kinds & {"id_document"}:
        kinds.add("photo")
    if email:
        kinds.discard("address")  # "e-mail address" is not a postal address
    if "id_document" in kinds:
        kinds.discard("payment")  # "رقم بطاقة التعريف": the number of an identity card, not a bank card
    if kind == "file":
        kinds &= {"photo", "id_document"}
    if kind in ("checkbox", "radio"):
        kinds.discard("affiliation")  # a tick asks no employer: "我同意主办单位依个资法使用以上资料" is consent
    if kinds & {"id_document", "affiliation"} and concept("registration", "billing_field").terms.search(text):
        # For the invoice: "РНОКПП (для рахунку, якщо платить організація)" is billing data;
        # "DNI/NIE, para la factura" still an identity card's number.
        kinds.discard("affiliation")
        if concept("registration", "tax_number").terms.search(text):
            kinds.discard("id_document")
    return kinds


def page_forms(page: dict[str, Any]) -> list[dict[str, Any]]:
    dom = page["dom"]
    forms = list(dom.get("forms") or [])
    orphans = dom.get("orphan_fields") or []
    if len(filled_fields(orphans)) >= 2:
        forms.append({"action": "", "id": "", "name": "", "heading": "", "submit": [], "fields": orphans})
    return forms


def form_words(form: dict[str, Any]) -> str:
    return " ".join([form.get("heading") or "", *form.get("submit", []), form.get("id") or "",
                     form.get("name") or "", url_words(form.get("action") or "")])


def is_login_form(form: dict[str, Any]) -> bool:
    fields = filled_fields(form["fields"])
    return any(f.get("type") == "password" for f in fields) and len(fields) <= 3


def is_enquiry(form: dict[str, Any]) -> bool:
    """Whether a small form asks a question: what it asks for outweighs its section's
    heading and the page it posts to. With a free-text field "Sua dúvida" beside a name
    and an e-mail, a form under "Inscrição", posted to inscricao.html, is an enquiry,
    unless its button registers."""
    fields = filled_fields(form["fields"])
    if len(fields) > SMALL_FORM:
        return False
    registering, not_registering = (concept("registration", "registration_form").terms,
                                    concept("registration", "not_registration_form").terms)
    asks = " ".join(field_text(f) for f in fields if f.get("type") == "textarea")
    said = " ".join(form.get("submit", []))
    if registering.search(said) is not None:
        return False
    # A name, an e-mail and a free text, in words of any language, and no word of its own
    # that registers: "নাম / ইমেইল / আপনার প্রশ্ন", "Adınız / E-posta / Sorunuz".
    if sorted(f.get("type") or "text" for f in fields) == ["email", "text", "textarea"] and \
            registering.search(" ".join(field_text(f) for f in fields)) is None:
        return True
    return not_registering.search(asks) is not None and registering.search(asks) is None


def is_registration_form(form: dict[str, Any], page: dict[str, Any]) -> bool:
    fields = filled_fields(form["fields"])
    if len(fields) < 2 or is_login_form(form):
        return False
    words = form_words(form)
    if concept("registration", "grant_form").terms.search(words) is not None:
        return False  # "Apply for a travel grant"
    registering, not_registering = (concept("registration", "registration_form").terms,
                                    concept("registration", "not_registration_form").terms)
    named = registering.search(words) is not None
    other = not_registering.search(words) is not None
    # What its button says the form does outweighs its heading and the page it posts to:
    # "Enviar consulta" under "Inscripciones", posted to inscripciones.html, is an enquiry.
    said = " ".join(form.get("submit", []))
    if other and (not named or (not_registering.search(said) is not None and registering.search(said) is None)):
        return False
    # So does the heading right above it: a form under "¿Dudas?" on the registration page
    # asks a question.
    above = form.get("near_heading") or ""
    if not_registering.search(above) is not None and registering.search(above) is None:
        return False
    if is_enquiry(form):
        return False
    # A form on the registration or fees page that no word calls otherwise: a ticket order.
    return named or page.get("role") in ("registration", "fees")


def registration_forms(site: SiteArtifacts) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(page, form) for page in site.audited_pages for form in page_forms(page)
            if is_registration_form(form, page)]


def describe_form(form: dict[str, Any]) -> dict[str, Any]:
    fields = filled_fields(form["fields"])
    sensitive: set[str] = set()
    for field in fields:
        sensitive |= sensitive_kinds(field)
    marker = form_marker(fields)
    return {"fields": len(fields),
            "required": sum(1 for f in fields if is_required(f) or (marker and _remark(f) == marker)),
            "sensitive": [s for s in SENSITIVE if s in sensitive]}


# A remark in brackets at the end of a label: "Nom et prénom (à renseigner)", "Овог нэр (заавал бөглөнө)".
_REMARK = re.compile(r"[(（]\s*([^()（）\d/@:=+.,;?!]{2,40}?)\s*[)）]\s*$")
MIN_MARKED = 2  # fields that carry a form's own required marker


def _remark(field: dict[str, Any]) -> str:
    """The remark that ends a field's label; a radio group's is on its legend ("Sexe (à
    indiquer obligatoirement)")."""
    texts = [field.get("label") or field.get("aria_label") or ""]
    if field.get("type") == "radio":
        texts.append(field.get("legend") or "")
    for text in texts:
        match = _REMARK.search(text.strip())
        if match and len(match.group(1).split()) <= 5:
            return fold(match.group(1))
    return ""


def form_marker(fields: list[dict[str, Any]]) -> str:
    """The form's own required marker, in words no lexicon lists: the remark in brackets that
    ends the labels of MIN_MARKED fields or more, where no label is marked otherwise and it is
    no optional marker ("(if any)", "(facultatif)"): "(à renseigner)", "(भर्नै पर्ने)"."""
    if any(marked_required(f) for f in fields):
        return ""
    counts: dict[str, int] = {}
    for field in fields:
        if remark := _remark(field):
            counts[remark] = counts.get(remark, 0) + 1
    if not counts:
        return ""
    remark, times = max(counts.items(), key=lambda item: item[1])
    optional = concept("registration", "optional_marker").terms
    return remark if times >= MIN_MARKED and list(counts.values()).count(times) == 1 \
        and optional.search(remark) is None else ""


# -- platforms and PDFs ----------------------------------------------------------------

def _platform_domains(host: str) -> list[str]:
    """The registration platforms' domains that ``host`` is or lies under, most specific
    first: a host's few suffixes are looked up, not every domain searched."""
    platforms = load_lexicon("registration")["platforms"]
    labels = host.split(".")
    return [domain for i in range(len(labels) - 1) if (domain := ".".join(labels[i:])) in platforms]


_NETLOC_END = re.compile(r"[/?#]")


def _rough_host(url: str) -> str:
    """The host as urlsplit would read it, cheaply and never missing one: what follows
    the first "//" up to "/", "?" or "#", without user and port (a first sieve only)."""
    if "\t" in url or "\n" in url or "\r" in url:
        url = url.replace("\t", "").replace("\n", "").replace("\r", "")  # as urlsplit does
    start = url.find("//")
    if start < 0:
        return ""
    netloc = _NETLOC_END.split(url[start + 2:], maxsplit=1)[0].rpartition("@")[2]
    return netloc.partition(":")[0].lower().strip()


def platform_of(url: str) -> tuple[str, str] | None:
    if not _platform_domains(_rough_host(url)):
        return None  # nearly every link: no urlsplit
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None  # "http://[not-an-address": no host to name
    for domain in _platform_domains(host):
        if domain == "docs.google.com" and not parts.path.startswith("/forms"):
            continue  # a shared document, not a form
        if domain == "zoom.us" and "register" not in parts.path:
            continue  # a link to join a meeting, not to register
        return host, load_lexicon("registration")["platforms"][domain]
    return None


def registration_platforms(site: SiteArtifacts) -> list[tuple[str, str, str, str]]:
    """(host, platform, page, link text) of links that send people to register or buy
    tickets elsewhere; links from registration and fees pages, or named so, first."""
    found = []
    terms = [concept("registration", "registration_form").terms, concept("money", "fee_context").terms]
    for page, link in site.links:
        platform = platform_of(link.get("href", ""))
        if platform:
            named = page.get("role") in ("registration", "fees") or any(t.search(link.get("text", "")) for t in terms)
            found.append((not named, *platform, page_url(page), link.get("text", "")))
    return [entry[1:] for entry in sorted(found, key=lambda e: e[0])]


def registration_pdfs(site: SiteArtifacts) -> list[dict[str, Any]]:
    terms = concept("registration", "registration_form").terms
    return [doc for doc in site.documents if doc.get("kind") == "pdf"
            and (terms.search(doc.get("link_text") or "") or terms.search(url_words(doc["url"])))]


def form_facts(site: SiteArtifacts) -> dict[str, Any]:
    forms = registration_forms(site)
    described = [(page, form, describe_form(form)) for page, form in forms]
    largest = max(described, key=lambda d: (d[2]["fields"], d[2]["required"]), default=None)
    return {"largest": largest, "platforms": registration_platforms(site), "pdfs": registration_pdfs(site)}


# -- evaluators ------------------------------------------------------------------------

def evaluate_registration_form(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    facts = site.memo("registration_forms", form_facts)
    largest, platforms, pdfs = facts["largest"], facts["platforms"], facts["pdfs"]
    findings = []
    form_fact = None
    if largest is not None:
        page, form, form_fact = largest
        url = page_url(page)
        if form_fact["sensitive"]:
            findings.append(finding(spec, url, "The registration form asks for sensitive data: "
                                    + ", ".join(form_fact["sensitive"]).replace("_", " ") + ".",
                                    selector="form", severity=spec.options["sensitive_severity"]))
        if form_fact["fields"] > spec.options["max_fields"]:
            findings.append(finding(spec, url, f"The registration form has {form_fact['fields']} fields "
                                    f"({form_fact['required']} required); more than {spec.options['max_fields']} "
                                    "makes registering slow on a phone and hard with assistive technology.",
                                    selector="form", severity="minor"))
    if platforms:
        host, name, page, text = platforms[0]
        findings.append(finding(spec, page, f"Registration happens on a third-party platform: {name} ({host}), "
                                "with its own accessibility, privacy terms and availability in each country.",
                                snippet=text, severity=spec.options["platform_severity"]))
    if pdfs and largest is None and not platforms:
        findings.append(finding(spec, pdfs[0].get("found_on") or site.url, "Registration is only possible "
                                "with a PDF form to download, fill in and send back.", snippet=pdfs[0]["url"],
                                severity=spec.options["pdf_severity"]))
    return CheckOutcome(spec.id, findings=findings, facts={"registration_form": form_fact},
                        measures={"platforms": [p[0] for p in platforms], "pdf_forms": [d["url"] for d in pdfs]})


def captcha_vendors(site: SiteArtifacts, vendors: dict[str, dict[str, list[str]]]) -> dict[str, str]:
    """Vendor -> the page it was found on, from markup, scripts, iframes and requests."""
    found: dict[str, str] = {}
    for page in site.audited_pages:
        dom, url = page["dom"], page_url(page)
        on_page = set()
        sources = [*dom.get("scripts", []), *(f.get("src", "") for f in dom.get("iframes", [])),
                   *(r.get("url", "") for r in page.get("network") or [])]
        classes = " ".join(f"{w.get('cls', '')} {w.get('id', '')}" for w in dom.get("widgets", [])).lower()
        tags = {w.get("tag", "") for w in dom.get("widgets", [])}
        for vendor, marks in vendors.items():
            if any(mark in src for src in sources for mark in marks.get("urls", [])) or \
                    any(re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", classes) for c in marks.get("classes", [])) or \
                    tags & set(marks.get("tags", [])):
                found.setdefault(vendor, url)
                on_page.add(vendor)
        if on_page:
            continue  # a vendor's widget brings its own field: not a self-hosted challenge
        fields = [f for form in page_forms(page) for f in filled_fields(form["fields"])]
        challenge = [f for f in fields if _asks_challenge(f.get(k) for k in ("label", "aria_label", "placeholder", "name", "id"))]
        if challenge:
            # The picture of the code: named so in its file, alt text, id or class.
            images = [i for i in dom.get("images", [])
                      if _asks_challenge(i.get(k) for k in ("src", "alt", "id", "cls"))]
            found.setdefault("image" if images else "other", url)
        elif any(w.get("sitekey") or ("-" in w.get("tag", "") and "captcha" in w.get("tag", ""))
                 for w in dom.get("widgets", [])):
            # A vendor not listed: its widget carries a site key, or is a custom element named for one.
            found.setdefault("other", url)
    return found


def _asks_challenge(texts: Any) -> bool:
    """Whether a field's or an image's words name a self-hosted challenge ("Recopiez le
    code de l'image", "captcha_answer", "img/captcha.png": names join words with "_", "-" or "/")."""
    words = fold(" ".join(t or "" for t in texts))
    return bool(concept("registration", "captcha_field").terms.search(re.sub(r"[_/.-]", " ", words)))


def evaluate_captcha(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    vendors = captcha_vendors(site, spec.options["vendors"])
    findings = []
    for vendor, page in sorted(vendors.items()):
        name = spec.options["names"].get(vendor, vendor)
        groups = list(spec.groups) + (["developing"] if vendor in spec.options["blocked_somewhere"] else [])
        findings.append(finding(spec, page, f"A CAPTCHA ({name}) stands in the way: many disabled people cannot "
                                "solve it (WCAG 2.2 SC 3.3.8, W3C “Inaccessibility of CAPTCHA”)"
                                + (", and its service is unreachable in some countries." if vendor in
                                   spec.options["blocked_somewhere"] else "."), groups=sorted(set(groups))))
    return CheckOutcome(spec.id, findings=findings, facts={"captcha": sorted(vendors)})


def account_evidence(site: SiteArtifacts) -> list[tuple[str, str]]:
    evidence: list[tuple[str, str]] = []
    for page, form in registration_forms(site):
        if any(f.get("type") == "password" for f in filled_fields(form["fields"])):
            evidence.append((page_url(page), "the registration form asks for a password"))
    for page in site.audited_pages:
        if page.get("role") == "registration" and any(is_login_form(f) for f in page_forms(page)):
            evidence.append((page_url(page), "a login form stands in front of registration"))
    affirmed, _ = split_hits(find(site.segments, concept("participation", "account")))
    # On a page of another role, the account is one to take part where the sentence
    # speaks of registering, or names the platform the site sends people to ("для
    # загрузки нужна учётная запись itch.io" on a jam's rules page) or a registration
    # platform by its name ("Оплата проходит через Timepad; для этого нужен аккаунт Timepad").
    # Or it stands on the page that sends people to a registration platform ("La inscripción
    # se hace en este formulario de Microsoft Forms. Para llenarlo hay que iniciar sesión").
    platforms = site.memo("registration_forms", form_facts)["platforms"] if affirmed else []
    hosts, sending = {host for host, *_ in platforms}, {page for _, _, page, _ in platforms}
    evidence += [(h.segment.page, h.segment.snippet) for h in affirmed if h.segment.role != "other"
                 or h.segment.page in sending
                 or concept("registration", "registration_form").terms.pattern.search(h.segment.folded)
                 or any(_names_host(h.segment.text, host) for host in hosts)
                 or _platform_names().search(h.segment.text)]
    return evidence


@cache
def _platform_names() -> re.Pattern[str]:
    """The registration platforms' names as written ("Timepad", "Eventfrog"), each a
    whole word."""
    names = sorted(set(load_lexicon("registration")["platforms"].values()), key=len, reverse=True)
    return re.compile(rf"(?<![\w.-])(?:{'|'.join(re.escape(name) for name in names)})(?![\w-])")


def _names_host(text: str, host: str) -> bool:
    """Whether ``text`` names ``host`` or the site under it ("www.quicket.co.ke" as
    "quicket.co.ke")."""
    bare = host.removeprefix("www.")
    return re.search(rf"(?<![\w.-]){re.escape(bare)}(?![\w-])", text.lower()) is not None


def evaluate_account(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    evidence = account_evidence(site)
    findings = []
    if evidence:
        findings.append(finding(spec, evidence[0][0], "Taking part needs an account or a login: "
                                + evidence[0][1] + ".", pages=sorted({e[0] for e in evidence})))
    return CheckOutcome(spec.id, findings=findings, facts={"account_required": bool(evidence)})


@cache
def _age_patterns() -> list[tuple[re.Pattern[str], int | None]]:
    """(pattern, fixed age or None when the pattern captures the age in ``min``)."""
    compiled = []
    for patterns in load_lexicon("age")["patterns"].values():
        for entry in patterns:
            if isinstance(entry, dict):
                compiled.append((re.compile(entry["pattern"]), int(entry["age"])))
            else:
                compiled.append((re.compile(entry), None))
    return compiled


def _required_literal(pattern: str) -> str:
    """The longest run of characters that every match of ``pattern`` holds ("years" in
    "at least (?P<min>\\d{1,2}) years"), or "" where there is none to name."""
    if "(?i" in pattern:
        return ""  # a case-blind literal is no plain substring
    best, run = "", []

    def flush() -> None:
        nonlocal best
        best = max(best, "".join(run), key=len)
        run.clear()

    def walk(items: Any) -> None:
        for op, argument in items:
            if op is _constants.LITERAL:
                run.append(chr(argument))
            elif op is _constants.SUBPATTERN:
                walk(argument[-1])  # a group that must match: its characters continue the run
            elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and argument[0] >= 1:
                flush()
                walk(argument[2])  # repeated at least once: what it holds is there
                flush()
            else:
                flush()  # a class, an alternation, an optional part, a lookaround: the run ends
    walk(_parser.parse(pattern))
    flush()
    return best


@cache
def _age_sieve() -> tuple[ahocorasick.Automaton, tuple[int, ...]]:
    """An automaton of the characters each age pattern cannot match without (its indexes
    as the value), and the patterns that have none. Most sentences about taking part
    state no age: one pass over the text names the few patterns worth trying."""
    automaton, always = ahocorasick.Automaton(), []
    by_literal: dict[str, list[int]] = {}
    for index, (pattern, _) in enumerate(_age_patterns()):
        literal = _required_literal(pattern.pattern)
        if literal:
            by_literal.setdefault(literal, []).append(index)
        else:
            always.append(index)
    for literal, indexes in by_literal.items():
        automaton.add_word(literal, tuple(indexes))
    automaton.make_automaton()
    return automaton, tuple(always)


def _needs_digit(items: Any) -> bool:
    """Whether every match of the parsed pattern ``items`` holds a digit (``\\d`` or a
    literal 0-9 outside any optional part): ``(?P<min>\\d{1,2}) years`` does."""
    for op, argument in items:
        if op is _constants.LITERAL and chr(argument) in "0123456789":
            return True
        if op is _constants.IN and argument == [(_constants.CATEGORY, _constants.CATEGORY_DIGIT)]:
            return True
        if op is _constants.SUBPATTERN and _needs_digit(argument[-1]):
            return True
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and argument[0] >= 1 and _needs_digit(argument[2]):
            return True
        if op is _constants.BRANCH and all(_needs_digit(branch) for branch in argument[1]):
            return True
    return False


@cache
def _digit_patterns() -> frozenset[int]:
    """Indexes of the age patterns that match no text without a digit."""
    return frozenset(i for i, (pattern, _) in enumerate(_age_patterns())
                     if _needs_digit(_parser.parse(pattern.pattern, pattern.flags)))


_DIGIT = re.compile(r"\d")


def _age_candidates(text: str) -> list[tuple[re.Pattern[str], int | None]]:
    """The age patterns, in the lexicon's order, whose required characters the text holds
    and which match it."""
    automaton, always = _age_sieve()
    indexes = set(always)
    for _, found in automaton.iter(text):
        indexes.update(found)
    if indexes and _DIGIT.search(text) is None:  # most sentences about young people state no age
        indexes -= _digit_patterns()
    patterns = _age_patterns()
    return [patterns[i] for i in sorted(indexes) if patterns[i][0].search(text)]


@cache
def _number_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the ages written in words, each a whole word, and for runs of
    Chinese numerals, each read whole; and the words' values."""
    lexicon = load_lexicon("age")
    words = {fold(word): str(value) for per_language in lexicon["number_words"].values()
             for word, value in per_language.items()}
    alternation = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)|(?P<cjk>[{_cjk_numerals()}]+)"), words


def _cjk_numerals() -> str:
    """The Chinese numerals, escaped for a character class."""
    numerals = load_lexicon("age")["cjk_numerals"]
    return re.escape("".join([*numerals["digits"], numerals["ten"], *numerals["larger"]]))


def _cjk_number(run: str) -> str:
    """A run of Chinese numerals up to 99 ("八", "十八", "二十八") in digits; any other
    run (a year, a number with 百) as it is."""
    numerals = load_lexicon("age")["cjk_numerals"]
    digits, ten = numerals["digits"], numerals["ten"]
    tens, has_ten, units = run.partition(ten)
    if not has_ten:
        return str(digits[run]) if run in digits else run
    if tens not in ("", *digits) or units not in ("", *digits):
        return run
    return str(digits.get(tens, 1) * 10 + digits.get(units, 0))


@cache
def _number_word_sieve() -> tuple[ahocorasick.Automaton, re.Pattern[str]]:
    """The number words of ``_number_words`` in an automaton (each word's length as its
    value), and a pattern for any Chinese numeral."""
    _, words = _number_words()
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton, re.compile(f"[{_cjk_numerals()}]")


_WORD = re.compile(r"\w")


def _may_hold_number_words(text: str) -> bool:
    """Whether ``_number_words``'s pattern can match in ``text``: a Chinese numeral, or a
    number word with no word character on either side. One pass of an automaton: the
    pattern, a boundary test then a 640-way alternation at every character, took ~18 %
    of evaluating the benchmark's sites (py-spy of ``pipeline._evaluate``)."""
    automaton, numeral = _number_word_sieve()
    if numeral.search(text):
        return True
    last = len(text) - 1
    for end, length in automaton.iter(text):
        start = end - length + 1
        if (start == 0 or _WORD.match(text, start - 1) is None) and (end == last or _WORD.match(text, end + 1) is None):
            return True
    return False


def _with_digits(folded: str) -> str:
    """Ages written in words ("السادسة عشرة", "seize", "二十八") as digits, in text
    that is already folded with ASCII digits."""
    if not _may_hold_number_words(folded):
        return folded
    pattern, words = _number_words()
    return pattern.sub(lambda m: _cjk_number(m.group(0)) if m.group("cjk") else words[m.group(0)], folded)


def minimum_ages(site: SiteArtifacts) -> list[tuple[int, str, str]]:
    context, veto, near_price = concept("age", "context"), concept("age", "not_a_limit"), concept("age", "price_near_age")
    groups = concept("age", "group_words").terms
    found = []
    segments = site_text(site.segments)
    for position in segments.positions_with(context.terms):
        segment = segments[position]
        if segment.role == "fees" and (find_money(segment.text) or len(
                {m.group(0) for m in concept("money", "reduced_category").terms.finditer(segment.folded)}) >= 2):
            # Ages beside prices, or among discount categories, are price categories
            # ("youth 15-29: EUR 20", "students, young people aged 15 to 29, people over 60").
            continue
        # Number words are whole words, in no context or veto term: test before replacing them.
        places = segments.places_at(position)
        if not context.terms.first(segment.folded, places(context.terms)):
            continue
        text = _with_digits(segment.folded)
        candidates = _age_candidates(text)
        if not candidates:
            continue
        if veto.terms.first(segment.folded, places(veto.terms)):
            continue
        vetoes = [(m.start(), m.end()) for m in near_price.terms.finditer(text)] \
            if near_price.terms.first(segment.folded, places(near_price.terms)) else []
        # "« Lire d'abord en créole : les enfants de 6 à 12 ans »": a talk's title.
        titles = [_with_digits(ascii_digits(fold(quoted)))
                  for quoted in QUOTED.findall(segment.text) if len(quoted.split()) >= 4]
        # "Aparte sessie: jongeren van 15 tot 24 jaar": a session's topic, when the words
        # about people are only a group's name and a colon stands before the age.
        colon = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
        topic = colon >= 0 and {m.span() for m in context.terms.finditer(segment.folded)} <= \
            {m.span() for m in groups.finditer(segment.folded)}
        for pattern, fixed in candidates:
            for match in pattern.finditer(text):
                age = fixed if fixed is not None else int(match.group("min"))
                if any(match.group(0) in title for title in titles) or (topic and colon < match.start()):
                    continue
                if 5 <= age <= 99 and not any(near(text, span, match.span(), VETO_WORDS) for span in vetoes):
                    found.append((age, segment.page, segment.snippet))
    return found



def evaluate_min_age(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    ages = minimum_ages(site)
    if not ages:
        return CheckOutcome(spec.id, facts={"min_age": None})
    age, page, snippet = min(ages)
    findings = []
    if age > spec.options["youth_from"]:
        findings.append(finding(spec, page, f"Only people aged {age} or more may take part: younger people are "
                                "left out.", snippet=snippet))
    return CheckOutcome(spec.id, findings=findings, facts={"min_age": age})
