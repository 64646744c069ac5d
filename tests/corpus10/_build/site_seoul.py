"""Assistive-technology expo & conference (Seoul).
ko with an English page; 원 / ₩ / KRW, pre-registration and on-site rates; free exhibition; fee waiver for disabled
participants; membership sign-up required (11 fields, Friendly Captcha) with a login form beside it; watch-only
stream said in the FAQ; 문자통역 (captions) and 수어통역; "만 14세 미만 … 보호자 동의" (not a limit); programme
book only as PDF."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

SLUG = "bojo-gonghak-expo-conference-seoul"
ALT = [("ko", "index.html"), ("en", "en/index.html")]
s = mk(SLUG, "2027 보조공학 엑스포·컨퍼런스", "ko", "#3949ab", "AT",
       {"ko": [("index.html", "홈"), ("deungnok.html", "사전등록"), ("program.html", "프로그램"),
               ("jeopgeunseong.html", "접근성"), ("jeonsi.html", "전시 참가"), ("sukbak.html", "숙박·교통")],
        "en": [("en/index.html", "Home"), ("deungnok.html", "Registration (Korean)")]},
       langs={"ko": [("en/index.html", "English")], "en": [("index.html", "한국어")]},
       homes={"en": "en/index.html"},
       foot={"ko": '<p>한국보조공학협회 (가상) · <a href="@faq.html">자주 묻는 질문</a> · <a href="@chaeyong.html">채용</a> · '
                   'info@at-expo.example.kr</p>',
             "en": '<p>Korea Assistive Technology Association (fictional) · info@at-expo.example.kr</p>'})

placeholder_media(s, "media/expo-2026.mp4")
vtt(s, "media/expo-2026.vtt", "2026 보조공학 엑스포에 오신 것을 환영합니다.")
s.pdf("docs/programbook-2027.pdf", "2027 Assistive Technology Expo & Conference\nProgramme book")

s.page("index.html", "2027 보조공학 엑스포·컨퍼런스", f"""
<h1>2027 보조공학 엑스포·컨퍼런스</h1>
<p>2027년 6월 17일–18일 · 서울 (가상) 컨벤션센터</p>
<p>장애인 당사자, 보조공학 전문가, 개발자, 교사가 함께 최신 보조기기와 접근성 기술을 살펴보는 행사입니다.</p>
<p>전시 관람은 무료이며, 컨퍼런스는 유료입니다.</p>
<p><a href="@deungnok.html">사전등록</a> · <a href="@faq.html">자주 묻는 질문</a> · <a href="@jeopgeunseong.html">접근성 안내</a></p>
{video("media/expo-2026.mp4", track="media/expo-2026.vtt", track_lang="ko", label="한국어")}
""", alternates=ALT)

s.page("en/index.html", "Assistive Technology Expo & Conference 2027", """
<h1>Assistive Technology Expo &amp; Conference 2027</h1>
<p>17–18 June 2027 · Seoul Convention Centre (fictional)</p>
<p>The expo brings together disabled people, assistive technology professionals, developers and teachers to explore
the latest assistive devices and accessible technology.</p>
<p>Conference registration: KRW 50,000 (pre-registration), KRW 80,000 on site, students KRW 20,000. The exhibition is free.</p>
<p>Pre-registration requires creating an account on the Korean registration page.</p>
""", lang="en", alternates=ALT)

s.page("deungnok.html", "사전등록", """
<h1>컨퍼런스 사전등록</h1>
<table>
  <tr><th>구분</th><th>등록비</th></tr>
  <tr><td>일반 (사전등록)</td><td>50,000원</td></tr>
  <tr><td>일반 (현장등록)</td><td>₩80,000</td></tr>
  <tr><td>학생</td><td>20,000원</td></tr>
