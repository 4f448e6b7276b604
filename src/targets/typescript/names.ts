import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../../model/types.js";
import { declFields } from "../../model/walk.js";
import { reservedNames } from "../reserved.js";
import type { ReservedWords, TargetDiagnostic } from "../types.js";

/**
 * Names the package exports itself; a schema type of the same name is exported as `<Name>Data`
 * (the claw-proto schema's own `ProtoError` enum becomes `ProtoErrorData`).
 */
export const RUNTIME_NAMES: ReadonlySet<string> = new Set(["ProtoError", "ParseInput", "ParseOptions", "ProtoErrorKind", "ValidationIssue", "RuleViolation"]);

/**
 * Globals the generated modules may use (ECMAScript's, the Web/Node ones the runtime reaches for) and
 * the TypeScript library types the templates name: a type declared with one of these names would
 * shadow it in every generated module (`Date.now()` would call the schema's `Date`).
 */
const GLOBALS: ReadonlySet<string> = new Set(
  (
    "AggregateError Array ArrayBuffer Atomics BigInt BigInt64Array BigUint64Array Boolean DataView Date Error EvalError " +
    "FinalizationRegistry Float32Array Float64Array Function Infinity Int16Array Int32Array Int8Array Intl Iterator JSON Map Math NaN " +
    "Number Object Promise Proxy RangeError ReferenceError Reflect RegExp Set SharedArrayBuffer String Symbol SyntaxError TypeError " +
    "URIError Uint16Array Uint32Array Uint8Array Uint8ClampedArray WeakMap WeakRef WeakSet WebAssembly " +
    "AbortController AbortSignal Blob Buffer Event EventTarget Headers Request Response TextDecoder TextEncoder URL URLSearchParams " +
    // TypeScript's library types
    "ArrayLike Awaited Capitalize ConstructorParameters Exclude Extract InstanceType Iterable IterableIterator Lowercase NoInfer " +
    "NonNullable Omit OmitThisParameter Parameters Partial Pick PromiseLike PropertyKey Readonly ReadonlyArray ReadonlyMap ReadonlySet " +
    "Record Required ReturnType ThisParameterType ThisType Uncapitalize Uppercase"
  ).split(" "),
);

/**
 * The property names JavaScript gives every object (Object.prototype's, and `prototype`): a field so named
 * would read the prototype's when absent, and tools the target runs (json-schema-to-typescript) call them.
 */
const OBJECT_PROPERTIES: ReadonlySet<string> = new Set(
  (
    "constructor prototype __proto__ __defineGetter__ __defineSetter__ __lookupGetter__ __lookupSetter__ hasOwnProperty " +
    "isPrototypeOf propertyIsEnumerable toLocaleString toString valueOf"
  ).split(" "),
);

/** What the package declares per schema type `X`: `readX`, `writeXSeq`, `checkXRules`, … */
const PREFIXES = [
  "read",
  "write",
  "enc",
  "dec",
  "parse",
  "serialize",
  "validate",
  "ajv",
  "check",
  "encodeBincode",
  "decodeBincode",
  "TAGS_",
  "KEYS_",
  "FIELDS_",
];
const SUFFIXES = ["", "Seq", "Content", "Variant", "Rules", "Data"];

/** Identifiers at module scope in the templates' code: top-level declarations and imported bindings. */
export function moduleScope(templates: string): Set<string> {
  const names = new Set<string>();
  const files = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
  for (const file of files(templates).filter((f) => /\.(ts|js)(\.hbs)?$/.test(f))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /^(?:export )?(?:declare )?(?:async )?(?:function\*?|const|let|var|class|interface|type|enum|namespace) ([A-Za-z_$][\w$]*)/gm,
    ))
      names.add(m[1]!);
    for (const m of text.matchAll(/^import (?:type )?\{([^}]*)\}/gm))
      for (const spec of m[1]!.split(",")) {
        const local = spec
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .replace(/^type\s+/, "");
        if (local) names.add(local);
      }
    for (const m of text.matchAll(/^import (?:type )?\* as ([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  }
  return names;
}

/**
 * What the package's files reserve. No keywords: every schema name lands as a property key or a
 * PascalCase type, which no JavaScript keyword is. In scope: the globals and library types above.
 * Runtime: the templates' module scope, read from the templates themselves.
 */
export function typescriptReserved(templates: string): ReservedWords {
  return { keywords: new Set(), inScope: GLOBALS, runtime: moduleScope(templates) };
}

/** Type and field names this target cannot declare without shadowing a global or its own runtime. */
export function checkTypescriptNames(model: Model, words: ReservedWords): TargetDiagnostic[] {
  const out = reservedNames(model, words, "JavaScript");
  const typeName = (name: string, pointer: string) => {
    if (words.inScope.has(name) || RUNTIME_NAMES.has(name)) return;
    const taken =
      PREFIXES.flatMap((p) => SUFFIXES.map((s) => `${p}${name}${s}`)).find((n) => words.runtime.has(n)) ?? (words.runtime.has(name) ? name : undefined);
    if (taken !== undefined)
      out.push({ code: "reserved-name", pointer, message: `type name "${name}" is reserved by the TypeScript package's runtime (it declares ${taken})` });
  };
  for (const d of model.decls) {
    typeName(d.name, d.pointer);
    if (d.kind === "enum")
      for (const v of d.variants)
        if (v.payload.kind === "struct") {
          const payload = d.name + (v.rustName ?? v.name);
          if (words.inScope.has(payload))
            out.push({
              code: "reserved-name",
              pointer: v.pointer,
              message: `type name "${payload}" would shadow JavaScript's ${payload}, in scope in every generated file`,
            });
          else typeName(payload, v.pointer);
        }
    for (const f of declFields(d))
      if (OBJECT_PROPERTIES.has(f.name))
        out.push({
          code: "reserved-name",
          pointer: f.pointer,
          message: `field name "${f.name}" is a property every JavaScript object has; the TypeScript package cannot hold it as data`,
        });
  }
  return out;
}
