/**
 * types.ts, rendered from the model: one declaration per schema type, in schema order, each followed by the
 * interfaces of its struct variants; formatted as prettier would (2-space indent, semicolons, one union member
 * per line once a member is an object), each with its description and an `@see` link to where the schema
 * declares it. Schema text reaches the file only through the JSDoc escapers.
 */
import type { Decl, EnumDecl, Field, Model, TypeRef, Variant } from "../../model/types.js";
import { assertNever } from "../../model/types.js";
import { jsdocCode, jsdocLines, type Escaped } from "../../render/escape.js";
import { isBigIntType, type U64Mode } from "./typeView.js";

/** Prettier's width in this repository: a union that fits stays on one line. */
const WIDTH = 160;

/** A property name as TypeScript spells it: an identifier as is, anything else quoted. */
const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
const literal = (s: string): string => JSON.stringify(s);

/** A type as TypeScript spells it; `atom` when it stands where `|` or `&` would bind wrongly (an array's element). */
function typeText(p: Printer, t: TypeRef, atom = false): string {
  if (isBigIntType(t, p.u64)) return "bigint";
  switch (t.kind) {
    case "string":
    case "uuid":
    case "timestamp":
      return "string";
    case "bool":
      return "boolean";
    case "int":
    case "float":
      return "number";
    case "ref":
      return t.name;
    case "option": {
      const text = `${typeText(p, t.of, true)} | null`;
      return atom ? `(${text})` : text;
    }
    case "list":
      return `${typeText(p, t.of, true)}[]`;
    case "tuple":
      return `[${t.items.map((i) => typeText(p, i)).join(", ")}]`;
    case "map":
      // Any key may be absent: reading one gives `T | undefined` under strict index signatures.
      return `{ [key: string]: ${typeText(p, t.of, true)} | undefined }`;
    default:
      return assertNever(t);
  }
}

