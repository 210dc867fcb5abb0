//! The tantivy implementation of [`SearchIndex`].
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use gleaner_backend::{
    Facets, Highlighted, Order, Rollback, SearchHit, SearchRequest, SearchResults, TermStatistics,
    Warnings, MAX_LIMIT,
};
use gleaner_text::{Mode, ANALYZER_VERSION};
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::directory::{Directory, META_LOCK};
use tantivy::query::{
    AllQuery, BooleanQuery, EnableScoring, Occur, Query, QueryParser, RangeQuery, TermQuery,
};
use tantivy::query_grammar::UserInputAst;
use tantivy::schema::{Facet, IndexRecordOption, Schema, TantivyDocument, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TokenizerManager;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order as TantivyOrder, ReloadPolicy, Searcher,
    Term,
};

use crate::commit::CommitPayload;
use crate::merges::BoundedMerges;
use crate::query;
use crate::schema::{self, Fields};
use crate::tokenizer::register_analyzers;
use crate::verify;
use crate::{Engine, Error, IndexDoc, SearchIndex};

/// Memory each indexing thread may buffer before it flushes a segment.
const WRITER_MEMORY_PER_THREAD: usize = 48 * 1024 * 1024;
/// The most indexing threads the writer uses (never more than the machine's cores).
const MAX_WRITER_THREADS: usize = 4;

/// The writer's indexing threads (the cores, at most [`MAX_WRITER_THREADS`]) and its memory.
pub(crate) fn writer_settings() -> (usize, usize) {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_WRITER_THREADS);
    (threads, threads * WRITER_MEMORY_PER_THREAD)
}

/// A writer on `index` with `threads` indexing threads sharing `memory`, merging as
/// [`BoundedMerges`] decides: what `TantivyIndex` and the raw baselines both write with.
pub(crate) fn new_writer(
    index: &Index,
    threads: usize,
    memory: usize,
) -> tantivy::Result<IndexWriter> {
    let writer = index.writer_with_num_threads(threads, memory)?;
    writer.set_merge_policy(Box::new(BoundedMerges::default()));
    Ok(writer)
}

/// The most characters of a snippet.
const SNIPPET_CHARS: usize = 200;

/// A tantivy index in a directory, with one writer (this value, unless opened read-only) and
/// readers that see each commit. Commits are atomic: a process killed at any instant leaves
/// the last commit intact. tantivy's lock keeps a second writer out of the directory; any
/// number of read-only opens ([`TantivyIndex::open_read_only`]) may search beside it.
pub struct TantivyIndex {
    dir: PathBuf,
    index: Index,
    fields: Fields,
    /// `None` when opened read-only.
    writer: Option<Mutex<IndexWriter>>,
    reader: IndexReader,
    query_tokenizers: TokenizerManager,
    /// The store every commit records as mirrored ([`SearchIndex::bind_store`]).
    store: Mutex<Option<String>>,
    /// Set when a rollback failed: tantivy's writer is then unusable (it gave up its lock), so
    /// every later write is an error until the index is opened again.
    broken: AtomicBool,
}

impl std::fmt::Debug for TantivyIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TantivyIndex").finish_non_exhaustive()
    }
}

