from lib import mk, Q, M, N, entry

SLUG = "jastar-civic-hackathon-almaty"
NAV = [("index.html", "Басты бет"), ("tirkelu.html", "Тіркелу"), ("online.html", "Онлайн трек"),
       ("qoldau.html", "Жол ақысы"), ("qoljetimdilik.html", "Қолжетімділік"), ("serikter.html", "Серіктестер"),
       ("mentor.html", "Менторларға"), ("ru.html", "Русский")]
s = mk(SLUG, "Jastar Civic Hackathon 2027", "kk", "#00798c", "JCH", NAV,
       foot={"kk": '<p>«Жастар цифрлық орталығы» қоғамдық қоры (ойдан шығарылған) · <a href="@2025/index.html">2025 жылғы хакатон</a> · info@jastar-hack.example.kz</p>'})
s.write("img/captcha.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K3QP</text></svg>\n')

s.page("index.html", "Jastar Civic Hackathon 2027", """
<h1>Jastar Civic Hackathon 2027</h1>
<p>Алматы, 2027 жылғы 24–26 сәуір. Хакатон Қазақстанның барлық өңірлерінен келген жастарды қалалық көлік, ауа сапасы және ашық деректер бойынша цифрлық шешімдер жасауға шақырады.</p>
<p>Хакатонға 14 бен 21 жас аралығындағы жастар қатыса алады. Қатысу тегін.</p>
<p><a href="@tirkelu.html">Команданы тіркеу</a></p>
""")

s.page("tirkelu.html", "Команданы тіркеу", """
<h1>Команданы тіркеу</h1>
<p>Командада үш адам болуы керек. 18 жасқа толмаған қатысушыларға ата-анасының келісімі қажет.</p>
<form action="@tirkelu.html" method="post">
  <fieldset><legend>Команда</legend>
    <label for="team">Команданың атауы (міндетті)</label><input type="text" id="team" name="team">
    <label for="city">Қала</label><select id="city" name="city"><option>Алматы</option><option>Шымкент</option><option>Ақтөбе</option><option>Басқа</option></select>
    <fieldset><legend>Трек</legend>
      <input type="radio" id="t1" name="track" value="offline"><label for="t1">Алматыда</label>
      <input type="radio" id="t2" name="track" value="online"><label for="t2">Онлайн</label>
    </fieldset>
  </fieldset>
  <fieldset><legend>Команда капитаны</legend>
    <label for="c-name">Аты-жөні (міндетті)</label><input type="text" id="c-name" name="c-name">
    <label for="c-birth">Туған күні (міндетті)</label><input type="date" id="c-birth" name="c-birth">
    <label for="c-phone">Телефон (міндетті)</label><input type="tel" id="c-phone" name="c-phone">
    <label for="c-email">Электрондық пошта (міндетті)</label><input type="email" id="c-email" name="c-email">
    <label for="c-school">Мектеп немесе колледж</label><input type="text" id="c-school" name="c-school">
  </fieldset>
  <fieldset><legend>Қатысушы 2</legend>
    <label for="m2-name">Аты-жөні</label><input type="text" id="m2-name" name="m2-name">
    <label for="m2-birth">Туған күні</label><input type="date" id="m2-birth" name="m2-birth">
  </fieldset>
  <fieldset><legend>Қатысушы 3</legend>
    <label for="m3-name">Аты-жөні</label><input type="text" id="m3-name" name="m3-name">
    <label for="m3-birth">Туған күні</label><input type="date" id="m3-birth" name="m3-birth">
  </fieldset>
  <div class="check"><input type="checkbox" id="parent" name="parent" required><label for="parent">Ата-ана келісімі алынды</label></div>
  <p><img src="@img/captcha.svg" alt="Тексеру коды" width="120" height="40"></p>
  <label for="code">Суреттегі кодты енгізіңіз</label><input type="text" id="code" name="code" required>
  <button type="submit">Тіркелу</button>
</form>
""")

s.page("online.html", "Онлайн трек", """
<h1>Онлайн трек</h1>
<p>Алматыға келе алмайтын командалар онлайн трекке қатысады: олар менторлармен бейнебайланыс арқылы жұмыс істейді және жобаларын финалда бейнебайланыс арқылы қорғайды.</p>
""")

s.page("qoldau.html", "Жол ақысы", """
<h1>Жол ақысы мен тұру</h1>
<p>Облыстардан келетін командаларға пойыз билеті өтеледі және жатақханадан тегін орын беріледі.</p>
""")

s.page("qoljetimdilik.html", "Қолжетімділік", """
<h1>Қолжетімділік</h1>
<p>Өтетін орын мүгедектер арбасымен кіруге ыңғайлы: пандус және лифт бар.</p>
<p>Ашылу және финал кезінде қазақ ымдау тілінің аудармашысы жұмыс істейді.</p>
<p>Басқа қажеттіліктер болса, access@jastar-hack.example.kz мекенжайына жазыңыз.</p>
""")

s.page("serikter.html", "Серіктестер", """
<h1>Серіктестер мен жүлделер</h1>
<p>Жүлде қоры: 2 000 000 ₸. Бас серіктес пакеті: 3 000 000 теңге, стенд: 400 000 ₸.</p>
<p>Вакансия: жобалар үйлестірушісі, жалақысы 450 000 ₸.</p>
<p>Қонақүй: түні 25 000 тг бастап; метро: 120 ₸; такси әуежайдан: шамамен 4 000 ₸.</p>
""")

s.page("mentor.html", "Менторларға", """
<h1>Менторлардың жеке кабинеті</h1>
<p>Бұл кіру беті тек менторлар мен қазылар алқасына арналған.</p>
<form action="@mentor.html" method="post">
  <label for="login">Логин</label><input type="text" id="login" name="login">
  <label for="pw">Құпиясөз</label><input type="password" id="pw" name="pw">
  <button type="submit">Кіру</button>
</form>
""")

s.page("ru.html", "Jastar Civic Hackathon 2027 — по-русски", """
<h1>Jastar Civic Hackathon 2027</h1>
<p>Алматы, 24–26 апреля 2027 года. Хакатон приглашает молодёжь из всех регионов Казахстана создавать цифровые решения для городского транспорта, качества воздуха и открытых данных.</p>
<p>Участвовать могут молодые люди от 14 до 21 года. Участие бесплатное. Командам из регионов оплачиваем проезд. Команды онлайн-трека защищают проекты по видеосвязи.</p>
""")

ENTRY = entry(s, name="Jastar Civic Hackathon 2027 (youth civic-tech hackathon, Almaty)",
    languages=["kk", "ru"], fees=[], free_option=True, fee_support=True, remote_participation=True,
    captcha=["image"], account_required=False,
    registration_form=(14, 7, ["birth_date", "phone", "affiliation"]),
    min_age=14, accessibility_statement=True, access_services=["sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "tirkelu.html", "online.html", "qoldau.html", "qoljetimdilik.html", "ru.html"],
    deliberate_404=["2025/index.html"],
    evidence={
        "languages": [Q("index.html", "Хакатон Қазақстанның барлық өңірлерінен келген жастарды"),
                      Q("ru.html", "Хакатон приглашает молодёжь из всех регионов Казахстана", "whole page in Russian with lang=kk")],
        "un_languages": [N("ru")],
        "fees": [N("no participation fee"),
                 Q("serikter.html", "Жүлде қоры: 2 000 000 ₸. Бас серіктес пакеті: 3 000 000 теңге, стенд: 400 000 ₸.", "prize, sponsor, stand"),
                 Q("serikter.html", "жалақысы 450 000 ₸", "salary"),
                 Q("serikter.html", "Қонақүй: түні 25 000 тг бастап; метро: 120 ₸; такси әуежайдан: шамамен 4 000 ₸.", "hotel, metro, taxi")],
        "free_option": [Q("index.html", "Қатысу тегін."), Q("ru.html", "Участие бесплатное.")],
        "fee_support": [Q("qoldau.html", "Облыстардан келетін командаларға пойыз билеті өтеледі")],
        "remote_participation": [Q("online.html", "жобаларын финалда бейнебайланыс арқылы қорғайды")],
        "captcha": [M("tirkelu.html", '<img src="img/captcha.svg" alt="Тексеру коды"', "self-hosted image code")],
        "account_required": [N("no account for participants; the login form is for mentors only", "mentor.html")],
        "registration_form": [N("14 fields: team name, city select, track (radio=1); captain name, birth date, phone, e-mail, school; member 2 name, birth date; member 3 name, birth date; parental-consent checkbox; image-code text box. Required: team name, captain name, birth date, phone, e-mail by '(міндетті)' + consent and code (required) = 7. Sensitive: birth_date, phone, affiliation (school). The mentors' login form is not counted.", "tirkelu.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("index.html", "Хакатонға 14 бен 21 жас аралығындағы жастар қатыса алады.", "range: 14")],
        "accessibility_statement": [Q("qoljetimdilik.html", "Басқа қажеттіліктер болса, access@jastar-hack.example.kz мекенжайына жазыңыз.")],
        "access_services": [Q("qoljetimdilik.html", "Өтетін орын мүгедектер арбасымен кіруге ыңғайлы"),
                            Q("qoljetimdilik.html", "қазақ ымдау тілінің аудармашысы жұмыс істейді", "Kazakh sign language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
