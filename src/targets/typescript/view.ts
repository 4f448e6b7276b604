import type { Decl, Field, Model, Rules, TypeRef, Variant } from "../../model/types.js";
import { exampleDecl } from "../../model/example.js";
import { comment, commentLines, jsdocCode, jsdocLines, jsonString, markdown, markdownCode, type Escaped } from "../../render/escape.js";
import { RUNTIME_NAMES } from "./names.js";
import { assertNever, isUnitOnly } from "../../model/types.js";
import type { Defaults } from "../../model/defaults.js";
import { defaultsOf } from "../../model/defaults.js";
import { declTypes, resolveType, typeParts, typeRefs } from "../../model/walk.js";
import type { AjvModules } from "./validators.js";
import { canonicalView, type TsCanonicalView } from "./canonical.js";
import { isBigIntType, typeView, type TsTypeView, type U64Mode } from "./typeView.js";

/** What the TypeScript templates print: the model, flattened into flags and names. Holds no output text. */
export interface TsRulesView {
  hasMinimum: boolean;
  minimum?: string;
  hasMaximum: boolean;
  maximum?: string;
  minLength?: number;
  /** What a too-short string is told, stating the bound. */
  minLengthMessage?: string;
  imageReference: boolean;
  description?: string;
}

export interface TsFieldView {
  name: string;
  /** The variable a reader keeps the field's value in: the name in camelCase, clear of keywords and of what readers call. */
  local: string;
  index: number;
  isFirst: boolean;
  /** The description, as JSDoc lines. */
  doc: Escaped<"jsdoc">[];
  type: TsTypeView;
  isOption: boolean;
  defaultVariant?: string;
  rules?: TsRulesView;
  itemRules?: TsRulesView;
  /** Whether `..Default::default()` can fill this field. */
  hasDefault: boolean;
}

/** How a JSON value begins, one flag set: `null`, `true`/`false`, a number, a string, an array, an object. */
export interface TsStartView {
  isNull: boolean;
  isBool: boolean;
  isNumber: boolean;
  isString: boolean;
  isArray: boolean;
  isObject: boolean;
}

export interface TsVariantView {
  /** The tag on the wire (an untagged variant: its Rust name). */
  name: string;
  /** The catch-all of an open enum. */
  isOther: boolean;
  /** An untagged variant: the kinds of JSON value it can be read from, by their first character (none: any). */
  starts?: TsStartView[];
  /** The description, as JSDoc lines; a one-line description also alone (a one-line block). */
  doc: Escaped<"jsdoc">[];
  docLine?: Escaped<"jsdoc">;
  isUnit: boolean;
  isStruct: boolean;
  isNewtype: boolean;
  payloadName: string;
  fields: TsFieldView[];
  fieldCount: number;
  canonical?: TsCanonicalView;
  type?: TsTypeView;
}

export interface TsDeclView {
  name: string;
  /** The description, as JSDoc lines, and where the schema declares the type (`@see` it). */
  doc: Escaped<"jsdoc">[];
  see: Escaped<"jsdoc">;
  isStruct: boolean;
  isEnum: boolean;
  isUnitOnly: boolean;
  isNewtype: boolean;
  /** A newtype over a UUID (through aliases): `X.new()`, `X.fromStr()`, as the crate's `X::new()`. */
  newtypeOfUuid: boolean;
  /** A newtype over a timestamp (through aliases): `X.fromStr()`. */
  newtypeOfTimestamp: boolean;
  isAlias: boolean;
  isMessage: boolean;
  /** The enum's representation, one flag each, and its tag and content keys. */
  isExternal: boolean;
  isInternal: boolean;
  isAdjacent: boolean;
  isUntagged: boolean;
  tag?: string;
  content?: string;
  /** The catch-all variant's tag (an open enum). */
  other?: string;
  /** bincode cannot read internally/adjacently tagged or untagged enums (no deserialize_any): no codec for what reaches one. */
  bincode: boolean;
  /** Reaches a recursive type: a value can nest without bound (or hold a cycle), so serializer and validator check its shape first. */
  unbounded: boolean;
  fields: TsFieldView[];
  fieldCount: number;
  canonical?: TsCanonicalView;
  variants: TsVariantView[];
  unitVariants: TsVariantView[];
  dataVariants: TsVariantView[];
  variantList: string;
  defaultVariant?: string;
  type?: TsTypeView;
  hasDefaults: boolean;
  hasRules: boolean;
  /** Struct fields a constructor must be given (no default exists for them). */
  requiredInit: string[];
  /** The name is taken by the runtime (e.g. the ProtoError class): the type is exported as `<name>Data`. */
  clashesWithRuntime: boolean;
}

