"""İzmir: a (fictional) district city council's spring general assembly, a town-hall meeting (tr; an Arabic section
without a lang attribute)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Ana sayfa"), ("gundem.html", "Gündem"), ("katilim.html", "Nasıl katılırım?"),
       ("kayit.html", "Kayıt"), ("erisilebilirlik.html", "Erişilebilirlik"), ("ulasim.html", "Ulaşım"),
       ("haberler.html", "Haberler"), ("ilanlar.html", "İlanlar")]
FOOT = ('<p>Körfezkent Kent Konseyi, Atatürk Caddesi No: 214 (kurgusal adres), İzmir — '
        '<a href="mailto:genelkurul@korfezkent-kk.example.org.tr">genelkurul@korfezkent-kk.example.org.tr</a></p>')
s = mk("kent-konseyi-genel-kurulu-izmir", "Körfezkent Kent Konseyi Bahar Genel Kurulu 2027", "tr", "#c8102e", "KK",
       NAV, foot={"tr": FOOT}, newsletter={"tr": ("E-bülten:", "Abone ol")})
placeholder_media(s, "media/genel-kurul-2026.mp4")
s.write("img/guvenlik-kodu.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" width="130" height="42" viewBox="0 0 130 42">'
        '<rect width="130" height="42" fill="#f3efe6"/><path d="M0 12 L130 34 M0 34 L130 8" stroke="#bba" />'
        '<text x="12" y="29" font-family="monospace" font-size="22" fill="#533" transform="rotate(3 65 21)">4hT9wQ</text></svg>\n')

s.page("index.html", "Körfezkent Kent Konseyi Bahar Genel Kurulu 2027 — İzmir", f"""
<h1>Bahar Genel Kurulu 2027</h1>
<p><strong>22 Mayıs 2027 Cumartesi, 10.00–16.00 · Körfezkent Kültür Merkezi Büyük Salon · Zoom üzerinden de</strong></p>
<p>Kıyı düzenleme planı sahili kimin için yeniden çiziyor? Minibüs hatları kaldırılırsa yokuştaki mahalleler nasıl
ulaşacak? Kent Konseyi'nin bahar genel kurulunda mahalle meclisleri, çalışma grupları, dernekler ve tek tek
Körfezkentliler belediye yönetimine doğrudan söz alıp soru soracak, gündem maddeleri oylanacak ve alınan kararlar
belediye meclisine iletilecek.</p>
<ul>
  <li><a href="gundem.html">Gündem</a></li>
  <li><a href="katilim.html">Kimler katılabilir, çevrimiçi katılım nasıl olur?</a></li>
  <li><a href="kayit.html">Ön kayıt formu</a></li>
  <li><a href="erisilebilirlik.html">Erişilebilirlik ve çeviri</a></li>
</ul>
<h2>2026 Güz Genel Kurulu'ndan</h2>
{video("media/genel-kurul-2026.mp4")}
<section dir="rtl">
  <h2>للمقيمين الناطقين بالعربية</h2>
  <p>يدعو مجلس مدينة كورفزكنت جميع السكان، ومنهم المقيمون السوريون، إلى حضور الجمعية العامة الربيعية يوم السبت
  ٢٢ أيار ٢٠٢٧ في المركز الثقافي. الحضور مجاني، وستتوفر ترجمة تتابعية إلى العربية، ويمكنكم طرح أسئلتكم على
  البلدية مباشرة. يرجى التسجيل المسبق عبر استمارة الموقع.</p>
</section>
""")

s.page("gundem.html", "Gündem — Bahar Genel Kurulu 2027", """
<h1>Gündem</h1>
<ol>
  <li>Açılış ve divan seçimi</li>
  <li>Kıyı düzenleme planı: 2,4 milyar TL'lik projenin sunumu ve soru-cevap</li>
  <li>Minibüs hatları ve 65 yaş üstüne ücretsiz ulaşım kartı önerisi</li>
  <li>Çalışma gruplarının raporları (Engelliler, Kadın, Gençlik, Çevre)</li>
  <li>Önergelerin oylanması, dilek ve temenniler</li>
