// 2. rejecting: invalid (but well-formed JSON) messages, time to the first error; which invalid
// messages each contestant wrongly accepts; and the error text of one deep error, ours beside Ajv's.
import { deepErrorText } from "../corpus.js";
import { byType, measureInterleaved, overItems } from "../lib/measure.js";

/** Returns the error (string) or undefined when the text was accepted. */
function rejecter(parse) {
  return (text) => {
    try {
      parse(text);
      return undefined;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  };
}

function ajvRejecter(validate) {
  return (text) => {
    const value = JSON.parse(text);
    if (validate(value)) return undefined;
    const first = validate.errors?.[0];
    return `${first?.instancePath} ${first?.message}`;
  };
}

function contestants(ctx) {
  const { pkg, ajv, typia } = ctx;
  const list = [
    { name: "JSON.parse (no validation)", node: rejecter(JSON.parse), gateway: rejecter(JSON.parse) },
    { name: "claw-proto parseNodeMessage / parseGatewayMessage", node: rejecter(pkg.parseNodeMessage), gateway: rejecter(pkg.parseGatewayMessage) },
    { name: "JSON.parse + Ajv (compiled at run time)", node: ajvRejecter(ajv.NodeMessage), gateway: ajvRejecter(ajv.GatewayMessage) },
  ];
  if (typia) {
    const assert = (check) => rejecter((text) => check(JSON.parse(text)));
    list.push({ name: "JSON.parse + typia assert", node: assert(typia.assertNodeMessage), gateway: assert(typia.assertGatewayMessage) });
  }
  return list;
}

export function runReject(ctx) {
  const { invalid, options } = ctx;
  const list = contestants(ctx);
  // A pass over 1,000 messages is short: repeat them so each timed round is well above timer noise.
  const repeat = 10;
  const items = Array.from({ length: repeat }, () => invalid.map((e) => ({ type: e.type, input: e.text }))).flat();
  const timed = list.map((c) => overItems(c.name, items, byType(c.node, c.gateway), options.chunks));
  const results = measureInterleaved(timed, options);
  const kinds = [...new Set(invalid.map((e) => e.kind))];
  const accepted = list.map((c) => {
    const byKind = Object.fromEntries(kinds.map((k) => [k, 0]));
    for (const e of invalid) if ((e.type === "NodeMessage" ? c.node : c.gateway)(e.text) === undefined) byKind[e.kind]++;
    return { name: c.name, total: Object.values(byKind).reduce((a, b) => a + b, 0), byKind };
  });
  const kindCounts = Object.fromEntries(kinds.map((k) => [k, invalid.filter((e) => e.kind === k).length]));
  const serdeOnly = kinds.filter((k) => invalid.some((e) => e.kind === k && e.serdeOnly));
  return { messages: invalid.length, repeat, results, kinds, kindCounts, serdeOnly, accepted, deepError: deepError(ctx) };
}

/** One deep error, as each contestant reports it. */
function deepError(ctx) {
  const text = deepErrorText();
  const ours = rejecter(ctx.pkg.parseGatewayMessage)(text);
  const value = JSON.parse(text);
  ctx.ajv.GatewayMessage(value);
  const ajvFirst = ctx.ajv.GatewayMessage.errors ?? [];
  ctx.ajvAll.GatewayMessage(value);
  const ajvAll = ctx.ajvAll.GatewayMessage.errors ?? [];
  const typia = ctx.typia ? rejecter((t) => ctx.typia.assertGatewayMessage(JSON.parse(t)))(text) : undefined;
  return {
    text,
    ours,
    ajv: { errors: ajvFirst.length, text: ctx.ajvAll.ajv.errorsText(ajvFirst, { separator: "\n" }) },
    ajvAllErrors: { errors: ajvAll.length, text: ctx.ajvAll.ajv.errorsText(ajvAll, { separator: "\n" }) },
    ...(typia ? { typia } : {}),
  };
}
