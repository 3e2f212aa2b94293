//! A real Chromium for the browser tests, driven over WebDriver by fantoccini.
//!
//! Each [`Browser`] starts its own `chromedriver` on a free loopback port, in a
//! process group of its own, and one headless Chromium session with a fresh profile.
//! Dropping the guard kills that process group (chromedriver and every Chromium
//! process it started) and removes the profile, so nothing is left running even
//! when a test panics half-way. `Browser::quit` closes the session politely first.
//!
//! When no chromedriver can be found the tests skip, unless `CI=true`: there a
//! missing browser is a failure, never a silent pass.

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::error::CmdError;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// How long any single wait for the page may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(15);

/// Chromium flags: headless, no sandbox (root in CI), and none of the background
/// traffic that this machine's closed network refuses.
const CHROMIUM_ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--window-size=1280,900",
];

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

fn find_program(env: &str, name: &str) -> Option<PathBuf> {
    if let Ok(p) = std::env::var(env)
        && !p.is_empty()
    {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// The chromedriver and Chromium binaries, or `None` (the caller skips) when this
/// machine has no chromedriver and we are not in CI.
fn programs() -> Option<(PathBuf, PathBuf)> {
    let driver = find_program("CHROMEDRIVER", "chromedriver");
    let chromium = find_program("CHROMIUM", "chromium")
        .or_else(|| find_program("CHROMIUM", "chromium-browser"));
    match (driver, chromium) {
        (Some(d), Some(c)) => Some((d, c)),
        _ if ci() => panic!(
            "CI=true but chromedriver/chromium are missing: install Debian's chromium and chromium-driver (see .ci/run)"
        ),
        _ => {
            eprintln!(
                "skipping browser test: chromedriver or chromium not found (set CI=true to fail instead)"
            );
            None
        }
    }
}

/// Options for one browser.
#[derive(Default, Clone)]
pub struct Options {
    /// The `TZ` of the chromedriver process, which Chromium inherits: the zone
    /// `Intl.DateTimeFormat().resolvedOptions().timeZone` reports.
    pub tz: Option<&'static str>,
}

/// The chromedriver process group and the profile folder; dropped last.
struct DriverProcess {
    child: Child,
    _profile: tempfile::TempDir,
}

impl Drop for DriverProcess {
    fn drop(&mut self) {
        // chromedriver leads its own process group; Chromium and its helpers are in it.
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One Chromium session. Field order matters: the WebDriver client goes before the
/// process that serves it.
pub struct Browser {
    pub client: Client,
    /// chromedriver's address, for the one command fantoccini lacks (the log).
    driver_url: String,
    driver: DriverProcess,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Browser {
    /// Starts chromedriver and Chromium, or `None` when they are not installed
    /// (outside CI).
    pub async fn start(options: Options) -> Option<Self> {
        let (driver_bin, chromium) = programs()?;
        let profile = tempfile::tempdir().expect("profile dir");
        let port = free_port();
        let mut cmd = Command::new(&driver_bin);
        cmd.arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0);
        if let Some(tz) = options.tz {
            cmd.env("TZ", tz);
        }
        let child = cmd.spawn().expect("start chromedriver");
        let driver = DriverProcess {
            child,
            _profile: profile,
        };
        let url = format!("http://127.0.0.1:{port}");
        wait_for_driver(&url).await;

        let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|a| a.to_string()).collect();
        args.push(format!(
            "--user-data-dir={}",
            driver._profile.path().display()
        ));
        let caps = json!({
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "goog:loggingPrefs": { "browser": "ALL" },
            "goog:chromeOptions": { "binary": chromium, "args": args },
        });
        let serde_json::Value::Object(caps) = caps else {
            unreachable!()
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&url)
            .await
            .expect("a Chromium session from chromedriver");
        client
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
                Some(Duration::from_secs(60)),
                Some(Duration::from_secs(30)),
                Some(Duration::ZERO),
            ))
            .await
            .expect("timeouts");
        Some(Self {
            client,
            driver_url: url,
            driver,
        })
    }

    /// Ends the WebDriver session (Chromium exits), then the guard stops chromedriver.
    pub async fn quit(self) {
        let Browser { client, driver, .. } = self;
        let _ = client.close().await;
        drop(driver);
    }

    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        match self
            .client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
        {
            Ok(el) => el,
            Err(e) => panic!("no element {css:?} on {}: {e}", self.url().await),
        }
    }

    pub async fn try_find(&self, css: &str) -> Option<fantoccini::elements::Element> {
        self.client.find(Locator::Css(css)).await.ok()
    }

    pub async fn url(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default()
    }

    /// The path and query of the current page.
    pub async fn path(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| match u.query() {
                Some(q) => format!("{}?{q}", u.path()),
                None => u.path().to_string(),
            })
            .unwrap_or_default()
    }

    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Waits (bounded by [`WAIT`]) until `script` returns a truthy value, polling
    /// as fantoccini's own `Wait` does; panics naming `what`.
    pub async fn wait_until(&self, what: &str, script: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            match self.client.execute(script, vec![]).await {
                Ok(v) if truthy(&v) => return,
                Ok(_) | Err(CmdError::Standard(_)) => {}
                Err(e) => panic!("waiting for {what}: {e}"),
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what} on {}", self.url().await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the page's visible text contains `text`.
    pub async fn wait_for_text(&self, text: &str) {
        let script = format!(
            "return document.readyState === 'complete' && document.body && document.body.innerText.replace(/[\\u2068\\u2069]/g, '').includes({});",
            json!(text)
        );
        self.wait_until(&format!("text {text:?}"), &script).await;
    }

    /// Marks the current document so [`Self::wait_for_new_page`] can tell when a
    /// navigation has replaced it.
    pub async fn mark_page(&self) {
        self.js("window.__plenaryOldPage = true; return true;", vec![])
            .await;
    }

    pub async fn wait_for_new_page(&self) {
        self.wait_until(
            "the next page to load",
            "return !window.__plenaryOldPage && document.readyState === 'complete';",
        )
        .await;
    }

    /// Clicks and waits for the page the click leads to.
    pub async fn click_and_wait(&self, css: &str) {
        let el = self.find(css).await;
        self.mark_page().await;
        el.click()
            .await
            .unwrap_or_else(|e| panic!("click {css:?}: {e}"));
        self.wait_for_new_page().await;
    }

    /// Fills a form (by its action) with `fields` and submits it with its first
    /// submit button, then waits for the answer page. Fields missing from the form
    /// are an error; an empty value clears the field.
    pub async fn submit_form(&self, action: &str, fields: &[(&str, &str)]) {
        self.mark_page().await;
        let values: serde_json::Map<String, Value> = fields
            .iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        let result = self
            .js(
                r#"
                const [action, values] = arguments;
                const form = [...document.forms].find(f => f.getAttribute('action') === action);
                if (!form) return 'no form with action ' + action;
                for (const [name, value] of Object.entries(values)) {
                  const el = form.elements[name];
                  if (!el) return 'no field ' + name;
                  if (el.type === 'checkbox') el.checked = value !== '';
                  else el.value = value;
                }
                const button = form.querySelector('button[type=submit], button:not([type])');
                form.requestSubmit(button || undefined);
                return 'ok';
                "#,
                vec![json!(action), Value::Object(values)],
            )
            .await;
        assert_eq!(result, json!("ok"), "submit form {action}");
        self.wait_for_new_page().await;
    }

    /// The browser console's errors since the last call: script errors, Content-
    /// Security-Policy refusals, sub-resources that failed to load. A page's own
    /// 4xx status (a form re-shown with errors, a not-found page) is not one.
    pub async fn console_errors(&self) -> Vec<String> {
        let session = self
            .client
            .session_id()
            .await
            .expect("session id")
            .expect("a session");
        let log: Value = crate::common::plain_client()
            .post(format!("{}/session/{session}/se/log", self.driver_url))
            .json(&json!({ "type": "browser" }))
            .send()
            .await
            .expect("read the browser log")
            .json()
            .await
            .expect("browser log JSON");
        log["value"]
            .as_array()
            .expect("log entries")
            .iter()
            .filter(|e| e["level"] == json!("SEVERE"))
            .filter_map(|e| e["message"].as_str())
            .filter(|m| {
                let page_status = m.contains("Failed to load resource: the server responded")
                    && !m.contains("/static/");
                !page_status
            })
            .map(str::to_string)
            .collect()
    }

    /// Fails the test if the console shows errors (see [`Self::console_errors`]).
    pub async fn assert_console_clean(&self) {
        let errors = self.console_errors().await;
        assert!(
            errors.is_empty(),
            "errors in the browser console:\n{}",
            errors.join("\n")
        );
    }

    /// Deletes every cookie of the app (signs out).
    pub async fn forget_cookies(&self) {
        self.client
            .delete_all_cookies()
            .await
            .expect("delete cookies");
    }

    /// Signs in through the login form.
    pub async fn sign_in(&self, base: &str, email: &str, password: &str) {
        self.goto(&format!("{base}/login")).await;
        self.find("#email")
            .await
            .send_keys(email)
            .await
            .expect("type email");
        self.find("#password")
            .await
            .send_keys(password)
            .await
            .expect("type password");
        self.click_and_wait("main form button[type=submit]").await;
        let header = self.find(".site-header").await.text().await.unwrap();
        assert!(
            header.contains("Sign out"),
            "signed in as {email}; header reads {header:?}"
        );
    }

    /// Presses one key (down and up) on whatever has focus.
    pub async fn press(&self, key: Key) {
        self.keys(&[char::from(key)]).await;
    }

    /// Types `text` key by key on whatever has focus.
    pub async fn type_text(&self, text: &str) {
        let chars: Vec<char> = text.chars().collect();
        self.keys(&chars).await;
    }

    async fn keys(&self, keys: &[char]) {
        let mut seq = KeyActions::new("keyboard".to_string());
        for &k in keys {
            seq = seq
                .then(KeyAction::Down { value: k })
                .then(KeyAction::Up { value: k });
        }
        self.client.perform_actions(seq).await.expect("key actions");
    }

    /// The id (or tag) of the focused element.
    pub async fn focused(&self) -> String {
        let v = self
            .js(
                "const e = document.activeElement; return e ? (e.id || e.tagName.toLowerCase()) : '';",
                vec![],
            )
            .await;
        v.as_str().unwrap_or_default().to_string()
    }

    /// Presses Tab until the element with `id` has focus (at most 40 times).
    pub async fn tab_to(&self, id: &str) {
        for _ in 0..40 {
            if self.focused().await == id {
                return;
            }
            self.press(Key::Tab).await;
        }
        panic!("Tab never reached #{id}");
    }

    /// Resizes the window so its viewport is `width` CSS pixels wide (headless
    /// Chromium has no window frame, and `--hide-scrollbars` keeps the full width
    /// for the page, as on a phone), and waits until the page has seen the resize.
    pub async fn set_viewport_width(&self, width: u32) {
        self.client
            .set_window_size(width, 900)
            .await
            .expect("resize window");
        self.wait_until(
            &format!("a viewport {width} pixels wide"),
            &format!("return window.innerWidth === {width} && document.documentElement.clientWidth === {width};"),
        )
        .await;
    }

    /// A screenshot of the whole page (up to 6000 pixels tall) at the current width:
    /// the window grows to the page's height for the shot, then shrinks back.
    /// A page shorter than the viewport is shot at the viewport's height.
    pub async fn full_page_screenshot(&self) -> Vec<u8> {
        let (w, h) = self.client.get_window_size().await.expect("window size");
        let (w, h) = (w as u32, h as u32);
        let sizes = self
            .js(
                "return [window.innerHeight, Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))];",
                vec![],
            )
            .await;
        let inner = sizes[0].as_u64().expect("innerHeight") as u32;
        let page = sizes[1].as_u64().expect("scrollHeight") as u32;
        // Headless Chromium still counts an invisible toolbar in the window height.
        let frame = h.saturating_sub(inner);
        let height = page.clamp(inner, 6000);
        self.client
            .set_window_size(w, height + frame)
            .await
            .expect("grow window");
        self.wait_until(
            "the window to grow",
            &format!("return window.innerHeight === {height};"),
        )
        .await;
        let png = self.client.screenshot().await.expect("screenshot");
        self.client
            .set_window_size(w, h)
            .await
            .expect("restore window");
        self.wait_until(
            "the window to shrink back",
            &format!("return window.innerHeight === {inner};"),
        )
        .await;
        png
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::String(s) => !s.is_empty(),
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        _ => true,
    }
}

/// Polls chromedriver's `/status` until it is ready (bounded).
async fn wait_for_driver(url: &str) {
    let client = crate::common::plain_client();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(r) = client.get(format!("{url}/status")).send().await
            && let Ok(v) = r.json::<Value>().await
            && v["value"]["ready"] == json!(true)
        {
            return;
        }
        if Instant::now() > deadline {
            panic!("chromedriver did not become ready at {url}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
