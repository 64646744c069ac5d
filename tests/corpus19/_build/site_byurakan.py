from lib import mk, Q, M, N, entry, video, placeholder_media, fld, radios

NAV = [("index.html", "Գլխավոր"), ("masnakcutyun.html", "Մասնակցություն և վճարներ"), ("grancum.html", "Գրանցում"),
       ("cragir.html", "Ծրագիր"), ("matcheliutyun.html", "Մատչելիություն"), ("kacaran.html", "Կացարան և ճանապարհ"),
       ("hovanavorner.html", "Հովանավորներ"), ("en/index.html", "English")]
s = mk("byurakani-astghagitakan-amarayin-dproc", "Բյուրականի աստղագիտական ամառային դպրոց 2027", "hy", "#23395d", "ԲԱԴ", NAV,
       foot={"hy": "<p>Երիտասարդ աստղագետների միություն · Բյուրական, Արագածոտնի մարզ · school@astro-hy.example.am</p>"})
placeholder_media(s, "media/gisher.mp4")
s.pdf("docs/cragir-2027.pdf", "Byurakan Astronomy Summer School 2027 - programme\nAugust 2-9\nLectures, observations, data projects")

s.page("index.html", "Բյուրականի աստղագիտական ամառային դպրոց 2027", f"""
<h1>Բյուրականի աստղագիտական ամառային դպրոց 2027</h1>
<p>Օգոստոսի 2-ից 9-ը Բյուրականի աստղադիտարանում դպրոցականներն ու ուսանողները դիտարկումներ են կատարում աստղադիտակներով, լսում են դասախոսություններ և աշխատում են իրական տվյալների հետ։ Երեկոները նվիրված են երկնքի դիտմանը։</p>
<p><a href="@masnakcutyun.html">Մասնակցություն և վճարներ</a> · <a href="@grancum.html">Գրանցում</a> · <a href="@cragir.html">Ծրագիր</a> · <a href="@matcheliutyun.html">Մատչելիություն</a></p>
{video("media/gisher.mp4")}
<section lang="ru">
<h2>На русском</h2>
<p>Летняя астрономическая школа в Бюраканской обсерватории проходит со 2 по 9 августа 2027 года. Школьники и студенты проводят наблюдения на телескопах, слушают лекции и работают с настоящими данными наблюдений. Вечера отданы наблюдениям неба.</p>
</section>
""")

s.page("masnakcutyun.html", "Մասնակցություն և վճարներ", """
<h1>Մասնակցություն և վճարներ</h1>
<ul>
<li>Մասնակցության վճար՝ 45 000 դրամ (ներառում է սնունդը և դասընթացները)</li>
<li>Դպրոցականների համար՝ 20 000 ֏</li>
<li>Առցանց դասախոսությունների փաթեթ՝ 10 000 AMD (միայն դիտելու համար, առանց հարցերի)</li>
</ul>
<p>Հայաստանի մարզերից տասը դպրոցական կմասնակցի անվճար՝ ըստ մարզային մրցույթի արդյունքների։</p>
<p>Մասնակցել կարող են դպրոցականներն ու ուսանողները՝ տասնչորս տարեկանից։</p>
""")

form = "\n".join([
    fld("b-name", "Անուն, ազգանուն (պարտադիր)", req=True),
    fld("b-birth", "Ծննդյան ամսաթիվ (պարտադիր)", "date", req=True),
    fld("b-mail", "Էլ. փոստ (պարտադիր)", "email", req=True),
    fld("b-tel", "Հեռախոս՝ մասնակցի կամ ծնողի (պարտադիր)", "tel"),
    fld("b-passport", "Անձնագրի կամ նույնականացման քարտի համար"),
    fld("b-school", "Դպրոց կամ համալսարան (պարտադիր)"),
    fld("b-grade", "Դասարան կամ կուրս", "select", opts=["8-րդ դասարան", "9-րդ դասարան", "10-րդ դասարան", "11-12-րդ դասարան", "Ուսանող"]),
    radios("b-form", "Մասնակցության ձև (պարտադիր)", ["Բյուրականում", "Առցանց դասախոսությունների փաթեթ"]),
    fld("b-contest", "Մասնակցում եմ մարզային մրցույթին (անվճար տեղերի համար)", "checkbox"),
    fld("b-letter", "Ինչու՞ եք ուզում մասնակցել", "textarea"),
])
s.page("grancum.html", "Գրանցում", f"""
<h1>Գրանցում</h1>
<p>Լրացրեք հայտը մինչև հունիսի 30-ը։</p>
<form action="@grancum.html" method="post">
<input type="hidden" name="year" value="2027">
{form}
<div class="cf-turnstile" data-sitekey="0x4AAAA-made-up-byurakan"></div>
<button type="submit">Ուղարկել հայտը</button>
</form>
""")

s.page("cragir.html", "Ծրագիր", """
<h1>Ծրագիր</h1>
<p>Դպրոցի մանրամասն ծրագիրը հասանելի է միայն PDF ձևաչափով՝ <a href="@docs/cragir-2027.pdf">ներբեռնել ծրագիրը (PDF)</a>։</p>
""")

s.page("matcheliutyun.html", "Մատչելիություն", """
<h1>Մատչելիություն</h1>
<p>Դասախոսությունների լսարանը գտնվում է առաջին հարկում, մուտքն առանց աստիճանների է, և սայլակով մուտքը հնարավոր է։</p>
<p>Հատուկ կարիքների դեպքում գրեք access@astro-hy.example.am հասցեին։</p>
""")

