import type { Model } from "../../model/types.js";
import type { TargetDiagnostic } from "../types.js";

/** Go's keywords. */
export const GO_KEYWORDS: ReadonlySet<string> = new Set(
  "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var".split(
    " ",
  ),
);

/** Go's predeclared identifiers: a type so named would shadow them in the package. */
export const GO_PREDECLARED: ReadonlySet<string> = new Set(
  (
    "any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr " +
    "true false iota nil append cap clear close complex copy delete imag len make max min new panic print println real recover"
  ).split(" "),
);

/** The exported names of the hand-written runtime (templates/go/runtime*.go). */
export const GO_RUNTIME_EXPORTS: readonly string[] = [
  "Error",
  "ErrorKind",
  "InvalidMessage",
  "ValidationFailed",
  "SerializationError",
  "UnknownMessageType",
  "UUID",
  "NewUUID",
  "ParseUUID",
  "DateTime",
  "ParseDateTime",
  "FromTime",
  "ProtocolVersion",
];

/** The runtime's unexported per-type helpers, which `read<Name>`/`write<Name>` of a schema type must not redefine. */
export const GO_RUNTIME_TYPE_HELPERS: readonly string[] = [
  "String",
  "Bool",
  "U8",
  "U16",
  "U32",
  "U64",
  "I8",
  "I16",
  "I32",
  "I64",
  "F32",
  "F64",
  "UUID",
  "DateTime",
  "List",
  "Option",
  "Map",
  "Field",
];

/** golint's initialisms: `node_id` → `NodeID`, as Go code spells them. */
const INITIALISMS: ReadonlySet<string> = new Set(
  "ACL API ASCII CPU CSS DNS EOF GUID HTML HTTP HTTPS ID IP JSON LHS QPS RAM RHS RPC SLA SMTP SQL SSH TCP TLS TTL UDP UI UID UUID URI URL UTF8 VM XML XMPP XSRF XSS".split(
    " ",
  ),
);

/** A name (snake_case, kebab-case, camelCase or PascalCase) as an exported Go identifier: `node_id` → `NodeID`. */
export function goExported(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== "");
  return words
    .map((w) => {
      const upper = w.toUpperCase();
      if (INITIALISMS.has(upper)) return upper;
      return w[0]!.toUpperCase() + w.slice(1);
    })
    .join("");
}

/** A type name kept as the schema spells it when it is already an exported identifier (`NodeId`, `Uuid`), else converted. */
export function goTypeName(name: string): string {
  return /^[A-Z][A-Za-z0-9]*$/.test(name) ? name : goExported(name);
}

/** The package name from the schema's title: lowercase letters and digits only (`claw-proto` → `clawproto`). */
export function goPackageName(title: string): string {
  const name = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "")
    .replace(/^[0-9]+/, "");
  if (name === "") return "schema";
  return GO_KEYWORDS.has(name) || GO_PREDECLARED.has(name) || name === "main" ? `${name}proto` : name;
}

const IDENT = /^[A-Za-z][A-Za-z0-9]*$/;

interface Named {
  name: string;
  pointer: string;
  what: string;
}