function rulesView(r: Rules): TsRulesView {
  return {
    hasMinimum: r.minimum !== undefined,
    hasMaximum: r.maximum !== undefined,
    imageReference: r.format === "image-reference",
    ...(r.minimum !== undefined ? { minimum: r.minimum } : {}),
    ...(r.maximum !== undefined ? { maximum: r.maximum } : {}),
    ...(r.minLength !== undefined ? { minLength: r.minLength, minLengthMessage: minLengthMessage(r.minLength) } : {}),
    ...(r.description !== undefined ? { description: r.description } : {}),
  };
}

/** JavaScript's reserved words, and the names a generated reader's body uses besides field variables. */
const READER_NAMES: ReadonlySet<string> = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "implements import in instanceof interface let new null package private protected public return static super switch this " +
    "throw true try typeof var void while with yield await async of arguments eval undefined NaN Infinity " +
    "r first First i expected value tag content start messageKind T Reader ProtoError WriteFailure validate ajv quoted describe " +
    "describeError expectObject located readList readMap readTuple readFloat readTag findTag nextKey skipBuffered checkBuffered " +
    "readUuidString readTimestampString readStringElement m hasCanonicalFields"
  ).split(" "),
);

/** What the package declares per type (readX, writeXSeq, …): a field variable so named could hide one. */
const PER_TYPE_NAME = /^(?:read|write|parse|serialize|validate|check|enc|dec|encodeBincode|decodeBincode)[A-Z]/;