s.page("kacaran.html", "Կացարան և ճանապարհ", """
<h1>Կացարան և ճանապարհ</h1>
<p>Աստղադիտարանի հյուրատուն՝ 18 000 դրամ մեկ գիշերը։ Երևան–Բյուրական ավտոբուս՝ 600 դրամ։</p>
""")

s.page("hovanavorner.html", "Հովանավորներ", """
<h1>Հովանավորներ</h1>
<p>Գլխավոր հովանավոր՝ 2 000 000 դրամ։ Աստղադիտարանի խանութում վաճառվում են փոքր աստղադիտակներ՝ 65 000 ֏։</p>
""")

s.page("en/index.html", "Byurakan Astronomy Summer School 2027", """
<h1>Byurakan Astronomy Summer School 2027</h1>
<p>From 2 to 9 August, school pupils and university students observe with the telescopes of the Byurakan Observatory, attend lectures and work with real observation data.</p>
<p>The fee is 45 000 AMD, 20 000 AMD for school pupils; an online lecture pass costs 10 000 AMD and is for watching only. Ten pupils from the regions of Armenia take part free of charge after a regional contest. Participants must be at least fourteen.</p>
<p><a href="@index.html">Հայերեն</a></p>
""", lang="hy")

ENTRY = entry(s,
    name="Byurakan Astronomy Summer School 2027 (young astronomers' union, Byurakan)",
    languages=["hy", "ru", "en"],
    fees=[(45000, "AMD"), (20000, "AMD"), (10000, "AMD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"],
    account_required=False, registration_form=(10, 6, ["affiliation", "birth_date", "id_document", "phone"]),
    registration_host=None, min_age=14, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "masnakcutyun.html", "grancum.html", "cragir.html", "matcheliutyun.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "Բյուրականի աստղադիտարանում դպրոցականներն ու ուսանողները դիտարկումներ են կատարում աստղադիտակներով"),
                      Q("index.html", "Летняя астрономическая школа в Бюраканской обсерватории проходит со 2 по 9 августа 2027 года."),
                      M("index.html", '<section lang="ru">'),
                      Q("en/index.html", "From 2 to 9 August, school pupils and university students observe with the telescopes",
                        'whole English page declared lang="hy": English'),
                      M("en/index.html", '<html lang="hy">', "wrong declaration")],
        "un_languages": [N("ru, en")],
        "fees": [Q("masnakcutyun.html", "Մասնակցության վճար՝ 45 000 դրամ", "45000 AMD"),
                 Q("masnakcutyun.html", "Դպրոցականների համար՝ 20 000 ֏", "20000 AMD"),
                 Q("masnakcutyun.html", "Առցանց դասախոսությունների փաթեթ՝ 10 000 AMD (միայն դիտելու համար, առանց հարցերի)", "paid watch-only pass: a fee"),
                 Q("en/index.html", "The fee is 45 000 AMD, 20 000 AMD for school pupils; an online lecture pass costs 10 000 AMD", "English restatement: no new entries"),
                 Q("kacaran.html", "Աստղադիտարանի հյուրատուն՝ 18 000 դրամ մեկ գիշերը։", "guest house and bus: not fees"),
                 Q("hovanavorner.html", "փոքր աստղադիտակներ՝ 65 000 ֏", "sponsorship and telescopes sold in the shop: not fees")],
        "free_option": [Q("masnakcutyun.html", "Հայաստանի մարզերից տասը դպրոցական կմասնակցի անվճար", "free places for pupils from the regions (one group)")],
        "fee_support": [Q("masnakcutyun.html", "Դպրոցականների համար՝ 20 000 ֏", "pupil rate below 45 000"),
                        Q("masnakcutyun.html", "Հայաստանի մարզերից տասը դպրոցական կմասնակցի անվճար", "free places for one group")],
        "remote_participation": [Q("masnakcutyun.html", "(միայն դիտելու համար, առանց հարցերի)", "paid online pass without questions: false")],
        "captcha": [M("grancum.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form without password; no platform", "grancum.html")],
        "registration_form": [N("grancum.html: 10 fields: name, birth date, e-mail, phone, passport or ID-card number, school or university, grade select, participation-form radio group, regional-contest checkbox, motivation textarea; hidden input not counted. Required (required attribute or '(պարտադիր)'): name, birth date, e-mail, phone, school, participation form = 6. Sensitive: birth_date, phone, id_document, affiliation.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("masnakcutyun.html", "Մասնակցել կարող են դպրոցականներն ու ուսանողները՝ տասնչորս տարեկանից։", "14, in words"),
                    Q("en/index.html", "Participants must be at least fourteen.", "English restatement")],
        "accessibility_statement": [Q("matcheliutyun.html", "Դասախոսությունների լսարանը գտնվում է առաջին հարկում, մուտքն առանց աստիճանների է, և սայլակով մուտքը հնարավոր է։"),
                                    Q("matcheliutyun.html", "Հատուկ կարիքների դեպքում գրեք access@astro-hy.example.am հասցեին։")],
        "access_services": [Q("matcheliutyun.html", "սայլակով մուտքը հնարավոր է", "wheelchair_access")],
        "videos_without_captions": [M("index.html", 'src="media/gisher.mp4">', "no track")],
        "pdf_only_documents": [Q("cragir.html", "Դպրոցի մանրամասն ծրագիրը հասանելի է միայն PDF ձևաչափով", "programme only as PDF")],
    })
