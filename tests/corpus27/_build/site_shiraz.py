from lib import *

NAV = [("index.html", "صفحهٔ اصلی"), ("hazineh.html", "هزینهٔ شرکت"), ("sabtenam.html", "ثبت نام"),
       ("online.html", "ارائهٔ آنلاین"), ("dastresi.html", "دسترس پذیری"), ("eghamat.html", "اقامت و سفر"),
       ("hamiyan.html", "حامیان"), ("namayeshgah.html", "نمایشگاه")]
FOOT = {"fa-IR": '<p>انجمن علمی کشاورزی پایدار فارس (نهاد خیالی) · خیابان زند، شیراز · '
        '<a href="mailto:hamayesh@fars-agri.example.ir">hamayesh@fars-agri.example.ir</a></p>'}
s = mk("hamayesh-keshavarzi-paydar-shiraz", "همایش ملی کشاورزی پایدار و مدیریت آب", "fa-IR", "#2f6b3a", "کشا", NAV,
       foot=FOOT, dir="rtl")

s.page("index.html", "همایش ملی کشاورزی پایدار و مدیریت آب — شیراز", """
<h1>همایش ملی کشاورزی پایدار و مدیریت آب</h1>
<p>انجمن علمی کشاورزی پایدار فارس همایش ملی کشاورزی پایدار و مدیریت آب را در روزهای ۱۸ و ۱۹ اردیبهشت در دانشکدهٔ
کشاورزی شیراز برگزار می کند. پژوهشگران، دانشجویان، کارشناسان ترویج و کشاورزان دربارهٔ آبیاری کم فشار، احیای قنات ها
و کشت گیاهان مقاوم به خشکی گفتگو می کنند.</p>
<p>مهلت ارسال چکیدهٔ مقالات پایان فروردین است. <a href="@maghalat-1405.html">مقالات دورهٔ قبل</a></p>
<section lang="en" dir="ltr">
<h2>In English</h2>
<p>The Fars Society for Sustainable Agriculture holds its national conference on sustainable farming and water
management at the Shiraz faculty of agriculture. Researchers, students, extension officers and farmers discuss
low-pressure irrigation, the restoration of qanats and drought-tolerant crops.</p>
<p>Abstracts may be submitted in Persian or English; presentations can be given in the hall or online.</p>
</section>
""")

s.page("hazineh.html", "هزینهٔ شرکت", """
<h1>هزینهٔ شرکت در همایش</h1>
<ul>
<li>اعضای هیئت علمی و کارشناسان: ۸۰۰ هزار تومان</li>
<li>دانشجویان: ۳۰۰ هزار تومان</li>
<li>ارائهٔ آنلاین مقاله: ۴۰۰ هزار تومان</li>
</ul>
<p>حضور کشاورزان نمونهٔ استان در همایش رایگان است.</p>
""")

FORM = "".join([
    fld("name", "نام و نام خانوادگی (الزامی)", req=True),
    fld("melli", "کد ملی (الزامی)", req=True),
    fld("tavalod", "تاریخ تولد", "date"),
    fld("mobile", "شمارهٔ تلفن همراه (الزامی)", "tel", req=True),
    fld("email", "پست الکترونیک (الزامی)", "email", req=True),
    fld("org", "دانشگاه یا سازمان (الزامی)", req=True),
    radios("noe", "نوع شرکت (الزامی)", ["حضوری", "ارائهٔ آنلاین"], req=True),
    fld("mehvar", "محور مقاله", "select", opts=["آبیاری", "قنات", "گیاهان مقاوم به خشکی", "اقتصاد آب"]),
    fld("chekide", "فایل چکیده", "file"),
    fld("keshavarz", "کشاورز نمونهٔ استان هستم", "checkbox"),
])
s.page("sabtenam.html", "ثبت نام", f"""
<h1>ثبت نام در همایش</h1>
<form action="@sabtenam.html" method="post">
{FORM}
<div class="frc-captcha" data-sitekey="FCMFARSAGRI1406"></div>
<button type="submit">ارسال</button>
</form>
""")

