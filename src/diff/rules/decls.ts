import type { EnumDecl, Variant } from "../../model/types.js";
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

/** "internally tagged (tag `kind`)" */
function representation(e: EnumDecl): string {
  const keys = [e.tag !== undefined && `tag \`${e.tag}\``, e.content !== undefined && `content \`${e.content}\``].filter(Boolean);
  return `${e.representation.replace("-", " ")}${keys.length ? ` (${keys.join(", ")})` : ""}`;
}

export const ENUM_REPRESENTATION_CHANGED = defineRule({
  id: "ENUM_REPRESENTATION_CHANGED",
  subject: "decl",
  layer: "wire",
  summary: "an enum's serde representation changed (`x-serde`: externally, internally, adjacently tagged, untagged), or its tag or content key was renamed",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: "the tag moves (or its key is renamed), so neither side finds it where it looks (`missing field`, `invalid type`, or no untagged variant matches). Counted as breaking even where a unit-only enum happens to read alike",
  recipe: "add a new field or variant carrying the enum in its new representation (as an Option), deploy everywhere, then remove the old one",
  check: ({ old, new: next }) => {
    if (old?.kind !== "enum" || next?.kind !== "enum") return [];
    if (old.representation === next.representation && old.tag === next.tag && old.content === next.content) return [];
    const was = representation(old);
    const now = representation(next);
    const both = `whenever the enum is sent: each reader looks for the tag where the other side does not put it`;
    return [{ message: `representation ${was} → ${now}`, when: { oldReaderNewWriter: both, newReaderOldWriter: both } }];
  },
});

export const UNTAGGED_ORDER_CHANGED = defineRule({
  id: "UNTAGGED_ORDER_CHANGED",
  subject: "variants",
  layer: "wire",
  summary: "an untagged enum's variants were reordered, or a variant was inserted before an existing one",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: "serde tries an untagged enum's variants in order and takes the first that fits: a value that fits two of them changes variant silently (an object `{x, y}` reads as a Point before a Dict, as a Dict after it)",
  recipe: "keep the order, and add new variants only at the end",
  check: ({ enums, pairs }) => {
    if (enums.old.representation !== "untagged" || enums.new.representation !== "untagged") return [];
    const index = (side: "old" | "new", v: Variant) => enums[side].variants.indexOf(v);
    const kept = pairs
      .filter((p): p is Required<typeof p> => p.old !== undefined && p.new !== undefined)
      .sort((x, y) => index("old", x.old) - index("old", y.old));
    const moved = kept.some((p, i) => i > 0 && index("new", p.new) < index("new", kept[i - 1]!.new));
    const lastKept = Math.max(-1, ...kept.map((p) => index("new", p.new)));
    const inserted = pairs.filter((p) => !p.old && p.new && index("new", p.new) < lastKept).map((p) => p.new!.name);
    if (!moved && inserted.length === 0) return [];
    const order = (side: "old" | "new") =>
      [...kept]
        .sort((x, y) => index(side, x[side]) - index(side, y[side]))
        .map((p) => p.new.name)
        .join(", ");
    const what = [moved && `order ${order("old")} → ${order("new")}`, inserted.length > 0 && `${inserted.join(", ")} inserted before existing variants`].filter(
      Boolean,
    );
    const when = "a value that fits more than one variant: each reader picks the first in its own order";
    return [{ message: `untagged variants: ${what.join("; ")}`, when: { oldReaderNewWriter: when, newReaderOldWriter: when } }];
  },
});
