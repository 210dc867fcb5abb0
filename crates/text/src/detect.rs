//! Language detection for short, mixed text.

use gleaner_core::Lang;
use whatlang::{Detector, Lang as W, Script};

/// How many characters are looked at in all: enough for a confident guess, bounded so that
/// detection costs the same for a title and a 50 kB article.
const SAMPLE_CHARS: usize = 128;

/// The Latin-script languages a declared language is checked against: a feed labelled `de`
/// whose items are really in one of these is the common mislabelling.
const COMMON_LATIN: [W; 5] = [W::Eng, W::Spa, W::Fra, W::Deu, W::Por];

/// The languages of the Cyrillic script the model chooses among.
const CYRILLIC: [W; 6] = [W::Rus, W::Ukr, W::Bul, W::Srp, W::Mkd, W::Bel];
/// The languages of the Arabic script the model chooses among.
const ARABIC: [W; 3] = [W::Ara, W::Pes, W::Urd];
/// The languages of the Devanagari script the model chooses among.
const DEVANAGARI: [W; 3] = [W::Hin, W::Mar, W::Nep];
/// The languages of the Latin script the model chooses among.
const LATIN: [W; 26] = [
    W::Eng,
    W::Fra,
    W::Deu,
    W::Spa,
    W::Por,
    W::Ita,
    W::Nld,
    W::Swe,
    W::Dan,
    W::Nob,
    W::Fin,
    W::Pol,
    W::Ces,
    W::Slk,
    W::Hun,
    W::Ron,
    W::Tur,
    W::Ind,
    W::Vie,
    W::Cat,
    W::Hrv,
    W::Lit,
    W::Lav,
    W::Est,
    W::Slv,
    W::Tgl,
];

/// Share of the letters a script needs to name the text's language (or to narrow the model to
/// its languages): under a third, it is quoted names and loanwords in another script.
const SCRIPT_SHARE: f64 = 0.3;
/// Hangul letters that make a text Korean whatever the rest: two are a word, and English text
/// almost never contains one.
const MIN_HANGUL: usize = 2;
/// Share of Hangul that makes a text Korean (for a text of one Hangul letter): lower than
/// [`SCRIPT_SHARE`], since Korean text carries Latin brand names freely.
const MIN_HANGUL_SHARE: f64 = 0.1;
/// The Hangul share that a Korean call's confidence is figured from at least: a Hangul word
/// in Latin text is still a confident call.
const HANGUL_SHARE_FLOOR: f64 = 0.5;
/// Han without kana is Chinese or kanji-only Japanese: its confidence is discounted by this.
const HAN_CONFIDENCE: f64 = 0.8;
/// Confidence in a declared language nothing could check (no letters, or no model answer).
const UNCHECKED_DECLARED_CONFIDENCE: f64 = 0.5;
/// Confidence in a declared language the text agrees with (or cannot overrule), at least.
const DECLARED_CONFIDENCE: f64 = 0.6;
/// Letters the text needs for a reliable model answer to overrule the declared language:
/// shorter headlines fool the model too often.
const MIN_LETTERS_TO_OVERRULE: usize = 40;
/// Letters under which an unreliable model answer, with nothing declared, gives way to a guess.
const MIN_LETTERS_FOR_MODEL: usize = 12;
/// Confidence of the English guess for a short Latin text: a guess, and said to be one.
const LATIN_GUESS_CONFIDENCE: f64 = 0.2;
/// Model confidence from which a detector remembers a language as the feed's recent one:
/// weaker answers would make one misread title steer the next items.
const RECENT_MIN_CONFIDENCE: f64 = 0.5;

/// A detected language.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    /// The language.
    pub lang: Lang,
    /// From 0 (a guess) to 1 (certain).
    pub confidence: f64,
    /// What decided.
    pub method: Method,
}

/// What decided a [`Detection`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Method {
    /// The script alone (Hangul, kana, Thai, …).
    Script,
    /// The declared language, consistent with the script, when the text was too short or
    /// ambiguous to overrule it.
    Declared,
    /// whatlang's model, restricted to languages of the text's script.
    Statistical,
}

