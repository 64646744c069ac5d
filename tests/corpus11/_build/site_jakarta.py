from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "rdpu-raperda-transportasi-dprd-jakarta"
NAV = [("index.html", "Beranda"), ("dokumen.html", "Dokumen"), ("daftar.html", "Pendaftaran"),
       ("daring.html", "Partisipasi daring"), ("aksesibilitas.html", "Aksesibilitas"),
       ("tata-tertib.html", "Tata tertib"), ("berita.html", "Berita")]
s = mk(SLUG, "RDPU Raperda Transportasi Inklusif", "id", "#8c1d1d", "DPRD", NAV,
       foot={"id": "<p>Sekretariat Komisi B (fiktif) · rdpu@dprd-kota.example.id</p>"})
placeholder_media(s, "media/rdpu-2026.mp4")
s.pdf("docs/naskah-raperda.pdf", "Naskah Raperda Transportasi Inklusif")

s.page("index.html", "Rapat Dengar Pendapat Umum — Raperda Transportasi Inklusif", """
<h1>Rapat Dengar Pendapat Umum (RDPU)</h1>
<p>Komisi B DPRD mengundang warga, komunitas penyandang disabilitas, pengemudi ojek daring dan operator angkutan untuk menyampaikan pendapat tentang Rancangan Peraturan Daerah tentang Transportasi Inklusif.</p>
<p>Rapat ini terbuka untuk umum dan tidak dipungut biaya. Kamis, 18 Maret 2027, pukul 09.00 WIB, Ruang Rapat Paripurna.</p>
<section lang="en">
<h2>In English</h2>
<p>The transport committee of the city council invites residents, organisations of persons with disabilities, ride-hailing drivers and transport operators to give their views on the draft regional regulation on inclusive transport. Anyone may attend; people who wish to speak must register in advance.</p>
</section>
<p><a href="@daftar.html">Daftar untuk menyampaikan pendapat</a></p>
<h2>Rekaman RDPU sebelumnya</h2>
""" + video("media/rdpu-2026.mp4") + """
""")

s.page("dokumen.html", "Dokumen", """
<h1>Dokumen rapat</h1>
<p>Naskah Raperda dan naskah akademik hanya tersedia dalam format PDF: <a href="@docs/naskah-raperda.pdf">unduh naskah Raperda (PDF)</a>.</p>
""")

s.page("daftar.html", "Pendaftaran pembicara", """
<h1>Pendaftaran untuk menyampaikan pendapat</h1>
<p>Peserta yang mendaftar untuk berbicara minimal berusia 17 tahun. Setiap pembicara mendapat waktu lima menit.</p>
<form action="@daftar.html" method="post">
  <label for="nama">Nama lengkap (wajib)</label><input type="text" id="nama" name="nama">
  <label for="nik">NIK (Nomor Induk Kependudukan) (wajib)</label><input type="text" id="nik" name="nik">
  <label for="alamat">Alamat domisili</label><input type="text" id="alamat" name="alamat">
  <label for="hp">Nomor HP/WhatsApp (wajib)</label><input type="tel" id="hp" name="hp">
  <label for="email">Surel</label><input type="email" id="email" name="email">
  <label for="org">Organisasi atau komunitas</label><input type="text" id="org" name="org">
  <label for="topik">Pasal yang ingin ditanggapi</label><select id="topik" name="topik"><option>Halte dan trotoar</option><option>Tarif</option><option>Ojek daring</option></select>
  <label for="pendapat">Ringkasan pendapat (wajib)</label><textarea id="pendapat" name="pendapat"></textarea>
  <div class="check"><input type="checkbox" id="langsung" name="langsung"><label for="langsung">Saya ingin berbicara langsung di ruang rapat</label></div>
  <div class="check"><input type="checkbox" id="setuju" name="setuju" required><label for="setuju">Saya menyetujui tata tertib RDPU</label></div>
  <div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
  <button type="submit">Kirim</button>
</form>
""")

