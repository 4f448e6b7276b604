import type { Decl, EnumDecl, Field, FloatKind, IntKind, Model, RenameRule, Rules, TypeRef, Variant } from "../../model/types.js";
import { VALIDATION_ERROR } from "./names.js";
import { minLengthMessage } from "../typescript/view.js";
import { exampleDecl } from "../../model/example.js";
import { comment, firstLine, markdown, markdownCode, rustDocLines, rustString, tomlString, type Escaped } from "../../render/escape.js";
import { defaultsOf } from "../../model/defaults.js";
import { renameField, renameVariant } from "../../model/rename.js";
import type { KindFlags } from "../kindFlags.js";
import { kindFlags } from "../kindFlags.js";
import { declTypes, typeParts } from "../../model/walk.js";
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
  minLengthMessage?: string;
  imageReference: boolean;
}

export interface RustFieldView {
  /** The Rust field name. */
  name: string;
  /** The wire name, when the container's `rename_all` does not already give it (`#[serde(rename)]`). */
  rename?: Escaped<"rust-string">;
  doc: Escaped<"rust-doc">[];
  type: RustTypeView;
  /** The type holds a `HashMap` (not behind a named type): written through `canonical::serialize`, keys sorted. */
  sortsMaps: boolean;
  /** Set when the field's default is a variant of its enum rather than the type's own default. */
  defaultVariant?: string;
  rules?: RustRulesView;
  /** The field is an Option: its rules apply to the value inside `Some`. */
  rulesOnOption: boolean;
  itemRules?: RustRulesView;
}

export interface RustVariantView {
  /** The Rust variant name. */
  name: string;
  /** The wire tag, when the enum's `rename_all` does not already give it (`#[serde(rename)]`). */
  rename?: Escaped<"rust-string">;
  /** The open enum's catch-all (`#[serde(other)]`). */
  isOther: boolean;
  doc: Escaped<"rust-doc">[];
  isUnit: boolean;
  isStruct: boolean;
  isNewtype: boolean;
  /** The enum's declared default (`#[default]`). */
  isDefault: boolean;
  fields: RustFieldView[];
  type?: RustTypeView;
  /** A newtype variant whose payload holds a `HashMap`: written through `canonical::serialize`. */
  sortsMaps: boolean;
  /** What `Display` prints before the payload of an error enum's variant: its description, else its name. */
  display: Escaped<"rust-string">;
}

export interface RustDeclView {
  name: string;
  doc: Escaped<"rust-doc">[];
  isStruct: boolean;
  isEnum: boolean;
  isNewtype: boolean;
  /** A type alias; not printed when it would only restate a re-exported crate type (`Uuid`). */
  isAlias: boolean;
  isUnitOnly: boolean;
  /** Holds no float, however deep: `Eq` can be derived (f32/f64 are only `PartialEq`). */
  isEq: boolean;
  /** serde's container attributes: the representation (`untagged`, `tag`, `content`) and `rename_all`. */
  hasSerdeAttrs: boolean;
  isUntagged: boolean;
  tag?: Escaped<"rust-string">;
  content?: Escaped<"rust-string">;
  renameAll?: RenameRule;
  /** A newtype over a UUID: gets `new()` (v4), `FromStr`, `Display`. */
  isUuidNewtype: boolean;
  /** Every component is `Copy`. */
  isCopy: boolean;
  /** A newtype over a scalar: also `Hash` and `Ord`, to serve as a map key. */
  isKey: boolean;
  fields: RustFieldView[];
  variants: RustVariantView[];
  type?: RustTypeView;
  /** A newtype whose inner type holds a `HashMap`: written through `canonical::serialize`. */
  sortsMaps: boolean;
  /** `#[derive(Default)]` gives the value the TypeScript package's `default()` gives. */
  deriveDefault: boolean;
  /** A struct has a default, but some field's default is a named variant: written out by hand. */
  manualDefault: boolean;
  hasRules: boolean;
  /** An enum whose every variant wraps a string (claw-proto's ProtoError): gets `Display` (the variant's description, then the string) and `Error`. */
  isErrorEnum: boolean;
}

