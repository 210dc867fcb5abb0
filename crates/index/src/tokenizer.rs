//! gleaner's analyzers as tantivy tokenizers.
use gleaner_text::{Analyzer, Mode, ANALYZER_NAMES};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager};

/// A [`gleaner_text::Analyzer`] behind tantivy's `Tokenizer` trait.
#[derive(Clone, Debug)]
pub struct AnalyzerTokenizer {
    analyzer: Analyzer,
    tokens: Vec<Token>,
}

impl AnalyzerTokenizer {
    /// Wraps `analyzer`.
    pub fn new(analyzer: Analyzer) -> Self {
        AnalyzerTokenizer {
            analyzer,
            tokens: Vec::new(),
        }
    }
}

/// The tokens of one text.
#[derive(Debug)]
pub struct AnalyzerTokenStream<'a> {
    tokens: &'a mut Vec<Token>,
    next: usize,
}

impl Tokenizer for AnalyzerTokenizer {
    type TokenStream<'a> = AnalyzerTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> AnalyzerTokenStream<'a> {
        self.tokens.clear();
        let tokens = &mut self.tokens;
        self.analyzer.analyze(text, |t| {
            tokens.push(Token {
                offset_from: t.from,
                offset_to: t.to,
                position: t.position,
                text: t.text,
                position_length: 1,
            })
        });
        AnalyzerTokenStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

impl TokenStream for AnalyzerTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

/// Registers every gleaner analyzer ([`ANALYZER_NAMES`]) in `manager`, in `mode`: the index's
/// manager gets [`Mode::Index`], the query parser's [`Mode::Query`].
pub fn register_analyzers(manager: &TokenizerManager, mode: Mode) {
    for name in ANALYZER_NAMES {
        let analyzer = Analyzer::by_name(name, mode).expect("listed names exist");
        manager.register(
            &format!("gleaner_{name}"),
            TextAnalyzer::from(AnalyzerTokenizer::new(analyzer)),
        );
    }
}
