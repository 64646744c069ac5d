from lib import *

NAV = [("index.html", "სემინარი"), ("sapasuri.html", "საფასური"), ("registracia.html", "რეგისტრაცია"), ("kitkhvebi.html", "კითხვები"),
       ("khelmisatsvdomoba.html", "ხელმისაწვდომობა"), ("deutsch.html", "Deutsch"), ("sponsorebi.html", "სპონსორები"),
       ("sastumro.html", "სასტუმრო")]
s = mk("polifoniuri-simgheris-maswavlebelta-seminari-telavi", "პოლიფონიური სიმღერის მასწავლებელთა სემინარი 2027", "ka",
       "#8c1c3a", "ხმა", NAV, foot={"ka": "<p>კახეთის ხალხური სიმღერის კავშირი — ერეკლე II-ის ქ., თელავი. seminari@kakheti-simghera.example.ge</p>"})

s.page("index.html", "პოლიფონიური სიმღერის მასწავლებელთა სემინარი", f"""
<h1>პოლიფონიური სიმღერის მასწავლებელთა სემინარი</h1>
<p>ოთხდღიანი სემინარი სკოლის მუსიკის მასწავლებლებისა და გუნდის ხელმძღვანელებისთვის: კახური მრავალხმიანობა, ძველი
ჩანაწერების შესწავლა და ბავშვებთან სამხმიანი სიმღერის სწავლების მეთოდები.</p>
<p>2027 წლის 20–23 ივლისი, თელავის კულტურის ცენტრი. იხილეთ <a href="@sapasuri.html">საფასური</a> და
<a href="@registracia.html">დარეგისტრირდით</a>. <a href="@deutsch.html">Auf Deutsch</a>.</p>
{video("media/alaverdi-2026.mp4")}
""")

s.page("sapasuri.html", "საფასური", """
<h1>მონაწილეობის საფასური</h1>
<ul>
<li>მონაწილე (ადგილზე): 120 ₾</li>
<li>სტუდენტი: 50 ₾</li>
<li>ონლაინ მონაწილეობა (Zoom, კითხვები პირდაპირ ეთერში): 40 ₾</li>
</ul>
<p>უფასო მონაწილეობა არ არის გათვალისწინებული.</p>
<p>ახალგაზრდული გუნდის სახელოსნო 12-დან 17 წლამდე მომღერლებისთვის შედის ძირითად საფასურში.</p>
""")

s.page("registracia.html", "რეგისტრაცია", f"""
<h1>რეგისტრაცია</h1>
<form action="@registracia.html" method="post">
{fld("saxeli", "სახელი და გვარი (აუცილებელია)")}
{fld("piradi", "პირადი ნომერი (აუცილებელია)")}
{fld("dabadeba", "დაბადების თარიღი", "date")}
{fld("tel", "ტელეფონი (აუცილებელია)", "tel")}
{fld("email", "ელფოსტა (აუცილებელია)", "email")}
{fld("skola", "სკოლა ან გუნდი")}
{fld("regioni", "რეგიონი", "select", opts=["კახეთი", "თბილისი", "იმერეთი", "გურია", "სხვა"])}
{radios("forma", "მონაწილეობის ფორმა (აუცილებელია)", ["ადგილზე", "სტუდენტი", "ონლაინ"])}
{fld("khma", "ხმა", "select", opts=["პირველი ხმა", "მეორე ხმა", "ბანი"])}
{fld("tanxmoba", "ვეთანხმები მონაცემების დამუშავებას (აუცილებელია)", "checkbox")}
<p><img src="@img/kodi.svg" alt="უსაფრთხოების კოდი" width="120" height="40"></p>
{fld("kodi", "უსაფრთხოების კოდი (აუცილებელია)")}
<button type="submit">გაგზავნა</button>
</form>
""")

s.page("kitkhvebi.html", "კითხვები", """
<h1>ხშირად დასმული კითხვები</h1>
<details open><summary>შემიძლია ონლაინ მონაწილეობა?</summary>
<p>დიახ, ონლაინ მონაწილეები Zoom-ით უერთდებიან მეცადინეობებს და კითხვებს პირდაპირ უსვამენ ლექტორებს.</p></details>
<details><summary>საჭიროა ანგარიშის შექმნა?</summary><p>არა, საკმარისია რეგისტრაციის ფორმა.</p></details>
""")

s.page("khelmisatsvdomoba.html", "ხელმისაწვდომობა", """
<h1>ხელმისაწვდომობა</h1>
<p>კულტურის ცენტრს აქვს ლიფტი და პანდუსი; დარბაზი ხელმისაწვდომია ეტლით მოსარგებლეთათვის.</p>
<p>გახსნასა და დახურვას ახლავს ქართული ჟესტური ენის თარგმანი.</p>
""")

