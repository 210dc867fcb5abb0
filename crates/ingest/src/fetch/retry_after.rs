//! The `Retry-After` header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).

use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};

/// How long `value` asks to wait, counted from `now`. A date in the past means no wait; a value
/// that is neither a number nor an HTTP-date means the server did not say (`None`).
pub(crate) fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // A number too large for u64 is still "a very long time".
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let at = parse_http_date(value)?;
    Some((at - now).to_std().unwrap_or(Duration::ZERO))
}

/// IMF-fixdate, and the two obsolete forms that HTTP/1.1 recipients must still accept
/// (RFC 850 and asctime). All are in GMT.
fn parse_http_date(value: &str) -> Option<DateTime<Utc>> {
    if let Ok(date) = DateTime::parse_from_rfc2822(value) {
        return Some(date.with_timezone(&Utc));
    }
    ["%A, %d-%b-%y %H:%M:%S GMT", "%a %b %e %H:%M:%S %Y"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(value, format).ok())
        .map(|naive| naive.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        // Sun, 06 Nov 1994 08:49:37 GMT
        DateTime::from_timestamp(784_111_777, 0).unwrap()
    }

    #[test]
    fn reads_delay_seconds() {
        assert_eq!(
            parse_retry_after("120", now()),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after(" 0 ", now()), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("99999999999999999999999", now()),
            Some(Duration::from_secs(u64::MAX))
        );
    }

    #[test]
    fn reads_the_three_http_date_forms() {
        let minute = Some(Duration::from_secs(60));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:50:37 GMT", now()),
            minute
        );
        assert_eq!(
            parse_retry_after("Sunday, 06-Nov-94 08:50:37 GMT", now()),
            minute
        );
        assert_eq!(parse_retry_after("Sun Nov  6 08:50:37 1994", now()), minute);
    }

    #[test]
    fn a_past_date_means_now() {
        assert_eq!(
            parse_retry_after("Sat, 05 Nov 1994 08:49:37 GMT", now()),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn rejects_garbage() {
        for value in ["", "soon", "-5", "1.5", "Sun, 99 Nov 1994 08:49:37 GMT"] {
            assert_eq!(parse_retry_after(value, now()), None, "{value:?}");
        }
    }
}