</ol>
""")

s.page("katilim.html", "Nasıl katılırım? — Bahar Genel Kurulu 2027", """
<h1>Nasıl katılırım?</h1>
<p>Genel Kurul herkese açık ve ücretsizdir. 16 yaşını doldurmuş tüm Körfezkentliler söz alabilir ve oy
kullanabilir; salona giriş için ön kayıt önerilir, kayıtlı katılımcılara öncelik verilir.</p>
<h2>Çevrimiçi katılım</h2>
<p>Salona gelemeyenler Zoom üzerinden katılabilir: çevrimiçi katılımcılar “el kaldır” ile söz isteyebilir ve
gündem maddelerindeki oylamalara anket aracılığıyla katılabilir. Zoom bağlantısı, kayıt formunda “çevrimiçi”
seçenlere bir gün önce e-postayla gönderilir.</p>
<h2>Servis</h2>
<p>Engelli ve yaşlı katılımcılar için mahallelerden Kültür Merkezi'ne ücretsiz, rampalı servis aracı
düzenlenecektir; kayıt formunda belirtmeniz yeterli.</p>
""")

s.page("kayit.html", "Ön kayıt — Bahar Genel Kurulu 2027", """
<h1>Ön kayıt formu</h1>
<p>(zorunlu) ile işaretli alanların doldurulması gerekir. Kişisel verileriniz yalnızca Genel Kurul için kullanılır.</p>
<form action="kayit.html" method="post">
  <label for="ad">Ad Soyad (zorunlu)</label>
  <input type="text" id="ad" name="ad">
  <label for="tc">T.C. Kimlik No (zorunlu)</label>
  <input type="text" id="tc" name="tc">
  <label for="dogum">Doğum tarihi</label>
  <input type="date" id="dogum" name="dogum">
  <label for="tel">Telefon (zorunlu)</label>
  <input type="tel" id="tel" name="tel">
  <label for="eposta">E-posta (zorunlu)</label>
  <input type="email" id="eposta" name="eposta">
  <label for="mahalle">Mahalle (zorunlu)</label>
  <select id="mahalle" name="mahalle"><option>Alaybey</option><option>Bahriye Üçok</option><option>Yalı</option><option>Tersane</option><option>Diğer</option></select>
  <fieldset>
    <legend>Katılım şekli (zorunlu)</legend>
    <input type="radio" id="k1" name="katilim" value="salon"> <label for="k1">Salonda</label>
    <input type="radio" id="k2" name="katilim" value="cevrimici"> <label for="k2">Çevrimiçi (Zoom)</label>
  </fieldset>
  <label for="kurum">Temsil ettiğiniz kurum, dernek veya meclis</label>
  <input type="text" id="kurum" name="kurum">
  <p><img src="img/guvenlik-kodu.svg" alt="Güvenlik kodu" width="130" height="42"></p>
  <label for="kod">Güvenlik kodu (zorunlu)</label>
  <input type="text" id="kod" name="kod">
  <button type="submit">Kaydı gönder</button>
</form>
""")

s.page("erisilebilirlik.html", "Erişilebilirlik — Bahar Genel Kurulu 2027", """
<h1>Erişilebilirlik ve çeviri</h1>
<ul>
  <li>Büyük Salon zemin kattadır; tekerlekli sandalye ile erişilebilir giriş ve engelli tuvaleti vardır.</li>
  <li>Tüm oturumlarda Türk İşaret Dili tercümanı bulunacaktır.</li>
  <li>Konuşmalar salondaki ekranda ve Zoom'da canlı altyazı ile izlenebilir.</li>
  <li>Arapça konuşan katılımcılar için ardıl çeviri yapılacaktır.</li>
