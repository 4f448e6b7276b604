import type { Decl, Field, FloatKind, IntKind, Model, Rules, TypeRef, Variant } from "../../model/types.js";
import { defaultsOf } from "../../model/defaults.js";
import type { KindFlags } from "../kindFlags.js";
import { kindFlags } from "../kindFlags.js";
import { INT_RANGES, assertNever, isUnitOnly } from "../../model/types.js";

/** What the Rust templates print: the model, flattened into flags and names. Holds no output text. */
export interface RustTypeView extends KindFlags {
  /** The integer kind (`u32`, …): Rust's own type name. */
  int?: IntKind;
  float?: FloatKind;
  name?: string;
  of?: RustTypeView;
  items?: { type: RustTypeView }[];
  /** A one-element tuple, which Rust spells `(T,)`. */
  singleItem?: boolean;
}

export interface RustRulesView {
  /** A bound is only printed when the type's own range does not already imply it (rustc flags such comparisons). */
  minimum?: string;
  maximum?: string;
  minLength?: number;
  imageReference: boolean;
}

export interface RustFieldView {
  name: string;
  doc: string[];
  type: RustTypeView;
  /** Set when the field's default is a variant of its enum rather than the type's own default. */
  defaultVariant?: string;
  rules?: RustRulesView;
  /** The field is an Option: its rules apply to the value inside `Some`. */
  rulesOnOption: boolean;
  itemRules?: RustRulesView;
}

export interface RustVariantView {
  name: string;
  doc: string[];
  isUnit: boolean;
  isStruct: boolean;
  isNewtype: boolean;
  /** The enum's declared default (`#[default]`). */
  isDefault: boolean;
  fields: RustFieldView[];
  type?: RustTypeView;
  /** What `Display` prints before the payload of an error enum's variant: its description, else its name. */
  display: string;
}

export interface RustDeclView {
  name: string;
  doc: string[];
  isStruct: boolean;
  isEnum: boolean;
  isNewtype: boolean;
  /** A type alias; not printed when it would only restate a re-exported crate type (`Uuid`). */
  isAlias: boolean;
  isUnitOnly: boolean;
  /** A newtype over a UUID: gets `new()` (v4), `FromStr`, `Display`. */
  isUuidNewtype: boolean;
  /** Every component is `Copy`. */
  isCopy: boolean;
  /** A newtype over a scalar: also `Hash` and `Ord`, to serve as a map key. */
  isKey: boolean;
  fields: RustFieldView[];
  variants: RustVariantView[];
  type?: RustTypeView;
  /** `#[derive(Default)]` gives the value the TypeScript package's `default()` gives. */
  deriveDefault: boolean;
  /** A struct has a default, but some field's default is a named variant: written out by hand. */
  manualDefault: boolean;
  hasRules: boolean;
  /** An enum of string newtype variants named `…Error`: gets `Display` (the variant's description) and `Error`. */
  isErrorEnum: boolean;
}

export interface RustView {
  crateName: string;
  version: string;
  title: string;
  doc: string[];
  protocolVersion: number;
  schemaName: string;
  decls: RustDeclView[];
  ruleDecls: RustDeclView[];
  /** The schema declares the rule layer's error type itself (`ValidationError { field, message }`). */
  declaresValidationError: boolean;
  usesImageReference: boolean;
}

export interface RustViewInputs {
  crateName: string;
  version: string;
  schemaName: string;
}

const VALIDATION_ERROR = "ValidationError";

export function buildRustView(model: Model, inputs: RustViewInputs): RustView {
  const byName = new Map(model.decls.map((d) => [d.name, d]));
  const defaults = defaultsOf(model).decl;
  const typeView = (t: TypeRef): RustTypeView => rustType(t, byName);
  const decls = model.decls.map((d) => declView(d, typeView, defaults));
  return {
    ...inputs,
    title: model.title,
    doc: docLines(model.description),
    protocolVersion: model.protocolVersion,
    decls,
    ruleDecls: decls.filter((d) => d.hasRules),
    declaresValidationError: declaresValidationError(byName.get(VALIDATION_ERROR)),
    usesImageReference: decls.some((d) => d.fields.some((f) => f.rules?.imageReference || f.itemRules?.imageReference)),
  };
}

/** The rule layer reports `ValidationError { field: String, message: String }`; a schema type of that name must be exactly that. */
function declaresValidationError(d: Decl | undefined): boolean {
  if (d === undefined) return false;
  const ok = d.kind === "struct" && d.fields.length === 2 && d.fields.every((f, i) => f.name === ["field", "message"][i] && f.type.kind === "string");
  if (!ok) throw new Error(`the Rust target needs the schema's "${VALIDATION_ERROR}" to be a struct { field: String, message: String }`);
  return true;
}

