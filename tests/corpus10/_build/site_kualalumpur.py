"""Youth climate & digital assembly run by a national youth council (Kuala Lumpur).
ms-MY with an English page; RM / MYR; free for B40 youth; watch-only stream; long form with hCaptcha."""
from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "himpunan-belia-iklim-digital-kuala-lumpur"
NAV_MS = [("index.html", "Utama"), ("tiket/", "Tiket"), ("daftar.html", "Daftar"), ("bantuan.html", "Bantuan"),
          ("kebolehcapaian.html", "Kebolehcapaian"), ("program.html", "Program"), ("penginapan.html", "Penginapan")]
NAV_EN = [("en/index.html", "Home"), ("tiket/", "Tickets"), ("daftar.html", "Register (Malay)")]
s = mk(SLUG, "Himpunan Belia Iklim & Digital 2027", "ms-MY", "#0b6e4f", "HB",
       {"ms-MY": NAV_MS, "en-MY": NAV_EN},
       langs={"ms-MY": [("en/index.html", "English")], "en-MY": [("index.html", "Bahasa Melayu")]},
       homes={"en-MY": "en/index.html"},
       foot={"ms-MY": '<p>Anjuran Majlis Belia Iklim (rekaan) · <a href="@penaja.html">Penaja</a> · himpunan@belia-iklim.example.my</p>',
             "en-MY": '<p>Organised by the Youth Climate Council (fictional) · himpunan@belia-iklim.example.my</p>'})

placeholder_media(s, "media/himpunan-2026.mp4")
placeholder_media(s, "media/youth-voices.mp4")
ALT = [("ms", "index.html"), ("en", "en/index.html")]

s.page("index.html", "Himpunan Belia Iklim & Digital 2027", f"""
<h1>Himpunan Belia Iklim &amp; Digital 2027</h1>
<p>21–22 Ogos 2027 · Pusat Konvensyen Belia (rekaan), Kuala Lumpur</p>
<p>Himpunan ini mengumpulkan belia dari seluruh Malaysia untuk membincangkan tindakan iklim, data terbuka dan
teknologi hijau bersama pembuat dasar dan komuniti.</p>
<p><a href="@tiket/">Tiket dan yuran</a> · <a href="@daftar.html">Borang pendaftaran</a> · <a href="@bantuan.html">Bantuan kewangan</a>
· <a href="@siaran.html">Siaran langsung</a></p>
{video("media/himpunan-2026.mp4")}
""", alternates=ALT)

s.page("en/index.html", "Youth Climate & Digital Assembly 2027", f"""
<h1>Youth Climate &amp; Digital Assembly 2027</h1>
<p>21–22 August 2027 · Youth Convention Centre (fictional), Kuala Lumpur</p>
<p>The assembly brings together young people from across Malaysia to discuss climate action, open data and green
technology with policymakers and communities.</p>
<p>Malaysian youth delegates: RM80; students: RM35; international delegates: MYR 150. Youth from B40 households
take part free of charge.</p>
<p>The registration form is in Malay; our team can help you in English at himpunan@belia-iklim.example.my.</p>
{video("media/youth-voices.mp4")}
""", lang="en-MY", alternates=ALT)

s.page("tiket/index.html", "Tiket dan yuran", """
<h1>Tiket dan yuran</h1>
<table>
  <tr><th>Kategori</th><th>Yuran</th></tr>
  <tr><td>Delegasi belia Malaysia</td><td>RM 80</td></tr>
  <tr><td>Pelajar institusi pengajian tinggi</td><td>RM 35</td></tr>
  <tr><td>Delegasi antarabangsa</td><td>MYR 150</td></tr>
</table>
<p>Percuma untuk belia daripada isi rumah B40; pilih kategori B40 dalam borang pendaftaran.</p>
<p>Yuran termasuk makan tengah hari dan beg cenderamata.</p>
""")

