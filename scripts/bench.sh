#!/usr/bin/env bash
# Reproducible figures for the README: clean release build time (optional), demo
# start time, agenda page throughput/p99 with wrk, argon2 hash time, and a burst of
# 200 sign-ups. Everything runs on loopback against a temporary SQLite database
# (or PostgreSQL when DATABASE_URL is set), bounded in time.
#   scripts/bench.sh            # uses the existing release build
#   CLEAN=1 scripts/bench.sh    # also times a clean release build
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

if [ "${CLEAN:-0}" = 1 ]; then
  rm -rf target/release
  start=$(date +%s); cargo build --release -q --bins --examples; end=$(date +%s)
  echo "clean release build: $((end - start)) s"
else
  cargo build --release -q --bins --examples
fi

work=$(mktemp -d)
port=${BENCH_PORT:-18080}
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
export DATABASE_URL=${DATABASE_URL:-$work/bench.db}
export PLENARY_ADDR=127.0.0.1:$port PLENARY_MAIL_DIR=$work/mail PLENARY_RATE_LIMITS=off RUST_LOG=warn

t0=$(date +%s.%N)
./target/release/plenary demo >"$work/demo.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.05; done
t1=$(date +%s.%N)
echo "demo start (migrate + seed 2,000 registrants + serve): $(echo "$t1 - $t0" | bc) s"
grep -m1 "Loaded the demo" "$work/demo.log" || true

echo "agenda page, 10 s, 2 threads, 32 connections:"
wrk -t2 -c32 -d10s --latency "http://127.0.0.1:$port/c/ip-ai-2020/agenda" | grep -E "Requests/sec|Latency  |^ +(50|99)%"

./target/release/examples/argon2_time
./target/release/examples/signup_burst "http://127.0.0.1:$port" ip-ai-2020 200

# ---- Roster latency: the demo moderator's roster of the opening session ----
# The opening has ~1,300 enrollments at 2,000 registrants. Sign in with curl like a
# browser (CSRF token from the login form), keep the login cookie, and hand it to
# wrk as a Cookie header. Measures the full page: one roster query, counts by
# country, every row rendered (uncompressed: wrk sends no Accept-Encoding).
base="http://127.0.0.1:$port"
jar=$work/moderator.cookies
login_page=$(curl -fs -c "$jar" -b "$jar" "$base/login")
token=$(grep -m1 -o 'name="csrf" value="[^"]*"' <<<"$login_page" | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" \
  --data-urlencode "email=moderator@demo.plenary.test" --data-urlencode "password=plenary-demo" "$base/login"
cookie=$(awk '$6 == "plenary" { print $6 "=" $7 }' "$jar")
[ -n "$cookie" ] || { echo "roster bench: moderator login failed" >&2; exit 1; }
my_sessions=$(curl -fs -H "Cookie: $cookie" "$base/moderate")
roster=$(grep -m1 -o '/moderate/c/ip-ai-2020/sessions/[0-9a-f-]*/roster' <<<"$my_sessions")
page=$(curl -fs -H "Cookie: $cookie" "$base$roster")
grep -q '<span class="roster-title">Opening' <<<"$page" || { echo "roster bench: not the opening's roster" >&2; exit 1; }
echo "roster of the opening: $(grep -c '<tr id="r-' <<<"$page") rows, $(wc -c <<<"$page") bytes"
echo "roster page ($roster), 10 s, 2 threads, 8 connections:"
wrk -t2 -c8 -d10s --latency -H "Cookie: $cookie" "$base$roster" | grep -E "Requests/sec|Latency  |^ +(50|99)%|Non-2xx"
echo "roster filtered to one country and the joined, 10 s, 2 threads, 8 connections:"
wrk -t2 -c8 -d10s --latency -H "Cookie: $cookie" "$base$roster?country=IN&attendance=joined" | grep -E "Requests/sec|Latency  |^ +(50|99)%|Non-2xx"
