#!/usr/bin/env python3
"""kx against embedded peers (SQLite, DuckDB, Ladybug/Kuzu, Oxigraph) on the same synthetic facts.

Run it through `Benchmarks/run` (which makes the virtualenv with the peers); by hand:

    .build/bench-venv/bin/python Benchmarks/bench.py --kx .build/release/kx --sizes 10k,100k

For each size it generates packs with Benchmarks/generate.py (cached under .build/bench/data),
exports the same facts from the packs' facts.yaml (entities with id, kind and name; attributes;
relations with hedge and negation; entity quotes; documents with their source text) as CSV and
N-Triples, loads them into each peer's own database file and measures, each in a child process:

  - load: kx `compile` when this kx has it, else kx loading the YAML (`-c 'count entities'`);
    each peer's load of the exported files into its database (indexes included);
  - peak memory (max RSS of that process, from wait4) and bytes per relation (database or
    compiled file size on disk, and the query process's peak RSS, each over the relation count);
  - the cold one-shot query `trials where control=no-trastuzumab` as a whole process (kx -c,
    the sqlite3 CLI, a python process for the python peers), median of repeated runs, with
    `sqlite3 :memory: 'select 1'` and `python -c pass` as start-up baselines;
  - kx export of the compiled file in each format (N-Triples, Turtle, TriG, KGX): time, file size
    and peak memory, and Oxigraph's bulk load of the N-Triples export (pyoxigraph, its own process);
  - warm in-process medians of seven queries with the same meaning, the same result rows and the
    same columns in every system: a filter, 1 hop, 2 hops, filter then 2 hops, a dotted filter
    (columns id, name), a card (a filter that keeps about 40% of the trials, as kx lists entities:
    id, name and every attribute of the kind, each cell every value stated, a hedged or denied one
    tagged as kx tags it: `prospective [implied]`) and a shortest path (its length is compared).
    Row counts that differ from kx's are printed as a MISMATCH. kx's warm times are its own
    `.timer on` lines ("Run Time: X s"), the card's in kx's table format.

It prints one Markdown table set per size and writes them to .build/bench/results-DATE.md.
A peer that cannot be imported, loaded or queried is reported as n/a with the reason.
"""

import argparse
import csv
import datetime
import glob
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
WORK = os.path.join(REPO, ".build", "bench")
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000, "100k-1doc": 100_000, "10m": 10_000_000}
# Sizes measured on kx alone, to show how it grows: the peers' loads (and kx's exports, the second
# load from YAML and the endpoints) would take hours at 10 million relations on a 2-core machine.
KX_ONLY = {"10m"}
GROWTH = {}   # size -> kx's numbers, for the growth table after the last size
ONE_DOCUMENT = {"100k-1doc"}   # sizes generated as one large document instead of many abstracts

# --- the queries, in every system's language ------------------------------------------------------

KX = {
    "filter": "select id, name from trials where control=no-trastuzumab",
    "1 hop": "select id, name from trastuzumab <- uses",
    "2 hops": "select id, name from trastuzumab <- uses <- tests",
    "filter, 2 hops": "select id, name from trials where control=no-trastuzumab -> tests -> uses",
    "dotted filter": "select id, name from trials where studies.effect_of=trastuzumab",
    "card": "trials where control=placebo",
    "shortest path": "path {a} to {b}",
}
COLD_KX = "trials where control=no-trastuzumab"

A = "{r}.hedge = 'asserted' AND {r}.negated = 0"   # a plainly asserted statement, as kx counts it


def asserted(*names):
    return " AND ".join(A.format(r=n) for n in names)


# The card's columns after id and name: the trial attributes generate.py writes (kx shows those some
# row has). A cell holds every statement's value, hedged or denied ones tagged as kx tags them
# (`[implied]`, `[not]`, `[not, may]`); the order of values within a cell is each system's own, and
# SQL and Cypher would keep a value stated twice, as no generated trial's is.
CARD_ATTRIBUTES = ["allocation", "phase", "status", "stop-reason", "timing"]


def sql_card():
    tag = ("CASE WHEN a.negated = 1 AND a.hedge <> 'asserted' THEN ' [not, ' || a.hedge || ']' WHEN a.negated = 1 THEN ' [not]' "
           "WHEN a.hedge <> 'asserted' THEN ' [' || a.hedge || ']' ELSE '' END")
    cells = ", ".join(f"group_concat(CASE WHEN a.name = '{n}' THEN a.value || {tag} END, ', ') AS \"{n}\"" for n in CARD_ATTRIBUTES)
    return (f"SELECT e.id, e.name, {cells} FROM entities e LEFT JOIN attributes a ON a.entity = e.id WHERE e.kind = 'trial' AND e.id IN "
            f"(SELECT c.subject FROM relations c WHERE c.predicate = 'control' AND c.object = 'placebo' AND {asserted('c')}) "
            "GROUP BY e.id, e.name ORDER BY e.id")


def cypher_card():
    """Attributes are nodes that name their entity by id (no edge), so each trial's are found by that property."""
    tag = ("CASE WHEN a.negated = 1 AND a.hedge <> 'asserted' THEN ' [not, ' + a.hedge + ']' WHEN a.negated = 1 THEN ' [not]' "
           "WHEN a.hedge <> 'asserted' THEN ' [' + a.hedge + ']' ELSE '' END")
    cells = ", ".join(f"collect(CASE WHEN a.name = '{n}' THEN a.value + {tag} END) AS `{n}`" for n in CARD_ATTRIBUTES)
    return ("MATCH (t:Entity)-[c:Rel]->(x:Entity {id: 'placebo'}) "
            f"WHERE t.kind = 'trial' AND c.predicate = 'control' AND {asserted('c')} WITH DISTINCT t "
            f"OPTIONAL MATCH (a:Attribute) WHERE a.entity = t.id RETURN t.id, t.name, {cells} ORDER BY t.id")


def sparql_card():
    """One OPTIONAL a column, so a trial with several values of two attributes has every pairing: DISTINCT keeps each value once."""
    def tag(i):
        return (f'IF(?n{i} = "1", IF(?h{i} != "asserted", CONCAT(" [not, ", ?h{i}, "]"), " [not]"), '
                f'IF(?h{i} != "asserted", CONCAT(" [", ?h{i}, "]"), ""))')
    optionals = " ".join(f'OPTIONAL {{ ?s{i} k:entity ?t ; k:attribute "{n}" ; k:value ?v{i} ; k:hedge ?h{i} ; k:negated ?n{i} . '
                         f'BIND(CONCAT(?v{i}, {tag(i)}) AS ?c{i}) }}' for i, n in enumerate(CARD_ATTRIBUTES))
    cells = " ".join(f'(GROUP_CONCAT(DISTINCT ?c{i}; separator=", ") AS ?{n.replace("-", "_")})' for i, n in enumerate(CARD_ATTRIBUTES))
    return (f'SELECT ?id ?name {cells} WHERE {{ ?t a:control e:placebo ; k:kind "trial" ; k:id ?id ; k:name ?name . {optionals} }} '
            "GROUP BY ?id ?name ORDER BY ?id")