s.page("daring.html", "Partisipasi daring", """
<h1>Partisipasi daring</h1>
<p>Warga yang tidak dapat hadir dapat menyampaikan pendapat secara daring melalui Zoom: pimpinan rapat memberikan kesempatan berbicara kepada peserta daring yang sudah terdaftar.</p>
<p>Biaya transportasi peserta tidak ditanggung oleh DPRD.</p>
""")

s.page("aksesibilitas.html", "Aksesibilitas", """
<h1>Aksesibilitas</h1>
<p>Ruang rapat dapat diakses pengguna kursi roda melalui lift di lobi utara.</p>
<p>Rapat didampingi Juru Bahasa Isyarat (JBI) dan teks langsung (live captioning) di layar.</p>
<p>Kebutuhan lain dapat disampaikan ke akses@dprd-kota.example.id paling lambat tiga hari sebelum rapat.</p>
""")

s.page("tata-tertib.html", "Tata tertib", """
<h1>Tata tertib dan lokasi</h1>
<p>Peserta wajib berpakaian sopan dan membawa kartu identitas.</p>
<p>Parkir kendaraan roda empat Rp 5.000 per jam; tarif TransJakarta Rp3.500 sekali jalan.</p>
""")

s.page("berita.html", "Berita", """
<h1>Berita</h1>
<p>Lowongan: tenaga ahli Komisi B, gaji Rp 9.500.000 per bulan.</p>
<p>Retribusi terminal dan biaya pendaftaran kendaraan umum dibahas pada Bab V Raperda.</p>
""")

ENTRY = entry(s, name="RDPU Raperda Transportasi Inklusif (city council public hearing, Jakarta)",
    languages=["id", "en"], fees=[], free_option=True, fee_support=False, remote_participation=True,
    captcha=["recaptcha"], account_required=False,
    registration_form=(10, 5, ["id_document", "address", "phone", "affiliation"]),
    min_age=17, accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "daftar.html", "daring.html", "aksesibilitas.html", "dokumen.html"],
    evidence={
        "languages": [Q("index.html", "Komisi B DPRD mengundang warga"),
                      Q("index.html", "The transport committee of the city council invites residents", "English section (lang=en)")],
        "un_languages": [N("en")],
        "fees": [N("no participation fee"),
                 Q("tata-tertib.html", "Parkir kendaraan roda empat Rp 5.000 per jam; tarif TransJakarta Rp3.500 sekali jalan.", "parking, bus"),
                 Q("berita.html", "gaji Rp 9.500.000 per bulan", "salary"),
                 Q("berita.html", "Retribusi terminal dan biaya pendaftaran kendaraan umum", "subject of the draft law")],
        "free_option": [Q("index.html", "Rapat ini terbuka untuk umum dan tidak dipungut biaya.")],
        "fee_support": [Q("daring.html", "Biaya transportasi peserta tidak ditanggung oleh DPRD.", "no support: false")],
        "remote_participation": [Q("daring.html", "pimpinan rapat memberikan kesempatan berbicara kepada peserta daring")],
        "captcha": [M("daftar.html", '<div class="g-recaptcha"')],
        "account_required": [N("no account; own form")],
        "registration_form": [N("10 fields: nama, NIK, alamat, HP, surel, organisasi, topik select, pendapat textarea, speak-in-room checkbox, consent checkbox. Required: nama, NIK, HP, pendapat by '(wajib)' + consent (required) = 5. Sensitive: id_document (NIK), address, phone, affiliation.", "daftar.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("daftar.html", "Peserta yang mendaftar untuk berbicara minimal berusia 17 tahun.")],
        "accessibility_statement": [Q("aksesibilitas.html", "Kebutuhan lain dapat disampaikan ke akses@dprd-kota.example.id")],
        "access_services": [Q("aksesibilitas.html", "Ruang rapat dapat diakses pengguna kursi roda"),
                            Q("aksesibilitas.html", "Rapat didampingi Juru Bahasa Isyarat (JBI) dan teks langsung (live captioning) di layar.", "sign language; live captioning = captions")],
        "videos_without_captions": [M("index.html", 'src="media/rdpu-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("dokumen.html", "Naskah Raperda dan naskah akademik hanya tersedia dalam format PDF")],
    })
