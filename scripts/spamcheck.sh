#!/usr/bin/env bash
# Renders every kind of mail Plenary sends through the real code into .eml files (the
# file transport) and scores each with SpamAssassin's default rules (`spamassassin -t`,
# local rules, no Bayes). Fails when any message scores above 0, listing the rules.
# Needs Debian's `spamassassin`. Keep the rendered mails with
# PLENARY_SPAMCHECK_KEEP=target/spamcheck scripts/spamcheck.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v spamassassin >/dev/null || { echo "spamassassin is not installed (apt-get install spamassassin)" >&2; exit 2; }
CI=true cargo test --test spamcheck -- --nocapture
