"""National conference on living urban heritage of a (fictional) heritage NGO, Isfahan (fa-IR, rtl; English page declared fa)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "خانه"), ("hazine.html", "هزینه‌ها"), ("sabtenam.html", "ثبت‌نام"), ("erae-online.html", "ارائهٔ آنلاین"),
       ("dastresi.html", "دسترس‌پذیری"), ("mehvarha.html", "محورها"), ("eghamat.html", "اقامت"), ("en/index.html", "English")]
s = mk("hamayesh-miras-shahri-zende-esfahan", "همایش ملی میراث شهری زنده – اصفهان ۱۴۰۶", "fa-IR", "#1565c0", "میراث", NAV,
       dir="rtl", foot={"fa-IR": '<p>انجمن دوستداران میراث شهری (سازمان خیالی) · اصفهان · '
                                 '<a href="mailto:info@example.ir">info@example.ir</a></p>'})
placeholder_media(s, "media/gozaresh-1405.mp4")
s.pdf("files/barname-1406.pdf", "Barname-ye hamayesh-e melli-ye miras-e shahri-ye zende 1406\nRooz-e avval: neshast-e eftetahiye\nRooz-e dovvom: kargah-ha")

s.page("index.html", "همایش ملی میراث شهری زنده – اصفهان ۱۴۰۶", f"""
<h1>همایش ملی میراث شهری زنده</h1>
<p>اصفهان، ۲۴ و ۲۵ اردیبهشت ۱۴۰۶، خانهٔ تاریخی ملاباشی. پژوهشگران، معماران، ساکنان محله‌های تاریخی و سازمان‌های
مردم‌نهاد دربارهٔ مرمت خانه‌های قدیمی، بازارها و زندگی روزمره در بافت تاریخی گفت‌وگو می‌کنند.</p>
<ul>
  <li><a href="@hazine.html">هزینهٔ ثبت‌نام</a></li>
  <li><a href="@sabtenam.html">ثبت‌نام در ایوند</a></li>
  <li><a href="@erae-online.html">ارائهٔ آنلاین مقاله</a></li>
  <li><a href="@dastresi.html">دسترس‌پذیری</a></li>
  <li><a href="@files/barname-1406.pdf">برنامهٔ همایش (PDF)</a></li>
  <li><a href="@en/index.html" hreflang="en">English</a></li>
  <li><a href="@maghalat-1405.html">مقاله‌های همایش ۱۴۰۵</a></li>
</ul>
<p>برنامهٔ کامل همایش فقط به صورت فایل PDF منتشر می‌شود.</p>
<h2>گزارش تصویری همایش ۱۴۰۵</h2>
{video("media/gozaresh-1405.mp4")}
""", alternates=[("fa", "index.html"), ("en", "en/index.html")])

s.page("hazine.html", "هزینه‌ها", """
<h1>هزینهٔ ثبت‌نام</h1>
<table>
  <tr><th>گروه</th><th>هزینه</th></tr>
  <tr><td>شرکت‌کنندهٔ عادی</td><td>۱٬۲۰۰٬۰۰۰ تومان</td></tr>
  <tr><td>اعضای سازمان‌های مردم‌نهاد میراثی</td><td>۸۵۰ هزار تومان</td></tr>
  <tr><td>ارائهٔ آنلاین مقاله</td><td>۴۰۰ هزار تومان</td></tr>
</table>
<p>تخفیف یا معافیت از پرداخت هزینه وجود ندارد.</p>
<p>هزینهٔ غرفه در نمایشگاه جانبی ۱۵ میلیون تومان است.</p>
""")

s.page("sabtenam.html", "ثبت‌نام", """
<h1>ثبت‌نام</h1>
<p>ثبت‌نام و پرداخت فقط از طریق سامانهٔ ایوند انجام می‌شود:</p>
<p><a class="button" href="https://evand.com/events/isfahan-living-heritage-1406">ثبت‌نام در ایوند</a></p>
<p class="note">برای ثبت‌نام باید با شمارهٔ موبایل وارد حساب کاربری ایوند شوید.</p>
""")

s.page("erae-online.html", "ارائهٔ آنلاین", """
<h1>ارائهٔ آنلاین مقاله</h1>
<p>نویسندگانی که نمی‌توانند به اصفهان بیایند، مقالهٔ خود را از طریق اسکای‌روم به‌صورت زنده ارائه می‌کنند و به پرسش‌های
حاضران در سالن پاسخ می‌دهند.</p>
""")

s.page("dastresi.html", "دسترس‌پذیری", """
<h1>دسترس‌پذیری</h1>
<p>سالن همایش در طبقهٔ دوم خانهٔ ملاباشی است و پله دارد؛ ساختمان آسانسور ندارد.</p>
<p>زیرنویس همزمان فارسی روی پردهٔ سالن و در پخش آنلاین نمایش داده می‌شود.</p>
<p>اگر برای حضور به کمک نیاز دارید، با خانم نرگس صفوی تماس بگیرید: access@example.ir</p>
""")

s.page("mehvarha.html", "محورها", """
<h1>محورهای همایش</h1>
<ul>
  <li>ثبت آثار در فهرست میراث ملی: تجربهٔ محلهٔ جلفا</li>
  <li>زبان معماری و آداب و رسوم محله</li>
  <li>دسترس‌پذیری بافت تاریخی برای سالمندان</li>
  <li>اقامتگاه‌های بوم‌گردی در خانه‌های قدیمی</li>
