"""İzmir, Turkey: a lawyers' association's conference on digital rights and AI law (tr, en section)."""
from lib import *

SLUG = "dijital-haklar-yapay-zeka-hukuku-konferansi-izmir"
NAME = "Dijital Haklar ve Yapay Zekâ Hukuku Konferansı 2027"
NAV = [("index.html", "Ana sayfa"), ("kayit.html", "Kayıt"), ("ucretler.html", "Ücretler"), ("program.html", "Program"),
       ("yayin.html", "Canlı yayın"), ("erisilebilirlik.html", "Erişilebilirlik"), ("sponsorluk.html", "Sponsorluk"),
       ("ulasim.html", "Ulaşım ve konaklama")]
s = mk(SLUG, NAME, "tr", "#8b1a1a", "DHK", NAV,
       foot={"tr": "<p>Ege Hukuk ve Teknoloji Derneği (kurgusal), İzmir — bilgi@dhk.example.tr</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>Dijital Haklar ve Yapay Zekâ Hukuku Konferansı</h1>
<p>Avukatlar, akademisyenler, stajyerler ve sivil toplum temsilcileri 8–9 Ekim 2027'de İzmir'de kişisel verilerin korunması, içerik kaldırma kararları, yapay zekâ düzenlemeleri ve ifade özgürlüğünü tartışıyor.</p>
<p>Açılış oturumu herkese ücretsiz açıktır (kayıt gerekmez).</p>
<p><a href="@kayit.html">Kayıt ol</a> · <a href="@ucretler.html">Ücretler</a></p>
""" + video("media/tanitim.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>Lawyers, academics, trainee lawyers and civil society meet in İzmir on 8–9 October 2027 to discuss data protection, content removal orders, AI regulation and freedom of expression. The fees are TRY 1,500 for bar members, TRY 2,500 for non-members and TRY 500 for trainee lawyers and students; the opening session is free and open to everyone. Sessions are interpreted between Turkish and English.</p>
</section>
""")
placeholder_media(s, "media/tanitim.mp4")

s.page("ucretler.html", "Ücretler", """
<h1>Katılım ücretleri</h1>
<table><tr><th>Katılımcı türü</th><th>Ücret</th></tr>
<tr><td>Baro üyeleri</td><td>1.500 TL</td></tr>
<tr><td>Üye olmayanlar</td><td>2.500 TL</td></tr>
<tr><td>Stajyer avukatlar ve öğrenciler</td><td>500 TL</td></tr>
<tr><td>Uygulamalı atölye: yapay zekâ sözleşmeleri (ek)</td><td>750 TL</td></tr></table>
""")

s.page("kayit.html", "Kayıt", """
<h1>Kayıt formu</h1>
<form action="@kayit.html" method="post">
""" + fld("ad", "Ad soyad (doldurulması zorunlu)") + fld("eposta", "E-posta (doldurulması zorunlu)", "email")
  + fld("tel", "Telefon (doldurulması zorunlu)", "tel") + fld("tc", "T.C. kimlik no (doldurulması zorunlu)")
  + fld("sicil", "Baro sicil no") + fld("kurum", "Büro veya kurum (doldurulması zorunlu)")
  + fld("tur", "Katılımcı türü (doldurulması zorunlu)", "select", opts=["Baro üyesi", "Üye değil", "Stajyer / öğrenci"])
  + fld("fatura", "Fatura adresi (doldurulması zorunlu)", "textarea")
  + fld("atolye", "Uygulamalı atölyeye de katılmak istiyorum", "checkbox")
  + fld("diyet", "Beslenme tercihi", "select", opts=["Yok", "Vejetaryen", "Vegan"])
  + fld("erisim", "Erişim ihtiyaçları", "textarea")
  + fld("kvkk", "KVKK aydınlatma metnini okudum (doldurulması zorunlu)", "checkbox") + """
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Gönder</button>
</form>
""")

s.page("program.html", "Program", """
<h1>Program</h1>
<p>Ayrıntılı program yalnızca PDF olarak yayımlanmıştır: <a href="@docs/program-2027.pdf">programı indir (PDF)</a>.</p>
""")
s.pdf("docs/program-2027.pdf", "Program 2027\n8 Ekim\n9 Ekim")

s.page("yayin.html", "Canlı yayın", """
<h1>Canlı yayın</h1>
<p>Konferans yalnızca yüz yüze yapılır; YouTube yayını yalnızca izlemek içindir, sorular salondan alınır.</p>
""")

s.page("erisilebilirlik.html", "Erişilebilirlik", """
<h1>Erişilebilirlik</h1>
<p>Kongre merkezi asansörlüdür ve tekerlekli sandalye ile erişilebilir.</p>
<p>Tüm oturumlarda Türk İşaret Dili tercümanı bulunur.</p>
<p>Ana salonda canlı altyazı verilir.</p>
<p>Türkçe–İngilizce simultane çeviri yapılır.</p>
<p>Erişim talepleri: erisim@dhk.example.tr</p>
""")

s.page("sponsorluk.html", "Sponsorluk", """
<h1>Sponsorluk</h1>
<p>Ana sponsor: 10.000 €. Stant: 60.000 TL.</p>
""")

s.page("ulasim.html", "Ulaşım ve konaklama", """
<h1>Ulaşım ve konaklama</h1>
<p>Anlaşmalı otel: 1.800 TL/gece. İZBAN: 25 TL. Karşıyaka vapuru: 20 TL.</p>
<p>İş ilanı: dernek hukuk müşaviri, aylık 45.000 TL.</p>
""")

ENTRY = entry(s, name="Conference on digital rights and AI law, İzmir", languages=["tr", "en"],
    fees=[(1500, "TRY"), (2500, "TRY"), (500, "TRY"), (750, "TRY")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["recaptcha"], account_required=False,
    registration_form=(12, 8, ["phone", "id_document", "affiliation", "address"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "interpretation"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "kayit.html", "ucretler.html", "program.html", "yayin.html", "erisilebilirlik.html"],
    evidence={
        "languages": [Q(P, "kişisel verilerin korunması, içerik kaldırma kararları, yapay zekâ düzenlemeleri"),
                      M(P, '<section lang="en">', "English section")],
        "un_languages": [N("en")],
        "fees": [Q("ucretler.html", "Baro üyeleri 1.500 TL", "category rate"), Q("ucretler.html", "Üye olmayanlar 2.500 TL"),
                 Q("ucretler.html", "Stajyer avukatlar ve öğrenciler 500 TL"),
                 Q("ucretler.html", "Uygulamalı atölye: yapay zekâ sözleşmeleri (ek) 750 TL"),
                 Q(P, "The fees are TRY 1,500 for bar members, TRY 2,500 for non-members", "restated, no new entry"),
                 Q("sponsorluk.html", "Ana sponsor: 10.000 €.", "sponsor: not a fee"),
                 Q("ulasim.html", "Anlaşmalı otel: 1.800 TL/gece.", "hotel: not a fee"),
                 Q("ulasim.html", "dernek hukuk müşaviri, aylık 45.000 TL.", "salary: not a fee")],
        "free_option": [Q(P, "Açılış oturumu herkese ücretsiz açıktır (kayıt gerekmez).")],
        "fee_support": [Q("ucretler.html", "Stajyer avukatlar ve öğrenciler 500 TL", "trainee/student rate below another fee")],
        "remote_participation": [Q("yayin.html", "Konferans yalnızca yüz yüze yapılır; YouTube yayını yalnızca izlemek içindir, sorular salondan alınır.")],
        "captcha": [M("kayit.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [Q("kayit.html", "T.C. kimlik no (doldurulması zorunlu)"),
                              N("12 fields: name, email, phone, T.C. kimlik, bar registration no. (not sensitive), firm/institution, participant type, billing address, workshop checkbox, diet, access needs, KVKK checkbox; 8 with the marker")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("erisilebilirlik.html", "Kongre merkezi asansörlüdür ve tekerlekli sandalye ile erişilebilir.")],
        "access_services": [Q("erisilebilirlik.html", "Tüm oturumlarda Türk İşaret Dili tercümanı bulunur."),
                            Q("erisilebilirlik.html", "Ana salonda canlı altyazı verilir."),
                            Q("erisilebilirlik.html", "Türkçe–İngilizce simultane çeviri yapılır.")],
        "videos_without_captions": [M(P, 'src="media/tanitim.mp4">')],
        "pdf_only_documents": [Q("program.html", "Ayrıntılı program yalnızca PDF olarak yayımlanmıştır")],
    })
