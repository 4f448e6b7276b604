/** The keywords claw-codegen understands. Anything else is an error, never silently dropped. */
export const STANDARD_KEYWORDS = [
  "$schema",
  "$id",
  "$comment",
  "$defs",
  "$ref",
  "title",
  "description",
  "examples",
  "deprecated",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "oneOf",
  "anyOf",
  "const",
  "enum",
  "format",
  "minimum",
  "maximum",
  "minLength",
  "default",
] as const;

/** Our vocabulary: how the Rust side represents a type, and the spec's rule layer. */
export const EXTENSION_KEYWORDS = [
  "x-rust-type",
  "x-rust-name",
  "x-serde",
  "x-serde-other",
  "x-rename-all",
  "x-rules",
  "x-newtype",
  "x-protocol-version",
  "x-messages",
  // The Rust `Default` a type or field has (an enum's unit variant). Also read from `default`, the keyword
  // earlier schemas used; standard tools read that one as "optional", so the canonical schema uses this.
  "x-rust-default",
] as const;

export const KNOWN_KEYWORDS: ReadonlySet<string> = new Set<string>([...STANDARD_KEYWORDS, ...EXTENSION_KEYWORDS]);

/** Keywords whose value is a map of name → subschema (its keys are names, not keywords). */
export const SCHEMA_MAP_KEYWORDS: ReadonlySet<string> = new Set(["$defs", "properties"]);
/** Keywords whose value is a subschema or a list of subschemas. */
export const SUBSCHEMA_KEYWORDS: ReadonlySet<string> = new Set(["items", "additionalProperties"]);
export const SUBSCHEMA_LIST_KEYWORDS: ReadonlySet<string> = new Set(["oneOf", "anyOf", "prefixItems"]);
/** What may stand beside "$ref": annotations, and what the model reads from the referring node. */
export const REF_SIBLING_KEYWORDS: ReadonlySet<string> = new Set([
  "$ref",
  "$comment",
  "title",
  "description",
  "examples",
  "deprecated",
  "default",
  "x-rust-default",
  "x-newtype",
  "x-rules",
  // An internally tagged newtype variant: {"$ref": "#/$defs/S", "properties": {"<tag>": {"const": "<name>"}}, "required": ["<tag>"]}.
  "properties",
  "required",
  "x-rust-name",
]);
