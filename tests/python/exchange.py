"""Write fresh exchange vectors from a generated Python package (the rust-conformance `check` format; with
``--json-only``, the fixture-conformance `judge` format):
``python3 exchange.py <package dir> <import name> <out.json> <per type> <seed> [--json-only]``."""

from __future__ import annotations

import importlib
import json
import os
import sys

sys.path.insert(0, sys.argv[1])
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample import Sampler  # noqa: E402

pkg = importlib.import_module(sys.argv[2])
conf = importlib.import_module(sys.argv[2] + ".conformance")
out, per_type, seed = sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
json_only = "--json-only" in sys.argv[6:]
cases = []
for name, cls in conf.CLASSES.items():
    s = Sampler(pkg, seed + sum(map(ord, name)))
    _, serialize = conf.TYPES[name]
    for _ in range(per_type):
        value = s.value(cls)
        case = {"type": name, "json": serialize(value)}
        if json_only:
            pass
        elif name in conf.BINCODE:
            case["bincode"] = conf.BINCODE[name][0](value).hex()
        if name in conf.RULES and not json_only:
            case["rules"] = [{"field": v.field, "message": v.message} for v in conf.RULES[name](value)]
        cases.append(case)
with open(out, "w", encoding="utf-8") as f:
    json.dump({"writer": f"tests/python/exchange.py, seed {seed}", "cases": cases}, f, ensure_ascii=False)
print(len(cases))
