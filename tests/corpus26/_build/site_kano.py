"""Northern poultry farmers' conference (made-up poultry farmers' association, Kano, Nigeria): ha, English section
without lang."""
from lib import *

NAV = [("index.html", "Gida"), ("kudade.html", "Kudin shiga"), ("rajista.html", "Rajista"), ("shiri.html", "Shirin taro"),
       ("fassara.html", "Harsuna da fassara"), ("masu-tallafi.html", "Masu tallafi"), ("masauki.html", "Masauki"),
       ("kasuwa.html", "Kasuwar kayan kiwo")]
s = mk("taron-masu-kiwon-kaji-kano", "Taron Masu Kiwon Kaji na Arewa", "ha", "#9a6a00", "KAJI", NAV,
       foot={"ha": "<p>Kungiyar Masu Kiwon Kaji ta Arewa (kirkirarriya), Titin Zoo, Kano · taro@kiwonkaji.example.ng</p>"})

s.page("index.html", "Taron Masu Kiwon Kaji na Arewa 2027 – Kano", """
<h1>Taron Masu Kiwon Kaji na Arewa 2027</h1>
<p>Kungiyar Masu Kiwon Kaji ta Arewa tana gayyatar manoma, likitocin dabbobi da masu sayar da abinci kaji zuwa taron shekara-shekara a Kano daga 3 zuwa 4 ga Maris, 2027.</p>
<p>Za a tattauna kan rigakafin cututtuka, farashin abinci kaji da yadda matasa za su fara kiwo. Akwai kuma ziyarar gani da ido zuwa gonar kaji a Dawakin Tofa.</p>
<ul>
<li><a href="@kudade.html">Kudin shiga</a></li>
<li><a href="@rajista.html">Yadda ake rajista</a></li>
<li><a href="@shiri.html">Shirin taro</a></li>
<li><a href="@fassara.html">Harsuna da fassara</a></li>
</ul>
""" + video("media/gona.mp4") + """
<section>
<h2>For English speakers</h2>
<p>The Northern Poultry Farmers' Conference meets in Kano every March. Sessions are held in Hausa, and the main talks are interpreted into English for visiting delegates and company representatives.</p>
</section>
""")
placeholder_media(s, "media/gona.mp4")

s.page("kudade.html", "Kudin shiga – Taron Masu Kiwon Kaji", """
<h1>Kudin shiga</h1>
<ul>
<li>Manoma mambobin kungiyoyin hadin gwiwa: ₦10,000</li>
<li>Kamfanoni da sauran mahalarta: ₦25,000</li>
<li>Ziyarar gona a Dawakin Tofa (ban da kudin shiga): ₦3,000</li>
</ul>
<p>Babu rangwame, kuma babu tallafin kudin mota ko masauki ga mahalarta.</p>
<p>Kudin shiga ya hada da abincin rana da takardun taro.</p>
""")

s.page("rajista.html", "Rajista – Taron Masu Kiwon Kaji", """
<h1>Yadda ake rajista</h1>
<p>Ana yin rajista da biyan kudi ta shafin <a href="https://tix.africa/discover/taron-kiwon-kaji-2027">Tix</a>. Sai kun bude asusu (account) a Tix kafin ku sayi tikiti.</p>
<p>Taron na masu shekaru goma sha shida zuwa sama ne.</p>
""")

s.page("shiri.html", "Shirin taro – Taron Masu Kiwon Kaji", """
<h1>Shirin taro</h1>
<p>Rana ta farko: bude taro, jawabi kan cutar Newcastle, tattaunawa kan farashin masara da waken soya.</p>
<p>Rana ta biyu: ziyarar gona, horo kan ajiyar kwai, rufe taro.</p>
<p>Za a watsa jawabai kai tsaye a YouTube don kallo kawai; ba za a karbi tambayoyi ta intanet ba.</p>
""")

