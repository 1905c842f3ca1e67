#!/usr/bin/env bash
# Cold start plus one query on the built-in knowledge, against `sqlite3 :memory: 'select 1'`
# measured in the same run as a baseline for this machine's process start-up cost.
#
#   bash Benchmarks/startup.sh [RUNS]        (default 200 runs each, after 20 warm-up runs)
#
# Builds kx in release mode, times both commands alternately (so background load hits both
# alike), and prints each median, the 90th percentile and the ratio. The target (issue 4) is a
# kx median under 15 ms. Needs sqlite3 (installed with apt-get when missing and root).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
command -v sqlite3 >/dev/null 2>&1 || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq sqlite3 >/dev/null; } || {
  echo "startup.sh: sqlite3 is needed for the baseline" >&2; exit 1; }
bash .ci/setup
swift build -c release --static-swift-stdlib --product kx >&2
kx=.build/release/kx
query='trials where control=no-trastuzumab'
"$kx" -c "$query" >/dev/null

python3 - "$kx" "$query" "$runs" <<'PY'
import statistics, subprocess, sys, time
kx, query, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
commands = {"kx": [kx, "-c", query], "sqlite3": ["sqlite3", ":memory:", "select 1"]}
times = {name: [] for name in commands}
for i in range(20 + runs):
    for name, argv in commands.items():
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
        if i >= 20:
            times[name].append((time.perf_counter() - start) * 1000)
def p90(values):
    return sorted(values)[int(len(values) * 0.9) - 1]
for name in commands:
    print(f"{name:8} median {statistics.median(times[name]):7.2f} ms   p90 {p90(times[name]):7.2f} ms   ({runs} runs)")
ratio = statistics.median(times["kx"]) / statistics.median(times["sqlite3"])
print(f"ratio    kx / sqlite3 = {ratio:.1f}x; target: kx median < 15 ms -> {'met' if statistics.median(times['kx']) < 15 else 'NOT met'}")
PY
