from lib import *

NAV = [("index.html", "과정 소개"), ("sugangryo.html", "수강료"), ("sincheong.html", "신청 방법"), ("online.html", "온라인 모듈"),
       ("pyeonui.html", "편의 지원"), ("gyojae.html", "교재 구입"), ("chaeyong.html", "통역사 채용"), ("gil.html", "오시는 길")]
s = mk("ansan-jiyeok-tongyeoksa-yangseong-gwajeong", "안산 지역사회 통역사 양성과정", "ko-KR", "#3a0ca3", "통역", NAV,
       foot={"ko-KR": "<p>안산 다문화소통센터(가상 기관) · 경기도 안산시 단원구 원곡로 77 · course@ansan-bridge.example.kr</p>"})
placeholder_media(s, "media/silseup.mp4")

s.page("index.html", "2027 지역사회 통역사 양성과정", f"""
<h1>2027 지역사회 통역사 양성과정</h1>
<p>병원, 주민센터, 학교에서 이주민 주민과 기관 사이를 잇는 지역사회 통역사를 양성합니다. 2027년 3월부터 6월까지 매주 토요일, 안산 다문화소통센터에서 통역 윤리, 의료·행정 용어, 역할극 실습을 배웁니다.</p>
<section lang="uz">
<h2>O'zbek tilida</h2>
<p>Ansan shahrida jamoat tarjimonlari kursi 2027-yil mart oyidan iyun oyigacha har shanba kuni o'tkaziladi. Kurs narxi 120 000 von. Nikoh orqali kelgan migrant ayollar uchun kurs bepul.</p>
<p>Onlayn modul Zoom orqali jonli mashq bilan o'tadi, narxi 60 000 von. Ro'yxatdan o'tish onoffmix saytida, a'zo sifatida kirgandan so'ng amalga oshiriladi.</p>
</section>
<h2>실습 장면</h2>
{video("media/silseup.mp4")}
""")

s.page("sugangryo.html", "수강료", """
<h1>수강료</h1>
<ul>
<li>전체 과정(대면, 16회): 120,000원</li>
<li>온라인 모듈(Zoom 실시간 실습, 8회): 60,000원</li>
</ul>
<p>결혼이민여성은 수강료 전액 면제입니다.</p>
""")

s.page("sincheong.html", "신청 방법", """
<h1>신청 방법</h1>
<p>수강 신청은 <a href="https://onoffmix.com/">온오프믹스</a>에서 받습니다. 온오프믹스 회원으로 로그인한 뒤 신청할 수 있습니다.</p>
<p>신청 자격: 만 20세 이상으로 한국어와 모국어 중 하나 이상의 언어로 의사소통이 가능한 분.</p>
<h2>문의하기</h2>
<form action="@sincheong.html" method="post">
<label for="q_name">이름</label><input type="text" id="q_name" name="q_name">
<label for="q_mail">이메일</label><input type="email" id="q_mail" name="q_mail">
<label for="q_text">문의 내용</label><textarea id="q_text" name="q_text" rows="3"></textarea>
<div class="g-recaptcha" data-sitekey="6LdAnsan00000000000000000000000000bridge"></div>
<button type="submit">보내기</button>
</form>
""")

s.page("online.html", "온라인 모듈", """
<h1>온라인 모듈</h1>
<p>지방에 사는 분은 온라인 모듈로 참여할 수 있습니다. Zoom에서 강사와 실시간으로 역할극 통역 실습을 하고 바로 피드백을 받습니다.</p>
""")

s.page("pyeonui.html", "편의 지원", """
<h1>편의 지원</h1>
<p>교육장은 3층이며 엘리베이터가 있어 휠체어로 이용할 수 있습니다.</p>
<p>청각장애 수강생을 위해 수어통역과 문자통역을 제공합니다.</p>
<p>수업 시간 동안 아이돌봄 방을 운영하며 돌봄 선생님 두 분이 아이들을 돌봅니다.</p>
""")

s.page("gyojae.html", "교재 구입", """
<h1>교재 구입</h1>
<p>『지역사회 통역 입문』 18,000원, 의료 용어집 9,000원.</p>
""")

s.page("chaeyong.html", "통역사 채용", """
<h1>통역사 채용</h1>
<p>수료생 대상 병원 통역 아르바이트: 시간당 25,000원.</p>
""")

s.page("gil.html", "오시는 길", """
<h1>오시는 길</h1>
<p>지하철 4호선 안산역 하차, 도보 7분(교통카드 기본요금 1,550원).</p>
<p>타슈켄트에서 오는 항공권은 약 6 500 000 so'm입니다.</p>
""")

ENTRY = entry(s, name="Community interpreter training course 2027 (multicultural communication centre, Ansan, South Korea)",
    languages=["ko", "uz"],
    fees=[(120000, "KRW"), (60000, "KRW")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=True, registration_form=None,
    registration_host="onoffmix.com", registration_pdf_only=False, min_age=20, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "childcare"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "sugangryo.html", "sincheong.html", "online.html", "pyeonui.html"],
    evidence={
        "languages": [Q("index.html", "병원, 주민센터, 학교에서 이주민 주민과 기관 사이를 잇는 지역사회 통역사를 양성합니다."),
                      M("index.html", '<section lang="uz">'),
                      Q("index.html", "Ansan shahrida jamoat tarjimonlari kursi")],
        "un_languages": [N("none: ko and uz are not UN languages")],
        "fees": [Q("sugangryo.html", "120,000원"), Q("sugangryo.html", "60,000원", "paid online module with live practice"),
                 Q("index.html", "Kurs narxi 120 000 von.", "Uzbek restatement: no new entry"),
                 Q("gyojae.html", "18,000원", "book: not a fee"),
                 Q("chaeyong.html", "시간당 25,000원", "hourly pay: not a fee"),
                 Q("gil.html", "1,550원", "subway fare: not a fee"),
                 Q("gil.html", "약 6 500 000 so'm", "UZS flight: not a fee")],
        "free_option": [Q("sugangryo.html", "결혼이민여성은 수강료 전액 면제입니다.")],
        "fee_support": [Q("sugangryo.html", "결혼이민여성은 수강료 전액 면제입니다.", "full waiver for one group")],
        "remote_participation": [Q("online.html", "Zoom에서 강사와 실시간으로 역할극 통역 실습을 하고 바로 피드백을 받습니다.")],
        "captcha": [M("sincheong.html", '<div class="g-recaptcha"', "on the question form")],
        "account_required": [Q("sincheong.html", "온오프믹스 회원으로 로그인한 뒤 신청할 수 있습니다.")],
        "registration_form": [N("no own registration form: only a 3-field question form; registration on onoffmix", "sincheong.html")],
        "registration_host": [M("sincheong.html", 'href="https://onoffmix.com/"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q("sincheong.html", "만 20세 이상")],
        "accessibility_statement": [Q("pyeonui.html", "엘리베이터가 있어 휠체어로 이용할 수 있습니다")],
        "access_services": [Q("pyeonui.html", "엘리베이터가 있어 휠체어로 이용할 수 있습니다", "wheelchair_access"),
                            Q("pyeonui.html", "수어통역과 문자통역을 제공합니다", "sign_language and captions"),
                            Q("pyeonui.html", "아이돌봄 방을 운영하며 돌봄 선생님 두 분이 아이들을 돌봅니다", "childcare"),
                            N("interpretation is the subject of the course, not a service of the event")],
        "videos_without_captions": [M("index.html", 'src="media/silseup.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
