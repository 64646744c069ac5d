"""Community centres' digital-literacy festival for older residents (Singapore).
en-SG with a simplified-Chinese section; free (fees []), no support said (fee_support false); remote Q&A only in
the FAQ; "aged 50 and above"; "Live captioning (CART)" (cart only); S$ / SGD / HK$ distractors."""
from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "silver-digital-festival-singapore"
s = mk(SLUG, "Silver Digital Festival 2027", "en-SG", "#d35400", "SD",
       [("index.html", "Home"), ("register.html", "Sign up"), ("programme.html", "Programme"),
        ("accessibility.html", "Accessibility"), ("getting-there.html", "Getting there"), ("news.html", "News")],
       foot={"en-SG": '<p>Community Centres Network (fictional) · <a href="@partners.html">Partners</a> · '
                      'hello@silverdigital.example.sg</p>'})

placeholder_media(s, "media/festival-2026.mp4")

s.page("index.html", "Silver Digital Festival 2027", f"""
<h1>Silver Digital Festival 2027</h1>
<p>Saturday 11 September 2027 · Toa Payoh Hub (fictional) and online</p>
<p>A community festival for older residents: learn to pay with your phone, make video calls with your grandchildren
and spot online scams, with patient volunteers at every table. All activities are free for seniors and caregivers.</p>
<p><a class="button" href="@register.html">Sign up</a> <a class="button" href="@faq.html">Questions? Read the FAQ</a></p>
{video("media/festival-2026.mp4")}
<section lang="zh-Hans">
<h2>华文简介</h2>
<p>银发数码节是为年长居民举办的社区活动。您可以学习使用手机付款、视频通话和防范网络诈骗。所有活动免费，欢迎家人和照顾者一同参加。
讲座以英语进行，并提供华语和马来语传译。</p>
</section>
<p>Selamat datang! வணக்கம்!</p>
""")

s.page("register.html", "Sign up", """
<h1>Sign up</h1>
<p>Open to residents aged 50 and above, with their caregivers.</p>
<form action="@register.html" method="post">
  <label for="name">Name *</label>
  <input type="text" id="name" name="name" required>
  <label for="mobile">Mobile number *</label>
  <input type="tel" id="mobile" name="mobile" required>
  <label for="age">Age group</label>
  <select id="age" name="age"><option>50–59</option><option>60–69</option><option>70 and above</option></select>
  <fieldset><legend>Preferred language *</legend>
    <input type="radio" id="l1" name="lang" value="en"> <label for="l1">English</label>
    <input type="radio" id="l2" name="lang" value="zh"> <label for="l2">华语</label>
    <input type="radio" id="l3" name="lang" value="ms"> <label for="l3">Melayu</label>
    <input type="radio" id="l4" name="lang" value="ta"> <label for="l4">தமிழ்</label>
  </fieldset>
  <label for="cc">Nearest community centre</label>
  <select id="cc" name="cc"><option>Toa Payoh</option><option>Bedok</option><option>Jurong</option><option>Woodlands</option></select>
  <div class="check"><input type="checkbox" id="wc" name="wc"> <label for="wc">I will come with a wheelchair</label></div>
  <div class="check"><input type="checkbox" id="pdpa" name="pdpa" required> <label for="pdpa">I agree to the use of my data for this event</label></div>
  <button type="submit">Sign up</button>
</form>
""")

s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details open><summary>Do I need to pay?</summary><p>No, every activity is free.</p></details>
<details open><summary>Can I take part from home?</summary>
<p>Yes. Join the talks on Zoom and ask our volunteers questions live in the chat.</p></details>
<details open><summary>Do I need an account?</summary><p>No. Just fill in the sign-up form.</p></details>
""")

s.page("accessibility.html", "Accessibility", """
<h1>Accessibility</h1>
<p>All festival rooms are wheelchair accessible.</p>
<p>Live captioning (CART) is shown on the big screen for every talk.</p>
<p>Talks are in English with interpretation into Mandarin and Malay.</p>
<p>Large-print handouts are available at the entrance.</p>
<p>Call or write to us about any other needs: access@silverdigital.example.sg.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul>
  <li>Custom ringtones and big fonts</li>
  <li>Language settings on your phone</li>
  <li>Registration for health apps, step by step</li>
  <li>Scam fees: how to spot them</li>
