//! Per-site extraction rules: data (TOML), not code.

use std::collections::HashMap;

use scraper::Selector;
use serde::Deserialize;

use crate::{Error, Result};

/// The rules shipped with this crate (`rules/default.toml`).
const DEFAULT_RULES: &str = include_str!("../rules/default.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    site: Vec<SiteConfig>,
}

/// One `[[site]]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteConfig {
    /// A name for humans (error messages, reports).
    name: String,
    /// Hosts the rule applies to; each matches itself and its subdomains.
    hosts: Vec<String>,
    /// Selectors of the elements holding the article; the first selector that matches wins.
    #[serde(default)]
    content: Vec<String>,
    /// Selectors of elements to drop (inside the content, or anywhere for the generic path).
    #[serde(default)]
    drop: Vec<String>,
}

/// A compiled site rule.
#[derive(Debug, Clone)]
pub struct SiteRule {
    /// The rule's name.
    pub name: String,
    pub(crate) content: Vec<Selector>,
    pub(crate) drop: Vec<Selector>,
}

/// Site rules by host: the defaults shipped with the crate, extended or overridden by the
/// user's. Cheap to share (`Arc` it in options).
#[derive(Debug, Clone, Default)]
pub struct SiteRules {
    by_host: HashMap<String, SiteRule>,
}

impl SiteRules {
    /// No rules: every page goes through the generic extractor.
    pub fn empty() -> Self {
        SiteRules::default()
    }

    /// The rules shipped with the crate: Naver News, Daum News, Yonhap, the Hankyoreh, JoongAng,
    /// BBC, the Guardian, Reuters and AP News.
    pub fn defaults() -> Self {
        // The shipped file is tested to compile; an error here would be a build defect.
        SiteRules::from_toml(DEFAULT_RULES, "rules/default.toml").unwrap_or_default()
    }

    /// Parses a rules file. `origin` names it in errors.
    ///
    /// ```
    /// let toml = r##"
    ///     [[site]]
    ///     name = "Example Daily"
    ///     hosts = ["daily.example"]
    ///     content = ["#story"]
    ///     drop = [".share", ".related"]
    /// "##;
    /// let rules = gleaner_extract::SiteRules::defaults().with(gleaner_extract::SiteRules::from_toml(toml, "mine.toml")?);
    /// assert_eq!(rules.for_host("www.daily.example").map(|r| r.name.as_str()), Some("Example Daily"));
    /// assert!(rules.for_host("n.news.naver.com").is_some());
    /// # Ok::<(), gleaner_extract::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::Rules`] for TOML that does not parse or has unknown fields (with line and
    /// column), and for a selector that does not compile (with the site and the selector).
    pub fn from_toml(text: &str, origin: &str) -> Result<Self> {
        let file: RulesFile = toml::from_str(text).map_err(|e| Error::Rules {
            origin: origin.to_string(),
            reason: e.to_string(),
        })?;
        let mut by_host = HashMap::new();
        for site in file.site {
            let compile = |list: &[String]| -> Result<Vec<Selector>> {
                list.iter()
                    .map(|s| {
                        Selector::parse(s).map_err(|e| Error::Rules {
                            origin: origin.to_string(),
                            reason: format!(
                                "site {:?}: selector {s:?} does not compile: {e}",
                                site.name
                            ),
                        })
                    })
                    .collect()
            };
            let rule = SiteRule {
                name: site.name.clone(),
                content: compile(&site.content)?,
                drop: compile(&site.drop)?,
            };
            for host in &site.hosts {
                by_host.insert(
                    host.trim().trim_start_matches("www.").to_ascii_lowercase(),
                    rule.clone(),
                );
            }
        }
        Ok(SiteRules { by_host })
    }

    /// These rules with `other`'s added; for a host both have, `other`'s rule wins.
    pub fn with(mut self, other: SiteRules) -> Self {
        self.by_host.extend(other.by_host);
        self
    }

    /// The rule for a host: the most specific configured host that equals it or is a parent
    /// domain of it (`n.news.naver.com` matches `news.naver.com`).
    pub fn for_host(&self, host: &str) -> Option<&SiteRule> {
        let mut host = host.trim_end_matches('.').to_ascii_lowercase();
        loop {
            if let Some(rule) = self.by_host.get(host.trim_start_matches("www.")) {
                return Some(rule);
            }
            let (_, parent) = host.split_once('.')?;
            if !parent.contains('.') {
                return None;
            }
            host = parent.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_rules_compile_and_match_subdomains() {
        let rules = SiteRules::from_toml(DEFAULT_RULES, "default").expect("shipped rules compile");
        assert_eq!(
            rules.for_host("n.news.naver.com").map(|r| r.name.as_str()),
            Some("Naver News")
        );
        assert_eq!(
            rules.for_host("www.yna.co.kr").map(|r| r.name.as_str()),
            Some("Yonhap News")
        );
        assert_eq!(
            rules.for_host("edition.bbc.co.uk").map(|r| r.name.as_str()),
            Some("BBC")
        );
        assert!(rules.for_host("example.com").is_none());
        assert!(rules.for_host("co.kr").is_none());
    }

    #[test]
    fn bad_files_say_where() {
        let err = SiteRules::from_toml(
            "[[site]]\nname = \"x\"\nhosts = [\"a\"]\ncontnet = [\"p\"]\n",
            "mine.toml",
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("mine.toml") && text.contains("contnet") && text.contains("line 4"),
            "{text}"
        );
        let err = SiteRules::from_toml(
            "[[site]]\nname = \"x\"\nhosts = [\"a\"]\ncontent = [\"p[[\"]\n",
            "mine.toml",
        )
        .unwrap_err();
        assert!(err.to_string().contains("p[["), "{err}");
    }
}
