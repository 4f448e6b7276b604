import type { Field } from "../../model/types.js";
import { showShape } from "../shape.js";
import { defineRule } from "../types.js";

const isOption = (f: Field) => f.type.kind === "option";
const rust = (f: Field) => f.rustName ?? f.name;
const LITERALS_MUST_SET = "object literals (TypeScript) and struct expressions (Rust) of the type must now set the field";
const READERS_OF_FIELD = "code that reads or sets the field no longer compiles";

export const FIELD_REQUIRED_ADDED = defineRule({
  id: "FIELD_REQUIRED_ADDED",
  subject: "field",
  layer: "wire",
  summary: "a required (non-Option) field was added",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "breaks" },
  why: "an old reader ignores the unknown field; a new reader rejects a message without it (`missing field`)",
  recipe: "add it as an Option, deploy everywhere, then make it required",
  source: LITERALS_MUST_SET,
  check: ({ old, new: next }) =>
    next && !old && !isOption(next)
      ? [
          {
            message: `field ${next.name} added, required (${showShape(next.type)})`,
            when: { newReaderOldWriter: `always: an old writer omits it (missing field \`${next.name}\`)` },
          },
        ]
      : [],
});

export const FIELD_OPTIONAL_ADDED = defineRule({
  id: "FIELD_OPTIONAL_ADDED",
  subject: "field",
  layer: "wire",
  summary: "an Option field was added",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "ok" },
  why: "an old reader ignores the unknown field; a new reader reads the absent key as None",
  source: LITERALS_MUST_SET,
  check: ({ old, new: next }) => (next && !old && isOption(next) ? [{ message: `field ${next.name} added (${showShape(next.type)})` }] : []),
});

export const FIELD_REQUIRED_REMOVED = defineRule({
  id: "FIELD_REQUIRED_REMOVED",
  subject: "field",
  layer: "wire",
  summary: "a required (non-Option) field was removed",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "ok" },
  why: "an old reader rejects a message without the field (`missing field`); a new reader ignores the field old writers still send",
  recipe: "make it an Option first, deploy everywhere, then remove it",
  source: READERS_OF_FIELD,
  check: ({ old, new: next }) =>
    old && !next && !isOption(old)
      ? [
          {
            message: `field ${old.name} removed (was required, ${showShape(old.type)})`,
            when: { oldReaderNewWriter: `always: a new writer omits it (missing field \`${old.name}\`)` },
          },
        ]
      : [],
});

export const FIELD_OPTIONAL_REMOVED = defineRule({
  id: "FIELD_OPTIONAL_REMOVED",
  subject: "field",
  layer: "wire",
  summary: "an Option field was removed",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "ok" },
  why: "an old reader reads the absent key as None; a new reader ignores the field old writers still send",
  source: READERS_OF_FIELD,
  check: ({ old, new: next }) => (old && !next && isOption(old) ? [{ message: `field ${old.name} removed (was ${showShape(old.type)})` }] : []),
});

export const FIELD_RENAMED = defineRule({
  id: "FIELD_RENAMED",
  subject: "field",
  layer: "wire",
  summary: "a field was renamed (a removed and an added field with the same type at the same position)",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: "serde matches fields by name: the reader ignores the other side's key and misses its own (`missing field`, or None for an Option)",
  recipe: "add the new name as an Option and write both, deploy everywhere, then remove the old name",
  source: READERS_OF_FIELD,
  check: ({ old, new: next }) => {
    if (!old || !next || old.name === next.name) return [];
    const lost = (writer: string, reader: string, missing: string, ignored: string) =>
      isOption(old)
        ? `whenever the value is Some: ${reader} readers ignore \`${ignored}\` and read None`
        : `always: ${writer} writers omit \`${missing}\` (missing field)`;
    return [
      {
        message: `field ${old.name} renamed to ${next.name} (${showShape(next.type)})${rust(old) === rust(next) ? ` on the wire (the Rust field ${rust(next)} keeps its name: rename_all)` : ""}`,
        when: { oldReaderNewWriter: lost("new", "old", old.name, next.name), newReaderOldWriter: lost("old", "new", next.name, old.name) },
      },
    ];
  },
});

export const FIELD_RUST_NAME_CHANGED = defineRule({
  id: "FIELD_RUST_NAME_CHANGED",
  subject: "field",
  layer: "wire",
  summary: "a field's Rust name changed but its wire name did not (`x-rust-name`, or a `rename_all` that maps both to the same key)",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "ok" },
  why: "serde matches fields by their wire name",
  source: "Rust code that reads or sets the field no longer compiles",
  check: ({ old, new: next }) =>
    old && next && old.name === next.name && rust(old) !== rust(next)
      ? [{ message: `Rust field ${rust(old)} renamed to ${rust(next)}; the wire name stays ${next.name}` }]
      : [],
});
