from lib import *

NAV = [("index.html", "홈"), ("chamga.html", "참가 안내"), ("sincheong.html", "워크숍 신청"), ("english.html", "English"),
       ("pyeonui.html", "접근성"), ("huwon.html", "후원"), ("sukbak.html", "숙박·교통"), ("jaryo.html", "자료실")]
s = mk("gwangju-simin-ingwon-forum", "2027 광주 시민 인권 포럼", "ko", "#c0392b", "인권", NAV,
       foot={"ko": "<p>광주시민인권네트워크 · 광주광역시 동구 · forum@gj-rights.example.kr</p>"})
placeholder_media(s, "media/forum2026.mp4")
s.page("index.html", "2027 광주 시민 인권 포럼", """
<h1>2027 광주 시민 인권 포럼</h1>
<p>2027년 5월 17일부터 18일까지 옛 전남도청 일대에서 시민, 활동가, 연구자가 모여 지역의 인권 현안을 함께 논의합니다.</p>
<p>포럼 본행사는 누구나 무료로 참여할 수 있으며, 인권 교육 워크숍만 사전 신청과 참가비가 있습니다.</p>
<p>현장에 오지 못하는 분은 Zoom으로 참여해 채팅으로 질문하면 발표자가 실시간으로 답변합니다.</p>
<p><a href="@sincheong.html">워크숍 신청</a> · <a href="@jaryo-2025.html">2025 자료집</a></p>
""" + video("media/forum2026.mp4"))
s.page("chamga.html", "참가 안내", """
<h1>참가 안내</h1>
<table><tr><th>구분</th><th>참가비</th></tr>
<tr><td>포럼 본행사</td><td>무료</td></tr>
<tr><td>인권 교육 워크숍 (일반)</td><td>30,000원</td></tr>
<tr><td>인권 교육 워크숍 (학생)</td><td>₩15,000</td></tr></table>
<p>포럼과 워크숍은 만 14세 이상이면 누구나 참여할 수 있습니다.</p>
""")
form = "".join([fld("nm", "이름 (필수)"), fld("em", "이메일 (필수)", "email"), fld("ph", "휴대전화 (필수)", "tel"),
    fld("dob", "생년월일", "date"), fld("org", "소속 단체 또는 학교"), radios("gen", "성별", ["여성", "남성", "응답하지 않음"]),
    fld("ws", "참가할 워크숍 (필수)", "select", opts=["이주민 인권", "장애인 이동권", "노동 인권"]),
    fld("need", "수어통역 또는 문자통역이 필요합니다", "checkbox"), fld("ok", "개인정보 수집에 동의합니다 (필수)", "checkbox")])
s.page("sincheong.html", "워크숍 신청", f"""
<h1>인권 교육 워크숍 신청</h1>
<form action="@sincheong.html" method="post">{form}<button type="submit">신청하기</button></form>
""")
s.page("english.html", "Gwangju Civic Human Rights Forum", """
<h1>Gwangju Civic Human Rights Forum 2027</h1>
<p>The forum meets on 17–18 May 2027 near the former South Jeolla Provincial Office. The main forum is free for everyone; the human rights education workshops cost 30,000 won, or 15,000 won for students.</p>
<p>You can also join on Zoom and ask questions in the chat, which speakers answer live. Korean Sign Language interpretation and real-time captioning are provided.</p>
""", lang="ko")
s.page("pyeonui.html", "접근성", """
<h1>접근성 안내</h1>
<p>행사장은 엘리베이터와 경사로가 있어 휠체어로 이동할 수 있습니다.</p>
<p>모든 세션에 한국수어 통역과 문자통역을 제공합니다.</p>
<p>행사 기간 동안 아이돌봄 공간을 운영하며, 전문 돌봄 선생님이 아이들을 돌봅니다.</p>
""")
s.page("huwon.html", "후원", """
<h1>후원</h1>
<p>정기 후원은 월 10,000원부터 가능합니다. 기업 후원 부스는 500,000원입니다.</p>
""")
s.page("sukbak.html", "숙박·교통", """
<h1>숙박·교통</h1>
<p>제휴 게스트하우스 1박 45,000원. 광주송정역에서 행사장까지 택시 요금은 약 15,000원입니다.</p>
""")
s.page("jaryo.html", "자료실", """
<h1>자료실</h1>
<p>2026 포럼 자료집 인쇄본은 12,000원에 판매합니다.</p>
""")
ENTRY = entry(s, name="Gwangju Civic Human Rights Forum 2027 (civic human-rights network)",
    languages=["ko", "en"], fees=[(30000, "KRW"), (15000, "KRW")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=(9, 5, ["phone", "birth_date", "affiliation", "gender"]), min_age=14, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "childcare"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "chamga.html", "sincheong.html", "english.html", "pyeonui.html"],
    deliberate_404=["jaryo-2025.html"],
    evidence={
        "languages": [Q("index.html", "시민, 활동가, 연구자가 모여 지역의 인권 현안을 함께 논의합니다"),
                      M("english.html", '<html lang="ko">', "English page declared ko: English"),
                      Q("english.html", "The forum meets on 17–18 May 2027 near the former South Jeolla Provincial Office.")],
        "un_languages": [N("en")],
        "fees": [Q("chamga.html", "30,000원", "30000 KRW"), Q("chamga.html", "₩15,000", "students 15000 KRW"),
                 Q("english.html", "the human rights education workshops cost 30,000 won, or 15,000 won for students", "restatement: no new entries"),
                 Q("huwon.html", "정기 후원은 월 10,000원부터 가능합니다.", "donation and sponsor booth: not fees"),
                 Q("sukbak.html", "제휴 게스트하우스 1박 45,000원.", "lodging, taxi: not fees"),
                 Q("jaryo.html", "2026 포럼 자료집 인쇄본은 12,000원에 판매합니다.", "publication sold: not a fee")],
        "free_option": [Q("index.html", "포럼 본행사는 누구나 무료로 참여할 수 있으며")],
        "fee_support": [Q("chamga.html", "인권 교육 워크숍 (학생)", "student rate below 30000")],
        "remote_participation": [Q("index.html", "Zoom으로 참여해 채팅으로 질문하면 발표자가 실시간으로 답변합니다")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, e-mail, mobile, birth date, organisation or school, gender radio, workshop select, access-needs checkbox, consent checkbox); 5 marked (필수); sensitive phone, birth_date, affiliation, gender", "sincheong.html"),
                              Q("sincheong.html", "참가할 워크숍 (필수)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("chamga.html", "포럼과 워크숍은 만 14세 이상이면 누구나 참여할 수 있습니다.")],
        "accessibility_statement": [Q("pyeonui.html", "행사장은 엘리베이터와 경사로가 있어 휠체어로 이동할 수 있습니다.")],
        "access_services": [Q("pyeonui.html", "휠체어로 이동할 수 있습니다", "wheelchair_access"),
                            Q("pyeonui.html", "모든 세션에 한국수어 통역과 문자통역을 제공합니다.", "sign_language, captions"),
                            Q("pyeonui.html", "아이돌봄 공간을 운영하며", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/forum2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
