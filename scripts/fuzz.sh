#!/usr/bin/env bash
# Runs each fuzz target in fuzz/ for a bounded time (not part of CI).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 60 s, every target
#
# Needs cargo-fuzz (`cargo install --locked cargo-fuzz`, from crates.io) and a nightly
# toolchain (`rustup toolchain list`): libFuzzer's instrumentation needs nightly rustc
# flags. Without nightly, RUSTC_BOOTSTRAP=1 lets the stable compiler accept them
# (set FUZZ_TOOLCHAIN=stable). FUZZ_SANITIZER=address for ASan (slower; the code
# fuzzed is safe Rust, so the default is none). A crash leaves its input in
# fuzz/artifacts/TARGET/; replay it with `cargo +nightly fuzz run TARGET FILE`, fix
# the code and keep the input as a unit test next to the code.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-60}"
shift || true
toolchain="${FUZZ_TOOLCHAIN:-nightly}"
sanitizer="${FUZZ_SANITIZER:-none}"
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
if [ "$toolchain" = stable ]; then
  export RUSTC_BOOTSTRAP=1
  cargo_fuzz=(cargo fuzz)
else
  cargo_fuzz=(cargo "+$toolchain" fuzz)
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <("${cargo_fuzz[@]}" list)
fi
"${cargo_fuzz[@]}" build -s "$sanitizer"
status=0
for t in "${targets[@]}"; do
  printf '\n=== %s (%s s)\n' "$t" "$seconds"
  mkdir -p "corpus/$t"
  if ! "${cargo_fuzz[@]}" run -s "$sanitizer" "$t" "corpus/$t" -- \
      -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 2>&1 \
      | grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|SUMMARY|panicked|Done|ERROR'; then
    :
  fi
  if [ -n "$(ls -A "artifacts/$t" 2>/dev/null)" ]; then
    echo "FINDING: $t crashed; inputs in fuzz/artifacts/$t/"
    status=1
  fi
done
exit $status
