from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

NAV = [("index.html", "Ana sayfa"), ("basvuru.html", "Takım başvurusu"), ("ucretler.html", "Ücretler"),
       ("cevrimici.html", "Çevrim içi lig"), ("erisilebilirlik.html", "Erişilebilirlik"), ("sponsorlar.html", "Sponsorlar"),
       ("konaklama.html", "Konaklama"), ("kariyer.html", "Kariyer")]
s = mk("ogrenci-robot-yarismasi-eskisehir", "Eskişehir Öğrenci Robot Yarışması", "tr", "#c1121f", "RB", NAV,
       foot={"tr": "<p>Anadolu Genç Mühendisler Derneği (kurgusal) · Tepebaşı, Eskişehir · robot@example.org.tr</p>"})
placeholder_media(s, "media/final-2026.mp4")
placeholder_media(s, "media/cizgi-izleyen.mp4")
vtt(s, "media/final-2026.tr.vtt", "2026 finali")
s.pdf("docs/yarisma-kurallari-2027.pdf", "Yarisma kurallari 2027\nKategori A: cizgi izleyen\nKategori B: sumo")

s.page("index.html", "Eskişehir Öğrenci Robot Yarışması 2027", """
<h1>Eskişehir Öğrenci Robot Yarışması 2027</h1>
<p>Ortaokul ve lise takımları 24–25 Nisan 2027'de çizgi izleyen, sumo ve görev robotlarıyla yarışıyor. Yarışmanın amacı, öğrencilerin tasarım, kodlama ve takım çalışmasını sahada denemesi.</p>
<p><a href="@basvuru.html">Takım başvurusu</a>, <a href="@ucretler.html">ücretler</a>, <a href="@cevrimici.html">çevrim içi lig</a> ve <a href="@erisilebilirlik.html">erişilebilirlik</a> sayfalarına göz atın. Yarışma kuralları yalnızca PDF olarak: <a href="@docs/yarisma-kurallari-2027.pdf">Yarışma kuralları (PDF)</a>. Geçmiş sonuçlar: <a href="@sonuclar-2026.html">2026</a>.</p>
""" + video("media/final-2026.mp4", track="media/final-2026.tr.vtt", track_lang="tr", label="Türkçe") + """
<section>
<h2>For international teams</h2>
<p>The Eskişehir Student Robot Competition welcomes school teams aged ten and over in three categories: line follower, sumo and mission robots. Rules are published in Turkish only; teams from abroad can compete in the online league.</p>
</section>
""")

form = "".join([
    fld("takim", "Takım adı (zorunlu)"), fld("okul", "Okul (zorunlu)"), fld("ogretmen", "Danışman öğretmen adı soyadı (zorunlu)"),
    fld("otel", "Danışman öğretmen telefonu (zorunlu)", "tel"), fld("eposta", "E-posta (zorunlu)", "email"),
    fld("kat", "Kategori (zorunlu)", "select", opts=["Çizgi izleyen", "Sumo", "Görev robotu", "Çevrim içi lig"]),
    fld("u1", "1. üye adı soyadı (zorunlu)"), fld("u1d", "1. üye doğum tarihi (zorunlu)", "date"),
    fld("u2", "2. üye adı soyadı"), fld("u2d", "2. üye doğum tarihi", "date"),
    fld("rapor", "Tasarım raporu", "file"),
    fld("veli", "Veli izinlerini aldık (zorunlu)", "checkbox")])
s.page("basvuru.html", "Takım başvurusu", f"""
<h1>Takım başvurusu</h1>
<p>Başvuruyu danışman öğretmen yapar.</p>
<form action="@basvuru.html" method="post">{form}
<div class="h-captcha" data-sitekey="hc-placeholder-esk"></div>
<button type="submit">Başvur</button></form>
""")

s.page("ucretler.html", "Ücretler", """
<h1>Katılım ücretleri</h1>
<ul>
<li>Takım katılım ücreti (saha kategorileri): 1.500 TL</li>
<li>Çevrim içi lig takım ücreti: ₺600</li>
<li>Danışman öğretmen atölyesi (Arduino ile ders tasarımı): 750 ₺</li>
</ul>
<p>Devlet okullarından gelen takımlar ücretsiz katılır.</p>
<p>İl dışından gelen takımlara yol desteği verilir.</p>
""" + video("media/cizgi-izleyen.mp4"))

s.page("cevrimici.html", "Çevrim içi lig", """
<h1>Çevrim içi lig</h1>
<p>Çevrim içi ligdeki takımlar robotlarını görüntülü görüşmeyle canlı çalıştırır ve jürinin sorularını yanıtlar.</p>
<p>Yarışmaya on yaşından itibaren öğrenciler katılabilir.</p>
""")

