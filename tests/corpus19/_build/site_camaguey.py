from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción de obras"), ("acreditacion.html", "Acreditación"),
       ("talleres.html", "Talleres"), ("accesibilidad.html", "Accesibilidad"), ("alojamiento.html", "Alojamiento y viaje"),
       ("premios.html", "Premios"), ("noticias.html", "Noticias")]
s = mk("festival-cine-aficionado-camaguey", "Festival Nacional de Cine Aficionado de Camagüey", "es-CU", "#7a1f5c", "FCA", NAV,
       foot={"es-CU": "<p>Asociación de Realizadores Aficionados · Calle República, Camagüey · festival@cineaficionado.example.cu</p>"})
placeholder_media(s, "media/trailer-a.mp4")
placeholder_media(s, "media/trailer-b.mp4")
s.pdf("docs/ficha-inscripcion-2027.pdf", "Festival Nacional de Cine Aficionado - ficha de inscripcion 2027\nTitulo de la obra:\nRealizador:\nFirma:")

s.page("index.html", "Festival Nacional de Cine Aficionado de Camagüey 2027", f"""
<h1>Festival Nacional de Cine Aficionado — Camagüey 2027</h1>
<p>Del 3 al 7 de noviembre, realizadores aficionados de todas las provincias muestran sus cortos de ficción, documentales y animados en el cine Casablanca y en la plaza del Carmen. Las proyecciones son gratuitas para el público; los realizadores se acreditan y pueden tomar talleres.</p>
<p><a href="@inscripcion.html">Inscribir una obra</a> · <a href="@acreditacion.html">Acreditación</a> · <a href="@talleres.html">Talleres</a> · <a href="@accesibilidad.html">Accesibilidad</a></p>
<h2>Tráileres de la edición anterior</h2>
{video("media/trailer-a.mp4")}
{video("media/trailer-b.mp4")}
<section>
<h2>For visitors from abroad</h2>
<p>The National Amateur Film Festival gathers amateur filmmakers from every Cuban province in Camagüey from 3 to 7 November. Screenings at the Casablanca cinema are free for the public. Filmmakers from abroad can enter their short films and take part in the workshops; the accreditation fee for foreign filmmakers is 40 USD.</p>
</section>
""")

s.page("inscripcion.html", "Inscripción de obras", """
<h1>Inscripción de obras</h1>
<p>La inscripción de obras se hace solo con la ficha de inscripción en PDF: <a href="@docs/ficha-inscripcion-2027.pdf">descargar la ficha (PDF)</a>. Se imprime, se firma y se entrega en la sede de la Asociación o se envía escaneada a obras@cineaficionado.example.cu con el enlace de descarga de la obra.</p>
<p>No hay inscripción en línea.</p>
<p>Pueden inscribir obras realizadores a partir de los catorce años; los menores de edad necesitan la firma de su madre, padre o tutor en la ficha.</p>
<p>Fecha límite: 15 de septiembre de 2027.</p>
""")

s.page("acreditacion.html", "Acreditación", """
<h1>Acreditación de realizadores</h1>
<table><thead><tr><th>Categoría</th><th>Precio</th></tr></thead><tbody>
<tr><td>Realizadores cubanos</td><td>200 CUP</td></tr>
<tr><td>Realizadores extranjeros</td><td>40 USD</td></tr>
</tbody></table>
<p>La acreditación incluye la entrada a todos los debates y la merienda diaria. Las proyecciones son gratuitas para el público y no requieren acreditación.</p>
<p>El festival es solo presencial: no hay proyecciones ni debates en línea.</p>
""")

s.page("talleres.html", "Talleres", """
<h1>Talleres</h1>
<div class="card"><h2>Taller de guion para cortometrajes</h2><span class="price">150 pesos cubanos</span><p>Tres sesiones con una guionista del ICAIC. Cupo: 15 personas.</p></div>
<p>No hay becas ni descuentos; el transporte y el alojamiento corren por cuenta de cada participante.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El cine Casablanca tiene rampa de acceso y espacio para sillas de ruedas en la platea. La plaza del Carmen es llana.</p>
<p>Las películas extranjeras se proyectan con subtítulos en español.</p>
<p>Si necesita ayuda para llegar o para entrar a la sala, escriba a acceso@cineaficionado.example.cu.</p>
""")

