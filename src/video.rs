//! The video platforms' HTTP side: BigBlueButton API calls (`create` before a join,
//! `getMeetings` for the settings page's "test connection"). URLs carry checksums,
//! so they are never logged and errors are reported without them. Jitsi needs no
//! call: its signed URL is the whole way in.

use std::sync::OnceLock;
use std::time::Duration;

use crate::domain::secret::Secret;
use crate::domain::video::bbb;

/// How long Plenary waits for the platform before telling the person it is down.
const TIMEOUT: Duration = Duration::from_secs(8);

/// Why a platform call failed, in words for the failure page (no URL, no secret).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlatformError {
    /// No answer: refused, timed out, unknown host.
    #[error("the video platform did not answer ({0})")]
    Unreachable(String),
    /// An answer that says no (e.g. `checksumError`), or not the API's XML.
    #[error("the video platform refused: {} {}", .0.key, .0.message)]
    Refused(bbb::Failure),
}

fn client() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        crate::tls::install();
        reqwest::Client::builder()
            .timeout(TIMEOUT)
            // Drop idle connections before the platform's front server does (nginx
            // closes them after 75 s by default), so that no call goes out on a
            // connection at the moment it is being closed.
            .pool_idle_timeout(Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client with the installed TLS provider builds")
    })
}

/// Calls one signed BigBlueButton API URL and reads its `<response>`.
pub async fn call_bbb(url: &Secret) -> Result<(), PlatformError> {
    let response = client()
        .get(url.expose())
        .send()
        .await
        .map_err(|e| PlatformError::Unreachable(e.without_url().to_string()))?;
    let status = response.status();
    let body = response
        .text()
        .await
        .map_err(|e| PlatformError::Unreachable(e.without_url().to_string()))?;
    match bbb::read_response(&body) {
        Ok(()) => Ok(()),
        Err(f) if f.key == "notBigBlueButton" => Err(PlatformError::Refused(bbb::Failure {
            key: format!("HTTP {}", status.as_u16()),
            message: f.message,
        })),
        Err(f) => Err(PlatformError::Refused(f)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real BigBlueButton servers are on `https://`: the client must try them (and
    /// here find nothing listening), not refuse the scheme.
    #[tokio::test]
    async fn https_servers_are_reached_over_tls() {
        let url = Secret::new("https://127.0.0.1:9/bigbluebutton/api/getMeetings?checksum=0");
        match call_bbb(&url).await {
            Err(PlatformError::Unreachable(why)) => {
                assert!(!why.contains("builder"), "{why}");
                assert!(!why.to_lowercase().contains("scheme"), "{why}");
            }
            other => panic!("{other:?}"),
        }
    }
}
