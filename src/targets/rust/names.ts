import type { Decl, Model } from "../../model/types.js";
import { reservedNames } from "../reserved.js";
import type { ReservedWords, TargetDiagnostic } from "../types.js";

/** Rust's strict and reserved keywords: a type, field or variant so named does not compile. */
const RUST_KEYWORDS: ReadonlySet<string> = new Set(
  (
    "as async await box break const continue crate do dyn else enum extern false final fn for if impl in let loop macro match mod " +
    "move mut override priv pub ref return self Self static struct super trait true try type typeof unsafe unsized use virtual where while yield abstract become"
  ).split(" "),
);

/**
 * Names in scope at the crate's root: the standard prelude (2021 edition), the derives the crate uses
 * and its imports. A type so named would shadow them (`Option` in a field type would be the schema's).
 */
const IN_SCOPE: ReadonlySet<string> = new Set(
  (
    "AsMut AsRef Box Clone Copy Default DoubleEndedIterator Drop Eq Err Extend ExactSizeIterator Fn FnMut FnOnce From FromIterator " +
    "Into IntoIterator Iterator None Ok Option Ord PartialEq PartialOrd Result Send Sized Some String Sync ToOwned ToString TryFrom " +
    "TryInto Unpin Vec Debug Hash " +
    "Serialize Deserialize Serializer Deserializer DateTime Utc HashMap Uuid"
  ).split(" "),
);

/** What the crate's files reserve: Rust's keywords, and the prelude and imports in scope at its root. */
export const RUST_RESERVED: ReservedWords = { keywords: RUST_KEYWORDS, inScope: IN_SCOPE, runtime: new Set() };

/** The rule layer's error type: a schema may declare it, exactly as the crate needs it. */
export const VALIDATION_ERROR = "ValidationError";

/** What the Rust target cannot declare: keywords, names the prelude or its imports hold, a foreign `ValidationError`. */
export function checkRustNames(model: Model): TargetDiagnostic[] {
  // `Uuid` may name the uuid crate's type itself (an alias of a uuid string), which the crate re-exports.
  const out = reservedNames(model, RUST_RESERVED, "Rust", (d) => d.name === "Uuid" && d.kind === "alias" && d.target.kind === "uuid");
  for (const d of model.decls)
    if (d.name === VALIDATION_ERROR && !isValidationErrorShape(d))
      out.push({
        code: "reserved-name",
        pointer: d.pointer,
        message: `the Rust crate's rule layer reports "${VALIDATION_ERROR}": a schema type of that name must be the struct { field: String, message: String }`,
      });
  return out;
}

function isValidationErrorShape(d: Decl): boolean {
  return d.kind === "struct" && d.fields.length === 2 && d.fields.every((f, i) => f.name === ["field", "message"][i] && f.type.kind === "string");
}
