//! Decoding the sign-up form: never panics, and a body the edge lets through
//! (`web::edge::check`) decodes to fields without NUL and without replacement
//! characters that were not in the body — what reaches the database is what was sent.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plenary::web::attendee::SignUpForm;
use plenary::web::edge::check;

fuzz_target!(|body: &[u8]| {
    let decoded = serde_urlencoded::from_bytes::<SignUpForm>(body);
    if check(body).is_ok()
        && let Ok(form) = decoded
    {
        let sent_replacement = String::from_utf8_lossy(body).contains('\u{FFFD}')
            || body
                .windows(9)
                .any(|w| w.eq_ignore_ascii_case(b"%EF%BF%BD"));
        for field in [
            &form.name,
            &form.email,
            &form.country,
            &form.organization,
            &form.time_zone,
            &form.password,
        ] {
            assert!(!field.contains('\0'), "{body:?}");
            assert!(sent_replacement || !field.contains('\u{FFFD}'), "{body:?}");
        }
    }
});
