#!/usr/bin/env bash
# FakeLens set-up for a fresh Debian 12 machine.
#
#   bash packaging/setup.sh          install packages, build (Release), install models and samples
#   bash packaging/setup.sh demo     ... then run the main job on a bundled fake and real face
#   bash packaging/setup.sh test     ... then run the whole test suite (what .ci/run does)
#
# Idempotent: packages already present are not reinstalled, the build is incremental, data
# already installed is kept. Models and samples come from ../shared beside the checkout when it
# is there, otherwise from the public URLs listed in shared/README.md. Nothing is downloaded at
# build or run time.
#
# Environment: FAKELENS_BUILD_DIR (default build), FAKELENS_SHARED_DIR (default ../shared),
# XDG_DATA_HOME (data goes to $XDG_DATA_HOME/FakeLens, default ~/.local/share/FakeLens),
# FAKELENS_JOBS (parallel build jobs, default: cores).
#
# `test` runs, after the normal suite, two reliability stages (README, "Reliability"):
#   sanitizers  tests/sanitizers/run_sanitized_tests.sh: ASan + UBSan build of the engine, the CLI
#               and a test subset in FAKELENS_ASAN_BUILD_DIR (default build-asan), then that subset
#               (~8 min build + ~7 min run on 2 cores). FAKELENS_SKIP_SANITIZERS=1 skips it.
#   fuzzing     tests/fuzz/run_fuzzers.sh: the libFuzzer targets (clang 14) for model cards,
#               results files and images, built in FAKELENS_FUZZ_BUILD_DIR (default build-fuzz) and
#               run FAKELENS_FUZZ_SECONDS each (default 60; 0 skips the stage).
# Either stage fails the run on a build failure, a failing test or a fuzzer finding.
set -euo pipefail

action="${1:-setup}"
case "$action" in setup|demo|test) ;; *) echo "usage: $0 [setup|demo|test]" >&2; exit 2 ;; esac

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAKELENS_BUILD_DIR:-$repo/build}"
shared="${FAKELENS_SHARED_DIR:-$repo/../shared}"
data="${XDG_DATA_HOME:-$HOME/.local/share}/FakeLens"
jobs="${FAKELENS_JOBS:-$(nproc)}"
# ccache keys on paths relative to the checkout, so a fresh clone in another folder (CI) reuses
# what an earlier build compiled instead of rebuilding everything.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$repo}"
# The sanitizer and fuzz builds carry debug info, for which ccache also hashes the build folder
# unless told not to; their reports then name paths relative to the checkout.
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

say() { printf '\n== %s\n' "$*"; }

