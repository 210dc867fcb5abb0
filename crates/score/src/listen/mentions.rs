//! Where a text names the brand or a competitor.
//!
//! Names are matched as topic terms are (`crate::terms`): Korean names with particles and
//! endings attached (에이크미의, 에이크미에서는), English possessives (Acme's), any case or
//! Unicode form. English names are stemmed as terms are, so a plural (Acmes) counts too. A
//! one-word Korean name must be the word it is found in (누리 is not 누리꾼).
use crate::terms::{tokens_with_spans, TermSet};
use crate::Scorer;

/// Whether a Korean name of one word names `word` (the text's word it was found in): the word
/// without its particle or ending is the name, not a longer word that contains it (누리에서 is
/// 누리; 누리꾼, 누리호 and 온누리상품권 are not). Other names are taken as the tokens matched.
fn names_the_word(name: &str, word: &str) -> bool {
    let name = name.trim();
    if name.contains(char::is_whitespace) || !name.chars().any(super::cues::is_hangul) {
        return true;
    }
    // A word far longer than the name and any ending is another word (and is not lowered or
    // stemmed: a text without spaces is one long word).
    if word.len() > name.len() + MAX_TRAILER_BYTES {
        return false;
    }
    // Punctuation, and laughter or tears in loose letters (도바ㅋㅋ, 도바ㅠㅠ), are not the word.
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric() || is_jamo(c))
        .to_lowercase();
    let name = name.to_lowercase();
    if word == name || gleaner_text::korean_stem(&word) == gleaner_text::korean_stem(&name) {
        return true;
    }
    // What the stemmer leaves on: the copula and a few colloquial particles (에이크미라,
    // 에이크미랑, 에이크미인데, 에이크미임); or a noun of what a brand is or has, written on
    // as Korean compounds are (도바커피, 도바오더를, 텔보고객센터).
    word.strip_prefix(name.as_str()).is_some_and(|rest| {
        TRAILERS.contains(&rest)
            || (LONG_NAME_TRAILERS.contains(&rest) && name.chars().count() >= 3)
            || COMPOUND_HEADS.iter().any(|head| {
                rest.strip_prefix(head).is_some_and(|after| {
                    after.is_empty()
                        || TRAILERS.contains(&after)
                        || gleaner_text::korean_stem(rest) == *head
                        // A head of one syllable keeps its particle alone (겜에), not with
                        // the name before it (퀴바겜에).
                        || gleaner_text::korean_stem(&word).strip_prefix(name.as_str())
                            == Some(*head)
                })
            })
    })
}

/// A name that may open a word the tokens do not read as its own, found in the text as written
/// ([`Scorer::mentions`]): an English name of ASCII letters and digits (spaces taken out, in
/// small letters) opening a handle or a word in camel case, or a Korean name of three syllables
/// or more opening a word the stemmer splits elsewhere (메디라는: 메디 + 라는).
#[derive(Debug, Clone)]
pub(crate) struct NameOpening {
    needle: String,
    /// A Korean name (else an English one).
    korean: bool,
    competitor: bool,
    /// The name's id in its set.
    name: usize,
}

/// The names of `names` and `competitors` that may open a word: made once per scorer.
pub(crate) fn name_openings(names: &TermSet, competitors: &TermSet) -> Vec<NameOpening> {
    [(names, false), (competitors, true)]
        .into_iter()
        .flat_map(|(set, competitor)| {
            set.written
                .iter()
                .enumerate()
                .filter_map(move |(id, name)| {
                    let trimmed = name.trim();
                    if trimmed.chars().count() >= 3 && trimmed.chars().all(super::cues::is_hangul) {
                        return Some(NameOpening {
                            needle: trimmed.to_owned(),
                            korean: true,
                            competitor,
                            name: id,
                        });
                    }
                    let joined: String = name.chars().filter(|c| !c.is_whitespace()).collect();
                    (joined.len() >= 3 && joined.chars().all(|c| c.is_ascii_alphanumeric())).then(
                        || NameOpening {
                            needle: joined.to_ascii_lowercase(),
                            korean: false,
                            competitor,
                            name: id,
                        },
                    )
                })
        })
        .collect()
}

/// What a brand's handle or hashtag goes on with after its name, in small letters
/// (@telvohelp, #telvodown).
const HANDLE_ENDINGS: &[&str] = &[
    "help", "support", "care", "cares", "cs", "official", "news", "team", "app", "hq", "uk", "us",
    "usa", "kr", "korea", "global", "down", "outage", "fail", "fails", "sucks", "gate",
];

/// What an English name may go on with after an apostrophe and still be the name: a verb
/// made of it ("getting amalfi'd", "rilla'ing home") or a contraction ("Rilla'll refund you",
/// "Kova's been down"). The analyzer drops the apostrophe and reads "amalfid", which is not
/// the name's token.
const APOSTROPHE_ENDINGS: &[&str] = &["d", "ed", "ing", "ll", "ve", "re", "s"];

