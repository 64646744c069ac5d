from lib import mk, Q, M, N, entry, fld, video, placeholder_media
NAV = [("index.html", "Ikhasi lokuqala"), ("izindleko.html", "Izindleko"), ("ukubhalisa.html", "Ukubhalisa"),
       ("imibuzo.html", "Imibuzo evame ukubuzwa"), ("ukufinyeleleka.html", "Ukufinyeleleka"), ("abaxhasi.html", "Abaxhasi"),
       ("indawo-yokuhlala.html", "Indawo yokuhlala"), ("imakethe.html", "Amanani emakethe")]
s = mk("ingqungquthela-yabalimi-abancane-ethekwini", "Ingqungquthela Yabalimi Abancane KwaZulu-Natal 2027", "zu", "#33691e", "AL", NAV,
       foot={"zu": "<p>Inhlangano Yabalimi Abancane KwaZulu-Natal, eThekwini — info@abalimi-kzn.example.co.za</p>"})
placeholder_media(s, "media/amasimu.mp4")
s.pdf("docs/ifomu-lokubhalisa.pdf", "Ifomu lokubhalisa - Ingqungquthela Yabalimi Abancane 2027\nIgama:\nIkhophareshini:\nUcingo:")
s.page("index.html", "Ingqungquthela Yabalimi Abancane", """
<h1>Ingqungquthela Yabalimi Abancane KwaZulu-Natal 2027</h1>
<p>Abalimi abancane, amakhophareshini nabeluleki bezolimo bazohlangana eThekwini ngomhla ka-22 no-23 Julayi 2027 ukuze bakhulume ngamanzi okunisela, ngezimakethe zemikhiqizo nangokulungiselela isimo sezulu esiguqukayo.</p>
<p>Bheka <a href="@izindleko.html">izindleko</a> kanye <a href="@ukubhalisa.html">nendlela yokubhalisa</a>.</p>
""" + video("media/amasimu.mp4") + """
<section>
<h2>Summit information in English</h2>
<p>The KwaZulu-Natal Smallholder Farmers' Summit brings smallholder farmers, cooperatives and extension officers together in Durban for two days on irrigation water, produce markets and farming in a changing climate. Registration is by a paper form only.</p>
</section>
""")
s.page("izindleko.html", "Izindleko", """
<h1>Izindleko zokubamba iqhaza</h1>
<ul>
<li>Umlimi noma isihambeli: R450</li>
<li>Amalungu amakhophareshini angamalungu enhlangano: R250</li>
</ul>
<p>Akukho sikhwama sokuxhasa futhi asikho isaphulelo kulo nyaka.</p>
""")
s.page("ukubhalisa.html", "Ukubhalisa", """
<h1>Ukubhalisa</h1>
<p>Ifomu lokubhalisa litholakala njenge-PDF kuphela: <a href="@docs/ifomu-lokubhalisa.pdf">landa ifomu lokubhalisa (PDF)</a>. Liphrinte, uligcwalise, ulithumele nge-imeyili ku-bhalisa@abalimi-kzn.example.co.za.</p>
<p>Akukho ukubhalisa ku-inthanethi.</p>
""")
s.page("imibuzo.html", "Imibuzo evame ukubuzwa", """
<h1>Imibuzo evame ukubuzwa</h1>
<details open><summary>Ngubani ongabamba iqhaza?</summary><p>Ingqungquthela ivulelekile kubantu abaneminyaka eyi-18 nangaphezulu.</p></details>
<details open><summary>Ngingabamba iqhaza ku-inthanethi?</summary><p>Cha. Ingqungquthela yenzeka ngqo kuphela eThekwini; awukho umhlangano ku-inthanethi.</p></details>
<h2>Buza umbuzo</h2>
<form action="@imibuzo.html" method="post">
""" + fld("igama", "Igama") + fld("imeyili", "I-imeyili", "email") + fld("umbuzo", "Umbuzo wakho", "textarea") + """
<div id="arkose-enforcement" class="arkose-labs" data-public-key="00000000-0000-0000-0000-000000000000"></div>
<button type="submit">Thumela</button>
</form>
""")
s.page("ukufinyeleleka.html", "Ukufinyeleleka", """
<h1>Ukufinyeleleka</h1>
<p>Ihholo linerempu futhi liyafinyeleleka kubantu abasebenzisa izihlalo zabakhubazekile.</p>
<p>Kuzoba khona umhumushi wolimi lwezandla lwaseNingizimu Afrika (SASL) kuzo zonke izingxoxo ezinkulu.</p>
<p>Kuzoba nokuhumusha phakathi kwesiZulu nesiNgisi.</p>
</section>
""".replace("</section>\n", ""))
s.page("abaxhasi.html", "Abaxhasi", """
<h1>Abaxhasi</h1>
<p>Iphakheji lomxhasi omkhulu: R60 000. Itafula lokubonisa: R1 500.</p>
""")
s.page("indawo-yokuhlala.html", "Indawo yokuhlala", """
<h1>Indawo yokuhlala nokuhamba</h1>
<p>Ihhotela eliseduze: R950 ngobusuku. Itekisi esuka eMgungundlovu: R120.</p>
""")
s.page("imakethe.html", "Amanani emakethe", """
<h1>Amanani emakethe</h1>
<p>Amadumbe: R18 ngekhilo. Utamatisi: R12 ngekhilo.</p>
""")
ENTRY = entry(s, name="KwaZulu-Natal Smallholder Farmers' Summit 2027 (smallholder farmers' association, Durban)",
    languages=["zu", "en"], fees=[(450, "ZAR"), (250, "ZAR")],
    free_option=False, fee_support=False, remote_participation=False, captcha=["arkose"],
    account_required=False, registration_form=None, registration_pdf_only=True, min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "izindleko.html", "ukubhalisa.html", "imibuzo.html", "ukufinyeleleka.html"],
    evidence={
        "languages": [Q("index.html", "Abalimi abancane, amakhophareshini nabeluleki bezolimo bazohlangana eThekwini"),
                      Q("index.html", "The KwaZulu-Natal Smallholder Farmers' Summit brings smallholder farmers", "English section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("izindleko.html", "Umlimi noma isihambeli: R450", "450 ZAR"),
                 Q("izindleko.html", "Amalungu amakhophareshini angamalungu enhlangano: R250", "cooperative-member rate: 250 ZAR (category rate)"),
                 Q("abaxhasi.html", "Iphakheji lomxhasi omkhulu: R60 000. Itafula lokubonisa: R1 500.", "sponsor and table: not fees"),
                 Q("indawo-yokuhlala.html", "Ihhotela eliseduze: R950 ngobusuku. Itekisi esuka eMgungundlovu: R120.", "hotel and taxi: not fees"),
                 Q("imakethe.html", "Amadumbe: R18 ngekhilo.", "produce prices: not fees")],
        "free_option": [N("fees stated, nothing said about a free way")],
        "fee_support": [Q("izindleko.html", "Akukho sikhwama sokuxhasa futhi asikho isaphulelo kulo nyaka.", "no support, no discount; the member rate is not support")],
        "remote_participation": [Q("imibuzo.html", "Ingqungquthela yenzeka ngqo kuphela eThekwini; awukho umhlangano ku-inthanethi.")],
        "captcha": [M("imibuzo.html", '<div id="arkose-enforcement" class="arkose-labs"', "Arkose on the FAQ question form")],
        "account_required": [N("PDF form by e-mail, no account")],
        "registration_form": [N("no online registration form; the FAQ question form (3 fields) is not it")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("ukubhalisa.html", "Ifomu lokubhalisa litholakala njenge-PDF kuphela"), Q("ukubhalisa.html", "Akukho ukubhalisa ku-inthanethi.")],
        "min_age": [Q("imibuzo.html", "Ingqungquthela ivulelekile kubantu abaneminyaka eyi-18 nangaphezulu.")],
        "accessibility_statement": [Q("ukufinyeleleka.html", "Ihholo linerempu futhi liyafinyeleleka kubantu abasebenzisa izihlalo zabakhubazekile.")],
        "access_services": [Q("ukufinyeleleka.html", "liyafinyeleleka kubantu abasebenzisa izihlalo zabakhubazekile", "wheelchair_access"),
                            Q("ukufinyeleleka.html", "umhumushi wolimi lwezandla lwaseNingizimu Afrika (SASL)", "sign_language"),
                            Q("ukufinyeleleka.html", "Kuzoba nokuhumusha phakathi kwesiZulu nesiNgisi.", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/amasimu.mp4">', "no track")],
        "pdf_only_documents": [M("ukubhalisa.html", 'href="docs/ifomu-lokubhalisa.pdf"', "registration form only as PDF")],
    })
