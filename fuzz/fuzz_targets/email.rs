//! `Email::parse`: never panics; what it accepts is normalised (parsing it again
//! gives the same address) and holds no control character or white space.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plenary::domain::Email;

fuzz_target!(|raw: &str| {
    if let Ok(email) = Email::parse(raw) {
        let s = email.as_str();
        assert!(
            !s.chars().any(|c| c.is_control() || c.is_whitespace()),
            "{s:?}"
        );
        assert_eq!(
            Email::parse(s).as_ref(),
            Ok(&email),
            "not idempotent: {raw:?}"
        );
    }
});
