from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Inicio"), ("programa.html", "Programa"), ("cuidados.html", "Cuidados y accesibilidad"), ("feria.html", "Feria"),
       ("alojamiento.html", "Alojamiento"), ("charlas.html", "Propuestas")]
s = mk("encuentro-feminista-tecnologias-rosario", "Encuentro Feminista de Tecnologías", "es-AR", "#ad1457", "EF", NAV,
       foot={"es-AR": "<p>Colectiva Código Violeta · hola@codigovioleta.example.com.ar</p>"})
placeholder_media(s, "media/resumen.mp4")
s.page("index.html", "Encuentro Feminista de Tecnologías — Rosario", """
<h1>Encuentro Feminista de Tecnologías</h1>
<p>Rosario, 12 y 13 de septiembre. Dos días de talleres y charlas sobre software libre, seguridad digital y cuidados colectivos, organizados por mujeres, lesbianas, travestis, trans y no binaries.</p>
<p><a href="@entradas.html">Entradas</a></p>
<section lang="pt"><h2>Para as companheiras do Brasil</h2><p>O encontro recebe participantes de todo o Cone Sul. Haverá oficinas em portunhol e uma roda de conversa em português sobre segurança digital para ativistas.</p></section>
""" + video("media/resumen.mp4") + "\n")
s.page("entradas.html", "Entradas", """
<h1>Entradas</h1>
<p>Entrada general: $ 15.000 (pesos argentinos). Entrada solidaria: pagá lo que puedas, también $ 0 — nadie se queda afuera por no poder pagar. También hay becas de traslado para personas de otras provincias.</p>
<p>Las entradas se sacan en <a href="https://ti.to/codigovioleta/encuentro-2027">Tito</a>. Es un encuentro solo presencial: no habrá transmisión.</p>
""")
s.page("cuidados.html", "Cuidados y accesibilidad", """
<h1>Cuidados y accesibilidad</h1>
<ul><li>Espacio de cuidado infantil para niñas y niños de 2 a 10 años durante todo el encuentro.</li>
<li>Interpretación en Lengua de Señas Argentina en las charlas centrales.</li><li>El centro cultural es accesible en silla de ruedas.</li></ul>
<p>Hay actividades para todas las edades. Consultas de accesibilidad: cuidados@codigovioleta.example.com.ar.</p>
""")
s.page("programa.html", "Programa", """<h1>Programa</h1><ul><li>Precios justos en plataformas de reparto</li><li>Registro de violencias digitales</li></ul>""")
s.page("feria.html", "Feria", """<h1>Feria de emprendedoras</h1><p>Puesto en la feria: $ 20.000 por los dos días. Se reciben donaciones para la olla popular.</p>""")
s.page("alojamiento.html", "Alojamiento", """<h1>Alojamiento</h1><p>Hostel Paraná: $ 9.500 la noche. Colectivo urbano: $ 700. Tipo de cambio aproximado: 1 USD = $ 1.100.</p>""")
s.page("charlas.html", "Propuestas", """
<h1>Enviá tu propuesta de charla</h1>
<form action="@charlas.html" method="post">
  <label for="t">Título</label><input type="text" id="t" name="titulo" required>
  <label for="r">Resumen</label><textarea id="r" name="resumen" required></textarea>
  <div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div><button type="submit">Enviar</button>
</form>
""")
ENTRY = entry(s, name="Encuentro Feminista de Tecnologías (Latin American feminist tech conference)",
    languages=["es", "pt"], fees=[(15000, "ARS")], free_option=True, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=False, registration_host="ti.to", accessibility_statement=True,
    access_services=["childcare", "sign_language", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "entradas.html", "cuidados.html"],
    evidence={
        "languages": [Q("index.html", "Dos días de talleres y charlas sobre software libre"),
                      Q("index.html", "O encontro recebe participantes de todo o Cone Sul.", "a Portuguese section")],
        "un_languages": [N("es")],
        "fees": [Q("entradas.html", "Entrada general: $ 15.000 (pesos argentinos)."), Q("feria.html", "Puesto en la feria: $ 20.000", "stall, not a fee"),
                 Q("alojamiento.html", "Hostel Paraná: $ 9.500 la noche.", "hostel, bus, exchange rate — not fees")],
        "free_option": [Q("entradas.html", "Entrada solidaria: pagá lo que puedas, también $ 0", "pay-what-you-can with zero allowed")],
        "fee_support": [Q("entradas.html", "También hay becas de traslado para personas de otras provincias.")],
        "remote_participation": [Q("entradas.html", "Es un encuentro solo presencial: no habrá transmisión.")],
        "captcha": [M("charlas.html", '<div class="cf-turnstile" data-sitekey=', "on the talk-proposal form of the site")],
        "account_required": [N("not stated")],
        "registration_form": [N("no registration form; the talk proposal form is not registration")],
        "registration_host": [M("entradas.html", 'href="https://ti.to/codigovioleta/encuentro-2027"', "tickets page linked only from the home page")],
        "registration_pdf_only": [N("ti.to")],
        "min_age": [Q("cuidados.html", "Hay actividades para todas las edades.", "childcare 2-10 is not a limit")],
        "accessibility_statement": [Q("cuidados.html", "Consultas de accesibilidad: cuidados@codigovioleta.example.com.ar.")],
        "access_services": [Q("cuidados.html", "Espacio de cuidado infantil para niñas y niños de 2 a 10 años"),
                            Q("cuidados.html", "Interpretación en Lengua de Señas Argentina"), Q("cuidados.html", "accesible en silla de ruedas")],
        "videos_without_captions": [M("index.html", 'src="media/resumen.mp4">')],
        "pdf_only_documents": [N("no PDF")],
    })