/// How many bytes of `rest` (small letters, just after a name) are an apostrophe and one of
/// [`APOSTROPHE_ENDINGS`] ending a word; `None` when it does not start so.
fn apostrophe_ending(rest: &str) -> Option<usize> {
    let after = rest
        .strip_prefix('\'')
        .or_else(|| rest.strip_prefix('\u{2019}'))?;
    let ending = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    APOSTROPHE_ENDINGS
        .contains(&ending)
        .then_some(rest.len() - after.len() + ending.len())
}

/// Nouns written onto a brand's name as one word: what it is (커피, 은행, 항공), its app and
/// services (앱, 오더, 페이), its people and places (매장, 고객센터, 직원), where it is talked
/// about (갤, a community's board for it; 공홈, its own site). Not suffixes that
/// make another word of a name (꾼, 호, 리).
const COMPOUND_HEADS: &[&str] = &[
    "커피",
    "카페",
    "베이커리",
    "오더",
    "앱",
    "어플",
    "페이",
    "카드",
    "뱅크",
    "은행",
    "증권",
    "보험",
    "캐피탈",
    "모바일",
    "통신",
    "텔레콤",
    "인터넷",
    "와이파이",
    "공유기",
    "식품",
    "푸드",
    "항공",
    "에어",
    "모터스",
    "자동차",
    "전자",
    "코리아",
    "그룹",
    "스토어",
    "마트",
    "몰",
    "샵",
    "쇼핑",
    "뷰티",
    "코스메틱",
    "게임즈",
    "게임",
    "겜",
    "충전기",
    "충전소",
    "충전",
    "병원",
    "의원",
    "클리닉",
    "약국",
    "헬스",
    "헬스장",
    "짐",
    "랜드",
    "월드",
    "파크",
    "캠",
    "카메라",
    "도어벨",
    "폰",
    "워치",
    "패드",
    "노트북",
    "기사",
    "기사님",
    "라이더",
    "라이더님",
    "라이더들",
    "겜사",
    "운영",
    "운영진",
    "운영자",
    "유저",
    "유저들",
    "엔터",
    "택배",
    "배송",
    "배달",
    "고객센터",
    "상담원",
    "상담센터",
    "매장",
    "지점",
    "본사",
    "직원",
    "직원들",
    "직원분",
    "직원분들",
    "알바생",
    "측",
    // What an angry customer calls the company (픽소라놈들, 퀴바것들).
    "놈들",
    "놈",
    "것들",
    "새끼들",
    "알바",
    "사장",
    "대표",
    "회원",
    "멤버십",
    "포인트",
    "쿠폰",
    "요금",
    "요금제",
    "서비스",
    "공식",
    "공홈",
    "갤",
    "갤러리",
    "손해보험",
    "손보",
    "생명",
    "생명보험",
    "화재",
    "다이렉트",
    "저축은행",
    "파이낸셜",
    "투자",
    "자산운용",
    "홀딩스",
    "건설",
    "제약",
    "바이오",
    "화학",
    "물산",
    "상사",
    "중공업",
    "리테일",
    "홈쇼핑",
    "제과",
    "유업",
    "호텔",
    "리조트",
    "투어",
    "렌터카",
    "모빌리티",
    "에너지",
    "가스",
    "전력",
    "엔터테인먼트",
    "스튜디오",
    "미디어",
    "방송",
    "플러스",
    "프라임",
    "플레이",
    "뮤직",
    "티비",
    "닷컴",
    "뱅킹",
    "은행장",
    "데이",
    "세일",
    "위크",
    "페스타",
    "라이브",
    "클럽",
    "멤버스",
    "센터",
    "서비스센터",
    "콜센터",
    "대리점",
    "가전",
    "제품",
    "정품",
    "기기",
    "봇",
    "로봇",
    "청소기",
    "냉장고",
    "세탁기",
    "건조기",
    "에어컨",
    "식세기",
    "티켓",
    "예매",
    // What an angry public writes onto the name, often as a hashtag (#루보탈퇴, 코린사태).
    "탈퇴",
    "불매",
    "보이콧",
    "아웃",
    "사태",
    "논란",
    // What a car maker's customers call its cars (아르덴자차).
    "차",
    "게이트",
    "해명",
    "사과문",
    "입장문",
    "먹통",
    "장애",
    "유출",
    "피해",
    "피해자",
];

