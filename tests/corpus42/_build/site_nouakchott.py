from lib import *
s = mk("muntada-alshabab-lihawkamat-alinternet-nouakchott", "شبكة الشباب الموريتاني للحوكمة الرقمية", "ar-MR", "#7a4a00", "شب",
       [("index.html", "الرئيسية"), ("forum.html", "المنتدى"), ("register.html", "تسجيل المندوبين"), ("support.html", "دعم السفر"),
        ("access.html", "الولوج الميسر"), ("faq.html", "أسئلة شائعة"), ("partners.html", "الشركاء والرعاة")],
       dir="rtl", foot={"ar-MR": "<p>شبكة الشباب الموريتاني للحوكمة الرقمية، تفرغ زينة، نواكشوط. youth-igf@rjm.example.mr</p>"})
FREE = "المشاركة في المنتدى مجانية لجميع المندوبين الشباب."
FR = "Le Forum des jeunes sur la gouvernance de l'internet se tient à Nouakchott les 9 et 10 mai. La participation est gratuite pour tous les délégués, et les pôles de Nouadhibou et de Kiffa participent par Zoom avec droit de parole et de vote."
AGE = "المنتدى مفتوح للشباب من سن السادسة عشرة إلى الخامسة والثلاثين."
HUB = "يشارك مندوبو مركزي نواذيبو وكيفة عبر Zoom، ويأخذون الكلمة ويصوّتون على توصيات المنتدى."
SUP = "يتكفل المنتدى بتذاكر الحافلة والإيواء للمندوبين القادمين من الولايات الداخلية."
PERDIEM = "يتلقى المندوبون القادمون من الولايات منحة يومية قدرها ٥٠٠ أوقية جديدة."
RAMP = "القاعة في الطابق الأرضي بدار الشباب، ومدخلها مزود بمنحدر للكراسي المتحركة."
SIGN = "يتوفر مترجم للغة الإشارة الموريتانية عند الطلب."
INTERP = "تتوفر ترجمة فورية بين العربية والفرنسية والبولارية."
NOCAP = "لا تتوفر ترجمة نصية فورية."
SPONSOR = "باقة الراعي الذهبي: ٤٠٠٬٠٠٠ أوقية جديدة."
s.page("index.html", "منتدى الشباب الموريتاني لحوكمة الإنترنت", f"""
<h1>منتدى الشباب الموريتاني لحوكمة الإنترنت ٢٠٢٧</h1>
<p>نواكشوط، ٩ و١٠ مايو. {FREE}</p>
<p><a href="@register.html">سجّل كمندوب</a> · <a href="@docs/programme.pdf">البرنامج (PDF)</a></p>
<section><h2>En français</h2><p>{FR}</p></section>
<p><a href="@archives.html">أرشيف المنتديات السابقة</a></p>
""")
s.pdf("docs/programme.pdf", "Programme - Forum des jeunes Nouakchott 2027\nJour 1 ...")
s.page("forum.html", "المنتدى", f"""
<h1>عن المنتدى</h1>
<p>{AGE}</p>
<p>{HUB}</p>
<p>البرنامج متاح بصيغة PDF فقط.</p>
""")
s.page("register.html", "تسجيل المندوبين", """
<h1>تسجيل المندوبين</h1>
<form action="@register.html" method="post">
""" + fld("n", "الاسم الكامل (خانة لازمة)") + fld("dob", "تاريخ الميلاد (خانة لازمة)", "date")
 + radios("sex", "الجنس (خانة لازمة)", ["ذكر", "أنثى"]) + fld("nni", "الرقم الوطني للتعريف (خانة لازمة)")
 + fld("wa", "رقم واتساب (خانة لازمة)", "tel") + fld("em", "البريد الإلكتروني (خانة لازمة)", "email")
 + fld("wil", "الولاية (خانة لازمة)", "select", opts=["نواكشوط", "داخلت نواذيبو", "لعصابة", "الحوض الشرقي"])
 + fld("org", "المنظمة أو الجامعة") + radios("mode", "طريقة المشاركة (خانة لازمة)", ["حضوري", "عبر مركز Zoom"])
 + fld("t1", "مسار الحقوق الرقمية", "checkbox") + fld("t2", "مسار ريادة الأعمال الرقمية", "checkbox")
 + fld("ok", "أوافق على ميثاق المنتدى (خانة لازمة)", "checkbox") + """
<div class="cf-turnstile" data-sitekey="0x4-nkc-youth"></div>
<button type="submit">تسجيل</button>
</form>
""")
s.page("support.html", "دعم السفر", f"""
<h1>دعم السفر</h1>
<p>{SUP}</p>
<p>{PERDIEM}</p>
""")
s.page("access.html", "الولوج الميسر", f"""
<h1>الولوج الميسر</h1>
<p>{RAMP}</p><p>{SIGN}</p><p>{INTERP}</p><p>{NOCAP}</p>
""")
s.page("faq.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>هل أحتاج إلى حساب؟</summary><p>لا، التسجيل يتم عبر النموذج فقط.</p></details>
""")
s.page("partners.html", "الشركاء والرعاة", f"""
<h1>الشركاء والرعاة</h1>
<p>{SPONSOR}</p>
<p>فندق قرب دار الشباب: ٢٬٥٠٠ أوقية جديدة لليلة.</p>
""")
P = "index.html forum.html register.html support.html access.html faq.html".split()
ENTRY = entry(s, name="منتدى الشباب الموريتاني لحوكمة الإنترنت — نواكشوط", languages=["ar", "fr"], fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(12, 9, ["affiliation", "birth_date", "gender", "id_document", "phone"]), registration_host=None,
    registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=0,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["archives.html"],
    evidence={
     "languages": [Q("index.html", FREE), Q("index.html", FR, "French section without lang")],
     "un_languages": [N("ar, fr")],
     "fees": [Q("index.html", FREE), Q("support.html", PERDIEM, "per diem: not a fee"), Q("partners.html", SPONSOR, "sponsor: not a fee")],
     "free_option": [Q("index.html", FREE)],
     "fee_support": [Q("support.html", SUP)],
     "remote_participation": [Q("forum.html", HUB)],
     "captcha": [M("register.html", 'class="cf-turnstile"')],
     "account_required": [Q("faq.html", "لا، التسجيل يتم عبر النموذج فقط.")],
     "registration_form": [N("12 fields: name*, birth date*, sex radio*, NNI*, WhatsApp*, email*, wilaya*, organisation, mode radio*, 2 track checkboxes, charter checkbox*; 9 required", "register.html")],
     "registration_host": [N("own form")],
     "registration_pdf_only": [N("online form")],
     "min_age": [Q("forum.html", AGE)],
     "accessibility_statement": [Q("access.html", RAMP)],
     "access_services": [Q("access.html", RAMP), Q("access.html", SIGN), Q("access.html", INTERP), Q("access.html", NOCAP, "negation")],
     "videos_without_captions": [N("no video")],
     "pdf_only_documents": [Q("forum.html", "البرنامج متاح بصيغة PDF فقط.")],
    })
