#!/usr/bin/python3
"""Checks for tests/slurm/run_slurm_test.sh: Slurm runs against a local run.

  compare_runs.py tables LOCAL.json MERGED.json LOCAL.csv MERGED.csv
      the merged tables equal the local run's, value for value
  compare_runs.py records LOCAL.jsonl SHARD.jsonl...
      every image of the local run is in exactly one shard file, with the same numbers
  compare_runs.py resumed SHARD.jsonl SHARD.log
      a requeued shard resumed its file: two attempts, the second skipped what the first
      finished, no image finished twice, none lost

Wall-clock times ("seconds", "sample_seconds", "attack_seconds") differ between any two runs,
so they are left out of every comparison and counted in the report; everything else (rankings,
probabilities, sufficiencies, inferences, iterations, intrinsic metrics, agreement) must match
exactly. Exit status 1 with the first differences on a mismatch.
"""
import csv
import json
import re
import sys

TIMING_KEYS = {"seconds", "sample_seconds", "attack_seconds"}


def without_timings(value, dropped):
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in TIMING_KEYS:
                dropped[0] += 1
                continue
            out[key] = without_timings(item, dropped)
        return out
    if isinstance(value, list):
        return [without_timings(item, dropped) for item in value]
    return value


def leaves(value, prefix=""):
    """(path, value) of every scalar, for counting and for naming differences."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from leaves(item, f"{prefix}[{i}]")
    else:
        yield prefix, value


def fail(message, details=()):
    print(f"MISMATCH: {message}")
    for line in list(details)[:20]:
        print(f"  {line}")
    sys.exit(1)


def compare_tables(local_json, merged_json, local_csv, merged_csv):
    dropped_local, dropped_merged = [0], [0]
    with open(local_json) as f:
        local = without_timings(json.load(f), dropped_local)
    with open(merged_json) as f:
        merged = without_timings(json.load(f), dropped_merged)
    if local != merged:
        a, b = dict(leaves(local)), dict(leaves(merged))
        diff = [f"{k}: local {a.get(k)!r}, merged {b.get(k)!r}" for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        fail(f"{merged_json} differs from {local_json}", diff)
    values = sum(1 for _ in leaves(local))
    print(f"tables.json: identical to the local run ({values} values; {dropped_local[0]} wall-clock fields left out)")

    def rows(path):
        with open(path, newline="") as f:
            all_rows = list(csv.reader(f))
        kept = [r for r in all_rows[1:] if r and r[0] not in TIMING_KEYS]
        return all_rows[0], kept, len(all_rows) - 1 - len(kept)

    header_l, rows_l, timing_l = rows(local_csv)
    header_m, rows_m, _ = rows(merged_csv)
    if header_l != header_m or rows_l != rows_m:
        diff = [f"row {i + 1}: local {a}, merged {b}" for i, (a, b) in enumerate(zip(rows_l, rows_m)) if a != b]
        diff.append(f"rows: local {len(rows_l)}, merged {len(rows_m)}")
        fail(f"{merged_csv} differs from {local_csv}", diff)
    print(f"tables.csv:  identical to the local run ({len(rows_l)} rows; {timing_l} wall-clock rows left out)")


def read_results(path):
    """(header, [image records]) of a results file; a final line without newline is ignored,
    as fakelens-cli ignores it."""
    with open(path) as f:
        text = f.read()
    lines = text.split("\n")
    complete = lines[:-1]  # the last element is "" after a final newline, else a cut record
    records = [json.loads(line) for line in complete if line.strip()]
    if not records or records[0].get("record") != "header":
        fail(f"{path} has no header record")
    return records[0], records[1:]


def compare_records(local_path, shard_paths):
    _, local = read_results(local_path)
    local_by_path = {r["path"]: without_timings(r, [0]) for r in local}
    seen = {}
    for path in shard_paths:
        _, records = read_results(path)
        for r in records:
            if r["path"] in seen:
                fail(f"{r['path']} is in {seen[r['path']]} and in {path}")
            seen[r["path"]] = path
            if r["path"] not in local_by_path:
                fail(f"{path} has {r['path']}, which the local run does not")
            if without_timings(r, [0]) != local_by_path[r["path"]]:
                a, b = dict(leaves(local_by_path[r["path"]])), dict(leaves(without_timings(r, [0])))
                fail(f"{r['path']} in {path} differs from the local run",
                     [f"{k}: local {a.get(k)!r}, shard {b.get(k)!r}" for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)])
    missing = sorted(set(local_by_path) - set(seen))
    if missing:
        fail(f"image(s) of the local run in no shard file: {', '.join(missing)}")
    attacked = sum(1 for r in local if r.get("status") == "attacked")
    print(f"records:     {len(seen)} images ({attacked} attacked), each in exactly one shard file, "
          f"every number equal to the local run's")


def check_resumed(shard_path, log_path):
    header, records = read_results(shard_path)
    paths = [r["path"] for r in records]
    duplicates = sorted({p for p in paths if paths.count(p) > 1})
    if duplicates:
        fail(f"{shard_path} holds these images more than once: {', '.join(duplicates)}")
    if len(paths) != header.get("image_count"):
        fail(f"{shard_path} has {len(paths)} of the shard's {header.get('image_count')} images")
    with open(log_path, errors="replace") as f:
        log = f.read()
    attempts = re.findall(r"^shard \d+/\d+: job \d+ .*attempt (\d+)", log, re.M)
    starts = re.findall(r"evaluating (\d+) image\(s\)[^(]*(?:\(index from (\w+)\) )?\((\d+) already done", log)
    if len(attempts) < 2 or len(starts) < 2:
        fail(f"{log_path} shows {len(attempts)} attempt(s) of the shard, expected 2 (was it requeued?)", log.splitlines()[-20:])
    done_before = int(starts[-1][2])
    if done_before < 1:
        fail(f"the requeued attempt resumed with {done_before} finished image(s): it started over")
    # One progress line per finished image, over every attempt: an image finished twice would
    # have two, one never finished none.
    finished = re.findall(r"\[\d+/\d+\] (\S+): (?:attacked|skipped)", log)
    twice = sorted({p for p in finished if finished.count(p) > 1})
    if twice:
        fail(f"image(s) computed in more than one attempt: {', '.join(twice)}")
    if sorted(finished) != sorted(paths):
        fail(f"the log finished {sorted(finished)}, the results file holds {sorted(paths)}")
    print(f"resume:      {len(attempts)} attempts; the requeued one found {done_before} image(s) done and "
          f"computed the other {len(paths) - done_before}; {len(paths)} images in {shard_path.rsplit('/', 1)[-1]}, "
          f"each exactly once, none lost (index from {starts[-1][1] or '--shard I/N'})")


def main(argv):
    if len(argv) >= 6 and argv[1] == "tables":
        compare_tables(*argv[2:6])
    elif len(argv) >= 4 and argv[1] == "records":
        compare_records(argv[2], argv[3:])
    elif len(argv) == 4 and argv[1] == "resumed":
        check_resumed(argv[2], argv[3])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
