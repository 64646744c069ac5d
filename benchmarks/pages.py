"""Generated page artifacts for the evaluation benchmark: forum sites in seven languages.

Each page is what gathering stores for a real forum page (visible text, main text,
links, forms, headings, images, network requests, axe-core results), built from
sentences that forum pages write: dates, fees in several currencies, phone and room
numbers, fellowships, remote participation, accessibility, registration steps. The
generator is seeded, so every run measures the same pages.
"""

from __future__ import annotations

import random
from typing import Any

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh", "pt")
ROLES = ("home", "registration", "fees", "support", "remote", "accessibility")

# {d} day, {m} month name, {y} year, {a}/{b} amounts, {n} a count, {t} a phone, {r} a room.
SENTENCES: dict[str, list[str]] = {
    "en": [
        "The forum takes place from {d} to {d2} {m} {y} at the Convention Centre, room {r}.",
        "The registration fee is USD {a} for participants from high-income countries and USD {b} for students.",
        "Early-bird tickets cost €{a} until {d} {m}; the regular rate is €{b}.",
        "Participation is free of charge for youth delegates and civil society representatives.",
        "Remote participants can take the floor, ask questions in the chat and vote in the plenary.",
        "Sessions will be webcast live on our channel and recordings are published within {n} days.",
        "Fellowships cover travel and accommodation for {n} participants from least developed countries.",
        "Applications for travel grants close on {d} {m} {y}; results are announced by email.",
        "If you need any assistance or have access needs, contact the accessibility coordinator at +41 22 {t}.",
        "Live captions (CART) and International Sign interpretation are provided in the main hall.",
        "The venue is step-free and wheelchair accessible, with accessible toilets on every floor.",
        "Please complete the online registration form before {d} {m}; a confirmation is sent within {n} hours.",
        "More than {n} participants from {n2} countries attended last year's edition.",
        "The hotel offers a special rate of USD {b} per night, breakfast included.",
        "Coffee and lunch are free for all registered participants.",
        "Our budget of $2,500,000 is funded by member states and private sponsors.",
        "Workshop proposals can be submitted through the call for sessions until {d} {m}.",
        "Each session lasts {n} minutes and includes at least {n2} minutes of open discussion.",
        "Download the full programme (PDF, {n} pages) or browse the sessions below.",
        "Participants must be at least 18 years old to register on their own.",
        "The secretariat can be reached on weekdays from 9:00 to 17:00 at +41 22 {t}.",
        "A childcare room is available on the second floor for children aged 3 to 12.",
        "Online participation is available through Zoom, where you can raise your hand and speak.",
        "Reduced fees of GBP {a} apply to students and participants from developing countries.",
        "The consultation report will be published on {d} {m} {y} in the six UN languages.",
    ],
    "fr": [
        "Le forum se tient du {d} au {d2} {m} {y} au Centre des congrès, salle {r}.",
        "Les frais d'inscription s'élèvent à {a} € pour les participants et {b} € pour les étudiants.",
        "La participation est gratuite pour les jeunes et les représentants de la société civile.",
        "Les participants à distance peuvent prendre la parole et poser des questions en ligne.",
        "Les sessions sont retransmises en direct sur notre chaîne et les vidéos publiées sous {n} jours.",
        "Des bourses couvrent le voyage et l'hébergement de {n} participants des pays les moins avancés.",
        "Les demandes de bourse sont ouvertes jusqu'au {d} {m} {y} ; les résultats sont envoyés par courriel.",
        "Pour tout besoin spécifique, contactez le référent accessibilité au +33 1 {t}.",
        "Le sous-titrage en direct et l'interprétation en langue des signes sont assurés en plénière.",
        "Le lieu est accessible aux personnes en fauteuil roulant, avec des toilettes adaptées.",
        "Merci de remplir le formulaire d'inscription en ligne avant le {d} {m}.",
        "Plus de {n} participants de {n2} pays ont assisté à l'édition précédente.",
        "L'hôtel partenaire propose un tarif de {b} € par nuit, petit-déjeuner compris.",
        "Le wifi gratuit est disponible dans tout le bâtiment.",
        "Les propositions d'ateliers peuvent être soumises jusqu'au {d} {m}.",
        "Chaque session dure {n} minutes, dont au moins {n2} minutes de discussion ouverte.",
        "Le tarif réduit de {a} FCFA s'applique aux étudiants et aux demandeurs d'emploi.",
        "Le secrétariat répond du lundi au vendredi de 9 h à 17 h au +33 1 {t}.",
        "Téléchargez le programme complet (PDF, {n} pages) ou parcourez les sessions ci-dessous.",
        "Le rapport de la concertation sera publié le {d} {m} {y} dans les six langues de l'ONU.",
    ],
    "es": [
        "El foro se realiza del {d} al {d2} de {m} de {y} en el Centro de Convenciones, sala {r}.",
        "La cuota de inscripción es de US$ {a} para participantes y US$ {b} para estudiantes.",
        "La participación es gratuita para jóvenes y organizaciones de la sociedad civil.",
        "Los participantes remotos pueden pedir la palabra y hacer preguntas en línea.",
        "Las sesiones se transmiten en vivo por nuestro canal y las grabaciones se publican en {n} días.",
        "Las becas cubren el viaje y el alojamiento de {n} participantes de la región.",
        "Las solicitudes de beca cierran el {d} de {m} de {y}; los resultados se envían por correo.",
        "Si tiene necesidades de accesibilidad, escriba al contacto de accesibilidad o llame al +52 55 {t}.",
        "Habrá subtitulado en vivo e interpretación en lengua de señas en la sala principal.",
        "La sede es accesible para personas usuarias de silla de ruedas.",
        "Complete el formulario de inscripción en línea antes del {d} de {m}.",
        "Más de {n} participantes de {n2} países asistieron a la edición anterior.",
        "El hotel ofrece una tarifa de MXN {b} por noche con desayuno incluido.",
        "El wifi gratuito está disponible en todo el edificio.",
        "Las propuestas de talleres se reciben hasta el {d} de {m}.",
        "Cada sesión dura {n} minutos e incluye al menos {n2} minutos de diálogo abierto.",
        "La tarifa reducida de {a} pesos mexicanos aplica a estudiantes.",
        "La secretaría atiende de lunes a viernes de 9:00 a 17:00 al +52 55 {t}.",
        "Descargue el programa completo (PDF, {n} páginas) o consulte las sesiones abajo.",
        "El informe de la consulta se publicará el {d} de {m} de {y}.",
    ],
    "pt": [
        "O fórum acontece de {d} a {d2} de {m} de {y} no Centro de Convenções, sala {r}.",
        "A taxa de inscrição é de R$ {a},00 para profissionais e R$ {b},00 para estudantes.",
        "A participação é gratuita para jovens e organizações da sociedade civil.",
        "Os participantes remotos podem pedir a palavra e fazer perguntas online.",
        "As sessões são transmitidas ao vivo pelo nosso canal e as gravações publicadas em {n} dias.",
        "Bolsas de viagem cobrem passagem e hospedagem de {n} participantes.",
        "As inscrições para as bolsas encerram em {d} de {m} de {y}; o resultado sai por e-mail.",
        "Se tiver necessidades de acessibilidade, fale com o contato de acessibilidade: +55 11 {t}.",
        "Haverá legendas ao vivo e intérpretes de Libras no auditório principal.",
        "O local é acessível para pessoas com deficiência e usuários de cadeira de rodas.",
        "Preencha o formulário de inscrição online até {d} de {m}.",
        "Mais de {n} participantes de {n2} estados participaram da edição anterior.",
        "O hotel parceiro oferece diária de R$ {b},00 com café da manhã.",
        "Wi-fi gratuito em todo o prédio.",
        "Propostas de oficinas podem ser enviadas até {d} de {m}.",
        "Cada sessão dura {n} minutos, com pelo menos {n2} minutos de debate aberto.",
        "Estudantes pagam meia-entrada mediante comprovante.",
        "A secretaria atende de segunda a sexta, das 9h às 17h, pelo telefone +55 11 {t}.",
        "Baixe a programação completa (PDF, {n} páginas) ou veja as sessões abaixo.",
        "O relatório da consulta será publicado em {d} de {m} de {y}.",
    ],
    "ru": [
        "Форум пройдёт с {d} по {d2} {m} {y} года в конгресс-центре, зал {r}.",
        "Регистрационный взнос составляет {a} ₽ для участников и {b} рублей для студентов.",
        "Участие бесплатное для студентов и представителей некоммерческих организаций.",
        "Удалённые участники могут выступить и задать вопросы онлайн.",
        "Все сессии транслируются в прямом эфире, записи публикуются в течение {n} дней.",
        "Стипендии покрывают проезд и проживание {n} участников из регионов.",
        "Заявки на финансовую поддержку принимаются до {d} {m} {y} года.",
        "Если у вас есть особые потребности, свяжитесь с координатором по телефону +7 495 {t}.",
        "В главном зале работают субтитры и перевод на жестовый язык.",
        "Площадка доступна для людей с инвалидностью и колясочников.",
        "Заполните онлайн-форму регистрации до {d} {m}.",
        "В прошлом году форум собрал более {n} участников из {n2} регионов.",
        "Гостиница предлагает номера по {b} рублей за ночь.",
        "Бесплатный Wi-Fi доступен во всём здании.",
        "Заявки на проведение секций принимаются до {d} {m}.",
        "Каждая сессия длится {n} минут, из них не менее {n2} минут отведено на дискуссию.",
        "Для студентов действует льготный тариф {a} ₽.",
        "Секретариат работает по будням с 9:00 до 18:00, телефон +7 495 {t}.",
        "Скачайте полную программу (PDF, {n} страниц) или смотрите сессии ниже.",
        "Итоговый доклад будет опубликован {d} {m} {y} года.",
    ],
    "ar": [
        "ينعقد المنتدى من {d} إلى {d2} {m} {y} في مركز المؤتمرات، القاعة {r}.",
        "رسوم التسجيل {a} دولار للمشاركين و{b} دولارا للطلاب.",
        "المشاركة مجانية للشباب وممثلي منظمات المجتمع المدني.",
        "يمكن للمشاركين عن بعد طلب الكلمة وطرح الأسئلة عبر الإنترنت.",
        "تبث الجلسات بثا مباشرا على قناتنا وتنشر التسجيلات خلال {n} أيام.",
        "تغطي المنح تكاليف السفر والإقامة لـ {n} مشاركا من الدول الأقل نموا.",
        "يغلق باب التقديم للمنح في {d} {m} {y}، وتعلن النتائج بالبريد الإلكتروني.",
        "إذا كانت لديك احتياجات خاصة، يرجى الاتصال بمنسق إمكانية الوصول على الرقم +212 5 {t}.",
        "تتوفر الترجمة إلى لغة الإشارة والترجمة النصية المباشرة في القاعة الرئيسية.",
        "المكان مهيأ للأشخاص ذوي الإعاقة ومستخدمي الكراسي المتحركة.",
        "يرجى ملء استمارة التسجيل عبر الإنترنت قبل {d} {m}.",
        "شارك في الدورة السابقة أكثر من {n} مشارك من {n2} دولة.",
        "يقدم الفندق سعرا خاصا قدره {b} درهم لليلة الواحدة.",
        "خدمة واي فاي مجانية في جميع أنحاء المبنى.",
        "تقبل مقترحات ورش العمل حتى {d} {m}.",
        "تستغرق كل جلسة {n} دقيقة منها {n2} دقيقة على الأقل للنقاش المفتوح.",
        "يستفيد الطلاب من رسوم مخفضة قدرها {a} درهم.",
        "تعمل الأمانة من الاثنين إلى الجمعة من الساعة 9:00 إلى 17:00 على الرقم +212 5 {t}.",
        "حمّل البرنامج الكامل (PDF، {n} صفحة) أو تصفح الجلسات أدناه.",
        "سينشر تقرير المشاورة في {d} {m} {y}.",
    ],
    "zh": [
        "论坛将于{y}年{mn}月{d}日至{d2}日在会展中心{r}会议室举行。",
        "注册费为每人{a}元，学生{b}元。",
        "青年代表和社会组织代表免费参加。",
        "远程参与者可以在线发言、提问和投票。",
        "所有会议将进行网络直播，录像将在{n}天内发布。",
        "奖学金资助{n}名来自欠发达地区的参会者的差旅和住宿。",
        "差旅补助申请截止日期为{y}年{mn}月{d}日，结果将通过电子邮件通知。",
        "如有无障碍需求，请致电+86 10 {t}联系无障碍服务负责人。",
        "主会场提供实时字幕和手语翻译。",
        "会场设有无障碍设施，方便轮椅使用者出入。",
        "请在{mn}月{d}日前填写在线报名表。",
        "去年共有{n}名来自{n2}个国家的参会者出席。",
        "合作酒店每晚价格为{b}元，含早餐。",
        "会场内提供免费无线网络。",
        "分论坛提案征集截止日期为{mn}月{d}日。",
        "每场会议时长{n}分钟，其中至少{n2}分钟为开放讨论。",
        "学生优惠价为¥{a}。",
        "秘书处工作时间为周一至周五9:00至17:00，电话+86 10 {t}。",
        "下载完整议程（PDF，{n}页）或浏览下方会议列表。",
        "咨询报告将于{y}年{mn}月{d}日发布。",
    ],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "setembro", "outubro", "novembro"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "сентября", "октября", "ноября"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "سبتمبر", "أكتوبر", "نوفمبر"],
    "zh": [""] * 10,
}