/// A loose Hangul letter (ㅋ, ㅎ, ㅠ), not a syllable.
fn is_jamo(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Longer than any ending the stemmer strips or [`TRAILERS`] allows (으로부터는: 18 bytes),
/// with room for punctuation around the word.
const MAX_TRAILER_BYTES: usize = 32;

/// The copula's plain ending and "if" (파슬로다, 파슬로면), and the plain particles where the
/// stemmer reads the name's last syllable as part of an ending (메디라는: 라는), taken after a
/// name of three syllables or more only: after a shorter one they make words (누리다 "to
/// enjoy", 누리면, 누리는).
const LONG_NAME_TRAILERS: &[&str] = &[
    "다", "면", "이면", "는", "은", "가", "이", "를", "을", "의", "도", "만", "에", "로", "와",
    "과",
];

/// Endings after a name that the stemmer keeps, but that do not make it another word.
const TRAILERS: &[&str] = &[
    // The name made a verb of what it did to you, as "got amalfi'd" in English (아말당했다,
    // 코바당함): 당하다's forms, never a word of their own after a name.
    "당했다",
    "당했음",
    "당함",
    "당한",
    "당했어",
    "당했어요",
    "당했네",
    "당했고",
    "당했는데",
    "당했던",
    "당하다",
    "당할",
    "당하는",
    "라",
    "라고",
    "라서",
    "라도",
    "라는",
    "라면",
    "랑",
    "이랑",
    "하고",
    "인데",
    "이고",
    "이며",
    "이다",
    "였다",
    "이었다",
    "였음",
    "이었음",
    "였어",
    "였어요",
    "이었어요",
    "였는데",
    "이었는데",
    "였고",
    "였지",
    "였네",
    "였던",
    "이었던",
    "임",
    "인",
    "인가",
    "인지",
    "이지",
    "이라",
    "이라고",
    "이라서",
    "이라도",
    "이라는",
    "이라면",
    "이네",
    "이냐",
    "냐",
    "예요",
    "이에요",
    "에요",
    "입니다",
    "이죠",
    "죠",
    "꺼",
    "껀",
    "거",
    "것",
    "한테",
    "한테서",
    "이든",
    "든",
    "이든지",
    "든지",
    "야",
    "이야",
    "께",
    "측",
    "측은",
    "측이",
    "측의",
    "씨",
    "님",
    "에선",
    "에서도",
    "한테",
    "한테서",
    "처럼",
    "보다",
    "까지",
    "부터",
    "만큼",
    "조차",
    "마저",
];

/// A place where a text names the brand or a competitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name as the profile writes it.
    pub name: String,
    /// Whether it is a competitor's name (else the brand's).
    pub competitor: bool,
    /// The byte span in the text of the words that name it (a Korean word with its particle).
    pub span: std::ops::Range<usize>,
}

