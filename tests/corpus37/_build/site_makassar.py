"""Open-data conference, Makassar (Indonesia): Indonesian, a Makassarese section without lang (not listable); IDR;
Goers needing an account (said only in the FAQ); travel support only in the FAQ."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Beranda"), ("tiket.html", "Tiket"), ("lokakarya.html", "Lokakarya"), ("daring.html", "Sesi daring"),
       ("aksesibilitas.html", "Aksesibilitas"), ("tanya-jawab.html", "Tanya jawab"), ("sponsor.html", "Sponsor"),
       ("penginapan.html", "Penginapan")]
FOOT = {"id": "<p>Perkumpulan Data Terbuka Sulawesi — Jl. Urip Sumoharjo 88, Makassar. info@example.id</p>"}
s = mk("konferensi-data-terbuka-makassar", "Konferensi Data Terbuka Indonesia Timur 2027", "id", "#a16207", "DT", NAV, foot=FOOT)
s.pdf("docs/program-2027.pdf", "Konferensi Data Terbuka Indonesia Timur 2027 - program\nHari 1: data anggaran\nHari 2: data kebencanaan")

s.page("index.html", "Konferensi Data Terbuka Indonesia Timur 2027", """
<h1>Konferensi Data Terbuka Indonesia Timur 2027</h1>
<p>Makassar, 6–7 Juli 2027. Perkumpulan Data Terbuka Sulawesi mempertemukan jurnalis data, pemerintah daerah, peneliti, komunitas teknologi dan organisasi masyarakat sipil untuk membahas keterbukaan data anggaran, kebencanaan dan layanan publik di kawasan timur Indonesia.</p>
<p>Program lengkap hanya tersedia dalam format PDF: <a href="@docs/program-2027.pdf">unduh program (PDF)</a>.</p>
<p>Lihat <a href="@tiket.html">tiket</a>, <a href="@lokakarya.html">lokakarya</a> dan <a href="@tanya-jawab.html">tanya jawab</a>.</p>
<section>
<h2>Basa Mangkasara'</h2>
<p>Salamakki' ri kau ngaseng! Anne konferensi ri passala'na data tarbukaya nipare' ri Mangkasara', ri bulang Juli 2027. Ngasengi tau niundang battu a'bicara siagang assiara-siara pangngassengang.</p>
<p>Punna nia' pakkuta'nang, kiriming surat ri info@example.id.</p>
</section>
""")

s.page("tiket.html", "Tiket", """
<h1>Tiket</h1>
<ul><li>Tiket umum: Rp 350.000</li><li>Tiket mahasiswa: Rp 100.000</li></ul>
<p>Tidak ada tiket gratis; pembicara juga membeli tiket.</p>
<p>Tiket dijual melalui Goers: <a href="https://www.goersapp.com/events/konferensi-data-terbuka-indonesia-timur-2027">beli tiket di Goers</a>.</p>
<p>Peserta minimal berusia 17 tahun.</p>
""")

s.page("lokakarya.html", "Lokakarya", """
<h1>Lokakarya tambahan</h1>
<p>Lokakarya tambahan "Membersihkan data anggaran daerah" pada hari ketiga, 8 Juli: Rp 150.000 (di luar tiket konferensi), dibeli di Goers bersama tiket.</p>
""")

s.page("daring.html", "Sesi daring", """
<h1>Sesi daring</h1>
<p>Pemegang tiket yang tidak bisa hadir dapat mengikuti sesi daring melalui Zoom dengan tanya jawab langsung bersama pembicara.</p>
""")

s.page("aksesibilitas.html", "Aksesibilitas", """
<h1>Aksesibilitas</h1>
<p>Juru bahasa isyarat Bisindo hadir pada semua sesi pleno.</p>
<p>Gedung dapat diakses dengan kursi roda; tersedia lift dan toilet aksesibel.</p>
""")

s.page("tanya-jawab.html", "Tanya jawab", """
<h1>Tanya jawab</h1>
<details open><summary>Apakah saya perlu akun?</summary><p>Ya. Pembelian tiket di Goers harus masuk dengan akun Goers.</p></details>
<details open><summary>Apakah ada bantuan perjalanan?</summary><p>Ya. Peserta dari Maluku dan Papua dapat mengajukan bantuan tiket pesawat pulang-pergi melalui info@example.id.</p></details>
<details open><summary>Apakah tiket bisa dikembalikan?</summary><p>Tidak, tetapi bisa dialihkan ke orang lain.</p></details>
""")

s.page("sponsor.html", "Sponsor", """
<h1>Sponsor dan donasi</h1>
<p>Paket sponsor emas Rp 75.000.000; stan pameran Rp 5.000.000.</p>
<p>Donasi untuk dana bantuan perjalanan mulai Rp 50.000.</p>
""")

s.page("penginapan.html", "Penginapan", """
<h1>Penginapan dan transportasi</h1>
<p>Hotel dekat lokasi mulai Rp 450.000 per malam. Ongkos pete-pete Rp 5.000.</p>
<p>Tiket pesawat Jakarta–Makassar mulai Rp 1.200.000.</p>
""")

ENTRY = entry(
    s, name="Eastern Indonesia Open Data Conference 2027 (Sulawesi Open Data Association, Makassar, Indonesia)",
    languages=["id"],
    fees=[(350000, "IDR"), (100000, "IDR"), (150000, "IDR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=[], account_required=True,
    registration_form=None,
    registration_host="www.goersapp.com", registration_pdf_only=False, min_age=17, accessibility_statement=True,
    access_services=["sign_language", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "tiket.html", "lokakarya.html", "daring.html", "aksesibilitas.html", "tanya-jawab.html"],
    evidence={
        "languages": [Q("index.html", "Perkumpulan Data Terbuka Sulawesi mempertemukan jurnalis data"),
                      Q("index.html", "Salamakki' ri kau ngaseng!", "Makassarese section without lang: no ISO 639-1 code, not listable")],
        "un_languages": [N("none")],
        "fees": [Q("tiket.html", "Tiket umum: Rp 350.000"),
                 Q("tiket.html", "Tiket mahasiswa: Rp 100.000"),
                 Q("lokakarya.html", "Rp 150.000 (di luar tiket konferensi)", "add-on workshop of the conference"),
                 Q("sponsor.html", "Paket sponsor emas Rp 75.000.000; stan pameran Rp 5.000.000.", "sponsor and stand: not fees"),
                 Q("sponsor.html", "mulai Rp 50.000", "donation: not a fee"),
                 Q("penginapan.html", "mulai Rp 450.000 per malam", "hotel: not a fee"),
                 Q("penginapan.html", "Ongkos pete-pete Rp 5.000.", "pete-pete: not a fee"),
                 Q("penginapan.html", "mulai Rp 1.200.000", "flight: not a fee")],
        "free_option": [Q("tiket.html", "Tidak ada tiket gratis; pembicara juga membeli tiket.")],
        "fee_support": [Q("tanya-jawab.html", "Peserta dari Maluku dan Papua dapat mengajukan bantuan tiket pesawat pulang-pergi", "FAQ"),
                        Q("tiket.html", "Tiket mahasiswa: Rp 100.000", "student rate")],
        "remote_participation": [Q("daring.html", "dapat mengikuti sesi daring melalui Zoom dengan tanya jawab langsung bersama pembicara")],
        "captcha": [N("no form at all")],
        "account_required": [Q("tanya-jawab.html", "Pembelian tiket di Goers harus masuk dengan akun Goers.", "FAQ only")],
        "registration_form": [N("tickets on Goers; no form on the site")],
        "registration_host": [M("tiket.html", 'href="https://www.goersapp.com/events/konferensi-data-terbuka-indonesia-timur-2027"')],
        "registration_pdf_only": [N("Goers")],
        "min_age": [Q("tiket.html", "Peserta minimal berusia 17 tahun.")],
        "accessibility_statement": [Q("aksesibilitas.html", "Gedung dapat diakses dengan kursi roda; tersedia lift dan toilet aksesibel.")],
        "access_services": [Q("aksesibilitas.html", "Juru bahasa isyarat Bisindo hadir pada semua sesi pleno.", "sign_language"),
                            Q("aksesibilitas.html", "dapat diakses dengan kursi roda", "wheelchair_access")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("index.html", "Program lengkap hanya tersedia dalam format PDF")],
    })
