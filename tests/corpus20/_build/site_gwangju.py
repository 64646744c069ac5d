"""Gwangju: a disabled people's independent-living centre network's conference (ko; English section with lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

NAV = [("index.html", "홈"), ("chamgabi.html", "참가비"), ("sincheong.html", "참가 신청"), ("onlain.html", "온라인 참가"),
       ("pyeonui.html", "편의 제공"), ("sukbak.html", "숙박·교통"), ("huwon.html", "후원"), ("chaeyong.html", "채용 정보")]
s = mk("gwangju-jarip-saenghwal-keonpeoreonseu", "2027 광주 자립생활 컨퍼런스", "ko", "#5a2d82", "IL", NAV,
       foot={"ko": "<p>광주 장애인자립생활센터 협의회 — il2027@jarip.example.kr</p>"})
placeholder_media(s, "media/insa.mp4")
vtt(s, "media/insa.ko.vtt", "2027 광주 자립생활 컨퍼런스에 오신 것을 환영합니다.")

s.page("index.html", "2027 광주 자립생활 컨퍼런스", """
<h1>2027 광주 자립생활 컨퍼런스</h1>
<p>장애인 당사자와 활동지원사, 연구자, 공무원이 함께 모여 탈시설, 활동지원 제도, 이동권에 대해 이틀 동안 이야기합니다. 2027년 5월 20일부터 21일까지 광주 김대중컨벤션센터에서 열립니다.</p>
""" + video("media/insa.mp4", track="media/insa.ko.vtt", track_lang="ko", label="한국어") + """
<section lang="en">
<h2>Gwangju Independent Living Conference</h2>
<p>Disabled people, personal assistants, researchers and public officials meet for two days to discuss deinstitutionalisation, personal assistance and the right to mobility. Every session has Korean sign language and real-time captioning.</p>
</section>
""")

s.page("chamgabi.html", "참가비", """
<h1>참가비</h1>
<table><caption>참가비 안내</caption>
<tr><th>구분</th><th>참가비</th></tr>
<tr><td>일반</td><td>30,000원</td></tr>
<tr><td>학생</td><td>₩10,000</td></tr>
<tr><td>온라인 참가</td><td>5,000원</td></tr>
</table>
<p>장애인 당사자는 참가비가 무료입니다.</p>
<p>타 지역에서 오는 장애인 참가자에게는 교통비를 지원합니다.</p>
""")

form = "".join([
    fld("irum", "이름 (필수)", req=True),
    fld("email", "이메일 (필수)", "email", req=True),
    fld("phone", "연락처 (필수)", "tel", req=True),
    fld("sosok", "소속"),
    fld("jangae", "장애 유형", "select", opts=["지체장애", "시각장애", "청각장애", "발달장애", "해당 없음"]),
    radios("bangsik", "참가 방식 (필수)", ["현장 참가", "온라인 참가"], req=True),
    fld("su", "수어통역이 필요합니다", "checkbox"),
    fld("mun", "문자통역이 필요합니다", "checkbox"),
    fld("hwal", "활동지원사와 함께 옵니다", "checkbox"),
])
s.page("sincheong.html", "참가 신청", f"""
<h1>참가 신청</h1>
<form action="@sincheong.html" method="post">
{form}
<button type="submit">신청하기</button>
</form>
""")

s.page("onlain.html", "온라인 참가", """
<h1>온라인 참가</h1>
<p>온라인 참가자는 Zoom으로 접속해 문자통역 화면을 보며 채팅이나 마이크로 발표자에게 질문할 수 있습니다.</p>
""")

s.page("pyeonui.html", "편의 제공", """
<h1>편의 제공</h1>
<p>행사장은 휠체어로 이용할 수 있으며 장애인 화장실과 경사로가 있습니다.</p>
<p>모든 세션에 수어통역과 문자통역을 제공합니다.</p>
<p>행사 기간 동안 아이돌봄 공간에 돌봄 선생님이 상주합니다.</p>
<p>점자 자료집은 신청하신 분께 드립니다.</p>
""")

s.page("sukbak.html", "숙박·교통", "<h1>숙박·교통</h1><p>협력 호텔 1박 89,000원. 광주송정역에서 셔틀버스 1,500원.</p>")
s.page("huwon.html", "후원", "<h1>후원</h1><p>기업 후원 500만원부터, 정기 후원 월 10,000원.</p>")
s.page("chaeyong.html", "채용 정보", "<h1>채용 정보</h1><p>자립생활센터 동료상담가 모집, 월급 2,300,000원.</p>")

ENTRY = entry(
    s, name="Gwangju Independent Living Conference 2027 (independent-living centres' network, Gwangju)",
    languages=["ko", "en"],
    fees=[(30000, "KRW"), (10000, "KRW"), (5000, "KRW")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[],
    account_required=False, registration_form=(9, 4, ["phone", "affiliation"]),
    registration_host=None, min_age=None, accessibility_statement=True,
    access_services=["captions", "childcare", "sign_language", "wheelchair_access"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "chamgabi.html", "sincheong.html", "onlain.html", "pyeonui.html"],
    evidence={
        "languages": [Q("index.html", "장애인 당사자와 활동지원사, 연구자, 공무원이 함께 모여"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "Disabled people, personal assistants, researchers and public officials meet for two days")],
        "un_languages": [N("en")],
        "fees": [Q("chamgabi.html", "일반 30,000원", "30000 KRW"),
                 Q("chamgabi.html", "학생 ₩10,000", "10000 KRW"),
                 Q("chamgabi.html", "온라인 참가 5,000원", "5000 KRW"),
                 Q("sukbak.html", "협력 호텔 1박 89,000원.", "hotel and shuttle: not fees"),
                 Q("huwon.html", "기업 후원 500만원부터, 정기 후원 월 10,000원.", "sponsorship and donations: not fees"),
                 Q("chaeyong.html", "월급 2,300,000원", "salary: not a fee")],
        "free_option": [Q("chamgabi.html", "장애인 당사자는 참가비가 무료입니다.")],
        "fee_support": [Q("chamgabi.html", "타 지역에서 오는 장애인 참가자에게는 교통비를 지원합니다.", "also the student rate")],
        "remote_participation": [Q("onlain.html", "채팅이나 마이크로 발표자에게 질문할 수 있습니다.")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, e-mail, phone, affiliation, disability-type select, mode radio, three support checkboxes); 4 marked (필수); sensitive phone, affiliation (disability type and support needs not sensitive)", "sincheong.html"),
                              Q("sincheong.html", "연락처 (필수)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("pyeonui.html", "행사장은 휠체어로 이용할 수 있으며 장애인 화장실과 경사로가 있습니다.")],
        "access_services": [Q("pyeonui.html", "행사장은 휠체어로 이용할 수 있으며", "wheelchair_access"),
                            Q("pyeonui.html", "모든 세션에 수어통역과 문자통역을 제공합니다.", "sign_language, captions"),
                            Q("pyeonui.html", "아이돌봄 공간에 돌봄 선생님이 상주합니다.", "childcare"),
                            Q("pyeonui.html", "점자 자료집은 신청하신 분께 드립니다.", "Braille: not a service")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