s.page("fassara.html", "Harsuna da fassara – Taron Masu Kiwon Kaji", """
<h1>Harsuna da fassara</h1>
<p>Ana gudanar da taron da Hausa. Za a fassara manyan jawabai daga Hausa zuwa Turanci ta na'urar kunne ga baki.</p>
""")

s.page("masu-tallafi.html", "Masu tallafi – Taron Masu Kiwon Kaji", """
<h1>Masu tallafi da rumfuna</h1>
<p>Babban mai tallafi: ₦2,000,000. Rumfar baje koli: ₦150,000.</p>
""")

s.page("masauki.html", "Masauki – Taron Masu Kiwon Kaji", """
<h1>Masauki da sufuri</h1>
<p>Otal a Nassarawa GRA: ₦35,000 a dare.</p>
<p>Keke napep daga tashar mota zuwa wurin taro: kusan ₦800.</p>
""")

s.page("kasuwa.html", "Kasuwar kayan kiwo – Taron Masu Kiwon Kaji", """
<h1>Kasuwar kayan kiwo</h1>
<p>Buhun abinci kaji (25kg): ₦14,500. 'Yan tsaki na kwana daya: ₦750 kowanne.</p>
""")

P = ["index.html", "kudade.html", "rajista.html", "shiri.html", "fassara.html"]
ENTRY = entry(s, name="Northern Poultry Farmers' Conference 2027 (poultry farmers' association, Kano, Nigeria)",
    languages=["ha", "en"], fees=[(10000, "NGN"), (25000, "NGN"), (3000, "NGN")],
    free_option=False, fee_support=False, remote_participation=False, captcha=[], account_required=True,
    registration_form=None, registration_host="tix.africa", min_age=16, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=False, participation_pages=P,
    evidence={
        "languages": [Q("index.html", "Kungiyar Masu Kiwon Kaji ta Arewa tana gayyatar manoma, likitocin dabbobi da masu sayar da abinci kaji"),
                      Q("index.html", "The Northern Poultry Farmers' Conference meets in Kano every March.", "English section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("kudade.html", "Manoma mambobin kungiyoyin hadin gwiwa: ₦10,000", "cooperative-member rate: fee, not support"),
                 Q("kudade.html", "Kamfanoni da sauran mahalarta: ₦25,000"),
                 Q("kudade.html", "Ziyarar gona a Dawakin Tofa (ban da kudin shiga): ₦3,000", "paid field visit"),
                 Q("masu-tallafi.html", "Babban mai tallafi: ₦2,000,000.", "sponsor, stand: not fees"),
                 Q("masauki.html", "Otal a Nassarawa GRA: ₦35,000 a dare.", "hotel, keke: not fees"),
                 Q("kasuwa.html", "Buhun abinci kaji (25kg): ₦14,500.", "goods: not fees")],
        "free_option": [N("fees stated, nothing said about a free way: false", "kudade.html")],
        "fee_support": [Q("kudade.html", "Babu rangwame, kuma babu tallafin kudin mota ko masauki ga mahalarta.")],
        "remote_participation": [Q("shiri.html", "Za a watsa jawabai kai tsaye a YouTube don kallo kawai; ba za a karbi tambayoyi ta intanet ba.")],
        "captcha": [N("no CAPTCHA on the site")],
        "account_required": [Q("rajista.html", "Sai kun bude asusu (account) a Tix kafin ku sayi tikiti.")],
        "registration_form": [N("no own form; registration on Tix")],
        "registration_host": [M("rajista.html", 'href="https://tix.africa/discover/taron-kiwon-kaji-2027"')],
        "registration_pdf_only": [N("Tix")],
        "min_age": [Q("rajista.html", "Taron na masu shekaru goma sha shida zuwa sama ne.", "16 in words")],
        "accessibility_statement": [N("only interpretation is mentioned: no provision, no contact", "fassara.html")],
        "access_services": [Q("fassara.html", "Za a fassara manyan jawabai daga Hausa zuwa Turanci", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/gona.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