# One row per statement: the same edge stated by several documents is several rows, so each hop is
# a semi-join on the distinct entities reached (IN), as kx walks distinct edges, not a join of rows.
SQL = {
    "filter": "SELECT e.id, e.name FROM entities e WHERE e.kind = 'trial' AND e.id IN (SELECT c.subject FROM relations c "
              f"WHERE c.predicate = 'control' AND c.object = 'no-trastuzumab' AND {asserted('c')}) ORDER BY e.id",
    "1 hop": "SELECT e.id, e.name FROM entities e WHERE e.id IN (SELECT r.subject FROM relations r "
             f"WHERE r.predicate = 'uses' AND r.object = 'trastuzumab' AND {asserted('r')}) ORDER BY e.id",
    "2 hops": "SELECT e.id, e.name FROM entities e WHERE e.id IN (SELECT r2.subject FROM relations r2 WHERE r2.predicate = 'tests' "
              f"AND {asserted('r2')} AND r2.object IN (SELECT r1.subject FROM relations r1 WHERE r1.predicate = 'uses' "
              f"AND r1.object = 'trastuzumab' AND {asserted('r1')})) ORDER BY e.id",
    "filter, 2 hops": "SELECT e.id, e.name FROM entities e WHERE e.id IN (SELECT r2.object FROM relations r2 WHERE r2.predicate = 'uses' "
                      f"AND {asserted('r2')} AND r2.subject IN (SELECT r1.object FROM relations r1 WHERE r1.predicate = 'tests' "
                      f"AND {asserted('r1')} AND r1.subject IN (SELECT t.id FROM entities t WHERE t.kind = 'trial' AND t.id IN "
                      f"(SELECT c.subject FROM relations c WHERE c.predicate = 'control' AND c.object = 'no-trastuzumab' AND {asserted('c')})))) "
                      "ORDER BY e.id",
    "dotted filter": "SELECT t.id, t.name FROM entities t WHERE t.kind = 'trial' AND t.id IN (SELECT r1.subject FROM relations r1 "
                     f"WHERE r1.predicate = 'studies' AND {asserted('r1')} AND r1.object IN (SELECT r2.subject FROM relations r2 "
                     f"WHERE r2.predicate = 'effect_of' AND r2.object = 'trastuzumab' AND {asserted('r2')})) ORDER BY t.id",
    "card": sql_card(),
}
SQL_NEIGHBOURS = {  # one breadth-first level of the shortest path: every relation, either way
    "sqlite": "SELECT object FROM relations WHERE subject IN (SELECT value FROM json_each(?)) "
              "UNION SELECT subject FROM relations WHERE object IN (SELECT value FROM json_each(?))",
    "duckdb": "SELECT object FROM relations WHERE subject IN (SELECT unnest(?::VARCHAR[])) "
              "UNION SELECT subject FROM relations WHERE object IN (SELECT unnest(?::VARCHAR[]))",
}
CYPHER = {
    "filter": "MATCH (t:Entity)-[c:Rel]->(x:Entity {id: 'no-trastuzumab'}) "
              f"WHERE t.kind = 'trial' AND c.predicate = 'control' AND {asserted('c')} RETURN DISTINCT t.id, t.name ORDER BY t.id",
    "1 hop": "MATCH (e:Entity)-[r:Rel]->(d:Entity {id: 'trastuzumab'}) "
             f"WHERE r.predicate = 'uses' AND {asserted('r')} RETURN DISTINCT e.id, e.name ORDER BY e.id",
    "2 hops": "MATCH (e:Entity)-[r2:Rel]->(m:Entity)-[r1:Rel]->(d:Entity {id: 'trastuzumab'}) "
              f"WHERE r1.predicate = 'uses' AND r2.predicate = 'tests' AND {asserted('r1', 'r2')} RETURN DISTINCT e.id, e.name ORDER BY e.id",
    "filter, 2 hops": "MATCH (x:Entity {id: 'no-trastuzumab'})<-[c:Rel]-(t:Entity)-[r1:Rel]->(m:Entity)-[r2:Rel]->(e:Entity) "
                      "WHERE t.kind = 'trial' AND c.predicate = 'control' AND r1.predicate = 'tests' AND r2.predicate = 'uses' "
                      f"AND {asserted('c', 'r1', 'r2')} RETURN DISTINCT e.id, e.name ORDER BY e.id",
    "dotted filter": "MATCH (t:Entity)-[r1:Rel]->(m:Entity)-[r2:Rel]->(d:Entity {id: 'trastuzumab'}) "
                     "WHERE t.kind = 'trial' AND r1.predicate = 'studies' AND r2.predicate = 'effect_of' "
                     f"AND {asserted('r1', 'r2')} RETURN DISTINCT t.id, t.name ORDER BY t.id",
    "card": cypher_card(),
    "shortest path": "MATCH p = (a:Entity {id: '{a}'})-[:Rel* SHORTEST 1..30]-(b:Entity {id: '{b}'}) RETURN length(p) LIMIT 1",
}
K = "urn:kx:"
SPARQL_PREFIX = f"PREFIX k: <{K}> PREFIX e: <{K}e:> PREFIX a: <{K}a:> "
SPARQL = {
    "filter": 'SELECT DISTINCT ?id ?name WHERE { ?t a:control e:no-trastuzumab ; k:kind "trial" ; k:id ?id ; k:name ?name } ORDER BY ?id',
    "1 hop": "SELECT DISTINCT ?id ?name WHERE { ?e a:uses e:trastuzumab ; k:id ?id ; k:name ?name } ORDER BY ?id",
    "2 hops": "SELECT DISTINCT ?id ?name WHERE { ?m a:uses e:trastuzumab . ?e a:tests ?m ; k:id ?id ; k:name ?name } ORDER BY ?id",
    "filter, 2 hops": 'SELECT DISTINCT ?id ?name WHERE { ?t a:control e:no-trastuzumab ; k:kind "trial" ; a:tests ?m . '
                      "?m a:uses ?e . ?e k:id ?id ; k:name ?name } ORDER BY ?id",
    "dotted filter": 'SELECT DISTINCT ?id ?name WHERE { ?t k:kind "trial" ; a:studies ?m . ?m a:effect_of e:trastuzumab . '
                     "?t k:id ?id ; k:name ?name } ORDER BY ?id",
    "card": sparql_card(),
}
SPARQL_NEIGHBOURS = ('SELECT DISTINCT ?b WHERE { VALUES ?a { %s } { ?a ?p ?b } UNION { ?b ?p ?a } '
                     f'FILTER(STRSTARTS(STR(?p), "{K}r:")) }}')
QUERY_NAMES = list(KX)


# --- export: the generated packs' facts as CSV and N-Triples ------------------------------------------

