#!/usr/bin/env bash
# Speed and memory of `citegraph scan` against `rg -c` on generated corpora of 1x, 2x, 4x, 8x.
#
#   bench/run.sh [BASE_DOCS] [RUNS]     (default 16000 documents of ~8 KB ≈ 128 MB at 1x; 3 runs)
#   REAL_CORPUS=DIR bench/run.sh …      (also a row for DIR's files copied 8 times: real text)
#
# Then a table for files that are one line each (5 to 40 MB, a PDF's text layer without
# breaks): the time per MB must stay flat, as for ordinary files.
#
# Prints, per size: median wall time of scan, of rg and of reading the files alone
# (examples/read_only: the floor under any scan; alternated), MB/s, the ratio scan/rg, peak
# RSS of scan, and graph.json size. Needs ripgrep and GNU time; installs them if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-16000}
RUNS=${2:-3}
WORK=${BENCH_DIR:-/tmp/citegraph-bench}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need rg || [ ! -x /usr/bin/time ]; then
    (apt-get update -qq && apt-get install -y -qq ripgrep time) >/dev/null 2>&1 || true
fi
need rg || { echo "ripgrep (rg) is needed: apt-get install ripgrep" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 1; }

cargo build --release --quiet --bin citegraph --example gen_corpus --example read_only
BIN=target/release/citegraph
TYPES='Nghị quyết|Nghị định|Quyết định|Thông tư|Kế hoạch|Chỉ thị|Kết luận|Công văn|Thông báo|Luật|Pháp lệnh|Hiến pháp'

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s.%N; }

CORES=$(nproc)
echo "cores: $CORES; $(rg --version | head -1); $($BIN --version)"
echo "targets: ratio <= 3; >= 200 MB/s per core; peak RSS <= 1.5 x graph.json + 256 MB; linear growth (s/GB flat)"
printf '%-5s %8s %7s %8s %7s %7s %8s %9s %6s %8s %8s %8s %6s %9s\n' \
    size docs MB scan_s rg_s read_s MB/s MB/s/core ratio RSS_MB limit_MB json_MB s/GB refs
# One row: scan and rg alternated RUNS times on the files under $2 (label $1, $3 references).
measure() {
    local label=$1 dir=$2 refs=$3 docs
    docs=$(find "$dir" -type f | wc -l)
    mb=$(du -sm --apparent-size "$dir" | cut -f1)
    scan_times=(); rg_times=(); read_times=(); rss=0
    for _ in $(seq "$RUNS"); do
        t0=$(now); rg -c "$TYPES" "$dir" >/dev/null; t1=$(now)
        rg_times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')")
        t0=$(now); target/release/examples/read_only "$dir" 2>/dev/null; t1=$(now)
        read_times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')")
        /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$BIN" scan "$dir" --out "$WORK/out" --quiet
        read -r secs kb < "$WORK/time.txt"
        scan_times+=("$secs")
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    scan_s=$(printf '%s\n' "${scan_times[@]}" | median)
    rg_s=$(printf '%s\n' "${rg_times[@]}" | median)
    read_s=$(printf '%s\n' "${read_times[@]}" | median)
    json_mb=$(du -m --apparent-size "$WORK/out/graph.json" | cut -f1)
    awk -v m="$label" -v d="$docs" -v mb="$mb" -v s="$scan_s" -v r="$rg_s" -v rd="$read_s" -v rss="$rss" \
        -v j="$json_mb" -v refs="$refs" -v c="$CORES" \
        'BEGIN {printf "%-5s %8d %7d %8.2f %7.2f %7.2f %8.0f %9.0f %6.1f %8.0f %8.0f %8d %6.1f %9s\n",
                m, d, mb, s, r, rd, mb / s, mb / s / c, s / r, rss / 1024, 1.5 * j + 256, j, s / mb * 1000, refs}'
}

# A corpus is made again when the generator's source changed since it was written.
GENERATOR=$(cat src/synth.rs examples/gen_corpus.rs | sha1sum | cut -c1-16)
for mult in 1 2 4 8; do
    dir="$WORK/x$mult"
    if [ ! -f "$dir/gold.tsv" ] || [ "$(cat "$dir/generator" 2>/dev/null)" != "$GENERATOR" ]; then
        rm -rf "$dir"
        target/release/examples/gen_corpus --docs "$((BASE * mult))" --seed 1 --out "$dir" >/dev/null
        echo "$GENERATOR" > "$dir/generator"
    fi
    measure "${mult}x" "$dir/docs" "$(($(wc -l < "$dir/gold.tsv") - 1))"
done

# Real text, when given: its files copied eight times (references not counted: no gold).
# Copy i ends each text file with i line breaks more: a copy byte for byte is skipped as one,
# and eight such would be one read. The marker beside the folder says the copies are apart.
if [ -n "${REAL_CORPUS:-}" ]; then
    real="$WORK/real8"
    if [ ! -f "$real.apart" ]; then
        rm -rf "$real"
        for i in $(seq 0 7); do
            mkdir -p "$real/$i" && cp -r "$REAL_CORPUS"/. "$real/$i/"
            find "$real/$i" -type f \( -name '*.md' -o -name '*.txt' \) -exec sh -c \
                'n=$1; shift; for f; do head -c "$n" /dev/zero | tr "\0" "\n" >> "$f"; done' sh "$i" {} +
        done
        touch "$real.apart"
    fi
    measure "real8" "$real" "-"
fi

# One file of one line, 5 to 40 MB: work asked per reference of its whole line shows here
# as a time per MB that grows with the size (before 2026-12-04: 2 MB 0.29 s, 8 MB 12.9 s).
echo
printf '%-9s %7s %8s %8s\n' one-line MB scan_s s/MB
PIECE='Thực hiện Nghị quyết số 10/NQ-CP ngày 28/01/2022 của Chính phủ; '
for mb in 5 10 20 40; do
    file="$WORK/line/$mb.txt"
    if [ ! -f "$file" ]; then
        mkdir -p "$WORK/line"
        n=$(printf '%s' "$PIECE" | wc -c)
        yes "$PIECE" | tr -d '\n' | head -c $((mb * 1000000 / n * n)) > "$file" || true
    fi
    times=()
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f '%e' -o "$WORK/time.txt" "$BIN" scan "$file" --out "$WORK/out" --quiet
        times+=("$(cat "$WORK/time.txt")")
    done
    secs=$(printf '%s\n' "${times[@]}" | median)
    awk -v m="$mb" -v s="$secs" 'BEGIN {printf "%-9s %7d %8.2f %8.3f\n", "1 line", m, s, s / m}'
done
