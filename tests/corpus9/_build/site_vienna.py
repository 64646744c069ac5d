from lib import mk, Q, M, N, entry
LANGS = [("index.html", "English"), ("ar/index.html", "العربية"), ("zh/index.html", "中文"), ("fr/index.html", "Français"),
         ("ru/index.html", "Русский"), ("es/index.html", "Español")]
NAV = [("index.html", "Home"), ("registration.html", "Registration and accreditation"), ("participation.html", "Funding, remote and access"),
       ("documents.html", "Documents"), ("practical.html", "Practical information"), ("side-events.html", "Side events")]
s = mk("intergov-consultation-dpi-vienna", "Intergovernmental Consultation on Digital Public Infrastructure", "en", "#1d4f91", "DPI",
       NAV, langs={"en": LANGS, "ar": LANGS, "zh": LANGS, "fr": LANGS, "ru": LANGS, "es": LANGS},
       foot={"en": "<p>Consultation secretariat · dpi-consultation@intergov.example.int · Vienna International Centre</p>"})
ALT = [("en", "index.html"), ("ar", "ar/index.html"), ("zh", "zh/index.html"), ("fr", "fr/index.html"), ("ru", "ru/index.html"), ("es", "es/index.html")]
s.pdf("docs/provisional-agenda.pdf", "Provisional agenda\n1. Opening\n2. Safeguards for digital public infrastructure")
s.page("index.html", "Intergovernmental Consultation on Digital Public Infrastructure", """
<h1>Intergovernmental Consultation on Digital Public Infrastructure</h1>
<p>Vienna International Centre, 6–8 April 2027. Member States, observers, intergovernmental organisations and accredited stakeholders consult on draft principles for safe and inclusive digital public infrastructure: identity, payments and data exchange.</p>
<p>There is no registration fee. <a href="@registration.html">Registration and accreditation</a> · <a href="@participation.html">Funding, remote participation and accessibility</a></p>
""", alternates=ALT)
s.page("registration.html", "Registration and accreditation", """
<h1>Registration and accreditation</h1>
<p>Participation is free of charge; there is no registration fee for any category.</p>
<p>All participants, including delegates of Member States, register through <a href="https://indico.un.org/event/41277/">Indico</a>. You must create or sign in to an Indico account to submit your registration; the designated focal point then confirms it.</p>
""", alternates=ALT)
s.page("participation.html", "Funding, remote participation and accessibility", """
<h1>Funding, remote participation and accessibility</h1>
<h2>Funding</h2>
<p>Subject to available funds, the secretariat covers the travel and a daily subsistence allowance of one delegate from each least developed country. The DSA rate for Vienna is currently USD 276.</p>
<h2>Remote participation</h2>
<p>Registered participants may follow the consultation online and take the floor remotely through the Interprefy platform, with interpretation.</p>
<h2>Languages and accessibility</h2>
<p>Simultaneous interpretation is provided in the six official languages of the United Nations.</p>
<p>Live captioning in English is available for all plenary meetings.</p>
<p>The meeting rooms of the Vienna International Centre are wheelchair accessible. Requests for reasonable accommodation: access-dpi@intergov.example.int.</p>
""", alternates=ALT)
s.page("documents.html", "Documents", """
<h1>Documents</h1>
<p>The provisional agenda is available as a PDF only: <a href="@docs/provisional-agenda.pdf">Provisional agenda (PDF)</a>.</p>
<p>Background note: Fees, registration and languages in national identity systems (to be issued).</p>
""", alternates=ALT)
s.page("practical.html", "Practical information", """
<h1>Practical information</h1><p>Hotels near the VIC: from EUR 140 per night. Schengen visa fee: EUR 90. Public transport: U1 to Kaisermühlen-VIC, single ticket EUR 2.40.</p>
""", alternates=ALT)
s.page("side-events.html", "Side events", """
<h1>Side events</h1><p>Room booking for side events: EUR 350 per half day, payable by the organising delegation.</p>
""", alternates=ALT)
s.page("ar/index.html", "المشاورة الحكومية الدولية بشأن البنية التحتية الرقمية العامة", """
<h1>المشاورة الحكومية الدولية بشأن البنية التحتية الرقمية العامة</h1>
<p>مركز فيينا الدولي، ٦–٨ نيسان/أبريل ٢٠٢٧. تتشاور الدول الأعضاء والمراقبون والمنظمات الحكومية الدولية وأصحاب المصلحة المعتمدون بشأن مشروع مبادئ لبنية تحتية رقمية عامة آمنة وشاملة.</p>
<p>لا توجد رسوم تسجيل. يتم التسجيل عبر منصة Indico، ويمكن المشاركة عن بعد وأخذ الكلمة عبر منصة Interprefy.</p>
""", lang="ar", dir="rtl", alternates=ALT)
s.page("zh/index.html", "数字公共基础设施政府间磋商", """
<h1>数字公共基础设施政府间磋商</h1>
<p>维也纳国际中心，2027年4月6日至8日。会员国、观察员、政府间组织和经认可的利益攸关方将就安全、包容的数字公共基础设施原则草案进行磋商。</p>
<p>不收取注册费。请通过 Indico 平台注册；与会者可通过 Interprefy 平台远程发言。</p>
""", lang="zh", alternates=ALT)
s.page("fr/index.html", "Consultation intergouvernementale sur l'infrastructure publique numérique", """
<h1>Consultation intergouvernementale sur l'infrastructure publique numérique</h1>
<p>Centre international de Vienne, 6-8 avril 2027. Les États Membres, les observateurs, les organisations intergouvernementales et les parties prenantes accréditées se consultent sur un projet de principes pour une infrastructure publique numérique sûre et inclusive.</p>
<p>Aucun droit d'inscription n'est perçu. L'inscription se fait sur Indico ; il est possible de prendre la parole à distance via Interprefy.</p>
""", lang="fr", alternates=ALT)
s.page("ru/index.html", "Межправительственная консультация по цифровой публичной инфраструктуре", """
<h1>Межправительственная консультация по цифровой публичной инфраструктуре</h1>
<p>Венский международный центр, 6–8 апреля 2027 года. Государства-члены, наблюдатели, межправительственные организации и аккредитованные заинтересованные стороны обсуждают проект принципов безопасной и инклюзивной цифровой публичной инфраструктуры.</p>
<p>Регистрационный взнос не взимается. Регистрация — через Indico; выступить дистанционно можно через платформу Interprefy.</p>
""", lang="ru", alternates=ALT)
s.page("es/index.html", "Consulta intergubernamental sobre infraestructura pública digital", """
<h1>Consulta intergubernamental sobre infraestructura pública digital</h1>
<p>Centro Internacional de Viena, 6 a 8 de abril de 2027. Los Estados Miembros, los observadores, las organizaciones intergubernamentales y las partes interesadas acreditadas celebran consultas sobre un proyecto de principios para una infraestructura pública digital segura e inclusiva.</p>
<p>No se cobra cuota de inscripción. La inscripción se realiza en Indico; se puede intervenir a distancia mediante Interprefy.</p>
""", lang="es", alternates=ALT)
ENTRY = entry(s, name="Intergovernmental Consultation on Digital Public Infrastructure (UN-style consultation, Vienna, six languages)",
    languages=["ar", "en", "es", "fr", "ru", "zh"], fees=[], free_option=True, fee_support=True, remote_participation=True,
    captcha=[], account_required=True, registration_form=None, registration_host="indico.un.org", min_age=None,
    accessibility_statement=True, access_services=["captions", "interpretation", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "registration.html", "participation.html", "documents.html", "ar/index.html", "zh/index.html",
                         "fr/index.html", "ru/index.html", "es/index.html"],
    evidence={
        "languages": [Q("index.html", "Member States, observers, intergovernmental organisations and accredited stakeholders consult"),
                      Q("ar/index.html", "تتشاور الدول الأعضاء والمراقبون والمنظمات الحكومية الدولية"),
                      Q("zh/index.html", "会员国、观察员、政府间组织和经认可的利益攸关方将就安全"),
                      Q("fr/index.html", "Les États Membres, les observateurs, les organisations intergouvernementales"),
                      Q("ru/index.html", "Государства-члены, наблюдатели, межправительственные организации"),
                      Q("es/index.html", "Los Estados Miembros, los observadores, las organizaciones intergubernamentales")],
        "un_languages": [N("all six")],
        "fees": [Q("registration.html", "Participation is free of charge; there is no registration fee for any category."),
                 Q("participation.html", "The DSA rate for Vienna is currently USD 276.", "allowance"),
                 Q("practical.html", "Hotels near the VIC: from EUR 140 per night.", "hotel"), Q("practical.html", "Schengen visa fee: EUR 90.", "visa"),
                 Q("practical.html", "single ticket EUR 2.40", "transport"), Q("side-events.html", "Room booking for side events: EUR 350 per half day", "room hire for side events, not a participation fee")],
        "free_option": [Q("registration.html", "Participation is free of charge")],
        "fee_support": [Q("participation.html", "the secretariat covers the travel and a daily subsistence allowance of one delegate from each least developed country")],
        "remote_participation": [Q("participation.html", "take the floor remotely through the Interprefy platform")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("registration.html", "You must create or sign in to an Indico account to submit your registration")],
        "registration_form": [N("no form on the site: registration on Indico")],
        "registration_host": [M("registration.html", 'href="https://indico.un.org/event/41277/"')],
        "registration_pdf_only": [N("platform")], "min_age": [N("none stated")],
        "accessibility_statement": [Q("participation.html", "Requests for reasonable accommodation: access-dpi@intergov.example.int.")],
        "access_services": [Q("participation.html", "Simultaneous interpretation is provided in the six official languages"),
                            Q("participation.html", "Live captioning in English is available for all plenary meetings."),
                            Q("participation.html", "The meeting rooms of the Vienna International Centre are wheelchair accessible.")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("documents.html", "The provisional agenda is available as a PDF only")],
    })