s.page("deutsch.html", "Seminar für Lehrkräfte des polyphonen Gesangs", """
<h1>Seminar für Lehrkräfte des polyphonen Gesangs</h1>
<p>Vier Tage in Telawi für Musiklehrerinnen, Musiklehrer und Chorleitungen: kachetische Mehrstimmigkeit, Arbeit mit alten
Aufnahmen und Methoden, um Kindern dreistimmiges Singen beizubringen.</p>
<p>Teilnahme vor Ort 120 Lari, Studierende 50 Lari, online über Zoom mit Fragen 40 Lari. Das Kulturzentrum hat einen Aufzug
und ist für Rollstühle zugänglich.</p>
""", lang="ka")

s.page("sponsorebi.html", "სპონსორები", """
<h1>სპონსორები</h1>
<p>გენერალური სპონსორი: 8 000 ₾. ჩანაწერების CD: 25 ₾.</p>
""")

s.page("sastumro.html", "სასტუმრო", """
<h1>სასტუმრო და მგზავრობა</h1>
<p>საოჯახო სასტუმრო 90 ₾-დან ღამეში; მარშრუტკა თბილისიდან 12 ₾. სომხეთის გუნდის ავტობუსი: 25 000 դրամ.</p>
""")

placeholder_media(s, "media/alaverdi-2026.mp4")
s.write("img/kodi.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K4Q2</text></svg>\n')

P = "sapasuri.html"
ENTRY = entry(
    s, name="Polyphonic singing teachers' seminar 2027 (Kakheti folk song union, Telavi, Georgia)",
    languages=["ka", "de"], fees=[(120, "GEL"), (50, "GEL"), (40, "GEL")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(11, 7, ["id_document", "birth_date", "phone", "affiliation"]), min_age=12,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "sapasuri.html", "registracia.html", "kitkhvebi.html", "khelmisatsvdomoba.html",
                         "deutsch.html"],
    evidence={
        "languages": [Q("index.html", "ოთხდღიანი სემინარი სკოლის მუსიკის მასწავლებლებისა"),
                      M("deutsch.html", '<html lang="ka">', "whole German page declared ka"),
                      Q("deutsch.html", "Vier Tage in Telawi für Musiklehrerinnen")],
        "un_languages": [N("none")],
        "fees": [Q(P, "მონაწილე (ადგილზე): 120 ₾"), Q(P, "სტუდენტი: 50 ₾"),
                 Q(P, "ონლაინ მონაწილეობა (Zoom, კითხვები პირდაპირ ეთერში): 40 ₾", "paid online rate with questions"),
                 Q("deutsch.html", "Teilnahme vor Ort 120 Lari", "German restatement: no new entry"),
                 Q("sponsorebi.html", "გენერალური სპონსორი: 8 000 ₾.", "sponsor, CD: not fees"),
                 Q("sastumro.html", "სომხეთის გუნდის ავტობუსი: 25 000 դրամ.", "lodging, marshrutka, bus (AMD): not fees")],
        "free_option": [Q(P, "უფასო მონაწილეობა არ არის გათვალისწინებული.")],
        "fee_support": [Q(P, "სტუდენტი: 50 ₾", "student rate below 120")],
        "remote_participation": [Q("kitkhvebi.html", "ონლაინ მონაწილეები Zoom-ით უერთდებიან მეცადინეობებს და კითხვებს პირდაპირ უსვამენ ლექტორებს")],
        "captcha": [M("registracia.html", 'alt="უსაფრთხოების კოდი"', "self-hosted SVG code: image")],
        "account_required": [Q("kitkhvebi.html", "არა, საკმარისია რეგისტრაციის ფორმა.")],
        "registration_form": [N("11 fields: name, personal number, birth date, phone, e-mail, school/choir, region select, "
                                "form radio, voice select, consent checkbox, code box; required: 7 marked (აუცილებელია)",
                                "registracia.html"), Q("registracia.html", "პირადი ნომერი (აუცილებელია)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q(P, "ახალგაზრდული გუნდის სახელოსნო 12-დან 17 წლამდე მომღერლებისთვის", "youth choir programme: 12")],
        "accessibility_statement": [Q("khelmisatsvdomoba.html", "კულტურის ცენტრს აქვს ლიფტი და პანდუსი")],
        "access_services": [Q("khelmisatsvdomoba.html", "დარბაზი ხელმისაწვდომია ეტლით მოსარგებლეთათვის", "wheelchair_access"),
                            Q("khelmisatsvdomoba.html", "ქართული ჟესტური ენის თარგმანი", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/alaverdi-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
