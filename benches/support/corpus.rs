//! The throughput benches' corpus (issue 14): a deterministic stream of news items, as many as
//! asked (10k, 100k, 1M…), generated one at a time so that no bench holds the corpus in memory.
//!
//! - **Languages:** half Korean, half English; a Korean item's words are Hangul (half of them
//!   with a particle, as Korean prose has), an English item's Latin. Both are Zipf picks over
//!   [`words::VOCABULARY`] words.
//! - **Lengths:** a body's word count is log-normal (median 200 words, σ 0.6, clipped to
//!   15–3,000): mostly feed items of 1–3 KB, some one-paragraph briefs, a tail of long
//!   articles; about 2 KB of text an item on average. Titles are 6–14 words.
//! - **Planted copies:** every fifth item copies one of the last 2,000 originals: half
//!   republished under a byline header, a quarter teasers (the first two sentences under the
//!   headline and a site suffix), a quarter copy-edits (one word in twenty replaced).
//! - **Sources:** 100 feeds; item `i` comes from feed `i % 100`, one minute after item `i - 1`.
use super::words::{Rng, Words};

/// Originals kept for copies to draw from.
const KEPT: usize = 2_000;
/// Korean particles, one of which follows half the Korean words.
const PARTICLES: [&str; 10] = [
    "은", "는", "이", "가", "을", "를", "에", "의", "에서", "으로",
];

/// One generated item.
#[derive(Debug, Clone)]
pub struct Generated {
    /// Position in the stream, from 0.
    pub index: usize,
    /// `"ko"` or `"en"`.
    pub lang: &'static str,
    /// The feed it comes from, 0–99.
    pub feed: usize,
    pub title: String,
    pub text: String,
    /// Seconds after the corpus's first item.
    pub offset_secs: i64,
    /// Whether it copies an earlier item (a planted duplicate).
    pub copy: bool,
}

/// The corpus: an iterator of `items` generated items.
pub struct Corpus {
    words: Words,
    rng: Rng,
    next: usize,
    items: usize,
    kept: Vec<(String, String, &'static str)>,
}

impl Corpus {
    /// `items` items from the fixed seed: the same items on every machine and every run.
    pub fn new(items: usize) -> Self {
        Corpus {
            words: Words::new(),
            rng: Rng(0x5EED_0014),
            next: 0,
            items,
            kept: Vec::with_capacity(KEPT),
        }
    }

    /// A uniform draw in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.rng.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A body length: log-normal words, median 200, σ 0.6 (Box–Muller), clipped.
    fn body_words(&mut self) -> usize {
        let (u, v) = (self.unit().max(1e-12), self.unit());
        let normal = (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos();
        ((200.0 * (0.6 * normal).exp()) as usize).clamp(15, 3_000)
    }

    fn word(&mut self, korean: bool, out: &mut String) {
        // The vocabulary alternates Korean (even) and English (odd) words.
        let i = self.words.pick_index(&mut self.rng);
        let i = if korean { i & !1 } else { i | 1 }.min(super::words::VOCABULARY - 1);
        out.push_str(&self.words.0[i]);
        if korean && self.rng.next().is_multiple_of(2) {
            out.push_str(PARTICLES[(self.rng.next() % PARTICLES.len() as u64) as usize]);
        }
    }

    /// `n` words, a sentence every 8–22 words.
    fn prose(&mut self, korean: bool, n: usize) -> String {
        let mut s = String::with_capacity(n * 9);
        let mut sentence = 0;
        let mut length = 8 + (self.rng.next() % 15) as usize;
        for k in 0..n {
            if k > 0 {
                if sentence == length {
                    s.push_str(". ");
                    sentence = 0;
                    length = 8 + (self.rng.next() % 15) as usize;
                } else {
                    s.push(' ');
                }
            }
            self.word(korean, &mut s);
            sentence += 1;
        }
        s.push('.');
        s
    }

    fn copy_of(&mut self, title: &str, text: &str, lang: &'static str) -> (String, String) {
        let korean = lang == "ko";
        match self.rng.next() % 4 {
            0 | 1 => {
                let byline = if korean {
                    "(서울=뉴스) 기자 ="
                } else {
                    "By staff writers."
                };
                (title.to_owned(), format!("{byline} {text}"))
            }
            2 => {
                let lead: String = text.split_inclusive(". ").take(2).collect();
                (format!("{title} | Newswire"), lead.trim_end().to_owned())
            }
            _ => {
                let mut edited = String::with_capacity(text.len());
                for (k, word) in text.split(' ').enumerate() {
                    if k > 0 {
                        edited.push(' ');
                    }
                    if self.rng.next().is_multiple_of(20) {
                        self.word(korean, &mut edited);
                    } else {
                        edited.push_str(word);
                    }
                }
                (title.to_owned(), edited)
            }
        }
    }
}

impl Iterator for Corpus {
    type Item = Generated;

    fn next(&mut self) -> Option<Generated> {
        if self.next == self.items {
            return None;
        }
        let index = self.next;
        self.next += 1;
        let copy = index % 5 == 4 && !self.kept.is_empty();
        let (title, text, lang) = if copy {
            let k = (self.rng.next() % self.kept.len() as u64) as usize;
            let (title, text, lang) = self.kept[k].clone();
            let (title, text) = self.copy_of(&title, &text, lang);
            (title, text, lang)
        } else {
            let korean = index.is_multiple_of(2);
            let title_words = 6 + (self.rng.next() % 9) as usize;
            let mut title = self.prose(korean, title_words);
            title.pop();
            let words = self.body_words();
            let text = self.prose(korean, words);
            let lang = if korean { "ko" } else { "en" };
            if self.kept.len() < KEPT {
                self.kept.push((title.clone(), text.clone(), lang));
            } else {
                let slot = index % KEPT;
                self.kept[slot] = (title.clone(), text.clone(), lang);
            }
            (title, text, lang)
        };
        Some(Generated {
            index,
            lang,
            feed: index % 100,
            title,
            text,
            offset_secs: index as i64 * 60,
            copy,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.items - self.next;
        (left, Some(left))
    }
}

/// Text as XML character data.
pub fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The corpus's first `files × per_file` items as RSS files (`feed00.xml`…) in `dir`, in
/// corpus order (a copy may be in its original's file or a later one), each item dated;
/// returns the files' bytes.
pub fn write_rss(dir: &std::path::Path, files: usize, per_file: usize) -> usize {
    let mut bytes = 0;
    let mut corpus = Corpus::new(files * per_file);
    for f in 0..files {
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title>\n",
        );
        for g in corpus.by_ref().take(per_file) {
            let date = chrono::DateTime::from_timestamp(1_793_491_200 + g.offset_secs, 0)
                .expect("a date in range")
                .to_rfc2822();
            xml.push_str(&format!(
                "<item><title>{}</title><link>https://src{}.example/{}</link>\
                 <pubDate>{date}</pubDate><description>{}</description></item>\n",
                xml_text(&g.title),
                g.feed,
                g.index,
                xml_text(&g.text),
            ));
        }
        xml.push_str("</channel></rss>\n");
        bytes += xml.len();
        std::fs::write(dir.join(format!("feed{f:02}.xml")), xml).expect("writes a feed file");
    }
    bytes
}
