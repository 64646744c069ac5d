"""Residents' deliberation on the Code riverbank plan, Yogyakarta (id-ID, Javanese section with lang)."""
from lib import *

NAV = [("index.html", "Beranda"), ("ikut.html", "Cara ikut"), ("daftar-bicara.html", "Daftar bicara"),
       ("rancangan.html", "Rancangan penataan"), ("aksesibilitas.html", "Aksesibilitas"), ("berita.html", "Berita"),
       ("lowongan.html", "Lowongan"), ("peta.html", "Lokasi")]
s = mk("musyawarah-warga-bantaran-kali-code-yogyakarta", "Musyawarah Warga Penataan Bantaran Kali Code", "id-ID", "#7a4b1e", "MW", NAV,
       foot={"id-ID": '<p>Forum Warga Bantaran Kali Code (fiktif) · Yogyakarta · sekretariat@forumkalicode.example.id</p>'})
s.pdf("dokumen/rancangan-penataan-kali-code-2027.pdf", "Rancangan Penataan Bantaran Kali Code 2027\nBab 1: Latar belakang\nBab 2: Usulan")

s.page("index.html", "Musyawarah Warga Penataan Bantaran Kali Code 2027", """
<h1>Musyawarah Warga Penataan Bantaran Kali Code</h1>
<p>Sabtu, 20 Februari 2027, Balai RW 08 Terban. Pemerintah kota menyiapkan rancangan penataan bantaran sungai: talud baru,
jalan inspeksi dan rumah susun pengganti. Sebelum rancangan disahkan, warga diajak membahasnya bersama dan menyampaikan usulan.</p>
<p><a href="@ikut.html">Cara ikut</a> · <a href="@daftar-bicara.html">Daftar untuk bicara</a> · <a href="@notulen-2026.html">Notulen musyawarah 2026</a></p>
<section lang="jv">
<h2>Basa Jawa</h2>
<p>Sugeng rawuh para warga bantaran Kali Code. Musyawarah punika kangge sedaya warga ingkang badhe paring pamanggih babagan
talud, dalan inspeksi lan griya susun. Boten wonten ragad; warga ingkang rawuh pikantuk arta transport.</p>
</section>
""")

s.page("ikut.html", "Cara ikut — Musyawarah Warga Kali Code", """
<h1>Cara ikut musyawarah</h1>
<p>Musyawarah ini terbuka untuk umum dan tidak dipungut biaya.</p>
<p>Warga bantaran yang hadir langsung mendapat uang transport Rp 50.000 dari panitia.</p>
<p>Warga yang bekerja atau sedang di luar kota bisa ikut lewat Zoom; klik "angkat tangan" untuk minta giliran bicara, dan
moderator akan memanggil Anda sesuai antrean.</p>
""")

s.page("daftar-bicara.html", "Daftar bicara — Musyawarah Warga Kali Code", """
<h1>Daftar untuk bicara</h1>
<p>Warga yang berhak bicara minimal berusia 17 tahun. Kolom bertanda (harus diisi) wajib dilengkapi.</p>
<form action="@daftar-bicara.html" method="post">
""" + fld("nama", "Nama lengkap (harus diisi)") + fld("nik", "NIK (harus diisi)") + fld("hp", "Nomor HP/WhatsApp (harus diisi)", "tel")
    + fld("rt", "RT/RW", "select", opts=["RT 01/RW 08", "RT 02/RW 08", "RT 03/RW 09", "Lainnya"])
    + fld("kel", "Kelurahan", "select", opts=["Terban", "Kotabaru", "Cokrodiningratan", "Gowongan"])
    + fld("topik", "Topik", "select", opts=["Talud", "Jalan inspeksi", "Rumah susun", "Ganti rugi"])
    + fld("usulan", "Ringkasan usulan", "textarea") + radios("hadir", "Cara hadir", ["Datang langsung", "Lewat Zoom"])
    + fld("dampingan", "Saya perlu pendamping atau juru bahasa isyarat", "checkbox") + """
<div class="cf-turnstile" data-sitekey="0x4AAAA-kalicode-demo"></div>
<button type="submit">Kirim</button>
</form>
""")

s.page("rancangan.html", "Rancangan penataan — Musyawarah Warga Kali Code", """
<h1>Rancangan penataan</h1>
<p>Perkiraan anggaran penataan tahap pertama: Rp 12,5 miliar. Ganti rugi bangunan diusulkan Rp 1.800.000 per meter persegi.</p>
<p>Dokumen rancangan lengkap hanya tersedia dalam PDF: <a href="@dokumen/rancangan-penataan-kali-code-2027.pdf">unduh rancangan (PDF, 1,2 MB)</a>.</p>
""")

