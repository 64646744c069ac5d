from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt
s = mk("ayvalik-zeytinyagi-ureticileri-calistayi", "Ayvalık Zeytinyağı Üreticileri Çalıştayı 2027", "tr", "#5d7a1f", "AZÜ",
       [("index.html", "Ana sayfa"), ("program.html", "Program"), ("ucretler.html", "Ücretler"), ("sss.html", "Sıkça sorulanlar"),
        ("erisilebilirlik.html", "Erişilebilirlik"), ("konaklama.html", "Konaklama ve ulaşım"), ("sponsorlar.html", "Sponsorlar"),
        ("zeytinyagi.html", "Üretici pazarı")],
       foot={"tr": "<p>Ayvalık Zeytin Üreticileri Kooperatifi · calistay@zeytin.example.com.tr</p>"})
placeholder_media(s, "media/hasat-2026.mp4")
vtt(s, "media/hasat-2026.vtt", "Hasat zamanı Ayvalık bahçelerinde")
s.page("index.html", "Ayvalık Zeytinyağı Üreticileri Çalıştayı 2027", """
<h1>Ayvalık Zeytinyağı Üreticileri Çalıştayı 2027</h1>
<p>Kuzey Ege'nin zeytin üreticileri, kooperatif temsilcileri ve araştırmacılar 15–16 Ekim 2027'de Ayvalık'ta buluşuyor. Gündemde kuraklık, erken hasat, coğrafi işaret ve küçük üreticinin ihracata açılması var.</p>
<p>Midilli'den gelen üretici dostlarımız da bu yıl bir oturumda kendi kooperatif deneyimlerini anlatacak.</p>
""" + video("media/hasat-2026.mp4", track="media/hasat-2026.vtt", track_lang="tr", label="Türkçe") + """
<section lang="el">
<h2>Για τους παραγωγούς από τη Λέσβο</h2>
<p>Το εργαστήριο των ελαιοπαραγωγών του Αϊβαλί φέρνει κοντά παραγωγούς από τις δύο ακτές του Αιγαίου. Φέτος οι συνεταιρισμοί της Λέσβου θα παρουσιάσουν την εμπειρία τους με την πρώιμη συγκομιδή και την ονομασία προέλευσης.</p>
<p>Οι συνεδρίες γίνονται στα τουρκικά, με διαδοχική διερμηνεία από και προς τα ελληνικά στη συνεδρία των παραγωγών της Λέσβου.</p>
</section>
""")
s.page("program.html", "Program", """
<h1>Program</h1>
<ul><li>15 Ekim: Kuraklık ve sulama; coğrafi işaretli Ayvalık zeytinyağı</li><li>16 Ekim sabah: Midilli kooperatifleri oturumu</li><li>16 Ekim öğleden sonra: Tadım atölyesi (ayrı ücretli)</li></ul>
""")
s.page("ucretler.html", "Ücretler", """
<h1>Katılım ücretleri</h1>
<table>
<tr><th>Kategori</th><th>Ücret</th></tr>
<tr><td>Genel katılım (iki gün, öğle yemeği dahil)</td><td>1.500 TL</td></tr>
<tr><td>Kooperatif üyeleri</td><td>900 TL</td></tr>
<tr><td>Duyusal tadım atölyesi</td><td>400 TL</td></tr>
</table>
<p>Ziraat fakültesi öğrencileri çalıştaya ücretsiz katılabilir; öğrenci belgesi girişte gösterilir.</p>
""")
s.page("sss.html", "Sıkça sorulanlar", """
<h1>Sıkça sorulan sorular</h1>
<details open><summary>Kayıt nasıl yapılıyor?</summary><p>Biletler yalnızca <a href="https://www.biletix.com/etkinlik/AYVZEYTIN27/TURKIYE/tr">Biletix</a> üzerinden satılıyor. Satın almak için Biletix üyeliği gerekir; üye değilseniz önce hesap oluşturmanız gerekiyor.</p></details>
<details open><summary>Çevrimiçi katılabilir miyim?</summary><p>Çalıştay yalnızca yüz yüze yapılacak; çevrimiçi katılım ya da canlı yayın yok.</p></details>
<details open><summary>Tadım atölyesine kimler katılabilir?</summary><p>18 yaşından küçükler tadım atölyesine katılamaz; atölye 25 kişiyle sınırlıdır.</p></details>
<h2>Sorunuzu iletin</h2>
<form action="@sss.html" method="post">
""" + fld("ad", "Adınız") + fld("ep", "E-posta", "email") + fld("soru", "Sorunuz", "textarea") + """
<div class="h-captcha" data-sitekey="a1b2c3d4-ayva-2027-0000-zeytinyagi00"></div>
<button type="submit">Gönder</button>
</form>
""")
s.page("erisilebilirlik.html", "Erişilebilirlik", """
<h1>Erişilebilirlik</h1>
<p>Çalıştay, Ayvalık Kültür Merkezi'nde yapılacak; girişte rampa ve salona asansör var, tekerlekli sandalye kullanıcıları tüm alanlara ulaşabilir.</p>
<p>Açılış ve kapanış oturumlarında Türk İşaret Dili tercümanı bulunacak. Midilli oturumunda Yunanca–Türkçe ardıl çeviri yapılacak.</p>
""")
s.page("konaklama.html", "Konaklama ve ulaşım", """
<h1>Konaklama ve ulaşım</h1>
<p>Cunda'daki pansiyonlarda gecelik 2.200 TL'den başlayan fiyatlar. Edremit otogarından dolmuş 60 TL. Midilli–Ayvalık feribotu gidiş-dönüş yaklaşık 40 €.</p>
""")
s.page("sponsorlar.html", "Sponsorlar", """
<h1>Sponsorluk</h1>
<p>Ana sponsor 150.000 TL; stant 20.000 TL.</p>
""")
s.page("zeytinyagi.html", "Üretici pazarı", """
<h1>Üretici pazarı</h1>
<p>Çalıştay boyunca kooperatif standında erken hasat natürel sızma zeytinyağı litresi 450 TL'den satılacak.</p>
""")
ENTRY = entry(s, name="Ayvalık olive oil producers' workshop 2027 (olive producers' cooperative, Ayvalık, Türkiye)",
    languages=["tr", "el"], fees=[(1500, "TRY"), (900, "TRY"), (400, "TRY")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["hcaptcha"], account_required=True, registration_form=None,
    registration_host="www.biletix.com", min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=0,
    participation_pages=["index.html", "program.html", "ucretler.html", "sss.html", "erisilebilirlik.html"],
    evidence={
        "languages": [Q("index.html", "Kuzey Ege'nin zeytin üreticileri, kooperatif temsilcileri ve araştırmacılar"),
                      M("index.html", '<section lang="el">', "Greek section with lang"),
                      Q("index.html", "Το εργαστήριο των ελαιοπαραγωγών του Αϊβαλί φέρνει κοντά παραγωγούς")],
        "un_languages": [N("none")],
        "fees": [Q("ucretler.html", "Genel katılım (iki gün, öğle yemeği dahil) 1.500 TL"),
                 Q("ucretler.html", "Kooperatif üyeleri 900 TL", "member rate: a fee, not support"),
                 Q("ucretler.html", "Duyusal tadım atölyesi 400 TL"),
                 Q("konaklama.html", "gidiş-dönüş yaklaşık 40 €", "pension, dolmuş, ferry (EUR): not fees"),
                 Q("sponsorlar.html", "Ana sponsor 150.000 TL", "not a fee"),
                 Q("zeytinyagi.html", "litresi 450 TL'den satılacak", "olive oil sold: not a fee")],
        "free_option": [Q("ucretler.html", "Ziraat fakültesi öğrencileri çalıştaya ücretsiz katılabilir")],
        "fee_support": [Q("ucretler.html", "Ziraat fakültesi öğrencileri çalıştaya ücretsiz katılabilir", "free for one group")],
        "remote_participation": [Q("sss.html", "Çalıştay yalnızca yüz yüze yapılacak; çevrimiçi katılım ya da canlı yayın yok.")],
        "captcha": [M("sss.html", '<div class="h-captcha"', "hCaptcha on the FAQ question form")],
        "account_required": [Q("sss.html", "Satın almak için Biletix üyeliği gerekir")],
        "registration_form": [N("no own registration form; the FAQ question form has 3 fields", "sss.html")],
        "registration_host": [M("sss.html", 'href="https://www.biletix.com/etkinlik/AYVZEYTIN27/TURKIYE/tr"', "link only in the FAQ")],
        "registration_pdf_only": [N("online platform")],
        "min_age": [Q("sss.html", "18 yaşından küçükler tadım atölyesine katılamaz")],
        "accessibility_statement": [Q("erisilebilirlik.html", "girişte rampa ve salona asansör var")],
        "access_services": [Q("erisilebilirlik.html", "tekerlekli sandalye kullanıcıları tüm alanlara ulaşabilir", "wheelchair_access"),
                            Q("erisilebilirlik.html", "Türk İşaret Dili tercümanı bulunacak", "sign_language"),
                            Q("erisilebilirlik.html", "Yunanca–Türkçe ardıl çeviri yapılacak", "interpretation")],
        "videos_without_captions": [M("index.html", 'srclang="tr"', "the only video has a captions track")],
        "pdf_only_documents": [N("no PDF")],
    })
