"""Print, for each Python file given, its AST with every string constant replaced by "S" (one JSON object, path ->
dump), and the docstrings it holds: what tests/pythonTarget.test.ts compares between a hostile and a plain schema."""

from __future__ import annotations

import ast
import json
import sys

def clean(doc: str) -> str:
    """A docstring without the indentation of its continuation lines (spaces only: a tab is content)."""
    lines = doc.split("\n")
    rest = [line for line in lines[1:] if line.strip(" ")]
    indent = min((len(line) - len(line.lstrip(" ")) for line in rest), default=0)
    return "\n".join([lines[0]] + [line[indent:] for line in lines[1:]])


out = {}
docs = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            docs.append(clean(node.value.value))
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = "S"
    out[path.split("/python/", 1)[-1]] = ast.dump(tree)
print(json.dumps({"structure": out, "docs": docs}))
