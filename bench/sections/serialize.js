// 3. serialize: the parsed corpus through our serializers, against JSON.stringify (the floor),
// fast-json-stringify built from the same schema (over the union and one per variant) and typia.
// Also counts, per contestant, the outputs that differ byte-wise from serde's (= the corpus text),
// for the parsed values and for the same values with their keys in another order.
import { byType, measureInterleaved, overItems } from "../lib/measure.js";

/**
 * The value as application code may build it: the same fields, keys in another order than the
 * declaration (here: reversed), which the TypeScript types allow. serde's order is the declaration's.
 */
function appBuilt(value) {
  if (Array.isArray(value)) return value.map(appBuilt);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const key of Object.keys(value).reverse()) out[key] = appBuilt(value[key]);
  return out;
}

/** The contestants over `items` ({ type, input: value }), the baseline first; `node`/`gateway` are their writers. */
function contestants(ctx, items, chunks) {
  const { pkg, fjs, typia } = ctx;
  const over = (name, node, gateway) => ({ ...overItems(name, items, byType(node, gateway), chunks), node, gateway });
  const list = [
    over("JSON.stringify", JSON.stringify, JSON.stringify),
    over("claw-proto serializeNodeMessage / serializeGatewayMessage", pkg.serializeNodeMessage, pkg.serializeGatewayMessage),
    over("fast-json-stringify, one over the union", fjs.NodeMessage.union, fjs.GatewayMessage.union),
    over("fast-json-stringify, one per variant", fjs.NodeMessage.perVariant, fjs.GatewayMessage.perVariant),
  ];
  if (typia) {
    list.push(over("typia json.stringify", typia.stringifyNodeMessage, typia.stringifyGatewayMessage));
    list.push(over("typia json.assertStringify", typia.assertStringifyNodeMessage, typia.assertStringifyGatewayMessage));
  }
  return list;
}

/** How many outputs differ from the serde text; the first difference is kept as an example. */
function mismatches(write, entries, values) {
  let count = 0;
  let example;
  entries.forEach((e, i) => {
    let out;
    try {
      out = (e.type === "NodeMessage" ? write.node : write.gateway)(values[i]);
    } catch (err) {
      out = `(threw: ${err instanceof Error ? err.message : String(err)})`;
    }
    if (out !== e.text) {
      count++;
      example ??= firstDifference(e.text, out);
    }
  });
  return { count, ...(example ? { example } : {}) };
}

function firstDifference(expected, actual) {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - 30);
  return { serde: expected.slice(from, i + 50), got: actual.slice(from, i + 50) };
}

export function runSerialize(ctx) {
  const { pkg, corpus, options } = ctx;
  const parsed = corpus.map((e) => (e.type === "NodeMessage" ? pkg.parseNodeMessage(e.text) : pkg.parseGatewayMessage(e.text)));
  const list = contestants(
    ctx,
    parsed.map((value, i) => ({ type: corpus[i].type, input: value })),
    options.chunks,
  );
  const results = measureInterleaved(list, options);
  const built = parsed.map(appBuilt);
  const exactness = list.map((c) => ({ name: c.name, parsed: mismatches(c, corpus, parsed), appBuilt: mismatches(c, corpus, built) }));
  return { messages: corpus.length, bytes: corpus.reduce((s, e) => s + e.text.length, 0), results, exactness };
}
