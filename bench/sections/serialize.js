// 3. serialize: the parsed corpus through our serializers, against JSON.stringify (the floor),
// fast-json-stringify built from the same schema (over the union and one per variant) and typia.
// Also counts, per contestant, the outputs that differ byte-wise from serde's (= the corpus text),
// for the parsed values and for the same values with their keys in another order.
import { measureInterleaved } from "../lib/measure.js";

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

function overValues(name, values, writeNode, writeGateway) {
  return {
    name,
    node: writeNode,
    gateway: writeGateway,
    run: () => {
      let n = 0;
      for (const v of values.node) n += writeNode(v).length;
      for (const v of values.gateway) n += writeGateway(v).length;
      return n;
    },
  };
}

function contestants(ctx, values) {
  const { pkg, fjs, typia } = ctx;
  const list = [
    overValues("JSON.stringify", values, JSON.stringify, JSON.stringify),
    overValues("claw-proto serializeNodeMessage / serializeGatewayMessage", values, pkg.serializeNodeMessage, pkg.serializeGatewayMessage),
    overValues("fast-json-stringify, one over the union", values, fjs.NodeMessage.union, fjs.GatewayMessage.union),
    overValues("fast-json-stringify, one per variant", values, fjs.NodeMessage.perVariant, fjs.GatewayMessage.perVariant),
  ];
  if (typia) {
    list.push(overValues("typia json.stringify", values, typia.stringifyNodeMessage, typia.stringifyGatewayMessage));
    list.push(overValues("typia json.assertStringify", values, typia.assertStringifyNodeMessage, typia.assertStringifyGatewayMessage));
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
  const values = { node: parsed.filter((_, i) => corpus[i].type === "NodeMessage"), gateway: parsed.filter((_, i) => corpus[i].type === "GatewayMessage") };
  const list = contestants(ctx, values);
  const results = measureInterleaved(list, options);
  const built = parsed.map(appBuilt);
  const exactness = list.map((c) => ({ name: c.name, parsed: mismatches(c, corpus, parsed), appBuilt: mismatches(c, corpus, built) }));
  return { messages: corpus.length, bytes: corpus.reduce((s, e) => s + e.text.length, 0), results, exactness };
}
