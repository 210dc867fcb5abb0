//! Untrusted text made safe to present: links kept only when they are absolute http(s)
//! URLs, the little HTML a curator may write sanitized with ammonia, text escaped for
//! Markdown, and excerpts cut on a character boundary.
use std::collections::HashSet;
use std::sync::LazyLock;

/// The link, normalized, when it is an absolute `http` or `https` URL with a host and no
/// user name or password (`https://bank.example@evil.example/` reads as the bank's); `None`
/// for anything else (`javascript:`, `data:`, `vbscript:`, relative paths, entity-encoded
/// or mixed-case variants of those, which parse to another scheme or fail to parse).
pub fn safe_url(raw: &str) -> Option<String> {
    let raw = raw.trim();
    // A URL with control characters or whitespace inside was not written by a site.
    if raw.is_empty() || raw.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let url = url::Url::parse(raw).ok()?;
    match url.scheme() {
        "http" | "https"
            if url.host_str().is_some_and(|h| !h.is_empty())
                && url.username().is_empty()
                && url.password().is_none() =>
        {
            Some(url.to_string())
        }
        _ => None,
    }
}

/// A language tag (`ko`, `en-US`): letters, digits and hyphens, at most 35 characters, or
/// `None`.
pub fn safe_lang(raw: &str) -> Option<String> {
    let raw = raw.trim();
    (!raw.is_empty()
        && raw.len() <= 35
        && raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    .then(|| raw.to_owned())
}

static COMMENTARY: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(HashSet::from([
            "a",
            "b",
            "strong",
            "i",
            "em",
            "p",
            "br",
            "ul",
            "ol",
            "li",
            "blockquote",
            "code",
        ]))
        .tag_attributes(std::collections::HashMap::from([(
            "a",
            HashSet::from(["href"]),
        )]))
        .url_schemes(HashSet::from(["http", "https"]))
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean_content_tags(HashSet::from(["script", "style"]))
        .strip_comments(true);
    builder
});

/// The curator's commentary as HTML that is safe to embed: links (http(s) only), emphasis,
/// paragraphs, lists and quotes are kept; every other tag, attribute, script, style and
/// comment is removed, and text is escaped.
pub fn sanitize_html(html: &str) -> String {
    COMMENTARY.clean(html).to_string()
}

/// Plain text as HTML paragraphs: escaped, blank lines separating paragraphs.
pub fn text_to_html(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", escape_html(p).replace('\n', "<br>")))
        .collect()
}

/// `text` without the characters XML 1.0 does not allow (C0 controls but tab, newline and
/// carriage return; U+FFFE and U+FFFF), nor bidi overrides that would reorder what follows.
pub fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            let allowed = matches!(c, '\t' | '\n' | '\r')
                || ('\u{20}'..='\u{D7FF}').contains(&c)
                || ('\u{E000}'..='\u{FFFD}').contains(&c)
                || c >= '\u{10000}';
            allowed && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and quoted attributes (html-escape,
/// which the ingest stage already decodes entities with).
pub fn escape_html(text: &str) -> String {
    html_escape::encode_quoted_attribute(text).into_owned()
}

/// Text that Markdown shows as written: line breaks become spaces (a value cannot start a
/// block of its own), and the ASCII punctuation Markdown gives a meaning to inline (links,
/// images, emphasis, code, HTML tags and entities) is backslash-escaped, as CommonMark allows
/// for any ASCII punctuation; `#`, `+`, `-` and `>` are escaped at the start of the value too,
/// where a template may put it at the start of a line.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut last_space = false;
    for c in text.trim().chars() {
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        if c.is_control() {
            continue;
        }
        // `(`, `)` and `!` mean something only after `]` or before `[`, both escaped.
        let inline = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&'
        );
        if inline || (out.is_empty() && matches!(c, '#' | '+' | '-' | '=')) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A checked link as a Markdown link destination in angle brackets (`<…>`): the characters
/// that would end it or break its line are percent-encoded. `None` unless http(s).
pub fn markdown_destination(raw: &str) -> Option<String> {
    let url = safe_url(raw)?;
    // `|` would end a table cell (GFM splits cells before it reads links), `[` and `]` could
    // open a link of their own: all three are percent-encoded, as a browser would send them.
    Some(
        url.replace('<', "%3C")
            .replace('>', "%3E")
            .replace(' ', "%20")
            .replace('\\', "%5C")
            .replace('|', "%7C")
            .replace('[', "%5B")
            .replace(']', "%5D"),
    )
}

/// At most `max_chars` characters of `text`, whitespace collapsed, cut at a word boundary
/// where there is one in the last fifth, with `…` when cut.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= max_chars {
        return collapsed;
    }
    let cut: String = collapsed.chars().take(max_chars).collect();
    let floor = cut.len() * 4 / 5;
    let end = match cut.rfind(' ') {
        Some(space) if space >= floor => space,
        _ => cut.len(),
    };
    format!("{}…", cut[..end].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_links_survive() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "&#106;avascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example/x",
            "/relative",
            "http://",
            "file:///etc/passwd",
            "https://bank.example@evil.example/",
            "https://user:pass@evil.example/",
        ] {
            assert_eq!(safe_url(bad), None, "{bad}");
        }
        assert_eq!(
            safe_url("HTTPS://Example.COM/a b").as_deref(),
            None,
            "whitespace inside"
        );
        assert_eq!(
            safe_url("HTTPS://Example.COM/a?q=<x>").as_deref(),
            Some("https://example.com/a?q=%3Cx%3E")
        );
    }

    #[test]
    fn commentary_keeps_links_and_emphasis_only() {
        let html = r#"<p onclick="x()">Read <a href="javascript:alert(1)">this</a> and <a href="https://a.example/">that</a><script>alert(1)</script><img src=x onerror=alert(1)></p>"#;
        let clean = sanitize_html(html);
        assert!(!clean.contains("script"), "{clean}");
        assert!(
            !clean.contains("onerror") && !clean.contains("onclick"),
            "{clean}"
        );
        assert!(!clean.contains("javascript"), "{clean}");
        assert!(!clean.contains("<img"), "{clean}");
        assert!(clean.contains(r#"href="https://a.example/""#), "{clean}");
    }

    #[test]
    fn markdown_text_stays_text() {
        let md = escape_markdown("# Title\n- [x](javascript:alert(1)) <b>&amp; 2026-11-29 08:30");
        assert_eq!(
            md,
            r"\# Title - \[x\](javascript:alert(1)) \<b\>\&amp; 2026-11-29 08:30"
        );
    }

    #[test]
    fn excerpts_cut_on_words_and_characters() {
        assert_eq!(excerpt("짧은  글", 10), "짧은 글");
        let long = "누리텔레콤이 오늘 새 요금제를 발표했다 고객 반응은 좋다";
        let cut = excerpt(long, 20);
        assert!(cut.ends_with('…') && cut.chars().count() <= 21, "{cut}");
        assert!(!cut.contains("  "));
    }
}
