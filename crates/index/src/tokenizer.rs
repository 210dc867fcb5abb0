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
        // Token buffers are reused from one text to the next: no allocation per token once
        // the longest text so far has been seen.
        let tokens = &mut self.tokens;
        let mut n = 0;
        self.analyzer
            .for_each_positioned(text, |token, from, to, position| {
                if n == tokens.len() {
                    tokens.push(Token::default());
                }
                let t = &mut tokens[n];
                t.text.clear();
                t.text.push_str(token);
                t.offset_from = from;
                t.offset_to = to;
                t.position = position;
                t.position_length = 1;
                n += 1;
            });
        tokens.truncate(n);
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