impl TantivyIndex {
    /// Opens the index in `dir`, creating it (and the directory) when absent.
    ///
    /// Before any segment is read, every file of the last commit is checked
    /// ([`TantivyIndex::verify`]): a damaged index is [`Error::Damaged`], one tantivy cannot
    /// read is [`Error::Unreadable`], another schema or analyzer version is
    /// [`Error::SchemaChanged`] — never a panic (tantivy's readers trust their files and can
    /// panic on random bytes). All three mean: rebuild from the store.
    pub fn open(dir: &Path) -> Result<Self, Error> {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.display().to_string(),
            source,
        })?;
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            Self::open_checked(dir, true)
        }))
        .unwrap_or_else(|panic| {
            Err(Error::Unreadable {
                path: dir.display().to_string(),
                detail: verify::panic_message(panic.as_ref()),
            })
        })
    }

    /// Opens the index in `dir` for searching only, beside a writer in another process: it
    /// takes no lock and changes nothing, and each search sees the writer's last commit.
    /// Checked as [`TantivyIndex::open`] checks; a directory without an index is
    /// [`Error::Unreadable`]. Writes are [`Error::ReadOnly`].
    pub fn open_read_only(dir: &Path) -> Result<Self, Error> {
        if !dir.join("meta.json").exists() {
            return Err(Error::Unreadable {
                path: dir.display().to_string(),
                detail: "there is no index here yet".to_owned(),
            });
        }
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            Self::open_checked(dir, false)
        }))
        .unwrap_or_else(|panic| {
            Err(Error::Unreadable {
                path: dir.display().to_string(),
                detail: verify::panic_message(panic.as_ref()),
            })
        })
    }

    fn open_checked(dir: &Path, writable: bool) -> Result<Self, Error> {
        let (schema, fields) = schema::build();
        let index = if dir.join("meta.json").exists() {
            let index = Index::open_in_dir(dir).engine()?;
            if !same_schema(&index.schema(), &schema) {
                return Err(Error::SchemaChanged);
            }
            let payload = index.load_metas().engine()?.payload;
            if let Some(payload) = payload {
                if CommitPayload::parse(&payload).analyzer != Some(ANALYZER_VERSION) {
                    return Err(Error::SchemaChanged);
                }
            }
            // A writer in another process deletes the files of older commits once it has made a
            // new one; tantivy's meta lock keeps it from doing so while the files of the commit
            // read here are checked (what tantivy's readers do while they open segments).
            let _meta_lock = index.directory().acquire_lock(&META_LOCK).engine()?;
            verify::check_files(&index, dir)?;
            drop(_meta_lock);
            index
        } else {
            Index::create_in_dir(dir, schema).engine()?
        };
        register_analyzers(index.tokenizers(), Mode::Index);
        let query_tokenizers = TokenizerManager::default();
        register_analyzers(&query_tokenizers, Mode::Query);
        // Indexing threads work in the background while the caller goes on (with the pipeline,
        // writing the next batch to SQLite).
        let writer = if writable {
            let (threads, memory) = writer_settings();
            Some(Mutex::new(new_writer(&index, threads, memory).engine()?))
        } else {
            None
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .engine()?;
        Ok(TantivyIndex {
            dir: dir.to_path_buf(),
            index,
            fields,
            writer,
            reader,
            query_tokenizers,
            store: Mutex::new(None),
            broken: AtomicBool::new(false),
        })
    }

    /// Checks every file of the last commit: each one present and its checksum matching its
    /// bytes; `Err(Error::Damaged)` names the files that fail. [`TantivyIndex::open`] does the
    /// same before it reads any segment. Reads the whole index (~3 GB/s from the page cache:
    /// 22–45 ms for 100,000 items, see `docs/STORE.md`).
    pub fn verify(&self) -> Result<(), Error> {
        verify::check_files(&self.index, &self.dir)
    }

    /// A searcher on the last commit. A read-only index first looks for the writer's newer
    /// commits (another process's: no in-process signal says when).
    fn searcher(&self) -> Result<Searcher, Error> {
        if self.writer.is_none() {
            self.reader.reload().engine()?;
        }
        Ok(self.reader.searcher())
    }

    /// The writer, or [`Error::ReadOnly`], or an error when a failed rollback broke it.
    fn writer(&self) -> Result<MutexGuard<'_, IndexWriter>, Error> {
        let writer = self.writer.as_ref().ok_or(Error::ReadOnly)?;
        if self.broken.load(Ordering::SeqCst) {
            return Err(Error::Unreadable {
                path: self.dir.display().to_string(),
                detail: "its writer failed to roll back; open the index again".to_owned(),
            });
        }
        writer.lock().map_err(|_| Error::Unreadable {
            path: self.dir.display().to_string(),
            detail: "a thread panicked while writing".to_owned(),
        })
    }

    fn document(&self, doc: &IndexDoc) -> TantivyDocument {
        let f = &self.fields;
        let mut d = TantivyDocument::default();
        d.add_text(f.id, doc.id.to_string());
        if let Some(url) = &doc.url {
            d.add_text(f.url, url);
        }
        d.add_text(f.title, &doc.title);
        d.add_text(f.body, &doc.body);
        if doc.lang.as_deref() == Some("en") {
            d.add_text(f.title_en, &doc.title);
            d.add_text(f.body_en, &doc.body);
        }
        d.add_text(f.source, &doc.source);
        d.add_facet(f.facets, Facet::from_path(["source", doc.source.as_str()]));
        if let Some(lang) = &doc.lang {
            d.add_text(f.lang, lang);
            d.add_facet(f.facets, Facet::from_path(["lang", lang.as_str()]));
        }
        for tag in &doc.tags {
            d.add_text(f.tag, tag);
            d.add_facet(f.facets, Facet::from_path(["tag", tag.as_str()]));
        }
        d.add_text(f.story, doc.story.to_string());
        if let Some(p) = doc.published {
            d.add_date(
                f.published,
                tantivy::DateTime::from_timestamp_secs(p.timestamp()),
            );
        }
        let words = doc.body.split_whitespace().count() as u64;
        d.add_u64(f.words, words);
        d
    }

    fn query_parser(&self) -> QueryParser {
        let f = &self.fields;
        let mut parser = QueryParser::new(
            self.index.schema(),
            vec![f.title, f.body, f.title_en, f.body_en],
            self.query_tokenizers.clone(),
        );
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.title, 2.0);
        parser.set_field_boost(f.title_en, 2.0);
        parser
    }

    /// The text part of a request, through the query guard (`query.rs`): bounded, parsed
    /// leniently, and without any term the engine refuses to prepare. Errors are failures of
    /// the index (reading it to prepare the query), not of the query.
    fn text_query(
        &self,
        searcher: &Searcher,
        wanted: &gleaner_backend::Query,
        warnings: &mut Warnings,
    ) -> Result<Box<dyn Query>, Error> {
        if *wanted == gleaner_backend::Query::All {
            return Ok(Box::new(AllQuery));
        }
        let ast = query::to_ast(wanted);
        let parser = self.query_parser();
        let (query, errors) = parser.build_query_from_user_input_ast_lenient(ast.clone());
        for e in errors {
            warnings.push(format!("{e} (ignored)"));
        }
        let Err(refusal) = query.weight(EnableScoring::enabled_from_searcher(searcher)) else {
            return Ok(query);
        };
        if !is_refusal(&refusal) {
            return Err(Error::backend("tantivy", refusal));
        }
        // Something in the query is refused by the engine: find each term it refuses alone,
        // leave those out and run the rest.
        let mut failure: Option<tantivy::TantivyError> = None;
        let mut refused: Vec<String> = Vec::new();
        let kept = query::retain_leaves(
            ast,
            &mut |leaf| {
                let single = UserInputAst::Leaf(Box::new(leaf.clone()));
                let (q, _) = parser.build_query_from_user_input_ast_lenient(single);
                match q.weight(EnableScoring::enabled_from_searcher(searcher)) {
                    Ok(_) => true,
                    Err(e) if is_refusal(&e) => {
                        refused.push(format!("`{}`: {e}", query::describe(leaf)));
                        false
                    }
                    Err(e) => {
                        failure.get_or_insert(e);
                        false
                    }
                }
            },
            warnings,
        );
        if let Some(e) = failure {
            return Err(Error::backend("tantivy", e));
        }
        for r in refused {
            warnings.push(format!("{r} (ignored)"));
        }
        let ast = kept.unwrap_or_else(|| UserInputAst::Clause(Vec::new()));
        let (query, _) = parser.build_query_from_user_input_ast_lenient(ast);
        // What is left may still be refused as a whole (a combination no single term shows):
        // then the search answers nothing rather than fail.
        if let Err(e) = query.weight(EnableScoring::enabled_from_searcher(searcher)) {
            if !is_refusal(&e) {
                return Err(Error::backend("tantivy", e));
            }
            warnings.push(format!(
                "the search engine refused the query: {e} (ignored)"
            ));
            return Ok(Box::new(BooleanQuery::new(Vec::new())));
        }
        Ok(query)
    }

    fn build_query(
        &self,
        searcher: &Searcher,
        request: &SearchRequest,
        warnings: &mut Warnings,
    ) -> Result<Box<dyn Query>, Error> {
        let f = &self.fields;
        let text = self.text_query(searcher, &request.query, warnings)?;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text)];
        let mut exact = |field, value: &Option<String>| {
            if let Some(v) = value {
                clauses.push((
                    Occur::Must,
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, v),
                        IndexRecordOption::Basic,
                    )),
                ));
            }
        };
        exact(f.lang, &request.lang);
        exact(f.source, &request.source);
        exact(f.tag, &request.tag);
        exact(f.story, &request.story);
        if request.from.is_some() || request.until.is_some() {
            let term = |d: &DateTime<Utc>| {
                Term::from_field_date_for_search(
                    f.published,
                    tantivy::DateTime::from_timestamp_secs(d.timestamp()),
                )
            };
            let lower = request
                .from
                .as_ref()
                .map_or(Bound::Unbounded, |d| Bound::Included(term(d)));
            let upper = request
                .until
                .as_ref()
                .map_or(Bound::Unbounded, |d| Bound::Excluded(term(d)));
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
        }
        match clauses.pop() {
            Some((_, only)) if clauses.is_empty() => Ok(only),
            Some(last) => {
                clauses.push(last);
                Ok(Box::new(BooleanQuery::new(clauses)))
            }
            None => Ok(Box::new(AllQuery)),
        }
    }

    fn hit(
        &self,
        searcher: &Searcher,
        score: f32,
        address: DocAddress,
    ) -> Result<SearchHit, Error> {
        let f = &self.fields;
        let doc: TantivyDocument = searcher.doc(address).engine()?;
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        Ok(SearchHit {
            id: text(f.id).unwrap_or_default(),
            url: text(f.url),
            title: text(f.title).filter(|t| !t.is_empty()),
            score,
            // The body is not kept here: `SearchIndex::snippets` cuts it from the store's.
            snippet: Highlighted::default(),
            story: text(f.story),
            lang: text(f.lang),
            source: text(f.source),
            published: doc
                .get_first(f.published)
                .and_then(|v| v.as_datetime())
                .and_then(|d| DateTime::from_timestamp(d.into_timestamp_secs(), 0)),
        })
    }
}