def export(data, out):
    """Reads every pack's facts.yaml under `data` and writes the same facts for the peers."""
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    os.makedirs(out, exist_ok=True)
    files = {name: open(os.path.join(out, name + ".csv"), "w", newline="", encoding="utf-8")
             for name in ("entities", "attributes", "relations", "entity_quotes", "documents")}
    writers = {name: csv.writer(f) for name, f in files.items()}
    writers["entities"].writerow(["id", "kind", "name"])
    writers["attributes"].writerow(["n", "entity", "name", "value", "hedge", "negated", "document", "quote"])
    writers["relations"].writerow(["subject", "object", "predicate", "hedge", "negated", "document", "quote"])
    writers["entity_quotes"].writerow(["n", "entity", "document", "quote"])
    writers["documents"].writerow(["id", "citation", "date", "text"])
    nt = open(os.path.join(out, "graph.nt"), "w", encoding="utf-8")

    def lit(value):
        text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        return f'"{text}"'

    def quotes(node):
        return node if isinstance(node, list) else [node]

    seen = set()
    counts = {"relations": 0, "attributes": 0, "entities": 0, "quotes": 0}
    n_attribute = n_quote = n_statement = 0
    for facts_path in sorted(glob.glob(os.path.join(data, "*", "facts.yaml"))):
        with open(facts_path, encoding="utf-8") as f:
            facts = yaml.load(f, Loader=loader)
        document = facts["document"]
        doc = str(document["id"])
        with open(os.path.join(os.path.dirname(facts_path), document.get("source", "source.txt")), encoding="utf-8") as f:
            text = f.read()
        writers["documents"].writerow([doc, document["citation"], str(document.get("date", "")), text])
        d = f"<{K}d:{doc}>"
        nt.write(f"{d} <{K}citation> {lit(document['citation'])} .\n{d} <{K}date> {lit(document.get('date', ''))} .\n"
                 f"{d} <{K}text> {lit(text)} .\n")
        for entity in facts.get("entities") or []:
            id = str(entity["id"])
            e = f"<{K}e:{id}>"
            if id not in seen:   # kx merges one id across packs, with the first pack's kind and name
                seen.add(id)
                counts["entities"] += 1
                writers["entities"].writerow([id, entity["kind"], entity["name"]])
                nt.write(f"{e} <{K}id> {lit(id)} .\n{e} <{K}kind> {lit(entity['kind'])} .\n{e} <{K}name> {lit(entity['name'])} .\n")
            for quote in quotes(entity.get("quote", [])):
                n_quote += 1
                counts["quotes"] += 1
                writers["entity_quotes"].writerow([n_quote, id, doc, quote])
                q = f"<{K}q:{n_quote}>"
                nt.write(f"{q} <{K}entity> {e} .\n{q} <{K}document> {d} .\n{q} <{K}quote> {lit(quote)} .\n")
            for name, statements in (entity.get("attributes") or {}).items():
                for st in statements if isinstance(statements, list) else [statements]:
                    n_attribute += 1
                    counts["attributes"] += 1
                    counts["quotes"] += len(quotes(st["quote"]))
                    hedge, negated, quote = st.get("hedge", "asserted"), int(bool(st.get("negated", False))), "\n".join(quotes(st["quote"]))
                    writers["attributes"].writerow([n_attribute, id, name, st["value"], hedge, negated, doc, quote])
                    t = f"<{K}t:{n_attribute}>"
                    nt.write(f"{t} <{K}entity> {e} .\n{t} <{K}attribute> {lit(name)} .\n{t} <{K}value> {lit(st['value'])} .\n"
                             f"{t} <{K}hedge> {lit(hedge)} .\n{t} <{K}negated> {lit(negated)} .\n{t} <{K}document> {d} .\n"
                             f"{t} <{K}quote> {lit(quote)} .\n")
        for r in facts.get("relations") or []:
            n_statement += 1
            counts["relations"] += 1
            counts["quotes"] += len(quotes(r["quote"]))
            s, o, p = str(r["subject"]), str(r["object"]), r["type"]
            hedge, negated, quote = r.get("hedge", "asserted"), int(bool(r.get("negated", False))), "\n".join(quotes(r["quote"]))
            writers["relations"].writerow([s, o, p, hedge, negated, doc, quote])
            st = f"<{K}s:{n_statement}>"
            nt.write(f"{st} <{K}subject> <{K}e:{s}> .\n{st} <{K}predicate> {lit(p)} .\n{st} <{K}object> <{K}e:{o}> .\n"
                     f"{st} <{K}hedge> {lit(hedge)} .\n{st} <{K}negated> {lit(negated)} .\n{st} <{K}document> {d} .\n"
                     f"{st} <{K}quote> {lit(quote)} .\n<{K}e:{s}> <{K}r:{p}> <{K}e:{o}> .\n")
            if hedge == "asserted" and not negated:
                nt.write(f"<{K}e:{s}> <{K}a:{p}> <{K}e:{o}> .\n")
    for f in list(files.values()) + [nt]:
        f.close()
    with open(os.path.join(out, "counts.json"), "w") as f:
        json.dump(counts, f)
    return counts


# --- the peers, each run in a child process (python bench.py worker PEER ACTION ...) --------------------

SQL_SCHEMA = [
    "CREATE TABLE entities(id TEXT PRIMARY KEY, kind TEXT, name TEXT)",
    "CREATE TABLE attributes(n INTEGER, entity TEXT, name TEXT, value TEXT, hedge TEXT, negated INTEGER, document TEXT, quote TEXT)",
    "CREATE TABLE relations(subject TEXT, object TEXT, predicate TEXT, hedge TEXT, negated INTEGER, document TEXT, quote TEXT)",
    "CREATE TABLE entity_quotes(n INTEGER, entity TEXT, document TEXT, quote TEXT)",
    "CREATE TABLE documents(id TEXT PRIMARY KEY, citation TEXT, date TEXT, text TEXT)",
]
SQLITE_INDEXES = [
    "CREATE INDEX relations_subject ON relations(subject, predicate)",
    "CREATE INDEX relations_object ON relations(object, predicate)",
    "CREATE INDEX entities_kind ON entities(kind)",
    "CREATE INDEX attributes_entity ON attributes(entity)",
    "ANALYZE",   # statistics for the query planner, as a SQLite user would gather after a load
]
TABLES = ["entities", "attributes", "relations", "entity_quotes", "documents"]


def sqlite_load_script(export_dir):
    """The sqlite3 CLI script that loads the CSV files (run as its own process)."""
    lines = [s + ";" for s in SQL_SCHEMA] + [".mode csv"]
    lines += [f".import --skip 1 '{os.path.join(export_dir, t + '.csv')}' {t}" for t in TABLES]
    lines += [s + ";" for s in SQLITE_INDEXES] + ["ANALYZE;"]
    return "\n".join(lines) + "\n"


def lb_module():
    """Kuzu, or Ladybug (its maintained fork) with KX_BENCH_GRAPH=ladybug or when Kuzu is missing.
    Kuzu is the default because Ladybug 0.22.0 returned too few rows for two-hop patterns at 100k
    relations (the harness's row check caught it; Kuzu 0.11.3 agrees with kx, SQLite and DuckDB)."""
    order = ["ladybug", "kuzu"] if os.environ.get("KX_BENCH_GRAPH") == "ladybug" else ["kuzu", "ladybug"]
    for name in order:
        try:
            module = __import__(name)
            if hasattr(module, "Database") and hasattr(module, "Connection"):
                return module, name
        except ImportError:
            pass
    raise ImportError("neither kuzu nor ladybug is installed")


