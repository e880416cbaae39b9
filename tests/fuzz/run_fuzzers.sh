#!/usr/bin/env bash
# Runs each libFuzzer target of tests/fuzz for a bounded time, starting from seed corpora made of
# real files (the model cards in resources/models, a results file, small sample images from
# ../shared). The corpora live in the build folder and grow from run to run; the seeds are
# copied in each time, never into the repository. Exits non-zero when any fuzzer finds something;
# the reproducer is left as BUILD/fuzz-findings/<target>/crash-* (or leak-*, timeout-*, oom-*).
#
#   tests/fuzz/run_fuzzers.sh BUILD_DIR SHARED_DIR [SECONDS_PER_TARGET]
#
# Reproduce a finding: BUILD/tests/fuzz/<target> BUILD/fuzz-findings/<target>/crash-...
set -uo pipefail

build="$1"
shared="$2"
seconds="${3:-60}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="$build/tests/fuzz"

seed() { # seed TARGET FILE...: copy existing files into TARGET's corpus
    local dir="$build/fuzz-corpus/$1"
    shift
    mkdir -p "$dir"
    for f in "$@"; do [ -f "$f" ] && cp -f "$f" "$dir/seed-$(basename "$f")"; done
    return 0
}
seed fuzz_model_card "$repo"/resources/models/*.json
seed fuzz_results_file "$repo"/tests/fuzz/seeds/*.jsonl
# Small images only: libFuzzer's mutations are spread over the whole input, and execs/s drop
# with the decode time. One of each decoder FakeLens accepts that the samples have (JPEG, PNG).
# regression-* seeds are past findings: they run first, so a fixed bug stays fixed.
seed fuzz_image_loader "$shared"/samples/faces/fake/df00204.jpg "$shared"/samples/faces/real/real00240.jpg \
    "$shared"/samples/frames/ffpp_ex_deepfakes_mask.png "$repo"/tests/fuzz/seeds/regression-*.png

# Sanitizer settings: stop at the first error; the parsers' own UB aborts (-fno-sanitize-recover).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Function names and lines in the reports (llvm-14's symbolizer, installed by setup.sh).
if command -v llvm-symbolizer-14 >/dev/null; then
    export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer-14)"
fi

failed=0
for target in fuzz_model_card fuzz_results_file fuzz_image_loader; do
    findings="$build/fuzz-findings/$target"
    mkdir -p "$findings"
    log="$build/fuzz-$target.log"
    dict=()
    [ "$target" = fuzz_image_loader ] || dict=(-dict="$repo/tests/fuzz/json.dict")
    printf '\n-- %s: %s s\n' "$target" "$seconds"
    # -max_len: images need room for the JPEG seeds; JSON inputs stay small.
    maxlen=16384
    [ "$target" = fuzz_image_loader ] && maxlen=65536
    # Reports go to files: loadImage redirects stderr around OpenCV's decoders (StderrCapture), so
    # a crash inside a decoder would otherwise print its report into that capture and be lost.
    rm -f "$findings"/sanitizer.*
    ASAN_OPTIONS="$ASAN_OPTIONS:log_path=$findings/sanitizer" \
        UBSAN_OPTIONS="$UBSAN_OPTIONS:log_path=$findings/sanitizer" \
        "$bin/$target" "$build/fuzz-corpus/$target" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len="$maxlen" -print_final_stats=1 -artifact_prefix="$findings/" \
        >"$log" 2>&1
    rc=$?
    # The last status line (execs, coverage, corpus) and the final stats.
    grep -E '^#[0-9]+' "$log" | tail -1
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log"
    if [ "$rc" -ne 0 ]; then
        echo "$target: FINDING (exit $rc); log $log, reproducer in $findings:" >&2
        ls "$findings" >&2
        tail -40 "$log" >&2
        cat "$findings"/sanitizer.* >&2 2>/dev/null || true
        failed=1
    fi
done
exit "$failed"
