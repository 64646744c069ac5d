from lib import *

NAV = [("index.html", "همایش"), ("hazine.html", "هزینه ثبت‌نام"), ("sabtenam.html", "ثبت‌نام"), ("pakhsh.html", "پخش زنده"),
       ("dastresi.html", "دسترسی‌پذیری"), ("pashto.html", "پښتو"), ("ketab.html", "نمایشگاه کتاب"), ("eskan.html", "اسکان و حامیان")]
s = mk("hamayesh-ketabdaran-rustaei-khorasan-mashhad", "همایش کتابداران کتابخانه‌های روستایی خراسان", "fa-IR", "#00695c", "کت", NAV,
       dir="rtl", foot={"fa-IR": "<p>انجمن کتابداران روستایی خراسان (نهاد خیالی) · مشهد، بلوار وکیل‌آباد، پلاک ۴۲ · hamayesh@rural-libraries.example.ir</p>"})

s.page("index.html", "همایش کتابداران کتابخانه‌های روستایی خراسان", """
<h1>نخستین همایش کتابداران کتابخانه‌های روستایی خراسان</h1>
<p>کتابداران روستاها، مربیان کتاب‌خوانی کودکان و پژوهشگران علم اطلاعات روزهای ۱۴ و ۱۵ مهر ۱۴۰۶ در مشهد گرد هم می‌آیند تا تجربه‌های خود را درباره کتابخانه‌های سیار، امانت کتاب در فصل برداشت و کتاب‌خوانی با کودکان مهاجر در میان بگذارند.</p>
<p><a href="@hazine.html">هزینه ثبت‌نام</a> · <a href="@sabtenam.html">ثبت‌نام در ایوند</a> · <a href="@pashto.html">په پښتو ولولئ</a></p>
""")

s.page("hazine.html", "هزینه ثبت‌نام", """
<h1>هزینه ثبت‌نام</h1>
<table>
<tr><th>گروه</th><th>هزینه</th></tr>
<tr><td>شرکت‌کنندگان</td><td>۲ میلیون تومان</td></tr>
<tr><td>دانشجویان علم اطلاعات و دانش‌شناسی</td><td>۹۰۰ هزار تومان</td></tr>
</table>
<p>کتابداران کتابخانه‌های روستایی بدون پرداخت هزینه در همایش شرکت می‌کنند.</p>
""")

s.page("sabtenam.html", "ثبت‌نام", """
<h1>ثبت‌نام</h1>
<p>ثبت‌نام فقط از طریق <a href="https://evand.com/">ایوند</a> انجام می‌شود؛ برای ثبت‌نام باید با شماره موبایل خود در ایوند وارد شوید.</p>
<p>شرکت‌کنندگان باید ۱۸ سال تمام داشته باشند.</p>
<h2>پرسش دارید؟</h2>
<form action="@sabtenam.html" method="post">
<label for="q_name">نام</label><input type="text" id="q_name" name="q_name">
<label for="q_mail">ایمیل</label><input type="email" id="q_mail" name="q_mail">
<label for="q_text">پرسش</label><textarea id="q_text" name="q_text" rows="3"></textarea>
<div class="arcaptcha" data-site-key="arc-mashhad-0000"></div>
<button type="submit">ارسال</button>
</form>
""")

s.page("pakhsh.html", "پخش زنده", """
<h1>پخش زنده</h1>
<p>سخنرانی‌های اصلی در آپارات پخش زنده می‌شوند؛ این پخش فقط برای تماشاست و امکان پرسش یا سخنرانی از راه دور وجود ندارد.</p>
""")

s.page("dastresi.html", "دسترسی‌پذیری", """
<h1>دسترسی‌پذیری</h1>
<p>سالن همایش در طبقه همکف است و ورودی آن سطح شیب‌دار برای ویلچر دارد.</p>
<p>برای همه سخنرانی‌ها زیرنویس همزمان روی پرده نمایش داده می‌شود.</p>
""")

