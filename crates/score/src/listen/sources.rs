//! Which sources are social and which are the press, and what counts as one source: how a
//! mention is weighed in spikes ([`super::Listener::source_kind`]) and whose it is.
use super::{Heard, SourceKind};

/// Social sites and communities, by host; subdomains are covered.
const SOCIAL_HOSTS: &[&str] = &[
    "twitter.com",
    "x.com",
    "t.co",
    "facebook.com",
    "fb.com",
    "instagram.com",
    "threads.net",
    "threads.com",
    "reddit.com",
    "youtube.com",
    "youtu.be",
    "tiktok.com",
    "linkedin.com",
    "mastodon.social",
    "bsky.app",
    "quora.com",
    "medium.com",
    "tumblr.com",
    "weibo.com",
    "discord.com",
    "t.me",
    "trustpilot.com",
    "yelp.com",
    "play.google.com",
    "apps.apple.com",
    "blog.naver.com",
    "cafe.naver.com",
    "kin.naver.com",
    "tistory.com",
    "brunch.co.kr",
    "velog.io",
    "dcinside.com",
    "theqoo.net",
    "clien.net",
    "ppomppu.co.kr",
    "fmkorea.com",
    "ruliweb.com",
    "instiz.net",
    "bobaedream.co.kr",
    "mlbpark.donga.com",
    "pann.nate.com",
    "band.us",
    "story.kakao.com",
    "everytime.kr",
    "blind.com",
    "teamblind.com",
    "wordpress.com",
    "blogspot.com",
    "substack.com",
    "livejournal.com",
];

/// Social sources by name (matched whole, in any case).
const SOCIAL_NAMES: &[&str] = &[
    "twitter",
    "x",
    "facebook",
    "instagram",
    "threads",
    "reddit",
    "youtube",
    "tiktok",
    "linkedin",
    "mastodon",
    "bluesky",
    "quora",
    "trustpilot",
    "yelp",
    "app store",
    "google play",
    "forum",
    "community",
    "blog",
    "review",
    "reviews",
    "social",
    "트위터",
    "페이스북",
    "인스타그램",
    "유튜브",
    "틱톡",
    "네이버 블로그",
    "네이버 카페",
    "블로그",
    "카페",
    "커뮤니티",
    "디시인사이드",
    "디시",
    "더쿠",
    "클리앙",
    "뽐뿌",
    "에펨코리아",
    "루리웹",
    "인스티즈",
    "보배드림",
    "네이트판",
    "밴드",
    "카카오스토리",
    "블라인드",
    "에브리타임",
    "리뷰",
    "지식인",
];

/// Parts of a host or source name that mark the press.
const PRESS_MARKS: &[&str] = &[
    "news",
    "times",
    "press",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "daily",
    "reuters",
    "bloomberg",
    "apnews",
    "yonhap",
    "yna.co.kr",
    "newsis",
    "news1",
    "chosun",
    "joongang",
    "donga",
    "hani.co.kr",
    "khan.co.kr",
    "mk.co.kr",
    "hankyung",
    "edaily",
    "zdnet",
    "etnews",
    "bbc",
    "cnn",
    "wire",
    "뉴스",
    "신문",
    "일보",
    "경제",
    "방송",
    "통신",
];

/// What counts as one source: its name, else its address's host, else its author, else
/// "unknown".
pub(super) fn source_key(item: &Heard<'_>) -> String {
    if let Some(source) = item.source.map(str::trim).filter(|s| !s.is_empty()) {
        return source.to_lowercase();
    }
    item.url
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_lowercase())
        })
        .or_else(|| {
            item.author
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(|a| format!("author {}", a.to_lowercase()))
        })
        .unwrap_or_else(|| "unknown".into())
}

/// The built-in social hosts and names with `extra`, as (hosts, names): what has a dot is a
/// host pattern, covering subdomains.
pub(crate) fn social_sources(extra: &[String]) -> (Vec<String>, Vec<String>) {
    SOCIAL_HOSTS
        .iter()
        .chain(SOCIAL_NAMES)
        .map(|s| (*s).to_owned())
        .chain(extra.iter().cloned())
        .map(|s| s.trim().trim_end_matches('.').to_lowercase())
        .filter(|s| !s.is_empty())
        .partition(|s| s.contains('.'))
}

/// Social, news or unknown, by an item's address and source name
/// ([`super::Listener::source_kind`]).
pub(crate) fn kind_of(
    social_hosts: &[String],
    social_names: &[String],
    url: Option<&str>,
    source: Option<&str>,
) -> Option<SourceKind> {
    let host = url
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(|h| h.trim_end_matches('.').to_lowercase()));
    let source = source.map(|s| s.trim().trim_end_matches('.').to_lowercase());
    let host_matches = |h: &str| {
        social_hosts.iter().any(|p| {
            h == p
                || h.strip_suffix(p.as_str())
                    .is_some_and(|rest| rest.ends_with('.'))
        })
    };
    let social = host.as_deref().is_some_and(host_matches)
        || source
            .as_deref()
            .is_some_and(|s| host_matches(s) || social_names.iter().any(|n| n == s));
    let press = |s: &str| PRESS_MARKS.iter().any(|m| s.contains(m));
    if social {
        Some(SourceKind::Social)
    } else if host.as_deref().is_some_and(press) || source.as_deref().is_some_and(press) {
        Some(SourceKind::News)
    } else {
        None
    }
}

/// What a brand's own accounts add to its name: @PikkoUK, @SonoraHelp, @피코고객센터.
const ACCOUNT_SUFFIXES: [&str; 19] = [
    "",
    "uk",
    "us",
    "kr",
    "korea",
    "global",
    "official",
    "help",
    "support",
    "care",
    "cs",
    "news",
    "hq",
    "team",
    "app",
    "home",
    "고객센터",
    "공식",
    "코리아",
];

/// The brand's `names` as its accounts write them ([`is_brand_account`]): without spaces, in
/// small letters. Made once per listener.
pub(crate) fn account_names<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    names
        .map(|name| {
            name.chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|name| name.chars().count() >= 2)
        .collect()
}

/// Whether `author` is one of the brand's own accounts: one of its names (`names`, from
/// [`account_names`]) written as a handle (without spaces, `_` or `.`, any case, an optional
/// `@`), alone or with a suffix such as "UK", "Help" or 고객센터. The brand speaks of itself
/// without naming itself ("We're aware some customers were charged twice"): every timeline
/// writer labelled such posts mentions.
pub(crate) fn is_brand_account(author: &str, names: &[String]) -> bool {
    let handle: String = author
        .trim()
        .trim_start_matches('@')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '.')
        .flat_map(char::to_lowercase)
        .collect();
    names.iter().any(|name| {
        handle
            .strip_prefix(name.as_str())
            .is_some_and(|rest| ACCOUNT_SUFFIXES.contains(&rest))
    })
}

#[cfg(test)]
mod tests {
    use super::{account_names, is_brand_account};

    #[test]
    fn the_brands_own_accounts_are_its_names_as_handles() {
        let names = account_names(["Pikko", "Sonora Insurance", "피코"].into_iter());
        for own in [
            "PikkoUK",
            "@pikko",
            "Pikko_Help",
            "SonoraInsurance",
            "sonora.insurance",
            "피코고객센터",
        ] {
            assert!(is_brand_account(own, &names), "{own}");
        }
        for other in [
            "pikko_fan_99",
            "PikkoLover",
            "lil_pip",
            "Sonora",
            "피코피코",
            "",
        ] {
            assert!(!is_brand_account(other, &names), "{other}");
        }
    }
}
