from lib import mk, Q, M, N, entry

NAV = [("index.html", "Inicio"), ("asamblea.html", "Asamblea zonal"), ("inscripcion.html", "Inscribite"), ("votacion.html", "Votá en línea"),
       ("accesibilidad.html", "Accesibilidad"), ("proyectos.html", "Proyectos 2026"), ("noticias.html", "Noticias")]
s = mk("presupuesto-participativo-asamblea-montevideo", "Presupuesto Participativo — Asamblea del Municipio C", "es-UY", "#00788a", "PP", NAV,
       foot={"es-UY": '<p>Municipio C, Montevideo · <a href="@actas-2025.html">Actas 2025</a> · pp@municipioc.example.uy</p>'})
s.page("index.html", "Presupuesto Participativo 2027", """
<h1>Presupuesto Participativo 2027: ¿en qué invertimos en tu barrio?</h1>
<p>El Municipio C convoca a vecinas y vecinos a la asamblea zonal del sábado 17 de abril en el Club Atlético Goes, donde se presentan y priorizan las propuestas para plazas, veredas y centros culturales.</p>
<section lang="pt"><h2>Em português</h2><p>Vizinhos e vizinhas que falam português também podem apresentar propostas. A assembleia é aberta a todos os moradores do Município C, e haverá voluntários para ajudar com a inscrição e a votação.</p></section>
<p><a href="@asamblea.html">Cómo funciona la asamblea</a></p>
""")
s.page("asamblea.html", "Asamblea zonal", """
<h1>Asamblea zonal</h1>
<p>La participación es libre y gratuita. Pueden votar las personas residentes en el municipio a partir de los 16 años.</p>
<p>Quienes lo necesiten pueden pedir boletos de ómnibus sin costo para ir y volver de la asamblea en el Centro Comunal Zonal.</p>
<p><a class="button" href="@inscripcion.html">Inscribite a la asamblea</a></p>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción a la asamblea</h1>
<form action="@inscripcion.html" method="post">
<label for="n">Nombre y apellido (obligatorio)</label><input type="text" id="n" name="nombre">
<label for="ci">Cédula de identidad (obligatorio)</label><input type="text" id="ci" name="ci">
<label for="b">Barrio</label><select id="b" name="barrio"><option>Goes</option><option>Reducto</option><option>Aguada</option><option>Prado</option></select>
<label for="f">Fecha de nacimiento (obligatorio)</label><input type="date" id="f" name="nac">
<label for="e">Correo electrónico</label><input type="email" id="e" name="email">
<label for="t">Celular</label><input type="tel" id="t" name="cel">
<p class="check"><input type="checkbox" id="a" name="acepto" required><label for="a">Acepto las bases del Presupuesto Participativo</label></p>
<div class="frc-captcha" data-sitekey="FCMGD0000000000"></div>
<button type="submit">Enviar</button></form>
""")
s.page("votacion.html", "Votación en línea", """
<h1>Votá en línea</h1>
<p>Si no podés venir, podés votar las propuestas en línea durante la semana siguiente a la asamblea, con tu cédula y el código que te llega por SMS. Los votos en línea se suman a los de la asamblea.</p>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El club tiene acceso sin escalones y baño accesible para personas en silla de ruedas.</p>
<p>Habrá intérprete de Lengua de Señas Uruguaya durante toda la asamblea y un espacio de cuidados para niñas y niños de 3 a 10 años.</p>
<p>Si necesitás otro apoyo, escribinos a accesibilidad@municipioc.example.uy.</p>
""")
s.page("proyectos.html", "Proyectos 2026", """
<h1>Proyectos ganadores 2026</h1>
<p>Cada proyecto ganador recibe hasta $U 2.500.000 para su ejecución. La plaza de Reducto se renovó con $U 1.800.000.</p>
""")
s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>El boleto urbano cuesta $U 50 con tarjeta STM. Llamado a concurso: técnico/a en gestión cultural, sueldo nominal $U 62.000.</p>
""")
ENTRY = entry(s, name="Participatory budgeting assembly 2027 (municipal participatory-budgeting assembly, Montevideo)",
    languages=["es", "pt"], fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(7, 4, ["id_document", "birth_date", "phone"]), min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "asamblea.html", "inscripcion.html", "votacion.html", "accesibilidad.html"],
    deliberate_404=["actas-2025.html"],
    evidence={
        "languages": [Q("index.html", "El Municipio C convoca a vecinas y vecinos a la asamblea zonal"), Q("index.html", "Vizinhos e vizinhas que falam português também podem apresentar propostas.", "Portuguese section (lang=pt)")],
        "un_languages": [N("es")],
        "fees": [N("no price of taking part"), Q("proyectos.html", "Cada proyecto ganador recibe hasta $U 2.500.000 para su ejecución.", "project budget, not a fee"),
                 Q("noticias.html", "El boleto urbano cuesta $U 50 con tarjeta STM.", "bus fare"), Q("noticias.html", "sueldo nominal $U 62.000", "salary")],
        "free_option": [Q("asamblea.html", "La participación es libre y gratuita.")],
        "fee_support": [Q("asamblea.html", "Quienes lo necesiten pueden pedir boletos de ómnibus sin costo")],
        "remote_participation": [Q("votacion.html", "podés votar las propuestas en línea durante la semana siguiente a la asamblea")],
        "captcha": [M("inscripcion.html", '<div class="frc-captcha"')],
        "account_required": [N("no account")],
        "registration_form": [N("7 fields: name, cédula, barrio select, birth date, e-mail, mobile, checkbox. Required: name, cédula, birth date by '(obligatorio)', checkbox by required = 4. Sensitive: id_document, birth_date, phone.", "inscripcion.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("asamblea.html", "Pueden votar las personas residentes en el municipio a partir de los 16 años.")],
        "accessibility_statement": [Q("accesibilidad.html", "Si necesitás otro apoyo, escribinos a accesibilidad@municipioc.example.uy.")],
        "access_services": [Q("accesibilidad.html", "baño accesible para personas en silla de ruedas"),
                            Q("accesibilidad.html", "Habrá intérprete de Lengua de Señas Uruguaya durante toda la asamblea y un espacio de cuidados para niñas y niños de 3 a 10 años.", "sign language; childcare (ages of childcare are not a limit)")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