/** A reference to an alias prints as the alias's target, so fields read `DateTime<Utc>` and `Vec<(String, String)>` as the spec does. */
function rustType(t: TypeRef, byName: ReadonlyMap<string, Decl>): RustTypeView {
  const base = kindFlags(t.kind);
  switch (t.kind) {
    case "string":
    case "bool":
    case "uuid":
    case "timestamp":
      return base;
    case "int":
      return { ...base, int: t.int };
    case "float":
      return { ...base, float: t.float };
    case "map":
      return { ...base, of: rustType(t.of, byName) };
    case "ref": {
      const target = byName.get(t.name);
      return target?.kind === "alias" ? rustType(target.target, byName) : { ...base, name: t.name };
    }
    case "option":
    case "list":
      return { ...base, of: rustType(t.of, byName) };
    case "tuple":
      return { ...base, items: t.items.map((it) => ({ type: rustType(it, byName) })), singleItem: t.items.length === 1 };
    default:
      return assertNever(t);
  }
}

/** Text made safe inside a Rust string literal. */
function rustStringContent(text: string): string {
  return [...text].map((c) => (c === "\\" || c === '"' ? `\\${c}` : c < " " ? `\\u{${c.charCodeAt(0).toString(16)}}` : c)).join("");
}

function docLines(text: string | undefined): string[] {
  return text ? text.split("\n") : [];
}

function rulesView(r: Rules, value: RustTypeView): RustRulesView {
  const int = value.int;
  const range = int ? INT_RANGES[int] : undefined;
  const binding = (bound: string | undefined, implied: string | undefined, tighter: (a: bigint, b: bigint) => boolean) =>
    bound !== undefined && (implied === undefined || tighter(BigInt(bound), BigInt(implied))) ? bound : undefined;
  const minimum = binding(r.minimum, range?.min, (a, b) => a > b);
  const maximum = binding(r.maximum, range?.max, (a, b) => a < b);
  return {
    imageReference: r.format === "image-reference",
    ...(minimum !== undefined ? { minimum } : {}),
    ...(maximum !== undefined ? { maximum } : {}),
    ...(r.minLength !== undefined && r.minLength > 0 ? { minLength: r.minLength } : {}),
  };
}

function fieldView(f: Field, typeView: (t: TypeRef) => RustTypeView): RustFieldView {
  const type = typeView(f.type);
  const inner = type.isOption && type.of ? type.of : type;
  return {
    name: f.name,
    doc: docLines(f.description),
    type,
    rulesOnOption: type.isOption,
    ...(f.default !== undefined ? { defaultVariant: f.default } : {}),
    ...(f.rules ? { rules: rulesView(f.rules, inner) } : {}),
    ...(f.itemRules && type.of ? { itemRules: rulesView(f.itemRules, type.of) } : {}),
  };
}

function variantView(v: Variant, defaultVariant: string | undefined, typeView: (t: TypeRef) => RustTypeView): RustVariantView {
  return {
    isDefault: v.name === defaultVariant,
    name: v.name,
    doc: docLines(v.description),
    isUnit: v.payload.kind === "unit",
    isStruct: v.payload.kind === "struct",
    isNewtype: v.payload.kind === "newtype",
    fields: v.payload.kind === "struct" ? v.payload.fields.map((f) => fieldView(f, typeView)) : [],
    ...(v.payload.kind === "newtype" ? { type: typeView(v.payload.type) } : {}),
    display: rustStringContent(v.description?.split("\n")[0] ?? v.name),
  };
}

function declView(d: Decl, typeView: (t: TypeRef) => RustTypeView, defaults: (name: string) => boolean): RustDeclView {
  const hasDefault = defaults(d.name);
  const common: RustDeclView = {
    name: d.name,
    doc: docLines(d.description),
    isStruct: false,
    isEnum: false,
    isNewtype: false,
    isAlias: false,
    isUnitOnly: false,
    isUuidNewtype: false,
    isCopy: false,
    isKey: false,
    fields: [],
    variants: [],
    deriveDefault: false,
    manualDefault: false,
    hasRules: false,
    isErrorEnum: false,
  };
  switch (d.kind) {
    case "struct": {
      const fields = d.fields.map((f) => fieldView(f, typeView));
      const named = fields.some((f) => f.defaultVariant !== undefined);
      return {
        ...common,
        isStruct: true,
        fields,
        deriveDefault: hasDefault && !named,
        manualDefault: hasDefault && named,
        hasRules: fields.some((f) => f.rules || f.itemRules),
      };
    }
    case "enum": {
      const variants = d.variants.map((v) => variantView(v, d.default, typeView));
      return {
        ...common,
        isEnum: true,
        isUnitOnly: isUnitOnly(d),
        isCopy: isUnitOnly(d),
        variants,
        deriveDefault: d.default !== undefined,
        isErrorEnum: d.name.endsWith("Error") && variants.every((v) => v.isNewtype && v.type?.isString),
      };
    }
    case "newtype": {
      const type = typeView(d.inner);
      const isCopy = type.isBool || type.isInt || type.isUuid || type.isTimestamp;
      return { ...common, isNewtype: true, type, isUuidNewtype: type.isUuid, isCopy, isKey: isCopy || type.isString, deriveDefault: hasDefault };
    }
    case "alias": {
      const type = typeView(d.target);
      // `pub use uuid::Uuid` already names it; `pub type Uuid = Uuid` would clash.
      return { ...common, isAlias: !(type.isUuid && d.name === "Uuid"), type };
    }
    default:
      return assertNever(d);
  }
}
