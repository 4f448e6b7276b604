import type { Variant } from "../../model/types.js";
import { defineRule } from "../types.js";

const unknown = (writer: "old" | "new", name: string) => `${writer === "old" ? "an" : "a"} ${writer} writer sends ${name} (unknown variant \`${name}\`)`;
const EXHAUSTIVE = "exhaustive matches over the enum (`X.match` in TypeScript, `match` in Rust) must handle the new variant";
const NAMED = "code that names the variant no longer compiles";
const isUnit = (v: Variant) => v.payload.kind === "unit";

function added(id: string, message: boolean, summary: string, why: string) {
  return defineRule({
    id,
    subject: "variant",
    layer: "wire",
    summary,
    verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "ok" },
    why,
    recipe: "deploy every reader of the enum first; let writers send the new variant only once all readers know it",
    source: EXHAUSTIVE,
    check: (p) =>
      p.message === message && p.new && !p.old ? [{ message: `variant ${p.new.name} added`, when: { oldReaderNewWriter: unknown("new", p.new.name) } }] : [],
  });
}

function removed(id: string, message: boolean, summary: string, why: string) {
  return defineRule({
    id,
    subject: "variant",
    layer: "wire",
    summary,
    verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "breaks" },
    why,
    recipe: "stop sending the variant everywhere first, then remove it",
    source: NAMED,
    check: (p) =>
      p.message === message && p.old && !p.new ? [{ message: `variant ${p.old.name} removed`, when: { newReaderOldWriter: unknown("old", p.old.name) } }] : [],
  });
}

function renamed(id: string, message: boolean, summary: string) {
  return defineRule({
    id,
    subject: "variant",
    layer: "wire",
    summary,
    verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
    why: "the tag is the variant's name: each side rejects the other's name as an unknown variant",
    recipe: "add the new variant, deploy every reader, switch writers to it, then remove the old one",
    source: NAMED,
    check: (p) =>
      p.message === message && p.old && p.new && p.old.name !== p.new.name
        ? [
            {
              message: `variant ${p.old.name} renamed to ${p.new.name}`,
              when: { oldReaderNewWriter: unknown("new", p.new.name), newReaderOldWriter: unknown("old", p.old.name) },
            },
          ]
        : [],
  });
}

export const VARIANT_ADDED = added(
  "VARIANT_ADDED",
  false,
  "a variant was added to an enum",
  "an old reader rejects the new tag (`unknown variant`); a new reader still knows every old one",
);
export const VARIANT_REMOVED = removed(
  "VARIANT_REMOVED",
  false,
  "a variant was removed from an enum",
  "an old reader never sees the removed tag; a new reader rejects it from an old writer (`unknown variant`)",
);
export const VARIANT_RENAMED = renamed("VARIANT_RENAMED", false, "an enum variant was renamed (same payload, same position)");

export const MESSAGE_ADDED = added(
  "MESSAGE_ADDED",
  true,
  "a message was added to NodeMessage or GatewayMessage",
  "an old receiver rejects the new message (`unknown variant`, `UnknownMessageType`); a new receiver knows every old message",
);
export const MESSAGE_REMOVED = removed(
  "MESSAGE_REMOVED",
  true,
  "a message was removed from NodeMessage or GatewayMessage",
  "an old receiver is never sent it; a new receiver rejects it from an old sender (`UnknownMessageType`)",
);
export const MESSAGE_RENAMED = renamed("MESSAGE_RENAMED", true, "a message was renamed (same payload, same position)");

const shapes = 'a unit variant is the bare string `"Name"`, a data variant the object `{"Name": …}`: neither reader accepts the other';

export const VARIANT_UNIT_TO_DATA = defineRule({
  id: "VARIANT_UNIT_TO_DATA",
  subject: "variant",
  layer: "wire",
  summary: "a unit variant now carries data",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: shapes,
  recipe: "add a new data variant beside the unit one, deploy every reader, switch writers, then remove the unit variant",
  source: "code that builds or matches the variant must handle its payload",
  check: ({ old, new: next }) =>
    old && next && isUnit(old) && !isUnit(next)
      ? [
          {
            message: `variant ${next.name}: unit → ${next.payload.kind} variant`,
            when: { oldReaderNewWriter: `whenever ${next.name} is sent`, newReaderOldWriter: `whenever ${next.name} is sent` },
          },
        ]
      : [],
});

export const VARIANT_DATA_TO_UNIT = defineRule({
  id: "VARIANT_DATA_TO_UNIT",
  subject: "variant",
  layer: "wire",
  summary: "a data variant became a unit variant",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: shapes,
  recipe: "add a new unit variant beside the data one, deploy every reader, switch writers, then remove the data variant",
  source: "code that builds or matches the variant's payload no longer compiles",
  check: ({ old, new: next }) =>
    old && next && !isUnit(old) && isUnit(next)
      ? [
          {
            message: `variant ${next.name}: ${old.payload.kind} → unit variant`,
            when: { oldReaderNewWriter: `whenever ${next.name} is sent`, newReaderOldWriter: `whenever ${next.name} is sent` },
          },
        ]
      : [],
});