/// Detects the language of `samples` (e.g. a title and a summary; `None`s are skipped),
/// using `declared` (the feed's or page's language) as a prior.
///
/// Returns `None` when there is no letter to judge and nothing declared. The declared language
/// wins whenever the text is consistent with it and the model is not confident otherwise;
/// it loses to the script (a "ko" feed item written in English is English when long enough,
/// a "en" item in Hangul is Korean). For many items of one feed, [`LanguageDetector`] is
/// faster and steadier.
pub fn detect_language(samples: &[Option<&str>], declared: Option<&Lang>) -> Option<Detection> {
    LanguageDetector::new().detect(samples, declared)
}

/// Language detection over a sequence of related texts (the items of one feed).
///
/// Remembers the last language the model found with confidence and, when the declared language
/// does not fit an item's script (the English items of a feed declared `ko`), uses it as the
/// prior in place of the declaration. Items of one feed are usually in one or two languages,
/// so this makes detection both steadier on short titles and about four times cheaper.
#[derive(Debug, Default, Clone)]
pub struct LanguageDetector {
    recent: Option<Lang>,
}

impl LanguageDetector {
    /// A detector with no memory yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Like [`detect_language`], with this detector's memory as a second prior.
    pub fn detect(
        &mut self,
        samples: &[Option<&str>],
        declared: Option<&Lang>,
    ) -> Option<Detection> {
        let detection = detect(samples, declared, self.recent.as_ref());
        if let Some(d) = &detection {
            if d.method == Method::Statistical && d.confidence >= RECENT_MIN_CONFIDENCE {
                self.recent = Some(d.lang.clone());
            }
        }
        detection
    }
}

/// The detection behind [`LanguageDetector::detect`]: a script that names one language decides;
/// otherwise whatlang, narrowed by the declared (or else the recent) language, is weighed
/// against the declaration.
fn detect(
    samples: &[Option<&str>],
    declared: Option<&Lang>,
    recent: Option<&Lang>,
) -> Option<Detection> {
    let text = sample(samples);
    let counts = ScriptCounts::of(&text);
    let letters = counts.total();
    if letters == 0 {
        return declared.map(declared_only);
    }
    if let Some(detection) = by_script(&counts, declared.map(Lang::code)) {
        return Some(detection);
    }
    // Scripts shared by several languages: whatlang, restricted to them.
    let allowed = allowed_languages(&counts);
    let fits = |l: &Lang| {
        allowed
            .iter()
            .find(|w| iso639_1(**w) == Some(l.code()))
            .copied()
    };
    let declared_fits = declared.and_then(|l| fits(l).map(|w| (l, w)));
    // Without a fitting declaration, the feed's recent language narrows the model the same
    // way, but does not win ties the way a declaration does.
    let prior = declared_fits
        .map(|(_, w)| w)
        .or_else(|| recent.and_then(fits));
    let info = Detector::with_allowlist(candidates(prior, &counts, allowed)).detect(&text);
    judge(info, declared_fits.map(|(l, _)| l), letters)
}

/// The text looked at: the samples joined with ". ", at most [`SAMPLE_CHARS`] characters of
/// them in all.
fn sample(samples: &[Option<&str>]) -> String {
    let mut text = String::new();
    let mut budget = SAMPLE_CHARS;
    for s in samples.iter().flatten() {
        if budget == 0 {
            break;
        }
        if !text.is_empty() {
            text.push_str(". ");
        }
        let before = text.len();
        text.extend(s.chars().take(budget));
        budget = budget.saturating_sub(text[before..].chars().count());
    }
    text
}

/// The declared language, taken on trust because there is nothing to check it against.
fn declared_only(declared: &Lang) -> Detection {
    Detection {
        lang: declared.clone(),
        confidence: UNCHECKED_DECLARED_CONFIDENCE,
        method: Method::Declared,
    }
}

