"""Japanese civic-tech summit, Fukuoka, with an English page. Fees in a table whose currency (円) is only in the
header, free online participation with questions and remote hackathon pitches, connpass with a login, hackathon
age limit in kanji (満十八歳), childcare 1-6, UD Talk live captions, sign language; sponsor/hotel/subway/salary."""
from lib import mk, Q, M, N, entry, placeholder_media, vtt

NAV = [("index.html", "トップ"), ("program.html", "プログラム"), ("moushikomi.html", "参加申込"), ("ryoukin.html", "参加費"),
       ("online.html", "オンライン参加"), ("accessibility.html", "アクセシビリティ"), ("hackathon.html", "ハッカソン"),
       ("sponsors.html", "スポンサー"), ("travel.html", "宿泊・交通"), ("jobs.html", "求人")]
NAV_EN = [("en/index.html", "Home"), ("moushikomi.html", "Registration (Japanese)"), ("program.html", "Programme (Japanese)")]
s = mk("civictech-kyushu-summit-fukuoka", {"ja": "シビックテック九州サミット 2027", "en": "Civic Tech Kyushu Summit 2027"},
       "ja", "#7c3aed", "CTK", {"ja": NAV, "en": NAV_EN},
       langs={"ja": [("en/index.html", "English")], "en": [("index.html", "日本語")]},
       foot={"ja": "<p>シビックテック九州サミット実行委員会 · info@ctk-summit.example.jp</p>",
             "en": "<p>Civic Tech Kyushu Summit organising committee · info@ctk-summit.example.jp</p>"},
       homes={"ja": "index.html", "en": "en/index.html"})

ABOUT = ("シビックテック九州サミットは、市民・自治体職員・エンジニア・デザイナーが集まり、テクノロジーで地域の課題を"
         "解決する方法を一緒に考えるイベントです。")
PLATFORM = "参加申込はconnpassで受け付けています。お申し込みにはconnpassアカウントでのログインが必要です。"
ONLINE = ("オンライン参加は無料です。Slidoで登壇者への質問や投票に参加でき、ハッカソンのチームはオンラインで成果発表を"
          "行うこともできます。")
SIGN = "基調講演とパネルディスカッションには手話通訳がつきます。"
CAPS = "全てのメインセッションでUDトークによるリアルタイム字幕を表示します。"
CHILD = "会場内に託児室を設けます（対象：1歳〜6歳、無料・要予約）。"
WHEEL = "会場は車いすでご来場いただけます。多目的トイレとエレベーターがあります。"
CONTACT = "その他の配慮が必要な方は、access@ctk-summit.example.jp までご連絡ください。"
AGE = "ハッカソンへの参加は満十八歳以上の方に限ります。"
EN = ("Civic Tech Kyushu Summit brings together residents, local government staff, engineers and designers to work "
      "out together how technology can solve local problems.")

placeholder_media(s, "media/ctk2026-digest.mp4")
vtt(s, "media/ctk2026-digest-ja.vtt", "シビックテック九州サミット2026")
s.page("index.html", "シビックテック九州サミット 2027｜福岡", f"""
<h1>シビックテック九州サミット 2027</h1>
<p class="note">2027年11月20日（土）・21日（日）　福岡市・天神エリア（オンライン同時開催）</p>
<p>{ABOUT}</p>
<p><a class="button" href="@moushikomi.html">参加申込</a> <a href="@ryoukin.html">参加費</a> ・
<a href="@online.html">オンライン参加</a> ・ <a href="@accessibility.html">アクセシビリティ</a> ・ <a href="@hackathon.html">ハッカソン</a></p>
<h2>2026年のダイジェスト</h2>
<video controls preload="none" width="640" src="@media/ctk2026-digest.mp4">
  <track kind="captions" src="@media/ctk2026-digest-ja.vtt" srclang="ja" label="日本語" default>
</video>
""")

s.page("moushikomi.html", "参加申込｜シビックテック九州サミット 2027", f"""
<h1>参加申込</h1>
<p>{PLATFORM}</p>
<p><a class="button" href="https://connpass.com/event/300000/">connpassで申し込む</a></p>
<p>申込締切：2027年11月14日。定員（会場300名）に達し次第締め切ります。</p>
""")

s.page("ryoukin.html", "参加費｜シビックテック九州サミット 2027", """
<h1>参加費</h1>
<table>
  <tr><th>区分</th><th>参加費（円・税込）</th></tr>
  <tr><td>一般（会場参加）</td><td>3,000</td></tr>
  <tr><td>学生（会場参加）</td><td>1,000</td></tr>
  <tr><td>オンライン参加</td><td>無料</td></tr>
</table>
<p>参加費は当日受付で現金またはキャッシュレス決済でお支払いください。</p>
""")

s.page("online.html", "オンライン参加｜シビックテック九州サミット 2027", f"""
<h1>オンライン参加</h1>
<p>{ONLINE}</p>
<p>視聴URLはconnpassの参加者ページでお知らせします。</p>
""")

