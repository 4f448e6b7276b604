import type { Decl, EnumDecl, Field, Model, TypeRef, Variant } from "../../model/types.js";
import { assertNever, findDecl } from "../../model/types.js";
import { goComment, goRawString, goString, serdeJson } from "./escape.js";
import type { GoEscaped } from "./escape.js";
import { goExported, goTypeName } from "./names.js";

/**
 * The Go target's view: what templates/go/ lays out. Type expressions and the calls that read and write
 * a type are built here from identifiers only; schema text (descriptions, wire names) reaches the view
 * only through the escapers of ./escape.ts.
 */
export interface GoView {
  schemaName: GoEscaped<"go-comment">;
  packageName: string;
  modulePath: string;
  title: GoEscaped<"go-comment">;
  doc: GoEscaped<"go-comment">[];
  protocolVersion: number;
  decls: GoDeclView[];
  tuples: { arity: number; params: string; fields: string[]; typeArgs: string; readArgs: string; reads: string[]; writes: string[] }[];
  /** Every type with a `Parse<Name>`, for the conformance driver: `"Name": roundtrip(p.ParseName, p.MarshalName),` aligned. */
  driverEntries: string[];
  messages: { name: string; goName: string }[];
}

export interface GoDeclView {
  name: string;
  goName: string;
  doc: GoEscaped<"go-comment">[];
  isStruct: boolean;
  isAlias: boolean;
  isNewtype: boolean;
  isUnitEnum: boolean;
  isDataEnum: boolean;
  /** Whether the type can carry methods (MarshalJSON): not an alias, not an interface. */
  hasMethods: boolean;
  /** struct */
  struct?: StructView;
  /** alias / newtype */
  goType?: string;
  readCall?: string;
  writeCall?: string;
  isUuidNewtype?: boolean;
  /** enums */
  enum?: EnumView;
}

interface StructView {
  /** The Go function name's part: `VolumeMount`, `NodeMessageRegister`. */
  fn: string;
  label: GoEscaped<"go-string">;
  seqLabel: GoEscaped<"go-string">;
  names: string;
  count: number;
  /** The field lines inside `struct { }`, aligned as gofmt aligns them. */
  lines: string[];
  fields: { index: number; goName: string; readCall: string; writeCall: string; key: GoEscaped<"go-string">; wire: GoEscaped<"go-string">; required: boolean }[];
}

interface EnumView {
  variantList: GoEscaped<"go-string">;
  label: GoEscaped<"go-string">;
  isMessage: boolean;
  /** unit-only: the constant lines, aligned. */
  constLines: string[];
  variants: VariantView[];
  unitVariants: VariantView[];
  dataVariants: VariantView[];
}

interface VariantView {
  goName: string;
  method: string;
  tag: GoEscaped<"go-string">;
  openKey: GoEscaped<"go-string">;
  quoted: GoEscaped<"go-string">;
  doc: GoEscaped<"go-comment">[];
  isUnit: boolean;
  isNewtype: boolean;
  isStruct: boolean;
  unitLabel: GoEscaped<"go-string">;
  kindLabel: string;
  struct?: StructView;
  valueType?: string;
  readValue?: string;
  writeCall?: string;
}

const INT_GO: Record<string, string> = { u8: "uint8", u16: "uint16", u32: "uint32", u64: "uint64", i8: "int8", i16: "int16", i32: "int32", i64: "int64" };

/** The Go type of a type reference. */
export function goType(t: TypeRef): string {
  switch (t.kind) {
    case "string":
      return "string";
    case "bool":
      return "bool";
    case "int":
      return INT_GO[t.int]!;
    case "float":
      return t.float === "f32" ? "float32" : "float64";
    case "uuid":
      return "UUID";
    case "timestamp":
      return "DateTime";
    case "ref":
      return goTypeName(t.name);
    case "option":
      return `*${goType(t.of)}`;
    case "list":
      return `[]${goType(t.of)}`;
    case "map":
      return `map[string]${goType(t.of)}`;
    case "tuple":
      return `Tuple${t.items.length}[${t.items.map(goType).join(", ")}]`;
    default:
      return assertNever(t);
  }
}

/** The name of the function reading a scalar or named type, or undefined for a composite. */
function simpleFn(t: TypeRef): string | undefined {
  switch (t.kind) {
    case "string":
      return "String";
    case "bool":
      return "Bool";
    case "int":
      return t.int.toUpperCase();
    case "float":
      return t.float.toUpperCase();
    case "uuid":
      return "UUID";
    case "timestamp":
      return "DateTime";
    case "ref":
      return goTypeName(t.name);
    default:
      return undefined;
  }
}

/** A `func(*reader) T` value reading t. */
function readFn(t: TypeRef): string {
  const simple = simpleFn(t);
  return simple ? `read${simple}` : `func(r *reader) ${goType(t)} { return ${readCall(t)} }`;
}

