// 1. parse + validate: the corpus through our parsers, against bare JSON.parse (the floor) and
// JSON.parse followed by a schema check (Ajv compiled at run time; typia as a reference).
import { measureInterleaved } from "../lib/measure.js";

/**
 * A contestant that runs `parse` over every text with the parser of its message type.
 * @param {string} name
 * @param {{ node: string[], gateway: string[] }} texts
 * @param {(text: string) => unknown} parseNode
 * @param {(text: string) => unknown} parseGateway
 */
function overCorpus(name, texts, parseNode, parseGateway) {
  return {
    name,
    run: () => {
      let n = 0;
      for (const t of texts.node) if (parseNode(t) !== undefined) n++;
      for (const t of texts.gateway) if (parseGateway(t) !== undefined) n++;
      return n;
    },
  };
}

function checked(validate) {
  return (text) => {
    const v = JSON.parse(text);
    if (!validate(v)) throw new Error(`rejected a valid message: ${JSON.stringify(validate.errors?.[0])}`);
    return v;
  };
}

/** The contestants of this section, the baseline first; shared with the per-kind breakdown. */
function contestants(ctx, texts) {
  const { pkg, ajv, typia } = ctx;
  const list = [
    overCorpus("JSON.parse (no validation)", texts, JSON.parse, JSON.parse),
    overCorpus("claw-proto parseNodeMessage / parseGatewayMessage", texts, pkg.parseNodeMessage, pkg.parseGatewayMessage),
    overCorpus("JSON.parse + Ajv (compiled at run time)", texts, checked(ajv.NodeMessage), checked(ajv.GatewayMessage)),
  ];
  if (typia) {
    const assert = (check) => (text) => check(JSON.parse(text));
    list.push(overCorpus("JSON.parse + typia assert", texts, assert(typia.assertNodeMessage), assert(typia.assertGatewayMessage)));
  }
  return list;
}

function split(entries) {
  return {
    node: entries.filter((e) => e.type === "NodeMessage").map((e) => e.text),
    gateway: entries.filter((e) => e.type === "GatewayMessage").map((e) => e.text),
  };
}

const KINDS = { Metrics: ["Metrics"], Register: ["Register"], WorkloadLogs: ["WorkloadLogs"], DeployWorkload: ["DeployWorkload"] };

export function runParse(ctx) {
  const { corpus, options } = ctx;
  const bytes = corpus.reduce((sum, e) => sum + e.text.length, 0);
  const results = measureInterleaved(contestants(ctx, split(corpus)), options);
  // Where the time goes: the same contestants over each heavy message kind, and the rest together.
  const heavy = new Set(Object.values(KINDS).flat());
  const groups = { ...KINDS, "the 9 small kinds": null };
  const byKind = Object.entries(groups).map(([label, variants]) => {
    const entries = corpus.filter((e) => (variants ? variants.includes(e.variant) : !heavy.has(e.variant)));
    const measured = measureInterleaved(contestants(ctx, split(entries)), { ...options, rounds: Math.max(5, options.rounds >> 1) });
    return { label, messages: entries.length, bytes: entries.reduce((s, e) => s + e.text.length, 0), results: measured };
  });
  const byType = { NodeMessage: 0, GatewayMessage: 0 };
  for (const e of corpus) byType[e.type]++;
  return { messages: corpus.length, byType, bytes, results, byKind };
}