NAV = {
    "en": ["Home", "Programme", "Register", "Fees", "Fellowships", "Online participation", "Accessibility",
           "Venue", "Contact", "News", "Français", "Español", "中文"],
    "fr": ["Accueil", "Programme", "Inscription", "Tarifs", "Bourses", "Participation à distance",
           "Accessibilité", "Lieu", "Contact", "English", "Español", "العربية"],
    "es": ["Inicio", "Programa", "Inscripción", "Cuotas", "Becas", "Participación remota", "Accesibilidad",
           "Sede", "Contacto", "English", "Português"],
    "pt": ["Início", "Programação", "Inscrição", "Taxas", "Bolsas", "Participação remota", "Acessibilidade",
           "Local", "Contato", "English", "Español"],
    "ru": ["Главная", "Программа", "Регистрация", "Стоимость", "Стипендии", "Онлайн-участие", "Доступность",
           "Площадка", "Контакты", "English"],
    "ar": ["الرئيسية", "البرنامج", "التسجيل", "الرسوم", "المنح", "المشاركة عن بعد", "إمكانية الوصول",
           "المكان", "اتصل بنا", "English", "Français"],
    "zh": ["首页", "议程", "报名", "费用", "资助", "远程参与", "无障碍", "会场", "联系我们", "English"],
}