s.page("aksesibilitas.html", "Aksesibilitas — Musyawarah Warga Kali Code", """
<h1>Aksesibilitas</h1>
<p>Balai RW ada di lantai dasar dengan jalur landai untuk kursi roda.</p>
<p>Juru Bahasa Isyarat (Bisindo) hadir selama musyawarah.</p>
<p>Ada pojok anak yang diawasi dua kader PAUD, supaya orang tua bisa ikut bicara.</p>
""")

s.page("berita.html", "Berita — Musyawarah Warga Kali Code", """
<h1>Berita</h1>
<p>Lomba kebersihan kampung: juara pertama mendapat hadiah Rp 5.000.000.</p>
""")

s.page("lowongan.html", "Lowongan — Musyawarah Warga Kali Code", """
<h1>Lowongan</h1>
<p>Dicari fasilitator pendamping warga, kontrak enam bulan, gaji Rp 4.500.000 per bulan.</p>
""")

s.page("peta.html", "Lokasi — Musyawarah Warga Kali Code", """
<h1>Lokasi</h1>
<p>Balai RW 08 Terban, dekat jembatan Gondolayu. Ojek dari Malioboro sekitar Rp 15.000; parkir motor Rp 2.000.</p>
""")

ENTRY = entry(s, name="Code riverbank residents' deliberation 2027 (residents' forum, Yogyakarta, Indonesia)",
    languages=["id", "jv"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(9, 3, ["id_document", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=17, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "ikut.html", "daftar-bicara.html", "rancangan.html", "aksesibilitas.html"],
    deliberate_404=["notulen-2026.html"],
    evidence={
        "languages": [Q("index.html", "Sebelum rancangan disahkan, warga diajak membahasnya bersama dan menyampaikan usulan."),
                      M("index.html", '<section lang="jv">', "Javanese section with lang"),
                      Q("index.html", "Sugeng rawuh para warga bantaran Kali Code.")],
        "un_languages": [N("none")],
        "fees": [N("taking part is free: fees []"),
                 Q("rancangan.html", "Perkiraan anggaran penataan tahap pertama: Rp 12,5 miliar.", "budget under deliberation: not a fee"),
                 Q("rancangan.html", "Ganti rugi bangunan diusulkan Rp 1.800.000 per meter persegi.", "compensation under deliberation: not a fee"),
                 Q("ikut.html", "uang transport Rp 50.000", "transport allowance: not a fee"),
                 Q("berita.html", "hadiah Rp 5.000.000", "prize: not a fee"),
                 Q("lowongan.html", "gaji Rp 4.500.000 per bulan", "salary: not a fee"),
                 Q("peta.html", "Ojek dari Malioboro sekitar Rp 15.000", "fare, parking: not fees")],
        "free_option": [Q("ikut.html", "Musyawarah ini terbuka untuk umum dan tidak dipungut biaya.")],
        "fee_support": [Q("ikut.html", "Warga bantaran yang hadir langsung mendapat uang transport Rp 50.000 dari panitia.")],
        "remote_participation": [Q("ikut.html", "klik \"angkat tangan\" untuk minta giliran bicara")],
        "captcha": [M("daftar-bicara.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("request to speak: 9 fields (name, NIK, phone, RT/RW, kelurahan, topic, summary, mode radio, support checkbox); 3 marked (harus diisi); sensitive id_document, phone", "daftar-bicara.html"),
                              Q("daftar-bicara.html", "NIK (harus diisi)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("daftar-bicara.html", "Warga yang berhak bicara minimal berusia 17 tahun.")],
        "accessibility_statement": [Q("aksesibilitas.html", "Balai RW ada di lantai dasar dengan jalur landai untuk kursi roda.")],
        "access_services": [Q("aksesibilitas.html", "jalur landai untuk kursi roda", "wheelchair_access"),
                            Q("aksesibilitas.html", "Juru Bahasa Isyarat (Bisindo) hadir selama musyawarah.", "sign_language"),
                            Q("aksesibilitas.html", "Ada pojok anak yang diawasi dua kader PAUD", "childcare")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [M("rancangan.html", 'href="dokumen/rancangan-penataan-kali-code-2027.pdf"', "draft plan only as PDF")],
    })