/// Whether tantivy refused a query for what it asks (a field that cannot answer it, an
/// argument out of range), rather than failed to read the index.
fn is_refusal(e: &tantivy::TantivyError) -> bool {
    matches!(
        e,
        tantivy::TantivyError::SchemaError(_)
            | tantivy::TantivyError::FieldNotFound(_)
            | tantivy::TantivyError::InvalidArgument(_)
    )
}

/// Whether two schemas have the same fields with the same options.
fn same_schema(a: &Schema, b: &Schema) -> bool {
    serde_json::to_string(a).ok() == serde_json::to_string(b).ok()
}

impl SearchIndex for TantivyIndex {
    fn upsert(&self, docs: &[IndexDoc]) -> Result<(), Error> {
        let writer = self.writer()?;
        for doc in docs {
            writer.delete_term(Term::from_field_text(self.fields.id, &doc.id.to_string()));
            writer.add_document(self.document(doc)).engine()?;
        }
        Ok(())
    }

    /// Adds without deleting by id first: tantivy runs every delete as a term query over
    /// every segment at commit, a cost per document that new items need not pay.
    fn insert_new(&self, docs: &[IndexDoc]) -> Result<(), Error> {
        let writer = self.writer()?;
        for doc in docs {
            writer.add_document(self.document(doc)).engine()?;
        }
        Ok(())
    }