</ul>
""")

s.page("getting-there.html", "Getting there", """
<h1>Getting there</h1>
<p>Bus and MRT fares start from S$1.09 with a senior concession card.</p>
<p>A taxi from Bishan costs about SGD 12. Carpark charges: $0.60 per half hour.</p>
""")

s.page("news.html", "News", """
<h1>News</h1>
<p>A Hong Kong elderly centre will join us: the travel agency's study-visit package is HK$ 6,800 per person.</p>
<p>We are hiring a volunteer coordinator at S$3,200 per month.</p>
""")

s.page("partners.html", "Partners", """
<h1>Partners</h1>
<p>Festival partner: S$8,000. Booth for telcos and banks: S$1,500.</p>
""")

ENTRY = entry(
    s, name="Silver Digital Festival 2027 (community centres' seniors digital-literacy festival, Singapore)",
    languages=["en", "zh"],
    fees=[],
    free_option=True, fee_support=False, remote_participation=True, captcha=[], account_required=False,
    registration_form=(7, 4, ["phone"]), min_age=50, accessibility_statement=True,
    access_services=["cart", "interpretation", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "register.html", "faq.html", "accessibility.html"],
    evidence={
        "languages": [Q("index.html", "A community festival for older residents"),
                      Q("index.html", "银发数码节是为年长居民举办的社区活动。", "Chinese section (lang=zh-Hans)"),
                      Q("index.html", "Selamat datang! வணக்கம்!", "greetings only: ms and ta not counted")],
        "un_languages": [N("en, zh")],
        "fees": [N("no participation fee"),
                 Q("getting-there.html", "Bus and MRT fares start from S$1.09", "transport"),
                 Q("getting-there.html", "A taxi from Bishan costs about SGD 12. Carpark charges: $0.60 per half hour.", "taxi, parking"),
                 Q("news.html", "the travel agency's study-visit package is HK$ 6,800 per person", "tour by an agency"),
                 Q("news.html", "S$3,200 per month", "salary"),
                 Q("partners.html", "Festival partner: S$8,000. Booth for telcos and banks: S$1,500.", "sponsor, booth"),
                 Q("programme.html", "Scam fees: how to spot them", "talk title")],
        "free_option": [Q("index.html", "All activities are free for seniors and caregivers."),
                        Q("faq.html", "No, every activity is free.")],
        "fee_support": [N("free event; no waiver, grant or travel support is mentioned: false")],
        "remote_participation": [Q("faq.html", "Yes. Join the talks on Zoom and ask our volunteers questions live in the chat.", "only in the FAQ")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("faq.html", "No. Just fill in the sign-up form.")],
        "registration_form": [N("7 fields: name, mobile, age group select, preferred language (radio=1), community centre select, "
                                "wheelchair checkbox, consent checkbox. Required: name, mobile, consent (required) + language "
                                "(legend *) = 4. Sensitive: phone; an age group is not sensitive.", "register.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("register.html", "Open to residents aged 50 and above, with their caregivers.")],
        "accessibility_statement": [Q("accessibility.html", "Call or write to us about any other needs: access@silverdigital.example.sg.")],
        "access_services": [Q("accessibility.html", "All festival rooms are wheelchair accessible."),
                            Q("accessibility.html", "Live captioning (CART) is shown on the big screen for every talk.", "CART named: cart only"),
                            Q("accessibility.html", "Talks are in English with interpretation into Mandarin and Malay."),
                            Q("accessibility.html", "Large-print handouts are available at the entrance.", "not a service")],
        "videos_without_captions": [M("index.html", 'src="media/festival-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