/** A doc block at `indent`: the description's lines, then the tags; nothing when both are empty. */
function docBlock(indent: string, description: Escaped<"jsdoc">[], tags: string[] = []): string {
  const body: string[] = [...description];
  if (body.length && tags.length) body.push("");
  body.push(...tags);
  if (body.length === 0) return "";
  if (body.length === 1 && tags.length === 0) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)).join("\n")}\n${indent} */\n`;
}

interface Printer {
  /** `@see` naming where the schema declares the node at `pointer`. */
  see(pointer: string): string;
  /** How u64/i64 values are typed (the target's `u64` setting). */
  u64: U64Mode;
}

/** An object type's members: `{ a: A; b: B }` on one line when short and undocumented, else one per line. */
function objectType(members: Member[], indent: string): string {
  if (members.length === 0) return "{}";
  const oneLine = `{ ${members.map((m) => `${key(m.name)}: ${m.type}`).join("; ")} }`;
  if (members.every((m) => !m.doc?.length) && indent.length + oneLine.length <= WIDTH) return oneLine;
  const inner = indent + "  ";
  return `{\n${members.map((m) => `${docBlock(inner, m.doc ?? [])}${inner}${key(m.name)}: ${m.type};\n`).join("")}${indent}}`;
}

interface Member {
  name: string;
  type: string;
  doc?: Escaped<"jsdoc">[];
}

const fieldMembers = (p: Printer, fields: Field[]): Member[] =>
  fields.map((f) => ({ name: f.name, type: typeText(p, f.type), doc: jsdocLines(f.description) }));

function interfaceDecl(p: Printer, name: string, description: string | undefined, pointer: string, members: Member[]): string {
  const body = members.length === 0 ? "{}" : `{\n${members.map((m) => `${docBlock("  ", m.doc ?? [])}  ${key(m.name)}: ${m.type};\n`).join("")}}`;
  return `${docBlock("", jsdocLines(description), [p.see(pointer)])}export interface ${name} ${body}\n`;
}

/** `export type Name = A | B;` on one line when it fits, else on the next line, else one member per line (as prettier prints it). */
function unionDecl(name: string, members: string[]): string {
  const head = `export type ${name} =`;
  const flat = `${head} ${members.join(" | ")};`;
  if (flat.length <= WIDTH && !flat.includes("\n")) return `${flat}\n`;
  const next = `  ${members.join(" | ")};`;
  if (next.length <= WIDTH && !next.includes("\n")) return `${head}\n${next}\n`;
  return `${head}\n${members.map((m) => `  | ${m}`).join("\n")};\n`;
}

/** The interface that names a struct variant's fields (`NodeMessageRegister`), as the parsers and match handlers call it. */
const payloadName = (d: EnumDecl, v: Variant) => `${d.name}${v.rustName ?? v.name}`;

/** An enum: its union, then an interface per struct variant. */
function enumDecl(p: Printer, d: EnumDecl): string {
  const interfaces: string[] = [];
  const payload = (v: Variant, extra: Member[] = []): string => {
    if (v.payload.kind !== "struct") throw new Error("unreachable: not a struct variant");
    interfaces.push(interfaceDecl(p, payloadName(d, v), v.description, v.pointer, [...extra, ...fieldMembers(p, v.payload.fields)]));
    return payloadName(d, v);
  };
  const member = (v: Variant): string => {
    const pl = v.payload;
    switch (d.representation) {
      case "externally-tagged":
        if (pl.kind === "unit") return literal(v.name);
        return objectType([{ name: v.name, type: pl.kind === "struct" ? payload(v) : typeText(p, pl.type) }], "    ");
      case "internally-tagged": {
        const tag = { name: d.tag!, type: literal(v.name) };
        if (pl.kind === "newtype") return `(${objectType([tag], "    ")} & ${pl.type.kind === "ref" ? pl.type.name : "never"})`;
        return pl.kind === "struct" ? payload(v, [tag]) : objectType([tag], "    ");
      }
      case "adjacently-tagged": {
        const tag = { name: d.tag!, type: literal(v.name) };
        if (pl.kind === "unit") return objectType([tag], "    ");
        return objectType([tag, { name: d.content!, type: pl.kind === "struct" ? payload(v) : typeText(p, pl.type) }], "    ");
      }
      case "untagged":
        if (pl.kind === "unit") return "null";
        return pl.kind === "struct" ? payload(v) : typeText(p, pl.type);
      default:
        return assertNever(d.representation);
    }
  };
  const members = d.variants.map(member);
  return [`${docBlock("", jsdocLines(d.description), [p.see(d.pointer)])}${unionDecl(d.name, members)}`, ...interfaces].join("\n");
}

/** Brands keep ids apart: a NodeId is not a WorkloadId though both are UUID strings; a u64 newtype is a branded number. */
function aliasType(p: Printer, d: Decl & { kind: "newtype" | "alias" }): string {
  const target = d.kind === "newtype" ? d.inner : d.target;
  if (d.kind === "newtype") return `${typeText(p, target, true)} & { readonly __newtype: ${literal(d.name)} }`;
  if (target.kind === "uuid") return `string & { readonly __format: "uuid" }`;
  if (target.kind === "timestamp") return `string & { readonly __format: "date-time" }`;
  return typeText(p, target);
}

function decl(p: Printer, d: Decl): string {
  switch (d.kind) {
    case "struct":
      return interfaceDecl(p, d.name, d.description, d.pointer, fieldMembers(p, d.fields));
    case "enum":
      return enumDecl(p, d);
    case "newtype":
    case "alias":
      return `${docBlock("", jsdocLines(d.description), [p.see(d.pointer)])}export type ${d.name} = ${aliasType(p, d)};\n`;
    default:
      return assertNever(d);
  }
}

/** Every type's declaration, separated by blank lines; `schemaName` is the schema file's name, for the `@see` links. */
export function typeDeclarations(model: Model, schemaName: string, u64: U64Mode = "number"): string {
  const p: Printer = { see: (pointer) => `@see ${jsdocCode(`${schemaName}#${pointer}`)}`, u64 };
  return model.decls
    .map((d) => decl(p, d))
    .join("\n")
    .trimEnd();
}