s.page("online.html", "ارائهٔ آنلاین", """
<h1>ارائهٔ آنلاین</h1>
<p>ارائه دهندگان آنلاین مقالهٔ خود را به طور زنده در اسکای روم ارائه می کنند و به پرسش های حاضران در سالن پاسخ می دهند.</p>
""")

s.page("dastresi.html", "دسترس پذیری", """
<h1>دسترس پذیری</h1>
<p>سالن همایش دانشکده دارای رمپ و آسانسور برای ویلچر است.</p>
<p>برای جلسه های افتتاحیه و اختتامیه مترجم زبان اشاره حضور دارد.</p>
<p>برای نیازهای دیگر با دبیرخانه تماس بگیرید: <a href="mailto:dastresi@fars-agri.example.ir">dastresi@fars-agri.example.ir</a></p>
""")

s.page("eghamat.html", "اقامت و سفر", """
<h1>اقامت و سفر</h1>
<p>هتل پارس: شبی ۲ میلیون تومان. بلیت اتوبوس تهران به شیراز: ۴۵۰ هزار تومان.</p>
""")

s.page("hamiyan.html", "حامیان", """
<h1>حامیان</h1>
<p>بستهٔ حامی طلایی: ۵۰ میلیون تومان.</p>
""")

s.page("namayeshgah.html", "نمایشگاه", """
<h1>نمایشگاه جانبی</h1>
<p>اجارهٔ غرفهٔ نمایشگاه برای شرکت های آبیاری: ۱۵ میلیون تومان.</p>
""")

ENTRY = entry(s, name="National Conference on Sustainable Agriculture and Water Management (agricultural society, Shiraz, Iran)",
    languages=["fa", "en"], fees=[(8000000, "IRR"), (3000000, "IRR"), (4000000, "IRR")], free_option=True,
    fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 6, ["id_document", "birth_date", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "hazineh.html", "sabtenam.html", "online.html", "dastresi.html"],
    deliberate_404=["maghalat-1405.html"],
    evidence={
        "languages": [Q("index.html", "انجمن علمی کشاورزی پایدار فارس همایش ملی کشاورزی پایدار و مدیریت آب را"),
                      M("index.html", '<section lang="en" dir="ltr">', "English section with lang"),
                      Q("index.html", "The Fars Society for Sustainable Agriculture holds its national conference")],
        "un_languages": [N("en")],
        "fees": [Q("hazineh.html", "اعضای هیئت علمی و کارشناسان: ۸۰۰ هزار تومان", "8,000,000 IRR"),
                 Q("hazineh.html", "دانشجویان: ۳۰۰ هزار تومان", "3,000,000 IRR"),
                 Q("hazineh.html", "ارائهٔ آنلاین مقاله: ۴۰۰ هزار تومان", "online presentation 4,000,000 IRR"),
                 Q("eghamat.html", "هتل پارس: شبی ۲ میلیون تومان.", "hotel, bus, sponsor, stand: not fees")],
        "free_option": [Q("hazineh.html", "حضور کشاورزان نمونهٔ استان در همایش رایگان است.", "free for one group")],
        "fee_support": [Q("hazineh.html", "دانشجویان: ۳۰۰ هزار تومان", "student rate"),
                        Q("hazineh.html", "حضور کشاورزان نمونهٔ استان در همایش رایگان است.", "free for one group")],
        "remote_participation": [Q("online.html", "ارائه دهندگان آنلاین مقالهٔ خود را به طور زنده در اسکای روم ارائه می کنند و به پرسش های حاضران در سالن پاسخ می دهند.")],
        "captcha": [M("sabtenam.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, national code, birth date, mobile, e-mail, university or organisation, mode radio, topic select, abstract file, model-farmer checkbox); 6 marked (الزامی); sensitive id_document, birth_date, phone, affiliation", "sabtenam.html"),
                              Q("sabtenam.html", "کد ملی (الزامی)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("dastresi.html", "سالن همایش دانشکده دارای رمپ و آسانسور برای ویلچر است.")],
        "access_services": [Q("dastresi.html", "دارای رمپ و آسانسور برای ویلچر", "wheelchair_access"),
                            Q("dastresi.html", "مترجم زبان اشاره حضور دارد", "sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