# 1,000 words of Latin, Cyrillic or Arabic text is about 6,500 characters; Chinese
# writes a word in about two characters.
TARGET_CHARS = {"zh": 2_000}
DEFAULT_TARGET_CHARS = 6_500
MAX_TEXT = 200_000  # the most text gathering keeps of a page (browser/playwright_driver.py)


def _fill(template: str, language: str, rng: random.Random) -> str:
    day = rng.randint(1, 25)
    return template.format(
        d=day, d2=day + rng.randint(1, 3), m=rng.choice(MONTHS[language]), mn=rng.randint(1, 12),
        y=rng.choice((2026, 2027)), a=rng.choice((25, 40, 90, 150, 300, 1200, 1500)),
        b=rng.choice((10, 15, 60, 85, 120, 450)), n=rng.randint(2, 90), n2=rng.randint(2, 60),
        t=f"{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}", r=rng.randint(1, 40))


def paragraphs(language: str, chars: int, rng: random.Random) -> list[str]:
    """Paragraphs of 2 to 6 sentences until ``chars`` characters."""
    out, total = [], 0
    joiner = "" if language == "zh" else " "
    while total < chars:
        paragraph = joiner.join(_fill(rng.choice(SENTENCES[language]), language, rng)
                                for _ in range(rng.randint(2, 6)))
        out.append(paragraph)
        total += len(paragraph) + 2
    return out


