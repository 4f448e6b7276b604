import { InputError, joinPointer } from "../diagnostics.js";
import { parseDirection } from "../model/direction.js";
import type { Direction, EnumDecl, Field, Model, Rules, Variant } from "../model/types.js";
import { describeOrder, requiredOrders, rolloutFor } from "./advice.js";
import type { Order } from "./advice.js";
import { rulesFor } from "./catalogue.js";
import { isConflict, protocolOf } from "./protocol.js";
import type { Protocol } from "./protocol.js";
import { computeReach, unionOf } from "./reach.js";
import { Equivalence, declShape, expand, indexModel, payloadShape } from "./shape.js";
import type {
  DiffReport,
  DiffSummary,
  DirectionVerdicts,
  Finding,
  Hit,
  Judged,
  Layer,
  Location,
  Rule,
  Shape,
  SideInfo,
  Subject,
  Subjects,
  Where,
} from "./types.js";

/** One schema as the engine sees it: its model, and a way back to lines in its file. */
export interface Side extends Omit<SideInfo, "protocolVersionAt"> {
  model: Model;
  locate(pointer: string): { line: number; column: number };
  /** Whether the document has a value at a pointer (absent: a side built from a model alone). */
  has?(pointer: string): boolean;
}

/** Where the engine is in both models when it runs rules. */
interface Place {
  type: string;
  /** Below the type: `priority`, `Register`, `Register.node_id`. */
  member?: string;
  /** For people: `WorkloadSpec.priority`, `NodeMessage::Register.node_id`. */
  path: string;
  old: string;
  new: string;
  reach: readonly string[];
}

/** What a finding takes from its rule (everything but the check). */
type RuleInfo = Pick<Rule, "id" | "layer" | "verdicts" | "recipe" | "source">;

const LAYERS: readonly Layer[] = ["wire", "rules", "docs"];

/**
 * Compare two models: pair their nodes by stable key (type, field, variant name) and run every rule on each pair.
 * Throws InputError when the two schemas name more than two peers in all (a peer renamed).
 */
