#!/usr/bin/env bash
# Cold start plus one query on the built-in knowledge, against `sqlite3 :memory: 'select 1'`
# measured in the same run as a baseline for this machine's process start-up cost, and beside
# the floor: a static Swift binary that prints one line (Benchmarks/floor.swift).
#
#   bash Benchmarks/startup.sh [RUNS]        (default 200 runs each, after 20 warm-up runs)
#
# Builds kx in release mode, times the commands in turn (so background load hits them alike),
# and prints each median, the 90th percentile, the minor page faults and peak RSS of a run, and
# the ratio to sqlite3. The target (issue 18) is kx within 2x of sqlite3. Needs sqlite3
# and /usr/bin/time (both installed with apt-get when missing and root).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
command -v sqlite3 >/dev/null 2>&1 || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq sqlite3 >/dev/null; } || {
  echo "startup.sh: sqlite3 is needed for the baseline" >&2; exit 1; }
[ -x /usr/bin/time ] || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq time >/dev/null; } || {
  echo "startup.sh: /usr/bin/time is needed for page faults and memory (apt-get install time)" >&2; exit 1; }
bash .ci/setup
swift build -c release --static-swift-stdlib --product kx >&2
kx=.build/release/kx
query='trials where control=no-trastuzumab'
"$kx" -c "$query" >/dev/null
floor=.build/release/kx-floor
[ "$floor" -nt Benchmarks/floor.swift ] || swiftc -O -static-stdlib Benchmarks/floor.swift -o "$floor" >&2

python3 - "$kx" "$query" "$runs" "$floor" <<'PY'
import statistics, subprocess, sys, time
kx, query, runs, floor = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
commands = {"kx": [kx, "-c", query], "sqlite3": ["sqlite3", ":memory:", "select 1"], "floor": [floor]}
times = {name: [] for name in commands}
for i in range(20 + runs):
    for name, argv in commands.items():
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
        if i >= 20:
            times[name].append((time.perf_counter() - start) * 1000)
# Page faults and peak RSS through /usr/bin/time, whose small process is what each command is
# forked from (a child of Python would count Python's pages as its own until it runs the command).
faults, rss = {}, {}
for name, argv in commands.items():
    samples = []
    for _ in range(10):
        report = subprocess.run(["/usr/bin/time", "-f", "%R %M"] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
        samples.append([int(value) for value in report.stderr.split()[-2:]])
    faults[name] = statistics.median(sample[0] for sample in samples)
    rss[name] = statistics.median(sample[1] for sample in samples) / 1024
def p90(values):
    return sorted(values)[int(len(values) * 0.9) - 1]
for name in commands:
    print(f"{name:8} median {statistics.median(times[name]):7.2f} ms   p90 {p90(times[name]):7.2f} ms   "
          f"{faults[name]:5.0f} page faults   {rss[name]:5.1f} MB peak   ({runs} runs)")
ratio = statistics.median(times["kx"]) / statistics.median(times["sqlite3"])
print(f"ratio    kx / sqlite3 = {ratio:.2f}x; target (issue 18): within 2x -> {'met' if ratio <= 2 else 'NOT met'}")
PY