impl Scorer {
    /// Every mention of the brand and its competitors in `text`, in text order. Where names
    /// overlap ("Acme Mobile" and "Acme"), the longest is kept. A Korean name of one word names
    /// a word only when the word without its particle or ending is that name: 누리 names 누리에서,
    /// not 누리꾼 or 온누리상품권.
    ///
    /// ```
    /// use gleaner_score::{BrandProfile, Scorer};
    /// let profile = BrandProfile::from_toml(
    ///     "name = \"Acme Mobile\"\naliases = [\"Acme\", \"에이크미\"]\ncompetitors = [\"Globex\"]",
    /// ).unwrap();
    /// let scorer = Scorer::new(profile);
    /// let text = "에이크미에서는 Acme Mobile's plan beats Globex.";
    /// let names: Vec<_> = scorer.mentions(text).into_iter().map(|m| (m.name, &text[m.span])).collect();
    /// assert_eq!(names, [
    ///     ("에이크미".to_owned(), "에이크미에서는"),
    ///     ("Acme Mobile".to_owned(), "Acme Mobile's"),
    ///     ("Globex".to_owned(), "Globex"),
    /// ]);
    /// ```
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let (tokens, spans) = tokens_with_spans(&self.analyzer, text);
        // (first token, last token + 1, competitor, term id)
        let mut found: Vec<(usize, usize, bool, u32)> = Vec::new();
        self.names
            .find_at(&tokens, |id, at| found.push((at.start, at.end, false, id)));
        self.competitors
            .find_at(&tokens, |id, at| found.push((at.start, at.end, true, id)));
        // Text order; at one place the longest first, and what it covers is dropped.
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut covered_to = 0;
        let mut mentions = Vec::new();
        for (start, end, competitor, id) in found {
            if start < covered_to {
                continue;
            }
            let set = if competitor {
                &self.competitors
            } else {
                &self.names
            };
            let name = &set.written[id as usize];
            let span = spans[start].start..spans[end - 1].end;
            if !names_the_word(name, &text[span.clone()]) {
                continue;
            }
            covered_to = end;
            mentions.push(Mention {
                name: name.clone(),
                competitor,
                span,
            });
        }
        self.name_openings(text, &mut mentions);
        mentions
    }

    /// Adds the names that open a word the tokens did not read as theirs ([`NameOpening`]).
    /// An English name opens a handle, a hashtag or a word in camel case, which the tokenizer
    /// reads as one longer word: @TelvoUK, #TelvoDown, TelvoHub_4G7K, @telvohelp. It begins
    /// the word and is followed by a capital after a small letter, a digit, an underscore, or
    /// in a handle or hashtag one of [`HANDLE_ENDINGS`]; or it is a capital part of a word in
    /// camel case after a small letter (#BoycottKaya, #StopMarlo, #KayaFail). #hotelvouchers,
    /// Moldova, #telvofan and izakaya are not Telvo, Dova or Kaya. A Korean name opens a word
    /// the stemmer split elsewhere (메디라는).
    fn name_openings(&self, text: &str, mentions: &mut Vec<Mention>) {
        if self.name_openings.is_empty() {
            return;
        }
        // In small letters, for the English names only.
        let lower = if self.name_openings.iter().any(|o| !o.korean) {
            text.to_ascii_lowercase()
        } else {
            String::new()
        };
        let mut found: Vec<Mention> = Vec::new();
        for opening in &self.name_openings {
            let set = if opening.competitor {
                &self.competitors
            } else {
                &self.names
            };
            let name = &set.written[opening.name];
            if opening.korean {
                found.extend(korean_name_opening(
                    text,
                    &opening.needle,
                    name,
                    opening.competitor,
                ));
                continue;
            }
            for (at, _) in lower.match_indices(opening.needle.as_str()) {
                let end = at + opening.needle.len();
                let before = text[..at].chars().next_back();
                // A match that opens a word goes on, or one that begins a capital part of a word
                // in camel case (#BoycottKaya): one a word, so finding words' ends below reads
                // the text once however often the name repeats in it.
                let camel_part = before.is_some_and(|c| c.is_ascii_lowercase())
                    && text[at..].starts_with(|c: char| c.is_ascii_uppercase());
                if before.is_some_and(|c| c.is_alphanumeric()) && !camel_part {
                    continue;
                }
                let last = text[..end].chars().next_back();
                let word_end = text[end..]
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .map_or(text.len(), |i| end + i);
                let handle = matches!(before, Some('@' | '#'));
                let joined_on = match text[end..].chars().next() {
                    Some(n) if n.is_ascii_uppercase() => {
                        last.is_some_and(|l| l.is_ascii_lowercase())
                    }
                    Some(n) => {
                        n.is_ascii_digit()
                            || n == '_'
                            || (handle && HANDLE_ENDINGS.contains(&&lower[end..word_end]))
                    }
                    None => false,
                };
                // A camel-case part may also end the word (#BoycottKaya, #StopMarlo); and a
                // name may go on after an apostrophe (got amalfi'd, Rilla'll refund you).
                let after_apostrophe = apostrophe_ending(&lower[end..]).map(|n| end + n);
                if joined_on || (camel_part && word_end == end) || after_apostrophe.is_some() {
                    found.push(Mention {
                        name: name.clone(),
                        competitor: opening.competitor,
                        span: at..after_apostrophe.unwrap_or(word_end),
                    });
                }
            }
        }
        add_apart(mentions, found);
    }
}

/// Where the Korean name `needle` (written `name` in its profile) opens a word the tokens did
/// not read as its own: the stemmer takes 메디라는 for 메디 with the ending 라는, so the tokens
/// never hold 메디라. Each word the name opens is read once, to its end, and judged as any
/// other ([`names_the_word`]).
fn korean_name_opening(text: &str, needle: &str, name: &str, competitor: bool) -> Vec<Mention> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices(needle) {
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let end = at + needle.len();
        let word_end = text[end..]
            .find(|c: char| !(c.is_alphanumeric() || is_jamo(c)))
            .map_or(text.len(), |i| end + i);
        if names_the_word(name, &text[at..word_end]) {
            found.push(Mention {
                name: name.to_owned(),
                competitor,
                span: at..word_end,
            });
        }
    }
    found
}

/// Adds to `mentions` (in text order, apart) those of `found` that overlap none of them, the
/// first of any that overlap each other. A binary search each: a text may hold many thousands.
fn add_apart(mentions: &mut Vec<Mention>, mut found: Vec<Mention>) {
    if found.is_empty() {
        return;
    }
    found.sort_by_key(|m| m.span.start);
    let mut kept_end = 0;
    let mut added = Vec::new();
    for m in found {
        let before = mentions.partition_point(|t| t.span.start < m.span.end);
        let overlaps = before > 0 && mentions[before - 1].span.end > m.span.start;
        if overlaps || m.span.start < kept_end {
            continue;
        }
        kept_end = m.span.end;
        added.push(m);
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.span.start);
}
