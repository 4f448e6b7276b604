import { createRequire } from "node:module";
import type { Ajv2020 as Ajv2020Type } from "ajv/dist/2020.js";
import type { ErrorObject } from "ajv";
import type { Diagnostic } from "../diagnostics.js";
import { InputError, joinPointer } from "../diagnostics.js";
import type { Json, LoadedSchema } from "../load/loadSchema.js";
import { KNOWN_KEYWORDS, REF_SIBLING_KEYWORDS, SCHEMA_MAP_KEYWORDS, SUBSCHEMA_KEYWORDS, SUBSCHEMA_LIST_KEYWORDS } from "./keywords.js";

export type JsonObject = { [key: string]: Json };

/** A schema that is valid JSON Schema 2020-12, uses only known keywords and whose `$ref`s resolve. */
export interface CheckedSchema {
  readonly source: LoadedSchema;
  readonly root: JsonObject;
  readonly defs: ReadonlyMap<string, JsonObject>;
}

type MetaValidator = ((schema: JsonObject) => boolean) & { errors?: ErrorObject[] | null };
let metaValidator: MetaValidator | undefined;

/**
 * The 2020-12 meta-schema's validator, loaded on first use (a run whose schema is known valid needs none):
 * precompiled by `npm run build` (scripts/build-meta-validator.mjs), else compiled here by Ajv.
 */
function meta(): MetaValidator {
  if (metaValidator) return metaValidator;
  const require = createRequire(import.meta.url);
  try {
    metaValidator = (require("./metaValidator2020.js") as { default: MetaValidator }).default;
  } catch {
    const { Ajv2020 } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
    const ajv: Ajv2020Type = new Ajv2020({ strict: false, allErrors: true });
    const validate: MetaValidator = (schema) => {
      const valid = ajv.validateSchema(schema) as boolean;
      validate.errors = ajv.errors;
      return valid;
    };
    metaValidator = validate;
  }
  return metaValidator;
}

/**
 * `metaValid`: this very document passed meta-validation before, under this very tool (the render
 * cache remembers it, keyed by both), so Ajv need not load again; every other check still runs.
 */
export function checkSchema(source: LoadedSchema, options: { metaValid?: boolean } = {}): CheckedSchema {
  const diagnostics: Diagnostic[] = [];
  const root = source.value;
  if (!isObject(root)) {
    throw new InputError([source.diagnostic("not-an-object", "", "the schema must be a JSON object")]);
  }
  if (root["$schema"] !== "https://json-schema.org/draft/2020-12/schema") {
    // Before meta-validation, which throws (an internal error) on a dialect Ajv does not know.
    throw new InputError([source.diagnostic("schema-dialect", "", `"$schema" must be "https://json-schema.org/draft/2020-12/schema"`)]);
  }
  const validator = options.metaValid ? undefined : meta();
  if (validator && !validator(root)) {
    for (const e of validator.errors ?? []) {
      const pointer = e.instancePath;
      diagnostics.push(source.diagnostic("meta-schema", pointer, `not valid JSON Schema 2020-12: ${e.message ?? e.keyword}`));
    }
    throw new InputError(diagnostics.slice(0, 5));
  }
  const defsValue = root["$defs"];
  const defs = new Map<string, JsonObject>();
  if (!isObject(defsValue)) {
    diagnostics.push(source.diagnostic("no-defs", "", `the schema must declare its types under "$defs"`));
  } else {
    for (const [name, def] of Object.entries(defsValue)) if (isObject(def)) defs.set(name, def);
  }
  walk(root, [], (node, path) => {
    // Pointers are built only for a diagnostic: a large schema has hundreds of thousands of nodes.
    const pointer = () => joinPointer("", ...path);
    for (const [key, value] of Object.entries(node)) {
      if (!KNOWN_KEYWORDS.has(key)) {
        diagnostics.push(
          source.diagnostic("unknown-keyword", joinPointer(pointer(), key), `unsupported keyword "${key}" (supported: see README "Schema conventions")`),
        );
      }
      if (key !== "$ref" && "$ref" in node && !REF_SIBLING_KEYWORDS.has(key)) {
        diagnostics.push(
          source.diagnostic(
            "ref-siblings",
            joinPointer(pointer(), key),
            `"${key}" beside "$ref" would be ignored (a reference is its target's type); move it into the referenced type`,
          ),
        );
      }
      for (const at of booleanSchemas(key, value)) {
        diagnostics.push(
          source.diagnostic("boolean-schema", joinPointer(pointer(), key, ...at), `a boolean schema (true/false) maps to no Rust type; write the type out`),
        );
      }
      if (key === "$ref") {
        const target = typeof value === "string" ? /^#\/\$defs\/([^/]+)$/.exec(value) : null;
        if (!target) {
          diagnostics.push(
            source.diagnostic("bad-ref", joinPointer(pointer(), key), `"$ref" must be a local "#/$defs/<Name>" reference, got ${JSON.stringify(value)}`),
          );
        } else if (!defs.has(target[1]!)) {
          diagnostics.push(
            source.diagnostic(
              "unresolved-ref",
              joinPointer(pointer(), key),
              `"$ref" ${JSON.stringify(value)} does not resolve: no type "${target[1]}" in $defs`,
            ),
          );
        }
      }
    }
  });
  if (diagnostics.length > 0) throw new InputError(sortDiagnostics(diagnostics));
  return { source, root, defs };
}

/** Visit every subschema (not the values of keywords like `default` or `const`). */
function walk(node: JsonObject, path: (string | number)[], visit: (node: JsonObject, path: readonly (string | number)[]) => void): void {
  visit(node, path);
  for (const key in node) {
    const value = node[key]!;
    path.push(key);
    if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) {
      for (const name in value) {
        const sub = value[name]!;
        if (!isObject(sub)) continue;
        path.push(name);
        walk(sub, path, visit);
        path.pop();
      }
    } else if (SUBSCHEMA_KEYWORDS.has(key) && isObject(value)) {
      walk(value, path, visit);
    } else if (SUBSCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) {
      value.forEach((sub, i) => {
        if (!isObject(sub)) return;
        path.push(i);
        walk(sub, path, visit);
        path.pop();
      });
    }
    path.pop();
  }
}

/**
 * The path, below the keyword, of each `true`/`false` where a type is expected (the model would drop it);
 * only `items: false` (a closed tuple) and `additionalProperties: false` (a variant) mean something.
 */
function booleanSchemas(key: string, value: Json): string[][] {
  if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value))
    return Object.keys(value)
      .filter((k) => typeof value[k] === "boolean")
      .map((k) => [k]);
  if (SUBSCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) return value.flatMap((v, i) => (typeof v === "boolean" ? [[String(i)]] : []));
  return SUBSCHEMA_KEYWORDS.has(key) && value === true ? [[]] : [];
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}
