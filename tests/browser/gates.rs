//! The two gates over rendered pages: axe-core run inside the page (accessibility)
//! and the Nu Html Checker over the served HTML (validity). Both tools come from the
//! npm lockfile (`npm ci`); without them the gates skip, except under `CI=true`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;
use serde_json::{Value, json};

use super::driver::Browser;

pub fn repo_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// A test tool from `node_modules`, or `None` (skip) outside CI.
pub fn tool(rel: &str) -> Option<PathBuf> {
    let p = repo_path(rel);
    if p.is_file() {
        Some(p)
    } else if ci() {
        panic!(
            "CI=true but {} is missing: run `npm ci --ignore-scripts`",
            p.display()
        );
    } else {
        eprintln!(
            "skipping: {} not found (run `npm ci --ignore-scripts`)",
            p.display()
        );
        None
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct AxeNode {
    pub target: Vec<Value>,
    pub html: String,
    #[serde(rename = "failureSummary", default)]
    pub failure_summary: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AxeViolation {
    pub id: String,
    pub impact: Option<String>,
    pub help: String,
    pub nodes: Vec<AxeNode>,
}

impl AxeViolation {
    pub fn is_serious(&self) -> bool {
        matches!(self.impact.as_deref(), Some("serious" | "critical"))
    }

    /// The violation with its nodes, for the test output and the report file.
    pub fn describe(&self) -> String {
        let mut out = format!(
            "  [{}] {}: {} ({} node(s))\n",
            self.impact.as_deref().unwrap_or("?"),
            self.id,
            self.help,
            self.nodes.len()
        );
        for n in &self.nodes {
            let target: Vec<String> = n
                .target
                .iter()
                .map(|t| {
                    t.as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| t.to_string())
                })
                .collect();
            out.push_str(&format!("      {}  {}\n", target.join(" "), n.html));
            for line in n.failure_summary.lines() {
                out.push_str(&format!("        {line}\n"));
            }
        }
        out
    }
}

/// Runs axe-core on the current page (injected through WebDriver, so the page's
/// Content-Security-Policy does not block it) and returns every violation.
pub async fn axe(browser: &Browser, axe_source: &str) -> Vec<AxeViolation> {
    let loaded = browser
        .js(
            &format!("{axe_source}\n;return typeof window.axe === 'object';"),
            vec![],
        )
        .await;
    assert_eq!(loaded, json!(true), "axe-core loaded into the page");
    let result = browser
        .client
        .execute_async(
            r#"
            const done = arguments[arguments.length - 1];
            window.axe.run(document, { resultTypes: ['violations'] })
              .then(r => done(JSON.stringify(r.violations)))
              .catch(e => done(JSON.stringify({ error: String(e) })));
            "#,
            vec![],
        )
        .await
        .expect("axe.run");
    let text = result.as_str().expect("axe answers JSON text");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("axe result: {e}: {text}"))
}

#[derive(Debug, Deserialize)]
struct VnuReport {
    messages: Vec<VnuMessage>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct VnuMessage {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub url: String,
    #[serde(rename = "lastLine", default)]
    pub line: u64,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub extract: String,
}

/// Runs the Nu Html Checker once over `files` (errors only) and returns its
/// messages. Its JSON report is written to standard error.
pub fn vnu(jar: &Path, files: &[PathBuf]) -> Vec<VnuMessage> {
    let out = Command::new("java")
        .arg("-jar")
        .arg(jar)
        .args(["--errors-only", "--format", "json"])
        .args(files)
        .output()
        .expect("run java -jar vnu.jar (is Java installed?)");
    let report = String::from_utf8_lossy(&out.stderr);
    let parsed: VnuReport = serde_json::from_str(report.trim())
        .unwrap_or_else(|e| panic!("vnu JSON report: {e}\n{report}"));
    parsed.messages
}