s.page("erisilebilirlik.html", "Erişilebilirlik", """
<h1>Erişilebilirlik</h1>
<p>Spor salonu tekerlekli sandalye ile erişilebilir; rampa ve asansör vardır.</p>
<p>Açılış ve ödül töreninde Türk İşaret Dili tercümanı ve canlı altyazı olacaktır.</p>
<p>Başka ihtiyaçlar için erisim@example.org.tr adresine yazın.</p>
""")

s.page("sponsorlar.html", "Sponsorlar", """
<h1>Sponsorlar ve ödüller</h1>
<p>Ana sponsorluk: 250.000 TL. Birincilik ödülü: 40.000 TL. Stant: 15.000 TL.</p>
""")

s.page("konaklama.html", "Konaklama", """
<h1>Konaklama ve ulaşım</h1>
<p>Öğrenci yurdu: gecelik 450 TL. Tramvay bileti: 20 TL. Otel: gecelik 2.800 TL.</p>
""")

s.page("kariyer.html", "Kariyer", """
<h1>Kariyer</h1>
<p>Robotik eğitmeni (yarı zamanlı): aylık 22.000 TL.</p>
""")

ENTRY = entry(s, name="Eskişehir Student Robot Competition 2027 (young engineers' association, Eskişehir)",
    languages=["tr", "en"],
    fees=[(1500, "TRY"), (600, "TRY"), (750, "TRY")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(12, 9, ["affiliation", "phone", "birth_date"]),
    min_age=10, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "basvuru.html", "ucretler.html", "cevrimici.html", "erisilebilirlik.html"],
    deliberate_404=["sonuclar-2026.html"],
    evidence={
        "languages": [Q("index.html", "Ortaokul ve lise takımları 24–25 Nisan 2027'de çizgi izleyen, sumo ve görev robotlarıyla yarışıyor."),
                      Q("index.html", "The Eskişehir Student Robot Competition welcomes school teams aged ten and over", "English section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("ucretler.html", "Takım katılım ücreti (saha kategorileri): 1.500 TL", "1500 TRY"),
                 Q("ucretler.html", "Çevrim içi lig takım ücreti: ₺600", "600 TRY"),
                 Q("ucretler.html", "Danışman öğretmen atölyesi (Arduino ile ders tasarımı): 750 ₺", "750 TRY"),
                 Q("sponsorlar.html", "Ana sponsorluk: 250.000 TL.", "sponsorship, prize, stand: not fees"),
                 Q("konaklama.html", "Öğrenci yurdu: gecelik 450 TL.", "dormitory, tram, hotel: not fees"),
                 Q("kariyer.html", "aylık 22.000 TL", "salary: not a fee")],
        "free_option": [Q("ucretler.html", "Devlet okullarından gelen takımlar ücretsiz katılır.")],
        "fee_support": [Q("ucretler.html", "İl dışından gelen takımlara yol desteği verilir.")],
        "remote_participation": [Q("cevrimici.html", "Çevrim içi ligdeki takımlar robotlarını görüntülü görüşmeyle canlı çalıştırır ve jürinin sorularını yanıtlar.")],
        "captcha": [M("basvuru.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("12 fields (team name, school, coach's name, coach's phone, e-mail, category select, two members' names and birth dates, report file, consent checkbox); 9 marked (zorunlu); sensitive affiliation, phone, birth_date", "basvuru.html"),
                              Q("basvuru.html", "1. üye doğum tarihi (zorunlu)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("cevrimici.html", "Yarışmaya on yaşından itibaren öğrenciler katılabilir.", "10, in words")],
        "accessibility_statement": [Q("erisilebilirlik.html", "Spor salonu tekerlekli sandalye ile erişilebilir; rampa ve asansör vardır.")],
        "access_services": [Q("erisilebilirlik.html", "Spor salonu tekerlekli sandalye ile erişilebilir", "wheelchair_access"),
                            Q("erisilebilirlik.html", "Türk İşaret Dili tercümanı", "sign_language"),
                            Q("erisilebilirlik.html", "canlı altyazı olacaktır", "captions")],
        "videos_without_captions": [M("ucretler.html", 'src="media/cizgi-izleyen.mp4">', "no track"),
                                    M("index.html", 'kind="captions"', "the final video has captions")],
        "pdf_only_documents": [Q("index.html", "Yarışma kuralları yalnızca PDF olarak"),
                               M("index.html", 'href="docs/yarisma-kurallari-2027.pdf"')],
    })
