from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "mekong-community-media-workshop-bangkok"
NAV = [("index.html", "หน้าแรก"), ("kamnodkan.html", "กำหนดการ"), ("longtabian.html", "ลงทะเบียน"),
       ("kaxchai.html", "ค่าเดินทางและที่พัก"), ("khaothueng.html", "การเข้าถึง"),
       ("dentang.html", "การเดินทาง"), ("en/index.html", "English")]
s = mk(SLUG, "เวิร์กช็อปสื่อชุมชนลุ่มน้ำโขง 2570", "th", "#7b2cbf", "MCM", NAV,
       foot={"th": "<p>เครือข่ายวิทยุชุมชน (สมมติ) · workshop@mekong-media.example.th</p>"})
placeholder_media(s, "media/radio-stories.mp4")
placeholder_media(s, "media/mekong-voices.mp4")
ALT = [("th", "index.html"), ("en", "en/index.html")]

s.page("index.html", "เวิร์กช็อปสื่อชุมชนลุ่มน้ำโขง 2570", """
<h1>เวิร์กช็อปสื่อชุมชนลุ่มน้ำโขง</h1>
<p>กรุงเทพฯ 8–10 กันยายน 2570 เวิร์กช็อปนี้รวบรวมผู้จัดรายการวิทยุชุมชน นักข่าวพลเมือง และนักสื่อสารรุ่นใหม่จากประเทศไทย ลาว กัมพูชา เมียนมา และเวียดนาม เพื่อแลกเปลี่ยนวิธีรายงานข่าวสิ่งแวดล้อมในลุ่มน้ำโขง</p>
<p>ผู้สมัครต้องมีอายุ 20 ปีขึ้นไป</p>
<p><a href="@longtabian.html">สมัครเข้าร่วม</a></p>
""" + video("media/radio-stories.mp4") + """
""", alternates=ALT)

s.page("kamnodkan.html", "กำหนดการ", """
<h1>กำหนดการ</h1>
<ul><li>วันที่ 1: ค่าธรรมเนียมใบอนุญาตคลื่นวิทยุชุมชน</li><li>วันที่ 2: การลงทะเบียนสถานีวิทยุและกฎหมายสื่อ</li><li>วันที่ 3: ภาษาถิ่นในสื่อชุมชน</li></ul>
<p><a href="@online.html">เข้าร่วมแบบออนไลน์</a></p>
""")

s.page("longtabian.html", "ลงทะเบียน", """
<h1>ลงทะเบียน</h1>
<p>กรุณากรอกใบสมัครใน Google Forms: <a href="https://docs.google.com/forms/d/e/1FAIpQLSf-mekong-media-2027/viewform">แบบฟอร์มสมัครเข้าร่วม</a> ไม่ต้องเข้าสู่ระบบบัญชี Google</p>
<p>ปิดรับสมัคร 30 มิถุนายน 2570 ผู้จัดจะแจ้งผลทางอีเมล</p>
""")

s.page("online.html", "เข้าร่วมออนไลน์", """
<h1>เข้าร่วมออนไลน์</h1>
<p>ผู้เข้าร่วมออนไลน์สามารถนำเสนอผลงานและถามคำถามวิทยากรผ่าน Zoom ได้ทุกช่วง</p>
""")

s.page("kaxchai.html", "ค่าเดินทางและที่พัก", """
<h1>ค่าเดินทางและที่พัก</h1>
<p>ผู้จัดออกค่าเดินทางและที่พักให้ผู้เข้าร่วมที่ได้รับคัดเลือกทุกคน พร้อมเบี้ยเลี้ยง 1,500 บาทต่อวัน</p>
""")

s.page("khaothueng.html", "การเข้าถึง", """
<h1>การเข้าถึง</h1>
<p>ห้องประชุมรองรับผู้ใช้รถเข็น มีทางลาดและลิฟต์</p>
<p>มีล่ามภาษามือไทยและคำบรรยายแทนเสียงแบบเรียลไทม์ทุกช่วง</p>
<p>หากต้องการความช่วยเหลืออื่น ติดต่อ access@mekong-media.example.th</p>
""")

s.page("dentang.html", "การเดินทาง", """
<h1>การเดินทาง</h1>
<p>โรงแรมใกล้สถานที่จัดงาน ฿1,200 ต่อคืน รถไฟฟ้า BTS 17–62 บาท แท็กซี่จากสนามบินประมาณ 400 บาท</p>
<p>ผู้สนับสนุนหลัก 150,000 บาท</p>
""")

