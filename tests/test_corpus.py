"""Every fact of every site of the labelled corpora, audited in Chromium.

tests/corpus holds 18 fictional institutions' sites in seven languages and several
markup styles, with the expected facts beside them (expected.yaml), including the
negative cases: misleading numbers, "captcha" in prose, webcasts that are not
participation, ages that are not limits, free Wi-Fi that is not a free way to take
part. tests/corpus2 (8 sites), tests/corpus3 to corpus42 (14 each) were each
written by someone who had not seen the checks and first used as a held-out set; all have since
been looked at and tuned on (see the README's accuracy section). tests/heldout and tests/heldout2 are the sets
nobody has tuned on; tests/corpus_run.py measures them and no test reads them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from corpus_run import CORPUS, file_of, accuracy, audit_corpus, corpus_sites, expected, observed

from barrieraudit.results import build_results, validate_results

pytestmark = pytest.mark.browser

CORPUS2 = CORPUS.parent / "corpus2"
CORPUS3 = CORPUS.parent / "corpus3"
CORPUS4 = CORPUS.parent / "corpus4"
CORPUS5 = CORPUS.parent / "corpus5"
CORPUS6 = CORPUS.parent / "corpus6"
CORPUS7 = CORPUS.parent / "corpus7"
CORPUS8 = CORPUS.parent / "corpus8"
CORPUS9 = CORPUS.parent / "corpus9"
CORPUS10 = CORPUS.parent / "corpus10"
CORPUS11 = CORPUS.parent / "corpus11"
CORPUS12 = CORPUS.parent / "corpus12"
CORPUS13 = CORPUS.parent / "corpus13"
CORPUS14 = CORPUS.parent / "corpus14"
CORPUS15 = CORPUS.parent / "corpus15"
CORPUS16 = CORPUS.parent / "corpus16"
CORPUS17 = CORPUS.parent / "corpus17"
CORPUS18 = CORPUS.parent / "corpus18"
CORPUS19 = CORPUS.parent / "corpus19"
CORPUS20 = CORPUS.parent / "corpus20"
CORPUS21 = CORPUS.parent / "corpus21"
CORPUS22 = CORPUS.parent / "corpus22"
CORPUS23 = CORPUS.parent / "corpus23"
CORPUS24 = CORPUS.parent / "corpus24"
CORPUS25 = CORPUS.parent / "corpus25"
CORPUS26 = CORPUS.parent / "corpus26"
CORPUS27 = CORPUS.parent / "corpus27"
CORPUS28 = CORPUS.parent / "corpus28"
CORPUS29 = CORPUS.parent / "corpus29"
CORPUS30 = CORPUS.parent / "corpus30"
CORPUS31 = CORPUS.parent / "corpus31"
CORPUS32 = CORPUS.parent / "corpus32"
CORPUS33 = CORPUS.parent / "corpus33"
CORPUS34 = CORPUS.parent / "corpus34"
CORPUS35 = CORPUS.parent / "corpus35"
CORPUS36 = CORPUS.parent / "corpus36"
CORPUS37 = CORPUS.parent / "corpus37"
CORPUS38 = CORPUS.parent / "corpus38"
CORPUS39 = CORPUS.parent / "corpus39"
CORPUS40 = CORPUS.parent / "corpus40"
CORPUS41 = CORPUS.parent / "corpus41"
CORPUS42 = CORPUS.parent / "corpus42"
# The budget each corpus was written for: the later corpora's participation pages fit in 12.
BUDGETS = {CORPUS: 10, CORPUS2: 10, CORPUS3: 12, CORPUS4: 12, CORPUS5: 12, CORPUS6: 12, CORPUS7: 12, CORPUS8: 12,
           CORPUS9: 12, CORPUS10: 12, CORPUS11: 12, CORPUS12: 12, CORPUS13: 12, CORPUS14: 12,
           CORPUS15: 12, CORPUS16: 12, CORPUS17: 12, CORPUS18: 12, CORPUS19: 12, CORPUS20: 12, CORPUS21: 12,
           CORPUS22: 12, CORPUS23: 12, CORPUS24: 12, CORPUS25: 12, CORPUS26: 12, CORPUS27: 12, CORPUS28: 12, CORPUS29: 12, CORPUS30: 12,
           CORPUS31: 12, CORPUS32: 12, CORPUS33: 12, CORPUS34: 12, CORPUS35: 12, CORPUS36: 12, CORPUS37: 12, CORPUS38: 12, CORPUS39: 12, CORPUS40: 12, CORPUS41: 12, CORPUS42: 12}
# Facts still wrong, and why. The test fails when one of them comes right (take it off the
# list) as when any other fact is wrong.
KNOWN_WRONG = {
    ("corpus7", "disability-rights-convention-durban", "languages"):
        "the language model does not know Zulu (it calls the paragraph Indonesian, 0.11)",
    ("corpus7", "east-africa-school-internet-governance-kampala", "free_option"):
        "'Selected fellows pay no tuition': a fellowship is read as fee support, not as a free way to take part",
    ("corpus8", "she-codes-savannah-bootcamp-nairobi", "free_option"):
        "'fully funded: there is no tuition fee, and accommodation and meals...': meals in the sentence "
        "veto it (a free lunch is no free way to take part)",
    ("corpus9", "gathering-indigenous-digital-futures-winnipeg", "languages"):
        "the language model does not know Cree",
}
# tests/corpus11 (the ninth held-out set) has 19 languages, 12 of them beyond the seven the
# lexicons were first written for: its facts still wrong are in Bosnian and Kazakh (those
# of its Georgian, Thai and Indonesian sites came right with the vocabulary for forty more
# languages on 2026-12-02; its Guarani, Uzbek and Fijian sections, which the model does not
# tell apart, are read from their lang attributes).
_BEYOND_THE_SEVEN = "the words are in a language beyond the seven the lexicons are written for"
KNOWN_WRONG |= {("corpus11", site, key): reason for site, key, reason in [
    ("africa-regional-forum-data-governance-addis", "pdf_only_documents",
     "a programme PDF whose topic no page title names is read as PDF-only, though the programme page is in HTML"),
    *[("kongres-mladih-sindikalaca-sarajevo", key, _BEYOND_THE_SEVEN) for key in ("fee_support",)],
    *[("jastar-civic-hackathon-almaty", key, _BEYOND_THE_SEVEN) for key in ("captcha", "min_age", "access_services")],
]}
# tests/corpus12 (the tenth held-out set, looked at on 2026-12-02).
KNOWN_WRONG |= {("corpus12", site, key): reason for site, key, reason in [
    ("wuzhangai-keji-shequ-ri-hongkong", "account_required",
     "'購票前須先登記 Ticketflap 帳戶': the platform's name stands between registering and the account"),
    ("assembleia-rede-amazonica-radios-comunitarias-belem", "registration_form",
     "'Nome da rádio' (the community radio a delegate comes from) is labelled as affiliation; no word says organisation"),
    *[("neelttei-ogogdliin-odor-ulaanbaatar", key, _BEYOND_THE_SEVEN) for key in ("captcha",)],
]}
# tests/corpus13 (the eleventh held-out set, looked at on 2026-12-02).
KNOWN_WRONG |= {("corpus13", site, key): reason for site, key, reason in [
    ("chengdu-zengshe-dianti-guiding-lifa-tingzhenghui", "pdf_only_documents",
     "the draft under hearing, linked as a PDF, is read as covered by the hearing's own pages, which name it"),
    ("konferentsiya-molodykh-kraevedov-kazan", "min_age",
     "on a page read as a fees page, 'students, postgraduates ... and pupils from 14' reads as discount categories"),
    ("congreso-turismo-comunitario-la-paz", "min_age",
     "a talk title on the programme, 'Jóvenes de 18 a 25 años como guías comunitarios', reads as a limit"),
]}
# tests/corpus14 (the twelfth held-out set, looked at on 2026-12-02).
KNOWN_WRONG |= {("corpus14", site, key): reason for site, key, reason in [
    ("kent-konseyi-genel-kurulu-izmir", "fee_support", _BEYOND_THE_SEVEN),
]}
# tests/corpus15 (the thirteenth held-out set, looked at on 2026-12-02).
KNOWN_WRONG |= {("corpus15", site, key): reason for site, key, reason in [
    ("cumbre-ciudades-costeras-clima-valparaiso", "free_option",
     "'40 becas de inscripción (exención total del pago)': a waiver given as a bursary is read as fee support, "
     "not as a free way to take part (the label: free for one group)"),
    ("communal-conservancies-conference-windhoek", "languages",
     "the whole Afrikaans page, declared en-NA, is read as Dutch as well as Afrikaans"),
    ("highlands-women-leadership-summit-goroka", "min_age",
     "a talk title on the programme without quotation marks, 'Keeping girls aged 12 to 16 in school', reads as a limit"),
    # The Albanian site (degjese-publike-buxheti-2028-shkoder) came right with the Albanian
    # vocabulary written in tuning on corpus37.
]}
# tests/corpus16 (the fourteenth held-out set, looked at on 2026-12-02).
KNOWN_WRONG |= {("corpus16", site, key): reason for site, key, reason in [
    ("zhongxuesheng-keji-chuangxin-zhan-jinbian", "fee_support",
     "free entry for one group's teams ('属校的参赛队伍免费参展') is read as a free option only; the label counts it "
     "as fee support too"),
    ("concours-plaidoirie-droit-maritime-djibouti", "languages",
     "two short Somali paragraphs without a lang attribute are not read as a section"),
    ("consulta-nacional-lei-terra-bissau", "fee_support",
     "'O transporte ... até à sede da região é assegurado pela comissão': transport and its provider stand too far "
     "apart for the lexicon's wording"),
    *[("startup-hetvege-szeged", key, _BEYOND_THE_SEVEN)
      for key in ("account_required", "registration_form", "registration_host", "access_services")],
    *[("prajamula-dheshana-mala-peradeniya", key, _BEYOND_THE_SEVEN)
      for key in ("fee_support", "registration_form", "accessibility_statement", "access_services")],
]}
# tests/corpus18 (the sixteenth held-out set, looked at on 2026-12-02).
KNOWN_WRONG |= {("corpus18", site, key): reason for site, key, reason in [
    ("multaqa-watani-taqat-mutajadida-ouargla", "access_services",
     "'for any access needs (wheelchair, companion, large print) please contact us': a wheelchair named among the "
     "needs to ask about is read as wheelchair access"),
    ("pacific-code-bootcamp-apia", "free_option",
     "'Twenty scholarship places: the course fee is waived for ...': scholarships veto a free way to take part (a "
     "fellowship is fee support), the label counts the waiver as free"),
    ("festival-aves-gamboa", "fees",
     "'Excursiones guiadas de observación (cada una): B/. 45.00': excursions are read as travel, not as the "
     "festival's paid activity"),
]}
# tests/corpus19 (the seventeenth held-out set, looked at on 2026-12-02).
KNOWN_WRONG |= {("corpus19", site, key): reason for site, key, reason in [
    ("mahrajan-alhikaya-alshaabiya-nablus", "min_age",
     "'children's storytelling workshop, ages 9 to 13 | children | 40 shekels': an age range in a fee table's row "
     "is read as a price category, the label reads the workshop's lower bound as the age limit"),
]}
# tests/corpus20 (the eighteenth held-out set, looked at on 2026-12-02).
KNOWN_WRONG |= {("corpus20", site, key): reason for site, key, reason in [
    ("ye-buna-amrachoch-guba-addis-abeba", "languages",
     "an Oromo paragraph of 25 words (190 letters) without a lang attribute: the model does not know Oromo and the "
     "function words name it, but a section named so needs 200 letters"),
]}
KNOWN_WRONG |= {("corpus22", site, key): reason for site, key, reason in [
    ("forum-jeunes-eau-ndjamena", "pdf_only_documents",
     "the home page's link 'fiche d'inscription' to the registration page, which only offers the PDF sheet, is "
     "taken as an HTML version of the sheet (not counting links to the page that offers a PDF broke three other "
     "corpora's labels)"),
]}
KNOWN_WRONG |= {("corpus24", site, key): reason for site, key, reason in [
    ("ogrenci-robot-yarismasi-eskisehir", "min_age",
     "'on yaşından itibaren' (from ten years): the Turkish 'on' (ten) is the English 'on', so it is no number word"),
    ("consulta-gestao-mangal-cacheu", "fee_support",
     "'A travessia de canoa dos delegados das ilhas é paga pela organização': the crossing stands seven words "
     "before 'paga pela organização', which alone would also read a paid lunch as fee support"),
]}
KNOWN_WRONG |= {("corpus26", site, key): reason for site, key, reason in [
    ("sibaq-dhofar-alkharif-salalah", "free_option",
     "'سباق الأطفال ... مجاني': the free children's race is a free way to take part by the label, but 'الأطفال' "
     "(children) vetoes a free option in its sentence, as free childcare or children's entry does elsewhere"),
]}
KNOWN_WRONG |= {("corpus28", site, key): reason for site, key, reason in [
    ("xinjiapo-shequ-yuanyi-jiaoliuhui", "min_age",
     "'加购：厨余堆肥实作工作坊 S$35（每场二十人，适合10岁及以上）': on a fees page an age in a sentence with a price "
     "is read as a price category, though this one says whom the workshop suits"),
    ("sickle-cell-patients-carers-conference-kumasi", "languages",
     "a Twi paragraph without `lang`: the language model does not know Twi"),
]}
KNOWN_WRONG |= {("corpus39", site, key): reason for site, key, reason in [
    ("binglang-leling-shuma-baorong-luntan", "min_age",
     "'加购：亲子数码工作坊（下午场，适合8至12岁儿童与祖父母一同参加），每个家庭RM20': on a fees page an age in a "
     "sentence with a price is read as a price category; and the seniors' free tier in the FAQ ('60岁或以上人士报名时"
     "选择“乐龄人士（免费）”票种') is read as a limit, its 免费 too far from the age"),
]}
KNOWN_WRONG |= {("corpus35", site, key): reason for site, key, reason in [
    ("lager-yunykh-arkheologov-polotsk", "fees",
     "'Экскурсия лагеря в Витебск (по желанию) 60 руб.', the camp's own excursion: excursions are tours that are no "
     "fee on other sites"),
]}
KNOWN_WRONG |= {("corpus34", site, key): reason for site, key, reason in [
    ("jinbian-huaxiao-moni-lianheguo-dahui", "free_option",
     "'申请全额减免报名费' (a full waiver on a teacher's recommendation): the lexicon vetoes waivers (减免) as a free "
     "option, as other sets label them"),
    ("letnyaya-shkola-molodyh-vinogradarey-kagul", "fees",
     "'1.800 lei' on a Moldovan site that also names Romania is read as Romanian lei, and a table with one column "
     "per currency adds a price"),
]}
KNOWN_WRONG |= {("corpus33", site, key): reason for site, key, reason in [
    ("encuentro-huertos-urbanos-el-alto", "fees",
     "a guided visit to the solar greenhouses priced on the costs page ('Visita guiada ...: Bs 40 por persona'): "
     "'visita guiada' names tours that are no fee on other sites"),
]}
SITES = corpus_sites()
CASES = [(folder, s) for folder in BUDGETS for s in corpus_sites(folder)]


@pytest.fixture(scope="module")
def corpus_results(chromium, tmp_path_factory) -> Callable[[Path], dict[str, dict[str, Any]]]:
    """Each corpus audited once, as one run, when a test first asks for it (so no single
    test waits for all eight): folder -> site id -> site results."""
    audited: dict[Path, dict[str, Any]] = {}

    def results_of(folder: Path) -> dict[str, dict[str, Any]]:
        if folder not in audited:
            store, run_id = audit_corpus(tmp_path_factory.mktemp(folder.name) / "runs.db", chromium,
                                         folder=folder, max_pages=BUDGETS[folder])
            results = build_results(store, run_id)
            validate_results(results)
            audited[folder] = {site["id"]: site for site in results["sites"]}
        return audited[folder]
    return results_of


@pytest.mark.parametrize(("folder", "entry"), CASES, ids=[f"{f.name}-{s['id']}" for f, s in CASES])
def test_every_fact_of_the_corpus_site_is_right(corpus_results, folder, entry):
    site = corpus_results(folder)[entry["id"]]
    # A deliberately broken link is a page that could not be audited: the site is partial.
    broken = set(entry.get("deliberate_404", []))
    failed = {file_of(page["url"]) for page in site["pages"] if page["error"]}
    assert failed == broken and site["status"] == ("partial" if broken else "ok"), site["error"]
    got, want = observed(site), expected(entry)
    known = {key for (corpus, site_id, key) in KNOWN_WRONG if (corpus, site_id) == (folder.name, entry["id"])}
    assert {key: got[key] for key in want if key not in known} == {key: want[key] for key in want if key not in known}
    assert all(got[key] != want[key] for key in known), "a known wrong fact is right now: take it off KNOWN_WRONG"


def test_the_corpus_covers_seven_languages_and_every_fact_value():
    languages = {lang for s in SITES for lang in s["expected"]["languages"]}
    assert {"ar", "en", "es", "fr", "ru", "zh", "pt"} <= languages
    for key in ("free_option", "fee_support", "remote_participation", "account_required",
                "accessibility_statement", "pdf_only_documents", "registration_pdf_only"):
        values = {s["expected"][key] for s in SITES}
        assert {True, False} <= values, key
    every_site = [s for folder in BUDGETS for s in corpus_sites(folder)]
    assert None in {s["expected"]["free_option"] for s in every_site}


@pytest.mark.parametrize("folder", [CORPUS3, CORPUS4, CORPUS5, CORPUS6, CORPUS7, CORPUS8, CORPUS9, CORPUS10, CORPUS11,
                                    CORPUS12, CORPUS13, CORPUS14, CORPUS15, CORPUS16, CORPUS17, CORPUS18,
                                    CORPUS19, CORPUS20, CORPUS21, CORPUS22, CORPUS23, CORPUS24,
                                    CORPUS25, CORPUS26, CORPUS27, CORPUS28, CORPUS29, CORPUS30, CORPUS31,
                                    CORPUS32, CORPUS33, CORPUS34, CORPUS35, CORPUS36, CORPUS37, CORPUS38, CORPUS39, CORPUS40, CORPUS41, CORPUS42],
                         ids=["corpus3", "corpus4", "corpus5", "corpus6", "corpus7", "corpus8", "corpus9", "corpus10",
                              "corpus11", "corpus12", "corpus13", "corpus14", "corpus15", "corpus16",
                              "corpus17", "corpus18", "corpus19", "corpus20", "corpus21", "corpus22",
                              "corpus23", "corpus24", "corpus25", "corpus26", "corpus27", "corpus28", "corpus29", "corpus30",
                              "corpus31", "corpus32", "corpus33", "corpus34",
                              "corpus35", "corpus36", "corpus37", "corpus38", "corpus39", "corpus40", "corpus41", "corpus42"])
def test_every_labelled_participation_page_is_reached_under_its_budget(corpus_results, folder):
    _, _, missed = accuracy(folder, corpus_results(folder))
    assert missed == []