</table>
<p>전시 관람은 무료입니다.</p>
<p>장애인 당사자와 동반 활동지원사 1인은 컨퍼런스 등록비가 면제됩니다.</p>
<p>사전등록은 회원가입 후 가능합니다.</p>
<p>만 14세 미만은 보호자 동의가 필요합니다.</p>
<h2>로그인</h2>
<form class="login" action="@deungnok.html" method="post">
  <label for="lid">아이디</label><input type="text" id="lid" name="lid">
  <label for="lpw">비밀번호</label><input type="password" id="lpw" name="lpw">
  <button type="submit">로그인</button>
</form>
<h2>회원가입</h2>
<form action="@deungnok.html" method="post">
  <label for="uid">아이디 *</label>
  <input type="text" id="uid" name="uid" required>
  <label for="pw">비밀번호 *</label>
  <input type="password" id="pw" name="pw" required>
  <label for="pw2">비밀번호 확인 *</label>
  <input type="password" id="pw2" name="pw2" required>
  <label for="irum">이름 *</label>
  <input type="text" id="irum" name="irum">
  <label for="birth">생년월일 *</label>
  <input type="date" id="birth" name="birth">
  <label for="hp">휴대전화 *</label>
  <input type="tel" id="hp" name="hp">
  <label for="mail">이메일 *</label>
  <input type="email" id="mail" name="mail">
  <label for="sosok">소속</label>
  <input type="text" id="sosok" name="sosok">
  <label for="jangae">장애 유형 (선택)</label>
  <select id="jangae" name="jangae"><option>선택 안 함</option><option>시각</option><option>청각</option><option>지체</option><option>기타</option></select>
  <div class="check"><input type="checkbox" id="mkt" name="mkt"> <label for="mkt">마케팅 정보 수신 동의 (선택)</label></div>
  <div class="check"><input type="checkbox" id="terms" name="terms" required> <label for="terms">이용약관 및 개인정보 처리방침 동의 *</label></div>
  <div class="frc-captcha" data-sitekey="FCMEXAMPLEKEYKR"></div>
  <button type="submit">가입하기</button>
