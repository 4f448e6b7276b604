/**
 * The language-neutral model every target renders from. Plain JSON (no classes, no bigint)
 * so it can be dumped, diffed and snapshotted. Switches over `kind` end in `assertNever`.
 */

export type IntKind = "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64";

export const INT_RANGES: Record<IntKind, { min: string; max: string }> = {
  u8: { min: "0", max: "255" },
  u16: { min: "0", max: "65535" },
  u32: { min: "0", max: "4294967295" },
  u64: { min: "0", max: "18446744073709551615" },
  i8: { min: "-128", max: "127" },
  i16: { min: "-32768", max: "32767" },
  i32: { min: "-2147483648", max: "2147483647" },
  i64: { min: "-9223372036854775808", max: "9223372036854775807" },
};

export type TypeRef =
  | { kind: "string" }
  | { kind: "bool" }
  | { kind: "int"; int: IntKind }
  | { kind: "float"; float: FloatKind }
  | { kind: "uuid" }
  | { kind: "timestamp" }
  | { kind: "ref"; name: string }
  | { kind: "option"; of: TypeRef }
  | { kind: "list"; of: TypeRef }
  | { kind: "tuple"; items: TypeRef[] }
  /** `HashMap<String, T>`: written with keys in ascending UTF-8 byte order (the canonical order; see README). */
  | { kind: "map"; of: TypeRef };

export type FloatKind = "f32" | "f64";

/** The spec's rule layer (validate_workload_spec), separate from what the wire accepts. */
export interface Rules {
  /** Integer bounds as decimal strings, read losslessly. */
  minimum?: string;
  maximum?: string;
  minLength?: number;
  format?: "image-reference";
  description?: string;
}

export interface Field {
  /** The name on the wire. */
  name: string;
  /** The Rust field name, when `rename_all` makes it differ from the wire name. */
  rustName?: string;
  type: TypeRef;
  description?: string;
  /** Rules on the field's value; for a list, `itemRules` apply to each item. */
  rules?: Rules;
  itemRules?: Rules;
  /** A default other than the type's own (e.g. WorkloadStatus.state = Pending). */
  default?: string;
  pointer: string;
}

export type VariantPayload = { kind: "unit" } | { kind: "newtype"; type: TypeRef } | { kind: "struct"; fields: Field[] };

export interface Variant {
  /** The tag on the wire (for an untagged enum, the Rust name: it has no tag). */
  name: string;
  /** The Rust variant name, when `rename_all` makes it differ from the tag. */
  rustName?: string;
  /** The open enum's catch-all (`#[serde(other)]`): any unknown tag reads as this unit variant. */
  other?: true;
  description?: string;
  payload: VariantPayload;
  pointer: string;
}

interface DeclBase {
  name: string;
  description?: string;
  pointer: string;
}

/** serde's enum representations: `#[serde(tag)]`, `#[serde(tag, content)]`, `#[serde(untagged)]`, or none. */
export type Representation = "externally-tagged" | "internally-tagged" | "adjacently-tagged" | "untagged";

/** serde's `rename_all` rules. */
export const RENAME_RULES = [
  "lowercase",
  "UPPERCASE",
  "PascalCase",
  "camelCase",
  "snake_case",
  "SCREAMING_SNAKE_CASE",
  "kebab-case",
  "SCREAMING-KEBAB-CASE",
] as const;
export type RenameRule = (typeof RENAME_RULES)[number];

export interface EnumDecl extends DeclBase {
  kind: "enum";
  representation: Representation;
  /** The tag key (internally and adjacently tagged) and the content key (adjacently tagged). */
  tag?: string;
  content?: string;
  renameAll?: RenameRule;
  variants: Variant[];
  default?: string;
}

export type Decl =
  | (DeclBase & { kind: "struct"; fields: Field[]; renameAll?: RenameRule })
  | EnumDecl
  | (DeclBase & { kind: "newtype"; inner: TypeRef })
  | (DeclBase & { kind: "alias"; target: TypeRef });

/**
 * The way a message union flows: `<writer>-to-<reader>`, two peers in lowercase kebab-case
 * (`node-to-gateway`, `sensor-to-collector`); the grammar and the peers are in direction.ts.
 */
export type Direction = `${string}-to-${string}`;

export interface Model {
  title: string;
  /** The schema's `$id`, when it has one (the schema export keeps it). */
  id?: string;
  description?: string;
  protocolVersion: number;
  /** The top-level message unions and the way each flows (at most two peers in all; see direction.ts). */
  messages: { name: string; direction: Direction }[];
  /** In schema order. */
  decls: Decl[];
}

export function assertNever(x: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}

export function findDecl(model: Model, name: string): Decl {
  const decl = model.decls.find((d) => d.name === name);
  if (!decl) throw new Error(`no declaration named ${name}`);
  return decl;
}

export function isUnitOnly(decl: Decl): boolean {
  return decl.kind === "enum" && decl.variants.every((v) => v.payload.kind === "unit");
}