export interface RustView {
  crateName: string;
  /** The crate's name as Rust code spells it (`claw_proto`). */
  crateIdent: string;
  /** The type the README's example reads and writes. */
  example?: RustDeclView;
  version: string;
  /** The schema's title, where each place prints it. */
  title: { doc: Escaped<"rust-doc">; toml: Escaped<"toml-string">; markdown: Escaped<"markdown"> };
  doc: Escaped<"rust-doc">[];
  protocolVersion: number;
  /** The schema file's name, in banner comments and in the README. */
  schemaName: Escaped<"comment">;
  schemaNameCode: Escaped<"markdown">;
  decls: RustDeclView[];
  ruleDecls: RustDeclView[];
  /** The schema declares the rule layer's error type itself (`ValidationError { field, message }`). */
  declaresValidationError: boolean;
  usesImageReference: boolean;
  usesUuid: boolean;
  usesTimestamp: boolean;
  /** Some type holds a `HashMap`: the crate gets the `canonical` module that writes maps with sorted keys. */
  usesMaps: boolean;
  /** Some container carries a serde attribute: the crate's docs say the representation is declared, not serde's default. */
  usesSerdeAttrs: boolean;
  /** Some enum is internally or adjacently tagged or untagged: bincode can write it but not read it back. */
  usesSelfDescribing: boolean;
  /** Every struct, enum and newtype (not aliases): each writes itself canonically, so `canonical` delegates to its `Serialize`. */
  namedTypes: string[];
}

export interface RustViewInputs {
  crateName: string;
  version: string;
  schemaName: string;
}

export function buildRustView(model: Model, inputs: RustViewInputs): RustView {
  const byName = new Map(model.decls.map((d) => [d.name, d]));
  const defaults = defaultsOf(model).decl;
  const typeView = (t: TypeRef): RustTypeView => rustType(t, byName);
  const eq = eqDecls(model);
  const decls = model.decls.map((d) => declView(d, typeView, defaults, eq));
  const example = exampleDecl(model);
  const types = model.decls.flatMap(declTypes).map(typeView);
  const uses = (flag: (t: RustTypeView) => boolean) => types.some((t) => someType(t, flag));
  return {
    ...inputs,
    schemaName: comment(inputs.schemaName),
    schemaNameCode: markdownCode(inputs.schemaName),
    crateIdent: inputs.crateName.replace(/-/g, "_"),
    ...(example ? { example: decls[model.decls.indexOf(example)]! } : {}),
    title: { doc: rustDocLines(model.title)[0]!, toml: tomlString(model.title), markdown: markdown(model.title) },
    doc: rustDocLines(model.description),
    protocolVersion: model.protocolVersion,
    decls,
    ruleDecls: decls.filter((d) => d.hasRules),
    // The target's check has refused a ValidationError of another shape before rendering.
    declaresValidationError: byName.has(VALIDATION_ERROR),
    usesImageReference: decls.some((d) => d.fields.some((f) => f.rules?.imageReference || f.itemRules?.imageReference)),
    usesUuid: uses((t) => t.isUuid),
    usesTimestamp: uses((t) => t.isTimestamp),
    usesMaps: uses((t) => t.isMap),
    usesSerdeAttrs: decls.some((d) => d.hasSerdeAttrs || d.fields.some((f) => f.rename) || d.variants.some((v) => v.rename || v.isOther)),
    usesSelfDescribing: model.decls.some((d) => d.kind === "enum" && d.representation !== "externally-tagged"),
    namedTypes: model.decls.filter((d) => d.kind !== "alias").map((d) => d.name),
  };
}

/** Every type a declaration mentions directly. */
/** Whether `flag` holds for the type or any type inside it, not looking through named types. */
function someType(t: RustTypeView, flag: (t: RustTypeView) => boolean): boolean {
  return flag(t) || (t.of !== undefined && someType(t.of, flag)) || (t.items ?? []).some((it) => someType(it.type, flag));
}

/** The declarations holding no float anywhere (following references): f32/f64 are `PartialEq` but not `Eq`. */
function eqDecls(model: Model): Set<string> {
  const byName = new Map(model.decls.map((d) => [d.name, d]));
  const floaty = new Set<string>();
  const hasFloat = (t: TypeRef): boolean => typeParts(t).some((p) => p.kind === "float" || (p.kind === "ref" && floaty.has(p.name)));
  // A fixpoint, so that recursive types (a Value holding Values) settle.
  for (let changed = true; changed;) {
    changed = false;
    for (const d of byName.values()) {
      if (!floaty.has(d.name) && declTypes(d).some(hasFloat)) {
        floaty.add(d.name);
        changed = true;
      }
    }
  }
  return new Set(model.decls.filter((d) => !floaty.has(d.name)).map((d) => d.name));
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
    ...(r.minLength !== undefined && r.minLength > 0 ? { minLength: r.minLength, minLengthMessage: minLengthMessage(r.minLength) } : {}),
  };
}

