import { DESCRIPTION_CHANGED } from "./rules/docs.js";
import { ENUM_REPRESENTATION_CHANGED, TYPE_ADDED, TYPE_REMOVED, UNTAGGED_ORDER_CHANGED } from "./rules/decls.js";
import {
  FIELD_OPTIONAL_ADDED,
  FIELD_OPTIONAL_REMOVED,
  FIELD_RENAMED,
  FIELD_REQUIRED_ADDED,
  FIELD_REQUIRED_REMOVED,
  FIELD_RUST_NAME_CHANGED,
} from "./rules/fields.js";
import { PROTOCOL_VERSION_CHANGED } from "./rules/model.js";
import { DEFAULT_CHANGED, RULE_BOUND_LOOSENED, RULE_BOUND_TIGHTENED, RULE_PATTERN_LOOSENED, RULE_PATTERN_TIGHTENED } from "./rules/ruleLayer.js";
import {
  FIELD_TYPE_CHANGED,
  FLOAT_NARROWED,
  FLOAT_TO_INT,
  FLOAT_TO_INT_LOSSY,
  FLOAT_WIDENED,
  INT_TO_FLOAT,
  INT_TO_FLOAT_LOSSY,
  INT_NARROWED,
  INT_SIGN_CHANGED,
  INT_WIDENED,
  LIST_TO_SINGLE,
  OPTION_TO_REQUIRED,
  PATTERN_LOOSENED,
  PATTERN_TIGHTENED,
  REQUIRED_TO_OPTION,
  SINGLE_TO_LIST,
  TYPE_SHAPE_CHANGED,
  VARIANT_PAYLOAD_CHANGED,
} from "./rules/values.js";
import {
  ENUM_CLOSED,
  ENUM_OPENED,
  MESSAGE_ADDED,
  MESSAGE_REMOVED,
  MESSAGE_RENAMED,
  VARIANT_ADDED,
  VARIANT_ADDED_OPEN,
  VARIANT_CATCH_ALL_CHANGED,
  VARIANT_DATA_TO_UNIT,
  VARIANT_REMOVED,
  VARIANT_RENAMED,
  VARIANT_RUST_NAME_CHANGED,
  VARIANT_UNIT_TO_DATA,
} from "./rules/variants.js";
import type { AnyRule, Rule, Subject } from "./types.js";

/** Every diff rule, in documentation order. Registering a rule is one line here (plus its fixture). */
export const RULES: readonly AnyRule[] = [
  PROTOCOL_VERSION_CHANGED,
  TYPE_ADDED,
  TYPE_REMOVED,
  TYPE_SHAPE_CHANGED,
  ENUM_REPRESENTATION_CHANGED,
  UNTAGGED_ORDER_CHANGED,
  FIELD_REQUIRED_ADDED,
  FIELD_OPTIONAL_ADDED,
  FIELD_REQUIRED_REMOVED,
  FIELD_OPTIONAL_REMOVED,
  FIELD_RENAMED,
  FIELD_RUST_NAME_CHANGED,
  FIELD_TYPE_CHANGED,
  OPTION_TO_REQUIRED,
  REQUIRED_TO_OPTION,
  INT_WIDENED,
  INT_NARROWED,
  INT_SIGN_CHANGED,
  FLOAT_WIDENED,
  FLOAT_NARROWED,
  INT_TO_FLOAT,
  INT_TO_FLOAT_LOSSY,
  FLOAT_TO_INT,
  FLOAT_TO_INT_LOSSY,
  LIST_TO_SINGLE,
  SINGLE_TO_LIST,
  PATTERN_TIGHTENED,
  PATTERN_LOOSENED,
  VARIANT_ADDED,
  VARIANT_ADDED_OPEN,
  VARIANT_REMOVED,
  VARIANT_RENAMED,
  VARIANT_RUST_NAME_CHANGED,
  ENUM_OPENED,
  ENUM_CLOSED,
  VARIANT_CATCH_ALL_CHANGED,
  MESSAGE_ADDED,
  MESSAGE_REMOVED,
  MESSAGE_RENAMED,
  VARIANT_UNIT_TO_DATA,
  VARIANT_DATA_TO_UNIT,
  VARIANT_PAYLOAD_CHANGED,
  RULE_BOUND_TIGHTENED,
  RULE_BOUND_LOOSENED,
  RULE_PATTERN_TIGHTENED,
  RULE_PATTERN_LOOSENED,
  DEFAULT_CHANGED,
  DESCRIPTION_CHANGED,
];

const BY_SUBJECT = new Map<Subject, AnyRule[]>();
for (const rule of RULES) BY_SUBJECT.set(rule.subject, [...(BY_SUBJECT.get(rule.subject) ?? []), rule]);

export function rulesFor<S extends Subject>(subject: S): readonly Rule<S>[] {
  return (BY_SUBJECT.get(subject) ?? []) as readonly AnyRule[] as readonly Rule<S>[];
}

/** The README's verdict table, generated from the catalogue so the two cannot drift. */
export function verdictTable(): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const rows = RULES.map((r) =>
    [`\`${r.id}\``, r.layer, r.summary, r.verdicts.oldReaderNewWriter, r.verdicts.newReaderOldWriter, r.why, r.recipe ?? ""].map(cell).join(" | "),
  );
  return [
    "| rule | layer | change | old reader, new writer | new reader, old writer | why | when no deploy order is safe |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r} |`),
  ].join("\n");
}
