//! Many fetches at once: a bounded pool of plain threads, hosts interleaved.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use url::Url;

use super::{FetchState, Fetched, Fetcher};
use crate::Result;

/// The order to start fetches in: round-robin over hosts, each host's URLs in input order.
///
/// Workers take URLs in this order, so a long run of URLs on one host does not tie every
/// worker up waiting for that host's gate while other hosts' URLs could go ahead.
fn interleave_by_host(urls: &[(String, Option<FetchState>)]) -> Vec<usize> {
    let mut hosts: HashMap<String, usize> = HashMap::new();
    let mut queues: Vec<Vec<usize>> = Vec::new();
    for (index, (url, _)) in urls.iter().enumerate() {
        // A URL without a host fails fast on its own; give it a queue of its own.
        let key = Url::parse(url.trim())
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| format!("\0{index}"));
        let next = queues.len();
        let queue = *hosts.entry(key).or_insert(next);
        if queue == next {
            queues.push(Vec::new());
        }
        queues[queue].push(index);
    }
    let mut order = Vec::with_capacity(urls.len());
    let longest = queues.iter().map(Vec::len).max().unwrap_or(0);
    for round in 0..longest {
        order.extend(queues.iter().filter_map(|queue| queue.get(round).copied()));
    }
    order
}

impl Fetcher {
    /// Fetch every `(url, previous state)` with up to `workers` threads (at least one, at
    /// most one per URL), and return the results in input order.
    ///
    /// The host gate applies across the workers (and across any other thread using this
    /// fetcher), so `workers` may be well above `per_host_concurrency`: URLs are started
    /// round-robin over hosts. Blocks until every fetch is done; one failure does not stop the
    /// others.
    pub fn fetch_all(
        &self,
        urls: &[(String, Option<FetchState>)],
        workers: usize,
    ) -> Vec<Result<Fetched>> {
        let order = interleave_by_host(urls);
        let next = AtomicUsize::new(0);
        let slots: Vec<Mutex<Option<Result<Fetched>>>> =
            urls.iter().map(|_| Mutex::new(None)).collect();
        std::thread::scope(|scope| {
            for _ in 0..workers.clamp(1, urls.len().max(1)) {
                scope.spawn(|| {
                    while let Some(&index) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
                        let (url, previous) = &urls[index];
                        let result = self.fetch(url, previous.as_ref());
                        *slots[index].lock().unwrap_or_else(PoisonError::into_inner) = Some(result);
                    }
                });
            }
        });
        slots
            .into_iter()
            .map(|slot| {
                slot.into_inner()
                    .unwrap_or_else(PoisonError::into_inner)
                    // Every index is in `order` once and its worker stores a result; a worker
                    // that panicked instead has already made `scope` panic.
                    .expect("every URL was fetched")
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(list: &[&str]) -> Vec<(String, Option<FetchState>)> {
        list.iter().map(|u| ((*u).to_owned(), None)).collect()
    }

    #[test]
    fn interleaves_hosts_and_keeps_each_hosts_order() {
        let list = urls(&[
            "https://a.example/1",
            "https://a.example/2",
            "https://a.example/3",
            "https://b.example/1",
            "not a url",
            "https://b.example/2",
        ]);
        assert_eq!(interleave_by_host(&list), [0, 3, 4, 1, 5, 2]);
    }

    #[test]
    fn empty_input_gives_empty_output() {
        let fetcher = crate::FetcherBuilder::new().build().unwrap();
        assert!(fetcher.fetch_all(&[], 4).is_empty());
        assert!(interleave_by_host(&[]).is_empty());
    }
}