</form>
""")

s.page("faq.html", "자주 묻는 질문", """
<h1>자주 묻는 질문</h1>
<details open><summary>온라인으로 참여할 수 있나요?</summary>
<p>기조연설은 유튜브로 생중계되지만 시청만 가능하며, 질문은 현장에서만 받습니다.</p></details>
<details open><summary>등록비 환불이 되나요?</summary><p>행사 7일 전까지 전액 환불됩니다.</p></details>
""")

s.page("jeopgeunseong.html", "접근성 안내", """
<h1>접근성 안내</h1>
<p>전시장과 회의장은 휠체어로 이동할 수 있으며, 장애인 화장실이 있습니다.</p>
<p>모든 세션에 수어통역과 문자통역을 제공합니다.</p>
<p>점자 자료는 안내 데스크에서 받을 수 있습니다.</p>
<p>그 밖의 지원이 필요하시면 access@at-expo.example.kr 로 문의해 주세요.</p>
""")

s.page("program.html", "프로그램", """
<h1>프로그램</h1>
<p>세부 프로그램은 PDF 프로그램북으로만 제공됩니다.</p>
<p><a href="@docs/programbook-2027.pdf">프로그램북 내려받기 (PDF)</a></p>
""")

s.page("jeonsi.html", "전시 참가", """
<h1>전시 참가 안내</h1>
<p>부스 1칸: 2,500,000원. 공식 후원사: 10,000,000원.</p>
""")

s.page("sukbak.html", "숙박·교통", """
<h1>숙박·교통</h1>
<p>협력 호텔 1박 150,000원.</p>
<p>지하철 기본요금 1,400원, 공항 리무진 버스 17,000원, 택시 약 25,000원.</p>
""")

s.page("chaeyong.html", "채용", """
<h1>채용</h1>
<p>보조공학사 채용: 연봉 4,200만 원.</p>
""")

ENTRY = entry(
    s, name="2027 보조공학 엑스포·컨퍼런스 (assistive-technology expo & conference, Seoul)",
    languages=["ko", "en"],
    fees=[(50000, "KRW"), (80000, "KRW"), (20000, "KRW")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"], account_required=True,
    registration_form=(11, 8, ["birth_date", "phone", "affiliation"]), min_age=None, accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "deungnok.html", "faq.html", "jeopgeunseong.html", "program.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "장애인 당사자, 보조공학 전문가, 개발자, 교사가 함께"),
                      Q("en/index.html", "The expo brings together disabled people, assistive technology professionals")],
        "un_languages": [N("en")],
        "fees": [Q("deungnok.html", "일반 (사전등록) 50,000원"),
                 Q("deungnok.html", "일반 (현장등록) ₩80,000", "on-site rate"),
                 Q("deungnok.html", "학생 20,000원"),
                 Q("en/index.html", "Conference registration: KRW 50,000 (pre-registration), KRW 80,000 on site, students KRW 20,000.", "same amounts"),
                 Q("jeonsi.html", "부스 1칸: 2,500,000원. 공식 후원사: 10,000,000원.", "booth, sponsor"),
                 Q("sukbak.html", "협력 호텔 1박 150,000원.", "hotel"),
                 Q("sukbak.html", "지하철 기본요금 1,400원, 공항 리무진 버스 17,000원, 택시 약 25,000원.", "transport"),
                 Q("chaeyong.html", "연봉 4,200만 원", "salary")],
        "free_option": [Q("deungnok.html", "전시 관람은 무료입니다.", "free exhibition entrance"),
                        Q("deungnok.html", "장애인 당사자와 동반 활동지원사 1인은 컨퍼런스 등록비가 면제됩니다.")],
        "fee_support": [Q("deungnok.html", "장애인 당사자와 동반 활동지원사 1인은 컨퍼런스 등록비가 면제됩니다.", "fee waiver"),
                        Q("deungnok.html", "학생 20,000원", "reduced student rate")],
        "remote_participation": [Q("faq.html", "기조연설은 유튜브로 생중계되지만 시청만 가능하며, 질문은 현장에서만 받습니다.", "watch-only stream")],
        "captcha": [M("deungnok.html", '<div class="frc-captcha"')],
        "account_required": [Q("deungnok.html", "사전등록은 회원가입 후 가능합니다."),
                             Q("en/index.html", "Pre-registration requires creating an account")],
        "registration_form": [N("membership sign-up form (the login form is not counted). 11 fields: 아이디, 비밀번호, 비밀번호 확인, "
                                "이름, 생년월일, 휴대전화, 이메일, 소속, 장애 유형 select, marketing checkbox, terms checkbox. "
                                "Required ('*' or required): 아이디, 비밀번호, 확인, 이름, 생년월일, 휴대전화, 이메일, terms = 8. "
                                "Sensitive: birth_date, phone, affiliation; a disability-type select is not in the contract's list.", "deungnok.html")],
        "registration_host": [N("own site")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("deungnok.html", "만 14세 미만은 보호자 동의가 필요합니다.", "guardian consent under 14: not a minimum age")],
        "accessibility_statement": [Q("jeopgeunseong.html", "그 밖의 지원이 필요하시면 access@at-expo.example.kr 로 문의해 주세요.")],
        "access_services": [Q("jeopgeunseong.html", "전시장과 회의장은 휠체어로 이동할 수 있으며, 장애인 화장실이 있습니다."),
                            Q("jeopgeunseong.html", "모든 세션에 수어통역과 문자통역을 제공합니다.", "sign language; 문자통역 = captions"),
                            Q("jeopgeunseong.html", "점자 자료는 안내 데스크에서 받을 수 있습니다.", "Braille: not a service")],
        "videos_without_captions": [M("index.html", 'srclang="ko"', "the only video has a captions track")],
        "pdf_only_documents": [Q("program.html", "세부 프로그램은 PDF 프로그램북으로만 제공됩니다.")],
    })