/** The fields' views, each with its reader variable (see TsFieldView.local), distinct within the struct. */
function withLocals(fields: readonly Field[], defaults: Defaults, u64: U64Mode): TsFieldView[] {
  const used = new Set<string>();
  return fields.map((f, index) => {
    const camel = f.name.replace(/_+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
    let local = /^[A-Za-z_$][\w$]*$/.test(camel) ? camel : `field${index}`;
    if (READER_NAMES.has(local) || PER_TYPE_NAME.test(local)) local += "Value";
    while (used.has(local)) local += "_";
    used.add(local);
    return fieldView(f, index, defaults, local, u64);
  });
}

function fieldView(f: Field, index: number, defaults: Defaults, local: string, u64: U64Mode): TsFieldView {
  return {
    local,
    hasDefault: f.default !== undefined || defaults.type(f.type),
    ...(f.rules ? { rules: rulesView(f.rules) } : {}),
    ...(f.itemRules ? { itemRules: rulesView(f.itemRules) } : {}),
    name: f.name,
    index,
    isFirst: index === 0,
    doc: jsdocLines(f.description),
    type: typeView(f.type, u64),
    isOption: f.type.kind === "option",
    ...(f.default !== undefined ? { defaultVariant: f.default } : {}),
  };
}

function jsdocView(description: string | undefined): { doc: Escaped<"jsdoc">[]; docLine?: Escaped<"jsdoc"> } {
  const doc = jsdocLines(description);
  return doc.length === 1 ? { doc, docLine: doc[0]! } : { doc };
}

function startView(start: Start): TsStartView {
  return {
    isNull: start === "null",
    isBool: start === "bool",
    isNumber: start === "number",
    isString: start === "string",
    isArray: start === "array",
    isObject: start === "object",
  };
}

function variantView(owner: string, v: Variant, defaults: Defaults, u64: U64Mode, canonical: Canonical, starts?: Start[]): TsVariantView {
  const fields = v.payload.kind === "struct" ? withLocals(v.payload.fields, defaults, u64) : [];
  const shape =
    v.payload.kind === "struct"
      ? canonical(
          v.payload.fields,
          fields.map((f) => f.local),
        )
      : undefined;
  return {
    name: v.name,
    isOther: v.other === true,
    ...(starts ? { starts: starts.map(startView) } : {}),
    ...jsdocView(v.description),
    isUnit: v.payload.kind === "unit",
    isStruct: v.payload.kind === "struct",
    isNewtype: v.payload.kind === "newtype",
    payloadName: `${owner}${v.rustName ?? v.name}`,
    fields,
    fieldCount: fields.length,
    ...(shape !== undefined ? { canonical: shape } : {}),
    ...(v.payload.kind === "newtype" ? { type: typeView(v.payload.type, u64) } : {}),
  };
}

type Canonical = (fields: readonly Field[], locals: readonly string[]) => TsCanonicalView | undefined;

function declView(
  d: Decl,
  messages: ReadonlySet<string>,
  defaults: Defaults,
  bincode: ReadonlySet<string>,
  starts: Starts,
  unbounded: ReadonlySet<string>,
  byName: ReadonlyMap<string, Decl>,
  schemaName: string,
  u64: U64Mode,
): TsDeclView {
  const common = {
    name: d.name,
    doc: jsdocLines(d.description),
    see: jsdocCode(`${schemaName}#${d.pointer}`),
    isStruct: false,
    isEnum: false,
    isUnitOnly: false,
    isNewtype: false,
    newtypeOfUuid: false,
    newtypeOfTimestamp: false,
    isAlias: false,
    isMessage: messages.has(d.name),
    isExternal: false,
    isInternal: false,
    isAdjacent: false,
    isUntagged: false,
    bincode: bincode.has(d.name),
    unbounded: unbounded.has(d.name),
    fields: [] as TsFieldView[],
    fieldCount: 0,
    variants: [] as TsVariantView[],
    unitVariants: [] as TsVariantView[],
    dataVariants: [] as TsVariantView[],
    variantList: "",
    hasDefaults: defaults.decl(d.name),
    hasRules: false,
    requiredInit: [] as string[],
    clashesWithRuntime: RUNTIME_NAMES.has(d.name),
  };
  switch (d.kind) {
    case "struct": {
      const fields = withLocals(d.fields, defaults, u64);
      const requiredInit = fields.filter((f) => !f.hasDefault).map((f) => JSON.stringify(f.name));
      const shape = canonicalView(
        d.fields,
        fields.map((f) => f.local),
        byName,
        u64,
      );
      return {
        ...common,
        isStruct: true,
        fields,
        fieldCount: fields.length,
        ...(shape !== undefined ? { canonical: shape } : {}),
        requiredInit,
        hasRules: fields.some((f) => f.rules || f.itemRules),
      };
    }
    case "enum": {
      // An internally tagged variant's object holds the tag too: no canonical shape of its fields alone.
      const canonical: Canonical = d.representation === "internally-tagged" ? () => undefined : (fields, locals) => canonicalView(fields, locals, byName, u64);
      const variants = d.variants.map((v) =>
        variantView(d.name, v, defaults, u64, canonical, d.representation === "untagged" ? starts.payload(v.payload) : undefined),
      );
      const other = d.variants.find((v) => v.other);
      return {
        ...common,
        isEnum: true,
        isUnitOnly: d.representation === "externally-tagged" && isUnitOnly(d),
        isExternal: d.representation === "externally-tagged",
        isInternal: d.representation === "internally-tagged",
        isAdjacent: d.representation === "adjacently-tagged",
        isUntagged: d.representation === "untagged",
        ...(d.tag !== undefined ? { tag: d.tag } : {}),
        ...(d.content !== undefined ? { content: d.content } : {}),
        ...(other ? { other: other.name } : {}),
        variants,
        unitVariants: variants.filter((v) => v.isUnit),
        dataVariants: variants.filter((v) => !v.isUnit),
        variantList: d.variants.map((v) => `"${v.name}"`).join(", "),
        ...(d.default !== undefined ? { defaultVariant: d.default } : {}),
      };
    }
    case "newtype": {
      const inner = resolveType(d.inner, byName, false).kind;
      return { ...common, isNewtype: true, newtypeOfUuid: inner === "uuid", newtypeOfTimestamp: inner === "timestamp", type: typeView(d.inner, u64) };
    }
    case "alias":
      return { ...common, isAlias: true, type: typeView(d.target, u64) };
    default:
      return assertNever(d);
  }
}

export interface TsView {
  packageName: string;
  version: string;
  /** The schema's title, where each place prints it. */
  title: { markdown: Escaped<"markdown">; json: Escaped<"json-string"> };
  doc: Escaped<"comment">[];
  protocolVersion: number;
  decls: TsDeclView[];
  messages: { name: string; direction: string }[];
  /** The types with a rule layer, for the README. */
  ruleTypes: string[];
  /** The type the README's example parses, matches and serializes. */
  example?: TsDeclView;
  /** The schema file's name, in the banner comment and in the README. */
  schemaName: Escaped<"comment">;
  schemaNameCode: Escaped<"markdown">;
  uuidPattern: string;
  /** Some type has a rule layer; some rule checks an image reference (imports follow). */
  anyRules: boolean;
  anyImageReference: boolean;
  /** Some rule bounds a string's length (counted in Unicode scalar values, as Rust's `chars()`). */
  anyMinLength: boolean;
  /** Which value kinds occur, so the codec imports only what it uses. */
  anyFloat: boolean;
  /** Some u64/i64 is held as a bigint (setting `u64: bigint`). */
  anyBigInt: boolean;
  /** How u64/i64 values are held, for the README. */
  u64: U64Mode;
  /** Which value kinds and shapes occur, so each module imports and declares only what it uses. */
  anyF32: boolean;
  anyF64: boolean;
  anyBool: boolean;
  anyTuple: boolean;
  /** Some struct may be written as an array (readStructSeq): every struct but an adjacently tagged enum's variants. */
  anyStructSeq: boolean;
  /** A list, map or tuple holds strings: its reader passes the runtime's string reader (no closure per call). */
  anyStringElement: boolean;
  anyUuid: boolean;
  anyTimestamp: boolean;
  /** An externally tagged enum with a data variant: its reader looks at the tag key. */
  anyExternalData: boolean;
  /** An internally tagged newtype variant: its writer splices the tag into the payload's object. */
  anyInternalNewtype: boolean;
  /** An externally tagged enum with data, with a bincode codec. */
  anyBincodeExternalData: boolean;
  /** A companion with `new()` (a UUID alias or newtype) or `fromStr()` (a UUID or timestamp one). */
  anyUuidCompanion: boolean;
  anyFromStr: boolean;
  /** A timestamp alias: its companion converts to and from Date and parts. */
  anyTimestampAlias: boolean;
  anyMap: boolean;
  anyUntagged: boolean;
  anyInternal: boolean;
  anyAdjacent: boolean;
  /** Internally or adjacently tagged: a tag to read. */
  anyTagged: boolean;
  /** Some type is recursive (see TsDeclView.unbounded). */
  anyUnbounded: boolean;
  anyBincodeUnbounded: boolean;
  /** Some type has a bincode encoding (bincode.ts exports something). */
  anyBincode: boolean;
  types: string;
  /** The Ajv validators, compiled in a worker while the rest renders (see validators.ts). */
  validators: Promise<AjvModules>;
}

export interface TsViewInputs {
  packageName: string;
  version: string;
  schemaName: string;
  uuidPattern: string;
  /** types.ts, rendered by typeDecls.ts. */
  types: string;
  validators: Promise<AjvModules>;
  /** How u64/i64 values are held (the target's `u64` setting). */
  u64: U64Mode;
}

export function buildTsView(model: Model, options: TsViewInputs): TsView {
  const messageNames = new Set(model.messages.map((m) => m.name));
  const defaults = defaultsOf(model);
  const bincode = bincodeDecls(model);
  const starts = startsOf(model);
  const representations = new Set(model.decls.flatMap((d) => (d.kind === "enum" ? [d.representation] : [])));
  const unbounded = unboundedDecls(model);
  const byName = new Map(model.decls.map((d) => [d.name, d]));
  const decls = model.decls.map((d) => declView(d, messageNames, defaults, bincode, starts, unbounded, byName, options.schemaName, options.u64));
  // The fields of every struct that may be written as an array: each is read by its reader in readStructSeq.
  const seqFields = model.decls.flatMap((d) =>
    d.kind === "struct"
      ? d.fields
      : d.kind === "enum" && d.representation !== "adjacently-tagged"
        ? d.variants.flatMap((v) => (v.payload.kind === "struct" ? v.payload.fields : []))
        : [],
  );
  const example = exampleDecl(model);
  return {
    ...options,
    schemaName: comment(options.schemaName),
    schemaNameCode: markdownCode(options.schemaName),
    title: { markdown: markdown(model.title), json: jsonString(model.title) },
    doc: commentLines(model.description),
    protocolVersion: model.protocolVersion,
    decls,
    anyRules: decls.some((d) => d.hasRules),
    anyImageReference: decls.some((d) => d.fields.some((f) => f.rules?.imageReference || f.itemRules?.imageReference)),
    anyMinLength: decls.some((d) => d.fields.some((f) => f.rules?.minLength !== undefined || f.itemRules?.minLength !== undefined)),
    anyFloat: uses(model, "float"),
    anyBigInt: usesWhere(model, (t) => isBigIntType(t, options.u64)),
    anyF32: usesWhere(model, (t) => t.kind === "float" && t.float === "f32"),
    anyF64: usesWhere(model, (t) => t.kind === "float" && t.float === "f64"),
    anyBool: uses(model, "bool"),
    anyTuple: uses(model, "tuple"),
    anyStructSeq: seqFields.length > 0,
    anyStringElement:
      seqFields.some((f) => f.type.kind === "string") ||
      usesWhere(
        model,
        (t) => ((t.kind === "list" || t.kind === "map") && t.of.kind === "string") || (t.kind === "tuple" && t.items.some((i) => i.kind === "string")),
      ),
    anyUuid: uses(model, "uuid"),
    anyTimestamp: uses(model, "timestamp"),
    anyExternalData: model.decls.some(
      (d) => d.kind === "enum" && d.representation === "externally-tagged" && d.variants.some((v) => v.payload.kind !== "unit"),
    ),
    anyInternalNewtype: model.decls.some(
      (d) => d.kind === "enum" && d.representation === "internally-tagged" && d.variants.some((v) => v.payload.kind === "newtype"),
    ),
    anyBincodeExternalData: decls.some((d) => d.bincode && d.isExternal && d.dataVariants.length > 0),
    anyUuidCompanion: decls.some((d) => d.newtypeOfUuid || (d.isAlias && d.type?.isUuid === true)),
    anyTimestampAlias: decls.some((d) => d.isAlias && d.type?.isTimestamp === true),
    anyFromStr: decls.some((d) => d.newtypeOfUuid || d.newtypeOfTimestamp || (d.isAlias && (d.type?.isUuid === true || d.type?.isTimestamp === true))),
    anyMap: uses(model, "map"),
    anyUntagged: representations.has("untagged"),
    anyInternal: representations.has("internally-tagged"),
    anyAdjacent: representations.has("adjacently-tagged"),
    anyTagged: representations.has("internally-tagged") || representations.has("adjacently-tagged"),
    anyUnbounded: decls.some((d) => d.unbounded),
    anyBincodeUnbounded: decls.some((d) => d.unbounded && d.bincode),
    anyBincode: decls.some((d) => d.bincode),
    messages: model.messages,
    ruleTypes: decls.filter((d) => d.hasRules).map((d) => d.name),
    ...(example ? { example: decls[model.decls.indexOf(example)]! } : {}),
  };
}

/** The message of a `minLength` rule, as the Rust crate's: the bound stated (1 reads "must not be empty"). */
export function minLengthMessage(n: number): string {
  return n === 1 ? "must not be empty" : `must be at least ${n} characters long`;
}

/** Whether any type reference in the model is of `kind`. */
function uses(model: Model, kind: TypeRef["kind"]): boolean {
  return usesWhere(model, (t) => t.kind === kind);
}

function usesWhere(model: Model, test: (t: TypeRef) => boolean): boolean {
  return model.decls.some((d) => declTypes(d).some((t) => typeParts(t).some(test)));
}

/** Declarations that reach no internally/adjacently tagged or untagged enum. */
function bincodeDecls(model: Model): Set<string> {
  const byName = new Map(model.decls.map((d) => [d.name, d]));
  const ok = (name: string, seen: Set<string>): boolean => {
    const d = byName.get(name);
    if (!d || seen.has(name)) return true;
    seen.add(name);
    if (d.kind === "enum" && d.representation !== "externally-tagged") return false;
    return declTypes(d)
      .flatMap(typeRefs)
      .every((c) => ok(c, seen));
  };
  return new Set(model.decls.filter((d) => ok(d.name, new Set())).map((d) => d.name));
}

/** Declarations that reach a recursive one (one that reaches itself): their values have no depth bound. */
function unboundedDecls(model: Model): Set<string> {
  const refs = new Map(model.decls.map((d) => [d.name, declTypes(d).flatMap(typeRefs)]));
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [...(refs.get(from) ?? [])];
    for (let name = stack.pop(); name !== undefined; name = stack.pop()) {
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...(refs.get(name) ?? []));
    }
    return seen;
  };
  const reaches = new Map(model.decls.map((d) => [d.name, reach(d.name)]));
  const recursive = new Set(model.decls.filter((d) => reaches.get(d.name)!.has(d.name)).map((d) => d.name));
  return new Set(model.decls.filter((d) => recursive.has(d.name) || [...reaches.get(d.name)!].some((n) => recursive.has(n))).map((d) => d.name));
}

