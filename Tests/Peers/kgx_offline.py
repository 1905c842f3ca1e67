"""Runs the kgx command line without a network: kgx (through the Biolink Model Toolkit) reads the
Biolink Model, its predicate map and JSON-LD contexts from GitHub when it starts. This points them at
the copies the installed packages carry: biolink-model's schema and prefix map (the prefixes kgx
validate accepts), and prefixcommons' contexts. Usage: python kgx_offline.py validate -i jsonl FILES…"""
import json
import os
import sys

import biolink_model
import bmt.toolkit
import prefixcommons

model = list(biolink_model.__path__)[0]
bmt.toolkit.Toolkit.__init__.__defaults__ = (os.path.join(model, "schema", "biolink_model.yaml"), {"predicate mappings": []})

import kgx.config  # noqa: E402  (after the toolkit's defaults are set)

registry = os.path.join(list(prefixcommons.__path__)[0], "registry")
with open(os.path.join(model, "prefixmaps", "biolink_model_prefix_map.json")) as f:
    kgx.config.jsonld_context_map["biolink"] = json.load(f)
for name in ("monarch_context", "obo_context"):
    with open(os.path.join(registry, name + ".jsonld")) as f:
        kgx.config.jsonld_context_map[name] = json.load(f)["@context"]

from kgx.cli import cli  # noqa: E402

sys.exit(cli())
