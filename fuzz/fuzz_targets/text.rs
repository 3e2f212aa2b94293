//! Name and free-text validation (`domain::text`): never panics; what it accepts is
//! within the limit, free of control characters (but for line breaks and tabs where
//! the text may have several lines) and unchanged by a second pass.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plenary::domain::PersonName;
use plenary::domain::text::clean_text;

fuzz_target!(|input: (&str, u8, bool)| {
    let (raw, max, multiline) = input;
    let max = usize::from(max);
    if let Ok(s) = clean_text(raw, max, multiline) {
        assert!(s.chars().count() <= max);
        assert!(!s.contains('\0'));
        assert!(
            !s.chars()
                .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t'))),
            "{s:?}"
        );
        assert_eq!(
            clean_text(&s, max, multiline),
            Ok(s.clone()),
            "not idempotent"
        );
    }
    if let Ok(name) = PersonName::parse(raw) {
        let s = name.as_str();
        assert!(!s.chars().any(char::is_control), "{s:?}");
        assert_eq!(
            PersonName::parse(s).map(|n| n.as_str().to_string()),
            Ok(s.to_string())
        );
    }
});
