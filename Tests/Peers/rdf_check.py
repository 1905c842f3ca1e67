"""Reads a kx export with pyoxigraph, as an RDF store loads it, and prints what the export tests
compare with kx's own counts, as JSON:

  count      the triples (quads for TriG) the store holds;
  asserted   how many distinct (subject, predicate, object) the plainly asserted statements state;
  qualified  how many the hedged or denied statements state;
  plain      how many plain triples with a kx property as predicate the store holds, in any graph;
  leaked     plain triples that only a hedged or denied statement states (must be none);
  missing    triples a plainly asserted statement states with no plain triple (must be none);
  literals   every label, alias, note, quote and document text, to compare with what was written.

Usage: python rdf_check.py FORMAT FILE KXP, FORMAT ntriples, turtle, turtle11 or trig, KXP the
export's property namespace (BASE + "property/")."""
import json
import sys

import pyoxigraph as ox

fmt, path, kxp = sys.argv[1], sys.argv[2], sys.argv[3]
store = ox.Store()
store.load(path=path, format={"ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE,
                              "turtle11": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG}[fmt])
PREFIXES = ("PREFIX kx: <urn:kx:> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            "PREFIX np: <http://www.nanopub.org/nschema#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ")


def rows(query):
    return list(store.query(PREFIXES + query, use_default_graph_as_union=True))


def key(s, p, o):
    return (str(s), str(p), str(o))


if fmt == "turtle":
    statements = rows("SELECT ?st ?s ?p ?o ?n ?h WHERE { ?st rdf:reifies ?t ; kx:negated ?n . OPTIONAL { ?st kx:hedge ?h } "
                      "BIND(SUBJECT(?t) AS ?s) BIND(PREDICATE(?t) AS ?p) BIND(OBJECT(?t) AS ?o) }")
elif fmt == "trig":
    statements = rows("SELECT ?st ?s ?p ?o ?n ?h WHERE { ?st a np:Nanopublication ; np:hasAssertion ?a ; kx:negated ?n . "
                      "OPTIONAL { ?st kx:hedge ?h } "
                      "{ GRAPH ?a { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } UNION "
                      "{ GRAPH ?a { ?s ?p ?o } FILTER(?p != rdf:type && ?p != rdf:subject && ?p != rdf:predicate && ?p != rdf:object) } }")
else:
    statements = rows("SELECT ?st ?s ?p ?o ?n ?h WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kx:negated ?n . "
                      "OPTIONAL { ?st kx:hedge ?h } }")
asserted, qualified = set(), set()
for row in statements:
    triple = key(row["s"], row["p"], row["o"])
    (asserted if row["n"].value == "false" and row["h"] is None else qualified).add(triple)
plain = {key(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)
         if isinstance(q.predicate, ox.NamedNode) and q.predicate.value.startswith(kxp)}
texts = [str(r["l"].value) for r in rows("SELECT ?l WHERE { ?x rdfs:label|oa:exact|skos:altLabel|skos:editorialNote|kx:text ?l }")]
print(json.dumps({"count": len(store), "asserted": len(asserted), "qualified": len(qualified), "plain": len(plain),
                  "leaked": sorted(plain - asserted)[:10],
                  "missing": sorted(asserted - plain)[:10], "literals": sorted(set(texts))}))