def worker_load(peer, export_dir, db):
    if peer == "duckdb":
        import duckdb
        con = duckdb.connect(db)
        types = {"n": "BIGINT", "negated": "INTEGER"}
        for table, ddl in zip(TABLES, SQL_SCHEMA):
            con.execute(ddl.replace("INTEGER", "BIGINT") if table != "relations" else ddl)
            con.execute(f"INSERT INTO {table} SELECT * FROM read_csv('{os.path.join(export_dir, table + '.csv')}', header = true, "
                        "quote = '\"', escape = '\"', all_varchar = true, max_line_size = 1073741824)")
        con.execute("CHECKPOINT")
        con.close()
    elif peer == "ladybug":
        lb, _ = lb_module()
        database = lb.Database(db)
        con = lb.Connection(database)
        for ddl in ["CREATE NODE TABLE Entity(id STRING PRIMARY KEY, kind STRING, name STRING)",
                    "CREATE NODE TABLE Document(id STRING PRIMARY KEY, citation STRING, date STRING, text STRING)",
                    "CREATE NODE TABLE Attribute(n INT64 PRIMARY KEY, entity STRING, name STRING, value STRING, hedge STRING, "
                    "negated INT64, document STRING, quote STRING)",
                    "CREATE NODE TABLE EntityQuote(n INT64 PRIMARY KEY, entity STRING, document STRING, quote STRING)",
                    "CREATE REL TABLE Rel(FROM Entity TO Entity, predicate STRING, hedge STRING, negated INT64, document STRING, quote STRING)"]:
            con.execute(ddl)
        options = "(HEADER = true, ESCAPE = '\"')"
        for table, file in [("Entity", "entities"), ("Attribute", "attributes"), ("EntityQuote", "entity_quotes"), ("Rel", "relations")]:
            con.execute(f"COPY {table} FROM '{os.path.join(export_dir, file + '.csv')}' {options}")
        con.execute(f"COPY Document FROM '{os.path.join(export_dir, 'documents.csv')}' (HEADER = true, ESCAPE = '\"', PARALLEL = false)")
        con.close()
        database.close()
    elif peer == "oxigraph":
        import pyoxigraph
        store = pyoxigraph.Store(db)
        store.bulk_load(path=os.path.join(export_dir, "graph.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)
        store.optimize()
        store.flush()
    elif peer == "oxigraph-kx":   # kx's own N-Triples export (export_dir is the file)
        import pyoxigraph
        store = pyoxigraph.Store(db)
        store.bulk_load(path=export_dir, format=pyoxigraph.RdfFormat.N_TRIPLES)
        store.flush()
        print(len(store))
    else:
        raise SystemExit(f"unknown peer {peer}")


class Peer:
    """An open database: run(query name) -> rows, for the warm measurements."""

    def __init__(self, peer, db):
        self.peer = peer
        if peer == "sqlite":
            import sqlite3
            self.con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            self.query = lambda q, *p: self.con.execute(q, p).fetchall()
        elif peer == "duckdb":
            import duckdb
            self.con = duckdb.connect(db, read_only=True)
            self.query = lambda q, *p: self.con.execute(q, list(p)).fetchall()
        elif peer == "ladybug":
            lb, _ = lb_module()
            self.database = lb.Database(db, read_only=True)
            self.con = lb.Connection(self.database)

            def query(q, *p):
                result = self.con.execute(q)
                rows = []
                while result.has_next():
                    rows.append(result.get_next())
                return rows
            self.query = query
        elif peer == "oxigraph":
            import pyoxigraph
            self.store = pyoxigraph.Store.read_only(db)
            self.query = lambda q, *p: [tuple(str(v) for v in s) for s in self.store.query(SPARQL_PREFIX + q)]

    def run(self, name, path):
        if name == "shortest path":
            if self.peer == "ladybug":
                return self.query(CYPHER[name].replace("{a}", path[0]).replace("{b}", path[1]))
            return [(self.bfs(*path),)]
        if self.peer in ("sqlite", "duckdb"):
            return self.query(SQL[name])
        if self.peer == "ladybug":
            return self.query(CYPHER[name])
        return self.query(SPARQL[name])

    def bfs(self, start, goal):
        """Shortest path length, one query per breadth-first level, relations walked either way."""
        seen, frontier, depth = {start}, [start], 0
        while frontier:
            depth += 1
            if self.peer == "oxigraph":
                values = " ".join(f"<{K}e:{id}>" for id in frontier)
                found = [row[0][len(K) + 3:-1] for row in self.query(SPARQL_NEIGHBOURS % values)]
            else:
                arg = json.dumps(frontier) if self.peer == "sqlite" else frontier
                found = [row[0] for row in self.query(SQL_NEIGHBOURS[self.peer], arg, arg)]
            frontier = [id for id in found if id not in seen]
            if goal in frontier:
                return depth
            seen.update(frontier)
        return None


def worker_warm(peer, db, repeat, path):
    p = Peer(peer, db)
    results = {}
    for name in QUERY_NAMES:
        try:
            rows = p.run(name, path)  # warm-up, and the rows to compare
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                p.run(name, path)
                times.append(time.perf_counter() - start)
            count = (rows[0][0] if rows else None) if name == "shortest path" else len(rows)
            results[name] = {"ms": statistics.median(times) * 1000, "rows": count}
        except Exception as error:   # one failing query is reported, the others still run
            results[name] = {"error": f"{type(error).__name__}: {error}"[:200]}
    print(json.dumps(results))


def peer_version(peer):
    try:
        if peer == "sqlite":
            import sqlite3
            return f"sqlite3 CLI {subprocess.run(['sqlite3', '--version'], capture_output=True, text=True).stdout.split()[0]}, module {sqlite3.sqlite_version}"
        if peer == "duckdb":
            import duckdb
            return f"duckdb {duckdb.__version__}"
        if peer == "ladybug":
            module, name = lb_module()
            version = getattr(module, "__version__", None) or getattr(module, "version", None) or module._VERSION_INFO
            return f"{name} {version}"
        if peer == "oxigraph":
            import pyoxigraph
            return f"pyoxigraph {pyoxigraph.__version__}"
    except Exception as error:
        return f"n/a ({type(error).__name__}: {error})"


COLD_SCRIPTS = {
    "duckdb": "import duckdb,sys\nc=duckdb.connect(sys.argv[1],read_only=True)\nprint(len(c.execute(sys.argv[2]).fetchall()))",
    "ladybug": "import sys\nsys.path.insert(0, sys.argv[3])\nfrom bench import lb_module\nm = lb_module()[0]\n"
               "c=m.Connection(m.Database(sys.argv[1],read_only=True))\nr=c.execute(sys.argv[2])\nn=0\n"
               "while r.has_next():\n r.get_next(); n+=1\nprint(n)",
    "oxigraph": "import pyoxigraph,sys\ns=pyoxigraph.Store.read_only(sys.argv[1])\nprint(len(list(s.query(sys.argv[2]))))",
}


# --- measuring child processes ------------------------------------------------------------------------

def measure_rss(argv, stdin_path=None, stdout_path=os.devnull, timeout=3600):
    """Runs argv with fork/exec and wait4: (seconds, peak RSS bytes, status, stderr tail, stdout text)."""
    import tempfile
    err_file = tempfile.TemporaryFile()
    out_file = tempfile.TemporaryFile() if stdout_path is None else open(stdout_path, "wb")
    stdin_file = open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb")
    # A child forked from this (large) Python process inherits its resident-size high-water mark
    # until it execs, and Linux keeps that mark, so the peak is read through GNU time, a small
    # process whose own child starts clean.
    rss_file = tempfile.NamedTemporaryFile(delete=False) if os.access("/usr/bin/time", os.X_OK) else None
    if rss_file:
        rss_file.close()
        argv = ["/usr/bin/time", "-q", "-f", "%M", "-o", rss_file.name] + list(argv)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=stdin_file, stdout=out_file, stderr=err_file)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.002)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err_file.seek(0)
    err = err_file.read().decode(errors="replace")
    out = ""
    if stdout_path is None:
        out_file.seek(0)
        out = out_file.read().decode(errors="replace")
    for f in (err_file, out_file, stdin_file):
        f.close()
    peak = usage.ru_maxrss * 1024
    if rss_file:
        with open(rss_file.name) as f:
            numbers = re.findall(r"^(\d+)$", f.read(), re.M)
        os.unlink(rss_file.name)
        if numbers:
            peak = int(numbers[-1]) * 1024
    return seconds, peak, proc.returncode, err, out


