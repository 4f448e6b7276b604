import type { Decl, Model } from "./types.js";

/** The type a generated README shows in its example: the first message union, else the first enum, else the first struct. */
export function exampleDecl(model: Model): Decl | undefined {
  const first = model.messages[0]?.name;
  return (
    model.decls.find((d) => d.name === first) ?? model.decls.find((d) => d.kind === "enum") ?? model.decls.find((d) => d.kind === "struct") ?? model.decls[0]
  );
}
