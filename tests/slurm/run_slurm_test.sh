#!/usr/bin/env bash
# test_slurm_evaluate: packaging/slurm/fakelens-evaluate.sbatch on a real single-node Slurm.
#
#   run_slurm_test.sh FAKELENS_CLI SHARED_DIR SOURCE_DIR
#
# Brings up munged, slurmctld and slurmd from Debian 12's packages in a temporary folder
# (local_cluster.sh), then:
#   1. a local `fakelens-cli evaluate` of 9 FaceForensics++ crops (reduced settings);
#   2. the sbatch script submitted as the README tells a lab, 3 shards: waits for the merge job
#      and checks its tables (and every image record) equal the local run's;
#   3. the same submission again, with one shard requeued mid-run (`scontrol requeue`) and one
#      sent Slurm's time-limit warning (USR1 to its batch shell), so it requeues itself: both
#      must resume their results files (no image computed twice, none lost) and the tables must
#      still equal the local run's.
# Fails (never skips) when Slurm cannot start, printing the daemons' logs. Tears everything down
# (jobs, daemons by PID, the temporary folder) on every exit; FAKELENS_SLURM_KEEP=1 keeps the
# folder for a post-mortem.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 FAKELENS_CLI SHARED_DIR SOURCE_DIR" >&2
    exit 2
fi
CLI=$(realpath "$1")
SHARED=$(realpath "$2")
SOURCE=$(realpath "$3")
SBATCH_SCRIPT="$SOURCE/packaging/slurm/fakelens-evaluate.sbatch"
HERE="$SOURCE/tests/slurm"
# Debian's python3 (the checks need only its standard library), not a pyenv shim on PATH.
PYTHON=python3
[[ -x /usr/bin/python3 ]] && PYTHON=/usr/bin/python3
# The whole test is bounded well below CTest's timeout, so teardown always gets to run.
DEADLINE=$((SECONDS + ${FAKELENS_SLURM_TIMEOUT:-720}))

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAIL: %s\n' "$*"; exit 1; }

# shellcheck source=local_cluster.sh
source "$HERE/local_cluster.sh"

