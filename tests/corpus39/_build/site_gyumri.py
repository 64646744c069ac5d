"""Gyumri (Armenia): a technical-community foundation's national internet governance forum with its own paid pre-forum
school. Armenian with a Russian section without a lang attribute. Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "hayastani-internet-karavarman-hamazhoghov-gyumri"
NAV = [("index.html", "Գլխավոր"), ("grancum.html", "Գրանցում"), ("dproc.html", "Նախահամաժողովային դպրոց"),
       ("eritasardner.html", "Երիտասարդական հոսք"), ("hasaneliutyun.html", "Հասանելիություն"),
       ("hachakh.html", "Հաճախ տրվող հարցեր"), ("hovanavorner.html", "Հովանավորներ"), ("ashkhatanq.html", "Աշխատանք")]
FOOT = {"hy-AM": "<p>© 2027 Հայաստանի ինտերնետ համայնքի հիմնադրամ · Գյումրի · forum@aicf.example.am</p>"}
s = mk(SLUG, "Հայաստանի ինտերնետի կառավարման համաժողով", "hy-AM", "#d35400", "ArmIGF", NAV, foot=FOOT)

RU1 = ("Армянский форум по управлению интернетом пройдёт в Гюмри 21–22 октября 2027 года. Участие в форуме "
       "бесплатное; регистрация — через форму на сайте.")
RU2 = ("Накануне форума проводится платная школа по управлению интернетом: 25 000 драмов, билеты продаются на "
       "Tomsarkgh. Для молодёжи из регионов предусмотрена компенсация проезда.")
FREE = "Համաժողովին մասնակցությունն անվճար է։"
SCHOOL = ("Համաժողովի նախօրեին՝ հոկտեմբերի 20-ին, համաժողովը կազմակերպում է ինտերնետի կառավարման մեկօրյա դպրոց։ "
          "Մասնակցության վճարը 25 000 դրամ է։")
TICKETS = "Դպրոցի տոմսերը վաճառվում են Տոմսարկղում"
YOUTH = "Երիտասարդական հոսքին կարող են մասնակցել 14-ից 18 տարեկան դպրոցականները՝ ծնողի գրավոր համաձայնությամբ։"
TRAVEL = "Մարզերից եկող երիտասարդ մասնակիցներին փոխհատուցվում են ճանապարհածախսերը։"
WHEEL = "Համաժողովի դահլիճի մուտքը թեքահարթակով է, իսկ դահլիճը հարմարեցված է անվասայլակով մասնակիցների համար։"
SIGN = "Հայերեն ժեստերի լեզվի թարգմանիչ կապահովվի ըստ պահանջի։"
INTERP = "Լիագումար նիստերում ապահովվում է համաժամանակյա թարգմանություն հայերենի, անգլերենի և ռուսերենի միջև։"
NOACC = "Ոչ, Տոմսարկղում տոմս գնելու համար հաշիվ ստեղծել պետք չէ։"
STREAM = "Համաժողովը կհեռարձակվի YouTube-ով միայն դիտելու համար, հարցերն ընդունվում են միայն դահլիճից։"

FORM = ('<form action="@grancum.html" method="post">'
        + fld("anun", "Անուն, ազգանուն (պարտադիր է լրացնել)")
        + fld("email", "Էլ. փոստ (պարտադիր է լրացնել)", "email")
        + fld("herakhos", "Հեռախոս", "tel")
        + fld("kazmakerputyun", "Կազմակերպություն (պարտադիր է լրացնել)")
        + fld("khumb", "Շահագրգիռ խումբ", "select",
              opts=["Պետական", "Մասնավոր", "Քաղաքացիական հասարակություն", "Ակադեմիական", "Տեխնիկական համայնք"])
        + fld("marz", "Մարզ", "select", opts=["Երևան", "Շիրակ", "Լոռի", "Տավուշ", "Սյունիք", "Այլ"])
        + fld("tsnund", "Ծննդյան ամսաթիվ", "date")
        + radios("hosq", "Մասնակցություն", ["Հիմնական օրակարգ", "Երիտասարդական հոսք (14–18 տարեկան)"], req=True)
        + fld("ash1", "Աշխատաժողով՝ կիբեռանվտանգություն", "checkbox")
        + fld("ash2", "Աշխատաժողով՝ .am տիրույթի քաղաքականություն", "checkbox")
        + fld("kariq", "Հատուկ կարիքներ", "textarea")
        + '<div class="cf-turnstile" data-sitekey="0x4AAAAAAAArmIGF2027reg"></div>'
        + '<button type="submit">Գրանցվել</button></form>')

placeholder_media(s, "media/armigf-2026.mp4")
s.page("index.html", "Հայաստանի ինտերնետի կառավարման համաժողով 2027", f"""
<h1>Հայաստանի ինտերնետի կառավարման համաժողով 2027</h1>
<p class="note">Գյումրի, 2027 թ. հոկտեմբերի 21–22</p>
<p>Հայաստանի ինտերնետ համայնքի հիմնադրամը Գյումրիում հրավիրում է պետական մարմինների, հեռահաղորդակցության ընկերությունների, համալսարանների, քաղաքացիական հասարակության և տեխնիկական համայնքի ներկայացուցիչներին՝ քննարկելու ինտերնետի հասանելիությունը, կիբեռանվտանգությունը, .am տիրույթի քաղաքականությունը և թվային իրավունքները։</p>
<p><a href="@grancum.html">Գրանցվել</a> · <a href="@dproc.html">Նախահամաժողովային դպրոց</a> · <a href="@eritasardner.html">Երիտասարդական հոսք</a></p>
<p><a href="@zekuyts-2026.html">2026 թ. համաժողովի զեկույցը</a></p>
<h2>2026 թ. համաժողովից</h2>
{video("media/armigf-2026.mp4")}
<section>
<h2>На русском языке</h2>
<p>{RU1}</p>
<p>{RU2}</p>
</section>
""")

s.page("grancum.html", "Գրանցում", f"""
<h1>Գրանցում</h1>
<p>{FREE}</p>
<p>Գրանցումը բաց է մինչև հոկտեմբերի 10-ը։</p>
{FORM}
""")

s.page("dproc.html", "Նախահամաժողովային դպրոց", f"""
<h1>Ինտերնետի կառավարման դպրոց</h1>
<p>{SCHOOL}</p>
<p>{TICKETS}՝ <a href="https://www.tomsarkgh.am/hy/event/internet-governance-school-2027">գնել տոմս</a>։</p>
<p>Դպրոցի ծրագիրը ներառում է դասախոսություններ բազմաշահառու մոտեցման, DNS-ի և տվյալների պաշտպանության մասին։</p>
""")

s.page("eritasardner.html", "Երիտասարդական հոսք", f"""
<h1>Երիտասարդական հոսք</h1>
<p>{YOUTH}</p>
<p>{TRAVEL}</p>
""")

s.page("hasaneliutyun.html", "Հասանելիություն", f"""
<h1>Հասանելիություն</h1>
<p>{WHEEL}</p>
<p>{SIGN}</p>
<p>{INTERP}</p>
<p>Այլ կարիքների համար գրեք access@aicf.example.am հասցեով։</p>
""")

s.page("hachakh.html", "Հաճախ տրվող հարցեր", f"""
<h1>Հաճախ տրվող հարցեր</h1>
<details open><summary>Տոմսարկղում հաշիվ պե՞տք է ստեղծել։</summary><p>{NOACC}</p></details>
<details open><summary>Կարո՞ղ եմ առցանց մասնակցել։</summary><p>{STREAM}</p></details>
<details open><summary>Որտե՞ղ մնալ Գյումրիում։</summary><p>Հյուրանոցներում գիշերը՝ 30 000 դրամից։ Երևան–Գյումրի գնացքի տոմսը՝ 1 500 դրամ։</p></details>
""")

s.page("hovanavorner.html", "Հովանավորներ", """
<h1>Հովանավորներ</h1>
<ul>
  <li>Գլխավոր հովանավոր՝ 3 000 000 դրամ</li>
  <li>Ցուցադրման տաղավար՝ 300 000 դրամ</li>
  <li>Նվիրատվություն երիտասարդների ճանապարհածախսի համար՝ ցանկացած գումար</li>