/** Every exported identifier the Go package declares for the model, with where it comes from. */
export function goDeclaredNames(model: Model): Named[] {
  const out: Named[] = [];
  for (const d of model.decls) {
    const name = goTypeName(d.name);
    const add = (n: string, what: string) => out.push({ name: n, pointer: d.pointer, what });
    add(name, `type ${d.name}`);
    add(`Parse${name}`, `the parser of ${d.name}`);
    add(`Marshal${name}`, `the serializer of ${d.name}`);
    add(`EncodeBincode${name}`, `the bincode encoder of ${d.name}`);
    add(`DecodeBincode${name}`, `the bincode decoder of ${d.name}`);
    // The package's unexported helpers per type, which must not collide either.
    if (d.kind === "struct") add(`${name}Seq`, `the array-form reader of ${d.name} (read${name}Seq)`);
    if (d.kind === "struct" && d.fields.some((f) => f.rules || f.itemRules)) {
      add(`Check${name}Rules`, `the rule check of ${d.name}`);
      add(`Validate${name}`, `the validator of ${d.name}`);
    }
    if (d.kind === "newtype") add(`New${name}`, `the constructor of ${d.name}`);
    if (d.kind === "enum") {
      const unitOnly = d.representation === "externally-tagged" && d.variants.every((v) => v.payload.kind === "unit");
      if (d.representation === "internally-tagged" || d.representation === "adjacently-tagged") add(`${name}Seq`, `the array-form reader of ${d.name}`);
      if (d.representation === "adjacently-tagged") add(`${name}Content`, `the content reader of ${d.name}`);
      if (!unitOnly) {
        add(`${name}Visitor`, `the visitor of ${d.name}`);
        add(`Visit${name}`, `the visit function of ${d.name}`);
      }
      for (const v of d.variants) {
        const variant = name + goExported(v.rustName ?? v.name);
        out.push({ name: variant, pointer: v.pointer, what: `variant ${d.name}::${v.rustName ?? v.name}` });
        out.push({ name: `${variant}Variant`, pointer: v.pointer, what: `the writer of variant ${d.name}::${v.rustName ?? v.name}` });
        if (v.payload.kind === "struct") out.push({ name: `${variant}Seq`, pointer: v.pointer, what: `the array-form reader of ${d.name}::${v.name}` });
      }
    }
  }
  return out;
}

/** What Go cannot print: names that are no Go identifier, clash with Go's or the runtime's names, or collide once converted. */
export function checkGoNames(model: Model): TargetDiagnostic[] {
  const out: TargetDiagnostic[] = [];
  const refuse = (pointer: string, message: string) => out.push({ code: "reserved-name", pointer, message });
  for (const d of model.decls) {
    const name = goTypeName(d.name);
    if (!IDENT.test(name)) refuse(d.pointer, `type name "${d.name}" makes no Go identifier (${JSON.stringify(name)})`);
    if (/^Tuple[0-9]+$/.test(name)) refuse(d.pointer, `type name "${d.name}" is the Go package's name for a ${name.slice(5)}-tuple`);
    if (
      d.name === "ValidationError" &&
      !(d.kind === "struct" && d.fields.length === 2 && d.fields.every((f, i) => f.name === ["field", "message"][i] && f.type.kind === "string"))
    )
      refuse(
        d.pointer,
        `the Go package's rule layer reports "ValidationError": a schema type of that name must be the struct { field: String, message: String }`,
      );
    if (GO_RUNTIME_TYPE_HELPERS.includes(name)) refuse(d.pointer, `type name "${d.name}" would redefine the Go runtime's read${name}/write${name}`);
    const fieldsOf = (fields: { name: string; rustName?: string; pointer: string }[]) => {
      const seen = new Map<string, string>();
      for (const f of fields) {
        const g = goExported(f.rustName ?? f.name);
        if (!IDENT.test(g)) refuse(f.pointer, `field name "${f.name}" makes no Go identifier`);
        const prior = seen.get(g);
        if (prior !== undefined) refuse(f.pointer, `fields "${prior}" and "${f.name}" are both ${g} in Go`);
        seen.set(g, f.name);
        if (!isWellFormed(f.name)) refuse(f.pointer, `field name "${f.name}" is not well-formed Unicode`);
      }
    };
    if (d.kind === "struct") fieldsOf(d.fields);
    if (d.kind === "enum")
      for (const v of d.variants) {
        const g = goExported(v.rustName ?? v.name);
        if (!IDENT.test(g)) refuse(v.pointer, `variant name "${v.name}" makes no Go identifier`);
        if (!isWellFormed(v.name)) refuse(v.pointer, `variant name "${v.name}" is not well-formed Unicode`);
        if (v.payload.kind === "struct") fieldsOf(v.payload.fields);
      }
  }
  const taken = new Map<string, Named>();
  for (const n of GO_RUNTIME_EXPORTS) taken.set(n, { name: n, pointer: "", what: "the Go runtime" });
  for (const n of goDeclaredNames(model)) {
    const prior = taken.get(n.name);
    if (prior !== undefined) refuse(n.pointer, `${n.what} would be ${n.name} in Go, which ${prior.what} already declares`);
    else taken.set(n.name, n);
  }
  return out;
}

function isWellFormed(s: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}