work=""
teardown() {
    local status=$?
    trap - EXIT INT TERM
    if ((status != 0)); then
        say "FAILED (exit $status): daemon and job logs"
        cluster_logs || true
        if [[ -n "$work" ]]; then
            for f in "$work"/run*/*.log; do
                [[ -f "$f" ]] && { echo "----- $f"; tail -n 40 "$f"; }
            done
        fi
    fi
    cluster_stop || true
    if [[ -n "$work" && "${FAKELENS_SLURM_KEEP:-0}" != 1 ]]; then
        rm -rf "$work"
    elif [[ -n "$work" ]]; then
        echo "kept $work"
    fi
    if ((status == 0)); then echo "test_slurm_evaluate: PASS"; else echo "test_slurm_evaluate: FAIL"; fi
    exit "$status"
}
trap teardown EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ preconditions
[[ $(id -u) -eq 0 ]] || fail "needs root: the test cluster's daemons run as root (SlurmUser=root)"
for c in munged slurmctld slurmd sbatch squeue scontrol scancel sinfo "$PYTHON"; do
    command -v "$c" >/dev/null ||
        fail "$c is not installed: bash packaging/setup.sh installs slurm-wlm, munge and python3-yaml"
done
[[ -x "$CLI" ]] || fail "no fakelens-cli at $CLI"
MODEL="$SHARED/models/Meso4_DF.h5"
[[ -f "$MODEL" ]] || fail "no $MODEL (the tests need ../shared)"
slurm_version=$(slurmctld -V | awk '{print $2}')
echo "Slurm $slurm_version ($(command -v slurmctld)), $(munged -V 2>&1 | head -n 1)"

# Socket paths must stay short (108 bytes): a folder in /tmp, not in the build tree.
work=$(mktemp -d /tmp/fakelens-slurm.XXXXXX)
chmod 755 "$work"

# ------------------------------------------------------------------ dataset and settings
# 9 crops sorted into 3 shards of 3 (round-robin over sorted paths): 7 that Meso4_DF calls fake
# (attacked) and 2 skipped (a real label, a miss), over three manipulation types.
data="$work/data"
for f in df/fake/image_105_23.png df/fake/image_255_29.png df/fake/image_403_5.png df/real/image_13_2.png \
         f2f/fake/image_137_25.png f2f/fake/image_354_10.png nt/fake/image_219_28.png \
         nt/fake/image_501_14.png nt/fake/image_510_19.png; do
    mkdir -p "$data/$(dirname "$f")"
    cp "$SHARED/samples/ffpp_crops/$f" "$data/$f"
done
# What a lab sets in the environment (README, "On a cluster"), scaled down to seconds per image.
export FAKELENS_CLI="$CLI" MODEL METHODS=lime,lime_adv TOPK=1 SEED=7
export EXTRA_ARGS="--samples 16 --segments 20 --attack-iterations 3 --attack-samples 4 --nes-iterations 2 --no-budget"
# This node has 2 CPUs and the script's defaults are 4 CPUs / 8G per shard.
export CPUS_PER_SHARD=1 MEM_PER_SHARD=1G TIME_PER_SHARD=00:20:00 SBATCH_OPTIONS="--partition=fakelens"

say "Local run (the reference): fakelens-cli evaluate, all cores"
# shellcheck disable=SC2086
"$CLI" evaluate "$data" --model "$MODEL" --methods "$METHODS" --topk "$TOPK" --seed "$SEED" $EXTRA_ARGS \
    --results "$work/local.jsonl" --csv "$work/local.csv" --json > "$work/local.json" 2> "$work/local.log" ||
    { cat "$work/local.log"; fail "the local run failed"; }
grep -E '^\[' "$work/local.log" || true

# ------------------------------------------------------------------ cluster
say "Starting a one-node Slurm cluster in $work/cluster"
cluster_start "$work/cluster" || fail "Slurm did not start"

# The submission as the README gives it; sets $array and $merge to its job IDs.
array="" merge=""
submit() {
    local out=$1 line
    echo "\$ CPUS_PER_SHARD=$CPUS_PER_SHARD MEM_PER_SHARD=$MEM_PER_SHARD TIME_PER_SHARD=$TIME_PER_SHARD" \
         "SBATCH_OPTIONS=\"$SBATCH_OPTIONS\"" \
         "METHODS=$METHODS TOPK=$TOPK SEED=$SEED EXTRA_ARGS=\"$EXTRA_ARGS\" MODEL=... FAKELENS_CLI=..." \
         "packaging/slurm/fakelens-evaluate.sbatch DATA $out 3"
    line=$("$SBATCH_SCRIPT" "$data" "$out" 3) || fail "submission failed"
    echo "$line"
    [[ "$line" =~ ^submitted\ shards\ ([0-9]+)\ .*and\ merge\ ([0-9]+) ]] || fail "unexpected submission output: $line"
    array=${BASH_REMATCH[1]} merge=${BASH_REMATCH[2]}
}

job_field() { # job_field JOB FIELD: one field of `scontrol show job -o` (first line)
    scontrol show job -o "$1" 2>/dev/null | head -n 1 | tr ' ' '\n' | sed -n "s/^$2=//p"
}

remaining() { echo $((DEADLINE - SECONDS)); }

wait_for_merge() { # wait_for_merge MERGE_JOB
    local merge=$1 state reason
    while :; do
        state=$(job_field "$merge" JobState)
        reason=$(job_field "$merge" Reason)
        case "$state" in
            COMPLETED) return 0 ;;
            FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY | BOOT_FAIL | DEADLINE)
                fail "merge job $merge ended $state" ;;
        esac
        [[ "$reason" == DependencyNeverSatisfied ]] && fail "merge job $merge will never run: a shard failed"
        (($(remaining) > 0)) || fail "timed out waiting for merge job $merge (state $state, reason $reason)"
        sleep 1
    done
}

show_jobs() { # show_jobs ARRAY MERGE: one line per job
    scontrol show job -o "$1" | while read -r line; do
        printf '  job %-4s = %s_%s  %-10s restarts=%s exit=%s run=%s cpus=%s mem=%s\n' \
            "$(sed -n 's/^JobId=\([0-9]*\).*/\1/p' <<<"$line")" "$1" \
            "$(grep -o 'ArrayTaskId=[0-9]*' <<<"$line" | cut -d= -f2)" \
            "$(grep -o 'JobState=[A-Z_]*' <<<"$line" | cut -d= -f2)" \
            "$(grep -o 'Restarts=[0-9]*' <<<"$line" | cut -d= -f2)" \
            "$(grep -o 'ExitCode=[0-9:]*' <<<"$line" | cut -d= -f2)" \
            "$(grep -o 'RunTime=[0-9:-]*' <<<"$line" | cut -d= -f2)" \
            "$(grep -o 'NumCPUs=[0-9]*' <<<"$line" | cut -d= -f2)" \
            "$(grep -o 'MinMemoryNode=[0-9A-Z]*' <<<"$line" | cut -d= -f2)"
    done | sort -t_ -k2n
    printf '  job %-4s = merge    %-10s exit=%s\n' "$2" "$(job_field "$2" JobState)" "$(job_field "$2" ExitCode)"
}

