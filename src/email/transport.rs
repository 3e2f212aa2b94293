//! Where messages go: an SMTP server (pooled connections, STARTTLS or implicit TLS,
//! credentials from the URL) or `.eml` files in a folder for the quick start.

use std::time::Duration;

use lettre::{FileTransport, Message, SmtpTransport, Transport as _};

use crate::config::MailTransport;

/// Why a message was not sent.
#[derive(Debug, Clone)]
pub struct SendError {
    pub message: String,
    /// No answer from the server (refused, reset, timed out, TLS failed, or the
    /// mail folder cannot be written), as opposed to the server refusing the message.
    pub server_away: bool,
}

impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

pub enum Transport {
    Smtp(Box<SmtpTransport>),
    Files(FileTransport),
}

impl Transport {
    /// Builds the transport. `smtp://` URLs without a `tls=` parameter use STARTTLS
    /// when the server offers it; `?tls=required` insists; `smtps://` is implicit TLS.
    pub fn from_settings(t: &MailTransport) -> anyhow::Result<Self> {
        match t {
            MailTransport::Smtp(url) => {
                let mut url = url.expose().to_string();
                if url.starts_with("smtp://") && !url.contains("tls=") {
                    url.push(if url.contains('?') { '&' } else { '?' });
                    url.push_str("tls=opportunistic");
                }
                let smtp = SmtpTransport::from_url(&url)
                    .map_err(|e| anyhow::anyhow!("SMTP_URL: {e}"))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build();
                Ok(Self::Smtp(Box::new(smtp)))
            }
            MailTransport::Files(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| {
                    anyhow::anyhow!("PLENARY_MAIL_DIR: cannot create {}: {e}", dir.display())
                })?;
                Ok(Self::Files(FileTransport::new(dir)))
            }
        }
    }

    /// Sends one message. The error says whether the server answered (a refusal of
    /// this message) or could not be reached at all (the mail server is away: the
    /// worker stops its batch and backs off instead of failing every row in turn).
    pub fn send(&self, message: &Message) -> Result<(), SendError> {
        match self {
            Self::Smtp(t) => t.send(message).map(|_| ()).map_err(|e| SendError {
                server_away: !e.is_response(),
                message: e.to_string(),
            }),
            Self::Files(t) => t.send(message).map(|_| ()).map_err(|e| SendError {
                server_away: true,
                message: e.to_string(),
            }),
        }
    }

    pub fn describe(&self) -> &'static str {
        match self {
            Self::Smtp(_) => "SMTP",
            Self::Files(_) => ".eml files",
        }
    }
}
