"""GNCF84 Community Forum, Kobe (modelled on ICANN public meeting sites and their language versions)."""
from lib import Site, css, nav

NAV = [("index.html", "Overview"), ("schedule.html", "Schedule"), ("register.html", "Register"),
       ("fellowship.html", "Fellowship &amp; NextGen"), ("remote.html", "Remote Participation"),
       ("accessibility.html", "Accessibility"), ("accommodation.html", "Accommodation &amp; Travel")]
LANGS = [("ar/index.html", "ar", "العربية"), ("index.html", "en", "English"), ("es/index.html", "es", "Español"),
         ("fr/index.html", "fr", "Français"), ("ru/index.html", "ru", "Русский"), ("zh/index.html", "zh", "中文"),
         ("ja/index.html", "ja", "日本語")]


def header(path, lang):
    switch = " ".join(f'<a href="@{p}" hreflang="{h}" lang="{h}">{t}</a>' for p, h, t in LANGS)
    return f"""<div class="dialog-off-canvas-main-canvas">
<header class="top" role="banner">
  <div class="bar">
    <a class="brand" href="@index.html"><img src="@img/logo.svg" alt="" width="44" height="44"> GNCF84 Community Forum · Kobe</a>
    <nav class="langs" aria-label="Languages">{switch}</nav>
  </div>
  {nav(NAV, path)}
</header>
<main role="main">"""


def footer(path, lang):
    return """</main>
<footer class="foot"><div>
  <p>Global Names Coordination Council (GNCC) · Meetings Team · meetings@gncc.example.org</p>
  <p><a href="@accessibility.html">Accessibility</a> · <a href="@remote.html">Remote Participation</a> · Expected Standards of Behavior apply to all participants.</p>
</div></footer>
</div>"""


s = Site("gncf84-kobe", name="GNCF84 Community Forum", lang="en", css=css("#005a70"),
         logo_text="84", colour="#005a70", header=header, footer=footer)
ALT = [(h, p) for p, h, _ in LANGS]

s.page("index.html", "GNCF84 Community Forum | Kobe, Japan | 7–12 March 2026", """
<h1>GNCF84 Community Forum</h1>
<p><strong>7–12 March 2026 · Kobe International Conference Center, Kobe, Japan · UTC+9</strong></p>
<p>GNCF public meetings are where the multistakeholder community that coordinates the internet's naming
  system works in the open: supporting organizations and advisory committees hold their working sessions, the
  Board meets the community, and anyone can speak at the Public Forum.</p>
<h2>Take part</h2>
<ul>
  <li>Attendance is free of charge, in Kobe and remotely. Everyone must <a href="@register.html">register</a> with a Community Account.</li>
  <li>The <a href="@fellowship.html">Fellowship and NextGen programs</a> fund newcomers' travel.</li>
  <li>Every session can be joined through <a href="@remote.html">remote participation</a>, with the same right to speak.</li>
  <li>Main sessions have interpretation and live captioning; see <a href="@accessibility.html">Accessibility</a>.</li>
</ul>
<p>Information in other languages: <a href="@ar/index.html">العربية</a> · <a href="@es/index.html">Español</a> ·
  <a href="@fr/index.html">Français</a> · <a href="@ru/index.html">Русский</a> · <a href="@zh/index.html">中文</a> ·
  <a href="@ja/index.html">日本語（開催地からのご案内）</a></p>
""", alternates=ALT)

