import type { Decl, Model } from "../../model/types.js";
import type { ReservedWords, TargetDiagnostic } from "../types.js";

/** Python's keywords (hard ones; soft keywords such as `match` and `type` are fine as names). */
export const PY_KEYWORDS: ReadonlySet<string> = new Set(
  (
    "False None True and as assert async await break class continue def del elif else except finally for from global if import in " +
    "is lambda nonlocal not or pass raise return try while with yield"
  ).split(" "),
);

/**
 * Names the generated modules use at module scope: Python's builtins they call, the typing and standard-library
 * names they import. A schema type so named would shadow them.
 */
const MODULE_SCOPE: ReadonlySet<string> = new Set(
  (
    "bool bytes dict float int list object str tuple type len isinstance range sorted repr Exception ValueError TypeError " +
    "Any Callable Dict Enum List NewType Optional Tuple Union Literal Annotated dataclass uuid annotations json re struct sys datetime " +
    "U8 U16 U32 U64 I8 I16 I32 I64 F32 F64 Reader Writer U8_MAX U16_MAX U32_MAX U64_MAX I8_MIN I8_MAX I16_MIN I16_MAX I32_MIN I32_MAX I64_MIN I64_MAX"
  ).split(" "),
);

/** Names the runtime exports; a schema type of the same name is declared as `<Name>Data` (the claw-proto schema's `ProtoError`). */
export const PY_RUNTIME_NAMES: ReadonlySet<string> = new Set(["ProtoError", "RuleViolation", "FrozenData", "assert_never"]);

/** What the package's modules reserve: Python's keywords, the builtins and imports they use, the runtime's names. */
export const PYTHON_RESERVED: ReservedWords = { keywords: PY_KEYWORDS, inScope: MODULE_SCOPE, runtime: PY_RUNTIME_NAMES };

/** The Python class name of a declaration. */
export function pyDeclName(d: Decl): string {
  return PY_RUNTIME_NAMES.has(d.name) ? `${d.name}Data` : d.name;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * What the Python target cannot declare: names that are not ASCII identifiers, keywords, builtins and imports,
 * the runtime's `Timestamp` for anything but the timestamp alias, a variant class `<Enum><Variant>` or a renamed
 * `<Name>Data` clashing with another type, a field or enum member named like a dataclass or Enum internal.
 */
export function checkPythonNames(model: Model): TargetDiagnostic[] {
  const out: TargetDiagnostic[] = [];
  const refuse = (pointer: string, message: string) => out.push({ code: "python-name", pointer, message });
  const declared = new Map<string, string>();
  const claim = (name: string, pointer: string, what: string) => {
    const prior = declared.get(name);
    if (prior !== undefined) refuse(pointer, `${what} would be the Python class "${name}", which ${prior} already is`);
    else declared.set(name, what);
  };
  for (const d of model.decls) {
    const name = pyDeclName(d);
    if (!IDENTIFIER.test(d.name)) refuse(d.pointer, `type name "${d.name}" is not an ASCII Python identifier`);
    else if (PY_KEYWORDS.has(d.name)) refuse(d.pointer, `type name "${d.name}" is a Python keyword`);
    else if (MODULE_SCOPE.has(d.name)) refuse(d.pointer, `type name "${d.name}" would shadow a builtin or an import of the generated modules`);
    else if (d.name.startsWith("_")) refuse(d.pointer, `type name "${d.name}" starts with "_", which the generated modules keep for their own helpers`);
    else if (d.name === "Timestamp" && !(d.kind === "alias" && d.target.kind === "timestamp"))
      refuse(d.pointer, `type name "Timestamp" is the runtime's timestamp class; only an alias of a timestamp may have it`);
    claim(name, d.pointer, `type ${d.name}`);
    const fields = d.kind === "struct" ? [{ owner: d.name, fields: d.fields }] : [];
    if (d.kind === "enum") {
      const unitOnly = d.variants.every((v) => v.payload.kind === "unit");
      for (const v of d.variants) {
        const vn = v.rustName ?? v.name;
        if (!IDENTIFIER.test(vn)) refuse(v.pointer, `variant name "${vn}" is not an ASCII Python identifier`);
        else if (unitOnly && (PY_KEYWORDS.has(vn) || vn.startsWith("_") || vn === "name" || vn === "value" || vn === "mro"))
          refuse(v.pointer, `variant name "${vn}" cannot be an Enum member (a keyword, "_…", name, value or mro)`);
        if (!unitOnly) claim(`${name}${vn}`, v.pointer, `variant ${d.name}::${vn}`);
        if (v.payload.kind === "struct") fields.push({ owner: `${d.name}::${vn}`, fields: v.payload.fields });
      }
    }
    for (const { owner, fields: fs } of fields)
      for (const f of fs) {
        const fname = f.rustName ?? f.name;
        if (!IDENTIFIER.test(fname)) refuse(f.pointer, `field name "${fname}" of ${owner} is not an ASCII Python identifier`);
        else if (PY_KEYWORDS.has(fname)) refuse(f.pointer, `field name "${fname}" of ${owner} is a Python keyword`);
        else if (fname.startsWith("__")) refuse(f.pointer, `field name "${fname}" of ${owner} starts with "__" (Python mangles or reserves it)`);
      }
  }
  return out;
}