export function diffModels(oldSide: Side, newSide: Side): DiffReport {
  const old = indexModel(oldSide.model);
  const next = indexModel(newSide.model);
  const protocol = sharedProtocol(oldSide, newSide);
  // Each way between the two peers, the first-named peer's writing first (claw-proto: node → gateway, gateway → node).
  const [first, second] = protocol.peers;
  const ways: readonly Direction[] = first !== undefined && second !== undefined ? [`${first}-to-${second}`, `${second}-to-${first}`] : [];
  const same = new Equivalence(old, next);
  const reachOld = computeReach(old.model);
  const reachNew = computeReach(next.model);
  const unionDirections = new Map([...reachOld.directions, ...reachNew.directions]);
  const findings: Finding[] = [];

  const run = <S extends Subject>(subject: S, pair: Subjects[S], place: Place, prefix = ""): void => {
    for (const rule of rulesFor(subject)) {
      for (const hit of rule.check(pair)) findings.push(toFinding(rule, hit, place, prefix));
    }
  };

  /** A default on each side, and the keyword each is written under (`x-rust-default`, or `default` in earlier schemas). */
  const defaults = (a: string | undefined, b: string | undefined, place: Place): Subjects["default"] => {
    const keyword = (side: Side, pointer: string) => (side.has?.(`${pointer}/x-rust-default`) ? "/x-rust-default" : "/default");
    return { old: a, new: b, oldAt: keyword(oldSide, place.old), newAt: keyword(newSide, place.new) };
  };

  const toFinding = (rule: RuleInfo, hit: Hit, place: Place, prefix: string): Finding => {
    const at = (side: Side, base: string, suffix: string | undefined): Location => {
      const pointer = base + (suffix ?? "");
      return { pointer, ...side.locate(pointer) };
    };
    const judged = (role: keyof Rule["verdicts"]): Judged => {
      const verdict = rule.verdicts[role];
      const when = hit.when?.[role];
      return verdict === "breaks" && when !== undefined ? { verdict, when } : { verdict };
    };
    const verdicts = { oldReaderNewWriter: judged("oldReaderNewWriter"), newReaderOldWriter: judged("newReaderOldWriter") };
    const travels = new Set(place.reach.map((key) => unionDirections.get(unionOf(key))));
    const directions: DirectionVerdicts[] = ways
      .filter((d) => travels.has(d))
      .map((direction) => {
        const { from, to } = parseDirection(direction);
        return { direction, writer: from, reader: to, ...verdicts };
      });
    const orders = requiredOrders(directions);
    const finding: Finding = {
      rule: rule.id,
      layer: rule.layer,
      message: prefix ? `${prefix}: ${hit.message}` : hit.message,
      type: place.type,
      ...(place.member !== undefined && { member: place.member }),
      path: place.path,
      old: at(oldSide, place.old, hit.oldAt),
      new: at(newSide, place.new, hit.newAt),
      reachedBy: [...place.reach],
      verdicts,
      directions,
      breaking: orders.size > 0,
    };
    const rollout = rolloutFor(orders, hit.recipe ?? rule.recipe, protocol);
    if (rollout) finding.rollout = rollout;
    if (rule.source) finding.source = rule.source;
    return finding;
  };

  /** Compare two values at one place, level by level: each level that differs goes to the value rules. */
  const walk = (from: Shape, to: Shape, where: Where, place: Place, path: readonly string[] = []): void => {
    if (from.kind === "ref" && to.kind === "ref" && from.name === to.name) return; // reported at the type itself
    const a = expand(from, old);
    const b = expand(to, next);
    if (same.shapes(a, b)) return;
    run("value", { from: a, to: b, where }, place, path.join(" "));
    if (a.kind === "option" && b.kind === "option") walk(a.of, b.of, where, place, path);
    else if (a.kind === "option") walk(a.of, b, where, place, path);
    else if (b.kind === "option") walk(a, b.of, where, place, path);
    else if (a.kind === "list" && b.kind === "list") walk(a.of, b.of, where, place, [...path, "items"]);
    else if (a.kind === "map" && b.kind === "map") walk(a.of, b.of, where, place, [...path, "values"]);
    else if (a.kind === "tuple" && b.kind === "tuple" && a.items.length === b.items.length) {
      a.items.forEach((t, i) => walk(t, b.items[i]!, where, place, [...path, `item ${i}`]));
    }
  };

  const compareRules = (a: Rules | undefined, b: Rules | undefined, item: boolean, place: Place): void => {
    run("rules", { old: a ?? {}, new: b ?? {}, item }, place);
    const suffix = `${item ? "/items" : ""}/x-rules`;
    const docs: Place = {
      ...place,
      path: `${place.path} (${item ? "item " : ""}x-rules)`,
      old: place.old + (a ? suffix : ""),
      new: place.new + (b ? suffix : ""),
    };
    run("description", { old: a?.description, new: b?.description }, docs);
  };

  const compareFields = (olds: readonly Field[], news: readonly Field[], owner: Place, memberPrefix: string): void => {
    for (const pair of pairMembers(olds, news, (a, b) => same.shapes(a.type, b.type))) {
      const name = (pair.new ?? pair.old)!.name;
      const place: Place = {
        type: owner.type,
        member: memberPrefix + name,
        path: `${owner.path}.${name}`,
        old: pair.old?.pointer ?? owner.old,
        new: pair.new?.pointer ?? owner.new,
        reach: owner.reach,
      };
      run("field", pair, place);
      if (!pair.old || !pair.new) continue;
      run("description", { old: pair.old.description, new: pair.new.description }, place);
      run("default", defaults(pair.old.default, pair.new.default, place), place);
      compareRules(pair.old.rules, pair.new.rules, false, place);
      compareRules(pair.old.itemRules, pair.new.itemRules, true, place);
      walk(pair.old.type, pair.new.type, "field", place);
    }
  };

  const compareVariants = (a: EnumDecl, b: EnumDecl, owner: Place): void => {
    const message = unionDirections.has(a.name);
    const pairs = pairMembers(a.variants, b.variants, (x, y) => same.variants(x, y));
    run("variants", { enums: { old: a, new: b }, pairs }, owner);
    for (const pair of pairs) {
      const name = (pair.new ?? pair.old)!.name;
      const keys = [pair.old, pair.new].filter((v): v is Variant => v !== undefined).map((v) => `${a.name}::${v.name}`);
      const place: Place = {
        type: owner.type,
        member: name,
        path: `${owner.path}::${name}`,
        old: pair.old?.pointer ?? owner.old,
        new: pair.new?.pointer ?? owner.new,
        reach: message ? [...new Set(keys)] : owner.reach,
      };
      run("variant", { ...pair, message, enums: { old: a, new: b } }, place);
      if (!pair.old || !pair.new) continue;
      run("description", { old: pair.old.description, new: pair.new.description }, place);
      const x = pair.old.payload;
      const y = pair.new.payload;
      if (x.kind === "unit" || y.kind === "unit") continue; // unit ↔ data: the variant rules above
      if (x.kind === "struct" && y.kind === "struct") {
        // Where the variant's fields are written: under its tag, under the content key, or beside the tag.
        const body = (v: Variant, e: EnumDecl) =>
          e.representation === "externally-tagged"
            ? joinPointer(v.pointer, "properties", v.name)
            : e.representation === "adjacently-tagged"
              ? joinPointer(v.pointer, "properties", e.content!)
              : v.pointer;
        compareFields(x.fields, y.fields, { ...place, old: body(pair.old, a), new: body(pair.new, b) }, `${name}.`);
      } else walk(payloadShape(x), payloadShape(y), "variant", place);
    }
  };

  const reachOf = (name: string): string[] => {
    if (unionDirections.has(name)) return [name];
    return [...new Set([...(reachOld.byType.get(name) ?? []), ...(reachNew.byType.get(name) ?? [])])].sort();
  };

  const modelPlace: Place = { type: "(schema)", path: "(schema)", old: "", new: "", reach: [...unionDirections.keys()].sort() };
  run("model", { old: old.model, new: next.model, protocol }, modelPlace);
  run("description", { old: old.model.description, new: next.model.description }, modelPlace);

  const names = [...new Set([...next.model.decls.map((d) => d.name), ...old.model.decls.map((d) => d.name)])];
  for (const name of names) {
    const a = old.decls.get(name);
    const b = next.decls.get(name);
    const place: Place = { type: name, path: name, old: a?.pointer ?? "/$defs", new: b?.pointer ?? "/$defs", reach: reachOf(name) };
    run("decl", { old: a, new: b }, place);
    if (!a || !b) continue;
    run("description", { old: a.description, new: b.description }, place);
    if (a.kind === "struct" && b.kind === "struct") compareFields(a.fields, b.fields, place, "");
    else if (a.kind === "enum" && b.kind === "enum") {
      run("default", defaults(a.default, b.default, place), place);
      compareVariants(a, b, place);
    } else walk(declShape(a), declShape(b), "type", place);
  }

  findings.sort(
    (x, y) =>
      LAYERS.indexOf(x.layer) - LAYERS.indexOf(y.layer) ||
      x.new.line - y.new.line ||
      x.old.line - y.old.line ||
      x.rule.localeCompare(y.rule) ||
      x.message.localeCompare(y.message),
  );
  const info = (s: Side): SideInfo => ({
    label: s.label,
    file: s.file,
    protocolVersion: s.protocolVersion,
    protocolVersionAt: { pointer: "/x-protocol-version", ...s.locate("/x-protocol-version") },
  });
  return { old: info(oldSide), new: info(newSide), summary: summarize(findings, oldSide, newSide, protocol), findings, protocol };
}

