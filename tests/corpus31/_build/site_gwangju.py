from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

NAV = [("index.html", "홈"), ("chamgabi.html", "참가비"), ("sincheong.html", "참가 신청"), ("online.html", "온라인 수강"),
       ("munui.html", "문의"), ("pyeonui.html", "편의 지원"), ("huwon.html", "후원·악보"), ("sukbak.html", "숙박·교통")]
FOOT = '<p>광주시민합창지휘자회 — 광주광역시 동구 문화전당로 00 (가상 주소) — workshop@gjchoir.example.kr</p>'
s = mk("gwangju-simin-hapchang-jihwija-wokeusyop", "광주 시민합창 지휘자 워크숍 2027", "ko-KR", "#3a2f8f", "합창",
       NAV, foot={"ko-KR": FOOT})
placeholder_media(s, "media/workshop-2026.mp4")
vtt(s, "media/workshop-2026.vtt", "지휘자가 호흡 연습을 시범합니다")

s.page("index.html", "광주 시민합창 지휘자 워크숍 2027", """
<h1>광주 시민합창 지휘자 워크숍 2027</h1>
<p>동네 합창단, 교회 성가대, 직장인 합창단을 이끄는 지휘자들이 모여 리허설 운영, 아마추어 단원의 발성 지도, 새 창작곡 해석을 함께 공부합니다.</p>
<p>2027년 8월 21일–22일, 광주 빛고을시민문화관.</p>
""" + video("media/workshop-2026.mp4", track="media/workshop-2026.vtt", track_lang="ko", label="한국어 자막") + """
<section>
<h2>In English</h2>
<p>A two-day workshop for conductors of community, church and workplace choirs in Gwangju: running rehearsals, coaching amateur voices and reading new Korean choral works. The general fee is KRW 80,000, and online participants can ask the tutors questions live over Zoom.</p>
</section>
""")

s.page("chamgabi.html", "참가비", """
<h1>참가비</h1>
<ul>
<li>일반: 80,000원</li>
<li>학생(음대 재학생 포함): 40,000원</li>
<li>온라인 수강(Zoom): 30,000원</li>
<li>추가 발성 워크숍(선택): 20,000원</li>
</ul>
<p>무료 참가는 없습니다. 강사와 심사위원도 참가비를 냅니다.</p>
<p>참가 대상: 만 19세 이상 합창 지휘자 및 지휘 전공자.</p>
""")

s.page("sincheong.html", "참가 신청", """
<h1>참가 신청</h1>
<p>참가 신청은 네이버 폼으로 받습니다. 신청하려면 네이버 계정으로 로그인해야 합니다.</p>
<p><a class="button" href="https://form.naver.com/response/gjchoir-2027">네이버 폼에서 신청하기</a></p>
""")

s.page("online.html", "온라인 수강", """
<h1>온라인 수강</h1>
<p>온라인 수강생은 Zoom으로 실시간 강의를 듣고, 각 강의가 끝난 뒤 강사에게 직접 질문할 수 있습니다.</p>
""")

s.page("munui.html", "문의", """
<h1>문의하기</h1>
<form action="@munui.html" method="post">
""" + fld("ireum", "이름") + fld("imeil", "이메일", "email") + fld("naeyong", "문의 내용", "textarea") + """
<div class="private-captcha" data-sitekey="pc-gjchoir-2027"></div>
<button type="submit">보내기</button>
</form>
""")

s.page("pyeonui.html", "편의 지원", """
<h1>편의 지원</h1>
<p>시민문화관은 휠체어로 출입할 수 있으며 엘리베이터가 있습니다.</p>
<p>모든 강의에 수어통역과 문자통역을 제공합니다.</p>
""")

s.page("huwon.html", "후원·악보", """
<h1>후원과 악보 판매</h1>
<p>메인 후원: 3,000,000원. 창작합창곡집 악보: 25,000원.</p>
<p>창작곡 공모 대상 상금: 1,000,000원.</p>
""")

s.page("sukbak.html", "숙박·교통", """
<h1>숙박·교통</h1>
<p>제휴 호텔: 1박 95,000원. KTX 서울(용산)–광주송정: 46,800원.</p>
""")

ENTRY = entry(s, name="Gwangju community choir conductors' workshop 2027 (community choir conductors' society, Gwangju, Korea)",
    languages=["ko", "en"],
    fees=[(80000, "KRW"), (40000, "KRW"), (30000, "KRW"), (20000, "KRW")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["other"], account_required=True,
    registration_form=None, registration_host="form.naver.com", registration_pdf_only=False, min_age=19,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "chamgabi.html", "sincheong.html", "online.html", "munui.html", "pyeonui.html"],
    evidence={
        "languages": [Q("index.html", "동네 합창단, 교회 성가대, 직장인 합창단을 이끄는 지휘자들이 모여"),
                      Q("index.html", "A two-day workshop for conductors of community, church and workplace choirs in Gwangju", "English section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("chamgabi.html", "일반: 80,000원", "80000 KRW"), Q("chamgabi.html", "학생(음대 재학생 포함): 40,000원", "student 40000 KRW"),
                 Q("chamgabi.html", "온라인 수강(Zoom): 30,000원", "online with questions 30000 KRW"),
                 Q("chamgabi.html", "추가 발성 워크숍(선택): 20,000원", "add-on workshop 20000 KRW"),
                 Q("index.html", "The general fee is KRW 80,000", "English restatement: no new entry"),
                 Q("huwon.html", "창작합창곡집 악보: 25,000원.", "scores, sponsor, prize: not fees"),
                 Q("sukbak.html", "제휴 호텔: 1박 95,000원.", "hotel, KTX: not fees")],
        "free_option": [Q("chamgabi.html", "무료 참가는 없습니다. 강사와 심사위원도 참가비를 냅니다.")],
        "fee_support": [Q("chamgabi.html", "학생(음대 재학생 포함): 40,000원", "student rate")],
        "remote_participation": [Q("online.html", "온라인 수강생은 Zoom으로 실시간 강의를 듣고, 각 강의가 끝난 뒤 강사에게 직접 질문할 수 있습니다.")],
        "captcha": [M("munui.html", '<div class="private-captcha"', "Private Captcha on the question form: other")],
        "account_required": [Q("sincheong.html", "신청하려면 네이버 계정으로 로그인해야 합니다.")],
        "registration_form": [N("no own registration form; 3-field question form is not it", "munui.html")],
        "registration_host": [M("sincheong.html", 'href="https://form.naver.com/response/gjchoir-2027"')],
        "registration_pdf_only": [N("online form on Naver")],
        "min_age": [Q("chamgabi.html", "참가 대상: 만 19세 이상 합창 지휘자 및 지휘 전공자.")],
        "accessibility_statement": [Q("pyeonui.html", "시민문화관은 휠체어로 출입할 수 있으며 엘리베이터가 있습니다.")],
        "access_services": [Q("pyeonui.html", "휠체어로 출입할 수 있으며", "wheelchair_access"),
                            Q("pyeonui.html", "모든 강의에 수어통역과 문자통역을 제공합니다.", "sign_language and captions")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF document")],
    })