    fn commit(&self, seq: u64) -> Result<(), Error> {
        let store = self.store.lock().map(|s| s.clone()).unwrap_or(None);
        {
            let mut writer = self.writer()?;
            let mut prepared = writer.prepare_commit().engine()?;
            let payload = CommitPayload {
                seq,
                analyzer: Some(ANALYZER_VERSION),
                store,
            };
            prepared.set_payload(&payload.to_json());
            prepared.commit().engine()?;
        }
        self.reader.reload().engine()?;
        Ok(())
    }

    fn rollback(&self) -> Result<Rollback, Error> {
        let mut writer = self.writer()?;
        // tantivy's rollback gives up the writer's lock before it makes the new writer; when
        // that fails, the writer has no lock and a second rollback panics. Either way it is
        // unusable: say so, and refuse every later write.
        let rolled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| writer.rollback()));
        match rolled {
            Ok(Ok(_)) => Ok(Rollback::Done),
            Ok(Err(e)) => {
                self.broken.store(true, Ordering::SeqCst);
                Err(Error::backend("tantivy", e))
            }
            Err(panic) => {
                self.broken.store(true, Ordering::SeqCst);
                Err(Error::Unreadable {
                    path: self.dir.display().to_string(),
                    detail: verify::panic_message(panic.as_ref()),
                })
            }
        }
    }

    fn committed_seq(&self) -> Result<u64, Error> {
        let metas = self.index.load_metas().engine()?;
        Ok(metas.payload.map_or(0, |p| CommitPayload::parse(&p).seq))
    }

    fn committed_store(&self) -> Result<Option<String>, Error> {
        let metas = self.index.load_metas().engine()?;
        Ok(metas.payload.and_then(|p| CommitPayload::parse(&p).store))
    }

    fn bind_store(&self, store: &str) {
        if let Ok(mut bound) = self.store.lock() {
            *bound = Some(store.to_owned());
        }
    }

    fn clear(&self) -> Result<(), Error> {
        self.writer()?.delete_all_documents().engine()?;
        Ok(())
    }

    fn document_count(&self) -> Result<u64, Error> {
        Ok(self.searcher()?.num_docs())
    }

    fn search(&self, request: &SearchRequest) -> Result<SearchResults, Error> {
        match query_fails_as_value(request, || self.run_search(request)) {
            // The engine failed: if files were damaged since the index was opened, say that
            // (the index must be rebuilt), not that the query failed.
            Err(e @ (Error::Query { .. } | Error::Backend { .. })) => match self.verify() {
                Err(damaged @ Error::Damaged { .. }) => Err(damaged),
                _ => Err(e),
            },
            other => other,
        }
    }

    /// No: the store keeps the bodies, and every merge would read a second copy here.
    fn keeps_bodies(&self) -> bool {
        false
    }

    fn snippets(
        &self,
        request: &SearchRequest,
        bodies: &[&str],
    ) -> Result<Vec<Highlighted>, Error> {
        query_fails_as_value(request, || self.cut_snippets(request, bodies))
    }

    fn term_statistics(&self, tokens: &[&str]) -> Result<TermStatistics, Error> {
        let searcher = self.searcher()?;
        let documents = searcher.num_docs();
        let mut frequencies = Vec::with_capacity(tokens.len());
        for token in tokens {
            let term = Term::from_field_text(self.fields.body, token);
            frequencies.push(searcher.doc_freq(&term).engine()?);
        }
        let average_length = if documents == 0 {
            0.0
        } else {
            let mut body_tokens = 0u64;
            for segment in searcher.segment_readers() {
                body_tokens += segment
                    .inverted_index(self.fields.body)
                    .engine()?
                    .total_num_tokens();
            }
            body_tokens as f64 / documents as f64
        };
        Ok(TermStatistics {
            documents,
            average_length,
            frequencies,
        })
    }
}