/** The peers both schemas name (at most two in all) and the messages that carry the version. */
function sharedProtocol(oldSide: Side, newSide: Side): Protocol {
  const protocol = protocolOf(oldSide.model, newSide.model);
  if (!isConflict(protocol)) return protocol;
  const names = (peers: readonly string[]) => (peers.length > 0 ? peers.join(" and ") : "no peers");
  const message =
    `the old schema's x-messages names ${names(protocol.old)} (${oldSide.label}), the new one's ${names(protocol.new)}: ` +
    `diff compares two versions of one protocol between two peers, and cannot tell which old peer a new one is (a renamed peer is not supported)`;
  throw new InputError([{ code: "peers-changed", message, file: newSide.file, pointer: "/x-messages", ...newSide.locate("/x-messages") }]);
}

function summarize(findings: readonly Finding[], oldSide: Side, newSide: Side, protocol: Protocol): DiffSummary {
  const byLayer = Object.fromEntries(LAYERS.map((l) => [l, { findings: 0, breaking: 0 }])) as DiffSummary["byLayer"];
  const orders = new Set<Order>();
  for (const f of findings) {
    byLayer[f.layer].findings++;
    if (f.breaking) byLayer[f.layer].breaking++;
    for (const o of requiredOrders(f.directions)) orders.add(o);
  }
  const versionChanged = oldSide.protocolVersion !== newSide.protocolVersion;
  const broken = findings.filter((f) => f.breaking);
  const summary: DiffSummary = {
    findings: findings.length,
    breaking: broken.length,
    byLayer,
    sourceBreaking: findings.filter((f) => f.source !== undefined).length,
    versionChanged,
    breakingWithoutVersionChange: broken.length > 0 && !versionChanged,
  };
  if (orders.size === 1) summary.rollout = describeOrder([...orders][0]!, protocol);
  else if (broken.length === 1) summary.rollout = broken[0]!.rollout;
  else if (orders.size === 2) summary.rollout = "no single deploy order is safe for every change: follow each breaking change's advice, or split the change";
  return summary;
}

