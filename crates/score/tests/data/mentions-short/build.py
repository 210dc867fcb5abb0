# Builds en.jsonl / ko.jsonl from the hand-written lines below (fixed-seed shuffle, sequential ids).
import json, random
V, B, O, S = "Talvenu Mobile", "Mugwell Coffee", "Orvane Bank", "Skyvara Air"
EN = {
"complaint": [
 (V,"Talvenu sucks"),(V,"Talvenu down again"),(V,"I hate Talvenu"),(V,"talvenu no signal at all today"),
 (V,"Talvenu Mobile worst carrier ever"),(V,"Talvenu terrible customer service"),(V,"my Talvenu bill is wrong again"),
 (V,"Talvenu data so slow"),(V,"Talvenu dropped my call three times"),(V,"wow Talvenu, love paying for zero bars"),
 (B,"Mugwell coffee tastes burnt"),(B,"Mugwell is bad"),(B,"Mugwell terrible service today"),(B,"waited 25 minutes at Mugwell"),
 (B,"Mugwell got my order wrong again"),(B,"Mugwell latte was cold"),(B,"Mugwell prices are too high now"),
 (B,"never going back to Mugwell"),(B,"Mugwell app keeps crashing"),(B,"Mugwell worst"),
 (O,"Orvane Bank app down again"),(O,"I hate Orvane"),(O,"Orvane charged me a fee for nothing"),
 (O,"Orvane Bank customer service is awful"),(O,"Orvane card declined again"),(O,"on hold with Orvane for an hour"),
 (O,"Orvane sucks"),(O,"Orvane login broken"),(O,"Orvane froze my account for no reason"),(O,"Orvane worst bank"),
 (S,"Skyvara delayed again"),(S,"Skyvara lost my bag"),(S,"Skyvara Air terrible"),(S,"Skyvara cancelled my flight"),
 (S,"never flying Skyvara again"),(S,"Skyvara seats are so uncomfortable"),(S,"Skyvara staff were rude"),
 (S,"Skyvara worst airline"),(S,"great job Skyvara, third delay this week"),(S,"Skyvara food was bad"),
],
"praise": [
 (V,"Talvenu is great"),(V,"love Talvenu"),(V,"Talvenu signal is really good here"),(V,"Talvenu customer service was so helpful"),
 (V,"switched to Talvenu, best decision"),(V,"Talvenu 5G is fast"),(V,"Talvenu Mobile never lets me down"),
 (V,"thanks Talvenu for fixing it quickly"),(V,"Talvenu best carrier"),
 (B,"love Mugwell"),(B,"Mugwell coffee is great"),(B,"Mugwell baristas are so nice"),(B,"Mugwell oat latte is perfect"),
 (B,"Mugwell best coffee in town"),(B,"Mugwell never disappoints"),(B,"Mugwell croissants are amazing"),
 (B,"Mugwell staff remembered my order"),(B,"good morning thanks to Mugwell"),
 (O,"Orvane Bank is great"),(O,"Orvane app is so easy"),(O,"love Orvane"),(O,"Orvane staff were really helpful"),
 (O,"Orvane fixed my issue in minutes"),(O,"Orvane best bank"),(O,"no fees with Orvane, love it"),
 (O,"Orvane customer service was excellent"),(O,"happy with Orvane"),
 (S,"Skyvara was great"),(S,"love flying Skyvara"),(S,"Skyvara crew were so kind"),(S,"Skyvara landed early"),
 (S,"Skyvara Air best airline"),(S,"Skyvara seats are comfy"),(S,"smooth flight with Skyvara"),(S,"Skyvara food was good"),
],
"question": [
 (V,"Talvenu down?"),(V,"is Talvenu down for anyone else?"),(V,"does Talvenu work in Japan?"),(V,"how do I cancel Talvenu?"),
 (V,"Talvenu store open Sunday?"),
 (B,"what time does Mugwell open?"),(B,"Mugwell open today?"),(B,"does Mugwell have oat milk?"),(B,"is Mugwell wifi free?"),
 (B,"Mugwell app down?"),
 (O,"Orvane app down?"),(O,"is Orvane Bank open Saturday?"),(O,"how do I reset my Orvane password?"),
 (O,"Orvane fees for transfers?"),(O,"anyone use Orvane? is it good?"),
 (S,"Skyvara baggage limit?"),(S,"is Skyvara flight 212 delayed?"),(S,"does Skyvara fly to Lisbon?"),
 (S,"Skyvara check-in open yet?"),(S,"can I change my Skyvara ticket?"),
],
"news": [
 (V,"Talvenu Mobile launches new 5G plan"),(V,"Talvenu raises monthly prices by 5%"),(V,"Talvenu Mobile network outage affects millions"),
 (B,"Mugwell Coffee opens 50th store"),(B,"Mugwell recalls oat milk over labelling error"),
 (O,"Orvane Bank reports record quarterly profit"),(O,"Orvane Bank names new CEO"),(O,"Orvane app outage hits thousands of customers"),
 (S,"Skyvara Air adds direct route to Lisbon"),(S,"Skyvara Air orders 20 new jets"),
],
"other": [
 (B,"at Mugwell"),(B,"Mugwell run"),(B,"heading to Mugwell"),(B,"meeting Sam at Mugwell at 3"),
 (V,"at the Talvenu store"),(V,"just got a Talvenu SIM"),(V,"Talvenu bill came today"),(V,"picking up my phone at Talvenu"),
 (O,"going to Orvane after work"),(O,"paid rent through Orvane"),(O,"Orvane branch on Main Street"),(O,"opened an Orvane account today"),
 (S,"boarding Skyvara now"),(S,"on a Skyvara flight to Seoul"),(S,"Skyvara gate 14"),
],
}
KO = {
"complaint": [
 (V,"탈베누 또 먹통"),(V,"탈베누 최악"),(V,"탈베누 진짜 짜증나"),(V,"탈베누 데이터 너무 느려요"),(V,"탈베누 통화 자꾸 끊겨요"),
 (V,"탈베누 고객센터 연결이 안 돼요"),(V,"탈베누 요금 또 잘못 나왔네"),(V,"탈베누 지하철에서 안 터짐"),(V,"탈베누 모바일 실망이에요"),
 (V,"탈베누 왜 이래 진짜"),
 (B,"머그웰 커피 너무 써요"),(B,"머그웰 별로"),(B,"머그웰 직원 불친절해요"),(B,"머그웰 주문 또 잘못 나옴"),
 (B,"머그웰 가격 너무 올랐다"),(B,"머그웰 라떼 미지근했어요"),(B,"머그웰 30분 기다림 실화냐"),(B,"머그웰 앱 또 오류"),
 (B,"머그웰 이제 안 가요"),(B,"머그웰 오늘도 주문 까먹어주셔서 감사하네요"),
 (O,"오르반 앱 또 먹통"),(O,"오르반은행 최악"),(O,"오르반 수수료 너무 비싸요"),(O,"오르반 상담원 연결 한 시간째"),
 (O,"오르반 카드 또 결제 안 됨"),(O,"오르반 짜증나"),(O,"오르반은행 창구 대기 너무 길어요"),(O,"오르반 로그인 안 돼요"),
 (O,"오르반 실망이에요"),(O,"오르반 이체 오류 또 났네"),
 (S,"스카이바라 또 지연"),(S,"스카이바라 최악이에요"),(S,"스카이바라 수하물 잃어버렸어요"),(S,"스카이바라 결항 문자 방금 옴"),
 (S,"스카이바라 좌석 너무 좁아요"),(S,"스카이바라 승무원 불친절"),(S,"스카이바라 다시는 안 탐"),(S,"스카이바라 기내식 별로"),
 (S,"스카이바라 항공 환불 너무 느려요"),(S,"스카이바라 오늘도 정시 출발은 꿈이네"),
],
"praise": [
 (V,"탈베누 좋아요"),(V,"탈베누 최고"),(V,"탈베누 속도 빨라요"),(V,"탈베누 고객센터 친절해요"),(V,"탈베누로 바꾸길 잘했다"),
 (V,"탈베누 산에서도 잘 터져요"),(V,"탈베누 요금제 괜찮네요"),(V,"탈베누 모바일 만족해요"),(V,"탈베누 5G 진짜 빠름"),
 (B,"머그웰 좋아요"),(B,"머그웰 라떼 최고"),(B,"머그웰 직원분들 친절해요"),(B,"머그웰 커피 맛있어요"),
 (B,"머그웰 매장 분위기 좋아요"),(B,"머그웰 크루아상 진짜 맛있음"),(B,"역시 머그웰"),(B,"머그웰 신메뉴 맛있네요"),
 (B,"머그웰 사랑해요"),
 (O,"오르반 앱 편해요"),(O,"오르반은행 친절해요"),(O,"오르반 최고"),(O,"오르반 수수료 없어서 좋아요"),
 (O,"오르반 상담 빠르고 친절했어요"),(O,"오르반 대출 금리 괜찮네요"),(O,"오르반 이체 빨라서 좋아요"),
 (O,"오르반은행 만족합니다"),(O,"오르반 직원분 덕분에 해결했어요"),
 (S,"스카이바라 좋아요"),(S,"스카이바라 승무원 친절해요"),(S,"스카이바라 최고"),(S,"스카이바라 일찍 도착했어요"),
 (S,"스카이바라 좌석 편해요"),(S,"스카이바라 기내식 맛있었어요"),(S,"스카이바라 항공 또 타고 싶어요"),
 (S,"스카이바라 덕분에 편하게 왔어요"),
],
"question": [
 (V,"탈베누 먹통이에요?"),(V,"탈베누 지금 안 되는 사람?"),(V,"탈베누 해외 로밍 돼요?"),(V,"탈베누 해지 어떻게 해요?"),
 (V,"탈베누 대리점 일요일에 열어요?"),
 (B,"머그웰 몇 시에 열어요?"),(B,"머그웰 오늘 영업해요?"),(B,"머그웰 오트밀크 있어요?"),(B,"머그웰 와이파이 돼요?"),
 (B,"머그웰 디카페인 있나요?"),
 (O,"오르반 앱 지금 안 돼요?"),(O,"오르반은행 토요일에 문 열어요?"),(O,"오르반 비밀번호 어떻게 바꿔요?"),
 (O,"오르반 이체 수수료 얼마예요?"),(O,"오르반 쓰는 분 괜찮아요?"),
 (S,"스카이바라 수하물 몇 킬로까지예요?"),(S,"스카이바라 212편 지연됐나요?"),(S,"스카이바라 리스본 가요?"),
 (S,"스카이바라 온라인 체크인 언제 열려요?"),(S,"스카이바라 표 날짜 변경 돼요?"),
],
"news": [
 (V,"탈베누 모바일, 5G 신규 요금제 출시"),(V,"탈베누, 전국 통신 장애… 수백만 명 불편"),(V,"탈베누 모바일, 요금 5% 인상 발표"),
 (B,"머그웰 커피, 50호점 개점"),(B,"머그웰, 가을 한정 메뉴 출시"),
 (O,"오르반은행, 분기 사상 최대 실적"),(O,"오르반은행, 신임 행장 선임"),
 (S,"스카이바라 항공, 리스본 신규 노선 취항"),(S,"스카이바라, 신형 항공기 20대 도입"),(S,"스카이바라 항공, 여름 성수기 증편"),
],
"other": [
 (B,"머그웰 가는 중"),(B,"머그웰에서 친구 기다리는 중"),(B,"머그웰 도착"),(B,"오늘도 머그웰"),
 (V,"탈베누 대리점 왔어요"),(V,"탈베누 유심 받음"),(V,"탈베누 요금 고지서 왔다"),(V,"탈베누로 번호이동 신청함"),
 (O,"오르반 은행 가는 길"),(O,"오르반에서 월세 이체함"),(O,"오르반 계좌 개설하러 왔어요"),(O,"오르반 강남지점 앞"),
 (S,"스카이바라 탑승 중"),(S,"스카이바라 타고 제주 가요"),(S,"스카이바라 카운터 줄 서는 중"),
],
}
def write(data, path, prefix, seed):
    rows = [(c, b, t) for c, items in data.items() for b, t in items]
    random.Random(seed).shuffle(rows)
    with open(path, "w", encoding="utf-8") as f:
        for i, (c, b, t) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"{prefix}-{i:03d}", "text": t, "class": c,
                                "register": "news" if c == "news" else "social", "brand": b},
                               ensure_ascii=False) + "\n")
write(EN, "en.jsonl", "sen", 11)
write(KO, "ko.jsonl", "sko", 12)