def _field(name: str, label: str, kind: str = "text", required: bool = False,
           autocomplete: str = "") -> dict[str, Any]:
    return {"accept": "", "aria_label": "", "aria_required": False, "autocomplete": autocomplete, "id": name,
            "label": label, "legend": "", "name": name, "options": None, "placeholder": "", "required": required,
            "tag": "input", "title": "", "type": kind, "visible": True}


def registration_form(base: str) -> dict[str, Any]:
    fields = [_field("first_name", "First name", required=True, autocomplete="given-name"),
              _field("last_name", "Last name", required=True, autocomplete="family-name"),
              _field("email", "Email address", "email", True, "email"),
              _field("organisation", "Organisation *", autocomplete="organization"),
              _field("country", "Country of residence", required=True),
              _field("phone", "Phone number", "tel", autocomplete="tel"),
              _field("dob", "Date of birth", "date"),
              _field("access_needs", "Access needs (optional)"),
              {**_field("csrf", "", "hidden"), "visible": False}]
    return {"action": f"{base}/register/submit", "fields": fields, "heading": "Registration form",
            "id": "registration", "name": "", "submit": ["Register"]}


def _axe() -> dict[str, Any]:
    return {"version": "4.10.2", "inapplicable": 50, "passes": ["aria-allowed-attr", "document-title"],
            "incomplete": [{"id": "color-contrast", "impact": "serious", "help": "Elements must meet minimum "
                            "color contrast ratio thresholds", "helpUrl": "https://dequeuniversity.com/rules/"
                            "axe/4.10/color-contrast", "description": "", "node_count": 1,
                            "nodes": [{"target": [".banner h2"], "html": "<h2>Forum</h2>", "impact": "serious",
                                       "summary": "Check the contrast"}]}],
            "violations": [{"id": "image-alt", "impact": "critical", "help": "Images must have alternative text",
                            "helpUrl": "https://dequeuniversity.com/rules/axe/4.10/image-alt", "description": "",
                            "node_count": 2, "nodes": [
                                {"target": [f"img:nth-child({i})"], "html": f'<img src="/img/p{i}.jpg">',
                                 "impact": "critical", "summary": "Fix any of the following"} for i in (1, 2)]}]}