/// The language a script names on its own (among those we care about), if the text is written
/// in one.
fn by_script(counts: &ScriptCounts, declared_code: Option<&str>) -> Option<Detection> {
    // Korean writing mixes in Latin brand names freely; English text almost never contains
    // Hangul. So a Hangul word decides, even in mostly Latin text.
    if counts.hangul >= MIN_HANGUL || counts.share(counts.hangul) >= MIN_HANGUL_SHARE {
        return Some(script(
            Lang::ko(),
            counts.share(counts.hangul).max(HANGUL_SHARE_FLOOR),
        ));
    }
    let japanese = counts.share(counts.kana + counts.han);
    if counts.kana > 0 && japanese >= SCRIPT_SHARE {
        return Some(script(code("ja"), japanese));
    }
    if counts.share(counts.han) >= SCRIPT_SHARE {
        return Some(han(counts, declared_code));
    }
    [
        (counts.thai, "th"),
        (counts.hebrew, "he"),
        (counts.greek, "el"),
        (counts.georgian, "ka"),
        (counts.armenian, "hy"),
    ]
    .into_iter()
    .find(|(n, _)| counts.share(*n) >= SCRIPT_SHARE)
    .map(|(n, lang)| script(code(lang), counts.share(n)))
}

/// Han without kana: Chinese, unless the feed says Japanese (kanji-only headlines) or Korean
/// (hanja).
fn han(counts: &ScriptCounts, declared_code: Option<&str>) -> Detection {
    let lang = match declared_code {
        Some("ja") => code("ja"),
        Some("ko") => Lang::ko(),
        _ => code("zh"),
    };
    Detection {
        lang,
        confidence: HAN_CONFIDENCE * counts.share(counts.han),
        method: Method::Script,
    }
}

/// The languages the model may choose from, by the text's script.
fn allowed_languages(counts: &ScriptCounts) -> &'static [W] {
    if counts.share(counts.cyrillic) >= SCRIPT_SHARE {
        &CYRILLIC
    } else if counts.share(counts.arabic) >= SCRIPT_SHARE {
        &ARABIC
    } else if counts.share(counts.devanagari) >= SCRIPT_SHARE {
        &DEVANAGARI
    } else {
        &LATIN
    }
}

/// The languages the model scores. The prior narrows the question: is this the declared
/// language, or one of the few it is most often confused with? Scoring 6 languages instead of
/// 26 is what keeps detection cheap enough to run on every item.
fn candidates(prior: Option<W>, counts: &ScriptCounts, allowed: &[W]) -> Vec<W> {
    match prior {
        Some(w) if counts.latin > 0 && counts.share(counts.cyrillic) < SCRIPT_SHARE => {
            let mut c = vec![w];
            c.extend(COMMON_LATIN.iter().copied().filter(|x| *x != w));
            c
        }
        _ => allowed.to_vec(),
    }
}

/// Weighs the model's answer against the declared language (when that fits the script).
fn judge(
    info: Option<whatlang::Info>,
    declared: Option<&Lang>,
    letters: usize,
) -> Option<Detection> {
    match (info, declared) {
        (Some(info), Some(declared)) => Some(model_or_declared(info, declared, letters)),
        (Some(info), None) => model_alone(info, letters),
        (None, Some(declared)) => Some(declared_only(declared)),
        (None, None) => None,
    }
}

/// The declared language, unless the model is reliable, the text long enough, and the model
/// disagrees.
fn model_or_declared(info: whatlang::Info, declared: &Lang, letters: usize) -> Detection {
    let guess = iso639_1(info.lang());
    if guess == Some(declared.code()) || !info.is_reliable() || letters < MIN_LETTERS_TO_OVERRULE {
        Detection {
            lang: declared.clone(),
            confidence: DECLARED_CONFIDENCE.max(info.confidence()),
            method: Method::Declared,
        }
    } else {
        statistical(info)
    }
}

