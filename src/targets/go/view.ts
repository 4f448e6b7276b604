import type { Decl, EnumDecl, Field, Model, Rules, TypeRef, Variant } from "../../model/types.js";
import { INT_RANGES, assertNever, findDecl } from "../../model/types.js";
import { declTypes } from "../../model/walk.js";
import { markdown, markdownCode } from "../../render/escape.js";
import type { Escaped } from "../../render/escape.js";
import { goComment, goRawString, goString, serdeJson } from "./escape.js";
import type { GoEscaped } from "./escape.js";
import { goExported, goTypeName } from "./names.js";
import { compositeBodies, composites, goType, typeKey } from "./types.js";

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
  tuples: { arity: number; params: string; fields: string[]; typeArgs: string; readArgs: string; reads: string[]; writes: string[]; encs: string[] }[];
  /** The helpers of composite types: `readOptionListString` and its writer, encoder and decoder. */
  composites: { key: string; goType: string; bincode: boolean; read: string; write: string; enc: string; dec: string }[];
  /** Every type with a `Parse<Name>`, for the conformance driver: `"Name": roundtrip(p.ParseName, p.MarshalName),` aligned. */
  driverEntries: string[];
  messages: { name: string; goName: string }[];
  /** For the README: the title and names as Markdown, the module path as a Go import string's content, the first message. */
  titleMarkdown: Escaped<"markdown">;
  schemaNameMarkdown: Escaped<"markdown">;
  modulePathMarkdown: Escaped<"markdown">;
  modulePathGo: string;
  example?: { goName: string };
  ruleDecls: GoDeclView[];
  /** The schema declares ValidationError (as the rule layer needs it: { field, message }); else rules.go does. */
  declaresValidationError: boolean;
  usesImageReference: boolean;
  /** An internally/adjacently tagged or untagged enum: runtime_content.go ships. */
  usesContent: boolean;
  rulesUseFmt: boolean;
  rulesUseStrconv: boolean;
  rulesUseUtf8: boolean;
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
  decCall?: string;
  encCall?: string;
  isUuidNewtype?: boolean;
  /** enums */
  enum?: EnumView;
  /** A recursive type (or one that reaches one): its writer counts depth, so a cycle fails instead of overflowing the stack. */
  unbounded: boolean;
  /** bincode cannot read internally/adjacently tagged or untagged enums (no deserialize_any): no codec for what reaches one. */
  bincode: boolean;
  /** A struct with the rule layer: its checks, in field order. */
  rules?: { lines: string[] };
}

interface StructView {
  /** The Go function name's part: `VolumeMount`, `NodeMessageRegister`. */
  fn: string;
  noSeq: boolean;
  unbounded: boolean;
  emptyObject: GoEscaped<"go-string">;
  label: GoEscaped<"go-string">;
  seqLabel: GoEscaped<"go-string">;
  names: string;
  count: number;
  /** The field lines inside `struct { }`, aligned as gofmt aligns them. */
  lines: string[];
  fields: {
    index: number;
    goName: string;
    readCall: string;
    writeCall: string;
    decFn: string;
    encCall: string;
    key: GoEscaped<"go-string">;
    wire: GoEscaped<"go-string">;
    required: boolean;
  }[];
}

interface EnumView {
  isExternal: boolean;
  isInternal: boolean;
  isAdjacent: boolean;
  isUntagged: boolean;
  /** The tag and content keys as Go strings, and as the entries serde writes (`"t":`). */
  tag?: GoEscaped<"go-string">;
  content?: GoEscaped<"go-string">;
  contentKey?: GoEscaped<"go-string">;
  /** The wire tags as a Go slice literal's elements, and the catch-all's index (-1: none). */
  tags: string;
  otherIndex: number;
  hasOther: boolean;
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
  isOther: boolean;
  tagOpen: GoEscaped<"go-string">;
  tagOnly: GoEscaped<"go-string">;
  tagEntry: GoEscaped<"go-string">;
  /** An internally tagged newtype variant's inner struct has an array form to continue. */
  innerSeq?: string;
  struct?: StructView;
  valueType?: string;
  readValue?: string;
  writeCall?: string;
  decValue?: string;
  encCall?: string;
  index: number;
}

