import type { Decl, Model } from "../model/types.js";
import { declFields } from "../model/walk.js";
import type { ReservedWords, TargetDiagnostic } from "./types.js";

/**
 * The names a target cannot print as is: a keyword as any type, field or variant name, and a type named
 * like something in scope in its files. `language` names the target in messages; `mayShadow` lets a type
 * take an in-scope name the target handles itself (Rust's `Uuid` alias of a uuid string).
 */
export function reservedNames(model: Model, words: ReservedWords, language: string, mayShadow: (d: Decl) => boolean = () => false): TargetDiagnostic[] {
  const out: TargetDiagnostic[] = [];
  const refuse = (what: string, name: string, pointer: string, why: string) =>
    out.push({ code: "reserved-name", pointer, message: `${what} name "${name}" ${why}` });
  const keyword = `is a ${language} keyword`;
  for (const d of model.decls) {
    if (words.keywords.has(d.name)) refuse("type", d.name, d.pointer, keyword);
    else if (words.inScope.has(d.name) && !mayShadow(d))
      refuse("type", d.name, d.pointer, `would shadow ${language}'s ${d.name}, in scope in every generated file`);
    for (const f of declFields(d)) {
      const name = f.rustName ?? f.name;
      if (words.keywords.has(name)) refuse("field", name, f.pointer, keyword);
    }
    if (d.kind === "enum")
      for (const v of d.variants) {
        const name = v.rustName ?? v.name;
        if (words.keywords.has(name)) refuse("variant", name, v.pointer, keyword);
      }
  }
  return out;
}