</ul>
""")

s.page("ashkhatanq.html", "Աշխատանք", """
<h1>Աշխատանք</h1>
<p>Համաժողովի համակարգող՝ ամսական 450 000 դրամ։</p>
""")

ENTRY = entry(
    s, name="Հայաստանի ինտերնետի կառավարման համաժողով 2027 (Գյումրի)",
    languages=["hy", "ru"], fees=[(25000, "AMD")], free_option=True, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=False, registration_form=(11, 4, ["phone", "affiliation", "birth_date"]),
    registration_host="www.tomsarkgh.am", registration_pdf_only=False, min_age=14, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "grancum.html", "dproc.html", "eritasardner.html", "hasaneliutyun.html",
                         "hachakh.html"],
    deliberate_404=["zekuyts-2026.html"],
    evidence={
        "languages": [Q("index.html", "Հայաստանի ինտերնետ համայնքի հիմնադրամը Գյումրիում հրավիրում է"),
                      Q("index.html", RU1, "Russian section without a lang attribute (two paragraphs)")],
        "un_languages": [N("ru")],
        "fees": [Q("dproc.html", SCHOOL, "paid pre-forum school organised by the forum itself: 25000 AMD"),
                 Q("index.html", RU2, "restated in Russian: no new entry"),
                 Q("grancum.html", FREE, "the forum itself is free"),
                 Q("hachakh.html", "Հյուրանոցներում գիշերը՝ 30 000 դրամից", "hotel: not a fee"),
                 Q("hovanavorner.html", "Գլխավոր հովանավոր՝ 3 000 000 դրամ", "sponsor: not a fee"),
                 Q("ashkhatanq.html", "ամսական 450 000 դրամ", "salary: not a fee")],
        "free_option": [Q("grancum.html", FREE)],
        "fee_support": [Q("eritasardner.html", TRAVEL, "travel compensation for youth from the regions")],
        "remote_participation": [Q("hachakh.html", STREAM, "watch-only stream")],
        "captcha": [M("grancum.html", '<div class="cf-turnstile"')],
        "account_required": [Q("hachakh.html", NOACC, "no account needed on Tomsarkgh (FAQ); own form has no login")],
        "registration_form": [N("forum registration: name*, email*, phone (phone), organisation* (affiliation), "
                                "stakeholder select, region select, date of birth (birth_date), participation radio "
                                "(required attribute), two workshop checkboxes, special needs = 11 fields, 4 required; "
                                "new marker (պարտադիր է լրացնել)")],
        "registration_host": [M("dproc.html", 'href="https://www.tomsarkgh.am/hy/event/internet-governance-school-2027"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("eritasardner.html", YOUTH, "youth track of the forum: 14")],
        "accessibility_statement": [Q("hasaneliutyun.html", WHEEL)],
        "access_services": [Q("hasaneliutyun.html", WHEEL, "wheelchair_access"),
                            Q("hasaneliutyun.html", SIGN, "sign_language on request"),
                            Q("hasaneliutyun.html", INTERP, "interpretation")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/armigf-2026.mp4">',
                                      "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
