from lib import *

NAV = [("index.html", "Главная"), ("stoimost.html", "Стоимость"), ("zayavka.html", "Заявка"), ("onlayn.html", "Онлайн-теория"),
       ("trebovaniya.html", "Требования"), ("snaryazhenie.html", "Снаряжение"), ("prozhivanie.html", "Проживание"),
       ("vakansii.html", "Вакансии")]
s = mk("shkola-volonterov-gornogo-spaseniya-almaty", "Школа волонтёров горного спасения 2027", "ru-KZ", "#c0392b", "ГС",
       NAV, foot={"ru-KZ": "<p>Общественный фонд «Тау-Құтқару», Алматы · school@tau-kutkaru.example.kz</p>"})

s.page("index.html", "Школа волонтёров горного спасения — Алматы", """
<h1>Школа волонтёров горного спасения</h1>
<p>Фонд «Тау-Құтқару» проводит двенадцатую школу для добровольцев, которые хотят помогать спасателям в горах
Заилийского Алатау: первая помощь, работа с верёвкой, поиск в лавинных зонах. Занятия идут с 3 по 24 июля 2027 года
на базе в ущелье Ким-Асар и в учебном классе в Алматы.</p>
<p>Подробности о <a href="@stoimost.html">стоимости</a> и <a href="@zayavka.html">подаче заявки</a>.</p>
<video controls preload="none" width="640" src="media/ucheniya.mp4">
  <track kind="captions" src="media/ucheniya-ru.vtt" srclang="ru" label="Русский" default>
</video>
<section>
<h2>Қазақша</h2>
<p>«Тау-Құтқару» қоры Іле Алатауында құтқарушыларға көмектескісі келетін еріктілерге арналған он екінші мектепті
өткізеді. Сабақтар 2027 жылғы 3–24 шілдеде өтеді. Өтінім тек PDF нысанында қабылданады, онлайн тіркелу жоқ.</p>
</section>
""")
placeholder_media(s, "media/ucheniya.mp4")
vtt(s, "media/ucheniya-ru.vtt", "Учения в ущелье")

s.page("stoimost.html", "Стоимость", """
<h1>Стоимость участия</h1>
<ul>
<li>Полный курс (три недели, с питанием на базе): 45 000 тг</li>
<li>Для студентов очной формы: 20 000 ₸</li>
<li>Только онлайн-модуль теории: 10 000 тенге</li>
</ul>
<p>Бесплатных мест нет: взнос покрывает питание, страховку и работу инструкторов.</p>
""")

s.page("zayavka.html", "Заявка", f"""
<h1>Заявка на участие</h1>
<p>Онлайн-регистрации нет. Скачайте <a href="@docs/zayavka-2027.pdf">анкету участника (PDF)</a>, заполните, подпишите
и отправьте скан на school@tau-kutkaru.example.kz до 1 июня.</p>
<p>Принимаются участники с восемнадцати лет.</p>
<h2>Задать вопрос</h2>
<form action="@zayavka.html" method="post">
{fld("imya", "Имя")}
{fld("pochta", "Эл. почта", "email")}
{fld("vopros", "Вопрос", "textarea")}
<div class="smart-captcha" data-sitekey="ysc1_placeholder"></div>
<button type="submit">Отправить</button>
</form>
""")
s.pdf("docs/zayavka-2027.pdf", "Anketa uchastnika 2027\nFIO, data rozhdeniya, IIN, telefon, podpis")

s.page("onlayn.html", "Онлайн-теория", """
<h1>Онлайн-модуль теории</h1>
<p>Теоретическая часть (анатомия травм, лавинная безопасность, связь) проходит в Zoom по вечерам; слушатели задают
вопросы инструкторам в прямом эфире и сдают онлайн-тест.</p>
""")

s.page("trebovaniya.html", "Требования", """
<h1>Требования к участникам</h1>
<p>Курс требует хорошей физической формы: подъём с рюкзаком 15 кг на 800 метров за три часа.</p>
<p>Нужна медицинская справка и страховка от несчастного случая.</p>
""")
s.page("snaryazhenie.html", "Снаряжение", """
<h1>Снаряжение</h1><p>Прокат обвязки и каски: 2 500 тг в день. В магазине фонда: термос 9 900 ₸, налобный фонарь 6 500 ₸.</p>
""")
s.page("prozhivanie.html", "Проживание", """
<h1>Проживание и дорога</h1><p>Хостел в Алматы: от 7 000 тг за ночь. Автобус №93 до Медеу: 200 тг.</p>
""")
s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1><p>Инструктор по работе с верёвкой на сезон: 450 000 тг в месяц.</p>
""")

ENTRY = entry(s, name="Mountain Rescue Volunteers' School 2027 (rescue foundation, Almaty)",
    languages=["ru", "kk"], fees=[(45000, "KZT"), (20000, "KZT"), (10000, "KZT")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["other"],
    account_required=False, registration_form=None, registration_pdf_only=True,
    min_age=18, accessibility_statement=False, access_services=[],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "stoimost.html", "zayavka.html", "onlayn.html", "trebovaniya.html"],
    evidence={
        "languages": [Q("index.html", "проводит двенадцатую школу для добровольцев"),
                      Q("index.html", "еріктілерге арналған он екінші мектепті өткізеді", "Kazakh section without lang")],
        "un_languages": [N("ru")],
        "fees": [Q("stoimost.html", "Полный курс (три недели, с питанием на базе): 45 000 тг", "45000 KZT"),
                 Q("stoimost.html", "Для студентов очной формы: 20 000 ₸", "20000 KZT"),
                 Q("stoimost.html", "Только онлайн-модуль теории: 10 000 тенге", "10000 KZT"),
                 Q("snaryazhenie.html", "Прокат обвязки и каски: 2 500 тг в день.", "rental and shop: not fees"),
                 Q("prozhivanie.html", "Хостел в Алматы: от 7 000 тг за ночь.", "hostel and bus: not fees"),
                 Q("vakansii.html", "450 000 тг в месяц", "salary: not a fee")],
        "free_option": [Q("stoimost.html", "Бесплатных мест нет")],
        "fee_support": [Q("stoimost.html", "Для студентов очной формы: 20 000 ₸", "student rate")],
        "remote_participation": [Q("onlayn.html", "слушатели задают вопросы инструкторам в прямом эфире")],
        "captcha": [M("zayavka.html", '<div class="smart-captcha"', "Yandex SmartCaptcha on the question form: other")],
        "account_required": [N("PDF application by e-mail; no account")],
        "registration_form": [N("registration only by PDF; the 3-field question form is not a registration form", "zayavka.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("zayavka.html", "Онлайн-регистрации нет."),
                                  M("zayavka.html", 'href="docs/zayavka-2027.pdf"')],
        "min_age": [Q("zayavka.html", "Принимаются участники с восемнадцати лет.", "18, in words")],
        "accessibility_statement": [N("no access provision or contact; the fitness requirement is not a statement", "trebovaniya.html")],
        "access_services": [N("none")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/ucheniya-ru.vtt"', "captioned")],
        "pdf_only_documents": [Q("zayavka.html", "Скачайте анкету участника (PDF)", "application form only as PDF")],
    })
