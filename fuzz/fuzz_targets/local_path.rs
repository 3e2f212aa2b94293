//! `render::local_path` decides where "back to where you were" redirects go: what
//! it accepts must stay on our site, whatever a browser makes of it.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plenary::web::render::local_path;

fuzz_target!(|next: &str| {
    if let Some(path) = local_path(next) {
        let base = url::Url::parse("https://plenary.example/account").unwrap();
        let target = base.join(path).expect("an accepted path resolves");
        assert_eq!(
            target.host_str(),
            Some("plenary.example"),
            "{path:?} leaves the site"
        );
        assert_eq!(target.scheme(), "https", "{path:?}");
    }
});
