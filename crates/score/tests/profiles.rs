//! Profiles: the shipped samples load, and bad profiles are refused with where and why.
use gleaner_score::BrandProfile;

fn sample(name: &str) -> String {
    let path = format!(
        "{}/../../examples/profiles/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).expect("sample profile")
}

#[test]
fn the_sample_profiles_load() {
    let acme = BrandProfile::from_toml(&sample("acme-mobile.toml")).unwrap();
    assert_eq!(acme.name, "Acme Mobile");
    assert_eq!(acme.topics.len(), 2);
    assert_eq!(*acme.topics[1].weight.get_ref(), 0.7);
    assert_eq!(*acme.freshness.half_life_hours.get_ref(), 48.0);
    let nuri = BrandProfile::from_toml(&sample("nuri-foods.toml")).unwrap();
    assert_eq!(
        nuri.names().collect::<Vec<_>>(),
        ["누리식품", "누리", "Nuri Foods"]
    );
    assert_eq!(nuri.weights.brand_mention, 0.4);
    // Weights not given keep their defaults.
    assert_eq!(nuri.weights.avoid, 0.5);
}

/// `(line, column, words the message must contain)` of the error for `text`.
fn refused(text: &str) -> (usize, usize, String) {
    let e = BrandProfile::from_toml(text).expect_err("refused");
    assert!(e.to_string().contains(&format!("line {}", e.line)));
    (e.line, e.column, e.message)
}

#[test]
fn unknown_keys_name_the_nearest_known_one() {
    let (line, column, message) = refused("name = \"A\"\naliasses = [\"B\"]\n");
    assert_eq!((line, column), (2, 1));
    assert!(message.contains("`aliasses`") && message.contains("did you mean `aliases`"));

    let text = "name = \"A\"\n\n[[topics]]\nname = \"t\"\nterm = [\"x\"]\n";
    let (line, _, message) = refused(text);
    assert_eq!(line, 5);
    assert!(message.contains("did you mean `terms`"), "{message}");

    let (line, _, message) = refused("name = \"A\"\n[freshnes]\nhalf_life_hours = 3\n");
    assert_eq!(line, 2);
    assert!(message.contains("did you mean `freshness`"), "{message}");

    let (_, _, message) = refused("name = \"A\"\n[freshness]\nhalflife = 3\n");
    assert!(
        message.contains("did you mean `half_life_hours`"),
        "{message}"
    );

    // Nothing close: the known keys are listed instead.
    let (_, _, message) = refused("name = \"A\"\nzzzzzzzzzzzz = 1\n");
    assert!(
        message.contains("known keys") && message.contains("competitors"),
        "{message}"
    );
}

#[test]
fn syntax_and_type_errors_say_where() {
    let (line, column, _) = refused("name = \"A\"\naliases = [\"B\"\n");
    assert_eq!(line, 2, "an unclosed array is reported on its line");
    assert!(column >= 1);

    let (line, _, message) =
        refused("name = \"A\"\n\n[[topics]]\nname = \"t\"\nweight = \"high\"\nterms = [\"x\"]\n");
    assert_eq!(line, 5);
    assert!(
        message.contains("float") || message.contains("invalid type"),
        "{message}"
    );

    let (line, _, message) = refused("aliases = []\n");
    assert_eq!(line, 1);
    assert!(message.contains("name"), "{message}");
}

#[test]
fn values_out_of_range_say_where() {
    let text = "name = \"A\"\n[[topics]]\nname = \"t\"\nweight = 1.5\nterms = [\"x\"]\n";
    let (line, column, message) = refused(text);
    assert_eq!((line, column), (4, 10));
    assert!(message.contains("between 0 and 1"), "{message}");

    let text = "name = \"A\"\n[[topics]]\nname = \"t\"\nterms = []\n";
    let (line, _, message) = refused(text);
    assert_eq!(line, 4);
    assert!(message.contains("no terms"), "{message}");

    let (line, _, message) = refused("name = \"A\"\n[freshness]\nhalf_life_hours = -2\n");
    assert_eq!(line, 3);
    assert!(message.contains("positive"), "{message}");

    let (_, _, message) = refused("name = \" \"\n");
    assert!(message.contains("empty"), "{message}");

    let (line, _, message) = refused("name = \"A\"\n[weights]\navoid = -1.0\n");
    assert_eq!(line, 2);
    assert!(message.contains("weights.avoid"), "{message}");
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    let e = BrandProfile::from_path("/nonexistent/profile.toml").unwrap_err();
    assert_eq!(e.line, 0);
    assert!(e.message.contains("cannot read"));
    assert!(e.to_string().starts_with("profile: cannot read"), "{e}");
}

#[test]
fn a_file_that_is_not_utf8_says_where_it_stops_being_text() {
    let path = std::env::temp_dir().join(format!("gleaner-profile-{}.toml", std::process::id()));
    std::fs::write(&path, b"name = \"Acme\"\naliases = [\"\xff\xfe\"]\n").unwrap();
    let e = BrandProfile::from_path(&path).unwrap_err();
    std::fs::remove_file(&path).unwrap();
    assert_eq!((e.line, e.column), (2, 13), "{e}");
    assert!(e.message.contains("not UTF-8 text"), "{e}");
}

#[test]
fn languages_and_weights_are_checked() {
    let (_, _, message) = refused("name = \"A\"\nlanguages = [\"english\"]\n");
    assert!(message.contains("`english`"), "{message}");
    assert!(BrandProfile::from_toml("name = \"A\"\nlanguages = [\"en\", \"ko\"]\n").is_ok());
    let (_, _, message) = refused("name = \"A\"\n[weights]\ntopic = 1e308\n");
    assert!(message.contains("weights.topic"), "{message}");
}

#[test]
fn listening_settings_out_of_range_are_refused() {
    for bad in [
        "[listening]\nresponse_hours = 1e13",
        "[listening]\nresponse_hours = 0",
        "[listening.news]\nbucket_hours = 1e15\nbaseline_buckets = 14",
        "[listening.social]\nbucket_hours = 1\nbaseline_buckets = 4000000000",
        "[listening.thresholds]\ncrisis_negative_share = 1.5",
        "[listening.thresholds]\nissue_negative_per_praise = -1",
        "[listening.thresholds]\nissue_negative_per_praise = inf",
        "[learning]\nmax_adjustment = 2",
    ] {
        let text = format!("name = \"A\"\n{bad}\n");
        let error = gleaner_score::BrandProfile::from_toml(&text).unwrap_err();
        assert!(error.line >= 2, "{bad}: {error}");
    }
}

#[test]
fn a_refusal_quotes_a_long_value_cut_and_a_huge_number_short() {
    let long = "x".repeat(1 << 20);
    let (_, _, message) = refused(&format!(
        "name = \"A\"\n[[topics]]\nname = \"{long}\"\nweight = 1e308\nterms = [\"x\"]\n"
    ));
    assert!(message.len() < 200, "{} bytes", message.len());
    assert!(message.contains("weight 1e308 is not"), "{message}");
    let (_, _, message) = refused("name = \"A\"\n[listening]\nresponse_hours = 1e300\n");
    assert!(message.ends_with("not 1e300"), "{message}");
}

#[test]
fn a_spike_window_keeps_the_default_of_each_key_left_out() {
    let text = "name = \"A\"\n[listening.social]\nmin_mentions = 3\n\
                [listening.news]\nbaseline_buckets = 7\n";
    let listening = BrandProfile::from_toml(text).unwrap().listening;
    let (social, news) = (
        gleaner_score::Window::social(),
        gleaner_score::Window::news(),
    );
    assert_eq!(
        listening.social,
        gleaner_score::Window {
            min_mentions: 3,
            ..social
        }
    );
    assert_eq!(
        listening.news,
        gleaner_score::Window {
            baseline_buckets: 7,
            ..news
        }
    );
    let (line, _, message) = refused("name = \"A\"\n[listening.news]\nbucket_hour = 6\n");
    assert_eq!(line, 3, "{message}");
    assert!(message.contains("bucket_hours"), "{message}");
}

#[test]
fn an_endless_file_is_refused_after_reading_the_most_a_profile_can_be() {
    // /dev/zero never ends: reading it whole took all memory.
    let e = BrandProfile::from_path("/dev/zero").unwrap_err();
    assert!(e.message.contains("longer than 16 MiB"), "{e}");
    let path = std::env::temp_dir().join(format!("gleaner-long-{}.toml", std::process::id()));
    let mut long = b"name = \"Acme\"\n".to_vec();
    long.resize(gleaner_score::MAX_PROFILE_BYTES as usize + 1, b'\n');
    std::fs::write(&path, &long).unwrap();
    let e = BrandProfile::from_path(&path).unwrap_err();
    long.truncate(gleaner_score::MAX_PROFILE_BYTES as usize);
    std::fs::write(&path, &long).unwrap();
    let at_most = BrandProfile::from_path(&path);
    std::fs::remove_file(&path).unwrap();
    assert!(e.message.contains("not a profile"), "{e}");
    assert_eq!(at_most.unwrap().name, "Acme");
}

#[test]
fn too_many_names_are_refused() {
    // Listening looks for every name in every item: 100,000 aliases took minutes.
    let many: Vec<String> = (0..=gleaner_score::MAX_NAMES)
        .map(|i| format!("n{i}"))
        .collect();
    for key in ["aliases", "competitors"] {
        let (line, _, message) = refused(&format!("name = \"A\"\n{key} = {many:?}\n"));
        assert_eq!(line, 2, "{message}");
        assert!(message.contains("at most 1000 names"), "{message}");
    }
    let enough = &many[..gleaner_score::MAX_NAMES];
    assert!(BrandProfile::from_toml(&format!("name = \"A\"\naliases = {enough:?}\n")).is_ok());
}

#[test]
fn a_name_or_term_that_can_never_match_is_refused() {
    // No letters or digits, no tokens: these were accepted and never matched anything.
    for (text, key) in [
        ("name = \"!!!\"\n", "name"),
        ("name = \"A\"\naliases = [\"Acme\", \"!!!\"]\n", "aliases"),
        ("name = \"A\"\navoid = [\"\"]\n", "avoid"),
        (
            "name = \"A\"\ncompetitors = [\"\u{200b}\"]\n",
            "competitors",
        ),
        (
            "name = \"A\"\n[[topics]]\nname = \"t\"\nterms = [\"5G\", \"🍎\"]\n",
            "topic terms",
        ),
    ] {
        let e = BrandProfile::from_toml(text).expect_err(text);
        assert!(e.message.starts_with(key), "{text}: {e}");
        assert!(e.message.contains("can never match"), "{text}: {e}");
    }
    let (line, column, _) = refused("name = \"A\"\naliases = [\"Acme\", \"!!!\"]\n");
    assert_eq!((line, column), (2, 20));
}
