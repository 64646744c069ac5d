from lib import *

NAV = [("index.html", "Inicio"), ("participar.html", "Cómo participar"), ("intervenir.html", "Solicitar la palabra"),
       ("borrador.html", "Borrador del plan"), ("accesibilidad.html", "Accesibilidad"), ("tarifa.html", "Tasa de recolección"),
       ("noticias.html", "Noticias"), ("empleo.html", "Empleo municipal")]
s = mk("consulta-plan-residuos-quetzaltenango", "Consulta pública: Plan Municipal de Gestión de Residuos", "es-GT",
       "#2d6a2d", "Q", NAV, foot={"es-GT": "<p>Municipalidad de Quetzaltenango · Dirección de Servicios Públicos · consulta@xela-residuos.example.gt</p>"})

s.page("index.html", "Consulta pública del Plan de Gestión de Residuos", """
<h1>Consulta pública del Plan Municipal de Gestión de Residuos Sólidos</h1>
<p>Saqarik! La Municipalidad invita a vecinas, vecinos, comités de aldea y organizaciones a opinar sobre el borrador
del plan que ordenará la recolección, el reciclaje y el cierre del vertedero de la zona 7 entre 2028 y 2037.</p>
<p>Las audiencias se celebran los sábados 6, 13 y 20 de marzo de 2027 en el Salón de Honor del Palacio Municipal.
Lea <a href="@participar.html">cómo participar</a> y las <a href="@actas-2026.html">actas de la consulta anterior</a>.</p>
""")

s.page("participar.html", "Cómo participar", """
<h1>Cómo participar</h1>
<p>Participar en la consulta no tiene ningún costo. Puede asistir sin inscribirse; para tomar la palabra hay que
<a href="@intervenir.html">solicitarla</a>.</p>
<p>Desde las aldeas de Chicuá, Xecaracoj y Llanos del Pinal saldrá un bus gratuito dos horas antes de cada audiencia.</p>
<p>También puede participar por Zoom: quienes se conecten pueden levantar la mano y la moderadora les dará la palabra
en el mismo orden que en el salón.</p>
<p>Pueden solicitar la palabra personas desde los dieciséis años.</p>
""")

s.page("intervenir.html", "Solicitar la palabra", f"""
<h1>Solicitar la palabra</h1>
<p>Los campos con * son obligatorios.</p>
<form action="@intervenir.html" method="post">
{fld("nombre", "Nombre completo *")}
{fld("dpi", "Número de DPI *")}
{fld("telefono", "Teléfono *", "tel")}
{fld("zona", "Zona o aldea", "select", opts=["Zona 1", "Zona 3", "Zona 7", "Aldea Chicuá", "Otra"])}
{fld("organizacion", "Comité u organización que representa")}
{fld("tema", "Tema de su intervención *", "select", opts=["Recolección", "Reciclaje", "Vertedero", "Tasas"])}
{fld("comentario", "Resumen de lo que desea plantear", "textarea")}
<p><img src="img/codigo.svg" alt="Código de verificación" width="120" height="40"></p>
{fld("codigo", "Escriba el código de la imagen *")}
<button type="submit">Enviar solicitud</button>
</form>
""")
s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K4P2</text></svg>\n')

s.page("borrador.html", "Borrador del plan", """
<h1>Borrador del plan</h1>
<p>El borrador del plan se publica únicamente en PDF: <a href="@docs/borrador-plan-residuos.pdf">descargar el borrador (PDF)</a>.</p>
<p>El presupuesto previsto para la nueva planta de compostaje es de Q 14.500.000, y se propone aumentar la tasa de recolección.</p>
""")
s.pdf("docs/borrador-plan-residuos.pdf", "Borrador - Plan Municipal de Gestion de Residuos 2028-2037")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El Salón de Honor está en la planta baja y es accesible en silla de ruedas desde la entrada lateral.</p>
<p>Cada audiencia cuenta con intérpretes de LENSEGUA y con interpretación entre el k'iche' y el español.</p>
<p>Si necesita otro apoyo, llame al 7765-0000 o escriba a accesibilidad@xela-residuos.example.gt.</p>
""")
s.page("tarifa.html", "Tasa de recolección", """
<h1>Tasa de recolección vigente</h1><p>Tasa domiciliar actual: Q 25 al mes. El borrador propone Q 32 al mes para viviendas de la zona urbana.</p>
""")
s.page("noticias.html", "Noticias", """
<h1>Noticias</h1><p>Nueva ruta de bus urbano hacia el Palacio Municipal; pasaje Q 3.</p>
""")
s.page("empleo.html", "Empleo municipal", """
<h1>Empleo municipal</h1><p>Se busca técnico ambiental; salario de Q 6.800 mensuales.</p>
""")

ENTRY = entry(s, name="Public consultation on the municipal waste plan (municipality, Quetzaltenango)",
    languages=["es"], fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["image"],
    account_required=False, registration_form=(8, 5, ["id_document", "phone", "affiliation"]),
    min_age=16, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "participar.html", "intervenir.html", "borrador.html", "accesibilidad.html"],
    deliberate_404=["actas-2026.html"],
    evidence={
        "languages": [Q("index.html", "La Municipalidad invita a vecinas, vecinos, comités de aldea y organizaciones"),
                      N("the K'iche' greeting \"Saqarik!\" is not content, and K'iche' has no ISO 639-1 code")],
        "un_languages": [N("es")],
        "fees": [N("no price of taking part"),
                 Q("borrador.html", "El presupuesto previsto para la nueva planta de compostaje es de Q 14.500.000",
                   "budget under consultation: not a fee"),
                 Q("tarifa.html", "Tasa domiciliar actual: Q 25 al mes.", "tariff under consultation: not a fee"),
                 Q("noticias.html", "pasaje Q 3", "bus fare: not a fee"),
                 Q("empleo.html", "salario de Q 6.800 mensuales", "salary: not a fee")],
        "free_option": [Q("participar.html", "Participar en la consulta no tiene ningún costo.")],
        "fee_support": [Q("participar.html", "saldrá un bus gratuito dos horas antes de cada audiencia")],
        "remote_participation": [Q("participar.html", "quienes se conecten pueden levantar la mano y la moderadora les dará la palabra")],
        "captcha": [M("intervenir.html", '<img src="img/codigo.svg" alt="Código de verificación"'),
                    Q("intervenir.html", "Escriba el código de la imagen *")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("8 fields (name, DPI, phone, zone select, organisation, topic select, summary textarea, "
                                "image-code text box); 5 marked *; sensitive id_document, phone, affiliation",
                                "intervenir.html"),
                              Q("intervenir.html", "Número de DPI *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online request form")],
        "min_age": [Q("participar.html", "Pueden solicitar la palabra personas desde los dieciséis años.", "16, in words")],
        "accessibility_statement": [Q("accesibilidad.html", "está en la planta baja y es accesible en silla de ruedas")],
        "access_services": [Q("accesibilidad.html", "es accesible en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "intérpretes de LENSEGUA", "sign_language"),
                            Q("accesibilidad.html", "interpretación entre el k'iche' y el español", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("borrador.html", "El borrador del plan se publica únicamente en PDF"),
                               M("borrador.html", 'href="docs/borrador-plan-residuos.pdf"')],
    })
