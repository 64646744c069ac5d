"""Borderlands Civic Tech Conference 2026, San Diego (modelled on US regional civic-tech and developer conferences)."""
from lib import Site, css, nav

NAV = [("index.html", "Home"), ("schedule.html", "Schedule"), ("tickets.html", "Tickets"), ("accommodation.html", "Accommodation"),
       ("sponsors.html", "Sponsors"), ("jobs.html", "Jobs"), ("faq.html", "FAQ"), ("informacion.html", "En español")]


def header(path, lang):
    return f"""<header class="top">
  <div class="bar">
    <a class="brand" href="@index.html"><img src="@img/logo.svg" alt="" width="44" height="44"> Borderlands Civic Tech 2026</a>
  </div>
  {nav(NAV, path)}
</header>
<main>"""


def footer(path, lang):
    return """</main>
<footer class="foot"><div>
  <p>Borderlands Civic Tech is organized by Code for the Borderlands, a 501(c)(3) nonprofit. hola@borderlands.example.org</p>
  <p><a href="@coc.html">Code of Conduct</a> · <a href="@about.html">About</a></p>
</div></footer>"""


s = Site("borderlands-civic-tech", name="Borderlands Civic Tech 2026", lang="en-US", css=css("#ad1457"),
         logo_text="BCT", colour="#ad1457", header=header, footer=footer)

s.page("index.html", "Borderlands Civic Tech 2026 · San Diego · April 16–17", """
<h1>Borderlands Civic Tech 2026</h1>
<p><strong>April 16–17, 2026 · San Diego Central Library, 330 Park Blvd, San Diego, CA</strong></p>
<p>Two days for the people who build public-interest technology on both sides of the border: city and county
  digital teams, civic hackers, journalists, and community organizers from San Diego, Tijuana and beyond.
  Celebrating 10 years of the Borderlands community.</p>
<ul>
  <li><a href="@tickets.html">Tickets</a> — early bird until March 1.</li>
  <li>Everything you need to know about registering is in the <a href="@faq.html">FAQ</a>.</li>
  <li><a href="@informacion.html">Información en español</a>.</li>
</ul>
<p>Borderlands is an in-person-only event. Talks are recorded and published a few weeks later.</p>
""")

s.page("tickets.html", "Tickets · Borderlands Civic Tech 2026", """
<h1>Tickets</h1>
<table>
  <thead><tr><th scope="col">Ticket</th><th scope="col">Price</th><th scope="col">Includes</th></tr></thead>
  <tbody>
    <tr><td>Early bird (until March 1)</td><td>US$199</td><td>Both days, breakfast and lunch</td></tr>
    <tr><td>Regular</td><td>$249</td><td>Both days, breakfast and lunch</td></tr>
    <tr><td>Workshop day add-on (April 15)</td><td>$79</td><td>Hands-on workshops; requires a conference ticket</td></tr>
  </tbody>
</table>
<p>Paying from Mexico? At checkout you can pay in pesos: MX$3,400 for the early bird ticket and MX$4,250 for the regular ticket.</p>
<p>There are no free passes: every attendee, speakers included, buys a ticket. We don't offer scholarships,
  discounts or fee waivers this year. How to buy: see the <a href="@faq.html">FAQ</a>.</p>
""")

s.page("faq.html", "FAQ · Borderlands Civic Tech 2026", """
<h1>Frequently asked questions</h1>
<dl>
  <dt>How do I register?</dt>
  <dd>Your ticket is your registration. Buy it on <a href="https://ti.to/borderlands/civic-tech-2026">our Tito page</a>;
    you'll get an email with a QR code to show at the door. You don't need an account.</dd>
  <dt>Can I attend online?</dt>
  <dd>No, Borderlands is in person only. Recordings of the talks are published about three weeks after the conference.</dd>
  <dt>Can I transfer my ticket?</dt>
  <dd>Yes, from the link in your Tito confirmation email, until April 10.</dd>
  <dt>Is parking available?</dt>
  <dd>See the <a href="@accommodation.html">Accommodation</a> page for hotels and parking.</dd>
</dl>
""")

s.page("informacion.html", "Información en español · Borderlands Civic Tech 2026", """
<h1>Información en español</h1>
<p>Borderlands Civic Tech es una conferencia de dos días para quienes construyen tecnología de interés público a
  ambos lados de la frontera: equipos digitales de gobiernos municipales y de condado, desarrolladores cívicos,
  periodistas y organizaciones comunitarias de San Diego, Tijuana y otras ciudades de la región.</p>
<p>La conferencia se realiza el 16 y 17 de abril de 2026 en la Biblioteca Central de San Diego. Los boletos
  cuestan US$199 hasta el 1 de marzo y $249 después; el día de talleres cuesta $79 adicionales. Si pagas desde
  México puedes hacerlo en pesos: MX$3,400 o MX$4,250. No hay boletos gratuitos ni becas este año.</p>
<p>El evento es solo presencial. Para inscribirte, compra tu boleto en nuestra página de Tito; recibirás un
  correo con un código QR. Las charlas son en inglés y algunas en español.</p>
""")

s.page("accommodation.html", "Accommodation · Borderlands Civic Tech 2026", """
<h1>Accommodation</h1>
<p>Our hotel block at the Hilton San Diego Gaslamp Quarter is $189 per night plus tax, until March 20.
  Budget option: HI San Diego Downtown hostel, from $45 per night.</p>
<h2>Getting around</h2>
<p>The trolley stops two blocks from the library; a one-way fare is $2.50. A rideshare from San Diego
  International Airport costs about $25. Parking in the library garage costs $28 per day.</p>
<p>Coming from Tijuana? The Cross Border Xpress bridge costs $21.95 each way.</p>
""")

s.page("schedule.html", "Schedule · Borderlands Civic Tech 2026", """
<h1>Schedule</h1>
<ul>
  <li>Language Access in 311 Services: Lessons from Chula Vista</li>
  <li>Custom GIS Tools for Binational Watershed Data</li>
  <li>Accommodating Paper Forms in a Digital-First County</li>
  <li>Open Budgets, Open Borders?</li>
</ul>
""")

s.page("sponsors.html", "Sponsors · Borderlands Civic Tech 2026", """
<h1>Sponsor Borderlands</h1>
<ul>
  <li>Title sponsor — $25,000</li>
  <li>Community sponsor — $2,500</li>
  <li>Coffee sponsor — $5,000</li>
</ul>
""")

s.page("jobs.html", "Jobs · Borderlands Civic Tech 2026", """
<h1>Jobs</h1>
<ul>
  <li>Civic Technologist, City of San Diego — $95,000–$120,000</li>
  <li>Data Journalist, Frontera News — $68,000 a year</li>
</ul>
""")

s.page("coc.html", "Code of Conduct · Borderlands Civic Tech 2026", """
<h1>Code of Conduct</h1>
<p>Borderlands is dedicated to a harassment-free conference experience for everyone. Report issues to any organizer or conduct@borderlands.example.org.</p>
""")

s.page("about.html", "About · Borderlands Civic Tech 2026", """
<h1>About</h1>
<p>Code for the Borderlands has brought civic technologists together since 2016.</p>
""")