s.page("daftar.html", "Pendaftaran", """
<h1>Pendaftaran</h1>
<p>Himpunan ini terbuka kepada belia berumur 15 hingga 30 tahun.</p>
<form action="@daftar.html" method="post">
  <label for="nama">Nama penuh *</label>
  <input type="text" id="nama" name="nama">
  <label for="mykad">No. MyKad / pasport *</label>
  <input type="text" id="mykad" name="mykad">
  <label for="lahir">Tarikh lahir *</label>
  <input type="date" id="lahir" name="lahir">
  <label for="emel">E-mel *</label>
  <input type="email" id="emel" name="emel">
  <label for="tel">No. telefon *</label>
  <input type="tel" id="tel" name="tel">
  <label for="negeri">Negeri</label>
  <select id="negeri" name="negeri"><option>Selangor</option><option>Sabah</option><option>Sarawak</option><option>Lain-lain</option></select>
  <label for="org">Universiti / organisasi</label>
  <input type="text" id="org" name="org">
  <fieldset><legend>Jantina</legend>
    <input type="radio" id="j1" name="jantina" value="l"> <label for="j1">Lelaki</label>
    <input type="radio" id="j2" name="jantina" value="p"> <label for="j2">Perempuan</label>
  </fieldset>
  <fieldset><legend>Kategori *</legend>
    <input type="radio" id="k1" name="kategori" value="delegasi"> <label for="k1">Delegasi belia</label>
    <input type="radio" id="k2" name="kategori" value="pelajar"> <label for="k2">Pelajar</label>
    <input type="radio" id="k3" name="kategori" value="b40"> <label for="k3">B40 (percuma)</label>
    <input type="radio" id="k4" name="kategori" value="antarabangsa"> <label for="k4">Antarabangsa</label>
  </fieldset>
  <input type="hidden" name="sumber" value="laman">
  <div class="check"><input type="checkbox" id="setuju" name="setuju" required> <label for="setuju">Saya bersetuju dengan notis privasi</label></div>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">Hantar</button>
</form>
""")

s.page("bantuan.html", "Bantuan kewangan", """
<h1>Bantuan kewangan</h1>
<p>Subsidi pengangkutan sehingga RM 200 untuk peserta dari Sabah dan Sarawak.</p>
<p>Pelajar membayar yuran yang lebih rendah, dan belia B40 tidak membayar apa-apa.</p>
""")

s.page("siaran.html", "Siaran langsung", """
<h1>Siaran langsung</h1>
<p>Sesi pleno disiarkan secara langsung di YouTube untuk tontonan sahaja; soalan hanya diterima daripada peserta di dewan.</p>
""")

s.page("kebolehcapaian.html", "Kebolehcapaian", """
<h1>Kebolehcapaian</h1>
<p>Dewan utama boleh diakses oleh pengguna kerusi roda.</p>
<p>Jurubahasa Bahasa Isyarat Malaysia (BIM) disediakan untuk semua sesi pleno.</p>
<p>Sari kata masa nyata dipaparkan pada skrin utama.</p>
<p>Untuk sebarang keperluan lain, hubungi akses@belia-iklim.example.my.</p>
""")

s.page("program.html", "Program", """
<h1>Program</h1>
<ul>
  <li>Bahasa dalam komunikasi iklim</li>
  <li>Yuran karbon: siapa yang membayar?</li>
  <li>Pendaftaran pengundi muda dan isu iklim</li>
  <li>Custom sensor untuk kualiti udara</li>
</ul>
""")

s.page("penaja.html", "Penaja", """
<h1>Penaja dan pameran</h1>
<p>Penaja Platinum: RM 15,000</p>
<p>Gerai pameran: RM 1,200</p>
<h2>Jawatan kosong</h2>
<p>Pegawai program (kontrak), gaji RM 4,500 sebulan.</p>
""")

s.page("penginapan.html", "Penginapan", """
<h1>Penginapan dan pengangkutan</h1>
<p>Hotel rakan kongsi: RM 180 semalam.</p>
<p>Tambang LRT dari KL Sentral: RM 2.50. Grab dari KLIA: kira-kira RM 75.</p>
""")