/**
 * Pair old and new members by wire name, then by Rust name (a `rename_all` change moves the wire
 * name of a member Rust still calls the same), then a removed and an added member at the same
 * position with the same shape as one member renamed.
 */
export function pairMembers<T extends { name: string; rustName?: string }>(
  olds: readonly T[],
  news: readonly T[],
  sameShape: (a: T, b: T) => boolean,
): { old?: T; new?: T }[] {
  const rust = (m: T) => m.rustName ?? m.name;
  const oldByName = new Map(olds.map((o) => [o.name, o]));
  const newNames = new Set(news.map((n) => n.name));
  const pairs: { old?: T; new?: T }[] = news.filter((n) => oldByName.has(n.name)).map((n) => ({ old: oldByName.get(n.name)!, new: n }));
  const added = news.map((n, index) => ({ n, index })).filter(({ n }) => !oldByName.has(n.name));
  const taken = new Set<T>();
  const unpaired = olds.map((o, index) => ({ o, index })).filter(({ o }) => !newNames.has(o.name));
  const matched = new Map<T, T>();
  const claim = (o: T, n: T | undefined) => {
    if (!n) return;
    taken.add(n);
    matched.set(o, n);
  };
  for (const { o } of unpaired) claim(o, added.find(({ n }) => !taken.has(n) && rust(n) === rust(o))?.n);
  for (const { o, index } of unpaired) {
    if (!matched.has(o)) claim(o, added.find((x) => x.index === index && !taken.has(x.n) && sameShape(o, x.n))?.n);
  }
  for (const { o } of unpaired) pairs.push(matched.has(o) ? { old: o, new: matched.get(o)! } : { old: o });
  for (const { n } of added) if (!taken.has(n)) pairs.push({ new: n });
  return pairs;
}
