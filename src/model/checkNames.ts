import type { Diagnostic } from "../diagnostics.js";
import type { Decl, Field } from "./types.js";

const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const FIELD_NAME = /^[a-z][a-z0-9_]*$/;
/** A wire name (after rename_all) every target can print unquoted: kebab-case and other punctuation are not supported yet. */
const WIRE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names must have the shape every target prints as is, and must not collide after case conversion; each target refuses its own reserved words. */
export function checkNames(decls: Decl[], make: (code: string, pointer: string, message: string) => Diagnostic): Diagnostic[] {
  const out: Diagnostic[] = [];
  const folded = new Map<string, string>();
  for (const d of decls) {
    if (!TYPE_NAME.test(d.name)) out.push(make("bad-name", d.pointer, `type name "${d.name}" must be PascalCase ASCII (${TYPE_NAME.source})`));
    const key = d.name.toLowerCase();
    const other = folded.get(key);
    if (other !== undefined) out.push(make("name-collision", d.pointer, `type "${d.name}" collides with "${other}" after case conversion`));
    folded.set(key, d.name);
    const fieldLists: Field[][] =
      d.kind === "struct" ? [d.fields] : d.kind === "enum" ? d.variants.map((v) => (v.payload.kind === "struct" ? v.payload.fields : [])) : [];
    for (const fields of fieldLists) {
      const seen = new Map<string, string>();
      for (const f of fields) {
        const rust = f.rustName ?? f.name;
        if (!FIELD_NAME.test(rust))
          out.push(
            make(
              "bad-name",
              f.pointer,
              `field name "${rust}" must be snake_case ASCII (${FIELD_NAME.source}); a wire name in another case needs "x-rename-all" on the struct or "x-rust-name"`,
            ),
          );
        if (!WIRE_NAME.test(f.name)) out.push(make("bad-name", f.pointer, `wire name "${f.name}" must be an ASCII identifier (${WIRE_NAME.source})`));
        const camel = rust.replace(/_/g, "").toLowerCase();
        const clash = seen.get(camel);
        if (clash !== undefined) out.push(make("name-collision", f.pointer, `field "${rust}" collides with "${clash}" after case conversion`));
        seen.set(camel, rust);
      }
    }
    if (d.kind === "enum") {
      for (const key of [d.tag, d.content])
        if (key !== undefined && !WIRE_NAME.test(key))
          out.push(make("bad-name", d.pointer, `tag/content key "${key}" must be an ASCII identifier (${WIRE_NAME.source})`));
      const variants = new Map<string, string>();
      for (const v of d.variants) {
        const rust = v.rustName ?? v.name;
        if (!TYPE_NAME.test(rust))
          out.push(make("bad-name", v.pointer, `variant name "${rust}" must be PascalCase ASCII; a tag in another case needs "x-rename-all" or "x-rust-name"`));
        if (!WIRE_NAME.test(v.name)) out.push(make("bad-name", v.pointer, `tag "${v.name}" must be an ASCII identifier (${WIRE_NAME.source})`));
        const clash = variants.get(rust.toLowerCase());
        if (clash !== undefined && clash !== rust)
          out.push(make("name-collision", v.pointer, `variant "${rust}" collides with "${clash}" after case conversion`));
        variants.set(rust.toLowerCase(), rust);
      }
    }
  }
  // Targets name a struct variant's payload type <Enum><Variant> (NodeMessage::Register → NodeMessageRegister).
  for (const d of decls) {
    if (d.kind !== "enum") continue;
    for (const v of d.variants) {
      if (v.payload.kind !== "struct") continue;
      const name = d.name + (v.rustName ?? v.name);
      const other = folded.get(name.toLowerCase());
      if (other !== undefined)
        out.push(make("name-collision", v.pointer, `the payload type of ${d.name}::${v.name} is named "${name}", which collides with type "${other}"`));
      folded.set(name.toLowerCase(), name);
    }
  }
  return out;
}
