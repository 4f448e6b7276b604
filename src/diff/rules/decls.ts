import { defineRule } from "../types.js";

const ONLY_THROUGH_USES = "a type is on the wire only through the fields and variants that use it; those changes are reported where they are";

export const TYPE_ADDED = defineRule({
  id: "TYPE_ADDED",
  subject: "decl",
  layer: "wire",
  summary: "a type was added to `$defs`",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "ok" },
  why: ONLY_THROUGH_USES,
  check: ({ old, new: next }) => (next && !old ? [{ message: `type ${next.name} added (${next.kind})` }] : []),
});

export const TYPE_REMOVED = defineRule({
  id: "TYPE_REMOVED",
  subject: "decl",
  layer: "wire",
  summary: "a type was removed from `$defs`",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "ok" },
  why: ONLY_THROUGH_USES,
  source: "code that imports the type no longer compiles",
  check: ({ old, new: next }) => (old && !next ? [{ message: `type ${old.name} removed (${old.kind})` }] : []),
});

export const ENUM_REPRESENTATION_CHANGED = defineRule({
  id: "ENUM_REPRESENTATION_CHANGED",
  subject: "decl",
  layer: "wire",
  summary: "an enum's serde representation changed (`x-serde`: externally, internally, adjacently tagged, untagged)",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: "the tag moves, so neither side parses the other's values. The model accepts only externally tagged enums today, so this cannot fire yet",
  recipe: "add a new field or variant carrying the enum in its new representation (as an Option), deploy everywhere, then remove the old one",
  check: ({ old, new: next }) => {
    if (old?.kind !== "enum" || next?.kind !== "enum" || old.representation === next.representation) return [];
    const both = `always: a ${old.representation} value is not ${next.representation}`;
    return [
      {
        message: `representation ${old.representation} → ${next.representation}`,
        when: { oldReaderNewWriter: both, newReaderOldWriter: both },
      },
    ];
  },
});
