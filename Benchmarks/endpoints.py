"""kx's language on SPARQL engines, measured by Benchmarks/bench.py.

Each engine holds kx's N-Triples export (`kx export --format ntriples`): Oxigraph (its `oxigraph`
CLI, serving the store bench.py bulk-loaded) and, when Debian's virtuoso-opensource is installed,
Virtuoso (its bulk loader, `ld_dir` and `rdf_loader_run`). For each held query, kx runs it through
`--endpoint` at a prompt-like script with `.timer on` (median of its Run Time lines), and the same
SPARQL it sends, read from `explain` and posted the same way (a URL-encoded form, a new connection
each, JSON results), is timed directly from Python: the ratio is kx's translation overhead. Row
counts through the endpoint must equal kx's in memory.
"""

import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import time
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, process, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped with status {process.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {seconds} s")


@contextlib.contextmanager
def oxigraph(cli, store):
    """Oxigraph serving `store` read-only on a free loopback port: yields its query URL."""
    port = free_port()
    process = subprocess.Popen([cli, "serve-read-only", "--location", store, "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port, process)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextlib.contextmanager
def virtuoso(ntriples, folder):
    """Virtuoso with `ntriples` bulk-loaded into a new database in `folder`: yields (URL, load seconds, peak RSS bytes)."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    data = os.path.join(folder, "data")
    os.makedirs(data)
    os.link(ntriples, os.path.join(data, "kx.nt")) if os.stat(ntriples).st_dev == os.stat(data).st_dev else shutil.copy(ntriples, data)
    sql, http = free_port(), free_port()
    ini = os.path.join(folder, "virtuoso.ini")
    with open(ini, "w") as f:
        f.write(f"""[Database]
DatabaseFile = {folder}/kx.db
ErrorLogFile = {folder}/kx.log
TransactionFile = {folder}/kx.trx
xa_persistent_file = {folder}/kx.pxa
[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = ., {data}
NumberOfBuffers = 340000
MaxDirtyBuffers = 250000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /usr/share/virtuoso-opensource-7/vsp
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 600
""")
    process = subprocess.Popen(["virtuoso-t", "-c", ini, "+foreground"], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(sql, process)
        wait_for(http, process)
        started = time.time()
        subprocess.run(["isql-vt", f"127.0.0.1:{sql}", "dba", "dba",
                        f"exec=ld_dir('{data}', 'kx.nt', 'urn:kx:export'); rdf_loader_run(); checkpoint;"],
                       check=True, capture_output=True, timeout=7200)
        seconds = time.time() - started
        yield f"http://127.0.0.1:{http}/sparql", seconds, peak_rss(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=60)


def peak_rss(pid):
    """A running process's peak resident set, in bytes (VmHWM)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def post(url, query):
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json",
                                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read())


def direct(kx, url, statement, repeat):
    """The SPARQL kx sends for `statement` (from `explain`), posted directly: median ms of all of it, and how many queries."""
    out = subprocess.run([kx, "--endpoint", url, "--format", "json", "-c", "explain " + statement], capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-300:])
    explanation = json.loads(out.stdout)
    queries = [explanation["prologue"] + "\n" + step for step in explanation["steps"]]
    times = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        for query in queries:
            post(url, query)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times[1:]), len(queries)


def measure(bench, kx, url, path, repeat, script):
    """Each held query through --endpoint and directly: {name: {kx, direct, queries, rows}}."""
    rows = bench.kx_rows(kx, ["--endpoint", url], path)
    warm, _ = bench.kx_warm(kx, ["--endpoint", url], path, repeat, script)
    results = {}
    for name in bench.QUERY_NAMES:
        statement = bench.KX[name].format(a=path[0], b=path[1])
        ms, queries = direct(kx, url, statement, repeat)
        results[name] = {"kx": warm[name]["ms"], "direct": ms, "queries": queries, "rows": rows.get(name)}
    return results


def render(engines, reference, fmt_ms):
    """The table of every engine's results, rows compared with kx's in memory (`reference`)."""
    out = ["", "**Through a SPARQL endpoint** (`kx --endpoint URL`, warm, median ms; *direct*: the same SPARQL, read from "
           "`explain`, posted from Python; rows in parentheses, ≠ when they differ from kx in memory)", "",
           "| engine | query | kx --endpoint | direct SPARQL | queries | kx / direct |", "|---|---|---:|---:|---:|---:|"]
    for engine, result in engines.items():
        if isinstance(result, str):
            out.append(f"| {engine} | n/a: {result[:100]} | | | | |")
            continue
        for name, r in result.items():
            flag = " ≠" if reference and r["rows"] != reference.get(name) else ""
            out.append(f"| {engine} | {name} | {fmt_ms(r['kx'])} ({r['rows']}){flag} | {fmt_ms(r['direct'])} | {r['queries']} | "
                       f"{r['kx'] / r['direct']:.2f}x |")
    return out
