#!/usr/bin/python3
"""test_slurm_k8s_manifests: the Kubernetes example in packaging/k8s is valid and consistent.

  check_k8s_manifests.py SOURCE_DIR FAKELENS_CLI

Parsed with PyYAML (Debian: python3-yaml), not run. Checks what would make the example fail or
silently evaluate the wrong images on a real cluster: an Indexed Job whose SHARDS differs from
its completions (shards missing or overlapping), a shard command without `--shard auto/N`, an
option fakelens-cli does not know, a container script bash cannot parse, a results volume the
merge job does not share, the evidence mounted writable.
"""
import re
import subprocess
import sys

try:
    import yaml
except ImportError:
    print("FAIL: PyYAML is missing: apt-get install python3-yaml (bash packaging/setup.sh does)")
    sys.exit(1)

problems = []
# A long option in a shell script (not the middle of a word such as a-b--c).
OPTION = re.compile(r"(?<![\w-])(--[a-z][a-z-]*)")


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def load(path):
    with open(path) as f:
        docs = [d for d in yaml.safe_load_all(f) if d is not None]
    check(len(docs) == 1, f"{path}: expected one document, found {len(docs)}")
    job = docs[0]
    check(job.get("apiVersion") == "batch/v1" and job.get("kind") == "Job", f"{path}: not a batch/v1 Job")
    return job


def container_of(job, path):
    spec = job["spec"]["template"]["spec"]
    containers = spec.get("containers", [])
    check(len(containers) == 1, f"{path}: expected one container")
    return spec, containers[0]


def env_of(container):
    return {e["name"]: str(e.get("value", "")) for e in container.get("env", [])}


def script_of(container, path):
    check(container.get("command") == ["/bin/bash", "-c"], f"{path}: command should be bash -c SCRIPT")
    args = container.get("args", [])
    check(len(args) == 1 and isinstance(args[0], str), f"{path}: args should be one script")
    script = args[0] if args else ""
    syntax = subprocess.run(["bash", "-n"], input=script, text=True, capture_output=True)
    check(syntax.returncode == 0, f"{path}: bash cannot parse the script: {syntax.stderr.strip()}")
    return script


def options_of(cli, command):
    """The long options `fakelens-cli COMMAND --help` lists."""
    out = subprocess.run([cli, command, "--help"], text=True, capture_output=True,
                         env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"})
    return set(re.findall(r"(--[a-z][a-z-]*)", out.stdout))


def mounts_of(spec, container):
    claims = {v["name"]: v.get("persistentVolumeClaim", {}) for v in spec.get("volumes", [])}
    return {m["mountPath"]: (claims.get(m["name"], {}).get("claimName"), m.get("readOnly", False))
            for m in container.get("volumeMounts", [])}


def main(source, cli):
    evaluate_path = f"{source}/packaging/k8s/fakelens-evaluate-job.yaml"
    merge_path = f"{source}/packaging/k8s/fakelens-merge-job.yaml"
    evaluate, merge = load(evaluate_path), load(merge_path)

    spec = evaluate["spec"]
    check(spec.get("completionMode") == "Indexed", f"{evaluate_path}: completionMode must be Indexed "
          "(JOB_COMPLETION_INDEX is only set for Indexed Jobs)")
    completions = spec.get("completions")
    check(isinstance(completions, int) and completions >= 1, f"{evaluate_path}: completions must be a count")
    pod, container = container_of(evaluate, evaluate_path)
    check(pod.get("restartPolicy") in ("OnFailure", "Never"), f"{evaluate_path}: restartPolicy must be OnFailure or Never")
    env = env_of(container)
    check(env.get("SHARDS") == str(completions),
          f"{evaluate_path}: SHARDS={env.get('SHARDS')} but completions={completions}: shards would be missing or overlap")
    script = script_of(container, evaluate_path)
    check('--shard "auto/${SHARDS}"' in script, f"{evaluate_path}: the shard command must use --shard auto/${{SHARDS}}")
    check("JOB_COMPLETION_INDEX" in script, f"{evaluate_path}: results files must be named by JOB_COMPLETION_INDEX")
    check("--resume" in script, f"{evaluate_path}: a retried pod must resume its results file")
    known = options_of(cli, "evaluate")
    check("--shard" in known, f"{cli} evaluate --help lists no --shard")
    used = set(OPTION.findall(script))
    for option in sorted(used - known):
        problems.append(f"{evaluate_path}: fakelens-cli evaluate has no option {option}")
    mounts = mounts_of(pod, container)
    check(mounts.get("/data", (None, False))[1] is True, f"{evaluate_path}: the dataset (/data) must be mounted read-only")
    check("/out" in mounts and mounts["/out"][1] is False, f"{evaluate_path}: /out must be writable")

    merge_pod, merge_container = container_of(merge, merge_path)
    check(merge["spec"].get("completionMode", "NonIndexed") == "NonIndexed", f"{merge_path}: the merge is one pod")
    check(env_of(merge_container).get("SHARDS") == str(completions),
          f"{merge_path}: SHARDS={env_of(merge_container).get('SHARDS')} but the evaluate job has {completions} shards")
    merge_script = script_of(merge_container, merge_path)
    check("fakelens-cli merge" in merge_script, f"{merge_path}: does not run fakelens-cli merge")
    merge_known = options_of(cli, "merge")
    for option in sorted(set(OPTION.findall(merge_script)) - merge_known):
        problems.append(f"{merge_path}: fakelens-cli merge has no option {option}")
    merge_mounts = mounts_of(merge_pod, merge_container)
    check(merge_mounts.get("/out", (None,))[0] == mounts.get("/out", (None,))[0],
          f"{merge_path}: /out is not the evaluate job's results volume")

    if problems:
        for p in problems:
            print(f"FAIL: {p}")
        return 1
    print(f"{evaluate_path}: Indexed Job, {completions} completions = SHARDS, --shard auto/${{SHARDS}}, "
          f"{len(used)} evaluate options ({', '.join(sorted(used))}) all known to fakelens-cli, script parses")
    print(f"{merge_path}: merge of {completions} shard files on the same results volume, script parses")
    print("test_slurm_k8s_manifests: PASS")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
