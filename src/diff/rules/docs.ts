import { defineRule } from "../types.js";

export const DESCRIPTION_CHANGED = defineRule({
  id: "DESCRIPTION_CHANGED",
  subject: "description",
  layer: "docs",
  summary: "a description (of the schema, a type, field, variant or rule) was added, removed or changed",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "ok" },
  why: "descriptions are not on the wire; they change generated doc comments only",
  check: ({ old, new: next }) => {
    if (old === next) return [];
    return [{ message: old === undefined ? "description added" : next === undefined ? "description removed" : "description changed" }];
  },
});
