"""Ganja (Azerbaijan) international chess festival: PDF-only entry; az, Russian section without lang, English page."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "Ana səhifə"), ("istirak.html", "İştirak şərtləri"), ("qeydiyyat.html", "Qeydiyyat"),
       ("elcatanliq.html", "Əlçatanlıq"), ("mukafat.html", "Mükafat fondu"), ("yasayis.html", "Yaşayış"),
       ("tarix.html", "Festivalın tarixi"), ("en/index.html", "English")]
NAV_EN = [("en/index.html", "Home"), ("index.html", "Azərbaycanca")]
s = mk("beynelxalq-sahmat-festivali-gence", "Gəncə Beynəlxalq Şahmat Festivalı", "az", "#8c1c13", "GŞF",
       {"az": NAV, "en": NAV_EN},
       foot={"az": '<p>Gəncə Şahmat Klubları Birliyi (nümunə) — Gəncə — <a href="mailto:festival@gence-chess.example.az">festival@gence-chess.example.az</a></p>',
             "en": '<p>Ganja Chess Clubs Union (example) — Ganja</p>'})
placeholder_media(s, "media/festival2026.mp4")
s.pdf("docs/erize-formasi-2027.pdf", "Ganja International Chess Festival 2027\nEntry form\nName / Surname:\nFIDE ID:\nDate of birth:\nClub:\nTournament: Open A / Open B / Children\nSignature:")

s.page("index.html", "Gəncə Beynəlxalq Şahmat Festivalı 2027", f"""
<h1>Gəncə Beynəlxalq Şahmat Festivalı 2027</h1>
<p>1–9 may 2027-ci il tarixlərində Gəncədə doqquz turluq İsveçrə sistemi ilə "Open A", "Open B" və uşaq turniri keçiriləcək.</p>
<p>Turnir yalnız əyani keçirilir; onlayn oyun yoxdur.</p>
<h2>Информация на русском</h2>
<div>
<p>Международный шахматный фестиваль пройдёт в Гяндже с 1 по 9 мая 2027 года. Вступительный взнос — 40 AZN, для юниоров до 18 лет — 25 манатов.</p>
<p>Регистрация только по PDF-заявке, которую нужно отправить по электронной почте; онлайн-регистрации нет.</p>
</div>
{video("media/festival2026.mp4")}
<p><a href="@istirak.html">İştirak şərtləri</a> · <a href="@qeydiyyat.html">Qeydiyyat</a> · <a href="@elcatanliq.html">Əlçatanlıq</a> · <a href="@en/index.html" hreflang="en">English</a></p>
""", alternates=[("en", "en/index.html")])

s.page("istirak.html", "İştirak şərtləri", """
<h1>İştirak şərtləri</h1>
<ul>
<li>Giriş haqqı: 40 AZN.</li>
<li>18 yaşadək oyunçular: ₼25.</li>
</ul>
<p>Bütün oyunçular, qrossmeysterlər də daxil olmaqla, giriş haqqı ödəyir; pulsuz iştirak yoxdur.</p>
<p>Uşaq turniri: səkkiz yaşından on iki yaşına qədər olan oyunçular üçün.</p>
""")

s.page("qeydiyyat.html", "Qeydiyyat", """
<h1>Qeydiyyat</h1>
<p>Onlayn qeydiyyat aparılmır. <a href="@docs/erize-formasi-2027.pdf">Ərizə formasını (PDF)</a> doldurub imzalayın və 20 aprelə qədər festival@gence-chess.example.az ünvanına göndərin.</p>
""")

s.page("elcatanliq.html", "Əlçatanlıq", """
<h1>Əlçatanlıq</h1>
<p>Turnir zalı birinci mərtəbədədir, girişdə pandus var; əlil arabası ilə gələn oyunçular üçün xüsusi masalar ayrılır.</p>
<p>Əlavə ehtiyaclarınız üçün Leyla Məmmədova ilə əlaqə saxlayın: <a href="mailto:elcatan@gence-chess.example.az">elcatan@gence-chess.example.az</a>.</p>
""")

s.page("en/index.html", "Ganja International Chess Festival 2027", """
<h1>Ganja International Chess Festival 2027</h1>
<p>Nine-round Swiss tournaments (Open A, Open B and a children's tournament) in Ganja, 1&ndash;9 May 2027. The entry fee is 40 AZN, and 25 AZN for players under 18; every player pays, grandmasters included.</p>
<p>Registration is only by the PDF entry form sent by e-mail. The playing hall is on the ground floor with a ramp.</p>
""", lang="en", header_lang="en", alternates=[("az", "index.html")])

s.page("mukafat.html", "Mükafat fondu", """
<h1>Mükafat fondu</h1>
<p>Ümumi mükafat fondu 15 000 AZN; birinci yer 3 000 AZN. FIDE reytinq haqqını (hər oyunçu üçün 5 AZN) federasiya ödəyir.</p>
""")

s.page("yasayis.html", "Yaşayış", """
<h1>Yaşayış və nəqliyyat</h1>
<p>Tərəfdaş otel: gecəsi 70 AZN. Dəmiryol vağzalından taksi təxminən 5 manat.</p>
""")

s.page("tarix.html", "Festivalın tarixi", """
<h1>Festivalın tarixi</h1>
<p>Festival 2012-ci ildən keçirilir və hər il iyirmidən çox ölkədən oyunçuları bir araya gətirir.</p>
""")

ENTRY = entry(
    s, name="Ganja International Chess Festival 2027 (chess clubs' union, Ganja, Azerbaijan)",
    languages=["az", "ru", "en"],
    fees=[(40, "AZN"), (25, "AZN")],
    free_option=False, fee_support=True, remote_participation=False, captcha=[], account_required=False,
    registration_form=None, registration_host=None, registration_pdf_only=True, min_age=8,
    accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "istirak.html", "qeydiyyat.html", "elcatanliq.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "doqquz turluq İsveçrə sistemi ilə"),
                      Q("index.html", "Международный шахматный фестиваль пройдёт в Гяндже с 1 по 9 мая 2027 года.", "Russian section without a lang attribute (two paragraphs)"),
                      Q("en/index.html", "Nine-round Swiss tournaments (Open A, Open B and a children's tournament)", "whole English page")],
        "un_languages": [N("ru, en")],
        "fees": [Q("istirak.html", "Giriş haqqı: 40 AZN.", "40 AZN"),
                 Q("istirak.html", "18 yaşadək oyunçular: ₼25.", "25 AZN"),
                 Q("index.html", "Вступительный взнос — 40 AZN, для юниоров до 18 лет — 25 манатов.", "Russian restatement, no new entries"),
                 Q("mukafat.html", "Ümumi mükafat fondu 15 000 AZN", "prize fund and FIDE rating fee paid by the federation: not fees"),
                 Q("yasayis.html", "Tərəfdaş otel: gecəsi 70 AZN.", "hotel and taxi: not fees")],
        "free_option": [Q("istirak.html", "Bütün oyunçular, qrossmeysterlər də daxil olmaqla, giriş haqqı ödəyir; pulsuz iştirak yoxdur.")],
        "fee_support": [Q("istirak.html", "18 yaşadək oyunçular: ₼25.", "junior rate below the entry fee")],
        "remote_participation": [Q("index.html", "Turnir yalnız əyani keçirilir; onlayn oyun yoxdur.")],
        "captcha": [N("no form, no CAPTCHA")],
        "account_required": [N("PDF entry form by e-mail, no account")],
        "registration_form": [N("no HTML registration form: PDF entry form only")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("qeydiyyat.html", "Onlayn qeydiyyat aparılmır.")],
        "min_age": [Q("istirak.html", "Uşaq turniri: səkkiz yaşından on iki yaşına qədər olan oyunçular üçün.", "children's tournament from eight: 8")],
        "accessibility_statement": [Q("elcatanliq.html", "Əlavə ehtiyaclarınız üçün Leyla Məmmədova ilə əlaqə saxlayın")],
        "access_services": [Q("elcatanliq.html", "Turnir zalı birinci mərtəbədədir, girişdə pandus var")],
        "videos_without_captions": [M("index.html", 'src="media/festival2026.mp4">', "no track")],
        "pdf_only_documents": [M("qeydiyyat.html", 'href="docs/erize-formasi-2027.pdf"', "entry form only as PDF")],
    })
