//! One TLS crypto provider for the process: ring, the provider the mail transport
//! (lettre) already uses, installed as rustls's process default so that HTTPS
//! clients (BigBlueButton's API) can reach `https://` servers. Installing twice is
//! harmless; every entry point (the binary, the app builder, HTTP clients) calls it.

use std::sync::Once;

pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Fails only when another provider was installed first, which serves as well.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}