impl TantivyIndex {
    fn run_search(&self, request: &SearchRequest) -> Result<SearchResults, Error> {
        let searcher = self.searcher()?;
        let mut warnings = Warnings::from_list(&request.query_warnings);
        let query = self.build_query(&searcher, request, &mut warnings)?;
        let total = searcher.search(&query, &Count).engine()?;
        let hits = if request.limit == 0 {
            // Counts and facets only.
            Vec::new()
        } else {
            self.hits(&searcher, &*query, request)?
        };
        let facets = if request.facets {
            Some(facets(&searcher, &*query)?)
        } else {
            None
        };
        Ok(SearchResults {
            total,
            hits,
            facets,
            warnings: warnings.finish(),
        })
    }

    /// The requested page of hits (their snippets empty: see [`SearchIndex::snippets`]).
    fn hits(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        request: &SearchRequest,
    ) -> Result<Vec<SearchHit>, Error> {
        let limit = request.limit.min(MAX_LIMIT);
        // tantivy allocates room for offset + limit hits: an offset past the corpus would only
        // cost memory (and a huge one could abort the process).
        let offset = request.offset.min(searcher.num_docs() as usize);
        let top = TopDocs::with_limit(limit).and_offset(offset);
        let found: Vec<(f32, DocAddress)> = match request.order {
            Order::Relevance => searcher.search(query, &top.order_by_score()).engine()?,
            Order::Newest => searcher
                .search(
                    query,
                    &top.order_by_fast_field::<tantivy::DateTime>("published", TantivyOrder::Desc),
                )
                .engine()?
                .into_iter()
                .map(|(_, a)| (0.0, a))
                .collect(),
        };
        found
            .into_iter()
            .map(|(score, address)| self.hit(searcher, score, address))
            .collect()
    }