/** The kinds of JSON value by their first character, in the order the readers test them. */
const STARTS = ["null", "bool", "number", "string", "array", "object"] as const;
type Start = (typeof STARTS)[number];

interface Starts {
  /** The kinds of value a variant's JSON can be, as serde reads it from buffered content; undefined: any. */
  payload(p: Variant["payload"]): Start[] | undefined;
}

/** What each type's JSON can start with, so an untagged enum tries only the variants that can fit (no exception per miss). */
function startsOf(model: Model): Starts {
  const byName = new Map(model.decls.map((d) => [d.name, d]));
  const union = (sets: (Start[] | undefined)[]): Start[] | undefined =>
    sets.some((s) => s === undefined) ? undefined : STARTS.filter((k) => sets.some((s) => s!.includes(k)));
  const type = (t: TypeRef, seen: ReadonlySet<string>): Start[] | undefined => {
    switch (t.kind) {
      case "string":
      case "uuid":
      case "timestamp":
        return ["string"];
      case "bool":
        return ["bool"];
      case "int":
      case "float":
        return ["number"];
      case "option":
        return union([["null"], type(t.of, seen)]);
      case "list":
      case "tuple":
        return ["array"];
      case "map":
        return ["object"];
      case "ref":
        return decl(t.name, seen);
      default:
        return assertNever(t);
    }
  };
  const decl = (name: string, seen: ReadonlySet<string>): Start[] | undefined => {
    const d = byName.get(name);
    if (!d || seen.has(name)) return undefined;
    const inner = new Set([...seen, name]);
    switch (d.kind) {
      case "struct":
        return ["array", "object"];
      case "enum":
        switch (d.representation) {
          case "externally-tagged":
            return ["string", "object"];
          case "internally-tagged":
          case "adjacently-tagged":
            return ["array", "object"];
          case "untagged":
            return union(d.variants.map((v) => payload(v.payload, inner)));
          default:
            return assertNever(d.representation);
        }
      case "newtype":
        return type(d.inner, inner);
      case "alias":
        return type(d.target, inner);
      default:
        return assertNever(d);
    }
  };
  const payload = (p: Variant["payload"], seen: ReadonlySet<string>): Start[] | undefined =>
    p.kind === "unit" ? ["null"] : p.kind === "struct" ? ["array", "object"] : type(p.type, seen);
  return { payload: (p) => payload(p, new Set()) };
}