</ul>
""")

s.page("eghamat.html", "اقامت", """
<h1>اقامت و رفت‌وآمد</h1>
<p>هتل‌های نزدیک میدان نقش جهان از شبی ۲٫۵ میلیون تومان. بلیت اتوبوس تهران–اصفهان حدود ۴۵۰ هزار تومان.</p>
""")

s.page("en/index.html", "National Conference on Living Urban Heritage", """
<h1>National Conference on Living Urban Heritage</h1>
<p>Isfahan, 14–15 May 2027, at the historic Mollabashi House. Researchers, architects, residents of historic
neighbourhoods and NGOs discuss the restoration of old houses and bazaars and daily life in the historic fabric.</p>
<p>Registration fees: IRR 12,000,000 (1,200,000 toman); members of heritage NGOs IRR 8,500,000; online paper
presentation IRR 4,000,000. There are no discounts or waivers. Registration is on Evand and needs an Evand account
(login with a mobile number). Authors who cannot travel present live on Skyroom and answer questions from the hall.</p>
<p>The conference hall is on the second floor and has no lift; live Persian captions are shown in the hall.</p>
""", lang="fa", dir="ltr", alternates=[("fa", "index.html"), ("en", "en/index.html")])

ENTRY = entry(
    s, name="National Conference on Living Urban Heritage 1406 (fictional heritage NGO, Isfahan)",
    languages=["fa", "en"], fees=[(12000000, "IRR"), (8500000, "IRR"), (4000000, "IRR")],
    free_option=False, fee_support=False, remote_participation=True, captcha=[],
    account_required=True, registration_form=None, registration_host="evand.com",
    min_age=None, accessibility_statement=True, access_services=["captions"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "hazine.html", "sabtenam.html", "erae-online.html", "dastresi.html", "en/index.html"],
    deliberate_404=["maghalat-1405.html"],
    evidence={
        "languages": [Q("index.html", "پژوهشگران، معماران، ساکنان محله‌های تاریخی"),
                      Q("en/index.html", "Researchers, architects, residents of historic neighbourhoods and NGOs",
                        "whole English page declared lang=fa"),
                      M("en/index.html", '<html lang="fa">')],
        "un_languages": [N("en")],
        "fees": [Q("hazine.html", "۱٬۲۰۰٬۰۰۰ تومان", "1,200,000 toman = 12,000,000 IRR"),
                 Q("hazine.html", "۸۵۰ هزار تومان", "850 thousand toman = 8,500,000 IRR (NGO member rate)"),
                 Q("hazine.html", "۴۰۰ هزار تومان", "online paper presentation: a fee, 4,000,000 IRR"),
                 Q("en/index.html", "IRR 12,000,000 (1,200,000 toman)", "restated in rials in English: no new entries"),
                 Q("hazine.html", "هزینهٔ غرفه در نمایشگاه جانبی ۱۵ میلیون تومان است.", "exhibition stand: not a fee"),
                 Q("eghamat.html", "از شبی ۲٫۵ میلیون تومان", "hotel, bus: not fees")],
        "free_option": [Q("hazine.html", "تخفیف یا معافیت از پرداخت هزینه وجود ندارد.", "fees stated, nothing free")],
        "fee_support": [Q("hazine.html", "تخفیف یا معافیت از پرداخت هزینه وجود ندارد.",
                          "no support; NGO-member and online-presentation rates are not student rates")],
        "remote_participation": [Q("erae-online.html", "از طریق اسکای‌روم به‌صورت زنده ارائه می‌کنند و به پرسش‌های")],
        "captcha": [N("no form on the site")],
        "account_required": [Q("sabtenam.html", "برای ثبت‌نام باید با شمارهٔ موبایل وارد حساب کاربری ایوند شوید.")],
        "registration_form": [N("no own form; registration on evand.com")],
        "registration_host": [M("sabtenam.html", 'href="https://evand.com/events/isfahan-living-heritage-1406"')],
        "registration_pdf_only": [N("online registration")],
        "min_age": [N("no age limit"), Q("mehvarha.html", "دسترس‌پذیری بافت تاریخی برای سالمندان", "theme, not a limit")],
        "accessibility_statement": [Q("dastresi.html", "اگر برای حضور به کمک نیاز دارید، با خانم نرگس صفوی تماس بگیرید")],
        "access_services": [Q("dastresi.html", "زیرنویس همزمان فارسی روی پردهٔ سالن و در پخش آنلاین نمایش داده می‌شود."),
                            Q("dastresi.html", "سالن همایش در طبقهٔ دوم خانهٔ ملاباشی است و پله دارد؛ ساختمان آسانسور ندارد.",
                              "no wheelchair access"),
                            Q("mehvarha.html", "دسترس‌پذیری بافت تاریخی برای سالمندان", "theme title, not a service")],
        "videos_without_captions": [M("index.html", 'src="media/gozaresh-1405.mp4">', "no track")],
        "pdf_only_documents": [M("index.html", 'href="files/barname-1406.pdf"'),
                               Q("index.html", "برنامهٔ کامل همایش فقط به صورت فایل PDF منتشر می‌شود.")],
    })
