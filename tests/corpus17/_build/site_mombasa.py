from lib import *
SLUG = "tamasha-la-mashairi-mombasa"
NAV = [("index.html", "Mwanzo"), ("tiketi.html", "Tiketi"), ("shindano.html", "Shindano"), ("mtandaoni.html", "Mtandaoni"),
       ("ufikiaji.html", "Ufikiaji"), ("wadhamini.html", "Wadhamini"), ("malazi.html", "Malazi"), ("habari.html", "Habari")]
s = mk(SLUG, "Tamasha la Mashairi Mombasa", "sw", "#117a65", "TMM", NAV,
       foot={"sw": "<p>Chama cha Washairi wa Pwani · Mombasa · tamasha@washairi.example.ke</p>"})
placeholder_media(s, "media/tamasha.mp4")
s.page("index.html", "Tamasha la Mashairi ya Kiswahili Mombasa 2027", f"""
<h1>Tamasha la Mashairi ya Kiswahili Mombasa 2027</h1>
<p>Niaje wasee! Siku tatu za kughani mashairi, warsha za utunzi na shindano la washairi chipukizi katika Fort Jesus, tarehe 12 hadi 14 Agosti 2027.</p>
<p><a href="@tiketi.html">Tiketi</a> · <a href="@shindano.html">Shindano</a> · <a href="@mtandaoni.html">Mtandaoni</a> · <a href="@ufikiaji.html">Ufikiaji</a> · <a href="@2024.html">Tamasha la 2024</a></p>
{video("media/tamasha.mp4")}
<section>
<h2>Visitors' information</h2>
<p>The Mombasa Swahili Poetry Festival brings poets from the whole East African coast to Fort Jesus. Day tickets and festival passes are sold on Quicket, and secondary-school students in uniform enter free.</p>
</section>
""")
s.page("tiketi.html", "Tiketi", """
<h1>Tiketi</h1>
<table><tr><th>Aina ya tiketi</th><th>Bei</th></tr>
<tr><th>Tiketi ya siku moja</th><td>KSh 500</td></tr>
<tr><th>Pasi ya tamasha (siku tatu)</th><td>KSh 1,200</td></tr>
<tr><th>Warsha ya utunzi wa mashairi</th><td>Ksh 800</td></tr></table>
<p>Wanafunzi wa shule za sekondari wakiwa na sare huingia bure.</p>
<p>Tiketi zinauzwa kupitia <a href="https://www.quicket.co.ke/events/tamasha-la-mashairi-mombasa-2027">Quicket</a> bila kufungua akaunti.</p>
""")
s.page("shindano.html", "Shindano", f"""
<h1>Shindano la washairi chipukizi</h1>
<p>Shindano liko wazi kwa washairi kuanzia miaka kumi na nne. Sehemu zenye alama (lazima) ni za lazima.</p>
<form action="@shindano.html" method="post">
{fld("jina", "Jina kamili (lazima)")}
{fld("barua", "Barua pepe", "email")}
{fld("simu", "Nambari ya simu (lazima)", "tel")}
{fld("kuzaliwa", "Tarehe ya kuzaliwa (lazima)", "date")}
{fld("kaunti", "Kaunti (lazima)", "select", opts=["Mombasa", "Kilifi", "Kwale", "Lamu", "Nyingine"])}
{fld("shule", "Shule au kikundi cha washairi")}
{radios("kitengo", "Kitengo (lazima)", ["Shairi la arudhi", "Shairi huru"])}
{fld("shairi", "Shairi lako (lazima)", "file")}
{fld("idhini", "Nakubali masharti ya shindano (lazima)", "checkbox")}
<button type="submit">Tuma</button>
</form>
""")
s.page("mtandaoni.html", "Mtandaoni", """
<h1>Shindano mtandaoni</h1>
<p>Washairi walio mbali hushiriki kupitia Zoom: hughani shairi lao moja kwa moja na watazamaji hupiga kura mtandaoni.</p>
""")
s.page("ufikiaji.html", "Ufikiaji", """
<h1>Ufikiaji</h1>
<p>Ukumbi wa tamasha una njia panda kwa viti vya magurudumu.</p>
<p>Wakalimani wa Lugha ya Ishara ya Kenya watakuwepo kila jioni.</p>
<p>Kwa mahitaji mengine, wasiliana nasi: ufikiaji@washairi.example.ke.</p>
""")
s.page("wadhamini.html", "Wadhamini", """
<h1>Wadhamini</h1><p>Kifurushi cha mdhamini mkuu: KSh 250,000. Zawadi ya mshindi wa kwanza: KSh 50,000. Mchango unaopendekezwa: KSh 200.</p>
""")
s.page("malazi.html", "Malazi", """
<h1>Malazi na usafiri</h1><p>Hoteli karibu na Fort Jesus kuanzia KSh 4,500 kwa usiku; nauli ya matatu kutoka Mtwapa KSh 100.</p>
""")
s.page("habari.html", "Habari", """
<h1>Habari</h1><p>Nafasi ya kazi: mratibu wa tamasha, mshahara KSh 60,000 kwa mwezi.</p>
""")
ENTRY = entry(s, name="Mombasa Swahili Poetry Festival 2027 (coastal poets' association, Mombasa, Kenya)",
    languages=["sw", "en"], fees=[(500, "KES"), (1200, "KES"), (800, "KES")], free_option=True, fee_support=True,
    remote_participation=True, captcha=[], account_required=False,
    registration_form=(9, 7, ["phone", "birth_date", "affiliation"]), registration_host="www.quicket.co.ke", min_age=14,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=1,
    deliberate_404=["2024.html"],
    participation_pages=["index.html", "tiketi.html", "shindano.html", "mtandaoni.html", "ufikiaji.html"],
    evidence={
        "languages": [Q("index.html", "Siku tatu za kughani mashairi, warsha za utunzi na shindano la washairi chipukizi"),
                      Q("index.html", "The Mombasa Swahili Poetry Festival brings poets from the whole East African coast to Fort Jesus.", "English section without lang; the Sheng greeting is not content")],
        "un_languages": [N("en")],
        "fees": [M("tiketi.html", "<td>KSh 500</td>"), M("tiketi.html", "<td>KSh 1,200</td>"), M("tiketi.html", "<td>Ksh 800</td>", "paid workshop: fee"),
                 Q("wadhamini.html", "Mchango unaopendekezwa: KSh 200.", "donation: not a fee"),
                 Q("wadhamini.html", "Kifurushi cha mdhamini mkuu: KSh 250,000.", "sponsorship, prize, hotel, matatu, salary: not fees")],
        "free_option": [Q("tiketi.html", "Wanafunzi wa shule za sekondari wakiwa na sare huingia bure.")],
        "fee_support": [Q("tiketi.html", "Wanafunzi wa shule za sekondari wakiwa na sare huingia bure.", "free for one group: support")],
        "remote_participation": [Q("mtandaoni.html", "Washairi walio mbali hushiriki kupitia Zoom")],
        "captcha": [N("no CAPTCHA markup")],
        "account_required": [Q("tiketi.html", "bila kufungua akaunti", "Quicket without an account: false")],
        "registration_form": [N("shindano.html: 9 fields: name, e-mail, phone, birth date, county select, school/group, category radio (=1), poem file, consent checkbox. Required (lazima): name, phone, birth date, county, category, poem, consent = 7. Sensitive: phone, birth_date, affiliation (school or poets' group).", "shindano.html")],
        "registration_host": [M("tiketi.html", 'href="https://www.quicket.co.ke/events/tamasha-la-mashairi-mombasa-2027"', "tickets on Quicket beside the own competition form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("shindano.html", "Shindano liko wazi kwa washairi kuanzia miaka kumi na nne.", "14 in words")],
        "accessibility_statement": [Q("ufikiaji.html", "Ukumbi wa tamasha una njia panda kwa viti vya magurudumu.")],
        "access_services": [Q("ufikiaji.html", "njia panda kwa viti vya magurudumu"), Q("ufikiaji.html", "Wakalimani wa Lugha ya Ishara ya Kenya watakuwepo kila jioni.")],
        "videos_without_captions": [M("index.html", 'src="media/tamasha.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
