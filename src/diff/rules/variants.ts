import type { EnumDecl, Variant } from "../../model/types.js";
import type { Subjects } from "../types.js";
import { defineRule } from "../types.js";

const unknown = (writer: "old" | "new", name: string) => `${writer === "old" ? "an" : "a"} ${writer} writer sends ${name} (unknown variant \`${name}\`)`;
/** As `unknown`, but a reader whose open enum takes the variant as its catch-all accepts it: it only loses what the variant meant. */
const unknownTo = (reader: EnumDecl, writer: "old" | "new", sent: Variant) =>
  reader.representation === "untagged"
    ? `${writer === "old" ? "an" : "a"} ${writer} writer sends ${sent.name}: the ${writer === "old" ? "new" : "old"} reader takes it for another variant that fits, or rejects it (data did not match any variant of untagged enum)`
    : readsAsCatchAll(reader, sent)
      ? `${writer === "old" ? "an" : "a"} ${writer} writer sends ${sent.name}, which the ${writer === "old" ? "new" : "old"} reader takes for its catch-all \`${catchAll(reader)!.name}\`: a known value silently loses its meaning`
      : unknown(writer, sent.name);
const EXHAUSTIVE = "exhaustive matches over the enum (`X.match` in TypeScript, `match` in Rust) must handle the new variant";
const NAMED = "code that names the variant no longer compiles";
const isUnit = (v: Variant) => v.payload.kind === "unit";
const rust = (v: Variant) => v.rustName ?? v.name;
const catchAll = (e: EnumDecl) => e.variants.find((v) => v.other);
const bothUntagged = (p: Subjects["variant"]) => p.enums.old.representation === "untagged" && p.enums.new.representation === "untagged";

/**
 * Does a reader of `reader` take a value of `sent` as its catch-all? serde maps any unknown tag to
 * the `#[serde(other)]` unit variant, and then reads the rest as a unit variant: an internally
 * tagged unit variant ignores the other keys, but an externally (`{"Tag": payload}`) or adjacently
 * (`"c": payload`) tagged one rejects a payload. So only a unit variant, or any variant of an
 * internally tagged enum, is read as the catch-all.
 */
export function readsAsCatchAll(reader: EnumDecl, sent: Variant): boolean {
  if (!catchAll(reader) || reader.representation === "untagged") return false;
  return reader.representation === "internally-tagged" || isUnit(sent);
}

/** "an old reader reads it as `unknown` (the catch-all), and writes it back as `unknown`: the original tag is lost" */
const asCatchAll = (reader: "old" | "new", e: EnumDecl) => {
  const other = catchAll(e)!.name;
  return `${reader === "old" ? "an old" : "a new"} reader reads it as \`${other}\` (the catch-all); serde writes that back as \`${other}\`, so the original tag and payload are lost`;
};

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
    check: (p) => {
      if (p.message !== message || !p.new || p.old || readsAsCatchAll(p.enums.old, p.new) || (p.new.other && !catchAll(p.enums.old))) return [];
      const open = catchAll(p.enums.old);
      const why = open ? ` — the old catch-all \`${open.name}\` is a unit variant and does not take the ${p.new.payload.kind} payload` : "";
      return [{ message: `variant ${p.new.name} added${why}`, when: { oldReaderNewWriter: unknownTo(p.enums.old, "new", p.new) + why } }];
    },
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
      p.message === message && p.old && !p.new && !(p.old.other && !catchAll(p.enums.new))
        ? [{ message: `variant ${p.old.name} removed`, when: { newReaderOldWriter: unknownTo(p.enums.new, "old", p.old) } }]
        : [],
  });
}

function renamed(id: string, message: boolean, summary: string) {
  return defineRule({
    id,
    subject: "variant",
    layer: "wire",
    summary,
    verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
    why: "the tag is the variant's name: each side rejects the other's name as an unknown variant, or, if its enum is open, silently reads a value it used to know as the catch-all",
    recipe: "add the new variant, deploy every reader, switch writers to it, then remove the old one",
    source: NAMED,
    check: (p) =>
      p.message === message && p.old && p.new && p.old.name !== p.new.name && !bothUntagged(p) && !(p.old.other && p.new.other)
        ? [
            {
              message: `variant ${p.old.name} renamed to ${p.new.name}${rust(p.old) === rust(p.new) ? ` on the wire (the Rust variant ${rust(p.new)} keeps its name: rename_all)` : ""}`,
              when: { oldReaderNewWriter: unknownTo(p.enums.old, "new", p.new), newReaderOldWriter: unknownTo(p.enums.new, "old", p.old) },
            },
          ]
        : [],
  });
}

export const VARIANT_ADDED = added(
  "VARIANT_ADDED",
  false,
  "a variant was added to an enum",
  "an old reader rejects the new tag (`unknown variant`) — also when its enum is open but the catch-all cannot take the variant's payload (externally or adjacently tagged data variant); a new reader still knows every old one",
);
export const VARIANT_REMOVED = removed(
  "VARIANT_REMOVED",
  false,
  "a variant was removed from an enum",
  "an old reader never sees the removed tag; a new reader rejects it from an old writer (`unknown variant`), or, if its enum is open, silently reads a value it used to know as the catch-all",
);
export const VARIANT_RENAMED = renamed("VARIANT_RENAMED", false, "an enum variant was renamed (same payload, same position)");