s.page("accessibility.html", "アクセシビリティ｜シビックテック九州サミット 2027", f"""
<h1>アクセシビリティ</h1>
<ul><li>{SIGN}</li><li>{CAPS}</li><li>{CHILD}</li><li>{WHEEL}</li></ul>
<p>{CONTACT}</p>
""")

s.page("hackathon.html", "ハッカソン｜シビックテック九州サミット 2027", f"""
<h1>ハッカソン「まちの困りごとをハックする」</h1>
<p>{AGE} 高校生の方は同時開催の「こどもアイデアソン」にご参加ください。</p>
<p>最優秀賞チームには賞金10万円を贈呈します。</p>
""")

s.page("program.html", "プログラム｜シビックテック九州サミット 2027", """
<h1>プログラム</h1>
<ul>
  <li>行政手続きの手数料をゼロにするには</li>
  <li>多言語対応（Languages）と自治体ウェブサイト</li>
  <li>Accessibility of registration forms: a case study from Kitakyushu</li>
  <li>オープンデータで作る防災マップ</li>
</ul>
""")

s.page("sponsors.html", "スポンサー｜シビックテック九州サミット 2027", """
<h1>スポンサー募集</h1>
<ul><li>ゴールドスポンサー：300,000円</li><li>シルバースポンサー：100,000円</li><li>ブース出展：50,000円</li></ul>
""")

s.page("travel.html", "宿泊・交通｜シビックテック九州サミット 2027", """
<h1>宿泊・交通</h1>
<p>提携ホテル：天神ステーションホテル 1泊 8,500円〜（朝食付き）。</p>
<p>福岡空港から天神まで地下鉄で約11分、運賃260円。</p>
""")

s.page("jobs.html", "求人｜シビックテック九州サミット 2027", """
<h1>求人情報</h1>
<ul><li>福岡市DX推進室 データアナリスト（任期付）年収 500万円〜800万円</li><li>地域ITベンチャー フロントエンドエンジニア 月給30万円〜</li></ul>
""")

s.page("en/index.html", "Civic Tech Kyushu Summit 2027 — Fukuoka", f"""
<h1>Civic Tech Kyushu Summit 2027</h1>
<p>20–21 November 2027, Tenjin, Fukuoka, and online. {EN}</p>
<p>Tickets: general ¥3,000, students ¥1,000 (in person); taking part online is free. Register on connpass (a connpass
account is needed). Most sessions are in Japanese with live Japanese captions.</p>
""", lang="en", header_lang="en")

ENTRY = entry(
    s, name="Civic Tech Kyushu Summit 2027 (Japanese civic-tech event with an English page)",
    languages=["ja", "en"], fees=[(3000, "JPY"), (1000, "JPY")], free_option=True, fee_support=True,
    remote_participation=True, captcha=[], account_required=True, registration_form=None,
    registration_host="connpass.com", min_age=18, accessibility_statement=True,
    access_services=["captions", "childcare", "sign_language", "wheelchair_access"], videos_without_captions=0,
    participation_pages=["index.html", "moushikomi.html", "ryoukin.html", "online.html", "accessibility.html",
                         "hackathon.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("en/index.html", EN)],
        "un_languages": [N("en only; ja is not a UN language")],
        "fees": [Q("ryoukin.html", "参加費（円・税込）", "currency only in the column header"),
                 Q("ryoukin.html", "一般（会場参加） 3,000"), Q("ryoukin.html", "学生（会場参加） 1,000"),
                 Q("en/index.html", "general ¥3,000, students ¥1,000"),
                 Q("hackathon.html", "賞金10万円", "prize, not a fee"),
                 Q("sponsors.html", "ゴールドスポンサー：300,000円", "sponsorship, not a fee"),
                 Q("travel.html", "1泊 8,500円〜", "hotel, not a fee"), Q("travel.html", "運賃260円", "subway, not a fee"),
                 Q("jobs.html", "年収 500万円〜800万円", "salary, not a fee"),
                 Q("program.html", "行政手続きの手数料をゼロにするには", "talk title with 手数料 (fees)")],
        "free_option": [Q("ryoukin.html", "オンライン参加 無料"), Q("online.html", ONLINE)],
        "fee_support": [Q("ryoukin.html", "学生（会場参加） 1,000", "reduced student rate below 3,000")],
        "remote_participation": [Q("online.html", ONLINE)],
        "captcha": [N("no form, no CAPTCHA")],
        "account_required": [Q("moushikomi.html", PLATFORM)],
        "registration_form": [N("no form on the site; registration on connpass")],
        "registration_host": [M("moushikomi.html", 'href="https://connpass.com/event/300000/"')],
        "registration_pdf_only": [N("platform")],
        "min_age": [Q("hackathon.html", AGE, "18 written in kanji (十八)"),
                    Q("accessibility.html", CHILD, "childcare ages 1-6: not a limit")],
        "accessibility_statement": [Q("accessibility.html", CONTACT)],
        "access_services": [Q("accessibility.html", SIGN), Q("accessibility.html", CAPS), Q("accessibility.html", CHILD),
                            Q("accessibility.html", WHEEL)],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/ctk2026-digest-ja.vtt"')],
        "pdf_only_documents": [N("no PDF")],
    })