s.page("alojamiento.html", "Alojamiento y viaje", """
<h1>Alojamiento y viaje</h1>
<p>Casas particulares en el centro histórico desde 25 USD o 6 000 CUP la noche. El ómnibus Víazul La Habana–Camagüey cuesta 38 USD.</p>
""")

s.page("premios.html", "Premios", """
<h1>Premios</h1>
<p>Gran Premio: 5 000 CUP y una cámara donada por la Asociación. Premio del público: 2 000 CUP.</p>
""")

s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<ul><li>Abierta la inscripción de obras para 2027.</li><li>El jurado de este año.</li></ul>
<p><a href="@palmares-2025.html">Palmarés 2025</a></p>
""")

ENTRY = entry(s,
    name="National Amateur Film Festival, Camagüey 2027 (amateur filmmakers' association, Camagüey)",
    languages=["es", "en"],
    fees=[(200, "CUP"), (40, "USD"), (150, "CUP")],
    free_option=True, fee_support=False, remote_participation=False, captcha=[],
    account_required=False, registration_form=None, registration_host=None, registration_pdf_only=True,
    min_age=14, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=2, pdf_only_documents=True,
    participation_pages=["index.html", "inscripcion.html", "acreditacion.html", "talleres.html", "accesibilidad.html"],
    deliberate_404=["palmares-2025.html"],
    evidence={
        "languages": [Q("index.html", "realizadores aficionados de todas las provincias muestran sus cortos"),
                      Q("index.html", "The National Amateur Film Festival gathers amateur filmmakers from every Cuban province",
                        "English section without a lang attribute: counts")],
        "un_languages": [N("es, en")],
        "fees": [Q("acreditacion.html", "Realizadores cubanos 200 CUP", "200 CUP"),
                 Q("acreditacion.html", "Realizadores extranjeros 40 USD", "40 USD"),
                 Q("talleres.html", "Taller de guion para cortometrajes 150 pesos cubanos", "150 CUP"),
                 Q("index.html", "the accreditation fee for foreign filmmakers is 40 USD", "English restatement: no new entry"),
                 Q("alojamiento.html", "Casas particulares en el centro histórico desde 25 USD o 6 000 CUP la noche.", "lodging and bus: not fees"),
                 Q("premios.html", "Gran Premio: 5 000 CUP", "prizes: not fees")],
        "free_option": [Q("acreditacion.html", "Las proyecciones son gratuitas para el público y no requieren acreditación.")],
        "fee_support": [Q("talleres.html", "No hay becas ni descuentos; el transporte y el alojamiento corren por cuenta de cada participante.")],
        "remote_participation": [Q("acreditacion.html", "El festival es solo presencial: no hay proyecciones ni debates en línea.")],
        "captcha": [N("no form on the site")],
        "account_required": [N("PDF entry form; no platform, no account")],
        "registration_form": [N("no HTML form: registration is the PDF entry form only")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("inscripcion.html", "La inscripción de obras se hace solo con la ficha de inscripción en PDF"),
                                  Q("inscripcion.html", "No hay inscripción en línea.")],
        "min_age": [Q("inscripcion.html", "Pueden inscribir obras realizadores a partir de los catorce años", "14, in words; parental signature for minors is not a limit")],
        "accessibility_statement": [Q("accesibilidad.html", "El cine Casablanca tiene rampa de acceso y espacio para sillas de ruedas en la platea."),
                                    Q("accesibilidad.html", "escriba a acceso@cineaficionado.example.cu")],
        "access_services": [Q("accesibilidad.html", "tiene rampa de acceso y espacio para sillas de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Las películas extranjeras se proyectan con subtítulos en español.", "translation subtitles: not captions")],
        "videos_without_captions": [M("index.html", 'src="media/trailer-a.mp4">', "no track"),
                                    M("index.html", 'src="media/trailer-b.mp4">', "no track")],
        "pdf_only_documents": [Q("inscripcion.html", "La inscripción de obras se hace solo con la ficha de inscripción en PDF", "PDF-only entry form")],
    })