export const MESSAGE_ADDED = added(
  "MESSAGE_ADDED",
  true,
  "a message was added to a union named in `x-messages` (claw-proto: NodeMessage, GatewayMessage)",
  "an old receiver rejects the new message (`unknown variant`, `UnknownMessageType`); a new receiver knows every old message",
);
export const MESSAGE_REMOVED = removed(
  "MESSAGE_REMOVED",
  true,
  "a message was removed from a union named in `x-messages` (claw-proto: NodeMessage, GatewayMessage)",
  "an old receiver is never sent it; a new receiver rejects it from an old sender (`UnknownMessageType`)",
);
export const MESSAGE_RENAMED = renamed("MESSAGE_RENAMED", true, "a message was renamed (same payload, same position)");

const shapes =
  'a unit variant is the bare string `"Name"`, a data variant the object `{"Name": …}` (or, tagged internally or adjacently, the tag alone vs the tag with a payload): counted as breaking both ways, even where an internally tagged unit reader would ignore the payload';

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

// ---- open enums (a `#[serde(other)]` catch-all) -----------------------------------------------

export const VARIANT_ADDED_OPEN = defineRule({
  id: "VARIANT_ADDED_OPEN",
  subject: "variant",
  layer: "wire",
  summary: "a variant was added to an open enum, and old readers read it as their catch-all (`x-serde-other`)",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "ok" },
  why: "serde reads an unknown tag as the catch-all: always for an internally tagged enum (the unit catch-all ignores the other keys), only for a unit variant when externally or adjacently tagged (a payload does not fit the unit catch-all: that is `VARIANT_ADDED`). The old reader keeps the message but not its meaning, and writes the catch-all's own tag back",
  source: EXHAUSTIVE,
  check: (p) =>
    p.new && !p.old && readsAsCatchAll(p.enums.old, p.new)
      ? [{ message: `variant ${p.new.name} added to an open enum: ${asCatchAll("old", p.enums.old)}` }]
      : [],
});

export const ENUM_OPENED = defineRule({
  id: "ENUM_OPENED",
  subject: "variant",
  layer: "wire",
  summary: "a closed enum gained a catch-all variant (`x-serde-other`): it is open from now on",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "ok" },
  why: "a new reader reads every tag it does not know as the catch-all, so variants added later no longer break it; but a new writer sends the catch-all's own tag for every value it read that way, and an old reader does not know that tag (`unknown variant`)",
  recipe: "deploy every reader of the enum first; writers only send the catch-all after reading a tag they do not know, which needs a writer newer still",
  source: EXHAUSTIVE,
  check: (p) =>
    p.new?.other && !p.old && !catchAll(p.enums.old)
      ? [
          {
            message: `enum opened: catch-all variant ${p.new.name} added; from now on a tag a reader does not know reads as ${p.new.name}`,
            when: {
              oldReaderNewWriter: `a new writer sends ${p.new.name} (it re-sends a value it read from a tag it did not know; unknown variant \`${p.new.name}\`)`,
            },
          },
        ]
      : [],
});

export const ENUM_CLOSED = defineRule({
  id: "ENUM_CLOSED",
  subject: "variant",
  layer: "wire",
  summary: "an open enum lost its catch-all variant: it is closed from now on",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "breaks" },
  why: "an old writer sends the catch-all's tag for every value it read from a tag it did not know, and a new reader rejects that tag (`unknown variant`); from now on every variant added breaks old readers again",
  recipe: "stop writers from sending the catch-all (drop such values at the source), deploy everywhere, then remove it",
  source: NAMED,
  check: (p) =>
    p.old?.other && !p.new && !catchAll(p.enums.new)
      ? [
          {
            message: `enum closed: catch-all variant ${p.old.name} removed; a tag a reader does not know is an error again`,
            when: { newReaderOldWriter: unknown("old", p.old.name) },
          },
        ]
      : [],
});

export const VARIANT_CATCH_ALL_CHANGED = defineRule({
  id: "VARIANT_CATCH_ALL_CHANGED",
  subject: "variant",
  layer: "wire",
  summary: "an existing unit variant became or stopped being the catch-all, or the catch-all was renamed",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "ok" },
  why: "both sides know every tag the other sends: an ordinary variant and the catch-all read their own tag alike, and two open enums read each other's catch-all tag as their own catch-all. It decides what later additions do: see `VARIANT_ADDED_OPEN` and `VARIANT_ADDED`",
  source: "code that matches the catch-all under its old name, or relies on it, must change",
  check: ({ old, new: next }) => {
    if (!old || !next || (old.other === next.other && (!old.other || old.name === next.name))) return [];
    if (old.other && next.other) return [{ message: `catch-all renamed ${old.name} → ${next.name}: each side reads the other's catch-all tag as its own` }];
    return [
      {
        message: next.other
          ? `variant ${next.name} is now the catch-all: a new reader reads every tag it does not know as ${next.name}`
          : `variant ${next.name} is no longer the catch-all: a new reader rejects tags it does not know, so later additions break it`,
      },
    ];
  },
});

export const VARIANT_RUST_NAME_CHANGED = defineRule({
  id: "VARIANT_RUST_NAME_CHANGED",
  subject: "variant",
  layer: "wire",
  summary: "a variant's Rust name changed but its tag did not (`x-rust-name`, `rename_all`, or any variant of an untagged enum)",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "ok" },
  why: "the wire carries the tag, not the Rust name; an untagged enum carries no tag at all",
  source: "Rust code that names the variant no longer compiles",
  check: (p) =>
    p.old && p.new && rust(p.old) !== rust(p.new) && (p.old.name === p.new.name || bothUntagged(p))
      ? [
          {
            message: `Rust variant ${rust(p.old)} renamed to ${rust(p.new)}; ${bothUntagged(p) ? "an untagged enum has no tag" : `the tag stays ${p.new.name}`}`,
          },
        ]
      : [],
});