/** A call reading t from `r`. */
export function readCall(t: TypeRef): string {
  const simple = simpleFn(t);
  if (simple) return `read${simple}(r)`;
  switch (t.kind) {
    case "option":
      return `readOption(r, ${readFn(t.of)})`;
    case "list":
      return `readList(r, ${readFn(t.of)})`;
    case "map":
      return `readMap(r, ${readFn(t.of)})`;
    case "tuple":
      return `readTuple${t.items.length}(r, ${t.items.map(readFn).join(", ")})`;
    default:
      throw new Error(`no reader for ${t.kind}`);
  }
}

/** A `func(*writer, T)` value writing t. */
function writeFn(t: TypeRef): string {
  const simple = simpleFn(t);
  return simple ? `write${simple}` : `func(w *writer, v ${goType(t)}) { ${writeCall(t, "v")} }`;
}

/** A call writing `value` of type t to `w`. */
export function writeCall(t: TypeRef, value: string): string {
  const simple = simpleFn(t);
  if (simple) return `write${simple}(w, ${value})`;
  switch (t.kind) {
    case "option":
      return `writeOption(w, ${value}, ${writeFn(t.of)})`;
    case "list":
      return `writeList(w, ${value}, ${writeFn(t.of)})`;
    case "map":
      return `writeMap(w, ${value}, ${writeFn(t.of)})`;
    case "tuple":
      return `writeTuple${t.items.length}(w, ${value}, ${t.items.map(writeFn).join(", ")})`;
    default:
      throw new Error(`no writer for ${t.kind}`);
  }
}

/** Rows of cells as gofmt aligns them: each cell but the last padded to its column's widest, plus one space. */
function align(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.slice(0, -1).forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((row) => row.map((c, i) => (i < row.length - 1 ? c + " ".repeat(widths[i]! - [...c].length + 1) : c)).join(""));
}

/** Lines of a block whose entries may carry doc comments: a comment line ends gofmt's alignment section. */
function alignBlock(entries: { doc: string[]; cells: string[] }[], indent: string): string[] {
  const out: string[] = [];
  let section: string[][] = [];
  const flush = () => {
    out.push(...align(section).map((l) => indent + l));
    section = [];
  };
  for (const e of entries) {
    if (e.doc.length) {
      flush();
      out.push(...e.doc.map((l) => (l === "" ? `${indent}//` : `${indent}// ${l}`)));
    }
    section.push(e.cells);
  }
  flush();
  return out;
}

function structView(fn: string, label: string, fields: Field[]): StructView {
  return {
    fn,
    label: goString(label),
    seqLabel: goString(`${label} with ${fields.length} elements`),
    names: fields.map((f) => goString(f.name)).join(", "),
    count: fields.length,
    lines: alignBlock(
      fields.map((f) => ({
        doc: goComment(f.description),
        cells: [goExported(f.rustName ?? f.name), goType(f.type), jsonTag(f.name)],
      })),
      "\t",
    ),
    fields: fields.map((f, index) => ({
      index,
      goName: goExported(f.rustName ?? f.name),
      readCall: readCall(f.type),
      writeCall: writeCall(f.type, `v.${goExported(f.rustName ?? f.name)}`),
      key: goRawString(`${index === 0 ? "{" : ","}${serdeJson(f.name)}:`),
      wire: goString(f.name),
      required: f.type.kind !== "option",
    })),
  };
}

