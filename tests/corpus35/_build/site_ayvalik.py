from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt
S = "ayvalik-kus-gozlemcileri-kongresi"
NAV = [("index.html", "Kongre"), ("ucretler.html", "Ücretler"), ("kayit.html", "Kayıt"), ("cevrimici.html", "Çevrimiçi bildiriler"),
       ("erisim.html", "Erişilebilirlik"), ("ellinika.html", "Ελληνικά"), ("dukkan.html", "Dükkân"), ("ulasim.html", "Ulaşım")]
s = mk(S, "Ayvalık Kuş Gözlemcileri Kongresi", "tr-TR", "#2c5d8f", "KGK", NAV,
       foot={"tr-TR": '<p>Kuzey Ege Kuş Gözlem Derneği, Sarımsaklı yolu, Ayvalık — kongre@kusgozlem.example.tr</p>'})
placeholder_media(s, "media/flamingo.mp4")
vtt(s, "media/flamingo.vtt", "Alibey sazlığında flamingolar")
s.page("index.html", "Ayvalık Kuş Gözlemcileri Kongresi 2027", """
<h1>Ayvalık Kuş Gözlemcileri Kongresi 2027</h1>
<p>İlkbahar göçü sırasında üç gün boyunca amatör ve profesyonel kuş gözlemcileri Ayvalık'ta buluşuyor: halka sayımları, sulak alanların korunması, vatandaş bilimi uygulamaları ve fotoğraf etiği.</p>
<ul>
<li><a href="@ucretler.html">Ücretler</a></li>
<li><a href="@kayit.html">Kayıt</a></li>
<li><a href="@cevrimici.html">Çevrimiçi bildiri sunumu</a></li>
<li><a href="@erisim.html">Erişilebilirlik</a></li>
<li><a href="@ellinika.html">Πληροφορίες στα ελληνικά</a></li>
</ul>
""" + video("media/flamingo.mp4", track="media/flamingo.vtt", track_lang="tr", label="Türkçe"))
s.page("ucretler.html", "Ücretler", """
<h1>Kayıt ücretleri</h1>
<ul>
<li>Genel katılım: 1.800 TL</li>
<li>Öğrenciler: 900 TL</li>
<li>Kongrenin Cunda ve Alibey sazlıkları gözlem gezisi (isteğe bağlı): 650 TL</li>
</ul>
<p>Ücretsiz katılım yoktur; konuşmacılar da kayıt ücreti öder.</p>
""")
s.page("kayit.html", "Kayıt", """
<h1>Kayıt</h1>
<p>Kayıt <a href="https://www.passo.com.tr/tr/etkinlik/ayvalik-kus-gozlemcileri-kongresi-2027">Passo</a> üzerinden yapılır; bilet almak için Passo üyeliği gerekir.</p>
<p>Kongreye on altı yaşını doldurmuş herkes katılabilir.</p>
<h2>Sorunuz mu var?</h2>
<form action="@kayit.html" method="post">
""" + fld("s-ad", "Adınız") + fld("s-eposta", "E-posta", "email") + fld("s-soru", "Sorunuz", "textarea") + """
<div id="lemin-cropped-captcha"></div>
<button type="submit">Gönder</button>
</form>
""")
s.page("cevrimici.html", "Çevrimiçi bildiriler", """
<h1>Çevrimiçi bildiri sunumu</h1>
<p>Gelemeyen araştırmacılar bildirilerini Zoom üzerinden sunabilir; salondaki katılımcıların soruları canlı olarak yanıtlanır.</p>
""")
s.page("erisim.html", "Erişilebilirlik", """
<h1>Erişilebilirlik</h1>
<p>Kongre salonuna asansörle çıkılır; salon tekerlekli sandalye kullanıcıları için uygundur.</p>
<p>Açılış ve panellerde Türk İşaret Dili tercümanı bulunur ve canlı altyazı sağlanır.</p>
""")
s.page("ellinika.html", "Πληροφορίες στα ελληνικά", """
<h1>Συνέδριο παρατηρητών πουλιών στο Αϊβαλί</h1>
<p>Το συνέδριο γίνεται κατά τη μετανάστευση της άνοιξης και είναι ανοιχτό και σε παρατηρητές από τη Λέσβο. Οι ομιλίες είναι στα τουρκικά και στα αγγλικά.</p>
<p>Η συμμετοχή κοστίζει 1.800 λίρες, για φοιτητές 900 λίρες. Η εγγραφή γίνεται μέσω του Passo.</p>
""", lang="tr")
s.page("dukkan.html", "Dükkân", """
<h1>Dernek dükkânı</h1>
<p>8x42 dürbün: 4.200 TL. Türkiye kuşları rehber kitabı: 750 TL.</p>
""")
s.page("ulasim.html", "Ulaşım", """
<h1>Ulaşım ve konaklama</h1>
<p>Midilli'den feribot: tek yön 25 €. Otel odaları gecelik 2.400 TL'den başlar.</p>
<p><a href="@harita-eski.html">Eski gözlem noktaları haritası</a></p>
""")
ENTRY = entry(s, name="Ayvalık birdwatchers' congress 2027 (North Aegean birdwatching society, Turkey)",
    languages=["tr", "el"], fees=[(1800, "TRY"), (900, "TRY"), (650, "TRY")], free_option=False, fee_support=True,
    remote_participation=True, captcha=["other"], account_required=True, registration_form=None,
    registration_host="www.passo.com.tr", min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "ucretler.html", "kayit.html", "cevrimici.html", "erisim.html", "ellinika.html"],
    deliberate_404=["harita-eski.html"],
    evidence={
        "languages": [Q("index.html", "İlkbahar göçü sırasında üç gün boyunca amatör ve profesyonel kuş gözlemcileri"),
                      M("ellinika.html", '<html lang="tr">', "Greek page declared tr"),
                      Q("ellinika.html", "Το συνέδριο γίνεται κατά τη μετανάστευση της άνοιξης")],
        "un_languages": [N("none: tr and el are not UN languages")],
        "fees": [Q("ucretler.html", "Genel katılım: 1.800 TL", "1800 TRY"), Q("ucretler.html", "Öğrenciler: 900 TL", "900 TRY"),
                 Q("ucretler.html", "Kongrenin Cunda ve Alibey sazlıkları gözlem gezisi (isteğe bağlı): 650 TL", "650 TRY field trip of the congress"),
                 Q("ellinika.html", "Η συμμετοχή κοστίζει 1.800 λίρες", "Greek restatement: no new entry"),
                 Q("dukkan.html", "8x42 dürbün: 4.200 TL.", "goods: not fees"),
                 Q("ulasim.html", "tek yön 25 €", "EUR ferry and hotel: not fees")],
        "free_option": [Q("ucretler.html", "Ücretsiz katılım yoktur; konuşmacılar da kayıt ücreti öder.")],
        "fee_support": [Q("ucretler.html", "Öğrenciler: 900 TL", "student rate below 1800")],
        "remote_participation": [Q("cevrimici.html", "bildirilerini Zoom üzerinden sunabilir; salondaki katılımcıların soruları canlı olarak yanıtlanır")],
        "captcha": [M("kayit.html", '<div id="lemin-cropped-captcha">', "Lemin on the question form: other")],
        "account_required": [Q("kayit.html", "bilet almak için Passo üyeliği gerekir")],
        "registration_form": [N("only a 3-field question form; registration through Passo", "kayit.html")],
        "registration_host": [M("kayit.html", 'href="https://www.passo.com.tr/tr/etkinlik/ayvalik-kus-gozlemcileri-kongresi-2027"')],
        "registration_pdf_only": [N("platform")],
        "min_age": [Q("kayit.html", "Kongreye on altı yaşını doldurmuş herkes katılabilir.")],
        "accessibility_statement": [Q("erisim.html", "salon tekerlekli sandalye kullanıcıları için uygundur")],
        "access_services": [Q("erisim.html", "salon tekerlekli sandalye kullanıcıları için uygundur", "wheelchair_access"),
                            Q("erisim.html", "Türk İşaret Dili tercümanı bulunur", "sign_language"),
                            Q("erisim.html", "canlı altyazı sağlanır", "captions")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/flamingo.vtt"', "captioned video only")],
        "pdf_only_documents": [N("no PDF")],
    })
