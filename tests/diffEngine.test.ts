import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffModels, pairMembers } from "../src/diff/engine.js";
import { sideOf } from "../src/diff/loadSide.js";
import { loadSchemaText } from "../src/load/loadSchema.js";
import { SCHEMA } from "./helpers/paths.js";

const side = (name: string, schema: object) => sideOf(name, name, loadSchemaText(name, JSON.stringify(schema, null, 2)));
const diff = (a: object, b: object) => diffModels(side("old.json", a), side("new.json", b));

type Defs = Record<string, object>;
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const struct = (props: Record<string, object>, optional: string[] = []) => ({
  type: "object",
  properties: props,
  required: Object.keys(props).filter((k) => !optional.includes(k)),
});
const option = (t: object) => ({ anyOf: [t, { type: "null" }] });
const u32 = { type: "integer", "x-rust-type": "u32" };
const union = (variants: Record<string, object>) => ({
  "x-serde": "externally-tagged",
  oneOf: Object.entries(variants).map(([name, payload]) => ({
    type: "object",
    properties: { [name]: payload },
    required: [name],
    additionalProperties: false,
  })),
});
const schema = (defs: Defs, version = 1) => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  "x-protocol-version": version,
  "x-messages": { NodeMessage: "node-to-gateway", GatewayMessage: "gateway-to-node" },
  $defs: { NodeMessage: union({ Up: ref("Tree") }), GatewayMessage: union({ Down: ref("Tree") }), ...defs },
});

/**
 * A synthetic protocol of `n` struct types in a binary tree (T_i holds lists of T_2i+1 and T_2i+2);
 * each message union has ten variants, each carrying one of the first twenty types.
 */
function synthetic(n: number, change: (i: number, props: Record<string, object>) => void = () => {}) {
  const defs: Defs = {};
  for (let i = 0; i < n; i++) {
    const props: Record<string, object> = { id: u32, name: { type: "string" } };
    for (const child of [2 * i + 1, 2 * i + 2]) if (child < n) props[`t${child}`] = { type: "array", items: ref(`T${child}`) };
    change(i, props);
    defs[`T${i}`] = struct(
      props,
      Object.keys(props).filter((k) => "anyOf" in props[k]!),
    );
  }
  const variants = (from: number) => Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`M${from + k}`, ref(`T${from + k}`)]));
  return { ...schema({}), $defs: { NodeMessage: union(variants(0)), GatewayMessage: union(variants(10)), ...defs } };
}

describe("pairMembers", () => {
  const m = (name: string, type = "a") => ({ name, type });
  const same = (x: { type: string }, y: { type: string }) => x.type === y.type;
  it("pairs by name, then a removed and an added member of the same shape at the same position as a rename", () => {
    expect(pairMembers([m("a"), m("b"), m("c")], [m("a"), m("x"), m("c")], same)).toEqual([
      { old: m("a"), new: m("a") },
      { old: m("c"), new: m("c") },
      { old: m("b"), new: m("x") },
    ]);
  });
  it("does not pair across positions or shapes", () => {
    expect(pairMembers([m("a"), m("b")], [m("x"), m("a")], same)).toEqual([{ old: m("a"), new: m("a") }, { old: m("b") }, { new: m("x") }]);
    expect(pairMembers([m("b", "a")], [m("x", "z")], same)).toEqual([{ old: m("b", "a") }, { new: m("x", "z") }]);
  });
});

