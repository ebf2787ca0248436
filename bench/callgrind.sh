#!/usr/bin/env bash
# Steady-state instruction count of `citegraph scan`, repeatable whatever the machine is doing:
# callgrind on the first 1 000 and the first 2 000 files of the generated 1x corpus, one
# thread; the difference is the cost of 1 000 files without the one-time compilation of the
# patterns.
#
#   bench/callgrind.sh [BINARY]     (default target/release/citegraph; needs valgrind)
#   REAL_CORPUS=DIR bench/callgrind.sh …   (also: the per-file stages alone on DIR's real
#                                          text, examples/scan_only, one thread, pattern
#                                          compilation included)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${BENCH_DIR:-/tmp/citegraph-bench}
command -v valgrind >/dev/null || { echo "valgrind is needed: apt-get install valgrind" >&2; exit 1; }
cargo build --release --quiet --bin citegraph --example gen_corpus --example scan_only
BIN=${1:-target/release/citegraph}
corpus="$WORK/x1"
# Made again when the generator's source changed since (as bench/run.sh does).
GENERATOR=$(cat src/synth.rs examples/gen_corpus.rs | sha1sum | cut -c1-16)
if [ ! -f "$corpus/gold.tsv" ] || [ "$(cat "$corpus/generator" 2>/dev/null)" != "$GENERATOR" ]; then
    rm -rf "$corpus"
    target/release/examples/gen_corpus --docs 16000 --seed 1 --out "$corpus" >/dev/null
    echo "$GENERATOR" > "$corpus/generator"
fi
# The generator writes 100 files to a folder: folders 0000-0009 and 0000-0019.
for n in 10 20; do
    dir="$WORK/cg$n"
    rm -rf "$dir" && mkdir -p "$dir"
    for i in $(seq 0 $((n - 1))); do ln -s "$corpus/docs/$(printf %04d "$i")" "$dir/"; done
done
count() {
    RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.$1.out" \
        "$BIN" scan "$WORK/cg$1" --out "$WORK/cg-out$1" -q 2>&1 | awk '/I *refs/ {gsub(",", "", $4); print $4}'
}
a=$(count 10)
b=$(count 20)
echo "1000 files: $a instructions; 2000 files: $b; per 1000 files: $((b - a)) ($(du -sm --apparent-size -L "$WORK/cg10" | cut -f1) MB)"
if [ -n "${REAL_CORPUS:-}" ]; then
    real=$(RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.real.out" \
        target/release/examples/scan_only "$REAL_CORPUS" 2>&1 | awk '/I *refs/ {gsub(",", "", $4); print $4}')
    echo "real text, per-file stages: $real instructions ($(du -sm --apparent-size "$REAL_CORPUS" | cut -f1) MB)"
fi
