//! A brand's name given to someone else: a pet, a child, a friend ("our rescue whippet Pikko",
//! "a penguin called Pikko", "Marlo the tortoise", "우리집 고양이 피코", "조카 이름이 카야야").
//! Name matching hears the name either way; what is written around it says it names a living
//! thing the brand is not. Only these patterns are read: a product ("my Kaya dishwasher") or a
//! person's surname ("Emre Kaya") is still heard.

/// Pets and people a name is given to, in English, in small letters.
const EN_BEINGS: &[&str] = &[
    "dog",
    "cat",
    "puppy",
    "pup",
    "kitten",
    "kitty",
    "hamster",
    "tortoise",
    "turtle",
    "horse",
    "mare",
    "pony",
    "parrot",
    "rabbit",
    "bunny",
    // Words are read one at a time: a guinea pig is a pig.
    "pig",
    "lurcher",
    "whippet",
    "greyhound",
    "collie",
    "cockapoo",
    "retriever",
    "labrador",
    "spaniel",
    "terrier",
    "dachshund",
    "goldfish",
    "budgie",
    "penguin",
    "baby",
    "son",
    "daughter",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "toddler",
    "boy",
    "girl",
    "friend",
    "grandad",
    "grandma",
    "teacher",
];

/// Words that may stand between "our" and the being ("our new rescue puppy").
const EN_BEFORE_BEING: &[&str] = &[
    "new", "rescue", "little", "old", "baby", "lovely", "golden", "guinea",
];

/// What says a name is given ("a penguin called Pikko").
const EN_GIVEN: &[&str] = &["called", "named", "nicknamed", "christened"];

/// Pets in Korean, which may stand just before the name (우리집 고양이 피코); people, whose
/// name is said to be given (조카 이름이 카야야); and what says so (이름이, 이름은).
const KO_PETS: &[&str] = &[
    "강아지",
    "고양이",
    "냥이",
    "멍멍이",
    "댕댕이",
    "앵무새",
    "햄스터",
    "거북이",
    "토끼",
    "반려견",
    "반려묘",
    "푸들",
    "말티즈",
    "포메",
    "포메라니안",
    "비숑",
    "시츄",
    "치와와",
    "진돗개",
    "리트리버",
    "웰시코기",
    "코기",
    "닥스훈트",
    "고슴도치",
    "기니피그",
    "앵무",
    "금붕어",
];
const KO_PEOPLE: &[&str] = &[
    "조카",
    "아들",
    "딸",
    "동생",
    "아기",
    "선생님",
    "친구",
    "손자",
    "손녀",
    "첫째",
    "둘째",
    "막내",
];
const KO_GIVEN: &[&str] = &["이름이", "이름은", "이름을", "이름", "애칭이", "별명이"];

/// Whether the words just before and after `span` in `text` say the name there is given to a
/// pet or a person.
pub(crate) fn names_a_being(text: &str, span: std::ops::Range<usize>) -> bool {
    // A handle or a hashtag is the brand's, whatever follows ("@rillaride my friend is in
    // hospital" is not a friend called Rilla).
    if text[..span.start].ends_with(['@', '#']) {
        return false;
    }
    let before: Vec<String> = text[..span.start]
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let after: Vec<String> = text[span.end..]
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .collect();
    fn word(words: &[String], i: usize) -> &str {
        words.get(i).map_or("", String::as_str)
    }
    let being = |w: &str| EN_BEINGS.contains(&w);
    let ko_being = |w: &str| KO_PETS.contains(&w) || KO_PEOPLE.contains(&w);
    // "a penguin called Pikko", "our puppy is called Kibbo", "조카 이름이 카야야": the name is
    // said to be given to a being (not "called Brell's helpline", not "my wifi is called…").
    if EN_GIVEN.contains(&word(&before, 0)) && before[1..].iter().any(|w| being(w)) {
        return true;
    }
    if KO_GIVEN.contains(&word(&before, 0)) && before[1..].iter().any(|w| ko_being(w)) {
        return true;
    }
    // "우리집 고양이 피코" (a pet only: "우리 딸 루메스킨 쓰고부터" is the brand).
    if KO_PETS.contains(&word(&before, 0)) {
        return true;
    }
    // "our (new rescue) whippet Pikko", "baby Marlo".
    if being(word(&before, 0)) {
        let owner = before[1..]
            .iter()
            .find(|w| !EN_BEFORE_BEING.contains(&w.as_str()));
        if word(&before, 0) == "baby"
            || owner.is_some_and(|w| matches!(w.as_str(), "our" | "my" | "a" | "his" | "her"))
        {
            return true;
        }
    }
    // "Pikko (our rescue whippet)", "Marlo the tortoise", "Kaya the golden retriever".
    match word(&after, 0) {
        "our" | "my" | "the" => after[1..]
            .iter()
            .find(|w| !EN_BEFORE_BEING.contains(&w.as_str()))
            .is_some_and(|w| being(w)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::names_a_being;

    fn at(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap();
        names_a_being(text, start..start + name.len())
    }

    #[test]
    fn a_name_given_to_a_pet_or_a_person_is_told_apart() {
        for (text, name) in [
            ("Pikko (our rescue whippet) turned 9 today", "Pikko"),
            ("our hamster Pikko escaped AGAIN", "Pikko"),
            ("a cartoon about a penguin called Pikko", "Pikko"),
            ("Marlo the tortoise eating a strawberry", "Marlo"),
            ("Baby Marlo arrived at 4.12am", "Marlo"),
            ("Kaya the golden retriever learning to skateboard", "Kaya"),
            ("Our new puppy is called Kibbo", "Kibbo"),
            ("our guinea pig Ruvo has learned to wheek", "Ruvo"),
            ("우리집 고양이 피코 두 살 생일", "피코"),
            ("조카 이름이 카야야 ㅋㅋ", "카야야"),
            ("우리 집 푸들 이름이 코바예요 ㅎㅎ", "코바예요"),
            ("강아지 이름 아보카라서 부를 때 민망함", "아보카라서"),
        ] {
            assert!(at(text, name), "{text}");
        }
        for (text, name) in [
            ("my Kaya dishwasher died", "Kaya"),
            ("Emre Kaya's free kick tonight", "Kaya"),
            ("the Pikko rider left my food at the wrong door", "Pikko"),
            ("Pikko the app is down again", "Pikko"),
            ("Our Kaya washer has survived 3 kids", "Kaya"),
            ("카야 고객센터 전화 대기", "카야"),
            ("Thanks Marlo, the refund came", "Marlo"),
            ("@rillaride my friend is in hospital", "rillaride"),
            ("Just called Medira's helpline, two hour queue", "Medira"),
            ("my wifi is called \"TelvoHub_4G7K\"", "TelvoHub"),
            ("카페 와이파이 이름이 텔보인 거 보고", "텔보인"),
            ("우리 딸 루메스킨 무향 라인 쓰고부터", "루메스킨"),
        ] {
            assert!(!at(text, name), "{text}");
        }
    }
}