s.page("en/index.html", "Mekong Community Media Workshop 2027", """
<h1>Mekong Community Media Workshop 2027</h1>
<p>The workshop brings together community radio hosts, citizen journalists and young media makers from Thailand, Laos, Cambodia, Myanmar and Vietnam to share ways of reporting on the environment of the Mekong basin.</p>
<p>Applicants must be 20 or older. The organisers cover travel and accommodation for every selected participant.</p>
<section lang="my">
<h2>မင်္ဂလာပါ</h2>
<p>ဤအလုပ်ရုံဆွေးနွေးပွဲသည် မဲခေါင်ဒေသရှိ ရပ်ရွာရေဒီယို အစီအစဉ်တင်ဆက်သူများ၊ ပြည်သူ့သတင်းထောက်များနှင့် လူငယ်မီဒီယာဖန်တီးသူများကို စုစည်းပေးပြီး ပတ်ဝန်းကျင်သတင်းရေးသားနည်းများကို မျှဝေကြမည်ဖြစ်သည်။</p>
</section>
""" + video("media/mekong-voices.mp4") + """
""", lang="en", alternates=ALT)

ENTRY = entry(s, name="เวิร์กช็อปสื่อชุมชนลุ่มน้ำโขง 2570 (regional community-media workshop, Bangkok)",
    languages=["th", "en", "my"], fees=[], free_option=None, fee_support=True, remote_participation=True,
    captcha=[], account_required=False, registration_form=None, registration_host="docs.google.com",
    min_age=20, accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=2, pdf_only_documents=False,
    participation_pages=["index.html", "longtabian.html", "online.html", "kaxchai.html", "khaothueng.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "เวิร์กช็อปนี้รวบรวมผู้จัดรายการวิทยุชุมชน"),
                      Q("en/index.html", "The workshop brings together community radio hosts"),
                      Q("en/index.html", "ဤအလုပ်ရုံဆွေးနွေးပွဲသည်", "Burmese section (lang=my)")],
        "un_languages": [N("en")],
        "fees": [N("nothing is said about the cost of taking part"),
                 Q("kaxchai.html", "พร้อมเบี้ยเลี้ยง 1,500 บาทต่อวัน", "per diem, not a fee"),
                 Q("dentang.html", "โรงแรมใกล้สถานที่จัดงาน ฿1,200 ต่อคืน รถไฟฟ้า BTS 17–62 บาท แท็กซี่จากสนามบินประมาณ 400 บาท", "hotel, BTS, taxi"),
                 Q("dentang.html", "ผู้สนับสนุนหลัก 150,000 บาท", "sponsor"),
                 Q("kamnodkan.html", "ค่าธรรมเนียมใบอนุญาตคลื่นวิทยุชุมชน", "session title (licence fees)")],
        "free_option": [N("no fee and no 'free' stated; travel and lodging covered is support, not a statement about the cost of taking part: null")],
        "fee_support": [Q("kaxchai.html", "ผู้จัดออกค่าเดินทางและที่พักให้ผู้เข้าร่วมที่ได้รับคัดเลือกทุกคน"),
                        Q("en/index.html", "The organisers cover travel and accommodation for every selected participant.")],
        "remote_participation": [Q("online.html", "ผู้เข้าร่วมออนไลน์สามารถนำเสนอผลงานและถามคำถามวิทยากรผ่าน Zoom")],
        "captcha": [N("no CAPTCHA on the site")],
        "account_required": [Q("longtabian.html", "ไม่ต้องเข้าสู่ระบบบัญชี Google", "no login needed")],
        "registration_form": [N("no form on the site; the application is a Google Form")],
        "registration_host": [M("longtabian.html", 'href="https://docs.google.com/forms/d/e/1FAIpQLSf-mekong-media-2027/viewform"')],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "ผู้สมัครต้องมีอายุ 20 ปีขึ้นไป"), Q("en/index.html", "Applicants must be 20 or older.")],
        "accessibility_statement": [Q("khaothueng.html", "หากต้องการความช่วยเหลืออื่น ติดต่อ access@mekong-media.example.th")],
        "access_services": [Q("khaothueng.html", "ห้องประชุมรองรับผู้ใช้รถเข็น"),
                            Q("khaothueng.html", "มีล่ามภาษามือไทยและคำบรรยายแทนเสียงแบบเรียลไทม์ทุกช่วง", "Thai sign language; real-time captions = captions")],
        "videos_without_captions": [M("index.html", 'src="media/radio-stories.mp4">', "no track"),
                                    M("en/index.html", 'src="../media/mekong-voices.mp4">', "a second video, no track")],
        "pdf_only_documents": [N("no PDF")],
    })
