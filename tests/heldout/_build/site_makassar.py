"""Makassar, Indonesia: an internet providers' association's conference on connectivity in eastern Indonesia (id, English page)."""
from lib import *

SLUG = "konferensi-konektivitas-indonesia-timur-makassar"
NAME = "Konferensi Konektivitas Indonesia Timur 2027"
NAV = [("index.html", "Beranda"), ("tiket.html", "Tiket"), ("daring.html", "Ikut daring"),
       ("aksesibilitas.html", "Aksesibilitas"), ("en.html", "English"), ("sponsor.html", "Sponsor"), ("info.html", "Info praktis")]
s = mk(SLUG, NAME, "id", "#00707a", "KKIT", NAV,
       foot={"id": "<p>Asosiasi Penyelenggara Internet Sulawesi (fiktif), Makassar — info@kkit.example.id</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>Konferensi Konektivitas Indonesia Timur 2027</h1>
<p>Salamakki! Pada 22–23 September 2027 di Makassar, penyelenggara internet, pemerintah daerah, kampus dan komunitas membahas kabel laut, satelit orbit rendah, menara di desa terpencil dan harga akses internet di kawasan timur Indonesia.</p>
<p><a href="@tiket.html">Beli tiket</a> · <a href="@konferensi-2025.html">Konferensi 2025</a></p>
""" + video("media/kkit-2026.mp4", track="media/kkit-2026.id.vtt", track_lang="id", label="Bahasa Indonesia") + """
""")
placeholder_media(s, "media/kkit-2026.mp4")
vtt(s, "media/kkit-2026.id.vtt", "Selamat datang di KKIT.")

s.page("tiket.html", "Tiket", """
<h1>Tiket</h1>
<table><tr><th>Jenis tiket</th><th>Harga</th></tr>
<tr><td>Umum</td><td>Rp 750.000</td></tr>
<tr><td>Mahasiswa</td><td>Rp 250.000</td></tr>
<tr><td>Tiket daring (Zoom, dengan tanya jawab)</td><td>Rp 300.000</td></tr></table>
<p>Tiket dijual melalui Loket: <a href="https://loket.com/event/kkit2027">loket.com/event/kkit2027</a>. Pembelian tiket di Loket memerlukan akun Loket; silakan masuk (login) atau daftar terlebih dahulu.</p>
""")

s.page("daring.html", "Ikut daring", """
<h1>Ikut secara daring</h1>
<p>Pemegang tiket daring mengikuti semua sesi melalui Zoom dan dapat mengajukan pertanyaan langsung kepada pembicara.</p>
""")

s.page("aksesibilitas.html", "Aksesibilitas", """
<h1>Aksesibilitas</h1>
<p>Gedung konferensi memiliki lift dan akses kursi roda.</p>
<p>Juru bahasa isyarat Bisindo hadir di semua sesi pleno.</p>
<p>Takarir langsung (live captioning) dalam bahasa Indonesia ditampilkan di layar utama.</p>
<p>Kebutuhan akses lain: akses@kkit.example.id</p>
""")

s.page("en.html", "Eastern Indonesia Connectivity Conference — English", """
<h1>Eastern Indonesia Connectivity Conference 2027</h1>
<p>Internet providers, local governments, universities and communities meet in Makassar on 22–23 September 2027 to discuss submarine cables, low-earth-orbit satellites, towers in remote villages and the price of internet access in eastern Indonesia.</p>
<p>Tickets: IDR 750,000 (general), IDR 250,000 (students) and IDR 300,000 for the online ticket with live questions over Zoom. Tickets are sold on Loket, which requires a Loket account.</p>
""", lang="en")

s.page("sponsor.html", "Sponsor", """
<h1>Paket sponsor</h1>
<p>Platinum: US$ 5,000. Booth pameran: Rp 50.000.000.</p>
<p><a href="@docs/prospektus-sponsor.pdf">Prospektus sponsor (PDF)</a></p>
""")
s.pdf("docs/prospektus-sponsor.pdf", "KKIT 2027 sponsor prospectus")

s.page("info.html", "Info praktis", """
<h1>Info praktis</h1>
<p>Hotel mitra di Pantai Losari: Rp 850.000 per malam. Pete-pete dari bandara: Rp 5.000.</p>
<p>Lowongan: network engineer anggota asosiasi, Rp 9.000.000 per bulan.</p>
""")

ENTRY = entry(s, name="Eastern Indonesia Connectivity Conference, Makassar", languages=["id", "en"],
    fees=[(750000, "IDR"), (250000, "IDR"), (300000, "IDR")], free_option=False, fee_support=True,
    remote_participation=True, captcha=[], account_required=True, registration_form=None,
    registration_host="loket.com", registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "tiket.html", "daring.html", "aksesibilitas.html", "en.html"],
    deliberate_404=["konferensi-2025.html"],
    evidence={
        "languages": [Q(P, "penyelenggara internet, pemerintah daerah, kampus dan komunitas membahas kabel laut"),
                      M("en.html", '<html lang="en">', "English page"), Q(P, "Salamakki!", "Makassarese greeting: not content")],
        "un_languages": [N("en")],
        "fees": [Q("tiket.html", "Umum Rp 750.000"), Q("tiket.html", "Mahasiswa Rp 250.000"),
                 Q("tiket.html", "Tiket daring (Zoom, dengan tanya jawab) Rp 300.000"),
                 Q("en.html", "Tickets: IDR 750,000 (general), IDR 250,000 (students)", "restated, no new entry"),
                 Q("sponsor.html", "Platinum: US$ 5,000.", "sponsor: not a fee"),
                 Q("info.html", "Rp 850.000 per malam", "hotel: not a fee"),
                 Q("info.html", "Rp 9.000.000 per bulan", "salary: not a fee")],
        "free_option": [N("fees stated, nothing said about a free way")],
        "fee_support": [Q("tiket.html", "Mahasiswa Rp 250.000", "student rate below another fee")],
        "remote_participation": [Q("daring.html", "Pemegang tiket daring mengikuti semua sesi melalui Zoom dan dapat mengajukan pertanyaan langsung kepada pembicara.")],
        "captcha": [N("no form on the site")],
        "account_required": [Q("tiket.html", "Pembelian tiket di Loket memerlukan akun Loket")],
        "registration_form": [N("no own form")],
        "registration_host": [M("tiket.html", 'href="https://loket.com/event/kkit2027"')],
        "registration_pdf_only": [N("ticket platform")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("aksesibilitas.html", "Gedung konferensi memiliki lift dan akses kursi roda.")],
        "access_services": [Q("aksesibilitas.html", "Juru bahasa isyarat Bisindo hadir di semua sesi pleno."),
                            Q("aksesibilitas.html", "Takarir langsung (live captioning) dalam bahasa Indonesia ditampilkan di layar utama.", "captions, no CART named")],
        "videos_without_captions": [M(P, '<track kind="captions"', "captioned")],
        "pdf_only_documents": [Q("sponsor.html", "Prospektus sponsor (PDF)", "not a participation document")],
    })
