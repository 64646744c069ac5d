"""Lagos Youth Digital Summit: a youth summit. English with a French section for francophone
delegates and a one-line Yoruba greeting. Everyone pays (never said outright): ₦ in-person and
virtual delegate fees, USD for delegates from abroad. No support (explicit). Paid virtual delegates
take part. Friendly Captcha; date of birth, gender, phone. Ages 15–35. Programme only as PDF."""
from lib import Site, chrome, css

NAV = [("index.html", "Home"), ("register.html", "Register"), ("virtual.html", "Virtual delegates"),
       ("programme.html", "Programme"), ("accessibility.html", "Accessibility"), ("pitch.html", "Pitch competition"),
       ("travel.html", "Travel"), ("partners.html", "Partners"), ("faq.html", "FAQ")]
FOOT = {"en": '<p>Lagos Youth Digital Summit is convened by the Naija Youth Tech Network (fictional), Yaba, Lagos. '
              '<a href="mailto:hello@lyds.example.ng">hello@lyds.example.ng</a></p>'}
H, F = chrome("Lagos Youth Digital Summit 2026", {"en": NAV}, foot=FOOT)
s = Site("lagos-youth-digital-summit", name="Lagos Youth Digital Summit 2026", lang="en-NG",
         css=css("#008751"), logo_text="LYDS", colour="#008751", header=H, footer=F)

s.page("index.html", "Lagos Youth Digital Summit 2026 – 21–22 August, Yaba", """
<h1>Lagos Youth Digital Summit 2026</h1>
<p>Ẹ kú àbọ̀!</p>
<p>On 21 and 22 August 2026, young innovators, students, creators and activists from across West
Africa meet at the Landmark Hall in Yaba for two days of talks, workshops and a pitch competition.
Together we will draft the Lagos Youth Declaration on digital opportunity.</p>
<p><a class="button" href="@register.html">Register as a delegate</a> or join us as a
<a href="@virtual.html">virtual delegate</a>.</p>
<section lang="fr">
<h2>Pour les délégués francophones</h2>
<p>Le Sommet accueille chaque année des jeunes du Bénin, du Togo, du Niger et de Côte d'Ivoire. Les
délégués venant de l'extérieur du Nigeria paient des frais d'inscription de 30 USD, qui couvrent les
repas des deux journées et le kit du délégué.</p>
<p>Les séances se déroulent en anglais. Des volontaires francophones vous accueillent à l'aéroport et
au lieu du Sommet ; écrivez-nous en français à hello@lyds.example.ng pour toute question.</p>
</section>
""")

s.page("register.html", "Register – Lagos Youth Digital Summit 2026", """
<h1>Delegate registration</h1>
<table>
<caption>Delegate fees</caption>
<tr><th>Delegate type</th><th>Fee</th></tr>
<tr><td>In-person delegate (Nigeria)</td><td>₦10,000</td></tr>
<tr><td>Virtual delegate</td><td>₦2,500</td></tr>
<tr><td>In-person delegate from outside Nigeria</td><td>USD 30</td></tr>
</table>
<p>The fee covers lunch on both days, the delegate kit and your certificate of participation. After
you submit the form we e-mail you a payment link.</p>
<form action="@register.html" method="post">
<label for="fullname">Full name (required)</label><input type="text" id="fullname" name="fullname" aria-required="true">
<label for="email">E-mail address (required)</label><input type="email" id="email" name="email" aria-required="true">
<label for="phone">Phone number (WhatsApp) (required)</label><input type="tel" id="phone" name="phone" aria-required="true">
<label for="dob">Date of birth (required)</label><input type="date" id="dob" name="dob" aria-required="true">
<label for="gender">Gender</label>
<select id="gender" name="gender"><option value="">Prefer not to say</option><option>Female</option><option>Male</option><option>Another gender</option></select>
<label for="country">Country of residence (required)</label>
<select id="country" name="country" aria-required="true"><option value="">Choose</option><option>Nigeria</option><option>Ghana</option>
<option>Benin</option><option>Togo</option><option>Niger</option><option>Côte d'Ivoire</option><option>Other</option></select>
<label for="org">School, university or organisation</label><input type="text" id="org" name="org">
<fieldset><legend>Delegate type (required)</legend>
<input type="radio" id="dt1" name="dtype" value="in-person" aria-required="true"><label for="dt1">In person</label>
<input type="radio" id="dt2" name="dtype" value="virtual"><label for="dt2">Virtual</label>
</fieldset>
<label for="heard">How did you hear about the summit?</label>
<select id="heard" name="heard"><option value="">—</option><option>Friends</option><option>Social media</option><option>My school</option></select>
<div class="check"><input type="checkbox" id="confirm" name="confirm" aria-required="true"><label for="confirm">I confirm that I am between 15 and 35 years old and I accept the code of conduct (required)</label></div>
<div class="frc-captcha" data-sitekey="FCMLYDS2026A1B2C3D4E5" data-lang="en"></div>
<button type="submit">Register</button>
</form>
""")