check_run() { # check_run OUTDIR: tables and records against the local run
    local out=$1
    "$PYTHON" "$HERE/compare_runs.py" tables "$work/local.json" "$out/tables.json" "$work/local.csv" "$out/tables.csv"
    "$PYTHON" "$HERE/compare_runs.py" records "$work/local.jsonl" "$out"/shard-{0,1,2}-of-3.jsonl
    local uses
    uses=$(grep -l "index from SLURM_ARRAY_TASK_ID" "$out"/fakelens-eval-*.log | wc -l)
    ((uses == 3)) || fail "only $uses of 3 shards took their index from SLURM_ARRAY_TASK_ID (--shard auto/3)"
    echo "shards:      all 3 took their index from SLURM_ARRAY_TASK_ID (--shard auto/3)"
}

# ------------------------------------------------------------------ run 1: plain
say "Run 1: the sbatch script, 3 shards and a merge"
submit "$work/run1"
array1=$array merge1=$merge
wait_for_merge "$merge1"
show_jobs "$array1" "$merge1"
say "Run 1: merged tables against the local run"
check_run "$work/run1"

# ------------------------------------------------------------------ run 2: requeues
say "Run 2: the same submission; shard 2 requeued mid-run, shard 0 sent the time-limit warning"
submit "$work/run2"
array2=$array merge2=$merge

records() { # records SHARD: image records written so far
    local f="$work/run2/shard-$1-of-3.jsonl"
    [[ -f "$f" ]] || { echo 0; return; }
    echo $(($(wc -l < "$f") - 1))
}
# interrupt SHARD HOW: once the shard has finished its first image and is still running.
interrupt() {
    local shard=$1 how=$2 job="${array2}_$1" n state
    while :; do
        n=$(records "$shard")
        state=$(job_field "$job" JobState)
        if [[ "$state" == RUNNING ]] && ((n >= 1)); then break; fi
        [[ "$state" == COMPLETED ]] && fail "shard $shard finished before it could be interrupted"
        (($(remaining) > 0)) || fail "timed out waiting for shard $shard to finish an image"
        sleep 0.1
    done
    if [[ "$how" == requeue ]]; then
        scontrol requeue "$job"
        echo "requeue: scontrol requeue $job (job $(job_field "$job" JobId)) after $n of 3 images"
    else
        # What --signal=B:USR1@120 does two minutes before the time limit.
        scancel --batch --signal=USR1 "$job"
        echo "requeue: scancel --batch --signal=USR1 $job (job $(job_field "$job" JobId)), the time-limit warning," \
             "after $n of 3 images"
    fi
}
# A requeued job is held about 120 s (BeginTime) before it may start again; let it start now.
release() { # release SHARD
    local job="${array2}_$1" state restarts
    while :; do
        state=$(job_field "$job" JobState)
        restarts=$(job_field "$job" Restarts)
        if [[ "$state" == PENDING ]] && ((restarts >= 1)); then break; fi
        (($(remaining) > 0)) || fail "shard $1 was not requeued (state $state, restarts $restarts)"
        sleep 0.2
    done
    # slurmd revokes the first run's credential at the requeue and refuses any credential of that
    # job created in the same second (it compares whole seconds): a restart within that second is
    # killed as "Job credential revoked" and the shard fails. CI hit it; wait past that second.
    sleep 2
    echo "requeue: $job is PENDING again, Restarts=$restarts, Reason=$(job_field "$job" Reason);" \
         "scontrol update StartTime=now (skips Slurm's 120 s requeue hold)"
    scontrol update JobId="$job" StartTime=now
}
# Shards 0 and 1 start first (one CPU each); shard 2 starts when one of them leaves the node.
interrupt 0 usr1
release 0
interrupt 2 requeue
release 2
wait_for_merge "$merge2"
show_jobs "$array2" "$merge2"
for shard in 0 2; do
    restarts=$(job_field "${array2}_$shard" Restarts)
    ((restarts >= 1)) || fail "shard $shard shows Restarts=$restarts: it was not requeued"
done
say "Run 2: requeued shards resumed their results files"
"$PYTHON" "$HERE/compare_runs.py" resumed "$work/run2/shard-2-of-3.jsonl" "$work/run2/fakelens-eval-${array2}_2.log"
"$PYTHON" "$HERE/compare_runs.py" resumed "$work/run2/shard-0-of-3.jsonl" "$work/run2/fakelens-eval-${array2}_0.log"
grep -h "time limit near" "$work/run2/fakelens-eval-${array2}_0.log" ||
    fail "shard 0 did not requeue itself on the time-limit warning"
say "Run 2: merged tables against the local run"
check_run "$work/run2"

say "Slurm $slurm_version: job arrays $array1 and $array2, merges $merge1 and $merge2, 2 requeues; tables identical"
