from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt
NAV = [("index.html", "ホーム"), ("sankahi.html", "参加費"), ("moshikomi.html", "申込み"), ("online.html", "オンライン参加"),
       ("access.html", "アクセシビリティ"), ("english.html", "English"), ("kifu.html", "寄付"), ("shop.html", "防災グッズ")]
s = mk("sendai-shimin-bosai-workshop", "せんだい市民防災ワークショップ 2027", "ja", "#e65100", "防", NAV,
       foot={"ja": "<p>NPO法人 みやぎ地域防災ネット — info@bosai-net.example.jp</p>"})
placeholder_media(s, "media/kunren.mp4")
vtt(s, "media/kunren-ja.vtt", "避難訓練の様子")
s.page("index.html", "せんだい市民防災ワークショップ 2027", """
<h1>せんだい市民防災ワークショップ 2027</h1>
<p>2027年3月6日・7日、仙台市内の市民センターで、地震と津波に備える市民向けワークショップを開きます。町内会の避難計画づくり、避難所運営ゲーム、非常持ち出し袋の点検などを、専門家と一緒に体験します。</p>
<p><a href="@sankahi.html">参加費</a>、<a href="@moshikomi.html">申込み方法</a>、<a href="@online.html">オンライン参加</a>をご覧ください。</p>
""" + video("media/kunren.mp4", track="media/kunren-ja.vtt", track_lang="ja", label="日本語") + """
<section lang="en">
<h2>For international residents</h2>
<p>The Sendai Citizens' Disaster Preparedness Workshop helps residents prepare for earthquakes and tsunamis. Over two days you can draw up an evacuation plan with your neighbourhood, play an evacuation-shelter simulation game and check your emergency bag with experts.</p>
</section>
""")
s.page("sankahi.html", "参加費", """
<h1>参加費</h1>
<ul>
<li>一般（2日間）：1,500円</li>
<li>オンライン参加：500円</li>
<li>高校生以下：無料（下記の申込みフォームから）</li>
</ul>
""")
s.page("moshikomi.html", "申込み", """
<h1>申込み</h1>
<p>一般・オンラインの申込みは Peatix で受け付けます：<a href="https://peatix.com/group/sendai-bosai-example">Peatix の申込みページ</a>。申込みには Peatix アカウントへのログインが必要です。</p>
<p>参加できるのは中学生以上（12歳以上）の方です。</p>
<h2>高校生以下の無料参加申込み</h2>
<form action="@moshikomi.html" method="post">
""" + fld("shimei", "氏名（必須）") + fld("furigana", "ふりがな（必須）") + fld("seinen", "生年月日（必須）", "date")
  + fld("denwa", "電話番号（必須）", "tel") + fld("gakko", "学校名（必須）")
  + fld("gakunen", "学年", "select", opts=["中学1年", "中学2年", "中学3年", "高校1年", "高校2年", "高校3年"])
  + fld("hogosha", "保護者の同意を得ています（必須）", "checkbox") + """
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">申し込む</button>
</form>
""")
s.page("online.html", "オンライン参加", """
<h1>オンライン参加</h1>
<p>オンライン参加の方は Zoom で講義とグループワークの報告を視聴し、チャットで講師に質問できます。質問には会場で講師が答えます。</p>
""")
s.page("access.html", "アクセシビリティ", """
<h1>アクセシビリティ</h1>
<p>会場はバリアフリーで、車いすのまま入場できます。</p>
<p>全体講義には手話通訳と要約筆記がつきます。</p>
<p>託児あり（1歳から小学3年生まで、要予約）。</p>
<p>そのほかの配慮のご相談は access@bosai-net.example.jp へ。</p>
""")
s.page("english.html", "Workshop information in English", """
<h1>Sendai Citizens' Disaster Preparedness Workshop 2027</h1>
<p>The workshop takes place on 6 and 7 March 2027 at a community centre in Sendai. It is open to everyone from junior-high-school age. The fee is 1,500 yen for the two days and 500 yen for online participation; high-school students and younger join free.</p>
<p>Sign language interpretation and real-time text are provided in the main lectures, and childcare is available if booked in advance.</p>
""", lang="ja")
s.page("kifu.html", "寄付", """
<h1>寄付のお願い</h1>
<p>活動へのご寄付は一口1,000円から受け付けています。</p>
""")
s.page("shop.html", "防災グッズ", """
<h1>防災グッズ</h1>
<p>非常持ち出しセット：3,800円。仙台駅から会場まで市営バス230円。近くのビジネスホテル：1泊8,000円。</p>
""")
ENTRY = entry(s, name="Sendai Citizens' Disaster Preparedness Workshop 2027 (disaster-preparedness NPO, Sendai)",
    languages=["ja", "en"], fees=[(1500, "JPY"), (500, "JPY")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=True, registration_form=(7, 6, ["birth_date", "phone", "affiliation"]), registration_host="peatix.com",
    min_age=12, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions", "childcare"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "sankahi.html", "moshikomi.html", "online.html", "access.html", "english.html"],
    evidence={
        "languages": [Q("index.html", "仙台市内の市民センターで、地震と津波に備える市民向けワークショップを開きます。"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Sendai Citizens' Disaster Preparedness Workshop helps residents prepare"),
                      M("english.html", '<html lang="ja">', "English page declared ja"),
                      Q("english.html", "The workshop takes place on 6 and 7 March 2027 at a community centre in Sendai.")],
        "un_languages": [N("en")],
        "fees": [Q("sankahi.html", "一般（2日間）：1,500円", "1500 JPY"), Q("sankahi.html", "オンライン参加：500円", "online with chat questions: 500 JPY"),
                 Q("english.html", "The fee is 1,500 yen for the two days and 500 yen for online participation", "English restatement, no new entries"),
                 Q("kifu.html", "活動へのご寄付は一口1,000円から受け付けています。", "donation: not a fee"),
                 Q("shop.html", "非常持ち出しセット：3,800円。仙台駅から会場まで市営バス230円。近くのビジネスホテル：1泊8,000円。", "shop item, bus, hotel: not fees")],
        "free_option": [Q("sankahi.html", "高校生以下：無料（下記の申込みフォームから）")],
        "fee_support": [Q("sankahi.html", "高校生以下：無料", "free for one group")],
        "remote_participation": [Q("online.html", "チャットで講師に質問できます。質問には会場で講師が答えます。")],
        "captcha": [M("moshikomi.html", '<div class="g-recaptcha"')],
        "account_required": [Q("moshikomi.html", "申込みには Peatix アカウントへのログインが必要です。")],
        "registration_form": [N("7 fields (name, furigana, birth date, phone, school, grade select, guardian-consent checkbox); 6 marked （必須）; sensitive birth_date, phone, affiliation (school)", "moshikomi.html"),
                              Q("moshikomi.html", "生年月日（必須）")],
        "registration_host": [M("moshikomi.html", 'href="https://peatix.com/group/sendai-bosai-example"', "Peatix beside the own free-ticket form")],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("moshikomi.html", "参加できるのは中学生以上（12歳以上）の方です。")],
        "accessibility_statement": [Q("access.html", "会場はバリアフリーで、車いすのまま入場できます。")],
        "access_services": [Q("access.html", "車いすのまま入場できます", "wheelchair_access"),
                            Q("access.html", "全体講義には手話通訳と要約筆記がつきます。", "sign_language, captions (要約筆記)"),
                            Q("access.html", "託児あり（1歳から小学3年生まで、要予約）。", "childcare")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/kunren-ja.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