def page(base: str, language: str, role: str, index: int, rng: random.Random, *, chars: int | None = None,
         extra_links: int = 0) -> dict[str, Any]:
    """One gathered page of a forum site in ``language``."""
    url = f"{base}/" if role == "home" else f"{base}/{role}-{index}.html"
    nav = NAV[language]
    links = [{"href": f"{base}/{i}.html", "hreflang": "", "lang": "", "rel": "", "text": text}
             for i, text in enumerate(nav)]
    links += [{"href": f"{base}/docs/programme-{index}.pdf", "hreflang": "", "lang": "", "rel": "",
               "text": f"{nav[1]} (PDF)"},
              {"href": "https://www.youtube.com/@forum", "hreflang": "", "lang": "", "rel": "", "text": "YouTube"}]
    links += [{"href": f"{base}/session/{i}.html", "hreflang": "", "lang": "", "rel": "",
               "text": f"{nav[1]} {i}: {_fill(rng.choice(SENTENCES[language]), language, rng)[:60]}"}
              for i in range(extra_links)]
    body = paragraphs(language, chars or TARGET_CHARS.get(language, DEFAULT_TARGET_CHARS), rng)
    heading = nav[ROLES.index(role) + 1] if role in ROLES[1:] else nav[0]
    main = "\n\n".join([heading, *body])
    text = "\n".join([*nav, *(link["text"] for link in links[len(nav):]), main, "© 2027 " + nav[0]])
    text, main = text[:MAX_TEXT], main[:MAX_TEXT]  # as gathering cuts them
    forms = [registration_form(base)] if role == "registration" else []
    media = [{"tag": "video", "src": f"{base}/media/welcome.mp4", "tracks": []}] if role == "remote" else []
    iframes = [{"src": "https://www.youtube.com/embed/abc123"}] if role == "remote" else []
    return {
        "url": url, "final_url": url, "role": role, "error": None, "http_status": 200,
        "title": f"{heading} – Forum 2027", "lang_declared": language, "lang_detected": None,
        "bytes": 180_000 + 20_000 * index, "requests": 12, "load_ms": 300, "depth": 1, "redirects": [],
        "warnings": [], "content_type": "text/html", "found_on": f"{base}/", "link_texts": [heading],
        "network": [{"url": url, "status": 200, "type": "Document", "bytes": 30_000},
                    {"url": f"{base}/css/site.css", "status": 200, "type": "Stylesheet", "bytes": 20_000},
                    {"url": "https://fonts.googleapis.com/css2?family=Inter", "status": 200,
                     "type": "Stylesheet", "bytes": 2_000}],
        "axe": _axe(),
        "dom": {"text": text, "main_text": main, "text_truncated": False, "lang": language, "dir": "",
                "content_language": "", "description": "", "element_count": 400, "links": links, "forms": forms,
                "orphan_fields": [], "headings": [{"level": 1, "text": heading}], "media": media,
                "iframes": iframes, "scripts": [f"{base}/js/site.js"], "widgets": [],
                "images": [{"src": f"{base}/img/p{i}.jpg", "alt": "", "id": "", "cls": ""} for i in (1, 2)],
                "hreflang": []},
    }


