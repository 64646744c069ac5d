"""Traditional midwives' gathering, Quibdó (es-CO, Emberá greeting: not listable)."""
from lib import *

NAV = [("index.html", "Inicio"), ("costos.html", "Costos"), ("inscripcion.html", "Inscripción"),
       ("preguntas.html", "Preguntas frecuentes"), ("accesibilidad.html", "Accesibilidad"),
       ("hospedaje.html", "Hospedaje y transporte"), ("aliados.html", "Aliados"), ("empleos.html", "Empleos")]
s = mk("encuentro-parteras-tradicionales-quibdo", "Encuentro de Parteras del Pacífico 2027", "es-CO", "#6a2c70", "EP", NAV,
       foot={"es-CO": '<p>Asociación de Parteras Unidas del Atrato (ficticia) · Quibdó, Chocó · contacto@parteras-atrato.example.co</p>'})
s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7KQ4M</text></svg>\n')

s.page("index.html", "Encuentro de Parteras del Pacífico 2027 — Quibdó", """
<h1>Encuentro de Parteras del Pacífico 2027</h1>
<p class="note">Saludo en emberá: «Bia bʌ».</p>
<p>Del 9 al 11 de septiembre, en el coliseo del barrio Kennedy, parteras tradicionales del Atrato, el San Juan y el Baudó se
sientan con médicas, enfermeros y estudiantes para compartir saberes sobre el parto, las plantas y la atención de
emergencias obstétricas en zonas ribereñas.</p>
<p><a href="@costos.html">Costos</a> · <a href="@inscripcion.html">Inscripción</a> · <a href="@memorias-2025.html">Memorias del encuentro 2025</a></p>
""")

s.page("costos.html", "Costos — Encuentro de Parteras", """
<h1>Costos de participación</h1>
<ul>
  <li>Profesionales de la salud: $180.000</li>
  <li>Estudiantes de medicina, enfermería y salud pública: $60.000</li>
  <li>Parteras tradicionales: sin costo</li>
</ul>
<p>Las parteras que vienen de veredas ribereñas reciben apoyo para el transporte fluvial de ida y vuelta.</p>
""")

s.page("inscripcion.html", "Inscripción — Encuentro de Parteras", """
<h1>Inscripción</h1>
<p>Pueden inscribirse personas con dieciocho años cumplidos.</p>
<form action="@inscripcion.html" method="post">
""" + fld("nombre", "Nombre completo (obligatorio)") + fld("cedula", "Número de cédula (obligatorio)")
    + fld("nac", "Fecha de nacimiento", "date") + fld("cel", "Celular (obligatorio)", "tel") + fld("correo", "Correo electrónico", "email")
    + fld("mun", "Municipio", "select", opts=["Quibdó", "Bojayá", "Medio Atrato", "Istmina", "Otro"])
    + fld("perfil", "Perfil", "select", opts=["Partera tradicional", "Profesional de la salud", "Estudiante"])
    + fld("org", "Institución u organización") + fld("taller", "Quiero participar en el taller de plantas medicinales", "checkbox")
    + fld("lancha", "Solicito apoyo de transporte fluvial", "checkbox") + fld("coment", "Comentarios", "textarea") + """
<p><img src="@img/codigo.svg" alt="Código de seguridad" width="120" height="40"></p>
""" + fld("codigo", "Escriba el código de seguridad (obligatorio)") + """
<button type="submit">Enviar inscripción</button>
</form>
""")

s.page("preguntas.html", "Preguntas frecuentes — Encuentro de Parteras", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Se puede participar de manera virtual?</summary><p>No. El encuentro es presencial; no habrá transmisión ni participación virtual.</p></details>
<details><summary>¿Puedo llevar a mis hijos?</summary><p>Sí, pero no contamos con servicio de cuidado infantil.</p></details>
""")

s.page("accesibilidad.html", "Accesibilidad — Encuentro de Parteras", """
<h1>Accesibilidad</h1>
<p>El coliseo tiene rampa de acceso y baños adaptados para sillas de ruedas.</p>
<p>Habrá intérprete de lengua de señas colombiana (LSC) en las plenarias e interpretación español–emberá en los círculos de palabra.</p>
<p>Si necesita otro apoyo, escriba a accesibilidad@parteras-atrato.example.co.</p>
""")

s.page("hospedaje.html", "Hospedaje y transporte — Encuentro de Parteras", """
<h1>Hospedaje y transporte</h1>
<p>Hotel aliado en el centro: $150.000 la noche. La lancha rápida de Bellavista a Quibdó cuesta alrededor de $80.000.</p>
""")

s.page("aliados.html", "Aliados — Encuentro de Parteras", """
<h1>Aliados</h1>
<p>Paquete aliado principal: $5.000.000. Stand institucional: $700.000.</p>
""")

s.page("empleos.html", "Empleos — Encuentro de Parteras", """
<h1>Convocatorias</h1>
<p>Enfermera jefe para brigadas rurales, salario $3.200.000 mensuales.</p>
""")

ENTRY = entry(s, name="Pacific traditional midwives' gathering 2027 (midwives' association, Quibdó, Colombia)",
    languages=["es"],
    fees=[(180000, "COP"), (60000, "COP")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["image"],
    account_required=False, registration_form=(12, 4, ["id_document", "birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "costos.html", "inscripcion.html", "preguntas.html", "accesibilidad.html"],
    deliberate_404=["memorias-2025.html"],
    evidence={
        "languages": [Q("index.html", "parteras tradicionales del Atrato, el San Juan y el Baudó se sientan con médicas"),
                      Q("index.html", "Saludo en emberá: «Bia bʌ».", "Emberá greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("es")],
        "fees": [Q("costos.html", "Profesionales de la salud: $180.000"),
                 Q("costos.html", "Estudiantes de medicina, enfermería y salud pública: $60.000"),
                 Q("hospedaje.html", "Hotel aliado en el centro: $150.000 la noche.", "hotel, lancha: not fees"),
                 Q("aliados.html", "Paquete aliado principal: $5.000.000.", "sponsor: not a fee"),
                 Q("empleos.html", "salario $3.200.000 mensuales", "salary: not a fee")],
        "free_option": [Q("costos.html", "Parteras tradicionales: sin costo")],
        "fee_support": [Q("costos.html", "reciben apoyo para el transporte fluvial de ida y vuelta")],
        "remote_participation": [Q("preguntas.html", "no habrá transmisión ni participación virtual.")],
        "captcha": [M("inscripcion.html", '<img src="img/codigo.svg" alt="Código de seguridad"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("12 fields (name, cédula, birth date, mobile, e-mail, municipality, profile, organisation, two checkboxes, comments, code box); 4 marked (obligatorio); sensitive id_document, birth_date, phone, affiliation", "inscripcion.html"),
                              Q("inscripcion.html", "Número de cédula (obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "Pueden inscribirse personas con dieciocho años cumplidos.")],
        "accessibility_statement": [Q("accesibilidad.html", "El coliseo tiene rampa de acceso y baños adaptados para sillas de ruedas.")],
        "access_services": [Q("accesibilidad.html", "rampa de acceso y baños adaptados para sillas de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Habrá intérprete de lengua de señas colombiana (LSC) en las plenarias", "sign_language"),
                            Q("accesibilidad.html", "interpretación español–emberá en los círculos de palabra", "interpretation"),
                            Q("preguntas.html", "no contamos con servicio de cuidado infantil.", "childcare negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
