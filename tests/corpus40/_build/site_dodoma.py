"""Dodoma (Tanzania): a parliamentary standing committee's public hearing on a bill amending the electronic and postal
communications law (online content and internet shutdowns). Swahili (sw-TZ) with an English page declared lang="sw"."""
from lib import *

NAV = [("index.html", "Mwanzo"), ("muswada.html", "Muswada"), ("ombi.html", "Omba kutoa maoni"), ("kushiriki.html", "Jinsi ya kushiriki"),
       ("ukumbi.html", "Ukumbi na ufikivu"), ("maswali.html", "Maswali"), ("english.html", "English"), ("habari.html", "Habari")]
s = mk("kikao-cha-maoni-muswada-maudhui-mtandaoni-dodoma", "Kamati ya Bunge — Kikao cha Kusikiliza Maoni ya Wadau", "sw-TZ", "#1565c0", "KB", NAV,
       foot={"sw-TZ": "<p>Ofisi ya Katibu wa Kamati ya Kudumu ya Bunge ya Miundombinu, Habari na Mawasiliano, Dodoma. maoni@kamati.example.go.tz</p>"})

FREE = "Kushiriki katika kikao cha kusikiliza maoni ni bure."
s.page("index.html", "Kikao cha Kusikiliza Maoni ya Wadau — Muswada wa Maudhui Mtandaoni", f"""
<h1>Kikao cha Kusikiliza Maoni ya Wadau</h1>
<p>Kamati ya Kudumu ya Bunge ya Miundombinu, Habari na Mawasiliano inawaalika wananchi, asasi za kiraia, watoa huduma
za mtandao, vyombo vya habari na wataalamu kutoa maoni kuhusu Muswada wa Sheria ya Marekebisho ya Sheria ya
Mawasiliano ya Kielektroniki na Posta (Maudhui Mtandaoni na Kuzimwa kwa Mtandao) wa Mwaka 2027.</p>
<ul><li>Tarehe: Jumanne, 9 Machi 2027, saa 3:00 asubuhi.</li><li>Mahali: Ukumbi wa Pius Msekwa, Bunge, Dodoma.</li><li>{FREE}</li></ul>
<p><a href="@ombi.html">Jaza ombi la kutoa maoni</a> · <a href="@english.html">English</a></p>
""")

s.page("muswada.html", "Muswada", """
<h1>Muswada unaojadiliwa</h1>
<p>Muswada unapendekeza masharti mapya kwa watoa huduma za maudhui mtandaoni na utaratibu wa kuzima au kupunguza kasi
ya mtandao wakati wa dharura.</p>
<p>Kifungu cha 14 kinapendekeza faini isiyopungua TSh 5,000,000 kwa mtoa huduma atakayekiuka amri ya mamlaka.</p>
<p><a href="@nyaraka/muswada-maudhui-mtandaoni-2027.pdf">Pakua Muswada (PDF)</a> — Muswada unapatikana kwa PDF pekee.</p>
<h2>Maelezo ya Mwenyekiti wa Kamati</h2>
""" + video("media/mwenyekiti.mp4"))
s.pdf("nyaraka/muswada-maudhui-mtandaoni-2027.pdf", "Muswada wa Sheria ya Marekebisho ya Sheria ya Mawasiliano ya Kielektroniki na Posta 2027\nSehemu ya Kwanza: Utangulizi\nSehemu ya Pili: Maudhui mtandaoni\nSehemu ya Tatu: Kuzimwa kwa mtandao")
placeholder_media(s, "media/mwenyekiti.mp4")

AGE = "Wanaoomba kuwasilisha maoni wawe na umri wa miaka kumi na minane au zaidi."
form = "".join([
    fld("jina", "Jina kamili (sharti kujazwa)"),
    fld("nida", "Namba ya Kitambulisho cha Taifa (NIDA) (sharti kujazwa)"),
    fld("taasisi", "Taasisi au asasi unayowakilisha (sharti kujazwa)"),
    fld("mkoa", "Mkoa (sharti kujazwa)", "select", False, ["Dodoma", "Dar es Salaam", "Arusha", "Mwanza", "Mbeya", "Zanzibar", "Mwingine"]),
    fld("simu", "Namba ya simu (sharti kujazwa)", "tel"),
    fld("barua", "Barua pepe", "email"),
    radios("jinsia", "Jinsia", ["Mwanamke", "Mwanamume"]),
    fld("mdau", "Aina ya mdau (sharti kujazwa)", "select", False, ["Mwananchi", "Asasi ya kiraia", "Mtoa huduma", "Chombo cha habari", "Taasisi ya elimu"]),
    fld("muhtasari", "Muhtasari wa maoni yako (sharti kujazwa)", "textarea"),
    fld("faili", "Maoni ya maandishi (faili)", "file"),
])
s.page("ombi.html", "Omba kutoa maoni", f"""
<h1>Ombi la kuwasilisha maoni mbele ya Kamati</h1>
<p>{AGE} Kila mdau atapewa dakika tano.</p>
<form action="@ombi.html" method="post">
{form}
<button type="submit">Tuma ombi</button>
</form>
""")

