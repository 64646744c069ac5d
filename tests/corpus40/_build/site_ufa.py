"""Ufa (Russia, Bashkortostan): an institute's academic conference on digital government, with in-person and paid
absentee (publication-only) participation. Russian (ru-RU) with a Bashkir page declared lang="ru"."""
from lib import *

NAV = [("index.html", "Главная"), ("uchastie.html", "Участие и оргвзнос"), ("registraciya.html", "Регистрация"),
       ("polozhenie.html", "Положение"), ("shkolniki.html", "Секция школьников"), ("mesto.html", "Место проведения"),
       ("voprosy.html", "Вопросы и ответы"), ("bashkort.html", "Башҡортса"), ("izdaniya.html", "Издания"),
       ("vakansii.html", "Вакансии")]
s = mk("konferenciya-cifrovoe-gosudarstvo-ufa", "Конференция «Цифровое государство» — Уфа 2027", "ru-RU", "#2e7d32", "ЦГ", NAV,
       foot={"ru-RU": "<p>Башкирский институт цифрового управления, ул. Заки Валиди, Уфа. digitgov@bicu.example.ru</p>"})

s.page("index.html", "Конференция «Цифровое государство: новые технологии в управлении»", """
<h1>Всероссийская научно-практическая конференция «Цифровое государство: новые технологии в управлении»</h1>
<p>14–15 октября 2027 года, Уфа. Секции: государственные платформы и сервисы; открытые данные и прозрачность;
искусственный интеллект в управлении; цифровая грамотность населения; секция школьников.</p>
<ul><li><a href="@uchastie.html">Формы участия и организационный взнос</a></li>
<li><a href="@registraciya.html">Регистрация и приём статей</a></li>
<li><a href="@polozhenie.html">Положение о конференции</a></li></ul>
<h2>Видеоприглашение ректора</h2>
""" + video("media/priglashenie.mp4") + """
<p>Материалы прошлых лет — в <a href="@arhiv-2026.html">архиве конференции</a>.</p>
""")
placeholder_media(s, "media/priglashenie.mp4")

NODISC = "Оргвзнос единый для всех категорий участников; скидки не предусмотрены. Проезд и проживание — за счёт направляющей стороны."
s.page("uchastie.html", "Участие и оргвзнос", f"""
<h1>Формы участия и организационный взнос</h1>
<table>
<tr><th>Форма участия</th><th>Оргвзнос</th></tr>
<tr><td>Очное участие (выступление с докладом, сборник, кофе-брейки)</td><td>2 500 ₽</td></tr>
<tr><td>Заочное участие (публикация статьи в сборнике, без выступления)</td><td>1 500 ₽</td></tr>
</table>
<p>{NODISC}</p>
<p>Оплата по счёту после принятия статьи оргкомитетом.</p>
""")

form = "".join([
    fld("fio", "ФИО (обязательно заполнить)"),
    fld("org", "Организация (обязательно заполнить)"),
    fld("post", "Должность"),
    fld("degree", "Учёная степень", "select", False, ["нет", "кандидат наук", "доктор наук"]),
    fld("email", "Электронная почта (обязательно заполнить)", "email"),
    fld("phone", "Телефон (обязательно заполнить)", "tel"),
    radios("form", "Форма участия (обязательно заполнить)", ["очная", "заочная (только публикация)"]),
    fld("section", "Секция (обязательно заполнить)", "select", False, ["Государственные платформы и сервисы", "Открытые данные и прозрачность", "Искусственный интеллект в управлении", "Цифровая грамотность населения", "Секция школьников"]),
    fld("title", "Название доклада (обязательно заполнить)"),
    fld("paper", "Файл статьи (обязательно заполнить)", "file"),
    fld("pd", "Согласен на обработку персональных данных", "checkbox", True),
])
s.page("registraciya.html", "Регистрация", f"""
<h1>Регистрация и приём статей</h1>
<p>Заявки и статьи принимаются до 1 сентября 2027 года.</p>
<form action="@registraciya.html" method="post">
{form}
<div class="smart-captcha" data-sitekey="ysc1_example_bicu_ufa_2027"></div>
<button type="submit">Отправить заявку</button>
</form>
""")

s.page("polozhenie.html", "Положение о конференции", """
<h1>Положение о конференции</h1>
<p>Положение определяет порядок участия, требования к статьям и сроки. <a href="@docs/polozhenie-2027.pdf">Положение о конференции (PDF)</a> — документ публикуется только в формате PDF.</p>
""")
s.pdf("docs/polozhenie-2027.pdf", "Polozhenie o konferencii 'Cifrovoe gosudarstvo' 2027\n1. Obshchie polozheniya\n2. Formy uchastiya: ochnaya, zaochnaya\n3. Trebovaniya k statyam\n4. Sroki")

SCHOOL = "В секции школьников участвуют учащиеся 8–11 классов с 14 лет, с научным руководителем."
s.page("shkolniki.html", "Секция школьников", f"""
<h1>Секция школьников</h1>
<p>{SCHOOL} Лучшие работы рекомендуются к публикации.</p>
""")