describe("diff engine", () => {
  it("reports a change inside a shared type once, at the type, with every message and direction that reaches it", () => {
    const before = schema({ Tree: struct({ leaf: ref("Leaf") }), Leaf: struct({ n: u32 }) });
    const after = schema({ Tree: struct({ leaf: ref("Leaf") }), Leaf: struct({ n: { type: "integer", "x-rust-type": "u16" } }) });
    const report = diff(before, after);
    expect(report.findings).toHaveLength(1);
    const [f] = report.findings;
    expect(f).toMatchObject({ rule: "INT_NARROWED", path: "Leaf.n", reachedBy: ["GatewayMessage::Down", "NodeMessage::Up"], breaking: true });
    expect(f!.directions.map((d) => d.direction)).toEqual(["node-to-gateway", "gateway-to-node"]);
    // Nodes first fixes node → gateway, gateways first fixes gateway → node: no order is safe.
    expect(f!.rollout).toMatch(/^no deploy order is safe: make every writer stay within the new range first/);
    expect(f!.verdicts.newReaderOldWriter.when).toBe("an old writer sends a value above 65535 (invalid value: integer `65536`, expected u16)");
  });

  it("sees through aliases and newtypes, and across renamed but identical (even recursive) types", () => {
    const node = (child: string) => struct({ value: u32, children: { type: "array", items: ref(child) } });
    const before = schema({ Tree: struct({ root: ref("Node"), id: { type: "string", format: "uuid", "x-rust-type": "Uuid" } }), Node: node("Node") });
    const after = schema({
      Tree: struct({ root: ref("Vertex"), id: ref("Id") }),
      Vertex: node("Vertex"),
      Id: { type: "string", format: "uuid", "x-rust-type": "Uuid", "x-newtype": true },
    });
    expect(
      diff(before, after)
        .findings.map((f) => `${f.rule} ${f.path}`)
        .sort(),
    ).toEqual(["TYPE_ADDED Id", "TYPE_ADDED Vertex", "TYPE_REMOVED Node"]);
  });

  it("reports a replaced type that is not identical at the field that uses it", () => {
    const before = schema({ Tree: struct({ root: ref("A") }), A: struct({ x: u32 }), B: struct({ y: u32 }) });
    const after = schema({ Tree: struct({ root: ref("B") }), A: struct({ x: u32 }), B: struct({ y: u32 }) });
    expect(diff(before, after).findings.map((f) => `${f.rule} ${f.path} ${f.message}`)).toEqual(["FIELD_TYPE_CHANGED Tree.root type changed: A → B"]);
  });

  it("walks into Option, lists and tuples, naming the level", () => {
    const pair = (t: string) => ({ type: "array", prefixItems: [{ type: "string" }, { type: "integer", "x-rust-type": t }], items: false, minItems: 2 });
    const before = schema({ Tree: struct({ p: option({ type: "array", items: pair("u16") }) }, ["p"]) });
    const after = schema({ Tree: struct({ p: option({ type: "array", items: pair("u32") }) }, ["p"]) });
    expect(diff(before, after).findings.map((f) => f.message)).toEqual(["items item 1: u16 → u32: widened"]);
  });

  it("gives a type no message reaches no direction, so it breaks nothing", () => {
    const before = schema({ Tree: struct({}), Lonely: struct({ a: u32 }) });
    const after = schema({ Tree: struct({}), Lonely: struct({ a: u32, b: u32 }) });
    const report = diff(before, after);
    expect(report.findings).toMatchObject([{ rule: "FIELD_REQUIRED_ADDED", reachedBy: [], directions: [], breaking: false }]);
    expect(report.findings[0]!.verdicts.newReaderOldWriter.verdict).toBe("breaks");
    expect(report.summary.breaking).toBe(0);
  });

  it("scales to a 1,000-type schema: each change once, reached by exactly the messages above it", () => {
    const before = synthetic(1000);
    const after = synthetic(1000, (i, props) => {
      if (i % 100 === 99) props["extra"] = option(u32);
      if (i === 999) props["id"] = { type: "integer", "x-rust-type": "u64" };
    });
    const report = diff(before, after);
    expect(report.findings.map((f) => `${f.rule} ${f.path}`).sort()).toEqual([
      ...Array.from({ length: 10 }, (_, k) => `FIELD_OPTIONAL_ADDED T${k * 100 + 99}.extra`).sort(),
      "INT_WIDENED T999.id",
    ]);
    // T999's ancestors in the heap: 499, 249, 124, 61, 30, 14, 6, 2, 0; of those, messages carry T0, T2, T6 and T14.
    expect(report.findings.find((f) => f.rule === "INT_WIDENED")!.reachedBy).toEqual([
      "GatewayMessage::M14",
      "NodeMessage::M0",
      "NodeMessage::M2",
      "NodeMessage::M6",
    ]);
  });
});

describe("DEFAULT_CHANGED points at the keyword each side writes", () => {
  const text = readFileSync(SCHEMA, "utf8");
  const sideText = (name: string, t: string) => sideOf(name, name, loadSchemaText(name, t));
  const changed = (t: string) => {
    const next = t.replace(/("(?:x-rust-)?default": )"Never"/, '$1"Always"');
    expect(next).not.toBe(t);
    const finding = diffModels(sideText("old.json", t), sideText("new.json", next)).findings.find((f) => f.rule === "DEFAULT_CHANGED");
    const line = t.split("\n").findIndex((l) => /"(x-rust-)?default": "Never"/.test(l)) + 1;
    return { message: finding?.message, old: finding?.old.pointer, new: finding?.new.pointer, lines: [finding?.old.line, finding?.new.line], line };
  };

  it("x-rust-default in the canonical schema; default in one written the earlier way", () => {
    const ours = changed(text);
    expect(ours).toMatchObject({ message: "default Never → Always", old: "/$defs/RestartPolicy/x-rust-default", new: "/$defs/RestartPolicy/x-rust-default" });
    expect(ours.lines).toEqual([ours.line, ours.line]);
    const earlier = changed(text.replaceAll('"x-rust-default":', '"default":'));
    expect(earlier).toMatchObject({ old: "/$defs/RestartPolicy/default", new: "/$defs/RestartPolicy/default" });
  });
});
