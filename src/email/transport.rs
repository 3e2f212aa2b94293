//! Where messages go: an SMTP server (pooled connections, STARTTLS or implicit TLS,
//! credentials from the URL) or `.eml` files in a folder for the quick start.

use std::time::Duration;

use lettre::{FileTransport, Message, SmtpTransport, Transport as _};

use crate::config::MailTransport;

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

    pub fn send(&self, message: &Message) -> Result<(), String> {
        match self {
            Self::Smtp(t) => t.send(message).map(|_| ()).map_err(|e| e.to_string()),
            Self::Files(t) => t.send(message).map(|_| ()).map_err(|e| e.to_string()),
        }
    }

    pub fn describe(&self) -> &'static str {
        match self {
            Self::Smtp(_) => "SMTP",
            Self::Files(_) => ".eml files",
        }
    }
}