export { goType };

/** A call reading t from `r`. */
function readCall(t: TypeRef): string {
  return `read${typeKey(t)}(r)`;
}

/** A call writing `value` of type t to `w`. */
function writeCall(t: TypeRef, value: string): string {
  return `write${typeKey(t)}(w, ${value})`;
}

/** A call decoding t from `d`. */
function decCall(t: TypeRef): string {
  return `dec${typeKey(t)}(d)`;
}

/** A call encoding `value` of type t to `e`. */
function encCall(t: TypeRef, value: string): string {
  return `enc${typeKey(t)}(e, ${value})`;
}

/** A doc comment that starts with the name it documents, as Go's do: `lead: description`, or `lead.` alone. */
function named(lead: string, doc: GoEscaped<"go-comment">[]): GoEscaped<"go-comment">[] {
  if (doc.length === 0) return [`${lead}.`] as GoEscaped<"go-comment">[];
  return [`${lead}: ${doc[0]}`, ...doc.slice(1)] as GoEscaped<"go-comment">[];
}

/** Words wrapped at about 100 columns (a doc comment line the generator writes, not schema text). */
function wrap(text: string, width = 96): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** A declaration's doc: its name and description; an enum's also lists its variant types. */
function declDoc(d: Decl, goName: string): GoEscaped<"go-comment">[] {
  const doc = goComment(d.description);
  const lead = doc.length ? [`${goName}: ${doc[0]}`, ...doc.slice(1)] : [];
  if (!(d.kind === "enum" && isDataEnum(d))) return lead as GoEscaped<"go-comment">[];
  const names = d.variants.map((v) => goName + goExported(v.rustName ?? v.name));
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)!}`;
  const text = `${lead.length ? "Its" : `${goName} is one of ${d.variants.length} variants; its`} variants are the types ${list}; Visit${goName} dispatches on them exhaustively.`;
  return [...lead, ...(lead.length ? [""] : []), ...wrap(text)] as GoEscaped<"go-comment">[];
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

/** `noSeq`: no array form (an adjacently tagged enum's struct content); `tagEntry`: an internally tagged variant's `"tag":"name"`, written first. */
function structView(fn: string, label: string, fields: Field[], options: { noSeq?: boolean; tagEntry?: string; unbounded?: boolean } = {}): StructView {
  const open = options.tagEntry === undefined ? "{" : `{${options.tagEntry},`;
  return {
    fn,
    noSeq: options.noSeq === true,
    unbounded: options.unbounded === true,
    emptyObject: goRawString(options.tagEntry === undefined ? "{}" : `{${options.tagEntry}}`),
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
      decFn: `dec${typeKey(f.type)}`,
      encCall: encCall(f.type, `v.${goExported(f.rustName ?? f.name)}`),
      key: goRawString(`${index === 0 ? open : ","}${serdeJson(f.name)}:`),
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
  const variants = d.variants.map((v, i) => variantView(model, d, goName, v, i));
  return {
    isExternal: d.representation === "externally-tagged",
    isInternal: d.representation === "internally-tagged",
    isAdjacent: d.representation === "adjacently-tagged",
    isUntagged: d.representation === "untagged",
    ...(d.tag !== undefined ? { tag: goString(d.tag) } : {}),
    ...(d.content !== undefined ? { content: goString(d.content), contentKey: goRawString(`,${serdeJson(d.content)}:`) } : {}),
    tags: d.variants.map((v) => goString(v.name)).join(", "),
    otherIndex: d.variants.findIndex((v) => v.other === true),
    hasOther: d.variants.some((v) => v.other === true),
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

function variantView(model: Model, d: EnumDecl, enumGo: string, v: Variant, index: number): VariantView {
  const inner = v.payload.kind === "newtype" ? resolveRef(model, v.payload.type) : undefined;
  const innerStruct = inner && inner.kind === "struct" ? goTypeName(inner.name) : undefined;
  const method = goExported(v.rustName ?? v.name);
  const goName = enumGo + method;
  const base = {
    index,
    goName,
    method,
    tag: goString(v.name),
    openKey: goRawString(`{${serdeJson(v.name)}:`),
    quoted: goRawString(serdeJson(v.name)),
    doc: named(`${goName} is the variant ${v.rustName ?? v.name} of ${enumGo}`, goComment(v.description)),
    isUnit: v.payload.kind === "unit",
    isNewtype: v.payload.kind === "newtype",
    isStruct: v.payload.kind === "struct",
    unitLabel: goString(`unit variant ${d.name}::${v.name}`),
    isOther: v.other === true,
    /** Internally and adjacently tagged: `{"tag":"name"` (the object left open), and `{"tag":"name"}`. */
    tagOpen: goRawString(`{${serdeJson(d.tag ?? "")}:${serdeJson(v.name)}`),
    tagOnly: goRawString(`{${serdeJson(d.tag ?? "")}:${serdeJson(v.name)}}`),
    tagEntry: goRawString(`${serdeJson(d.tag ?? "")}:${serdeJson(v.name)}`),
    kindLabel: v.payload.kind === "struct" ? "struct variant" : "newtype variant",
  };
  if (v.payload.kind === "struct")
    return {
      ...base,
      struct: structView(goName, `struct variant ${d.name}::${v.name}`, v.payload.fields, {
        noSeq: d.representation === "adjacently-tagged",
        ...(d.representation === "internally-tagged" ? { tagEntry: `${serdeJson(d.tag!)}:${serdeJson(v.name)}` } : {}),
      }),
    };
  if (v.payload.kind === "newtype")
    return {
      ...base,
      valueType: goType(v.payload.type),
      readValue: `${goName}{Value: ${readCall(v.payload.type)}}`,
      ...(innerStruct ? { innerSeq: `${goName}{Value: read${innerStruct}Seq(r, true)}` } : {}),
      writeCall: writeCall(v.payload.type, "v.Value"),
      decValue: `${goName}{Value: ${decCall(v.payload.type)}}`,
      encCall: encCall(v.payload.type, "v.Value"),
    };
  return base;
}

function declView(model: Model, d: Decl, reach: Reach): GoDeclView {
  const goName = goTypeName(d.name);
  const base = {
    unbounded: reach.unbounded.has(d.name),
    bincode: reach.bincode.has(d.name),
    name: d.name,
    goName,
    doc: declDoc(d, goName),
    isStruct: d.kind === "struct",
    isAlias: d.kind === "alias",
    isNewtype: d.kind === "newtype",
    // Only serde's default form of a unit-only enum is a plain string; the others are objects (or null), so Go types.
    isUnitEnum: d.kind === "enum" && d.representation === "externally-tagged" && d.variants.every((v) => v.payload.kind === "unit"),
    isDataEnum: d.kind === "enum" && !(d.representation === "externally-tagged" && d.variants.every((v) => v.payload.kind === "unit")),
  };
  switch (d.kind) {
    case "struct": {
      const lines = d.fields.flatMap((f) => ruleLines(model, f));
      return {
        ...base,
        hasMethods: true,
        struct: structView(goName, `struct ${d.name}`, d.fields, { unbounded: reach.unbounded.has(d.name) }),
        ...(lines.length ? { rules: { lines } } : {}),
      };
    }
    case "alias":
      return {
        ...base,
        hasMethods: false,
        goType: goType(d.target),
        readCall: readCall(d.target),
        writeCall: writeCall(d.target, "v"),
        decCall: decCall(d.target),
        encCall: encCall(d.target, "v"),
      };
    case "newtype": {
      const inner = goType(d.inner);
      const underlying = resolve(model, d.inner);
      return {
        ...base,
        hasMethods: !(underlying.kind === "ref" && isDataEnum(findDecl(model, underlying.name))),
        goType: inner,
        readCall: `${goName}(${readCall(d.inner)})`,
        writeCall: writeCall(d.inner, `${inner}(v)`),
        decCall: `${goName}(${decCall(d.inner)})`,
        encCall: encCall(d.inner, `${inner}(v)`),
        isUuidNewtype: underlying.kind === "uuid",
      };
    }
    case "enum":
      return { ...base, hasMethods: base.isUnitEnum, enum: enumView(model, d, goName) };
    default:
      return assertNever(d);
  }
}

/** The statements checking a field's rules (`x` the value; `label`, `args`: how a message names it), one-tab indented. */
function ruleChecks(r: Rules, t: TypeRef, field: string, label: string, args: string): string[] {
  const out: string[] = [];
  // A format string from a field name: `%` doubled; the name reaches Go only through goString.
  const report = (cond: string, text: string, more: string) => {
    const message = args + more === "" ? goString(`${label}${text}`.replace(/%%/g, "%")) : `fmt.Sprintf(${goString(`${label}${text}`)}${args}${more})`;
    out.push(`if ${cond} {`, `\tout = append(out, violation(${goString(field)}, ${message}))`, "}");
  };
  if (t.kind === "int") {
    const range = INT_RANGES[t.int];
    if (r.minimum !== undefined && BigInt(r.minimum) > BigInt(range.min)) report(`x < ${r.minimum}`, ` must be at least ${r.minimum}, got %d`, ", x");
    if (r.maximum !== undefined && BigInt(r.maximum) < BigInt(range.max)) report(`x > ${r.maximum}`, ` must be at most ${r.maximum}, got %d`, ", x");
  }
  const minLength = r.minLength !== undefined && r.minLength > 0 ? r.minLength : undefined;
  if (minLength !== undefined)
    report(`utf8.RuneCountInString(x) < ${minLength}`, ` ${minLength === 1 ? "must not be empty" : `must be at least ${minLength} characters long`}`, "");
  if (r.format === "image-reference")
    report(
      `${minLength !== undefined ? `utf8.RuneCountInString(x) >= ${minLength} && ` : ""}!isImageReference(x)`,
      " is not a valid container image reference: %s",
      ", jsonQuoted(x)",
    );
  return out;
}

/** A field's rule checks, as statements of Check<Name>Rules (one tab deep). */
function ruleLines(model: Model, f: Field): string[] {
  const name = f.rustName ?? f.name;
  const goName = goExported(name);
  const out: string[] = [];
  const t = f.type.kind === "option" ? f.type.of : f.type;
  if (f.rules) {
    const checks = ruleChecks(f.rules, resolve(model, t), name, name.replace(/%/g, "%%"), "");
    if (checks.length) {
      if (f.type.kind === "option") out.push(`if v.${goName} != nil {`, `\tx := *v.${goName}`);
      else out.push("{", `\tx := v.${goName}`);
      out.push(...checks.map((l) => `\t${l}`), "}");
    }
  }
  if (f.itemRules && (t.kind === "list" || f.type.kind === "list")) {
    const item = f.type.kind === "list" ? f.type.of : (t as { of: TypeRef }).of;
    const checks = ruleChecks(f.itemRules, resolve(model, item), name, `${name.replace(/%/g, "%%")}[%d]`, ", i");
    if (checks.length) {
      const list = f.type.kind === "option" ? `*v.${goName}` : `v.${goName}`;
      if (f.type.kind === "option") out.push(`if v.${goName} != nil {`);
      out.push(`for i, x := range ${list} {`, ...checks.map((l) => `\t${l}`), "}");
      if (f.type.kind === "option") out.push("}");
    }
  }
  return out.map((l) => `\t${l}`);
}

interface Reach {
  unbounded: ReadonlySet<string>;
  bincode: ReadonlySet<string>;
}

/** The names a type reference mentions. */
function typeRefNames(t: TypeRef): string[] {
  if (t.kind === "ref") return [t.name];
  if (t.kind === "option" || t.kind === "list" || t.kind === "map") return typeRefNames(t.of);
  if (t.kind === "tuple") return t.items.flatMap(typeRefNames);
  return [];
}

/** Which declarations reach a recursive one, and which reach no enum that bincode cannot read. */
function reachability(model: Model): Reach {
  const refs = new Map(model.decls.map((d) => [d.name, declTypes(d).flatMap(typeRefNames)]));
  const reaches = new Map<string, Set<string>>();
  for (const d of model.decls) {
    const seen = new Set<string>();
    const stack = [...(refs.get(d.name) ?? [])];
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(refs.get(n) ?? []));
    }
    reaches.set(d.name, seen);
  }
  const recursive = new Set(model.decls.filter((d) => reaches.get(d.name)!.has(d.name)).map((d) => d.name));
  const foreign = new Set(model.decls.filter((d) => d.kind === "enum" && d.representation !== "externally-tagged").map((d) => d.name));
  return {
    unbounded: new Set(model.decls.filter((d) => recursive.has(d.name) || [...reaches.get(d.name)!].some((n) => recursive.has(n))).map((d) => d.name)),
    bincode: new Set(model.decls.filter((d) => !foreign.has(d.name) && ![...reaches.get(d.name)!].some((n) => foreign.has(n))).map((d) => d.name)),
  };
}

/** The declaration a type names, through aliases (undefined: not a named type). */
function resolveRef(model: Model, t: TypeRef): Decl | undefined {
  for (let i = 0; i < 64 && t.kind === "ref"; i++) {
    const d = findDecl(model, t.name);
    if (d.kind !== "alias") return d;
    t = d.target;
  }
  return undefined;
}

function isDataEnum(d: Decl): boolean {
  return d.kind === "enum" && !(d.representation === "externally-tagged" && d.variants.every((v) => v.payload.kind === "unit"));
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
  const reach = reachability(model);
  const decls = model.decls.map((d) => declView(model, d, reach));
  const ruleText = decls.flatMap((d) => d.rules?.lines ?? []).join("\n");
  return {
    schemaName: goComment(options.schemaName)[0] ?? ("schema" as GoEscaped<"go-comment">),
    packageName: options.packageName,
    modulePath: options.modulePath,
    title: goComment(model.title)[0] ?? ("" as GoEscaped<"go-comment">),
    doc: goComment(model.description),
    protocolVersion: model.protocolVersion,
    decls,
    composites: composites(model).map(({ key, type }) => ({
      key,
      goType: goType(type),
      bincode: typeRefNames(type).every((n) => reach.bincode.has(n)),
      ...compositeBodies(type),
    })),
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
        encs: idx.map((i) => `enc${i}(e, v.V${i})`),
      };
    }),
    driverEntries: align(
      decls.map((d) => [
        `${goString(d.name)}:`,
        `codec(p.Parse${d.goName}, p.Marshal${d.goName}, ${d.bincode ? `p.DecodeBincode${d.goName}, p.EncodeBincode${d.goName}` : "nil, nil"}, ${d.rules ? `anyRules(p.Check${d.goName}Rules)` : "nil"}),`,
      ]),
    ),
    messages: model.messages.map((m) => ({ name: m.name, goName: goTypeName(m.name) })),
    titleMarkdown: markdown(model.title),
    schemaNameMarkdown: markdownCode(options.schemaName),
    modulePathMarkdown: markdown(options.modulePath),
    // goNaming accepts only module paths of printable ASCII without quotes or backslashes.
    modulePathGo: options.modulePath,
    ...(model.messages[0] !== undefined
      ? { example: { goName: goTypeName(model.messages[0].name) } }
      : model.decls[0] !== undefined
        ? { example: { goName: goTypeName(model.decls[0].name) } }
        : {}),
    ruleDecls: decls.filter((d) => d.rules),
    declaresValidationError: model.decls.some((d) => d.name === "ValidationError"),
    usesImageReference: ruleText.includes("isImageReference("),
    usesContent: model.decls.some((d) => d.kind === "enum" && d.representation !== "externally-tagged"),
    rulesUseFmt: ruleText.includes("fmt."),
    rulesUseStrconv: ruleText.includes("strconv."),
    rulesUseUtf8: ruleText.includes("utf8."),
  };
}
