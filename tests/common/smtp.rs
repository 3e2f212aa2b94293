//! A real SMTP server for tests, in process: it speaks enough ESMTP for lettre
//! (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeps every message it receives as
//! raw bytes, and can be stopped and restarted on the same port to simulate an
//! outage. Messages are read back with an independent MIME parser (mail-parser).

use std::io::{BufRead, BufReader, ErrorKind, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

pub struct SmtpSink {
    addr: SocketAddr,
    raw: Arc<Mutex<Vec<Vec<u8>>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

/// What a test needs of a received message.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub to: String,
    pub from: String,
    /// The sender's display name, decoded.
    pub from_name: String,
    pub subject: String,
    pub message_id: String,
    pub text: String,
    pub html: String,
    /// (file name, content type, body)
    pub attachments: Vec<(String, String, String)>,
    /// The top-level header fields as sent, unfolded: (name, value).
    pub headers: Vec<(String, String)>,
}

impl ReceivedMail {
    /// The value of the first top-level header field `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The first URL in the text part that contains `fragment`.
    pub fn link_containing(&self, fragment: &str) -> Option<String> {
        self.text
            .split_whitespace()
            .find(|w| w.starts_with("http") && w.contains(fragment))
            .map(|s| s.trim_end_matches(['.', ',', ')']).to_string())
    }
}

fn parse(raw: &[u8]) -> ReceivedMail {
    let m = mail_parser::MessageParser::default()
        .parse(raw)
        .expect("a parsable MIME message");
    let addr = |a: Option<&mail_parser::Address>| {
        a.and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_string()
    };
    ReceivedMail {
        to: addr(m.to()),
        from: addr(m.from()),
        from_name: m
            .from()
            .and_then(|a| a.first())
            .and_then(|a| a.name())
            .unwrap_or_default()
            .to_string(),
        subject: m.subject().unwrap_or_default().to_string(),
        message_id: m.message_id().unwrap_or_default().to_string(),
        text: m.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        html: m.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
        attachments: m
            .attachments()
            .map(|a| {
                use mail_parser::MimeHeaders;
                let ct = a
                    .content_type()
                    .map(|c| format!("{}/{}", c.ctype(), c.subtype().unwrap_or_default()))
                    .unwrap_or_default();
                (
                    a.attachment_name().unwrap_or_default().to_string(),
                    ct,
                    String::from_utf8_lossy(a.contents()).into_owned(),
                )
            })
            .collect(),
        headers: top_headers(raw),
    }
}

/// The header section of `raw`, unfolded (RFC 5322 §2.2.3), as (name, value) pairs.
fn top_headers(raw: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(raw);
    let head = text.split("\r\n\r\n").next().unwrap_or_default();
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in head.split("\r\n") {
        if line.starts_with([' ', '\t']) {
            if let Some((_, v)) = fields.last_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
        } else if let Some((n, v)) = line.split_once(':') {
            fields.push((n.trim().to_string(), v.trim().to_string()));
        }
    }
    fields
}

impl SmtpSink {
    pub fn start() -> Self {
        Self::start_at("127.0.0.1:0".parse().unwrap(), Arc::default())
    }

    fn start_at(addr: SocketAddr, raw: Arc<Mutex<Vec<Vec<u8>>>>) -> Self {
        let listener = TcpListener::bind(addr).expect("bind SMTP sink");
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let (stop2, raw2) = (stop.clone(), raw.clone());
        let thread = std::thread::spawn(move || {
            let mut sessions = Vec::new();
            while !stop2.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (stop3, raw3) = (stop2.clone(), raw2.clone());
                        sessions.push(std::thread::spawn(move || {
                            let _ = serve(stream, &stop3, &raw3);
                        }));
                    }
                    Err(e) if e.kind() == ErrorKind::WouldBlock => {
                        std::thread::sleep(Duration::from_millis(10))
                    }
                    Err(_) => break,
                }
            }
            for s in sessions {
                let _ = s.join();
            }
        });
        Self {
            addr,
            raw,
            stop,
            thread: Some(thread),
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// Closes the port and every open connection (the mail server is "down").
    pub fn stop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    /// Starts again on the same port, keeping what was received.
    pub fn restart(&mut self) {
        self.stop();
        *self = Self::start_at(self.addr, self.raw.clone());
    }

    pub fn received(&self) -> Vec<ReceivedMail> {
        self.raw.lock().unwrap().iter().map(|r| parse(r)).collect()
    }

    pub fn raw(&self) -> Vec<Vec<u8>> {
        self.raw.lock().unwrap().clone()
    }

    /// Messages to one address, oldest first.
    pub fn to(&self, address: &str) -> Vec<ReceivedMail> {
        self.received()
            .into_iter()
            .filter(|m| m.to.eq_ignore_ascii_case(address))
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}

fn serve(stream: TcpStream, stop: &AtomicBool, raw: &Mutex<Vec<Vec<u8>>>) -> std::io::Result<()> {
    stream.set_nonblocking(false)?;
    // Replies go out at once, as a mail server's do (no Nagle delay on the "250").
    stream.set_nodelay(true)?;
    stream.set_read_timeout(Some(Duration::from_millis(50)))?;
    let mut out = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    out.write_all(b"220 sink.test ESMTP test sink\r\n")?;
    let mut in_data = false;
    let mut data: Vec<u8> = Vec::new();
    let mut line = Vec::new();
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return Ok(()),
            Ok(_) => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => continue,
            Err(e) => return Err(e),
        }
        if !line.ends_with(b"\n") {
            continue; // partial line; keep reading
        }
        let current = std::mem::take(&mut line);
        if in_data {
            if current == b".\r\n" || current == b".\n" {
                in_data = false;
                raw.lock().unwrap().push(std::mem::take(&mut data));
                out.write_all(b"250 2.0.0 queued\r\n")?;
            } else if current.starts_with(b"..") {
                data.extend_from_slice(&current[1..]);
            } else {
                data.extend_from_slice(&current);
            }
            continue;
        }
        let cmd = String::from_utf8_lossy(&current)
            .trim()
            .to_ascii_uppercase();
        let reply: &[u8] = if cmd.starts_with("EHLO") {
            b"250-sink.test\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760\r\n"
        } else if cmd.starts_with("HELO")
            || cmd.starts_with("MAIL")
            || cmd.starts_with("RCPT")
            || cmd.starts_with("RSET")
            || cmd.starts_with("NOOP")
        {
            b"250 2.0.0 ok\r\n"
        } else if cmd.starts_with("DATA") {
            in_data = true;
            b"354 end with <CRLF>.<CRLF>\r\n"
        } else if cmd.starts_with("QUIT") {
            out.write_all(b"221 2.0.0 bye\r\n")?;
            return Ok(());
        } else {
            b"502 5.5.2 not implemented\r\n"
        };
        out.write_all(reply)?;
    }
}
