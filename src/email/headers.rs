//! Mail headers lettre does not have built in.

use lettre::message::header::{Header, HeaderName, HeaderValue};

/// `Auto-Submitted: auto-generated` (RFC 3834): the message was written by a program,
/// so vacation responders and other robots must not answer it, and spam filters can
/// tell it from a person's mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AutoSubmitted(String);

impl AutoSubmitted {
    pub fn auto_generated() -> Self {
        Self("auto-generated".into())
    }
}

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.trim().to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `List-Unsubscribe: <https://…>` (RFC 2369): where the recipient's mail client
/// unsubscribes them from announcements. Set on announcements only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListUnsubscribe(String);

impl ListUnsubscribe {
    pub fn url(url: &str) -> Self {
        Self(format!("<{url}>"))
    }
}

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.trim().to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058): the client may
/// unsubscribe with one POST to the `List-Unsubscribe` URL, without a page or sign-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListUnsubscribePost(String);

impl ListUnsubscribePost {
    pub fn one_click() -> Self {
        Self("List-Unsubscribe=One-Click".into())
    }
}

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.trim().to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `Content-Language: fr` (RFC 3282): the language the message is written in, the
/// recipient's, so screen readers and translation tools pick the right voice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentLanguage(String);

impl ContentLanguage {
    pub fn new(code: &str) -> Self {
        Self(code.to_string())
    }
}

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.trim().to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}
