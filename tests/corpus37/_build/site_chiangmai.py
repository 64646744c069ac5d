"""Accessibility-in-ICT conference, Chiang Mai (Thailand): Thai, an English page declared lang="th"; THB; Eventpop
without signing up beside an own free-ticket application for disabled participants (Arkose)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

NAV = [("index.html", "หน้าแรก"), ("lonthabian.html", "ลงทะเบียน"), ("online.html", "บัตรออนไลน์"),
       ("kankhaothueng.html", "การเข้าถึง"), ("kamnotkan.html", "กำหนดการ"), ("phuesanapsanun.html", "ผู้สนับสนุน"),
       ("thiphak.html", "ที่พักและการเดินทาง"), ("en/index.html", "English")]
FOOT = {"th": "<p>สมาคมเทคโนโลยีสิ่งอำนวยความสะดวกภาคเหนือ — ถนนห้วยแก้ว เชียงใหม่ อีเมล: info@example.th</p>"}
s = mk("prachum-kan-khaothueng-technology-chiangmai", "การประชุมวิชาการการเข้าถึงเทคโนโลยีดิจิทัลเพื่อทุกคน ครั้งที่ 6", "th",
       "#6d28d9", "A11", NAV, foot=FOOT)
placeholder_media(s, "media/pid-ngan-2569.mp4")
vtt(s, "media/pid-ngan-2569.th.vtt", "ยินดีต้อนรับสู่การประชุม")

s.page("index.html", "การประชุมวิชาการการเข้าถึงเทคโนโลยีดิจิทัลเพื่อทุกคน ครั้งที่ 6", """
<h1>การประชุมวิชาการการเข้าถึงเทคโนโลยีดิจิทัลเพื่อทุกคน ครั้งที่ 6</h1>
<p>การประชุมจัดขึ้นที่เชียงใหม่ ระหว่างวันที่ 25–26 พฤศจิกายน 2570 โดยสมาคมเทคโนโลยีสิ่งอำนวยความสะดวกภาคเหนือ รวบรวมนักวิจัย นักพัฒนา หน่วยงานรัฐ และองค์กรคนพิการ เพื่อแลกเปลี่ยนเรื่องเว็บไซต์ที่เข้าถึงได้ เทคโนโลยีสิ่งอำนวยความสะดวก และบริการภาครัฐดิจิทัล</p>
<p>ดูรายละเอียดการ<a href="@lonthabian.html">ลงทะเบียน</a> <a href="@online.html">บัตรออนไลน์</a> และ<a href="@kankhaothueng.html">การเข้าถึง</a></p>
<p>เด็กอายุต่ำกว่า 12 ปีต้องมีผู้ปกครองมาด้วย</p>
<h2>วิดีโอการประชุมครั้งที่ 5</h2>
""" + video("media/pid-ngan-2569.mp4", track="media/pid-ngan-2569.th.vtt", track_lang="th", label="คำบรรยายภาษาไทย") + """
""")

s.page("lonthabian.html", "ลงทะเบียน", """
<h1>ลงทะเบียน</h1>
<ul>
<li>บัตรทั่วไป 3,500 บาท</li>
<li>บัตรนักศึกษา 1,000 บาท</li>
<li>บัตรออนไลน์ (ถามตอบสดผ่าน Zoom) 800 บาท</li>
</ul>
<p>ซื้อบัตรผ่าน Eventpop: <a href="https://www.eventpop.me/e/a11y-cnx-2027">ซื้อบัตร</a> ไม่ต้องสมัครสมาชิก</p>
<h2>บัตรฟรีสำหรับผู้พิการ</h2>
<p>ผู้พิการและผู้ช่วยเหลือ 1 คน เข้าร่วมฟรี กรุณากรอกแบบฟอร์มด้านล่าง</p>
<form action="@lonthabian.html" method="post">
""" + "\n".join([
    fld("name", "ชื่อ-นามสกุล (จำเป็นต้องกรอก)"),
    fld("idno", "เลขประจำตัวประชาชน (จำเป็นต้องกรอก)"),
    fld("email", "อีเมล (จำเป็นต้องกรอก)", "email"),
    fld("tel", "โทรศัพท์", "tel"),
    fld("dtype", "ประเภทความพิการ", "select", opts=["การเห็น", "การได้ยิน", "การเคลื่อนไหว", "สติปัญญาหรือการเรียนรู้", "อื่น ๆ"]),
    radios("helper", "มาพร้อมผู้ช่วยเหลือหรือไม่", ["มา", "ไม่มา"], req=True),
    fld("hname", "ชื่อผู้ช่วยเหลือ"),
    fld("needs", "ความต้องการด้านการเข้าถึง", "textarea"),
    fld("room", "ห้องย่อยที่สนใจ", "select", opts=["เว็บที่เข้าถึงได้", "เทคโนโลยีสิ่งอำนวยความสะดวก", "บริการภาครัฐดิจิทัล"]),
    fld("consent", "ยินยอมให้ใช้ข้อมูลเพื่อการจัดประชุม", "checkbox", req=True),
]) + """
<div id="arkose-enforcement" class="arkose-labs"></div>
<button type="submit">ส่งคำขอ</button>
</form>
""")

s.page("online.html", "บัตรออนไลน์", """
<h1>บัตรออนไลน์</h1>
<p>ผู้ถือบัตรออนไลน์ถามคำถามวิทยากรได้สดผ่าน Zoom และร่วมห้องย่อยออนไลน์ได้</p>
""")

s.page("kankhaothueng.html", "การเข้าถึง", """
<h1>การเข้าถึง</h1>
<p>มีล่ามภาษามือไทยในทุกห้องประชุม</p>
<p>คำบรรยายแทนเสียงแบบเรียลไทม์บนจอและใน Zoom</p>
<p>สถานที่จัดงานมีทางลาดและลิฟต์ เข้าถึงได้ด้วยรถเข็น</p>
<p>ห้องดูแลเด็กโดยพี่เลี้ยงสำหรับเด็กอายุ 3–10 ปี</p>
<p>เสียงบรรยายภาพสำหรับวิดีโอในพิธีเปิด</p>
<p>แจ้งความต้องการอื่น ๆ ได้ที่ access@example.th</p>
""")

s.page("en/index.html", "6th Conference on Accessible Digital Technology for All", """
<h1>6th Conference on Accessible Digital Technology for All</h1>
<p>Chiang Mai, 25–26 November 2027, organised by the Northern Assistive Technology Association. Researchers, developers, public agencies and organisations of persons with disabilities meet to discuss accessible websites, assistive technology and digital public services.</p>
<p>Tickets: general THB 3,500; students THB 1,000; online pass with live Q&amp;A over Zoom THB 800, sold on Eventpop without signing up. Disabled participants and one companion attend free of charge (application form in Thai).</p>
<p>Thai Sign Language interpretation, real-time captions, ramps and lifts, and a supervised children's room are provided.</p>
""", lang="th")

s.page("kamnotkan.html", "กำหนดการ", """
<h1>กำหนดการ</h1>
<p>วันที่ 25: ปาฐกถาเปิดงาน เว็บที่เข้าถึงได้ วันที่ 26: เทคโนโลยีสิ่งอำนวยความสะดวก บริการภาครัฐดิจิทัล</p>
""")

s.page("phuesanapsanun.html", "ผู้สนับสนุน", """
<h1>ผู้สนับสนุน</h1>
<p>ผู้สนับสนุนระดับทอง 150,000 บาท บูธนิทรรศการ 25,000 บาท</p>
""")

s.page("thiphak.html", "ที่พักและการเดินทาง", """
<h1>ที่พักและการเดินทาง</h1>
<p>โรงแรมใกล้สถานที่จัดงานคืนละ 1,200 บาท รถสองแถวในเมือง 30 บาท</p>
""")

ENTRY = entry(
    s, name="6th Conference on Accessible Digital Technology for All 2027 (Northern Assistive Technology Association, Chiang Mai, Thailand)",
    languages=["th", "en"],
    fees=[(3500, "THB"), (1000, "THB"), (800, "THB")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["arkose"], account_required=False,
    registration_form=(10, 5, ["id_document", "phone"]),
    registration_host="www.eventpop.me", registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["sign_language", "captions", "wheelchair_access", "childcare"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "lonthabian.html", "online.html", "kankhaothueng.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "โดยสมาคมเทคโนโลยีสิ่งอำนวยความสะดวกภาคเหนือ รวบรวมนักวิจัย นักพัฒนา"),
                      M("en/index.html", '<html lang="th">', "whole page in English declared th: English")],
        "un_languages": [N("en")],
        "fees": [Q("lonthabian.html", "บัตรทั่วไป 3,500 บาท"),
                 Q("lonthabian.html", "บัตรนักศึกษา 1,000 บาท"),
                 Q("lonthabian.html", "บัตรออนไลน์ (ถามตอบสดผ่าน Zoom) 800 บาท", "paid online pass with live questions"),
                 Q("en/index.html", "general THB 3,500; students THB 1,000", "restated: no new entry"),
                 Q("phuesanapsanun.html", "ผู้สนับสนุนระดับทอง 150,000 บาท บูธนิทรรศการ 25,000 บาท", "sponsor and booth: not fees"),
                 Q("thiphak.html", "คืนละ 1,200 บาท", "hotel: not a fee"),
                 Q("thiphak.html", "รถสองแถวในเมือง 30 บาท", "songthaew: not a fee")],
        "free_option": [Q("lonthabian.html", "ผู้พิการและผู้ช่วยเหลือ 1 คน เข้าร่วมฟรี")],
        "fee_support": [Q("lonthabian.html", "บัตรนักศึกษา 1,000 บาท", "student rate"),
                        Q("lonthabian.html", "ผู้พิการและผู้ช่วยเหลือ 1 คน เข้าร่วมฟรี", "free places for one group")],
        "remote_participation": [Q("online.html", "ผู้ถือบัตรออนไลน์ถามคำถามวิทยากรได้สดผ่าน Zoom")],
        "captcha": [M("lonthabian.html", '<div id="arkose-enforcement" class="arkose-labs">')],
        "account_required": [Q("lonthabian.html", "ไม่ต้องสมัครสมาชิก")],
        "registration_form": [N("free-ticket application, 10 fields: name, national ID number, e-mail, phone, disability-type select, companion radio, companion name, needs textarea, session select, consent checkbox; required: 3 marked (จำเป็นต้องกรอก) + radio + consent = 5", "lonthabian.html"),
                              Q("lonthabian.html", "เลขประจำตัวประชาชน (จำเป็นต้องกรอก)")],
        "registration_host": [M("lonthabian.html", 'href="https://www.eventpop.me/e/a11y-cnx-2027"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("index.html", "เด็กอายุต่ำกว่า 12 ปีต้องมีผู้ปกครองมาด้วย", "accompaniment rule: not a limit"),
                    Q("kankhaothueng.html", "สำหรับเด็กอายุ 3–10 ปี", "childcare ages: not a limit")],
        "accessibility_statement": [Q("kankhaothueng.html", "สถานที่จัดงานมีทางลาดและลิฟต์ เข้าถึงได้ด้วยรถเข็น")],
        "access_services": [Q("kankhaothueng.html", "มีล่ามภาษามือไทยในทุกห้องประชุม", "sign_language"),
                            Q("kankhaothueng.html", "คำบรรยายแทนเสียงแบบเรียลไทม์บนจอและใน Zoom", "captions"),
                            Q("kankhaothueng.html", "เข้าถึงได้ด้วยรถเข็น", "wheelchair_access"),
                            Q("kankhaothueng.html", "ห้องดูแลเด็กโดยพี่เลี้ยง", "childcare"),
                            Q("kankhaothueng.html", "เสียงบรรยายภาพสำหรับวิดีโอในพิธีเปิด", "audio description: not a service")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/pid-ngan-2569.th.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