# ---------------------------------------------------------------- Debian packages
packages=(
  build-essential cmake ninja-build ccache pkg-config git curl ca-certificates
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libqcustomplot-dev libtorch-dev libopencv-dev libopencv-contrib-dev
  libdlib-dev libdlib-data libhdf5-dev libboost-dev libeigen3-dev zlib1g-dev
  poppler-utils
  libqt6svg6 qt6-svg-dev qt6-translations-l10n dpkg-dev appstream  # SVG icons and SVG export, Qt's own translations, the .deb, metainfo check
  clang-14 libclang-rt-14-dev llvm-14  # libFuzzer + its sanitizer runtimes, llvm-symbolizer for reports
  libqt6sql6-sqlite  # the case file (SQLite through Qt SQL)
  libexiv2-dev libavformat-dev  # evidence metadata: EXIF/XMP/IPTC (exiv2), container and streams (FFmpeg)
  slurm-wlm munge python3-yaml  # test_slurm_evaluate's one-node Slurm; the Kubernetes manifests' YAML check
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
else
  say "Debian packages: all present"
fi

# ---------------------------------------------------------------- build
say "Building FakeLens (Release) in $build"
shared_abs="$(cd "$shared" 2>/dev/null && pwd || echo "$shared")"
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFAKELENS_SHARED_DIR="$shared_abs" >/dev/null
cmake --build "$build" -j "$jobs"

# ---------------------------------------------------------------- models and samples
# Public sources (shared/README.md): the MesoNet repository's weights and test images.
mesonet="https://github.com/DariusAf/MesoNet/raw/master"
install_file() { # install_file DEST SHARED_RELATIVE [URL]
  local dest="$1" rel="$2" url="${3:-}"
  [ -s "$dest" ] && return 0
  mkdir -p "$(dirname "$dest")"
  if [ -f "$shared/$rel" ]; then
    cp "$shared/$rel" "$dest.part" && mv "$dest.part" "$dest"
  elif [ -n "$url" ]; then
    curl -fsSL --retry 3 -o "$dest.part" "$url" && mv "$dest.part" "$dest"
  else
    return 0 # only available from ../shared (e.g. the TorchScript conversions)
  fi
}
say "Installing models and samples into $data"
for m in Meso4_DF Meso4_F2F MesoInception_DF MesoInception_F2F; do
  install_file "$data/models/$m.h5" "models/$m.h5" "$mesonet/weights/$m.h5"
  install_file "$data/models/$m.pt" "models/$m.pt"
  # FakeLens' own card goes beside the TorchScript file (shared/'s cards use an older schema).
  [ -f "$data/models/$m.pt" ] && cp "$repo/resources/models/$m.json" "$data/models/$m.json"
done
install_file "$data/samples/faces/fake/df00204.jpg" "samples/faces/fake/df00204.jpg" "$mesonet/test_images/df/df00204.jpg"
install_file "$data/samples/faces/fake/df01254.jpg" "samples/faces/fake/df01254.jpg" "$mesonet/test_images/df/df01254.jpg"
install_file "$data/samples/faces/real/real00240.jpg" "samples/faces/real/real00240.jpg" "$mesonet/test_images/real/real00240.jpg"
install_file "$data/samples/faces/real/real00772.jpg" "samples/faces/real/real00772.jpg" "$mesonet/test_images/real/real00772.jpg"
for f in misc/multiface.jpg misc/astronaut.png misc/rocket_noface.jpg videos/ffpp_519_515_deepfakes.mp4 \
         videos/ffpp_519_real.mp4 frames/ffpp_ex_deepfakes.png frames/ffpp_ex_deepfakes_mask.png; do
  install_file "$data/samples/$f" "samples/$f"
done

cli="$build/app/fakelens-cli"
case "$action" in
  demo)
    say "Main job: is each bundled face real or fake?"
    "$cli" detect --no-detect "$data/samples/faces/fake/df00204.jpg" "$data/samples/faces/real/real00240.jpg"
    say "Main job: why is the fake one fake? Analysing it into the case $HOME/FakeLens-demo.fakelens"
    "$cli" analyse "$data/samples/faces/fake/df00204.jpg" --no-detect --methods lime,lime_adv \
        --case-id DEMO-001 --examiner "${USER:-examiner}" --case "$HOME/FakeLens-demo.fakelens"
    say "Main job: the report of that case, $HOME/FakeLens-report.pdf"
    "$cli" report --case "$HOME/FakeLens-demo.fakelens" --out "$HOME/FakeLens-report.pdf"
    ;;
  test)
    [ -d "$shared/samples" ] || { echo "the tests need ../shared (models and samples) beside the checkout" >&2; exit 1; }
    say "Running the test suite"
    (cd "$build" && ctest --output-on-failure --timeout 900)

    if [ "${FAKELENS_SKIP_SANITIZERS:-0}" = 1 ]; then
      say "Sanitizer stage skipped (FAKELENS_SKIP_SANITIZERS=1)"
    else
      say "Sanitizer stage: ASan + UBSan build and test subset in ${FAKELENS_ASAN_BUILD_DIR:-$repo/build-asan}"
      bash "$repo/tests/sanitizers/run_sanitized_tests.sh" "${FAKELENS_ASAN_BUILD_DIR:-$repo/build-asan}" \
        "$shared_abs" "$jobs"
    fi

    fuzz_seconds="${FAKELENS_FUZZ_SECONDS:-60}"
    if [ "$fuzz_seconds" = 0 ]; then
      say "Fuzz stage skipped (FAKELENS_FUZZ_SECONDS=0)"
    else
      fuzz_build="${FAKELENS_FUZZ_BUILD_DIR:-$repo/build-fuzz}"
      say "Fuzz stage: libFuzzer targets in $fuzz_build, $fuzz_seconds s each"
      # Only the parser sources, with clang's coverage instrumentation (tests/fuzz/CMakeLists.txt).
      cmake -S "$repo" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DFAKELENS_FUZZ=ON >/dev/null
      cmake --build "$fuzz_build" -j "$jobs"
      bash "$repo/tests/fuzz/run_fuzzers.sh" "$fuzz_build" "$shared_abs" "$fuzz_seconds"
    fi
    ;;
esac
