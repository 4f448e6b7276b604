import type { Rules } from "../../model/types.js";
import type { Hit } from "../types.js";
import { defineRule } from "../types.js";

type Bound = "minimum" | "maximum" | "minLength";
const BOUNDS: readonly Bound[] = ["minimum", "maximum", "minLength"];

interface BoundChange {
  bound: Bound;
  old?: bigint;
  new?: bigint;
  /** The new bound admits fewer values than the old one. */
  tighter: boolean;
}

/** Every bound that differs; an added bound is a tightening, a removed one a loosening. */
function boundChanges(old: Rules, next: Rules): BoundChange[] {
  const out: BoundChange[] = [];
  for (const bound of BOUNDS) {
    const a = old[bound] === undefined ? undefined : BigInt(old[bound]);
    const b = next[bound] === undefined ? undefined : BigInt(next[bound]);
    if (a === b) continue;
    const tighter = b !== undefined && (a === undefined || (bound === "maximum" ? b < a : b > a));
    out.push({ bound, ...(a !== undefined && { old: a }), ...(b !== undefined && { new: b }), tighter });
  }
  return out;
}

/** What a value must do to fall foul of a bound: "a value above 32", "an item shorter than 3". */
function violating(bound: Bound, limit: bigint, item: boolean): string {
  const what = item ? "an item" : bound === "minLength" ? "a string" : "a value";
  if (bound === "maximum") return `${what} above ${limit}`;
  if (bound === "minimum") return `${what} below ${limit}`;
  return `${what} shorter than ${limit}`;
}

const at = (item: boolean, key: string) => `${item ? "/items" : ""}/x-rules/${key}`;

function describe(c: BoundChange, item: boolean): string {
  const where = `${item ? "each item's " : ""}x-rules ${c.bound}`;
  if (c.old === undefined) return `${where} ${c.new} added`;
  if (c.new === undefined) return `${where} ${c.old} removed`;
  return `${where} ${c.old} → ${c.new}`;
}

function boundHit(c: BoundChange, item: boolean): Hit {
  const hit: Hit = { message: `${describe(c, item)}: ${c.tighter ? "tightened" : "loosened"}` };
  if (c.old !== undefined) hit.oldAt = at(item, c.bound);
  if (c.new !== undefined) hit.newAt = at(item, c.bound);
  // The condition is the band only the looser side admits.
  if (c.tighter) hit.when = { newReaderOldWriter: `an old writer sends ${violating(c.bound, c.new!, item)}, which the new rules reject` };
  else hit.when = { oldReaderNewWriter: `a new writer sends ${violating(c.bound, c.old!, item)}, which the old rules reject` };
  return hit;
}

const RULE_LAYER = "serde accepts any value of the type; the spec's validation (validate_workload_spec) rejects what the rules exclude";

export const RULE_BOUND_TIGHTENED = defineRule({
  id: "RULE_BOUND_TIGHTENED",
  subject: "rules",
  layer: "rules",
  summary: "an x-rules bound (minimum, maximum, minLength) was added or tightened",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "breaks" },
  why: `${RULE_LAYER}: a new reader rejects old values outside the new bound`,
  recipe: "make every writer respect the new bound first, deploy, then tighten the rule",
  check: ({ old, new: next, item }) =>
    boundChanges(old, next)
      .filter((c) => c.tighter)
      .map((c) => boundHit(c, item)),
});

export const RULE_BOUND_LOOSENED = defineRule({
  id: "RULE_BOUND_LOOSENED",
  subject: "rules",
  layer: "rules",
  summary: "an x-rules bound (minimum, maximum, minLength) was removed or loosened",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "ok" },
  why: `${RULE_LAYER}: an old reader rejects new values outside the old bound`,
  recipe: "deploy the looser rule everywhere before any writer sends the newly allowed values",
  check: ({ old, new: next, item }) =>
    boundChanges(old, next)
      .filter((c) => !c.tighter)
      .map((c) => boundHit(c, item)),
});

const formatWhere = (item: boolean) => `${item ? "each item's " : ""}x-rules format`;

export const RULE_PATTERN_TIGHTENED = defineRule({
  id: "RULE_PATTERN_TIGHTENED",
  subject: "rules",
  layer: "rules",
  summary: "an x-rules format (pattern) was added",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "breaks" },
  why: `${RULE_LAYER}: a new reader rejects old values that do not match the format`,
  recipe: "make every writer send only matching values first, deploy, then add the format",
  check: ({ old, new: next, item }) =>
    next.format !== undefined && old.format !== next.format
      ? [
          {
            message: `${formatWhere(item)} ${next.format} added: tightened`,
            newAt: at(item, "format"),
            when: { newReaderOldWriter: `an old writer sends a value that is not a valid ${next.format}` },
          },
        ]
      : [],
});

export const RULE_PATTERN_LOOSENED = defineRule({
  id: "RULE_PATTERN_LOOSENED",
  subject: "rules",
  layer: "rules",
  summary: "an x-rules format (pattern) was removed",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "ok" },
  why: `${RULE_LAYER}: an old reader rejects new values that do not match the old format`,
  recipe: "deploy the looser rule everywhere before any writer sends non-matching values",
  check: ({ old, new: next, item }) =>
    old.format !== undefined && next.format === undefined
      ? [
          {
            message: `${formatWhere(item)} ${old.format} removed: loosened`,
            oldAt: at(item, "format"),
            when: { oldReaderNewWriter: `a new writer sends a value that is not a valid ${old.format}` },
          },
        ]
      : [],
});

export const DEFAULT_CHANGED = defineRule({
  id: "DEFAULT_CHANGED",
  subject: "default",
  layer: "rules",
  summary: "a default (an enum's or a field's `x-rust-default`) was added, removed or changed",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "ok" },
  why: "serde never fills defaults (no `#[serde(default)]`): only values built with `Default` / `.default()` / `.create()` change",
  check: ({ old, new: next, oldAt, newAt }) => {
    if (old === next) return [];
    const hit: Hit = { message: old === undefined ? `default ${next} added` : next === undefined ? `default ${old} removed` : `default ${old} → ${next}` };
    if (old !== undefined) hit.oldAt = oldAt;
    if (next !== undefined) hit.newAt = newAt;
    return [hit];
  },
});