/// The model's answer with nothing declared. Too little text for the model: English is the
/// likeliest Latin-script language of a headline, but say how unsure we are.
fn model_alone(info: whatlang::Info, letters: usize) -> Option<Detection> {
    if letters < MIN_LETTERS_FOR_MODEL && !info.is_reliable() {
        return (info.script() == Script::Latin).then(|| Detection {
            lang: Lang::en(),
            confidence: LATIN_GUESS_CONFIDENCE,
            method: Method::Statistical,
        });
    }
    Some(statistical(info))
}

fn script(lang: Lang, share: f64) -> Detection {
    Detection {
        lang,
        confidence: (0.7 + 0.3 * share).min(1.0),
        method: Method::Script,
    }
}

fn statistical(info: whatlang::Info) -> Detection {
    let lang = iso639_1(info.lang())
        .and_then(Lang::parse)
        .or_else(|| Lang::parse(info.lang().code()));
    let lang = lang.unwrap_or_else(Lang::en);
    Detection {
        lang,
        confidence: info.confidence(),
        method: Method::Statistical,
    }
}

fn code(c: &str) -> Lang {
    Lang::parse(c).unwrap_or_else(Lang::en)
}

/// ISO 639-1 of the whatlang languages we allow.
fn iso639_1(l: W) -> Option<&'static str> {
    Some(match l {
        W::Eng => "en",
        W::Fra => "fr",
        W::Deu => "de",
        W::Spa => "es",
        W::Por => "pt",
        W::Ita => "it",
        W::Nld => "nl",
        W::Swe => "sv",
        W::Dan => "da",
        W::Nob => "nb",
        W::Fin => "fi",
        W::Pol => "pl",
        W::Ces => "cs",
        W::Slk => "sk",
        W::Hun => "hu",
        W::Ron => "ro",
        W::Tur => "tr",
        W::Ind => "id",
        W::Vie => "vi",
        W::Cat => "ca",
        W::Hrv => "hr",
        W::Lit => "lt",
        W::Lav => "lv",
        W::Est => "et",
        W::Slv => "sl",
        W::Tgl => "tl",
        W::Rus => "ru",
        W::Ukr => "uk",
        W::Bul => "bg",
        W::Srp => "sr",
        W::Mkd => "mk",
        W::Bel => "be",
        W::Ara => "ar",
        W::Pes => "fa",
        W::Urd => "ur",
        W::Hin => "hi",
        W::Mar => "mr",
        W::Nep => "ne",
        _ => return None,
    })
}

#[derive(Debug, Default)]
struct ScriptCounts {
    latin: usize,
    hangul: usize,
    kana: usize,
    han: usize,
    cyrillic: usize,
    arabic: usize,
    devanagari: usize,
    thai: usize,
    hebrew: usize,
    greek: usize,
    georgian: usize,
    armenian: usize,
    other: usize,
}

impl ScriptCounts {
    fn of(text: &str) -> Self {
        let mut c = ScriptCounts::default();
        for ch in text.chars() {
            if ch.is_ascii() {
                c.latin += usize::from(ch.is_ascii_alphabetic());
                continue;
            }
            // Ranges first: they are letters of their script (give or take a few signs), and
            // the general Unicode letter lookup is the slow path.
            match ch as u32 {
                0xC0..=0x24F | 0x1E00..=0x1EFF => c.latin += usize::from(ch != '×' && ch != '÷'),
                0xAC00..=0xD7AF
                | 0x1100..=0x11FF
                | 0x3131..=0x318E
                | 0xA960..=0xA97F
                | 0xD7B0..=0xD7FF => c.hangul += 1,
                0x3041..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => {
                    c.kana += usize::from(ch != '・')
                }
                0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => {
                    c.han += 1
                }
                0x400..=0x52F => c.cyrillic += 1,
                0x600..=0x6FF | 0x750..=0x77F => c.arabic += usize::from(ch.is_alphabetic()),
                0x900..=0x97F => c.devanagari += 1,
                0xE00..=0xE7F => c.thai += 1,
                0x590..=0x5FF => c.hebrew += usize::from(ch.is_alphabetic()),
                0x370..=0x3FF => c.greek += 1,
                0x10A0..=0x10FF => c.georgian += 1,
                0x530..=0x58F => c.armenian += 1,
                // Punctuation, symbols, CJK punctuation and full-width forms are not letters.
                0x2000..=0x2BFF | 0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF00..=0xFF65 => {}
                _ => c.other += usize::from(ch.is_alphabetic()),
            }
        }
        c
    }

