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