def disk_size(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    # Ladybug/Kuzu also write a .wal beside the database file
    return total + sum(os.path.getsize(p) for p in glob.glob(path + ".*") if os.path.isfile(p))


def remove(path):
    for p in [path] + glob.glob(path + ".*"):
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)


# --- the run --------------------------------------------------------------------------------------------

def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def machine():
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = "unknown memory"
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else '?'}), {memory}, {cpu}, {platform.system()} {platform.release()}"


# Bump when export() changes what it writes, so cached exports are made again.
EXPORT_FORMAT = 1


def file_hash(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:16]


def prepare(size, relations, seed):
    """Generated packs and their export, reused while generate.py and the export format are unchanged."""
    stamp = f"{file_hash(os.path.join(HERE, 'generate.py'))}-export{EXPORT_FORMAT}"
    base = os.path.join(WORK, "data", f"{size}-seed{seed}")
    data, exported = os.path.join(base, "packs"), os.path.join(base, "export")
    stamp_file = os.path.join(base, "stamp")
    if os.path.exists(stamp_file) and open(stamp_file).read() == stamp:
        return data, exported, json.load(open(os.path.join(exported, "counts.json")))
    if os.path.exists(base):
        shutil.rmtree(base)
    os.makedirs(base)
    log(f"{size}: generating {relations:,} relations")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--relations", str(relations), "--seed", str(seed),
                    "--out", data] + (["--one-document"] if size in ONE_DOCUMENT else []), check=True)
    if size in KX_ONLY:
        # No peer reads an export at this size; the counts are the generator's.
        info = json.load(open(os.path.join(data, "benchmark.json")))
        counts = {name: info[name] for name in ("relations", "entities", "quotes")}
        os.makedirs(exported)
        with open(os.path.join(exported, "counts.json"), "w") as f:
            json.dump(counts, f)
        with open(stamp_file, "w") as f:
            f.write(stamp)
        return data, exported, counts
    log(f"{size}: exporting CSV and N-Triples from the packs' facts.yaml")
    counts = export(data, exported)
    with open(stamp_file, "w") as f:
        f.write(stamp)
    return data, exported, counts


def kx_has_compile(kx):
    """Whether this kx has `kx compile` (old kx treats 'compile' as a script name, so --help alone proves nothing)."""
    try:
        out = subprocess.run([kx, "--help"], capture_output=True, text=True, timeout=30).stdout
        return re.search(r"^\s*kx compile\b", out, re.M) is not None
    except Exception:
        return False


def kx_rows(kx, where, path):
    """kx's result for each warm query: the row count, or the path length. `where`: kx's arguments
    naming the knowledge (`--knowledge FILE`) or the endpoint (`--endpoint URL`)."""
    argv = [kx] + where + ["--format", "json"]
    for name in QUERY_NAMES:
        argv += ["-c", KX[name].format(a=path[0], b=path[1])]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-400:])
    decoder, text, position, rows = json.JSONDecoder(), out.stdout, 0, {}
    for name in QUERY_NAMES:
        while text[position].isspace():
            position += 1
        value, position = decoder.raw_decode(text, position)
        rows[name] = value.get("length") if isinstance(value, dict) else len(value)
    return rows


def kx_warm(kx, where, path, repeat, script_path):
    lines = [".timer on"]
    for name in QUERY_NAMES:
        lines += [KX[name].format(a=path[0], b=path[1])] * (repeat + 1)
    with open(script_path, "w") as f:
        f.write("\n".join(lines) + "\n")
    seconds, rss, status, err, _ = measure_rss([kx] + where + [script_path])
    if status != 0:
        raise RuntimeError(err[-400:])
    times = [float(t) for t in re.findall(r"Run Time: ([0-9.]+) s", err)]
    times = times[-len(QUERY_NAMES) * (repeat + 1):]
    result = {}
    for i, name in enumerate(QUERY_NAMES):
        chunk = times[i * (repeat + 1) + 1:(i + 1) * (repeat + 1)]   # the first of each is the warm-up
        result[name] = {"ms": statistics.median(chunk) * 1000}
    return result, rss


def cold_runs(commands, runs, budget):
    """Median wall time of each command, run alternately; fewer runs for slow commands."""
    times = {name: [] for name in commands}
    first = {}
    for name, argv in commands.items():
        start = time.perf_counter()
        result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        first[name] = time.perf_counter() - start
        if result.returncode != 0:
            times[name] = f"n/a (exit {result.returncode}: {result.stderr.decode(errors='replace').strip()[-150:]})"
    planned = {name: max(3, min(runs, int(budget / max(first[name], 1e-3)))) for name in commands}
    for i in range(max(planned.values())):
        for name, argv in commands.items():
            if isinstance(times[name], str) or i >= planned[name]:
                continue
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: (t if isinstance(t, str) else (statistics.median(t), len(t))) for name, t in times.items()}


def fmt_ms(ms):
    return f"{ms:.3f}" if ms < 1 else f"{ms:.2f}" if ms < 100 else f"{ms:.0f}"


def fmt_mb(b):
    return f"{b / 1e6:.1f}"