def site(language: str, pages: int, seed: int = 0) -> dict[str, Any]:
    """A forum site of ``pages`` ordinary pages (about 1,000 words each) in ``language``."""
    rng = random.Random(f"{language}-{seed}")
    base = f"https://forum-{language}.example.org"
    roles = [ROLES[i] if i < len(ROLES) else "other" for i in range(pages)]
    return {"id": f"forum-{language}", "url": f"{base}/",
            "pages": [page(base, language, role, i, rng) for i, role in enumerate(roles)],
            "documents": [{"kind": "pdf", "url": f"{base}/docs/programme-0.pdf", "found_on": f"{base}/",
                           "link_text": "Programme (PDF)"}]}


def big_page_site(language: str = "en", chars: int = 200_000) -> dict[str, Any]:
    """One page of ``chars`` characters of text (the driver keeps at most 200,000)."""
    rng = random.Random(f"big-{language}")
    base = f"https://big-{language}.example.org"
    record = page(base, language, "fees", 1, rng, chars=chars)
    return {"id": f"big-{language}", "url": f"{base}/", "pages": [record], "documents": []}


def many_links_site(links: int, language: str = "en") -> dict[str, Any]:
    """One programme page listing ``links`` sessions, each a link (gathering keeps 3,000)."""
    rng = random.Random(f"links-{links}")
    base = f"https://links-{links}.example.org"
    record = page(base, language, "home", 0, rng, extra_links=links)
    # Two PDFs; no web page covers the report's topic, so every link's topic is read.
    documents = [{"kind": "pdf", "url": f"{base}/docs/{name}.pdf", "found_on": f"{base}/", "link_text": text}
                 for name, text in (("programme", "Programme (PDF)"),
                                    ("report", "Annual accessibility audit report (PDF, 2 MB)"))]
    return {"id": f"links-{links}", "url": f"{base}/", "pages": [record], "documents": documents}
