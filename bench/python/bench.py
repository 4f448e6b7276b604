"""Parse and serialize of the benchmark corpus with the generated Python package, against json.loads / json.dumps
on the same texts in the same process (medians of rounds; ratios). Usage:
``python3 bench.py <package dir> <corpus.jsonl> <rounds>``; prints one JSON object."""

from __future__ import annotations

import json
import platform
import statistics
import sys
import time

sys.path.insert(0, sys.argv[1])
import claw_proto as p  # noqa: E402

corpus = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
rounds = int(sys.argv[3])
texts = [(e["type"], e["text"]) for e in corpus]
parsers = {"NodeMessage": p.parse_node_message, "GatewayMessage": p.parse_gateway_message}
serializers = {"NodeMessage": p.serialize_node_message, "GatewayMessage": p.serialize_gateway_message}
work = [(parsers[t], serializers[t], s) for t, s in texts]
values = [(ser, parse(s)) for parse, ser, s in work]
trees = [json.loads(s) for _, s in texts]
nbytes = sum(len(s.encode()) for _, s in texts)

# Correctness first: every text comes back byte for byte, and json.dumps writes the same text (the corpus has no
# float, so json.dumps with compact separators is a fair stand-in for the writer).
assert all(ser(v) == s for (ser, v), (_, s) in zip(values, texts))
assert all(json.dumps(t, separators=(",", ":"), ensure_ascii=False) == s for t, (_, s) in zip(trees, texts))


def paired(ours, baseline):
    """Each round times ours then the baseline back to back: the ratio of a round holds even when the shared machine's
    load swings between rounds. Medians of the times and of the per-round ratios."""
    a, b, ratios = [], [], []
    for _ in range(rounds):
        start = time.perf_counter()
        ours()
        mid = time.perf_counter()
        baseline()
        end = time.perf_counter()
        a.append(mid - start)
        b.append(end - mid)
        ratios.append((end - mid) / (mid - start))
    return {"ours": statistics.median(a), "json": statistics.median(b), "ratio": statistics.median(ratios)}


def ours_parse():
    for parse, _, s in work:
        parse(s)


def json_parse():
    loads = json.loads
    for _, s in texts:
        loads(s)


def ours_serialize():
    for ser, v in values:
        ser(v)


def json_serialize():
    dumps = json.dumps
    for t in trees:
        dumps(t, separators=(",", ":"), ensure_ascii=False)


def json_parse_bytes():
    loads = json.loads
    for b in encoded:
        loads(b)


def ours_parse_bytes():
    for (parse, _, _), b in zip(work, encoded):
        parse(b)


def pure_scanner():
    # The pure-Python reader the runtime keeps for nesting json's C scanner cannot take: the tree alone.
    load = p._runtime._load_iterative
    for _, s in texts:
        load(s)


encoded = [s.encode() for _, s in texts]
for f in (ours_parse, json_parse, ours_serialize, json_serialize):
    f()  # warm-up
rows = {
    "parse": paired(ours_parse, json_parse),
    "parse_bytes": paired(ours_parse_bytes, json_parse_bytes),
    "serialize": paired(ours_serialize, json_serialize),
    "pure_scanner": paired(pure_scanner, json_parse),
}
out = {
    "python": platform.python_version(),
    "messages": len(texts),
    "bytes": nbytes,
    "rounds": rounds,
    "sections": {
        k: {
            "ours_s": round(v["ours"], 4),
            "json_s": round(v["json"], 4),
            "ours_msgs_per_s": round(len(texts) / v["ours"]),
            "ours_mb_per_s": round(nbytes / v["ours"] / 1e6, 1),
            "ratio_vs_json": round(v["ratio"], 3),
        }
        for k, v in rows.items()
    },
}
print(json.dumps(out))