s.page("pashto.html", "کنفرانس – پښتو", """
<h1>د کلیوالي کتابتونونو د کتابدارانو کنفرانس</h1>
<p>دا کنفرانس د ۱۴۰۶ کال د مهر په ۱۴ او ۱۵ نېټو په مشهد کې جوړېږي. افغان کتابداران او هغه ښوونکي چې له مهاجرو ماشومانو سره کتاب لولي، ښه راغلاست دی.</p>
<p>د ګډون فیس ۲ میلیون تومانه دی، او د زده کوونکو لپاره ۹۰۰ زره تومانه. د کلیو د کتابتونونو کتابداران وړیا ګډون کوي.</p>
<p>نوم لیکنه یوازې په ایوند کې کېږي او د موبایل شمېرې سره ننوتل پکار دي.</p>
""", lang="fa")

s.page("ketab.html", "نمایشگاه کتاب", """
<h1>نمایشگاه کتاب</h1>
<p>مجموعه «قصه‌های روستا» برای کتابخانه‌ها: ۳۵۰ هزار تومان.</p>
""")

s.page("eskan.html", "اسکان و حامیان", """
<h1>اسکان و حامیان</h1>
<p>هتل‌های نزدیک محل همایش: شبی ۹۵۰ هزار تومان.</p>
<p>اتوبوس هرات به مشهد: حدود ۲٬۵۰۰ افغانی.</p>
<p>حامی اصلی همایش: ۱۵۰ میلیون تومان.</p>
""")

ENTRY = entry(s, name="First conference of rural librarians of Khorasan (association of rural librarians, Mashhad, Iran)",
    languages=["fa", "ps"],
    fees=[(20000000, "IRR"), (9000000, "IRR")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["other"],
    account_required=True, registration_form=None,
    registration_host="evand.com", registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "hazine.html", "sabtenam.html", "pakhsh.html", "dastresi.html", "pashto.html"],
    evidence={
        "languages": [Q("index.html", "کتابداران روستاها، مربیان کتاب‌خوانی کودکان و پژوهشگران علم اطلاعات"),
                      M("pashto.html", '<html lang="fa" dir="rtl">', "whole page in Pashto declared fa"),
                      Q("pashto.html", "دا کنفرانس د ۱۴۰۶ کال د مهر په ۱۴ او ۱۵ نېټو په مشهد کې جوړېږي.")],
        "un_languages": [N("none: fa and ps are not UN languages")],
        "fees": [Q("hazine.html", "۲ میلیون تومان", "20,000,000 IRR"), Q("hazine.html", "۹۰۰ هزار تومان", "9,000,000 IRR students"),
                 Q("pashto.html", "د ګډون فیس ۲ میلیون تومانه دی", "Pashto restatement: no new entry"),
                 Q("ketab.html", "۳۵۰ هزار تومان", "books: not a fee"),
                 Q("eskan.html", "شبی ۹۵۰ هزار تومان", "hotel: not a fee"),
                 Q("eskan.html", "حدود ۲٬۵۰۰ افغانی", "AFN bus: not a fee"),
                 Q("eskan.html", "۱۵۰ میلیون تومان", "sponsor: not a fee")],
        "free_option": [Q("hazine.html", "کتابداران کتابخانه‌های روستایی بدون پرداخت هزینه در همایش شرکت می‌کنند.")],
        "fee_support": [Q("hazine.html", "دانشجویان علم اطلاعات و دانش‌شناسی", "student rate below the general fee"),
                        Q("hazine.html", "بدون پرداخت هزینه", "free for one group")],
        "remote_participation": [Q("pakhsh.html", "این پخش فقط برای تماشاست و امکان پرسش یا سخنرانی از راه دور وجود ندارد")],
        "captcha": [M("sabtenam.html", '<div class="arcaptcha"', "ArCaptcha: other")],
        "account_required": [Q("sabtenam.html", "برای ثبت‌نام باید با شماره موبایل خود در ایوند وارد شوید")],
        "registration_form": [N("no own registration form: only a 3-field question form; registration on Evand", "sabtenam.html")],
        "registration_host": [M("sabtenam.html", 'href="https://evand.com/"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q("sabtenam.html", "۱۸ سال تمام")],
        "accessibility_statement": [Q("dastresi.html", "ورودی آن سطح شیب‌دار برای ویلچر دارد")],
        "access_services": [Q("dastresi.html", "سالن همایش در طبقه همکف است و ورودی آن سطح شیب‌دار برای ویلچر دارد.", "wheelchair_access"),
                            Q("dastresi.html", "زیرنویس همزمان", "captions")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