def run_size(size, args, kx, python):
    relations_wanted = SIZES[size]
    data, exported, counts = prepare(size, relations_wanted, args.seed)
    info = json.load(open(os.path.join(data, "benchmark.json")))
    path = info["path"]
    relations = counts["relations"]
    dbdir = os.path.join(WORK, "db", size)
    os.makedirs(dbdir, exist_ok=True)
    repeat = args.repeat or (20 if relations <= 20_000 else 10 if relations <= 200_000 else 5)
    peers = [] if size in KX_ONLY else ["sqlite", "duckdb", "ladybug", "oxigraph"]
    versions = {"kx": subprocess.run([kx, "--version"], capture_output=True, text=True).stdout.strip()}
    for peer in peers:
        versions[peer] = subprocess.run([python, os.path.abspath(__file__), "version", peer], capture_output=True,
                                        text=True).stdout.strip() or "n/a (version check failed)"
    load, warm, rows, problems, query_rss = {}, {}, {}, {}, {}
    tab = None

    # kx: compile, or load from YAML
    compiled = kx_has_compile(kx)
    knowledge = data
    if compiled:
        target = os.path.join(dbdir, "kx.kxg")
        remove(target)
        log(f"{size}: kx compile")
        s, rss, status, err, _ = measure_rss([kx, "compile", data, "-o", target])
        if status == 0:
            load["kx"] = {"s": s, "rss": rss, "disk": disk_size(target), "how": "kx compile"}
            knowledge = target
        else:
            problems["kx"] = f"kx compile failed: {err.strip()[-200:]}"
            compiled = False
    if not (compiled and size in KX_ONLY):
        log(f"{size}: kx load from YAML")
        s, rss, status, err, _ = measure_rss([kx, "--knowledge", data, "-c", "count entities"])
        if status != 0:
            problems["kx"] = f"kx load failed: {err.strip()[-300:]}"
        elif compiled:
            load["kx, packs"] = {"s": s, "rss": rss, "disk": disk_size(data), "how": "load the YAML packs, every start"}
        else:
            load["kx"] = {"s": s, "rss": rss, "disk": disk_size(data), "how": "YAML load (no kx compile)"}
    exports = (kx_exports(kx, knowledge, dbdir, python, size) if compiled and kx_has_export(kx) and size not in KX_ONLY and not args.no_exports
               else None)
    if "kx" in load:
        try:
            rows["kx"] = kx_rows(kx, ["--knowledge", knowledge], path)
            log(f"{size}: kx warm queries")
            warm["kx"], query_rss["kx"] = kx_warm(kx, ["--knowledge", knowledge], path, repeat, os.path.join(dbdir, "warm.kx"))
            log(f"{size}: kx TAB completion")
            tab = kx_tab(kx, knowledge, "show trastu", repeat)
        except Exception as error:
            problems["kx"] = f"kx queries failed: {error}"

    # peers: load, then warm queries
    dbs = {"sqlite": os.path.join(dbdir, "facts.sqlite"), "duckdb": os.path.join(dbdir, "facts.duckdb"),
           "ladybug": os.path.join(dbdir, "facts.lbug"), "oxigraph": os.path.join(dbdir, "facts.oxigraph")}
    for peer in peers:
        if versions[peer].startswith("n/a"):
            problems[peer] = versions[peer][4:]
            continue
        db = dbs[peer]
        remove(db)
        log(f"{size}: {peer} load")
        if peer == "sqlite":
            script = os.path.join(dbdir, "load.sql")
            with open(script, "w") as f:
                f.write(sqlite_load_script(exported))
            s, rss, status, err, _ = measure_rss(["sqlite3", db], stdin_path=script)
            if status == 0 and err.strip():
                status = 1   # the CLI reports import problems on stderr and goes on
        else:
            s, rss, status, err, _ = measure_rss([python, os.path.abspath(__file__), "load", peer, exported, db])
        if status != 0:
            problems[peer] = f"load failed: {err.strip()[-300:]}"
            continue
        load[peer] = {"s": s, "rss": rss, "disk": disk_size(db), "how": "sqlite3 CLI .import + indexes" if peer == "sqlite" else "load"}
        log(f"{size}: {peer} warm queries")
        s, rss, status, err, out = measure_rss([python, os.path.abspath(__file__), "warm", peer, db, str(repeat), path[0], path[1]],
                                               stdout_path=None)
        if status != 0:
            problems[peer] = f"queries failed: {err.strip()[-300:]}"
            continue
        result = json.loads(out.strip().splitlines()[-1])
        warm[peer] = result
        rows[peer] = {name: r.get("rows") for name, r in result.items() if "error" not in r}
        query_rss[peer] = rss

    # row counts must agree with kx's
    mismatches = []
    reference = rows.get("kx")
    for peer, counts_of in rows.items():
        for name in QUERY_NAMES:
            if reference is not None and name in counts_of and counts_of[name] != reference.get(name):
                mismatches.append(f"{name}: {peer} has {counts_of[name]}, kx has {reference.get(name)}")
    for m in mismatches:
        print(f"\n!!! MISMATCH {size}: {m}\n", file=sys.stderr)

    # cold one-shot processes
    log(f"{size}: cold one-shot queries")
    cold_commands = {"sqlite3 :memory: 'select 1'": ["sqlite3", ":memory:", "select 1"], "python -c pass": [python, "-c", "pass"]}
    if "kx" in load and "kx" not in problems:
        cold_commands["kx"] = [kx, "--knowledge", knowledge, "-c", COLD_KX]
    if "sqlite" in load:
        cold_commands["sqlite"] = ["sqlite3", "-readonly", dbs["sqlite"], SQL["filter"]]
    for peer in ("duckdb", "ladybug", "oxigraph"):
        if peer in load and peer not in problems:
            query = {"duckdb": SQL["filter"], "ladybug": CYPHER["filter"], "oxigraph": SPARQL_PREFIX + SPARQL["filter"]}[peer]
            cold_commands[peer] = [python, "-c", COLD_SCRIPTS[peer], dbs[peer], query, HERE]
    cold = cold_runs(cold_commands, args.cold_runs, args.cold_budget)

    engines = endpoint_runs(kx, dbdir, path, repeat, size, exports) if exports and not args.no_endpoints else None
    if "kx" in load and "kx" in warm:
        GROWTH[size] = {"relations": relations, "load": load["kx"], "query_rss": query_rss.get("kx"), "warm": warm["kx"],
                        "cold": cold.get("kx")}
    if size in KX_ONLY:
        problems["peers"] = "not run at this size (kx alone, to show how it grows; see KX_ONLY in bench.py)"
    return render(size, info, counts, versions, load, warm, rows, problems, query_rss, cold, mismatches, repeat, compiled, tab, exports,
                  engines)