s.page("register.html", "Register | GNCF84", """
<h1>Register</h1>
<p>Registration is free of charge but required for all participants, in Kobe and remote. Log in with your
  Community Account to register; your badge is printed from your account details.</p>
<section class="card">
  <h2>Log in</h2>
  <form action="@register.html" method="post" id="login">
    <label for="lu">Username or email</label>
    <input type="text" id="lu" name="username" autocomplete="username" required>
    <label for="lpw">Password</label>
    <input type="password" id="lpw" name="password" autocomplete="current-password" required>
    <button type="submit">Log in and register</button>
  </form>
</section>
<section class="card">
  <h2>New here? Create a Community Account</h2>
  <form action="@register.html" method="post" id="create-account">
    <label for="fn">First name <span class="req">(required)</span></label>
    <input type="text" id="fn" name="first_name" autocomplete="given-name" required>
    <label for="ln">Last name <span class="req">(required)</span></label>
    <input type="text" id="ln" name="last_name" autocomplete="family-name" required>
    <label for="em">Email <span class="req">(required)</span></label>
    <input type="email" id="em" name="email" autocomplete="email" required>
    <label for="un">Username <span class="req">(required)</span></label>
    <input type="text" id="un" name="new_username" autocomplete="username" required>
    <label for="pw1">Password <span class="req">(required)</span></label>
    <input type="password" id="pw1" name="new_password" autocomplete="new-password" required>
    <label for="pw2">Confirm password <span class="req">(required)</span></label>
    <input type="password" id="pw2" name="confirm_password" autocomplete="new-password" required>
    <label for="cty">Country or territory of residence <span class="req">(required)</span></label>
    <select id="cty" name="country" autocomplete="country-name" required>
      <option value="">Select</option><option>Bangladesh</option><option>Brazil</option><option>Japan</option><option>Kenya</option><option>Nepal</option><option>Other</option>
    </select>
    <label for="org">Organization</label>
    <input type="text" id="org" name="organization" autocomplete="organization">
    <label for="sg">Stakeholder group</label>
    <select id="sg" name="stakeholder_group">
      <option>Civil society</option><option>Business</option><option>Government</option><option>Technical community</option><option>Academia</option>
    </select>
    <p class="check"><input type="checkbox" id="esb" name="esb" required>
      <label for="esb">I agree to abide by the Expected Standards of Behavior <span class="req">(required)</span></label></p>
    <p class="check"><input type="checkbox" id="news" name="newsletter">
      <label for="news">Send me the monthly community newsletter</label></p>
    <div class="g-recaptcha" data-sitekey="6LeGNCF84KobeDemoSiteKey000000000000000" data-size="normal"></div>
    <button type="submit">Create account</button>
  </form>
</section>
""")

s.page("fellowship.html", "Fellowship & NextGen | GNCF84", """
<h1>Fellowship and NextGen Programs</h1>
<h2>Fellowship</h2>
<p>The Fellowship Program brings newcomers from underserved regions into the community's work. Fellows
  receive economy-class airfare, hotel accommodation for the meeting and a daily allowance of US$ 60 for meals
  and local transport. Applicants must be at least 21 years old and able to take part in the whole meeting.</p>
<h2>NextGen</h2>
<p>NextGen is for students aged 18 to 30 who are studying at a university in the Asia-Pacific region. Selected
  participants present a research project to the community and receive travel and hotel support.</p>
<p>Applications for GNCF84 closed on 15 October 2025. Results were announced on 1 December 2025.</p>
""")

s.page("remote.html", "Remote Participation | GNCF84", """
<h1>Remote Participation</h1>
<p>Every session on the schedule has a Zoom room. Registered participants can join from anywhere and take part
  on the same terms as people in the room:</p>
<ul>
  <li>raise your hand in Zoom to be given the floor by the session chair;</li>
  <li>type a question or comment in the chat between &lt;QUESTION&gt; and &lt;/QUESTION&gt; tags to have it read aloud;</li>
  <li>speak at the Public Forum from the remote queue.</li>
</ul>
<p>Community-run remote hubs in Dhaka, Kathmandu and Ulaanbaatar offer a shared connection and a room to follow together.</p>
""")

s.page("accessibility.html", "Accessibility | GNCF84", """
<h1>Accessibility</h1>
<p>We want every participant to be able to follow and contribute to the meeting.</p>
<ul>
  <li>Live captioning in English is provided for all sessions, shown in the Zoom room and on screens in the meeting rooms.</li>
  <li>Simultaneous interpretation into Arabic, Chinese, French, Russian and Spanish is provided for the Public Forum and all plenary sessions; the opening ceremony also has Japanese interpretation.</li>
</ul>
<p>To request an accommodation, or if you have a question about the venue, write to accessibility@gncc.example.org at least three weeks before the meeting.</p>
""")

