#!/usr/bin/env bash
# The sanitizer stage of `packaging/setup.sh test`: builds FakeLens' engine, the CLI and a subset
# of the tests with ASan + UBSan (FAKELENS_SANITIZE=ON, GCC) and runs that subset. Qt, OpenCV,
# LibTorch and dlib stay the uninstrumented Debian libraries; the GUI is not built.
#
#   tests/sanitizers/run_sanitized_tests.sh BUILD_DIR SHARED_DIR [JOBS]
#
# Exits non-zero when the build fails or any test fails, including by a sanitizer report
# (ASan and UBSan abort the test process; -fno-sanitize-recover=undefined).
set -euo pipefail

build="$1"
shared="$2"
jobs="${3:-$(nproc)}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# The subset: the parsers (model cards, results files, malformed CLI inputs, the landmark model
# reader) and the engine core
# (segmentation, every explainer, the NES attack, detectors, evaluation, calibration, the
# robustness re-test, evidence metadata, reports, the case's re-test tables, method descriptors and
# their parameter checks, occlusion). About 8 minutes under the sanitizers on 2 cores. Left out, and why:
#   test_gui_*, test_packaging   need the GUI build, which this stage skips to save its build time
#   test_translations            checks .ts files against ui/ sources, no engine code to sanitize
#   test_cancel_latency          asserts wall-clock latencies that a 2-20x slower build cannot meet
#   test_face_detector, test_video_tracks*, test_malformed_corpus
#                                2 to 10+ minutes each under ASan (dlib's HOG detector is
#                                templates compiled into our objects, so it runs instrumented);
#                                the fuzzers cover the image and results parsers instead
tests=(
  test_model_card test_evaluation_results test_segmentation test_lime_shap test_detectors
  test_sobol_rise test_explainers_synthetic test_nes_attack test_cli_detect test_report
  test_evaluation test_evaluation_runs test_evaluation_cli test_cli_explain test_report_cli
  test_calibration test_robustness test_evidence_metadata test_case_robustness
  test_method_descriptors test_occlusion test_shape_predictor_reader
)

# -O1 -g1: line numbers in the reports at a fraction of -O2 -g's compile and link time.
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DFAKELENS_SANITIZE=ON \
    -DFAKELENS_SHARED_DIR="$shared" >/dev/null
cmake --build "$build" -j "$jobs" --target fakelens-cli "${tests[@]}"

# halt_on_error/abort: the first report fails the test with the report in its output.
# detect_odr_violation=0 is not needed (no FakeLens global is defined twice); leaks are checked,
# with third-party suppressions in lsan.supp.
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$repo/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Function names and lines in the reports (llvm-14's symbolizer, installed by setup.sh).
if command -v llvm-symbolizer-14 >/dev/null; then
    export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer-14)"
fi
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
cd "$build"
ctest -R "$regex" --output-on-failure --timeout 900