/** A struct tag for encoding/json (so a Go team can compare, or embed a type in its own structs). */
function jsonTag(name: string): string {
  // A tag is a raw string literal: a name a tag cannot hold (a backquote, a comma, a quote) gets no tag.
  return /^[A-Za-z0-9_\-.$@#%&()*+/:;<=>?^|~ ]+$/.test(name) && !name.includes(",") ? `\`json:"${name}"\`` : "";
}

function enumView(model: Model, d: EnumDecl, goName: string): EnumView {
  const variants = d.variants.map((v) => variantView(d, goName, v));
  return {
    variantList: goString(d.variants.map((v) => `\`${v.name}\``).join(", ")),
    label: goString(`enum ${d.name}`),
    isMessage: model.messages.some((m) => m.name === d.name),
    constLines: alignBlock(
      variants.map((v) => ({ doc: v.doc, cells: [v.goName, goName, `= ${v.tag}`] })),
      "\t",
    ),
    variants,
    unitVariants: variants.filter((v) => v.isUnit),
    dataVariants: variants.filter((v) => !v.isUnit),
  };
}

function variantView(d: EnumDecl, enumGo: string, v: Variant): VariantView {
  const method = goExported(v.rustName ?? v.name);
  const goName = enumGo + method;
  const base = {
    goName,
    method,
    tag: goString(v.name),
    openKey: goRawString(`{${serdeJson(v.name)}:`),
    quoted: goRawString(serdeJson(v.name)),
    doc: goComment(v.description),
    isUnit: v.payload.kind === "unit",
    isNewtype: v.payload.kind === "newtype",
    isStruct: v.payload.kind === "struct",
    unitLabel: goString(`unit variant ${d.name}::${v.name}`),
    kindLabel: v.payload.kind === "struct" ? "struct variant" : "newtype variant",
  };
  if (v.payload.kind === "struct") return { ...base, struct: structView(goName, `struct variant ${d.name}::${v.name}`, v.payload.fields) };
  if (v.payload.kind === "newtype")
    return { ...base, valueType: goType(v.payload.type), readValue: `${goName}{Value: ${readCall(v.payload.type)}}`, writeCall: writeCall(v.payload.type, "v.Value") };
  return base;
}

function declView(model: Model, d: Decl): GoDeclView {
  const goName = goTypeName(d.name);
  const base = {
    name: d.name,
    goName,
    doc: goComment(d.description),
    isStruct: d.kind === "struct",
    isAlias: d.kind === "alias",
    isNewtype: d.kind === "newtype",
    isUnitEnum: d.kind === "enum" && d.variants.every((v) => v.payload.kind === "unit"),
    isDataEnum: d.kind === "enum" && !d.variants.every((v) => v.payload.kind === "unit"),
  };
  switch (d.kind) {
    case "struct":
      return { ...base, hasMethods: true, struct: structView(goName, `struct ${d.name}`, d.fields) };
    case "alias":
      return { ...base, hasMethods: false, goType: goType(d.target), readCall: readCall(d.target), writeCall: writeCall(d.target, "v") };
    case "newtype": {
      const inner = goType(d.inner);
      const underlying = resolve(model, d.inner);
      return {
        ...base,
        hasMethods: !(underlying.kind === "ref" && isDataEnum(findDecl(model, underlying.name))),
        goType: inner,
        readCall: `${goName}(${readCall(d.inner)})`,
        writeCall: writeCall(d.inner, `${inner}(v)`),
        isUuidNewtype: underlying.kind === "uuid",
      };
    }
    case "enum":
      return { ...base, hasMethods: base.isUnitEnum, enum: enumView(model, d, goName) };
    default:
      return assertNever(d);
  }
}

function isDataEnum(d: Decl): boolean {
  return d.kind === "enum" && !d.variants.every((v) => v.payload.kind === "unit");
}

/** A type through aliases and newtypes, to what it is on the wire. */
function resolve(model: Model, t: TypeRef): TypeRef {
  for (let i = 0; i < 64 && t.kind === "ref"; i++) {
    const d = findDecl(model, t.name);
    if (d.kind === "alias") t = d.target;
    else if (d.kind === "newtype") t = d.inner;
    else break;
  }
  return t;
}

function tupleArities(model: Model): number[] {
  const found = new Set<number>();
  const walk = (t: TypeRef): void => {
    if (t.kind === "tuple") {
      found.add(t.items.length);
      t.items.forEach(walk);
    } else if (t.kind === "option" || t.kind === "list" || t.kind === "map") walk(t.of);
  };
  for (const d of model.decls) {
    if (d.kind === "struct") d.fields.forEach((f) => walk(f.type));
    if (d.kind === "alias") walk(d.target);
    if (d.kind === "newtype") walk(d.inner);
    if (d.kind === "enum")
      for (const v of d.variants) {
        if (v.payload.kind === "newtype") walk(v.payload.type);
        if (v.payload.kind === "struct") v.payload.fields.forEach((f) => walk(f.type));
      }
  }
  return [...found].sort((a, b) => a - b);
}

export function buildGoView(model: Model, options: { packageName: string; modulePath: string; schemaName: string }): GoView {
  const decls = model.decls.map((d) => declView(model, d));
  const keyWidth = Math.max(...decls.map((d) => goString(d.name).length + 1));
  return {
    schemaName: goComment(options.schemaName)[0] ?? ("schema" as GoEscaped<"go-comment">),
    packageName: options.packageName,
    modulePath: options.modulePath,
    title: goComment(model.title)[0] ?? ("" as GoEscaped<"go-comment">),
    doc: goComment(model.description),
    protocolVersion: model.protocolVersion,
    decls,
    tuples: tupleArities(model).map((n) => {
      const idx = [...Array(n).keys()];
      return {
        arity: n,
        params: idx.map((i) => `T${i}`).join(", ") + " any",
        fields: align(idx.map((i) => [`V${i}`, `T${i}`])),
        typeArgs: idx.map((i) => `T${i}`).join(", "),
        readArgs: idx.map((i) => `read${i} func(*reader) T${i}`).join(", "),
        reads: idx.map((i) => `V${i}`),
        writes: idx.map((i) => `write${i}(w, v.V${i})`),
      };
    }),
    driverEntries: align(decls.map((d) => [`${goString(d.name)}:`, `roundtrip(p.Parse${d.goName}, p.Marshal${d.goName}),`])).map((l) => {
      void keyWidth;
      return l;
    }),
    messages: model.messages.map((m) => ({ name: m.name, goName: goTypeName(m.name) })),
  };
}
