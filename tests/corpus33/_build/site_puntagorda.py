from lib import *

NAV = [("index.html", "Workshop"), ("fees.html", "Cost"), ("register.html", "Sign up"), ("questions.html", "Questions"),
       ("getting-here.html", "Getting here & access"), ("market.html", "Cacao market"), ("lodging.html", "Lodging"),
       ("news.html", "News")]
FOOT = {"en-BZ": '<p>Toledo Cacao Growers\' Circle, Front Street, Punta Gorda, Belize. circle@toledocacao.example.bz</p>'
        '<p><a href="@past/2024-photos.html">2024 photos</a></p>'}
s = mk("toledo-cacao-growers-grafting-workshop", "Toledo Cacao Grafting & Fermentation Workshop 2027", "en-BZ", "#5a3318",
       "TC", NAV, foot=FOOT)

s.page("index.html", "Toledo Cacao Grafting & Fermentation Workshop", """
<h1>Cacao Grafting &amp; Fermentation Workshop</h1>
<p lang="kek">Ma sa laach'ool!</p>
<p>Four mornings in the demonstration plot above San Pedro Columbia: budding and grafting old criollo trees, shade
management, and how to ferment and dry beans so that the buyers pay the better price.</p>
<p>8–11 March 2027. See what it <a href="@fees.html">costs</a> and <a href="@register.html">sign up</a>.</p>
<section>
<h2>En español</h2>
<p>Cuatro mañanas en la parcela demostrativa de San Pedro Columbia para aprender injertos, manejo de sombra y la
fermentación y el secado del cacao. La inscripción cuesta BZ$150 y el taller de chocolate es aparte. No hay becas este año.</p>
</section>
""")

s.page("fees.html", "Cost", """
<h1>What it costs</h1>
<p>Workshop seat (all four mornings, lunch included): <strong>BZ$150</strong>.</p>
<p>Optional afternoon chocolate-making session with the women's group in Maya Centre: <strong>BZ$60</strong>.</p>
<p>There are no free seats this year, and we cannot offer bursaries, reduced rates or help with bus fares.</p>
""")

s.page("register.html", "Sign up", f"""
<h1>Sign up</h1>
<p>Growers sixteen or older can sign up. Fields with * are needed.</p>
<form action="@register.html" method="post">
{fld("name", "Name *")}
{fld("ssn", "Social Security number *")}
{fld("phone", "Phone *", "tel")}
{fld("email", "E-mail *", "email")}
{fld("village", "Village", "select", opts=["San Pedro Columbia", "San Antonio", "Santa Cruz", "Other"])}
{fld("coop", "Cooperative or association")}
{radios("acres", "Size of your cacao plot", ["under 2 acres", "2 to 5 acres", "more than 5 acres"])}
{fld("choc", "Add the chocolate-making session", "checkbox")}
{fld("diet", "Anything we should know about food?", "textarea")}
<button type="submit">Sign up</button>
</form>
""")

s.page("questions.html", "Questions", """
<h1>Questions</h1>
<details open><summary>I live in Orange Walk. Can I join online?</summary>
<p>We will stream the grafting demonstration on our Facebook page, but it is for watching only; there is no way to ask questions or take part from home.</p></details>
<details><summary>Do I need an account?</summary><p>No, just the sign-up form.</p></details>
""")

s.page("getting-here.html", "Getting here & access", """
<h1>Getting here and access</h1>
<p>The cooperative hall has three steps at the entrance and no ramp, and the plot is on a slope. If you have difficulty
walking, call Ms Marisol Coc on 722-0000 and we will find a way for you to take part.</p>
""")

s.page("market.html", "Cacao market", """
<h1>Cacao market</h1>
<p>Dried fermented beans are bought at BZ$3.50 per pound this season.</p>
""")

s.page("lodging.html", "Lodging", """
<h1>Lodging and travel</h1>
<p>Guest houses in Punta Gorda from BZ$70 a night. The James bus from Belize City is about BZ$28; the shuttle from Chetumal costs 900 pesos mexicanos (MX$900).</p>
""")

s.page("news.html", "News", """
<h1>News</h1>
<p>Our circle now has 64 member families across eleven villages.</p>
""")

ENTRY = entry(
    s, name="Cacao grafting and fermentation workshop 2027 (Toledo cacao growers' circle, Punta Gorda, Belize)",
    languages=["en", "es"], fees=[(150, "BZD"), (60, "BZD")],
    free_option=False, fee_support=False, remote_participation=False, captcha=[], account_required=False,
    registration_form=(9, 4, ["id_document", "phone", "affiliation"]), min_age=16, accessibility_statement=True,
    access_services=[], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "questions.html", "getting-here.html"],
    deliberate_404=["past/2024-photos.html"],
    evidence={
        "languages": [Q("index.html", "Four mornings in the demonstration plot"),
                      Q("index.html", "Cuatro mañanas en la parcela demostrativa", "Spanish section without lang"),
                      M("index.html", '<p lang="kek">', "Q'eqchi' greeting: not listable")],
        "un_languages": [N("en, es")],
        "fees": [Q("fees.html", "BZ$150"), Q("fees.html", "Optional afternoon chocolate-making session", "add-on BZ$60"),
                 Q("index.html", "La inscripción cuesta BZ$150", "Spanish restatement: no new entry"),
                 Q("market.html", "BZ$3.50 per pound", "cacao price: not a fee"),
                 Q("lodging.html", "Guest houses in Punta Gorda from BZ$70 a night", "lodging, bus, MX$ shuttle: not fees")],
        "free_option": [Q("fees.html", "There are no free seats this year")],
        "fee_support": [Q("fees.html", "we cannot offer bursaries, reduced rates or help with bus fares")],
        "remote_participation": [Q("questions.html", "it is for watching only; there is no way to ask questions or take part from home", "FAQ only")],
        "captcha": [N("no CAPTCHA markup", "register.html")],
        "account_required": [Q("questions.html", "No, just the sign-up form.")],
        "registration_form": [N("9 fields: name*, SSN*, phone*, e-mail*, village select, cooperative, plot radio, "
                                "chocolate checkbox, diet textarea; required 4", "register.html"),
                              Q("register.html", "Social Security number *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", "Growers sixteen or older can sign up.")],
        "accessibility_statement": [Q("getting-here.html", "call Ms Marisol Coc on 722-0000 and we will find a way for you to take part",
                                      "contact for access needs")],
        "access_services": [Q("getting-here.html", "three steps at the entrance and no ramp", "no wheelchair access; no services")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