    fn cut_snippets(
        &self,
        request: &SearchRequest,
        bodies: &[&str],
    ) -> Result<Vec<Highlighted>, Error> {
        if bodies.is_empty() {
            return Ok(Vec::new());
        }
        let searcher = self.searcher()?;
        let mut warnings = Warnings::from_list(&request.query_warnings);
        let query = self.build_query(&searcher, request, &mut warnings)?;
        let mut generator =
            SnippetGenerator::create(&searcher, &*query, self.fields.body).engine()?;
        generator.set_max_num_chars(SNIPPET_CHARS);
        Ok(bodies
            .iter()
            .map(|body| {
                let found = generator.snippet(body);
                if found.is_empty() {
                    Highlighted {
                        text: body.chars().take(SNIPPET_CHARS).collect(),
                        ranges: Vec::new(),
                    }
                } else {
                    Highlighted {
                        text: found.fragment().to_owned(),
                        ranges: found.highlighted().to_vec(),
                    }
                }
            })
            .collect())
    }
}

/// Runs `run` for `request`, turning a panic into [`Error::Query`]. The query's parser bounds
/// what reaches tantivy; this is the last line: tantivy 0.27 has query shapes that trip its own
/// assertions (an excluded phrase: quickwit-oss/tantivy#2811), and a search must fail as a
/// value, not take the caller down.
fn query_fails_as_value<T>(
    request: &SearchRequest,
    run: impl FnOnce() -> Result<T, Error>,
) -> Result<T, Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).unwrap_or_else(|panic| {
        Err(Error::Query {
            query: request.query.to_string(),
            reason: verify::panic_message(panic.as_ref()),
        })
    })
}

/// Counts of matching items per source, language and tag.
fn facets(searcher: &Searcher, query: &dyn Query) -> Result<Facets, Error> {
    let mut collector = FacetCollector::for_field("facets");
    for root in ["/source", "/lang", "/tag"] {
        collector.add_facet(root);
    }
    let counts = searcher.search(query, &collector).engine()?;
    let list = |root: &str| -> Vec<(String, u64)> {
        let mut v: Vec<(String, u64)> = counts
            .get(root)
            .map(|(facet, n)| {
                let path = facet.to_path();
                (path.last().map(|s| s.to_string()).unwrap_or_default(), n)
            })
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    Ok(Facets {
        source: list("/source"),
        lang: list("/lang"),
        tag: list("/tag"),
    })
}
