//! `TimeZone::parse` (the `?tz=` and profile zone): never panics; an accepted zone
//! parses again from its own name.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plenary::domain::TimeZone;

fuzz_target!(|raw: &str| {
    if let Ok(zone) = TimeZone::parse(raw) {
        let again = TimeZone::parse(zone.0.name()).expect("its own name parses");
        assert_eq!(again, zone);
    }
});
