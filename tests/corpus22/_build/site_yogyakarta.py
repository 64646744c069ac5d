from lib import mk, placeholder_media, video, Q, M, N, entry, fld

NAV = [("index.html", "Beranda"), ("biaya.html", "Biaya dan bantuan"), ("daftar.html", "Pendaftaran"),
       ("daring.html", "Ikut daring"), ("aksesibilitas.html", "Aksesibilitas"), ("sponsor.html", "Sponsor dan toko"),
       ("penginapan.html", "Penginapan"), ("lowongan.html", "Lowongan fasilitator")]
s = mk("lokakarya-literasi-digital-desa-yogyakarta", "Lokakarya Literasi Digital Desa 2027", "id", "#2e7d32", "LD", NAV,
       foot={"id": "<p>Jaringan Relawan TIK Desa (fiktif) · halo@literasi-desa.example.id</p>"})
placeholder_media(s, "media/cuplikan.mp4")

s.page("index.html", "Lokakarya Literasi Digital Desa 2027", """
<h1>Lokakarya Literasi Digital Desa 2027</h1>
<p>Lokakarya ini diadakan pada 17–18 Juli 2027 di Balai Desa Panggungharjo, Bantul, untuk warga dan perangkat desa:
memakai ponsel dengan aman, mengenali hoaks, dan membuka toko daring untuk hasil tani dan kerajinan.</p>
<p>Lihat <a href="@biaya.html">biaya dan bantuan transport</a>, lalu <a href="@daftar.html">daftar di sini</a>.</p>
""" + video("media/cuplikan.mp4") + """
<div class="jawa">
<h2>Sugeng rawuh</h2>
<p>Lokakarya menika kagem warga lan perangkat desa, mboten wonten ragadipun. Panjenengan saged sinau babagan ngginakaken
telpon pinter kanthi aman, mbedakaken kabar leres kaliyan kabar hoaks, saha damel toko online kangge asil tani lan
kerajinan. Pendaftaran lumantar formulir ing kaca pendaftaran.</p>
</div>
""")

s.page("biaya.html", "Biaya dan bantuan", """
<h1>Biaya dan bantuan</h1>
<p>Lokakarya ini gratis, tanpa biaya pendaftaran.</p>
<p>Peserta dari desa-desa di Gunungkidul dan Kulon Progo mendapat uang transport Rp 50.000 per hari.</p>
""")

q = "".join([fld("tn", "Nama"), fld("te", "Email", "email"), fld("tq", "Pertanyaan", "textarea")])
s.page("daftar.html", "Pendaftaran", f"""
<h1>Pendaftaran</h1>
<p>Pendaftaran melalui <a href="https://docs.google.com/forms/d/e/1FAIpQLSd-literasi-desa-2027/viewform">Google Form</a>;
tidak perlu akun Google untuk mengisinya.</p>
<p>Peserta minimal berusia 15 tahun.</p>
<h2>Ada pertanyaan?</h2>
<form action="@daftar.html" method="post">{q}
<div class="mtcaptcha" data-sitekey="MTPublic-placeholderYK"></div>
<button type="submit">Kirim</button></form>
""")

s.page("daring.html", "Ikut daring", """
<h1>Ikut secara daring</h1>
<p>Semua sesi juga berlangsung lewat Zoom. Peserta daring dapat bertanya langsung kepada pemateri dan ikut diskusi kelompok.</p>
""")

s.page("aksesibilitas.html", "Aksesibilitas", """
<h1>Aksesibilitas</h1>
<p>Pendopo balai desa rata dengan jalan dan dapat diakses kursi roda.</p>
<p>Sesi pleno didampingi juru bahasa isyarat Bisindo.</p>
<p>Kebutuhan lain: akses@literasi-desa.example.id</p>
""")

s.page("sponsor.html", "Sponsor dan toko", """
<h1>Sponsor dan toko</h1>
<p>Paket sponsor desa: Rp 5.000.000. Kaos lokakarya: Rp 75.000. Donasi sukarela untuk kuota internet peserta dipersilakan.</p>
""")

s.page("penginapan.html", "Penginapan", """
<h1>Penginapan</h1>
<p>Homestay di Panggungharjo: Rp 250.000 per malam. Ojek dari Stasiun Tugu sekitar Rp 40.000.</p>
""")

s.page("lowongan.html", "Lowongan fasilitator", """
<h1>Lowongan fasilitator</h1>
<p>Dicari dua fasilitator pendamping desa; honorarium Rp 1.500.000 per bulan.</p>
""")

ENTRY = entry(
    s, name="Village Digital Literacy Workshop 2027 (village ICT volunteers' network, Bantul/Yogyakarta)",
    languages=["id", "jv"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["other"],
    account_required=False, registration_form=None,
    registration_host="docs.google.com", registration_pdf_only=False, min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "biaya.html", "daftar.html", "daring.html", "aksesibilitas.html"],
    evidence={
        "languages": [Q("index.html", "Lokakarya ini diadakan pada 17–18 Juli 2027 di Balai Desa Panggungharjo"),
                      Q("index.html", "Lokakarya menika kagem warga lan perangkat desa, mboten wonten ragadipun.",
                        "Javanese section without lang")],
        "un_languages": [N("none")],
        "fees": [Q("biaya.html", "Lokakarya ini gratis, tanpa biaya pendaftaran.", "no fee"),
                 Q("biaya.html", "uang transport Rp 50.000 per hari", "transport allowance: support, not a fee"),
                 Q("sponsor.html", "Paket sponsor desa: Rp 5.000.000. Kaos lokakarya: Rp 75.000.", "sponsorship and shop item: not fees"),
                 Q("penginapan.html", "Homestay di Panggungharjo: Rp 250.000 per malam.", "lodging and ojek: not fees"),
                 Q("lowongan.html", "honorarium Rp 1.500.000 per bulan", "honorarium: not a fee")],
        "free_option": [Q("biaya.html", "Lokakarya ini gratis, tanpa biaya pendaftaran.")],
        "fee_support": [Q("biaya.html", "Peserta dari desa-desa di Gunungkidul dan Kulon Progo mendapat uang transport Rp 50.000 per hari.")],
        "remote_participation": [Q("daring.html", "Peserta daring dapat bertanya langsung kepada pemateri dan ikut diskusi kelompok.")],
        "captcha": [M("daftar.html", '<div class="mtcaptcha"', "MTCaptcha on the question form: other")],
        "account_required": [Q("daftar.html", "tidak perlu akun Google untuk mengisinya.")],
        "registration_form": [N("registration through a Google Form; the 3-field question form is not one")],
        "registration_host": [M("daftar.html", 'href="https://docs.google.com/forms/d/e/1FAIpQLSd-literasi-desa-2027/viewform"')],
        "registration_pdf_only": [N("online Google Form")],
        "min_age": [Q("daftar.html", "Peserta minimal berusia 15 tahun.", "15")],
        "accessibility_statement": [Q("aksesibilitas.html", "Pendopo balai desa rata dengan jalan dan dapat diakses kursi roda.")],
        "access_services": [Q("aksesibilitas.html", "dapat diakses kursi roda", "wheelchair_access"),
                            Q("aksesibilitas.html", "Sesi pleno didampingi juru bahasa isyarat Bisindo.", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/cuplikan.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