TV = "Kikao kitarushwa mubashara na Bunge TV kwa ajili ya kutazama tu."
WRITTEN = "Wasioweza kufika Dodoma wanaweza kutuma maoni ya maandishi kwa barua pepe kabla ya tarehe 5 Machi 2027."
s.page("kushiriki.html", "Jinsi ya kushiriki", f"""
<h1>Jinsi ya kushiriki</h1>
<p>Wadau waliokubaliwa watawasilisha maoni yao ana kwa ana mbele ya Kamati.</p>
<p>{TV}</p>
<p>{WRITTEN}</p>
""")

RAMP = "Ukumbi wa Pius Msekwa una njia ya viti vya magurudumu na lifti."
TSL = "Mkalimani wa Lugha ya Alama ya Tanzania atakuwepo wakati wote wa kikao."
NOINT = "Kikao kitaendeshwa kwa Kiswahili; hakuna tafsiri ya Kiingereza."
s.page("ukumbi.html", "Ukumbi na ufikivu", f"""
<h1>Ukumbi na ufikivu</h1>
<ul><li>{RAMP}</li><li>{TSL}</li><li>{NOINT}</li></ul>
<p>Kwa mahitaji mengine ya ufikivu wasiliana nasi kupitia ufikivu@kamati.example.go.tz.</p>
<h2>Malazi na usafiri</h2>
<p>Hoteli za karibu kuanzia TSh 80,000 kwa usiku. Nauli ya basi kutoka Dar es Salaam ni takriban TSh 35,000.</p>
""")

NOALLOW = "Bunge halitoi posho wala nauli kwa wanaowasilisha maoni."
s.page("maswali.html", "Maswali", f"""
<h1>Maswali yanayoulizwa mara kwa mara</h1>
<details open><summary>Je, kuna gharama?</summary><p>Hapana. {FREE}</p></details>
<details open><summary>Je, nitalipwa nauli?</summary><p>{NOALLOW}</p></details>
<details open><summary>Naweza kushiriki kwa njia ya mtandao?</summary><p>{TV} {WRITTEN}</p></details>
""")

EN = "Taking part in the hearing is free of charge. Speakers must be eighteen or older and present their views in person in Dodoma; the hearing is broadcast on Bunge TV for viewing only."
s.page("english.html", "Public hearing — English summary", f"""
<h1>Public hearing on the Online Content and Internet Shutdowns Bill 2027</h1>
<p>The Parliamentary Standing Committee on Infrastructure, Information and Communications invites citizens,
civil-society organisations, service providers, media and experts to give their views on the bill amending the
Electronic and Postal Communications Act, on Tuesday 9 March 2027 in the Pius Msekwa Hall, Dodoma.</p>
<p>{EN}</p>
<p>The request form is in Swahili; written comments may be sent in English to maoni@kamati.example.go.tz.</p>
""", lang="sw")

s.page("habari.html", "Habari", """
<h1>Habari</h1>
<p>Kamati yapokea maoni ya awali kutoka kwa wadau 120. Tazama <a href="@taarifa-2026.html">taarifa ya kikao cha 2026</a>.</p>
""")

ENTRY = entry(s, name="Kikao cha Kusikiliza Maoni — Muswada wa Maudhui Mtandaoni (Dodoma)",
    languages=["en", "sw"],
    fees=[],
    free_option=True, fee_support=False, remote_participation=False,
    captcha=[], account_required=False,
    registration_form=(10, 7, ["affiliation", "gender", "id_document", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=18,
    accessibility_statement=True, access_services=["sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "muswada.html", "ombi.html", "kushiriki.html", "ukumbi.html", "maswali.html", "english.html"],
    deliberate_404=["taarifa-2026.html"],
    evidence={
        "languages": [N("Swahili site; a whole English page declared lang=\"sw\"", "english.html")],
        "un_languages": [N("en only")],
        "fees": [Q("index.html", FREE), Q("muswada.html", "faini isiyopungua TSh 5,000,000", "fine in the bill under hearing: not a fee"),
                 Q("ukumbi.html", "Hoteli za karibu kuanzia TSh 80,000 kwa usiku.", "hotel: not a fee"),
                 Q("ukumbi.html", "takriban TSh 35,000", "bus fare: not a fee")],
        "free_option": [Q("index.html", FREE), Q("english.html", EN)],
        "fee_support": [Q("maswali.html", NOALLOW)],
        "remote_participation": [Q("kushiriki.html", TV), Q("kushiriki.html", WRITTEN, "written comments before the hearing: not remote participation")],
        "captcha": [N("no CAPTCHA on the form", "ombi.html")],
        "account_required": [N("own form without account", "ombi.html")],
        "registration_form": [N("request to present views: jina*, NIDA*, taasisi*, mkoa*, simu*, barua pepe, jinsia radio, aina ya mdau*, muhtasari*, faili = 10 fields, 7 required", "ombi.html")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("ombi.html", AGE)],
        "accessibility_statement": [Q("ukumbi.html", RAMP)],
        "access_services": [Q("ukumbi.html", RAMP), Q("ukumbi.html", TSL), Q("ukumbi.html", NOINT, "negation: no interpretation")],
        "videos_without_captions": [M("muswada.html", '<video controls preload="none" width="640" src="media/mwenyekiti.mp4">')],
        "pdf_only_documents": [Q("muswada.html", "Muswada unapatikana kwa PDF pekee.")],
    })