s.page("virtual.html", "Virtual delegates – Lagos Youth Digital Summit 2026", """
<h1>Virtual delegates</h1>
<p>Can't travel to Lagos? Virtual delegates follow every plenary live and are full participants:
they ask questions in the live Q&amp;A, join the online breakout rooms of the workshops and vote on
each article of the Lagos Youth Declaration.</p>
<p>Register on the <a href="@register.html">registration page</a> and choose “Virtual”.</p>
""")

s.page("programme.html", "Programme – Lagos Youth Digital Summit 2026", """
<h1>Programme</h1>
<p>The full two-day programme, with rooms, speakers and workshop descriptions, is available as a PDF.</p>
<p><a href="@docs/lyds-2026-programme.pdf">Download the summit programme (PDF, 320 KB)</a></p>
""")
s.pdf("docs/lyds-2026-programme.pdf", """Lagos Youth Digital Summit 2026 - Programme
Day 1: opening plenary, workshops, pitch competition heats
Day 2: plenary on the Lagos Youth Declaration, pitch final, closing""")

s.page("accessibility.html", "Accessibility – Lagos Youth Digital Summit 2026", """
<h1>Accessibility</h1>
<p>We want every young person to be able to take part. If you have a disability or any access need,
call or WhatsApp our access coordinator on +234 800 000 0000 or e-mail access@lyds.example.ng.</p>
<ul>
<li>Nigerian Sign Language interpreters are on stage for all plenary sessions.</li>
<li>Landmark Hall has ramps at the entrance and a lift to the workshop rooms; wheelchair users have reserved spaces at the front of the hall.</li>
</ul>
""")

s.page("faq.html", "FAQ – Lagos Youth Digital Summit 2026", """
<h1>Frequently asked questions</h1>
<h2>Who can attend?</h2>
<p>Young people aged 15 to 35, the age range of the African Youth Charter. Most delegates last year were between 19 and 26.</p>
<h2>Do you offer travel support or fee waivers?</h2>
<p>No. We are unable to offer travel grants, fee waivers or discounts this year.</p>
<h2>Is lunch included?</h2>
<p>Yes, lunch and water are included for in-person delegates on both days.</p>
<h2>Where is the programme?</h2>
<p>On the <a href="@programme.html">programme page</a>, as a PDF.</p>
""")

s.page("pitch.html", "Pitch competition – Lagos Youth Digital Summit 2026", """
<h1>Youth Pitch Competition</h1>
<p>Ten teams pitch their start-up ideas on Day 2. The winning team receives a ₦1,000,000 seed grant;
the runner-up receives ₦500,000.</p>
""")

s.page("travel.html", "Travel – Lagos Youth Digital Summit 2026", """
<h1>Travel and accommodation</h1>
<ul>
<li>Yaba Suites: ₦85,000 per night.</li>
<li>University guest house: ₦30,000 per night.</li>
</ul>
<p>A BRT bus ride across the mainland costs about ₦500. A ride-hailing trip from the airport to Yaba costs around ₦6,000.
At the time of writing, $1 = ₦1,550.</p>
""")

s.page("partners.html", "Partners – Lagos Youth Digital Summit 2026", """
<h1>Partner with us</h1>
<ul>
<li>Platinum partner: ₦25,000,000</li>
<li>Gold partner: ₦12,000,000</li>
<li>Community partner: ₦2,000,000</li>
</ul>
""")