/** `rule` is the struct's `rename_all`; fields of enum variants have none (serde 1.0.152 has no `rename_all_fields`). */
function fieldView(f: Field, typeView: (t: TypeRef) => RustTypeView, rule?: RenameRule): RustFieldView {
  const type = typeView(f.type);
  const inner = type.isOption && type.of ? type.of : type;
  const name = f.rustName ?? f.name;
  const renamed = rule ? renameField(rule, name) : name;
  return {
    name,
    ...(renamed !== f.name ? { rename: rustString(f.name) } : {}),
    doc: rustDocLines(f.description),
    type,
    sortsMaps: someType(type, (t) => t.isMap),
    rulesOnOption: type.isOption,
    ...(f.default !== undefined ? { defaultVariant: f.default } : {}),
    ...(f.rules ? { rules: rulesView(f.rules, inner) } : {}),
    ...(f.itemRules && type.of ? { itemRules: rulesView(f.itemRules, type.of) } : {}),
  };
}

function variantView(v: Variant, d: EnumDecl, typeView: (t: TypeRef) => RustTypeView): RustVariantView {
  const name = v.rustName ?? v.name;
  // An untagged enum writes no tag: its variants' names never reach the wire.
  const renamed = d.renameAll ? renameVariant(d.renameAll, name) : name;
  return {
    isDefault: v.name === d.default,
    name,
    ...(d.representation !== "untagged" && renamed !== v.name ? { rename: rustString(v.name) } : {}),
    isOther: v.other === true,
    doc: rustDocLines(v.description),
    isUnit: v.payload.kind === "unit",
    isStruct: v.payload.kind === "struct",
    isNewtype: v.payload.kind === "newtype",
    fields: v.payload.kind === "struct" ? v.payload.fields.map((f) => fieldView(f, typeView)) : [],
    ...(v.payload.kind === "newtype" ? { type: typeView(v.payload.type) } : {}),
    sortsMaps: v.payload.kind === "newtype" && someType(typeView(v.payload.type), (t) => t.isMap),
    display: rustString(v.description ? firstLine(v.description) : v.name),
  };
}

function declView(d: Decl, typeView: (t: TypeRef) => RustTypeView, defaults: (name: string) => boolean, eq: Set<string>): RustDeclView {
  const hasDefault = defaults(d.name);
  const common: RustDeclView = {
    name: d.name,
    doc: rustDocLines(d.description),
    isStruct: false,
    isEnum: false,
    isNewtype: false,
    isAlias: false,
    isUnitOnly: false,
    isEq: eq.has(d.name),
    hasSerdeAttrs: false,
    isUntagged: false,
    isUuidNewtype: false,
    isCopy: false,
    isKey: false,
    fields: [],
    variants: [],
    sortsMaps: false,
    deriveDefault: false,
    manualDefault: false,
    hasRules: false,
    isErrorEnum: false,
  };
  switch (d.kind) {
    case "struct": {
      const fields = d.fields.map((f) => fieldView(f, typeView, d.renameAll));
      const named = fields.some((f) => f.defaultVariant !== undefined);
      return {
        ...common,
        ...(d.renameAll ? { hasSerdeAttrs: true, renameAll: d.renameAll } : {}),
        isStruct: true,
        fields,
        deriveDefault: hasDefault && !named,
        manualDefault: hasDefault && named,
        hasRules: fields.some((f) => f.rules || f.itemRules),
      };
    }
    case "enum": {
      const variants = d.variants.map((v) => variantView(v, d, typeView));
      return {
        ...common,
        hasSerdeAttrs: d.representation !== "externally-tagged" || d.renameAll !== undefined,
        isUntagged: d.representation === "untagged",
        ...(d.tag !== undefined ? { tag: rustString(d.tag) } : {}),
        ...(d.content !== undefined ? { content: rustString(d.content) } : {}),
        ...(d.renameAll ? { renameAll: d.renameAll } : {}),
        isEnum: true,
        isUnitOnly: isUnitOnly(d),
        isCopy: isUnitOnly(d),
        variants,
        deriveDefault: d.default !== undefined,
        isErrorEnum: variants.every((v) => v.isNewtype && v.type?.isString),
      };
    }
    case "newtype": {
      const type = typeView(d.inner);
      const isCopy = type.isBool || type.isInt || type.isUuid || type.isTimestamp;
      return {
        ...common,
        isNewtype: true,
        type,
        sortsMaps: someType(type, (t) => t.isMap),
        isUuidNewtype: type.isUuid,
        isCopy,
        isKey: isCopy || type.isString,
        deriveDefault: hasDefault,
      };
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