</ul>
<p>Başka bir ihtiyacınız varsa 0232 000 00 00 numaralı telefondan veya genelkurul@korfezkent-kk.example.org.tr
adresinden bize ulaşın.</p>
""")

s.page("ulasim.html", "Ulaşım — Bahar Genel Kurulu 2027", """
<h1>Ulaşım</h1>
<p>İZBAN Körfezkent istasyonu 5 dakika yürüme mesafesindedir (tam bilet ₺20). Vapur iskelesinden 10 dakika.</p>
<p>Kültür Merkezi otoparkı: günlük ₺40.</p>
""")

s.page("haberler.html", "Haberler — Körfezkent Kent Konseyi", """
<h1>Haberler</h1>
<p>Güz Genel Kurulu kararları belediye meclisine iletildi. <a href="tutanak-2026-guz.html">Tutanağı okuyun</a>.</p>
<p>Gençlik Meclisi yeni yürütme kurulunu seçti.</p>
""")

s.page("ilanlar.html", "İlanlar — Körfezkent Kent Konseyi", """
<h1>İlanlar</h1>
<p>Kent Konseyi koordinatörü aranıyor: tam zamanlı, brüt 48.000 TL aylık ücret.</p>
""")

ENTRY = entry(
    s, name="Körfezkent City Council spring general assembly 2027 (town-hall meeting, İzmir)",
    languages=["tr", "ar"],
    fees=[], free_option=True, fee_support=True, remote_participation=True,
    captcha=["image"], account_required=False,
    registration_form=(9, 7, ["id_document", "birth_date", "phone", "affiliation"]),
    min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "katilim.html", "kayit.html", "erisilebilirlik.html"],
    deliberate_404=["tutanak-2026-guz.html"],
    evidence={
        "languages": [Q("index.html", "Kıyı düzenleme planı sahili kimin için yeniden çiziyor?"),
                      Q("index.html", "يدعو مجلس مدينة كورفزكنت جميع السكان، ومنهم المقيمون السوريون",
                        "Arabic section without a lang attribute"),
                      M("index.html", '<section dir="rtl">')],
        "un_languages": [N("ar")],
        "fees": [Q("katilim.html", "Genel Kurul herkese açık ve ücretsizdir.", "no price"),
                 Q("ulasim.html", "tam bilet ₺20", "train, parking: not fees"),
                 Q("gundem.html", "2,4 milyar TL'lik projenin sunumu", "agenda item, not a fee"),
                 Q("ilanlar.html", "brüt 48.000 TL aylık ücret", "salary, not a fee")],
        "free_option": [Q("katilim.html", "Genel Kurul herkese açık ve ücretsizdir."),
                        Q("index.html", "الحضور مجاني", "same in the Arabic section")],
        "fee_support": [Q("katilim.html", "Engelli ve yaşlı katılımcılar için mahallelerden Kültür Merkezi'ne ücretsiz, rampalı servis aracı",
                          "free accessible shuttle: transport support"),
                        Q("gundem.html", "65 yaş üstüne ücretsiz ulaşım kartı önerisi", "agenda item, not support")],
        "remote_participation": [Q("katilim.html", "çevrimiçi katılımcılar “el kaldır” ile söz isteyebilir ve gündem maddelerindeki oylamalara anket aracılığıyla katılabilir")],
        "captcha": [M("kayit.html", '<img src="img/guvenlik-kodu.svg" alt="Güvenlik kodu"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields: name, T.C. kimlik no, birth date, phone, e-mail, neighbourhood select, "
                                "participation radio (=1), organisation, security-code text box. Required ((zorunlu)): "
                                "name, T.C. no, phone, e-mail, neighbourhood, participation, code = 7. Sensitive: "
                                "id_document, birth_date, phone, affiliation (neighbourhood is not). Footer e-bulletin "
                                "(1 field) not counted.", "kayit.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("katilim.html", "16 yaşını doldurmuş tüm Körfezkentliler söz alabilir", "16"),
                    Q("gundem.html", "65 yaş üstüne ücretsiz ulaşım kartı", "agenda item, not a limit")],
        "accessibility_statement": [Q("erisilebilirlik.html", "Başka bir ihtiyacınız varsa")],
        "access_services": [Q("erisilebilirlik.html", "tekerlekli sandalye ile erişilebilir giriş"),
                            Q("erisilebilirlik.html", "Tüm oturumlarda Türk İşaret Dili tercümanı bulunacaktır."),
                            Q("erisilebilirlik.html", "canlı altyazı ile izlenebilir", "captions"),
                            Q("erisilebilirlik.html", "Arapça konuşan katılımcılar için ardıl çeviri yapılacaktır.",
                              "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/genel-kurul-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