RAMP = "Актовый зал расположен на первом этаже, у входа есть пандус для колясок."
s.page("mesto.html", "Место проведения", f"""
<h1>Место проведения</h1>
<p>Главный корпус института, актовый зал, ул. Заки Валиди, Уфа.</p>
<p>{RAMP} Сурдоперевод не предусмотрен.</p>
<p>По вопросам доступности: +7 347 000-00-00, dostup@bicu.example.ru.</p>
<h2>Проживание</h2>
<p>Гостиницы рядом с институтом — от 4 500 ₽ в сутки. Такси от аэропорта — около 700 ₽.</p>
""")

STREAM = "Пленарное заседание транслируется во ВКонтакте только для просмотра; дистанционные выступления не предусмотрены."
s.page("voprosy.html", "Вопросы и ответы", f"""
<h1>Вопросы и ответы</h1>
<details open><summary>Можно ли выступить дистанционно?</summary><p>{STREAM} Можно выбрать заочное участие — только публикацию статьи.</p></details>
<details open><summary>Есть ли скидки для студентов?</summary><p>{NODISC}</p></details>
<details open><summary>Нужна ли регистрация на сайте с паролем?</summary><p>Нет, достаточно отправить заявку через форму.</p></details>
""")

BA = ("«Цифрлы дәүләт: идара итеүҙә яңы технологиялар» ғилми-ғәмәли конференцияһы 2027 йылдың 14–15 октябрендә Өфөлә үтә. "
      "Конференцияла туранан-тура ҡатнашыу өсөн ойоштороу түләүе — 2 500 һум, ситтән тороп ҡатнашыу (мәҡәләне баҫтырыу ғына) — 1 500 һум.")
BA2 = "Мәктәп уҡыусылары секцияһында 14 йәштән ҡатнашырға мөмкин. Ғаризалар 2027 йылдың 1 сентябренә тиклем ҡабул ителә."
s.page("bashkort.html", "Конференция тураһында башҡортса", f"""
<h1>Конференция тураһында</h1>
<p>{BA}</p>
<p>{BA2}</p>
""")

s.page("izdaniya.html", "Издания", """
<h1>Издания института</h1>
<p>Монография «Цифровые платформы в региональном управлении» — 800 ₽. Годовая подписка на журнал института — 2 400 ₽.</p>
""")
s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1>
<p>Лаборант кафедры цифрового управления — от 45 000 ₽ в месяц.</p>
""")

ENTRY = entry(s, name="Конференция «Цифровое государство: новые технологии в управлении» (Уфа)",
    languages=["ba", "ru"],
    fees=[(2500, "RUB"), (1500, "RUB")],
    free_option=False, fee_support=False, remote_participation=False,
    captcha=["other"], account_required=False,
    registration_form=(11, 9, ["affiliation", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=14,
    accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "uchastie.html", "registraciya.html", "polozhenie.html", "shkolniki.html", "mesto.html", "voprosy.html", "bashkort.html"],
    deliberate_404=["arhiv-2026.html"],
    evidence={
        "languages": [N("Russian site; a whole Bashkir page declared lang=\"ru-RU\" (the site's language)", "bashkort.html")],
        "un_languages": [N("ru only")],
        "fees": [Q("uchastie.html", "Очное участие (выступление с докладом, сборник, кофе-брейки) 2 500 ₽"),
                 Q("uchastie.html", "Заочное участие (публикация статьи в сборнике, без выступления) 1 500 ₽", "paid absentee participation: a fee"),
                 Q("bashkort.html", BA, "restated in Bashkir: no new entry"),
                 Q("izdaniya.html", "Монография «Цифровые платформы в региональном управлении» — 800 ₽.", "goods: not a fee"),
                 Q("mesto.html", "Гостиницы рядом с институтом — от 4 500 ₽ в сутки.", "hotel: not a fee"),
                 Q("vakansii.html", "от 45 000 ₽ в месяц", "salary: not a fee")],
        "free_option": [Q("uchastie.html", NODISC, "fees stated, nothing free")],
        "fee_support": [Q("uchastie.html", NODISC)],
        "remote_participation": [Q("voprosy.html", STREAM)],
        "captcha": [M("registraciya.html", '<div class="smart-captcha" data-sitekey="ysc1_example_bicu_ufa_2027"></div>', "Yandex SmartCaptcha: other")],
        "account_required": [Q("voprosy.html", "Нет, достаточно отправить заявку через форму.")],
        "registration_form": [N("ФИО*, организация*, должность, учёная степень, e-mail*, телефон*, форма участия radio*, секция*, название*, файл*, согласие (required) = 11 fields, 9 required", "registraciya.html")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("shkolniki.html", SCHOOL)],
        "accessibility_statement": [Q("mesto.html", RAMP)],
        "access_services": [Q("mesto.html", RAMP), Q("mesto.html", "Сурдоперевод не предусмотрен.", "negation")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/priglashenie.mp4">')],
        "pdf_only_documents": [Q("polozhenie.html", "документ публикуется только в формате PDF")],
    })