def endpoint_runs(kx, dbdir, path, repeat, size, exports):
    """The held queries through `kx --endpoint` on Oxigraph and Virtuoso holding kx's N-Triples export (see endpoints.py)."""
    import endpoints
    engines = {}
    cli = os.path.join(os.path.dirname(sys.executable), "oxigraph")
    store = os.path.join(dbdir, "kx-export.oxigraph")
    if "error" in exports.get("oxigraph load", {"error": ""}):
        engines["Oxigraph"] = "the N-Triples export did not load"
    elif not os.access(cli, os.X_OK):
        engines["Oxigraph"] = f"no oxigraph CLI at {cli} (pip install oxigraph)"
    else:
        log(f"{size}: queries through kx --endpoint on Oxigraph")
        try:
            with endpoints.oxigraph(cli, store) as url:
                engines["Oxigraph"] = endpoints.measure(sys.modules[__name__], kx, url, path, repeat, os.path.join(dbdir, "endpoint.kx"))
        except Exception as error:
            engines["Oxigraph"] = f"{error}"
    if shutil.which("virtuoso-t") is None:
        engines["Virtuoso"] = "virtuoso-t is not installed (apt-get install virtuoso-opensource)"
    else:
        log(f"{size}: Virtuoso bulk load of kx's N-Triples export, then queries through kx --endpoint")
        try:
            with endpoints.virtuoso(os.path.join(dbdir, "kx.nt"), os.path.join(dbdir, "virtuoso")) as (url, seconds, rss):
                exports["Virtuoso load of the ntriples export"] = {"s": seconds, "rss": rss, "bytes": disk_size(os.path.join(dbdir, "virtuoso", "kx.db")),
                                                                   "count": "ld_dir + rdf_loader_run"}
                engines["Virtuoso"] = endpoints.measure(sys.modules[__name__], kx, url, path, repeat, os.path.join(dbdir, "endpoint.kx"))
        except Exception as error:
            engines["Virtuoso"] = f"{error}"
    return engines


EXPORT_FORMATS = [("ntriples", "kx.nt"), ("turtle", "kx.ttl"), ("trig", "kx.trig"), ("kgx", "kx-kgx")]


def kx_has_export(kx):
    try:
        out = subprocess.run([kx, "--help"], capture_output=True, text=True, timeout=30).stdout
        return re.search(r"^\s*kx export\b", out, re.M) is not None
    except Exception:
        return False


def kx_exports(kx, knowledge, dbdir, python, size):
    """kx export of the compiled file in each format (seconds, peak RSS, bytes, what kx counted), then
    Oxigraph's bulk load of the N-Triples export in its own process (seconds, peak RSS, triples it holds)."""
    results = {}
    for name, file in EXPORT_FORMATS:
        out = os.path.join(dbdir, file)
        for stale in (out, out + "_nodes.jsonl", out + "_edges.jsonl"):
            remove(stale)
        log(f"{size}: kx export --format {name}")
        s, rss, status, err, _ = measure_rss([kx, "export", "--knowledge", knowledge, "--format", name, "-o", out])
        if status != 0:
            results[name] = {"error": err.strip()[-200:]}
            continue
        files = [out + "_nodes.jsonl", out + "_edges.jsonl"] if name == "kgx" else [out]
        counted = re.search(r": ([0-9,]+ (triples|quads|nodes, [0-9,]+ edges))", err)
        results[name] = {"s": s, "rss": rss, "bytes": sum(os.path.getsize(f) for f in files), "count": counted.group(1) if counted else ""}
    if "error" not in results.get("ntriples", {"error": ""}):
        db = os.path.join(dbdir, "kx-export.oxigraph")
        remove(db)
        log(f"{size}: oxigraph bulk load of kx's N-Triples export")
        s, rss, status, err, out = measure_rss([python, os.path.abspath(__file__), "load", "oxigraph-kx", os.path.join(dbdir, "kx.nt"), db],
                                               stdout_path=None)
        results["oxigraph load"] = {"s": s, "rss": rss, "bytes": disk_size(db), "count": f"{int(out.split()[-1]):,} triples"} if status == 0 \
            else {"error": err.strip()[-200:]}
    return results


def kx_tab(kx, knowledge, typed, repeat):
    """Median ms from pressing TAB after `typed` at kx's prompt (in a pseudo-terminal) to the completion's first output."""
    import pty, select
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["NO_COLOR"] = "1"
        os.execv(kx, [kx, "--knowledge", knowledge, "--no-history"])
    def read_until(marker, timeout=120):
        buffer, deadline = b"", time.time() + timeout
        while marker not in buffer and time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    buffer += os.read(fd, 65536)
                except OSError:
                    break
        return buffer
    times = []
    try:
        read_until(b"kx> ")
        for _ in range(repeat + 1):
            os.write(fd, typed.encode())
            read_until(typed.encode()[-3:], 10)
            start = time.perf_counter()
            os.write(fd, b"\t")
            ready, _, _ = select.select([fd], [], [], 10)
            if ready:
                os.read(fd, 65536)
                times.append((time.perf_counter() - start) * 1000)
            time.sleep(0.05)
            while select.select([fd], [], [], 0.05)[0]:
                os.read(fd, 65536)
            os.write(fd, b"\x15")   # Ctrl-U: clear the line for the next round
            time.sleep(0.05)
            while select.select([fd], [], [], 0.05)[0]:
                os.read(fd, 65536)
        os.write(fd, b"\x04")
    finally:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
    return statistics.median(times[1:] or times) if times else None