s.page("schedule.html", "Schedule | GNCF84", """
<h1>Schedule highlights</h1>
<table>
  <thead><tr><th scope="col">Day</th><th scope="col">Session</th><th scope="col">Room</th></tr></thead>
  <tbody>
    <tr><td>Sat 7 March</td><td>Newcomer Day</td><td>Main Hall</td></tr>
    <tr><td>Mon 9 March</td><td>Customer Standing Committee (CSC) Meeting</td><td>Room 301</td></tr>
    <tr><td>Mon 9 March</td><td>Universal Acceptance: Domain Names in Every Language and Script</td><td>Room 502</td></tr>
    <tr><td>Wed 11 March</td><td>Public Forum</td><td>Main Hall</td></tr>
    <tr><td>Thu 12 March</td><td>Public Board Meeting</td><td>Main Hall</td></tr>
  </tbody>
</table>
""")

s.page("accommodation.html", "Accommodation & Travel | GNCF84", """
<h1>Accommodation and Travel</h1>
<h2>Hotels</h2>
<table>
  <thead><tr><th scope="col">Hotel</th><th scope="col">Meeting rate per night</th><th scope="col">Distance</th></tr></thead>
  <tbody>
    <tr><td>Kobe Portopia Hotel</td><td>¥24,500 (single)</td><td>Connected</td></tr>
    <tr><td>Hotel Okura Kobe</td><td>¥28,000</td><td>15 minutes by Port Liner and walk</td></tr>
    <tr><td>Sannomiya Terminal Hotel</td><td>¥14,800</td><td>12 minutes</td></tr>
  </tbody>
</table>
<h2>Getting to Kobe</h2>
<p>From Kansai International Airport, the Kobe-Sky Marine ferry to Kobe Airport costs ¥1,880, and the airport
  limousine bus to Sannomiya costs ¥2,200. The Port Liner from Sannomiya to Shimin Hiroba station costs ¥210.
  Japan does not require a visa for short stays by citizens of many countries; check with the nearest Japanese embassy.</p>
""")

s.page("ar/index.html", "منتدى المجتمع GNCF84 | كوبي، اليابان", """
<h1>منتدى المجتمع GNCF84</h1>
<p><strong>7–12 آذار/مارس 2026 · مركز كوبي الدولي للمؤتمرات، كوبي، اليابان</strong></p>
<p>الاجتماعات العامة هي المكان الذي يعمل فيه مجتمع أصحاب المصلحة المتعددين المعني بتنسيق نظام أسماء النطاقات
  بشكل علني ومفتوح للجميع، ويمكن لأي شخص أن يأخذ الكلمة في المنتدى العام.</p>
<h2>كيف تشارك؟</h2>
<ul>
  <li>الحضور مجاني في كوبي وعن بُعد، لكن التسجيل إلزامي ويتطلب إنشاء حساب مجتمعي (صفحة التسجيل باللغة الإنجليزية).</li>
  <li>يموّل برنامجا الزمالة وNextGen سفر القادمين الجدد وإقامتهم.</li>
  <li>يمكن الانضمام إلى كل جلسة عن بُعد عبر Zoom ورفع اليد لطلب الكلمة.</li>
  <li>تتوفر الترجمة الفورية إلى العربية في المنتدى العام والجلسات العامة، إضافة إلى الترجمة النصية المباشرة بالإنجليزية.</li>
</ul>
""", lang="ar", dir="rtl", alternates=ALT)

s.page("es/index.html", "Foro de la Comunidad GNCF84 | Kobe, Japón", """
<h1>Foro de la Comunidad GNCF84</h1>
<p><strong>Del 7 al 12 de marzo de 2026 · Centro Internacional de Conferencias de Kobe, Japón</strong></p>
<p>Las reuniones públicas son el espacio donde la comunidad de múltiples partes interesadas que coordina el
  sistema de nombres de internet trabaja de forma abierta. Cualquier persona puede tomar la palabra en el Foro Público.</p>
<h2>Cómo participar</h2>
<ul>
  <li>La asistencia es gratuita, en Kobe y a distancia, pero es obligatorio inscribirse con una cuenta de la comunidad (página en inglés).</li>
  <li>Los programas Fellowship y NextGen financian el viaje y el alojamiento de personas que participan por primera vez.</li>
  <li>Todas las sesiones tienen una sala de Zoom: levante la mano para pedir la palabra.</li>
  <li>El Foro Público y las sesiones plenarias cuentan con interpretación simultánea al español y subtítulos en vivo en inglés.</li>
</ul>
""", lang="es", alternates=ALT)