    /// The share of the letters that `n` of them are.
    fn share(&self, n: usize) -> f64 {
        n as f64 / self.total() as f64
    }

    fn total(&self) -> usize {
        self.latin
            + self.hangul
            + self.kana
            + self.han
            + self.cyrillic
            + self.arabic
            + self.devanagari
            + self.thai
            + self.hebrew
            + self.greek
            + self.georgian
            + self.armenian
            + self.other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(samples: &[&str], declared: Option<&str>) -> Option<String> {
        let samples: Vec<Option<&str>> = samples.iter().map(|s| Some(*s)).collect();
        let declared = declared.and_then(Lang::parse);
        detect_language(&samples, declared.as_ref()).map(|d| d.lang.code().to_string())
    }

    #[test]
    fn scripts_decide_mixed_text() {
        assert_eq!(
            lang(&["Samsung launches new 브랜드 campaign"], None).as_deref(),
            Some("ko")
        );
        assert_eq!(lang(&["新製品を発表しました"], None).as_deref(), Some("ja"));
        assert_eq!(lang(&["三星发布新品牌活动"], None).as_deref(), Some("zh"));
        assert_eq!(lang(&["東京株式市場"], Some("ja")).as_deref(), Some("ja"));
        assert_eq!(
            lang(&["고객 불만 접수"], Some("en")).as_deref(),
            Some("ko"),
            "the script beats a wrong declaration"
        );
    }

    #[test]
    fn latin_text_uses_the_model_and_the_prior() {
        assert_eq!(
            lang(
                &[
                    "The company announced a new campaign for its customers today",
                    "It will run through the holiday season."
                ],
                None
            )
            .as_deref(),
            Some("en")
        );
        assert_eq!(
            lang(
                &["Le gouvernement a annoncé une nouvelle réforme des retraites ce matin"],
                None
            )
            .as_deref(),
            Some("fr")
        );
        assert_eq!(
            lang(&["Update"], Some("de")).as_deref(),
            Some("de"),
            "too short to overrule the feed"
        );
        assert_eq!(
            lang(&["Новая рекламная кампания компании"], None).as_deref(),
            Some("ru")
        );
    }

    #[test]
    fn a_feed_remembers_its_language() {
        let mut d = LanguageDetector::new();
        let ko = Lang::ko();
        let first = d.detect(&[Some("The retailer pledged to answer every customer complaint within a day after delays")], Some(&ko)).unwrap();
        assert_eq!(
            (first.lang.code(), first.method),
            ("en", Method::Statistical)
        );
        let next = d
            .detect(
                &[Some(
                    "Brand trust recovers slowly as customers return to stores",
                )],
                Some(&ko),
            )
            .unwrap();
        assert_eq!(next.lang.code(), "en");
        let korean = d
            .detect(&[Some("고객 불만 24시간 안에 답변")], Some(&ko))
            .unwrap();
        assert_eq!(korean.lang.code(), "ko");
        let french = d
            .detect(
                &[Some(
                    "Le gouvernement a annoncé une nouvelle réforme des retraites ce matin à Paris",
                )],
                Some(&ko),
            )
            .unwrap();
        assert_eq!(
            french.lang.code(),
            "fr",
            "memory narrows the model but does not blind it"
        );
    }

    #[test]
    fn nothing_to_judge() {
        assert_eq!(lang(&["1234 !!!"], None), None);
        assert_eq!(lang(&["1234"], Some("ko")).as_deref(), Some("ko"));
        assert_eq!(detect_language(&[None, None], None), None);
    }
}
