// 1. parse + validate: the corpus through our parsers, against bare JSON.parse (the floor) and
// JSON.parse followed by a schema check (Ajv compiled at run time; typia as a reference).
import { Buffer } from "node:buffer";
import { byType, measureInterleaved, overItems } from "../lib/measure.js";

function checked(validate) {
  return (text) => {
    const v = JSON.parse(text);
    if (!validate(v)) throw new Error(`rejected a valid message: ${JSON.stringify(validate.errors?.[0])}`);
    return v;
  };
}

/** The contestants of this section over `entries`, the baseline first; shared with the per-kind breakdown. */
function contestants(ctx, entries, chunks) {
  const { pkg, ajv, typia } = ctx;
  const items = entries.map((e) => ({ type: e.type, input: e.text }));
  const over = (name, node, gateway) => overItems(name, items, byType(node, gateway), chunks);
  const list = [
    over("JSON.parse (no validation)", JSON.parse, JSON.parse),
    over("claw-proto parseNodeMessage / parseGatewayMessage", pkg.parseNodeMessage, pkg.parseGatewayMessage),
    over("JSON.parse + Ajv (compiled at run time)", checked(ajv.NodeMessage), checked(ajv.GatewayMessage)),
  ];
  if (typia) {
    const assert = (check) => (text) => check(JSON.parse(text));
    list.push(over("JSON.parse + typia assert", assert(typia.assertNodeMessage), assert(typia.assertGatewayMessage)));
  }
  return list;
}

/** The gateway's case: each message arrives as a Buffer (what `ws` hands over); the baseline decodes it, then JSON.parse. */
function byteContestants(ctx, entries, chunks) {
  const { pkg } = ctx;
  const items = entries.map((e) => ({ type: e.type, input: Buffer.from(e.text, "utf8") }));
  const decodeThenParse = (buf) => JSON.parse(buf.toString("utf8"));
  return [
    overItems("JSON.parse(buf.toString())", items, byType(decodeThenParse, decodeThenParse), chunks),
    overItems("claw-proto parseNodeMessage / parseGatewayMessage (Buffer)", items, byType(pkg.parseNodeMessage, pkg.parseGatewayMessage), chunks),
  ];
}

const KINDS = { Metrics: ["Metrics"], Register: ["Register"], WorkloadLogs: ["WorkloadLogs"], DeployWorkload: ["DeployWorkload"] };

export function runParse(ctx) {
  const { corpus, options } = ctx;
  const bytes = corpus.reduce((sum, e) => sum + e.text.length, 0);
  const results = measureInterleaved(contestants(ctx, corpus, options.chunks), options);
  // Where the time goes: the same contestants over each heavy message kind, and the rest together.
  const heavy = new Set(Object.values(KINDS).flat());
  const groups = { ...KINDS, "the 9 small kinds": null };
  const byKind = Object.entries(groups).map(([label, variants]) => {
    const entries = corpus.filter((e) => (variants ? variants.includes(e.variant) : !heavy.has(e.variant)));
    const chunks = Math.max(1, Math.round((options.chunks * entries.length) / corpus.length));
    const measured = measureInterleaved(contestants(ctx, entries, chunks), { ...options, chunks, rounds: Math.max(5, options.rounds >> 1) });
    return { label, messages: entries.length, bytes: entries.reduce((s, e) => s + e.text.length, 0), results: measured };
  });
  const perType = { NodeMessage: 0, GatewayMessage: 0 };
  for (const e of corpus) perType[e.type]++;
  const fromBytes = measureInterleaved(byteContestants(ctx, corpus, options.chunks), options);
  return { messages: corpus.length, byType: perType, bytes, results, byKind, fromBytes };
}
