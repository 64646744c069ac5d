"""The report in the six UN languages and Portuguese: complete catalogues, plurals, locale formats,
right to left in Arabic, translated finding messages, and --lang on the command line.
The browser test at the end runs axe-core on every page in every language at desktop
and phone width."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from golden import recorded_sites

from barrieraudit.evaluate import evaluate_site, load_catalogue
from barrieraudit.evaluate.outcome import SiteArtifacts
from barrieraudit.report import write_report
from barrieraudit.report.i18n import LANGUAGES, Localiser, extract_messages, missing_translations, po_path
from barrieraudit.report.messages import translate_message

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """A stored, ranked run of three recorded sites (no browser), and its results."""
    from barrieraudit.pipeline import evaluate_stored_site, rank_run
    from barrieraudit.results import build_results
    from barrieraudit.store import open_store

    folder = tmp_path_factory.mktemp("i18n")
    store = open_store(folder / "runs.db")
    run_id = store.begin_run(tool_version="0.1.0", axe_version="4.10.2", catalogue_version=load_catalogue().version,
                             browser="b", config={"sites": []})
    for position, site in enumerate(recorded_sites()[:3]):
        store.add_site(run_id, position, site["id"], site["id"].replace("-", " ").title(), site["url"], {})
        for page in site["pages"]:
            store.add_page(run_id, site["id"], page, None)
        store.finish_site(run_id, site["id"], status="partial" if position == 1 else "ok", error=None,
                          documents=site["documents"], warnings=[])
        evaluate_stored_site(store, run_id, site["id"], site["url"], site["documents"])
    rank_run(store, run_id)
    store.finish_run(run_id, "finished")
    return folder, store, run_id, build_results(store, run_id)


@pytest.fixture(scope="module")
def reports(stored):
    folder, _store, _run_id, results = stored
    for lang in LANGUAGES:
        write_report(results, folder / lang, lang=lang)
    return folder


def text_of(path: Path) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


# -- the catalogues -------------------------------------------------------------------------

@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_of_the_report_is_translated_in_each_catalogue(lang):
    assert missing_translations(lang) == []


def test_a_catalogue_that_lacks_a_string_or_has_it_fuzzy_is_reported(tmp_path):
    """The test above can fail: a string removed, one marked fuzzy, one emptied, one with a
    placeholder the English does not have."""
    root = tmp_path / "locale"
    shutil.copytree(po_path("fr").parent.parent.parent, root)
    po = po_path("fr", root)
    text = po.read_text(encoding="utf-8")
    text = text.replace('msgid "Skip to content"\nmsgstr "Aller au contenu"\n', "")
    text = text.replace('msgid "Methodology"\n', '#, fuzzy\nmsgid "Methodology"\n')
    text = text.replace('msgstr "Classement"', 'msgstr ""')
    text = text.replace('msgstr "rang %(rank)s"', 'msgstr "rang %(rang)s"')
    po.write_text(text, encoding="utf-8")
    assert missing_translations("fr", root) == [
        "missing: 'Skip to content'", "empty: 'Ranking'", "fuzzy: 'Methodology'",
        "unknown placeholder %(rang)s: 'rank %(rank)s'"]


def test_the_strings_to_translate_come_from_templates_code_and_the_check_catalogue():
    messages = extract_messages()
    catalogue = load_catalogue()
    assert "Participation barriers: ranking" in messages  # a template
    assert messages["on %(num)s page"] == ("on %(num)s page", "on %(num)s pages")  # a plural
    assert "Score (0–100, higher = fewer barriers)" in messages  # the chart
    assert "wheelchair access" in messages  # a fact's words (render.py)
    for check in catalogue.checks:  # every check's title, description and fix
        assert {check.title, check.description, check.fix} - {""} <= set(messages)
    for parts in catalogue.scoring["dimensions"].values():
        assert {part["label"] for part in parts.values()} <= set(messages)


def test_plurals_follow_each_language_s_rules():
    def pages(lang: str, n: int) -> str:
        return Localiser(lang).ngettext("on %(num)s page", "on %(num)s pages", n) % {"num": n}

    assert [pages("en", n) for n in (1, 2)] == ["on 1 page", "on 2 pages"]
    assert [pages("ru", n) for n in (1, 3, 5, 21, 11)] == [
        "на 1 странице", "на 3 страницах", "на 5 страницах", "на 21 странице", "на 11 страницах"]
    assert [pages("ar", n) for n in (1, 2, 3, 11, 100)] == [
        "في صفحة واحدة", "في صفحتين", "في 3 صفحات", "في 11 صفحة", "في 100 صفحة"]
    assert [pages("fr", n) for n in (0, 1, 2)] == ["sur 0 page", "sur 1 page", "sur 2 pages"]
    assert pages("zh", 1) == pages("zh", 2).replace("2", "1") == "出现在 1 个页面"
    assert [pages("pt", n) for n in (1, 2)] == ["em 1 página", "em 2 páginas"]


def test_numbers_dates_and_money_are_written_as_the_locale_writes_them():
    fr, ar, zh = Localiser("fr"), Localiser("ar"), Localiser("zh")
    assert fr.number(1234.5, 1) == "1\u202f234,5" and fr.percent(0.4) == "40\u00a0%"
    assert fr.money(150, "EUR") == "150\u00a0EUR" and Localiser("en").money(1500.5, "USD") == "USD\u00a01,500.50"
    assert fr.datetime("2026-12-01T17:05:00+00:00") == "1 déc. 2026, 17:05:00 UTC"
    from barrieraudit.report.render import fmt_bytes
    assert fmt_bytes(5600, fr.number, fr.gettext) == "5,6 Ko" and fmt_bytes(2_500_000) == "2.5 MB"
    assert fmt_bytes(5600, Localiser("ru").number, Localiser("ru").gettext) == "5,6 КБ"
    assert zh.datetime("2026-12-01T17:05:00+00:00").startswith("2026年12月1日")
    # Arabic with the Western digits of Babel's "ar" locale (see README).
    assert ar.number(1234) == "1,234" and ar.listing(["أ", "ب"]) == "أ وب"


# -- finding messages -------------------------------------------------------------------------

def test_every_message_the_evaluators_write_has_a_template_to_translate_it():
    catalogue = load_catalogue()
    local = Localiser("fr")
    seen = set()
    for site in recorded_sites():
        evaluation = evaluate_site(SiteArtifacts(site["id"], site["url"], site["pages"], site["documents"]),
                                   catalogue)
        for finding in evaluation.findings:
            if finding.check.startswith("accessibility.") and finding.check not in {
                    c.id for c in catalogue.checks}:
                continue  # an axe-core rule: its help text stays English (README)
            translated = translate_message(finding.message, local)
            assert translated is not None, finding.message
            assert translated != finding.message
            seen.add(finding.check)
    assert len(seen) >= 8  # the recorded sites exercise most checks


def test_a_message_is_translated_with_its_parts_localised():
    message = ("The site covers 1 of the 6 UN languages (en); it offers: en, pt. Not confirmed: 2 pages that "
               "could say otherwise could not be read: https://f.example/lang (language page: HTTP 404).")
    assert translate_message(message, Localiser("fr")) == (
        "Le site couvre 1 des 6 langues de l’ONU (anglais) ; il propose : anglais et portugais. Non confirmé : "
        "2 pages qui pourraient dire le contraire n’ont pas pu être lues : https://f.example/lang (language page: "
        "HTTP 404).")
    assert translate_message("The registration form asks for sensitive data: phone, birth date.",
                             Localiser("es")) == "El formulario de inscripción pide datos sensibles: teléfono y fecha de nacimiento."
    assert translate_message("Elements must have sufficient color contrast", Localiser("ru")) is None


# -- the rendered report ----------------------------------------------------------------------

def test_the_arabic_report_is_right_to_left_and_says_nothing_in_english(reports):
    index = (reports / "ar" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in index
    assert "<h1>عوائق المشاركة: الترتيب</h1>" in index
    english = ["Participation barriers", "Rank by", "Find a site", "Overall", "Downloads", "Skip to content"]
    assert [word for word in english if word in text_of(reports / "ar" / "index.html")] == []
    methodology = text_of(reports / "ar" / "methodology.html")
    assert "مونت كارلو" in methodology and "Monte Carlo" not in methodology
    for page in (reports / "ar" / "sites").glob("*.html"):
        text = text_of(page)
        assert "العوائق المكتشفة" in text and "الصفحات المُدقَّقة" in text
        assert [word for word in ("Barriers found", "Pages audited", "Facts", "What drove", " page", "Fix:")
                if word in text] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_lang_attribute_and_chart_labels(reports, lang):
    for page in [reports / lang / "index.html", reports / lang / "methodology.html",
                 *(reports / lang / "sites").glob("*.html")]:
        html = page.read_text(encoding="utf-8")
        assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in html
    chart = (reports / lang / "chart-groups.svg").read_text(encoding="utf-8")
    narrow = (reports / lang / "chart-groups-narrow.svg").read_text(encoding="utf-8")
    label = Localiser(lang).gettext("Score (0–100, higher = fewer barriers)")
    assert label in chart and label in narrow
    assert Localiser(lang).gettext("Youth") in chart


def test_site_pages_use_the_language_s_plurals_and_words(reports):
    russian = " ".join(text_of(path) for path in (reports / "ru" / "sites").glob("*.html"))
    assert re.search(r"\d+ страниц, сначала страницы участия|\d+ страницы, сначала страницы участия", russian)
    assert "pages" not in re.sub(r"\S+\.(html|csv|json)|https?://\S+", "", russian)
    chinese = text_of(reports / "zh" / "methodology.html")
    assert "每个权重" in chinese and "检查目录" in chinese


def test_results_json_and_the_csv_files_stay_in_english(reports):
    assert (reports / "ar" / "results.json").read_bytes() == (reports / "en" / "results.json").read_bytes()
    assert (reports / "zh" / "findings.csv").read_bytes() == (reports / "en" / "findings.csv").read_bytes()


def test_report_command_writes_the_language_asked_for_and_refuses_an_unknown_one(stored, tmp_path):
    folder, store, run_id, _results = stored
    cli = [sys.executable, "-m", "barrieraudit", "report", run_id, "--db", str(folder / "runs.db")]
    result = subprocess.run([*cli, "--out", str(tmp_path / "fr"), "--lang", "fr"], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert "<h1>Obstacles à la participation : classement</h1>" in (tmp_path / "fr" / "index.html").read_text()
    wrong = subprocess.run([*cli, "--out", str(tmp_path / "de"), "--lang", "de"], capture_output=True, text=True,
                           timeout=300)
    assert (wrong.returncode, wrong.stderr, wrong.stdout) == (
        2, "error: --lang must be one of ar, en, es, fr, pt, ru, zh\n", "")
    assert not (tmp_path / "de").exists()


@pytest.mark.parametrize("command", [["check", "http://127.0.0.1:9/"], ["crawl", "sites.yaml"], ["demo"]])
def test_every_command_that_writes_a_report_takes_lang(command, tmp_path):
    result = subprocess.run([sys.executable, "-m", "barrieraudit", *command, "--lang", "de"], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, "error: --lang must be one of ar, en, es, fr, pt, ru, zh\n")


def test_templates_compiled_ahead_serve_every_language_and_a_users_template_is_compiled(stored, tmp_path,
                                                                                        monkeypatch):
    """``report.warm_up`` (``crawl`` and ``check`` call it while the last sites are
    evaluated) compiles the report's templates; a report written after it, in another
    language, compiles none and is the report written without it. A user's template of
    the same name is compiled, and used."""
    from jinja2 import Environment

    from barrieraudit.report import render, warm_up

    _folder, _store, _run_id, results = stored
    compiled: list[str] = []
    original = Environment.compile

    def counted(self, source, name=None, filename=None, *args, **kwargs):
        compiled.append(name)
        return original(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", counted)
    monkeypatch.setattr(render, "_COMPILED", render._CompiledTemplates())
    write_report(results, tmp_path / "cold", lang="fr")
    assert {"index.html.j2", "site.html.j2", "methodology.html.j2", "base.html.j2"} <= set(compiled)

    monkeypatch.setattr(render, "_COMPILED", render._CompiledTemplates())
    compiled.clear()
    warm_up()
    assert sorted(compiled) == sorted(p.name for p in render.reports_dir().glob("*.j2"))
    compiled.clear()
    write_report(results, tmp_path / "warm", lang="fr")
    assert compiled == []
    pages = sorted(p.relative_to(tmp_path / "cold") for p in (tmp_path / "cold").rglob("*.html"))
    assert len(pages) == 5 and pages == sorted(p.relative_to(tmp_path / "warm")
                                               for p in (tmp_path / "warm").rglob("*.html"))
    assert all((tmp_path / "cold" / p).read_bytes() == (tmp_path / "warm" / p).read_bytes() for p in pages)

    mine = tmp_path / "templates"
    mine.mkdir()
    (mine / "methodology.html.j2").write_text("My own method page: {{ checks | length }} checks")
    write_report(results, tmp_path / "own", user_templates=mine, lang="fr")
    assert compiled == ["methodology.html.j2"]
    assert (tmp_path / "own" / "methodology.html").read_text().startswith("My own method page: ")


# -- in the browser ---------------------------------------------------------------------------

@pytest.mark.browser
def test_every_page_in_every_language_has_no_axe_violations_or_overflow_at_1280_and_360(reports, chromium):
    from report_checks import report_pages, report_problems

    pages = [page for lang in LANGUAGES for page in report_pages(reports / lang)]
    assert len(pages) == len(LANGUAGES) * 5 == 35
    problems = report_problems(chromium, pages)
    assert problems == {}