def render(size, info, counts, versions, load, warm, rows, problems, query_rss, cold, mismatches, repeat, compiled, tab=None, exports=None,
           engines=None):
    systems = ["kx", "sqlite", "duckdb", "ladybug", "oxigraph"]
    label = {s: s for s in systems}
    label["ladybug"] = (versions.get("ladybug") or "kuzu").split()[0] if not str(versions.get("ladybug", "")).startswith("n/a") else "kuzu"
    relations = counts["relations"]
    attributes = f"{counts['attributes']:,} attributes, " if "attributes" in counts else ""
    out = [f"### {size}: {relations:,} relations, {counts['entities']:,} entities, {attributes}"
           f"{counts['quotes']:,} quotes, {info['abstracts']:,} documents (seed {info['seed']})", ""]
    out += ["**Load** (each in its own process; peak RSS of that process; on disk: the database file, or for kx "
            + ("the compiled file)" if compiled else "the YAML packs it loads, as it has no `kx compile`)"), "",
            "| system | version | how | load s | peak RSS MB | on disk MB | disk B/relation | query process peak RSS MB | RSS B/relation |",
            "|---|---|---|---:|---:|---:|---:|---:|---:|"]
    for system in systems[:1] + ["kx, packs"] + systems[1:]:
        if system == "kx, packs" and system not in load:
            continue
        label.setdefault(system, system)
        if system in load:
            l = load[system]
            q = query_rss.get(system)
            out.append(f"| {label[system]} | {versions.get(system, '')} | {l['how']} | {l['s']:.2f} | {fmt_mb(l['rss'])} | {fmt_mb(l['disk'])} | "
                       f"{l['disk'] / relations:.0f} | {fmt_mb(q) if q else 'n/a'} | {q / relations:.0f} |" if q else
                       f"| {label[system]} | {versions.get(system, '')} | {l['how']} | {l['s']:.2f} | {fmt_mb(l['rss'])} | {fmt_mb(l['disk'])} | "
                       f"{l['disk'] / relations:.0f} | n/a | n/a |")
        else:
            out.append(f"| {label[system]} | {versions.get(system, '')} | n/a: {problems.get(system, 'not run')} | | | | | | |")
    out += ["", "**Cold one-shot query** `trials where control=no-trastuzumab`, a whole process (median ms)", "",
            "| command | median ms | runs | kx / this |", "|---|---:|---:|---:|"]
    kx_cold = cold.get("kx")
    for name, value in cold.items():
        if isinstance(value, str):
            out.append(f"| {label.get(name, name)} | {value} | | |")
        else:
            ratio = f"{kx_cold[0] / value[0]:.1f}x" if isinstance(kx_cold, tuple) and name != "kx" else ""
            out.append(f"| {label.get(name, name)} | {fmt_ms(value[0])} | {value[1]} | {ratio} |")
    out += ["", f"**Warm, in process** (median ms of {repeat} runs after a warm-up; rows in parentheses, the path's length for the path; "
            "kx: its `.timer` lines)", "",
            "| query | kx | " + " | ".join(label[s] for s in systems[1:]) + " | kx / fastest peer |", "|---|" + "---:|" * (len(systems) + 1)]
    for name in QUERY_NAMES:
        cells, best = [], None
        for system in systems:
            w = warm.get(system, {}).get(name)
            if w is None:
                cells.append("n/a")
            elif "error" in w:
                cells.append(f"n/a: {w['error'][:80]}")
            else:
                r = rows.get(system, {}).get(name)
                flag = " ≠" if system != "kx" and "kx" in rows and r != rows["kx"].get(name) else ""
                cells.append(f"{fmt_ms(w['ms'])} ({r}){flag}")
                if system != "kx" and (best is None or w["ms"] < best):
                    best = w["ms"]
        kxw = warm.get("kx", {}).get(name)
        ratio = f"{kxw['ms'] / best:.1f}x" if kxw and "ms" in kxw and best else "n/a"
        out.append(f"| {name} | " + " | ".join(cells) + f" | {ratio} |")
    if exports:
        out += ["", "**Export** of the compiled file (`kx export --format F -o FILE`, each in its own process; Oxigraph: pyoxigraph's "
                "bulk load of the N-Triples export into a new store; its size on disk under file MB)", "",
                "| format | s | peak RSS MB | file MB | B/relation | holds |", "|---|---:|---:|---:|---:|---|"]
        for name, result in exports.items():
            label = "Oxigraph load of the ntriples export" if name == "oxigraph load" else name
            if "error" in result:
                out.append(f"| {label} | n/a: {result['error'][:80]} | | | | |")
            else:
                out.append(f"| {label} | {result['s']:.2f} | {fmt_mb(result['rss'])} | {fmt_mb(result['bytes'])} | "
                           f"{result['bytes'] / relations:.0f} | {result['count']} |")
    if engines:
        import endpoints
        out += endpoints.render(engines, rows.get("kx"), fmt_ms)
    if tab is not None:
        out += ["", f"**Completion**: TAB after `show trastu` at kx's prompt, in a pseudo-terminal: {fmt_ms(tab)} ms (median)."]
    out += ["", "Queries: " + "; ".join(f"{n}: `{KX[n].format(a=info['path'][0], b=info['path'][1])}`" for n in QUERY_NAMES) + "."]
    if mismatches:
        out += ["", "**ROW COUNT MISMATCHES:** " + "; ".join(mismatches)]
    other = {s: p for s, p in problems.items()}
    if other:
        out += ["", "Problems: " + "; ".join(f"{s}: {p}" for s, p in other.items())]
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) > 1 and sys.argv[1] in ("load", "warm", "version", "export"):
        action = sys.argv[1]
        if action == "load":
            worker_load(sys.argv[2], sys.argv[3], sys.argv[4])
        elif action == "warm":
            worker_warm(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:7])
        elif action == "version":
            print(peer_version(sys.argv[2]))
        else:
            print(export(sys.argv[2], sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description="kx against embedded peers on the same synthetic facts")
    parser.add_argument("--kx", default=os.path.join(REPO, ".build", "release", "kx"))
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated: 10k, 100k, 100k-1doc, 1m, 10m (default 10k,100k; 1m and 10m are long)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=0, help="warm runs per query (default by size)")
    parser.add_argument("--cold-runs", type=int, default=15, help="cold runs per command at most (default 15)")
    parser.add_argument("--cold-budget", type=float, default=15.0, help="seconds of cold runs per command, about (default 15)")
    parser.add_argument("--no-endpoints", action="store_true", help="skip the queries through kx --endpoint on Oxigraph and Virtuoso")
    parser.add_argument("--no-exports", action="store_true",
                        help="skip kx's exports and the SPARQL engines' loads of them (and so the endpoints): the longest part at 1m")
    parser.add_argument("--command", default=" ".join(sys.argv), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    for s in sizes:
        if s not in SIZES:
            parser.error(f"unknown size '{s}' (choose from {', '.join(SIZES)})")
    kx = os.path.abspath(args.kx)
    if not os.access(kx, os.X_OK):
        parser.error(f"no kx binary at {kx}")
    if shutil.which("sqlite3") is None:
        parser.error("the sqlite3 CLI is needed (apt-get install sqlite3)")
    python = sys.executable
    now = datetime.datetime.now()
    header = [f"## kx benchmark, {now:%Y-%m-%d %H:%M}", "",
              f"- machine: {machine()}", f"- command: `{args.command}`",
              f"- kx: {kx}; commit {subprocess.run(['git', '-C', REPO, 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()}",
              ""]
    os.makedirs(WORK, exist_ok=True)
    report = os.path.join(WORK, f"results-{now:%Y%m%d-%H%M%S}.md")
    text = "\n".join(header) + "\n"
    print(text, flush=True)
    for size in sizes:
        started = time.time()
        section = run_size(size, args, kx, python)
        section += f"\n({size} took {time.time() - started:.0f} s)\n\n"
        print(section, flush=True)
        text += section
        with open(report, "w") as f:
            f.write(text)
    if len(GROWTH) > 1:
        section = render_growth()
        print(section, flush=True)
        text += section
        with open(report, "w") as f:
            f.write(text)
    log(f"written to {os.path.relpath(report, REPO)}")


def render_growth():
    """kx's numbers side by side for every size run, smallest first: how each grows with the graph."""
    sizes = sorted(GROWTH, key=lambda size: GROWTH[size]["relations"])
    out = ["### How kx grows", "",
           "| size | relations | load s | load peak RSS MB | image MB | query process RSS MB | cold one-shot ms | "
           + " | ".join(f"{name} ms" for name in QUERY_NAMES) + " |",
           "|---|---:|---:|---:|---:|---:|---:|" + "---:|" * len(QUERY_NAMES)]
    for size in sizes:
        g = GROWTH[size]
        cold = f"{g['cold'][0]:.1f}" if isinstance(g["cold"], tuple) else "n/a"
        query = fmt_mb(g["query_rss"]) if g["query_rss"] else "n/a"
        warm = " | ".join(fmt_ms(g["warm"][name]["ms"]) if name in g["warm"] else "n/a" for name in QUERY_NAMES)
        out.append(f"| {size} | {g['relations']:,} | {g['load']['s']:.2f} | {fmt_mb(g['load']['rss'])} | {fmt_mb(g['load']['disk'])} | "
                   f"{query} | {cold} | {warm} |")
    return "\n".join(out) + "\n\n"


if __name__ == "__main__":
    main()