ENTRY = entry(
    s, name="Himpunan Belia Iklim & Digital 2027 (youth-council climate & digital assembly, Kuala Lumpur)",
    languages=["ms", "en"],
    fees=[(80, "MYR"), (35, "MYR"), (150, "MYR")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 7, ["id_document", "birth_date", "phone", "affiliation", "gender"]), min_age=15,
    accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=2,
    participation_pages=["index.html", "tiket/index.html", "daftar.html", "bantuan.html", "siaran.html",
                         "kebolehcapaian.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "Himpunan ini mengumpulkan belia dari seluruh Malaysia"),
                      Q("en/index.html", "The assembly brings together young people from across Malaysia")],
        "un_languages": [N("en")],
        "fees": [Q("tiket/index.html", "Delegasi belia Malaysia RM 80"),
                 Q("tiket/index.html", "Pelajar institusi pengajian tinggi RM 35"),
                 Q("tiket/index.html", "Delegasi antarabangsa MYR 150"),
                 Q("en/index.html", "Malaysian youth delegates: RM80; students: RM35; international delegates: MYR 150.", "same amounts"),
                 Q("bantuan.html", "Subsidi pengangkutan sehingga RM 200", "transport subsidy, not a fee"),
                 Q("penaja.html", "Penaja Platinum: RM 15,000", "sponsor"),
                 Q("penaja.html", "Gerai pameran: RM 1,200", "exhibitor"),
                 Q("penaja.html", "gaji RM 4,500 sebulan", "salary"),
                 Q("penginapan.html", "Hotel rakan kongsi: RM 180 semalam.", "hotel"),
                 Q("penginapan.html", "Tambang LRT dari KL Sentral: RM 2.50. Grab dari KLIA: kira-kira RM 75.", "transport"),
                 Q("program.html", "Yuran karbon: siapa yang membayar?", "session title")],
        "free_option": [Q("tiket/index.html", "Percuma untuk belia daripada isi rumah B40", "free for one group"),
                        Q("en/index.html", "Youth from B40 households take part free of charge.")],
        "fee_support": [Q("bantuan.html", "Subsidi pengangkutan sehingga RM 200 untuk peserta dari Sabah dan Sarawak."),
                        Q("tiket/index.html", "Pelajar institusi pengajian tinggi RM 35", "reduced student rate")],
        "remote_participation": [Q("siaran.html", "untuk tontonan sahaja; soalan hanya diterima daripada peserta di dewan",
                                   "watch-only stream: false")],
        "captcha": [M("daftar.html", '<div class="h-captcha"')],
        "account_required": [N("no account; own form")],
        "registration_form": [N("10 fields: nama, MyKad/pasport, tarikh lahir, e-mel, telefon, negeri select, universiti/organisasi, "
                                "jantina (radio=1), kategori (radio=1), consent checkbox; hidden sumber not counted. Required by '*': "
                                "nama, MyKad, tarikh lahir, e-mel, telefon, kategori (legend) + consent (required) = 7. Sensitive: "
                                "id_document, birth_date, phone, affiliation, gender; negeri (state) is not sensitive.", "daftar.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("daftar.html", "Himpunan ini terbuka kepada belia berumur 15 hingga 30 tahun.")],
        "accessibility_statement": [Q("kebolehcapaian.html", "Untuk sebarang keperluan lain, hubungi akses@belia-iklim.example.my.")],
        "access_services": [Q("kebolehcapaian.html", "Dewan utama boleh diakses oleh pengguna kerusi roda."),
                            Q("kebolehcapaian.html", "Jurubahasa Bahasa Isyarat Malaysia (BIM) disediakan"),
                            Q("kebolehcapaian.html", "Sari kata masa nyata dipaparkan pada skrin utama.", "real-time subtitles = captions")],
        "videos_without_captions": [M("index.html", 'src="media/himpunan-2026.mp4">', "no track"),
                                    M("en/index.html", 'src="../media/youth-voices.mp4">', "a second video, no track")],
        "pdf_only_documents": [N("no PDF")],
    })
