//! Text analysis per language: gleaner's analyzers (`ko`: light stemmer + bigrams; `cjk`:
//! bigrams; `en`: Snowball; `default`: the multi-script analyzer the index uses), against
//! tantivy's default tokenizer (split on non-alphanumerics + lowercase) on the same text in the
//! same run: the floor of what any analysis costs.
//!
//! ```text
//! cargo bench -p gleaner --bench analysis
//! ```
//!
//! Input: about 1 MB per language, made of the demo corpus' news sentences with numbered
//! variations (Korean, English, and Chinese/Japanese for `cjk`). Each iteration analyzes the
//! whole text in `Mode::Index` and counts the tokens. Throughput reads as MB/s of text.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::text::{Analyzer, Mode};
use tantivy::tokenizer::{TextAnalyzer, TokenizerManager};

const KO: &[&str] = &[
    "누리텔레콤이 29일 고객과의 소통을 강화하는 새 브랜드 캠페인을 발표했다.",
    "서울 일부 지역에서 인터넷 연결 장애가 사흘째 이어지면서 고객센터에 불만이 쏟아지고 있다.",
    "회사 측은 24시간 안에 복구하겠다고 밝혔으며, 피해 고객에게는 요금을 감면하기로 했다.",
    "증권가는 통신 3사의 4분기 실적이 시장 기대에 부합할 것으로 내다봤다.",
];
const EN: &[&str] = &[
    "The carrier said on Sunday it would answer every customer complaint within a day.",
    "Outages in parts of Seoul entered a third day as complaints to the call centre surged.",
    "Analysts said the campaign could help restore trust in the brand, if it lasts.",
    "Fourth-quarter results from the three carriers are expected to meet forecasts.",
];
const CJK: &[&str] = &[
    "该运营商周日表示，将在一天内回复每一位客户的投诉。",
    "首尔部分地区的网络中断进入第三天，客服中心的投诉激增。",
    "通信会社は日曜日、すべての顧客の苦情に一日以内に回答すると述べた。",
    "分析師は、このキャンペーンがブランドへの信頼回復に役立つ可能性があると述べた。",
];

/// About `bytes` of text from `sentences`, each with a number so that the vocabulary grows.
fn text(sentences: &[&str], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 200);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(sentences[i % sentences.len()]);
        out.push_str(&format!(" ({i}) "));
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis_1mb");
    let tantivy_default: TextAnalyzer = TokenizerManager::default().get("default").unwrap();
    for (lang, sentences, analyzer) in [
        ("ko", KO, "ko"),
        ("en", EN, "en"),
        ("cjk", CJK, "cjk"),
        ("ko_multi", KO, "default"),
        ("en_multi", EN, "default"),
    ] {
        let text = text(sentences, 1 << 20);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let analyzer = Analyzer::by_name(analyzer, Mode::Index).unwrap();
        group.bench_function(BenchmarkId::new("gleaner", lang), |b| {
            b.iter(|| {
                let mut n = 0usize;
                analyzer.analyze(&text, |_| n += 1);
                n
            })
        });
        let mut baseline = tantivy_default.clone();
        group.bench_function(BenchmarkId::new("tantivy_default", lang), |b| {
            b.iter(|| {
                let mut stream = baseline.token_stream(&text);
                let mut n = 0usize;
                while stream.advance() {
                    n += 1;
                }
                n
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