s.page("fr/index.html", "Forum communautaire GNCF84 | Kobe, Japon", """
<h1>Forum communautaire GNCF84</h1>
<p><strong>Du 7 au 12 mars 2026 · Centre international de conférences de Kobe, Japon</strong></p>
<p>Les réunions publiques sont le lieu où la communauté multipartite qui coordonne le système de nommage de
  l'internet travaille au grand jour. Chacun peut prendre la parole lors du Forum public.</p>
<h2>Comment participer</h2>
<ul>
  <li>La participation est gratuite, à Kobe comme à distance, mais l'inscription avec un compte communautaire est obligatoire (page en anglais).</li>
  <li>Les programmes Fellowship et NextGen financent le voyage et l'hébergement des nouveaux venus.</li>
  <li>Chaque séance dispose d'une salle Zoom : levez la main pour demander la parole.</li>
  <li>Le Forum public et les séances plénières bénéficient d'une interprétation simultanée vers le français et d'un sous-titrage en direct en anglais.</li>
</ul>
""", lang="fr", alternates=ALT)

s.page("ru/index.html", "Форум сообщества GNCF84 | Кобе, Япония", """
<h1>Форум сообщества GNCF84</h1>
<p><strong>7–12 марта 2026 года · Международный конференц-центр Кобе, Япония</strong></p>
<p>Открытые встречи — это место, где многостороннее сообщество, координирующее систему имён интернета,
  работает публично. Выступить на Открытом форуме может любой участник.</p>
<h2>Как принять участие</h2>
<ul>
  <li>Участие бесплатное — как в Кобе, так и дистанционно, но необходимо зарегистрироваться с учётной записью сообщества (страница на английском языке).</li>
  <li>Программы Fellowship и NextGen оплачивают проезд и проживание новичков.</li>
  <li>К каждой сессии можно подключиться через Zoom и «поднять руку», чтобы взять слово.</li>
  <li>На Открытом форуме и пленарных заседаниях работает синхронный перевод на русский язык и английские субтитры в реальном времени.</li>
</ul>
""", lang="ru", alternates=ALT)

s.page("zh/index.html", "GNCF84 社群论坛 | 日本神户", """
<h1>GNCF84 社群论坛</h1>
<p><strong>2026年3月7日至12日 · 日本神户国际会议中心</strong></p>
<p>公开会议是负责协调互联网名称系统的多利益相关方社群公开开展工作的场所，任何人都可以在公共论坛上发言。</p>
<h2>如何参与</h2>
<ul>
  <li>无论在神户现场还是远程参会，均免费参加，但所有人都须使用社群账户注册（注册页面为英文）。</li>
  <li>研究员项目和 NextGen 项目为首次参会者提供差旅和住宿资助。</li>
  <li>每场会议均设有 Zoom 会议室，远程参会者可举手申请发言。</li>
  <li>公共论坛和全体会议提供中文同声传译和英文实时字幕。</li>
</ul>
""", lang="zh", alternates=ALT)

s.page("ja/index.html", "GNCF84 神戸会合 開催地からのご案内", """
<h1>GNCF84 神戸会合へようこそ</h1>
<p><strong>2026年3月7日〜12日 · 神戸国際会議場</strong></p>
<p>GNCF の公開会合が日本で開催されるのは6年ぶりです。参加登録は無料で、どなたでも会場またはオンラインで参加できます。登録にはコミュニティアカウントの作成が必要です（登録ページは英語です）。</p>
<h2>会場へのアクセス</h2>
<p>三宮駅からポートライナーで「市民広場」駅下車（片道210円、約10分）。関西国際空港からは神戸空港行きの高速船（1,880円）または三宮行きリムジンバス（2,200円）が便利です。</p>
<h2>地元のみなさまへ</h2>
<p>3月7日のニューカマーデーでは、日本語による入門セッションを行います。開会式には日本語の同時通訳があります。</p>
""", lang="ja", alternates=ALT)
