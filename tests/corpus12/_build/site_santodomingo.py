from lib import mk, Q, M, N, entry

NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("costos.html", "Costos"), ("sede.html", "Sede y hotel"),
       ("programa.html", "Programa"), ("premio.html", "Premio Nacional"), ("empleos.html", "Bolsa de empleo"), ("en.html", "English")]
s = mk("congreso-sindicato-periodistas-santo-domingo", "XV Congreso del Sindicato Nacional de Periodistas", "es-DO", "#b3001b", "SN", NAV,
       foot={"es-DO": "<p>Sindicato Nacional de Periodistas y Trabajadores de la Prensa — Av. Independencia, Santo Domingo</p>"})
s.pdf("docs/programa-xv-congreso.pdf", "XV Congreso\nViernes: apertura\nSabado: mesas\nDomingo: elecciones")
s.page("index.html", "XV Congreso Nacional de Periodistas", """
<h1>XV Congreso Nacional: periodismo, precariedad y seguridad</h1>
<p>Del 5 al 7 de noviembre de 2027 el sindicato reúne a sus delegados y a periodistas independientes de todo el país para debatir la ley de salario mínimo del sector, la protección de reporteros y el futuro de los medios comunitarios.</p>
<p><a class="button" href="@inscripcion.html">Inscríbete</a> <a href="@costos.html">Costos de participación</a></p>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<p>La inscripción y el pago se hacen en línea en Jotform: <a href="https://form.jotform.com/snp/congreso-xv">formulario de inscripción en form.jotform.com</a>. No hace falta crear una cuenta.</p>
<p>Los delegados de la diáspora pueden intervenir y votar las resoluciones por videoconferencia desde Nueva York y Madrid.</p>
""")
s.page("costos.html", "Costos", """
<h1>Costos de participación</h1>
<ul><li>Afiliados al día: RD$ 1,500</li><li>No afiliados: RD$2,500</li><li>Delegados internacionales: US$ 60</li></ul>
<p>Este año el sindicato no dispone de becas ni de ayudas de transporte.</p>
<p>La cuota sindical mensual (RD$ 200) no incluye el congreso.</p>
""")
s.page("sede.html", "Sede y hotel", """
<h1>Sede y hotel</h1>
<p>El congreso se celebra en el Hotel Caribe Colonial, que cuenta con rampas de acceso y ascensor para personas en silla de ruedas. Para cualquier necesidad de accesibilidad llame al 809-555-0142.</p>
<p>Tarifa preferencial: US$ 95 por noche en habitación doble.</p>
""")
s.page("programa.html", "Programa", """
<h1>Programa</h1>
<p>El programa completo está disponible solo en PDF: <a href="@docs/programa-xv-congreso.pdf">Programa del XV Congreso (PDF)</a>.</p>
""")
s.page("premio.html", "Premio Nacional de Periodismo", """
<h1>Premio Nacional de Periodismo</h1>
<p>El premio está dotado con RD$ 300,000 y se entrega en la cena de clausura. Patrocinio de la cena: RD$ 250,000.</p>
""")
s.page("empleos.html", "Bolsa de empleo", """
<h1>Bolsa de empleo</h1>
<p>Periódico regional busca editor/a web. Salario: RD$ 45,000 mensuales.</p>
""")
s.page("en.html", "15th National Journalists' Union Congress", """
<h1>15th National Congress of the Journalists' Union</h1>
<p>From 5 to 7 November 2027 the union brings together its delegates and freelance journalists from across the Dominican Republic to debate the minimum wage for media workers, the safety of reporters and the future of community media.</p>
<p>Participation costs RD$1,500 for members in good standing, RD$2,500 for non-members and US$60 for international delegates. Registration and payment are on Jotform.</p>
""")
ENTRY = entry(s, name="15th Congress of the National Journalists' Union (journalists' union congress, Santo Domingo)",
    languages=["es", "en"], fees=[(1500, "DOP"), (2500, "DOP"), (60, "USD")], free_option=False, fee_support=False,
    remote_participation=True, captcha=[], account_required=False, registration_form=None, registration_host="form.jotform.com",
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "inscripcion.html", "costos.html", "sede.html", "programa.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "el sindicato reúne a sus delegados"), Q("en.html", "the union brings together its delegates and freelance journalists", "whole page in English with lang=es-DO")],
        "un_languages": [N("es, en")],
        "fees": [Q("costos.html", "Afiliados al día: RD$ 1,500", "RD$ = DOP; member rate is a fee"), Q("costos.html", "No afiliados: RD$2,500"),
                 Q("costos.html", "Delegados internacionales: US$ 60"), Q("en.html", "RD$1,500 for members in good standing", "same fees"),
                 Q("costos.html", "La cuota sindical mensual (RD$ 200) no incluye el congreso.", "membership dues"),
                 Q("sede.html", "US$ 95 por noche", "hotel"), Q("premio.html", "El premio está dotado con RD$ 300,000", "prize; dinner sponsorship"),
                 Q("empleos.html", "Salario: RD$ 45,000 mensuales.", "salary"), Q("index.html", "la ley de salario mínimo del sector", "topic")],
        "free_option": [N("fees for every category, nothing free: false")],
        "fee_support": [Q("costos.html", "Este año el sindicato no dispone de becas ni de ayudas de transporte.", "no student rate either")],
        "remote_participation": [Q("inscripcion.html", "Los delegados de la diáspora pueden intervenir y votar las resoluciones por videoconferencia")],
        "captcha": [N("no CAPTCHA on the site's pages (the form is on Jotform)")],
        "account_required": [Q("inscripcion.html", "No hace falta crear una cuenta.")],
        "registration_form": [N("no form on the site")],
        "registration_host": [M("inscripcion.html", 'href="https://form.jotform.com/snp/congreso-xv"')],
        "registration_pdf_only": [N("online form on Jotform")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("sede.html", "Para cualquier necesidad de accesibilidad llame al 809-555-0142.")],
        "access_services": [Q("sede.html", "cuenta con rampas de acceso y ascensor para personas en silla de ruedas")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programa.html", "El programa completo está disponible solo en PDF")],
    })
